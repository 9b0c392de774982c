"""A threat to answer an attack on one's own side is aimed at the attacker, not at the side
it defends: "Turkey vowed to retaliate against any attack on its troops" is a threat (138) with
no target, not Turkey threatening its own army.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "own"), [
    ("Turkey vowed to retaliate against any attack on its troops.", "TUR"),
    ("India vowed to retaliate against any attack on its soldiers in Kashmir.", "IND"),
    ("Greece threatened to retaliate against any assault on its coast guard.", "GRC"),
])
def test_a_threat_to_answer_an_attack_on_ones_own_side_targets_none_of_it(
        default_coder: Coder, nlp: Language, text: str, own: str) -> None:
    found = _coded(default_coder, nlp, text)
    threats = [(s, t) for s, c, t, _ in found if c.startswith("13")]
    assert threats and not any(t.startswith(own) for _, t in threats), found


def test_the_attacker_named_stays_the_target(default_coder: Coder, nlp: Language) -> None:
    text = "Pakistan threatened to retaliate against any Indian strike on its territory."
    found = _coded(default_coder, nlp, text)
    assert any(s == "PAK" and c.startswith("138") and t == "IND" for s, c, t, _ in found), found
