"""Actors and places: the countries the geoparser's places give actors, and the places of
actors.

The coder gives an actor a country from its own words ("Russian troops" -> RUSMIL), from a
possessive pronoun ("its troops"), or from the one country its sentence names. What is left
without a country ("police", "a man", ``---COP``) takes it here, from geography, in this
order:

0. in talks and deals with a country's own armed challenger, that country: "M23 rebels met
   government envoys in Doha" is Congo's government (:func:`_challengers_state`);
1. the places its own phrase is at ("nurses at two hospitals in Leeds": Leeds), when the
   geoparser placed them with confidence in one country;
2. the event's place, when the geoparser placed it with confidence (a town, region or
   country with ``score >= CONFIDENT``; never a border, which has two countries): "civilians"
   killed in Kharkiv are UKRCVL, and an attack with no named target hit the country it
   happened in;
3. the country that dominates the article's places (at least :data:`FOCUS_SHARE` of them,
   and at least two): "Kirksville police" in a Missouri paper are USACOP. It also outweighs the
   place of a non-violent event in another country when the article names at least
   :data:`HOME_PLACES` places of its own (most such places are misread names of the story's
   own towns), and it replaces a country the sentence named only in passing, as someone
   else's nationality ("police" beside "Somali refugees").

A place never overrides a country the text gives: a dictionary actor keeps its code, an
explicit nationality keeps it. The one exception is an actor whose own words are a place
name the dictionaries read as a *country* while the geoparser confidently reads it as a
place in another country: "Georgia Governor Brian Kemp" in a story about the US state is
USAGOV, not GEOGOV; the geoparser's weak reading of such a name as a town of the article's
own country counts when the article's places make that country its home ("two Moscow
residents" in an Idaho story are American). A group whose name the geoparser mistakes
for a town ("Hamas" -> Hamm) keeps its code, since its name is not a country's.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field, replace

from events.cameo import split_actor_code
from events.coding.actors import is_country_name
from events.coding.parts import MEDIATION_CODES, VIOLENT_ROOTS
from events.geography import cameo_of, capital_countries, iso2_of
from events.models import ActorRef, CodedEvent, Place

CONFIDENT = 0.5
"""Lowest geoparser score (0..1) of a place that may give an actor its country."""
SURE_COUNTRY = 0.9
"""Lowest ``country_score`` (0..1) that lets an unsure place give its country all the same:
nearly all the weight of its namesakes lies in that one country ("Lewis County",
"Gainesville"). Lower, a British "Richmond" or "Cambridge" (0.58, 0.65 of their weight in the
US) turned British councils American."""
SURE_PLACE = 0.8
"""Lowest geoparser score (0..1) by which a name that is a country's, standing alone for an
actor ("Georgia"), is read as a place of another country (the US state) outside a story whose
places make that country its home."""
FOCUS_SHARE = 0.5
"""Share of an article's places one country must hold to give role-only actors its code."""
PLACE_TYPES = frozenset({"city", "adm1", "adm2", "country", "other"})
HOME_PLACES = 4
"""Fewest mentions of places in the article's dominant country for it to outweigh the place
of a non-violent event elsewhere (:meth:`ActorPlaces._abroad`)."""
NON_STATE = ("IGO", "NGO", "IMG", "MNC")


