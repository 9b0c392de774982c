"""The issue's bar, end to end: a JSONL with good lines around bad ones gives rc 0, the good
articles land, the bad ones are quarantined with a reason, and no traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from events.cli import main

GOOD = [("g1", "Russian troops shelled Kharkiv on Tuesday, killing at least seven civilians."),
        ("g2", "Azerbaijan and Armenia agreed to a ceasefire after clashes on the border.")]
TEXT = '"text": "Georgian police arrested protesters in Tbilisi on Saturday."}'
BAD = [
    '{"id": "surrogate-\\ud800", ' + TEXT,
    '{"id": "huge-date", "published": 1e308, ' + TEXT,
    '{"id": "feb-31", "published": "31/02/2022", ' + TEXT,
    '{"id": "port", "url": "http://news.example:99999/a", ' + TEXT,
    '{"id": "number", "text": 12345}',
    "[" * 100_000 + "]" * 100_000,
]


@pytest.mark.slow
def test_bad_lines_are_quarantined_and_the_good_ones_land(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from events.dataset import load

    good = [json.dumps({"id": i, "published": "2022-09-15T10:00:00Z", "text": t}) for i, t in GOOD]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([good[0], *BAD, good[1]]) + "\n")
    assert main(["run", "--source", str(path), "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err
    articles = load(tmp_path / "out", table="articles").set_index("article_id")
    assert set(articles.index[articles.status == "ok"]) == {"g1", "g2"}
    reasons = list(articles.error[articles.status == "quarantined"])
    assert len(reasons) == len(BAD)
    for line, reason in ((2, "id: holds a lone surrogate"), (3, "published: no possible date"),
                         (4, "'31/02/2022'"), (5, "Port out of range"),
                         (6, "text: not a string (int)"), (7, "JSON nested too deeply")):
        assert any(r.startswith(f"{path}:{line}") and reason in r for r in reasons), reason
        assert f"{path}:{line}" in err
    assert len(load(tmp_path / "out", table="events")) > 0
