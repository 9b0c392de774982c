"""Plain records passed between the stages of the chain.

All character offsets are into the article's full text (``Article.text``), 0-based,
end-exclusive, like Python slices.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Article:
    """One article as ingested."""

    article_id: str
    text: str
    title: str = ""
    url: str = ""
    canonical_url: str = ""
    source_name: str = ""
    source_scale: str = ""  # ACLED source scale declared in sources.toml ('' = not declared)
    published: dt.datetime | None = None
    fetched_at: dt.datetime | None = None
    language: str = "en"
    text_sha256: str = ""
    status: str = "ok"  # ok | quarantined | duplicate
    error: str = ""
    duplicate_of: str = ""  # article_id of the exact copy seen first (status duplicate)
    story_id: str = ""  # first article of its near-duplicate group (see ingest.dedupe)
    simhash: int = 0
    stage_errors: tuple[str, ...] = ()
    """What went wrong without stopping the article, one "stage: error" each (a text cut at
    the size limit, a failed date, place, toll or coder step); see ``events.stages``."""


@dataclass(frozen=True)
class ActorRef:
    """An actor found by the coder.

    ``code`` is a CAMEO actor code (``RUSMIL``, ``IGOUNO``, ``UKR``); ``name`` the matched
    text; ``start``/``end`` its character span; ``entry`` the dictionary entry that matched;
    ``country_from_sentence`` is True when the country part is not in the actor's words but
    the one country its sentence names ("civilians" -> ``RUSCVL`` beside "Russian artillery");
    ``country_in_passing`` when that country was named only in passing, as someone else's
    nationality ("police" -> ``KENCOP`` beside "Somali refugees"): the article's geography
    overrides it (:mod:`events.coding.linking`). ``words`` holds the (phrase, code) of each
    dictionary match the actor was built from ("palestine" -> ``PSE``); ``person`` is True
    when one of them is a person's name spaCy found and no dictionary knows; ``foreign``
    when its words say it is of another country than the story's.
    """

    code: str
    name: str
    start: int
    end: int
    entry: str = ""
    country_from_sentence: bool = False
    country_in_passing: bool = False
    words: tuple[tuple[str, str], ...] = ()
    person: bool = False
    foreign: bool = False
    """A role-only actor said to be foreign ("foreign fighters"): no country of the sentence,
    the article or the event's place is given to it."""
    places: tuple[tuple[int, int], ...] = ()
    """Character spans of the place names in a role-only actor's own noun phrase ("nurses
    at two hospitals in Leeds": Leeds), which give it its country when the geoparser places
    them with confidence (:mod:`events.coding.linking`)."""


@dataclass(frozen=True)
class CodedEvent:
    """One event coded from one sentence (a mention, before aggregation)."""

    sentence_index: int
    sentence_start: int
    sentence_end: int
    event_code: str  # CAMEO code as a string, leading zeros kept ("0231", "190")
    source: ActorRef | None
    target: ActorRef | None
    action_start: int  # character offset of the verb (or head word) that fired
    action_end: int
    rule: str  # human-readable: stage, verb pattern and actor entries that produced the event
    confidence: float = 1.0  # 0..1: how likely the event is coded right (see events.coding.confidence)
    modality: str = "asserted"  # asserted | reported | denied | intended | hypothetical
    features: tuple[tuple[str, float], ...] = ()  # the evidence behind confidence (not stored)


@dataclass(frozen=True)
class Place:
    """One resolved place mention (output of the geoparser).

    ``feature_type`` is one of country, adm1, adm2, city, border, region, continent, other.
    ``country_code`` is ISO 3166-1 alpha-2; ``border_countries`` holds ISO alpha-2 codes
    of both sides for borders. ``lat``/``lon`` are WGS84 degrees. ``score`` is in 0..1;
    ``country_score`` (0..1) is the geoparser's certainty of the country alone (at least
    ``score``: a county name many US states share is an unsure place in a sure country).
    """

    mention: str
    start: int
    end: int
    name: str
    feature_type: str
    country_code: str | None
    adm1_code: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None = None
    border_countries: tuple[str, ...] = ()
    score: float = 0.0
    population: int = 0
    explanation: str = ""
    country_score: float = 0.0  # 0..1: how sure the geoparser is of the country alone


@dataclass(frozen=True)
class EventWhen:
    """The resolved date of an event. ``precision`` is day|week|month|year."""

    date: dt.date
    precision: str
    fallback: bool = False  # True when the dateline's or publication date was used for lack of a cue
    cue: str = ""


@dataclass
class ProcessedArticle:
    """Everything the chain produced for one article, ready for the store.

    ``mentions`` holds every coded event mention; ``events`` the events-table rows of those
    that enter the events table (by default asserted or reported, with a source actor: see
    :class:`events.config.EventRule`); ``coded`` pairs every mention with its event row,
    whether it entered or not (``events code`` prints them all).
    """

    article: Article
    events: list[dict[str, object]] = field(default_factory=list)
    mentions: list[dict[str, object]] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    coded: list[tuple[dict[str, object], dict[str, object]]] = field(default_factory=list)
    tone: float | None = None
    """The article's tone (:func:`events.tone.document_tone`), computed where it is processed
    (a worker process), not in the one process that writes; None: not computed yet."""

    def for_store(self) -> ProcessedArticle:
        """This article with only what the store writes (the article, its rows, its tone):
        without the places and the per-mention pairs that ``events code`` prints. What a
        worker process sends back to the one process that writes: the pairs repeat every
        mention row and the places are objects rebuilt one by one, so leaving both out cut
        the bytes sent by 40 % and the parent's unpickling of a result by about 60 %."""
        return replace(self, places=[], coded=[])


def row_specificity(row: Mapping[str, object]) -> int:
    """How specific an events-table row is: both actors named, the target's country known,
    the longest (most detailed) CAMEO code. Among rows of one event the highest score wins."""

    def known(key: str) -> bool:
        value = row.get(key)
        return value is not None and not (isinstance(value, float) and math.isnan(value))

    code = row.get("event_code")
    return (8 * known("actor1_code") + 4 * known("actor2_code")
            + 2 * known("actor2_country_code") + (len(code) if isinstance(code, str) else 0))
