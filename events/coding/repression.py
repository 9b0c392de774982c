"""Harm done in the course of repression (news reading, after roles).

"Police fired rubber bullets and tear gas to clear the road, injuring at least 20 workers":
the dictionary codes "fired ... tear gas" as violent repression (CAMEO 175) and "injuring"
on its own as military force (190). The participle tells what the repression did to whom;
it is the same act, so it keeps the repression's code (175) with the injured as its target,
not a second, military event.
"""

from __future__ import annotations

import dataclasses

from events.coding.parts import CodedVerb

REPRESSION_CODE = "175"
# codes a harm verb gets by default ("injuring", "wounding", "killing": KILL's 190) or as
# fire ("shooting": 193), which a repression's consequence takes over
HARM_CODES = frozenset({"180", "190", "193"})
# participles of consequence hang on the act as adverbial clauses or conjuncts
CONSEQUENCE_DEPS = frozenset({"advcl", "xcomp", "conj"})


def repression_harms(verbs: list[CodedVerb]) -> None:
    """Re-code, in place, the harm a participle of consequence names ("..., injuring 20
    workers") as the violent repression (175) of the verb it hangs on, when that verb's
    event is repression by the same source."""
    repressors = {
        v.tok.i: {c.source.code for c in v.cands if c.code == REPRESSION_CODE and c.source is not None}
        for v in verbs
    }
    for verb in verbs:
        tok = verb.tok
        if tok.tag_ != "VBG" or tok.dep_ not in CONSEQUENCE_DEPS:
            continue
        sources = repressors.get(tok.head.i)
        if not sources:
            continue
        for k, cand in enumerate(verb.cands):
            if cand.code in HARM_CODES and cand.source is not None and cand.source.code in sources:
                verb.cands[k] = dataclasses.replace(
                    cand, code=REPRESSION_CODE, how=f"{cand.how} repression-harm"
                )
