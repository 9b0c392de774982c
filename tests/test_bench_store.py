"""The store benchmark's synthetic rows are rows the store keeps (bench/store.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bench.store import synthetic
from events.dataset import load
from events.store import write


def test_every_synthetic_mention_is_kept_by_the_store(tmp_path: Path) -> None:
    rows = synthetic("t", 20, first=dt.date(2022, 1, 1), days=30, seed=1)
    write(tmp_path / "out", **rows)
    assert len(load(tmp_path / "out", table="mentions")) == len(rows["mentions"]) == 100
