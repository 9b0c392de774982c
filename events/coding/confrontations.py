"""Who did the violence of a police or crime narrative that names the doer only in a clause
beside the act (issue 14, local news).

- :func:`confronted_doers`: "two deputies were shot when they pulled over a parolee", "a
  shop owner was stabbed when he confronted a burglar": an agentless act of violence on
  those who, in its "when / as / while" clause, stopped, confronted or tried to arrest
  someone was done by the one they confronted.
- :func:`defenders_as_targets`: "an officer shot a man who attacked him": the pronoun object
  of a relative clause on the one a violent act hit stands for that act's doer.

Both run per coded verb and test a dependency label or a lemma in a frozenset before any
walk of the parse.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from events.coding.actors import Actor, ActorFinder, pronoun_agrees
from events.coding.parts import VIOLENT_ROOTS, CodedVerb
from events.coding.syntax import direct_object, is_passive, passive_subject, several
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
THREAT_ROOT = "13"
"""Threats: "a man who threatened him with a knife" is aimed at someone too."""
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
"""Object pronouns and the subject form :func:`_agrees` reads."""
AIMED_PREPS = frozenset({"at", "on", "against", "toward", "towards"})
"""Prepositions whose object a violent act is aimed at ("swung a machete at him")."""


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
        obj = _pulled_over(act) if lemma in PULLING_VERBS else direct_object(act)
        if obj is not None and obj.pos_ != "PRON":
            return finder.actors_of(obj)
    return []


def _pulled_over(verb: Token) -> Token | None:
    """The one "pulled over": the object of "pull" with the particle "over", or of the
    "over" right after it that the parser read as a preposition ("pulled over a parolee")."""
    for child in verb.children:
        if child.lower_ != "over":
            continue
        if child.dep_ == "prt":
            return direct_object(verb)
        if child.dep_ == "prep" and child.i == verb.i + 1:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _names_again(subj: Token, victims: Token) -> bool:
    """True when a clause's subject names ``victims`` again: "they", "he" or "she" agreeing in
    number (and sex), or a definite noun phrase of the same number ("the two officers")."""
    if subj.pos_ == "PRON":
        return subj.lower_ in ("he", "she", "they") and pronoun_agrees(subj.lower_, victims)
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in subj.children):
        return False
    return several(subj) == several(victims)


def defenders_as_targets(verbs: list[CodedVerb]) -> None:
    """A violent act or threat (CAMEO 13, 18-20) in a relative clause on the one another
    violent act hit, with no target and a pronoun object ("him", "her", "them"; also "swung a
    machete *at* him"), is aimed at that act's doer when the pronoun agrees with it: "a
    Springfield officer shot a man who attacked him" (the officer), "the homeowner shot an
    intruder who threatened him with a crowbar". Not when the pronoun cannot be the doer
    ("police arrested a man who attacked her": an arrest is no violent act, and "her" is
    someone else)."""
    by_token = {v.tok.i: v for v in verbs}
    for verb in verbs:
        if verb.tok.dep_ != "relcl" or (verb.match.code or "")[:2] not in VIOLENT_ROOTS | {THREAT_ROOT}:
            continue
        if any(c.target for c in verb.cands):
            continue
        pronoun = _object_pronoun(verb.tok)
        if pronoun is None:
            continue
        noun = verb.tok.head
        main = by_token.get(noun.head.i) if noun.dep_ == "dobj" else None
        if main is None or (main.match.code or "")[:2] not in VIOLENT_ROOTS:
            continue
        doer = next(
            (c.source for c in main.cands
             if c.source is not None and c.target is not None and c.target.head == noun.i),
            None,
        )
        if doer is None or not pronoun_agrees(OBJECT_PRONOUNS[pronoun.lower_], verb.tok.doc[doer.head]):
            continue
        verb.cands = [
            dataclasses.replace(c, target=doer, how=f"{c.how} target:relative-defender")
            if c.target is None and (c.source is None or c.source.head != doer.head)
            else c
            for c in verb.cands
        ]


def _object_pronoun(verb: Token) -> Token | None:
    """The "him / her / them" object of ``verb``, or the object of its "at / on / against"
    phrase."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ in OBJECT_PRONOUNS:
            return child
        if child.dep_ == "prep" and child.lower_ in AIMED_PREPS:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lower_ in OBJECT_PRONOUNS:
                return pobj
    return None