@dataclass
class ActorPlaces:
    """The geography of one article as the coder's actors see it.

    Places are looked up by offset through an index sorted by start (a per-event scan of
    every place would cost the square of a long document's length); a look-up returns
    places in the geoparser's order, as a scan would.
    """

    places: list[Place]
    focus: str | None = None  # CAMEO country code (ISO3, Kosovo KSV) dominating the article's places
    countries: dict[str, Place] = field(default_factory=dict)  # ISO2 -> its country place
    by_start: list[tuple[int, int]] = field(default_factory=list)  # (start, index), sorted
    longest: int = 0
    home_places: int = 0  # how many of the places are in the focus country

    def __post_init__(self) -> None:
        self.by_start = sorted((p.start, i) for i, p in enumerate(self.places))
        self.longest = max((p.end - p.start for p in self.places), default=0)
        focus2 = iso2_of(self.focus) if self.focus else None
        self.home_places = sum(1 for p in self.places if focus2 and p.country_code == focus2)
        if not self.countries:
            self.countries = {
                p.country_code: p for p in self.places if p.feature_type == "country" and p.country_code
            }

    @classmethod
    def of(cls, places: list[Place]) -> ActorPlaces:
        """The article geography of ``places`` (the geoparser's output for one article)."""
        return cls(places=places, focus=dominant_country(places))

    def starting_in(self, first: int, end: int) -> list[Place]:
        """Places starting at a character offset in ``first``..``end`` (end excluded)."""
        lo = bisect.bisect_left(self.by_start, (first, -1))
        hi = bisect.bisect_left(self.by_start, (end, -1))
        return [self.places[i] for _, i in sorted(self.by_start[lo:hi], key=lambda e: e[1])]

    def overlapping(self, actor: ActorRef) -> Place | None:
        """The first place whose mention overlaps the actor's words."""
        near = self.starting_in(actor.start - self.longest, actor.end)
        return next((p for p in near if p.start < actor.end and actor.start < p.end), None)

    def located_event(self, event: CodedEvent) -> CodedEvent:
        """``event`` with both actors made consistent with the geoparser
        (:meth:`located_actor`); an actor that took its country from the sentence follows
        when the name that gave the sentence that country is read as a place of another
        ("the San Jose-based appeals court overturned X's conviction" in a Californian story:
        USAJUD and X is USACVL, not Costa Rican)."""
        source, target = self.located_actor(event.source), self.located_actor(event.target)
        moved = {
            old.code[:3]: new.code[:3]
            for old, new in ((event.source, source), (event.target, target))
            if old is not None and new is not None and old.code[:3] != new.code[:3]
        }
        source, target = (_follow(a, moved) for a in (source, target))
        if source is event.source and target is event.target:
            return event
        notes = [
            f"{side} {new.code} as the geoparser places its words"
            for side, old, new in (("source", event.source, source), ("target", event.target, target))
            if old is not None and new is not None and old.code[:3] != new.code[:3]
        ]
        rule = f"{event.rule}; {'; '.join(notes)}" if notes else event.rule
        return replace(event, source=source, target=target, rule=rule)

    def located_actor(self, actor: ActorRef | None) -> ActorRef | None:
        """The actor with its code made consistent with the geoparser.

        PETRARCH's "---" placeholder for an unknown country is dropped ("---GOV" -> "GOV",
        as GDELT writes it). An actor whose own words are a country's or a capital's name
        that the geoparser confidently reads as a town or region of another country takes
        that country ("Georgia Governor Brian Kemp" -> USAGOV; "a San Jose-based court" in
        California -> USAJUD, the capital's government role dropped); so does one it reads
        without confidence as a town of the article's own country, when the article's places
        make that country its home (:meth:`_read_at_home`: "Moscow residents" in Idaho).
        """
        if actor is None:
            return None
        if self._state_assembly(actor):
            return replace(actor, code=STATE_ASSEMBLY_CODE)
        code = actor.code[3:] if actor.code.startswith("---") else actor.code
        country = split_actor_code(code).country_code
        place = self.overlapping(actor)
        capital = place is not None and place.mention.lower() in capital_countries()
        # the country itself ("Georgia" alone, no role) is another place only when the
        # geoparser is sure of it: "The United States praised Georgia" names two countries
        itself = code == country and place is not None and place.score < SURE_PLACE
        if (
            country
            and place is not None
            and ((confident(place) and not itself) or self._read_at_home(place))
            and place.feature_type in TOWN_TYPES
            and place.country_code
            and iso2_of(country) not in {None, place.country_code}
            and (is_country_name(place.mention) or capital or _coded_as_country(actor, place.mention))
            and not _country_from_other_words(actor, place.mention, country)
        ):
            iso3 = cameo_of(place.country_code)
            if iso3:
                rest = code[3:]
                if capital and rest.startswith("GOV") and len(rest) > 3:
                    rest = rest[3:]  # the government the capital stood for
                code = iso3 + rest
        return actor if code == actor.code else replace(actor, code=code)

    def _state_assembly(self, actor: ActorRef) -> bool:
        """True when ``actor`` is the UN coded from the words "General Assembly" alone in a
        story at home in the United States (:meth:`_strong_home`): about twenty US states
        call their legislature the General Assembly, and local news names it so ("the
        General Assembly passed the state budget on Tuesday"); the UN's organ is
        named so in stories of world affairs, which have no US home."""
        return (actor.code == UN_CODE and [phrase for phrase, _ in actor.words] == [ASSEMBLY_WORDS]
                and self.focus == US_CODE and self._strong_home())

    def _read_at_home(self, place: Place) -> bool:
        """True when the geoparser read ``place``, though without confidence, as a town or
        region of the article's own country, and the article has a home
        (:meth:`_strong_home`): "two Moscow residents" in a story whose other places are
        all in Idaho are from Moscow, Idaho, not from Russia's capital. The article's
        other places confirm the weak reading."""
        return (
            self._strong_home()
            and not place.border_countries
            and place.country_code is not None
            and place.country_code == iso2_of(self.focus or "")
        )

    def actor_place(self, actor: ActorRef | None) -> Place | None:
        """The place an actor's own words name ("Georgian border guards", "Moscow"), else
        the actor's country as mentioned in the article."""
        if actor is None:
            return None
        place = self.overlapping(actor)
        if place is not None:
            return place
        iso2 = iso2_of(split_actor_code(actor.code).country_code or "")
        return self.countries.get(iso2) if iso2 else None

    def with_countries(self, event: CodedEvent, place: Place | None, root: str, *,
                       named: bool = True, in_clause: bool = False, acted_on: bool = False) -> CodedEvent:
        """``event`` with role-only actors given the country of its place or, failing that,
        of the article, and one whose sentence named its country only in passing given the
        article's country (see the module docstring); the rule says what was
        added. ``named``: the place is named in the event's text (False: the dateline's or
        the story's, for want of one). ``in_clause``: the place is named in a clause below
        the action (:func:`with_location_countries`). ``acted_on``: the place is one the action
        acts on; a country so named ("thanked Qatar, Kuwait and Saudi Arabia") is a side, and
        gives the source no country, whichever of them the event's target is."""
        own = event  # the countries the actors' own words give
        event = _passing_counterparts_country(event, root)
        event = _challengers_state(event, root)
        event = self._phrase_place_countries(event)
        if place is not None and (_a_persons_name(place, event) or self._abroad(place, root)):
            place = None
        if root not in VIOLENT_ROOTS and (self._strong_home() or self._sure_sentence(event)):
            event = self._unplaced_sentence_countries(event)
        event = with_location_countries(event, place, root, named=named, in_clause=in_clause, own=own,
                                        acted_on=acted_on)
        home = self.focus or _country_of_place(place)
        if home is None:
            return event
        # (the place of what a speaker said is not the speaker's: with_location_countries)
        away = _said_elsewhere(place, in_clause, root) or _gone_to(event, place, named)
        source_home = self.focus or (None if away or _a_side(place, acted_on) else home)
        where = "the article's places" if self.focus else "the event's place"
        notes: list[str] = []
        source, target = event.source, event.target
        on_the_country = target is not None and target.code == home
        # (the other side's own nationality gives none, unless it is the story's home)
        theirs = not self._strong_home()
        if source_home is not None and theirs and _not_the_sources(root, own, source_home):
            source_home = None
        if _unplaced(source) and not on_the_country and source_home is not None:
            assert source is not None
            source = _placed(source, source_home)
            if source.code != event.source.code:  # type: ignore[union-attr]
                notes.append(f"source country {source_home} from {where}")
        if (_unplaced(target) and not (theirs and _guests_country(root, target, own.source, home))
                and not _mediators_country(event, own.source, home)
                and not _sanctioners_country(root, own.source, home)):
            assert target is not None
            placed = _placed(target, home)
            if not _turned_on_itself(source, placed.code, root):
                target = placed
                if target.code != event.target.code:  # type: ignore[union-attr]
                    notes.append(f"target country {home} from {where}")
        if source is event.source and target is event.target:
            return event
        return replace(event, source=source, target=target, rule=_noted(event.rule, notes))

    def _phrase_place_countries(self, event: CodedEvent) -> CodedEvent:
        """``event`` with a role-only actor given the country of the places its own phrase
        is at ("nurses at two hospitals in Leeds": :attr:`ActorRef.places`), when the
        geoparser places them with confidence in one country: before the event's place or
        the article's, which may be elsewhere ("... marched to the ministry in London")."""
        notes: list[str] = []
        sides: list[ActorRef | None] = []
        for side, actor in (("source", event.source), ("target", event.target)):
            country = self._phrase_country(actor) if _roleless(actor) else None
            if actor is not None and country is not None:
                actor = replace(actor, code=country + actor.code)
                notes.append(f"{side} country {country} from the place in its own words")
            sides.append(actor)
        if not notes:
            return event
        return replace(event, source=sides[0], target=sides[1], rule=_noted(event.rule, notes))

    def _phrase_country(self, actor: ActorRef | None) -> str | None:
        """The one country (CAMEO code) of the confident places among the place names of
        ``actor``'s phrase, or None."""
        if actor is None or not actor.places:
            return None
        found = {
            country
            for start, end in actor.places
            for place in self.starting_in(start, end)
            if (country := _country_of_place(place)) is not None
        }
        return next(iter(found)) if len(found) == 1 else None

    def _abroad(self, place: Place, root: str) -> bool:
        """True when a non-violent event's place is in another country than the one
        dominating the article: then the place gives no actor a country, the article's
        country does. Such places are mostly the geoparser's misreadings of the story's own
        towns and names ("Berne" in Indiana read as Switzerland, "Servance" as a French
        village); a state body or a person named without nationality is far more often of
        the story's country. Violence keeps its place ("an army patrol was attacked in the
        Bekaa" in a story about Palestinians: the army is Lebanon's)."""
        if root in VIOLENT_ROOTS or not self._strong_home():
            return False
        country = _country_of_place(place)
        return country is not None and country != self.focus

    def _strong_home(self) -> bool:
        """True when the article has a dominant country named by at least
        :data:`HOME_PLACES` of its places (a sentence or a short note naming two or three
        places is no story with a home)."""
        return self.focus is not None and self.home_places >= HOME_PLACES

    def _sure_sentence(self, event: CodedEvent) -> bool:
        """True when the geoparser places every place of ``event``'s sentence (one at
        least) with confidence: in a short story with no home (:meth:`_strong_home`), such
        places still tell that a country's or capital's name the dictionaries gave the
        sentence is a town there ("a gas station in Lebanon, Ohio", "a pharmacy in Moscow,
        Idaho")."""
        here = self.starting_in(event.sentence_start, event.sentence_end)
        return bool(here) and all(confident(p) for p in here)

    def _unplaced_sentence_countries(self, event: CodedEvent) -> CodedEvent:
        """``event`` with an actor whose country came from its sentence marked
        ``country_in_passing`` when every place the sentence names is in the article's
        country and that country is not the actor's: the name that gave the country is no
        place there ("the Athens council" in a Georgia paper: the geoparser reads Athens as
        the town in Georgia, the dictionaries as Greece's capital; "Paris police" in
        Texas)."""
        here = {p.country_code for p in self.starting_in(event.sentence_start, event.sentence_end)}
        if not here or here != {iso2_of(self.focus or "")}:
            return event  # the sentence names no place, or a place abroad
        sides = []
        for actor in (event.source, event.target):
            if (
                actor is not None
                and actor.country_from_sentence
                and not actor.country_in_passing
                and actor.code[:3] != self.focus
            ):
                actor = replace(actor, country_in_passing=True)
            sides.append(actor)
        if sides[0] is event.source and sides[1] is event.target:
            return event
        return replace(event, source=sides[0], target=sides[1])


