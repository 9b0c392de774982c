"""Acts whose CAMEO code depends on who does them (news reading, after roles).

A government that "protests" something does not take to the streets: "Vietnam protested the
deployment of the rig", "the foreign ministry summoned the envoy to protest the shelling" are
official complaints (CAMEO 114), not demonstrations (141). The verb dictionary codes
"protest" as a demonstration whoever protests; this stage re-reads it when the source is a
state: a government body or official, a country named as a whole, or an intergovernmental
organisation. When the protest is the aim of an act already coded as the complaint ("summoned
the ambassador to protest X"), it is that complaint, not a second one.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from events.cameo import split_actor_code
from events.coding.actors import Actor, ActorFinder
from events.coding.parts import Candidate, CodedVerb

COMPLAIN_CODE = "114"
PROTEST_VERBS = frozenset({"protest", "remonstrate"})
STATE_TYPES = frozenset({"GOV", "IGO"})
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


def official_protests(verbs: list[CodedVerb]) -> None:
    """Re-code a state's protest (CAMEO root 14 on "protest") as 114, in place, and drop it
    when it only gives the aim of a complaint already coded on its governing verb."""
    complaints = {v.tok.i for v in verbs if any(c.code == COMPLAIN_CODE for c in v.cands)}
    for verb in verbs:
        if verb.tok.pos_ != "VERB" or verb.tok.lemma_.lower() not in PROTEST_VERBS:
            continue  # "protests in the capital" are demonstrations
        doc = verb.tok.doc
        official = [
            c
            for c in verb.cands
            if c.code.startswith("14") and c.source is not None and is_state(c.source, doc[c.source.head])
        ]
        if not official:
            continue
        if verb.tok.dep_ in PURPOSE_DEPS and verb.tok.head.i in complaints:
            verb.cands = [c for c in verb.cands if c not in official or c.target is not None]
            official = [c for c in official if c.target is not None]
        for cand in official:
            _recode(cand)


def is_state(actor: Actor, head: Token) -> bool:
    """A government body or official, an intergovernmental body, or a country named as a
    whole (``head``, the actor's head word, a place name: "Vietnam", not "Palestinians" or
    "ethnic Turks", whom a bare country code also codes)."""
    parts = split_actor_code(actor.code)
    types = {t for t in (parts.type1_code, parts.type2_code) if t}
    if types & STATE_TYPES or actor.code.startswith("IGO"):
        return True
    whole = bool(parts.country_code) and not types and not parts.known_group_code
    return whole and head.ent_type_ == "GPE"


def _recode(cand: Candidate) -> None:
    cand.code = COMPLAIN_CODE
    cand.how += " official-protest"


SUMMON_VERBS = frozenset({"summon", "call"})


def summoning_ministries(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """ "The Russian ambassador was summoned to the foreign ministry in Warsaw": a complaint
    (114) in the passive with no agent is made by the state body the envoy is summoned to
    (in place). Not a body of the envoy's own country ("summoned to the Kremlin" of a
    Russian envoy is a recall), nor a place that is no state body ("to a meeting")."""
    for verb in verbs:
        tok = verb.tok
        if tok.lemma_.lower() not in SUMMON_VERBS or tok.tag_ != "VBN":
            continue
        cands = [c for c in verb.cands if c.code == COMPLAIN_CODE and c.source is None and c.target]
        if not cands or any(c.dep_ == "agent" for c in tok.children):
            continue
        to = next((c for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if pobj is None:
            continue
        found = [a for a in finder.actors_of(pobj) if is_state(a, tok.doc[a.head])]
        if not found:
            continue
        verb.cands = [
            dataclasses.replace(c, source=found[0], how=f"{c.how} source:summoned-to")
            if c in cands and c.target is not None and c.target.code[:3] != found[0].code[:3]
            else c
            for c in verb.cands
        ]
