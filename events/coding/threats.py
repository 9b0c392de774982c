"""Warnings that carry the threat of the clause they report (issue 14, the reach of modals
and conditions).

"The minister warned that Serbia would recall its ambassador from Croatia if the talks
failed": the warning is Serbia's threat to Croatia, told in the words of one who speaks for
it, not the minister's threat to Serbia (the clause's subject). When the warner is named only
by a role ("the minister", "a spokesman") or is of the country of the clause's actor, and
that actor announces a threat there ("will impose tariffs" 1312) or a cut in relations (161,
coded as the threat to make it, 1313), the warning becomes that threat: its source the warner
when it names the actor's country, else the clause's actor (the warner for "it" / "we"), its
target the clause's target. A clause verb read by its default code alone ("would retaliate")
names no kind of threat, and the warning keeps its own code (130).

Told the other way round ("India will halt its trade with Pakistan if the talks collapse,
the minister warned"), the clause before the verb of warning is the threat itself, and the
warning adds no event of its own: its candidates are dropped.

A warning about what another country will do ("the United States warned that Russia would
attack Ukraine") is left as it is.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from events.coding.actors import Actor
from events.coding.parts import INTENDED, VIOLENT_ACT_NOUNS, Candidate, CodedVerb, actor_types
from events.coding.syntax import own_subject

# verbs of warning whose reported clause may be the warner's side's threat
WARN_LEMMAS = frozenset({"warn", "caution"})
THREAT_ROOT = "13"
# a cut in diplomatic relations announced (161) is a decision; under a warning it is the
# threat to make it (1313)
RELATIONS_CUT = "161"
RELATIONS_THREAT = "1313"
# pronouns by which the warner speaks of its own side ("warned that it would retaliate")
OWN_PRONOUNS = frozenset({"it", "we"})
# deps of a reported clause told before its verb of warning ("X will attack, the minister warned")
BEFORE_DEPS = frozenset({"ccomp", "parataxis"})
CLAUSE_HOPS = 3


def _threat_code(cand: Candidate) -> str | None:
    """The threat code ``cand`` announces: its own 13x, or 1313 for a cut in relations
    announced (161, intended); None otherwise."""
    if cand.code.startswith(THREAT_ROOT):
        return cand.code
    if cand.code.startswith(RELATIONS_CUT) and cand.modality == INTENDED:
        return RELATIONS_THREAT
    return None


def _speaks_for(speaker: Actor, actor: Actor) -> bool:
    """True when ``speaker`` may speak for ``actor``: named only by a role (no country of
    its own), or of ``actor``'s country."""
    return speaker.code.startswith("---") or speaker.code[:3] == actor.code[:3]


def _is_warning(verb: CodedVerb) -> bool:
    """True for a verb of warning coded as a threat (13x)."""
    code = verb.match.code or ""
    return code.startswith(THREAT_ROOT) and verb.tok.lemma_.lower() in WARN_LEMMAS


def _governed_by(tok: Token, clause: Token) -> bool:
    """True when ``tok`` is ``clause`` or a verb a few clause links below it."""
    cur = tok
    for _ in range(CLAUSE_HOPS):
        if cur == clause:
            return True
        if cur.head == cur:
            return False
        cur = cur.head
    return cur == clause


def clause_threats(verbs: list[CodedVerb]) -> None:
    """Make a warning whose "that" clause announces its side's threat that threat, and
    drop a warning told after the threat it reports (in place; see the module text)."""
    warnings = [v for v in verbs if _is_warning(v) and v.cands]
    if not warnings:
        return
    for warning in warnings:
        warning.cands = [_without_own_forces(c) for c in warning.cands]
        clauses = [c for c in warning.tok.children if c.dep_ in BEFORE_DEPS]
        if not clauses:
            continue
        if any(_addressed(c) for c in warning.cands):
            continue  # "warned the British envoy that it would expel him": the envoy's
        inner = [
            v for v in verbs
            if v is not warning and v.cands and any(_governed_by(v.tok, c) for c in clauses)
        ]
        if not inner:
            continue
        before = [c for c in clauses if c.i < warning.tok.i]
        if before and _attributed(warning, inner):
            warning.cands = []
            for verb in inner:
                verb.cands = [_as_threat(c) for c in verb.cands]
            continue
        carriers = [v for v in inner if _carried(warning, v)]
        if carriers:
            warning.cands = [c for v in carriers for c in _carried(warning, v)]
            for verb in carriers:
                verb.cands = []


STATE_FORCES = frozenset({"COP", "MIL", "SPY"})
"""Actor types of a state's forces: a government warning that they will act warns others."""


