"""Synthetic datasets for the export tests, written through the one write path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from events.cameo import event_info, split_actor_code
from events.store import write

UTC = dt.UTC
DAY = dt.date(2022, 9, 13)

KHARKIV: dict[str, object] = {
    "action_geo_type": 4, "action_geo_fullname": "Kharkiv, Ukraine",
    "action_geo_country_code": "UA", "action_geo_adm1_code": "UA07", "action_geo_lat": 49.98081,
    "action_geo_long": 36.25272, "action_geo_feature_id": "706483",
    "action_geo_border_countries": [],
}
TBILISI: dict[str, object] = {
    "action_geo_type": 4, "action_geo_fullname": "Tbilisi, Georgia",
    "action_geo_country_code": "GE", "action_geo_adm1_code": "GE51", "action_geo_lat": 41.69411,
    "action_geo_long": 44.83368, "action_geo_feature_id": "611717",
    "action_geo_border_countries": [],
}
ATLANTA: dict[str, object] = {
    "action_geo_type": 3, "action_geo_fullname": "Atlanta, United States",
    "action_geo_country_code": "US", "action_geo_adm1_code": "GA", "action_geo_lat": 33.749,
    "action_geo_long": -84.38798, "action_geo_feature_id": "4180439",
    "action_geo_border_countries": [],
}
RU_GE_BORDER: dict[str, object] = {
    "action_geo_type": 6, "action_geo_fullname": "Russia–Georgia border",
    "action_geo_country_code": "GE", "action_geo_lat": 42.7386, "action_geo_long": 44.6293,
    "action_geo_feature_id": "RU-GE", "action_geo_border_countries": ["RU", "GE"],
}
AZ_AM_BORDER: dict[str, object] = {
    "action_geo_type": 6, "action_geo_fullname": "Azerbaijan–Armenia border",
    "action_geo_country_code": "AM", "action_geo_lat": 39.9, "action_geo_long": 45.9,
    "action_geo_feature_id": "AZ-AM", "action_geo_border_countries": ["AZ", "AM"],
}


def actor(n: int, code: str, name: str) -> dict[str, object]:
    """The actor{n}_… fields of a CAMEO actor code."""
    parts = split_actor_code(code)
    return {f"actor{n}_code": code, f"actor{n}_name": name,
            f"actor{n}_country_code": parts.country_code,
            f"actor{n}_known_group_code": parts.known_group_code,
            f"actor{n}_type1_code": parts.type1_code, f"actor{n}_type2_code": parts.type2_code}


def event(eid: str, code: str = "194", *, day: dt.date = DAY, a1: str | None = "RUSMIL",
          n1: str = "Russian forces", a2: str | None = "UKRCVL", n2: str = "residents",
          place: dict[str, object] | None = None, **extra: object) -> dict[str, object]:
    """An events-table row with codes resolved from the CAMEO table."""
    info = event_info(code)
    assert info is not None
    row: dict[str, object] = {
        "event_id": eid, "event_date": day, "date_precision": "day",
        **(actor(1, a1, n1) if a1 else {}), **(actor(2, a2, n2) if a2 else {}),
        "event_code": info.event_code, "event_base_code": info.event_base_code,
        "event_root_code": info.event_root_code, "quad_class": info.quad_class,
        "goldstein_scale": info.goldstein_scale, "plover_event_type": info.plover_event_type,
        **(KHARKIV if place is None else place),
        "source_url": f"https://example.org/{eid}", "coder_version": "test",
    }
    row.update(extra)
    return row


def mention(eid: str, article: str, sentence: str, *, index: int = 0, day: dt.date = DAY,
            source: str = "Example Wire", fatalities: int | None = None,
            published: dt.datetime | None = None) -> dict[str, object]:
    """A mentions-table row."""
    return {"mention_id": f"{eid}:{article}:{index}", "event_id": eid, "article_id": article,
            "sentence_index": index, "sentence": sentence, "event_date": day, "source_name": source,
            "fatalities": fatalities,
            "mention_time": published or dt.datetime(2022, 9, 15, 8, tzinfo=UTC)}


def article(article_id: str, *, tone: float | None = None, scale: str | None = None,
            source: str = "Example Wire") -> dict[str, object]:
    """An articles-table row with a tone and a declared source scale."""
    return {"article_id": article_id, "url": f"https://example.org/{article_id}",
            "source_name": source, "source_scale": scale, "status": "ok", "tone": tone,
            "published": dt.datetime(2022, 9, 15, 8, tzinfo=UTC)}


Writer = Callable[..., Path]


@pytest.fixture
def dataset(tmp_path: Path) -> Writer:
    """``dataset(events, mentions, articles)`` writes the rows to a new dataset folder and
    returns it (events without a mention get one plain mention)."""
    made: list[Path] = []

    def build(events: list[dict[str, object]],
              mentions: list[dict[str, object]] | None = None,
              articles: list[dict[str, object]] | None = None) -> Path:
        out = tmp_path / f"data{len(made)}"
        made.append(out)
        rows = list(mentions or [])
        covered = {m["event_id"] for m in rows}
        rows += [mention(str(e["event_id"]), f"art-{e['event_id']}", "A sentence.")
                 for e in events if e["event_id"] not in covered]
        write(out, events=events, mentions=rows, articles=articles or [])
        return out

    return build
