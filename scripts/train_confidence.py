"""Fit the coder's confidence model on the development sets and print its calibration.

    .venv/bin/python scripts/train_confidence.py [--write]

Codes the three development sets through the chain ``events code`` uses and labels events:

* news (the project's real-news gold, ``events/evaluation/data/news_gold.jsonl``): every
  coded mention of a referenced sentence; right when its (source, target, root) triple, actors
  cut to three letters, is one of the sentence's gold triples;
* plv (``eval/coding-dev/plv_train.jsonl``): the coder's event for each pair (as ``events
  eval plv`` chooses it); right when its root is allowed and its source matches;
* plover (``eval/plover/PLOVER_GSR_CAMEO.txt``): the event the plover evaluation scores;
  right when its PLOVER type and source country are the gold's.

An event whose code the set's labels can never call right (no PLV label allows CAMEO roots
01 or 02; a 01 statement has no PLOVER type) is left out of plv and plover: those sets were
drawn for PLOVER events, so keeping such events taught the model that every statement is
wrong (weight -2.46 on ``statement``), also in news, where 01x events are real.

A logistic regression (scikit-learn, a development dependency only) over
:data:`events.coding.confidence.FEATURES` is fitted; its out-of-fold probabilities (5 folds
grouped by sentence) give the calibration table and the precision/recall of thresholds on
the news set, printed as Markdown for ``docs/coding.md``. ``--write`` stores the weights fitted
on all data in ``events/coding/data/confidence.json``. Reads ``EVENTS_SHARED``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from events.coding.confidence import FEATURES
from events.config import EventRule, Settings
from events.evaluation import news, plv
from events.evaluation.coded import CodedRow, code_articles
from events.evaluation.plover import GOLD as PLOVER_GOLD
from events.evaluation.plover import read_gold, to_2021

MODEL = Path(__file__).resolve().parents[1] / "events" / "coding" / "data" / "confidence.json"


@dataclass
class Example:
    """One labelled event: its set, sentence group, features, label, and for news the key
    used to score thresholds."""

    kind: str
    group: str
    x: list[float]
    right: bool
    row: CodedRow


def _x(row: CodedRow) -> list[float]:
    values = row.features or {}
    return [float(values.get(name, 0.0)) for name in FEATURES]


def news_examples(shared: Path) -> tuple[list[Example], list[tuple[str, set[news.Triple]]]]:
    """Labelled mentions of the news set and each sentence's events-table gold triples."""
    gold = news.load_gold()
    news.resolve(gold, shared)
    corpora = {name: news.read_corpus(shared, name) for name in sorted({g.corpus for g in gold})}
    wanted = sorted({(g.corpus, g.article_id) for g in gold})
    coded = code_articles(
        (news.article_key(c, a), corpora[c][a].text, corpora[c][a].published) for c, a in wanted)
    out: list[Example] = []
    table_gold = []
    for k, sentence in enumerate(gold):
        rows = news.sentence_rows(sentence, coded[news.article_key(sentence.corpus, sentence.article_id)])
        triples = news.gold_triples(sentence, table_only=False)
        group = f"news-{k}"
        table_gold.append((group, news.gold_triples(sentence, table_only=True)))
        for row in rows:
            right = news.triple(row.source, row.target, row.code) in triples
            out.append(Example("news", group, _x(row), right, row))
    return out, table_gold


def plv_examples(shared: Path) -> list[Example]:
    """The chosen event of every PLV pair, labelled."""
    pairs = plv.read_pairs(shared / plv.GOLD)
    texts = sorted({p.text for p in pairs})
    coded = code_articles((f"plv-{k}", text, plv.PLV_DATE) for k, text in enumerate(texts))
    by_text = {text: coded[f"plv-{k}"] for k, text in enumerate(texts)}
    # a root no PLV label allows (01 statements, 02 appeals) can never be right there: such
    # events would teach the model that these roots are wrong wherever they occur
    possible = {root for pair in pairs for root in pair.roots}
    out = []
    for pair in pairs:
        choice = plv.choose(pair, by_text[pair.text])
        if choice.event is not None and choice.event.root in possible:
            right = choice.root_ok and choice.source_ok
            out.append(Example("plv", f"plv-{pair.text}", _x(choice.event), right, choice.event))
    return out


def plover_examples(shared: Path) -> list[Example]:
    """The scored event of every PLOVER gold sentence, labelled."""
    from events.evaluation.plover import plover_type

    entries = read_gold(shared / PLOVER_GOLD)
    texts = []
    for k, entry in enumerate(entries):
        try:
            when = dt.datetime.fromisoformat(str(entry.get("date", ""))).replace(tzinfo=dt.UTC)
        except ValueError:
            when = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
        texts.append((f"plover-{k}", str(entry["text"]), when))
    coded = code_articles(texts)
    out = []
    for k, entry in enumerate(entries):
        stated = [r for r in coded[f"plover-{k}"] if r.modality in ("asserted", "reported")]
        row = next((r for r in stated if r.source), stated[0] if stated else None)
        if row is None or plover_type(row.code) is None:
            continue  # (a code with no PLOVER type, such as a 01 statement, is never right here)
        sources = entry.get("source") if isinstance(entry.get("source"), list) else []
        gold_src = {str(a.get("code", ""))[:3].upper() for a in sources if isinstance(a, dict)}
        right = plover_type(row.code) == to_2021(str(entry["event"])) and (
            not gold_src or (row.source or "")[:3] in gold_src)
        out.append(Example("plover", f"plover-{k}", _x(row), right, row))
    return out


