"""The one write path: a Hive-partitioned Parquet dataset, merged idempotently.

Layout under the output folder (a local path or any fsspec URL, e.g. ``s3://bucket/events``)::

    articles/year=2022/month=9/part-0.parquet
    events/year=2022/month=9/part-0.parquet
    mentions/year=2022/month=9/part-0.parquet

One file per partition, rewritten atomically (temporary file in the same folder, then
``os.replace``) while holding a lock on the dataset. Rows are merged on the table keys
(:data:`schemas.KEYS`): writing the same input twice leaves exactly the same rows.
Event rows are aggregated from their mentions (GDELT style): counts of mentions,
articles and outlets, first/last seen, fatalities as the maximum over mentions.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import fsspec
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from fsspec.implementations.local import LocalFileSystem

from events.errors import SchemaVersionError, StoreError
from events.models import row_specificity
from schemas.tables import KEYS, METADATA_KEY, PARTITION_DATE, SCHEMA_VERSION, arrow_schema

log = logging.getLogger(__name__)

PART_FILE = "part-0.parquet"
LEAD_SENTENCES = 3
"""A mention among the first LEAD_SENTENCES sentences makes the event a root event."""


@dataclass
class WriteSummary:
    """Rows written per table and the partitions touched."""

    rows: dict[str, int] = field(default_factory=dict)
    partitions: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Location:
    """Where a dataset lives: a local folder or any fsspec URL (``s3://bucket/events``,
    ``memory://…``). Local folders get file locks and atomic renames; on object stores each
    partition file is written in one put (atomic per object) and there must be one writer at a
    time per dataset."""

    fs: Any
    root: str

    @classmethod
    def of(cls, out: str | Path) -> Location:
        """The location of ``out``; raises StoreError for an unknown protocol."""
        try:
            fs, root = fsspec.core.url_to_fs(str(out))
        except (ImportError, ValueError) as err:
            raise StoreError(f"cannot open dataset location {out}: {err}") from err
        return cls(fs, str(root).rstrip("/"))

    @property
    def local(self) -> bool:
        """True for a folder on this machine."""
        return isinstance(self.fs, LocalFileSystem)

    def part(self, table: str, year: int, month: int) -> str:
        """The partition file of ``table`` for a year and month."""
        return f"{self.root}/{table}/year={year}/month={month}/{PART_FILE}"

    def parts(self, table: str) -> list[str]:
        """The partition files of ``table``, sorted."""
        return sorted(self.fs.glob(f"{self.root}/{table}/year=*/month=*/{PART_FILE}"))

    def relative(self, path: str) -> str:
        """``path`` relative to the dataset root."""
        return path[len(self.root) + 1:] if path.startswith(self.root + "/") else path


@contextlib.contextmanager
def dataset_lock(loc: Location) -> Iterator[None]:
    """Hold an exclusive lock on a local dataset folder (blocks until other writers finish).
    Object stores have no lock: one writer per dataset there."""
    if not loc.local:
        yield
        return
    Path(loc.root).mkdir(parents=True, exist_ok=True)
    with (Path(loc.root) / ".lock").open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _frame(table: str, rows: Sequence[dict[str, object]]) -> pd.DataFrame:
    """Rows → DataFrame with exactly the contract's columns (missing ones null)."""
    schema = arrow_schema(table)
    try:
        arrow = pa.Table.from_pylist([{k: r.get(k) for k in schema.names} for r in rows], schema)
    except (pa.ArrowInvalid, pa.ArrowTypeError) as err:
        raise StoreError(f"rows do not fit the {table} schema: {err}") from err
    return arrow.to_pandas(types_mapper=pd.ArrowDtype)


def _partition_of(value: object) -> tuple[int, int]:
    if value is None or value is pd.NaT or (isinstance(value, float) and pd.isna(value)):
        return (0, 0)
    stamp = pd.Timestamp(value)  # type: ignore[arg-type]
    return (int(stamp.year), int(stamp.month))


def _read_part(loc: Location, path: str, table: str) -> pd.DataFrame | None:
    if not loc.fs.exists(path):
        return None
    check_schema_version(path, loc.fs)
    try:
        arrow = pq.read_table(path, schema=arrow_schema(table), filesystem=loc.fs)
    except (pa.ArrowInvalid, OSError) as err:
        raise StoreError(f"cannot read {path}: {err}") from err
    return arrow.to_pandas(types_mapper=pd.ArrowDtype)


def _write_part(loc: Location, path: str, table: str, frame: pd.DataFrame) -> None:
    """Write one partition file atomically: locally a temporary file, fsync and rename; on an
    object store one put of the whole file."""
    frame = frame.sort_values(KEYS[table], kind="stable").reset_index(drop=True)
    arrow = pa.Table.from_pandas(frame, schema=arrow_schema(table), preserve_index=False)
    if not loc.local:
        try:
            pq.write_table(arrow, path, compression="zstd", filesystem=loc.fs)
        except OSError as err:
            raise StoreError(f"cannot write {path}: {err}") from err
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        pq.write_table(arrow, tmp, compression="zstd")
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"cannot write {path}: {err}") from err


