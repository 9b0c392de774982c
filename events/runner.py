"""The run core: read → select → plan → process → write → mark, written once.

Two drivers share it. The plain CLI (``events run``, ``events backfill``) processes batches
in this process or in a pool of worker processes; the Prefect flows (``flows/``) submit them
as tasks to threads, a Dask or a Ray cluster. A driver only chooses *how* batches are
processed and written (:class:`Driver`) and how sources are read (a :data:`Reader`); the
plan, the order of the writes, the ledger marks, the counts and the progress are the same
for all of them, so either driver resumes what the other started and writes the same rows.

Determinism: the store keeps the attributes of an event from the *last* write that names
it, so the rows depend on how articles are cut into batches and writes. Batches are cut in
a fixed order (per unit, see :mod:`events.backfill`), processed in parallel, and written
one after the other in that order, :data:`WRITE_EVERY` articles at most per write and
always at the end of a unit.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import gc
import logging
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from events.config import Settings
from events.ingest.dedupe import StoryIndex
from events.models import Article, ProcessedArticle
from events.pipeline import Chain, article_row, build_chain
from events.progress import NoProgress, Progress
from events.stages import should_raise, stage_failed
from events.window import Window

if TYPE_CHECKING:  # the readers, the fetcher and the store are imported where they are used:
    # `events code` processes a batch with this module and needs none of them
    from events.ingest.http import Fetcher
    from events.ingest.sources import Source
    from events.store import StoredArticle

log = logging.getLogger(__name__)

BATCH_SIZE = 64
"""Articles per processing batch (one task of a flow)."""
POOL_BATCH_SIZE = 16
"""Articles per batch given to a worker process of ``events run --workers N``: small batches
keep the workers equally busy to the end (64-article batches left one of two workers idle
for a third of a 300-article run); it divides :data:`WRITE_EVERY`, so the writes, and the
rows, are those of a one-process run."""
TAPER_SIZE = 4
"""Articles per batch of the last batches of a run with worker processes (:func:`taper`);
its last few batches hold one article each: the workers then end within about one
article's processing time of each other (at ~20 articles/s per worker, an expected gap of
~0.03 s instead of ~0.1 s with pieces of four)."""
WRITE_EVERY = 512
"""Processed articles collected before one write (fewer, larger writes are cheaper; memory
stays bounded by this number plus the batches in flight)."""


# --------------------------------------------------------------------------- counts


@dataclass
class RunSummary:
    """Counts of one run: articles by status and by source, and the events and mentions it
    wrote. Events are counted once however many writes name them (the ids are kept), so
    the numbers equal the rows a run into an empty folder stores."""

    articles: Counter[str] = field(default_factory=Counter)
    by_source: dict[str, Counter[str]] = field(default_factory=dict)
    event_ids: set[str] = field(default_factory=set)
    source_events: dict[str, set[str]] = field(default_factory=dict)
    mentions: int = 0
    skipped_seen: int = 0
    outside_window: int = 0
    quarantined: list[tuple[str, str]] = field(default_factory=list)

    @property
    def events(self) -> int:
        """Distinct events written."""
        return len(self.event_ids)

    def add(self, processed: Iterable[ProcessedArticle]) -> None:
        """Count processed articles (as they are written)."""
        for p in processed:
            a = p.article
            source = a.source_name or "(none)"
            self.articles[a.status] += 1
            self.by_source.setdefault(source, Counter())[a.status] += 1
            ids = {str(row["event_id"]) for row in p.mentions}
            self.event_ids |= ids
            self.source_events.setdefault(source, set()).update(ids)
            self.by_source[source]["mentions"] += len(p.mentions)
            self.mentions += len(p.mentions)
            if a.status == "quarantined":
                self.quarantined.append((a.article_id, a.error))

    def merge(self, other: RunSummary) -> None:
        """Add the counts of ``other`` into this summary."""
        self.articles.update(other.articles)
        for source, counts in other.by_source.items():
            self.by_source.setdefault(source, Counter()).update(counts)
        self.event_ids |= other.event_ids
        for source, ids in other.source_events.items():
            self.source_events.setdefault(source, set()).update(ids)
        self.mentions += other.mentions
        self.skipped_seen += other.skipped_seen
        self.outside_window += other.outside_window
        self.quarantined += other.quarantined

    def source_rows(self) -> list[dict[str, object]]:
        """One row per source: ok, duplicate, quarantined, events (distinct), mentions."""
        rows: list[dict[str, object]] = []
        for source, counts in sorted(self.by_source.items()):
            rows.append({"source": source, "ok": counts["ok"], "duplicate": counts["duplicate"],
                         "quarantined": counts["quarantined"],
                         "events": len(self.source_events.get(source, ())),
                         "mentions": counts["mentions"]})
        return rows

    def as_dict(self) -> dict[str, object]:
        """JSON-ready summary."""
        return {
            "ok": self.articles["ok"], "duplicate": self.articles["duplicate"],
            "quarantined": self.articles["quarantined"], "skipped_seen": self.skipped_seen,
            "outside_window": self.outside_window, "events": self.events,
            "mentions": self.mentions,
        }


# --------------------------------------------------------------------------- selection


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

    def select(self, articles: Iterable[Article], window: Window | None = None, *,
               stories: bool = True) -> Iterator[Article]:
        """Articles in ``window`` minus already-stored unchanged ones, duplicates marked;
        without ``stories`` the near-duplicate stories are left to :meth:`assign_stories`
        (the caller must pass it the articles in the order they come out)."""
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
            yield self._with_story(article) if stories else article

    def assign_stories(self, articles: list[Article]) -> list[Article]:
        """The articles, each ``ok`` one in the story :class:`StoryIndex` assigns it (in the
        order given; articles of :meth:`select` ``stories=False``)."""
        return [self._with_story(a) if a.status == "ok" and not a.story_id else a
                for a in articles]

    def _with_story(self, article: Article) -> Article:
        story, value = self.stories.assign(article.article_id, article.text)
        return replace(article, story_id=story, simhash=value)


# --------------------------------------------------------------------------- reading


Reader = Callable[[Sequence["Source"], "str | Path | None"], tuple[list[Article], int]]
"""How a driver reads sources: ``(sources, stored_in) -> (articles, stored URLs skipped)``;
with ``stored_in``, URLs of articles stored there are not fetched again."""


def make_fetcher(settings: Settings) -> Fetcher:
    """The HTTP fetcher of a run: cache under the settings' cache folder, its deadlines and
    allowed networks from the settings."""
    from events.ingest.http import Fetcher, FetchPolicy

    return Fetcher(FetchPolicy.from_settings(settings), cache_dir=settings.cache_dir)


def read_sources(sources: Sequence[Source], stored_in: str | Path | None = None, *,
                 settings: Settings | None = None) -> tuple[list[Article], int]:
    """All articles of ``sources`` in order, unselected (bad records come out quarantined);
    with ``stored_in``, URLs of the articles stored there are not fetched again. Returns the
    articles and the number of stored URLs skipped. Raises ConfigError/InputError for a
    source that cannot be read at all."""
    from events.ingest.sources import read_source
    from events.store import stored_articles

    stored = {row[0] for row in stored_articles(stored_in)} if stored_in is not None else set()
    skipped = 0

    def skip(article_id: str) -> bool:
        nonlocal skipped
        skipped += article_id in stored
        return article_id in stored

    with make_fetcher(settings or Settings()) as fetcher:
        articles = [a for source in sources for a in read_source(source, fetcher=fetcher, skip=skip)]
    return articles, skipped


def read_articles(sources: Iterable[Source], *, out: str | Path, reprocess: bool = False,
                  summary: RunSummary | None = None, fetcher: Fetcher | None = None,
                  window: Window | None = None) -> Iterator[Article]:
    """Articles of all sources as they are read, selected by :class:`Selector` (stored URLs
    are not fetched)."""
    from events.ingest.sources import read_source
    from events.store import stored_articles

    counts = Selection()
    selector = Selector(stored_articles(out), reprocess=reprocess, counts=counts)
    for source in sources:
        yield from selector.select(read_source(source, fetcher=fetcher, skip=selector.known),
                                   window)
    if summary is not None:
        summary.skipped_seen += counts.skipped_seen
        summary.outside_window += counts.outside_window


# --------------------------------------------------------------------------- the plan


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


@dataclass
class Unit:
    """A part of the plan that is finished as a whole: a day (or ``step`` days) of a
    backfill, or the whole of a run (``window`` None); its batches in write order."""

    window: Window | None
    batches: list[list[Article]] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return sum(len(b) for b in self.batches)


@dataclass
class Plan:
    """What a run or backfill has to do: units with their batches, and what was left out."""

    units: list[Unit]
    selection: Selection = field(default_factory=Selection)
    undated: int = 0
    done_units: int = 0
    read_skipped: int = 0
    prepare: Callable[[list[Article]], list[Article]] | None = None
    """Applied to each batch, in plan order, as it is handed to the driver: the stories of
    near-duplicates (:meth:`Selector.assign_stories`) are found then, while earlier batches
    are processed, not before the first batch can start."""

    @property
    def articles(self) -> int:
        return sum(u.articles for u in self.units)

    @property
    def batches(self) -> list[tuple[Unit, list[Article]]]:
        return [(u, b) for u in self.units for b in u.batches]


def plan_run(articles: Iterable[Article], *, out: str | Path, window: Window | None = None,
             reprocess: bool = False, batch_size: int = BATCH_SIZE) -> Plan:
    """The plan of a run: one unit, the selected articles (see :class:`Selector`) in batches."""
    from events.store import stored_articles

    plan = Plan(units=[])
    selector = Selector(stored_articles(out), reprocess=reprocess, counts=plan.selection)
    selected = selector.select(articles, window, stories=False)
    plan.units.append(Unit(None, list(batched(selected, batch_size))))
    plan.prepare = selector.assign_stories
    return plan


def taper(plan: Plan, batches: int, size: int = TAPER_SIZE) -> None:
    """Cut the plan's last ``batches`` batches into batches of ``size`` articles, so that
    parallel workers finish together: with whole batches, one worker idled for about half a
    batch at the end of every run. The cuts fall inside batches: when the batches are cut
    at multiples of the write size, every write (and row) stays where it was."""
    if not plan.units or batches <= 0:
        return
    last = plan.units[-1]
    keep, cut = last.batches[:-batches], last.batches[-batches:]
    last.batches = [*keep, *(b[i:i + size] for b in cut for i in range(0, len(b), size))]


# --------------------------------------------------------------------------- drivers


def process_batch(chain: Chain, articles: list[Article]) -> list[ProcessedArticle]:
    """Run the chain over a batch; an article whose processing fails is quarantined with the
    reason (through the stage-error hook, :func:`events.stages.stage_failed`, which raises
    instead when set to)."""
    try:
        return list(chain.process(articles))
    except Exception as err:  # noqa: BLE001 - one bad article must not lose the batch
        if should_raise():
            raise
        log.warning("a batch of %d articles failed (%s); processing them one by one",
                    len(articles), type(err).__name__)
    results: list[ProcessedArticle] = []
    for article in articles:
        try:
            results.extend(chain.process([article]))
        except Exception as err:  # noqa: BLE001 - quarantined with the reason, the run goes on
            note = stage_failed("chain", err, where=article.article_id)
            bad = replace(article, status="quarantined", error=f"processing failed: {note}")
            results.append(ProcessedArticle(article=bad))
    return results


def write_processed(out: str | Path, batches: Sequence[list[ProcessedArticle]]) -> RunSummary:
    """Write processed batches to the dataset in one write; returns their counts."""
    from events.store import write

    processed = [p for batch in batches for p in batch]
    counts = RunSummary()
    counts.add(processed)
    write(out,
          articles=[article_row(p) for p in processed],
          events=[row for p in processed for row in p.events],
          mentions=[row for p in processed for row in p.mentions])
    return counts


class Driver(Protocol):
    """How batches are processed and written; the run core decides what and in which order.

    ``ahead`` is how many batches may be in processing beyond the one the writer waits for.
    """

    ahead: int

    def process(self, batch: list[Article]) -> Any:
        """Start processing ``batch``; returns a handle."""

    def wait(self, handle: Any) -> None:
        """Block until the batch of ``handle`` is processed."""

    def write(self, out: str | Path, handles: list[Any]) -> RunSummary:
        """Write the processed batches of ``handles`` in one write (blocking); their counts."""


class LocalDriver:
    """Everything in this process, one batch after the other."""

    ahead = 0

    def __init__(self, chain: Chain):
        self.chain = chain

    def process(self, batch: list[Article]) -> list[ProcessedArticle]:
        return process_batch(self.chain, batch)

    def wait(self, handle: Any) -> None:
        return None

    def write(self, out: str | Path, handles: list[Any]) -> RunSummary:
        return write_processed(out, handles)


_WORKER_CHAIN: Chain | None = None


def _freeze_before_fork() -> None:
    """Freeze the garbage collector's view of this process's objects before worker
    processes are forked from it (``gc.freeze``, as CPython's documentation advises before
    ``fork``): a worker's collections then never walk the objects it inherited (a chain
    built here, its caches), which would touch, and so copy, their memory pages in every
    worker. They stay frozen here too, as a chain's objects are once built
    (:func:`events.pipeline.build_chain`): cyclic garbage among them is never collected."""
    gc.freeze()


WORKER_TRIM_BYTES = 256 * 1024 * 1024
"""Freed heap memory a worker process keeps for its next batch instead of handing it back
to the kernel (glibc's ``M_TRIM_THRESHOLD``; its default is 128 KiB, raised on the fly to at
most 64 MiB). Parsing a batch takes and frees 64-256 MB at the top of the heap: handed back,
it came back one page fault per 4 KiB page in the next batch (300 LGL articles on two
workers: 312k page faults and 1.05 s of kernel time; kept: 84k and 0.4-0.56 s, the same
peak of 463 MB a worker). The parent is left as the caller made it."""
_M_TRIM_THRESHOLD = -1  # glibc's malloc.h


def _keep_freed_memory(limit: int = WORKER_TRIM_BYTES) -> None:
    """Let this (worker) process keep up to ``limit`` bytes of freed heap (see
    :data:`WORKER_TRIM_BYTES`); nothing where the C library has no ``mallopt`` (not glibc)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # musl and others: keep their own policy
        return
    if not mallopt(_M_TRIM_THRESHOLD, ctypes.c_int(limit)):
        log.debug("mallopt(M_TRIM_THRESHOLD) refused; the worker trims its heap as before")


