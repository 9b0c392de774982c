"""Throughput, start-up and memory of the chain, against bare spaCy, on real news.

``python -m bench.run [--limit N] [--workers W] [--skip-10x]`` (``make bench``);
``--store`` measures the store alone instead (``bench/store.py``). Texts: the
588 LGL articles from ``EVENTS_SHARED/eval/geo/lgl.xml``, or the bundled samples when that
is absent. The last line printed is one JSON object (keys in DESIGN.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from events.config import Settings, default_shared_dir
from events.models import Article

ROOT = Path(__file__).resolve().parents[1]


def lgl_texts(limit: int | None) -> list[str]:
    """LGL article texts (or the bundled samples when the shared folder is absent)."""
    path = default_shared_dir() / "eval" / "geo" / "lgl.xml"
    if path.exists():
        texts = [a.findtext("text") or "" for a in ET.parse(path).getroot().iter("article")]
    else:
        samples = ROOT / "data" / "samples" / "articles.jsonl"
        texts = [json.loads(line)["text"] for line in samples.read_text().splitlines() if line]
    return texts[:limit] if limit else texts


def articles_of(texts: list[str], repeat: int = 1) -> list[Article]:
    """Articles with distinct ids (so repeated texts are not deduplicated away)."""
    from events.ingest.normalize import text_sha256

    published = dt.datetime(2009, 6, 1, tzinfo=dt.UTC)
    return [Article(article_id=f"bench-{r}-{i}", text=t, published=published,
                    text_sha256=text_sha256(f"{r}:{t}"), source_name="bench")
            for r in range(repeat) for i, t in enumerate(texts)]


def rate(count: int, seconds: float) -> float:
    return round(count / seconds, 2) if seconds > 0 else 0.0


def _timed(work: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of ``work()``."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def bench_throughput(texts: list[str], model: str, rounds: int = 2) -> dict[str, float]:
    """Bare spaCy ``nlp.pipe`` (batch 16), the chain without and with writing, over the same
    texts, in ``rounds`` interleaved rounds (the best round of each counts, so both sides
    have warm caches and a busy moment of a shared machine hurts one round, not the figure).

    Articles per second by wall clock and by this process's CPU time (the CPU figures hold
    on a machine other processes share); ``ratio``/``ratio_cpu`` = with writing / baseline.
    ``baseline_numpy_blas`` is bare spaCy with the chain's matrix products
    (:func:`events.nlp.numpy_matrix_products`) and ``ratio_same_blas`` the chain against it:
    how much of ``ratio`` the BLAS choice alone makes.
    """
    import spacy

    from events.nlp import numpy_matrix_products
    from events.pipeline import build_chain
    from events.runner import LocalDriver, Plan, Unit, batched, execute, process_batch

    nlp = spacy.load(model)
    nlp("warm up")
    same_blas = spacy.load(model)
    numpy_matrix_products(same_blas)
    same_blas("warm up")
    chain = build_chain(Settings())
    list(chain.process(articles_of(["Russian troops shelled Kharkiv."])))  # warm up
    articles = articles_of(texts)

    def baseline() -> None:
        for _ in nlp.pipe(texts, batch_size=16):
            pass

    def baseline_numpy_blas() -> None:
        for _ in same_blas.pipe(texts, batch_size=16):
            pass

    def chain_only() -> None:
        for batch in batched(articles):
            process_batch(chain, batch)

    def chain_write() -> None:  # what `events run` does after reading: the run core
        with tempfile.TemporaryDirectory() as tmp:
            execute(Plan(units=[Unit(None, list(batched(articles)))]), LocalDriver(chain), tmp)

    best: dict[str, tuple[float, float]] = {}
    for _ in range(max(1, rounds)):
        for name, work in (("baseline", baseline), ("baseline_numpy_blas", baseline_numpy_blas),
                           ("chain", chain_only), ("chain_write", chain_write)):
            wall, cpu = _timed(work)
            old = best.get(name, (float("inf"), float("inf")))
            best[name] = (min(old[0], wall), min(old[1], cpu))
    out: dict[str, float] = {}
    for name, (wall, _) in best.items():
        out[f"{name}_articles_per_s"] = rate(len(texts), wall)
    for name, (_, cpu) in best.items():
        out[f"{name}_articles_per_cpu_s"] = rate(len(texts), cpu)
    out["ratio"] = round(best["baseline"][0] / best["chain_write"][0], 3)
    out["ratio_cpu"] = round(best["baseline"][1] / best["chain_write"][1], 3)
    out["ratio_same_blas"] = round(best["baseline_numpy_blas"][0] / best["chain_write"][0], 3)
    return out


def bench_coding(texts: list[str]) -> dict[str, float]:
    """spaCy's parse time over the texts, then the coder alone on the parsed documents:
    sentences coded per second and coding time as a share of parse time (by wall clock, and
    by this process's CPU time: what holds when other processes share the machine). The
    coder is the chain's own (:func:`events.pipeline.build_chain`), loaded as a run loads it:
    its dictionaries frozen out of the garbage collector's full collections."""
    docs: list = []
    import datetime as _dt

    from events.nlp import load_nlp
    from events.pipeline import build_chain

    nlp = load_nlp(Settings().model)
    coder = build_chain(Settings()).coder
    parse_s, parse_cpu = _timed(lambda: docs.extend(nlp.pipe(texts, batch_size=16)))
    sentences = sum(1 for doc in docs for _ in doc.sents)
    coding_s, coding_cpu = _timed(lambda: [coder.code(doc, when=_dt.date(2009, 6, 1)) for doc in docs])
    return {"sentences": sentences, "parse_s": round(parse_s, 2),
            "parse_sentences_per_s": rate(sentences, parse_s), "coding_s": round(coding_s, 2),
            "coding_sentences_per_s": rate(sentences, coding_s),
            "coding_share_of_parse": round(coding_s / parse_s, 3),
            "coding_share_of_parse_cpu": round(coding_cpu / parse_cpu, 3)}


def bench_geocoder(limit: int | None) -> float:
    """Gold LGL toponyms resolved per second by the geoparser alone (no NLP: the articles are
    parsed by spaCy before the clock starts, as the chain hands the geoparser its Doc)."""
    from events.evaluation.geo import read_lgl
    from events.geo import Gazetteer, Geoparser
    from events.nlp import load_nlp

    path = default_shared_dir() / "eval" / "geo" / "lgl.xml"
    if not path.exists():
        return 0.0
    gold = read_lgl(path)[:limit] if limit else read_lgl(path)
    parser = Geoparser(Gazetteer.load())
    docs = list(load_nlp().pipe([a.text for a in gold], batch_size=16))
    count, start = 0, time.perf_counter()
    for article, doc in zip(gold, docs, strict=True):
        spans = [(t.start, t.end) for t in article.toponyms]
        parser.resolve_spans(article.text, spans, doc)
        count += len(spans)
    return rate(count, time.perf_counter() - start)


def cold_start(runs: int = 3, command: str = "code") -> float:
    """Seconds from process start to the end of ``events code`` (or ``events geoparse``) on
    one sentence (median of ``runs``; the gazetteer index already built)."""
    line = json.dumps({"id": "c", "text": "Russian troops shelled Kharkiv on Tuesday.",
                       "published": "2022-09-15"})
    events_bin = Path(sys.executable).with_name("events")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(events_bin), command, "-"], input=line.encode(), check=True,
                       capture_output=True)
        times.append(time.perf_counter() - start)
    return round(sorted(times)[len(times) // 2], 2)


def peak_rss_mb(repeat: int, limit: int | None, workers: int) -> float:
    """Peak resident memory (MB) of a separate process running the chain with writing over
    the texts repeated ``repeat`` times."""
    args = [sys.executable, "-m", "bench.run", "--child", str(repeat), "--workers", str(workers)]
    if limit:
        args += ["--limit", str(limit)]
    done = subprocess.run(args, check=True, cwd=ROOT, capture_output=True, text=True)
    return float(done.stdout.strip().splitlines()[-1])


def _write_jsonl(path: Path, texts: list[str], repeat: int) -> None:
    with path.open("w") as fh:
        for r in range(repeat):
            for i, text in enumerate(texts):
                fh.write(json.dumps({"id": f"b{r}-{i}", "text": f"{text}\n\n(copy {r})",
                                     "published": "2009-06-01"}) + "\n")


def bench_runner(texts: list[str], workers: int) -> float:
    """``events run`` over the texts (read, process with ``workers`` processes, write),
    articles per second, chain start-up excluded as far as the workers allow."""
    from events.ingest.sources import Source
    from events.runner import run

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.jsonl"
        _write_jsonl(source, texts, 1)
        start = time.perf_counter()
        run([Source("file", str(source))], settings=Settings(out_dir=Path(tmp) / "out"),
            workers=workers)
        return rate(len(texts), time.perf_counter() - start)


def bench_workers(texts: list[str], workers: int, rounds: int = 2) -> dict[str, object]:
    """``events run`` with ``workers`` processes against one process (:func:`bench_runner`,
    worker start-up included), in ``rounds`` interleaved rounds: the best round of each
    counts, as in :func:`bench_throughput` (a busy moment of a shared machine hurts one
    round, not the figure), and every round's own speed-up is printed beside it.
    ``workers_speedup`` = best with ``workers`` / best with one (the bar: >= 1.9 with two)."""
    many: list[float] = []
    one: list[float] = []
    for _ in range(max(1, rounds)):
        many.append(bench_runner(texts, workers))
        one.append(bench_runner(texts, 1))
    return {f"run_articles_per_s_{workers}_workers": max(many),
            "run_articles_per_s_1_worker": max(one),
            "workers_speedup": round(max(many) / max(one), 3),
            "workers_speedup_rounds": [round(m / o, 3) for m, o in zip(many, one, strict=True)]}


_SHARED: tuple[object, list[str], int] | None = None  # (nlp, texts, workers) for forked parsers


def _parse_share(k: int) -> int:
    """Parse every ``workers``-th text from the ``k``-th with bare spaCy (in a forked process)."""
    assert _SHARED is not None
    nlp, texts, workers = _SHARED
    return sum(1 for _ in nlp.pipe(texts[k::workers], batch_size=16))  # type: ignore[attr-defined]


def bench_spacy_workers(texts: list[str], model: str, workers: int, rounds: int = 2) -> dict[str, object]:
    """What the machine itself gives ``workers`` processes: the chain's parser alone
    (:func:`events.nlp.load_nlp`: numpy's BLAS on one thread, as in a worker) over the texts
    in one process against ``workers`` processes forked from it, each parsing its share
    (start-up included, best of ``rounds`` interleaved rounds). ``spacy_workers_speedup`` is
    the ceiling that ``workers_speedup`` of the chain is read against: two cores that share
    caches, memory bandwidth or a host with other guests give less than ``workers`` times."""
    global _SHARED
    import multiprocessing

    from events.nlp import load_nlp

    nlp = load_nlp(model)
    nlp("warm up")
    _SHARED = (nlp, texts, workers)
    many: list[float] = []
    one: list[float] = []
    try:
        for _ in range(max(1, rounds)):
            start = time.perf_counter()
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                pool.map(_parse_share, range(workers))
            many.append(rate(len(texts), time.perf_counter() - start))
            start = time.perf_counter()
            parsed = sum(1 for _ in nlp.pipe(texts, batch_size=16))
            one.append(rate(parsed, time.perf_counter() - start))
    finally:
        _SHARED = None
    return {"spacy_workers_speedup": round(max(many) / max(one), 3),
            "spacy_workers_speedup_rounds": [round(m / o, 3) for m, o in zip(many, one, strict=True)]}


def child(repeat: int, limit: int | None, workers: int) -> None:
    """The measured process of :func:`peak_rss_mb`: stream articles through the runner."""
    from events.ingest.sources import Source
    from events.runner import run

    texts = lgl_texts(limit)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.jsonl"
        _write_jsonl(source, texts, repeat)
        settings = Settings(out_dir=Path(tmp) / "out")
        run([Source("file", str(source))], settings=settings, workers=workers)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if workers > 1 else 0
    print(round((own + workers * workers_peak) / 1024, 1))  # KB → MB; workers: upper bound


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--limit", type=int, help="use only the first N articles")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--skip-10x", action="store_true", help="skip the 10× memory run")
    parser.add_argument("--rounds", type=int, default=2,
                        help="interleaved rounds of baseline and chain; the best counts (default 2)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--store", action="store_true",
                        help="measure the store alone (bench/store.py): write growth")
    parser.add_argument("--long", action="store_true",
                        help="processing time of a 100k- and a 1M-character article (bench/long.py)")
    parser.add_argument("--long-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.long or args.long_child:
        from bench import long

        long.child(args.long_child) if args.long_child else long.main()
        return 0
    if args.store:
        from bench import store

        store.main()
        return 0
    if args.child:
        child(args.child, args.limit, args.workers)
        return 0
    texts = lgl_texts(args.limit)
    out: dict[str, object] = {"articles": len(texts)}
    model = Settings().model
    out.update(bench_throughput(texts, model, args.rounds))
    out["cold_start_s"] = cold_start()
    out["geoparse_cold_start_s"] = cold_start(command="geoparse")
    out["peak_rss_mb"] = peak_rss_mb(1, args.limit, args.workers)
    out["peak_rss_mb_10x"] = None if args.skip_10x else peak_rss_mb(10, args.limit, args.workers)
    out["toponyms_per_s"] = bench_geocoder(args.limit)
    out.update(bench_coding(texts))
    out["workers"] = args.workers
    if args.workers > 1:
        out.update(bench_workers(texts, args.workers, args.rounds))
        out.update(bench_spacy_workers(texts, model, args.workers, args.rounds))
    out["machine"] = f"{os.cpu_count()} cores, {sys.platform}, Python {sys.version.split()[0]}"
    for key, value in out.items():
        print(f"{key:28s} {value}")
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
