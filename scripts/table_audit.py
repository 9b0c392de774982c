"""Maintainer tool: judge events-table rows on news the coder was not tuned on, by hand.

The news gold (``events eval news``) scores 323 sentences; the events table of a real article
holds many more rows, from sentences no gold covers. This script draws LGL and GeoWebNews
articles (``EVENTS_SHARED``), codes them with the default chain and lists the rows that enter
the events table from sentences outside the news gold, so that a person can judge each as
right, wrong or doubtful; ``bands`` then gives the share judged right per confidence band,
the evidence for the table's confidence threshold (docs/coding.md, "The threshold").

    python scripts/table_audit.py sample --seed 7 --articles 120 > rows.jsonl
    python scripts/table_audit.py show rows.jsonl            # the sentences, for judging
    python scripts/table_audit.py bands docs/audit/*.jsonl   # after setting each "verdict"

The JSON lines hold references only (corpus, article id, character offsets of the sentence
and the action word), the coded row and the verdict; the texts stay in ../shared (GPL).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

from events.config import default_shared_dir
from events.evaluation.coded import code_articles
from events.evaluation.news import article_key, load_gold, read_corpus

CORPORA = ("lgl", "geowebnews")
VERDICTS = ("right", "wrong", "doubtful")


def sample(shared: Path, seed: int, articles: int) -> list[dict[str, object]]:
    """Table rows of ``articles`` articles drawn with ``seed``, outside the gold sentences."""
    covered: dict[str, list[tuple[int, int]]] = {}
    for g in load_gold():
        covered.setdefault(article_key(g.corpus, g.article_id), []).append((g.start, g.end))
    drawn = [(c, a) for c in CORPORA for a in read_corpus(shared, c).values()]
    random.Random(seed).shuffle(drawn)
    drawn = drawn[:articles]
    coded = code_articles((article_key(c, a.article_id), a.text, a.published) for c, a in drawn)
    rows: list[dict[str, object]] = []
    for corpus, art in drawn:
        key = article_key(corpus, art.article_id)
        for r in coded[key]:
            if r.in_table and not any(s <= r.action < e for s, e in covered.get(key, [])):
                rows.append({"corpus": corpus, "article": art.article_id, "sentence": list(r.sentence),
                             "action": r.action, "code": r.code, "source": r.source, "target": r.target,
                             "modality": r.modality, "confidence": r.confidence, "verdict": None})
    return rows


def show(shared: Path, rows: list[dict[str, object]]) -> None:
    """Print each row with its sentence (to the terminal only)."""
    texts = {c: {a.article_id: a.text for a in read_corpus(shared, c).values()} for c in CORPORA}
    for i, r in enumerate(rows):
        start, end = r["sentence"]  # type: ignore[misc]
        text = texts[str(r["corpus"])][str(r["article"])][start:end].replace("\n", " ")
        coded = " ".join(str(r[k]) for k in ("source", "code", "target", "modality", "confidence", "verdict"))
        _line(f"{i} {coded} | {text}")


def bands(rows: list[dict[str, object]]) -> None:
    """Print the judged rows per confidence band of 0.1, and what each threshold keeps."""
    judged = [r for r in rows if r.get("verdict") in VERDICTS]
    per: dict[int, Counter[str]] = {}
    for r in judged:
        per.setdefault(min(int(float(r["confidence"]) * 10), 9), Counter())[str(r["verdict"])] += 1  # type: ignore[arg-type]
    _line("| confidence | rows | right | wrong | doubtful | right share |")
    _line("|---|---|---|---|---|---|")
    for band in sorted(per):
        c = per[band]
        n = sum(c.values())
        counts = " | ".join(str(c[v]) for v in VERDICTS)
        _line(f"| {band / 10:.1f}–{(band + 1) / 10:.1f} | {n} | {counts} | {c['right'] / n:.0%} |")


def _line(text: str) -> None:
    sys.stdout.write(text + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--seed", type=int, default=7)
    s.add_argument("--articles", type=int, default=120)
    for name in ("show", "bands"):
        sub.add_parser(name).add_argument("files", nargs="+", type=Path)
    args = ap.parse_args()
    shared = default_shared_dir()
    if args.cmd == "sample":
        for row in sample(shared, args.seed, args.articles):
            sys.stdout.write(json.dumps(row) + "\n")
        return 0
    lines = [line for f in args.files for line in f.read_text("utf-8").splitlines() if line.strip()]
    rows = [json.loads(line) for line in lines]
    if args.cmd == "show":
        show(shared, rows)
    else:
        bands(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
