"""Pick the action location of an event among the places of its sentence.

Order of preference:

1. a place tied to the action verb: by a locative preposition ("in/at/near/on/across …
   Kharkiv") or as its object ("shelled Kharkiv"), or inside the action's phrase
   ("shelled towns in southern Armenia");
2. border places when the sentence says "at/along/across/on the border";
3. finer places over coarser ones (city > district > province > region > country);
4. places that are only actors ("Russia shelled …") rank low, places on verbs of saying
   ("officials in Bishkek said") barely count, and demonyms ("Azerbaijani forces", "a Russian
   rocket") never locate an event on their own;
5. without a tied place: the dateline place (when it agrees with the sentence's country, or
   the sentence names none), then the story's focus country, then — when the sentence says
   "the country" and names exactly one country, if only by its adjective ("The Georgian
   interior ministry said … people were entering the country") — that country.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from events.dateline import dateline_end
from events.geo.recognize import CUE_VERBS
from events.models import Place
from events.nlp import doc_text, span_ents
from events.stages import stage_failed
from events.when._syntax import is_reporting, main_action, path_to, span_root, text_before

log = logging.getLogger(__name__)

LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "on", "across", "along", "inside", "outside", "around", "into",
     "over", "within", "throughout", "off", "towards", "toward", "to", "by", "through"}
)  # fmt: skip
ORIGIN_PREPS = frozenset({"from", "of", "for", "against", "with", "between", "about"})
BORDER_PREPS = frozenset({"at", "along", "across", "on", "near", "over", "to", "from", "by"})
TYPE_BONUS: dict[str, float] = {
    "city": 1.0, "adm2": 0.8, "adm1": 0.6, "region": 0.3, "other": 0.3, "country": 0.0,
    "continent": -0.5,
}  # fmt: skip


@dataclass(frozen=True)
class _Scored:
    score: float  # role + feature-type bonus
    role: float  # how the place relates to the action alone
    place: Place
    reason: str


MIN_ROLE = 1.0
"""Places with a weaker role (demonyms, places on verbs of saying) never locate an event."""


def _is_demonym(place: Place, root: Token) -> bool:
    if place.feature_type == "border":
        return False
    return place.explanation.startswith("demonym") or root.pos_ == "ADJ" or root.dep_ == "amod"


def _in_sentence(sent: Span, place: Place) -> bool:
    return sent.start_char <= place.start < sent.end_char


def _role(sent: Span, place: Place, action: Token | None) -> tuple[float, str]:
    """How the place relates to the action verb: (score, reason)."""
    root = span_root(sent, place.start, place.end)
    if root is None:
        return 1.0, "in the sentence"
    if _is_demonym(place, root):
        return -1.0, f"demonym '{place.mention}'"
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        # "an agreement brokered by the European Union": who did it, not where
        return 1.0, f"agent of '{root.head.head.text}'"
    if action is None:
        return 2.0, "in the sentence"
    if root == action:
        return 2.0, "in the sentence"
    path = path_to(root, action)
    if path is None and action.pos_ in {"NOUN", "PROPN"}:
        clause = _verb_above(action)
        if clause is not None and root.dep_ == "pobj" and root.head.head == clause \
                and root.head.lower_ in LOCATIVE_PREPS:
            # a nominal event ("the mobilization … causes …") happens where its clause does
            return 4.5, f"'{root.head.lower_}' on the clause of '{action.text}'"
    if path is None and _in_shared_subject(root, action):
        # "The EU condemned the arrests and called on …": the subject of the first verb
        # is the actor of the verbs coordinated with it too
        return 1.0, f"actor of '{action.text}'"
    purpose_of = _purpose_of(action) if path is None else None
    if purpose_of is not None:
        # "marched through Tbilisi to protest ...": the protest is where the march is
        role, reason = _role(sent, place, purpose_of)
        if role >= 4.5:
            return role, f"{reason}, whose purpose is '{action.text}'"
    if path is None:
        if is_reporting(_verb_above(root)):
            return 0.5, f"on the reporting verb '{_verb_above(root).text}'"  # type: ignore[union-attr]
        if (other := _actor_of_other_verb(root)) is not None:
            # "fired missiles, days after Washington and Seoul began exercises": the place
            # is who acts in another clause, not where this act happened
            return 1.0, f"actor of '{other.text}'"
        return 2.0, "in the sentence"
    below_action = path[-2]
    if below_action.dep_ in {"nsubj", "nsubjpass", "agent", "csubj"}:
        if _names_only(path[:-2]):
            return 1.0, f"actor of '{action.text}'"
        if (described := _description(path[:-1])) is not None:
            # "a fighter born in Grozny was arrested in Vienna": the actor's own story
            return 0.5, f"describes '{described.head.text}'"
        if (origin := _origin(path[:-1])) is not None:
            # "farmers from Kumasi blocked the road": where the actors come from
            return 0.5, f"where '{origin.head.text}' come from"
        return 2.5, f"with the actor of '{action.text}'"
    if (acting := _acted_on_actor(path, action)) is not None:
        return 1.0, f"the one '{acting.text}' acts on"
    if (below_action.dep_ == "dobj" and action.lemma_.lower() not in MOVING_VERBS
            and (origin := _origin(path[:-1])) is not None and origin.head == below_action
            and below_action.lemma_.lower() not in MOVING_NOUNS):
        # "sentenced a journalist from Diyarbakir": where the one acted on comes from
        return 0.5, f"where '{origin.head.text}' come from"
    if len(path) == 2 and root.dep_ in {"dobj", "npadvmod", "advmod", "attr", "oprd"}:
        return 4.5, f"object of '{action.text}'"
    if root.dep_ == "pobj" and len(path) == 3:
        prep = root.head.lower_
        if prep in LOCATIVE_PREPS:
            return 5.0, f"'{prep}' on '{action.text}'"
        if prep in ORIGIN_PREPS:
            return 3.0, f"'{prep}' on '{action.text}'"
    if (described := _description(path)) is not None:
        # "executed a man convicted of spying for Israel": a participle that tells the
        # man's case; its places are his story, not where the act happened
        return 0.5, f"describes '{described.head.text}'"
    if (other := _actor_of_other_verb(root)) is not None and other != action:
        # "killed two soldiers, a day after Riyadh and Abu Dhabi pledged aid": who acts in
        # a clause below the act is not where the act happened
        return 1.0, f"actor of '{other.text}'"
    if any(t.pos_ in {"VERB", "AUX"} for t in path[1:-1]):
        return 3.0, f"{IN_CLAUSE}'{action.text}'"
    return 4.0, f"in the phrase of '{action.text}'"


PLACE_VERBS = CUE_VERBS | frozenset(
    "hit raid invade target shoot fire rocket patrol blockade control tour leave flee cross fly "
    "travel return flood hold take overrun bombard pound ambush infiltrate abandon".split())
"""Verbs whose object is where they happen ("shelled Kharkiv", "visited Kyiv"): the
geoparser's place-cue verbs and more."""


