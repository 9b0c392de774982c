"""Attacks claimed by name: "Islamic State claimed the bombing of a mosque", "the ambush was
claimed by al-Shabaab", "the man admitted the killing". The act claimed is the claimant's
(its source, reported on their word), and the claim itself is a claim of responsibility
(CAMEO 015), not a statement (010) to the act's target. A claim of "responsibility for" the
act is read elsewhere (:func:`events.coding.roles.claimed_attacks`)."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from events.coding.actors import Actor, ActorFinder
from events.coding.parts import ASSERTED, REPORTED, STATEMENT_CODE, VIOLENT_ROOTS, CodedVerb
from events.coding.roles import CLAIM_NOUNS, CLAIM_VERBS, claimant_of
from events.coding.syntax import negated
from events.coding.text import norm_word

CLAIMING_LEMMAS = CLAIM_VERBS - {"accept"}
"""Verbs whose object, when it is an act of violence, is an act their subject says it did
(the claim verbs of :mod:`events.coding.roles` but "accept": one accepts responsibility for an
attack, not the attack)."""
CLAIMABLE_ACTS = frozenset(
    """
    attack bombing shelling killing murder assassination massacre shooting stabbing raid airstrike
    abduction kidnapping execution ambush blast explosion assault
    """.split()
)
"""Nouns of violent acts that a claim names as its object."""
CLAIM_CODE = "015"
"""CAMEO: acknowledge or claim responsibility."""


def claim_of(noun: Token) -> Token | None:
    """The verb by which someone claims the act ``noun`` names, as its object ("claimed the
    bombing"), in the passive its subject ("the bombing was claimed by …"), or in the phrase
    of the responsibility claimed ("claimed responsibility for the bombing"); None when the
    claim is denied or ``noun`` is no violent act."""
    if noun.dep_ not in ("dobj", "nsubjpass", "pobj") or norm_word(noun.lemma_) not in CLAIMABLE_ACTS:
        return None
    verb = noun.head
    if noun.dep_ == "pobj":
        owed = verb.head  # "responsibility" of "responsibility for"
        if verb.lower_ != "for" or owed.dep_ != "dobj" or norm_word(owed.lemma_) not in CLAIM_NOUNS:
            return None
        verb = owed.head
    if norm_word(verb.lemma_) not in CLAIMING_LEMMAS or negated(verb):
        return None
    return verb if claimant_of(verb) is not None else None


def claimed_by(claim: Token, finder: ActorFinder) -> list[Actor]:
    """The actors who make the claim ``claim`` (:func:`claimant_of`)."""
    claimant = claimant_of(claim)
    return finder.actors_of(claimant) if claimant is not None else []


def claimed_acts(verbs: list[CodedVerb]) -> None:
    """The violent act a claim names (:func:`claim_of`; its claimant is made its source when
    it names none, :meth:`events.coding.nominal.NounEvents.event`) is told on the claimant's
    word (reported), and the claim's statement becomes a claim of responsibility (015)."""
    by_index = {v.tok.i: v for v in verbs}
    for act in verbs:
        claim = claim_of(act.tok) if act.tok.pos_ == "NOUN" else None
        if claim is None or not any(c.code[:2] in VIOLENT_ROOTS for c in act.cands):
            continue
        act.cands = [dataclasses.replace(c, modality=REPORTED)
                     if c.code[:2] in VIOLENT_ROOTS and c.source is not None and c.modality == ASSERTED else c
                     for c in act.cands]
        if (said := by_index.get(claim.i)) is not None:
            said.cands = [dataclasses.replace(c, code=CLAIM_CODE, how=f"{c.how} claim-of-act")
                          if c.code == STATEMENT_CODE else c for c in said.cands]