def _follow(actor: ActorRef | None, moved: dict[str, str]) -> ActorRef | None:
    """A sentence-country actor moved with the country its sentence's name was read as."""
    if actor is None or not actor.country_from_sentence or actor.code[:3] not in moved:
        return actor
    return replace(actor, code=moved[actor.code[:3]] + actor.code[3:])


def confident(place: Place) -> bool:
    """True when a place may give an actor its country (see :data:`CONFIDENT`): the
    geoparser is sure of its country (``country_score``: "Lewis County" is in the US whichever
    of seven it is), if not of the place itself."""
    sure = place.score >= CONFIDENT or place.country_score >= SURE_COUNTRY
    return sure and not place.border_countries and place.feature_type in PLACE_TYPES


def dominant_country(places: list[Place]) -> str | None:
    """CAMEO country code (ISO3; Kosovo KSV) of the country holding at least
    :data:`FOCUS_SHARE` of ``places`` (two or more, borders counting for both sides) and more
    of them than any other, or
    of the one place a local story names (:func:`_lone_town`), or None."""
    if len(places) == 1 and _lone_town(places[0]):
        return cameo_of(places[0].country_code or "")
    counts: Counter[str] = Counter()
    for p in places:
        counts.update(p.border_countries or ((p.country_code,) if p.country_code else ()))
    if sum(counts.values()) < 2 or not counts:
        return None
    (code, n), *rest = counts.most_common(2)
    if rest and rest[0][1] == n:
        return None  # (a tie names no home: "praised Germany and France")
    if n < FOCUS_SHARE * len(places) or not any(_sure_of(p, code) for p in places):
        return None
    return cameo_of(code)


