"""Files kept in the cache folder: written in one piece, pruned by family, never raising."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from events.cachefile import keep


def test_a_kept_file_is_written_whole_with_no_temporary_left(tmp_path: Path) -> None:
    keep(tmp_path / "sub" / "names.txt", b"kharkiv\nodesa")
    assert (tmp_path / "sub" / "names.txt").read_bytes() == b"kharkiv\nodesa"
    assert [p.name for p in (tmp_path / "sub").iterdir()] == ["names.txt"]


def test_only_the_newest_of_a_family_stay(tmp_path: Path) -> None:
    for n in range(4):
        keep(tmp_path / f"set-{n}.pickle", b"x", family="set-*.pickle", retain=2)
        os.utime(tmp_path / f"set-{n}.pickle", ns=(n * 10**9, n * 10**9))
    keep(tmp_path / "set-9.pickle", b"x", family="set-*.pickle", retain=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["set-3.pickle", "set-9.pickle"]


def test_an_unwritable_folder_is_logged_not_raised(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with caplog.at_level("INFO", logger="events.cachefile"):
        keep(blocker / "names.txt", b"x")
    assert "not kept" in caplog.text
