"""Fixtures of the flow tests: ONE Prefect test harness for the whole session (starting it
costs several seconds), a real ``prefect server start`` for the deployment test, and a small
multi-day input."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

import flows  # noqa: F401  (applies the project's offline Prefect settings before Prefect loads)

# Several days of September 2022; "a5" repeats the text of "a1" (a duplicate), one line is bad.
ARTICLES = [
    ("a1", "2022-09-10T08:00:00Z", "Wire A",
     "Russian troops shelled Kharkiv on Saturday, killing at least seven civilians."),
    ("a2", "2022-09-10T15:00:00Z", "Wire B",
     "Georgian police arrested protesters in Tbilisi on Saturday."),
    ("a3", "2022-09-11T09:00:00Z", "Wire A",
     "Ukraine accused Russia of attacking the Zaporizhzhia nuclear plant."),
    ("a4", "2022-09-12T10:00:00Z", "Wire C",
     "Azerbaijan and Armenia agreed to a ceasefire after clashes on the border."),
    ("a5", "2022-09-13T07:00:00Z", "Wire B",
     "Russian troops shelled Kharkiv on Saturday, killing at least seven civilians."),
    ("a6", "2022-09-13T11:00:00Z", "Wire C",
     "The European Union imposed new sanctions on Russia on Tuesday."),
    ("a7", "2022-09-14T12:00:00Z", "Wire A",
     "Kyrgyzstan accused Tajikistan of attacking its border guards."),
    ("a8", "2022-09-15T06:00:00Z", "Wire B",
     "Finland closed its border to Russian tourists on Thursday."),
    ("a9", "2022-09-16T06:00:00Z", "Wire C",
     "Russian police detained hundreds of anti-war protesters in Moscow."),
    ("a10", "2022-09-17T06:00:00Z", "Wire A",
     "Lavrov met Blinken in Bali and criticised the United States."),
    ("a11", "2022-09-18T06:00:00Z", "Wire B",
     "Ukrainian forces attacked Russian positions near Kherson on Sunday."),
    ("a12", "2022-10-02T06:00:00Z", "Wire C",
     "Russian troops shelled Kharkiv again on Sunday."),
]


def write_articles(path: Path) -> Path:
    """The multi-day sample as JSON lines, plus one line that is not JSON."""
    lines = [json.dumps({"id": i, "published": p, "source_name": s, "text": t})
             for i, p, s, t in ARTICLES]
    path.write_text("\n".join([*lines, "this line is not JSON"]) + "\n")
    return path


@pytest.fixture()
def multiday(tmp_path: Path) -> Path:
    return write_articles(tmp_path / "multiday.jsonl")


def table_rows(out: Path, table: str) -> pd.DataFrame:
    """A table of the dataset, sorted, without the columns stamped with the wall clock."""
    from events.dataset import load
    from schemas.tables import KEYS

    frame = load(out, table=table)
    frame = frame.drop(columns=[c for c in ("date_added", "fetched_at") if c in frame.columns])
    if table == "articles":  # an undated (quarantined) article is stamped with its read time
        frame.loc[frame.status.astype(str) == "quarantined", "published"] = None
    for column in frame.columns:
        if isinstance(frame[column].dtype, pd.CategoricalDtype):
            frame[column] = frame[column].astype(str)
    return frame.sort_values(KEYS[table]).reset_index(drop=True)


def assert_same_rows(a: Path, b: Path) -> None:
    for table in ("articles", "events", "mentions"):
        left, right = table_rows(a, table), table_rows(b, table)
        pd.testing.assert_frame_equal(left.astype(str), right.astype(str), obj=table)


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """A temporary Prefect API on 127.0.0.1 for the whole session's flow tests."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield


@pytest.fixture()
def harness_api_url(prefect_harness: None) -> str:
    """The URL of the harness's API, for subprocesses that must report to it."""
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    assert url and url.startswith("http://127.0.0.1"), url
    return str(url)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def quiet_env(home: Path, **extra: str) -> dict[str, str]:
    """Environment of a Prefect subprocess: offline, quiet, its own PREFECT_HOME."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW="ignore", **extra)
    return env


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop a subprocess this test started: SIGTERM, then SIGKILL after 10 s."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@contextlib.contextmanager
def prefect_server(home: Path, log: Path, timeout: float = 60) -> Iterator[str]:
    """``prefect server start`` on 127.0.0.1 and a free port; yields its API URL; always
    stopped at the end."""
    import httpx

    port = free_port()
    url = f"http://127.0.0.1:{port}/api"
    prefect = Path(sys.executable).with_name("prefect")
    with log.open("wb") as fh:
        proc = subprocess.Popen([str(prefect), "server", "start", "--host", "127.0.0.1",
                                 "--port", str(port)], env=quiet_env(home), stdout=fh,
                                stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + timeout
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"prefect server exited: {log.read_text()[-2000:]}")
                with contextlib.suppress(httpx.HTTPError):
                    if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                        break
                if time.monotonic() > deadline:
                    raise RuntimeError(f"prefect server not healthy after {timeout} s")
                time.sleep(0.5)
            yield url
        finally:
            stop(proc)


@contextlib.contextmanager
def dask_cluster(folder: Path, timeout: float = 120) -> Iterator[tuple[str, Path]]:
    """``dask scheduler`` and one ``dask worker`` (one process, one thread) on 127.0.0.1,
    started in ``folder`` (not the project folder: tasks must not rely on relative paths);
    yields the scheduler's address and its log; both are always stopped at the end."""
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    dask = Path(sys.executable).with_name("dask")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "DASK_"))}
    sched_log, worker_log = folder / "scheduler.log", folder / "worker.log"
    procs: list[subprocess.Popen[bytes]] = []
    with sched_log.open("wb") as s_fh, worker_log.open("wb") as w_fh:
        try:
            procs.append(subprocess.Popen(
                [str(dask), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                 "--no-dashboard"], cwd=folder, env=env, stdout=s_fh, stderr=subprocess.STDOUT))
            procs.append(subprocess.Popen(
                [str(dask), "worker", address, "--nworkers", "1", "--nthreads", "1",
                 "--host", "127.0.0.1", "--no-dashboard"], cwd=folder, env=env, stdout=w_fh,
                stderr=subprocess.STDOUT))
            deadline = time.monotonic() + timeout
            while b"Register worker" not in sched_log.read_bytes():
                if any(p.poll() is not None for p in procs) or time.monotonic() > deadline:
                    raise RuntimeError(f"dask cluster did not start: {sched_log.read_text()[-2000:]}"
                                       f"{worker_log.read_text()[-2000:]}")
                time.sleep(0.5)
            yield address, sched_log
        finally:
            for proc in reversed(procs):
                stop(proc)


def computed_tasks(address: str) -> dict[str, int]:
    """How many tasks of each kind (Prefect task function) the scheduler at ``address`` has
    run to completion."""
    from distributed import Client

    with Client(address, timeout=30) as client:
        counts: dict[str, int] = client.run_on_scheduler(
            lambda dask_scheduler: {name: int(prefix.state_counts.get("memory", 0))
                                    for name, prefix in dask_scheduler.task_prefixes.items()})
    return counts
