"""A phone or telephone call or conversation "with" someone or "between" two is a telephone
call (041, an event noun); a call named with no caller is none. Every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import event_codes, triples


def countries(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, code) of the events of ``text``."""
    return {(s[:3], t[:3], code) for s, t, code in triples(coder.code(nlp(text)))}


@pytest.mark.parametrize(("text", "expected"), [
    ("Erdogan's phone call with Putin came a day after the attack.", {("TUR", "RUS", "041")}),
    ("Netanyahu, speaking after a phone call with Biden, said the operation would go on.",
     {("ISR", "USA", "041")}),
    ("A telephone conversation between Biden and Xi lasted two hours.",
     {("USA", "CHN", "041"), ("CHN", "USA", "041")}),
])
def test_a_phone_call_noun_is_a_telephone_call(
    default_coder: Coder, nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= countries(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The UN renewed its call for talks between the parties.",
    "A phone conversation with the mayor lasted ten minutes, the clerk said.",
])
def test_a_call_for_something_or_with_no_caller_is_no_phone_call(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert "041" not in event_codes(default_coder, nlp, text)
