"""The LGL / GeoWebNews evaluation (needs ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from events.evaluation.geo import GoldToponym, _country_ok, evaluate, read_geowebnews, read_lgl
from events.geo import Gazetteer

pytestmark = [pytest.mark.slow, pytest.mark.shared]

KEYS = {"set", "toponyms", "acc161", "median_km", "mean_km", "no_candidate", "country_accuracy",
        "country_accuracy_strict", "country_accuracy_by_place", "country_toponyms",
        "georgia_country_ok", "georgia_state_ok"}


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


@pytest.mark.parametrize(("answer_cc", "error_km", "strict", "by_place"), [
    ("DE", 5000.0, True, True),     # a country answer: judged by its country
    ("FR", 0.0, False, False),
    (None, 30.0, False, True),      # a region without a country at the gold point
    (None, 900.0, False, False),    # a sea answered for a town
])
def test_country_readings(answer_cc: str | None, error_km: float, strict: bool,
                          by_place: bool) -> None:
    gold = GoldToponym(0, 6, "Swabia", 48.7, 9.1, "DE")

    class Answer:
        country_code = answer_cc

    assert _country_ok(gold, Answer(), error_km) is strict
    assert _country_ok(gold, Answer(), error_km, by_place=True) is by_place


def test_geowebnews_gold_country_comes_from_the_geonames_record(shared_dir: Path,
                                                                gazetteer: Gazetteer) -> None:
    articles = read_geowebnews(shared_dir / "eval" / "geo" / "GeoWebNews.xml", gazetteer)
    europe = [t for a in articles for t in a.toponyms if t.phrase == "Europe"]
    assert europe and all(t.country is None for t in europe)  # a continent: no country
    vatican = [t for a in articles for t in a.toponyms if t.phrase == "Vatican"]
    assert vatican and all(t.country == "VA" for t in vatican)
