"""The two coding dev sets against ../shared (skipped when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from events.evaluation.news import load_gold, resolve
from events.evaluation.plv import GOLD, locate, read_pairs


@pytest.mark.shared
def test_every_news_reference_resolves(shared_dir: Path) -> None:
    gold = load_gold()
    texts = resolve(gold, shared_dir)
    assert all(t and t == t.strip() for t in texts)


@pytest.mark.shared
def test_plv_spans_are_found_in_their_sentences(shared_dir: Path) -> None:
    pairs = read_pairs(shared_dir / GOLD)
    assert len(pairs) == 1043
    for pair in pairs:
        assert locate(pair.text, pair.source) != [] and locate(pair.text, pair.target) != []
        assert pair.roots
