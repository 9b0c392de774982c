"""Feelings stated with a predicate adjective or participle (news reading).

The dictionaries' adjective blocks (``--- DISPLEASURE_ADJ``, ``--- SATISFACTION_ADJ`` ...)
code what a speaker says they feel about someone: "Japan is dismayed by China's decision"
(criticism, CAMEO 111), "the governor was pleased with the senators' vote" (praise, 051),
"Seoul is concerned about Pyongyang's missile tests" (a pessimistic comment, 012). Two
readings finish them once the sentence's passes have found every side:

* a feeling whose holder is no one named is no one's comment: "'We are so proud of the
  army,' a woman shouted", with no actor in the crowd;
* satisfaction denied is displeasure: "the ministry is not pleased with Chile's offer"
  criticises Chile (111), as "is unhappy with" does, where the denied praise would be no
  event at all.

The verb "hope" is the dictionary's optimistic comment (013), and with someone it is about
it is one: "Seoul hopes for better ties with Tokyo", "Egypt hoped Israel would reopen the
crossing". A hope about no one is a plan or a wish: "the council hopes to open the library
by June", "officials hope to hire 40 teachers", "organisers hope the rain holds off". Read
by hand on table events of news articles outside the development sets, every such
targetless hope was wrong; :func:`own_hopes` drops it. "Said it was optimistic", "expressed
hope" state the comment in words and stay.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from events.coding.modality import clause_modality
from events.coding.parts import ASSERTED, DENIED, REPORTED, CodedVerb

PRAISE_CODE = "051"
CRITICISM_CODE = "111"
"""CAMEO 051 (praise or endorse) and 111 (criticize or denounce)."""
SAID_MODALITIES = frozenset({ASSERTED, REPORTED})


def felt_judgements(verbs: list[CodedVerb]) -> None:
    """Drop the feelings of no named holder and read denied satisfaction as criticism (see
    the module docstring) on the candidates of adjective blocks; the rule says so."""
    for verb in verbs:
        if not verb.match.form.block.is_adjective:
            continue
        verb.cands = [c for c in verb.cands if c.source is not None]
        if not any(c.code == PRAISE_CODE and c.modality == DENIED for c in verb.cands):
            continue
        said = clause_modality(verb.tok)
        if said not in SAID_MODALITIES or not _plainly_negated(verb.tok):
            continue
        verb.cands = [
            dataclasses.replace(c, code=CRITICISM_CODE, modality=said, how=f"{c.how} satisfaction-denied")
            if c.code == PRAISE_CODE and c.modality == DENIED
            else c
            for c in verb.cands
        ]


OPTIMISM_CODE = "013"
"""CAMEO 013, the code of the dictionary's block of hoping verbs."""


def own_hopes(verbs: list[CodedVerb]) -> None:
    """Drop, in place, the optimistic comment (013) of a verb of the hoping block ("hope")
    when it names no target (see the module docstring)."""
    for verb in verbs:
        block = verb.match.form.block
        if block.is_noun or block.is_adjective or block.code != OPTIMISM_CODE:
            continue  # (the block's verbs: "hope"; spaCy may lemmatise "hopes" as "hop")
        verb.cands = [c for c in verb.cands if not (c.code == OPTIMISM_CODE and c.target is None)]


def _plainly_negated(adjective: Token) -> bool:
    """True when ``not`` denies the adjective (or its copula) with no auxiliary ("is not
    happy with", "were not pleased by"; not "would not be happy", "not only proud of")."""
    clause = adjective.head if adjective.dep_ == "acomp" else adjective
    children = list(clause.children) + (list(adjective.children) if clause != adjective else [])
    negs = [c for c in children if c.dep_ == "neg"]
    if not negs or any(c.dep_ == "aux" for c in children):
        return False
    doc = adjective.doc
    return not any(n.i + 1 < len(doc) and doc[n.i + 1].lower_ == "only" for n in negs)
