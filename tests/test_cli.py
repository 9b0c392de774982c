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
    assert "error: line 2: not JSON" in err and "error: line 3 (id 'e'): text: empty" in err


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


# --- user mistakes: exit 2, one line on stderr saying what is wrong and what is allowed ------

ROOT = Path(__file__).resolve().parents[1]


def _one_line_error(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


def test_unknown_scheme_names_the_valid_ones(capsys: pytest.CaptureFixture[str]) -> None:
    err = _one_line_error(capsys, ["run", "--source", "rsss:http://example.org/feed"])
    assert "unknown source scheme 'rsss:'" in err
    assert all(form in err for form in ("rss:URL", "atom:URL", "url:URL", "urls:FILE", "dir:PATH"))


def test_missing_urls_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    err = _one_line_error(capsys, ["run", "--source", f"urls:{tmp_path / 'none.txt'}"])
    assert "no such file of URLs" in err


def test_feed_without_a_url(capsys: pytest.CaptureFixture[str]) -> None:
    assert "needs an http(s) URL" in _one_line_error(capsys, ["run", "--source", "rss:example.org"])


def test_reversed_backfill_range(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    err = _one_line_error(capsys, ["backfill", "--start", "2022-09-30", "--end", "2022-09-01",
                                   "--out", str(tmp_path)])
    assert "reversed" in err and "--start on or before --end" in err
    assert not (tmp_path / "_backfill").exists()


def test_malformed_backfill_date(capsys: pytest.CaptureFixture[str]) -> None:
    err = _one_line_error(capsys, ["backfill", "--start", "2022-13-01", "--end", "2022-12-31"])
    assert "'2022-13-01' is not a date; use YYYY-MM-DD" in err


def test_unknown_eval_set_lists_the_sets(capsys: pytest.CaptureFixture[str]) -> None:
    err = _one_line_error(capsys, ["eval", "nope"])
    assert "invalid choice: 'nope'" in err and "'petrarch'" in err and "'all'" in err


@pytest.mark.parametrize("content, expected", [
    (None, "cannot read"),
    ("[[source]\nspec = 1", "is not valid TOML"),
    ("[[source]]\nname = 'x'", "has no 'spec' string"),
    ("[[source]]\nspec = 'ftp:x'", "unknown source scheme 'ftp:'"),
    ("[[source]]\nspec = 'dir:.'\nscale = 'Huge'", "is not an ACLED source scale"),
])
def test_bad_sources_toml(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                          content: str | None, expected: str) -> None:
    path = tmp_path / "sources.toml"
    if content is not None:
        path.write_text(content)
    assert expected in _one_line_error(capsys, ["run", "--sources", str(path)])


def test_help_lists_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    assert commands is not None
    assert {"run", "backfill", "code", "geoparse", "eval", "export", "plot", "report"} <= set(commands)
    for name in commands:
        assert f"    {name} " in out, name


@pytest.mark.parametrize("argv", [
    ["flows.run", "--source", "rsss:http://example.org/feed"],
    ["flows.run", "--start", "2022-09-31"],
    ["flows.backfill", "--start", "2022-09-30", "--end", "2022-09-01"],
    ["flows.serve", "--source", "urls:/no/such/file.txt"],
])
def test_flow_entry_points_check_arguments_before_prefect_starts(argv: list[str]) -> None:
    import subprocess

    done = subprocess.run([sys.executable, "-m", *argv], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("error: "), done.stderr
    assert "Starting temporary server" not in done.stdout + done.stderr


def test_a_declared_source_scale_reaches_each_article(tmp_path: Path) -> None:
    from events.ingest.sources import load_sources_toml, read_source

    (tmp_path / "a.txt").write_text("Police detained protesters in Tbilisi on Monday.")
    toml = tmp_path / "sources.toml"
    toml.write_text(f'[[source]]\nspec = "dir:{tmp_path}"\nname = "Local Paper"\n'
                    'scale = "Subnational"\n')
    (source,) = load_sources_toml(toml)
    assert (source.name, source.scale) == ("Local Paper", "Subnational")
    articles = list(read_source(source))
    assert articles and {a.source_scale for a in articles} == {"Subnational"}


@pytest.mark.slow
def test_a_targetless_act_stays_in_mentions_unless_asked(monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    text = json.dumps({"id": "t1", "published": "2022-09-15",
                       "text": "The Norwegian government strongly condemned the decision on Monday."})

    def roots(argv: list[str]) -> list[tuple[str, object]]:
        code, lines, _ = _run(monkeypatch, capsys, argv, text.encode())
        assert code == 0
        return [(e["event_root_code"], e["event_id"]) for e in map(json.loads, lines)]

    coded = roots(["code", "-"])
    assert ("11", None) in coded  # coded, kept in mentions
    assert not roots(["code", "--events-only", "-"])
    assert any(root == "11" and eid for root, eid in roots(["code", "--targetless", "--events-only", "-"]))
