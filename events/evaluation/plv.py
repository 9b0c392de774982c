"""Score the coder on the PLV source–target pairs (``events eval plv``).

``eval/coding-dev/plv_train.jsonl`` (in ``EVENTS_SHARED``) holds 1,043 pairs in 1,037
sentences: each pair has the sentence ``text``, the ``source`` and ``target`` actor text
spans, a PLOVER label and the CAMEO roots that label allows (``cameo_roots``). A side the
data marks with a placeholder (``"An actor"`` for a source, ``"a recipient"`` for a target)
is *implicit*: the sentence names no actor there.

Coding. Each distinct sentence is coded once, as one article, through the chain ``events
code`` uses (:mod:`events.evaluation.coded`: packaged dictionaries, default coder mode, the
chain's post-processing), dated :data:`PLV_DATE` (the data carry no dates; the years the
sentences name cluster in 2016-2019). Every mention the chain writes is an event here, whatever
its modality (the events-table rule is reported beside it in the table).

The coder's event for a pair. A gold span is located in the text (every exact occurrence,
else every case-insensitive one). An event's side *matches* when

* the gold side is explicit and the event's actor on that side (its character span: offset
  of the actor plus the length of its name) overlaps an occurrence of the gold span;
* the gold side is implicit and the event has no actor on that side.

Among the sentence's events the chosen one maximises, in this order: (1) the number of sides
that match (0-2); (2) whether its CAMEO root is in ``cameo_roots``; (3) the summed overlap of
its sides (character Jaccard of actor span and the best gold occurrence; 1 for a matching
implicit side); (4) earliest in text. A sentence with no event gives no chosen event.

Metrics, over all pairs (no chosen event = wrong): ``root_accuracy`` (the chosen event's
root is in ``cameo_roots``), ``source_accuracy`` and ``target_accuracy`` (that side matches),
``pair_accuracy`` (all three), ``plover_accuracy`` (the chosen event's full code maps to the
pair's PLOVER label through the CAMEO→PLOVER table, CONCEDE and RETREAT counting as YIELD);
``events_per_sentence`` is the mean number of events per distinct sentence, a measure of
over-generation (the gold has about one pair per sentence).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from events.errors import EvalError
from events.evaluation import EvalResult
from events.evaluation.coded import CodedRow, code_articles, write_details

log = logging.getLogger(__name__)

GOLD = Path("eval/coding-dev/plv_train.jsonl")
PLV_DATE = dt.datetime(2018, 1, 1, 12, tzinfo=dt.UTC)
IMPLICIT = frozenset({"An actor", "a recipient"})
"""The data's placeholders for a side the sentence does not name."""
YIELD = frozenset({"CONCEDE", "RETREAT"})

Span = tuple[int, int]


@dataclass(frozen=True)
class Pair:
    """One gold pair; ``source``/``target`` are the text spans (or a placeholder)."""

    ident: str
    text: str
    source: str
    target: str
    plover: str
    roots: frozenset[str]


@dataclass(frozen=True)
class Choice:
    """The coder's event for a pair (None when the sentence has no event) and how it scored."""

    event: CodedRow | None
    source_ok: bool
    target_ok: bool
    root_ok: bool
    plover_ok: bool


def read_pairs(path: Path) -> list[Pair]:
    """The pairs of the gold file; raises EvalError when it is missing or malformed."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise EvalError(f"gold set not found: {path} ({err.strerror})") from err
    pairs = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            pairs.append(Pair(str(rec["id"]), str(rec["text"]), str(rec["source"]),
                              str(rec["target"]), str(rec["plover"]).upper(),
                              frozenset(str(r) for r in rec["cameo_roots"])))
        except (ValueError, KeyError, TypeError) as err:
            raise EvalError(f"{path}:{number}: bad pair ({err})") from err
    return pairs


def locate(text: str, span: str) -> list[Span] | None:
    """Every occurrence of ``span`` in ``text`` (exact, else case-insensitive) as character
    spans; None for a placeholder (implicit side); [] when the span is not in the text."""
    if span in IMPLICIT:
        return None
    for haystack, needle in ((text, span), (text.lower(), span.lower())):
        found, start = [], haystack.find(needle)
        while needle and start >= 0:
            found.append((start, start + len(needle)))
            start = haystack.find(needle, start + 1)
        if found:
            return found
    return []


def overlap(a: Span, b: Span) -> float:
    """Character Jaccard of two spans (0 when they do not overlap)."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def side_score(gold: list[Span] | None, actor: Span | None) -> tuple[bool, float]:
    """(matches, overlap) of an event's actor span against a gold side (see the module
    docstring); ``gold`` None is an implicit side."""
    if gold is None:
        return actor is None, 1.0 if actor is None else 0.0
    if actor is None:
        return False, 0.0
    best = max((overlap(actor, g) for g in gold), default=0.0)
    return best > 0.0, best


def plover_label(code: str) -> str | None:
    """The PLOVER 2021 type of a CAMEO code with CONCEDE and RETREAT read as YIELD."""
    from events.evaluation.plover import plover_type

    found = plover_type(code)
    return "YIELD" if found in YIELD else found


def _actor(code: str | None, span: Span | None) -> Span | None:
    """An event side's span: None without an actor; an empty span for an actor with no
    position (it overlaps nothing)."""
    if code is None:
        return None
    return span or (0, 0)


