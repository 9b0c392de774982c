"""Turning raw records into articles; quarantining what cannot be read."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Mapping

from events.ingest.normalize import canonical_url, normalize_text, parse_published, text_sha256
from events.models import Article

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 2_000_000
"""Longer texts are quarantined (characters)."""

DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z .'\-]+(?:,\s*[A-Z][A-Za-z .'\-]+)?),\s*"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})\s*(?:\([^)]*\)\s*)?[—–-]+\s*"
)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def quarantined(article_id: str, reason: str, *, url: str = "", source_name: str = "") -> Article:
    """An article that could not be read, with the reason."""
    log.info("quarantined %s: %s", article_id, reason)
    return Article(article_id=article_id, text="", url=url, canonical_url=canonical_url(url),
                   source_name=source_name, fetched_at=_now(), status="quarantined", error=reason)


def article_from_record(record: Mapping[str, object], *, default_id: str,
                        source_name: str = "") -> Article:
    """Build an article from a JSON record ``{id, text, title?, url?, published?, source_name?}``.

    Records with no usable text are returned quarantined with the reason.
    """
    raw_id = record.get("id")
    article_id = str(raw_id) if raw_id not in (None, "") else default_id
    url = str(record.get("url") or "")
    source = str(record.get("source_name") or record.get("source") or source_name)
    text_value = record.get("text")
    if not isinstance(text_value, str):
        return quarantined(article_id, "record has no 'text' string", url=url, source_name=source)
    text = normalize_text(text_value)
    if not text:
        return quarantined(article_id, "empty text", url=url, source_name=source)
    if len(text) > MAX_TEXT_CHARS:
        return quarantined(article_id, f"text longer than {MAX_TEXT_CHARS} characters", url=url,
                           source_name=source)
    published = parse_published(record.get("published")) or _dateline_date(text)
    return Article(
        article_id=article_id,
        text=text,
        title=str(record.get("title") or ""),
        url=url,
        canonical_url=canonical_url(url),
        source_name=source,
        published=published,
        fetched_at=_now(),
        language=str(record.get("language") or "en"),
        text_sha256=text_sha256(text),
    )


def _dateline_date(text: str) -> dt.datetime | None:
    match = DATELINE.match(text)
    return parse_published(match.group("date")) if match else None
