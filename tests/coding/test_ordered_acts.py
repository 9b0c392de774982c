"""A directive whose pattern is its infinitive's act ("ordered the army to attack rebel
positions") codes the act ordered on the one the infinitive acts on, not on the army or
officials ordered to do it; one ordered who is not the source's instrument is coerced
("ordered the newspaper to suspend publication") (events.coding.roles).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "code", "target", "ordered"), [
    ("Chad's president ordered the army to attack rebel positions in the north.", "190", "TCDREB", "TCDMIL"),
    ("The Thai prime minister ordered officials to prepare sanctions against Myanmar.", "163", "MMR", "GOV"),
])
def test_the_act_ordered_is_on_the_one_the_infinitive_acts_on(
        default_coder: Coder, nlp: Language, text: str, code: str, target: str, ordered: str) -> None:
    found = _coded(default_coder, nlp, text)
    ordering = [(t, m) for s, c, t, m in found if c == code and s.endswith("GOV")]
    assert (target, "asserted") in ordering, found
    assert not any(t.endswith(ordered) for t, _ in ordering), found


def test_one_ordered_who_is_no_instrument_is_the_target(default_coder: Coder, nlp: Language) -> None:
    text = "Ecuador's government ordered an opposition newspaper to suspend publication for a month."
    found = _coded(default_coder, nlp, text)
    assert any(s.startswith("ECU") and c.startswith("17") and "MED" in t for s, c, t, _ in found), found


@pytest.mark.parametrize("text", [
    "The general ordered his troops to withdraw from the town.",
    "Sudan's army chief ordered his forces to pull out of the capital.",
])
def test_ordering_troops_to_withdraw_is_a_retreat_not_a_deployment(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == "0874" for _, c, _, _ in found), found
    assert not any(c.startswith("15") for _, c, _, _ in found), found
