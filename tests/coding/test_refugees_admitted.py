"""Refugees admitted or welcomed (:func:`events.coding.senses.admitted_refugees`): "admit"
and "welcome" whose object is refugees take them in (075), no statement or praise.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Australia admitted 12,000 Iraqi refugees last year.", ("AUS", "075", "IRQREF")),
    ("Uganda welcomed 5,000 refugees from Congo in January.", ("UGA", "075", "")),
])
def test_refugees_admitted_are_taken_in(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    source, code, target = expected
    assert any(s == source and c == code and t.endswith(target or "REF") for s, c, t, _ in found), found
    assert not any(c in ("010", "051") for _, c, _, _ in found), found


def test_a_decision_on_refugees_welcomed_is_praise(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The UN welcomed the decision on refugees.")
    assert any(s == "IGOUNO" and c == "051" for s, c, _, _ in found), found
    assert not any(c == "075" for _, c, _, _ in found), found
