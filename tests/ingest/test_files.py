"""Local ingest: JSONL, text and HTML files; bad input is quarantined with a reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from events.errors import InputError
from events.ingest.files import read_html, read_jsonl, read_path, read_text

GOOD = b'{"id": "k1", "text": "Russian troops shelled Kharkiv.", "published": "2022-09-15T10:00:00Z"}'


def _jsonl(tmp_path: Path, *lines: bytes) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_jsonl_good_line_becomes_ok_article(tmp_path: Path) -> None:
    (article,) = read_jsonl(_jsonl(tmp_path, GOOD))
    assert (article.article_id, article.status) == ("k1", "ok")
    assert article.published == dt.datetime(2022, 9, 15, 10, tzinfo=dt.UTC)


def test_jsonl_not_json_is_quarantined_with_line_number(tmp_path: Path) -> None:
    articles = list(read_jsonl(_jsonl(tmp_path, GOOD, b"this is not json")))
    assert [a.status for a in articles] == ["ok", "quarantined"]
    assert articles[1].error.startswith("in.jsonl:2: not JSON")


def test_jsonl_empty_text_is_quarantined(tmp_path: Path) -> None:
    (article,) = read_jsonl(_jsonl(tmp_path, b'{"id": "e", "text": "   "}'))
    assert (article.status, article.error) == ("quarantined", "empty text")


def test_jsonl_binary_line_is_quarantined(tmp_path: Path) -> None:
    (article,) = read_jsonl(_jsonl(tmp_path, b"\xff\xfe\x00\x01binary"))
    assert article.status == "quarantined" and "invalid UTF-8" in article.error


def test_jsonl_missing_text_is_quarantined(tmp_path: Path) -> None:
    (article,) = read_jsonl(_jsonl(tmp_path, b'{"id": "t", "title": "no body"}'))
    assert article.error == "record has no 'text' string"


def test_text_file_dateline_gives_published_date(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_text("KHARKIV, Ukraine, Sept. 13, 2022 — Russian troops shelled the city.")
    article = read_text(path)
    assert article.published is not None and article.published.date() == dt.date(2022, 9, 13)


def test_text_file_title_is_first_short_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("Talks in Tbilisi\n\nGeorgian and Armenian leaders met on Monday.")
    assert read_text(path).title == "Talks in Tbilisi"


def test_html_file_extracts_title_date_and_text(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_text(
        '<html><head><title>Talks</title><meta property="article:published_time" '
        'content="2022-09-20"></head><body><article><p>Georgian and Armenian leaders met in '
        "Tbilisi on Monday to discuss the border. They agreed to continue the talks.</p>"
        "<p>The talks lasted three hours and ended with a joint statement.</p></article>"
        "</body></html>")
    article = read_html(path)
    assert article.title == "Talks"
    assert article.published is not None and article.published.date() == dt.date(2022, 9, 20)
    assert article.text.startswith("Georgian and Armenian leaders met in Tbilisi")


def test_html_blocks_become_paragraphs_without_the_title_line(tmp_path: Path) -> None:
    path = tmp_path / "d.html"
    path.write_text(
        "<html><head><title>Deal signed</title></head><body><article><h1>Deal signed</h1>"
        "<p>TBILISI, Georgia — Leaders of the ruling party and the opposition signed a deal on "
        "Monday after months of talks.</p><p>The European Union brokered the agreement, which "
        "ends six months of political crisis.</p></article></body></html>")
    text = read_html(path).text
    assert text.startswith("TBILISI, Georgia — Leaders")
    assert "talks.\n\nThe European Union" in text


def test_html_without_text_is_quarantined(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav>menu</nav></body></html>")
    assert read_html(path).status == "quarantined"


def test_folder_reads_every_supported_file_sorted(tmp_path: Path) -> None:
    _jsonl(tmp_path, GOOD)
    (tmp_path / "b.txt").write_text("Georgian police arrested two men in Tbilisi.")
    (tmp_path / "skip.bin").write_bytes(b"\x00\x01")
    assert len(list(read_path(tmp_path))) == 2


def test_missing_path_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        list(read_path(tmp_path / "nope"))
