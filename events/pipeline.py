"""The chain for one article: spaCy → coder → geoparser → date, place, toll → rows.

:class:`Chain` holds the heavy, shared things (spaCy pipeline, dictionaries, gazetteer),
built once and passed in; :meth:`Chain.process` is a pure function of the article and
those, so a flow may fan articles out over threads, processes or a cluster.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from importlib import metadata
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from events.cameo import EventCodeInfo, event_info, split_actor_code
from events.coding.linking import TOWN_TYPES, ActorPlaces, confident
from events.coding.parts import VIOLENT_ROOTS
from events.coding.words import same_paragraph
from events.config import EventRule, Settings
from events.geography import country_name, iso2_of
from events.ingest.normalize import stable_id
from events.models import (
    ActorRef,
    Article,
    CodedEvent,
    EventWhen,
    Place,
    ProcessedArticle,
    row_specificity,
)
from events.stages import collecting
from events.tone import document_tone
from events.when import (
    acted_on,
    attach_location,
    extract_fatalities,
    find_dateline,
    in_clause,
    is_fallback,
    resolve_date,
)

log = logging.getLogger(__name__)

DEFAULT_RULE = EventRule()
NLP_BATCH = 16
"""Articles per ``nlp.pipe`` batch."""


@functools.cache
def coder_version() -> str:
    """Version string stored with every event: library version."""
    try:
        return f"events-{metadata.version('events')}"
    except metadata.PackageNotFoundError:
        return "events-dev"


def gdelt_geo_type(place: Place) -> int | None:
    """GDELT ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world ADM1,
    6 border area (ours); ``None`` for regions, continents and other features."""
    us = place.country_code == "US"
    types = {"border": 6, "country": 1, "adm1": 2 if us else 5, "adm2": 3 if us else 4,
             "city": 3 if us else 4}
    return types.get(place.feature_type)


def geo_fields(prefix: str, place: Place | None) -> dict[str, object]:
    """The ``{prefix}_…`` geo columns of the events table for a place (nulls for none)."""
    if place is None:
        return {f"{prefix}_border_countries": []}
    full = place.name
    if place.feature_type == "border":
        full = place.name or "–".join(country_name(c) or c for c in place.border_countries) + \
            " border"
    elif place.feature_type != "country" and place.country_code:
        full = ", ".join(p for p in (place.name, country_name(place.country_code)) if p)
    feature = "-".join(place.border_countries) if place.border_countries else (
        str(place.geonameid) if place.geonameid else None)
    return {
        f"{prefix}_type": gdelt_geo_type(place),
        f"{prefix}_fullname": full,
        f"{prefix}_country_code": place.country_code,
        f"{prefix}_adm1_code": place.adm1_code,
        f"{prefix}_lat": place.lat,
        f"{prefix}_long": place.lon,
        f"{prefix}_feature_id": feature,
        f"{prefix}_border_countries": list(place.border_countries),
    }


def actor_fields(n: int, actor: ActorRef | None) -> dict[str, object]:
    """The ``actor{n}_…`` columns for a coded actor (nulls for none)."""
    if actor is None:
        return {}
    parts = split_actor_code(actor.code)
    return {
        f"actor{n}_code": actor.code,
        f"actor{n}_name": actor.name,
        f"actor{n}_country_code": parts.country_code,
        f"actor{n}_known_group_code": parts.known_group_code,
        f"actor{n}_type1_code": parts.type1_code,
        f"actor{n}_type2_code": parts.type2_code,
    }


def location_key(place: Place | None) -> str:
    """What identifies an event's place in its id: border pair, GeoNames id or country."""
    if place is None:
        return ""
    if place.border_countries:
        return "border:" + "-".join(sorted(place.border_countries))
    return str(place.geonameid or place.country_code or place.name)


