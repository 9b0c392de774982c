"""events.geo.index: names are found through their sorted 64-bit codes."""

from __future__ import annotations

import numpy as np
import pytest

from events.geo import index as gindex
from events.geo.index import GazetteerIndex, key_code, key_table


def _index(keys: dict[str, int], groups: list[list[int]]) -> GazetteerIndex:
    key_hash, key_group = key_table(keys)
    starts = np.cumsum([0] + [len(g) for g in groups]).astype(np.int32)
    rids = np.asarray([r for g in groups for r in g], dtype=np.int32)
    empty = np.zeros(0)
    return GazetteerIndex(version=gindex.INDEX_VERSION, names=[], lat=empty, lon=empty, cc=[],
                          adm1=[], ftype=empty, pop=empty, gid=empty, key_hash=key_hash,
                          key_group=key_group, group_start=starts, group_rids=rids, abbrev={},
                          parent_abbrev={}, demonyms={}, countries={}, border_points={},
                          adm1_rid={})


def test_a_name_gives_the_records_of_its_group() -> None:
    ix = _index({"tbilisi": 0, "georgia": 1, "kutaisi": 2}, [[7], [3, 9], [5]])
    assert ix.rids_for("georgia") == [3, 9]
    assert ix.rids_for("tbilisi") == [7]
    assert ix.name_count == 3


def test_a_name_not_indexed_gives_nothing() -> None:
    ix = _index({"tbilisi": 0}, [[7]])
    assert ix.rids_for("batumi") == []
    assert ix.rids_for("") == []


def test_codes_are_stable_across_processes() -> None:
    assert key_code("georgia") == 11575573654983899200  # blake2b, not Python's salted hash()


def test_two_names_sharing_a_code_stop_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gindex, "key_code", lambda key: 42)
    with pytest.raises(ValueError, match="share a key code"):
        key_table({"a": 0, "b": 1})