def _sure_of(place: Place, iso2: str) -> bool:
    """True when ``place`` puts the country ``iso2`` beyond a guess: a border of it, or a
    place in it whose country the geoparser holds at even odds or better. A home made only of
    guesses ("Alexandria" read as the Scottish town with one chance in seven, and a street
    named after Dublin placed beside it) gives no actor a country."""
    return iso2 in place.border_countries or (
        place.country_code == iso2 and max(place.score, place.country_score) >= CONFIDENT)


def _in_words(place: Place, actor: ActorRef | None) -> bool:
    """True when ``place`` is a word of ``actor``'s own ("the *Chinese* ambassador"): the
    actor's nationality, which gives the other side no country."""
    return actor is not None and actor.start <= place.start and place.end <= actor.end


def _a_side(place: Place | None, acted_on: bool) -> bool:
    """True when the event's place is a country the action acts on (``acted_on``): a side
    of the event, which gives its source no country."""
    return acted_on and place is not None and place.feature_type == "country"


def _lone_town(place: Place) -> bool:
    """True when the one place an article names may give its role-only actors a country:
    a town or region ("Police in Leeds have arrested three teenagers", the story's only
    place) whose country the geoparser holds at least even odds (``country_score``), not a
    country (a country named once is as often someone's origin or destination), not a
    border."""
    return (
        place.feature_type in TOWN_TYPES
        and place.country_code is not None
        and not place.border_countries
        and place.country_score >= CONFIDENT
    )


