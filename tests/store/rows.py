"""Rows for store tests: small hand-made ones, seeded synthetic batches, and the consistency
check every reader's view of a dataset must pass."""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd

from schemas.tables import KEYS

UTC = dt.UTC
DAY = dt.date(2022, 9, 13)


def event(eid: str, day: dt.date, code: str = "190", a1: str = "RUSMIL", a2: str = "UKR",
          country: str = "UA") -> dict[str, object]:
    return {"event_id": eid, "event_date": day, "date_precision": "day", "actor1_code": a1,
            "actor1_country_code": a1[:3], "actor2_code": a2, "actor2_country_code": a2[:3],
            "event_code": code, "event_base_code": code[:3], "event_root_code": code[:2],
            "quad_class": 4, "goldstein_scale": -10.0, "action_geo_country_code": country,
            "action_geo_border_countries": []}


def mention(eid: str, article: str, index: int, day: dt.date, source: str,
            fatalities: int | None = None) -> dict[str, object]:
    return {"mention_id": f"{eid}:{article}:{index}", "event_id": eid, "article_id": article,
            "sentence_index": index, "sentence": "s",
            "event_date": day, "source_name": source, "fatalities": fatalities,
            "mention_time": dt.datetime(2022, 9, 15, tzinfo=UTC)}


def article(aid: str, source: str, text: str | None = None) -> dict[str, object]:
    return {"article_id": aid, "source_name": source, "status": "ok",
            "text_sha256": text or aid, "published": dt.datetime(2022, 9, 15, 8, tzinfo=UTC)}


def batch(seed: int, n_articles: int = 10, *, prefix: str = "b", days: int = 60,
          shared_events: int = 30, events_prefix: str = "e-"
          ) -> dict[str, list[dict[str, object]]]:
    """A batch of ``n_articles`` articles with 1–4 mentions each, over ``days`` days from
    2022-08-01 (two or three month partitions). Events are drawn from a pool of
    ``shared_events`` per day (named with ``events_prefix``), so batches with other seeds
    mention the same events again."""
    rnd = random.Random(seed)
    arts: list[dict[str, object]] = []
    events: list[dict[str, object]] = []
    mentions: list[dict[str, object]] = []
    for n in range(n_articles):
        aid = f"{prefix}{seed}-{n}"
        day = dt.date(2022, 8, 1) + dt.timedelta(days=rnd.randrange(days))
        source = f"Outlet {rnd.randrange(5)}"
        published = dt.datetime.combine(day, dt.time(8), UTC) + dt.timedelta(days=1)
        arts.append({**article(aid, source), "published": published})
        for index in range(rnd.randint(1, 4)):
            k = rnd.randrange(shared_events)
            eid = f"{events_prefix}{day.isoformat()}-{k}"
            code = ["190", "193", "042", "0231"][k % 4]
            events.append(event(eid, day, code=code))
            mentions.append({**mention(eid, aid, index, day, source,
                                       fatalities=rnd.choice([None, 2, 7])),
                             "mention_time": published, "event_code": code})
    return {"articles": arts, "events": events, "mentions": mentions}


def assert_consistent(events: pd.DataFrame, mentions: pd.DataFrame,
                      articles: pd.DataFrame) -> None:
    """Every mention has its event and article, every event its mentions, no key twice, and
    each event's counts are those of its mentions."""
    assert not events.duplicated(KEYS["events"]).any()
    assert not mentions.duplicated(KEYS["mentions"]).any()
    assert not articles.duplicated(KEYS["articles"]).any()
    # a mention with a null event_id belongs to no event (it stays out of the events table)
    assert set(mentions["event_id"].dropna()) == set(events["event_id"])
    assert set(mentions["article_id"]) <= set(articles["article_id"])
    counts = mentions.groupby("event_id").agg(n=("article_id", "size"),
                                              a=("article_id", "nunique"))
    stored = events.set_index("event_id")
    assert (stored["num_mentions"].astype(int) == counts["n"].reindex(stored.index)).all()
    assert (stored["num_articles"].astype(int) == counts["a"].reindex(stored.index)).all()


def comparable(frame: pd.DataFrame, drop: tuple[str, ...] = ("date_added",)) -> pd.DataFrame:
    """``frame`` without columns that depend on when it was written, in a fixed order."""
    keep = [c for c in frame.columns if c not in drop]
    key = [c for c in ("event_id", "article_id", "sentence_index") if c in keep]
    out = frame[keep].sort_values(key).reset_index(drop=True)
    return out.astype({c: "object" for c in out.columns})
