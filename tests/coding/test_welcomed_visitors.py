""""Welcome" of a state's visitor at a place is hosting a visit (CAMEO 043); a decision or an
entry welcomed is praise (051). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import triples


def countries(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, code) of the events of ``text``."""
    return {(s[:3], t[:3], code) for s, t, code in triples(coder.code(nlp(text)))}


@pytest.mark.parametrize(("text", "expected"), [
    ("Chinese President Xi Jinping welcomed his Kenyan counterpart to Beijing on Thursday.",
     ("CHN", "KEN", "043")),
    ("The emir of Qatar welcomed the Iranian president at the airport in Doha.", ("QAT", "IRN", "043")),
    ("The Indian prime minister was welcomed by President Ruto at the palace in Nairobi.",
     ("KEN", "IND", "043")),
])
def test_a_visitor_welcomed_at_a_place_is_hosted(
    default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in countries(default_coder, nlp, text)


def test_a_visitor_welcomed_next_week_is_an_intent_to_meet(default_coder: Coder, nlp: Language) -> None:
    found = countries(default_coder, nlp, "Putin will welcome the Chinese leader to Moscow next week.")
    assert ("RUS", "CHN", "036") in found


@pytest.mark.parametrize("text", [
    "The minister welcomed the decision by the European Union to lift the sanctions.",
    "Germany welcomed Finland into NATO on Tuesday.",
    "The foreign minister welcomed the Chinese proposal at a news conference in Ankara.",
])
def test_what_is_welcomed_without_a_visit_is_praised(default_coder: Coder, nlp: Language, text: str) -> None:
    codes = {code for _, _, code in triples(default_coder.code(nlp(text)))}
    assert "051" in codes and "043" not in codes