def _worker_init(settings: Settings) -> None:
    global _WORKER_CHAIN
    _keep_freed_memory()
    _WORKER_CHAIN = build_chain(settings)


def _worker_ready() -> None:
    """Nothing: submitted once to start the workers before the first batch is ready."""


def _worker_process(batch: list[Article]) -> list[ProcessedArticle]:
    assert _WORKER_CHAIN is not None, "worker not initialised"
    return [p.for_store() for p in process_batch(_WORKER_CHAIN, batch)]


class PoolDriver:
    """Batches processed by ``workers`` processes (each builds its chain once); writes in
    this process. Use as a context manager (it owns the pool)."""

    def __init__(self, settings: Settings, workers: int):
        self.ahead = 2 * workers
        self.pool = ProcessPoolExecutor(workers, initializer=_worker_init, initargs=(settings,))
        _freeze_before_fork()
        self.pool.submit(_worker_ready)  # start (fork) the workers and their chains now

    def __enter__(self) -> PoolDriver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.pool.shutdown(cancel_futures=True)

    def process(self, batch: list[Article]) -> Future[list[ProcessedArticle]]:
        return self.pool.submit(_worker_process, batch)

    def wait(self, handle: Any) -> None:
        handle.exception()

    def write(self, out: str | Path, handles: list[Any]) -> RunSummary:
        return write_processed(out, [h.result() for h in handles])


