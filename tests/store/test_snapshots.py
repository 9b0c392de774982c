"""The commit protocol: readers see whole batches after kill -9 at any moment, concurrent
writers give the rows of one, dead writers' files are cleaned up, old snapshots expire."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from events.dataset import duckdb_connect, load
from events.store import write
from events.store.snapshot import SNAPSHOTS
from tests.store.rows import assert_consistent, batch, comparable

try:
    import polars
except ImportError:  # a dev extra; the plain DuckDB reader is checked anyway
    polars = None

ROOT = Path(__file__).resolve().parents[2]
TABLES = ("events", "mentions", "articles")

WRITER = """
import sys
from events.store import write
from tests.store.rows import batch
for seed in range(int(sys.argv[2]), int(sys.argv[3])):
    write(sys.argv[1], **batch(seed))
"""


def writer(out: Path, first: int, last: int, script: str = WRITER) -> subprocess.Popen[bytes]:
    """A writer process writing batches first..last-1 into ``out``."""
    return subprocess.Popen([sys.executable, "-c", script, str(out), str(first), str(last)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def tables(out: Path) -> dict[str, pd.DataFrame]:
    return {t: load(out, table=t) for t in TABLES}


def plain_duckdb(out: Path, table: str) -> pd.DataFrame:
    """The README's one-liner."""
    return duckdb.sql(f"select * from read_parquet('{out}/{table}/*/*/*.parquet', "
                      "hive_partitioning = true)").df()


def referenced_files(out: Path) -> set[str]:
    found: set[str] = set()
    for manifest in out.glob(f"{SNAPSHOTS}/*/_manifest.json"):
        found |= {f["path"] for f in json.loads(manifest.read_text())["files"]}
    return found


def assert_clean(out: Path) -> None:
    """No file of a dead writer left: every data file belongs to a snapshot, no temporary
    folder, marker or pointer."""
    files = {str(p.relative_to(out)) for p in (out / "_files").rglob("*") if p.is_file()}
    assert files <= referenced_files(out)
    assert [p.name for p in (out / SNAPSHOTS).iterdir() if p.name.startswith(".")] == []
    assert list(out.glob(".current-*")) == []


def test_kill_9_at_random_moments_leaves_consistent_snapshots(tmp_path: Path) -> None:
    rnd = random.Random(7)
    for trial in range(4):
        out = tmp_path / f"t{trial}"
        proc = writer(out, 100 * trial, 100 * trial + 60)
        deadline = time.monotonic() + 60
        while not (out / "_current").exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(rnd.uniform(0.0, 0.4))
        proc.kill()
        proc.wait()
        state = tables(out)
        assert_consistent(state["events"], state["mentions"], state["articles"])
        for table in TABLES:  # the plain-Parquet readers see the same snapshot
            assert len(plain_duckdb(out, table)) == len(state[table])
            if polars is not None:
                assert polars.scan_parquet(f"{out}/{table}/**/*.parquet", hive_partitioning=True
                                           ).collect().height == len(state[table])
        write(out, **batch(10_000 + trial))  # the next write cleans up and commits
        assert_clean(out)
        after = tables(out)
        assert_consistent(after["events"], after["mentions"], after["articles"])
        assert len(after["articles"]) == len(state["articles"]) + 10


CRASH_AT = """
import os, sys
from events.store import write
from events.store import snapshot
from tests.store.rows import batch
write(sys.argv[1], **batch(0))
where = sys.argv[4]
real_rename, real_replace = os.rename, os.replace
def rename(src, dst, *a, **k):
    if where == "before-rename" and "_snapshots/" in str(dst):
        os._exit(9)
    return real_rename(src, dst, *a, **k)
def replace(src, dst, *a, **k):
    if where == "before-swap" and str(dst).endswith("_current"):
        os._exit(9)
    return real_replace(src, dst, *a, **k)
snapshot.os.rename, snapshot.os.replace = rename, replace
write(sys.argv[1], **batch(1))
"""


@pytest.mark.parametrize("where", ["before-rename", "before-swap"])
def test_a_writer_dying_inside_the_commit_leaves_the_previous_snapshot(
        tmp_path: Path, where: str) -> None:
    proc = subprocess.Popen([sys.executable, "-c", CRASH_AT, str(tmp_path), "0", "0", where],
                            cwd=ROOT, stderr=subprocess.PIPE)
    assert proc.wait() == 9
    articles = load(tmp_path, table="articles")
    assert sorted(articles.article_id) == sorted(a["article_id"] for a in batch(0)["articles"])
    write(tmp_path, **batch(1))
    assert_clean(tmp_path)
    assert len(load(tmp_path, table="articles")) == 20


