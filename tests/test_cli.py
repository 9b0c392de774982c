"""The events command line: JSON lines in and out, one-line errors, exit codes."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from events.cli import build_parser, main

SHELLING = json.dumps({"id": "k1", "published": "2022-09-15",
                       "text": "Russian troops shelled Kharkiv on Tuesday, killing at least seven "
                               "civilians."})


def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str],
         stdin: bytes) -> tuple[int, list[str], str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = main(argv)
    captured = capsys.readouterr()
    return code, [line for line in captured.out.splitlines() if line], captured.err


def test_parser_knows_the_contract_commands() -> None:
    parser = build_parser()
    for argv in (["run"], ["code", "-"], ["geoparse", "-"], ["eval", "petrarch"]):
        assert parser.parse_args(argv).command == argv[0]


def test_eval_unknown_set_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        build_parser().parse_args(["eval", "nope"])
    assert exc.value.code == 2


def test_missing_input_file_is_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["code", "/nonexistent/file.jsonl"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot read /nonexistent/file.jsonl") and err.count("\n") == 1


@pytest.mark.slow
def test_code_emits_events_and_reports_bad_lines(monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    stdin = (SHELLING + "\nnot json\n" + '{"id": "e", "text": ""}\n').encode() + b"\xff\xfe\n"
    code, lines, err = _run(monkeypatch, capsys, ["code", "-"], stdin)
    assert code == 0
    events = [json.loads(line) for line in lines]
    assert any(e["article_id"] == "k1" and e["event_root_code"] == "19" for e in events)
    assert {"sentence_index", "sentence", "event_id", "actor1_code", "rule"} <= set(events[0])
    assert "line 2: not JSON" in err and "e: empty text" in err


@pytest.mark.slow
def test_geoparse_emits_places(monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, _ = _run(monkeypatch, capsys, ["geoparse", "-"], SHELLING.encode())
    places = [json.loads(line) for line in lines]
    kharkiv = next(p for p in places if p["mention"] == "Kharkiv")
    assert (kharkiv["country_code"], kharkiv["feature_type"]) == ("UA", "city")
    assert {"start", "end", "lat", "lon", "geonameid", "border_countries", "score"} <= set(kharkiv)


def test_binary_input_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, err = _run(monkeypatch, capsys, ["code", "-"], b"\x7fELF\x02\x01\x00\x00binary")
    assert (code, lines) == (1, [])
    assert "binary input, not text or JSON lines" in err


@pytest.mark.slow
def test_code_places_the_seed_articles_flight_on_the_georgian_border(
        shared_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["code", str(shared_dir / "seed" / "mobilization-article.txt")]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]
    borders = {(e["event_code"], e["action_geo_fullname"]) for e in events if e["action_geo_type"] == 6}
    assert {("128", "Russia–Georgia border"), ("128", "Russia–Finland border")} <= borders
    assert {("190", "Azerbaijan–Armenia border"), ("190", "Tajikistan–Kyrgyzstan border")} <= borders
    assert not [e for e in events if "does not have the means" in e["sentence"]]


@pytest.mark.slow
def test_code_reads_an_html_page_as_its_main_text(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "talks.html"
    page.write_text("<!DOCTYPE html><html><head><title>Talks</title></head><body><article>"
                    "<p>TBILISI, Georgia — Georgian and Armenian leaders met in Tbilisi on Monday "
                    "to discuss the border crossings.</p></article></body></html>")
    assert main(["code", str(page)]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]
    assert events and all(not e["sentence"].startswith("<") for e in events)
    assert any(e["event_root_code"] == "04" and e["action_geo_fullname"] == "Tbilisi, Georgia"
               for e in events)
