"""Helpers for exploring the dataset: counts per period, border events, simple filters,
an optional Polars reader, and a small synthetic dataset for demos and tests.

Everything takes or returns pandas DataFrames as :func:`events.dataset.load` gives them.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from events.errors import ConfigError

log = logging.getLogger(__name__)

BORDER_GEO_TYPE = 6
SEED_ARTICLE_ID = "mobilisation-slipping-2022-09-30"
"""The sample article retelling the project's seed story (in ``data/samples/articles.jsonl``)."""


_PERIOD_ALIASES = {"MS": "M", "QS": "Q", "YS": "Y", "AS": "Y", "A": "Y"}
"""Offset aliases of period starts, as periods ("MS" → "M")."""


def counts_by_period(events: pd.DataFrame, freq: str = "W", by: str = "event_root_code"
                     ) -> pd.DataFrame:
    """Events per period (pandas period alias: "W" weeks Monday–Sunday, "M" months …) and
    per value of ``by``: one row per period (index: period start), one column per value,
    zero-filled; empty periods between the first and last event are kept."""
    period = _PERIOD_ALIASES.get(freq, freq)
    try:
        pd.Period("2022-01-01", freq=period)
    except ValueError as err:
        raise ConfigError(f"unknown period {freq!r} (use D, W, M, Q or Y)") from err
    if events.empty:
        return pd.DataFrame()
    dates = pd.to_datetime(events["event_date"])
    keys = events[by].astype("string").fillna("(none)")
    frame = pd.DataFrame({"period": dates.dt.to_period(period).dt.start_time, by: keys})
    table = frame.groupby(["period", by], observed=True).size().unstack(by, fill_value=0)
    full = pd.period_range(dates.min(), dates.max(), freq=period).start_time
    return table.reindex(full, fill_value=0).rename_axis("period").sort_index(axis=1)


def _is_border(events: pd.DataFrame) -> pd.Series:
    geo_type = pd.to_numeric(events["action_geo_type"], errors="coerce")
    sides = events["action_geo_border_countries"].map(
        lambda v: v is not None and not isinstance(v, float) and len(v) > 0)
    return (geo_type == BORDER_GEO_TYPE) | sides.astype(bool)


def border_events(events: pd.DataFrame, mentions: pd.DataFrame | None = None,
                  article_id: str | None = None) -> pd.DataFrame:
    """Events located in a border area (``action_geo_type == 6`` or border countries named);
    with ``article_id`` (and the mentions table) only those reported by that article, with
    the reporting sentence in a ``sentence`` column."""
    found = events[_is_border(events)]
    if article_id is None:
        return found.reset_index(drop=True)
    if mentions is None:
        raise ValueError("border_events(article_id=…) needs the mentions table")
    own = mentions[mentions["article_id"] == article_id][["event_id", "sentence_index",
                                                           "sentence"]]
    own = own.sort_values("sentence_index").drop_duplicates("event_id")
    return found.merge(own, on="event_id", how="inner").reset_index(drop=True)


def filter_bbox(events: pd.DataFrame, west: float, south: float, east: float, north: float,
                prefix: str = "action_geo") -> pd.DataFrame:
    """Events whose ``{prefix}_lat``/``_long`` fall in the box (degrees, edges included);
    a box with ``west > east`` crosses the antimeridian."""
    lat = pd.to_numeric(events[f"{prefix}_lat"], errors="coerce")
    lon = pd.to_numeric(events[f"{prefix}_long"], errors="coerce")
    in_lon = (lon >= west) & (lon <= east) if west <= east else (lon >= west) | (lon <= east)
    return events[(lat >= south) & (lat <= north) & in_lon].reset_index(drop=True)


def filter_actors(events: pd.DataFrame, codes: Iterable[str], role: str = "either"
                  ) -> pd.DataFrame:
    """Events whose actor code starts with one of ``codes`` ("RUS" matches RUSMIL, RUSGOV …);
    ``role`` is "actor1", "actor2" or "either"."""
    prefixes = tuple(c.upper() for c in codes)
    cols = ["actor1_code", "actor2_code"] if role == "either" else [f"{role}_code"]
    mask = pd.Series(False, index=events.index)
    for col in cols:
        mask |= events[col].astype("string").fillna("").str.upper().str.startswith(prefixes)
    return events[mask].reset_index(drop=True)


