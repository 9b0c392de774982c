"""Fuzzing the ingest boundary: whatever comes in, a reader returns articles that can be
stored, and never raises (JSON lines, record fields, dates, URLs, feed XML, HTML pages).

Every test counts its cases in ``CASES`` (printed by ``make fuzz``). Every fetch here goes
through a fake resolver and a fake network (``_FETCHER``): the generated addresses, private
ones included, are only looked at, never connected to."""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import tempfile
from pathlib import Path
from typing import Any

import httpcore
import pyarrow as pa
from hypothesis import given
from hypothesis import strategies as st

from events.errors import EventsError, InputError
from events.ingest.files import parse_json_line, read_jsonl
from events.ingest.html import extract_html
from events.ingest.http import Fetcher, FetchPolicy, Response
from events.ingest.normalize import (
    EARLIEST_PUBLISHED,
    FUTURE_SLACK,
    canonical_url,
    check_url,
    parse_published,
)
from events.ingest.records import Origin, article_from_record
from events.ingest.web import read_feed
from events.models import Article, ProcessedArticle
from events.pipeline import article_row
from schemas.tables import arrow_schema
from tests.fuzz.conftest import CASES

ANY_CHAR = st.characters(exclude_categories=())  # surrogates and control characters too
ANY_TEXT = st.text(ANY_CHAR, max_size=80)
JSON_SCALAR = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), ANY_TEXT)
JSON_VALUE = st.recursive(JSON_SCALAR, lambda inner: st.lists(inner, max_size=3)
                          | st.dictionaries(ANY_TEXT, inner, max_size=3), max_leaves=8)
DATE_TEXT = st.one_of(
    st.from_regex(r"\A[+-]?\d{1,5}-\d{1,2}-\d{1,2}(T\d{1,2}:\d{1,2}(:\d{1,2})?)?"
                  r"(Z|[+-]\d{2}:\d{2})?\Z"),
    st.from_regex(r"\A\d{1,2}/\d{1,2}/\d{1,4}\Z"),
    st.from_regex(r"\A\d{1,2} (Jan|Feb|Sept|Dec)[a-z]* \d{1,5}\Z"),
    st.sampled_from(["NaN", "Infinity", "-1e308", "yesterday", "0000-00-00", "31/02/2022"]),
)
PUBLISHED = st.one_of(JSON_VALUE, DATE_TEXT, st.floats(), st.integers(),
                      st.datetimes(timezones=st.timezones()))
LABEL = st.text(st.characters(categories=("Ll", "Nd"), include_characters="-_"), min_size=0,
                max_size=70)
HOST = st.one_of(
    st.lists(LABEL, min_size=1, max_size=4).map(".".join),
    st.ip_addresses().map(lambda a: f"[{a}]" if a.version == 6 else str(a)),
    st.sampled_from(["[::1", "::1]", "[::ffff:10.0.0.1]", "xn--", "a..b", ""]), ANY_TEXT,
)
URL = st.one_of(
    st.builds(lambda scheme, host, port, path: f"{scheme}://{host}{port}/{path}",
              st.sampled_from(["http", "https", "HTTP", "ftp", "file", "javascript", ""]), HOST,
              st.one_of(st.just(""), st.integers(-5, 120_000).map(lambda p: f":{p}"),
                        ANY_TEXT.map(lambda t: ":" + t)), ANY_TEXT),
    ANY_TEXT,
)
RECORD = st.fixed_dictionaries({}, optional={
    "id": st.one_of(JSON_VALUE, st.text(ANY_CHAR, min_size=1, max_size=300)),
    "text": st.one_of(JSON_VALUE, st.text(ANY_CHAR, max_size=2000)),
    "title": JSON_VALUE, "url": st.one_of(JSON_VALUE, URL), "published": PUBLISHED,
    "source_name": JSON_VALUE, "source": JSON_VALUE, "language": JSON_VALUE,
})


def assert_storable(article: Article) -> None:
    """A reader's article: ok with a text, or quarantined with a reason; every string
    encodable; the row fits the articles table."""
    assert article.status in {"ok", "quarantined"}
    if article.status == "quarantined":
        assert article.error and not article.text
    else:
        assert article.text and not article.error
        if article.published is not None:
            latest = dt.datetime.now(dt.UTC) + FUTURE_SLACK
            assert EARLIEST_PUBLISHED <= article.published <= latest
    row = article_row(ProcessedArticle(article=article))
    pa.Table.from_pylist([row], arrow_schema("articles"))  # raises when the row does not fit
    for value in row.values():
        if isinstance(value, str):
            value.encode("utf-8")


@given(RECORD)
def test_any_record_becomes_a_storable_article(record: dict[str, Any]) -> None:
    CASES["record"] += 1
    assert_storable(article_from_record(record, origin=Origin("fuzz:1", "fuzz-1")))


@given(st.one_of(ANY_TEXT, RECORD.map(lambda r: json.dumps(r, ensure_ascii=False,
                                                            default=str)),
                 st.integers(1, 20_000).map(lambda n: "[" * n + "]" * n)))
def test_any_json_line_becomes_a_storable_article(line: str) -> None:
    CASES["json_line"] += 1
    assert_storable(parse_json_line(line, origin=Origin("fuzz:1", "fuzz-1")))


