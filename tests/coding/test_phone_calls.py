"""A leader's "call" of another with no pattern's words is a telephone call (CAMEO 041); a
naming, a summons or a witness called is not. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import event_codes, triples


def countries(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, code) of the events of ``text``."""
    return {(s[:3], t[:3], code) for s, t, code in triples(coder.code(nlp(text)))}


@pytest.mark.parametrize(("text", "expected"), [
    ("Modi called Zelensky on Wednesday.", ("IND", "UKR", "041")),
    ("French President Emmanuel Macron called Egyptian President Abdel Fattah al-Sisi on Tuesday, "
     "discussing the situation in Gaza.", ("FRA", "EGY", "041")),
    ("The Turkish president called Putin on Friday and urged him to extend the grain deal.",
     ("TUR", "RUS", "041")),
])
def test_a_leader_called_is_a_phone_call(
    default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in countries(default_coder, nlp, text)


def test_a_person_named_as_a_complement_is_called_on_the_phone(default_coder: Coder, nlp: Language) -> None:
    # the parser reads the name as an object complement ("called X Y") when no object precedes it
    text = ("Japan's Prime Minister Fumio Kishida called Chinese President Xi Jinping on Sunday "
            "to express his condolences.")
    assert ("JPN", "CHN", "041") in countries(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The prosecution called Smith to testify on Monday.",
    "She called police after the shooting.",
    "A man called John Smith was arrested on Tuesday.",
    "The governor called the legislature into special session.",
])
def test_other_senses_of_call_are_no_phone_call(default_coder: Coder, nlp: Language, text: str) -> None:
    assert "041" not in event_codes(default_coder, nlp, text)
