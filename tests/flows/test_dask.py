"""The main flow on a local Dask cluster (2 worker processes) writes exactly the rows of the
serial run."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.flows.conftest import assert_same_rows, table_rows

pytestmark = pytest.mark.slow


def test_dask_run_equals_serial_run(prefect_harness: None, multiday: Path, tmp_path: Path) -> None:
    pytest.importorskip("prefect_dask")
    from flows.run import run_flow

    serial, dask = tmp_path / "serial", tmp_path / "dask"
    one = run_flow(sources=[f"file:{multiday}"], out=str(serial), batch_size=3, workers=1)
    two = run_flow(sources=[f"file:{multiday}"], out=str(dask), batch_size=3, runner="dask",
                   workers=2)
    assert one == two
    assert_same_rows(serial, dask)
    events = table_rows(dask, "events")
    assert len(events) >= 1 and int(events.num_mentions.sum()) == one["mentions"]