@given(st.lists(st.binary(max_size=200), max_size=6))
def test_any_bytes_in_a_jsonl_file_are_read(lines: list[bytes]) -> None:
    CASES["jsonl_bytes"] += 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.jsonl"
        path.write_bytes(b"\n".join(lines))
        articles = list(read_jsonl(path))
    for article in articles:
        assert_storable(article)
    quarantined = [a.article_id for a in articles if a.status == "quarantined"]
    assert len(quarantined) == len(set(quarantined))


@given(PUBLISHED)
def test_parse_published_returns_a_possible_time_or_refuses(value: object) -> None:
    CASES["published"] += 1
    try:
        parsed = parse_published(value)
    except InputError:
        return
    assert parsed is None or (parsed.tzinfo == dt.UTC and parsed >= EARLIEST_PUBLISHED)


PAGE_BODY = b"<html><body><p>" + b"Troops shelled the city on Tuesday. " * 3 + b"</p></body></html>"
RESPONSE = st.one_of(
    st.just(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n"
            % len(PAGE_BODY) + PAGE_BODY),
    st.builds(lambda status, location: f"HTTP/1.1 {status} X\r\nLocation: {location}\r\n"
              "Content-Length: 0\r\n\r\n".encode("utf-8", "replace"),
              st.sampled_from([301, 302, 303, 307, 308]), URL),
    st.builds(lambda status, headers, body: f"HTTP/1.1 {status} X\r\n{headers}\r\n\r\n".encode(
        "utf-8", "replace") + body, st.integers(100, 999), st.sampled_from(
        ["Retry-After: 99999999999", "Retry-After: x", "Content-Length: -1",
         "Content-Length: 5", "Content-Encoding: gzip", "Transfer-Encoding: chunked",
         "Content-Type: image/png"]), st.binary(max_size=40)),
    st.binary(max_size=80),
)


class _FakeNetwork(httpcore.NetworkBackend):
    """Answers every connection with :attr:`response` (set by the test)."""

    response = b""

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None, socket_options: Any = None
                    ) -> httpcore.NetworkStream:
        return httpcore.MockStream([self.response])


_NETWORK = _FakeNetwork()
_FETCHER = Fetcher(FetchPolicy(attempts=2, backoff=0), resolver=lambda host, port: [
    ipaddress.ip_address("93.184.216.34")], network=_NETWORK, sleep=lambda _s: None)


@given(URL, RESPONSE)
def test_any_url_and_response_is_fetched_or_refused(url: str, response: bytes) -> None:
    CASES["url"] += 1
    canonical_url(url)
    Origin.of_url(url)
    try:
        checked = check_url(url)
    except InputError:
        return
    assert canonical_url(checked).startswith(("http://", "https://"))
    _NETWORK.response = response
    try:
        _FETCHER.fetch(checked)
    except EventsError:
        pass


ITEM = st.builds(
    lambda title, link, date, extra: (f"<item><title>{title}</title><link>{link}</link>"
                                      f"<pubDate>{date}</pubDate>{extra}</item>"),
    ANY_TEXT, URL, st.one_of(DATE_TEXT, ANY_TEXT), st.sampled_from(["", "<guid>1</guid>", "<"]))
FEED = st.builds(
    lambda items, cut, junk: ('<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
                              + "".join(items) + "</channel></rss>").encode(
                                  "utf-8", "replace")[:cut] + junk,
    st.lists(ITEM, max_size=4), st.integers(0, 5000), st.binary(max_size=20))


class _FakeFetcher:
    """The feed at any URL it is asked for first, pages after."""

    def __init__(self, feed: bytes, page: bytes) -> None:
        self.feed, self.page = feed, page

    def fetch(self, url: str, *, revalidate: bool = False) -> Response:
        body = self.feed if revalidate else self.page
        return Response(url, 200, "application/rss+xml" if revalidate else "text/html", body)


TAG = st.sampled_from(["p", "div", "article", "title", "h1", "script", "meta", "a", "br", "html",
                       "body", "head", "!--", "![CDATA[", "?xml"])
HTML = st.lists(st.one_of(
    st.builds(lambda t, a: f"<{t}{a}>", TAG, st.sampled_from(
        ["", ' property="article:published_time" content="2022-13-01"', ' href="http://[::1/"',
         ' content="0000-00-00"', " lang=xx"])),
    TAG.map(lambda t: f"</{t}>"), ANY_TEXT, st.just("Troops shelled the city on Tuesday. " * 3),
), max_size=30).map("".join)


@given(FEED, HTML)
def test_any_feed_gives_storable_articles(feed: bytes, page: str) -> None:
    CASES["feed"] += 1
    fetcher = _FakeFetcher(feed, page.encode("utf-8", "replace"))
    for article in read_feed("http://news.example/feed.xml", fetcher,  # type: ignore[arg-type]
                             skip=lambda _id: False):
        assert_storable(article)


@given(st.one_of(HTML.map(lambda h: h.encode("utf-8", "replace")), st.binary(max_size=500)))
def test_any_html_page_gives_a_storable_article(page: bytes) -> None:
    CASES["html"] += 1
    assert_storable(extract_html(page, default_id="p", origin=Origin("fuzz.html", "fuzz-html"),
                                 url="http://news.example/a"))
