"""A state's forces named by what it owns: "the army said its aircraft struck …", "Israel
said its ships seized …".

A dictionary names a state's forces by their role words ("troops", "police", "warplanes");
news also names them by the craft, weapons or units they act through, owned by a possessive
that points back to the state: "its aircraft", "their vessels", "its air defences", "the
navy's missiles". Alone
such a word is no actor ("the aircraft landed", "a ship sank"), and an airline's "its
planes" are no army. So the word counts as the owner's military (``~MIL``, composed with
the owner's country as the role words are) only when its possessor is a state: a country
named as a whole, or a body or official of its government or military
(:func:`owned_forces`). The possessor of "its"/"their" is the subject of the nearest
clause holding the phrase that names one before the pronoun, as
:meth:`events.coding.actors.ActorFinder.possessor` reads it.
"""

from __future__ import annotations

from spacy.tokens import Token

from events.cameo import split_actor_code
from events.coding.actors import Actor, ActorFinder, Mention
from events.coding.dictionaries import AgentEntry
from events.coding.words import words_of

OWNED_FORCE_WORDS = frozenset(
    "aircraft airplane plane missile rocket vessel ship boat gunboat unit battery".split()
)
"""Lemmas of craft, weapons and units that act for a state that owns them."""
AIR_DEFENCE_WORDS = frozenset({"defence", "defense"})
"""Lemmas that count only as "air defences" (a compound "air"): "its air defences"."""
OWNER_PRONOUNS = frozenset({"its", "their"})
STATE_TYPES = frozenset({"GOV", "MIL"})
FORCE_ROLE = "MIL"
WHERE = "a force owned by the state named before it"
CLAUSE_HOPS = 8
"""How far up the tree the possessor's clause is looked for."""


def owned_forces(finder: ActorFinder) -> list[Mention]:
    """Agent mentions (``~MIL``) for the words of :data:`OWNED_FORCE_WORDS` in the
    finder's sentence that no mention covers and whose possessor is a state; empty when
    there are none (the usual case: one pass over the sentence's lemmas)."""
    sent = finder.sent
    words = words_of(sent.doc)
    lemmas = words.lemma[sent.start:sent.end]
    if OWNED_FORCE_WORDS.isdisjoint(lemmas) and AIR_DEFENCE_WORDS.isdisjoint(lemmas):
        return []
    added: list[Mention] = []
    for i in range(sent.start, sent.end):
        lemma = words.lemma[i]
        if lemma not in OWNED_FORCE_WORDS and lemma not in AIR_DEFENCE_WORDS:
            continue
        if words.pos[i] != "NOUN" or i in finder.by_token:
            continue
        tok = sent.doc[i]
        if lemma in AIR_DEFENCE_WORDS and not _air(tok):
            continue
        owner = _state_owner(tok, finder)
        if owner is None:
            continue
        entry = AgentEntry(name=tok.lower_, prefix="", suffix=FORCE_ROLE, where=WHERE)
        added.append(Mention(tok.i, tok.i + 1, None, entry, tok.lower_))
    return added


def _air(tok: Token) -> bool:
    """ "air defences", not "the defence of the city"."""
    return any(c.dep_ == "compound" and c.lower_ == "air" for c in tok.children)


def _state_owner(noun: Token, finder: ActorFinder) -> Actor | None:
    """The state that owns ``noun`` through a possessive ("its", "their", "Israel's"),
    or None."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.pos_ == "PRON":
        if poss.lower_ not in OWNER_PRONOUNS:
            return None
        owner = _clause_subject_before(noun, poss, finder)
    else:
        owner = finder.actor_of(poss) if finder.names_actor(poss) else None
    return owner if owner is not None and _a_state(owner, finder.doc[owner.head]) else None


def _clause_subject_before(noun: Token, poss: Token, finder: ActorFinder) -> Actor | None:
    """The actor of the subject, named before ``poss``, of the nearest clause holding
    ``noun``'s phrase."""
    cur = noun
    for _ in range(CLAUSE_HOPS):
        verb = cur.head
        if verb == cur:
            return None
        if verb.pos_ in ("VERB", "AUX"):
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < poss.i), None)
            if subj is not None and subj.i != noun.i:
                return finder.actor_of(subj) if subj.pos_ != "PRON" else None
        cur = verb
    return None


def _a_state(actor: Actor, head: Token) -> bool:
    """A country named as a whole ("Israel"), or a body or official of a government or
    military ("the Turkish army", "the army" of no country named yet, which the article's
    places may place); one code."""
    if "/" in actor.code:
        return False
    parts = split_actor_code(actor.code)
    if parts.known_group_code:
        return False
    types = {t for t in (parts.type1_code, parts.type2_code) if t}
    if types:
        return bool(types & STATE_TYPES)
    return bool(parts.country_code) and (head.ent_type_ == "GPE" or head.pos_ == "PROPN")
