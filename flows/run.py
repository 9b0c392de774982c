"""The main flow: read sources, keep the articles of a date window, process them in batches
on the chosen task runner, write the dataset, and end with a summary artifact.

Each task is a thin call into ``events.runner`` (see ``flows.tasks``). Run it with
``python -m flows.run [--source SPEC …] [--out DIR] [--start D] [--end D] [--runner dask]``
(``make run``). The arguments are checked before any Prefect server starts: a bad source or
date is one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys

from prefect import flow

from events.cli import Parser, add_source_option
from events.config import Settings
from events.errors import ConfigError
from events.ingest.sources import parse_sources
from events.runner import BATCH_SIZE, Selection, Selector, batched
from events.store import stored_articles
from events.window import window_of
from flows.tasks import (
    DEFAULT_WORKERS,
    RUNNERS,
    make_task_runner,
    process_in_order,
    publish_summary,
    read_sources,
    summary_markdown,
)

__all__ = ["main", "run_flow", "summary_markdown"]


@flow(name="events-run", log_prints=False)
def run_flow(sources: list[str] | None = None, out: str = "data/out",
             start: str | None = None, end: str | None = None,
             runner: str = "threads", workers: int = DEFAULT_WORKERS, address: str | None = None,
             reprocess: bool = False, batch_size: int = BATCH_SIZE,
             dictionaries: str | None = None) -> dict[str, object]:
    """Ingest ``sources`` (default: the bundled samples), process and write to ``out``.

    ``start``/``end`` (YYYY-MM-DD, inclusive, UTC publication day) skip articles published
    outside; ``runner`` is threads|dask|ray with ``workers`` (local cluster) or ``address``
    (existing cluster). Already-stored articles with unchanged text are skipped unless
    ``reprocess``.
    """

    window = window_of(start, end)
    selection = Selection()
    with make_task_runner(runner, workers, address) as task_runner:
        articles, skipped = read_sources(task_runner, sources or [],
                                         out=None if reprocess else out)
        selector = Selector(stored_articles(out), reprocess=reprocess, counts=selection)
        batches = list(batched(selector.select(articles, window), batch_size))
        total = process_in_order(task_runner, batches, out, dictionaries, workers)
    total.skipped_seen += selection.skipped_seen + skipped
    total.outside_window = selection.outside_window
    result = {**total.as_dict(), "batches": len(batches)}
    extra: dict[str, object] = {"window": str(window) if window else "all",
                                "outside window": selection.outside_window,
                                "batches": len(batches), "runner": runner}
    publish_summary(result, total, key="events-run-summary", title="Run summary", extra=extra)
    return result


def add_runner_options(parser: argparse.ArgumentParser) -> None:
    """The task-runner options shared by the flows' command lines."""
    parser.add_argument("--runner", choices=RUNNERS, default="threads",
                        help="task runner (default: threads)")
    parser.add_argument("--workers", type=int, default=DEFAULT_WORKERS,
                        help="threads, or processes of a local Dask/Ray cluster (default: 2)")
    parser.add_argument("--address", default=None,
                        help="address of an existing Dask scheduler or Ray cluster")
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)


def main(argv: list[str] | None = None) -> int:
    """``python -m flows.run [--source SPEC …] [--out DIR] [--start D] [--end D] [--reprocess]``."""
    parser = Parser(prog="python -m flows.run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    add_source_option(parser)
    parser.add_argument("--out", default=str(Settings().out_dir))
    parser.add_argument("--start", help="first publication day kept (YYYY-MM-DD)")
    parser.add_argument("--end", help="last publication day kept (YYYY-MM-DD)")
    parser.add_argument("--reprocess", action="store_true")
    add_runner_options(parser)
    args = parser.parse_args(argv)
    try:  # bad input is reported before the flow (and its Prefect server) starts
        parse_sources(args.source)
        window_of(args.start, args.end)
    except ConfigError as err:
        sys.stderr.write(f"error: {err}\n")
        return 2
    result = run_flow(sources=args.source, out=args.out, start=args.start, end=args.end,
                      runner=args.runner, workers=args.workers, address=args.address or None,
                      reprocess=args.reprocess, batch_size=args.batch_size)
    sys.stdout.write(json.dumps({"out": args.out, **result}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
