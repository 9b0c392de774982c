"""Choosing one gazetteer record per mention from the article's context, with a score and reasons.

Score of a candidate (higher is better), in the spirit of CLAVIN's rule passes and Mordecai's
features: a feature-class prior (countries > ADM1 > counties > cities, capitals up), log
population, the number of alternate names a city has in GeoNames (well-known places have
dozens: Savannah, Georgia 30, the Ghanaian region of the same name 1), the share of the
article's other mentions in the candidate's country and ADM1, neighbours of those countries,
and "X, Y" / "X in Y" / "Y's X" containment. Two passes: the first context counts spread each
mention over its candidates, the second counts the choices.

Two name-clash rules from CLAVIN adjust the feature-class prior: a first-level region loses
its edge over a same-named city when that city is a national capital, more populous than the
whole region (where the region's population is known), or a big city (300,000) with a quarter
of the region's people that bears the name as its own or lies in the region's country (not Hong
Kong, also called Victoria, against the Australian state; nor the Seychelles' small capital
Victoria): news that names "New York", "Lagos" or "Kabul" alone means the city
(Washington, D.C. over Washington state; Savannah, Georgia over Ghana's Savannah Region; not
Kent, Washington over Kent; not Quebec City over Quebec). Words that make a name a region
("upstate New York", "the New York border", "New York state") give regions the edge back;
and a town that merely shares a country's or continent's name ("China, Texas", "Middle East,
Maryland") is penalised unless "X, Y" containment vouches for it.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from events.geo.gazetteer import Gazetteer
from events.geo.index import ADM1, ADM2, CITY, CONTINENT, COUNTRY, REGION
from events.geo.recognize import Mention
from events.geo.text import haversine_km, norm

TYPE_PRIOR = {COUNTRY: 1.0, CONTINENT: 1.0, ADM1: 0.7, REGION: 0.6, ADM2: 0.45, CITY: 0.0}
W_POP = 0.15  # per decade of population
W_CAPITAL = 0.35
W_COUNTRY = 2.2
W_ADM1 = 1.6
W_NEIGHBOUR = 1.0
ADM1_EVIDENCE = 2.0
"""Weight of the article's other places (about one per place) that the first-level region
share needs for its full W_ADM1: one "New York City" does not send "Atlanta" to the hamlet
of Atlanta, New York; several places in one state do vouch for its small towns."""
W_DEMONYM = 0.8  # a country whose adjective the article uses ("Georgian")
W_PARENT = 3.0
W_CHILD = 2.0
W_EXACT = 0.25
W_ALT = 0.1  # per doubling of a city's alternate names (capped at 2**6)
W_NAMESAKE = 2.5  # a town named like a country, continent or region in the candidates
W_NEAR = 1.6  # a town or county with candidates of the article's other place names close by
NEAR_KM = 60.0  # distance scale of W_NEAR (the bonus falls to 1/e at this distance)
W_REGION_CUE = 1.5  # "upstate New York", "the New York border", "X state"
W_ALIAS = 1.0  # a country's name that is only an alternate name of the candidate
W_CAPITAL_ALIAS = 2.5
"""A national capital's own name that is only an alternate name of the candidate (see
:meth:`Resolver._alias`): as much as a town named like a country (W_NAMESAKE)."""
W_SIBLING = 1.0  # the level (country, region, town) of the other items of an enumeration
W_CAPITAL_NAMED = 1.5
"""A country whose national capital the article names (by the first pass's choices): "Police
in Georgia" in a story that names Tbilisi is the country, however many American places the
story names beside it (see :meth:`Resolver._capitals_named`)."""
W_WORLD = 1.5
WORLD_CITY = 1_000_000
WORLD_RATIO = 50
"""Towns named like a world city (WORLD_CITY people, WORLD_RATIO times any namesake town) lose
W_WORLD: most of the country share of an article about their country."""
BIG_CITY = 300_000
CITY_SHARE = 0.25
"""A first-level region loses its edge over a same-named city of at least BIG_CITY people
that holds CITY_SHARE of the region's people (New York, Lagos, Kabul; not Quebec City)."""
LOCAL = frozenset({CITY, ADM2})
WATER_WORDS = frozenset({"sea", "ocean", "gulf", "bay", "strait", "straits", "channel", "sound"})
"""Last words of a water body's name: a first-level region named after it loses to the
water itself (see :meth:`Resolver._water_named`)."""
TEMPERATURE = 0.6
CAPITAL_RATIO = 10
"""A town or county with less than 1/CAPITAL_RATIO of the people of a national capital (or a
WORLD_CITY) of the same name, in another country, gets no context bonus when the article names
the capital's country (see :meth:`Resolver._outweighed`)."""


STREET_COUNTRY = 0.5
"""Weight of a street's name ("Cleveland" of "Cleveland Drive") in the article's country
context (a place counts 1). Streets are named after presidents and queens everywhere:
"Jackson Avenue" in Dover, a story of Kent Police, sent Dover to Ohio at a place's weight;
measured on LGL, half a place keeps every American answer a whole one gave, and nothing
loses the country of small towns whose only other clue is their streets ("Brooklyn Road"
in Berea, Kentucky). It gives no first-level region, and it vouches for the places close by
only by its likely reading (see :meth:`Resolver._coherence`), so "Cleveland Drive" does not
send Oxford to Ohio or Alabama (see :attr:`events.geo.recognize.Mention.street`); "Cowley
Road" still vouches for Oxford, England."""


NOT_US = "!US"
"""Key of :func:`country_cues` for the words Britain shares with the Commonwealth."""
COUNTRY_CUES: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("GB",), re.compile(
        r"\b(?:NHS|Tory|Tories|Lib Dems?|Liberal Democrats?|Constabulary|Metropolitan Police"
        r"|Met Police|Police Scotland|Crown Court|Crown Prosecution Service|magistrates"
        r"|GCSEs?|A-levels?|Royal Borough|borough council|Home Office|Downing Street|Whitehall"
        r"|Crimestoppers|pence|sixth form(?:ers)?)\b|£")),
    (("IE",), re.compile(r"\b(?:Garda[ií]?|Taoiseach|T[aá]naiste|D[aá]il|Fianna F[aá]il|Fine Gael)\b")),
    (("CA",), re.compile(r"\b(?:RCMP|OPP|MPPs?|Ontario Provincial Police)\b")),
    ((NOT_US,), re.compile(
        r"\b(?:MPs?|Labour|constituency|councillors?"
        r"|Conservative (?:[Pp]arty|MPs?|candidate|councillor|leader|government)"
        r"|(?:Mr|Mrs|Ms|Dr)(?= [A-Z]))\b")),
)
"""Words of a country's public life (police forces, health service, currency) that tell an
article's country when its places alone do not: the "Metropolitan Police" of a crash in
Kingston puts it in London, not New York or Jamaica. Words that Britain shares with Ireland,
Canada, Australia and New Zealand (MPs, councillors, Labour, "Mr" without a stop) tell only
that the story is not American ("the Conservative candidate" of a school visit in Hampton:
not Virginia): they take up to :data:`NOT_US_MAX` from American candidates (:data:`W_CUE`
each), and the places tell which Commonwealth country it is ("the Conservative MP for London
West" beside Ottawa is in Ontario). Each distinct cue of one country counts :data:`W_CUE` of
a place in the country context, up to :data:`CUE_MAX` (see :func:`country_cues`)."""
W_CUE = 0.5
CUE_MAX = 2.0
NOT_US_MAX = 1.0