def event_id(date: dt.date, root_code: str, actor1: str, actor2: str, place: Place | None) -> str:
    """Deterministic event id: the same who / what kind / whom / when / where gives the same id.

    The unit is ACLED's rather than GDELT's sentence-level one: one id per day, place, acting
    actor (full code), CAMEO root and target side (its country, or its code when it has none),
    so reports of one attack that code it 190 or 194, or name the target "Ukraine" or
    "Ukrainian civilians", count as mentions of one event. Each mention keeps its own code.
    """
    return stable_id("event", date.isoformat(), root_code, actor1, actor2, location_key(place))


@dataclass
class Chain:
    """The processing chain with its heavy, shared resources."""

    nlp: Language
    coder: Any  # events.coding.Coder
    geoparser: Any  # events.geo.Geoparser
    rule: EventRule = DEFAULT_RULE
    """Which coded mentions enter the events table."""
    prepass: Any = None  # events.prepass.Prepass: parse only what can hold an event

    def docs(self, articles: Iterable[Article]) -> Iterator[tuple[Article, Doc]]:
        """Parse articles in batches with the whole ``nlp`` pipeline (``events geoparse``)."""
        pairs = ((a.text, a) for a in articles)
        yield from ((a, d) for d, a in self.nlp.pipe(pairs, as_tuples=True, batch_size=NLP_BATCH))

    def parsed(self, articles: list[Article]) -> Iterator[tuple[Article, Doc]]:
        """Articles with their Docs for the event chain: through the pre-pass when there is
        one (only the sentences that may hold an event are parsed), else :meth:`docs`."""
        if self.prepass is None:
            yield from self.docs(articles)
            return
        yield from zip(articles, self.prepass.pipe((a.text for a in articles),
                                                   batch_size=NLP_BATCH), strict=True)

    def process(self, articles: Iterable[Article]) -> Iterator[ProcessedArticle]:
        """Process ok articles; quarantined and duplicate ones pass through with no events."""
        ok: list[Article] = []
        for article in articles:
            if article.status == "ok":
                ok.append(article)
            else:
                yield ProcessedArticle(article=article)
        for article, doc in self.parsed(ok):
            with collecting() as failed:  # the stage-error hook's notes on this article
                processed = self.process_doc(article, doc)
            if failed:
                processed.article = replace(article, stage_errors=(*article.stage_errors, *failed))
            yield processed

    def process_doc(self, article: Article, doc: Doc) -> ProcessedArticle:
        """Code, geoparse, date and write-ready rows for one parsed article."""
        published = (article.published or article.fetched_at or dt.datetime.now(dt.UTC))
        coded = self.coder.code(doc, when=published.date())
        places: list[Place] = self.geoparser.parse(doc)
        result = ProcessedArticle(article=article, places=places, tone=document_tone(article.text))
        sentences = list(doc.sents)
        context = _ArticleContext.build(article, doc, places, self.geoparser)
        for event in coded:
            context.roots.setdefault(event.sentence_index, set()).add(event.event_code[:2])
        best: dict[tuple[object, object], tuple[dict[str, object], dict[str, object]]] = {}
        for event in coded:
            for rows in self._rows(article, doc, sentences, event, context, published):
                key = (rows[0]["event_id"], event.sentence_index)
                if key not in best or row_specificity(rows[0]) > row_specificity(best[key][0]):
                    best[key] = rows  # one sentence, one mention of each event: the most specific
        for event_row, mention_row in best.values():
            has_source = event_row.get("actor1_code") is not None
            confidence = float(mention_row["confidence"])  # type: ignore[arg-type]
            has_target = event_row.get("actor2_code") is not None
            code = str(event_row.get("event_code") or "")
            if not self.rule.admits(str(mention_row["modality"]), has_source, confidence, code, has_target):
                event_row["event_id"] = mention_row["event_id"] = None  # stays in mentions only
            else:
                result.events.append(event_row)
            result.mentions.append(mention_row)
            result.coded.append((event_row, mention_row))
        return result

    def _dyad_border(self, event: CodedEvent, root: str, place: Place | None, reason: str
                     ) -> tuple[Place | None, str]:
        """Fighting between two neighbouring countries with no more precise place than a
        country or region ("clashes between Azerbaijan and Armenia") is placed on their
        border (GDELT type 6), not at one side's centroid."""
        if root not in VIOLENT_ROOTS or event.source is None or event.target is None:
            return place, reason
        if place is not None and place.feature_type not in COARSE_PLACES:
            return place, reason
        a = iso2_of(split_actor_code(event.source.code).country_code or "")
        b = iso2_of(split_actor_code(event.target.code).country_code or "")
        if not a or not b or a == b:
            return place, reason
        border = self.geoparser.border_between(a, b, mention=place.mention if place else "",
                                               start=place.start if place else 0,
                                               end=place.end if place else 0)
        if border is None:
            return place, reason
        return border, "border of the two sides' countries (no more precise place)"

    def _rows(self, article: Article, doc: Doc, sentences: list[Span], event: CodedEvent,
              context: _ArticleContext, published: dt.datetime
              ) -> list[tuple[dict[str, object], dict[str, object]]]:
        """(events row, mentions row) of ``event``: one pair per place it happened at (one
        place, or each border of "at the Georgian and Finnish border"); none for a code
        outside the CAMEO table."""
        info = event_info(event.event_code)
        if info is None:
            log.warning("%s: coder produced unknown CAMEO code %r", article.article_id,
                        event.event_code)
            return []
        sent = sentences[event.sentence_index]
        event = context.actors.located_event(event)
        action = _token_at(doc, event.action_start)
        when = resolve_date(sent, published.date(), action=action)
        fatalities = extract_fatalities(sent, action=action)
        previous = _previous_in_paragraph(sentences, event.sentence_index)
        if previous is not None and not carries_place(
                context.roots.get(event.sentence_index - 1, set()), info.event_root_code):
            previous = None
        first = (previous or sent).start_char
        nearby = context.starting_in(first, sent.end_char)
        place, reason = attach_location(sent, nearby, action=action, dateline=context.dateline,
                                        focus=context.focus, previous=previous)
        place, reason = self._dyad_border(event, info.event_root_code, place, reason)
        placed = [(place, reason)] + [
            (other, f"named with the first border; {reason}") for other in _coordinated_borders(place, nearby)
        ]
        return [self._row_pair(article, sent, event, info, when, fatalities, published, context, p, r)
                for p, r in placed]

    def _row_pair(self, article: Article, sent: Span, event: CodedEvent, info: EventCodeInfo,
                  when: EventWhen, fatalities: int | None, published: dt.datetime,
                  context: _ArticleContext, place: Place | None, reason: str
                  ) -> tuple[dict[str, object], dict[str, object]]:
        """The (events row, mentions row) of ``event`` placed at ``place``."""
        named = not is_fallback(reason)
        # (a dateline or focus place gives no actor its country when the sentence names a
        # town of another country: "BEIRUT - Rebels in Aleppo shot down a helicopter")
        lends = named or not _names_town_elsewhere(context, sent, place)
        event = context.actors.with_countries(
            event, place if lends else None, info.event_root_code, named=named,
            in_clause=in_clause(reason), acted_on=acted_on(reason)
        )
        actor1 = event.source.code if event.source else ""
        actor2 = split_actor_code(event.target.code).country_code or event.target.code \
            if event.target else ""
        eid = event_id(when.date, info.event_root_code, actor1, actor2, place)
        row: dict[str, object] = {
            "event_id": eid,
            "event_date": when.date,
            "date_precision": when.precision,
            "date_is_fallback": when.fallback,
            **actor_fields(1, event.source),
            **actor_fields(2, event.target),
            "event_code": info.event_code,
            "event_base_code": info.event_base_code,
            "event_root_code": info.event_root_code,
            "quad_class": info.quad_class,
            "goldstein_scale": info.goldstein_scale,
            "plover_event_type": info.plover_event_type,
            "plover_mode": info.plover_mode,
            "fatalities": fatalities,
            **geo_fields("action_geo", place),
            **geo_fields("actor1_geo", context.actors.actor_place(event.source)),
            **geo_fields("actor2_geo", context.actors.actor_place(event.target)),
            "source_url": article.url,
            "coder_version": coder_version(),
        }
        mention: dict[str, object] = {
            "mention_id": stable_id("mention", article.article_id, str(event.sentence_index), info.event_code,
                                    actor1, event.target.code if event.target else "", event.modality,
                                    location_key(place)),
            "event_id": eid,
            "article_id": article.article_id,
            "sentence_index": event.sentence_index,
            "sentence": sent.text.strip(),
            "char_start": sent.start_char,
            "char_end": sent.end_char,
            "actor1_char_offset": event.source.start if event.source else None,
            "actor2_char_offset": event.target.start if event.target else None,
            "action_char_offset": event.action_start,
            "confidence": event.confidence,
            "modality": event.modality,
            "rule": event.rule,
            "event_code": info.event_code,
            "actor1_code": event.source.code if event.source else None,
            "actor2_code": event.target.code if event.target else None,
            "event_date": when.date,
            "fatalities": fatalities,
            "source_name": article.source_name,
            "story_id": article.story_id or article.article_id,
            "mention_time": published,
            "location_reason": reason,
            "features": dict(event.features),  # for calibration (events.coding.confidence); not stored
        }
        return row, mention


