"""Score the coder on the project's own real-news gold set (``events eval news``).

The gold (``events/evaluation/data/news_gold.jsonl``, shipped with the package) holds
*references*, never text: corpus (``lgl`` or ``geowebnews``, the GPL corpora in
``EVENTS_SHARED/eval/geo``), article id, character offsets of one sentence in the article's
``<text>`` and the SHA-256 of that sentence, with the events a human coder found in it
(CAMEO source and target actor codes, CAMEO event code, modality). The references are
resolved against the corpora at every run; a missing article or a changed digest stops the
evaluation with an error (:func:`resolve`). How the sentences were drawn and the coding
conventions are in ``docs/evaluation.md``; ``scripts/news_gold.py show`` prints them.

Coding. Each referenced article is coded whole, once, through the chain ``events code``
uses (:mod:`events.evaluation.coded`), dated by its publication time (LGL ``<dltime>``;
GeoWebNews a date in its link, else :data:`GEOWEBNEWS_DATE`). A coded mention belongs to a
referenced sentence when its action (the trigger word's character offset) lies inside the
reference's span.

Comparison. An event is compared as a triple (source, target, CAMEO root) whose actors are
cut to their first three letters (the country, region or IGO/NGO/... part; no actor = "").
Per sentence, gold and coded events are sets of distinct triples, so two lines that differ
only below that level count once on either side.

* ``recall`` and ``precision`` compare what belongs in the events table with what the chain
  puts there: gold events stated as asserted or reported *with a source actor*, against the
  mentions the chain admits to the events table (its default rule; every mention while the
  chain has none). recall = matched gold triples / gold triples; precision = matched coded
  triples / coded triples, over all sentences.
* ``root_accuracy``: among those gold triples for which a coded triple has the same source
  and target, the share for which one also has the same root.
* ``strict_recall``/``strict_precision``: the same with full actor codes.
* ``mention_recall``/``mention_precision``: every coded mention against every gold event
  (any modality, sourceless ones too): is the act found at all.
* ``modality_accuracy``: among coded mentions that carry a modality and match a gold line
  (triple level), the share whose modality is that line's.
* The table adds per-root figures, the two strata of the set (a random draw, and
  event-bearing sentences added to have more events) and the false positives on sentences
  that hold no event.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from events.errors import EvalError
from events.evaluation import EvalResult
from events.evaluation.coded import TABLE_MODALITIES, CodedRow, code_articles, write_details

CORPORA = {"lgl": Path("eval/geo/lgl.xml"), "geowebnews": Path("eval/geo/GeoWebNews.xml")}
"""Corpus name -> path of its XML file under ``EVENTS_SHARED``."""

GEOWEBNEWS_DATE = dt.datetime(2018, 4, 1, 12, tzinfo=dt.UTC)
"""Publication time given to GeoWebNews articles whose link holds no date (the corpus was
collected in January-April 2018)."""

_URL_DATE = re.compile(r"(?<!\d)(20[012]\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])?(?!\d)")


@dataclass(frozen=True)
class CorpusArticle:
    """One article of a corpus: its id in the corpus, text and publication time."""

    corpus: str
    article_id: str
    title: str
    text: str
    published: dt.datetime


def sha256(text: str) -> str:
    """Hex SHA-256 of ``text`` encoded as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _lgl_time(value: str) -> dt.datetime | None:
    """``2009-03-20 12:24:52.002364-05`` -> aware datetime (None when unreadable)."""
    text = value.strip()
    if re.search(r"[+-]\d\d$", text):
        text += ":00"
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def _url_time(url: str) -> dt.datetime | None:
    """The first plausible date in a URL (``/2018/03/31/``, ``2018-04-05``, ``20180401``)."""
    match = _URL_DATE.search(url)
    if match is None:
        return None
    year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3) or 1)
    return dt.datetime(year, month, day, 12, tzinfo=dt.UTC)


def read_corpus(shared: Path, corpus: str) -> dict[str, CorpusArticle]:
    """The articles of ``corpus`` (a key of :data:`CORPORA`) by id.

    Ids are LGL's ``docid`` and GeoWebNews' ``file`` attributes; texts are the ``<text>``
    contents as an XML parser returns them (the character offsets of the gold refer to
    them). LGL articles are dated by ``<dltime>``, GeoWebNews ones by a date in their link
    or else :data:`GEOWEBNEWS_DATE`. Raises EvalError when the file is missing or unreadable.
    """
    if corpus not in CORPORA:
        raise EvalError(f"unknown corpus {corpus!r} (known: {', '.join(CORPORA)})")
    path = shared / CORPORA[corpus]
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as err:
        raise EvalError(f"cannot read corpus {path}: {err}") from err
    articles: dict[str, CorpusArticle] = {}
    for art in root.iter("article"):
        ident = art.get("docid") if corpus == "lgl" else art.get("file")
        if ident is None:
            continue
        if corpus == "lgl":
            published = _lgl_time(art.findtext("dltime") or "")
        else:
            published = _url_time(art.findtext("link") or "")
        articles[ident] = CorpusArticle(
            corpus=corpus,
            article_id=ident,
            title=(art.findtext("title") or "").strip(),
            text=art.findtext("text") or "",
            published=published or GEOWEBNEWS_DATE,
        )
    return articles


