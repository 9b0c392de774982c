"""URL canonicalisation, hashing and date parsing."""

from __future__ import annotations

import datetime as dt

from events.ingest.normalize import canonical_url, normalize_text, parse_published, text_sha256


def test_canonical_url_drops_tracking_and_fragment() -> None:
    url = "HTTPS://www.Example.org/a/b/?utm_source=x&id=3&fbclid=y#top"
    assert canonical_url(url) == "https://example.org/a/b?id=3"


def test_canonical_url_keeps_non_default_port() -> None:
    assert canonical_url("http://127.0.0.1:8080/feed.xml") == "http://127.0.0.1:8080/feed.xml"


def test_text_hash_ignores_case_and_spacing() -> None:
    assert text_sha256("Troops  shelled\nKharkiv") == text_sha256("troops shelled kharkiv")


def test_normalize_text_drops_control_characters() -> None:
    assert normalize_text("a\x00b\r\n\n\n\nc") == "ab\n\nc"


def test_parse_published_iso_with_offset_is_utc() -> None:
    assert parse_published("2022-09-30T09:00:00+02:00") == dt.datetime(2022, 9, 30, 7, tzinfo=dt.UTC)


def test_parse_published_free_text() -> None:
    parsed = parse_published("13 September 2022")
    assert parsed is not None and parsed.date() == dt.date(2022, 9, 13)


def test_parse_published_garbage_is_none() -> None:
    assert parse_published("not a date at all") is None
