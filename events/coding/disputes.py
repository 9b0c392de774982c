"""Disputes told in the words of war (news reading).

News writes the quarrels of ministers, parties, firms and unions with the verbs of combat:
"the finance minister clashed with the central bank governor over interest rates", "the
senator has fought the White House over the budget", "the union is battling the airline
over pensions". The verb dictionaries give those verbs conventional or unconventional force
(CAMEO 190, 180), and an analyst counting fighting would count these quarrels. When no side
of such a verb can bear arms and one side is a body or office (a government, a legislature,
a court, a firm, a union, a party), the event is a dispute: disapproval (CAMEO 110), with its
sides kept. Armed sides ("rebels clashed with troops", "police fought the gunmen"), a
country named alone ("Russia fought Ukraine") and private people among themselves ("two men
fought outside a bar") keep the code of force.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from events.coding.actors import Actor
from events.coding.parts import FORCE_TYPES, CodedVerb, actor_types
from events.coding.syntax import to_infinitive

FIGHT_VERBS = frozenset("fight clash battle feud spar wrangle tussle".split())
"""Verbs of combat that news also uses for quarrels (a verb of harm, "attack", "shoot",
"kill", is never a quarrel's)."""
FORCE_ROOTS = frozenset({"18", "19"})
BODY_TYPES = frozenset(
    "GOV LEG JUD BUS LAB EDU MED NGO IGO HLH PTY OPP ELI ENV AGR HRI MNC REL".split()
)
"""Actor types of bodies and offices that quarrel in words."""
DISPUTE_CODE = "110"
"""CAMEO 110: disapprove, not specified below."""


def political_fights(verbs: list[CodedVerb]) -> None:
    """Recode as disputes (:data:`DISPUTE_CODE`) the force of :data:`FIGHT_VERBS` between
    sides that bear no arms when one of them is a body or office (see the module
    docstring); the rule says so."""
    for verb in verbs:
        if verb.tok.lemma_.lower() not in FIGHT_VERBS:
            continue
        for k, cand in enumerate(verb.cands):
            if cand.code[:2] in FORCE_ROOTS and _quarrel(cand.source, cand.target):
                verb.cands[k] = dataclasses.replace(cand, code=DISPUTE_CODE, how=f"{cand.how} dispute")


def _quarrel(source: Actor | None, target: Actor | None) -> bool:
    """True when neither side may bear arms or is a country named alone, and one side is a
    body or office (:data:`BODY_TYPES`)."""
    kinds = [actor_types(side) for side in (source, target) if side is not None]
    if not kinds or any(not k or k & FORCE_TYPES for k in kinds):
        return False
    return any(k & BODY_TYPES for k in kinds)


STRIVING_VERBS = frozenset("fight battle struggle".split())
"""Verbs of combat that with a "to" infinitive and no object tell an effort ("doctors fought
to save the boy", "residents battled to keep the cinema open")."""
STRIVING_ROOTS = FORCE_ROOTS | {"11"}
"""CAMEO roots such an effort is misread as: force, or a dispute (:func:`political_fights`)."""


def striving(verbs: list[CodedVerb]) -> None:
    """Drop, in place, the force or dispute (:data:`STRIVING_ROOTS`) with no target of a verb
    of :data:`STRIVING_VERBS` that has no direct object and governs a "to" infinitive: "the
    team of scientists fought to find a vaccine" is an effort, the infinitive its own act.
    A side that bears arms fights ("rebels fought to take the city" stays)."""
    for verb in verbs:
        if verb.tok.lemma_.lower() not in STRIVING_VERBS or not _strives(verb.tok):
            continue
        verb.cands = [
            c for c in verb.cands
            if c.code[:2] not in STRIVING_ROOTS or c.target is not None
            or (c.source is not None and bool(actor_types(c.source) & FORCE_TYPES))
        ]


def _strives(verb: Token) -> bool:
    """True for a verb with no direct object and a "to" infinitive as its clause."""
    children = list(verb.children)
    if any(c.dep_ == "dobj" for c in children):
        return False
    return any(
        c.dep_ in ("xcomp", "advcl") and c.pos_ in ("VERB", "AUX") and to_infinitive(c) for c in children
    )
