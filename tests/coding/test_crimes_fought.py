"""Crimes fought together (the verb dictionary's FIGHT block and the pledges to fight): to
fight terrorism, piracy or corruption is a policy, not an armed fight with anyone, and a
pledge to do it is no threat.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "pair"), [
    ("Ghana and Togo agreed to jointly fight piracy in the Gulf of Guinea.", ("GHA", "TGO")),
    ("Peru and Bolivia agreed to cooperate in combating drug trafficking.", ("PER", "BOL")),
])
def test_partners_who_fight_a_crime_do_not_fight_each_other(
        default_coder: Coder, nlp: Language, text: str, pair: tuple[str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any((s, t) == pair and c.startswith("03") for s, c, t, _ in found), found
    assert not any(c[:2] in ("13", "19") for _, c, _, _ in found), found


def test_a_vow_to_fight_terrorism_is_an_intent_not_a_threat(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Morocco and Mauritania vowed on Monday to fight terrorism together.")
    assert any(s == "MAR" and c == "030" and m == "asserted" for s, c, _, m in found), found
    assert not any(c[:2] in ("13", "19") for _, c, _, _ in found), found


def test_a_vow_to_fight_rebels_stays_a_threat(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The Malian government vowed to fight the rebels in the north.")
    assert any(s == "MLIGOV" and c == "138" for s, c, _, _ in found), found
