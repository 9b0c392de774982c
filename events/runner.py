"""Run the chain over sources and write the dataset: the work behind ``events run``.

The flows in ``flows/`` call :func:`read_articles`, :func:`process_batch` and
:func:`write_batch` as separate tasks; :func:`run` chains them in one process.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from events.config import Settings
from events.ingest.dedupe import StoryIndex
from events.ingest.http import Fetcher, FetchPolicy
from events.ingest.sources import Source, default_sources, read_source
from events.models import Article, ProcessedArticle
from events.pipeline import Chain, article_row, build_chain
from events.store import existing_articles, write

log = logging.getLogger(__name__)

BATCH_SIZE = 64
"""Articles per processing batch (and per write)."""


@dataclass
class RunSummary:
    """Counts of one run: articles by status, events and mentions written, by source."""

    articles: Counter[str] = field(default_factory=Counter)
    by_source: dict[str, Counter[str]] = field(default_factory=dict)
    events: int = 0
    mentions: int = 0
    skipped_seen: int = 0
    quarantined: list[tuple[str, str]] = field(default_factory=list)

    def add(self, processed: Iterable[ProcessedArticle]) -> None:
        """Count processed articles."""
        for p in processed:
            a = p.article
            self.articles[a.status] += 1
            source = self.by_source.setdefault(a.source_name or "(none)", Counter())
            source[a.status] += 1
            source["events"] += len(p.mentions)
            self.mentions += len(p.mentions)
            if a.status == "quarantined":
                self.quarantined.append((a.article_id, a.error))

    def as_dict(self) -> dict[str, object]:
        """JSON-ready summary."""
        return {
            "ok": self.articles["ok"], "duplicate": self.articles["duplicate"],
            "quarantined": self.articles["quarantined"], "skipped_seen": self.skipped_seen,
            "events": self.events, "mentions": self.mentions,
        }


def read_articles(sources: Iterable[Source], *, out: Path, reprocess: bool = False,
                  summary: RunSummary | None = None,
                  fetcher: Fetcher | None = None) -> Iterator[Article]:
    """Articles from all sources: exact copies marked ``duplicate``, near-duplicates joined to
    their story, and articles already stored (unchanged) skipped unless ``reprocess`` — for
    URLs before their page is fetched."""
    seen = existing_articles(out)
    by_hash = {sha: aid for aid, sha in seen.text_hash.items()}
    stories = StoryIndex(seen.stories)
    counts = summary or RunSummary()

    def skip(article_id: str) -> bool:
        known = not reprocess and article_id in seen.text_hash
        counts.skipped_seen += known
        return known

    for source in sources:
        for article in read_source(source, fetcher=fetcher, skip=skip):
            if article.status != "ok":
                yield article
                continue
            if not reprocess and seen.text_hash.get(article.article_id) == article.text_sha256:
                counts.skipped_seen += 1
                continue
            first = by_hash.setdefault(article.text_sha256, article.article_id)
            if first != article.article_id:
                yield replace(article, status="duplicate", duplicate_of=first, story_id=first,
                              error=f"same text as {first}")
                continue
            story, value = stories.assign(article.article_id, article.text)
            yield replace(article, story_id=story, simhash=value)


def batched(items: Iterable[Article], size: int = BATCH_SIZE) -> Iterator[list[Article]]:
    """Split an iterable into lists of at most ``size``."""
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def process_batch(chain: Chain, articles: list[Article]) -> list[ProcessedArticle]:
    """Run the chain over a batch; an article whose processing fails is quarantined."""
    try:
        return list(chain.process(articles))
    except Exception:  # one bad article must not lose the batch: retry one by one
        log.exception("batch failed; processing its articles one by one")
    results: list[ProcessedArticle] = []
    for article in articles:
        try:
            results.extend(chain.process([article]))
        except Exception as err:
            log.exception("article %s failed", article.article_id)
            bad = replace(article, status="quarantined", error=f"processing failed: {err!r}"[:500])
            results.append(ProcessedArticle(article=bad))
    return results


def write_batch(out: Path, processed: list[ProcessedArticle]) -> int:
    """Write a processed batch to the dataset; returns the number of event rows written."""
    summary = write(
        out,
        articles=[article_row(p) for p in processed],
        events=[row for p in processed for row in p.events],
        mentions=[row for p in processed for row in p.mentions],
    )
    return summary.rows.get("events", 0)


def run(sources: list[Source] | None = None, *, settings: Settings | None = None,
        reprocess: bool = False, chain: Chain | None = None, workers: int = 1,
        batch_size: int = BATCH_SIZE, progress: Callable[[int], None] | None = None
        ) -> RunSummary:
    """Ingest, process and write all sources (default: the bundled samples) into
    ``settings.out_dir``. ``workers > 1`` processes batches in that many processes (each
    builds its own chain once); writing stays in this process, in input order.

    Returns the run summary; raises ConfigError/StoreError on setup or write failures
    (bad articles are quarantined, not raised).
    """
    settings = settings or Settings()
    summary = RunSummary()
    with make_fetcher(settings) as fetcher:
        articles = read_articles(sources or default_sources(), out=settings.out_dir,
                                 reprocess=reprocess, summary=summary, fetcher=fetcher)
        batches = batched(articles, batch_size)
        if workers > 1:
            results = _parallel(batches, settings, workers)
        else:
            local = chain or build_chain(settings)
            results = (process_batch(local, batch) for batch in batches)
        for processed in results:
            summary.add(processed)
            summary.events += write_batch(settings.out_dir, processed)
            if progress:
                progress(len(processed))
    log.info("run finished: %s", summary.as_dict())
    return summary


def _worker_init(settings: Settings) -> None:
    global _WORKER_CHAIN
    _WORKER_CHAIN = build_chain(settings)


_WORKER_CHAIN: Chain | None = None


def _worker_process(batch: list[Article]) -> list[ProcessedArticle]:
    assert _WORKER_CHAIN is not None, "worker not initialised"
    return process_batch(_WORKER_CHAIN, batch)


def _parallel(batches: Iterable[list[Article]], settings: Settings, workers: int
              ) -> Iterator[list[ProcessedArticle]]:
    """Process batches in ``workers`` processes, at most 2 × workers batches in flight,
    yielding results in input order."""
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    with ProcessPoolExecutor(workers, initializer=_worker_init, initargs=(settings,)) as pool:
        pending: deque[Future[list[ProcessedArticle]]] = deque()
        for batch in batches:
            pending.append(pool.submit(_worker_process, batch))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def make_fetcher(settings: Settings) -> Fetcher:
    """The HTTP fetcher of a run: cache under the settings' cache folder, private addresses
    only when allowed."""
    policy = FetchPolicy(allow_private=settings.allow_private)
    return Fetcher(policy, cache_dir=settings.cache_dir)
