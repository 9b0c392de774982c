"""Mediation one announces or is ready for ("said it would mediate between A and B", "is ready
to mediate between A and B") is the intent to mediate (039) of the mediator, aimed at both
sides: the sides do not act on each other when the mediator is named only by a pronoun.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "mediator", "sides"), [
    ("Qatar said it would mediate between Israel and Hamas.", "QAT", ("ISR", "PSEREBHMS")),
    ("Norway said it is willing to mediate between Colombia and Venezuela.", "NOR", ("COL", "VEN")),
])
def test_the_sides_of_an_announced_mediation_do_not_act_on_each_other(
        default_coder: Coder, nlp: Language, text: str, mediator: str, sides: tuple[str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(s in sides and t in sides for s, _, t, _ in found), found
    assert {t for s, c, t, _ in found if s == mediator and c.startswith("03")} >= set(sides), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey is ready to mediate between Russia and Ukraine.", ("TUR", "039", "RUS")),
    ("The Vatican said it would mediate between Armenia and Azerbaijan.", ("VAT", "039", "AZE")),
])
def test_announced_mediation_is_an_intent_to_mediate(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any((s, c, t) == expected for s, c, t, _ in found), found
