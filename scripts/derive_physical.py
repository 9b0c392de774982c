"""Derive ``events/geo/data/physical.tsv`` (named seas, oceans, gulfs, straits, islands, mountain
ranges, deserts, plains, rivers, lakes and peaks) from Natural Earth 1:10m physical vector data
(public domain, https://www.naturalearthdata.com/).

Maintainer script, not run at build or run time. Give it a folder with these Natural Earth
GeoJSON files (any GeoJSON conversion of the 1:10m shapefiles, e.g. the
``martynafford/natural-earth-geojson`` mirror, public domain / CC0):

    ne_10m_geography_marine_polys.json        ne_10m_geography_regions_polys.json
    ne_10m_rivers_lake_centerlines.json       ne_10m_lakes.json
    ne_10m_geography_regions_elevation_points.json

    python scripts/derive_physical.py DIR [--out events/geo/data/physical.tsv]

One row per named feature: name, lat, lon (degrees, 2 decimals), kind, Natural Earth scale rank
(0 = most prominent) and other names ("|"-joined). Points: a polygon's pole of inaccessibility
(its largest part; the centre of an island group), a river's point halfway along its longest
named course, a peak's own point. Parts of one named feature (the North and South Atlantic) are
merged.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from shapely.geometry import MultiPolygon, Polygon, shape
from shapely.ops import linemerge, polylabel, unary_union

HERE = Path(__file__).resolve().parent.parent
OUT = HERE / "events" / "geo" / "data" / "physical.tsv"

KINDS = {
    "Island": "island", "Island group": "islands", "Range/mtn": "range", "Desert": "desert",
    "Plateau": "plateau", "Pen/cape": "peninsula", "Peninsula": "peninsula", "Plain": "plain",
    "Geoarea": "area", "Basin": "basin", "Delta": "delta", "Valley": "valley",
    "Wetlands": "wetland", "Lowland": "plain", "Gorge": "gorge", "Tundra": "area",
    "Isthmus": "isthmus", "Foothills": "area", "Lake": "lakes", "Coast": "coast",
    "Depression": "area",
}
"""Natural Earth ``featurecla`` of geography_regions_polys -> our kind (others are skipped)."""

ABBREVIATIONS = {"MTS.": "Mountains", "MTS": "Mountains", "RA.": "Range", "PEN.": "Peninsula",
                 "Pen.": "Peninsula", "PLAT.": "Plateau", "Plat.": "Plateau", "IS.": "Islands",
                 "Is.": "Islands", "I.": "Island", "Arch.": "Archipelago",
                 "CORD.": "Cordillera", "Cord.": "Cordillera", "Mts.": "Mountains",
                 "N.": "North", "S.": "South", "ISANDS": "Islands"}
SMALL_WORDS = {"of", "the", "de", "del", "la", "le", "du", "des", "al", "el", "and", "da"}
MAX_RANK = {"marine": 6, "region": 6, "river": 8, "lake": 5, "peak": 4}
"""Coarsest Natural Earth scale rank kept per source (ranks run 0..10; lower is more prominent)."""


def clean_name(raw: str) -> str:
    """Natural Earth's label as a name: spaces squeezed, abbreviations expanded, title case for
    labels written in capitals ("CAUCASUS MTS." -> "Caucasus Mountains")."""
    words = raw.replace("\r", " ").split()
    words = [ABBREVIATIONS.get(w, w) for w in words]
    text = " ".join(words)
    if text.isupper() or sum(c.isupper() for c in text) > len(text) / 2:
        out = []
        for i, w in enumerate(text.lower().split()):
            out.append(w if i and w in SMALL_WORDS else w[:1].upper() + w[1:])
        text = " ".join(out)
    return text


def _point(geom: Any, group: bool) -> tuple[float, float]:
    """(lat, lon) label point of a polygon geometry (see module docs)."""
    if group or not isinstance(geom, (Polygon, MultiPolygon)):
        c = geom.centroid
        return float(c.y), float(c.x)
    part = max(geom.geoms, key=lambda g: g.area) if isinstance(geom, MultiPolygon) else geom
    p = polylabel(part, tolerance=0.05)
    return float(p.y), float(p.x)


def _ocean_point(geom: Any) -> tuple[float, float]:
    """(lat, lon) of an ocean: the area-weighted mean of its parts' centroids, longitudes
    unwrapped across the antimeridian (the Pacific's North and South parts)."""
    parts = list(getattr(geom, "geoms", [geom]))
    points = [(_point(p, True), p.area) for p in parts if p.area > 1.0]
    west = sum(a for (_, lon), a in points if lon < 0)
    shift = 360.0 if west and west < sum(a for _, a in points) and any(
        lon > 90 for (_, lon), _ in points) and any(lon < -90 for (_, lon), _ in points) else 0.0
    total = sum(a for _, a in points)
    lat = sum(la * a for (la, _), a in points) / total
    lon = sum(((lo + shift) if lo < 0 else lo) * a for (_, lo), a in points) / total
    return lat, (lon + 180.0) % 360.0 - 180.0


def _features(path: Path) -> list[dict[str, Any]]:
    return list(json.loads(path.read_text(encoding="utf-8"))["features"])


def _polys(path: Path, source: str, kind_of: Any) -> list[tuple[str, str, int, Any, str]]:
    """(name, kind, rank, geometry, alternative name) of the named polygons of one file."""
    merged: dict[tuple[str, str], list[Any]] = defaultdict(list)
    rank: dict[tuple[str, str], int] = {}
    alts: dict[tuple[str, str], str] = {}
    for f in _features(path):
        p = f["properties"]
        kind = kind_of(p)
        if not p.get("name") or kind is None or not f.get("geometry") \
                or int(p.get("scalerank") or 0) > MAX_RANK[source]:
            continue
        name = clean_name(p["name"])
        if kind == "ocean":
            name = re.sub(r"^(North|South) ", "", name)  # one Atlantic, one Pacific
        key = (name, kind)
        merged[key].append(shape(f["geometry"]))
        rank[key] = min(rank.get(key, 99), int(p.get("scalerank") or 0))
        if p.get("namealt"):
            alts[key] = clean_name(p["namealt"])
    return [(n, k, rank[(n, k)], unary_union(g), alts.get((n, k), ""))
            for (n, k), g in merged.items()]


def _marine_kind(p: dict[str, Any]) -> str | None:
    kind = str(p.get("featurecla") or "").lower()
    return None if kind in ("generic", "river", "") else kind


def _region_kind(p: dict[str, Any]) -> str | None:
    return KINDS.get(str(p.get("featurecla") or ""))


def _aliases(name: str, kind: str, rank: int) -> list[str]:
    """Short forms news uses: "Atlantic" (ocean), "Mediterranean" (sea), "Urals" / "Alps"."""
    out = []
    m = re.fullmatch(r"(.+?) (Ocean|Sea)", name)
    if m and (m.group(2) == "Ocean" or re.search(r"(ic|ean)$", m.group(1))) \
            and m.group(1) not in ("Indian", "Arabian", "Southern"):
        out.append(m.group(1))
    m = re.fullmatch(r"(.+?) Mountains", name)
    if m and kind == "range" and rank <= 3 and " " not in m.group(1) \
            and not m.group(1).endswith("s"):
        out.append(m.group(1) + "s")
    plain = re.sub("[\u2018\u2019']", "", name)
    if plain != name:
        out.append(plain)
    return [a for a in out if a != name]


def rows(folder: Path) -> list[list[str]]:
    """Every output row (sorted by kind, rank, name)."""
    out: dict[tuple[str, str, int], list[str]] = {}

    def add(name: str, lat: float, lon: float, kind: str, rank: int, alts: list[str],
            number: int = 0) -> None:
        key = (name, kind, number)
        if key in out or not name or name.lower().startswith("null"):
            return
        alt = "|".join(dict.fromkeys(a for a in alts if a and a != name))
        out[key] = [name, f"{lat:.2f}", f"{lon:.2f}", kind, str(rank), alt]

    for name, kind, rank, geom, alt in _polys(folder / "ne_10m_geography_marine_polys.json",
                                              "marine", _marine_kind):
        lat, lon = _ocean_point(geom) if kind == "ocean" else _point(geom, False)
        add(name, lat, lon, kind, rank, [alt, *_aliases(name, kind, rank)])
    for name, kind, rank, geom, alt in _polys(folder / "ne_10m_geography_regions_polys.json",
                                              "region", _region_kind):
        lat, lon = _point(geom, kind in ("islands", "lakes"))
        add(name, lat, lon, kind, rank, [alt, *_aliases(name, kind, rank)])
    for name, kind, rank, geom, alt in _polys(folder / "ne_10m_lakes.json", "lake",
                                              lambda p: "lake"):
        lat, lon = _point(geom, False)
        add(name, lat, lon, kind, rank, [alt])
    rivers: dict[tuple[str, int], list[Any]] = defaultdict(list)
    river_rank: dict[tuple[str, int], int] = {}
    for f in _features(folder / "ne_10m_rivers_lake_centerlines.json"):
        p = f["properties"]
        name = p.get("name_en") or p.get("name")
        if p.get("featurecla") != "River" or not name or not f.get("geometry") or \
                int(p.get("scalerank") or 0) > MAX_RANK["river"]:
            continue
        key = (name, int(p.get("rivernum") or 0))  # one name, several rivers: "Red"
        rivers[key].append(shape(f["geometry"]))
        river_rank[key] = min(river_rank.get(key, 99), int(p.get("scalerank") or 0))
    for (name, num), lines in rivers.items():
        union = unary_union(lines)
        merged = linemerge(union) if union.geom_type == "MultiLineString" else union
        longest = max(getattr(merged, "geoms", [merged]), key=lambda g: g.length)
        mid = longest.interpolate(0.5, normalized=True)
        add(name, float(mid.y), float(mid.x), "river", river_rank[(name, num)], [], num)
    for f in _features(folder / "ne_10m_geography_regions_elevation_points.json"):
        p = f["properties"]
        if not p.get("name") or int(p.get("scalerank") or 0) > MAX_RANK["peak"]:
            continue
        lon, lat = f["geometry"]["coordinates"][:2]
        add(clean_name(p["name"]), float(lat), float(lon), "peak", int(p["scalerank"]), [])
    return sorted(out.values(), key=lambda r: (r[3], int(r[4]), r[0]))


HEADER = """\
# Named physical features from Natural Earth 1:10m (public domain, naturalearthdata.com):
# marine areas, geography regions (islands, ranges, deserts, ...), lakes, rivers and peaks.
# Derived by scripts/derive_physical.py; do not edit by hand.
# name<TAB>lat<TAB>lon<TAB>kind<TAB>Natural Earth scale rank<TAB>other names (|-joined)
"""


def main(argv: list[str] | None = None) -> int:
    """Write the table (see the module docs)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    lines = ["\t".join(r) for r in rows(args.folder)]
    args.out.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
