"""Score the coder on the PETRARCH unit-test records (PETR.Validate dictionaries).

Each ``<Sentence>`` record's raw ``<Text>`` is parsed with our spaCy pipeline (the
``<Parse>`` trees are ignored) and coded on the record's date, in PETRARCH's
reading (``Coder(dicts, PETRARCH2)``: ``require_dyad``, events need source and target).
A record is exact when the
set of (source, target, event) triples equals the expected set; records that expect no
events or an error (discards, bad input) are exact when nothing is coded. Triple precision
and recall count each expected triple once.

The reader is tolerant (the GSR file is not well-formed XML): records are cut at each
``<Sentence`` tag and attributes are read with single or double quotes.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from events.errors import EvalError
from events.evaluation import EvalResult

log = logging.getLogger(__name__)

UNIT_TESTS = Path("eval/petrarch/PETR.UnitTest.records.xml")
DICTIONARY_DIR = Path("reference/petrarch")

_ATTR = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_CODING = re.compile(r"<EventCoding\b([^>]*)>", re.S)
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)

Triple = tuple[str, str, str]


@dataclass
class Record:
    """One gold record: id, category, date, text and expected triples (empty when the
    record expects no events or an error)."""

    ident: str
    category: str
    date: dt.date | None
    text: str
    expected: list[Triple] = field(default_factory=list)
    error: str = ""


def attributes(text: str) -> dict[str, str]:
    """Attributes of a tag body, single- or double-quoted (``'"INJURY TOLL"'``)."""
    return {m.group(1): m.group(2) if m.group(2) is not None else m.group(3) for m in _ATTR.finditer(text)}


def parse_date(text: str) -> dt.date | None:
    """``19950101`` -> date; None when absent or malformed."""
    try:
        return dt.datetime.strptime(text.strip(), "%Y%m%d").date()
    except ValueError:
        return None


def read_records(path: Path) -> list[Record]:
    """Records of a PETRARCH validation file; raises EvalError if it cannot be read."""
    try:
        content = path.read_text(encoding="utf-8", errors="replace")
    except OSError as err:
        raise EvalError(f"cannot read {path}: {err}") from err
    content = re.sub(r"<!--.*?-->", " ", content, flags=re.S)
    records = []
    for chunk in content.split("<Sentence ")[1:]:
        head, _, body = chunk.partition(">")
        attrs = attributes(head)
        text_match = _TEXT.search(body)
        if not text_match:
            continue
        record = Record(
            ident=attrs.get("id", "?").strip(),
            category=attrs.get("category", "").strip() or "?",
            date=parse_date(attrs.get("date", "")),
            text=" ".join(html.unescape(text_match.group(1)).split()),
        )
        for coding in _CODING.findall(body.split("<Text>")[0]):
            values = attributes(coding)
            if "error" in values:
                record.error = values["error"]
            elif values.get("noevents", "").strip().lower() == "true":
                continue
            elif "eventcode" in values:
                record.expected.append(
                    (
                        values.get("sourcecode", "").strip(),
                        values.get("targetcode", "").strip(),
                        values["eventcode"].strip(),
                    )
                )
        records.append(record)
    return records


def score(records: list[Record], predict: Callable[[Record], list[Triple]], name: str) -> EvalResult:
    """Run ``predict`` on every record and build the table and metrics."""
    exact = 0
    matched = predicted_total = expected_total = 0
    by_category: dict[str, list[int]] = {}
    for record in records:
        predicted = predict(record)
        expected = record.expected
        pred_counts = Counter(set(predicted))
        gold_counts = Counter(set(expected))
        hit = sum((pred_counts & gold_counts).values())
        matched += hit
        predicted_total += sum(pred_counts.values())
        expected_total += sum(gold_counts.values())
        ok = set(predicted) == set(expected)
        exact += ok
        stats = by_category.setdefault(record.category, [0, 0])
        stats[0] += 1
        stats[1] += ok
        if not ok:
            log.debug("%s: expected %s got %s", record.ident, sorted(set(expected)), sorted(set(predicted)))
    precision = matched / predicted_total if predicted_total else 0.0
    recall = matched / expected_total if expected_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    n = len(records)
    lines = [f"{'category':<12} {'records':>7} {'exact':>7}"]
    for category, (count, good) in sorted(by_category.items(), key=lambda kv: -kv[1][0]):
        lines.append(f"{category:<12} {count:>7} {good / count:>7.1%}")
    lines.append(f"{'all':<12} {n:>7} {exact / n if n else 0:>7.1%}")
    lines.append(
        f"triples: expected {expected_total}, predicted {predicted_total}, matched {matched}; "
        f"precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}"
    )
    metrics = {
        "set": name,
        "records": n,
        "exact_records": round(exact / n, 4) if n else 0.0,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }
    return EvalResult("\n".join(lines), metrics)


def make_predictor(dicts_kwargs: dict[str, list[Path]]) -> Callable[[Record], list[Triple]]:
    """A function coding one record with our spaCy pipeline and the given dictionaries."""
    from events.coding import load_dictionaries
    from events.coding.coder import PETRARCH2, Coder
    from events.nlp import load_nlp

    nlp = load_nlp()
    # PETRARCH's own records are scored in PETRARCH-2's reading (events need source and
    # target, no capital metonymy, no sentence country, no intent reading of "will")
    coder = Coder(load_dictionaries(**dicts_kwargs), PETRARCH2)  # type: ignore[arg-type]

    def predict(record: Record) -> list[Triple]:
        doc = nlp(record.text)
        events = coder.code(doc, when=record.date)
        return [
            (e.source.code if e.source else "---", e.target.code if e.target else "---", e.event_code)
            for e in events
        ]

    return predict


def run(shared: Path) -> EvalResult:
    """Score on ``PETR.UnitTest.records.xml`` with the PETR.Validate dictionaries.

    Raises EvalError when the gold file or the dictionaries are missing.
    """
    from events.coding import validate_files

    return score_set(shared / UNIT_TESTS, validate_files(shared / DICTIONARY_DIR), "petrarch")


def score_set(gold: Path, files: dict[str, list[Path]], name: str) -> EvalResult:
    """Score the records of ``gold`` coded with the dictionary ``files``; raises EvalError
    when the gold file or a dictionary is missing."""
    if not gold.is_file():
        raise EvalError(f"gold set not found: {gold}")
    for paths in files.values():
        for path in paths:
            if not path.is_file():
                raise EvalError(f"dictionary not found: {path}")
    return score(read_records(gold), make_predictor(files), name)