def country_cues(text: str) -> dict[str, float]:
    """ISO2 -> the weight of the :data:`COUNTRY_CUES` ``text`` holds (countries without
    one left out): one regular-expression search per group, no token walk."""
    found: dict[str, set[str]] = {}
    for countries, pattern in COUNTRY_CUES:
        words = {m.group(0) for m in pattern.finditer(text)}
        for cc in countries if words else ():
            found.setdefault(cc, set()).update(words)
    return {cc: min(NOT_US_MAX if cc == NOT_US else CUE_MAX, W_CUE * len(words))
            for cc, words in found.items()}


def _other_name(own: str, key: str) -> bool:
    """True when the normalised mention ``key`` is not the record's name ``own`` nor part of
    it, spaces aside ("Anantnag" for "islamabad"; not "Santiago de Cuba" for "santiago",
    "George Town" for "georgetown")."""
    name, short = norm(own).replace(" ", ""), key.replace(" ", "")
    return short not in name and name not in short


@dataclass
class Choice:
    """The chosen record of a mention with its score in 0..1 and a human-readable reason."""

    rid: int
    score: float
    explanation: str
    country_score: float = 0.0
    """0..1: the share of the candidates' weight in the chosen record's country (one
    country's many namesakes, "Lewis County" or "Springfield", leave the place unsure but
    its country sure)."""


