"""Datasets written before snapshots (one ``part-0.parquet`` per partition, rewritten in
place): read as they are, and brought into a first snapshot by the next write."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from events.errors import StoreError
from events.store.files import check_schema_version, frame
from events.store.merge import Transaction
from events.store.snapshot import FILES, INDEX, DataFile, Location, Snapshot, Writer, begin, end
from schemas.tables import TABLES

log = logging.getLogger(__name__)

_PARTITION = re.compile(r"/year=(\d+)/month=(\d+)/[^/]+\.parquet$")


def legacy_snapshot(loc: Location, base: str = "") -> Snapshot | None:
    """The old layout's files under ``base`` (default: the table folders at the root) as a
    read-only snapshot (version 0); None when there are none."""
    if loc.local and any(Path(loc.path(t)).is_symlink() for t in TABLES):
        return None
    files = []
    for table in TABLES:
        folder = f"{base}{table}"
        for path in sorted(loc.fs.glob(loc.path(f"{folder}/year=*/month=*/*.parquet"))):
            relative = loc.relative(str(path))
            found = _PARTITION.search("/" + relative)
            if found:
                files.append(DataFile(relative, table, 0, int(found.group(1)),
                                      int(found.group(2)), level=1))
    return Snapshot(files=tuple(files), legacy=True) if files else None


def migrate(writer: Writer) -> Writer:
    """When the dataset has no snapshot but old-layout files, commit them (and an index
    built from them) as the first snapshot; returns the writer to continue with. Locally the
    table folders move under ``_files/`` so that their names can become the reader view."""
    loc = writer.loc
    if writer.base.version or legacy_snapshot(loc) is None:
        return writer
    log.info("bringing the dataset at %s into the snapshot layout", loc.root)
    base = ""
    if loc.local:
        os.makedirs(loc.path(FILES), exist_ok=True)
        for table in TABLES:
            if os.path.isdir(loc.path(table)) and not os.path.islink(loc.path(table)):
                os.rename(loc.path(table), loc.path(f"{FILES}/{table}"))
        base = f"{FILES}/"
    snap = legacy_snapshot(loc, base)
    assert snap is not None
    for f in snap.files:
        check_schema_version(loc.path(f.path), loc.fs)
    writer.base = Snapshot(files=snap.files)
    with Transaction(writer) as tx:
        tx.add(INDEX, None, _index_rows(loc, snap))
        tx.commit()
    end(writer)
    return begin(loc)


def _index_rows(loc: Location, snap: Snapshot) -> pd.DataFrame:
    """Index rows of the old layout's articles and mentions."""
    rows: dict[str, dict[str, Any]] = {}
    columns = ["article_id", "text_sha256", "status", "error", "story_id", "simhash"]
    for f in snap.of("articles"):
        for row in _read(loc, f, columns).to_pylist():
            rows[row["article_id"]] = {**row, "year": f.year, "month": f.month,
                                       "mention_parts": []}
    for f in snap.of("mentions"):
        part = (f.year or 0) * 100 + (f.month or 0)
        for aid in set(_read(loc, f, ["article_id"]).column("article_id").to_pylist()):
            entry = rows.setdefault(aid, {"article_id": aid, "mention_parts": []})
            entry["mention_parts"] = [*entry["mention_parts"], part]
    return frame(INDEX, list(rows.values()))


def _read(loc: Location, f: DataFile, columns: list[str]) -> pa.Table:
    try:
        return pq.read_table(loc.path(f.path), columns=columns, filesystem=loc.fs)
    except (pa.ArrowInvalid, OSError) as err:
        raise StoreError(f"cannot read {loc.path(f.path)}: {err}") from err
