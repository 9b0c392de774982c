"""Date windows of publication days: parsing bounds, membership, and cutting ranges into units."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from events.errors import ConfigError
from events.models import Article


@dataclass(frozen=True, order=True)
class Window:
    """An inclusive range of UTC calendar days of publication."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ConfigError(f"empty date window: end {self.end} is before start {self.start}")

    def contains(self, article: Article) -> bool:
        """True when the article's publication day (UTC) is in the window."""
        day = article_day(article)
        return day is not None and self.start <= day <= self.end

    def days(self) -> list[dt.date]:
        """All days of the window, in order."""
        count = (self.end - self.start).days + 1
        return [self.start + dt.timedelta(days=i) for i in range(count)]

    def __str__(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}..{self.end}"


def parse_day(value: str | dt.date | None, what: str = "date") -> dt.date | None:
    """``YYYY-MM-DD`` (or a date, or None) → date. Raises ConfigError on anything else."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError as err:
        raise ConfigError(f"{what} {value!r} is not a date; use YYYY-MM-DD (e.g. 2022-09-30)"
                          ) from err


def window_of(start: str | dt.date | None, end: str | dt.date | None) -> Window | None:
    """The window of optional bounds (an open side is unbounded); None when both are open."""
    first, last = parse_day(start, "start"), parse_day(end, "end")
    if first is None and last is None:
        return None
    return Window(first or dt.date.min, last or dt.date.max)


def closed_window(start: str | dt.date | None, end: str | dt.date | None) -> Window:
    """The window ``start``..``end`` (both required, inclusive). Raises ConfigError (one line,
    saying what is allowed) for a missing or malformed bound or an end before the start."""
    first, last = parse_day(start, "start"), parse_day(end, "end")
    if first is None or last is None:
        raise ConfigError("a date range needs both --start and --end (YYYY-MM-DD)")
    if last < first:
        raise ConfigError(f"the range is reversed: --end {last} is before --start {first}; "
                          "give --start on or before --end")
    return Window(first, last)


def article_day(article: Article) -> dt.date | None:
    """The UTC day an article was published (None when it has no publication time)."""
    if article.published is None:
        return None
    stamp = article.published
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(dt.UTC)
    return stamp.date()


def units(start: dt.date, end: dt.date, step: int = 1) -> list[Window]:
    """Consecutive windows of ``step`` days covering start..end (the last one may be shorter)."""
    if step < 1:
        raise ConfigError(f"step must be at least one day, not {step}")
    out: list[Window] = []
    day = start
    while day <= end:
        last = min(day + dt.timedelta(days=step - 1), end)
        out.append(Window(day, last))
        day = last + dt.timedelta(days=1)
    return out
