"""Owners of trade measures: a country named as the owner of tariffs, duties, levies,
sanctions, quotas or an embargo is its government, which alone imposes them ("a WTO dispute
over U.S. tariffs on Chinese steel", "retaliate against American tariffs": USAGOV, not the
country as a whole). Read per candidate, on the side's own head word."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from events.cameo import split_actor_code
from events.coding.actors import Actor
from events.coding.parts import Candidate, CodedVerb

# nouns of measures only a government imposes
MEASURE_NOUNS = frozenset("tariff duty levy sanction embargo quota".split())
# how a country's name or adjective owns the noun: "U.S. tariffs", "American duties",
# "China's tariffs"
OWNER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
GOVERNMENT_TYPE = "GOV"
# roots of force: a measure that "hits", "strikes" or "cripples" an economy uses none
FORCE_ROOTS = frozenset({"18", "19", "20"})


def measure_owners(verbs: list[CodedVerb]) -> None:
    """Make the bare country that owns a trade measure on either side of a candidate its
    government (``USA`` -> ``USAGOV``), in place; the "how" notes it. A measure that is the
    doer of force is a figure of speech and no event ("U.S. sanctions have hit Iran's
    economy", "Beijing's tariffs on soybeans hit farmers": no 190)."""
    for verb in verbs:
        doc = verb.tok.doc
        if any(c.code[:2] in FORCE_ROOTS and c.source is not None for c in verb.cands):
            verb.cands = [c for c in verb.cands if not _measure_force(c, doc)]
        for cand in verb.cands:
            if cand.source is not None and owns_measure(cand.source, doc):
                cand.source = government_of(cand.source)
                cand.how += " source:measure-owner"
            if cand.target is not None and owns_measure(cand.target, doc):
                cand.target = government_of(cand.target)
                cand.how += " target:measure-owner"


def owns_measure(actor: Actor, doc: Doc) -> bool:
    """True when ``actor`` is a country named as a whole (no role, no group) whose head word
    modifies a measure noun ("*U.S.* tariffs", "*Chinese* duties", "*Russia's* sanctions")."""
    if not bare_country(actor):
        return False
    noun = doc[actor.head]  # the head of the actor's phrase: "duties" of "Chinese duties"
    if noun.dep_ in OWNER_DEPS and noun.lemma_.lower() not in MEASURE_NOUNS:
        noun = noun.head  # the source of an event noun: "U.S." of "U.S. tariffs on Chinese steel"
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in MEASURE_NOUNS or actor.end > noun.i:
        return False
    return any(doc[i].dep_ in OWNER_DEPS and doc[i].head == noun for i in range(actor.start, actor.end))


def _measure_force(cand: Candidate, doc: Doc) -> bool:
    """True for force whose doer is named by a measure noun ("U.S. sanctions hit Iran")."""
    if cand.code[:2] not in FORCE_ROOTS or cand.source is None:
        return False
    noun = doc[cand.source.head]
    if noun.dep_ in OWNER_DEPS and noun.lemma_.lower() not in MEASURE_NOUNS:
        noun = noun.head
    return noun.lemma_.lower() in MEASURE_NOUNS and noun.dep_ in ("nsubj", "agent", "pobj")


def bare_country(actor: Actor) -> bool:
    """True for a country named as a whole ("Hungary", "Polish", "U.S."): no role, no group."""
    parts = split_actor_code(actor.code)
    return bool(parts.country_code) and len(actor.code) == 3 and not parts.known_group_code


def government_of(actor: Actor) -> Actor:
    """A bare country (:func:`bare_country`) as its government: ``USA`` -> ``USAGOV``."""
    return dataclasses.replace(actor, code=actor.code + GOVERNMENT_TYPE)
