"""The main flow: read sources, process articles in batches, write the dataset.

Each task is a thin call into ``events.runner``; batches hold tens to hundreds of
articles (never one task per article: Prefect drops task runs past a few thousand).
Run it with ``python -m flows.run [SOURCE …] [--out DIR]`` (``make run``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE

from events.config import Settings
from events.errors import TransientError
from events.ingest.sources import default_sources, parse_source
from events.models import Article
from events.runner import BATCH_SIZE, RunSummary, batched, process_batch, read_articles, write_batch


def _transient_only(task: object, task_run: object, state: object) -> bool:
    """Retry only on transient errors (network, HTTP 429/5xx); bad input is never retried."""
    try:
        state.result()  # type: ignore[attr-defined]
    except TransientError:
        return True
    except Exception:
        return False
    return False


@task(retries=3, retry_delay_seconds=[1, 5, 15], retry_condition_fn=_transient_only,
      cache_policy=NONE)
def read_batches(sources: list[str], out: str, reprocess: bool, batch_size: int
                 ) -> tuple[list[list[Article]], int]:
    """Read all sources into batches; returns (batches, already-seen articles skipped)."""
    parsed = [parse_source(s) for s in sources] if sources else default_sources()
    summary = RunSummary()
    articles = read_articles(parsed, out=Path(out), reprocess=reprocess, summary=summary)
    return list(batched(articles, batch_size)), summary.skipped_seen


@task(cache_policy=NONE)
def process_and_write(batch: list[Article], out: str, dictionaries: str | None) -> RunSummary:
    """Process one batch through the chain and write it; returns the batch's counts."""
    from events.pipeline import build_chain

    settings = Settings(out_dir=Path(out),
                        dictionaries=Path(dictionaries) if dictionaries else None)
    processed = process_batch(build_chain(settings), batch)
    summary = RunSummary()
    summary.add(processed)
    summary.events = write_batch(Path(out), processed)
    return summary


def summary_markdown(summary: RunSummary) -> str:
    """The run summary as a Markdown table (articles by status and events, by source)."""
    lines = ["| source | ok | duplicate | quarantined | events |", "|---|---|---|---|---|"]
    for source, counts in sorted(summary.by_source.items()):
        lines.append(f"| {source} | {counts['ok']} | {counts['duplicate']} | "
                     f"{counts['quarantined']} | {counts['events']} |")
    totals = summary.as_dict()
    lines.append(f"| **all** | {totals['ok']} | {totals['duplicate']} | {totals['quarantined']} | "
                 f"{totals['mentions']} |")
    return "\n".join(lines)


@flow(name="events-run", log_prints=False)
def run_flow(sources: list[str] | None = None, out: str = "data/out", reprocess: bool = False,
             batch_size: int = BATCH_SIZE, dictionaries: str | None = None) -> dict[str, object]:
    """Ingest ``sources`` (default: the bundled samples), process and write to ``out``."""
    logger = get_run_logger()
    batches, skipped = read_batches(sources or [], out, reprocess, batch_size)
    total = RunSummary(skipped_seen=skipped)
    for batch in batches:
        part = process_and_write(batch, out, dictionaries)
        total.articles.update(part.articles)
        for source, counts in part.by_source.items():
            total.by_source.setdefault(source, type(counts)()).update(counts)
        total.events += part.events
        total.mentions += part.mentions
        total.quarantined += part.quarantined
    create_markdown_artifact(summary_markdown(total), key="events-run-summary",
                             description="Articles and events of this run, by source")
    logger.info("run summary: %s", json.dumps(total.as_dict()))
    return total.as_dict()


def main(argv: list[str] | None = None) -> int:
    """Command line of the flow: ``python -m flows.run [SOURCE …] [--out DIR] [--reprocess]``."""
    parser = argparse.ArgumentParser(prog="python -m flows.run", description=__doc__)
    parser.add_argument("sources", nargs="*", help="source specs (default: bundled samples)")
    parser.add_argument("--out", default=str(Settings().out_dir))
    parser.add_argument("--reprocess", action="store_true")
    args = parser.parse_args(argv)
    result = run_flow(sources=args.sources, out=args.out, reprocess=args.reprocess)
    sys.stdout.write(json.dumps({"out": args.out, **result}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
