"""Deployments of the flows, served from this process against a Prefect server.

* ``events-run/scheduled`` — the main flow on a cron schedule (default every 15 minutes),
  at most one run at a time;
* ``events-backfill/backfill`` — the backfill flow, on demand:
  ``prefect deployment run events-backfill/backfill -p start=2022-09-01 -p end=2022-09-30``;
* ``events-compact/compact`` — compaction of the dataset's small files, daily
  (``--compact-cron``, default 03:30).

Schedules only fire against a real server (``make server``; the temporary server that a plain
flow run starts never schedules), so ``PREFECT_API_URL`` must be set (``make serve`` sets it).
Stopping ``serve`` (Ctrl-C, SIGTERM) pauses the schedule until it is served again.

``python -m flows.serve [--cron "*/15 * * * *"] [--source SPEC …] [--out DIR] [--runner …]``
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from events.errors import ConfigError
from events.ingest.sources import parse_sources

DEFAULT_CRON = "*/15 * * * *"
RUN_DEPLOYMENT = "scheduled"
BACKFILL_DEPLOYMENT = "backfill"
COMPACT_DEPLOYMENT = "compact"


def deployments(*, cron: str = DEFAULT_CRON, sources: list[str] | None = None,
                out: str | None = None, runner: str = "threads", workers: int = 2,
                address: str | None = None, compact_cron: str | None = None) -> list[Any]:
    """The project's deployments (not yet registered: :func:`prefect.serve` does that)."""
    from prefect.deployments.runner import EntrypointType

    from flows.backfill import backfill_flow
    from flows.compact import DEFAULT_CRON as COMPACT_CRON
    from flows.compact import compact_flow
    from flows.run import run_flow

    common: dict[str, object] = {"out": out, "runner": runner, "workers": workers,
                                 "address": address}
    scheduled = run_flow.to_deployment(
        name=RUN_DEPLOYMENT, cron=cron, concurrency_limit=1,
        parameters={"sources": list(sources or []), **common},
        description=f"Ingest and process the sources into {out or 'the default output'} "
                    f"on cron {cron!r}",
        tags=["events"], entrypoint_type=EntrypointType.MODULE_PATH)
    backfill = backfill_flow.to_deployment(
        name=BACKFILL_DEPLOYMENT, parameters={"sources": list(sources or []), **common},
        description="Backfill a date range: -p start=YYYY-MM-DD -p end=YYYY-MM-DD",
        tags=["events"], entrypoint_type=EntrypointType.MODULE_PATH)
    compaction = compact_flow.to_deployment(
        name=COMPACT_DEPLOYMENT, cron=compact_cron or COMPACT_CRON, concurrency_limit=1,
        parameters={"out": out},
        description=f"Merge the small files of {out or 'the default output'} (rows unchanged)",
        tags=["events"], entrypoint_type=EntrypointType.MODULE_PATH)
    return [scheduled, backfill, compaction]


def main(argv: list[str] | None = None) -> int:
    """Serve the deployments until interrupted."""
    from events.cli import Parser, add_source_option

    parser = Parser(prog="python -m flows.serve", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cron", default=os.environ.get("EVENTS_CRON", DEFAULT_CRON),
                        help=f"schedule of the main flow (default: {DEFAULT_CRON!r})")
    parser.add_argument("--compact-cron", default=os.environ.get("EVENTS_COMPACT_CRON"),
                        help="schedule of the compaction flow (default: daily at 03:30)")
    add_source_option(parser)
    parser.add_argument("--out", default=None,
                        help="output folder or fsspec URL (default: EVENTS_OUT, else data/out)")
    parser.add_argument("--runner", default="threads")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--address", default=None)
    parser.add_argument("--limit", type=int, default=None, help="flow runs at once")
    args = parser.parse_args(argv)
    try:
        parse_sources(args.source)
    except ConfigError as err:
        sys.stderr.write(f"error: {err}\n")
        return 2
    if not os.environ.get("PREFECT_API_URL"):
        sys.stderr.write("error: PREFECT_API_URL is not set; start a server (`make server`) and "
                         "use `make serve` (schedules never fire on a temporary server)\n")
        return 2
    from prefect import serve

    try:
        found = deployments(cron=args.cron, sources=args.source, out=args.out,
                            runner=args.runner, workers=args.workers,
                            address=args.address or None, compact_cron=args.compact_cron)
    except (ConfigError, ValueError) as err:
        sys.stderr.write(f"error: {err}\n")
        return 2
    serve(*found, limit=args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