def filter_quad(events: pd.DataFrame, classes: Iterable[int]) -> pd.DataFrame:
    """Events of the given GDELT QuadClasses (1 verbal coop., 2 material coop., 3 verbal
    conflict, 4 material conflict)."""
    wanted = {int(c) for c in classes}
    return events[pd.to_numeric(events["quad_class"]).isin(wanted)].reset_index(drop=True)


def load_polars(path: str | Path, table: str = "events") -> Any:
    """The table as a ``polars.DataFrame`` (Hive partitions included), read from the files
    of the snapshot committed now. Polars is optional: raises ConfigError when it is not
    installed."""
    try:
        import polars as pl
    except ImportError as err:
        raise ConfigError("polars is not installed (pip install polars)") from err
    from events.dataset import files

    return pl.read_parquet(files(path, table), hive_partitioning=True)


# --- a small synthetic dataset -------------------------------------------------------------

_UTC = dt.UTC

_PLACES: dict[str, dict[str, object]] = {
    "kharkiv": {"type": 4, "fullname": "Kharkiv, Ukraine", "country_code": "UA",
                "adm1_code": "UA07", "lat": 49.98081, "long": 36.25272, "feature_id": "706483"},
    "moscow": {"type": 4, "fullname": "Moscow, Russia", "country_code": "RU",
               "adm1_code": "RU48", "lat": 55.75222, "long": 37.61556, "feature_id": "524901"},
    "tbilisi": {"type": 4, "fullname": "Tbilisi, Georgia", "country_code": "GE",
                "adm1_code": "GE51", "lat": 41.69411, "long": 44.83368, "feature_id": "611717"},
    "atlanta": {"type": 3, "fullname": "Atlanta, United States", "country_code": "US",
                "adm1_code": "USGA", "lat": 33.749, "long": -84.38798, "feature_id": "4180439"},
    "russia": {"type": 1, "fullname": "Russia", "country_code": "RU", "lat": 60.0,
               "long": 100.0, "feature_id": "2017370"},
    "brussels": {"type": 4, "fullname": "Brussels, Belgium", "country_code": "BE",
                 "adm1_code": "BEBRU", "lat": 50.85045, "long": 4.34878, "feature_id": "2800866"},
    "ru-ge": {"type": 6, "fullname": "Russia–Georgia border", "country_code": "GE",
              "lat": 42.7386, "long": 44.6293, "feature_id": "RU-GE", "border": ["RU", "GE"]},
    "ru-fi": {"type": 6, "fullname": "Russia–Finland border", "country_code": "FI",
              "lat": 60.6, "long": 28.7, "feature_id": "RU-FI", "border": ["RU", "FI"]},
    "az-am": {"type": 6, "fullname": "Azerbaijan–Armenia border", "country_code": "AM",
              "lat": 39.9, "long": 45.9, "feature_id": "AZ-AM", "border": ["AZ", "AM"]},
    "tj-kg": {"type": 6, "fullname": "Tajikistan–Kyrgyzstan border", "country_code": "KG",
              "lat": 39.95, "long": 70.2, "feature_id": "TJ-KG", "border": ["TJ", "KG"]},
}

