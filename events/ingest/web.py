"""Remote sources: RSS/Atom feeds (feedparser), single URLs and URL lists.

Every failure becomes a quarantined article with the reason (feed-level failures under a
``feed:`` id), so a run goes on and nothing is silently dropped. Articles already in the
dataset are skipped before their page is fetched.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import feedparser

from events.errors import EventsError
from events.ingest.html import extract_html
from events.ingest.http import Fetcher
from events.ingest.normalize import canonical_url, stable_id
from events.ingest.records import article_from_record, quarantined
from events.models import Article

log = logging.getLogger(__name__)

ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
Skip = Callable[[str], bool]


def url_article_id(url: str) -> str:
    """The article id of a URL: a hash of its canonical form."""
    return stable_id("url", canonical_url(url))


def read_page(url: str, fetcher: Fetcher, *, source_name: str = "", title: str = "",
              published: dt.datetime | None = None, language: str = "en") -> Article:
    """Fetch one page and extract its article; failures come back quarantined."""
    article_id = url_article_id(url)
    try:
        response = fetcher.fetch(url)
    except EventsError as err:
        return quarantined(article_id, str(err), url=url, source_name=source_name)
    if response.content_type.startswith("text/plain"):
        record: dict[str, object] = {"id": article_id, "text": _text(response.body),
                                     "url": url, "title": title, "published": published,
                                     "language": language}
        return article_from_record(record, default_id=article_id, source_name=source_name)
    article = extract_html(response.body, default_id=article_id, url=url, source_name=source_name)
    if article.status == "ok" and (article.published is None or not article.title):
        article = replace(article, published=article.published or published,
                          title=article.title or title)
    return article


def _text(body: bytes) -> str:
    return body.decode("utf-8", errors="replace")


def read_feed(url: str, fetcher: Fetcher, *, skip: Skip, source_name: str = "",
              language: str = "en") -> Iterator[Article]:
    """The articles of an RSS/Atom feed: each entry's page fetched and extracted."""
    feed_id = stable_id("feed", canonical_url(url))
    try:
        response = fetcher.fetch(url, revalidate=True)
    except EventsError as err:
        yield quarantined(feed_id, f"feed: {err}", url=url, source_name=source_name)
        return
    if ENTITY_DECL.search(response.body[:65536]):
        yield quarantined(feed_id, "feed: XML entity declarations refused (possible XML bomb)",
                          url=url, source_name=source_name)
        return
    parsed: Any = feedparser.parse(response.body)
    if parsed.bozo:  # recorded; the entries that could still be read are processed below
        yield quarantined(feed_id, f"feed: malformed feed XML ({parsed.get('bozo_exception')})",
                          url=url, source_name=source_name)
    elif not parsed.entries:
        yield quarantined(feed_id, "feed: feed has no entries", url=url, source_name=source_name)
    name = source_name or str(parsed.feed.get("title", ""))
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        if not link:
            yield quarantined(stable_id(feed_id, str(number)), f"feed entry {number} has no link",
                              url=url, source_name=name)
            continue
        if skip(url_article_id(link)):
            continue
        yield read_page(link, fetcher, source_name=name, title=str(entry.get("title", "")),
                        published=_entry_time(entry), language=language)


def _entry_time(entry: Any) -> dt.datetime | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    year, month, day, hour, minute, second = stamp[:6]
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=dt.UTC)


def read_url_list(path: Path, fetcher: Fetcher, *, skip: Skip, source_name: str = "",
                  language: str = "en") -> Iterator[Article]:
    """One URL per line (blank lines and ``#`` comments ignored)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        url = line.strip()
        if url and not url.startswith("#") and not skip(url_article_id(url)):
            yield read_page(url, fetcher, source_name=source_name, language=language)
