"""Compaction changes files, never rows; old-layout datasets are read and brought into a
snapshot by the next write."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from events.dataset import load
from events.store import compact, stored_articles, write
from tests.store.rows import assert_consistent, batch, comparable

TABLES = ("events", "mentions", "articles")


def state(out: str | Path) -> dict[str, pd.DataFrame]:
    return {t: comparable(load(out, table=t), drop=()) for t in TABLES}


def data_files(out: Path, table: str) -> list[Path]:
    return sorted((out / table).glob("*/*/*.parquet"))


def test_compaction_keeps_every_row_in_fewer_files(tmp_path: Path) -> None:
    for seed in range(8):
        write(tmp_path, **batch(seed))
    before, files = state(tmp_path), len(data_files(tmp_path, "mentions"))
    summary = compact(tmp_path)
    after = state(tmp_path)
    for table in TABLES:
        pd.testing.assert_frame_equal(after[table], before[table])
    assert len(data_files(tmp_path, "mentions")) == 2 < files  # August and September
    assert summary.files_after < summary.files_before
    assert compact(tmp_path).version is None  # nothing left to compact


def test_writes_after_compaction_give_the_rows_of_one_write(tmp_path: Path) -> None:
    for seed in range(4):
        write(tmp_path / "steps", **batch(seed))
    compact(tmp_path / "steps")
    for seed in range(4, 7):
        write(tmp_path / "steps", **batch(seed))
    for seed in range(7):
        write(tmp_path / "ref", **batch(seed))
    for table in TABLES:
        pd.testing.assert_frame_equal(comparable(load(tmp_path / "steps", table=table)),
                                      comparable(load(tmp_path / "ref", table=table)))
    steps = {t: load(tmp_path / "steps", table=t) for t in TABLES}
    assert_consistent(steps["events"], steps["mentions"], steps["articles"])
    assert sorted(stored_articles(tmp_path / "steps")) == sorted(stored_articles(tmp_path / "ref"))


def test_a_write_merges_many_small_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from events.store import compaction

    monkeypatch.setattr(compaction, "MAX_SMALL_FILES", 3)
    monkeypatch.setattr(compaction, "MAX_SMALL_LOOKUP_FILES", {})
    for seed in range(9):
        write(tmp_path, **batch(seed, days=20))  # August only
    assert len(data_files(tmp_path, "mentions")) <= 4
    for seed in range(9):
        write(tmp_path / "ref", **batch(seed, days=20))
    pd.testing.assert_frame_equal(comparable(load(tmp_path)), comparable(load(tmp_path / "ref")))


def test_an_object_store_dataset_compacts() -> None:
    url = "memory://events-store-test/compact"
    for seed in range(3):
        write(url, **batch(seed))
    before = state(url)
    compact(url)
    for table in TABLES:
        pd.testing.assert_frame_equal(state(url)[table], before[table])


def _old_layout(source: Path, out: Path) -> None:
    """The dataset at ``source`` as the old layout wrote it: one part-0.parquet per partition."""
    from events.store.files import schema_of

    for table in TABLES:
        rows = load(source, table=table)
        for (year, month), part in rows.groupby(["year", "month"]):
            folder = out / table / f"year={year}" / f"month={month}"
            folder.mkdir(parents=True)
            data = pa.Table.from_pandas(part.drop(columns=["year", "month"]),
                                        preserve_index=False)
            pq.write_table(data.cast(schema_of(table)), folder / "part-0.parquet")


def test_an_old_layout_dataset_is_read_then_migrated_by_the_next_write(tmp_path: Path) -> None:
    for seed in range(3):
        write(tmp_path / "ref", **batch(seed))
    _old_layout(tmp_path / "ref", tmp_path / "old")
    before = state(tmp_path / "old")
    for table in TABLES:
        pd.testing.assert_frame_equal(before[table], state(tmp_path / "ref")[table])
    assert len(stored_articles(tmp_path / "old")) == 30
    for out in ("old", "ref"):
        write(tmp_path / out, **batch(3))
    assert (tmp_path / "old" / "events").is_symlink()
    for table in TABLES:
        pd.testing.assert_frame_equal(comparable(load(tmp_path / "old", table=table)),
                                      comparable(load(tmp_path / "ref", table=table)))


def test_the_latest_index_row_wins_after_a_merge_in_the_same_write(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from events.store import compaction

    monkeypatch.setattr(compaction, "MAX_SMALL_FILES", 1)
    monkeypatch.setattr(compaction, "MAX_SMALL_LOOKUP_FILES", {})
    for seed in range(2):
        write(tmp_path, **batch(seed, days=365))  # a dozen partitions: many merged files
    changed = {**batch(0, days=365)["articles"][0], "status": "quarantined"}
    write(tmp_path, **{**batch(2, days=365), "articles": [*batch(2, days=365)["articles"],
                                                          changed]})
    status = {r[0]: r[2] for r in stored_articles(tmp_path)}
    assert status[str(changed["article_id"])] == "quarantined"


def test_a_migration_interrupted_after_moving_folders_loses_nothing(tmp_path: Path) -> None:
    for seed in range(2):
        write(tmp_path / "ref", **batch(seed))
    old = tmp_path / "old"
    _old_layout(tmp_path / "ref", old)
    (old / "_files").mkdir()
    (old / "events").rename(old / "_files" / "events")  # moved, then the writer died
    (old / "_snapshots").mkdir()
    (old / "_snapshots" / ".pending-dead").write_text("")
    write(old, **batch(2))
    write(tmp_path / "ref", **batch(2))
    for table in TABLES:
        pd.testing.assert_frame_equal(comparable(load(old, table=table)),
                                      comparable(load(tmp_path / "ref", table=table)))
