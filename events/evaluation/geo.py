"""Geoparser evaluation on LGL (Lieberman et al. 2010) and GeoWebNews (Gritta et al. 2019).

Each gold toponym span is resolved in its article's context (as Mordecai 3 and Gritta et al.
report) and compared with the gold point: accuracy@161 km (haversine), median error (km; a
toponym without an answer counts as 20,038 km, half the circumference), mean error (km, over
the toponyms that got an answer), the share of gold toponyms with no gazetteer candidate (also
those the geoparser then places at the place named with them or at the article's focus) and
country accuracy over the gold toponyms that have a country. The table also gives the share
of gold spans our own recognition finds (exact span, and overlapping).

Country accuracy (``country_accuracy``) is strict: over the gold toponyms that lie in one
country, the share whose answer has that country (ISO2); an answer without a country (a
continent, an ocean, a region across borders) or no answer is wrong. LGL gives each toponym its
GeoNames country. GeoWebNews gives a GeoNames id and a point: the gold country is the country
of the gazetteer record with that id when the gazetteer knows it (a continent or the EU has
none, so such a toponym is left out of the country figures, as it lies in no one country),
else the Natural Earth country the point lies in. ``country_accuracy_strict`` repeats the
same figure (kept for readers of earlier output). ``country_accuracy_by_place`` is a lenient
reading reported beside it: an answer without a country also counts when it lies within
161 km of the gold point.
"""

from __future__ import annotations

import logging
import statistics
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from events.errors import EvalError
from events.evaluation import EvalResult
from events.geo.text import haversine_km, norm

if TYPE_CHECKING:
    from events.geo.gazetteer import Gazetteer

log = logging.getLogger(__name__)

ACC_KM = 161.0
NO_ANSWER_KM = 20038.0
"""Error counted for a toponym without an answer (half the Earth's circumference)."""


@dataclass
class GoldToponym:
    """One gold span with its point (degrees) and, where known, its country (ISO2)."""

    start: int
    end: int
    phrase: str
    lat: float
    lon: float
    country: str | None
    admin1: str = ""


@dataclass
class GoldArticle:
    """An article's text and gold toponyms."""

    text: str
    toponyms: list[GoldToponym]


def _parse_xml(path: Path) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except (OSError, ET.ParseError) as err:
        raise EvalError(f"cannot read gold set {path}: {err}") from err


def _country_by_name(gaz: Gazetteer | None = None) -> Callable[[str], str | None]:
    from events.geo import Gazetteer

    gaz = gaz or Gazetteer.load()
    by_name = {norm(c.name): iso for iso, c in gaz.index.countries.items()}

    def lookup(name: str) -> str | None:
        iso = by_name.get(norm(name))
        if iso is None:
            rids = [r for r in gaz.lookup(name) if gaz.index.ftype[r] == 0]
            iso = gaz.index.cc[rids[0]] if rids else None
        return iso

    return lookup


def read_lgl(path: Path, gazetteer: Gazetteer | None = None) -> list[GoldArticle]:
    """LGL articles with the toponyms that carry a gold point; raises EvalError if unreadable."""
    country_of = _country_by_name(gazetteer)
    articles = []
    for art in _parse_xml(path).iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            tag = t.find("gaztag")
            if tag is None or tag.findtext("lat") is None:
                continue
            country = (tag.findtext("country") or "").strip()
            tops.append(GoldToponym(
                int(t.findtext("start") or 0), int(t.findtext("end") or 0),
                t.findtext("phrase") or "", float(tag.findtext("lat") or 0),
                float(tag.findtext("lon") or 0), country_of(country) if country else None,
                (tag.findtext("admin1") or "").strip()))
        articles.append(GoldArticle(text, tops))
    return articles


