"""Who did the violence of a police or crime narrative that names the doer only in a clause
beside the act (issue 14, local news).

- :func:`confronted_doers`: "two deputies were shot when they pulled over a parolee", "a
  shop owner was stabbed when he confronted a burglar": an agentless act of violence on
  those who, in its "when / as / while" clause, stopped, confronted or tried to arrest
  someone was done by the one they confronted.
It runs per coded verb and test a dependency label or a lemma in a frozenset before any
walk of the parse.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from events.coding.actors import Actor, ActorFinder, other_sex
from events.coding.parts import VIOLENT_ROOTS, CodedVerb
from events.coding.syntax import is_passive, passive_subject
from events.coding.text import norm_word

CONFRONTING_VERBS = frozenset(
    "stop confront approach chase pursue arrest detain tackle apprehend subdue restrain corner "
    "challenge intercept frisk handcuff question".split()
)
"""Verbs of confronting someone: the one confronted may strike back ("was shot when he
stopped a driver")."""
PULLING_VERBS = frozenset({"pull"})
"""Verbs of confronting with "over" ("pulled over a driver", :func:`_pulled_over`)."""
TRYING_VERBS = frozenset("try attempt move".split())
"""Verbs whose infinitive is the act tried ("when he tried to arrest a suspect")."""
WHEN_MARKS = frozenset({"when", "as", "while"})
"""The words that make an adverbial clause the moment of an act."""
DEFINITE_DETS = frozenset({"the", "both"})
"""Determiners of a subject that names again the ones the act hit ("the two officers")."""


def confronted_doers(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """An agentless violent passive (CAMEO 18-20) with no source whose "when / as / while"
    clause tells its victims confronting someone (:data:`CONFRONTING_VERBS`, also tried: "when
    he tried to arrest a suspect") takes that one, the clause verb's object, as its source:
    "two Tulsa officers were shot when they pulled over a parolee" (the parolee), "a cashier
    was stabbed when she confronted a shoplifter". The clause's subject must name the victims
    again: a pronoun that agrees with them in number, or a definite noun phrase ("the two
    motorcycle officers"). Not a thing ("when they stopped a stolen car": no one), nor other
    clauses ("was killed when he visited his brother")."""
    for verb in verbs:
        if (verb.match.code or "")[:2] not in VIOLENT_ROOTS or any(c.source for c in verb.cands):
            continue
        if not is_passive(verb.tok) or any(c.dep_ == "agent" for c in verb.tok.children):
            continue
        victims = passive_subject(verb.tok)
        if victims is None:
            continue
        doers = _confronted(verb.tok, victims, finder)
        if not doers:
            continue
        verb.cands = [
            dataclasses.replace(c, source=doers[0], how=f"{c.how} source:confronted")
            if c.source is None and (c.target is None or c.target.head != doers[0].head)
            else c
            for c in verb.cands
        ]


def _confronted(verb: Token, victims: Token, finder: ActorFinder) -> list[Actor]:
    """The actors of the object of ``verb``'s "when" clause of confronting, whose subject
    names ``victims`` again."""
    clauses = [*verb.children, *(verb.head.children if verb.dep_ == "conj" else ())]
    for clause in clauses:  # (of a verb coordinated with it: "was dragged and injured when …")
        if clause.dep_ != "advcl":
            continue
        act = clause
        lemma = norm_word(clause.lemma_)
        if lemma in TRYING_VERBS:
            act = next((c for c in clause.children if c.dep_ == "xcomp"), clause)
            lemma = norm_word(act.lemma_)
        if lemma not in CONFRONTING_VERBS and lemma not in PULLING_VERBS:
            continue
        if not any(m.dep_ in ("mark", "advmod") and m.lower_ in WHEN_MARKS for m in clause.children):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None or not _names_again(subj, victims):
            continue
        obj = _pulled_over(act) if lemma in PULLING_VERBS else _direct_object(act)
        if obj is not None and obj.pos_ != "PRON":
            return finder.actors_of(obj)
    return []


def _direct_object(verb: Token) -> Token | None:
    """The direct object of ``verb``."""
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _pulled_over(verb: Token) -> Token | None:
    """The one "pulled over": the object of "pull" with the particle "over", or of the
    "over" right after it that the parser read as a preposition ("pulled over a parolee")."""
    for child in verb.children:
        if child.lower_ != "over":
            continue
        if child.dep_ == "prt":
            return _direct_object(verb)
        if child.dep_ == "prep" and child.i == verb.i + 1:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _names_again(subj: Token, victims: Token) -> bool:
    """True when a clause's subject names ``victims`` again: "they", "he" or "she" agreeing in
    number (and sex), or a definite noun phrase of the same number ("the two officers")."""
    if subj.pos_ == "PRON":
        return subj.lower_ in ("he", "she", "they") and _agrees(subj.lower_, victims)
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in subj.children):
        return False
    return _several(subj) == _several(victims)


def _several(noun: Token) -> bool:
    """True for a plural noun or a coordination ("Hege and Dunakin")."""
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)


def _agrees(pronoun: str, noun: Token) -> bool:
    """True when the subject pronoun ``pronoun`` (he/she/they) can stand for ``noun``."""
    if _several(noun) != (pronoun == "they"):
        return False
    return pronoun == "they" or not other_sex(noun, pronoun)
