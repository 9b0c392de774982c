"""End-to-end: the main flow over a small input, twice, under the Prefect test harness."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from events.dataset import load

pytestmark = pytest.mark.slow

ARTICLES = [
    {"id": "a1", "published": "2022-09-15T08:00:00Z", "source_name": "Wire A",
     "text": "Russian troops shelled Kharkiv on Tuesday, killing at least seven civilians."},
    {"id": "a2", "published": "2022-09-20T08:00:00Z", "source_name": "Wire B",
     "text": "Georgian police arrested protesters in Tbilisi on Monday."},
]


@pytest.fixture()
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    lines = [json.dumps(a) for a in ARTICLES] + ["this line is not JSON"]
    path.write_text("\n".join(lines) + "\n")
    return path


def test_flow_writes_parquet_and_counts(prefect_harness: None, sample: Path, tmp_path: Path) -> None:
    from flows.run import run_flow

    out = tmp_path / "out"
    result = run_flow(sources=[f"file:{sample}"], out=str(out))
    assert (result["ok"], result["quarantined"]) == (2, 1)
    assert len(load(out, table="articles")) == 3
    assert result["events"] == len(load(out)) >= 1
    assert result["mentions"] == len(load(out, table="mentions"))


def test_flow_ends_with_a_table_of_counts_by_source(prefect_harness: None, sample: Path,
                                                    tmp_path: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        ArtifactFilter,
        ArtifactFilterFlowRunId,
        ArtifactFilterKey,
    )

    from flows.run import run_flow

    state = run_flow(sources=[f"file:{sample}"], out=str(tmp_path / "out"), return_state=True)
    result = state.result()
    with get_client(sync_client=True) as client:
        found = client.read_artifacts(artifact_filter=ArtifactFilter(
            key=ArtifactFilterKey(any_=["events-run-summary-table"]),
            flow_run_id=ArtifactFilterFlowRunId(any_=[state.state_details.flow_run_id])))
    assert found and found[0].type == "table"
    rows = json.loads(found[0].data) if isinstance(found[0].data, str) else found[0].data
    by_source = {row["source"]: row for row in rows}
    assert (by_source["Wire A"]["ok"], by_source["Wire B"]["ok"]) == (1, 1)
    assert by_source["(all)"]["events"] == result["events"]
    assert set(by_source["Wire A"]) >= {"ok", "duplicate", "quarantined", "events"}


def test_flow_rerun_changes_nothing(prefect_harness: None, sample: Path, tmp_path: Path) -> None:
    from flows.run import run_flow

    out = tmp_path / "out"
    run_flow(sources=[f"file:{sample}"], out=str(out))
    before = sorted(load(out).event_id)
    again = run_flow(sources=[f"file:{sample}"], out=str(out))
    assert again["ok"] == 0 and again["skipped_seen"] == 2
    assert sorted(load(out).event_id) == before


def test_flow_keeps_only_the_date_window(prefect_harness: None, multiday: Path,
                                         tmp_path: Path) -> None:
    from flows.run import run_flow

    out = tmp_path / "out"
    result = run_flow(sources=[f"file:{multiday}"], out=str(out), start="2022-09-11",
                      end="2022-09-13", batch_size=2)
    # a3, a4, a6 ok; a5 repeats a1's text but a1 is outside: a5 is an original here
    assert (result["ok"], result["duplicate"], result["outside_window"]) == (4, 0, 9)
    published = load(out, table="articles").published
    assert published.min().date().isoformat() == "2022-09-11"
    assert published.max().date().isoformat() == "2022-09-13"
