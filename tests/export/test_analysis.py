"""Exploration helpers: counts per week, border events, box/actor/quad filters, sample."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from events.analysis import (
    SEED_ARTICLE_ID,
    border_events,
    counts_by_period,
    filter_actors,
    filter_bbox,
    filter_quad,
    load_polars,
    write_synthetic_sample,
)
from events.dataset import load
from events.errors import ConfigError
from tests.export.conftest import RU_GE_BORDER, TBILISI, Writer, event, mention


@pytest.fixture
def mixed(dataset: Writer) -> Path:
    return dataset(
        [event("kharkiv", "194"),
         event("border", "042", day=dt.date(2022, 9, 30), a1="RUSCVL", n1="Russian men",
               a2="GEO", n2="Georgia", place=RU_GE_BORDER),
         event("tbilisi", "141", day=dt.date(2022, 9, 14), a1="GEOOPP", n1="protesters",
               a2="GEOGOV", n2="government", place=TBILISI)],
        [mention("border", "seed", "The images at the Georgian border …", index=3,
                 day=dt.date(2022, 9, 30))])


def test_counts_by_week_and_root_code_fill_empty_weeks(mixed: Path) -> None:
    counts = counts_by_period(load(mixed))
    assert list(counts.columns) == ["04", "14", "19"]
    assert counts.index[0] == pd.Timestamp("2022-09-12")
    assert list(counts.loc[pd.Timestamp("2022-09-12")]) == [0, 1, 1]
    assert list(counts.loc[pd.Timestamp("2022-09-19")]) == [0, 0, 0]
    assert list(counts.loc[pd.Timestamp("2022-09-26")]) == [1, 0, 0]


def test_border_events_of_one_article(mixed: Path) -> None:
    events, mentions = load(mixed), load(mixed, table="mentions")
    assert border_events(events).event_id.tolist() == ["border"]
    own = border_events(events, mentions, article_id="seed")
    assert own[["event_id", "sentence_index"]].values.tolist() == [["border", 3]]
    assert border_events(events, mentions, article_id="other").empty


def test_bounding_box_filter(mixed: Path) -> None:
    caucasus = filter_bbox(load(mixed), west=40, south=38, east=50, north=45)
    assert sorted(caucasus.event_id) == ["border", "tbilisi"]


def test_bounding_box_across_the_antimeridian(mixed: Path) -> None:
    assert filter_bbox(load(mixed), west=170, south=-90, east=40, north=90).event_id.tolist() == [
        "kharkiv"]


def test_actor_and_quad_class_filters(mixed: Path) -> None:
    events = load(mixed)
    assert sorted(filter_actors(events, ["GEO"]).event_id) == ["border", "tbilisi"]
    assert filter_actors(events, ["GEO"], role="actor1").event_id.tolist() == ["tbilisi"]
    assert filter_quad(events, [1]).event_id.tolist() == ["border"]


def test_polars_is_optional(mixed: Path) -> None:
    try:
        import polars  # noqa: F401
    except ImportError:
        with pytest.raises(ConfigError, match="polars"):
            load_polars(mixed)
        return
    frame = load_polars(mixed)
    assert frame.height == 3 and "year" in frame.columns


def test_synthetic_sample_has_the_seed_articles_border_events(tmp_path: Path) -> None:
    data = write_synthetic_sample(tmp_path)
    events, mentions = load(data), load(data, table="mentions")
    seed = border_events(events, mentions, article_id=SEED_ARTICLE_ID)
    assert sorted(seed.action_geo_fullname) == [
        "Azerbaijan–Armenia border", "Russia–Finland border", "Russia–Georgia border",
        "Tajikistan–Kyrgyzstan border"]
    kharkiv = events.set_index("event_id").loc["syn-kharkiv-shelling"]
    assert (kharkiv.num_articles, kharkiv.num_sources, kharkiv.fatalities) == (3, 3, 7)


def test_nullable_integers_load_as_pandas_nullable_types(mixed: Path) -> None:
    events = load(mixed)
    assert str(events["fatalities"].dtype) == "Int32" and events["fatalities"].isna().all()
    assert str(events["action_geo_type"].dtype) == "Int8"
    assert str(events["actor1_geo_type"].dtype) == "Int8" and events["actor1_geo_type"].isna().all()
    mentions = load(mixed, table="mentions")
    assert str(mentions["actor2_char_offset"].dtype) == "Int32"


def test_partition_columns_have_one_type_in_pandas_duckdb_and_polars(mixed: Path) -> None:
    import duckdb

    events = load(mixed)
    assert [str(events[c].dtype) for c in ("year", "month")] == ["Int64", "Int64"]
    glob = f"{mixed}/events/*/*/*.parquet"
    types = duckdb.sql(f"select year, month from read_parquet('{glob}', hive_partitioning = true)"
                       ).types
    assert [str(t) for t in types] == ["BIGINT", "BIGINT"]
    pl = pytest.importorskip("polars")
    frame = load_polars(mixed)
    assert (frame.schema["year"], frame.schema["month"]) == (pl.Int64, pl.Int64)
    assert frame.schema["fatalities"] == pl.Int32  # the same width as pandas' Int32
