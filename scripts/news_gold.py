"""Maintainer tool for the real-news gold set (events/evaluation/data/news_gold.jsonl).

The gold file holds only references into the LGL and GeoWebNews corpora of ``EVENTS_SHARED``
(corpus, article id, character offsets, SHA-256 of the sentence) and the hand-coded events;
the texts stay in ../shared (GPL). This script shows the referenced sentences for review.

    python scripts/news_gold.py show [--context] [--only lgl:40450848] [--gold FILE]
    python scripts/news_gold.py check [--gold FILE]
    python scripts/news_gold.py draw [--seed 14] [--lgl 90] [--geowebnews 35] [--per-article 2]
    python scripts/news_gold.py candidates [--seed 15] [--lgl 25] [--geowebnews 15]

``show`` prints each reference with its sentence (and with ``--context`` the sentence
before it) and its coded events; ``check`` resolves every reference and exits 1 on drift;
``draw`` repeats the seeded draw the set was built from and prints candidate references
(JSON lines with no events) for a new coding round; ``candidates`` prints, for the event
stratum, every candidate sentence of articles drawn outside the gold (the annotator keeps the
first two of each article that state an event; the articles the gold references when it runs
are left out, so the second round, seed 16, was drawn after the first round's sentences had
been added). Nothing here reads coder output.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from events.config import default_shared_dir
from events.errors import EventsError
from events.evaluation.news import (
    CorpusArticle,
    load_gold,
    read_corpus,
    resolve,
    sha256,
)

MIN_WORDS = 6
"""A candidate sentence has at least this many alphabetic words (no bylines, captions)."""
MAX_TOKENS = 80
"""... and at most this many tokens (no run-on lists the segmenter failed to split)."""


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _title_end(article: CorpusArticle) -> int:
    """Where the title line an LGL text opens with ends (0 when the text does not open with
    the title); spaces and punctuation are ignored ("Jury acquits man ." is the title)."""
    title = [c.lower() for c in article.title if c.isalnum()]
    if not title:
        return 0
    seen = 0
    for index, char in enumerate(article.text):
        if char.isalnum():
            if char.lower() != title[seen]:
                return 0
            seen += 1
            if seen == len(title):
                return index + 1
    return 0


def candidates(article: CorpusArticle, nlp: object) -> list[tuple[int, int]]:
    """Character spans of the article's sentences that may be drawn: spaCy's sentences of
    the text that do not start inside the title line LGL texts open with, with
    MIN_WORDS..MAX_TOKENS."""
    doc = nlp(article.text)  # type: ignore[operator]
    spans = []
    title_end = _title_end(article)
    for sent in doc.sents:
        text = sent.text
        start = sent.start_char + (len(text) - len(text.lstrip()))
        end = sent.end_char - (len(text) - len(text.rstrip()))
        if start < title_end or end <= start:
            continue
        words = [t for t in sent if t.is_alpha]
        if len(words) < MIN_WORDS or len(sent) > MAX_TOKENS:
            continue
        spans.append((start, end))
    return spans


def draw(shared: Path, seed: int, counts: dict[str, int], per_article: int) -> list[dict[str, object]]:
    """The seeded draw: ``counts[corpus]`` articles per corpus (in file order, sampled with
    ``random.Random(seed)``), up to ``per_article`` candidate sentences from each."""
    from events.nlp import load_nlp

    nlp = load_nlp()
    rng = random.Random(seed)
    refs: list[dict[str, object]] = []
    for corpus, count in counts.items():
        articles = list(read_corpus(shared, corpus).values())
        for article in rng.sample(articles, count):
            spans = candidates(article, nlp)
            for start, end in sorted(rng.sample(spans, min(per_article, len(spans)))):
                refs.append({"corpus": corpus, "article": article.article_id, "start": start,
                             "end": end, "sha256": sha256(article.text[start:end]), "events": []})
    return refs


def event_candidates(shared: Path, seed: int, counts: dict[str, int]) -> list[dict[str, object]]:
    """For the event stratum: ``counts[corpus]`` articles per corpus not referenced by the
    packaged gold (sampled with ``random.Random(seed)``), each with every candidate
    sentence in text order; the annotator keeps the first two that state an event."""
    from events.nlp import load_nlp

    nlp = load_nlp()
    rng = random.Random(seed)
    used = {(g.corpus, g.article_id) for g in load_gold()}
    out: list[dict[str, object]] = []
    for corpus, count in counts.items():
        articles = [a for a in read_corpus(shared, corpus).values() if (corpus, a.article_id) not in used]
        for article in rng.sample(articles, count):
            for start, end in candidates(article, nlp):
                out.append({"corpus": corpus, "article": article.article_id, "start": start,
                            "end": end, "text": " ".join(article.text[start:end].split())})
    return out


def show(shared: Path, gold_file: Path | None, context: bool, only: set[str]) -> None:
    """Print every reference with its sentence and codes."""
    gold = load_gold(gold_file)
    texts = resolve(gold, shared)
    corpora = {c: read_corpus(shared, c) for c in {g.corpus for g in gold}}
    for number, (sentence, text) in enumerate(zip(gold, texts, strict=True), start=1):
        key = f"{sentence.corpus}:{sentence.article_id}"
        if only and key not in only:
            continue
        _out(f"#{number} {key} [{sentence.start}:{sentence.end}]")
        if context:
            before = corpora[sentence.corpus][sentence.article_id].text[: sentence.start]
            _out("  before: ..." + " ".join(before.split())[-300:])
        _out("  " + " ".join(text.split()))
        for event in sentence.events:
            _out(f"    {event.source or '-'} {event.code} {event.target or '-'} ({event.modality})")
        if not sentence.events:
            _out("    (no event)")
        if sentence.note:
            _out(f"    note: {sentence.note}")


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=None, help="EVENTS_SHARED folder")
    sub = parser.add_subparsers(dest="command", required=True)
    sh = sub.add_parser("show", help="print the referenced sentences and their codes")
    sh.add_argument("--gold", type=Path, help="gold file (default: the packaged one)")
    sh.add_argument("--context", action="store_true", help="also print the text before")
    sh.add_argument("--only", action="append", default=[], help="corpus:article (repeatable)")
    ck = sub.add_parser("check", help="resolve every reference; exit 1 on drift")
    ck.add_argument("--gold", type=Path, help="gold file (default: the packaged one)")
    dr = sub.add_parser("draw", help="print the seeded draw of candidate references")
    dr.add_argument("--seed", type=int, default=14)
    dr.add_argument("--lgl", type=int, default=90, help="articles drawn from LGL")
    dr.add_argument("--geowebnews", type=int, default=35, help="articles drawn from GeoWebNews")
    dr.add_argument("--per-article", type=int, default=2)
    ev = sub.add_parser("candidates", help="event stratum: print drawn articles' sentences")
    ev.add_argument("--seed", type=int, default=15)
    ev.add_argument("--lgl", type=int, default=25, help="articles drawn from LGL")
    ev.add_argument("--geowebnews", type=int, default=15, help="articles drawn from GeoWebNews")
    args = parser.parse_args(argv)
    shared = args.shared or default_shared_dir()
    try:
        if args.command == "show":
            show(shared, args.gold, args.context, set(args.only))
        elif args.command == "check":
            gold = load_gold(args.gold)
            resolve(gold, shared)
            _out(f"{len(gold)} references resolve")
        elif args.command == "candidates":
            for ref in event_candidates(shared, args.seed, {"lgl": args.lgl, "geowebnews": args.geowebnews}):
                _out(json.dumps(ref, ensure_ascii=False))
        else:
            for ref in draw(shared, args.seed, {"lgl": args.lgl, "geowebnews": args.geowebnews},
                            args.per_article):
                _out(json.dumps(ref))
    except EventsError as err:
        sys.stderr.write(f"error: {err}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
