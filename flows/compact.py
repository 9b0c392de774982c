"""The compaction flow: merge the small files that runs append into few large ones.

Rows never change; readers keep reading while it runs (it is one more snapshot commit) and
writers wait for it. ``flows.serve`` deploys it on a daily schedule
(``events-compact/compact``); ``python -m flows.compact [--out DIR]`` runs it once
(``make compact`` calls the plain CLI, ``events compact``).
"""

from __future__ import annotations

import argparse
import json
import sys

from prefect import flow, task
from prefect.cache_policies import NONE

from events.config import Settings, dataset_location
from flows.tasks import _transient_only

DEFAULT_CRON = "30 3 * * *"
"""Daily at 03:30 (server time zone)."""


@task(name="compact-dataset", retries=2, retry_delay_seconds=[5, 30],
      retry_condition_fn=_transient_only, cache_policy=NONE)
def compact_task(out: str) -> dict[str, object]:
    """Compact the dataset at ``out``; returns the summary (files before/after, snapshot)."""
    from events.store import compact

    return compact(dataset_location(out)).as_dict()


@flow(name="events-compact", log_prints=False)
def compact_flow(out: str | None = None) -> dict[str, object]:
    """Compact the dataset at ``out`` (a folder or an fsspec URL; default: the library's
    output folder, ``EVENTS_OUT`` or ``data/out``)."""
    return compact_task(out or str(Settings().out_dir))


def main(argv: list[str] | None = None) -> int:
    """Run the compaction flow once; prints its summary as JSON."""
    parser = argparse.ArgumentParser(prog="python -m flows.compact", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=None,
                        help="output folder or fsspec URL (default: EVENTS_OUT, else data/out)")
    args = parser.parse_args(argv)
    print(json.dumps(compact_flow(out=args.out)))  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
