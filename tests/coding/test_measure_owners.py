"""Trade news: a country named as the owner of tariffs, duties or sanctions is its
government, which alone imposes them ("over U.S. tariffs": USAGOV), and responding with
tariffs, duties or levies on a country's goods sanctions it (163); vowing to threatens it (1312).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("India condemned Chinese duties on its pharmaceutical exports.", ("IND", "111", "CHNGOV")),
    ("Canada protested against U.S. duties on softwood lumber.", ("CAN", "114", "USAGOV")),
    ("China's commerce ministry filed a complaint with the World Trade Organization over new U.S. tariffs"
     " on Chinese steel.", ("CHNGOV", "114", "USAGOV")),
])
def test_the_country_owning_a_trade_measure_is_its_government(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    # a country's goods or a measure's aim stay the country or its body
    ("Farmers protested against American products in Beijing.", ("---AGR", "141", "USA")),
    ("The European Union imposed sanctions on Russian banks.", ("IGOEEC", "163", "RUSBUS")),
])
def test_a_country_named_otherwise_keeps_its_code(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    # answering with tariffs, duties or levies on a country's goods sanctions that country
    ("The EU responded with levies on American bourbon and motorcycles.", ("IGOEEC", "163", "USA")),
    ("Beijing responded with duties on Australian wine.", ("CHNGOV", "163", "AUS")),
])
def test_responding_with_tariffs_is_a_sanction(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


def test_responding_with_words_is_no_sanction(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The ministry responded with a statement.")
    assert not any(c.startswith("16") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # a vow to answer with tariffs or duties threatens them (1312), not force in general (130)
    ("Ottawa vowed to respond with tariffs on American goods.", ("CANGOV", "1312", "USA")),
    ("India pledged to retaliate with duties on Turkish imports.", ("IND", "1312", "TUR")),
])
def test_a_vow_to_answer_with_tariffs_threatens_them(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found
