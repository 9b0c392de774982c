"""Prefect settings of the project, applied as environment defaults before Prefect loads.

Offline and quiet: no telemetry, Prefect's state under ``data/prefect`` (not the user's
home), no call to any address but 127.0.0.1. A user's own environment still wins.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_DEFAULTS = {
    "PREFECT_HOME": str(Path("data") / "prefect"),
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",
    "PREFECT_SERVER_API_HOST": "127.0.0.1",
    # a run with no PREFECT_API_URL starts Prefect's temporary server; Prefect waits 20 s for
    # it, which a busy two-core machine can exceed (the Dask backfill test timed out so
    # while four processes parsed beside it): wait up to 90 s
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    # task runners (flows/tasks.py): quiet Dask logs, no Ray usage statistics
    "DASK_LOGGING__DISTRIBUTED": "warning",
    "RAY_USAGE_STATS_ENABLED": "0",
}


def apply() -> None:
    """Set the project's Prefect defaults in ``os.environ`` (existing values are kept)."""
    for key, value in PROJECT_DEFAULTS.items():
        if key == "PREFECT_HOME":
            value = str(Path(value).resolve())
        os.environ.setdefault(key, value)
