"""Score the when / where / how-many stage against the project's own gold sentences.

The gold set ships with the package (``events/when/data/gold_when.jsonl``): realistic news
sentences written for the project, each with the publication date, the expected event date
and precision, the expected action location and the expected death toll. ``shared`` is not
needed and is ignored.

Scoring, per sentence:

* date: the resolved date and precision both equal the gold ones;
* location: gold ``null`` needs no place; a gold border needs a border place with the same
  two countries (or a place within 50 km of the gold point); a gold country needs a place in
  that country at country level; a gold first-level division (adm1) a place in that country
  within 100 km or with the same name; any other gold place a place within 50 km;
* fatalities: exactly equal (``None`` = no toll stated).

Location is scored only when the geoparser (``events.geo``) can be imported and loaded; else
``location_accuracy`` is ``None`` and the table says so.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from events.errors import EvalError
from events.evaluation import EvalResult
from events.models import Place

log = logging.getLogger(__name__)

GOLD_RESOURCE = "gold_when.jsonl"
SET_NAME = "when-gold"


@dataclass(frozen=True)
class GoldSentence:
    """One gold record (see the module docstring for the fields)."""

    text: str
    published: dt.date
    expected_date: dt.date
    expected_precision: str
    expected_location: dict[str, Any] | None
    expected_fatalities: int | None


def load_gold() -> list[GoldSentence]:
    """The packaged gold sentences; raises EvalError when the file is missing or malformed."""
    try:
        raw = resources.files("events.when").joinpath("data", GOLD_RESOURCE).read_text("utf-8")
    except (OSError, FileNotFoundError) as err:
        raise EvalError(f"gold file {GOLD_RESOURCE} is not installed with events.when") from err
    gold: list[GoldSentence] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            gold.append(
                GoldSentence(
                    text=rec["text"],
                    published=dt.date.fromisoformat(rec["published"]),
                    expected_date=dt.date.fromisoformat(rec["expected_date"]),
                    expected_precision=rec["expected_precision"],
                    expected_location=rec.get("expected_location"),
                    expected_fatalities=rec.get("expected_fatalities"),
                )
            )
        except (ValueError, KeyError, TypeError) as err:
            raise EvalError(f"{GOLD_RESOURCE}:{number}: bad gold record ({err})") from err
    return gold


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two WGS84 points given in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi = p2 - p1
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def location_ok(gold: dict[str, Any] | None, place: Place | None) -> bool:
    """Whether ``place`` matches the gold location (rules in the module docstring)."""
    if gold is None:
        return place is None
    if place is None:
        return False
    near = (
        place.lat is not None
        and place.lon is not None
        and haversine_km(gold["lat"], gold["lon"], place.lat, place.lon)
    )
    kind = gold.get("feature_type", "")
    if gold.get("border_countries"):
        same_pair = set(place.border_countries) == set(gold["border_countries"])
        return same_pair or (near is not False and near <= 50.0)
    if kind == "country":
        return place.feature_type == "country" and place.country_code == gold.get("country_code")
    if kind == "adm1":
        if place.country_code != gold.get("country_code"):
            return False
        return place.name.lower() == str(gold["name"]).lower() or (near is not False and near <= 100.0)
    return near is not False and near <= 50.0


def _load_geoparser() -> Any | None:
    try:
        from events.geo import Gazetteer, Geoparser

        return Geoparser(Gazetteer.load())
    except Exception as err:  # the geoparser is optional for this evaluation
        log.warning("geoparser unavailable, location not scored: %s", err)
        return None


def run(shared: Path | None = None) -> EvalResult:
    """Score dates, locations and tolls on the packaged gold set; ``shared`` is ignored.

    Raises EvalError when the gold file is missing or malformed.
    """
    from events.dateline import doc_dateline_end
    from events.nlp import load_nlp
    from events.when import attach_location, extract_fatalities, find_dateline, resolve_date

    gold = load_gold()
    nlp = load_nlp()
    geoparser = _load_geoparser()
    date_hits = loc_hits = fat_hits = 0
    rows: list[str] = []
    for rec in gold:
        doc = nlp(rec.text)
        # the sentence after a dateline ("KHARKIV, Ukraine, Sept. 13 —"), as the pipeline reads it
        filed = doc_dateline_end(doc)
        sent = doc[next((t.i for t in doc if t.idx >= filed), 0) :]
        when = resolve_date(sent, rec.published)
        deaths = extract_fatalities(sent)
        date_ok = (when.date, when.precision) == (rec.expected_date, rec.expected_precision)
        fat_ok = deaths == rec.expected_fatalities
        date_hits += date_ok
        fat_hits += fat_ok
        loc_mark = "-"
        if geoparser is not None:
            places = geoparser.parse(doc)
            place, why = attach_location(sent, places, dateline=find_dateline(rec.text, places))
            ok = location_ok(rec.expected_location, place)
            loc_hits += ok
            got = place.name if place else "None"
            loc_mark = "ok" if ok else f"got {got} ({why})"
        if not (date_ok and fat_ok and loc_mark in {"ok", "-"}):
            rows.append(
                f"{'ok' if date_ok else 'DATE ' + when.date.isoformat() + '/' + when.precision:<24} "
                f"{'ok' if fat_ok else 'TOLL ' + str(deaths):<10} {loc_mark[:40]:<40} "
                f"{rec.text[:70]}"
            )
    n = len(gold)
    metrics: dict[str, Any] = {
        "set": SET_NAME,
        "sentences": n,
        "date_accuracy": round(date_hits / n, 4) if n else 0.0,
        "location_accuracy": round(loc_hits / n, 4) if n and geoparser is not None else None,
        "fatalities_accuracy": round(fat_hits / n, 4) if n else 0.0,
    }
    table = [
        f"when gold: {n} sentences",
        f"  date (day + precision exact): {date_hits}/{n}",
        f"  location: {loc_hits}/{n}" if geoparser else "  location: not scored (no geoparser)",
        f"  fatalities (exact): {fat_hits}/{n}",
        "misses:" if rows else "no misses",
        *("  " + r for r in rows),
    ]
    return EvalResult(table="\n".join(table), metrics=metrics)
