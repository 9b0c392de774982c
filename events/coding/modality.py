"""Stage 2, modality: how a matched verb's act is stated, and what that does to its code.

* A negated verb becomes its rejection, as PETRARCH-2 codes it ("did not provide aid" ->
  12x); "failed / refused to Z" and "will not Z" reject Z (:func:`nesting.refusal`). A
  negated verb with no negative code is no event. A pattern that spells out the negation
  keeps its own code.
* "X said Y must Z" is a demand (CAMEO 10).
* An act announced for the future ("will give", "would allow", "may halt", "is ready
  to send") is coded as the intent or threat to do it (:func:`nesting.future`).

With ``options.modality`` off (PETRARCH-2's reading) only plain negation is read.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from events.coding import nesting
from events.coding.dictionaries import Dictionaries, Pattern
from events.coding.options import CoderOptions
from events.coding.parts import Match, is_statement
from events.coding.syntax import negated

NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without", "refuse", "fail"})
FAIL_VERBS = frozenset({"fail", "refuse", "decline"})
FUTURE_AUX = frozenset({"will", "'ll", "shall", "would", "'d", "may"})
# "X is ready to send troops": adjectives that announce the act of their clause
INTENT_ADJECTIVES = frozenset({"ready", "willing", "prepared", "determined", "eager", "poised"})
DEMAND_CODE = "100"


class ModalityReader:
    """Reads negation, refusal, obligation and announcement on matched verbs."""

    def __init__(self, dicts: Dictionaries, options: CoderOptions):
        self.dicts = dicts
        self.options = options

    def read(self, tok: Token, match: Match, noun: bool = False) -> Match | None:
        """``match`` with the code its modality gives (None: no event, e.g. a negated act
        with no negative code, or a form with no code at all)."""
        code, reverse, demand = match.code, match.reverse, False
        modal = self.options.modality and not noun
        failed = modal and is_failed(tok)
        if (
            not noun
            and (failed or negated(tok))
            and (match.pattern is None or not self._mentions_negation(match.pattern))
        ):
            # PETRARCH-2: a negated event becomes its rejection ("not provide aid" -> 12x)
            negative = nesting.negate(code) if code is not None else None
            refused = failed or (modal and any(c.dep_ == "neg" for c in tok.children))
            if negative is None and refused and code is not None:
                # "will not accept refugees", "failed to reach an agreement"
                negative = nesting.refusal(code)
            if negative is None:
                return None
            code, reverse = negative, None
        elif (
            modal
            and is_statement(code, match.form)
            and any(c.dep_ == "ccomp" and must(c) for c in tok.children)
        ):
            # "X said Y must do Z": a demand (CAMEO 10), combined with Z when Z is coded
            code, reverse, demand = DEMAND_CODE, None, True
        elif modal and code is not None and announced(tok):
            future = nesting.future(code)
            if future is not None:
                code, reverse = future, None
        if code is None and reverse is None:
            return None
        return dataclasses.replace(match, code=code, reverse=reverse, demand=demand)

    def _mentions_negation(self, pattern: Pattern) -> bool:
        """True when a pattern spells out a negation ("- NOT * …", a synset of refusals)."""
        for element in pattern.pre + pattern.post:
            if element.kind == "word" and element.value in NEGATIONS:
                return True
            if element.kind == "syn":
                for member in self.dicts.verbs.synsets.get(element.value, ()):
                    if any(w in NEGATIONS for w in member):
                        return True
        return False


def is_failed(verb: Token) -> bool:
    """True when ``verb`` is the infinitive of "fail / refuse / decline to" ("failed to
    reach an agreement")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ in FAIL_VERBS and verb.head is not verb


def must(clause: Token) -> bool:
    """True when a complement clause is an obligation ("that Iraq must cooperate", "Y has
    to go")."""
    for child in clause.children:
        if child.dep_ == "aux" and child.lower_ in ("must", "should"):
            return True
        if (
            child.dep_ == "xcomp"
            and clause.lemma_ == "have"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ):
            return True
    return False


def announced(verb: Token) -> bool:
    """True when ``verb`` is announced rather than done: a future or conditional auxiliary
    ("will give", "would allow", "may halt"), "is going to", or an infinitive of "ready /
    willing / prepared to" (also through one governing infinitive: "will continue to
    send"); not a passive or a perfect ("would have sent")."""
    tok = verb
    for _ in range(3):
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if any(c.dep_ == "auxpass" or c.lemma_ == "have" for c in auxes):
            return False
        if any(c.lower_ in FUTURE_AUX for c in auxes):
            return True
        if tok.dep_ != "xcomp" or tok.head is tok:
            return False
        head = tok.head
        if head.lemma_ == "go" and head.tag_ == "VBG" or head.lower_ in INTENT_ADJECTIVES:
            return True
        if head.pos_ not in ("VERB", "AUX"):
            return False
        tok = head
    return False