# --------------------------------------------------------------------------- the core


@functools.cache
def _system_arrow_pool() -> None:
    """Arrow allocates through the C library's allocator in a run. Its default pool
    (mimalloc) keeps the memory of one write for the next: over a long run the resident
    memory crept up write after write (an 800-article run writing every 200, two runs each:
    peak +10-11 % from the first write to the last with mimalloc, +8.6-9.4 % with the
    system allocator, and 10 MB lower)."""
    import pyarrow

    pyarrow.set_memory_pool(pyarrow.system_memory_pool())


def execute(plan: Plan, driver: Driver, out: str | Path, *,
            mark: Callable[[Window], None] | None = None, progress: Progress | None = None,
            write_every: int = WRITE_EVERY) -> RunSummary:
    """Process the plan's batches on ``driver`` and write them in plan order.

    At most ``driver.ahead`` batches are processed ahead of the writer; processed batches
    are written together up to ``write_every`` articles and always at the end of a unit,
    after which ``mark(unit.window)`` records the unit (backfills). Raises what the driver
    raises for a failed write (StoreError); bad articles are quarantined, not raised.
    """
    progress = progress or NoProgress()
    prepare = plan.prepare or (lambda batch: batch)
    _system_arrow_pool()
    summary = RunSummary()
    steps: list[tuple[Unit, list[Article] | None]] = [
        step for unit in plan.units for step in [*((unit, b) for b in unit.batches), (unit, None)]]
    handles: dict[int, Any] = {}
    submitted = 0
    group: list[Any] = []
    grouped = 0

    def flush() -> None:
        nonlocal group, grouped
        if group:
            summary.merge(driver.write(out, group))
        group, grouped = [], 0

    progress.start(plan.articles, len(plan.units) if mark is not None else None)
    try:
        for i, (unit, batch) in enumerate(steps):
            # the current batch and at most `ahead` later ones are in processing
            while submitted < len(steps) and (
                    submitted <= i or sum(k > i for k in handles) < driver.ahead):
                later = steps[submitted][1]
                if later is not None:
                    handles[submitted] = driver.process(prepare(later))
                submitted += 1
            if batch is None:  # end of a unit: write what it processed, then record it
                flush()
                if mark is not None and unit.window is not None:
                    mark(unit.window)
                    progress.unit_done()
                continue
            handle = handles.pop(i)
            driver.wait(handle)
            progress.advance(len(batch))
            group.append(handle)
            grouped += len(batch)
            if grouped >= write_every:
                flush()
    finally:
        progress.close()
    summary.skipped_seen += plan.selection.skipped_seen + plan.read_skipped
    summary.outside_window += plan.selection.outside_window
    return summary


