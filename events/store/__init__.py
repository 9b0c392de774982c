"""The one write path: a Hive-partitioned Parquet dataset committed in snapshots.

Three tables (``events``, ``mentions``, ``articles``), each Hive-partitioned by ``year=`` /
``month=``, under a local folder or any fsspec URL (``s3://bucket/events``). Every write
adds new immutable files and commits them, with every table, in one atomic step (see
:mod:`events.store.snapshot` and docs/storage.md); a reader never sees half a batch, even
after ``kill -9``. Rows are merged on the table keys (:data:`schemas.KEYS`): writing the same
input twice leaves exactly the same rows. Event rows are aggregated from their mentions
(GDELT style): counts of mentions, articles, outlets and stories, first/last seen,
fatalities as the maximum over mentions.

Public API: :func:`write`, :func:`compact`, :func:`stored_articles`, :func:`committed`,
:func:`table_files`, :func:`check_schema_version`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from events.errors import StoreError
from events.store.compaction import CompactSummary, compact_all, merge_small_files
from events.store.files import check_schema_version, read_file
from events.store.legacy import legacy_snapshot, migrate
from events.store.merge import LEAD_SENTENCES, Transaction, WriteSummary, merge_batch
from events.store.snapshot import (
    INDEX,
    DataFile,
    Location,
    Snapshot,
    begin,
    dataset_lock,
    end,
    latest,
)

__all__ = ["LEAD_SENTENCES", "CompactSummary", "DataFile", "Location", "Snapshot",
           "StoredArticle", "WriteSummary", "check_schema_version", "committed", "compact",
           "dataset_lock", "stored_articles", "table_files", "write"]

log = logging.getLogger(__name__)


def write(out: str | Path, *, articles: Iterable[dict[str, object]] = (),
          events: Iterable[dict[str, object]] = (),
          mentions: Iterable[dict[str, object]] = ()) -> WriteSummary:
    """Merge rows into the dataset at ``out`` and commit them as one snapshot.

    ``events`` rows carry the event attributes (one row per mention is fine: the most
    specific row of an ``event_id`` wins); their counts are recomputed from all the event's
    mentions. Mentions of the articles given are replaced, so re-coding an article leaves no
    stale rows. Costs O(rows written), not O(dataset). Raises StoreError when a file cannot
    be written or a row does not fit the schema (nothing is committed then).
    """
    article_rows, event_rows, mention_rows = list(articles), list(events), list(mentions)
    now = pd.Timestamp(dt.datetime.now(dt.UTC).replace(microsecond=0))
    loc = Location.of(out)
    with dataset_lock(loc):
        writer = begin(loc)
        try:
            writer = migrate(writer)
            with Transaction(writer) as tx:
                merge_small_files(tx)
                return merge_batch(tx, article_rows, event_rows, mention_rows, now)
        finally:
            end(writer)


def compact(out: str | Path) -> CompactSummary:
    """Merge the files of every partition into few sorted files and commit; the rows stay
    exactly the same. Raises StoreError when the dataset cannot be read or written."""
    loc = Location.of(out)
    with dataset_lock(loc):
        writer = begin(loc)
        try:
            writer = migrate(writer)
            with Transaction(writer) as tx:
                summary = compact_all(tx)
        finally:
            end(writer)
    log.info("compacted %s: %s", out, summary.as_dict())
    return summary


def committed(out: str | Path) -> tuple[Location, Snapshot]:
    """The location and the snapshot a reader of ``out`` sees now (a dataset of the old
    one-file-per-partition layout is read as it is). Raises StoreError when there is none."""
    loc = Location.of(out)
    snap = latest(loc) or legacy_snapshot(loc)
    if snap is None:
        raise StoreError(f"no dataset under {out} (run `events run` first?)")
    return loc, snap


def table_files(out: str | Path, table: str) -> list[str]:
    """The committed data files of ``table`` now, as paths or fsspec URLs that any Parquet
    reader opens (``duckdb.read_parquet(files, hive_partitioning=True)``,
    ``pl.scan_parquet(files, hive_partitioning=True)``). Raises StoreError."""
    loc, snap = committed(out)
    return [loc.url(f.path) for f in snap.of(table)]


StoredArticle = tuple[str, str, str, str, int | None]
"""(article_id, text_sha256, status, story_id, simhash) of a stored article."""


def stored_articles(out: str | Path) -> list[StoredArticle]:
    """Every article row already in the dataset at ``out`` (empty when there is none), for
    incremental runs and near-duplicate grouping. Reads the seen-articles index (a few narrow
    files), not the articles partitions."""
    loc = Location.of(out)
    try:
        snap = latest(loc) or legacy_snapshot(loc)
    except FileNotFoundError:
        return []
    if snap is None:
        return []
    columns = ["article_id", "text_sha256", "status", "story_id", "simhash", "year"]
    if snap.legacy:
        return _legacy_stored(loc, snap.of("articles"))
    files = sorted(snap.of(INDEX), key=lambda f: f.name)
    rows: dict[str, StoredArticle] = {}
    for f in files:
        for row in read_file(loc, f, columns=columns).to_pylist():
            if row["year"] is None:
                rows.pop(row["article_id"], None)
                continue
            rows[row["article_id"]] = (row["article_id"], row["text_sha256"] or "",
                                       row["status"] or "", row["story_id"] or "",
                                       row["simhash"])
    return list(rows.values())


def _legacy_stored(loc: Location, files: list[DataFile]) -> list[StoredArticle]:
    columns = ["article_id", "text_sha256", "status", "story_id", "simhash"]
    rows: list[StoredArticle] = []
    for f in files:
        check_schema_version(loc.path(f.path), loc.fs)
        for row in pq.read_table(loc.path(f.path), columns=columns,
                                 filesystem=loc.fs).to_pylist():
            rows.append((row["article_id"], row["text_sha256"] or "", row["status"] or "",
                         row["story_id"] or "", row["simhash"]))
    return rows

