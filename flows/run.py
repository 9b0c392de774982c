"""The main flow: read the sources, keep the articles of a date window, process them in
batches on the chosen task runner, write the dataset, and end with summary artifacts.

The work is :func:`events.runner.run`, the same run core as ``events run``; this flow only
hands it Prefect task submission (:class:`flows.tasks.PrefectDriver`). Run it with
``python -m flows.run [--source SPEC …] [--sources FILE] [--out DIR] [--start D] [--end D]
[--runner dask]`` (``make run``).
"""

from __future__ import annotations

import argparse
import json
import sys

from prefect import flow, get_run_logger

from events.config import Settings, dataset_location
from events.errors import EventsError
from events.ingest.sources import Source, default_sources, load_sources_toml, parse_sources
from events.progress import LogProgress
from events.runner import BATCH_SIZE, run
from events.window import window_of
from flows.tasks import (
    DEFAULT_WORKERS,
    RUNNERS,
    PrefectDriver,
    make_task_runner,
    publish_summary,
    summary_markdown,
)

__all__ = ["main", "run_flow", "summary_markdown"]


def flow_settings(out: str | None, dictionaries: str | None = None) -> Settings:
    """The settings of a flow run: ``out`` (default: the library's, ``EVENTS_OUT`` or
    ``data/out``) and the dictionaries folder, local paths made absolute (tasks may run in
    other working directories: Dask workers on a shared filesystem)."""
    from pathlib import Path

    settings = Settings()
    if out:
        settings.out_dir = dataset_location(out)
    if isinstance(settings.out_dir, Path):
        settings.out_dir = settings.out_dir.resolve()
    if dictionaries:
        settings.dictionaries = Path(dictionaries).resolve()
    return settings


def flow_sources(specs: list[str] | None, sources_file: str | None = None) -> list[Source]:
    """Sources of a flow: the specs, then the entries of a sources.toml (default: the bundled
    samples). Raises ConfigError for an unreadable sources file."""
    from pathlib import Path

    sources = parse_sources(specs or [])
    if sources_file:
        sources += load_sources_toml(Path(sources_file))
    return sources or default_sources()


@flow(name="events-run", log_prints=False)
def run_flow(sources: list[str] | None = None, out: str | None = None,
             start: str | None = None, end: str | None = None,
             runner: str = "threads", workers: int = DEFAULT_WORKERS, address: str | None = None,
             reprocess: bool = False, batch_size: int = BATCH_SIZE,
             dictionaries: str | None = None, sources_file: str | None = None
             ) -> dict[str, object]:
    """Ingest ``sources`` (specs; default: the bundled samples) and the entries of
    ``sources_file`` (a sources.toml), process and write to ``out``.

    ``start``/``end`` (YYYY-MM-DD, inclusive, UTC publication day) skip articles published
    outside; ``runner`` is threads|dask|ray with ``workers`` (local cluster) or ``address``
    (existing cluster). Already-stored articles with unchanged text are skipped unless
    ``reprocess``.
    """
    settings = flow_settings(out, dictionaries)
    window = window_of(start, end)
    with make_task_runner(runner, workers, address) as task_runner:
        driver = PrefectDriver(task_runner, workers=workers, dictionaries=(
            str(settings.dictionaries) if settings.dictionaries else None))
        summary = run(flow_sources(sources, sources_file), settings=settings,
                      reprocess=reprocess, batch_size=batch_size, window=window,
                      driver=driver, reader=driver.read,
                      progress=LogProgress(get_run_logger()))
    result = {**summary.as_dict()}
    publish_summary(result, summary, key="events-run-summary", title="Run summary",
                    extra={"out": str(settings.out_dir), "window": str(window or "all"),
                           "outside window": summary.outside_window, "runner": runner})
    return result


def add_runner_options(parser: argparse.ArgumentParser) -> None:
    """The options shared by the flows' command lines: sources, output, task runner."""
    from events.cli import add_source_option

    add_source_option(parser)
    parser.add_argument("--out", default=None,
                        help="output folder or fsspec URL (default: EVENTS_OUT, else data/out)")
    parser.add_argument("--runner", choices=RUNNERS, default="threads",
                        help="task runner (default: threads)")
    parser.add_argument("--workers", type=int, default=DEFAULT_WORKERS,
                        help="threads, or processes of a local Dask/Ray cluster (default: 2)")
    parser.add_argument("--address", default=None,
                        help="address of an existing Dask scheduler or Ray cluster")
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)


def main(argv: list[str] | None = None) -> int:
    """``python -m flows.run [--source SPEC …] [--sources FILE] [--out DIR] [--start D]
    [--end D] [--reprocess]``."""
    from events.cli import Parser

    parser = Parser(prog="python -m flows.run", description=__doc__,
                    formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sources", help="a sources.toml listing [[source]] entries")
    parser.add_argument("--start", help="first publication day kept (YYYY-MM-DD)")
    parser.add_argument("--end", help="last publication day kept (YYYY-MM-DD)")
    parser.add_argument("--reprocess", action="store_true")
    add_runner_options(parser)
    args = parser.parse_args(argv)
    try:  # user mistakes are reported before a Prefect server starts
        window_of(args.start, args.end)
        flow_sources(args.source, args.sources)
        out = str(flow_settings(args.out).out_dir)
        result = run_flow(sources=args.source, out=out, start=args.start, end=args.end,
                          runner=args.runner, workers=args.workers, address=args.address or None,
                          reprocess=args.reprocess, batch_size=args.batch_size,
                          sources_file=args.sources)
    except EventsError as err:
        sys.stderr.write(f"error: {err}\n")
        return 2
    sys.stdout.write(json.dumps({"out": out, **result}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
