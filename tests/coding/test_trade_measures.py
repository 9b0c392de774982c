"""Trade measures on a country's goods: tariffs, duties, levies, quotas and taxes imposed or
raised (163), lifted, suspended or cut (085), and a ban of a country's goods imposed (an
embargo, 163) or lifted (085).
The target is the country whose goods are hit; a tax on no country's goods is no trade measure.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    # levies, like tariffs and duties, raised or imposed on a country's goods
    ("Pakistan raised import levies on Indian sugar.", ("PAK", "163", "IND")),
    ("Chile imposed levies on Peruvian avocados.", ("CHL", "163", "PER")),
    # a tax on a country's goods, by the verb "tax" or a tax laid, raised by a pattern's noun
    ("Nigeria imposed a tax on Ghanaian cocoa.", ("NGA", "163", "GHA")),
    ("Morocco hiked the tax on imported Spanish olive oil.", ("MAR", "163", "ESP")),
    ("Peru taxed Bolivian quinoa last year.", ("PER", "163", "BOL")),
    # a duty raised, a quota introduced, tariffs announced
    ("Bangladesh raised the import duty on Indian onions.", ("BGD", "163", "IND")),
    ("Colombia introduced a quota on Peruvian bananas.", ("COL", "163", "PER")),
    ("The European Union announced duties on Chinese bicycles.", ("IGOEEC", "163", "CHN")),
])
def test_a_tax_tariff_or_levy_on_a_countrys_goods_is_a_sanction(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt scrapped its quotas on Sudanese cotton.", ("EGY", "085", "SDN")),
    ("Kenya suspended duties on Ugandan maize.", ("KEN", "085", "UGA")),
    ("Thailand removed its levies on Laotian rice.", ("THA", "085", "LAO")),
    ("Poland lifted its import ban on Ukrainian grain.", ("POL", "085", "UKR")),
])
def test_lifting_or_suspending_a_trade_measure_eases_it(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


def test_an_import_ban_imposed_on_a_country_is_an_embargo(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Algeria imposed an import ban on French wheat.")
    assert ("DZA", "163", "FRA", "asserted") in found, found


@pytest.mark.parametrize("text", [
    "The Ontario government will tax sugary drinks from next year.",
    "Parliament voted to tax wealthy Norwegians.",
    "The council raised the tax on landlords.",
    "The mayor scrapped the tax on fuel.",
    "Canadian profits cannot be taxed, the minister said.",
])
def test_a_tax_on_no_countrys_goods_is_no_trade_measure(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith(("163", "085", "120", "1312")) for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow banned Moldovan wine in the spring.", ("RUSGOV", "163", "MDA")),
    ("Beijing banned Norwegian salmon after the award.", ("CHNGOV", "163", "NOR")),
])
def test_a_ban_of_a_countrys_goods_is_an_embargo(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Riyadh imposed a ban on Turkish poultry.", ("SAUGOV", "163", "TUR")),
    ("Kyiv lifted its ban on Polish apples.", ("UKRGOV", "085", "POL")),
    ("Moscow will lift its ban on Moldovan wine.", ("RUSGOV", "0354", "MDA")),
])
def test_a_ban_on_a_countrys_goods_imposed_or_lifted_is_a_trade_measure(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


def test_an_announced_ban_of_a_countrys_goods_threatens_an_embargo(
        default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Moscow will ban Moldovan wine.")
    assert ("RUSGOV", "1312", "MDA", "asserted") in found, found


@pytest.mark.parametrize(("text", "code", "target"), [
    ("Russia banned Estonian journalists.", "172", "ESTMED"),
    ("The EU imposed a ban on Belarusian journalists.", "172", "BLRMED"),
    ("The court banned the Georgian opposition party.", "1722", "GEOOPP"),
])
def test_a_ban_of_people_or_bodies_stays_an_administrative_sanction(
        default_coder: Coder, nlp: Language, text: str, code: str, target: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == code and t == target for _, c, t, _ in found), found
    assert not any(c == "163" for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Hanoi said it does not want its exporters to be hit by crippling tariffs.",
    "Vietnamese fishermen were hit by heavy Chinese duties.",
])
def test_being_hit_by_a_measure_is_no_force(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith(("18", "19", "20")) for _, c, _, _ in found), found


def test_being_hit_by_weapons_stays_force(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Russian troops were hit by Ukrainian drones.")
    assert ("UKRMIL", "190", "RUSMIL", "asserted") in found, found
