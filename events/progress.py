"""Progress of a run or backfill: articles done of the total, rate and ETA (and days done of
the days to do, for a backfill).

On a terminal a live bar (rich, already installed with Prefect); anywhere else a plain log
line at most every ``every`` seconds and one at the end, e.g.
``120/588 articles, 14.2/s, ETA 0:00:33 (days 3/22)``, logged on ``events.progress`` (the
CLI shows that logger on stderr; the flows send it to the Prefect run log).
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import time
from collections.abc import Callable
from typing import IO, Any, Protocol

log = logging.getLogger(__name__)

LOG_EVERY_S = 10.0
"""Seconds between two plain progress lines."""


class Progress(Protocol):
    """What the run core reports: the totals once, then articles and units as they finish."""

    def start(self, articles: int, units: int | None = None) -> None:
        """``articles`` to process; ``units`` (days or steps of a backfill) when there are."""

    def advance(self, articles: int) -> None:
        """``articles`` more were processed."""

    def unit_done(self) -> None:
        """One more unit (day) was written and recorded."""

    def close(self) -> None:
        """The run ended (also after an error)."""


class NoProgress:
    """Reports nothing."""

    def start(self, articles: int, units: int | None = None) -> None:
        return None

    def advance(self, articles: int) -> None:
        return None

    def unit_done(self) -> None:
        return None

    def close(self) -> None:
        return None


def eta_text(seconds: float | None) -> str:
    """``H:MM:SS`` of a number of seconds, ``?`` when unknown."""
    if seconds is None:
        return "?"
    return str(dt.timedelta(seconds=round(max(seconds, 0.0))))


class Counts:
    """The numbers behind a progress display: done, total, rate (articles/s) and ETA (s)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self.started = clock()
        self.total = 0
        self.done = 0
        self.units_total: int | None = None
        self.units_done = 0

    @property
    def elapsed(self) -> float:
        return max(self.clock() - self.started, 1e-9)

    @property
    def rate(self) -> float:
        """Articles per second so far."""
        return self.done / self.elapsed

    @property
    def eta(self) -> float | None:
        """Seconds left at the rate so far (None before the first article)."""
        if not self.done:
            return None
        return max(self.total - self.done, 0) / self.rate

    def line(self, final: bool = False) -> str:
        """``120/588 articles, 14.2/s, ETA 0:00:33`` (+ `` (days 3/22)``)."""
        tail = f"done in {eta_text(self.elapsed)}" if final else f"ETA {eta_text(self.eta)}"
        text = f"{self.done}/{self.total} articles, {self.rate:.1f}/s, {tail}"
        if self.units_total is not None:
            text += f" (days {self.units_done}/{self.units_total})"
        return text


class LogProgress:
    """Plain lines on a logger: when the first articles are done, then at most every
    ``every`` seconds, and at the end."""

    def __init__(self, logger: logging.Logger | logging.LoggerAdapter[Any] = log,
                 every: float = LOG_EVERY_S, clock: Callable[[], float] = time.monotonic):
        self.logger = logger
        self.every = every
        self.counts = Counts(clock)
        self._last: float | None = None
        self._closed = False

    def start(self, articles: int, units: int | None = None) -> None:
        self.counts.total, self.counts.units_total = articles, units
        self.counts.started = self.counts.clock()
        days = "" if units is None else f" in {units} days"
        self.logger.info("%d articles to do%s", articles, days)

    def advance(self, articles: int) -> None:
        self.counts.done += articles
        now = self.counts.clock()
        if self._last is None or now - self._last >= self.every:
            self._last = now
            self.logger.info("%s", self.counts.line())

    def unit_done(self) -> None:
        self.counts.units_done += 1

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.logger.info("%s", self.counts.line(final=True))


class RichProgress:
    """A live bar on a terminal (rich): articles with rate and ETA, and days for a backfill."""

    def __init__(self, stream: IO[str] | None = None):
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as Bar

        self.counts = Counts()
        self.bar = Bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                       TaskProgressColumn(), TextColumn("{task.fields[rate]}"),
                       TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                       console=Console(file=stream or sys.stderr), transient=False)
        self._articles: Any = None
        self._units: Any = None

    def start(self, articles: int, units: int | None = None) -> None:
        self.counts.total, self.counts.units_total = articles, units
        self.bar.start()
        if units is not None:
            self._units = self.bar.add_task("days", total=units, rate="")
        self._articles = self.bar.add_task("articles", total=articles, rate="")

    def advance(self, articles: int) -> None:
        self.counts.done += articles
        self.bar.update(self._articles, advance=articles, rate=f"{self.counts.rate:.1f}/s")

    def unit_done(self) -> None:
        self.counts.units_done += 1
        if self._units is not None:
            self.bar.update(self._units, advance=1)

    def close(self) -> None:
        self.bar.stop()


def for_terminal(stream: IO[str] | None = None,
                 logger: logging.Logger | logging.LoggerAdapter[Any] = log) -> Progress:
    """A live bar when ``stream`` (default stderr) is a terminal, plain log lines otherwise."""
    stream = stream or sys.stderr
    if stream.isatty():
        return RichProgress(stream)
    return LogProgress(logger)