def _acted_on_actor(path: list[Token], action: Token) -> Token | None:
    """The verb that acts on the place as on someone, not somewhere, or None.

    The place, or a name coordinated with it, is the object of that verb or the owner of its
    object: "accused the United States of ...", "summoned China's ambassador", "urged France
    and Germany to act" name whom it is done to, not where. The verb is the action, or is
    linked to it only through coordinated verbs ("condemned the raid and urged Turkey to
    ...") and the clauses they ask or order ("asked Egypt to pressure Israel"). Verbs whose
    object is where they happen (:data:`PLACE_VERBS`: "shelled Kharkiv") do not count."""
    k = 0
    while k < len(path) - 1 and path[k].dep_ in {"conj", "appos"}:
        k += 1  # "France and the United States", "its neighbour, Chad"
    if path[k].dep_ == "poss" and k + 1 < len(path) - 1:
        k += 1
    node = path[k]
    verb = node.head
    if node.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() in PLACE_VERBS:
        return None
    link = verb
    # a verb that tells its object to act ("prompting Beijing to threaten retaliation",
    # "forcing Kyiv to withdraw") acts on someone also from a participle clause of the action
    controls = any(c.dep_ == "xcomp" and c.i > node.i for c in verb.children)
    for _ in range(4):  # up through coordinated and asked-for clauses only
        if link == action:
            return verb
        participle = controls and link.dep_ == "advcl" and link.tag_ == "VBG"
        if link.dep_ not in {"conj", "xcomp"} and not participle:
            break
        link = link.head
    return None


