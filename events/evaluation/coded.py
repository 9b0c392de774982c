"""Code texts for an evaluation the way ``events code`` does, and read back its rows.

The evaluations of the coder on running text (``plv``, ``news``) build the chain of
:func:`events.pipeline.build_chain` with the default settings (packaged dictionaries, the
project's default coder mode, the offline gazetteer) and process :class:`Article` objects
through :meth:`Chain.process`, as ``events code`` does: the events they score are the rows a
user would get, after the chain's own post-processing (actor countries from places, one
mention per event and sentence).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from events.config import EventRule
from events.errors import EvalError
from events.models import Article

TABLE_MODALITIES = frozenset(EventRule().modalities)
"""Modalities whose events belong in the events table (issue 14), when they have a source."""


@dataclass(frozen=True)
class CodedRow:
    """One event mention as ``events code`` writes it, with character spans.

    Spans are ``(start, end)`` character offsets into the article text (end exclusive);
    an actor's span is its offset plus the length of its name. ``modality`` and
    ``confidence`` are None when the chain does not fill them; ``in_table`` says whether the
    chain put the mention's event into the events table (its default rule, issue 14:
    asserted or reported with a source actor; every mention while the chain has no rule).
    """

    code: str
    root: str
    source: str | None
    target: str | None
    source_span: tuple[int, int] | None
    target_span: tuple[int, int] | None
    action: int
    sentence: tuple[int, int]
    modality: str | None
    confidence: float | None
    rule: str
    plover: str | None
    in_table: bool = True
    features: dict[str, float] | None = None

    def as_dict(self) -> dict[str, Any]:
        """The row for a details file."""
        return {"code": self.code, "source": self.source, "target": self.target,
                "source_span": self.source_span, "target_span": self.target_span,
                "action": self.action, "modality": self.modality, "confidence": self.confidence,
                "in_table": self.in_table, "rule": self.rule}


def _span(offset: Any, name: Any) -> tuple[int, int] | None:
    if offset is None:
        return None
    start = int(offset)
    return start, start + max(len(str(name or "")), 1)


def row_of(event: dict[str, Any], mention: dict[str, Any], in_table: bool = True) -> CodedRow:
    """A :class:`CodedRow` from the chain's (events row, mentions row) pair."""
    action = mention.get("action_char_offset")
    return CodedRow(
        code=str(event["event_code"]),
        root=str(event["event_root_code"]),
        source=event.get("actor1_code"),
        target=event.get("actor2_code"),
        source_span=_span(mention.get("actor1_char_offset"), event.get("actor1_name")),
        target_span=_span(mention.get("actor2_char_offset"), event.get("actor2_name")),
        action=int(action if action is not None else mention["char_start"]),
        sentence=(int(mention["char_start"]), int(mention["char_end"])),
        modality=mention.get("modality", event.get("modality")),
        confidence=mention.get("confidence"),
        rule=str(mention.get("rule", "")),
        plover=event.get("plover_event_type"),
        in_table=in_table,
        features=mention.get("features"),
    )


def mentions_of(processed: Any) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Every (events row, mentions row) pair the chain coded for an article: its ``coded``
    list where the chain keeps mentions outside the events table, else the aligned
    ``events`` and ``mentions`` rows."""
    coded = getattr(processed, "coded", None)
    if coded is not None:
        return list(coded)
    return list(zip(processed.events, processed.mentions, strict=True))


def code_articles(texts: Iterable[tuple[str, str, dt.datetime]]) -> dict[str, list[CodedRow]]:
    """Code ``(article_id, text, published)`` triples with the default chain; the rows of
    each article in text order. Raises ConfigError when the chain cannot be built."""
    from events.pipeline import build_chain

    chain = build_chain()
    articles = [Article(article_id=ident, text=text, published=published)
                for ident, text, published in texts]
    rows: dict[str, list[CodedRow]] = {a.article_id: [] for a in articles}
    for processed in chain.process(articles):
        found = rows[processed.article.article_id]
        table = {id(event) for event in processed.events}
        for event, mention in mentions_of(processed):
            found.append(row_of(event, mention, id(event) in table))
        found.sort(key=lambda r: (r.action, r.code))
    return rows


def write_details(path: Path, records: Iterable[dict[str, Any]]) -> None:
    """Write one JSON object per line (an evaluation's per-case outcomes) to ``path``.
    Raises EvalError when the file cannot be written."""
    try:
        with path.open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    except OSError as err:
        raise EvalError(f"cannot write {path}: {err.strerror}") from err
