"""Actors of a CAMEO region named by its adjective: "Western diplomats" are of the West (WST),
"European leaders" of Europe (EUR), not of a country the sentence names as a place. The
adjective names the region only written with a capital before a common noun that is not one
country ("the European nation" is a country named before); "western Ukraine" is a direction
and "Western Union" a name of its own.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "source"), [
    ("Western diplomats condemned the attack on the embassy in Juba.", "WSTGOV"),
    ("Western ministers criticised the blockade of the port in Yemen.", "WSTGOV"),
    ("European leaders urged Serbia to recognise the vote in Kosovo.", "EURGOV"),
])
def test_a_region_adjective_gives_the_region(
        default_coder: Coder, nlp: Language, text: str, source: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(s == source for s, _, _, _ in found), found


@pytest.mark.parametrize(("text", "region"), [
    ("Russian troops shelled three villages in western Ukraine.", "WST"),
    ("The suspect wired the stolen money abroad through Western Union.", "WST"),
    ("Chile restored diplomatic relations with the European nation in May.", "EUR"),
])
def test_a_direction_a_name_or_one_country_is_no_region(
        default_coder: Coder, nlp: Language, text: str, region: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(s.startswith(region) or t.startswith(region) for s, _, t, _ in found), found


@pytest.mark.parametrize(("text", "source"), [
    ("African leaders condemned the coup in Niger.", "AFRGOV"),
    ("West African peacekeepers arrived in Freetown on Monday.", "WAFPKO"),
    ("South African police arrested two smugglers in Durban.", "ZAFCOP"),
])
def test_a_continent_or_part_of_one_gives_its_region(
        default_coder: Coder, nlp: Language, text: str, source: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(s == source for s, _, _, _ in found), found


def test_an_african_american_is_american(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "An African American pastor was beaten by two officers in Ohio.")
    assert not any(s.startswith("AFR") or t.startswith("AFR") for s, _, t, _ in found), found
