"""Things snatched (news reading, after roles).

"Snatch" is in the dictionary's abduction block (CAMEO 181): "a man snatched a 6-year-old
girl from a playground". Crime news snatches purses, phones and necklaces far more often:
"two men snatched a woman's purse outside a bank" takes the purse, and whom its phrase names
(the owner) is robbed, not abducted: theft (CAMEO 171). :func:`snatched_things` re-codes an
abduction whose undergoer, the verb's object or passive subject, is a thing: a common noun
that is not the target's own word, and that has an owner (the target, or a possessive:
"snatched her handbag"); "snatched swimmers from rough seas" names no owner and stays.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from events.coding.parts import CodedVerb

ABDUCTION_CODE = "181"
THEFT_CODE = "171"
SNATCHING = frozenset({"snatch", "grab"})
"""Verbs that take a person or a thing alike ("snatched a girl", "snatched a purse")."""
YOUNG = frozenset("baby babies infant infants newborn newborns child children kid kids".split())
"""People no dictionary names as actors, whom one snatches as often as things."""


def snatched_things(verbs: list[CodedVerb]) -> None:
    """Re-code, in place, snatching a thing ("snatched a woman's purse", "her phone was
    snatched") from abduction (181) to theft (171); the thing's owner stays the target."""
    for verb in verbs:
        tok = verb.tok
        if tok.lemma_.lower() not in SNATCHING:
            continue
        taken = _undergoer(tok)
        if taken is None or taken.pos_ != "NOUN" or taken.ent_type_ or taken.lower_ in YOUNG:
            continue
        for k, cand in enumerate(verb.cands):
            if cand.code != ABDUCTION_CODE:
                continue
            if cand.target is not None and cand.target.start <= taken.i < cand.target.end:
                continue  # the one snatched is the target's own word ("snatched a girl")
            if cand.target is None and not any(c.dep_ == "poss" for c in taken.children):
                continue  # no owner named: maybe people no dictionary knows ("snatched swimmers")
            verb.cands[k] = dataclasses.replace(cand, code=THEFT_CODE, how=f"{cand.how} snatched-thing")


def _undergoer(verb: Token) -> Token | None:
    """What ``verb`` takes: its direct object, else its passive subject."""
    for dep in ("dobj", "nsubjpass"):
        found = next((c for c in verb.children if c.dep_ == dep), None)
        if found is not None:
            return found
    return None