def read_geowebnews(path: Path, gazetteer: Gazetteer | None = None) -> list[GoldArticle]:
    """GeoWebNews articles with toponyms that have coordinates; the country of each is that of
    its GeoNames record when the gazetteer knows the id, else the Natural Earth country at its
    point (see the module docs). Raises EvalError if unreadable."""
    country_at = _country_at()
    country_of_id = _country_by_geonameid(gazetteer)
    articles = []
    for art in _parse_xml(path).iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            lat, lon = t.findtext("latitude"), t.findtext("longitude")
            if not lat or not lon:
                continue
            la, lo = float(lat), float(lon)
            gid = (t.findtext("geonamesID") or "").strip()
            known = country_of_id(int(gid)) if gid.isdigit() else None
            country = (known or None) if known is not None else country_at(la, lo)
            tops.append(GoldToponym(int(t.findtext("start") or 0), int(t.findtext("end") or 0),
                                    t.findtext("extractedName") or "", la, lo, country))
        articles.append(GoldArticle(text, tops))
    return articles


def _country_by_geonameid(gaz: Gazetteer | None = None) -> Callable[[int], str | None]:
    """GeoNames id -> ISO2 of the gazetteer's record with that id ("" for a record in no one
    country, such as a continent), or None when the gazetteer has no such id."""
    from events.geo import Gazetteer

    ix = (gaz or Gazetteer.load()).index
    by_id = {int(g): ix.cc[rid] for rid, g in enumerate(ix.gid.tolist()) if g >= 0}
    return by_id.get


def _country_at() -> Callable[[float, float], str | None]:
    """A point -> ISO2 lookup over the Natural Earth polygons (nearest within ~50 km)."""
    from shapely import STRtree
    from shapely.geometry import Point

    from events.geo.borders import country_polygons

    polys = country_polygons()
    codes = list(polys)
    tree = STRtree([polys[c] for c in codes])

    def at(lat: float, lon: float) -> str | None:
        point = Point(lon, lat)
        hits = tree.query(point, predicate="intersects")
        if len(hits):
            return codes[int(hits[0])]
        nearest = tree.nearest(point)
        if nearest is not None and polys[codes[int(nearest)]].distance(point) < 0.5:
            return codes[int(nearest)]
        return None

    return at


def evaluate(name: str, articles: list[GoldArticle],
             gazetteer: Gazetteer | None = None) -> EvalResult:
    """Resolve every gold span in context and score it (see the module docstring).

    ``gazetteer`` defaults to ``Gazetteer.load()`` (the configured cache dir).
    """
    from events.geo import Gazetteer, Geoparser
    from events.geo.parser import NOT_FOUND
    from events.geo.recognize import find_mentions
    from events.nlp import load_nlp

    nlp = load_nlp()
    gp = Geoparser(gazetteer or Gazetteer.load())
    start = time.perf_counter()
    errors: list[float] = []
    country_ok = country_by_place = country_n = found_exact = found_overlap = total = 0
    unresolved = no_candidate = 0
    answered: list[float] = []
    georgia = {"country": [0, 0], "state": [0, 0]}
    texts = [a.text for a in articles]
    for art, doc in zip(articles, nlp.pipe(texts, batch_size=16), strict=True):
        if not art.toponyms:
            continue
        spans = [(t.start, t.end) for t in art.toponyms]
        ours = [(m.start, m.end) for m in find_mentions(doc, gp.gaz)]
        places = gp.resolve_spans(art.text, spans, doc)
        for gold, place in zip(art.toponyms, places, strict=True):
            total += 1
            found_exact += (gold.start, gold.end) in ours
            found_overlap += any(s < gold.end and gold.start < e for s, e in ours)
            no_candidate += place is None or place.explanation.startswith(NOT_FOUND)
            if place is None or place.lat is None or place.lon is None:
                unresolved += 1
                errors.append(NO_ANSWER_KM)
            else:
                errors.append(haversine_km(gold.lat, gold.lon, place.lat, place.lon))
                answered.append(errors[-1])
            if gold.country:
                country_n += 1
                country_ok += _country_ok(gold, place, errors[-1])
                country_by_place += _country_ok(gold, place, errors[-1], by_place=True)
            _georgia(gold, place, georgia)
    elapsed = time.perf_counter() - start
    return _result(name, errors, answered, (country_ok, country_by_place, country_n),
                   found_exact, found_overlap, total, unresolved, no_candidate, georgia, elapsed)


