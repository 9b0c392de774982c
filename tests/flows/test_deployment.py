"""End-to-end on a real ``prefect server start``: ``flows.serve`` creates the scheduled
deployment, a run triggered with parameters is executed by the serve process and writes its
Parquet output. The server and serve processes are always stopped at the end."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.flows.conftest import prefect_server, quiet_env, stop

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
CRON = "0 0 1 1 *"
"""A schedule that does not fire while the test runs (with "*/15 * * * *" a test that
spanned a quarter hour saw a scheduled run write its output too, and failed)."""


def test_scheduled_deployment_runs_on_a_real_server(multiday: Path, tmp_path: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.deployments import run_deployment
    from prefect.settings import PREFECT_API_URL, temporary_settings

    home, out = tmp_path / "prefect", tmp_path / "out"
    with prefect_server(home, tmp_path / "server.log") as url:
        env = quiet_env(home, PREFECT_API_URL=url, PREFECT_RUNNER_POLL_FREQUENCY="1")
        log = (tmp_path / "serve.log").open("wb")
        serve = subprocess.Popen([sys.executable, "-m", "flows.serve", "--cron", CRON,
                                  "--out", str(tmp_path / "scheduled-out")],
                                 cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            with temporary_settings(updates={PREFECT_API_URL: url}), get_client(
                    sync_client=True) as client:
                deadline = time.monotonic() + 60
                while True:
                    try:
                        deployment = client.read_deployment_by_name("events-run/scheduled")
                        break
                    except Exception:
                        assert serve.poll() is None, (tmp_path / "serve.log").read_text()[-3000:]
                        assert time.monotonic() < deadline, "deployment not created in 60 s"
                        time.sleep(0.5)
                crons = [getattr(s.schedule, "cron", None) for s in deployment.schedules]
                assert crons == [CRON]
                run = run_deployment("events-run/scheduled", timeout=150, poll_interval=1,
                                     parameters={"sources": [f"file:{multiday}"],
                                                 "out": str(out), "batch_size": 4})
                assert run.state is not None and run.state.is_completed(), (
                    run.state, (tmp_path / "serve.log").read_text()[-3000:])
            listed = subprocess.run([str(Path(sys.executable).with_name("prefect")),
                                     "deployment", "ls"], env=env, capture_output=True,
                                    text=True, timeout=60)
            assert "events-run/scheduled" in listed.stdout.replace("\n", "")
        finally:
            stop(serve)
            log.close()
    tables = {p.relative_to(out).parts[0] for p in out.glob("*/year=*/month=*/*.parquet")}
    assert tables == {"articles", "events", "mentions"}
    assert not (tmp_path / "scheduled-out").exists()  # only the triggered run ran