MOVING_VERBS = frozenset(
    "evacuate withdraw remove expel deport rescue free release pull move evict bring fly airlift "
    "transfer extradite return repatriate recall drive oust smuggle import export ship send carry "
    "take lead escort chase push displace relocate retrieve recover extract abduct kidnap "
    "snatch steal seize grab loot rob capture".split())
"""Verbs that move or take what they act on: "evacuated residents from Kherson" and "abducted
a girl from a mall in Leeds" happen where it is taken from."""

MOVING_NOUNS = frozenset(
    "expulsion withdrawal evacuation removal deportation rescue release return extradition "
    "transfer flight import export shipment departure exodus eviction repatriation pullout "
    "retreat escape abduction kidnapping".split())
"""Nouns of those moves: "ordered the evacuation from Kherson" happens there too."""


STORY_PARTICIPLES = frozenset(
    "accuse convict suspect charge sentence jail imprison link tie bear raise hold detain "
    "intern".split())
"""Participles that tell someone's case, ties or origin after a noun ("a man convicted of
spying for Israel", "a ship linked to Israel", "a fighter born in Grozny", "an ally held in the
United States"): the places in them are that story, not where the act they describe someone
for happened."""


def _description(path: list[Token]) -> Token | None:
    """The participle of :data:`STORY_PARTICIPLES` set after a noun that the path from a
    place up to the action crosses, or None (the tagger sometimes takes the participle for a
    past tense: "an ally held in the United States")."""
    return next((t for t in path[1:-1] if t.dep_ == "acl" and t.tag_ in {"VBN", "VBD"} and t.i > t.head.i
                 and t.lemma_.lower() in STORY_PARTICIPLES
                 and not (t.lemma_.lower() == "hold" and t.head.lemma_.lower() in HELD_EVENTS)), None)


HELD_EVENTS = frozenset(
    "meeting meetings talks summit conference session election elections vote referendum rally "
    "protest protests exercise exercises drill drills ceremony event hearing trial forum "
    "commission council committee assembly congress convention negotiations consultations "
    "round".split())
"""Nouns of what is held in the sense of organised ("the meeting of the commission held in
Caracas"): there "held in X" is where it happened, not someone's detention."""


def _origin(path: list[Token]) -> Token | None:
    """The "from" whose object is the place, or a name listed with it, and that hangs on a
    noun ("farmers from Kumasi", "nurses from Kumasi and Tamale"), or None. Used on the
    actor's phrase only: "from" on a verb ("withdrew from Kumasi") is where the act happens,
    and a place deeper in the phrase ("the toll from the clashes in Osh") is the story's."""
    k = 0
    while k < len(path) - 1 and path[k].dep_ in NAME_LINKS:
        k += 1
    prep = path[k + 1] if path[k].dep_ == "pobj" and k + 1 < len(path) else None
    if prep is None or prep.lower_ != "from" or prep.head.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    return prep


def _in_shared_subject(root: Token, action: Token) -> bool:
    """True when ``root`` is (in) the subject of the verb that ``action`` is coordinated
    with, and ``action`` has no subject of its own."""
    if action.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in action.children):
        return False
    up = path_to(root, action.head)
    return up is not None and len(up) >= 2 and up[-2].dep_ in {"nsubj", "nsubjpass"} and _names_only(up[:-2])


def _actor_of_other_verb(root: Token) -> Token | None:
    """The verb whose subject ``root`` is (itself, or a name listed with or set beside that
    subject: "Washington and Seoul began ..."), or None."""
    node = root
    while node.dep_ in {"conj", "appos"} and node.head != node:
        node = node.head
    verb = node.head
    if node.dep_ in {"nsubj", "nsubjpass"} and verb.pos_ in {"VERB", "AUX"}:
        return verb
    return None


NAME_LINKS = frozenset({"conj", "appos", "compound", "poss"})
"""Links within one name or list of names ("France and Germany", "Kenya's president")."""


def _names_only(links: list[Token]) -> bool:
    """True when every token of ``links`` hangs on the next by :data:`NAME_LINKS`: the place is
    the head's own name, a name listed or set beside it, or its owner."""
    return all(t.dep_ in NAME_LINKS for t in links)