GOLD_RESOURCE = "news_gold.jsonl"
MODALITIES = ("asserted", "reported", "denied", "intended", "hypothetical")
STRATA = ("random", "event")


@dataclass(frozen=True)
class GoldEvent:
    """One hand-coded event: CAMEO actor codes (None = the sentence names no such side),
    CAMEO event code and the modality the sentence gives it."""

    source: str | None
    target: str | None
    code: str
    modality: str


@dataclass(frozen=True)
class GoldSentence:
    """A reference to one sentence of a corpus article and its hand-coded events.

    ``start``/``end`` are character offsets into the article text (end exclusive);
    ``sha256`` is the digest of ``text[start:end]``.
    """

    corpus: str
    article_id: str
    start: int
    end: int
    sha256: str
    events: tuple[GoldEvent, ...]
    note: str = ""
    stratum: str = "random"


def _gold_event(raw: object, where: str) -> GoldEvent:
    from events.cameo import event_info

    if not isinstance(raw, dict):
        raise EvalError(f"{where}: an event must be an object")
    code, modality = str(raw.get("code", "")), str(raw.get("modality", ""))
    info = event_info(code)
    if info is None or info.event_code != code:
        raise EvalError(f"{where}: {code!r} is not a CAMEO event code")
    if modality not in MODALITIES:
        raise EvalError(f"{where}: modality {modality!r} is not one of {', '.join(MODALITIES)}")
    actors = []
    for side in ("source", "target"):
        value = raw.get(side)
        if value is not None and not (isinstance(value, str) and re.fullmatch(r"(?:[A-Z]{3})+", value)):
            raise EvalError(f"{where}: {side} {value!r} is not a CAMEO actor code")
        actors.append(value)
    return GoldEvent(actors[0], actors[1], code, modality)


def parse_gold(text: str, name: str = GOLD_RESOURCE) -> list[GoldSentence]:
    """Gold sentences from JSON lines (``{"corpus", "article", "start", "end", "sha256",
    "events": [{"source", "target", "code", "modality"}], "note"?, "stratum"?}``); raises EvalError on a
    malformed line, an unknown code or modality, or a sentence referenced twice."""
    gold: list[GoldSentence] = []
    seen: set[tuple[str, str, int]] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            rec = json.loads(line)
            sentence = GoldSentence(
                corpus=str(rec["corpus"]),
                article_id=str(rec["article"]),
                start=int(rec["start"]),
                end=int(rec["end"]),
                sha256=str(rec["sha256"]),
                events=tuple(_gold_event(e, where) for e in rec["events"]),
                note=str(rec.get("note", "")),
                stratum=str(rec.get("stratum", "random")),
            )
        except (ValueError, KeyError, TypeError) as err:
            raise EvalError(f"{where}: bad gold record ({err})") from err
        key = (sentence.corpus, sentence.article_id, sentence.start)
        if (key in seen or sentence.corpus not in CORPORA or sentence.end <= sentence.start
                or sentence.stratum not in STRATA):
            raise EvalError(f"{where}: duplicate or malformed reference {key}")
        seen.add(key)
        gold.append(sentence)
    return gold


def load_gold(path: Path | None = None) -> list[GoldSentence]:
    """The gold set: ``path``, or the file shipped in ``events/evaluation/data``."""
    try:
        if path is not None:
            text = path.read_text(encoding="utf-8")
        else:
            text = resources.files("events.evaluation").joinpath("data", GOLD_RESOURCE).read_text("utf-8")
    except OSError as err:
        raise EvalError(f"cannot read the news gold set: {err}") from err
    return parse_gold(text, str(path or GOLD_RESOURCE))


def resolve(gold: list[GoldSentence], shared: Path) -> list[str]:
    """The text of every referenced sentence, in order; raises EvalError (naming every
    failing reference) when an article is missing or a digest differs: the corpus changed
    and the references must be redone."""
    corpora = {name: read_corpus(shared, name) for name in sorted({g.corpus for g in gold})}
    texts, bad = [], []
    for g in gold:
        article = corpora[g.corpus].get(g.article_id)
        text = article.text[g.start : g.end] if article else ""
        if article is None or sha256(text) != g.sha256:
            bad.append(f"{g.corpus}:{g.article_id}[{g.start}:{g.end}]")
        texts.append(text)
    if bad:
        raise EvalError(f"{len(bad)} news gold references no longer resolve (corpus changed?): "
                        + ", ".join(bad[:10]))
    return texts


