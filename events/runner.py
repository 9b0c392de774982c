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
from events.store import StoredArticle, stored_articles, write
from events.window import Window

log = logging.getLogger(__name__)

BATCH_SIZE = 64
"""Articles per processing batch."""
WRITE_EVERY = 512
"""Processed articles collected before one write (each write rewrites the partitions it
touches, so fewer, larger writes are cheaper; memory stays bounded by this number)."""


@dataclass
class RunSummary:
    """Counts of one run: articles by status, events and mentions written, by source."""

    articles: Counter[str] = field(default_factory=Counter)
    by_source: dict[str, Counter[str]] = field(default_factory=dict)
    events: int = 0
    mentions: int = 0
    skipped_seen: int = 0
    outside_window: int = 0
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

    def merge(self, other: RunSummary) -> None:
        """Add the counts of ``other`` into this summary."""
        self.articles.update(other.articles)
        for source, counts in other.by_source.items():
            self.by_source.setdefault(source, Counter()).update(counts)
        self.events += other.events
        self.mentions += other.mentions
        self.skipped_seen += other.skipped_seen
        self.outside_window += other.outside_window
        self.quarantined += other.quarantined

    def as_dict(self) -> dict[str, object]:
        """JSON-ready summary."""
        return {
            "ok": self.articles["ok"], "duplicate": self.articles["duplicate"],
            "quarantined": self.articles["quarantined"], "skipped_seen": self.skipped_seen,
            "outside_window": self.outside_window, "events": self.events,
            "mentions": self.mentions,
        }


@dataclass
class Selection:
    """Counts of the selection step: articles left out, and why."""

    outside_window: int = 0
    skipped_seen: int = 0


class Selector:
    """Chooses the articles to process; keeps its duplicate and story indexes across calls.

    - articles outside the ``window`` (UTC publication days) are left out *before* duplicate
      detection, so an article outside never makes one inside a duplicate;
    - stored articles with unchanged text are skipped unless ``reprocess``; ids in ``redo``
      count as new (a backfill redoes unfinished days whole);
    - exact copies (same text hash) are marked ``duplicate`` of the first: a stored ``ok``
      article is the original of its hash;
    - near-duplicates join the story of the first (``events.ingest.dedupe``).
    """

    def __init__(self, stored: list[StoredArticle], *, reprocess: bool = False,
                 redo: frozenset[str] = frozenset(), counts: Selection | None = None):
        self.reprocess = reprocess
        self.counts = counts if counts is not None else Selection()
        live = [r for r in stored if r[2] != "quarantined" and r[0] not in redo]
        self.seen = {r[0]: r[1] for r in live}
        self.by_hash: dict[str, str] = {}
        for aid, sha, _status, _story, _hash in sorted(live, key=lambda r: r[2] != "ok"):
            self.by_hash.setdefault(sha, aid)
        self.stories = StoryIndex([(story or aid, value) for aid, _, status, story, value in live
                                   if status == "ok" and value is not None])

    def known(self, article_id: str) -> bool:
        """True for a stored article that need not be fetched again (counts it as skipped)."""
        skip = not self.reprocess and article_id in self.seen
        self.counts.skipped_seen += skip
        return skip

    def select(self, articles: Iterable[Article], window: Window | None = None
               ) -> Iterator[Article]:
        """Articles in ``window`` minus already-stored unchanged ones, duplicates marked."""
        for article in articles:
            if window is not None and not window.contains(article):
                self.counts.outside_window += 1
                continue
            if article.status != "ok":
                yield article
                continue
            if not self.reprocess and self.seen.get(article.article_id) == article.text_sha256:
                self.counts.skipped_seen += 1
                continue
            first = self.by_hash.setdefault(article.text_sha256, article.article_id)
            if first != article.article_id:
                yield replace(article, status="duplicate", duplicate_of=first, story_id=first,
                              error=f"same text as {first}")
                continue
            story, value = self.stories.assign(article.article_id, article.text)
            yield replace(article, story_id=story, simhash=value)


def read_articles(sources: Iterable[Source], *, out: str | Path, reprocess: bool = False,
                  summary: RunSummary | None = None, fetcher: Fetcher | None = None,
                  window: Window | None = None) -> Iterator[Article]:
    """Articles of all sources, selected by :class:`Selector` (stored URLs are not fetched)."""
    counts = Selection()
    selector = Selector(stored_articles(out), reprocess=reprocess, counts=counts)
    for source in sources:
        yield from selector.select(read_source(source, fetcher=fetcher, skip=selector.known),
                                   window)
    if summary is not None:
        summary.skipped_seen += counts.skipped_seen
        summary.outside_window += counts.outside_window


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


def write_batch(out: str | Path, processed: list[ProcessedArticle]) -> int:
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
        pending: list[ProcessedArticle] = []
        for processed in results:
            summary.add(processed)
            pending += processed
            if len(pending) >= WRITE_EVERY:
                summary.events += write_batch(settings.out_dir, pending)
                pending = []
            if progress:
                progress(len(processed))
        if pending:
            summary.events += write_batch(settings.out_dir, pending)
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
