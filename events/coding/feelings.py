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
targetless hope was wrong; :func:`own_musings` drops it. "Said it was optimistic", "expressed
hope" state the comment in words and stay.

So it is with the verbs of considering (014, "consider", "weigh", "look at", "think about"):
"the government is considering sanctions", "weighing its options", "will consider the
request" are policy options the dictionary's patterns name, and "considered Iran's offer" has
a target, and so do a measure named by its noun or an act by its verb ("is considering a
curfew", "considered importing beef"); with none of these, the thing considered is the
speaker's own affair ("the pool's manager has considered a UV system", "we are looking at
the figures"), and every such row judged was wrong (6 of 6).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from events.coding.annulments import POLICY_NOUNS
from events.coding.modality import clause_modality
from events.coding.parts import ASSERTED, DENIED, REPORTED, CodedVerb
from events.coding.text import norm_word

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


MUSING_CODES = frozenset({"013", "014"})
"""CAMEO 013 (optimistic comment) and 014 (consider a policy option): the codes of the
dictionary's blocks of hoping and considering verbs."""


CONSIDER_CODE = "014"
OPTIONS = POLICY_NOUNS | frozenset(
    "sanction tariff tax embargo deal offer agreement truce ceasefire resolution".split()
)
"""Nouns of measures and offers one considers as a policy option ("a curfew", "new tariffs")."""


def own_musings(verbs: list[CodedVerb]) -> None:
    """Drop, in place, the hope (013) or consideration (014) of a verb of those blocks that
    names no target and no policy (see the module docstring)."""
    for verb in verbs:
        block = verb.match.form.block
        if block.is_noun or block.is_adjective or block.code not in MUSING_CODES:
            continue  # (matched by the block: spaCy may lemmatise "hopes" as "hop")
        if block.code == CONSIDER_CODE and _an_option(verb.tok):
            continue
        verb.cands = [c for c in verb.cands
                      if not (c.code == block.code and c.target is None and c.match.pattern is None)]


def _an_option(verb: Token) -> bool:
    """True when what ``verb`` considers is a measure ("a curfew") or an act ("importing
    beef"): its object, or that of its particle's phrase ("look at new tariffs")."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp") or (child.dep_ == "dobj" and child.tag_ == "VBG"):
            return True
        objs = [child] if child.dep_ == "dobj" else [g for g in child.children if g.dep_ == "pobj"]
        if child.dep_ in ("dobj", "prep") and any(
                o.tag_ == "VBG" or norm_word(o.lemma_) in OPTIONS for o in objs):
            return True
    return False


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