def _turned_on_itself(source: ActorRef | None, target_code: str, root: str) -> bool:
    """True when giving a role-only target ``target_code`` would make a violent event an
    army fighting itself ("Thai and Cambodian troops exchanged fire, killing two soldiers"
    in a Thai story: the soldiers are not the Thai army's victims by default)."""
    return (root in VIOLENT_ROOTS and source is not None and source.code == target_code
            and target_code[3:6] == "MIL")  # (private violence among one country's people is common)


SAYING_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})
"""CAMEO roots of acts done by saying so (statements, appeals, intents, praise, demands,
criticism, rejection, threats): a place in the clause said is where the thing said happens,
not where the speaker is."""


DESTINATION_CODES = ("042", "036", "033", "07")
"""Visits, intents to meet, and aid given or promised: acts that go to their place."""


def _gone_to(event: CodedEvent, place: Place | None, named: bool) -> bool:
    """True when a visit or aid (:data:`DESTINATION_CODES`) is placed in a whole country its
    text names ("will lead a delegation on a visit to Vietnam", "flew 40 tonnes of tents to
    Nepal"): that country is where the visitor or giver goes, so it gives the source no
    country (a town or region may be a home visit: "the minister toured flood-hit towns in
    the north")."""
    return (named and place is not None and place.feature_type == "country"
            and event.event_code.startswith(DESTINATION_CODES))


def _said_elsewhere(place: Place | None, in_clause: bool, root: str) -> bool:
    """True when the event's place is a town or region named in the clause an act of saying
    (CAMEO :data:`SAYING_ROOTS`) says: where the thing said happens, not where its speaker
    is. A country named there is more often the speaker's own ("welcomed the plan to reopen
    Estonia's embassy")."""
    return in_clause and root in SAYING_ROOTS and place is not None and place.feature_type != "country"