def run(sources: Sequence[Source] | None = None, *, settings: Settings | None = None,
        reprocess: bool = False, chain: Chain | None = None, workers: int = 1,
        batch_size: int | None = None, window: Window | None = None,
        progress: Progress | None = None, driver: Driver | None = None,
        reader: Reader | None = None, write_every: int = WRITE_EVERY) -> RunSummary:
    """Ingest, process and write ``sources`` (default: the bundled samples) into
    ``settings.out_dir``: what ``events run`` and the main flow run.

    The default driver processes in this process (``workers`` > 1: in that many worker
    processes, each building its chain once); ``driver``/``reader`` replace it (the flows
    pass Prefect task submission). ``batch_size``: articles per batch (default
    :data:`BATCH_SIZE`, :data:`POOL_BATCH_SIZE` with worker processes). Returns the run
    summary; raises ConfigError/StoreError on setup or write failures (bad articles are
    quarantined, not raised).
    """
    from events.ingest.sources import default_sources

    settings = settings or Settings()
    out = settings.out_dir
    read = reader or _local_reader(settings)
    pooled = driver is None and workers > 1
    size = batch_size or (POOL_BATCH_SIZE if pooled else BATCH_SIZE)
    with contextlib.ExitStack() as stack:
        if pooled:  # the workers build their chains while this process reads
            driver = stack.enter_context(PoolDriver(settings, workers))
        articles, skipped = read(list(sources or default_sources()), None if reprocess else out)
        plan = plan_run(articles, out=out, window=window, reprocess=reprocess, batch_size=size)
        plan.read_skipped = skipped
        if pooled and write_every % size == 0:  # (then the writes stay where they were)
            taper(plan, 2 * workers)  # the last 2N batches in pieces of TAPER_SIZE,
            taper(plan, workers, size=1)  # the last N pieces one article each
        driver = driver or LocalDriver(chain or build_chain(settings))
        summary = execute(plan, driver, out, progress=progress, write_every=write_every)
    log.info("run finished: %s", summary.as_dict())
    return summary


def _local_reader(settings: Settings) -> Reader:
    def read(sources: Sequence[Source], stored_in: str | Path | None) -> tuple[list[Article], int]:
        return read_sources(sources, stored_in, settings=settings)

    return read
