"""End-to-end: the backfill flow over several days; rerun does nothing; an interrupted
backfill (killed mid-range) resumes and ends with the rows of an uninterrupted one."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from events.dataset import load
from tests.flows.conftest import assert_same_rows

pytestmark = pytest.mark.slow

RANGE = {"start": "2022-09-09", "end": "2022-09-30"}


def parquet_state(out: Path) -> dict[str, int]:
    return {str(p): p.stat().st_mtime_ns for p in sorted(out.rglob("*.parquet"))}


def test_backfill_records_days_and_rerun_does_nothing(prefect_harness: None, multiday: Path,
                                                      tmp_path: Path) -> None:
    from flows.backfill import backfill_flow

    out = tmp_path / "out"
    first = backfill_flow(sources=[f"file:{multiday}"], out=str(out), batch_size=2, **RANGE)
    assert first["days_processed"] == 22 and first["units_done_before"] == 0
    # a5 repeats a1's text; a12 (October) and the bad line (no date) are outside the range
    assert (first["ok"], first["duplicate"], first["undated"], first["outside_window"]) == (
        10, 1, 1, 1)
    done = json.loads((out / "_backfill" / "done.json").read_text())
    assert len(next(iter(done["sources"].values()))["days"]) == 22
    assert len(load(out, table="articles")) == 11 and len(load(out)) >= 1
    before = parquet_state(out)

    again = backfill_flow(sources=[f"file:{multiday}"], out=str(out), batch_size=2, **RANGE)
    assert (again["units_processed"], again["units_done_before"], again["ok"]) == (0, 22, 0)
    assert parquet_state(out) == before


def test_interrupted_backfill_resumes_to_the_same_rows(harness_api_url: str, multiday: Path,
                                                       tmp_path: Path) -> None:
    from flows.backfill import backfill_flow

    whole, broken = tmp_path / "whole", tmp_path / "broken"
    backfill_flow(sources=[f"file:{multiday}"], out=str(whole), batch_size=1, **RANGE)

    env = {**os.environ, "PREFECT_API_URL": harness_api_url}
    cmd = [sys.executable, "-m", "flows.backfill", "--start", RANGE["start"], "--end",
           RANGE["end"], "--source", f"file:{multiday}", "--out", str(broken),
           "--batch-size", "1", "--workers", "1"]
    ledger = broken / "_backfill" / "done.json"
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 90
        while not ledger.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)  # mid-range: the first day is recorded, not the rest
    finally:
        proc.wait(timeout=30)
    days = next(iter(json.loads(ledger.read_text())["sources"].values()))["days"]
    assert 1 <= len(days) < 22, f"not interrupted mid-range: {len(days)} days done"

    resumed = backfill_flow(sources=[f"file:{multiday}"], out=str(broken), batch_size=1, **RANGE)
    assert resumed["units_done_before"] == len(days)
    assert resumed["units_done_before"] + resumed["units_processed"] == 22
    assert_same_rows(whole, broken)


def test_serial_backfill_writes_the_rows_of_the_flow(prefect_harness: None, multiday: Path,
                                                      tmp_path: Path) -> None:
    import datetime as dt

    from events.backfill import backfill
    from flows.backfill import backfill_flow

    flow_out, serial_out = tmp_path / "flow", tmp_path / "serial"
    backfill_flow(sources=[f"file:{multiday}"], out=str(flow_out), batch_size=2, **RANGE)
    half = backfill([f"file:{multiday}"], out=serial_out, start=dt.date(2022, 9, 9),
                    end=dt.date(2022, 9, 14), batch_size=2)
    rest = backfill([f"file:{multiday}"], out=serial_out, start=dt.date(2022, 9, 9),
                    end=dt.date(2022, 9, 30), batch_size=2)
    assert (half.units_processed, rest.units_done_before, rest.units_processed) == (6, 6, 16)
    assert_same_rows(flow_out, serial_out)
