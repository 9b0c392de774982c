"""``make backfill RUNNER=dask ADDRESS=…`` against a real cluster started with ``dask scheduler``
and ``dask worker`` on 127.0.0.1: the work runs there and the rows equal a local backfill's."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest

from events.backfill import backfill
from tests.flows.conftest import assert_same_rows, computed_tasks, dask_cluster, quiet_env

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
START, END = "2022-09-01", "2022-09-30"


def test_backfill_on_a_dask_cluster_writes_the_rows_of_a_local_backfill(tmp_path: Path) -> None:
    pytest.importorskip("prefect_dask")
    local, remote = tmp_path / "local", tmp_path / "dask"
    here = backfill([], out=local, start=dt.date.fromisoformat(START),
                    end=dt.date.fromisoformat(END))
    with dask_cluster(tmp_path) as (address, scheduler_log):
        env = quiet_env(tmp_path / "prefect")
        env.pop("EVENTS_OUT", None)
        done = subprocess.run(
            ["make", "--no-print-directory", "backfill", f"START={START}", f"END={END}",
             "RUNNER=dask", f"ADDRESS={address}", f"OUT={remote}", "WORKERS=1"],
            cwd=ROOT, env={**env, "MAKEFLAGS": ""}, capture_output=True, text=True, timeout=900)
        ran = computed_tasks(address)
        log = scheduler_log.read_text()
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Receive client connection: PrefectDaskClient" in log
    batches = here.batches
    assert (ran.get("read_source_task"), ran.get("process_task")) == (1, batches)
    assert ran.get("write_task", 0) >= 1
    assert_same_rows(local, remote)
    assert here.summary.events >= 10 and os.path.isdir(remote / "events")