def with_location_countries(event: CodedEvent, place: Place | None, root: str, *,
                            named: bool = True, in_clause: bool = False,
                            own: CodedEvent | None = None, acted_on: bool = False) -> CodedEvent:
    """Give role-only actors the country of the event's place, as ACLED names them
    ("civilians" killed in Kharkiv -> UKRCVL), and an attack with no named target the
    country it hit ("Russian artillery hit apartment blocks" in Kharkiv -> target UKR), when
    the place is confident (:func:`confident`). An attack is said to hit only a place its
    text names (``named``): a wire report's dateline is where it was written ("SEOUL - North
    Korea fired missiles into the sea" hit no South Korean). A place named in the clause an
    act of saying says (``in_clause``: "the foreign minister said Peru had skipped the
    summit in Brasilia") gives its speaker no country, nor, in an act of cooperation
    (:data:`COOPERATIVE_ROOTS`), does a place of the country the other side is of by its own
    words (:func:`_counterparts_country`; ``own``: the event as the actors' own words coded
    it, by default ``event``), nor does a country the action acts on (``acted_on``: "thanked
    Qatar, Kuwait and Saudi Arabia" is no Qatari thanking Kuwait). The rule says what was
    added."""
    iso3 = _country_of_place(place)
    if iso3 is None or place is None:
        return event
    notes: list[str] = []
    source, target = event.source, event.target
    # "ministers criticised the war in Ukraine" (target UKR): who acts on a whole country
    # named as such is rarely of it, so the place gives the source no country then
    on_the_country = (target is not None and target.code == iso3) or _a_side(place, acted_on) or (
        _in_words(place, target))
    if (_roleless(source) and not on_the_country and not _said_elsewhere(place, in_clause, root)
            and not _not_the_sources(root, own or event, iso3) and not _gone_to(event, place, named)):
        assert source is not None
        source = replace(source, code=iso3 + source.code)
        notes.append(f"source country {iso3} from the event's place")
    if (_roleless(target) and not _guests_country(root, target, (own or event).source, iso3)
            and not _mediators_country(event, (own or event).source, iso3)
            and not _sanctioners_country(root, (own or event).source, iso3)):
        assert target is not None
        if not _turned_on_itself(source, iso3 + target.code, root):
            target = replace(target, code=iso3 + target.code)
            notes.append(f"target country {iso3} from the event's place")
    elif (
        target is not None
        and target.country_from_sentence
        and root in VIOLENT_ROOTS
        and not target.code.startswith(iso3)
    ):
        # "Russian artillery shelled Kharkiv, killing seven civilians": the sentence's one
        # country is the attacker's; the victims are where the attack happened
        target = replace(target, code=iso3 + target.code[3:], country_from_sentence=False,
                         country_in_passing=False)
        notes.append(f"target country {iso3} from the event's place, not the sentence's")
    elif (target is None and named and root in VIOLENT_ROOTS and source is not None
          and not source.code.startswith(iso3)):
        target = ActorRef(
            code=iso3, name=place.mention, start=place.start, end=place.end, entry="place of the attack"
        )
        notes.append(f"target {iso3}: the country the attack hit")
    if source is event.source and target is event.target:
        return event
    return replace(event, source=source, target=target, rule=_noted(event.rule, notes))


TOWN_TYPES = frozenset({"city", "adm1", "adm2"})
"""Places below a country: a town, a first- or second-level region."""
UN_CODE = "IGOUNO"
ASSEMBLY_WORDS = "general assembly"
US_CODE = "USA"
STATE_ASSEMBLY_CODE = "USALEG"
"""A US state's General Assembly (:meth:`ActorPlaces._state_assembly`)."""


COOPERATIVE_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08"})
"""CAMEO roots of cooperation (statements, appeals, intents, talks, praise, cooperation, aid,
yielding): acts most often done to another country's side. A critic or an attacker is as
often of the country of its target ("the former prime minister attacked Australia's spy
chiefs", gunmen storming a mosque in Egypt)."""


SANCTION_ROOT = "16"
"""CAMEO root of reduced relations (expelled diplomats, sanctions, cut aid, broken-off
talks): done to another country's people or bodies ("officials expelled two Russian
diplomats", "the government imposed sanctions on three Iranian banks")."""


def _counterparts_country(other: ActorRef | None, iso3: str) -> bool:
    """True when ``iso3`` is the country the other side of the event has by its own words
    ("the Chinese ambassador", "the Kenyan leader", "Sudanese authorities"): a place of that
    country, most often the nationality itself read as the story's place, is the
    counterpart's and gives a role-only actor no country. "The foreign minister met the
    Chinese ambassador" is no Chinese minister, "the president hosted the Kenyan leader" no
    Kenyan president; the country a sentence or the geography gave the other side does not
    count."""
    return (
        other is not None
        and other.code.startswith(iso3)
        and not other.country_from_sentence
        and not other.country_in_passing
    )


def _not_the_sources(root: str, own: CodedEvent, iso3: str) -> bool:
    """True when ``iso3``, the country the target is of by its own words
    (:func:`_counterparts_country`; ``own``: the event as the actors' own words coded it),
    gives a role-only source no country: in an act of cooperation (:data:`COOPERATIVE_ROOTS`),
    of reduced relations (:data:`SANCTION_ROOT`) or an official complaint
    (:data:`OFFICIAL_COMPLAINT`: "the foreign ministry summoned the Russian ambassador"), in
    any act on a country's envoy or mission (:func:`_an_envoy`: "the minister criticised the
    Chinese ambassador"), or in an arrest whose sentence named that country only in passing as
    the target's ("police detained four Russian citizens": :func:`_passing_counterparts_country`)."""
    if not _counterparts_country(own.target, iso3):
        return False
    source = own.source
    passing = root == "17" and source is not None and source.country_in_passing and source.code[:3] == iso3
    complaint = own.event_code.startswith(OFFICIAL_COMPLAINT)
    return root in COOPERATIVE_ROOTS or root == SANCTION_ROOT or complaint or passing or _an_envoy(own.target)


