"""Event-data pipeline: news articles → CAMEO/PLOVER events, geocoded and dated, as Parquet.

``events.load(path, …)`` reads the dataset back as pandas (see :func:`events.dataset.load`);
``events.schema_version`` is the version of the dataset contract this library writes and
reads (the ``events.schema_version`` key of every Parquet file's metadata).
Importing does no work: pandas, spaCy, dictionaries and the gazetteer load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from events.dataset import load

__all__ = ["load", "schema_version"]


def __getattr__(name: str) -> Any:
    if name == "load":
        from events.dataset import load

        return load
    if name == "schema_version":
        from schemas.tables import SCHEMA_VERSION

        return SCHEMA_VERSION
    raise AttributeError(f"module 'events' has no attribute {name!r}")
