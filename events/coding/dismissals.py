"""People fired from their jobs (news reading, after roles).

"Fire" codes shooting (193) with a target in its "at" or "on" phrase ("the gunman fired at
deputies", "troops fired on protesters"), and the dictionary's "on +" also takes a date:
"The mayor fired two police officers on Monday" read as the mayor shooting the police
(GOV 193 COP). A person fired, named as the verb's direct object by a role word or a
name ("fired two police officers", "fired the prison chief", "fired Officer James Kerr"),
loses a job, which CAMEO does not code: :func:`fired_people` drops such a shooting. What is
fired as a weapon ("fired shots", "fired missiles at X") is no person and stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from events.coding.parts import Candidate, CodedVerb

SHOOTING_ROOT = "19"
FIRING = frozenset({"fire", "sack"})


def fired_people(verbs: list[CodedVerb]) -> None:
    """Drop, in place, the force (19x) of "fire" whose direct object is a person."""
    for verb in verbs:
        tok = verb.tok
        if tok.lemma_.lower() not in FIRING:
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        kept = [c for c in verb.cands if not (c.code.startswith(SHOOTING_ROOT) and _person(obj, c))]
        if len(kept) != len(verb.cands):
            verb.cands = kept


def _person(obj: Token, cand: Candidate) -> bool:
    """True when ``obj`` names a person: a name, or a role word of the candidate's target
    ("two police officers", "the chief")."""
    if obj.ent_type_ == "PERSON":
        return True
    return cand.target is not None and any(
        m.agent is not None and m.start <= obj.i < m.end for m in cand.target.parts
    )
