"""A vow, pledge or threat to block, veto or oppose a measure threatens no measure, and the one
who opposes a measure acts on its owner, not on whom the measure hits: "Austria threatened to
veto new sanctions against Russia" is no threat of sanctions (1312) and none against Russia.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize("text", [
    "Poland vowed to block the EU's sanctions on Belarus.",
    "Hungary has vowed to veto the EU's new sanctions package against Russia.",
    "Slovakia pledged to oppose the bloc's sanctions on Iranian oil.",
])
def test_a_vow_to_block_sanctions_threatens_no_sanctions(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("131") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "hit"), [
    ("Austria threatened to veto new sanctions against Russia.", "RUS"),
    ("Greece vowed to block new sanctions on Turkey.", "TUR"),
    ("Bulgaria pledged to oppose new tariffs on Turkish steel.", "TUR"),
])
def test_opposing_a_measure_aims_at_no_one_it_hits(
        default_coder: Coder, nlp: Language, text: str, hit: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert found, text
    assert not any(t.startswith(hit) for _, _, t, _ in found), found


def test_the_owner_of_an_opposed_measure_stays_its_target(default_coder: Coder, nlp: Language) -> None:
    text = "Hungary has vowed to veto the EU's new sanctions package against Russia."
    found = _coded(default_coder, nlp, text)
    assert ("HUN", "129", "IGOEEC", "intended") in found, found


def test_a_vow_to_impose_sanctions_stays_a_threat(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Lithuania vowed to impose sanctions on Belarus.")
    assert any(s == "LTU" and c == "1312" and t.startswith("BLR") for s, c, t, _ in found), found