def out_of_fold(examples: list[Example], folds: int = 5) -> np.ndarray:
    """Out-of-fold probabilities (folds grouped by sentence)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    x = np.array([e.x for e in examples])
    y = np.array([e.right for e in examples])
    groups = np.array([e.group for e in examples])
    p = np.zeros(len(examples))
    for train, test in GroupKFold(n_splits=folds).split(x, y, groups):
        model = LogisticRegression(C=1.0, max_iter=2000).fit(x[train], y[train])
        p[test] = model.predict_proba(x[test])[:, 1]
    return p


def _stated(row: CodedRow) -> bool:
    """The events-table rule without its confidence threshold (:class:`EventRule`):
    asserted or reported, with a source, and with a target unless its root needs none."""
    return EventRule(min_confidence=0.0).admits(
        str(row.modality), row.source is not None, 1.0, row.code, row.target is not None)


def calibration(examples: list[Example], p: np.ndarray) -> str:
    """Markdown table: per confidence band, events and share right, per set and overall."""
    bands = [(0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)]
    kinds = ["news", "plv", "plover"]
    lines = ["| confidence | " + " | ".join(f"{k}: events, right" for k in kinds) + " | all: events, right |",
             "|---|" + "---|" * (len(kinds) + 1)]
    for lo, hi in bands:
        cells = []
        for kind in [*kinds, None]:
            chosen = [(e, q) for e, q in zip(examples, p, strict=True)
                      if (kind is None or e.kind == kind) and lo <= q < hi]
            right = sum(e.right for e, _ in chosen)
            cells.append(f"{len(chosen)}, {right / len(chosen):.0%}" if chosen else "0, –")
        lines.append(f"| {lo:.1f}–{min(hi, 1.0):.1f} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def thresholds(examples: list[Example], p: np.ndarray, table_gold: list[tuple[str, set[news.Triple]]]) -> str:
    """Markdown table: news events-table precision and recall when only events with a
    confidence at least t enter the table."""
    lines = ["| threshold | news precision | news recall | events kept |", "|---|---|---|---|"]
    gold_n = sum(len(g) for _, g in table_gold)
    for t in (0.0, 0.2, 0.3, 0.4, 0.5, 0.6):
        hits = predicted = 0
        for group, gold in table_gold:
            kept = {news.triple(e.row.source, e.row.target, e.row.code)
                    for e, q in zip(examples, p, strict=True)
                    if e.group == group and _stated(e.row) and q >= t}
            hits += len(kept & gold)
            predicted += len(kept)
        precision = hits / predicted if predicted else 0.0
        lines.append(f"| {t:.1f} | {precision:.3f} | {hits / gold_n if gold_n else 0:.3f} | {predicted} |")
    return "\n".join(lines)


def plv_thresholds(examples: list[Example], p: np.ndarray) -> str:
    """Markdown table: on the PLV pairs, the share of pairs whose chosen event is right and
    kept (recall-like) and the share right among the kept chosen events, per threshold."""
    chosen = [(e, q) for e, q in zip(examples, p, strict=True) if e.kind == "plv"]
    lines = ["| threshold | plv right and kept | plv right among kept | kept |", "|---|---|---|---|"]
    for t in (0.0, 0.2, 0.3, 0.4, 0.5, 0.6):
        kept = [e for e, q in chosen if q >= t]
        right = sum(e.right for e in kept)
        among = right / len(kept) if kept else 0.0
        lines.append(f"| {t:.1f} | {right / len(chosen):.3f} | {among:.3f} | {len(kept)} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="store the fitted weights")
    args = parser.parse_args()
    shared = Settings().shared_dir
    news_ex, table_gold = news_examples(shared)
    examples = news_ex + plv_examples(shared) + plover_examples(shared)
    p = out_of_fold(examples)
    sys.stdout.write(f"{len(examples)} labelled events ({sum(e.right for e in examples)} right)\n\n")
    sys.stdout.write(calibration(examples, p) + "\n\n")
    sys.stdout.write(thresholds(news_ex, p[: len(news_ex)], table_gold) + "\n\n")
    sys.stdout.write(plv_thresholds(examples, p) + "\n")
    if args.write:
        from sklearn.linear_model import LogisticRegression

        model = LogisticRegression(C=1.0, max_iter=2000).fit(np.array([e.x for e in examples]),
                                                              np.array([e.right for e in examples]))
        weights = {name: round(float(w), 4) for name, w in zip(FEATURES, model.coef_[0], strict=True)}
        MODEL.write_text(json.dumps({
            "about": "logistic weights fitted by scripts/train_confidence.py on the development sets",
            "examples": len(examples), "intercept": round(float(model.intercept_[0]), 4), "weights": weights,
        }, indent=1) + "\n")
        sys.stdout.write(f"\nwrote {MODEL}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
