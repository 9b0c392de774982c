"""The geoparser: place mentions of a spaCy Doc resolved to gazetteer records, plus borders."""

from __future__ import annotations

import copy
import functools
import json
import logging
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from events.errors import EventsError
from events.geo.borders_text import _border_place, find_borders
from events.geo.gazetteer import Gazetteer
from events.geo.index import ADM1, ADM2, CITY, CONTINENT, COUNTRY, FTYPES, REGION
from events.geo.recognize import (
    COUNTY_WORDS,
    CUE_NOUNS,
    FACILITY_WORDS,
    GENERIC,
    STREET_WORDS,
    Mention,
    find_mentions,
    link_parents,
    mark_region_cues,
    match_span,
)
from events.geo.resolve import Choice, Resolver, country_cues
from events.geo.text import haversine_km, norm
from events.models import Place
from events.nlp import doc_text

log = logging.getLogger(__name__)

RESIDENT_SUFFIXES = (("ians", "ia"), ("ian", "ia"), ("ans", "a"), ("an", "a"), ("ans", ""),
                     ("an", ""), ("ns", ""), ("n", ""), ("i", ""), ("is", ""), ("ese", ""),
                     ("ers", ""), ("er", ""))
EMBEDDED_MIN_POP = 15_000
"""Smallest town taken from inside a longer name (smaller namesakes are too often words)."""
EMBEDDED_ALONE_POP = 300_000
"""A town taken from inside a longer name must be named on its own elsewhere in the text
("Colchester Hospital" in a story that names Colchester) or be a big city ("Delhi High
Court"): "Carnegie Library", "Rogers Centre" and "Paddock Hill Bend" name people and
features, not the towns Carnegie, Rogers and Bend."""
NATURAL_WORDS = frozenset(
    "river lake lakes valley island islands mountain mountains mount bay creek falls "
    "harbor harbour canyon".split())
"""Words that make a name a natural feature ("Neches River", "Lake Harriet", "Mount Hood"): the
town named like what is left is taken only on the terms of :data:`EMBEDDED_ALONE_POP`
(measured on LGL: 17 of 25 such towns lay more than 161 km from the feature)."""
COMPASS = frozenset(
    "north south east west northern southern eastern western central northeast northwest "
    "southeast southwest northeastern northwestern southeastern southwestern upper lower "
    "downtown upstate".split())
"""Words that place a part of what follows ("West Texas", "South Los Angeles"): a small town
named like what follows needs the terms of :data:`EMBEDDED_ALONE_POP`."""
MISSION_WORDS = frozenset({"embassy", "consulate", "consulate-general", "legation"})
"""A diplomatic mission named after a country lies in another country: no country (nor region)
is taken from its name ("Embassy of the Republic of Armenia", "the Russian Embassy")."""
STRAY_POP = 100_000
STRAY_SUPPORT = 3
SURE_SCORE = 0.9
"""See :meth:`Geoparser._stray`."""
FOCUS_SCORE = 0.1
HOST_SCORE = 0.3
NOT_FOUND = "not in the gazetteer:"
FOCUS_REASON = f"{NOT_FOUND} placed at the article's focus,"
HOST_REASON = f"{NOT_FOUND} placed at the place named with it,"
"""How :meth:`Geoparser.resolve_spans` explains a span the gazetteer does not know: placed at
the place named with it ("the Palais des Nations in Geneva", "Oulton Park, Cheshire",
"London's Heathrow") or else at the article's focus."""
AWAY = "no namesake near the article's places:"
AWAY_FOCUS_REASON = f"{AWAY} placed at the article's focus,"
AWAY_HOST_REASON = f"{AWAY} placed at the place named with it,"
"""The same for a name whose only namesakes lie away from the article's places (see
:meth:`Geoparser._stray` and :meth:`Geoparser._outside_parent`)."""
STREET = "a street's name:"
STREET_FOCUS_REASON = f"{STREET} placed at the article's focus,"
STREET_HOST_REASON = f"{STREET} placed at the place named with it,"
"""The same for the name of a street ("Cleveland" of "Cleveland Drive", see
:attr:`events.geo.recognize.Mention.street`): no town of that name, wherever one lies."""
BIG_NAMED = 200_000
BIG_REGION_NAMED = 1_000_000
"""A city, or a first-level region, this big keeps its place inside a body's name (see
:meth:`Geoparser._unsupported_name`): "the Buffalo Bisons", "the Texas Rangers"."""
PARENT_KM = 100.0
"""How far from the town Y of "X in Y" a town X may lie (see :meth:`Geoparser._outside_parent`)."""
HOST_PREPS = frozenset({"in", "at", "near", "outside", "inside"})
HOST_WINDOW = 80
"""Characters between an unknown span and an "in Y" that hosts it (same sentence)."""
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_WORD_BEFORE_OF = re.compile(r"(\w+)\s+of\s+$")
_TRAILING = re.compile(r"(?:'s|’s|'|’)$")