def _without_own_forces(cand: Candidate) -> Candidate:
    """``cand`` without the target its "that" clause's subject gave it when that subject is
    the warner's own forces: "the interior minister warned that police would deal firmly with
    anyone", "Kenya's president warned that the army would crush any rebellion" warn
    whoever would defy them, not the police or the army."""
    source, target = cand.source, cand.target
    if source is None or target is None or "ccomp-subject" not in cand.how:
        return cand
    kinds = actor_types(target)
    if not kinds or not kinds <= STATE_FORCES or "GOV" not in actor_types(source):
        return cand
    if not _speaks_for(source, target) and target.code[:3] != "---":
        return cand
    return dataclasses.replace(cand, target=None, how=f"{cand.how} own-forces")


def _addressed(cand: Candidate) -> bool:
    """True when ``cand`` has a target of its verb's own (one the warning is addressed to,
    "warned Kyiv that …"), not the subject of the clause it reports."""
    return cand.target is not None and "ccomp-subject" not in cand.how and "xcomp-subject" not in cand.how


def _as_threat(cand: Candidate) -> Candidate:
    """``cand`` as the threat it announces under a warning (a cut in relations, 161, is the
    threat to make it, 1313); others unchanged."""
    code = _threat_code(cand)
    if code is None or code == cand.code:
        return cand
    return Candidate(cand.verb, cand.match, code, cand.source, cand.target, f"{cand.how} threat-of-warning",
                     cand.modality)


def _attributed(warning: CodedVerb, inner: list[CodedVerb]) -> bool:
    """True when a clause told before the warning holds a threat of an actor the warner
    speaks for ("India will halt its trade with Pakistan if …, the minister warned")."""
    for verb in inner:
        if verb.tok.i > warning.tok.i:
            continue
        for cand in verb.cands:
            if cand.source is None or _threat_code(cand) is None:
                continue
            if all(_speaks_for(s, cand.source) for s in warning.sources):
                return True
    return False


def _carried(warning: CodedVerb, verb: CodedVerb) -> list[Candidate]:
    """The threats of ``verb``, in the clause after the warning, that the warner speaks for,
    as the warning's candidates (source: the warner when it names a country, else the
    clause's actor; target: the clause's target)."""
    out: list[Candidate] = []
    subj = own_subject(verb.tok)
    if verb.tok.i > warning.tok.i and subj is not None:
        own = subj.lower_ in OWN_PRONOUNS
        for cand in verb.cands:
            code = _threat_code(cand)
            if code is None:
                continue
            if cand.match.pattern is None and warning.match.code is not None:
                # a verb read by its default code only ("would retaliate" 138) tells no kind of
                # threat: the warning's own code stays
                code = warning.match.code
            actor = next(iter(warning.sources), None) if own and cand.source is None else cand.source
            if actor is None or actor.code.startswith("---"):
                continue
            if not all(_speaks_for(s, actor) for s in warning.sources):
                continue
            # a warner of the actor's country is the one who threatens ("Serbia warned that its
            # army would …"); one named by a role speaks for the clause's actor
            named = [s for s in warning.sources if not s.code.startswith("---")]
            for source in named or [actor]:
                if cand.target is not None and cand.target.code == source.code:
                    continue
                out.append(
                    Candidate(warning.tok, warning.match, code, source, cand.target,
                              f"{cand.how} threat-of-clause", warning.match.modality)
                )
    return out


# prepositions that name whom an attack hits: "any attack on its troops"
VICTIM_PREPS = frozenset({"on", "against"})


def defended_victims(verbs: list[CodedVerb]) -> None:
    """A threat to answer an attack on one's own side is aimed at the attacker, not the side
    it defends: "Turkey vowed to retaliate against any attack on its troops" is 138 with no
    target (not TUR -> TURMIL), "India warned it would respond to any strike on its soldiers"
    likewise. A target of the source's own country named in the "on / against" phrase of a
    noun of violence is dropped, in place; an attacker named there ("any Indian strike on its
    territory") stays."""
    for verb in verbs:
        for cand in verb.cands:
            if not cand.code.startswith(THREAT_ROOT) or cand.target is None or cand.source is None:
                continue  # (the cheapest tests first: a threat with both sides)
            if cand.target.code[:3] != cand.source.code[:3] or cand.target.code[:3] == "---":
                continue
            if _attack_victim(verb.tok.doc[cand.target.head]):
                cand.target = None
                cand.how += " target:defended-victim"


def _attack_victim(head: Token) -> bool:
    """True when ``head`` is the object of an "on / against" phrase on a noun of violence
    ("any attack *on its troops*")."""
    prep = head.head
    return (head.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in VICTIM_PREPS
            and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in VIOLENT_ACT_NOUNS)
