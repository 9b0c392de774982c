"""Compaction: the small files that writes append are merged into few large, sorted ones.

Compaction changes files, never rows: a reader sees the same rows before and after. It is a
commit like any other (readers see the old files or the new ones, never both), so it can run
while readers read; writers wait for it (the lock). ``events compact`` / ``make compact``
compacts everything; each write also merges the appended files of a partition it touched once
there are more than :data:`MAX_SMALL_FILES` of them, so a dataset that is never compacted
does not slow down without bound.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pyarrow as pa

from events.store.files import read_file, sort_keys, to_pandas
from events.store.merge import Transaction
from events.store.snapshot import INDEX, DataFile

TARGET_ROWS: dict[str, int] = {"events": 10_000, "mentions": 200_000, "articles": 100_000,
                               INDEX: 2_000_000}
"""Rows per compacted file. A change to a row rewrites the file that holds it, so events
(whose counts change when they are mentioned again) get the smallest files."""
MAX_SMALL_FILES = 16
"""Appended (level-0) files a partition may have before a write merges them."""
MAX_SMALL_LOOKUP_FILES = {"events": 8, INDEX: 4}
"""The same, lower, for the tables every write looks rows up in (each file consulted costs
an open and a footer read)."""


@dataclass
class CompactSummary:
    """Files before and after, partitions rewritten, and the snapshot committed (None when
    there was nothing to compact)."""

    files_before: int = 0
    files_after: int = 0
    groups: int = 0
    version: int | None = None

    def as_dict(self) -> dict[str, object]:
        """JSON-ready summary."""
        return {"files_before": self.files_before, "files_after": self.files_after,
                "partitions_compacted": self.groups, "snapshot": self.version}


def groups(tx: Transaction) -> dict[tuple[str, tuple[int, int] | None], list[DataFile]]:
    """The files of the snapshot by (table, partition)."""
    out: dict[tuple[str, tuple[int, int] | None], list[DataFile]] = {}
    for f in sorted(tx.files.values(), key=lambda f: f.name):
        out.setdefault((f.table, f.partition), []).append(f)
    return out


def compact_all(tx: Transaction) -> CompactSummary:
    """Merge every partition that has more than one file, or an appended one, into sorted
    files of at most :data:`TARGET_ROWS` rows; commit."""
    summary = CompactSummary(files_before=len(tx.files))
    for (table, partition), files in groups(tx).items():
        if len(files) > 1 or any(f.level == 0 for f in files):
            merge_files(tx, table, partition, files, level=1)
            summary.groups += 1
    summary.version = tx.commit()
    summary.files_after = len(tx.files)
    return summary


def merge_small_files(tx: Transaction) -> None:
    """Merge the appended files of every partition that has more than
    :data:`MAX_SMALL_FILES` of them (:data:`MAX_SMALL_LOOKUP_FILES` for events and the index)
    into one (no commit)."""
    for (table, partition), files in groups(tx).items():
        small = [f for f in files if f.level == 0]
        if len(small) > MAX_SMALL_LOOKUP_FILES.get(table, MAX_SMALL_FILES):
            merge_files(tx, table, partition, small, level=0)


def merge_files(tx: Transaction, table: str, partition: tuple[int, int] | None,
                files: list[DataFile], level: int) -> None:
    """Replace ``files`` (oldest first) by sorted files of the same rows. Index files keep
    only the latest row of an article."""
    tx.flush()
    data = pa.concat_tables([read_file(tx.loc, f) for f in files])
    rows = to_pandas(data)
    if table == INDEX:
        rows = rows.drop_duplicates("article_id", keep="last")
    rows = rows.sort_values(sort_keys(table), kind="stable").reset_index(drop=True)
    for f in files:
        tx.drop(f)
    size = TARGET_ROWS[table]
    chunks = [rows.iloc[i:i + size] for i in range(0, len(rows), size)] or [rows.iloc[0:0]]
    for chunk in chunks:
        tx.add(table, partition, pd.DataFrame(chunk), level=level)