def _by_partition(table: str, frame: pd.DataFrame) -> dict[tuple[int, int], pd.DataFrame]:
    keys = [_partition_of(v) for v in frame[PARTITION_DATE[table]].tolist()]
    groups: dict[tuple[int, int], list[int]] = {}
    for row, key in enumerate(keys):
        groups.setdefault(key, []).append(row)
    return {key: frame.iloc[rows] for key, rows in sorted(groups.items())}


def _merge(old: pd.DataFrame | None, new: pd.DataFrame, table: str,
           keep: Literal["first", "last"]) -> pd.DataFrame:
    merged = new if old is None or old.empty else pd.concat([old, new], ignore_index=True)
    return merged.drop_duplicates(KEYS[table], keep=keep)


def _aggregate_events(attrs: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Event rows with counts recomputed from all their mentions; events with none dropped."""
    mentions = mentions.assign(story_id=mentions["story_id"].fillna(mentions["article_id"]))
    grouped = mentions.groupby("event_id", sort=False)
    stats = pd.DataFrame({
        "num_mentions": grouped.size(),
        "num_articles": grouped["article_id"].nunique(),
        "num_sources": grouped["source_name"].nunique(),
        "num_stories": grouped["story_id"].nunique(),
        "first_seen": grouped["mention_time"].min(),
        "last_seen": grouped["mention_time"].max(),
        "fatalities": grouped["fatalities"].max(),
        "is_root_event": grouped["sentence_index"].min() < LEAD_SENTENCES,
    })
    base = attrs.drop(columns=[c for c in stats.columns if c in attrs.columns])
    merged = base.merge(stats, left_on="event_id", right_index=True, how="inner")
    return merged[list(arrow_schema("events").names)]


def write(out: str | Path, *, articles: Iterable[dict[str, object]] = (),
          events: Iterable[dict[str, object]] = (),
          mentions: Iterable[dict[str, object]] = ()) -> WriteSummary:
    """Merge rows into the dataset at ``out``; raises StoreError when a file cannot be written.

    ``events`` rows carry the event attributes (one row per mention is fine: the first row
    of an ``event_id`` wins); their counts are recomputed from the merged mentions.
    Mentions of the articles given are replaced, so re-coding an article leaves no stale rows.
    """
    loc = Location.of(out)
    summary = WriteSummary()
    article_rows, event_rows, mention_rows = list(articles), list(events), list(mentions)
    with dataset_lock(loc):
        parts = _article_parts(loc, article_rows)
        if mention_rows or article_rows:
            processed = {str(r["article_id"]) for r in article_rows}
            processed |= {str(r["article_id"]) for r in mention_rows}
            recoded = processed - _first_seen(parts)
            _write_mentions_and_events(loc, mention_rows, event_rows, processed, recoded, summary)
        _write_articles(loc, parts, summary)
    return summary


@dataclass
class _ArticlePart:
    """One articles partition a write touches: its file, stored rows (None: no file yet) and
    the new rows."""

    path: str
    old: pd.DataFrame | None
    new: pd.DataFrame


def _article_parts(loc: Location, article_rows: list[dict[str, object]]) -> list[_ArticlePart]:
    """The articles partitions of ``article_rows``, each read once for the whole write."""
    if not article_rows:
        return []
    parts = []
    for (year, month), new in _by_partition("articles", _frame("articles", article_rows)).items():
        path = loc.part("articles", year, month)
        parts.append(_ArticlePart(path, _read_part(loc, path, "articles"), new))
    return parts


def _first_seen(parts: list[_ArticlePart]) -> set[str]:
    """Articles of the write not yet in the articles table (looked up in the partition of
    their publication month only): they can have no stored mentions to replace."""
    seen: set[str] = set()
    for part in parts:
        ids = {str(i) for i in part.new["article_id"]}
        if part.old is not None:
            ids -= {str(i) for i in part.old["article_id"]}
        seen |= ids
    return seen


def _write_articles(loc: Location, parts: list[_ArticlePart], summary: WriteSummary) -> None:
    for part in parts:
        new = part.new if part.old is None else _drop_unchanged_articles(part.old, part.new)
        _write_part(loc, part.path, "articles", _merge(part.old, new, "articles", keep="last"))
        summary.rows["articles"] = summary.rows.get("articles", 0) + len(new)
        summary.partitions.append(loc.relative(part.path))


def _drop_unchanged_articles(old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """New article rows minus those already stored unchanged (same text, status, error), so
    re-reading the same input keeps the first ``fetched_at`` and changes no row."""
    same = ["article_id", "text_sha256", "status", "error"]

    def keys(frame: pd.DataFrame) -> list[tuple[str, ...]]:
        return [tuple("" if pd.isna(v) else str(v) for v in row)
                for row in frame[same].itertuples(index=False)]

    stored = set(keys(old))
    return new[[key not in stored for key in keys(new)]]


def _most_specific_first(events: pd.DataFrame) -> pd.DataFrame:
    """Order event rows so the most specific report of an event comes first (stable)."""
    scores = [row_specificity({str(k): v for k, v in row.items()})
              for row in events.to_dict("records")]
    return events.assign(_score=scores).sort_values("_score", ascending=False, kind="stable"
                                                    ).drop(columns="_score")


def _write_mentions_and_events(loc: Location, mention_rows: list[dict[str, object]],
                               event_rows: list[dict[str, object]], processed: set[str],
                               recoded: set[str], summary: WriteSummary) -> None:
    """Merge mentions and re-aggregate events in the partitions touched: those of the new
    mentions and those holding mentions of ``recoded`` articles (found by a scan); every
    stored mention of a ``processed`` article in them is replaced."""
    new_mentions = _frame("mentions", mention_rows)
    new_events = _most_specific_first(_frame("events", event_rows)).drop_duplicates(
        "event_id", keep="first")
    now = pd.Timestamp(dt.datetime.now(dt.UTC).replace(microsecond=0))
    touched = set(_by_partition("mentions", new_mentions)) | _partitions_with(loc, recoded)
    new_by_part = _by_partition("mentions", new_mentions)
    for year, month in sorted(touched):
        m_path, e_path = loc.part("mentions", year, month), loc.part("events", year, month)
        old_m = _read_part(loc, m_path, "mentions")
        if old_m is not None:
            old_m = old_m[~old_m["article_id"].isin(processed)]
        part_m = new_by_part.get((year, month), new_mentions.iloc[0:0])
        merged_m = _merge(old_m, part_m, "mentions", keep="last")
        old_e = _read_part(loc, e_path, "events")
        fresh = new_events[new_events["event_id"].isin(part_m["event_id"])].copy()
        if old_e is not None and not old_e.empty:
            added = old_e.set_index("event_id")["date_added"]
            fresh["date_added"] = fresh["event_id"].map(added).fillna(now)
        else:
            fresh["date_added"] = now
        attrs = _merge(old_e, fresh, "events", keep="last")
        merged_e = _aggregate_events(attrs, merged_m)
        _write_part(loc, m_path, "mentions", merged_m)
        _write_part(loc, e_path, "events", merged_e)
        summary.rows["mentions"] = summary.rows.get("mentions", 0) + len(part_m)
        summary.rows["events"] = summary.rows.get("events", 0) + int(fresh["event_id"].nunique())
        summary.partitions += [loc.relative(m_path), loc.relative(e_path)]


def _partitions_with(loc: Location, article_ids: set[str]) -> set[tuple[int, int]]:
    """Mention partitions that hold rows of the given articles (reads one column per file)."""
    found: set[tuple[int, int]] = set()
    if not article_ids:
        return found
    for path in loc.parts("mentions"):
        table = pq.read_table(path, columns=["article_id"], filesystem=loc.fs)
        if article_ids.intersection(table.column("article_id").to_pylist()):
            year, month = (int(part.split("=")[1]) for part in path.split("/")[-3:-1])
            found.add((year, month))
    return found


def check_schema_version(path: str | Path, fs: Any = None) -> None:
    """Raise SchemaVersionError when a Parquet file was written by another schema version."""
    try:
        meta = pq.read_schema(str(path), filesystem=fs).metadata or {}
    except (pa.ArrowInvalid, OSError) as err:
        raise StoreError(f"cannot read {path}: {err}") from err
    version = meta.get(METADATA_KEY, b"").decode() or "none"
    if version != SCHEMA_VERSION:
        newer = version != "none" and version > SCHEMA_VERSION
        hint = "upgrade the events package" if newer else "re-run the pipeline to rewrite it"
        raise SchemaVersionError(
            f"{path} has dataset schema version {version}; this library reads {SCHEMA_VERSION} "
            f"({hint})"
        )


StoredArticle = tuple[str, str, str, str, int | None]
"""(article_id, text_sha256, status, story_id, simhash) of a stored article."""


def stored_articles(out: str | Path) -> list[StoredArticle]:
    """Every article row already in the dataset at ``out`` (empty when there is none), for
    incremental runs and near-duplicate grouping. Reads five columns per partition file."""
    rows: list[StoredArticle] = []
    columns = ["article_id", "text_sha256", "status", "story_id", "simhash"]
    loc = Location.of(out)
    for path in loc.parts("articles"):
        check_schema_version(path, loc.fs)
        for row in pq.read_table(path, columns=columns, filesystem=loc.fs).to_pylist():
            rows.append((row["article_id"], row["text_sha256"] or "", row["status"] or "",
                         row["story_id"] or "", row["simhash"]))
    return rows
