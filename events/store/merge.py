"""The write path: one batch of articles, events and mentions merged into a new snapshot.

Appends cost O(new rows): new articles, mentions and first-seen events go to new files (one
per table and partition). Rows that change — the aggregate of an event mentioned again, the
mentions of a re-coded article, the row of an article whose text changed — are removed from
the few files that hold them (found through per-file date ranges, row-group statistics and
the seen-articles index; those files are rewritten without them) and written with the batch.
Every table of the batch becomes visible at once, with the snapshot's commit.
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds

from events.models import row_specificity
from events.store.files import (
    FILENAME,
    INDEX_SCHEMA,
    by_partition,
    day_of,
    empty,
    frame,
    partition_of,
    prepare_file,
    put_file,
    read_file,
    scan,
    to_pandas,
)
from events.store.snapshot import INDEX, DataFile, Writer, commit
from schemas.tables import KEYS, arrow_schema

LEAD_SENTENCES = 3
"""A mention among the first LEAD_SENTENCES sentences makes the event a root event."""
AGGREGATED_FROM = ["event_id", "article_id", "sentence_index", "source_name", "story_id",
                   "mention_time", "fatalities"]
"""The mention columns an event's aggregates are computed from."""
ARTICLE_STATE = ["text_sha256", "status", "error"]
SPECIFICITY_FIELDS = ("actor1_code", "actor2_code", "actor2_country_code", "event_code")
"""The fields :func:`events.models.row_specificity` reads (a test checks it reads no other)."""
"""An article row is rewritten only when one of these changed (else the first row stays)."""


@dataclass
class WriteSummary:
    """Rows written per table, the partitions touched, and the snapshot committed (None
    when the batch changed nothing)."""

    rows: dict[str, int] = field(default_factory=dict)
    partitions: list[str] = field(default_factory=list)
    version: int | None = None


WRITE_THREADS = 4
"""Data files written at once by one transaction (a batch touches a file per table and
month: a 300-article batch wrote 72; Arrow and fsync release the GIL, and an object store
takes uploads in parallel)."""


class Transaction:
    """The files of the snapshot being built: the base's, minus those rewritten, plus new.

    New files are written by a small thread pool; every read, removal and the commit waits
    for them first, and :meth:`close` (the writer's ``finally``) lets none run on after
    the write ends. Use as a context manager."""

    def __init__(self, writer: Writer):
        self.writer = writer
        self.loc = writer.loc
        self.files: dict[str, DataFile] = {f.path: f for f in writer.base.files}
        self.base = set(self.files)
        self.removed: list[str] = []
        self.touched: set[str] = set()
        self._pool: ThreadPoolExecutor | None = None
        self._pending: list[Future[None]] = []

    def __enter__(self) -> Transaction:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Wait for the files being written (their errors are not raised here: a failed
        write never commits) and stop the threads."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
        self._pending = []

    def flush(self) -> None:
        """Wait until every new file is written; raises StoreError for one that was not."""
        pending, self._pending = self._pending, []
        for future in pending:
            future.result()

    def of(self, table: str, partitions: Iterable[tuple[int, int]] | None = None
           ) -> list[DataFile]:
        """Files of ``table`` (in ``partitions`` when given), oldest first."""
        wanted = None if partitions is None else set(partitions)
        return sorted((f for f in self.files.values()
                       if f.table == table and (wanted is None or f.partition in wanted)),
                      key=lambda f: f.name)

    def add(self, table: str, partition: tuple[int, int] | None,
            rows: pd.DataFrame | pa.Table, level: int = 0, *, presorted: bool = False) -> None:
        """Write ``rows`` as a new file of the snapshot (nothing when empty); ``presorted``
        as :func:`write_file` takes it."""
        if len(rows) == 0:
            return
        f, arrow = prepare_file(self.writer, table, partition, rows, level, presorted=presorted)
        if self._pool is None:
            self._pool = ThreadPoolExecutor(WRITE_THREADS, thread_name_prefix="events-write")
        self._pending.append(self._pool.submit(put_file, self.loc, f.path, arrow))
        self.files[f.path] = f
        if partition is not None:
            self.touched.add(f"{table}/year={partition[0]}/month={partition[1]}")

    def drop(self, f: DataFile) -> None:
        """Take ``f`` out of the snapshot."""
        self.flush()
        del self.files[f.path]
        if f.path in self.base:
            self.removed.append(f.path)
        else:
            self.loc.fs.rm_file(self.loc.path(f.path))

    def take(self, table: str, files: list[DataFile], where: Any) -> pd.DataFrame:
        """Remove the rows matching ``where`` from ``files`` (each file holding one is
        rewritten without them) and return them."""
        self.flush()
        keys = KEYS[table] if table != INDEX else ["article_id"]
        hits = scan(self.loc, table, files, keys, where, with_file=True).column(FILENAME)
        holding = set(hits.to_pylist())
        taken = []
        for f in files:
            if self.loc.path(f.path) not in holding:
                continue
            data = read_file(self.loc, f)
            taken.append(to_pandas(data.filter(where)))
            self.drop(f)
            self.add(table, f.partition, data.filter(~where), level=f.level)
        return pd.concat(taken, ignore_index=True) if taken else empty(table)

    def read(self, table: str, files: list[DataFile], where: Any,
             columns: list[str] | None = None) -> pd.DataFrame:
        """Rows matching ``where`` in ``files`` (read only)."""
        self.flush()
        if not files:
            return empty(table)[columns] if columns else empty(table)
        return to_pandas(scan(self.loc, table, files, columns, where))

    def commit(self) -> int | None:
        """Commit the snapshot when anything changed (once every new file is written);
        returns its version. Raises StoreError when a file could not be written."""
        self.flush()
        if not self.removed and set(self.files) == self.base:
            return None
        return commit(self.writer, list(self.files.values()), self.removed).version


