"""The Prefect driver of the run core: tasks, the task-runner switch, and the summary
artifacts.

The flows do not loop over batches themselves: :func:`events.runner.run` and
:func:`events.backfill.backfill` plan, order, write and record the work, and
:class:`PrefectDriver` only says how a batch is processed (a ``process-batch`` task on the
task runner: threads, a local or remote Dask cluster, Ray) and written (a ``write-batch``
task), and how sources are read (one ``read-source`` task each, in parallel). Work is cut
into batches of articles (never one task per article: Prefect drops task runs past a few
thousand per flow).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from prefect import get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NONE
from prefect.task_runners import ThreadPoolTaskRunner

from events.config import Settings
from events.errors import ConfigError, TransientError
from events.ingest.sources import Source
from events.models import Article, ProcessedArticle
from events.runner import RunSummary, process_batch, read_sources, write_processed

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


@task(name="read-source", cache_policy=NONE)
def read_source_task(source: Source, stored_in: str | None = None) -> tuple[list[Article], int]:
    """All articles of one source, unselected; URLs of articles stored under ``stored_in`` are
    not fetched again. Returns the articles and the number of stored URLs skipped.

    No Prefect retries here: the library's fetcher retries each request (429/5xx, connection
    errors, with backoff), and what still fails comes back quarantined with the reason, to be
    tried again by the next run (docs/reliability.md); the task itself never sees a
    transient error.
    """
    return read_sources([source], stored_in)


_CHAIN_LOCK = threading.Lock()


def chain_for(dictionaries: str | None) -> Any:
    """The chain of this process (built once; threads wait instead of building it twice)."""
    from events.pipeline import build_chain

    with _CHAIN_LOCK:
        return build_chain(Settings(dictionaries=Path(dictionaries) if dictionaries else None))


@task(name="process-batch", cache_policy=NONE)
def process_task(batch: list[Article], dictionaries: str | None) -> list[ProcessedArticle]:
    """Run the chain over one batch (a failing article is quarantined, not raised); returns
    what the write task needs (:meth:`ProcessedArticle.for_store`)."""
    return [p.for_store() for p in process_batch(chain_for(dictionaries), batch)]


@task(name="write-batch", retries=2, retry_delay_seconds=[1, 5],
      retry_condition_fn=_transient_only, cache_policy=NONE)
def write_task(out: str, processed: list[list[ProcessedArticle]]) -> RunSummary:
    """Write processed batches to the dataset in one write; returns their counts."""
    return write_processed(out, processed)


class PrefectDriver:
    """Submits the run core's batches as Prefect tasks on ``task_runner``.

    A write task receives the futures of the batches it writes, so on a cluster the processed
    rows go from the worker that made them to the worker that writes them, not through the
    flow's process; the flow only waits for them and gets the counts back.
    """

    def __init__(self, task_runner: Any, *, dictionaries: str | None = None, workers: int = 1):
        self.task_runner = task_runner
        self.dictionaries = dictionaries
        self.ahead = max(2, 2 * workers)

    def process(self, batch: list[Article]) -> Any:
        return self.task_runner.submit(process_task, {"batch": batch,
                                                      "dictionaries": self.dictionaries})

    def wait(self, handle: Any) -> None:
        handle.wait()

    def write(self, out: str | Path, handles: list[Any]) -> RunSummary:
        written: RunSummary = self.task_runner.submit(
            write_task, {"out": str(out), "processed": handles}).result()
        return written

    def read(self, sources: Sequence[Source], stored_in: str | Path | None
             ) -> tuple[list[Article], int]:
        """Read all sources in parallel (one task each), articles in the order of the
        sources."""
        stored = str(stored_in) if stored_in is not None else None
        futures = [self.task_runner.submit(read_source_task, {"source": absolute(s),
                                                              "stored_in": stored})
                   for s in sources]
        results = [f.result() for f in futures]
        return [a for articles, _ in results for a in articles], sum(n for _, n in results)


def absolute(source: Source) -> Source:
    """``source`` with a local path made absolute: a task may run in another working
    directory (a Dask worker), which must see the same path (a shared filesystem)."""
    if source.kind in {"file", "dir", "urls"}:
        return replace(source, target=str(Path(source.target).resolve()))
    return source


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


# --------------------------------------------------------------------------- summary


def summary_markdown(summary: RunSummary, title: str = "Run summary",
                     extra: dict[str, object] | None = None) -> str:
    """The run summary as Markdown: articles by status and events, by source, then totals."""
    lines = [f"## {title}", "",
             "| source | ok | duplicate | quarantined | events | mentions |",
             "|---|---|---|---|---|---|"]
    for row in summary.source_rows():
        lines.append(f"| {row['source']} | {row['ok']} | {row['duplicate']} | "
                     f"{row['quarantined']} | {row['events']} | {row['mentions']} |")
    totals = summary.as_dict()
    lines.append(f"| **all** | {totals['ok']} | {totals['duplicate']} | {totals['quarantined']} | "
                 f"{totals['events']} | {totals['mentions']} |")
    lines += ["", f"Events written: **{totals['events']}** (distinct; an event several sources "
              f"report counts once in all); mentions written: {totals['mentions']}; "
              f"already stored, skipped: {totals['skipped_seen']}."]
    for key, value in (extra or {}).items():
        lines.append(f"- {key.replace('_', ' ')}: {value}")
    return "\n".join(lines)


def publish_summary(result: dict[str, object], summary: RunSummary, *, key: str, title: str,
                    extra: dict[str, object] | None = None) -> None:
    """End a flow run: a table artifact (per source: ok, duplicate, quarantined, events,
    mentions), a Markdown artifact, and one log line with the same numbers."""
    create_table_artifact([*summary.source_rows(), {"source": "(all)", **{
        k: result[k] for k in ("ok", "duplicate", "quarantined", "events", "mentions")}}],
        key=f"{key}-table", description=f"{title}: articles and events by source")
    create_markdown_artifact(summary_markdown(summary, title, extra), key=key,
                             description=f"{title}: articles and events by source")
    get_run_logger().info("%s: %s", title.lower(), json.dumps(result, default=str))