Triple = tuple[str, str, str]
"""(source, target, CAMEO root) of an event as compared; see :func:`triple`."""


def actor_key(code: str | None, strict: bool = False) -> str:
    """An actor as compared: its first three letters (country, region, or IGO/NGO/...), or
    the full code when ``strict``; "" for no actor."""
    if not code:
        return ""
    return code if strict else code[:3]


def triple(source: str | None, target: str | None, code: str, strict: bool = False) -> Triple:
    """The comparison key of an event: actors (:func:`actor_key`) and the CAMEO root."""
    return actor_key(source, strict), actor_key(target, strict), code[:2]


def gold_triples(sentence: GoldSentence, table_only: bool, strict: bool = False) -> set[Triple]:
    """The distinct triples of a sentence's gold events; with ``table_only`` only those that
    belong in the events table (asserted or reported, with a source)."""
    return {triple(e.source, e.target, e.code, strict) for e in sentence.events
            if not table_only or (e.modality in TABLE_MODALITIES and e.source is not None)}


def predicted_triples(rows: list[CodedRow], table_only: bool, strict: bool = False) -> set[Triple]:
    """The distinct triples of a sentence's coded rows; with ``table_only`` only the rows
    the events table keeps by default."""
    return {triple(r.source, r.target, r.code, strict) for r in rows if not table_only or r.in_table}


@dataclass
class Counts:
    """True positives, gold and predicted triples of a set of sentences."""

    hits: int = 0
    gold: int = 0
    predicted: int = 0

    def add(self, gold: set[Triple], predicted: set[Triple]) -> None:
        """Count one sentence."""
        self.hits += len(gold & predicted)
        self.gold += len(gold)
        self.predicted += len(predicted)

    @property
    def recall(self) -> float:
        """Share of gold triples matched (1 when there are none)."""
        return round(self.hits / self.gold, 4) if self.gold else 1.0

    @property
    def precision(self) -> float:
        """Share of predicted triples matched (1 when there are none)."""
        return round(self.hits / self.predicted, 4) if self.predicted else 1.0


def root_hits(gold: set[Triple], predicted: set[Triple]) -> tuple[int, int]:
    """(gold triples whose actors some predicted triple has, those of them whose root it
    has too)."""
    dyads = {(s, t) for s, t, _ in predicted}
    with_dyad = [g for g in gold if (g[0], g[1]) in dyads]
    return len(with_dyad), sum(g in predicted for g in with_dyad)


@dataclass
class Scores:
    """Everything the table and the metrics are made of."""

    sentences: int = 0
    no_event_sentences: int = 0
    no_event_with_output: int = 0
    no_event_false: int = 0
    table: Counts = field(default_factory=Counts)
    strict: Counts = field(default_factory=Counts)
    mentions: Counts = field(default_factory=Counts)
    dyads: int = 0
    dyad_roots: int = 0
    by_root: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_stratum: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    modality_pairs: int = 0
    modality_right: int = 0

    def add(self, sentence: GoldSentence, rows: list[CodedRow]) -> None:
        """Score one sentence with its coded rows."""
        gold, predicted = gold_triples(sentence, True), predicted_triples(rows, True)
        self.sentences += 1
        self.table.add(gold, predicted)
        self.strict.add(gold_triples(sentence, True, True), predicted_triples(rows, True, True))
        self.mentions.add(gold_triples(sentence, False), predicted_triples(rows, False))
        self.by_stratum[sentence.stratum].add(gold, predicted)
        for root in {t[2] for t in gold | predicted}:
            self.by_root[root].add({t for t in gold if t[2] == root}, {t for t in predicted if t[2] == root})
        with_dyad, right = root_hits(gold, predicted)
        self.dyads += with_dyad
        self.dyad_roots += right
        if not sentence.events:
            self.no_event_sentences += 1
            self.no_event_false += len(predicted)
            self.no_event_with_output += bool(predicted)
        self._modality(sentence, rows)

    def _modality(self, sentence: GoldSentence, rows: list[CodedRow]) -> None:
        for row in rows:
            if row.modality is None:
                continue
            key = triple(row.source, row.target, row.code)
            wanted = {e.modality for e in sentence.events if triple(e.source, e.target, e.code) == key}
            if wanted:
                self.modality_pairs += 1
                self.modality_right += row.modality in wanted

    def metrics(self) -> dict[str, Any]:
        """The metrics (last line of ``events eval news``)."""
        return {
            "set": "news",
            "sentences": self.sentences,
            "recall": self.table.recall,
            "precision": self.table.precision,
            "root_accuracy": round(self.dyad_roots / self.dyads, 4) if self.dyads else 0.0,
            "gold_events": self.table.gold,
            "predicted_events": self.table.predicted,
            "strict_recall": self.strict.recall,
            "strict_precision": self.strict.precision,
            "mention_recall": self.mentions.recall,
            "mention_precision": self.mentions.precision,
            "no_event_sentences": self.no_event_sentences,
            "no_event_false_positives": self.no_event_false,
            "modality_accuracy": round(self.modality_right / self.modality_pairs, 4)
            if self.modality_pairs else None,
        }


