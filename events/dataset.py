"""Reading the dataset back: pandas with filters, and DuckDB views over the same folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds

from events.errors import StoreError
from events.store import check_schema_version, committed, table_files
from events.store.snapshot import SNAPSHOTS
from schemas.tables import TABLES, arrow_schema

PARTITION_TYPE = pa.int64()
"""Type of the ``year``/``month`` partition columns: int64, as DuckDB (BIGINT) and Polars (Int64)
infer them from the folder names, so the three readers agree."""

NULLABLE_INTEGERS = {pa.int8(): pd.Int8Dtype(), pa.int16(): pd.Int16Dtype(),
                     pa.int32(): pd.Int32Dtype(), pa.int64(): pd.Int64Dtype()}
"""Arrow integer type → pandas nullable integer dtype: ``fatalities``, ``*_geo_type`` … keep
their nulls as ``pd.NA`` instead of turning into float64 (same widths as DuckDB and Polars)."""

CATEGORICAL = ("event_code", "event_base_code", "event_root_code", "plover_event_type",
               "plover_mode", "date_precision", "status", "source_name")


def _as_date(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def _dataset(root: str | Path, table: str) -> ds.Dataset:
    """The committed files of ``table`` as one Arrow dataset with ``year``/``month`` columns
    (taken from the snapshot's manifest, so a reader sees one whole commit)."""
    loc, snap = committed(root)
    files = snap.of(table)
    schema = arrow_schema(table).append(pa.field("year", PARTITION_TYPE)).append(
        pa.field("month", PARTITION_TYPE))
    if files:
        check_schema_version(loc.path(files[0].path), loc.fs)
    partitions = [(ds.field("year") == pa.scalar(f.year, PARTITION_TYPE))
                  & (ds.field("month") == pa.scalar(f.month, PARTITION_TYPE)) for f in files]
    return ds.FileSystemDataset.from_paths([loc.path(f.path) for f in files], schema=schema,
                                           format=ds.ParquetFileFormat(), filesystem=loc.arrow_fs,
                                           partitions=partitions)


def load(path: str | Path, *, table: str = "events", start: str | dt.date | None = None,
         end: str | dt.date | None = None, countries: Iterable[str] | None = None,
         roots: Iterable[str | int] | None = None, quad_classes: Iterable[int] | None = None,
         actors: Iterable[str] | None = None,
         bbox: tuple[float, float, float, float] | None = None) -> pd.DataFrame:
    """Load a table of the dataset at ``path`` as a pandas DataFrame.

    ``start``/``end`` (inclusive ISO dates) filter on the event date (articles: published);
    ``countries`` keeps events whose action location or either actor is in one of the
    countries (ISO alpha-2 for places, alpha-3 for actors: both are accepted);
    ``roots`` keeps CAMEO root codes ("19" or 19); ``quad_classes`` GDELT quad classes (1–4);
    ``actors`` events where either actor code starts with one of the prefixes ("RUS",
    "RUSMIL", "IGO"); ``bbox`` = (west, south, east, north) in degrees keeps action locations
    inside (west > east crosses the antimeridian). Codes come back as categoricals, dates as
    ``datetime64``, integer columns as pandas nullable integers (``Int32`` … with ``pd.NA``;
    ``year``/``month`` ``Int64``). Raises StoreError (or SchemaVersionError) when unreadable.
    """
    if table not in TABLES:
        raise StoreError(f"unknown table {table!r}; one of {sorted(TABLES)}")
    dataset = _dataset(path, table)
    expr = _filters(table, _as_date(start), _as_date(end), countries, roots)
    if table == "events":
        expr = _and(expr, _event_filters(quad_classes, bbox))
    frame = dataset.to_table(filter=expr).to_pandas(types_mapper=NULLABLE_INTEGERS.get)
    if actors is not None and table == "events":
        from events.analysis import filter_actors

        frame = filter_actors(frame, actors)
    for column in CATEGORICAL:
        if column in frame.columns:
            frame[column] = frame[column].astype("category")
    for column in ("event_date",):
        if column in frame.columns:
            frame[column] = pd.to_datetime(frame[column])
    sort = [c for c in ("event_date", "event_id", "article_id") if c in frame.columns]
    return frame.sort_values(sort, kind="stable").reset_index(drop=True)


def _filters(table: str, start: dt.date | None, end: dt.date | None,
             countries: Iterable[str] | None, roots: Iterable[str | int] | None) -> Any:
    expr: Any = None

    def both(new: Any) -> Any:
        return new if expr is None else expr & new

    date_col = "published" if table == "articles" else "event_date"
    if start is not None:
        bound = start if date_col == "event_date" else pd.Timestamp(start, tz="UTC")
        expr = both(ds.field(date_col) >= bound)
    if end is not None:
        bound = end if date_col == "event_date" else pd.Timestamp(end, tz="UTC") + pd.Timedelta(days=1)
        expr = both(ds.field(date_col) <= bound if date_col == "event_date" else ds.field(date_col) < bound)
    if roots is not None and table == "events":
        wanted = [str(r).zfill(2) for r in roots]
        expr = both(ds.field("event_root_code").isin(wanted))
    if countries is not None and table == "events":
        codes = [c.upper() for c in countries]
        geo = ds.field("action_geo_country_code").isin(codes)
        actors = ds.field("actor1_country_code").isin(codes) | ds.field("actor2_country_code").isin(codes)
        expr = both(geo | actors)
    return expr


def _and(left: Any, right: Any) -> Any:
    return right if left is None else left if right is None else left & right


def _event_filters(quad_classes: Iterable[int] | None,
                   bbox: tuple[float, float, float, float] | None) -> Any:
    expr: Any = None
    if quad_classes is not None:
        expr = ds.field("quad_class").isin([int(q) for q in quad_classes])
    if bbox is not None:
        west, south, east, north = bbox
        lat, lon = ds.field("action_geo_lat"), ds.field("action_geo_long")
        inside_lon = (lon >= west) & (lon <= east) if west <= east else (lon >= west) | (lon <= east)
        expr = _and(expr, (lat >= south) & (lat <= north) & inside_lon)
    return expr


def duckdb_connect(path: str | Path, database: str = ":memory:") -> Any:
    """A DuckDB connection with the three tables registered as views (``events``,
    ``mentions``, ``articles``, Hive columns ``year``/``month`` included) over the snapshot
    committed now: every query on the connection sees that one consistent state, even while
    runs write; connect again to see later writes (a snapshot stays readable for at least an
    hour after a newer one). Local folders are read by DuckDB itself; object stores through
    fsspec and Arrow. Raises StoreError when there is no dataset."""
    import duckdb

    loc, snap = committed(path)
    con = duckdb.connect(database)
    for table in TABLES:
        files = snap.of(table)
        if not files:
            continue
        if loc.local and not snap.legacy:
            glob = f"{loc.root}/{SNAPSHOTS}/{snap.name}/{table}/*/*/*.parquet"
            con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{_sql(glob)}', "
                        "hive_partitioning = true)")
        elif loc.local:
            listed = ", ".join(f"'{_sql(loc.path(f.path))}'" for f in files)
            con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet([{listed}], "
                        "hive_partitioning = true)")
        else:
            con.register(table, _dataset(path, table))
    return con


def files(path: str | Path, table: str = "events") -> list[str]:
    """The committed Parquet files of ``table`` (paths, or fsspec URLs for object stores),
    for any Parquet reader: ``pl.scan_parquet(files(url), hive_partitioning=True)``,
    ``duckdb.read_parquet(files(url), hive_partitioning=True)``. Raises StoreError."""
    if table not in TABLES:
        raise StoreError(f"unknown table {table!r}; one of {sorted(TABLES)}")
    return table_files(path, table)


def _sql(text: str) -> str:
    """``text`` inside a single-quoted SQL literal."""
    return text.replace("'", "''")