ENVOY_WORDS = frozenset({
    "ambassador", "ambassadors", "envoy", "envoys", "embassy", "embassies", "consul", "consuls",
    "consulate", "consulates", "diplomat", "diplomats", "charge d'affaires", "high commissioner",
})
"""Words of a country's representation abroad: its nationality is not that of whoever deals
with it where it serves."""


def _an_envoy(actor: ActorRef | None) -> bool:
    """True when ``actor`` is named as a country's envoy or mission ("the Chinese ambassador",
    "the Russian embassy"): "the minister criticised the Chinese ambassador" is no Chinese
    minister's act."""
    return actor is not None and any(phrase in ENVOY_WORDS for phrase, _ in actor.words)


OFFICIAL_COMPLAINT = "114"
"""CAMEO 114, an official complaint ("summoned the Russian ambassador"): lodged with another
state, so the complaining role is not of the country of the one it summons."""


def _mediators_country(event: CodedEvent, source: ActorRef | None, iso3: str) -> bool:
    """True when ``event`` mediates or offers to mediate and ``iso3`` is the country its
    source is of by its own words: the sides a mediator stands between ("Qatar offered to
    mediate between the army and the protesters") are not of the mediator's country, which
    is often the only place the text names."""
    return (event.event_code.startswith(MEDIATION_CODES) and source is not None
            and source.code.startswith(iso3) and not source.country_from_sentence)


def _sanctioners_country(root: str, source: ActorRef | None, iso3: str) -> bool:
    """True when an act of reduced relations (:data:`SANCTION_ROOT`) would give its
    role-only target ``iso3``, the country its source is of by its own words: "Norway
    expelled two diplomats" (a story placed in Norway) expels no Norwegian diplomats, "Canada
    imposed sanctions on three banks" sanctions no Canadian ones; such acts are done to
    another country's people or bodies, which the text then does not name."""
    return root == SANCTION_ROOT and _counterparts_country(source, iso3)


def _guests_country(root: str, target: ActorRef | None, source: ActorRef | None, iso3: str) -> bool:
    """True when a meeting's (CAMEO root 04) role-only government target ("the foreign
    minister", "the president") would take ``iso3``, the country the source is of by its own
    words: "the Chinese ambassador met the foreign minister" is a foreign envoy's meeting, not
    two Chinese officials'. Other acts keep the place's country ("a Saint Lucian lawyer
    praised the schools")."""
    return (root == "04" and target is not None and target.code.lstrip("-").startswith("GOV")
            and _counterparts_country(source, iso3))


def _passing_counterparts_country(event: CodedEvent, root: str) -> CodedEvent:
    """``event`` with the country dropped from the source of an arrest, a detention or an
    expulsion (CAMEO root 17) whose sentence named it only in passing as the other side's
    own nationality ("police arrested two Chinese nationals", target ``CHN``): the police
    are of no country until the story's geography gives them one
    (:meth:`ActorPlaces.with_countries`). Praise of one's own country's people or things
    ("lauded the Philippine team") and fighters breaking a country's truce ("rebels violated
    the Philippine ceasefire") keep it."""
    source = event.source
    if (root != "17" or source is None or not source.country_in_passing
            or not _counterparts_country(event.target, source.code[:3])):
        return event
    bare = replace(source, code=source.code[3:], country_from_sentence=False, country_in_passing=False)
    return replace(event, source=bare, rule=_noted(event.rule, [f"source country {source.code[:3]} "
                                                                "dropped: the other side's"]))


CHALLENGER_TYPES = frozenset({"REB", "INS", "SEP"})
"""Actor types of a country's own armed challengers."""
STATE_TYPES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
"""Actor types of a state's bodies, the side its challengers face."""


