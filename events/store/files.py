"""Reading and writing the data files of a snapshot: frames in the contract's schema, Hive
partitions, per-file date ranges, and the seen-articles index."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from events.errors import SchemaVersionError, StoreError
from events.store.snapshot import INDEX, DataFile, Location, Writer, fsync_file, version_message
from schemas.tables import KEYS, METADATA_KEY, PARTITION_DATE, SCHEMA_VERSION, arrow_schema

ROW_GROUP = 16_384
"""Rows per Parquet row group: lookups by date or article id read only the groups whose
statistics can match."""

INDEX_SCHEMA = pa.schema([
    pa.field("article_id", pa.string()),
    pa.field("text_sha256", pa.string()),
    pa.field("status", pa.string()),
    pa.field("error", pa.string()),
    pa.field("story_id", pa.string()),
    pa.field("simhash", pa.int64()),
    pa.field("year", pa.int32()),
    pa.field("month", pa.int32()),
    pa.field("mention_parts", pa.list_(pa.int32())),
], metadata={METADATA_KEY: SCHEMA_VERSION.encode(), b"events.table": INDEX.encode()})
"""The seen-articles index: one row per article id the dataset knows (the latest row wins):
what the selection of a run needs, the partition of its articles row (year/month, null when
only mentions were written for it) and the mention partitions (year * 100 + month) holding
its mentions."""


def schema_of(table: str) -> pa.Schema:
    """The Arrow schema of a dataset table or of the index."""
    return INDEX_SCHEMA if table == INDEX else arrow_schema(table)


def frame(table: str, rows: Sequence[dict[str, object]]) -> pd.DataFrame:
    """Rows → DataFrame with exactly the contract's columns (missing ones null); raises
    StoreError when a value does not fit its column."""
    schema = schema_of(table)
    try:
        arrow = pa.Table.from_pylist([{k: r.get(k) for k in schema.names} for r in rows], schema)
    except (pa.ArrowInvalid, pa.ArrowTypeError) as err:
        raise StoreError(f"rows do not fit the {table} schema: {err}") from err
    return arrow.to_pandas(types_mapper=pd.ArrowDtype)


def empty(table: str) -> pd.DataFrame:
    """An empty frame of ``table``."""
    return _empty(table).copy()


@functools.cache
def _empty(table: str) -> pd.DataFrame:
    return frame(table, [])


def partition_of(value: object) -> tuple[int, int]:
    """(year, month) of a date or timestamp; (0, 0) when it is missing."""
    if value is None or value is pd.NaT or (isinstance(value, float) and pd.isna(value)):
        return (0, 0)
    stamp = pd.Timestamp(value)  # type: ignore[arg-type]
    return (int(stamp.year), int(stamp.month))


def by_partition(table: str, rows: pd.DataFrame | pa.Table) -> dict[tuple[int, int], pa.Table]:
    """The rows of ``table`` grouped by their Hive partition ((0, 0) for a missing date), in
    partition order, each group sorted as a file of ``table`` is (:func:`sort_keys`).

    The rows are converted to Arrow and sorted once; the groups are slices of that one table
    (a conversion per group cost more than writing the group). Raises StoreError when a
    value does not fit its column."""
    arrow = _arrow(table, rows)
    dates = arrow.column(PARTITION_DATE[table])
    code = pc.fill_null(pc.add(pc.multiply(pc.year(dates), 100), pc.month(dates)), 0)
    keyed = arrow.append_column(_PART, code).sort_by(
        [(_PART, "ascending"), *((key, "ascending") for key in sort_keys(table))])
    codes = keyed.column(_PART).to_numpy()
    starts = [0, *(np.flatnonzero(np.diff(codes)) + 1).tolist()]
    ends = [*starts[1:], len(codes)]
    data = keyed.drop_columns([_PART])
    return {(int(codes[s]) // 100, int(codes[s]) % 100): data.slice(s, e - s)
            for s, e in zip(starts, ends, strict=True) if e > s}


_PART = "__partition"
"""The column :func:`by_partition` sorts on (year * 100 + month)."""


def _arrow(table: str, rows: pd.DataFrame | pa.Table) -> pa.Table:
    """``rows`` as an Arrow table in the schema of ``table`` (without pandas metadata);
    raises StoreError when a value does not fit its column."""
    schema = schema_of(table)
    try:
        arrow = rows if isinstance(rows, pa.Table) else pa.Table.from_pandas(
            rows, schema=schema, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError) as err:
        raise StoreError(f"rows do not fit the {table} schema: {err}") from err
    return arrow.replace_schema_metadata(schema.metadata)


def day_of(value: object) -> str | None:
    """The ISO day of a date or timestamp (UTC), None when missing."""
    if value is None or value is pd.NaT or (isinstance(value, float) and pd.isna(value)):
        return None
    return pd.Timestamp(value).date().isoformat()  # type: ignore[arg-type]


def sort_keys(table: str) -> list[str]:
    """Columns a file of ``table`` is sorted by: the partition date, then the row key (so
    row-group statistics prune lookups by date or id)."""
    if table == INDEX:
        return ["article_id"]
    return [PARTITION_DATE[table], *KEYS[table]]


def prepare_file(writer: Writer, table: str, partition: tuple[int, int] | None,
                 rows: pd.DataFrame | pa.Table, level: int = 0, *, presorted: bool = False
                 ) -> tuple[DataFile, pa.Table]:
    """The entry of a new data file of ``rows`` (its path taken from ``writer``, in call
    order) and the sorted Arrow table :func:`put_file` writes there. Raises StoreError when
    a value does not fit its column."""
    arrow = _arrow(table, rows)
    if not presorted:
        arrow = arrow.sort_by([(key, "ascending") for key in sort_keys(table)])
    relative = writer.new_path(table, partition)
    lo = hi = None
    if table != INDEX and len(arrow):
        bounds = pc.min_max(arrow.column(PARTITION_DATE[table]))
        lo, hi = day_of(bounds["min"].as_py()), day_of(bounds["max"].as_py())
    year, month = partition or (None, None)
    return DataFile(relative, table, len(arrow), year, month, lo, hi, level), arrow


def put_file(loc: Location, relative: str, arrow: pa.Table) -> None:
    """Write ``arrow`` to the data file ``relative`` (zstd; flushed to disk locally).
    Thread-safe: Arrow encodes, compresses and writes without holding the GIL. Raises
    StoreError when it cannot be written."""
    try:
        if loc.local:
            Path(loc.path(relative)).parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(arrow, loc.path(relative), compression="zstd",
                           row_group_size=ROW_GROUP)
            fsync_file(loc, relative)
        else:
            pq.write_table(arrow, loc.path(relative), compression="zstd",
                           row_group_size=ROW_GROUP, filesystem=loc.fs)
    except OSError as err:
        raise StoreError(f"cannot write {loc.path(relative)}: {err}") from err


def read_file(loc: Location, f: DataFile, columns: list[str] | None = None,
              where: Any = None) -> pa.Table:
    """The rows of one data file (optionally some columns, rows matching ``where``).
    Raises StoreError when unreadable."""
    try:
        dataset = ds.dataset(loc.path(f.path), schema=schema_of(f.table), format="parquet",
                             filesystem=loc.fs)
        return dataset.to_table(columns=columns, filter=where)
    except (pa.ArrowInvalid, OSError) as err:
        raise StoreError(f"cannot read {loc.path(f.path)}: {err}") from err


FILENAME = "__filename"
"""The column a scan adds to name the file each row comes from."""


def scan(loc: Location, table: str, files: list[DataFile], columns: list[str] | None = None,
         where: Any = None, with_file: bool = False) -> pa.Table:
    """The rows matching ``where`` in ``files`` of ``table``, in one multi-threaded scan;
    ``with_file`` adds the column :data:`FILENAME` (the full path). Raises StoreError."""
    schema = schema_of(table)
    wanted = list(columns or schema.names) + ([FILENAME] if with_file else [])
    if not files:
        names = schema.append(pa.field(FILENAME, pa.string())) if with_file else schema
        return names.empty_table().select(wanted)
    try:
        dataset = ds.FileSystemDataset.from_paths([loc.path(f.path) for f in files],
                                                  schema=schema, format=ds.ParquetFileFormat(),
                                                  filesystem=loc.arrow_fs)
        return dataset.to_table(columns=wanted, filter=where)
    except (pa.ArrowInvalid, OSError) as err:
        raise StoreError(f"cannot read {loc.root}: {err}") from err


def to_pandas(table: pa.Table) -> pd.DataFrame:
    """An Arrow table as pandas with Arrow-backed columns (nulls stay nulls)."""
    return table.to_pandas(types_mapper=pd.ArrowDtype)


def check_schema_version(path: str, fs: Any = None) -> None:
    """Raise SchemaVersionError when a Parquet file was written by another schema version."""
    try:
        meta = pq.read_schema(str(path), filesystem=fs).metadata or {}
    except (pa.ArrowInvalid, OSError) as err:
        raise StoreError(f"cannot read {path}: {err}") from err
    version = meta.get(METADATA_KEY, b"").decode() or "none"
    if version != SCHEMA_VERSION:
        raise SchemaVersionError(version_message(str(path), version))
