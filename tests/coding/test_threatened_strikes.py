"""A vow or threat "to strike" is read by who strikes and what: workers, teachers or health
staff who strike no one named threaten a strike (133, "threaten political dissent"), and a
strike with an object threatens an attack (1384).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize("text", [
    "The nurses union vowed to strike against the hospital next month.",
    "Junior doctors vowed to strike again in May.",
])
def test_workers_who_vow_to_strike_threaten_a_strike(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == "133" for _, c, _, _ in found), found
    assert not any(c.startswith("138") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Hamas threatened to strike Israeli cities.", ("PSEREBHMS", "1384", "ISR")),
    ("The Houthis threatened to strike ships in the Red Sea.", ("YEMREB", "1384", "")),
])
def test_a_threat_to_strike_a_target_threatens_an_attack(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any((s, c, t) == expected for s, c, t, _ in found), found
    assert not any(c == "133" for _, c, _, _ in found), found


def test_a_state_that_vows_to_strike_back_threatens_force(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Iran vowed to strike back.")
    assert any(s == "IRN" and c.startswith("138") for s, c, _, _ in found), found