def table(scores: Scores) -> str:
    """Per-root recall and precision, the strata, and what was coded on no-event sentences."""
    from events.cameo import event_info

    lines = [f"{'root':<4} {'name':<34} {'gold':>5} {'pred':>5} {'hits':>5} {'recall':>7} {'prec':>7}"]
    for root, c in sorted(scores.by_root.items()):
        info = event_info(root)
        name = info.name[:34] if info else "?"
        recall = f"{c.recall:.1%}" if c.gold else "-"
        precision = f"{c.precision:.1%}" if c.predicted else "-"
        lines.append(f"{root:<4} {name:<34} {c.gold:>5} {c.predicted:>5} {c.hits:>5} "
                     f"{recall:>7} {precision:>7}")
    t, m = scores.table, scores.mentions
    lines += [
        f"events table (asserted/reported with a source): gold {t.gold}, predicted {t.predicted}, "
        f"matched {t.hits} (country level); full actor codes: recall {scores.strict.recall:.1%}, "
        f"precision {scores.strict.precision:.1%}",
        f"every mention against every gold event: gold {m.gold}, predicted {m.predicted}, "
        f"recall {m.recall:.1%}, precision {m.precision:.1%}",
        *(f"stratum {name}: gold {c.gold}, predicted {c.predicted}, recall {c.recall:.1%}, "
          f"precision {c.precision:.1%}" for name, c in sorted(scores.by_stratum.items())),
        f"no-event sentences: {scores.no_event_sentences}; with an events-table event "
        f"{scores.no_event_with_output} ({scores.no_event_false} false positives)",
    ]
    if scores.modality_pairs:
        lines.append(f"modality right on {scores.modality_right}/{scores.modality_pairs} mentions "
                     "that match a gold event")
    return "\n".join(lines)


def article_key(corpus: str, article_id: str) -> str:
    """The id an article is coded under (``lgl-40450848``)."""
    return f"{corpus}-{article_id}"


def sentence_rows(sentence: GoldSentence, rows: list[CodedRow]) -> list[CodedRow]:
    """The article's rows whose action (trigger word) lies inside the referenced sentence."""
    return [r for r in rows if sentence.start <= r.action < sentence.end]


def detail_records(gold: list[GoldSentence], texts: list[str],
                   found: list[list[CodedRow]]) -> Iterator[dict[str, Any]]:
    """One record per gold sentence: reference, text, gold events, coded rows, matched, missed
    and false triples (events-table rule)."""
    for sentence, text, rows in zip(gold, texts, found, strict=True):
        g, p = gold_triples(sentence, True), predicted_triples(rows, True)
        yield {
            "corpus": sentence.corpus, "article": sentence.article_id,
            "start": sentence.start, "end": sentence.end, "stratum": sentence.stratum,
            "text": text, "gold": [dataclasses.asdict(e) for e in sentence.events],
            "note": sentence.note, "coded": [r.as_dict() for r in rows],
            "matched": sorted(g & p), "missed": sorted(g - p), "false": sorted(p - g),
        }


def run(shared: Path, details: Path | None = None) -> EvalResult:
    """Score on the news gold set; with ``details`` also write per-sentence outcomes there.

    Raises EvalError when the gold file or a corpus is missing, or a reference no longer
    resolves (the corpus text changed)."""
    gold = load_gold()
    texts = resolve(gold, shared)
    corpora = {name: read_corpus(shared, name) for name in sorted({g.corpus for g in gold})}
    wanted = sorted({(g.corpus, g.article_id) for g in gold})
    coded = code_articles(
        (article_key(c, a), corpora[c][a].text, corpora[c][a].published) for c, a in wanted)
    scores = Scores()
    found = []
    for sentence in gold:
        rows = sentence_rows(sentence, coded[article_key(sentence.corpus, sentence.article_id)])
        scores.add(sentence, rows)
        found.append(rows)
    if details is not None:
        write_details(details, detail_records(gold, texts, found))
    return EvalResult(table(scores), scores.metrics())
