"""Trade news: a country named as the owner of tariffs, duties or sanctions is its
government, which alone imposes them ("over U.S. tariffs": USAGOV).

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
