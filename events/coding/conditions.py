"""Threats whose condition names the one threatened (issue 14, trade and diplomacy news).

"China warned it would retaliate if the United States imposed new tariffs": the warning
(130) names no one as its object, but the clause it hangs on ("if the United States
imposed …") says whom it is aimed at. A threat with a source and no target takes the
actor that is the subject of such an "if / unless" clause as its target.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from events.coding.actors import Actor, ActorFinder
from events.coding.parts import Candidate, CodedVerb, actor_types
from events.coding.syntax import condition_clauses

THREAT_ROOT = "13"
# who only forecast ("'If Brazil raises its duties, so will Argentina,' an economics
# professor warned"): their warning is aimed at no one
FORECASTERS = frozenset({"EDU", "CVL", "MED", "JRN"})
# the clauses of a threat that may hold its condition: "warned [that it would retaliate [if …]]"
CARRYING_DEPS = frozenset({"ccomp", "xcomp"})


def conditional_targets(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """Give a threat with a source and no target the actor its condition names (in place):
    "threatened to impose tariffs unless Mexico stopped the migrants" is a threat to Mexico.
    Not the source's own side ("if it was attacked"), nor a condition on a thing ("if the
    talks fail"), nor a forecast by an analyst, a private person or the press."""
    for verb in verbs:
        cands = [
            c for c in verb.cands
            if c.code.startswith(THREAT_ROOT) and c.source and not c.target
            and not actor_types(c.source) & FORECASTERS
        ]
        if not cands:
            continue
        found = _condition_actors(verb.tok, finder)
        if not found:
            continue
        verb.cands = [_aimed(c, found) if c in cands else c for c in verb.cands]


def _aimed(cand: Candidate, found: list[Actor]) -> Candidate:
    """``cand`` with the first actor of ``found`` not of its source's country (or, for a
    source named by role alone, not its own code) as target."""
    source = cand.source.code if cand.source is not None else ""
    # (by country; two actors named by role alone, "the army" and "the rebels", by code)
    side = source if source.startswith("---") else source[:3]
    target = next((a for a in found if not a.code.startswith(side)), None)
    if target is None:
        return cand
    return dataclasses.replace(cand, target=target, how=f"{cand.how} target:condition")


def _condition_actors(verb: Token, finder: ActorFinder) -> list[Actor]:
    """The actors named by the subject of an "if / unless" clause on ``verb`` or on a clause
    it governs (two levels down: "warned it would be forced to respond if …")."""
    level = [verb]
    for _ in range(3):
        for clause in (c for tok in level for c in condition_clauses(tok)):
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ != "PRON":
                return finder.actors_of(subj)
        level = [c for tok in level for c in tok.children if c.dep_ in CARRYING_DEPS]
    return []