class Context:
    """Country and ADM1 weights of an article, from its mentions' candidates or choices."""

    def __init__(self) -> None:
        self.country: defaultdict[str, float] = defaultdict(float)
        self.adm1: defaultdict[tuple[str, str], float] = defaultdict(float)

    def merge(self, other: Context) -> None:
        """Add the weights of ``other``."""
        for cc, w in other.country.items():
            self.country[cc] += w
        for key, w in other.adm1.items():
            self.adm1[key] += w

    def add(self, cc: str, adm1: str, weight: float) -> None:
        """Add ``weight`` to country ``cc`` and (when known) to its ADM1 ``adm1``."""
        if cc:
            self.country[cc] += weight
            if adm1:
                self.adm1[(cc, adm1)] += weight


PRIOR_MEMO_MAX = 100_000
"""Mentions whose priors a Resolver keeps across articles (then it starts again)."""


class Resolver:
    """Scores candidates of the mentions of one article."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        self.ix = gaz.index
        self._demonyms: set[str] = set()
        self._prior_memo: dict[tuple[object, ...], list[float]] = {}
        self._near: dict[tuple[str, int], float] = {}
        self._named: set[str] = set()
        self._not_us = 0.0
        """Weight of the article's Commonwealth words (:data:`NOT_US`) against American
        candidates."""
        self._capitals: dict[str, set[str]] = {}
        """ISO2 -> names of the mentions the first pass chose as its capital (see
        :data:`W_CAPITAL_NAMED`); empty during the first pass."""
        # (place name, ISO2, whether a country, weight) of the first pass's choices (see
        # :meth:`_local_share`)
        self._chosen: list[tuple[str, str, bool, float]] = []

    # -- priors ----------------------------------------------------------------------------
    def prior(self, rid: int, mention: Mention) -> float:
        """Context-free plausibility of ``rid`` for ``mention`` (feature class, population,
        alternate names, name clashes with the mention's other candidates)."""
        ix = self.ix
        ft = int(ix.ftype[rid])
        value = TYPE_PRIOR[ft] + W_POP * math.log10(int(ix.pop[rid]) + 1)
        if rid in ix.capitals:
            value += W_CAPITAL
        exact = norm(ix.names[rid]) == norm(mention.text)
        if exact or mention.demonym or mention.how == "abbreviation":
            value += W_EXACT
        if ft == CITY and len(ix.nalt) > rid:
            value += W_ALT * min(math.log2(1 + int(ix.nalt[rid])), 6.0)
        if len(mention.rids) > 1:
            value += self._clash(rid, ft, mention) + self._world_city(rid, ft, mention)
            if not exact and not mention.demonym and mention.how != "abbreviation":
                value += self._alias(rid, mention)
        return value

    def _world_city(self, rid: int, ft: int, mention: Mention) -> float:
        """-W_WORLD for a town or county named like a world city (WORLD_CITY people, or a
        national capital of any size, WORLD_RATIO times any namesake town or county) among the
        mention's candidates: news in any country that names "London", "Moscow" or "Lisbon"
        alone means it, not a hamlet of that name in the article's own country. The choice
        between the city and a region of its name is left to the other rules ("upstate New
        York")."""
        ix = self.ix
        if ft not in LOCAL:
            return 0.0
        towns = [r for r in mention.rids if int(ix.ftype[r]) in LOCAL]
        biggest = max(towns, key=lambda r: int(ix.pop[r]))
        pop = int(ix.pop[biggest])
        if biggest == rid or int(ix.ftype[biggest]) != CITY:
            return 0.0
        if pop < WORLD_CITY and biggest not in ix.capitals:
            return 0.0
        if any(r != biggest and int(ix.pop[r]) * WORLD_RATIO > pop for r in towns):
            return 0.0
        return -W_WORLD

    def _alias(self, rid: int, mention: Mention) -> float:
        """-W_ALIAS for a candidate that has the mention's name only as an alternate name when
        a country bears it as its own name: "Mexico" is the country, not Mexico City (whose
        alternate names include "Mexico"). Measured on LGL and GeoWebNews, the same rule
        against any much bigger namesake helped no more than it hurt, so it stops there and
        at national capitals: -W_CAPITAL_ALIAS for a town or county that has a capital's own
        name only as an alternate one, and another name of its own ("Islamabad" is
        Pakistan's capital, not Anantnag in Kashmir, which is also called so, in a story
        that names Delhi); a short form of its own name ("Santiago" of Santiago de Cuba)
        is left to the context."""
        ix = self.ix
        key = norm(mention.text)
        penalty = 0.0
        for other in mention.rids:
            if other == rid or norm(ix.names[other]) != key:
                continue
            if int(ix.ftype[other]) == COUNTRY:
                penalty = max(penalty, W_ALIAS)
            elif other in ix.capitals and int(ix.ftype[rid]) in LOCAL and _other_name(ix.names[rid], key):
                penalty = max(penalty, W_CAPITAL_ALIAS)
        return -penalty

    def _clash(self, rid: int, ft: int, mention: Mention) -> float:
        """The name-clash adjustments of the module docs (0 when nothing clashes)."""
        ix = self.ix
        key = norm(mention.text)
        if ft == ADM1 and self._water_named(rid, mention, key):
            return -W_NAMESAKE
        if ft == ADM1:
            pop = int(ix.pop[rid])
            for other in mention.rids:
                if int(ix.ftype[other]) != CITY:
                    continue
                opop = int(ix.pop[other])
                same = norm(ix.names[other]) == key
                if (same and (self._capital_over(other, rid) or opop > pop > 0)) or (
                        opop >= BIG_CITY and opop >= CITY_SHARE * pop
                        and (same or ix.cc[other] == ix.cc[rid])):
                    return TYPE_PRIOR[CITY] - TYPE_PRIOR[ADM1]
        elif ft in (CITY, ADM2):
            for other in mention.rids:
                oft = int(ix.ftype[other])
                if oft in (COUNTRY, CONTINENT, REGION) and other != rid:
                    return -W_NAMESAKE
        return 0.0

    def _capital_over(self, capital: int, region: int) -> bool:
        """National capital ``capital`` takes a first-level region's name from ``region``: it
        lies in the region's country ("Kabul"), or abroad with at least 1/CAPITAL_RATIO of
        the region's people. A small island capital does not: news that names "Victoria"
        alone means the Australian state, not the capital of the Seychelles."""
        if capital not in self.ix.capitals:
            return False
        ix = self.ix
        return ix.cc[capital] == ix.cc[region] or int(ix.pop[capital]) * CAPITAL_RATIO >= int(ix.pop[region])

    def _water_named(self, rid: int, mention: Mention, key: str) -> bool:
        """A sea, gulf or strait of the mention's own name is among its candidates ("the Red
        Sea", not Sudan's or Egypt's Red Sea state, which "Red Sea state" still names)."""
        if key.rsplit(" ", 1)[-1] not in WATER_WORDS:
            return False
        ix = self.ix
        return any(r != rid and int(ix.ftype[r]) == REGION and norm(ix.names[r]) == key for r in mention.rids)

    def priors(self, mention: Mention) -> list[float]:
        """:meth:`prior` of each candidate of ``mention``, kept across articles by what
        :meth:`prior` reads of a mention: its text, candidates, whether it is a demonym and
        whether an abbreviation."""
        key = (mention.text, tuple(mention.rids), bool(mention.demonym),
               mention.how == "abbreviation")
        found = self._prior_memo.get(key)
        if found is None:
            found = [self.prior(r, mention) for r in mention.rids]
            if len(self._prior_memo) >= PRIOR_MEMO_MAX:
                self._prior_memo.clear()
            self._prior_memo[key] = found
        return found

    def likeliest(self, mention: Mention) -> int:
        """The candidate of ``mention`` (which has one at least) with the highest prior."""
        priors = self.priors(mention)
        return mention.rids[max(range(len(priors)), key=priors.__getitem__)]

    def spread(self, mention: Mention) -> list[tuple[int, float]]:
        """The mention's candidates with softmax weights of their priors (sum 1)."""
        if not mention.rids:
            return []
        priors = self.priors(mention)
        top = max(priors)
        exps = [math.exp((p - top) / TEMPERATURE) for p in priors]
        total = sum(exps)
        return [(r, e / total) for r, e in zip(mention.rids, exps, strict=True)]

    def country_spread(self, mention: Mention) -> list[tuple[int, float]]:
        """:meth:`spread` with each country weighed by its likeliest candidate alone (its
        candidates share that weight): the 27 small American Oxfords do not outweigh Oxford,
        England, in the article's country context the way they do as a sum. A name's own
        choice still weighs every namesake. On LGL this sent Oxford, Lancaster, York and Kew
        back to England (acc161 0.8792 -> 0.8801, country 0.9661 -> 0.9675), with a few
        American losses (Paris, Texas, beside a "Trail" read as British Columbia's)."""
        pairs = self.spread(mention)
        if len(pairs) < 2:
            return pairs
        cc = self.ix.cc
        best: dict[str, float] = {}
        total: dict[str, float] = {}
        for rid, w in pairs:
            best[cc[rid]] = max(best.get(cc[rid], 0.0), w)
            total[cc[rid]] = total.get(cc[rid], 0.0) + w
        norm_ = sum(best.values())
        return [(rid, w / total[cc[rid]] * best[cc[rid]] / norm_) for rid, w in pairs]

    def context_from_spread(self, mentions: list[Mention]) -> tuple[Context, list[Context]]:
        """Article context from candidate spreads, and each mention's own contribution."""
        ctx, own = Context(), []
        for m in mentions:
            mine = Context()
            for rid, w in self.country_spread(m):
                if m.street:
                    mine.add(self.ix.cc[rid], "", w * STREET_COUNTRY)
                else:
                    mine.add(self.ix.cc[rid], self._adm1_of(rid), w)
            own.append(mine)
            ctx.merge(mine)
        return ctx, own

    def context_from_choices(self, choices: list[Choice | None],
                             mentions: list[Mention]) -> tuple[Context, list[Context]]:
        """Article context from chosen records (weight 1 each, by the choice's score; a
        street's name by :data:`STREET_COUNTRY`, for its country only)."""
        ctx, own = Context(), []
        for ch, m in zip(choices, mentions, strict=True):
            mine = Context()
            if ch is not None and m.street:
                mine.add(self.ix.cc[ch.rid], "", (0.5 + 0.5 * ch.score) * STREET_COUNTRY)
            elif ch is not None:
                mine.add(self.ix.cc[ch.rid], self._adm1_of(ch.rid), 0.5 + 0.5 * ch.score)
            own.append(mine)
            ctx.merge(mine)
        return ctx, own

    def _coherence(self, mentions: list[Mention]) -> dict[tuple[str, int], float]:
        """(name key, rid) -> 0..1 for the towns and counties among the candidates: how many of
        the article's *other* place names have a town or county candidate close by (each name
        counts by its closest candidate, weighted by that candidate's share of its name's
        prior). Two small namesakes that lie together ("Paris" and "Henry County", Tennessee)
        vouch for each other; a lone name gets nothing. A first-level region gets the same
        measure with "inside it" for "close by", so a state is not outranked by its namesake
        city ("New York") for lack of one. A street's name vouches by its candidate's share
        alone: "Cowley Road" for Oxford, England (Cowley lies there, and is the likely
        Cowley), not "Cleveland Drive" for Oxford, Alabama (a Cleveland lies close by, but
        Cleveland, Ohio is the likely one)."""
        ix = self.ix
        keys: list[str] = []
        rids: list[int] = []
        groups: list[int] = []
        weights: list[float] = []
        regions: list[tuple[str, int, int]] = []
        seen: dict[str, int] = {}
        for m in mentions:
            key = norm(m.text)
            if key in seen or not m.rids:
                continue
            seen[key] = len(seen)
            for rid, w in self.spread(m):
                if int(ix.ftype[rid]) in LOCAL:
                    keys.append(key)
                    rids.append(rid)
                    groups.append(seen[key])
                    weights.append(w if m.street else 0.25 + 0.75 * w)
                elif int(ix.ftype[rid]) == ADM1 and ix.adm1[rid]:
                    regions.append((key, rid, seen[key]))
        if len(seen) < 2 or len(set(groups)) < 2:
            return {}
        out = self._local_coherence(keys, rids, groups, weights)
        for key, rid, group in regions:
            best: dict[int, float] = {}
            for r, g, w in zip(rids, groups, weights, strict=True):
                if g != group and ix.cc[r] == ix.cc[rid] and ix.adm1[r] == ix.adm1[rid]:
                    best[g] = max(best.get(g, 0.0), w)
            out[(key, rid)] = min(1.0, sum(best.values()))
        return out

    def _local_coherence(self, keys: list[str], rids: list[int], groups: list[int],
                         weights: list[float]) -> dict[tuple[str, int], float]:
        """The towns-and-counties part of :meth:`_coherence` (one distance matrix);
        ``weights``: how much each candidate vouches for the places close to it."""
        ix = self.ix
        idx = np.asarray(rids)
        lat = np.radians(ix.lat[idx].astype(np.float64))
        lon = np.radians(ix.lon[idx].astype(np.float64))
        a = (np.sin((lat[:, None] - lat[None, :]) / 2) ** 2 + np.cos(lat[:, None])
             * np.cos(lat[None, :]) * np.sin((lon[:, None] - lon[None, :]) / 2) ** 2)
        dist = 2 * 6371.0088 * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
        closeness = np.exp(-dist / NEAR_KM) * np.asarray(weights)[None, :]
        g = np.asarray(groups)
        order = np.argsort(g, kind="stable")
        starts = np.flatnonzero(np.r_[True, np.diff(g[order]) != 0])
        per_group = np.maximum.reduceat(closeness[:, order], starts, axis=1)
        per_group[np.arange(len(rids)), np.searchsorted(g[order][starts], g)] = 0.0
        total = np.minimum(per_group.sum(axis=1), 1.0)
        return {(k, r): float(v) for k, r, v in zip(keys, rids, total, strict=True)}

    def _adm1_of(self, rid: int) -> str:
        return self.ix.adm1[rid] if int(self.ix.ftype[rid]) != COUNTRY else ""

    # -- containment -----------------------------------------------------------------------
    def contains(self, parent: int, child: int) -> float:
        """1.0 when record ``child`` lies in ``parent`` (country, ADM1, county), 0.6 near, else 0."""
        ix = self.ix
        if parent == child or not ix.cc[child] or ix.cc[parent] != ix.cc[child]:
            return 0.0
        pft, cft = int(ix.ftype[parent]), int(ix.ftype[child])
        if pft == COUNTRY:
            return 1.0 if cft != COUNTRY else 0.0
        if pft not in (ADM1, ADM2) or cft in (COUNTRY, ADM1):
            return 0.0
        if ix.adm1[parent] and ix.adm1[parent] == ix.adm1[child]:
            if pft == ADM1:
                return 1.0
        dist = haversine_km(float(ix.lat[parent]), float(ix.lon[parent]),
                            float(ix.lat[child]), float(ix.lon[child]))
        limit = 60.0 if pft == ADM2 else 250.0
        return 0.6 if dist < limit else 0.0

    # -- scoring ---------------------------------------------------------------------------
    def resolve(self, mentions: list[Mention],
                cues: dict[str, float] | None = None) -> list[Choice | None]:
        """Choose a record for every mention (None when it has no candidate).

        A mention's own evidence excludes every mention of the same name, so four "Georgia"s
        do not vouch for each other. ``cues``: country weights the text gives besides its
        places (:func:`country_cues`), added to both passes' country context.
        """
        self._demonyms = {m.demonym for m in mentions if m.demonym}
        self._not_us = (cues or {}).get(NOT_US, 0.0)
        self._near = self._coherence(mentions)
        self._named = self._named_countries(mentions)
        self._capitals = {}
        self._chosen = []
        ctx, own = self.context_from_spread(mentions)
        _add_cues(ctx, cues)
        own = _by_name(mentions, own)
        choices = [self._choose(i, mentions, ctx, own[i], None) for i in range(len(mentions))]
        self._capitals = self._capitals_named(mentions, choices)
        self._chosen = [
            (norm(m.text), self.ix.cc[c.rid], int(self.ix.ftype[c.rid]) == COUNTRY, 0.5 + 0.5 * c.score)
            for m, c in zip(mentions, choices, strict=True) if c is not None
        ]
        ctx, own = self.context_from_choices(choices, mentions)
        _add_cues(ctx, cues)
        own = _by_name(mentions, own)
        return [self._choose(i, mentions, ctx, own[i], choices) for i in range(len(mentions))]

    def _choose(self, i: int, mentions: list[Mention], ctx: Context, own: Context,
                choices: list[Choice | None] | None) -> Choice | None:
        m = mentions[i]
        if not m.rids:
            return None
        country_total = sum(ctx.country.values()) - sum(own.country.values())
        adm1_total = sum(ctx.adm1.values()) - sum(own.adm1.values())
        scored: list[tuple[float, int, list[str]]] = []
        key = norm(m.text)
        outweighed = self._outweighed(m)
        several = len(m.rids) > 1  # a country or another kind of place ("Georgia")
        country_named = several and any(int(self.ix.ftype[r]) == COUNTRY for r in m.rids)
        for rid, prior in zip(m.rids, self.priors(m), strict=True):
            why: list[str] = []
            s = prior
            cc = self.ix.cc[rid]
            if rid in outweighed:
                why.append("a namesake of a capital whose country the article names")
            elif cc and country_total > 0:
                share = (ctx.country[cc] - own.country[cc]) / country_total
                if country_named and choices is not None and int(self.ix.ftype[rid]) != COUNTRY:
                    # a country's name read as a region elsewhere ("Georgia", the US state)
                    # needs that country's own places, not its name ("the United States")
                    share = min(share, self._local_share(cc, key))
                neigh = sum(ctx.country[n] - own.country[n] for n in self.gaz.neighbours(cc))
                s += W_COUNTRY * share + W_NEIGHBOUR * neigh / country_total
                if share > 0.05:
                    why.append(f"{cc} is {share:.0%} of the article's places")
                if neigh > 0 and neigh / country_total > 0.05:
                    why.append(f"neighbours of {cc} mentioned")
            if self._not_us and cc == "US":
                s -= self._not_us
                why.append("the article's words are British or Commonwealth")
            if int(self.ix.ftype[rid]) == COUNTRY and cc in self._demonyms and not m.demonym:
                s += W_DEMONYM
                why.append(f"the article uses the adjective of {cc}")
            if several and int(self.ix.ftype[rid]) == COUNTRY and self._capitals.get(cc, {key}) - {key}:
                s += W_CAPITAL_NAMED
                why.append(f"the article names the capital of {cc}")
            if m.region_cue and int(self.ix.ftype[rid]) in (ADM1, COUNTRY):
                s += W_REGION_CUE
                why.append("named as a region")
            same_level = self._sibling_level(rid, m, mentions)
            if same_level > 0:
                s += W_SIBLING * same_level
                why.append("listed with places of its kind")
            adm1 = self._adm1_of(rid)
            if adm1 and adm1_total > 0 and rid not in outweighed:
                share = (ctx.adm1[(cc, adm1)] - own.adm1[(cc, adm1)]) / adm1_total
                s += W_ADM1 * share * min(1.0, adm1_total / ADM1_EVIDENCE)
                if share > 0.05:
                    why.append(f"ADM1 {cc}-{adm1} co-mentioned")
            close = 0.0 if rid in outweighed else self._near.get((key, rid), 0.0)
            if close > 0.05:
                s += W_NEAR * close
                why.append("other places of the article lie close by")
            s += self._containment(rid, m, mentions, choices, why)
            scored.append((s, rid, why))
        scored.sort(key=lambda t: -t[0])
        best, rid, why = scored[0]
        weights = [(math.exp((s - best) / TEMPERATURE), r) for s, r, _ in scored]
        total = sum(w for w, _ in weights)
        score = 1.0 / total
        cc = self.ix.cc[rid]
        country_score = sum(w for w, r in weights if self.ix.cc[r] == cc) / total if cc else score
        part = self._part_named(rid, m, key)
        if part is not None:
            why.append(f"the part of {self.ix.names[rid]} that bears the name")
            rid = part
        pop = int(self.ix.pop[rid])
        why.append(f"{len(scored)} candidate(s); population {pop:,}")
        return Choice(rid, round(score, 3), "; ".join(why), round(country_score, 3))

    def _capitals_named(self, mentions: list[Mention],
                        choices: list[Choice | None]) -> dict[str, set[str]]:
        """ISO2 code -> the names (:func:`norm` keys) of the mentions chosen (by the first
        pass) as that country's national capital."""
        ix = self.ix
        out: dict[str, set[str]] = {}
        for m, c in zip(mentions, choices, strict=True):
            if c is not None and c.rid in ix.capitals and int(ix.ftype[c.rid]) == CITY:
                out.setdefault(ix.cc[c.rid], set()).add(norm(m.text))
        return out

    def _named_countries(self, mentions: list[Mention]) -> set[str]:
        """ISO2 codes of the countries the article names by name: mentions whose likeliest
        record (by prior) is a country. Adjectives do not count: "English" and "French" in a
        Canadian story, or "Irish" in an American one, name languages and heritage more
        often than the countries."""
        ix = self.ix
        named: set[str] = set()
        for m in mentions:
            if m.rids and not m.demonym:
                top = self.likeliest(m)
                if int(ix.ftype[top]) == COUNTRY and ix.cc[top]:
                    named.add(ix.cc[top])
        return named

    def _outweighed(self, m: Mention) -> frozenset[int]:
        """Candidates of ``m`` whose context bonuses (country and ADM1 shares, neighbours,
        places close by) do not count: towns and counties with less than 1/CAPITAL_RATIO of
        the people of a national capital or a WORLD_CITY among the candidates that lies in a
        country the article names, when they lie in another country. "Minsk" in a story that
        names Belarus is Belarus's capital however much the story says about Poland, where a
        town has "Minsk" as an alternate name. A mention with a parent ("Havana, Florida")
        is left to the containment rules."""
        ix = self.ix
        if len(m.rids) < 2 or not self._named or m.parent is not None:
            return frozenset()
        big = [r for r in m.rids
               if int(ix.ftype[r]) == CITY and ix.cc[r] in self._named
               and (r in ix.capitals or int(ix.pop[r]) >= WORLD_CITY)]
        if not big:
            return frozenset()
        out = set()
        for r in m.rids:
            if int(ix.ftype[r]) not in LOCAL:
                continue
            pop = int(ix.pop[r]) * CAPITAL_RATIO
            if any(ix.cc[b] != ix.cc[r] and pop < int(ix.pop[b]) for b in big):
                out.add(r)
        return frozenset(out)

    def _part_named(self, rid: int, m: Mention, key: str) -> int | None:
        """For a country chosen by a name it has only as an alternate one, its first-level
        division or big city that has the name as its own, if any (the most populous): "Gaza"
        and "West Bank" are alternate names of GeoNames' Palestinian Territory and the own
        names of its parts, where the events happen. Which country is meant is decided
        first, by the context, as for any country."""
        ix = self.ix
        if int(ix.ftype[rid]) != COUNTRY or norm(ix.names[rid]) == key:
            return None
        parts = [r for r in m.rids
                 if r != rid and ix.cc[r] == ix.cc[rid] and norm(ix.names[r]) == key
                 and (int(ix.ftype[r]) == ADM1
                      or (int(ix.ftype[r]) == CITY and int(ix.pop[r]) >= BIG_CITY))]
        return max(parts, key=lambda r: int(ix.pop[r])) if parts else None

    def _local_share(self, cc: str, key: str) -> float:
        """Share of the article's places other than ``key`` (first pass's choices, weighted
        as :meth:`context_from_choices` weighs them) that lie in country ``cc`` and are no
        country themselves; a mention of ``cc`` itself counts for neither side."""
        others = [(c, country, w) for name, c, country, w in self._chosen if name != key]
        total = sum(w for c, country, w in others if not (country and c == cc))
        inside = sum(w for c, country, w in others if c == cc and not country)
        return inside / total if total else 0.0

    def _sibling_level(self, rid: int, m: Mention, mentions: list[Mention]) -> float:
        """Share of the other items of ``m``'s enumeration whose likeliest record (by prior) is
        of ``rid``'s level: country, first-level region, or town/county ("Missouri, New York and
        Virginia" are states; "Washington, New York and Boston" cities)."""
        if not m.siblings:
            return 0.0
        level = _LEVEL.get(int(self.ix.ftype[rid]))
        same = 0
        for j in m.siblings:
            other = mentions[j]
            if other.rids:
                top = self.likeliest(other)
                same += level is not None and _LEVEL.get(int(self.ix.ftype[top])) == level
        return same / len(m.siblings)

    def _containment(self, rid: int, m: Mention, mentions: list[Mention],
                     choices: list[Choice | None] | None, why: list[str]) -> float:
        bonus = 0.0
        if m.parent is not None:
            parent = mentions[m.parent]
            prids = [choices[m.parent].rid] if choices and choices[m.parent] else parent.rids  # type: ignore[union-attr]
            inside = max((self.contains(p, rid) for p in prids), default=0.0)
            if inside:
                bonus += W_PARENT * inside
                why.append(f"inside {parent.text!r} ({m.text}, {parent.text})")
        for c in m.children:
            crids = mentions[c].rids
            holds = max((self.contains(rid, x) for x in crids), default=0.0)
            if holds:
                bonus += W_CHILD * holds
                why.append(f"contains {mentions[c].text!r}")
        return bonus


_LEVEL = {COUNTRY: 0, ADM1: 1, CITY: 2, ADM2: 2}


def _add_cues(ctx: Context, cues: dict[str, float] | None) -> None:
    """Add the text's country cues (:func:`country_cues`, not :data:`NOT_US`) to ``ctx``."""
    for cc, w in (cues or {}).items():
        if cc != NOT_US:
            ctx.country[cc] += w


def _by_name(mentions: list[Mention], own: list[Context]) -> list[Context]:
    """Each mention's own context summed over all mentions with the same normalised name."""
    groups: dict[str, Context] = {}
    for m, c in zip(mentions, own, strict=True):
        groups.setdefault(norm(m.text), Context()).merge(c)
    return [groups[norm(m.text)] for m in mentions]
