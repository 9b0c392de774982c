"""The one write path: partitions, atomic merge, idempotence, aggregation, schema checks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from events.dataset import duckdb_connect, load
from events.errors import SchemaVersionError
from events.store import write
from schemas.tables import SCHEMA_VERSION
from tests.store.rows import DAY, article, event, mention

UTC = dt.UTC
_event, _mention, _article = event, mention, article


def _write_three_reports(out: Path) -> None:
    for i, source in enumerate(["A Wire", "B Daily", "C News"]):
        write(out, articles=[_article(f"a{i}", source)], events=[_event("e1", DAY)],
              mentions=[_mention("e1", f"a{i}", 0, DAY, source, fatalities=5 + i)])


def test_partitions_are_hive_year_month(tmp_path: Path) -> None:
    _write_three_reports(tmp_path)
    for table in ("events", "mentions", "articles"):
        assert list(tmp_path.glob(f"{table}/year=2022/month=9/*.parquet"))


def test_same_event_from_three_articles_is_one_row(tmp_path: Path) -> None:
    _write_three_reports(tmp_path)
    events = load(tmp_path)
    assert len(events) == 1
    row = events.iloc[0]
    assert (row.num_mentions, row.num_articles, row.num_sources) == (3, 3, 3)


def test_fatalities_are_the_maximum_not_the_sum(tmp_path: Path) -> None:
    _write_three_reports(tmp_path)
    assert load(tmp_path).iloc[0].fatalities == 7


def test_writing_twice_changes_nothing(tmp_path: Path) -> None:
    _write_three_reports(tmp_path)
    current = (tmp_path / "_current").readlink()
    tables = {t: load(tmp_path, table=t) for t in ("events", "mentions", "articles")}
    _write_three_reports(tmp_path)
    assert (tmp_path / "_current").readlink() == current  # nothing committed
    for table, before in tables.items():
        pd.testing.assert_frame_equal(load(tmp_path, table=table), before)


def test_recoding_an_article_replaces_its_mentions(tmp_path: Path) -> None:
    write(tmp_path, articles=[_article("a0", "A")], events=[_event("old", DAY)],
          mentions=[_mention("old", "a0", 0, DAY, "A")])
    write(tmp_path, articles=[_article("a0", "A")], events=[_event("new", DAY, code="193")],
          mentions=[_mention("new", "a0", 0, DAY, "A")])
    assert list(load(tmp_path).event_id) == ["new"]


def test_recoding_removes_mentions_from_another_month(tmp_path: Path) -> None:
    august = dt.date(2022, 8, 30)
    write(tmp_path, articles=[_article("a0", "A")], events=[_event("old", august)],
          mentions=[_mention("old", "a0", 0, august, "A")])
    write(tmp_path, articles=[_article("a0", "A")], events=[_event("new", DAY)],
          mentions=[_mention("new", "a0", 0, DAY, "A")])
    assert list(load(tmp_path).event_id) == ["new"]
    assert list(load(tmp_path, table="mentions").event_id) == ["new"]


def test_stored_articles_come_from_the_index(tmp_path: Path) -> None:
    from events.store import stored_articles

    _write_three_reports(tmp_path)
    write(tmp_path, articles=[{**_article("a1", "B Daily"), "status": "quarantined"}])
    write(tmp_path, events=[_event("e2", DAY)], mentions=[_mention("e2", "no-row", 0, DAY, "X")])
    rows = {r[0]: r for r in stored_articles(tmp_path)}
    assert sorted(rows) == ["a0", "a1", "a2"]  # an id with mentions only is no stored article
    assert rows["a1"][2] == "quarantined" and rows["a0"][1:3] == ("a0", "ok")


def test_no_temporary_files_left(tmp_path: Path) -> None:
    _write_three_reports(tmp_path)
    assert [p for p in tmp_path.rglob("*tmp*")] == []
    assert [p.name for p in tmp_path.glob("_snapshots/.*")] == []


def test_load_filters_dates_roots_and_countries(tmp_path: Path) -> None:
    write(tmp_path, events=[_event("e1", DAY), _event("e2", dt.date(2022, 10, 2), code="042",
                                                      a1="GEOGOV", a2="ARMGOV", country="GE")],
          mentions=[_mention("e1", "a", 0, DAY, "A"),
                    _mention("e2", "b", 0, dt.date(2022, 10, 2), "A")])
    assert list(load(tmp_path, start="2022-10-01").event_id) == ["e2"]
    assert list(load(tmp_path, end="2022-09-30").event_id) == ["e1"]
    assert list(load(tmp_path, roots=[19]).event_id) == ["e1"]
    assert list(load(tmp_path, countries=["GE"]).event_id) == ["e2"]
    assert list(load(tmp_path, countries=["ARM"]).event_id) == ["e2"]


def test_codes_are_strings_with_leading_zeros(tmp_path: Path) -> None:
    write(tmp_path, events=[_event("e2", DAY, code="042")], mentions=[_mention("e2", "b", 0, DAY, "A")])
    assert str(load(tmp_path).iloc[0].event_root_code) == "04"


def test_duckdb_reads_the_same_folder(tmp_path: Path) -> None:
    _write_three_reports(tmp_path)
    con = duckdb_connect(tmp_path)
    assert con.execute("select count(*), max(num_articles) from events").fetchone() == (1, 3)
    assert con.execute("select count(*) from mentions").fetchone() == (3,)


def test_other_schema_version_is_refused(tmp_path: Path) -> None:
    _write_three_reports(tmp_path)
    path = next(tmp_path.glob("events/year=2022/month=9/*.parquet"))  # a link to the file
    table = pq.read_table(path)
    pq.write_table(table.replace_schema_metadata({b"events.schema_version": b"9.0"}), path)
    with pytest.raises(SchemaVersionError, match="9.0"):
        load(tmp_path)


def test_a_manifest_of_another_schema_version_is_refused(tmp_path: Path) -> None:
    _write_three_reports(tmp_path)
    manifest = tmp_path / "_current" / "_manifest.json"
    manifest.write_text(manifest.read_text().replace(f'"schema_version": "{SCHEMA_VERSION}"',
                                                     '"schema_version": "9.0"'))
    with pytest.raises(SchemaVersionError, match="upgrade"):
        load(tmp_path, table="mentions")
    with pytest.raises(SchemaVersionError):
        write(tmp_path, articles=[_article("a9", "A")])


def test_rows_that_do_not_fit_the_schema_raise_store_error(tmp_path: Path) -> None:
    from events.errors import StoreError

    bad = _event("e1", DAY)
    bad["quad_class"] = "not a number"
    with pytest.raises(StoreError):
        write(tmp_path, events=[bad], mentions=[_mention("e1", "a", 0, DAY, "A")])


def test_parquet_files_carry_field_descriptions(tmp_path: Path) -> None:
    _write_three_reports(tmp_path)
    schema = pq.read_schema(next(tmp_path.glob("events/year=2022/month=9/*.parquet")))
    assert isinstance(schema, pa.Schema)
    assert b"description" in (schema.field("event_code").metadata or {})


def test_rereading_an_unchanged_article_keeps_its_row(tmp_path: Path) -> None:
    first = {**_article("a0", "A"), "fetched_at": dt.datetime(2022, 9, 15, 9, tzinfo=UTC)}
    later = {**first, "fetched_at": dt.datetime(2022, 9, 16, 9, tzinfo=UTC)}
    write(tmp_path, articles=[first])
    write(tmp_path, articles=[later])
    fetched = load(tmp_path, table="articles").fetched_at.tolist()
    assert fetched == [pd.Timestamp("2022-09-15 09:00", tz="UTC")]


def test_load_filters_quad_class_actor_prefix_and_bbox(tmp_path: Path) -> None:
    kyiv = {**_event("e1", DAY), "action_geo_lat": 50.45, "action_geo_long": 30.52}
    tbilisi = {**_event("e2", DAY, code="042", a1="GEOGOV", a2="ARMGOV", country="GE"),
               "quad_class": 1, "action_geo_lat": 41.7, "action_geo_long": 44.8}
    write(tmp_path, events=[kyiv, tbilisi],
          mentions=[_mention("e1", "a", 0, DAY, "A"), _mention("e2", "b", 0, DAY, "A")])
    assert list(load(tmp_path, quad_classes=[1]).event_id) == ["e2"]
    assert list(load(tmp_path, actors=["RUS"]).event_id) == ["e1"]
    assert list(load(tmp_path, bbox=(40.0, 35.0, 50.0, 45.0)).event_id) == ["e2"]


def test_fsspec_url_dataset_round_trips() -> None:
    url = "memory://events-store-test/out"
    _write_three_reports(url)  # type: ignore[arg-type]
    _write_three_reports(url)  # type: ignore[arg-type]
    events = load(url)
    assert (len(events), int(events.iloc[0].num_articles)) == (1, 3)
    assert len(load(url, table="articles")) == 3


def test_duckdb_helper_reads_remote_datasets() -> None:
    url = "memory://events-store-test/duck"
    _write_three_reports(url)  # type: ignore[arg-type]
    con = duckdb_connect(url)
    assert con.execute("select count(*), max(num_articles) from events").fetchone() == (1, 3)
    assert con.execute("select count(*), min(year) from mentions").fetchone() == (3, 2022)


def test_no_dataset_is_a_store_error(tmp_path: Path) -> None:
    from events.errors import StoreError

    with pytest.raises(StoreError, match="no dataset"):
        load(tmp_path / "nothing")
    with pytest.raises(StoreError, match="no dataset"):
        duckdb_connect("memory://events-store-test/none")
