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

News also names the act before it only as "the move", "the decision", "the vote", "the
ruling" or "the veto" ("The Illinois House voted to override the veto. The governor called
the vote irresponsible."): its doer is the subject of the main act of a sentence just before
(:meth:`events.coding.memory.ArticleMemory.main_act_doers`): for "the move", "the step" or
"the decision" the sentence right before, whatever it did; for "the vote", "the ruling",
"the verdict" or "the veto" the latest recent sentence whose main verb does that ("A judge
ordered the city to release the footage. The city had refused. The family welcomed the
ruling.": the judge).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from events.coding.actors import Actor, ActorFinder
from events.coding.parts import VIOLENT_ACT_NOUNS, VIOLENT_ROOTS, CodedVerb
from events.coding.roles import Antecedent
from events.coding.syntax import direct_object

JUDGING_ROOTS = frozenset({"11", "05"})
"""Criticism and praise: the roots whose object act's doer is the one judged."""
ARREST_ROOTS = frozenset({"17"})
# nouns that name an act told before, and the roots of the acts each may stand for
ACT_NOUN_ROOTS: dict[str, frozenset[str]] = {
    **{word: VIOLENT_ROOTS for word in VIOLENT_ACT_NOUNS},
    **{word: ARREST_ROOTS for word in "arrest detention imprisonment abduction fine penalty".split()},
    **{word: VIOLENT_ROOTS | ARREST_ROOTS for word in "raid crackdown".split()},
}
POINTING_BACK = frozenset({"the", "this", "these", "those", "that", "such"})
RULING_VERBS = frozenset(
    "rule order decide find uphold overturn overrule strike block grant deny dismiss reject throw".split()
)
# nouns that name again the main act of a sentence before: the verbs that act may be (empty:
# whatever the sentence just before did)
TOLD_ACT_VERBS: dict[str, frozenset[str]] = {
    "move": frozenset(), "step": frozenset(), "decision": frozenset(),
    "vote": frozenset("vote approve pass reject override".split()),
    "ruling": RULING_VERBS, "verdict": RULING_VERBS | frozenset({"convict", "acquit"}),
    "veto": frozenset({"veto"}),
}
OWN_DOER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def judged_acts(verbs: list[CodedVerb], earlier: list[Antecedent], finder: ActorFinder) -> None:
    """Give each criticism or praise of an act told before, that judges no one, that act's
    doer as its target (see the module's docstring); ``earlier`` holds the paragraph's acts
    before this sentence, in text order."""
    for verb in verbs:
        if (verb.match.code or "")[:2] not in JUDGING_ROOTS or any(c.target for c in verb.cands):
            continue
        roots = _act_told_again(verb.tok, finder)
        found = [source for root, source in earlier if root in roots][-1:]
        if roots and found and found[0] is not None:
            _judge(verb, found[0], "judged-act-antecedent")
        elif not roots and finder.memory is not None and (told := _told_act(verb.tok, finder)) is not None:
            doers = finder.memory.main_act_doers(told)
            if len(doers) == 1:
                _judge(verb, doers[0], "judged-act-doer")


def _judge(verb: CodedVerb, doer: Actor, where: str) -> None:
    """The verb's criticism or praise with ``doer`` as target (not of the judge itself); the
    rule says ``where`` it came from."""
    verb.cands = [
        dataclasses.replace(c, target=doer, how=f"{c.how} target:{where}")
        if c.code[:2] in JUDGING_ROOTS and c.source is not None and c.source.code != doer.code
        else c
        for c in verb.cands
    ]


def _told_act(verb: Token, finder: ActorFinder) -> frozenset[str] | None:
    """The verbs of the act the object of ``verb`` names again as "the move", "the vote" …
    (:data:`TOLD_ACT_VERBS`; empty: any verb), or None when it names none of them or names
    its own doer ("the council's vote")."""
    obj = _pointing_back(verb, finder)
    if obj is None or obj.lemma_.lower() not in TOLD_ACT_VERBS:
        return None
    return TOLD_ACT_VERBS[obj.lemma_.lower()]


def _pointing_back(verb: Token, finder: ActorFinder) -> Token | None:
    """The object of ``verb`` when it names something with a determiner that points back
    and no doer of its own, else None."""
    obj = direct_object(verb)
    if obj is None or not any(c.dep_ == "det" and c.lower_ in POINTING_BACK for c in obj.children):
        return None
    if any((c.dep_ in OWN_DOER_DEPS and finder.names_actor(c)) or (c.dep_ == "prep" and c.lower_ == "by")
           for c in obj.children):
        return None
    return obj


def _act_told_again(verb: Token, finder: ActorFinder) -> frozenset[str]:
    """The roots of the act the object of ``verb`` names again ("condemned the attack"), or
    an empty set when it names none, or names its own doer ("condemned Russia's attack",
    "the attack by gunmen")."""
    obj = _pointing_back(verb, finder)
    return (ACT_NOUN_ROOTS.get(obj.lemma_.lower()) or frozenset()) if obj is not None else frozenset()