# (event_id, date, code, actor1, actor1 name, actor2, actor2 name, place, fatalities,
#  [(article_id, sentence_index, sentence)])
_EVENTS: list[tuple[Any, ...]] = [
    ("syn-kharkiv-shelling", dt.date(2022, 9, 13), "194", "RUSMIL", "Russian forces", "UKRCVL",
     "residents", "kharkiv", 7, [
         ("kharkiv-shelling-wire-2022-09-15", 0,
          "Russian forces shelled residential districts of Kharkiv on Tuesday, killing seven "
          "people."),
         ("kharkiv-shelling-daily-2022-09-14", 0,
          "Russian artillery hit Kharkiv yesterday and seven residents were killed."),
         ("kharkiv-shelling-agency-2022-09-13", 1,
          "Russian troops shelled Kharkiv today; at least seven people died.")]),
    ("syn-mobilisation", dt.date(2022, 9, 21), "154", "RUSGOV", "President Vladimir Putin",
     "", "", "russia", None, [
         (SEED_ARTICLE_ID, 1, "Large numbers of Russian men have left the country since "
          "President Vladimir Putin announced the call-up last week.")]),
    ("syn-georgia-border", dt.date(2022, 9, 30), "042", "RUSCVL", "Russian men", "GEO",
     "Georgia", "ru-ge", None, [
         (SEED_ARTICLE_ID, 3, "As one report put it, \"the images at the Georgian and Finnish "
          "border reveal the extent of this migration.\"")]),
    ("syn-finland-border", dt.date(2022, 9, 30), "042", "RUSCVL", "Russian men", "FIN",
     "Finland", "ru-fi", None, [
         (SEED_ARTICLE_ID, 3, "As one report put it, \"the images at the Georgian and Finnish "
          "border reveal the extent of this migration.\"")]),
    ("syn-azerbaijan-armenia", dt.date(2022, 9, 13), "190", "AZEMIL", "Azerbaijani forces",
     "ARMMIL", "Armenian forces", "az-am", 49, [
         ("armenia-azerbaijan-clashes-2022-09-13", 0,
          "Azerbaijani forces attacked Armenian positions overnight; 49 soldiers were killed."),
         (SEED_ARTICLE_ID, 14, "Fighting has flared again between Azerbaijan and Armenia and "
          "between Tajikistan and Kyrgyzstan.")]),
    ("syn-tajik-kyrgyz", dt.date(2022, 9, 16), "193", "TJKMIL", "Tajik troops", "KGZMIL",
     "Kyrgyz border guards", "tj-kg", 59, [
         ("kyrgyz-tajik-border-2022-09-18", 0,
          "Tajik troops and Kyrgyz border guards exchanged fire; the death toll rose to 59."),
         (SEED_ARTICLE_ID, 14, "Fighting has flared again between Azerbaijan and Armenia and "
          "between Tajikistan and Kyrgyzstan.")]),
    ("syn-finland-closure", dt.date(2022, 9, 30), "172", "FINGOV", "Finland's government",
     "RUS", "Russian tourists", "ru-fi", None, [
         ("finland-border-closure-2022-09-29", 0,
          "Finland will close its border to Russian tourists from midnight on Friday.")]),
    ("syn-moscow-protest", dt.date(2022, 9, 21), "141", "RUSCVL", "anti-war protesters",
     "RUSGOV", "the Kremlin", "moscow", None, [
         ("russia-antiwar-arrests-2022-09-22", 0,
          "Anti-war protesters rallied in Moscow yesterday against the call-up.")]),
    ("syn-moscow-arrests", dt.date(2022, 9, 21), "173", "RUSCOP", "police", "RUSCVL",
     "protesters", "moscow", None, [
         ("russia-antiwar-arrests-2022-09-22", 1,
          "Police detained more than a thousand protesters in Moscow.")]),
    ("syn-eu-sanctions", dt.date(2022, 10, 6), "163", "IGOEUR", "The European Union", "RUS",
     "Russia", "brussels", None, [
         ("eu-sanctions-package-2022-10-06", 0,
          "The European Union today imposed a new package of sanctions on Russia.")]),
    ("syn-tbilisi-deal", dt.date(2021, 4, 19), "057", "GEOGOV", "the ruling party", "GEOOPP",
     "opposition parties", "tbilisi", None, [
         ("tbilisi-eu-brokered-deal-2021-04-20", 0,
          "The ruling party and opposition parties signed an EU-brokered agreement in Tbilisi "
          "on Monday.")]),
    ("syn-tbilisi-protest", dt.date(2023, 3, 8), "141", "GEOOPP", "protesters", "GEOGOV",
     "parliament", "tbilisi", None, [
         ("tbilisi-foreign-agents-protest-2023-03-08", 0,
          "Thousands of protesters rallied outside parliament in Tbilisi against the foreign "
          "agents bill.")]),
    ("syn-tbilisi-arrests", dt.date(2023, 3, 8), "173", "GEOCOP", "police", "GEOOPP",
     "demonstrators", "tbilisi", None, [
         ("tbilisi-foreign-agents-protest-2023-03-08", 2,
          "Police arrested 66 demonstrators in Tbilisi.")]),
    ("syn-georgia-emergency", dt.date(2023, 1, 26), "1724", "USAGOV", "Governor Brian Kemp",
     "", "", "atlanta", None, [
         ("georgia-governor-emergency-2023-01-27", 0,
          "Governor Brian Kemp declared a state of emergency in Atlanta on Thursday.")]),
]