# --------------------------------------------------------------------------- the batch


def merge_batch(tx: Transaction, article_rows: list[dict[str, object]],
                event_rows: list[dict[str, object]], mention_rows: list[dict[str, object]],
                now: pd.Timestamp) -> WriteSummary:
    """Merge one batch into ``tx`` and commit. ``event_rows`` carry event attributes (several
    rows of one event are fine: the most specific wins, and the stored row stays only when it
    is more specific than the batch's); their counts are computed from all of the event's
    mentions. The mentions of every article of the batch are replaced."""
    summary = WriteSummary()
    articles = frame("articles", article_rows).drop_duplicates("article_id", keep="last")
    mentions = frame("mentions", mention_rows).drop_duplicates(KEYS["mentions"], keep="last")
    processed = {str(i) for i in articles["article_id"]} | \
        {str(i) for i in mentions["article_id"]}
    seen = lookup_index(tx, processed)
    articles = _changed_articles(articles, seen)
    _replace_articles(tx, articles, seen)
    mentions, removed = _replace_mentions(tx, mentions, processed, seen)
    fresh_events = _most_specific_first(frame("events", event_rows)).drop_duplicates(
        "event_id", keep="first")
    events = _update_events(tx, fresh_events, mentions, removed, now)
    for table, rows in (("mentions", mentions), ("events", events)):
        for part, group in by_partition(table, rows).items():
            tx.add(table, part, group, presorted=True)
    _update_index(tx, articles, mentions, removed, seen, processed)
    summary.rows = {"articles": len(articles), "mentions": len(mentions),
                    "events": int(fresh_events["event_id"].isin(mentions["event_id"]).sum())}
    summary.rows = {k: v for k, v in summary.rows.items() if v}
    summary.partitions = sorted(tx.touched)
    summary.version = tx.commit()
    return summary


def _changed_articles(articles: pd.DataFrame, seen: pd.DataFrame) -> pd.DataFrame:
    """New article rows minus those already stored unchanged (same text, status, error), so
    re-reading the same input keeps the first ``fetched_at`` and changes no row."""
    stored = seen[seen["year"].notna()]
    if stored.empty:
        return articles

    def keys(rows: pd.DataFrame) -> list[tuple[str, ...]]:
        return [tuple("" if pd.isna(v) else str(v) for v in row)
                for row in rows[["article_id", *ARTICLE_STATE]].itertuples(index=False)]

    known = set(keys(stored))
    return articles[[key not in known for key in keys(articles)]]


