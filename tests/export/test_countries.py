"""The shipped ISO → FIPS / ACLED region table: derived from packages, GDELT's codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from events.export.countries import (
    TABLE_FILE,
    countries,
    country,
    derive_table,
    iso2_to_fips,
    table_text,
)


def test_georgia_and_russia_have_gdelt_fips_codes() -> None:
    assert (iso2_to_fips("GE"), iso2_to_fips("RU"), iso2_to_fips("RS")) == ("GG", "RS", "RI")


def test_unknown_or_missing_codes_give_empty_fips() -> None:
    assert (iso2_to_fips("ZZ"), iso2_to_fips(None), iso2_to_fips("")) == ("", "", "")


def test_lookup_by_alpha3_and_numeric_code() -> None:
    ukraine = country("UKR")
    assert ukraine is not None
    assert (ukraine.iso2, ukraine.iso_numeric, ukraine.name) == ("UA", "804", "Ukraine")


def test_acled_regions_follow_acled_not_m49() -> None:
    regions = {c: countries()[c].acled_region for c in ("GE", "AM", "KG", "IR", "UA", "GB", "MX")}
    assert regions == {"GE": "Caucasus and Central Asia", "AM": "Caucasus and Central Asia",
                       "KG": "Caucasus and Central Asia", "IR": "Middle East", "UA": "Europe",
                       "GB": "Europe", "MX": "Central America"}


def test_shipped_table_equals_the_derivation_from_packages() -> None:
    shipped = Path(__file__).parents[2] / "events" / "export" / TABLE_FILE
    assert shipped.read_text(encoding="utf-8") == table_text(derive_table())


@pytest.mark.shared
def test_every_fips_code_is_in_gdelts_fips_list(shared_dir: Path) -> None:
    lines = (shared_dir / "reference/cameo/FIPS.country.txt").read_text(encoding="utf-8",
                                                                         errors="replace")
    gdelt = {line.split("\t")[0] for line in lines.splitlines() if "\t" in line}
    ours = {c.fips for c in countries().values() if c.fips}
    # Curaçao and Sint Maarten (2010) are newer than GDELT's list; YI is the obsolete
    # Serbia and Montenegro, which GeoNames still carries
    assert ours - gdelt == {"UC", "NN", "YI"}
    assert {"GG", "RS", "UP", "AJ", "AM", "KG", "TI"} <= gdelt
