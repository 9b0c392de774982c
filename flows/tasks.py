"""Prefect tasks shared by the flows, the task-runner switch, and the run summary artifact.

Every task is a thin call into the library. Work is cut into batches of articles (tens to
hundreds; never one task per article: Prefect drops task runs past a few thousand per flow).
Batches are processed in parallel on the chosen task runner and *written in order* (see
``events.backfill``: the rows then do not depend on which batch finishes first).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from prefect import get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE
from prefect.task_runners import ThreadPoolTaskRunner

from events.config import Settings
from events.errors import ConfigError, TransientError
from events.models import Article, ProcessedArticle
from events.runner import RunSummary, process_batch, write_batch

RUNNERS = ("threads", "dask", "ray")
DEFAULT_WORKERS = 2


def _transient_only(task: object, task_run: object, state: object) -> bool:
    """Retry only on transient errors (network, HTTP 429/5xx); bad input is never retried."""
    try:
        state.result()  # type: ignore[attr-defined]
    except TransientError:
        return True
    except Exception:
        return False
    return False


# --------------------------------------------------------------------------- tasks


@task(name="read-source", retries=3, retry_delay_seconds=[1, 5, 15],
      retry_condition_fn=_transient_only, cache_policy=NONE)
def read_source_task(spec: str | None, out: str | None = None) -> tuple[list[Article], int]:
    """All articles of one source spec (None: the bundled samples), unselected, except that
    URLs of articles already stored under ``out`` are not fetched again; returns the articles
    and the number of stored URLs skipped.

    One task per source: a transient failure retries that source only, and the library's
    fetcher (per-host limit, on-disk page cache keyed by URL) serves the pages that were
    fetched before the failure from its cache, so a retry refetches nothing that succeeded.
    """
    from events.ingest.sources import default_sources, parse_source, read_source
    from events.runner import make_fetcher
    from events.store import stored_articles

    sources = [parse_source(spec)] if spec else default_sources()
    stored = {row[0] for row in stored_articles(out)} if out else set()
    skipped = 0

    def skip(article_id: str) -> bool:
        nonlocal skipped
        skipped += article_id in stored
        return article_id in stored

    with make_fetcher(Settings()) as fetcher:
        articles = [a for source in sources for a in read_source(source, fetcher=fetcher, skip=skip)]
    return articles, skipped


_CHAIN_LOCK = threading.Lock()


def chain_for(dictionaries: str | None) -> Any:
    """The chain of this process (built once; threads wait instead of building it twice)."""
    from events.pipeline import build_chain

    with _CHAIN_LOCK:
        return build_chain(Settings(dictionaries=Path(dictionaries) if dictionaries else None))


@task(name="process-batch", cache_policy=NONE)
def process_task(batch: list[Article], dictionaries: str | None) -> list[ProcessedArticle]:
    """Run the chain over one batch (a failing article is quarantined, not raised)."""
    return process_batch(chain_for(dictionaries), batch)


@task(name="write-batch", retries=2, retry_delay_seconds=[1, 5],
      retry_condition_fn=_transient_only, cache_policy=NONE)
def write_task(out: str, processed: list[ProcessedArticle]) -> RunSummary:
    """Merge one processed batch into the dataset; returns the batch's counts."""
    summary = RunSummary()
    summary.add(processed)
    summary.events = write_batch(out, processed)
    return summary


# --------------------------------------------------------------------------- task runners


