"""Meals and telephone conversations "had" or "held" with a counterpart are meetings (040) and
telephone calls (041); a meal with one's family is none. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import event_codes, triples


def countries(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, code) of the events of ``text``."""
    return {(s[:3], t[:3], code) for s, t, code in triples(coder.code(nlp(text)))}


@pytest.mark.parametrize(("text", "expected"), [
    ("Macron had dinner with German Chancellor Olaf Scholz in Paris on Friday.", ("FRA", "DEU", "040")),
    ("Erdogan held a working lunch with the Greek prime minister in Ankara.", ("TUR", "GRC", "040")),
    ("Blinken had a phone conversation with Wang Yi on Friday.", ("USA", "CHN", "041")),
    ("The Egyptian president had a telephone call with his French counterpart.", ("EGY", "FRA", "041")),
])
def test_a_meal_or_a_call_with_a_counterpart_is_consultation(
    default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in countries(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The senator had lunch with his family on Sunday.",
    "The minister had dinner with friends at a restaurant in Lyon.",
])
def test_a_meal_with_private_people_is_no_meeting(default_coder: Coder, nlp: Language, text: str) -> None:
    assert "040" not in event_codes(default_coder, nlp, text)
