"""Reactions to an act told before: "Russian forces shelled Kharkiv overnight. Germany
condemned the attack." (issue 14, targets of criticism and praise).

News tells an act, then the world's reactions to it, naming the act again only by a noun
with "the" ("the attack", "the arrests", "these killings"). A verb of criticism or praise
(CAMEO 11x, 05x) whose object is such a noun, and that found no one to judge in its own
sentence, judges the doer of the latest act of that kind the paragraph told before
(:func:`events.coding.roles.antecedents`): Germany criticises Russia's forces (111), and
"Amnesty International condemned the arrests" criticises the police who made them. Only a
noun of violence, of arrest and detention, or of a fine (CAMEO 17x: "criticised the fine"),
with a determiner that points back ("the", "this", "these", "those", "that", "such") and no
doer of its own (no possessor, no actor modifier, no "by" phrase); a fight two sides waged
against each other has no one doer.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from events.coding.actors import ActorFinder
from events.coding.parts import VIOLENT_ROOTS, CodedVerb
from events.coding.roles import Antecedent

JUDGING_ROOTS = frozenset({"11", "05"})
"""Criticism and praise: the roots whose object act's doer is the one judged."""
ARREST_ROOTS = frozenset({"17"})
# nouns that name an act told before, and the roots of the acts each may stand for
ACT_NOUN_ROOTS: dict[str, frozenset[str]] = {
    **{word: VIOLENT_ROOTS for word in (
        "attack assault shelling bombing bombardment strike airstrike air-strike killing massacre "
        "shooting offensive incursion invasion violence ambush"
    ).split()},
    **{word: ARREST_ROOTS for word in "arrest detention imprisonment abduction fine penalty".split()},
    **{word: VIOLENT_ROOTS | ARREST_ROOTS for word in "raid crackdown".split()},
}
POINTING_BACK = frozenset({"the", "this", "these", "those", "that", "such"})
OWN_DOER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def judged_acts(verbs: list[CodedVerb], earlier: list[Antecedent], finder: ActorFinder) -> None:
    """Give each criticism or praise of an act told before, that judges no one, that act's
    doer as its target (see the module's docstring); ``earlier`` holds the paragraph's acts
    before this sentence, in text order."""
    if not earlier:
        return
    for verb in verbs:
        if (verb.match.code or "")[:2] not in JUDGING_ROOTS or any(c.target for c in verb.cands):
            continue
        roots = _act_told_again(verb.tok, finder)
        if not roots:
            continue
        found = [source for root, source in earlier if root in roots][-1:]
        if not found or found[0] is None:
            continue
        doer = found[0]
        verb.cands = [
            dataclasses.replace(c, target=doer, how=f"{c.how} target:judged-act-antecedent")
            if c.code[:2] in JUDGING_ROOTS and c.source is not None and c.source.code != doer.code
            else c
            for c in verb.cands
        ]


def _act_told_again(verb: Token, finder: ActorFinder) -> frozenset[str]:
    """The roots of the act the object of ``verb`` names again ("condemned the attack"), or
    an empty set when it names none, or names its own doer ("condemned Russia's attack",
    "the attack by gunmen")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return frozenset()
    roots = ACT_NOUN_ROOTS.get(obj.lemma_.lower())
    if roots is None:
        return frozenset()
    if not any(c.dep_ == "det" and c.lower_ in POINTING_BACK for c in obj.children):
        return frozenset()
    if any((c.dep_ in OWN_DOER_DEPS and finder.names_actor(c)) or (c.dep_ == "prep" and c.lower_ == "by")
           for c in obj.children):
        return frozenset()
    return roots
