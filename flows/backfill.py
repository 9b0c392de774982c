"""The backfill flow: process a date range unit by unit (a day, or ``step`` days), record each
finished unit in ``<out>/_backfill/done.json``, and resume where a previous run stopped.

One flow run for the whole range (not one subflow per day: each flow run costs ≥ 1 s): the
sources are read once, the articles of the pending days are cut into batches per day, the
batches run in parallel on the task runner and are written in order; a day is recorded when
its last batch is written. Rerunning a finished range reads nothing and changes no row; an
interrupted backfill resumes on rerun and ends with the same rows as an uninterrupted one.

``python -m flows.backfill --start 2022-09-01 --end 2022-09-30 [--source SPEC …]``
(``make backfill START=… END=…``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from prefect import flow, get_run_logger

from events.backfill import Ledger, pending_units, plan_backfill
from events.config import Settings
from events.errors import ConfigError
from events.ingest.sources import parse_sources
from events.runner import BATCH_SIZE, RunSummary
from events.window import closed_window
from flows.tasks import (
    DEFAULT_WORKERS,
    make_task_runner,
    process_in_order,
    publish_summary,
    read_sources,
)


@flow(name="events-backfill", log_prints=False)
def backfill_flow(start: str, end: str, sources: list[str] | None = None, out: str = "data/out",
                  step: int = 1, runner: str = "threads", workers: int = DEFAULT_WORKERS,
                  address: str | None = None, redo: bool = False, batch_size: int = BATCH_SIZE,
                  dictionaries: str | None = None) -> dict[str, object]:
    """Backfill ``start``..``end`` (YYYY-MM-DD, inclusive) from ``sources`` into ``out``.

    Days already in the ledger for these sources are skipped unless ``redo``.
    """
    logger = get_run_logger()
    window = closed_window(start, end)
    first, last = window.start, window.end
    specs = list(sources or [])
    ledger = Ledger(Path(out), specs)
    pending, done_before = pending_units(ledger, first, last, step, redo)
    total = RunSummary()
    result: dict[str, object] = {"units_total": done_before + len(pending),
                                 "units_done_before": done_before, "units_processed": 0,
                                 "days_processed": 0, "batches": 0}
    if pending:
        logger.info("backfill %s..%s: %d of %d units to do", first, last, len(pending),
                    done_before + len(pending))
        with make_task_runner(runner, workers, address) as task_runner:
            articles, _ = read_sources(task_runner, specs)
            plan = plan_backfill(articles, pending, out=Path(out), batch_size=batch_size,
                                 done_units=done_before)
            flat = plan.batches
            last_of_unit = {i for i, (unit, _) in enumerate(flat)
                            if i + 1 == len(flat) or flat[i + 1][0] is not unit}
            finished = 0

            def record(upto_unit: int) -> None:
                nonlocal finished
                while finished < upto_unit:
                    ledger.mark(plan.units[finished].window.days())
                    finished += 1

            def on_written(i: int, _part: RunSummary) -> None:
                if i in last_of_unit:
                    record(plan.units.index(flat[i][0]) + 1)

            # units without articles before the first batch are done already
            record(plan.units.index(flat[0][0]) if flat else len(plan.units))
            total.merge(process_in_order(task_runner, [b for _, b in flat], out, dictionaries,
                                         workers, on_written))
            record(len(plan.units))
        result.update(units_processed=len(plan.units),
                      days_processed=sum(len(u.window.days()) for u in plan.units),
                      batches=len(flat), undated=plan.undated,
                      outside_window=plan.selection.outside_window)
    else:
        logger.info("backfill %s..%s: all %d units done already; nothing to do", first, last,
                    done_before)
    result = {**total.as_dict(), **result}
    publish_summary(result, total, key="events-backfill-summary", title="Backfill summary",
                    extra={"range": f"{first}..{last}", "step (days)": step,
                           "units done before": done_before,
                           "units processed": result["units_processed"], "runner": runner})
    return result


def main(argv: list[str] | None = None) -> int:
    """``python -m flows.backfill --start D --end D [--source SPEC …] [--out DIR] …``."""
    from events.cli import Parser, add_source_option
    from flows.run import add_runner_options

    parser = Parser(prog="python -m flows.backfill", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--start", required=True, help="first day (YYYY-MM-DD)")
    parser.add_argument("--end", required=True, help="last day, inclusive (YYYY-MM-DD)")
    add_source_option(parser)
    parser.add_argument("--out", default=str(Settings().out_dir))
    parser.add_argument("--step", type=int, default=1, help="days per unit (default: 1)")
    parser.add_argument("--redo", action="store_true", help="ignore the ledger, redo every day")
    add_runner_options(parser)
    args = parser.parse_args(argv)
    try:  # bad input is reported before the flow (and its Prefect server) starts
        parse_sources(args.source)
        closed_window(args.start, args.end)
        if args.step < 1:
            raise ConfigError(f"--step must be at least 1 day, not {args.step}")
    except ConfigError as err:
        sys.stderr.write(f"error: {err}\n")
        return 2
    try:
        result = backfill_flow(start=args.start, end=args.end, sources=args.source, out=args.out,
                               step=args.step, runner=args.runner, workers=args.workers,
                               address=args.address or None, redo=args.redo,
                               batch_size=args.batch_size)
    except ConfigError as err:
        sys.stderr.write(f"error: {err}\n")
        return 2
    sys.stdout.write(json.dumps({"out": args.out, **result}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
