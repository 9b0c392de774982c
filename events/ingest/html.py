"""Main text and metadata from HTML pages, with trafilatura."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from events.errors import InputError
from events.ingest.normalize import check_url, parse_published, shown
from events.ingest.records import Origin, article_from_record, quarantined
from events.models import Article

log = logging.getLogger(__name__)

MIN_TEXT_CHARS = 40
"""A page whose extracted main text is shorter than this (characters) is quarantined."""


def extract_html(data: bytes, *, default_id: str, origin: Origin, url: str = "",
                 source_name: str = "") -> Article:
    """Extract title, published date, author, language and main text from an HTML page.

    Pages with no extractable text are returned quarantined (under ``origin.item_id``) with
    the reason. A publication date in the page's metadata that is no possible date is left
    out and noted in ``stage_errors``. Never raises.
    """
    try:
        html = data.decode("utf-8")
    except UnicodeDecodeError:
        html = data.decode("latin-1")
    import trafilatura  # imported here: 0.15 s that `events code` on JSON lines never needs

    try:
        doc = trafilatura.bare_extraction(html, url=url or None, with_metadata=True,
                                          include_comments=False, favor_precision=True)
    except RecursionError:
        return quarantined(origin.item_id, f"{origin.label}: HTML nested too deeply", url=url,
                           source_name=source_name)
    except Exception as err:  # noqa: BLE001 - trafilatura raises many foreign types on broken markup
        log.debug("trafilatura failed on %s", origin.label, exc_info=True)
        return quarantined(origin.item_id, f"{origin.label}: HTML extraction failed: "
                           f"{type(err).__name__}", url=url, source_name=source_name)
    meta: dict[str, Any] = {}
    if doc is not None:
        meta = doc if isinstance(doc, dict) else doc.as_dict()
    title = str(meta.get("title") or "").strip()
    text = _paragraphs(str(meta.get("text") or ""), title)
    if len(text) < MIN_TEXT_CHARS:
        return quarantined(origin.item_id, f"{origin.label}: no main text in the HTML page "
                           f"({len(text)} characters)", url=url, source_name=source_name)
    published, note = _page_date(meta.get("date"))
    record = {
        "id": default_id,
        "text": text,
        "title": title,
        "url": url or _page_url(meta.get("url")),
        "published": published,
        "source_name": source_name or meta.get("sitename") or None,
        "language": meta.get("language") or None,
    }
    article = article_from_record(record, origin=origin, source_name=source_name)
    return replace(article, stage_errors=(*article.stage_errors, note)) if note else article


def _page_date(value: object) -> tuple[object, str]:
    """The page's own publication date, or None and a note when it is no possible date."""
    try:
        return parse_published(value), ""
    except InputError as err:
        return None, f"ingest: the page's date {shown(value)} is left out ({err})"


def _page_url(value: object) -> str:
    """The page's own (canonical link) URL when it is a valid http(s) URL, else ""."""
    try:
        return check_url(value) if value else ""
    except InputError:
        return ""


def _paragraphs(text: str, title: str) -> str:
    """trafilatura's text with its blocks as paragraphs (a blank line between them, as in
    the other inputs) and without a first line that repeats the title (so a dateline opens
    the text, and headline and story are not read as one paragraph)."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    return "\n\n".join(lines)
