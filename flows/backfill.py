"""The backfill flow: process a date range unit by unit (a day, or ``step`` days), record each
finished unit in ``<out>/_backfill/done.json``, and resume where a previous run stopped.

The work is :func:`events.backfill.backfill`, the same core as ``events backfill``; this
flow hands it Prefect task submission. One flow run for the whole range (not one subflow per
day: each flow run costs ≥ 1 s): the sources are read once, the articles of the pending days
are cut into batches per day, the batches run in parallel on the task runner and are
written in order; a day is recorded when its last batch is written. Rerunning a finished
range reads nothing and changes no row; an interrupted backfill resumes on rerun and ends
with the same rows as an uninterrupted one.

``python -m flows.backfill --start 2022-09-01 --end 2022-09-30 [--source SPEC …]``
(``make backfill START=… END=…``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from prefect import flow, get_run_logger

from events.backfill import backfill
from events.errors import ConfigError, EventsError
from events.ingest.sources import parse_sources
from events.progress import LogProgress
from events.runner import BATCH_SIZE
from events.window import Window, closed_window
from flows.run import add_runner_options, flow_settings
from flows.tasks import DEFAULT_WORKERS, PrefectDriver, make_task_runner, publish_summary


@flow(name="events-backfill", log_prints=False)
def backfill_flow(start: str, end: str, sources: list[str] | None = None, out: str | None = None,
                  step: int = 1, runner: str = "threads", workers: int = DEFAULT_WORKERS,
                  address: str | None = None, redo: bool = False, batch_size: int = BATCH_SIZE,
                  dictionaries: str | None = None) -> dict[str, object]:
    """Backfill ``start``..``end`` (YYYY-MM-DD, inclusive) from ``sources`` into ``out``.

    Days already in the ledger for these sources are skipped unless ``redo``.
    """
    window: Window = closed_window(start, end)
    settings = flow_settings(out, dictionaries)
    if not isinstance(settings.out_dir, Path):
        raise ConfigError("a backfill keeps its ledger of finished days in a local folder: "
                          "give out as a path")
    with make_task_runner(runner, workers, address) as task_runner:
        driver = PrefectDriver(task_runner, workers=workers, dictionaries=(
            str(settings.dictionaries) if settings.dictionaries else None))
        result = backfill(list(sources or []), out=settings.out_dir, start=window.start,
                          end=window.end, step=step, redo=redo, batch_size=batch_size,
                          driver=driver, reader=driver.read,
                          progress=LogProgress(get_run_logger()))
    done = result.as_dict()
    publish_summary(done, result.summary, key="events-backfill-summary", title="Backfill summary",
                    extra={"out": str(settings.out_dir), "range": str(window),
                           "step (days)": step, "units done before": result.units_done_before,
                           "units processed": result.units_processed, "runner": runner})
    return done


def main(argv: list[str] | None = None) -> int:
    """``python -m flows.backfill --start D --end D [--source SPEC …] [--out DIR] …``."""
    from events.cli import Parser

    parser = Parser(prog="python -m flows.backfill", description=__doc__,
                    formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--start", required=True, help="first day (YYYY-MM-DD)")
    parser.add_argument("--end", required=True, help="last day, inclusive (YYYY-MM-DD)")
    parser.add_argument("--step", type=int, default=1, help="days per unit (default: 1)")
    parser.add_argument("--redo", action="store_true", help="ignore the ledger, redo every day")
    add_runner_options(parser)
    args = parser.parse_args(argv)
    try:  # user mistakes are reported before a Prefect server starts
        closed_window(args.start, args.end)
        parse_sources(args.source)
        if args.step < 1:
            raise ConfigError(f"--step must be at least 1 day, not {args.step}")
        out = str(flow_settings(args.out).out_dir)
        result = backfill_flow(start=args.start, end=args.end, sources=args.source, out=out,
                               step=args.step, runner=args.runner, workers=args.workers,
                               address=args.address or None, redo=args.redo,
                               batch_size=args.batch_size)
    except EventsError as err:
        sys.stderr.write(f"error: {err}\n")
        return 2
    sys.stdout.write(json.dumps({"out": out, **result}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