COARSE_PLACES = frozenset({"country", "region", "continent"})


def _coordinated_borders(place: Place | None, places: list[Place]) -> list[Place]:
    """The other borders named together with ``place`` ("the Georgian and Finnish border"
    gives the Russia–Georgia and the Russia–Finland border, overlapping mentions): an event
    there happened at each of them."""
    if place is None or place.feature_type != "border":
        return []
    return [p for p in places if p is not place and p.feature_type == "border"
            and p.start < place.end and place.start < p.end and p.name != place.name]


VERBAL_ROOTS = frozenset(f"{r:02d}" for r in range(1, 14))
"""Roots of acts done by words (statements to threats): done where they are said."""


def carries_place(previous_roots: set[str], root: str) -> bool:
    """Whether a place of the sentence before may carry over to an act of ``root`` in the
    next one: not to an act of violence from a sentence whose events are all things said
    ("… summoned the envoy in Kabul. Seven soldiers were killed in the attack." were placed
    in Kabul); a sentence without events carries as before ("shelled Kharkiv. Seven people
    were killed")."""
    if root not in VIOLENT_ROOTS or not previous_roots:
        return True
    return not previous_roots <= VERBAL_ROOTS


def _previous_in_paragraph(sentences: list[Span], index: int) -> Span | None:
    """The sentence before ``sentences[index]`` when no blank line separates them."""
    if index == 0:
        return None
    prev, sent = sentences[index - 1], sentences[index]
    return prev if same_paragraph(prev, sent) else None


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _names_town_elsewhere(context: _ArticleContext, sent: Span, place: Place | None) -> bool:
    """True when ``sent`` names a town or region the geoparser is sure of
    (:func:`events.coding.linking.confident`) in another country than ``place``'s."""
    if place is None or place.country_code is None:
        return False
    return any(p.feature_type in TOWN_TYPES and p.country_code not in (None, place.country_code)
               and confident(p) for p in context.starting_in(sent.start_char, sent.end_char))


