"""events report: one self-contained HTML page (map, timeline, top actors, top dyads,
quarantine) that opens offline — checked in a real headless Chromium when one is installed
(`make browser-test` installs Debian's)."""

from __future__ import annotations

import base64
import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("matplotlib")

from events.analysis import synthetic_rows  # noqa: E402
from events.cli import main  # noqa: E402
from events.report import quarantine_summary, read_tables, reason_kind, top_actors, top_dyads  # noqa: E402
from events.store import write  # noqa: E402

BAD = [("q1", "HTTP 404 for https://example.org/a"), ("q2", "HTTP 404 for https://example.org/b"),
       ("q3", "feed.xml: XML with entity declarations (possible bomb)"),
       ("q4", "articles.jsonl:12: not JSON (Expecting value)")]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "out"
    rows = synthetic_rows()
    published = dt.datetime(2022, 9, 20, tzinfo=dt.UTC)
    bad = [{"article_id": a, "status": "quarantined", "error": e, "published": published}
           for a, e in BAD]
    dup = [{"article_id": "d1", "status": "duplicate", "duplicate_of": "x",
            "published": published}]
    write(out, articles=rows["articles"] + bad + dup, events=rows["events"],
          mentions=rows["mentions"])
    return out


@pytest.fixture(scope="module")
def page(data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("html") / "report.html"
    assert main(["report", "--data", str(data), "--out", str(out)]) == 0
    return out


def test_page_has_every_section(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    for heading in ("Where", "When", "Top actors", "Top dyads", "Quarantine"):
        assert f"<h2>{heading}</h2>" in text


def test_page_is_self_contained(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    sources = re.findall(r'\b(?:src|href)="([^"]*)"', text)
    assert len(sources) == 2 and all(s.startswith("data:image/png;base64,") for s in sources)
    for source in sources:
        assert base64.b64decode(source.split(",", 1)[1])[:8] == b"\x89PNG\r\n\x1a\n"
    assert "default-src 'none'" in text  # the browser may load nothing else
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", text)


def test_top_actors_and_dyads(data: Path) -> None:
    tables = read_tables(data)
    actors = top_actors(tables.events)
    first = actors.iloc[0]
    assert first["events"] == actors["events"].max() and first["events"] >= 3
    assert set(actors.columns) >= {"actor", "name", "as_source", "as_target", "words"}
    assert actors.loc[actors["actor"] == "RUSCVL", "name"].iloc[0] == "RUSSIA"
    dyads = top_dyads(tables.events)
    kharkiv = dyads[(dyads["source"] == "RUSMIL") & (dyads["target"] == "UKRCVL")].iloc[0]
    assert (kharkiv["events"], kharkiv["conflict"], kharkiv["fatalities"]) == (1, 1, 7)
    assert kharkiv["main_action"].startswith("19 ")


def test_quarantine_groups_reasons_of_one_kind(data: Path) -> None:
    statuses, reasons = quarantine_summary(read_tables(data).articles)
    counts = dict(zip(statuses["status"], statuses["articles"], strict=True))
    assert (counts["quarantined"], counts["duplicate"]) == (4, 1)
    assert reasons.iloc[0]["reason"] == "HTTP … for …" and reasons.iloc[0]["articles"] == 2
    assert len(reasons) == 3


@pytest.mark.parametrize(("error", "kind"), [
    ("HTTP 503 for https://example.org/x?id=3", "HTTP … for …"),
    ("articles.jsonl:7: not JSON (Expecting value)", "not JSON (Expecting value)"),
    ("", "(no reason given)"),
])
def test_reason_kind(error: str, kind: str) -> None:
    assert reason_kind(error) == kind


def test_missing_dataset_is_a_one_line_error(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--data", str(tmp_path / "nothing")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: no ") and "events run" in err and err.count("\n") == 1


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars"]


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="no chromium (make browser-test installs it)")
def test_page_opens_offline_in_a_real_browser(page: Path, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    dom = subprocess.run([str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}",
                          "--virtual-time-budget=10000", "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=120, check=False)
    assert dom.returncode == 0, dom.stderr[-2000:]
    body = re.search(r"<body[^>]*>", dom.stdout)
    assert body is not None
    assert 'data-ready="1"' in body.group(0)
    assert 'data-images="2/2"' in body.group(0)  # both figures decoded
    shot = tmp_path / "page.png"
    subprocess.run([str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}",
                    "--window-size=1200,2600", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 100_000
