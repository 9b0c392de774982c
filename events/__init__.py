"""Event-data pipeline: news articles → CAMEO/PLOVER events, geocoded and dated, as Parquet.

``events.load(path, …)`` reads the dataset back as pandas (see :func:`events.dataset.load`).
Importing does no work: pandas, spaCy, dictionaries and the gazetteer load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from events.dataset import load

__all__ = ["load"]


def __getattr__(name: str) -> Any:
    if name == "load":
        from events.dataset import load

        return load
    raise AttributeError(f"module 'events' has no attribute {name!r}")
