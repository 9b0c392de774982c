"""Firms named by their trade (the agents dictionary's BUS words): "a Kenyan telecom
operator", "the Indian conglomerate" are firms of their country (---BUS), not the country
itself, so a deal between firms is no agreement between states.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "side", "firm"), [
    ("A Nigerian telecom operator signed a deal with Ericsson to expand its network.", 0, "NGABUS"),
    ("The Thai conglomerate signed an agreement with the Laotian government on Monday.", 0, "THABUS"),
    ("A Spanish oil major agreed to sell gas to Morocco.", 0, "ESPBUS"),
    ("A Chinese state lender extended a $300 million loan to Zimbabwe.", 0, "CHNBUS"),
    ("Kenya signed a deal with a Japanese shipbuilder for two patrol boats.", 2, "JPNBUS"),
])
def test_a_firm_named_by_its_trade_is_a_firm(
        default_coder: Coder, nlp: Language, text: str, side: int, firm: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(event[side] == firm for event in found), found
    assert not any(event[side] == firm[:3] for event in found), found