def _challengers_state(event: CodedEvent, root: str) -> CodedEvent:
    """``event`` with a role-only state body (:data:`STATE_TYPES`) that meets, talks to or
    deals with (:data:`COOPERATIVE_ROOTS`) a country's own armed challenger
    (:data:`CHALLENGER_TYPES`, of that country by its own words) given that country: "M23
    rebels met government envoys in Doha", "guerrilla commanders and government negotiators
    signed a truce in Havana" are about Congo's and Colombia's governments, not those of the
    country hosting the talks. Fighting is left to the place ("Hezbollah fired on army
    positions" may be another state's army)."""
    if root not in COOPERATIVE_ROOTS:
        return event
    notes: list[str] = []
    sides: list[ActorRef | None] = []
    pairs = (("source", event.source, event.target), ("target", event.target, event.source))
    for side, actor, other in pairs:
        country = _challenged_country(other)
        if country and _roleless(actor) and _state_body(actor):
            assert actor is not None
            actor = _placed(actor, country)
            notes.append(f"{side} country {country}: the state its challenger faces")
        sides.append(actor)
    if not notes:
        return event
    return replace(event, source=sides[0], target=sides[1], rule=_noted(event.rule, notes))


def _challenged_country(actor: ActorRef | None) -> str | None:
    """The country (CAMEO code) of ``actor`` when it is that country's own armed challenger
    (:data:`CHALLENGER_TYPES`) by its own words, else None."""
    if actor is None or actor.country_from_sentence or actor.country_in_passing or actor.foreign:
        return None
    parts = split_actor_code(actor.code)
    types = {parts.type1_code, parts.type2_code}
    return parts.country_code if parts.country_code and types & CHALLENGER_TYPES else None


def _state_body(actor: ActorRef | None) -> bool:
    """True when ``actor``'s first type is a state body's (:data:`STATE_TYPES`)."""
    return actor is not None and split_actor_code(actor.code.lstrip("-")).type1_code in STATE_TYPES


def _coded_as_country(actor: ActorRef, mention: str) -> bool:
    """True when the dictionaries read ``mention``, among the actor's own words, as a bare
    country ("John Miller of Palestine" -> PSE, "a Holland man" -> NLD: names of countries
    the country table spells otherwise)."""
    code = _words_code(actor, mention)
    return len(code) == 3 and code.isalpha() and code.isupper()


def _country_from_other_words(actor: ActorRef, mention: str, country: str) -> bool:
    """True when the dictionaries read ``mention`` as a country other than ``country``, the
    actor's: the actor's country came from its other words ("the RSF in Jeddah" is SDNUAF by
    its name; the Saudi city it is in names where it was, not whose it is)."""
    code = _words_code(actor, mention)[:3]
    return len(code) == 3 and code.isalpha() and code.isupper() and code != country


def _words_code(actor: ActorRef, mention: str) -> str:
    """The code the dictionaries gave ``mention`` among the actor's own words, or ""."""
    wanted = mention.lower()
    return next((code for phrase, code in actor.words if phrase == wanted), "")


def _a_persons_name(place: Place, event: CodedEvent) -> bool:
    """True when the place the geoparser found is the name of a person taking part in the
    event ("prosecutors demand that Marino pay": Marino is no town in Italy); such a place gives
    no actor a country."""
    return any(
        actor is not None and actor.person and actor.start < place.end and place.start < actor.end
        for actor in (event.source, event.target)
    )


def _country_of_place(place: Place | None) -> str | None:
    """CAMEO country code (ISO3; Kosovo KSV) of a confident place's country
    (:func:`confident`), else None."""
    if place is None or not place.country_code or not confident(place):
        return None
    return cameo_of(place.country_code)


def _noted(rule: str, notes: list[str]) -> str:
    """``rule`` with ``notes`` added."""
    return "; ".join([rule, *notes]) if notes else rule


def _unplaced(actor: ActorRef | None) -> bool:
    """True for an actor the article's geography gives a country: one with a role but no
    country (:func:`_roleless`) or one whose country its sentence named only in passing
    (``country_in_passing``: "police" beside "Somali refugees")."""
    return _roleless(actor) or (actor is not None and actor.country_in_passing)


def _placed(actor: ActorRef, iso3: str) -> ActorRef:
    """``actor`` (:func:`_unplaced`) of the country ``iso3``."""
    rest = actor.code[3:] if actor.country_in_passing else actor.code
    return replace(actor, code=iso3 + rest, country_in_passing=False)


def _roleless(actor: ActorRef | None) -> bool:
    """True for an actor with a role but no country (after :meth:`located_actor`)."""
    return (
        actor is not None
        and split_actor_code(actor.code).country_code is None
        and not actor.code.startswith(NON_STATE)
        and not actor.foreign  # "foreign fighters" are not of where they fight
    )