def _replace_articles(tx: Transaction, articles: pd.DataFrame, seen: pd.DataFrame) -> None:
    """Remove the stored rows of changed articles, then add the new rows."""
    stored = seen[seen["year"].notna() & seen["article_id"].isin(articles["article_id"])]
    if not stored.empty:
        parts = {(int(y), int(m)) for y, m in zip(stored["year"], stored["month"], strict=True)}
        ids = stored["article_id"].astype(str).tolist()
        tx.take("articles", tx.of("articles", parts), ds.field("article_id").isin(ids))
    for part, group in by_partition("articles", articles).items():
        tx.add("articles", part, group, presorted=True)


def _replace_mentions(tx: Transaction, mentions: pd.DataFrame, processed: set[str],
                      seen: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Replace the stored mentions of the batch's articles (they are in the partitions the
    index lists). Articles whose mentions are unchanged are left alone. Returns the new
    mentions to add and the stored ones removed."""
    known = seen[seen["article_id"].isin(processed)]
    parts = {(p // 100, p % 100) for lst in known["mention_parts"] if lst is not pd.NA
             for p in lst}
    if not parts:
        return mentions, empty("mentions")
    ids = known["article_id"].astype(str).tolist()
    files = tx.of("mentions", parts)
    stored = tx.read("mentions", files, ds.field("article_id").isin(ids))
    same = _unchanged(stored, mentions, set(ids))
    mentions = mentions[~mentions["article_id"].isin(same)]
    recoded = sorted(set(ids) - same)
    if not recoded or stored.empty:
        return mentions, empty("mentions")
    removed = tx.take("mentions", files, ds.field("article_id").isin(recoded))
    return mentions, removed


def _unchanged(stored: pd.DataFrame, new: pd.DataFrame, ids: set[str]) -> set[str]:
    """Articles among ``ids`` whose stored mentions equal the new ones, row for row."""

    def rows_by_article(rows: pd.DataFrame) -> dict[str, list[tuple[object, ...]]]:
        out: dict[str, list[tuple[object, ...]]] = {}
        table = pa.Table.from_pandas(rows, schema=arrow_schema("mentions"), preserve_index=False)
        for row in table.to_pylist():
            out.setdefault(str(row["article_id"]), []).append(tuple(row.values()))
        return {k: sorted(v, key=repr) for k, v in out.items()}

    old = rows_by_article(stored)
    fresh = rows_by_article(new[new["article_id"].isin(ids)])
    return {a for a in ids if old.get(a, []) == fresh.get(a, [])}


def _update_events(tx: Transaction, fresh: pd.DataFrame, mentions: pd.DataFrame,
                   removed: pd.DataFrame, now: pd.Timestamp) -> pd.DataFrame:
    """The event rows the batch changes, aggregated over all their mentions; their stored
    rows are taken out of the files that hold them. Mentions with a null event_id belong to
    no event (the events-table rule left them out)."""
    mentions = mentions[mentions["event_id"].notna()]
    removed = removed[removed["event_id"].notna()]
    touched = pd.concat([mentions[["event_id", "event_date"]],
                         removed[["event_id", "event_date"]]], ignore_index=True)
    if touched.empty:
        return empty("events")
    ids = sorted({str(i) for i in touched["event_id"]})
    where = _near(touched) & ds.field("event_id").isin(ids)
    days = {d for d in (day_of(v) for v in touched["event_date"]) if d}
    parts = {partition_of(v) for v in touched["event_date"]}
    candidates = [f for f in tx.of("events", parts) if f.covers(days)]
    stored = tx.take("events", candidates, where)
    known = stored["event_id"].astype(str).tolist()
    new = fresh[fresh["event_id"].isin(mentions["event_id"])].copy()
    if not known:  # all first seen: their mentions are all in the batch
        new["date_added"] = now
        return aggregate_events(new, mentions[AGGREGATED_FROM])
    files = [f for f in tx.of("mentions", parts) if f.covers(days)]
    older = tx.read("mentions", files, _near(touched) & ds.field("event_id").isin(known),
                    columns=AGGREGATED_FROM)
    added = stored.set_index("event_id")["date_added"]
    new["date_added"] = new["event_id"].map(added).fillna(now)
    attrs = _most_specific_first(pd.concat([new, stored], ignore_index=True)).drop_duplicates(
        "event_id", keep="first")
    return aggregate_events(attrs, pd.concat([older, mentions[AGGREGATED_FROM]],
                                             ignore_index=True))


def _near(rows: pd.DataFrame) -> Any:
    """A filter on the date range of ``rows`` (prunes row groups by their statistics); no
    filter when a date is missing."""
    dates = rows["event_date"]
    if dates.empty or dates.isna().any():
        return ds.scalar(True)
    lo, hi = pd.Timestamp(dates.min()).date(), pd.Timestamp(dates.max()).date()
    return (ds.field("event_date") >= lo) & (ds.field("event_date") <= hi)


def aggregate_events(attrs: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Event rows with counts recomputed from all their mentions; events with none dropped."""
    mentions = mentions[mentions["event_id"].notna()]
    if mentions.empty:
        return empty("events")
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
    merged = base.merge(stats.rename_axis(None), left_on="event_id", right_index=True, how="inner")
    return merged[list(arrow_schema("events").names)].reset_index(drop=True)


