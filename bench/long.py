"""Processing time against text length: one article of 100,000 and one of 1,000,000
characters through the chain (NLP, coding, geoparsing, dates, places), each in its own
process; the last line is JSON with the seconds, microseconds per character, the growth of
the per-character cost from the short to the long one (1.0 = linear) and each process's
peak memory.

``python -m bench.run --long`` (``make bench BENCH_ARGS=--long``). The article is the LGL
texts (or the bundled samples) joined by blank lines, leaving out texts with a story-level
discard phrase (a sports or film story), which would make the coder skip the whole article.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (100_000, 1_000_000)


def long_text(size: int) -> str:
    """``size`` characters of news articles separated by blank lines."""
    from bench.run import lgl_texts
    from events.coding import load_dictionaries

    story = [p for p, whole in load_dictionaries().discards.items() if whole]
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in story) + r")\b")
    pool = [t for t in lgl_texts(None) if not pattern.search(t.lower())]
    parts, length, i = [], 0, 0
    while length < size:
        parts.append(pool[i % len(pool)])
        length += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def child(size: int) -> None:
    """The measured process: one warm-up article, then the long one; prints JSON."""
    from bench.run import articles_of
    from events.config import Settings
    from events.ingest.normalize import text_sha256
    from events.models import Article
    from events.pipeline import build_chain

    chain = build_chain(Settings())
    list(chain.process(articles_of(["Russian troops shelled Kharkiv."])))
    text = long_text(size)
    article = Article(article_id=f"long-{size}", text=text, text_sha256=text_sha256(text),
                      published=dt.datetime(2009, 6, 1, tzinfo=dt.UTC), source_name="bench")
    wall, cpu = time.perf_counter(), time.process_time()
    processed = list(chain.process([article]))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"chars": len(text), "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
                      "events": len(processed[0].events), "peak_rss_mb": round(peak, 1)}))


def main() -> None:
    out: dict[str, object] = {}
    per_char: list[float] = []
    for size in SIZES:
        done = subprocess.run([sys.executable, "-m", "bench.run", "--long-child", str(size)],
                              cwd=ROOT, check=True, capture_output=True, text=True)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        label = f"{size // 1000}k" if size < 1_000_000 else f"{size // 1_000_000}m"
        out[f"long_s_{label}"] = result["wall_s"]
        out[f"long_cpu_s_{label}"] = result["cpu_s"]
        out[f"long_events_{label}"] = result["events"]
        out[f"long_peak_rss_mb_{label}"] = result["peak_rss_mb"]
        per_char.append(result["cpu_s"] / result["chars"] * 1e6)
        out[f"long_cpu_us_per_char_{label}"] = round(per_char[-1], 2)
    out["long_growth"] = round(per_char[-1] / per_char[0], 2)
    for key, value in out.items():
        print(f"{key:28s} {value}")
    print(json.dumps(out))
