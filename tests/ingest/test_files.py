"""Local ingest: JSONL, text and HTML files; bad input is quarantined with a reason naming
the file and line, and the run goes on."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import pytest

from events.errors import InputError
from events.ingest.files import read_html, read_jsonl, read_path, read_text
from events.ingest.records import cut_text

GOOD = b'{"id": "k1", "text": "Russian troops shelled Kharkiv.", "published": "2022-09-15T10:00:00Z"}'


def _jsonl(tmp_path: Path, *lines: bytes, name: str = "in.jsonl") -> Path:
    path = tmp_path / name
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def _record(**fields: object) -> bytes:
    return json.dumps({"id": "x", "text": "Georgian police arrested two men.", **fields}).encode()


def test_jsonl_good_line_becomes_ok_article(tmp_path: Path) -> None:
    (article,) = read_jsonl(_jsonl(tmp_path, GOOD))
    assert (article.article_id, article.status) == ("k1", "ok")
    assert article.published == dt.datetime(2022, 9, 15, 10, tzinfo=dt.UTC)


def test_jsonl_not_json_is_quarantined_naming_file_and_line(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, GOOD, b"this is not json")
    articles = list(read_jsonl(path))
    assert [a.status for a in articles] == ["ok", "quarantined"]
    assert articles[1].error.startswith(f"{path}:2: not JSON")


def test_jsonl_empty_text_is_quarantined(tmp_path: Path) -> None:
    (article,) = read_jsonl(_jsonl(tmp_path, b'{"id": "e", "text": "   "}'))
    assert article.status == "quarantined" and article.error.endswith(":1 (id 'e'): text: empty")


def test_jsonl_binary_line_is_quarantined(tmp_path: Path) -> None:
    (article,) = read_jsonl(_jsonl(tmp_path, b"\xff\xfe\x00\x01binary"))
    assert article.status == "quarantined" and "invalid UTF-8" in article.error


def test_jsonl_missing_text_is_quarantined(tmp_path: Path) -> None:
    (article,) = read_jsonl(_jsonl(tmp_path, b'{"id": "t", "title": "no body"}'))
    assert article.error.endswith("text: missing")


@pytest.mark.parametrize(("line", "reason"), [
    (b'{"id": "s\\ud800", "text": "Troops shelled Kharkiv."}', "id: holds a lone surrogate"),
    (b'{"id": "s", "title": "\\udfff", "text": "Troops shelled Kharkiv."}',
     "title: holds a lone surrogate"),
    (b'{"id": "s", "url": "http://x.org/\\ud800", "text": "Troops shelled Kharkiv."}',
     "url: URL holds a lone surrogate"),
    (_record(published=1e308), "published: no possible date"),
    (b'{"id": "x", "text": "Troops shelled Kharkiv.", "published": NaN}', "not a finite number"),
    (b'{"id": "x", "text": "Troops shelled Kharkiv.", "published": Infinity}', "not a finite"),
    (_record(published="31/02/2022"), "published: no possible date: '31/02/2022'"),
    (_record(published="0000-00-00"), "published: no possible date: '0000-00-00'"),
    (_record(published="2022-13-01"), "published: no possible date: '2022-13-01'"),
    (_record(published="9999-12-31T23:00:00-05:00"), "beyond the calendar"),
    (_record(url="http://news.example:99999/a"), "url: malformed URL (Port out of range"),
    (_record(url="http://[::1/"), "url: malformed URL (Invalid IPv6 URL)"),
    (_record(url="http://" + "a" * 64 + ".example/"), "url: URL host is not a valid domain"),
    (_record(text=5), "text: not a string (int)"),
    (_record(text=["a"]), "text: not a string (list)"),
    (_record(title=7), "title: not a string (int)"),
    (_record(id=True), "id: not a string or an integer (bool)"),
    (_record(language="English please"), "language: not a language code"),
    (b"[" * 100_000 + b"]" * 100_000, "JSON nested too deeply"),
    (b'{"id": "x", "text": "t", "n": ' + b"1" * 5000 + b"}", "unreadable JSON"),
    (b'["a list"]', "JSON value is not an object"),
])
def test_a_bad_line_is_quarantined_with_a_reason(tmp_path: Path, line: bytes, reason: str) -> None:
    path = _jsonl(tmp_path, GOOD, line, GOOD.replace(b'"k1"', b'"k2"'))
    first, bad, last = read_jsonl(path)
    assert (first.status, bad.status, last.status) == ("ok", "quarantined", "ok")
    assert bad.error.startswith(f"{path}:2") and reason in bad.error
    bad.error.encode("utf-8")  # printable and storable


def test_every_bad_field_of_a_record_is_named(tmp_path: Path) -> None:
    (bad,) = read_jsonl(_jsonl(tmp_path, _record(published="31/02/2022", url="http://[::1/")))
    assert "url: malformed URL" in bad.error and "; published: no possible date" in bad.error


def test_quarantine_ids_are_unique_per_item(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("")
    _jsonl(tmp_path, b'{"text": ""}', b'{"text": ""}', name="d.jsonl")
    articles = list(read_path(tmp_path))
    assert [a.status for a in articles] == ["quarantined"] * 5
    assert len({a.article_id for a in articles}) == 5


def test_quarantine_id_does_not_take_the_records_own_id(tmp_path: Path) -> None:
    good, bad = read_jsonl(_jsonl(tmp_path, GOOD, GOOD.replace(b'"2022-09-15T10:00:00Z"', b'"x"')))
    assert good.article_id == "k1" and bad.article_id != "k1" and "(id 'k1')" in bad.error


def test_integer_id_is_read_as_a_string(tmp_path: Path) -> None:
    (article,) = read_jsonl(_jsonl(tmp_path, _record(id=17)))
    assert article.article_id == "17"


@pytest.mark.parametrize("key", ["date", "published_at", "publish_date", "pubDate"])
def test_a_publication_date_under_a_common_other_name_is_read(tmp_path: Path, key: str) -> None:
    (article,) = read_jsonl(_jsonl(tmp_path, _record(**{key: "2022-09-13"})))
    assert article.published is not None and article.published.date() == dt.date(2022, 9, 13)


def test_free_text_published_date_is_read(tmp_path: Path) -> None:
    (article,) = read_jsonl(_jsonl(tmp_path, _record(published="13 September 2022")))
    assert article.published is not None and article.published.date() == dt.date(2022, 9, 13)


def test_a_long_text_is_cut_at_a_paragraph_end_and_the_cut_noted(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch
                                                                  ) -> None:
    monkeypatch.setenv("EVENTS_MAX_TEXT_CHARS", "1000")
    paragraph = "Russian troops shelled Kharkiv on Tuesday. " * 5
    text = "\n\n".join([paragraph.strip()] * 40)
    (article,) = read_jsonl(_jsonl(tmp_path, _record(text=text)))
    assert article.status == "ok" and len(article.text) <= 1000
    assert article.text.endswith("Tuesday.") and len(article.text) > 800
    assert article.stage_errors == (f"ingest: text cut at {len(article.text)} of {len(text)} "
                                    "characters (limit 1000, EVENTS_MAX_TEXT_CHARS)",)


def test_cut_text_falls_back_to_a_hard_cut_without_breaks() -> None:
    assert cut_text("x" * 50, 10) == "x" * 10


def test_an_overlong_line_is_quarantined_without_reading_it_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("events.ingest.files.MAX_LINE_BYTES", 100)
    path = _jsonl(tmp_path, _record(text="x" * 500), GOOD)
    bad, good = read_jsonl(path)
    assert "line longer than 100 bytes" in bad.error and good.article_id == "k1"


def test_text_file_dateline_gives_published_date(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_text("KHARKIV, Ukraine, Sept. 13, 2022 — Russian troops shelled the city.")
    article = read_text(path)
    assert article.published is not None and article.published.date() == dt.date(2022, 9, 13)


def test_an_impossible_dateline_date_is_no_publication_date(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_text("KHARKIV, Ukraine, Sept. 31, 2022 — Russian troops shelled the city.")
    article = read_text(path)
    assert article.status == "ok" and article.published is None


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


def test_html_without_text_is_quarantined_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav>menu</nav></body></html>")
    article = read_html(path)
    assert article.status == "quarantined" and article.error.startswith(str(path))


def test_html_nested_very_deeply_is_quarantined(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 100_000 + "text" + "</div>" * 100_000 + "</body></html>")
    assert read_html(path).status == "quarantined"


def test_folder_reads_every_supported_file_sorted(tmp_path: Path) -> None:
    _jsonl(tmp_path, GOOD)
    (tmp_path / "b.txt").write_text("Georgian police arrested two men in Tbilisi.")
    (tmp_path / "skip.bin").write_bytes(b"\x00\x01")
    assert len(list(read_path(tmp_path))) == 2


def test_unsupported_files_in_a_folder_are_listed_as_skipped_with_the_reason(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "a.txt").write_text("Georgian police arrested two men in Tbilisi.")
    for name in ("records.json", "feed.xml", "NOTES"):
        (tmp_path / name).write_text("{}")
    with caplog.at_level(logging.WARNING, logger="events.ingest.files"):
        assert len(list(read_path(tmp_path))) == 1
    skipped = sorted(r.getMessage() for r in caplog.records)
    assert len(skipped) == 3
    assert skipped[0].startswith(f"skipped {tmp_path / 'NOTES'}: unsupported file without a suffix")
    assert "unsupported file type '.xml'" in skipped[1]
    assert "unsupported file type '.json'" in skipped[2] and ".jsonl is read" in skipped[2]


def test_a_single_file_of_unknown_type_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "NOTES"
    path.write_text("Georgian police arrested two men in Tbilisi.")
    (article,) = read_path(path)
    assert article.status == "ok"


def test_missing_path_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        list(read_path(tmp_path / "nope"))


def test_the_record_fields_are_documented() -> None:
    from events.ingest.records import RECORD

    docs = (Path(__file__).resolve().parents[2] / "docs" / "reliability.md").read_text()
    assert all(f"| `{field.name}`" in docs for field in RECORD)