def _most_specific_first(events: pd.DataFrame) -> pd.DataFrame:
    """Order event rows so the most specific report of an event comes first (stable; only
    rows of an event given more than once are scored)."""
    several = events["event_id"].duplicated(keep=False)
    if not several.any():
        return events
    fields = [c for c in SPECIFICITY_FIELDS if c in events.columns]
    scored = iter([row_specificity(dict(zip(fields, row, strict=True)))
                   for row in events.loc[several, fields].itertuples(index=False, name=None)])
    scores = [next(scored) if many else 0 for many in several]
    return events.assign(_score=scores).sort_values("_score", ascending=False, kind="stable"
                                                    ).drop(columns="_score")


# --------------------------------------------------------------------------- the index


def lookup_index(tx: Transaction, ids: set[str]) -> pd.DataFrame:
    """The latest index rows of ``ids`` (one per known id)."""
    if not ids:
        return frame(INDEX, [])
    rows = tx.read(INDEX, tx.of(INDEX), ds.field("article_id").isin(sorted(ids)))
    return rows.drop_duplicates("article_id", keep="last").reset_index(drop=True)


def _update_index(tx: Transaction, articles: pd.DataFrame, mentions: pd.DataFrame,
                  removed: pd.DataFrame, seen: pd.DataFrame, processed: set[str]) -> None:
    """Append index rows for the articles whose row or mention partitions changed."""
    old = {r["article_id"]: r for r in pa.Table.from_pandas(
        seen, schema=INDEX_SCHEMA, preserve_index=False).to_pylist()}
    recoded = {str(a) for a in removed["article_id"]} | {str(a) for a in mentions["article_id"]}
    parts: dict[str, set[int]] = {}
    for aid, day in zip(mentions["article_id"], mentions["event_date"], strict=True):
        year, month = partition_of(day)
        parts.setdefault(str(aid), set()).add(year * 100 + month)
    rows = []
    written = {str(r["article_id"]): r for r in articles.to_dict("records")}
    for aid in sorted(processed):
        row = dict(old.get(aid) or {"article_id": aid})
        if aid in written:
            a = written[aid]
            year, month = partition_of(a["published"])
            row.update({k: _plain(a[k]) for k in
                        ("text_sha256", "status", "error", "story_id", "simhash")},
                       year=year, month=month)
        if aid in recoded:
            row["mention_parts"] = sorted(parts.get(aid, ()))
        if row != old.get(aid):
            rows.append(row)
    if rows:
        tx.add(INDEX, None, frame(INDEX, rows))


def _plain(value: object) -> object:
    """A pandas scalar as a plain Python value (None for missing)."""
    return None if value is None or value is pd.NA or (isinstance(value, float) and
                                                       pd.isna(value)) else value
