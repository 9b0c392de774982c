"""URL checks and canonicalisation, hashing, and publication dates."""

from __future__ import annotations

import datetime as dt

import pytest

from events.errors import InputError
from events.ingest.normalize import (
    canonical_url,
    check_url,
    normalize_text,
    parse_published,
    safe_text,
    text_sha256,
)

NOW = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)


def test_canonical_url_drops_tracking_and_fragment() -> None:
    url = "HTTPS://www.Example.org/a/b/?utm_source=x&id=3&fbclid=y#top"
    assert canonical_url(url) == "https://example.org/a/b?id=3"


def test_canonical_url_keeps_non_default_port() -> None:
    assert canonical_url("http://127.0.0.1:8080/feed.xml") == "http://127.0.0.1:8080/feed.xml"


def test_canonical_url_keeps_ipv6_brackets() -> None:
    assert canonical_url("http://[::1]:8080/a") == "http://[::1]:8080/a"


@pytest.mark.parametrize("url", ["http://x.org:99999/a", "http://[::1/"])
def test_canonical_url_of_a_malformed_url_is_empty(url: str) -> None:
    assert canonical_url(url) == ""


def test_check_url_accepts_and_strips_a_good_url() -> None:
    assert check_url("  https://news.example/a?b=1 ") == "https://news.example/a?b=1"


@pytest.mark.parametrize(("url", "reason"), [
    ("http://news.example:99999/a", "Port out of range"), ("http://[::1/", "IPv6"),
    ("http://" + "a" * 64 + ".example/", "label"), ("http://a..b/", "domain"),
    ("http://xn--/", "domain"), ("http://ꭰ.example/", "domain"),
    ("http://news.example/\ud800", "surrogate"), ("http://news .example/", "spaces"),
    ("ftp://news.example/", "only http and https"), ("http:///a", "no host"),
    ("news.example/a", "only http"), (42, "not a string"), ("http://x/" + "a" * 5000, "longer"),
])
def test_check_url_refuses_malformed_urls_with_the_reason(url: object, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        check_url(url)


def test_text_hash_ignores_case_and_spacing() -> None:
    assert text_sha256("Troops  shelled\nKharkiv") == text_sha256("troops shelled kharkiv")


def test_normalize_text_drops_control_characters_and_lone_surrogates() -> None:
    assert normalize_text("a\x00b\r\n\n\n\nc\ud800") == "ab\n\nc"


def test_safe_text_escapes_lone_surrogates() -> None:
    assert safe_text("id-\ud800") == "id-\\ud800"


def test_parse_published_iso_with_offset_is_utc() -> None:
    assert parse_published("2022-09-30T09:00:00+02:00") == dt.datetime(2022, 9, 30, 7, tzinfo=dt.UTC)


@pytest.mark.parametrize(("value", "day"), [
    ("13 September 2022", dt.date(2022, 9, 13)), ("Sept. 13, 2022", dt.date(2022, 9, 13)),
    ("Thu, 15 Sep 2022 08:00:00 GMT", dt.date(2022, 9, 15)), ("2022-09-15", dt.date(2022, 9, 15)),
    (1663228800, dt.date(2022, 9, 15)), ("1663228800", dt.date(2022, 9, 15)),
    (dt.date(2022, 9, 15), dt.date(2022, 9, 15)),
])
def test_parse_published_reads_common_forms(value: object, day: dt.date) -> None:
    parsed = parse_published(value, now=NOW)
    assert parsed is not None and parsed.date() == day and parsed.tzinfo == dt.UTC


@pytest.mark.parametrize("value", [None, "", "   "])
def test_parse_published_absent_is_none(value: object) -> None:
    assert parse_published(value) is None


@pytest.mark.parametrize("value", [
    "31/02/2022", "0000-00-00", "2022-13-01", "2022-02-30T10:00:00Z", 1e308, float("nan"),
    float("inf"), -float("inf"), "NaN", "Infinity", "9999-12-31T23:00:00-05:00", "1799-12-31",
    "2031-01-01", "not a date at all", "yesterday", "in 3 days", "September", True, [2022, 9, 1],
    {"year": 2022}, "1" * 400,
])
def test_parse_published_refuses_impossible_dates_with_a_reason(value: object) -> None:
    with pytest.raises(InputError):
        parse_published(value, now=NOW)


def test_thirteenth_month_is_never_read_as_january() -> None:
    with pytest.raises(InputError, match="2022-13-01"):
        parse_published("2022-13-01", now=NOW)
