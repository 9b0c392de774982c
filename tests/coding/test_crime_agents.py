"""Who strikes or steals in local crime news, named by a word of crime the agents dictionary
holds ("a shoplifter", "an intruder", "a mugger"): a criminal (CRM), so that the act has a
doer. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)


def _sides(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source, root, target) of the events of ``text``."""
    return {
        (e.source.code if e.source else "", e.event_code[:2], e.target.code if e.target else "")
        for e in coder.code(nlp(text), when=WHEN)
    }


@pytest.mark.parametrize(("text", "side"), [
    ("A security guard was punched by a shoplifter outside the supermarket.", ("---CRM", "18", "---CVL")),
    ("A pensioner was punched by a mugger on Canal Road.", ("---CRM", "18", "---CVL")),
    ("A knifeman stabbed a bus driver at the depot on Saturday.", ("---CRM", "18", "---CVL")),
])
def test_a_criminal_by_the_word_of_the_crime_is_the_doer(
    default_coder: Coder, nlp: Language, text: str, side: tuple[str, str, str]
) -> None:
    assert side in _sides(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The homeowner shot an intruder in his kitchen on Tuesday night.",
    "Police arrested a pickpocket at the market on Friday.",
    "Detectives arrested a stalker who had followed a nurse for months.",
])
def test_a_criminal_by_the_word_of_the_crime_is_the_target(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert any(target == "---CRM" for _, _, target in _sides(default_coder, nlp, text))
