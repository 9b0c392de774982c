"""The bundled sample articles in data/samples/ are well-formed."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"
KEYS = {"id", "title", "url", "published", "source_name", "text", "provenance"}


def _records() -> list[dict[str, str]]:
    lines = (SAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_every_article_line_parses_with_the_required_keys() -> None:
    records = _records()
    assert len(records) >= 10
    for rec in records:
        assert KEYS <= rec.keys(), rec.get("id")
        assert all(isinstance(rec[k], str) and rec[k] for k in KEYS), rec["id"]
        published = dt.datetime.fromisoformat(rec["published"])
        assert published.tzinfo is not None, rec["id"]
        assert rec["url"].startswith("https://example.org/")
        assert "written for the project" in rec["provenance"]


def test_article_ids_are_unique() -> None:
    ids = [rec["id"] for rec in _records()]
    assert len(ids) == len(set(ids))


def test_three_outlets_report_the_kharkiv_shelling() -> None:
    kharkiv = [r for r in _records() if r["id"].startswith("kharkiv-shelling-")]
    assert len({r["source_name"] for r in kharkiv}) == 3


def test_dateline_and_html_samples_exist() -> None:
    assert (SAMPLES / "kharkiv-dateline.txt").read_text("utf-8").startswith("KHARKIV, Ukraine")
    html = (SAMPLES / "tbilisi-talks.html").read_text("utf-8")
    assert "article:published_time" in html and "<article>" in html