def _country_ok(gold: GoldToponym, place: Any, error_km: float, by_place: bool = False) -> bool:
    """Whether the answer has the gold toponym's country. With ``by_place`` an answer that
    belongs to no one country (a continent, an ocean, a region across borders) also counts
    when it lies within 161 km of the gold point (see the module docs)."""
    if place is None:
        return False
    if place.country_code:
        return bool(place.country_code == gold.country)
    return by_place and error_km <= ACC_KM


def _georgia(gold: GoldToponym, place: Any, tally: dict[str, list[int]]) -> None:
    if gold.phrase.strip() != "Georgia":
        return
    if gold.country == "GE":
        tally["country"][1] += 1
        tally["country"][0] += place is not None and place.country_code == "GE"
    elif gold.country == "US" and gold.admin1 == "Georgia":
        tally["state"][1] += 1
        tally["state"][0] += (place is not None and place.country_code == "US"
                              and place.adm1_code == "GA")


def _share(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _share_or_none(a: int, b: int) -> float | None:
    """A share, or None (JSON null) when the set has no such mentions at all."""
    return round(a / b, 4) if b else None


def _result(name: str, errors: list[float], answered: list[float],
            country: tuple[int, int, int], found_exact: int, found_overlap: int, total: int,
            unresolved: int, no_candidate: int, georgia: dict[str, list[int]],
            elapsed: float) -> EvalResult:
    """The report table and its JSON metrics; ``country`` is (correct, correct under the
    lenient reading by place, toponyms with a gold country)."""
    country_ok, country_by_place, country_n = country
    acc = _share(sum(e <= ACC_KM for e in errors), len(errors))
    median = round(statistics.median(errors), 1) if errors else 0.0
    mean = round(statistics.fmean(answered), 1) if answered else 0.0
    metrics = {
        "set": name,
        "toponyms": total,
        "acc161": acc,
        "median_km": median,
        "mean_km": mean,
        "country_accuracy": _share(country_ok, country_n),
        "country_accuracy_strict": _share(country_ok, country_n),
        "country_accuracy_by_place": _share(country_by_place, country_n),
        "country_toponyms": country_n,
        "no_candidate": _share(no_candidate, total),
        "georgia_country_ok": _share_or_none(*georgia["country"]),
        "georgia_state_ok": _share_or_none(*georgia["state"]),
    }
    gc, gs = georgia["country"], georgia["state"]
    rows = [
        f"{name}: gold toponyms with coordinates      {total}",
        f"  accuracy@161 km                          {acc:.3f}",
        f"  median error (km)                        {median}",
        f"  mean error (km, {len(answered)} answered)        {mean}",
        f"  country accuracy ({country_n} with a country)   {metrics['country_accuracy']:.3f}"
        f" (lenient, by place: {metrics['country_accuracy_by_place']:.3f})",
        f"  no gazetteer candidate                   {no_candidate} "
        f"({_share(no_candidate, total):.3f}); left without an answer {unresolved}",
        f"  recognised by our own parser: exact span {_share(found_exact, total):.3f}, "
        f"overlapping {_share(found_overlap, total):.3f}",
        f"  'Georgia' the country: {gc[0]}/{gc[1]} correct; the US state: {gs[0]}/{gs[1]} correct",
        f"  time {elapsed:.1f} s ({total / elapsed if elapsed else 0:.0f} toponyms/s incl. NER)",
    ]
    return EvalResult("\n".join(rows), metrics)


def run_lgl(shared: Path) -> EvalResult:
    """Score on ``shared/eval/geo/lgl.xml``; raises EvalError when it is missing."""
    path = Path(shared) / "eval" / "geo" / "lgl.xml"
    if not path.exists():
        raise EvalError(f"LGL gold set not found at {path}")
    return evaluate("lgl", read_lgl(path))


def run_geowebnews(shared: Path) -> EvalResult:
    """Score on ``shared/eval/geo/GeoWebNews.xml``; raises EvalError when it is missing."""
    path = Path(shared) / "eval" / "geo" / "GeoWebNews.xml"
    if not path.exists():
        raise EvalError(f"GeoWebNews gold set not found at {path}")
    from events.geo import Gazetteer

    gazetteer = Gazetteer.load()
    return evaluate("geowebnews", read_geowebnews(path, gazetteer), gazetteer)