@dataclass
class _ArticleContext:
    """Article-level geography: the places with their actor links, the dateline place and
    the focus place."""

    actors: ActorPlaces
    dateline: Place | None
    focus: Place | None
    roots: dict[int, set[str]] = field(default_factory=dict)
    """CAMEO roots of the coded events of each sentence (by sentence index)."""

    def starting_in(self, first: int, end: int) -> list[Place]:
        """Places starting at a character offset in ``first``..``end`` (end excluded)."""
        return self.actors.starting_in(first, end)

    @classmethod
    def build(cls, article: Article, doc: Doc, places: list[Place], geoparser: Any
              ) -> _ArticleContext:
        actors = ActorPlaces.of(places)
        dateline = find_dateline(article.text, places)
        focus_codes: list[str] = geoparser.focus_countries(places) if places else []
        focus = actors.countries.get(focus_codes[0]) if focus_codes else None
        if focus is None and focus_codes:
            focus = next((p for p in places if p.country_code == focus_codes[0]), None)
        return cls(actors=actors, dateline=dateline, focus=focus)


def build_chain(settings: Settings | None = None) -> Chain:
    """Build the chain: spaCy model, dictionaries, gazetteer. Raises ConfigError when one is
    missing. Cached per configuration."""
    settings = settings or Settings()
    return _build_chain(settings.model, str(settings.dictionaries or ""), str(settings.cache_dir),
                        settings.geocoder, json.dumps(settings.geocoder_options, sort_keys=True),
                        settings.event_rule, settings.prepass)


