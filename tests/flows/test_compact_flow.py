"""The compaction flow's task calls the library; serve deploys it on a daily schedule."""

from __future__ import annotations

from pathlib import Path

from events.dataset import load
from events.store import write
from tests.store.rows import batch


def test_compact_task_merges_files_and_keeps_rows(tmp_path: Path) -> None:
    from flows.compact import compact_task

    for seed in range(3):
        write(tmp_path, **batch(seed))
    before = load(tmp_path, table="mentions")
    summary = compact_task.fn(str(tmp_path))
    assert summary["files_after"] < summary["files_before"]  # type: ignore[operator]
    assert load(tmp_path, table="mentions").equals(before)


def test_serve_deploys_the_compaction_daily() -> None:
    from flows.serve import deployments

    found = {d.name: d for d in deployments(out="data/out", compact_cron="0 4 * * *")}
    crons = [getattr(s.schedule, "cron", None) for s in found["compact"].schedules]
    assert crons == ["0 4 * * *"] and found["compact"].parameters == {"out": "data/out"}