def test_two_concurrent_writers_give_the_rows_of_one(tmp_path: Path) -> None:
    one = tmp_path / "one"
    for seed in range(6):
        write(one, **batch(seed))
    both = tmp_path / "both"
    procs = [writer(both, 0, 6), writer(both, 0, 6)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()[-2000:]
    for table in TABLES:
        pd.testing.assert_frame_equal(comparable(load(both, table=table)),
                                      comparable(load(one, table=table)))


def test_temporary_files_of_a_dead_writer_are_cleaned_on_the_next_write(tmp_path: Path) -> None:
    write(tmp_path, **batch(0))
    orphan = tmp_path / "_files/events/year=2022/month=9/0000000002-dead-1.parquet"
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(b"half a file")
    (tmp_path / SNAPSHOTS / ".tmp-dead/events").mkdir(parents=True)
    (tmp_path / SNAPSHOTS / ".pending-dead").write_text("")
    (tmp_path / ".current-dead").symlink_to(f"{SNAPSHOTS}/nowhere")
    kept = referenced_files(tmp_path)
    write(tmp_path, **batch(1))
    assert not orphan.exists()
    assert_clean(tmp_path)
    assert all((tmp_path / path).exists() for path in kept)


def test_old_snapshots_expire_with_their_files(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from events.store import snapshot

    monkeypatch.setattr(snapshot, "RETAIN_SECONDS", 0.0)
    for seed in range(5):
        write(tmp_path, **batch(seed, shared_events=2))  # events mentioned again: rewrites
    names = sorted(p.name for p in (tmp_path / SNAPSHOTS).iterdir())
    assert len(names) == snapshot.KEEP_MIN
    files = {str(p.relative_to(tmp_path)) for p in (tmp_path / "_files").rglob("*.parquet")}
    assert files == referenced_files(tmp_path)
    state = tables(tmp_path)
    assert_consistent(state["events"], state["mentions"], state["articles"])


def test_a_duckdb_connection_keeps_reading_its_snapshot(tmp_path: Path) -> None:
    write(tmp_path, **batch(0))
    con = duckdb_connect(tmp_path)
    before = con.execute("select count(*) from articles").fetchone()
    write(tmp_path, **batch(1))
    assert con.execute("select count(*) from articles").fetchone() == before
    assert duckdb_connect(tmp_path).execute("select count(*) from articles").fetchone() == (20,)


def test_the_readme_one_liners_read_the_committed_rows(tmp_path: Path) -> None:
    for seed in range(3):
        write(tmp_path, **batch(seed, shared_events=3))
    events = load(tmp_path)
    plain = plain_duckdb(tmp_path, "events")
    assert sorted(plain.event_id) == sorted(events.event_id)
    assert int(plain.num_articles.sum()) == int(events.num_articles.sum())
    assert set(plain.columns) >= {"year", "month"}
    keys = ["event_id", "article_id", "sentence_index"]
    mentions = pd.read_parquet(tmp_path / "mentions")  # pandas, one line
    assert sorted(map(tuple, mentions[keys].values.tolist())) == sorted(
        map(tuple, load(tmp_path, table="mentions")[keys].values.tolist()))


def test_polars_reads_the_view(tmp_path: Path) -> None:
    pl = pytest.importorskip("polars")
    for seed in range(3):
        write(tmp_path, **batch(seed, shared_events=3))
    frame = pl.scan_parquet(f"{tmp_path}/events/**/*.parquet", hive_partitioning=True).collect()
    events = load(tmp_path)
    assert sorted(frame["event_id"].to_list()) == sorted(events.event_id)
    assert frame["num_mentions"].sum() == int(events.num_mentions.sum())


def test_the_view_falls_back_to_symbolic_links_without_hard_links(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from events.store import snapshot

    def no_hard_links(*args: object, **kwargs: object) -> None:
        raise OSError("hard links not supported")

    monkeypatch.setattr(snapshot.os, "link", no_hard_links)
    write(tmp_path, **batch(0))
    view = next((tmp_path / "events").glob("*/*/*.parquet"))
    assert view.is_symlink() and len(plain_duckdb(tmp_path, "events")) == len(load(tmp_path))


def test_an_object_store_writer_that_lost_a_race_does_not_commit() -> None:
    from events.errors import StoreError
    from events.store.merge import Transaction, merge_batch
    from events.store.snapshot import Location, begin

    url = "memory://events-store-test/race"
    write(url, **batch(0))
    slow = Transaction(begin(Location.of(url)))  # started from snapshot 1 …
    write(url, **batch(1))  # … another writer commits snapshot 2
    with pytest.raises(StoreError, match="another writer"):
        rows = batch(2)
        merge_batch(slow, rows["articles"], rows["events"], rows["mentions"],
                    pd.Timestamp.now(tz="UTC"))
    assert len(load(url, table="articles")) == 20


def test_a_data_file_that_cannot_be_written_fails_the_write_and_commits_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import events.store.files as files
    from events.errors import StoreError

    write(tmp_path, **batch(0))
    before = tables(tmp_path)
    calls = {"n": 0}
    real = files.pq.write_table

    def flaky(table: object, where: str, **kw: object) -> None:  # the third file fails
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full")
        real(table, where, **kw)

    monkeypatch.setattr(files.pq, "write_table", flaky)
    with pytest.raises(StoreError, match="disk full"):
        write(tmp_path, **batch(1))
    monkeypatch.undo()
    after = tables(tmp_path)
    assert all(comparable(after[t]).equals(comparable(before[t])) for t in TABLES)
    assert calls["n"] > 3  # the other files of the batch were written (and left uncommitted)
