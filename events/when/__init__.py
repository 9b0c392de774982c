"""When, where and how many: event dates, action locations and fatality counts.

Public API (the chain calls these once per coded event)::

    resolve_date(sent, published, *, action=None) -> EventWhen
    extract_fatalities(sent, *, action=None) -> int | None
    attach_location(sent, places, *, action=None, dateline=None, focus=None)
        -> tuple[Place | None, str]

Importing this package does no work: dateparser is imported on first use.
See :mod:`events.when.dates` for the date conventions and :mod:`events.when.numbers` for the
vague-count conventions ("dozens" → 12, "several hundred" → 200, "several" alone → None).
"""

from __future__ import annotations

from events.when.dates import resolve_date
from events.when.fatalities import extract_fatalities
from events.when.location import acted_on, attach_location, find_dateline, in_clause, is_fallback

__all__ = [
    "acted_on", "attach_location", "extract_fatalities", "find_dateline", "in_clause", "is_fallback",
    "resolve_date",
]
