"""Two sides of one country named together ("fighting between Sudan's army and the RSF"),
named again as "both sides" or "the two sides". Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)


def _targets(coder: Coder, nlp: Language, text: str, sentence: int) -> set[str]:
    """The target codes of the events of sentence ``sentence`` of ``text``."""
    return {e.target.code for e in coder.code(nlp(text), when=WHEN)
            if e.sentence_index == sentence and e.target is not None}


@pytest.mark.parametrize(("text", "sides"), [
    ("Fighting between Sudan's army and the RSF spread to Kordofan. The African Union urged both "
     "sides to return to talks.", {"SDNMIL", "SDNUAF"}),
    ("Clashes between Myanmar's army and the Arakan Army intensified. China urged the two sides "
     "to return to talks.", {"MMRMIL", "MMRREB"}),
])
def test_both_sides_of_one_country_are_the_two_named_before(
    default_coder: Coder, nlp: Language, text: str, sides: set[str]
) -> None:
    """"both sides" after a fight between two actors of one country stands for both."""
    assert sides <= _targets(default_coder, nlp, text, 1)


def test_two_countries_are_not_two_sides_of_one_country(default_coder: Coder, nlp: Language) -> None:
    """"the two countries" is no pair of one country's army and rebels."""
    text = ("Fighting between Sudan's army and the RSF spread to Kordofan. The African Union urged "
            "the two countries to return to talks.")
    assert not _targets(default_coder, nlp, text, 1) & {"SDNMIL", "SDNUAF"}


def test_they_after_two_sides_of_one_country_stays_unread(default_coder: Coder, nlp: Language) -> None:
    """A "they" after police clashed with protesters may be either side: no pair."""
    text = "Kenyan police clashed with protesters in Nairobi. They met the interior minister on Friday."
    coded = default_coder.code(nlp(text), when=WHEN)
    assert not any(e.sentence_index == 1 and e.source is not None and "/" in e.source.code for e in coded)
    assert not {e.source.code for e in coded if e.sentence_index == 1 and e.source} & {"KENCOP"}
