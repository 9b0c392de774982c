"""Exports of the dataset in other projects' formats: GDELT 2.0 event TSV and ACLED-style CSV.

Both read the Parquet dataset with :func:`events.dataset.load` and write text; importing
this package does no work.
"""

from __future__ import annotations

from typing import Any

__all__ = ["export_acled", "export_gdelt", "read_gdelt"]


def __getattr__(name: str) -> Any:
    """Lazy access to the export functions (``from events.export import export_gdelt``)."""
    if name == "export_acled":
        from events.export.acled import export_acled

        return export_acled
    if name in ("export_gdelt", "read_gdelt"):
        from events.export import gdelt

        return getattr(gdelt, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