def make_task_runner(runner: str = "threads", workers: int = DEFAULT_WORKERS,
                     address: str | None = None) -> Any:
    """A Prefect task runner: ``threads`` (default), ``dask`` or ``ray``.

    With an ``address`` Dask/Ray connect to that cluster (``tcp://host:8786``,
    ``ray://host:10001``); without, a local cluster of ``workers`` processes is started,
    listening on 127.0.0.1 only, without dashboard.
    """
    workers = max(1, int(workers))
    if runner == "threads":
        return ThreadPoolTaskRunner(max_workers=workers)
    if runner == "dask":
        try:
            from prefect_dask import DaskTaskRunner
        except ImportError as err:
            raise ConfigError("runner 'dask' needs prefect-dask: pip install prefect-dask") from err
        if address:
            return DaskTaskRunner(address=address)
        return DaskTaskRunner(cluster_class="distributed.LocalCluster", cluster_kwargs={
            "n_workers": workers, "threads_per_worker": 1, "processes": True,
            "host": "127.0.0.1", "dashboard_address": None})
    if runner == "ray":
        try:
            from prefect_ray import RayTaskRunner
        except ImportError as err:
            raise ConfigError("runner 'ray' needs prefect-ray: pip install prefect-ray") from err
        if address:
            return RayTaskRunner(address=address)
        return RayTaskRunner(init_kwargs={"num_cpus": workers, "include_dashboard": False,
                                          "_node_ip_address": "127.0.0.1"})
    raise ConfigError(f"unknown task runner {runner!r}; one of {', '.join(RUNNERS)}")


def read_sources(task_runner: Any, specs: Sequence[str], out: str | None = None
                 ) -> tuple[list[Article], int]:
    """Read all sources in parallel (one task each), articles in the order of the specs;
    with ``out``, stored URLs are not fetched again. Returns the articles and how many stored
    URLs were skipped."""
    wanted: list[str | None] = [*specs] if specs else [None]
    futures = [task_runner.submit(read_source_task, {"spec": spec, "out": out})
               for spec in wanted]
    results = [f.result() for f in futures]
    return [a for articles, _ in results for a in articles], sum(n for _, n in results)


def process_in_order(task_runner: Any, batches: Sequence[list[Article]], out: str,
                     dictionaries: str | None, workers: int,
                     on_written: Callable[[int, RunSummary], None] | None = None) -> RunSummary:
    """Process batches in parallel and write them one after the other, in order.

    At most ``2 × workers`` processed batches wait for their write, so memory stays bounded
    however long the run. ``on_written(i, counts)`` is called after batch ``i`` is written.
    """
    total = RunSummary()
    ahead = max(2, 2 * workers)
    futures: dict[int, Any] = {}
    submitted = 0
    for i in range(len(batches)):
        while submitted < len(batches) and submitted <= i + ahead:
            futures[submitted] = task_runner.submit(
                process_task, {"batch": batches[submitted], "dictionaries": dictionaries})
            submitted += 1
        written = task_runner.submit(write_task, {"out": out, "processed": futures.pop(i)})
        part: RunSummary = written.result()
        total.merge(part)
        if on_written:
            on_written(i, part)
    return total


# --------------------------------------------------------------------------- summary


def summary_markdown(summary: RunSummary, title: str = "Run summary",
                     extra: dict[str, object] | None = None) -> str:
    """The run summary as Markdown: articles by status and events, by source, then totals."""
    lines = [f"## {title}", "",
             "| source | ok | duplicate | quarantined | event mentions |", "|---|---|---|---|---|"]
    for source, counts in sorted(summary.by_source.items()):
        lines.append(f"| {source} | {counts['ok']} | {counts['duplicate']} | "
                     f"{counts['quarantined']} | {counts['events']} |")
    totals = summary.as_dict()
    lines.append(f"| **all** | {totals['ok']} | {totals['duplicate']} | {totals['quarantined']} | "
                 f"{totals['mentions']} |")
    lines += ["", f"Events written (rows merged): **{totals['events']}**; "
              f"already stored, skipped: {totals['skipped_seen']}."]
    for key, value in (extra or {}).items():
        lines.append(f"- {key.replace('_', ' ')}: {value}")
    return "\n".join(lines)


def publish_summary(result: dict[str, object], summary: RunSummary, *, key: str, title: str,
                    extra: dict[str, object] | None = None) -> None:
    """End a flow run: a Markdown artifact and one log line with the same numbers."""
    create_markdown_artifact(summary_markdown(summary, title, extra), key=key,
                             description=f"{title}: articles and events by source")
    get_run_logger().info("%s: %s", title.lower(), json.dumps(result, default=str))