_SOURCES = {
    "kharkiv-shelling-wire-2022-09-15": "Example Wire",
    "kharkiv-shelling-daily-2022-09-14": "Sample Daily",
    "kharkiv-shelling-agency-2022-09-13": "Demo News Agency",
    SEED_ARTICLE_ID: "Example Analysis",
}


def _geo(prefix: str, key: str | None) -> dict[str, object]:
    if key is None:
        return {f"{prefix}_border_countries": []}
    place = _PLACES[key]
    row: dict[str, object] = {f"{prefix}_{k}": v for k, v in place.items() if k != "border"}
    row[f"{prefix}_border_countries"] = list(place.get("border", []))  # type: ignore[call-overload]
    return row


def _actor(n: int, code: str, name: str) -> dict[str, object]:
    from events.cameo import split_actor_code

    if not code:
        return {}
    parts = split_actor_code(code)
    return {f"actor{n}_code": code, f"actor{n}_name": name,
            f"actor{n}_country_code": parts.country_code,
            f"actor{n}_known_group_code": parts.known_group_code,
            f"actor{n}_type1_code": parts.type1_code, f"actor{n}_type2_code": parts.type2_code}


def synthetic_rows() -> dict[str, list[dict[str, object]]]:
    """Hand-written articles, events and mentions modelled on ``data/samples/articles.jsonl``
    (the seed article's border events, the Kharkiv shelling reported by three outlets,
    Tbilisi protests and arrests, Georgia the US state …): what the chain should produce, for
    demos and tests while it cannot run. Not output of the pipeline."""
    from events.cameo import event_info

    articles: dict[str, dict[str, object]] = {}
    events: list[dict[str, object]] = []
    mentions: list[dict[str, object]] = []
    for (eid, day, code, a1, n1, a2, n2, place, toll, reports) in _EVENTS:
        info = event_info(code)
        if info is None:  # the table ships with the package; a missing code is a bug here
            raise ValueError(f"unknown CAMEO code {code}")
        first = reports[0][0]
        events.append({
            "event_id": eid, "event_date": day, "date_precision": "day",
            "date_is_fallback": False, **_actor(1, a1, n1), **_actor(2, a2, n2),
            "event_code": info.event_code, "event_base_code": info.event_base_code,
            "event_root_code": info.event_root_code, "quad_class": info.quad_class,
            "goldstein_scale": info.goldstein_scale,
            "plover_event_type": info.plover_event_type, "plover_mode": info.plover_mode,
            **_geo("action_geo", place), **_geo("actor1_geo", None), **_geo("actor2_geo", None),
            "source_url": f"https://example.org/{first}", "coder_version": "synthetic",
        })
        for article_id, index, sentence in reports:
            published = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(8), _UTC)
            source = _SOURCES.get(article_id, "Example Wire")
            articles.setdefault(article_id, {
                "article_id": article_id, "url": f"https://example.org/{article_id}",
                "title": article_id, "source_name": source, "published": published,
                "status": "ok", "text_sha256": article_id, "language": "en"})
            mentions.append({
                "mention_id": f"{eid}:{article_id}:{index}", "event_id": eid,
                "article_id": article_id, "sentence_index": index, "modality": "asserted",
                "actor1_code": a1, "actor2_code": a2,
                "sentence": sentence, "event_code": info.event_code, "event_date": day,
                "fatalities": toll, "source_name": source, "mention_time": published,
                "confidence": 1.0, "rule": "synthetic"})
    return {"articles": list(articles.values()), "events": events, "mentions": mentions}


def write_synthetic_sample(out: str | Path) -> Path:
    """Write :func:`synthetic_rows` to a dataset at ``out`` (through :func:`events.store.write`)
    and return the folder."""
    from events.store import write

    rows = synthetic_rows()
    write(Path(out), articles=rows["articles"], events=rows["events"], mentions=rows["mentions"])
    log.info("wrote a synthetic sample dataset (%d events) to %s", len(rows["events"]), out)
    return Path(out)
