"""Loaded dictionary sets are kept in the cache folder and read back by a later start."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from events.coding import loader


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    cache = tmp_path / "cache"
    monkeypatch.setenv("EVENTS_CACHE", str(cache))
    loader._load_cached.cache_clear()
    yield cache
    loader._load_cached.cache_clear()


def _write_set(folder: Path, verb: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "my.verbs.txt").write_text(f"--- {verb}   [040]   ---\n{verb}\n", encoding="utf-8")
    (folder / "my.actors.txt").write_text("KENYA [KEN]\n", encoding="utf-8")
    return folder


def test_a_loaded_set_is_kept_and_read_back(fresh_cache: Path, tmp_path: Path) -> None:
    folder = _write_set(tmp_path / "dicts", "MEET")
    first = loader.load_dictionaries(folder)
    kept = list(fresh_cache.glob("dictionaries-*.pickle"))
    assert len(kept) == 1
    loader._load_cached.cache_clear()
    again = loader.load_dictionaries(folder)
    assert again is not first and again.summary() == first.summary()


def test_a_changed_file_is_read_again(fresh_cache: Path, tmp_path: Path) -> None:
    folder = _write_set(tmp_path / "dicts", "MEET")
    loader.load_dictionaries(folder)
    loader._load_cached.cache_clear()
    verbs = _write_set(folder, "CONSULT") / "my.verbs.txt"
    stat = verbs.stat()
    os.utime(verbs, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    loader.load_dictionaries(folder)
    assert len(list(fresh_cache.glob("dictionaries-*.pickle"))) == 2