@contextlib.contextmanager
def _long_lived() -> Iterator[None]:
    """Load long-lived data (spaCy model, dictionaries, gazetteer: millions of objects) with
    the garbage collector off, then freeze what exists (``gc.freeze``): no later full
    collection walks those objects again, during a run nor at exit (about half a second of
    the start and exit of ``events code``)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@functools.cache
def _build_chain(model: str, dictionaries: str, cache_dir: str, geocoder: str = "offline",
                 geocoder_options: str = "{}", rule: EventRule = DEFAULT_RULE,
                 prepass: bool = True) -> Chain:
    with _long_lived():
        return _load_chain(model, dictionaries, cache_dir, geocoder, geocoder_options, rule,
                           prepass)


def _load_chain(model: str, dictionaries: str, cache_dir: str, geocoder: str,
                geocoder_options: str, rule: EventRule, prepass: bool) -> Chain:
    from pathlib import Path

    from events.coding import load_dictionaries
    from events.coding.coder import Coder
    from events.geo.geocoder import _build_geoparser
    from events.geo.text import norm
    from events.nlp import load_nlp

    dicts = load_dictionaries(Path(dictionaries) if dictionaries else None)
    geoparser = _build_geoparser(cache_dir, geocoder, geocoder_options).with_organisations(
        frozenset(norm(name.replace("_", " ")) for name in dicts.organisation_names()))
    nlp = load_nlp(model, senter=prepass)
    chain = Chain(nlp=nlp, coder=Coder(dicts), geoparser=geoparser, rule=rule)
    if prepass and "senter" in nlp.component_names and "ner" in nlp.pipe_names:
        from events.coding.prefilter import EventWords
        from events.nlp import lemma_candidates
        from events.prepass import EventChooser, Prepass

        coder = chain.coder

        def chooser() -> EventChooser:
            words = EventWords(dicts, lemma_candidates(nlp),
                               persons=coder.options.person_actors,
                               local_bodies=coder.options.local_bodies)
            return EventChooser(words, geoparser.gaz)

        chain.prepass = Prepass(nlp, make_chooser=chooser)
    return chain


def _tone(processed: ProcessedArticle) -> float | None:
    """The processed article's tone, computed now if processing did not."""
    if processed.tone is not None:
        return processed.tone
    return document_tone(processed.article.text)


def article_row(processed: ProcessedArticle) -> dict[str, object]:
    """The articles-table row of a processed article."""
    a = processed.article
    return {
        "article_id": a.article_id, "url": a.url, "canonical_url": a.canonical_url,
        "title": a.title, "source_name": a.source_name, "source_scale": a.source_scale or None,
        "published": a.published or a.fetched_at, "fetched_at": a.fetched_at,
        "language": a.language, "text_sha256": a.text_sha256, "status": a.status,
        "error": a.error, "duplicate_of": a.duplicate_of or None,
        "num_events": len(processed.mentions), "simhash": a.simhash,
        "tone": _tone(processed) if a.status == "ok" else None,
        "story_id": a.story_id or a.article_id,
        "stage_errors": list(a.stage_errors),
    }
