"""The run core (events.runner.execute) with a recording driver: write order and grouping,
ledger marks, work in flight, progress and counts; then, with the real chain, that the
summary counts equal the stored rows and that ``events run`` shows progress with a total."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from events.models import Article, ProcessedArticle
from events.progress import Counts, LogProgress
from events.runner import Plan, RunSummary, Unit, execute
from events.window import Window

D = dt.date


def art(aid: str, source: str = "Wire") -> Article:
    return Article(article_id=aid, text="x", text_sha256=aid, source_name=source)


def mention(event_id: str, article_id: str) -> dict[str, object]:
    return {"event_id": event_id, "article_id": article_id}


class Recorder:
    """A driver that processes at once and records submissions, writes and marks."""

    def __init__(self, ahead: int = 0, events: dict[str, list[str]] | None = None):
        self.ahead = ahead
        self.log: list[tuple[str, object]] = []
        self.events = events or {}
        self.max_in_flight = 0
        self._submitted = 0
        self._consumed = 0

    def process(self, batch: list[Article]) -> list[ProcessedArticle]:
        self._submitted += 1
        self.max_in_flight = max(self.max_in_flight, self._submitted - self._consumed)
        self.log.append(("process", [a.article_id for a in batch]))
        return [ProcessedArticle(article=a, mentions=[mention(e, a.article_id)
                                                      for e in self.events.get(a.article_id, [])])
                for a in batch]

    def wait(self, handle: Any) -> None:
        self._consumed += 1

    def write(self, out: str | Path, handles: list[Any]) -> RunSummary:
        self.log.append(("write", [p.article.article_id for batch in handles for p in batch]))
        counts = RunSummary()
        for batch in handles:
            counts.add(batch)
        return counts

    def writes(self) -> list[object]:
        return [what for kind, what in self.log if kind == "write"]


def plan_of(*units: tuple[Window | None, list[list[str]]]) -> Plan:
    return Plan(units=[Unit(w, [[art(a) for a in b] for b in batches]) for w, batches in units])


def test_batches_are_written_in_plan_order_up_to_write_every_articles() -> None:
    driver = Recorder()
    plan = plan_of((None, [["a", "b"], ["c", "d"], ["e", "f"], ["g"]]))
    execute(plan, driver, "out", write_every=4)
    assert driver.writes() == [["a", "b", "c", "d"], ["e", "f", "g"]]


def test_a_unit_is_recorded_after_its_last_write_and_empty_units_in_order() -> None:
    driver = Recorder()
    day = [Window(D(2022, 9, i), D(2022, 9, i)) for i in (1, 2, 3)]
    plan = plan_of((day[0], [["a"]]), (day[1], []), (day[2], [["b"], ["c"]]))
    execute(plan, driver, "out", mark=lambda w: driver.log.append(("mark", str(w))),
            write_every=100)
    assert [e for e in driver.log if e[0] != "process"] == [
        ("write", ["a"]), ("mark", "2022-09-01"), ("mark", "2022-09-02"),
        ("write", ["b", "c"]), ("mark", "2022-09-03")]


@pytest.mark.parametrize("ahead", [0, 1, 3])
def test_at_most_ahead_batches_are_processed_beyond_the_one_written(ahead: int) -> None:
    driver = Recorder(ahead=ahead)
    execute(plan_of((None, [[str(i)] for i in range(10)])), driver, "out", write_every=1)
    assert driver.max_in_flight == ahead + 1
    assert driver.writes() == [[str(i)] for i in range(10)]


def wire_text(ending: str) -> str:
    """A wire story of 60 words; copies differ only in their last words."""
    words = " ".join(f"word{i}" for i in range(60))
    return f"{words} {ending}"


def test_near_duplicates_join_their_story_as_their_batch_is_handed_over(tmp_path: Path) -> None:
    from events.runner import plan_run

    texts = {"orig": wire_text("end"), "copy": wire_text("fin"), "other": "other " * 80}
    articles = [Article(article_id=k, text=t, text_sha256=k) for k, t in texts.items()]
    plan = plan_run(articles, out=tmp_path / "out", batch_size=1)
    assert [a.story_id for u in plan.units for b in u.batches for a in b] == ["", "", ""]
    handed: list[Article] = []

    class Keep(Recorder):
        def process(self, batch: list[Article]) -> list[ProcessedArticle]:
            handed.extend(batch)
            return super().process(batch)

    execute(plan, Keep(ahead=1), "out")
    assert [(a.article_id, a.story_id) for a in handed] == [
        ("orig", "orig"), ("copy", "orig"), ("other", "other")]


class Seen:
    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def start(self, articles: int, units: int | None = None) -> None:
        self.calls.append(("start", (articles, units)))

    def advance(self, articles: int) -> None:
        self.calls.append(("advance", articles))

    def unit_done(self) -> None:
        self.calls.append(("unit", None))

    def close(self) -> None:
        self.calls.append(("close", None))


def test_progress_gets_the_totals_then_each_batch_and_each_day() -> None:
    seen = Seen()
    day = [Window(D(2022, 9, i), D(2022, 9, i)) for i in (1, 2)]
    execute(plan_of((day[0], [["a", "b"], ["c"]]), (day[1], [])), Recorder(), "out",
            mark=lambda w: None, progress=seen)
    assert seen.calls == [("start", (3, 2)), ("advance", 2), ("advance", 1), ("unit", None),
                          ("unit", None), ("close", None)]


def test_an_event_written_twice_counts_once() -> None:
    # "e1" is reported by articles in two writes: the rows hold one event, so does the summary
    driver = Recorder(events={"a": ["e1"], "b": ["e1", "e2"]})
    summary = execute(plan_of((None, [["a"], ["b"]])), driver, "out", write_every=1)
    assert (summary.events, summary.mentions, summary.articles["ok"]) == (2, 3, 2)
    assert summary.source_rows() == [{"source": "Wire", "ok": 2, "duplicate": 0,
                                      "quarantined": 0, "events": 2, "mentions": 3}]


def test_progress_line_has_total_rate_and_eta() -> None:
    now = [0.0]
    counts = Counts(clock=lambda: now[0])
    counts.total, counts.done, now[0] = 588, 120, 8.45
    assert counts.line() == "120/588 articles, 14.2/s, ETA 0:00:33"
    counts.units_total, counts.units_done = 22, 3
    assert counts.line().endswith("(days 3/22)")


def test_plain_progress_logs_at_most_every_interval(caplog: pytest.LogCaptureFixture) -> None:
    now = [0.0]
    progress = LogProgress(logging.getLogger("test.progress"), every=10, clock=lambda: now[0])
    with caplog.at_level(logging.INFO, logger="test.progress"):
        progress.start(100)
        for t in (1, 2, 5, 12, 13):
            now[0] = t
            progress.advance(10)
        progress.close()
    assert [r.getMessage() for r in caplog.records] == [
        "100 articles to do", "10/100 articles, 10.0/s, ETA 0:00:09",
        "40/100 articles, 3.3/s, ETA 0:00:18", "50/100 articles, 3.8/s, done in 0:00:13"]


# --------------------------------------------------------------------------- real chain


@pytest.mark.slow
def test_summary_counts_equal_the_stored_rows(tmp_path: Path) -> None:
    from events.config import Settings
    from events.dataset import load
    from events.ingest.sources import parse_source
    from events.runner import run

    text = "Russian troops shelled Kharkiv on Tuesday, killing at least seven civilians."
    lines = [{"id": "a", "text": text, "published": "2022-09-14", "source_name": "A"},
             {"id": "b", "text": f"{text} The shelling went on.", "published": "2022-09-14",
              "source_name": "B"},
             {"id": "c", "text": "Georgian police arrested protesters in Tbilisi on Monday.",
              "published": "2022-09-13", "source_name": "A"}]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    out = tmp_path / "out"
    summary = run([parse_source(f"file:{path}")], settings=Settings(out_dir=out), batch_size=1,
                  write_every=1)
    events, mentions = load(out), load(out, table="mentions")
    assert summary.events == len(events) >= 2
    assert summary.mentions == len(mentions) == int(events.num_mentions.sum())
    assert summary.articles["ok"] == len(load(out, table="articles")) == 3


@pytest.mark.slow
def test_worker_processes_write_the_rows_of_one_process(tmp_path: Path) -> None:
    from events.config import Settings
    from events.dataset import load
    from events.ingest.sources import default_sources
    from events.runner import run

    def rows(workers: int) -> pd.DataFrame:
        out = tmp_path / f"out{workers}"
        run(default_sources(), settings=Settings(out_dir=out), workers=workers)
        return load(out).drop(columns="date_added").sort_values("event_id", ignore_index=True)

    one, two = rows(1), rows(2)
    assert len(one) > 10
    pd.testing.assert_frame_equal(one, two)


@pytest.mark.slow
def test_events_run_shows_progress_with_a_total_when_not_on_a_terminal(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{i}", "published": "2022-09-14",
                                        "text": f"Russian troops shelled Kharkiv ({i})."}) + "\n"
                            for i in range(3)))
    events = Path(sys.executable).with_name("events")
    done = subprocess.run([str(events), "run", "--source", f"file:{path}", "--out",
                           str(tmp_path / "out")], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "3 articles to do" in done.stderr and "3/3 articles" in done.stderr
    assert "done in" in done.stderr and "Traceback" not in done.stderr


def _batch_sizes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, workers: int) -> list[int]:
    """The batch sizes ``run`` plans for 100 articles with ``workers`` processes (the pool
    replaced by a recording driver)."""
    import events.runner as runner
    from events.config import Settings

    recorder = Recorder()

    class Pool(Recorder):
        def __init__(self, settings: Settings, workers: int):
            pass

        def __enter__(self) -> Recorder:
            return recorder

        def __exit__(self, *exc: object) -> None:
            return None

    articles = [art(f"a{k}") for k in range(100)]
    monkeypatch.setattr(runner, "PoolDriver", Pool)
    monkeypatch.setattr(runner, "_local_reader", lambda settings: lambda s, o: (articles, 0))
    monkeypatch.setattr(runner, "build_chain", lambda settings: None)
    monkeypatch.setattr(runner, "LocalDriver", lambda chain: recorder)
    runner.run([], settings=Settings(out_dir=tmp_path / "out"), workers=workers)
    return [len(ids) for kind, ids in recorder.log if kind == "process"]  # type: ignore[arg-type]


def test_worker_processes_get_small_batches_so_none_idles_at_the_end(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from events.runner import POOL_BATCH_SIZE, WRITE_EVERY

    # the last 4 batches tapered to pieces of 4, the last 2 pieces to single articles
    assert _batch_sizes(monkeypatch, tmp_path, 2) == [16] * 3 + [4] * 11 + [1] * 8
    assert WRITE_EVERY % POOL_BATCH_SIZE == 0  # the same writes as one process makes


def test_tapering_the_last_batches_keeps_every_write() -> None:
    from events.runner import taper

    units = [(None, [["a", "b"], ["c", "d"], ["e", "f", "g"]])]
    plain, tapered = Recorder(), Recorder()
    execute(plan_of(*units), plain, "out", write_every=4)
    plan = plan_of(*units)
    taper(plan, 2, size=1)
    assert [[a.article_id for a in b] for b in plan.units[0].batches] == [
        ["a", "b"], ["c"], ["d"], ["e"], ["f"], ["g"]]
    execute(plan, tapered, "out", write_every=4)
    assert tapered.writes() == plain.writes() == [["a", "b", "c", "d"], ["e", "f", "g"]]


def test_one_process_keeps_the_large_batches(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    assert _batch_sizes(monkeypatch, tmp_path, 1) == [64, 36]


def test_a_run_writes_through_the_system_allocator(tmp_path: Path) -> None:
    import pyarrow

    execute(Plan(units=[Unit(None, [[art("a")]])]), Recorder(), tmp_path)
    assert pyarrow.default_memory_pool().backend_name == "system"


class _FakeLibc:
    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []

    def mallopt(self, param: int, value: object) -> int:
        self.calls.append((param, getattr(value, "value", value)))
        return 1


def test_a_worker_process_keeps_256_mib_of_freed_heap(monkeypatch: pytest.MonkeyPatch) -> None:
    import events.runner as runner

    libc = _FakeLibc()
    monkeypatch.setattr(runner.sys, "platform", "linux")
    monkeypatch.setattr(runner.ctypes, "CDLL", lambda name: libc)
    runner._keep_freed_memory()
    assert libc.calls == [(-1, 256 * 1024 * 1024)]  # M_TRIM_THRESHOLD


def test_a_c_library_without_mallopt_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import events.runner as runner

    monkeypatch.setattr(runner.sys, "platform", "linux")
    monkeypatch.setattr(runner.ctypes, "CDLL", lambda name: object())
    runner._keep_freed_memory()  # no AttributeError: the worker keeps the library's policy
