"""Main text and metadata from HTML pages, with trafilatura."""

from __future__ import annotations

import logging
from typing import Any

import trafilatura

from events.ingest.normalize import stable_id
from events.ingest.records import article_from_record, quarantined
from events.models import Article

log = logging.getLogger(__name__)

MIN_TEXT_CHARS = 40
"""A page whose extracted main text is shorter than this (characters) is quarantined."""


def extract_html(data: bytes, *, default_id: str, url: str = "", source_name: str = "") -> Article:
    """Extract title, published date, author, language and main text from an HTML page.

    Pages with no extractable text are returned quarantined with the reason.
    """
    try:
        html = data.decode("utf-8")
    except UnicodeDecodeError:
        html = data.decode("latin-1")
    try:
        doc = trafilatura.bare_extraction(html, url=url or None, with_metadata=True,
                                          include_comments=False, favor_precision=True)
    except Exception as err:  # trafilatura raises many foreign types on broken markup
        log.debug("trafilatura failed on %s", default_id, exc_info=True)
        return quarantined(default_id, f"HTML extraction failed: {type(err).__name__}", url=url)
    meta: dict[str, Any] = {}
    if doc is not None:
        meta = doc if isinstance(doc, dict) else doc.as_dict()
    title = str(meta.get("title") or "").strip()
    text = _paragraphs(str(meta.get("text") or ""), title)
    if len(text) < MIN_TEXT_CHARS:
        return quarantined(default_id, f"no main text in the HTML page ({len(text)} characters)",
                           url=url)
    record = {
        "id": default_id,
        "text": text,
        "title": title,
        "url": url or meta.get("url") or "",
        "published": meta.get("date"),
        "source_name": source_name or meta.get("sitename") or "",
        "language": meta.get("language") or "en",
    }
    if url:
        record["id"] = stable_id("url", url)
    return article_from_record(record, default_id=default_id, source_name=source_name)


def _paragraphs(text: str, title: str) -> str:
    """trafilatura's text with its blocks as paragraphs (a blank line between them, as in
    the other inputs) and without a first line that repeats the title (so a dateline opens
    the text, and headline and story are not read as one paragraph)."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    return "\n\n".join(lines)
