"""Backfills over a date range: the plan of units (days, or ``step`` days) and their
batches, the ledger of finished days, and :func:`backfill`, which runs them on the run core
(:func:`events.runner.execute`) with any driver: ``events backfill`` in this process, the
Prefect backfill flow (``flows/backfill.py``) on its task runner. Both use the same plan,
ledger and core, so either one resumes what the other started and both write the same rows.

Determinism: batches are cut per unit in a fixed order and written in that order (see
:mod:`events.runner`). A unit that is not in the ledger is processed *whole* again (its
articles are not skipped as already seen): an interrupted backfill then replays exactly the
writes of an uninterrupted one, so both end with the same rows. Re-writing is idempotent
(the store merges on keys).
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import fcntl
import json
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from events.config import Settings
from events.errors import StoreError
from events.ingest.sources import default_sources, parse_source
from events.models import Article
from events.pipeline import Chain, build_chain
from events.progress import Progress
from events.runner import (
    BATCH_SIZE,
    WRITE_EVERY,
    Driver,
    LocalDriver,
    Plan,
    Reader,
    RunSummary,
    Selector,
    Unit,
    batched,
    execute,
    read_sources,
)
from events.store import stored_articles
from events.window import Window, article_day, units

log = logging.getLogger(__name__)

LEDGER_DIR = "_backfill"
LEDGER_FILE = "done.json"
LEDGER_VERSION = 1


# --------------------------------------------------------------------------- ledger


def sources_key(sources: Iterable[str]) -> str:
    """The ledger key of a list of source specs (order does not matter)."""
    specs = sorted({s.strip() for s in sources if s.strip()})
    return " ".join(specs) if specs else "(bundled samples)"


class Ledger:
    """Days finished by backfills into one output folder, per set of sources.

    ``<out>/_backfill/done.json``: ``{"version": 1, "sources": {KEY: {"days": [...],
    "updated": ISO}}}``, rewritten atomically (temporary file, fsync, rename) under a lock,
    so concurrent backfills into the same folder lose no update.
    """

    def __init__(self, out: Path, sources: Iterable[str]):
        self.folder = Path(out) / LEDGER_DIR
        self.path = self.folder / LEDGER_FILE
        self.key = sources_key(sources)

    def _read(self) -> dict[str, object]:
        if not self.path.exists():
            return {"version": LEDGER_VERSION, "sources": {}}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise StoreError(f"cannot read the backfill ledger {self.path}: {err}") from err
        if not isinstance(data, dict) or data.get("version") != LEDGER_VERSION:
            raise StoreError(f"{self.path} is not a version {LEDGER_VERSION} backfill ledger")
        return data

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        self.folder.mkdir(parents=True, exist_ok=True)
        with (self.folder / ".lock").open("a") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def done(self) -> set[dt.date]:
        """Days already finished for these sources."""
        entry = self._read()["sources"].get(self.key, {})  # type: ignore[attr-defined]
        return {dt.date.fromisoformat(d) for d in entry.get("days", [])}

    def mark(self, days: Iterable[dt.date]) -> None:
        """Record days as finished (atomic replace of the ledger file)."""
        with self._locked():
            data = self._read()
            sources: dict[str, dict[str, object]] = data["sources"]  # type: ignore[assignment]
            entry = sources.setdefault(self.key, {})
            days_before: list[str] = entry.get("days", [])  # type: ignore[assignment]
            known = set(days_before)
            entry["days"] = sorted(known | {d.isoformat() for d in days})
            entry["updated"] = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
            tmp = self.path.with_name(f".{LEDGER_FILE}.{os.getpid()}.tmp")
            try:
                with tmp.open("w", encoding="utf-8") as fh:
                    json.dump(data, fh, indent=1, sort_keys=True)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, self.path)
            except OSError as err:
                tmp.unlink(missing_ok=True)
                raise StoreError(f"cannot write the backfill ledger {self.path}: {err}") from err


# --------------------------------------------------------------------------- backfill plan


def pending_units(ledger: Ledger, start: dt.date, end: dt.date, step: int = 1,
                  redo: bool = False) -> tuple[list[Window], int]:
    """Units of start..end not yet finished (all of them when ``redo``), and the number done."""
    all_units = units(start, end, step)
    if redo:
        return all_units, 0
    done = ledger.done()
    pending = [u for u in all_units if not set(u.days()) <= done]
    return pending, len(all_units) - len(pending)


def plan_backfill(articles: Iterable[Article], pending: list[Window], *, out: str | Path,
                  batch_size: int = BATCH_SIZE, done_units: int = 0) -> Plan:
    """Assign articles to pending units, select them and cut each unit into batches.

    Articles of pending units are processed even when already stored (see module doc).
    """
    by_unit: dict[Window, list[Article]] = {w: [] for w in pending}
    plan = Plan(units=[], done_units=done_units)
    ordered = sorted(pending)
    starts = [w.start for w in ordered]
    for article in articles:
        day = article_day(article)
        if day is None:
            plan.undated += 1
            continue
        k = bisect.bisect_right(starts, day) - 1
        if k < 0 or day > ordered[k].end:
            plan.selection.outside_window += 1
            continue
        by_unit[ordered[k]].append(article)
    redo = frozenset(a.article_id for arts in by_unit.values() for a in arts)
    selector = Selector(stored_articles(out), redo=redo, counts=plan.selection)
    for window in ordered:
        kept = list(selector.select(_day_order(by_unit[window]), stories=False))
        plan.units.append(Unit(window, list(batched(kept, batch_size))))
    plan.prepare = selector.assign_stories
    return plan


def _day_order(articles: list[Article]) -> list[Article]:
    """Articles of a unit in a fixed order: by publication time, then id (stable)."""
    return sorted(articles, key=lambda a: (a.published or dt.datetime.min.replace(tzinfo=dt.UTC),
                                           a.article_id))


# --------------------------------------------------------------------------- backfill


@dataclass
class BackfillResult:
    """Outcome of a backfill: units done before, units processed now, and the counts."""

    summary: RunSummary
    units_total: int = 0
    units_done_before: int = 0
    units_processed: int = 0
    days_processed: int = 0
    batches: int = 0
    undated: int = 0
    outside_window: int = 0

    def as_dict(self) -> dict[str, object]:
        return {**self.summary.as_dict(), "units_total": self.units_total,
                "units_done_before": self.units_done_before,
                "units_processed": self.units_processed, "days_processed": self.days_processed,
                "batches": self.batches, "undated": self.undated,
                "outside_window": self.outside_window}


def backfill(specs: list[str], *, out: str | Path, start: dt.date, end: dt.date, step: int = 1,
             batch_size: int = BATCH_SIZE, redo: bool = False, chain: Chain | None = None,
             dictionaries: Path | None = None, driver: Driver | None = None,
             reader: Reader | None = None, progress: Progress | None = None,
             write_every: int = WRITE_EVERY) -> BackfillResult:
    """Process start..end unit by unit, recording each unit in the ledger when its last
    batch is written; units already recorded are skipped unless ``redo``.

    The default driver processes in this process (``events backfill``); the Prefect flow
    passes its task submission as ``driver`` and ``reader``. Raises ConfigError/StoreError
    on setup or write failures.
    """
    ledger = Ledger(Path(out), specs)
    pending, done = pending_units(ledger, start, end, step, redo)
    result = BackfillResult(summary=RunSummary(), units_done_before=done,
                            units_total=done + len(pending))
    if not pending:
        log.info("backfill %s..%s: all %d units done already; nothing to do", start, end, done)
        return result
    log.info("backfill %s..%s: %d of %d units to do", start, end, len(pending),
             result.units_total)
    sources = [parse_source(s) for s in specs] if specs else default_sources()
    if reader is not None:
        articles, _ = reader(sources, None)
    else:
        articles, _ = read_sources(sources)
    plan = plan_backfill(articles, pending, out=out, batch_size=batch_size, done_units=done)
    if driver is None:
        settings = Settings(out_dir=out, dictionaries=dictionaries)
        driver = LocalDriver(chain or build_chain(settings))
    result.summary = execute(plan, driver, out, mark=lambda w: ledger.mark(w.days()),
                             progress=progress, write_every=write_every)
    result.units_processed = len(plan.units)
    result.days_processed = sum(len(u.window.days()) for u in plan.units if u.window)
    result.batches = len(plan.batches)
    result.undated, result.outside_window = plan.undated, plan.selection.outside_window
    return result