def _purpose_of(action: Token) -> Token | None:
    """The verb whose purpose infinitive ``action`` is ("marched ... to protest"), or None."""
    head = action.head
    if (action.dep_ in {"advcl", "xcomp"} and head != action and head.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in action.children)
            and not is_reporting(head)):
        return head
    return None


def _verb_above(token: Token) -> Token | None:
    node = token
    for _ in range(50):
        if node.pos_ in {"VERB", "AUX"}:
            return node
        if node.head == node:
            return None
        node = node.head
    return None


def _border_bonus(sent: Span, place: Place) -> float:
    if place.feature_type != "border":
        return 0.0
    before = text_before(sent, place.start, 30).lower()
    words = re.findall(r"[a-z]+", before)
    window = words[-3:]
    return 2.0 if any(w in BORDER_PREPS for w in window) else 1.0


def _not_a_place(sent: Span, place: Place) -> bool:
    """Mentions that are a date ("Saturday", "Nov."), a stop word ("The") or part of a longer
    person's name ("Vladimir" in "Vladimir Putin") are not places, whatever the gazetteer says."""
    tokens = [t for t in sent if t.idx < place.end and t.idx + len(t.text) > place.start]
    if not tokens or all(t.is_stop or t.is_punct for t in tokens):
        return True
    if any(t.ent_type_ in {"DATE", "TIME"} for t in tokens):
        return True
    for ent in span_ents(sent):
        if ent.label_ == "PERSON" and len(ent) > len(tokens):
            if ent.start_char <= place.start and place.end <= ent.end_char:
                return True
    return False


STREET_WORDS = frozenset(
    "street st avenue ave road rd boulevard blvd drive lane highway square plaza place court "
    "parkway terrace crescent".split())
"""Last words of street names: "Main Street" is a street of the story's town, wherever the
gazetteer puts a "Main" (a river in Germany)."""


def _street_of(sent: Span, place: Place) -> bool:
    """``place`` is named by the first words of a street's name ("on Main Street")."""
    after = doc_text(sent.doc)[place.end : place.end + 12]
    word = re.match(r" ([A-Z][a-z]*)\.?\b", after)
    return word is not None and word.group(1).lower() in STREET_WORDS


def rank_places(sent: Span, places: list[Place], action: Token | None) -> list[_Scored]:
    """The sentence's places with scores (best first; ties keep text order)."""
    scored: list[_Scored] = []
    for place in places:
        if not _in_sentence(sent, place) or _not_a_place(sent, place):
            continue
        role, reason = _role(sent, place, action)
        bonus = TYPE_BONUS.get(place.feature_type, 0.3) + _border_bonus(sent, place)
        if place.feature_type == "border":
            reason = f"border; {reason}"
        scored.append(_Scored(role + bonus, role, place, reason))
    scored.sort(key=lambda s: (-s.score, s.place.start))
    return scored


FALLBACK_REASONS = ("dateline", "focus country", "no place")
"""How :func:`attach_location`'s reason begins when no place of the event's own text was
taken: the report's dateline or the story's focus country stood in (or nothing)."""


IN_CLAUSE = "in a clause under "
"""How :func:`attach_location`'s reason begins for a place named in a clause below the
action ("said troops entered *Kharkiv*", "vowed to strike *Haifa*")."""


def in_clause(reason: str) -> bool:
    """True when :func:`attach_location`'s ``reason`` says the place is named in a clause
    below the action (where what is said, vowed or asked happens, not the speaker)."""
    return reason.startswith(IN_CLAUSE)


def acted_on(reason: str) -> bool:
    """True when :func:`attach_location`'s ``reason`` says the place is one the action acts
    on ("thanked Qatar", "shelled Kharkiv")."""
    return reason.startswith("the one ") and reason.endswith(" acts on")


def is_fallback(reason: str) -> bool:
    """True when :func:`attach_location`'s ``reason`` says the place is not named in the
    event's text (:data:`FALLBACK_REASONS`)."""
    return reason.startswith(FALLBACK_REASONS)


