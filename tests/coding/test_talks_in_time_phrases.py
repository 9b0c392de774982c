"""Talks, a meeting or a call "with" someone named in a phrase of time of a clause ("after
talks with X, Y said …") were held by the clause's subject (events.coding.nominal). Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import triples


def countries(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, code) of the events of ``text``."""
    return {(s[:3], t[:3], code) for s, t, code in triples(coder.code(nlp(text)))}


@pytest.mark.parametrize(("text", "expected"), [
    ("Speaking after talks with Xi in Beijing, Macron said Europe must keep its own line.",
     ("FRA", "CHN", "040")),
    ("Following a meeting with Erdogan, the Swedish prime minister said the bid was on track.",
     ("SWE", "TUR", "040")),
    ("During talks with the Taliban, the US envoy raised the issue of girls' schools.",
     ("USA", "AFG", "040")),
])
def test_the_subject_held_the_talks_of_its_phrase_of_time(
    default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in countries(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "After the meeting with Xi, reporters asked Macron about Taiwan.",
    "Since talks with Iran collapsed in March, the ministry has said little.",
])
def test_the_press_or_a_date_holds_no_talks(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any(code == "040" and source for source, _, code in triples(default_coder.code(nlp(text))))
