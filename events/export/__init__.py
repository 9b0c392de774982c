"""Exports of the dataset in other projects' formats: GDELT 2.0 event TSV and ACLED-style CSV.

Both read the Parquet dataset with :func:`events.dataset.load` and write text; importing
this package does no work.
"""

from __future__ import annotations

from events.export.acled import export_acled
from events.export.gdelt import export_gdelt, read_gdelt

__all__ = ["export_acled", "export_gdelt", "read_gdelt"]