def attach_location(
    sent: Span,
    places: list[Place],
    *,
    action: Token | None = None,
    dateline: Place | None = None,
    focus: Place | None = None,
    previous: Span | None = None,
) -> tuple[Place | None, str]:
    """The action location of the event in ``sent`` and a short reason (see module docs;
    a place carried from ``previous`` ranks after the sentence's own and before the dateline).

    ``places`` are the article's resolved places (character offsets into the same text as
    ``sent.doc``); those outside ``sent`` are ignored. ``action`` is the event verb (guessed
    when None); ``dateline`` the dateline place; ``focus`` the story's focus country.
    ``previous`` is the sentence before ``sent`` in the same paragraph: when ``sent`` names
    no place, a specific place of that sentence (a town, province or border, not a country)
    carries over, as a coder reading on would take it ("Russian troops shelled Kharkiv.
    Seven people were killed.").
    Returns ``(None, "no place")`` when nothing fits. A failure is handed to the stage-error
    hook (:func:`events.stages.stage_failed`), which raises only when set to.
    """
    try:
        return _attach(sent, places, action, dateline, focus, previous)
    except Exception as err:  # noqa: BLE001 - the place stage must not stop the article
        stage_failed("places", err, where=f"sentence at {sent.start_char}")
        return (dateline or focus), ("dateline" if dateline else "focus country" if focus else "no place")


def _attach(
    sent: Span,
    places: list[Place],
    action: Token | None,
    dateline: Place | None,
    focus: Place | None,
    previous: Span | None = None,
) -> tuple[Place | None, str]:
    if action is None:
        action = main_action(sent)
    usable = [p for p in places if p.lat is not None or p.feature_type == "border"]
    ranked = [s for s in rank_places(sent, usable, action) if s.role >= MIN_ROLE]
    if ranked:
        best = ranked[0]
        home = dateline or focus
        if (home is not None and home.country_code != best.place.country_code
                and _street_of(sent, best.place)):
            where = "dateline" if dateline else "focus country"
            return home, f"{where} ({best.place.mention} names a street)"
        tied = best.role >= 3.0
        coarse = best.place.feature_type in {"country", "continent", "region"}
        if not tied and dateline is not None and (coarse or best.role < 2.0):
            if best.role < 2.0 or dateline.country_code == best.place.country_code:
                return dateline, "dateline"
        return best.place, best.reason
    carried = _carried(previous, usable) if previous is not None else None
    if carried is not None and not _the_dateline(carried[0], dateline):
        return carried  # (a dateline cut off as a sentence of its own is still the dateline)
    if dateline is not None:
        return dateline, "dateline"
    if focus is not None:
        return focus, "focus country"
    anaphor = _the_country(sent, usable)
    if anaphor is not None:
        return anaphor, f"'the country' is {anaphor.name}, the only country named"
    return None, "no place"


CARRIED_TYPES = frozenset({"city", "adm2", "adm1", "border"})


def _carried(previous: Span, places: list[Place]) -> tuple[Place, str] | None:
    """The best specific place of the previous sentence, if it has one."""
    usable = [p for p in places if p.lat is not None or p.feature_type == "border"]
    for scored in rank_places(previous, usable, main_action(previous)):
        if scored.place.feature_type in CARRIED_TYPES and scored.role >= MIN_ROLE:
            return scored.place, f"carried from the previous sentence ({scored.reason})"
    return None


def _the_dateline(place: Place, dateline: Place | None) -> bool:
    """True when ``place`` is the mention the dateline names: where the report was written,
    not a place its text names."""
    return dateline is not None and (place.start, place.end) == (dateline.start, dateline.end)


def _the_country(sent: Span, places: list[Place]) -> Place | None:
    """The one country the sentence names when it also says "the country", else None."""
    words = [t.lower_ for t in sent]
    pairs = zip(words, words[1:], strict=False)
    if not any(a == "the" and b in ("country", "nation") for a, b in pairs):
        return None
    countries = [p for p in places if _in_sentence(sent, p) and p.feature_type == "country"]
    if len({p.country_code for p in countries}) != 1:
        return None
    return countries[0]


def find_dateline(text: str, places: list[Place]) -> Place | None:
    """The place named by a dateline at the start of ``text`` ("KHARKIV, Ukraine, Sept. 13 —").

    ``places`` are resolved places with offsets into ``text``; the finest one inside the
    dateline wins. None when ``text`` has no dateline or no place in it. Never raises.
    """
    end = dateline_end(text)
    if not end:
        return None
    inside = [p for p in places if p.start < end and p.lat is not None]
    if not inside:
        return None
    return max(inside, key=lambda p: (TYPE_BONUS.get(p.feature_type, 0.3), -p.start))
