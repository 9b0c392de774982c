"""The LGL / GeoWebNews evaluation (needs ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from events.evaluation.geo import evaluate, read_geowebnews, read_lgl
from events.geo import Gazetteer

pytestmark = [pytest.mark.slow, pytest.mark.shared]

KEYS = {"set", "toponyms", "acc161", "median_km", "mean_km", "no_candidate", "country_accuracy",
        "georgia_country_ok",
        "georgia_state_ok"}


def test_lgl_sample_scores(shared_dir: Path, gazetteer: Gazetteer) -> None:
    articles = read_lgl(shared_dir / "eval" / "geo" / "lgl.xml", gazetteer)
    assert len(articles) == 588
    result = evaluate("lgl", articles[:40], gazetteer)
    assert set(result.metrics) == KEYS
    assert result.metrics["acc161"] > 0.6
    assert "accuracy@161 km" in result.table


def test_geowebnews_reads_spans_that_match_the_text(shared_dir: Path) -> None:
    articles = read_geowebnews(shared_dir / "eval" / "geo" / "GeoWebNews.xml")
    tops = [(a.text, t) for a in articles for t in a.toponyms]
    assert len(tops) > 2000
    same = sum(text[t.start : t.end] == t.phrase for text, t in tops)
    assert same / len(tops) > 0.95
