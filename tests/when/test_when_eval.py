"""The when evaluation runs on the packaged gold set and reports the contract's keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from events.evaluation.when import load_gold, location_ok
from events.models import Place


def test_gold_set_loads_with_at_least_sixty_sentences() -> None:
    gold = load_gold()
    assert len(gold) >= 60
    assert {g.expected_precision for g in gold} >= {"day", "week", "month", "year"}


def test_location_rule_border_pair_and_distance() -> None:
    border = Place(
        "border", 0, 6, "KG–TJ border", "border", "KG", None, 39.0, 70.0, border_countries=("TJ", "KG")
    )
    gold = {"name": "x", "lat": 40.0, "lon": 71.0, "border_countries": ["KG", "TJ"]}
    assert location_ok(gold, border)
    kharkiv = Place("Kharkiv", 0, 7, "Kharkiv", "city", "UA", None, 50.0, 36.25)
    assert location_ok({"name": "Kharkiv", "lat": 49.99, "lon": 36.23}, kharkiv)
    assert not location_ok({"name": "Kyiv", "lat": 50.45, "lon": 30.52}, kharkiv)
    assert location_ok(None, None)


@pytest.mark.slow
def test_run_reports_the_contract_metrics() -> None:
    from events.evaluation.when import run

    metrics = run(Path("unused")).metrics
    assert set(metrics) == {"set", "sentences", "date_accuracy", "location_accuracy", "fatalities_accuracy"}
    assert metrics["date_accuracy"] >= 0.9
    assert metrics["fatalities_accuracy"] >= 0.85
