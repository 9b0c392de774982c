"""A state's forces named by the craft, weapons or units it owns ("its aircraft", "Chile's
ships"): its military (events.coding.owned); an airline's planes are no army. Every sentence
is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_news_actors import _coded, _sources


@pytest.mark.parametrize(("text", "root", "source"), [
    ("Peru said its aircraft bombed a guerrilla camp near the Ene river.", "19", "PERMIL"),
    ("The Sudanese army said its planes struck militia positions outside El Obeid.", "19", "SDNMIL"),
    ("Chile's foreign ministry said its vessels seized a Bolivian cargo boat.", "17", "CHLMIL"),
    ("Morocco's ships detained six Spanish fishermen off the coast.", "17", "MARMIL"),
    ("Georgia said its units repelled an assault by Abkhaz fighters.", "19", "GEOMIL"),
    # an army of no country named yet: its military all the same (the places may place it)
    ("The army said its aircraft bombed a rebel camp in the hills.", "19", "---MIL"),
])
def test_a_state_s_owned_craft_are_its_military(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    assert source in _sources(default_coder, nlp, text, root), _coded(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "Qatar Airways said its planes carried 3,000 pilgrims to Jeddah.",
    "The shipping firm said its vessels blocked the canal for a day.",
])
def test_a_firm_s_craft_are_no_army(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any(s.endswith("MIL") for s, _, _ in _coded(default_coder, nlp, text))


def test_air_defences_are_military(default_coder: Coder, nlp: Language) -> None:
    text = "Latvia said its air defences shot down a Belarusian drone over Daugavpils."
    assert "LVAMIL" in _sources(default_coder, nlp, text, "19"), _coded(default_coder, nlp, text)