_SHORT_WORDS = ((re.compile(r"\bTwp\.?$"), "Township"), (re.compile(r"^Mt\.? "), "Mount "),
                (re.compile(r"^Ft\.? "), "Fort "))
_DOTTED = re.compile(r"^(?:[A-Z]\.)+[A-Z]$")


def _host(text: str, m: Mention, mentions: list[Mention],
          choices: dict[int, Choice | None]) -> int | None:
    """The record of the place that hosts an unknown span: its parent ("X, Y", "X in Y",
    "Y's X"), else the first place of the same sentence within :data:`HOST_WINDOW` characters
    after it that follows "in"/"at"/"near" ("Whole Foods on Wednesday in Fresno"); None."""
    if m.parent is not None:
        chosen = choices.get(id(mentions[m.parent]))
        if chosen is not None:
            return chosen.rid
    for other in mentions:
        if other.start < m.end or other.start - m.end > HOST_WINDOW:
            continue
        between = text[m.end : other.start]
        if _SENTENCE_END.search(between):
            break
        words = between.split()
        chosen = choices.get(id(other))
        if words and words[-1].lower() in HOST_PREPS and chosen is not None:
            return chosen.rid
    return None


def _begins_a_name(doc: Doc, m: Mention) -> bool:
    """Mention ``m`` is followed, in the same run of capitalised words, by more of a name
    ("Peel" of "Peel Regional Police"): a body named after its area, whose place the rest of
    the article tells better than the name's namesakes abroad."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or not span[-1].whitespace_:
        return False
    after = doc[span.end]
    return after.is_alpha and after.text[:1].isupper() and not after.is_sent_start


def _of_a_name(text: str, m: Mention) -> bool:
    """Mention ``m`` ends a longer name after "of" ("St. Gregory of Narek", "the Duke of
    York"), not "the town of X": its "in Y" may tell where the name's bearer stands."""
    before = _WORD_BEFORE_OF.search(text[max(0, m.start - 40) : m.start])
    return before is not None and before.group(1).lower() not in CUE_NOUNS


def _generic_word(part: str) -> bool:
    """A lone compass, generic or building word ("Hall" of "City Hall", "North" of "River
    North"): never a place taken from a longer name."""
    return " " not in part and part.lower().rstrip(".") in GENERIC | FACILITY_WORDS | {"st"}


def _spelled_out(text: str) -> list[str]:
    """Variants of a name with its short words written out ("Madison Twp." -> "Madison
    Township", "Mt. Hood" -> "Mount Hood") or an abbreviation's last dot restored ("N.Y" ->
    "N.Y.", "Calif" -> "Calif.")."""
    out = [pattern.sub(full, text) for pattern, full in _SHORT_WORDS if pattern.search(text)]
    if _DOTTED.match(text) or (text[:1].isupper() and text.isalpha() and len(text) <= 5):
        out.append(text + ".")
    return out


class Geoparser:
    """Finds and resolves place mentions using a :class:`Gazetteer` (see module docs).

    ``geocoder``: an online geopy-style geocoder (``geocode(query, exactly_one=True)``, see
    :func:`events.geo.make_geocoder`); when given, the point of every resolved town, region or
    other feature comes from it (queried as "name, country" of the offline choice, so context
    still picks the place); countries and borders keep their GeoNames and Natural Earth points.
    """

    def __init__(self, gazetteer: Gazetteer, geocoder: Any = None,
                 organisations: frozenset[str] = frozenset()):
        self.gaz = gazetteer
        self.resolver = Resolver(gazetteer)
        self.geocoder = geocoder
        self.organisations = organisations
        """Names of organisations and groups (:func:`events.geo.text.norm` keys) that are
        no place unless a place bears that very name (the chain passes the actor
        dictionaries'; see :func:`events.geo.recognize.find_mentions`)."""

    def with_organisations(self, names: frozenset[str]) -> Geoparser:
        """This geoparser (same gazetteer, resolver and geocoder) knowing ``names`` as
        :attr:`organisations`; the cached instance of :func:`build_geoparser` is left as
        it is, so chains with other dictionaries do not change each other's."""
        other = copy.copy(self)
        other.organisations = names
        return other

    # -- public API ------------------------------------------------------------------------
    def parse(self, doc: Doc) -> list[Place]:
        """Every place mention of ``doc`` (sorted by offset), resolved in context.

        Country mentions next to "border" become border places (feature_type "border").
        """
        mentions = find_mentions(doc, self.gaz, self.organisations)
        text = doc_text(doc)
        link_parents(text, mentions)
        mark_region_cues(text, mentions)
        resolved_choices = self.resolver.resolve(mentions, country_cues(text))
        choices = dict(zip((id(m) for m in mentions), resolved_choices, strict=True))
        streets = {id(m) for m in mentions if m.street}
        astray = {id(m) for m in mentions
                  if id(m) not in streets and self._astray(doc, m, mentions, choices)}
        unsupported = {id(m) for m in mentions if id(m) not in astray | streets
                       and self._unsupported_name(m, mentions, choices)}
        for key in astray | unsupported | streets:
            choices[key] = None
        aside = astray | streets
        focus = self._focus_record([choices[id(m)] for m in mentions]) if aside else None
        places = [self._place(m, choices[id(m)]) if id(m) not in aside
                  else self._placed_with(text, m, mentions, choices, focus, away=id(m) in astray,
                                         street=id(m) in streets)
                  for m in mentions]
        resolved = [p for p in places if p is not None]
        return find_borders(doc, self.gaz, mentions, places, resolved)

    def _placed_with(self, text: str, m: Mention, mentions: list[Mention],
                     choices: dict[int, Choice | None], focus: int | None, *,
                     away: bool = False, street: bool = False) -> Place | None:
        """A mention without a record of its own placed at its host, else at the article's
        ``focus`` record; None when there is neither. ``away``: its namesakes were set aside
        (:meth:`_stray`, :meth:`_outside_parent`); ``street``: it names a street; otherwise
        the gazetteer does not know it; the explanation says which."""
        host = _host(text, m, mentions, choices)
        reasons = ((STREET_HOST_REASON, STREET_FOCUS_REASON) if street
                   else (AWAY_HOST_REASON, AWAY_FOCUS_REASON) if away
                   else (HOST_REASON, FOCUS_REASON))
        if host is not None:
            return self._unknown_place(m, host, HOST_SCORE, reasons[0])
        if focus is not None:
            return self._unknown_place(m, focus, FOCUS_SCORE, reasons[1])
        return None

    def _outside_parent(self, doc: Doc, m: Mention, mentions: list[Mention],
                        choices: dict[int, Choice | None]) -> bool:
        """Whether ``m`` is the X of "X in Y" / "X, Y" (not "Y's X") and no town or county of its name
        lies in Y (a country, first-level region or county) or, for "X in Y" with Y a town,
        within :data:`PARENT_KM` of it: "Cape Peron in Rockingham" is no French village
        Péron. Such an X is then placed at Y (see :meth:`_placed_with`). The items of an
        enumeration ("Moscow, Kyiv and Minsk") are left alone, as are names with a country
        or region among their candidates, and the end of a longer name ("the statue of St.
        Gregory of Narek in Vatican", see :func:`_of_a_name`)."""
        ix = self.gaz.index
        if m.parent is None or m.siblings or not m.rids or mentions[m.parent].start < m.end:
            return False  # "Chile's Ripley" names a store chain, not a Chilean Ripley
        chosen, host = choices.get(id(m)), choices.get(id(mentions[m.parent]))
        if chosen is None or host is None or int(ix.ftype[chosen.rid]) not in (CITY, ADM2):
            return False
        if any(int(ix.ftype[r]) not in (CITY, ADM2) for r in m.rids):
            return False
        kind = int(ix.ftype[host.rid])
        text = doc_text(doc)
        linked_by_in = text[m.end : mentions[m.parent].start].strip(", ") == "in"
        if linked_by_in and _of_a_name(text, m):
            return False
        if kind == CITY:
            if not linked_by_in:
                return False
            lat, lon = float(ix.lat[host.rid]), float(ix.lon[host.rid])
            return not any(haversine_km(lat, lon, float(ix.lat[r]), float(ix.lon[r])) < PARENT_KM
                           for r in m.rids)
        if kind not in (COUNTRY, ADM1, ADM2):
            return False
        return not any(self.resolver.contains(host.rid, r) for r in m.rids)

    def resolve_spans(self, text: str, spans: list[tuple[int, int]],
                      doc: Doc | None = None) -> list[Place | None]:
        """Resolve given character spans of ``text`` in the context of the whole text.

        The article's own recognised mentions (not overlapping a given span) are the context.
        Returns one Place (or None when no candidate is found) per span, in order.
        """
        if doc is None:
            from events.nlp import load_nlp

            doc = load_nlp()(text)
        found = {(m.start, m.end): m for m in find_mentions(doc, self.gaz, self.organisations)}
        given = [found.get((s, e)) or self.mention_for(text, s, e) for s, e in spans]
        occupied = [(m.start, m.end) for m in given]
        context = [m for m in found.values()
                   if not any(m.start < e and s < m.end for s, e in occupied)]
        mentions = sorted({id(m): m for m in [*given, *context]}.values(), key=lambda m: m.start)
        for m in mentions:
            m.parent, m.children, m.siblings = None, [], []
        link_parents(text, mentions)
        mark_region_cues(text, mentions)
        choices = dict(zip((id(m) for m in mentions),
                           self.resolver.resolve(mentions, country_cues(text)), strict=True))
        astray = {id(m) for m in given if self._astray(doc, m, mentions, choices)}
        unsupported = {id(m) for m in given
                       if id(m) not in astray and self._unsupported_name(m, mentions, choices)}
        for key in astray | unsupported:
            choices[key] = None
        focus = self._focus_record([choices[id(m)] for m in mentions])
        return [None if id(m) in unsupported else self._place(m, choices[id(m)])
                or self._placed_with(text, m, mentions, choices, focus, away=id(m) in astray)
                for m in given]

    def _astray(self, doc: Doc, m: Mention, mentions: list[Mention],
                choices: dict[int, Choice | None]) -> bool:
        """Whether the namesakes of ``m`` are set aside for its host or the article's focus
        (:meth:`_outside_parent` or :meth:`_stray`)."""
        return self._outside_parent(doc, m, mentions, choices) or self._stray(doc, m, mentions, choices)

    def _unsupported_name(self, m: Mention, mentions: list[Mention],
                          choices: dict[int, Choice | None]) -> bool:
        """Whether ``m`` begins a longer name (:attr:`Mention.in_name`: a body or a person
        named after a place) and the article's other places do not support its answer, which
        is then no place: none of the other places lies in its country, and they are two
        names at least or one that spaCy tags as a place and the resolver chooses with
        :data:`SURE_SCORE` ("Durham Regional Police" in a story about Oshawa and
        Burlington, when the gazetteer knows no Durham in Canada; "Oxford University Press"
        in a story from Brussels). Other places count when they stand in a spaCy entity or
        a dateline alone: not a headline's "Man booked for ...", nor the adjectives of a fair's
        "Polish" and "Greek" food. A country ("Kenya Airways"), a wider region ("the Gulf
        Information Security Conference"), a county ("the Lamar County Commissioners"), a
        city of :data:`BIG_NAMED` people ("Boston Scientific") and a first-level region of
        :data:`BIG_REGION_NAMED` ("Texas Instruments") stay."""
        ix = self.gaz.index
        chosen = choices.get(id(m))
        if not m.in_name or chosen is None or m.text.rsplit(" ", 1)[-1].lower() in COUNTY_WORDS:
            return False
        ft, pop = int(ix.ftype[chosen.rid]), int(ix.pop[chosen.rid])
        if ft not in (CITY, ADM2, ADM1) or pop >= (BIG_REGION_NAMED if ft == ADM1 else BIG_NAMED):
            return False
        key = norm(m.text)
        names: set[str] = set()
        sure = False
        for other in mentions:
            c = choices.get(id(other))
            if (other.in_name or other.how in ("gazetteer", "demonym") or c is None
                    or not ix.cc[c.rid] or norm(other.text) == key):
                continue
            if ix.cc[c.rid] == ix.cc[chosen.rid]:
                return False
            names.add(norm(other.text))
            sure = sure or (other.how in ("GPE", "LOC") and c.score >= SURE_SCORE)
        return len(names) >= 2 or sure

    def _stray(self, doc: Doc, m: Mention, mentions: list[Mention],
               choices: dict[int, Choice | None]) -> bool:
        """Whether a mention's answer is a stray namesake: a town, county or first-level region
        (the Isle of Man's sheadings, England's boroughs) of fewer than :data:`STRAY_POP`
        people, none of the name's candidates in a country that another
        place of the article lies in, while :data:`STRAY_SUPPORT` other places lie in one
        other country ("Delft" in a story about Cape Town when the gazetteer knows only the
        Dutch town), or one that spaCy tags as a place and the resolver chooses with
        :data:`SURE_SCORE` does when the name begins a longer name (:func:`_begins_a_name`:
        "Peel Regional Police" in a story about Mississauga, when the gazetteer knows Peel on
        the Isle of Man and in Arkansas). Such a mention is then placed like an unknown one
        (:meth:`_placed_with`)."""
        ix = self.gaz.index
        chosen = choices.get(id(m))
        if chosen is None or int(ix.ftype[chosen.rid]) not in (CITY, ADM2, ADM1):
            return False
        if int(ix.pop[chosen.rid]) >= STRAY_POP:
            return False
        key = norm(m.text)
        others: Counter[str] = Counter()
        sure = False  # a place spaCy calls a place, chosen with confidence
        for other in mentions:
            c = choices.get(id(other))
            if c is not None and norm(other.text) != key and ix.cc[c.rid]:
                others[ix.cc[c.rid]] += 1
                sure = sure or (other.how in ("GPE", "LOC") and c.score >= SURE_SCORE)
        if any(others[ix.cc[r]] for r in m.rids):
            return False
        if sure and _begins_a_name(doc, m):
            return True
        return bool(others) and others.most_common(1)[0][1] >= STRAY_SUPPORT

    def _focus_record(self, choices: list[Choice | None]) -> int | None:
        """The article's focus: the country most of its places lie in, and there its most
        often chosen town or county (ties: the most populous), else its most often chosen first-level
        region, else the country itself; None when the article names no place in a country."""
        ix = self.gaz.index
        chosen = [c.rid for c in choices if c is not None and ix.cc[c.rid]]
        if not chosen:
            return None
        country = Counter(ix.cc[r] for r in chosen).most_common(1)[0][0]
        for wanted in ((CITY, ADM2), (ADM1,)):
            counts = Counter(r for r in chosen
                             if int(ix.ftype[r]) in wanted and ix.cc[r] == country)
            if counts:  # ties: the most populous (the city whose streets news names)
                return max(counts, key=lambda r: (counts[r], int(ix.pop[r])))
        return self.gaz.country_rid(country)

    def _unknown_place(self, m: Mention, rid: int, score: float, reason: str) -> Place:
        """A span the gazetteer does not know (a building, street or neighbourhood), placed at
        record ``rid`` (its host or the article's focus) with a low ``score``."""
        name = self.gaz.index.names[rid]
        place = self._place(m, Choice(rid, score, ""))
        assert place is not None
        return replace(place, explanation=f"{reason} {name}")

    def border_between(self, a: str, b: str, *, mention: str = "", start: int = 0,
                       end: int = 0) -> Place | None:
        """The border place of countries ``a`` and ``b`` (ISO2) when they share a land border,
        with its point on the shared Natural Earth boundary; None otherwise."""
        if b not in self.gaz.neighbours(a):
            return None
        base = Place(mention=mention, start=start, end=end, name="", feature_type="border",
                     country_code=b, adm1_code=None, lat=None, lon=None)
        place = _border_place(self.gaz, a, b, start, end, "", base,
                              "the two sides' countries are neighbours")
        return replace(place, mention=mention) if place is not None else None

    def focus_countries(self, places: list[Place]) -> list[str]:
        """ISO2 codes of the countries of ``places``, most mentioned first (ties: first seen)."""
        counts: Counter[str] = Counter()
        for p in places:
            codes = p.border_countries or ((p.country_code,) if p.country_code else ())
            counts.update(codes)
        return [cc for cc, _ in counts.most_common()]

    # -- helpers ---------------------------------------------------------------------------
    def mention_for(self, text: str, start: int, end: int) -> Mention:
        """A mention for an arbitrary span: the literal text, then simple variants of it.

        Variants: without "the" and possessive; a resident noun of an ADM1 or country
        ("Ohioans" -> Ohio); the span minus generic words ("Neches River" -> Neches,
        "northern Georgia" -> Georgia).
        """
        literal = text[start:end]
        variants = [literal, _TRAILING.sub("", _LEADING.sub("", literal)).strip()]
        if variants[-1].lower() in GENERIC:  # "Western", "State", "Valley": no place alone
            return Mention(start, end, literal, [], None, "unknown")
        variants += _spelled_out(variants[-1])
        for variant in variants:
            rids, iso, how = match_span(self.gaz, variant, parents=True)
            if rids:
                return Mention(start, end, literal, rids, iso, how)
        base = variants[-1]
        rids = self._resident_noun(base)
        if rids:
            return Mention(start, end, literal, rids, None, "resident noun")
        words = base.split()
        if words and words[-1].lower().rstrip(".") in STREET_WORDS:
            return Mention(start, end, literal, [], None, "unknown")  # a street: host or focus
        for size in range(len(words) - 1, 0, -1):
            for offset in (len(words) - size, 0):
                part = " ".join(words[offset : offset + size])
                dropped = words[:offset] + words[offset + size :]
                if (not part[:1].isupper() or not all(w.lower() in GENERIC for w in dropped)
                        or _generic_word(part)):
                    continue
                rids, iso, how = match_span(self.gaz, part, parents=True)
                if any(w.lower() in NATURAL_WORDS for w in dropped):
                    rids = [r for r in rids if int(self.gaz.index.ftype[r]) != CITY
                            or self._named_alone(r, part, text, start, end)]
                elif all(w.lower() in COMPASS for w in dropped):  # "West Wing" is no Wing
                    rids = [r for r in rids if int(self.gaz.index.ftype[r]) != CITY
                            or int(self.gaz.index.pop[r]) >= EMBEDDED_MIN_POP
                            or self._named_alone(r, part, text, start, end)]
                if rids:
                    return Mention(start, end, literal, rids, iso, f"{how} (part {part!r})")
        return self._embedded(text, start, end, words)

    def _embedded(self, text: str, start: int, end: int, words: list[str]) -> Mention:
        """The longest capitalised run inside a longer name that names a country, or by its
        own name a region or continent, or a town of at least :data:`EMBEDDED_MIN_POP` on the
        terms of :data:`EMBEDDED_ALONE_POP` ("University of California" -> California,
        "Manila Cathedral" -> Manila in a story about Manila); an "unknown" mention when there
        is none."""
        ix = self.gaz.index
        literal = text[start:end]
        strong = (COUNTRY, ADM1, CONTINENT, REGION)
        lowered = [w.lower() for w in words]
        # "the Russian Embassy" stands in the host country; "the British School" is a school
        # that may stand anywhere: neither is the country its adjective names
        abroad = any(w in MISSION_WORDS for w in lowered)
        building = bool(lowered) and lowered[-1] in FACILITY_WORDS
        for size in range(len(words) - 1, 0, -1):
            found: list[tuple[bool, Mention]] = []
            for offset in range(len(words) - size + 1):
                part = " ".join(words[offset : offset + size])
                if not part[:1].isupper() or all(
                        w.lower() in GENERIC or w.lower() in FACILITY_WORDS for w in part.split()):
                    continue
                rids, iso, how = match_span(self.gaz, part, parents=False)
                if abroad and any(int(ix.ftype[r]) == COUNTRY for r in rids):
                    rids = []  # nor a town named like the country (Armenia, Colombia)
                elif (how == "demonym" and building) or abroad:
                    rids = [r for r in rids if int(ix.ftype[r]) not in (COUNTRY, ADM1, REGION)]
                # only by its own name: "Bains" is an alternate name of a Russian town, "New"
                # of the New River, "Middle" of a Manx district
                own = [r for r in rids if how != "gazetteer" or norm(ix.names[r]) == norm(part)
                       or int(ix.ftype[r]) == COUNTRY]
                rids = [r for r in own if int(ix.ftype[r]) in (COUNTRY, CONTINENT, REGION)
                        or (int(ix.pop[r]) >= EMBEDDED_MIN_POP
                            and self._named_alone(r, part, text, start, end))]
                if rids:
                    found.append((any(int(ix.ftype[r]) in strong for r in rids),
                                  Mention(start, end, literal, rids, iso, f"{how} (in {part!r})")))
            if found:
                return max(found, key=lambda f: f[0])[1]
        return Mention(start, end, literal, [], None, "unknown")

    def _named_alone(self, rid: int, part: str, text: str, start: int, end: int) -> bool:
        """Whether town ``rid``, named ``part`` inside the span ``text[start:end]``, may stand
        for the span: a big city, or a name the text also uses outside the span."""
        if int(self.gaz.index.pop[rid]) >= EMBEDDED_ALONE_POP:
            return True
        pattern = re.compile(r"\b" + re.escape(part) + r"\b")
        return any(m.end() <= start or m.start() >= end for m in pattern.finditer(text))

    def _resident_noun(self, text: str) -> list[int]:
        """Countries/ADM1 whose name a resident noun or adjective is built on, else []."""
        if not text[:1].isupper():
            return []
        ix = self.gaz.index
        for suffix, add in RESIDENT_SUFFIXES:
            if text.endswith(suffix) and len(text) > len(suffix) + 2:
                stem = text[: len(text) - len(suffix)] + add
                rids = [r for r in self.gaz.lookup(stem) if int(ix.ftype[r]) in (COUNTRY, ADM1)]
                if rids:
                    return rids
        return []

    def _online(self, place: Place) -> Place:
        """``place`` with its point from the online geocoder (unchanged for countries and
        borders, when the geocoder finds nothing, or when it fails: logged and explained)."""
        if place.feature_type in ("country", "border", "continent"):
            return place
        country = self.gaz.index.countries.get(place.country_code or "")
        query = ", ".join(p for p in (place.name, country.name if country else "") if p)
        try:
            found = self.geocoder.geocode(query, exactly_one=True)
        except EventsError as err:
            log.warning("online geocoder failed for %r: %s", query, err)
            return replace(place, explanation=f"{place.explanation}; online geocoder failed "
                                              f"({err}): offline point kept")
        if found is None:
            return replace(place, explanation=f"{place.explanation}; online geocoder found "
                                              f"nothing for {query!r}: offline point kept")
        return replace(place, lat=round(float(found.latitude), 5),
                       lon=round(float(found.longitude), 5),
                       explanation=f"{place.explanation}; point from the online geocoder "
                                   f"for {query!r}")

    def _place(self, m: Mention, choice: Choice | None) -> Place | None:
        if choice is None:
            return None
        place = self._offline_place(m, choice)
        return self._online(place) if self.geocoder is not None else place

    def _offline_place(self, m: Mention, choice: Choice) -> Place:
        ix = self.gaz.index
        rid = choice.rid
        ftype = int(ix.ftype[rid])
        gid = int(ix.gid[rid])
        how = f"{m.how}: " if m.how else ""
        return Place(
            mention=m.text,
            start=m.start,
            end=m.end,
            name=ix.names[rid],
            feature_type=FTYPES[ftype],
            country_code=ix.cc[rid] or None,
            adm1_code=(ix.adm1[rid] or None) if ftype != COUNTRY else None,
            lat=round(float(ix.lat[rid]), 5),
            lon=round(float(ix.lon[rid]), 5),
            geonameid=gid if gid >= 0 else None,
            score=choice.score,
            population=int(ix.pop[rid]),
            explanation=how + choice.explanation,
            country_score=max(choice.score, choice.country_score),
        )


def build_geoparser(settings: Any = None) -> Any:
    """The :class:`events.geo.Geoparser` that ``settings`` (default ``Settings()``) configure:
    the gazetteer cached in ``settings.cache_dir`` and, unless ``settings.geocoder`` is
    "offline", the online geocoder that gives points (see :func:`make_geocoder`). Cached per
    configuration. Raises ConfigError or GazetteerError."""
    from events.config import Settings

    settings = settings or Settings()
    return _build_geoparser(str(settings.cache_dir), settings.geocoder,
                            json.dumps(settings.geocoder_options, sort_keys=True))


@functools.cache
def _build_geoparser(cache_dir: str, geocoder: str, options: str) -> Any:
    gazetteer = Gazetteer.load(Path(cache_dir))
    online = None
    if geocoder != "offline":  # geopy is imported only for an online geocoder
        from events.geo.geocoder import make_geocoder

        online = make_geocoder(geocoder, cache_dir=Path(cache_dir), options=json.loads(options))
    return Geoparser(gazetteer, online)