def choose(pair: Pair, events: list[CodedRow]) -> Choice:
    """The coder's event for ``pair`` among its sentence's ``events`` (module docstring)."""
    gold_source, gold_target = locate(pair.text, pair.source), locate(pair.text, pair.target)
    best: tuple[Any, ...] | None = None
    chosen = Choice(None, False, False, False, False)
    for index, event in enumerate(events):
        src_ok, src_overlap = side_score(gold_source, _actor(event.source, event.source_span))
        tgt_ok, tgt_overlap = side_score(gold_target, _actor(event.target, event.target_span))
        root_ok = event.root in pair.roots
        key = (src_ok + tgt_ok, root_ok, src_overlap + tgt_overlap, -index)
        if best is None or key > best:
            best = key
            chosen = Choice(event, src_ok, tgt_ok, root_ok, plover_label(event.code) == pair.plover)
    return chosen


@dataclass
class Tally:
    """Counts of one group of pairs."""

    pairs: int = 0
    root: int = 0
    source: int = 0
    target: int = 0
    both: int = 0
    plover: int = 0
    no_event: int = 0

    def add(self, choice: Choice) -> None:
        """Count one scored pair."""
        self.pairs += 1
        self.root += choice.root_ok
        self.source += choice.source_ok
        self.target += choice.target_ok
        self.both += choice.root_ok and choice.source_ok and choice.target_ok
        self.plover += choice.plover_ok
        self.no_event += choice.event is None

    def share(self, count: int) -> float:
        """``count`` as a fraction of the pairs (0 for none), 4 decimals."""
        return round(count / self.pairs, 4) if self.pairs else 0.0


def score(pairs: list[Pair], coded: dict[str, list[CodedRow]]) -> tuple[dict[str, Any], dict[str, Tally],
                                                                      list[Choice]]:
    """Metrics, per-label tallies and the choice for each pair; ``coded`` maps a sentence
    text to its events."""
    total, choices = Tally(), []
    by_label: defaultdict[str, Tally] = defaultdict(Tally)
    for pair in pairs:
        choice = choose(pair, coded.get(pair.text, []))
        total.add(choice)
        by_label[pair.plover].add(choice)
        choices.append(choice)
    sentences = len(coded)
    events = sum(len(rows) for rows in coded.values())
    in_table = sum(r.in_table for rows in coded.values() for r in rows)
    metrics = {
        "set": "plv",
        "pairs": total.pairs,
        "root_accuracy": total.share(total.root),
        "source_accuracy": total.share(total.source),
        "target_accuracy": total.share(total.target),
        "events_per_sentence": round(events / sentences, 4) if sentences else 0.0,
        "pair_accuracy": total.share(total.both),
        "plover_accuracy": total.share(total.plover),
        "no_event_share": total.share(total.no_event),
        "sentences": sentences,
        "table_events_per_sentence": round(in_table / sentences, 4) if sentences else 0.0,
    }
    return metrics, dict(by_label), choices


def table(metrics: dict[str, Any], by_label: dict[str, Tally]) -> str:
    """The printable table: one line per PLOVER label, then the totals."""
    head = f"{'label':<10} {'pairs':>5} {'root':>6} {'source':>7} {'target':>7} {'all3':>6} {'no event':>9}"
    lines = [head]
    for label, t in sorted(by_label.items(), key=lambda kv: -kv[1].pairs):
        lines.append(f"{label:<10} {t.pairs:>5} {t.share(t.root):>6.1%} {t.share(t.source):>7.1%} "
                     f"{t.share(t.target):>7.1%} {t.share(t.both):>6.1%} {t.share(t.no_event):>9.1%}")
    lines.append(
        f"pairs {metrics['pairs']} in {metrics['sentences']} sentences; events per sentence "
        f"{metrics['events_per_sentence']} (in the events table by default: "
        f"{metrics['table_events_per_sentence']}); PLOVER type exact {metrics['plover_accuracy']:.1%}")
    return "\n".join(lines)


def detail_records(pairs: list[Pair], choices: list[Choice],
            coded: dict[str, list[CodedRow]]) -> Iterator[dict[str, Any]]:
    """One record per pair: gold, chosen event, its scores and all events of the sentence."""
    for pair, choice in zip(pairs, choices, strict=True):
        yield {
            "id": pair.ident, "text": pair.text,
            "gold": {"source": pair.source, "target": pair.target, "plover": pair.plover,
                     "cameo_roots": sorted(pair.roots)},
            "chosen": choice.event.as_dict() if choice.event else None,
            "root_ok": choice.root_ok, "source_ok": choice.source_ok,
            "target_ok": choice.target_ok, "plover_ok": choice.plover_ok,
            "events": [r.as_dict() for r in coded.get(pair.text, [])],
        }


def run(shared: Path, details: Path | None = None) -> EvalResult:
    """Score on the PLV pairs; with ``details`` also write the per-pair outcomes there.
    Raises EvalError when the gold set is missing or malformed."""
    pairs = read_pairs(shared / GOLD)
    first: dict[str, str] = {}
    for pair in pairs:
        first.setdefault(pair.text, pair.ident)
    rows = code_articles((ident, text, PLV_DATE) for text, ident in first.items())
    coded = {text: rows[ident] for text, ident in first.items()}
    metrics, by_label, choices = score(pairs, coded)
    if details is not None:
        write_details(details, detail_records(pairs, choices, coded))
    return EvalResult(table(metrics, by_label), metrics)
