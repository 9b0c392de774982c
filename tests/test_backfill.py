"""Backfill planning, windows, the ledger and article selection (no Prefect)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from events.backfill import Ledger, pending_units, plan_backfill
from events.errors import ConfigError, StoreError
from events.models import Article
from events.runner import Selector
from events.window import Window, units, window_of

D = dt.date


def art(aid: str, day: str | None, sha: str, status: str = "ok") -> Article:
    published = dt.datetime.fromisoformat(f"{day}T12:00:00+00:00") if day else None
    return Article(article_id=aid, text="x", published=published, text_sha256=sha, status=status)


def test_units_cover_the_range_with_a_step() -> None:
    assert units(D(2022, 9, 1), D(2022, 9, 3)) == [Window(D(2022, 9, i), D(2022, 9, i))
                                                  for i in (1, 2, 3)]
    assert units(D(2022, 9, 1), D(2022, 9, 5), step=2)[-1] == Window(D(2022, 9, 5), D(2022, 9, 5))
    with pytest.raises(ConfigError):
        units(D(2022, 9, 1), D(2022, 9, 5), step=0)
    with pytest.raises(ConfigError):
        window_of("2022-09-05", "2022-09-01")
    with pytest.raises(ConfigError):
        window_of("yesterday", None)


def test_window_applies_before_duplicate_detection() -> None:
    articles = [art("out", "2022-08-01", "h"), art("in", "2022-09-02", "h"),
                art("in2", "2022-09-03", "h"), art("undated", None, "u")]
    selector = Selector([])
    kept = list(selector.select(articles, window_of("2022-09-01", "2022-09-30")))
    assert [(a.article_id, a.status) for a in kept] == [("in", "ok"), ("in2", "duplicate")]
    assert selector.counts.outside_window == 2


def test_stored_ok_article_is_the_original_and_seen_ones_are_skipped() -> None:
    stored = [("b", "h", "duplicate", "a", None), ("a", "h", "ok", "a", 1),
              ("q", "z", "quarantined", "", None)]
    selector = Selector(stored)
    kept = list(selector.select([art("a", "2022-09-01", "h"), art("c", "2022-09-01", "h"),
                                 art("q", "2022-09-01", "z")]))
    assert [(a.article_id, a.error) for a in kept] == [("c", "same text as a"), ("q", "")]
    assert selector.counts.skipped_seen == 1


def test_ledger_records_days_per_sources_atomically(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path, ["file:b", "file:a"])
    assert ledger.done() == set()
    ledger.mark([D(2022, 9, 2), D(2022, 9, 1)])
    ledger.mark([D(2022, 9, 1)])
    assert Ledger(tmp_path, ["file:a", "file:b"]).done() == {D(2022, 9, 1), D(2022, 9, 2)}
    assert Ledger(tmp_path, ["file:other"]).done() == set()
    data = json.loads((tmp_path / "_backfill" / "done.json").read_text())
    assert data["sources"]["file:a file:b"]["days"] == ["2022-09-01", "2022-09-02"]
    assert [p.name for p in (tmp_path / "_backfill").iterdir() if p.name.endswith(".tmp")] == []
    pending, done = pending_units(ledger, D(2022, 9, 1), D(2022, 9, 4), step=2)
    assert (pending, done) == ([Window(D(2022, 9, 3), D(2022, 9, 4))], 1)
    (tmp_path / "_backfill" / "done.json").write_text("{broken")
    with pytest.raises(StoreError):
        ledger.done()


def test_plan_cuts_batches_per_day_in_a_fixed_order(tmp_path: Path) -> None:
    articles = [art("b", "2022-09-02", "1"), art("a", "2022-09-01", "2"),
                art("c", "2022-09-02", "3"), art("d", "2022-09-02", "4"),
                art("late", "2022-10-01", "5"), art("undated", None, "6")]
    pending = units(D(2022, 9, 1), D(2022, 9, 3))
    plan = plan_backfill(articles, pending, out=tmp_path, batch_size=2)
    assert [[[a.article_id for a in b] for b in u.batches] for u in plan.units] == [
        [["a"]], [["b", "c"], ["d"]], []]
    assert (plan.undated, plan.selection.outside_window) == (1, 1)
