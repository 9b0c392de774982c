"""The store alone: the time to write one 10-article batch into an empty dataset and into
one of at least 100k mentions (``make bench BENCH_ARGS="--store"``).

The large dataset is synthetic (no spaCy): 20,000 articles of 5 mentions each over the 12
months of 2022, events reported by one to several articles, written in chunks, compacted
(the state after the nightly compaction), then 8 ordinary 10-article writes on top. Each
measured batch has the same shape (10 new articles, 50 mentions of new events on days the
dataset already covers) and fresh ids, so every repetition does the same work. The last line
is one JSON object: ``write_s_empty``, ``write_s_large`` (medians), ``store_mentions``,
``write_growth`` (= large / empty), plus ``write_s_remention`` (a batch whose mentions all
report events already stored in compacted files) and the file count.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from events.store import compact, write

UTC = dt.UTC
CODES = ["190", "193", "042", "036", "111", "173", "0231", "145", "051", "112"]
SENTENCE = ("Russian troops shelled Kharkiv on Tuesday, killing at least seven civilians, "
            "regional officials said on Wednesday.")
Rows = dict[str, list[dict[str, object]]]


def synthetic(prefix: str, articles: int, *, first: dt.date, days: int, seed: int,
              per_article: int = 5, reuse: float = 0.3) -> Rows:
    """``articles`` articles with ``per_article`` mentions each, published over ``days`` days
    from ``first``; a share ``reuse`` of the mentions report an event already used that day
    (so events have several mentions, articles and sources)."""
    rnd = random.Random(seed)
    out: Rows = {"articles": [], "events": [], "mentions": []}
    by_day: dict[dt.date, list[str]] = {}
    for a in range(articles):
        aid = f"{prefix}-a{a}"
        day = first + dt.timedelta(days=rnd.randrange(days))
        published = dt.datetime.combine(day, dt.time(rnd.randrange(24)), UTC)
        source = f"Outlet {rnd.randrange(200)}"
        out["articles"].append({
            "article_id": aid, "url": f"https://news.example/{aid}", "title": f"Report {aid}",
            "source_name": source, "published": published, "fetched_at": published,
            "language": "en", "text_sha256": f"{aid:0>64}"[-64:], "status": "ok",
            "num_events": per_article, "simhash": rnd.getrandbits(63), "story_id": aid})
        pool = by_day.setdefault(day, [])
        for s in range(per_article):
            if pool and rnd.random() < reuse:
                eid = rnd.choice(pool)
            else:
                eid = f"{prefix}-e{a}-{s}"
                pool.append(eid)
            code = CODES[hash(eid) % len(CODES)]
            out["events"].append(_event(eid, day, code, aid))
            out["mentions"].append({
                "mention_id": f"{aid}:{s}", "event_id": eid, "article_id": aid,
                "sentence_index": s, "sentence": SENTENCE,
                "char_start": 120 * s, "char_end": 120 * s + len(SENTENCE),
                "actor1_char_offset": 120 * s, "actor2_char_offset": 120 * s + 30,
                "action_char_offset": 120 * s + 15, "confidence": 0.9, "rule": "bench",
                "event_code": code, "event_date": day, "fatalities": rnd.choice([None, 3, 7]),
                "source_name": source, "story_id": aid, "mention_time": published,
                "location_reason": "bench"})
    return out


def _event(eid: str, day: dt.date, code: str, aid: str) -> dict[str, object]:
    return {"event_id": eid, "event_date": day, "date_precision": "day",
            "date_is_fallback": False, "actor1_code": "RUSMIL", "actor1_name": "Russian troops",
            "actor1_country_code": "RUS", "actor1_type1_code": "MIL", "actor2_code": "UKRCVL",
            "actor2_name": "civilians", "actor2_country_code": "UKR", "actor2_type1_code": "CVL",
            "event_code": code, "event_base_code": code[:3], "event_root_code": code[:2],
            "quad_class": 4, "goldstein_scale": -10.0, "plover_event_type": "ASSAULT",
            "action_geo_type": 4, "action_geo_fullname": "Kharkiv, Ukraine",
            "action_geo_country_code": "UA", "action_geo_adm1_code": "UA07",
            "action_geo_lat": 49.98, "action_geo_long": 36.25, "action_geo_feature_id": "706483",
            "action_geo_border_countries": [], "source_url": f"https://news.example/{aid}",
            "coder_version": "bench"}


def batch(rep: int) -> Rows:
    """The measured batch, with ids fresh for repetition ``rep``."""
    return synthetic(f"batch{rep}", 10, first=dt.date(2022, 12, 1), days=20, seed=12345)


def remention(rep: int, stored: Rows) -> Rows:
    """10 new articles whose 50 mentions all report events already stored."""
    rows = batch(rep)
    events = {e["event_id"]: e for e in stored["events"]}
    rnd = random.Random(rep)
    known = [m for m in stored["mentions"] if str(m["event_date"]) >= "2022-12-01"]
    for i, m in enumerate(rows["mentions"]):
        pick = rnd.choice(known)
        m.update(event_id=pick["event_id"], event_date=pick["event_date"],
                 event_code=pick["event_code"])
        rows["events"][i] = events[str(pick["event_id"])]
    return rows


def timed(out: Path, rows: Rows) -> float:
    start = time.perf_counter()
    write(out, **rows)
    return time.perf_counter() - start


def main(reps: int = 5, articles: int = 20_000, days: int = 365) -> dict[str, object]:
    """Build the large dataset (``articles`` articles published over ``days`` days from
    2022-01-01), time the batch into it and into empty ones; returns the figures (also
    printed, JSON last)."""
    with tempfile.TemporaryDirectory(prefix="events-bench-store-") as tmp:
        large = Path(tmp) / "large"
        built = time.perf_counter()
        stored: Rows = {"articles": [], "events": [], "mentions": []}
        for chunk in range(0, articles, 2000):
            rows = synthetic(f"c{chunk}", min(2000, articles - chunk),
                             first=dt.date(2022, 12, 31) - dt.timedelta(days=days - 1),
                             days=days, seed=chunk)
            write(large, **rows)
            for table in stored:
                stored[table] += rows[table]
        compact(large)
        for day in range(8):
            write(large, **synthetic(f"day{day}", 10, first=dt.date(2022, 12, 1), days=20,
                                     seed=day))
        build_s = time.perf_counter() - built
        empty_s, large_s, again_s = [], [], []
        for rep in range(reps):
            empty_s.append(timed(Path(tmp) / f"empty{rep}", batch(rep)))
            large_s.append(timed(large, batch(rep)))
            again_s.append(timed(large, remention(1000 + rep, stored)))
        from events.dataset import files, load

        mentions = len(load(large, table="mentions"))
        store_files = sum(len(files(large, t)) for t in ("events", "mentions", "articles"))
    result: dict[str, object] = {
        "write_s_empty": round(statistics.median(empty_s), 4),
        "write_s_large": round(statistics.median(large_s), 4),
        "store_mentions": mentions,
        "write_growth": round(statistics.median(large_s) / statistics.median(empty_s), 3),
        "write_s_remention": round(statistics.median(again_s), 4),
        "store_files": store_files, "reps": reps, "build_s": round(build_s, 1)}
    for key, value in result.items():
        print(f"{key:28s} {value}")
    print(json.dumps(result))
    return result
