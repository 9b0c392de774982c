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
from urllib.parse import urljoin

import feedparser

from events.errors import EventsError, InputError
from events.ingest.html import extract_html
from events.ingest.http import Fetcher
from events.ingest.normalize import canonical_url, check_url, parse_published, safe_text, stable_id
from events.ingest.records import Origin, article_from_record, feed_title, quarantined
from events.models import Article

log = logging.getLogger(__name__)

ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
Skip = Callable[[str], bool]


def url_article_id(url: str) -> str:
    """The article id of a URL: a hash of its canonical form."""
    return Origin.of_url(url).item_id


def read_page(url: str, fetcher: Fetcher, *, source_name: str = "", title: str = "",
              published: dt.datetime | None = None, language: str = "en") -> Article:
    """Fetch one page and extract its article; failures come back quarantined (never raises)."""
    origin = Origin.of_url(url)
    try:
        response = fetcher.fetch(check_url(url))
    except EventsError as err:
        return quarantined(origin.item_id, _naming(url, err), url=url, source_name=source_name)
    if response.content_type.startswith("text/plain"):
        record: dict[str, object] = {"id": origin.item_id, "text": _text(response.body),
                                     "url": url, "title": title or None, "published": published}
        return article_from_record(record, origin=origin, source_name=source_name,
                                   language=language)
    article = extract_html(response.body, default_id=origin.item_id, origin=origin, url=url,
                           source_name=source_name)
    if article.status == "ok" and (article.published is None or not article.title):
        article = replace(article, published=article.published or published,
                          title=article.title or feed_title(title))
    return article


def _naming(url: str, err: Exception) -> str:
    """The error's message, naming the URL it is about."""
    message = str(err)
    return message if url in message else f"{safe_text(url)}: {message}"


def _text(body: bytes) -> str:
    return body.decode("utf-8", errors="replace")


def read_feed(url: str, fetcher: Fetcher, *, skip: Skip, source_name: str = "",
              language: str = "en") -> Iterator[Article]:
    """The articles of an RSS/Atom feed: each entry's page fetched and extracted."""
    feed_id = stable_id("feed", canonical_url(url) or safe_text(url))
    try:
        response = fetcher.fetch(check_url(url), revalidate=True)
    except EventsError as err:
        yield quarantined(feed_id, f"feed: {_naming(url, err)}", url=url, source_name=source_name)
        return
    if ENTITY_DECL.search(response.body[:65536]):
        yield quarantined(feed_id, "feed: XML entity declarations refused (possible XML bomb)",
                          url=url, source_name=source_name)
        return
    try:
        parsed: Any = feedparser.parse(response.body)
    except RecursionError:
        yield quarantined(feed_id, "feed: XML nested too deeply", url=url, source_name=source_name)
        return
    if parsed.bozo:  # recorded; the entries that could still be read are processed below
        yield quarantined(feed_id, f"feed: malformed feed XML ({parsed.get('bozo_exception')})",
                          url=url, source_name=source_name)
    elif not parsed.entries:
        yield quarantined(feed_id, "feed: feed has no entries", url=url, source_name=source_name)
    name = source_name or safe_text(str(parsed.feed.get("title", "")))[:300]
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        try:
            link = check_url(_absolute(url, link))
        except InputError as err:
            yield quarantined(stable_id(feed_id, str(number)),
                              f"feed {url}: entry {number}: link: {err}", url=url, source_name=name)
            continue
        if skip(url_article_id(link)):
            continue
        yield read_page(link, fetcher, source_name=name, title=str(entry.get("title", "")),
                        published=_entry_time(entry), language=language)


def _absolute(base: str, link: object) -> object:
    """A feed entry's link made absolute against the feed's URL (a malformed one as is)."""
    if not isinstance(link, str) or not link:
        return link
    try:
        return urljoin(base, link)
    except ValueError:
        return link


def _entry_time(entry: Any) -> dt.datetime | None:
    """The entry's publication time (UTC), or None when absent or no possible date (the
    page's own date is read first; this one only stands in)."""
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    try:
        year, month, day, hour, minute, second = stamp[:6]
        return parse_published(dt.datetime(year, month, day, hour, minute, second,
                                           tzinfo=dt.UTC))
    except (TypeError, ValueError, OverflowError, EventsError):
        log.info("feed entry date %s left out: no possible date", stamp)
        return None


def read_url_list(path: Path, fetcher: Fetcher, *, skip: Skip, source_name: str = "",
                  language: str = "en") -> Iterator[Article]:
    """One URL per line (blank lines and ``#`` comments ignored); an unreadable list or a
    malformed URL comes out quarantined, naming the file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        origin = Origin.of_file(path)
        yield quarantined(origin.item_id, f"{origin.label}: cannot read the URL list ({err})",
                          source_name=source_name)
        return
    for number, line in enumerate(lines, start=1):
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        try:
            check_url(url)
        except InputError as err:
            origin = Origin.of_line(path, number)
            yield quarantined(origin.item_id, f"{origin.label}: {err}", source_name=source_name)
            continue
        if not skip(url_article_id(url)):
            yield read_page(url, fetcher, source_name=source_name, language=language)
