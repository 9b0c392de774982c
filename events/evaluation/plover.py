"""Score the coder on the PLOVER gold standard (sentences from the CAMEO manual).

``PLOVER_GSR_CAMEO.txt`` is one JSON array; each entry has ``text``, ``date``, ``event``
(a PLOVER 0.5 type) and ``source``/``target`` lists of ``{actorText, code}`` with ISO3
country codes. The coder runs with the project's default dictionaries
(``events/coding/data``); a kind of dictionary missing there is taken from the Phoenix
set in ``EVENTS_SHARED`` (the table says which).

Each gold sentence is one event, so per sentence *one* coded event is the prediction: the
first event (in text order) that has a source, else the first event. A sentence's
subordinate or reported events often come without a source ("…, which was attacked, …"),
while the gold event is the one someone did; scoring "any event of the sentence matches"
would reward coders that emit many guesses, so it is not used (the table shows it for
information only). Its CAMEO code is
mapped to a PLOVER type with :func:`events.cameo.plover_for`; both sides are brought to
the 2021 types (DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE, FIGHT→ASSAULT).
Event-type accuracy counts every sentence (no event = wrong); source (target) country
accuracy counts sentences whose gold has a source (target): right when the first three
letters of our actor code are one of the gold codes.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import Any

from events.config import EventRule
from events.errors import EvalError
from events.evaluation import EvalResult

log = logging.getLogger(__name__)

GOLD = Path("eval/plover/PLOVER_GSR_CAMEO.txt")
PHOENIX_DIR = Path("reference/petrarch")
TO_2021 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def to_2021(event_type: str) -> str:
    """A PLOVER 0.5 type under its 2021 name."""
    upper = event_type.strip().upper()
    return TO_2021.get(upper, upper)


def plover_type(code: str) -> str | None:
    """The PLOVER 2021 type of a CAMEO code (None when unmapped)."""
    from events.cameo import plover_for

    found = plover_for(code)
    if found is None and len(code) > 3:
        found = plover_for(code[:3])
    return to_2021(found[0]) if found and found[0] else None


def pick_event(events: list[Any]) -> Any:
    """The event scored for a sentence: among the events the sentence asserts or reports
    (denied, intended and hypothetical ones never enter the events table), the first with a
    source, else the first (or None); the confidence threshold is not applied (the coder's
    reading is scored, not the table's filter)."""
    stated = [e for e in events if e.modality in EventRule().modalities]
    return next((e for e in stated if e.source is not None), stated[0] if stated else None)


def read_gold(path: Path) -> list[dict[str, Any]]:
    """The sentences of the gold file (the documentation entry dropped)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise EvalError(f"cannot read {path}: {err}") from err
    return [entry for entry in data if entry.get("text") and entry.get("event") != "DOCUMENT"]


def _dictionary_files(shared: Path) -> tuple[dict[str, list[Path]], list[str]]:
    from events.coding import phoenix_files
    from events.coding.loader import default_directory, files_in

    phoenix = phoenix_files(shared / PHOENIX_DIR)
    try:
        ours = files_in(default_directory())
    except Exception:  # noqa: BLE001 - no packaged folder: everything from Phoenix
        ours = {kind: [] for kind in phoenix}
    chosen: dict[str, list[Path]] = {"acronyms": ours.get("acronyms", [])}
    notes = []
    for kind, paths in phoenix.items():
        if ours.get(kind):
            chosen[kind] = ours[kind]
            notes.append(f"{kind}: default ({len(ours[kind])} files)")
        else:
            chosen[kind] = paths
            notes.append(f"{kind}: Phoenix fallback")
    return chosen, notes


def _codes(actors: Any) -> set[str]:
    if not isinstance(actors, list):  # a few entries hold "" or a stray string
        return set()
    return {str(a.get("code", "")).upper()[:3] for a in actors if isinstance(a, dict) and a.get("code")}


def run(shared: Path) -> EvalResult:
    """Score on the PLOVER gold set; raises EvalError when files are missing."""
    from events.coding import load_dictionaries
    from events.coding.coder import Coder
    from events.nlp import load_nlp

    gold_path = shared / GOLD
    if not gold_path.is_file():
        raise EvalError(f"gold set not found: {gold_path}")
    files, notes = _dictionary_files(shared)
    nlp = load_nlp()
    coder = Coder(load_dictionaries(**files))  # type: ignore[arg-type]
    entries = read_gold(gold_path)
    type_ok = src_ok = src_n = tgt_ok = tgt_n = coded = any_ok = 0
    by_type: dict[str, list[int]] = {}
    for entry in entries:
        try:
            when = dt.date.fromisoformat(str(entry.get("date", "")))
        except ValueError:
            when = None
        events = coder.code(nlp(str(entry["text"])), when=when)
        gold_type = to_2021(str(entry["event"]))
        first = pick_event(events)
        predicted = plover_type(first.event_code) if first else None
        coded += first is not None
        ok = predicted == gold_type
        type_ok += ok
        any_ok += any(plover_type(e.event_code) == gold_type for e in events)
        stats = by_type.setdefault(gold_type, [0, 0])
        stats[0] += 1
        stats[1] += ok
        gold_src, gold_tgt = _codes(entry.get("source")), _codes(entry.get("target"))
        if gold_src:
            src_n += 1
            src_ok += bool(first and first.source and first.source.code[:3] in gold_src)
        if gold_tgt:
            tgt_n += 1
            tgt_ok += bool(first and first.target and first.target.code[:3] in gold_tgt)
        if not ok:
            log.debug(
                "%s: gold %s got %s (%s)",
                entry.get("id"),
                gold_type,
                predicted,
                first.rule if first else "no event",
            )
    n = len(entries)
    lines = ["dictionaries: " + "; ".join(notes), f"{'type':<12} {'sentences':>9} {'correct':>8}"]
    for name, (count, good) in sorted(by_type.items(), key=lambda kv: -kv[1][0]):
        lines.append(f"{name:<12} {count:>9} {good / count:>8.1%}")
    lines.append(
        f"sentences {n}, with an event {coded}; type right on the scored event (first with a "
        f"source, else first) {type_ok}, on any event {any_ok} (not scored); "
        f"source {src_ok}/{src_n}, target {tgt_ok}/{tgt_n}"
    )
    metrics = {
        "set": "plover",
        "sentences": n,
        "event_type_accuracy": round(type_ok / n, 4) if n else 0.0,
        "source_country_accuracy": round(src_ok / src_n, 4) if src_n else 0.0,
        "target_country_accuracy": round(tgt_ok / tgt_n, 4) if tgt_n else 0.0,
    }
    return EvalResult("\n".join(lines), metrics)
