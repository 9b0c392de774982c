"""Verbs of release and charge in their everyday senses (news reading).

**What is released: people or a record of them.** CAMEO 0841 is the release of persons or
property held. "Release" and "free" have an everyday sense of publishing or letting out a
thing: "police released a photofit of the suspect", "the ministry released a timeline of the
evacuation of its staff", "the group released an audio recording of a captive". The verb's
dictionary block codes 0841 by default and its patterns name the common things published ("a
statement", "footage", "a sketch" are no event), but such things are many. A release whose
direct object is a common noun that names no actor, with someone named only in its phrase
("of the suspect"), is a record or likeness of that person, not a release of them. People
released keep the code ("released the two aid workers", "released a group of fishermen",
"released two followers of the rebel leader", "released him"), as do the patterns that name
what is held (prisoners, bodies, a ship).

**Who walks out or moves in: protesters or anyone.** "Walk out" is a strike (143) when a
group walks out ("the nurses walked out over pay", "students walked out of class"), not
when one person leaves ("a customer walked out with a winning ticket"); "move into a
building" is an occupation (141) when protesters move in, not when a school or a family
does ("students moved into a new building"). A rampage (145, a riot) by one person is an
assault on whoever is in the way (180): "a gunman went on a rampage in the mall".

**What is charged: a crime or a price.** CAMEO 173 is an arrest or a charge of a crime.
"Charge" is also to ask a price: "the clinic charged patients $300 for a test", "fees charged
to his account". A charge whose verb has an amount of money among its objects (spaCy's MONEY
entity or a currency) or a "to" phrase ("charged to his business") is a price, not an accusation;
"charged the driver with reckless endangerment" stays 173.
"""

from __future__ import annotations

from spacy.tokens import Token

from events.coding.actors import Actor, ActorFinder
from events.coding.parts import CodedVerb, actor_types

RELEASE_CODE = "0841"
"""CAMEO "return, release person(s)"."""
MEASURE_NOUNS = frozenset(
    """
    group batch number handful dozen hundred thousand score couple pair rest remainder
    majority crew family convoy busload boatload planeload
    """.split()
)
"""Lemmas of heads that count or gather the people of their "of" phrase ("a group of
fishermen", "a batch of soldiers")."""


def released_things(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """Drop the release (0841, the verb's default) of a record of someone whose target was
    found in the phrase of the thing released (see the module docstring)."""
    for verb in verbs:
        if verb.match.pattern is None and _thing_object(verb.tok, finder) is not None:
            verb.cands = [
                c for c in verb.cands if c.code != RELEASE_CODE or "target:dobj-phrase" not in c.how.split()
            ]


def _thing_object(verb: Token, finder: ActorFinder) -> Token | None:
    """The direct object of ``verb`` when it is a common noun naming no actor and not a
    number of people ("two followers of the rebel leader"), else None."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or finder.names_actor(obj):
        return None
    if any(c.dep_ == "nummod" for c in obj.children):
        return None
    if obj.lemma_.lower() in MEASURE_NOUNS:
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and any(finder.names_actor(c) for c in of.children if c.dep_ == "pobj"):
            return None
    return obj


CHARGE_CODE = "173"
"""CAMEO "arrest, detain, or charge with legal action"."""
PRICE_DEPS = frozenset({"dobj", "dative", "npadvmod", "nsubjpass"})
"""Dependencies of a price charged ("charged them $300", "$5 was charged")."""
CURRENCIES = frozenset(
    """
    dollar euro pound penny cent yen yuan renminbi rupee franc peso real rouble ruble
    shilling naira rand lira dinar dirham riyal won krone krona zloty hryvnia cedi
    """.split()
)
"""Lemmas of currencies, for the amounts the entity recogniser misses ("2,000 euros")."""


def charged_money(verbs: list[CodedVerb]) -> None:
    """Drop the charge (173) of a verb "charge" used of a price (see the module docstring)."""
    for verb in verbs:
        if verb.tok.lemma_.lower() == "charge" and _a_price(verb.tok):
            verb.cands = [c for c in verb.cands if c.code != CHARGE_CODE]


def _a_price(verb: Token) -> bool:
    """True when ``verb`` has an amount of money as an object or a "to" phrase after it, and
    no "with" phrase of a crime ("charged with endangerment and injury to a child", where the parser
    may hang "to a child" on the verb)."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ in PRICE_DEPS and any(
            t.ent_type_ == "MONEY" or (t.pos_ == "NOUN" and t.lemma_.lower() in CURRENCIES)
            for t in child.subtree
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and child.i > verb.i:
            return True
    return False


PROTEST_ROOT = "14"
RIOT_CODE = "145"
ASSAULT_CODE = "180"
PROTESTING_TYPES = frozenset({"OPP", "LAB"})
"""Actor types of protesters and unions (the dictionaries' ~OPP, ~LAB)."""


def going_senses(verbs: list[CodedVerb]) -> None:
    """Drop the protest (14x) of "walk out" by one person or "with" something, and of "move
    into" by anyone but protesters; read one person's rampage as an assault (see the module
    docstring)."""
    for verb in verbs:
        lemma = verb.tok.lemma_.lower()
        if lemma == "walk" and (_one_walker(verb.tok) or _with_something(verb.tok)):
            verb.cands = [c for c in verb.cands if not c.code.startswith(PROTEST_ROOT)]
        elif lemma == "move":
            verb.cands = [
                c for c in verb.cands if not c.code.startswith(PROTEST_ROOT) or _protesting(c.source)
            ]
        elif lemma == "go" and _one_walker(verb.tok):
            for cand in verb.cands:
                if cand.code == RIOT_CODE:
                    cand.code = ASSAULT_CODE
                    cand.how += " sense:one-person-rampage"


def _one_walker(verb: Token) -> bool:
    """True when the subject of ``verb`` is one person: a singular noun or name, not
    coordinated with another, nor a group's (:data:`COLLECTIVE_NOUNS`)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ == "conj" for c in subj.children):
        return False
    return subj.tag_ in ("NN", "NNP") and subj.lemma_.lower() not in COLLECTIVE_NOUNS


COLLECTIVE_NOUNS = frozenset(
    """
    union staff workforce crew team delegation opposition class mob crowd gang group band horde
    throng
    """.split()
)
"""Singular nouns of groups that may walk out or riot together."""


def _with_something(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def _protesting(source: Actor | None) -> bool:
    return source is not None and bool(actor_types(source) & PROTESTING_TYPES)
