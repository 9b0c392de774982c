"""Defendants named as such by their own sentence: criminals (CRM), not civilians (CVL).

Crime news rarely calls a defendant "the suspect"; it says who they are and what the law
holds against them: "a couple *accused of* swindling pensioners", "a man *who pleaded
guilty to* burglary", "a woman *charged with* arson was freed on bail", "the driver was
sentenced *after pleading guilty*". The person's words give a civilian (``---CVL``, a
person's name); the clause that accuses or convicts them says they are a defendant, which
CAMEO codes CRM. :func:`accused` reads that clause on the phrase's head, once per actor
(:meth:`events.coding.actors.ActorFinder.actor_of` caches it):

* a clause on the head itself (a participle or relative clause): accused, charged,
  suspected, convicted, indicted, sentenced, arraigned, wanted or found guilty, or a plea
  of guilty, not guilty or no contest; or such a participle before it ("the accused man",
  "a convicted fraudster");
* the head as the one such a verb acts on: the subject of its passive ("was charged with",
  "has been convicted of") or of a plea ("pleaded guilty"), the object of its active
  ("detectives charged a woman"), also through a clause the head's verb coordinates or
  leads without a subject of its own ("was arrested and charged", "was sentenced after
  pleading guilty").

Only a civilian as such (``---CVL``, ``USACVL``), never an actor with another role too.
Not when the head's own verb clears them (acquitted, cleared, exonerated, charges
dismissed or dropped against them, a conviction overturned): whom the law lets go is no
longer held for a crime.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from events.coding.words import words_of
from events.nlp import doc_memo

ACCUSING = frozenset("accuse charge suspect convict indict sentence arraign want".split())
"""Verbs by which the law (or the news for it) holds someone for a crime ("wanted": by the
police, as a participle or a passive: "a man wanted for robbery")."""
ATTRIBUTES = frozenset("accuse convict indict charge".split())
"""Participles that hold the noun they modify for a crime ("the accused man", "a convicted
fraudster"); not "alleged" ("the alleged victim")."""
FINDING = "find"
"""Found guilty: a conviction ("two men found guilty of smuggling")."""
COURT = frozenset("charge convict indict sentence arraign".split())
"""Of those, the verbs of prosecutors and courts, whose object is a defendant ("detectives
charged a man"); one accuses or suspects anyone ("Amnesty accused the army")."""
PLEA = "plead"
PLEA_WORDS = frozenset({"guilty", "contest"})
"""What a plea holds ("pleaded guilty", "pleaded not guilty", "pleaded no contest")."""
CLEARING = frozenset(
    "acquit clear exonerate dismiss drop overturn reverse vacate quash pardon withdraw".split()
)
"""Verbs by which a defendant is let go: the sentence's own verb on the head."""
MODIFYING_DEPS = frozenset({"acl", "relcl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
LINKED_DEPS = frozenset({"conj", "advcl", "xcomp"})
"""Clauses of the head's verb that share its subject when they have none of their own."""


def accused(head: Token) -> bool:
    """True when ``head``'s own sentence accuses or convicts the one it names (see the
    module docstring)."""
    if not doc_memo(head.doc, HOLDING_KEY, _may_hold):
        return False  # (most documents have no word that could: the cheapest test first)
    while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # "A and B were charged": what holds the first holds both
    verb = _governor(head)
    if verb is not None and verb.lemma_.lower() in CLEARING:
        return False
    for child in head.children:
        if child.dep_ in MODIFYING_DEPS and _holds(child, relative=child.dep_ == "relcl"):
            return True
        if child.dep_ == "amod" and child.i < head.i and child.lemma_.lower() in ATTRIBUTES:
            return True
    if verb is None:
        return False
    if head.dep_ in SUBJECT_DEPS:
        shared = head.dep_ == "nsubjpass"  # "was arrested and charged": one "was" for both
        return _holds_subject(verb, passive=head.dep_ == "nsubjpass") or any(
            _holds_subject(c, passive=_passive(c) or (c.dep_ == "conj" and c.tag_ == "VBN" and shared))
            for c in verb.children
            if c.dep_ in LINKED_DEPS and c.pos_ in ("VERB", "AUX") and not _own_subject(c)
        )
    return head.dep_ == "dobj" and verb.lemma_.lower() in COURT


HOLDING_KEY = "events.coding.may-hold"
HOLDING_WORDS = ACCUSING | ATTRIBUTES | COURT | {PLEA, "guilty"}
"""The lemmas one of which a document holds when :func:`accused` may be true of a word of
it (a finding holds one only with "guilty")."""


def _may_hold(doc: Doc) -> bool:
    """True when ``doc`` has a word of :data:`HOLDING_WORDS`."""
    return not HOLDING_WORDS.isdisjoint(words_of(doc).lemma)


COURT_HELD = frozenset("arraign indict sentence convict".split())
"""Verbs whose passive subject or object is always a person: a court's or grand jury's."""
CHARGING = frozenset({"charge", "accuse"})
CHARGE_PREPS = frozenset({"with", "of", "over"})
"""What a charge names ("charged with arson", "accused of theft", "charged over a crash"):
without it, "a fee was charged" charges no one."""
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})


def age_nominal(head: Token) -> bool:
    """True for a person named by age alone, as crime news names suspects and victims
    ("the 17-year-old was arrested", "police charged a 41-year-old"): the hyphenated
    "old" heading a noun phrase, not an adjective ("a 50-year-old tradition", "he is 17
    years old")."""
    return (
        head.lower_ == "old"
        and head.dep_ in NOMINAL_DEPS
        and head.i > 0
        and head.doc[head.i - 1].text == "-"
        and any(c.dep_ == "npadvmod" and c.lower_ in ("year", "month") for c in head.children)
    )


def held_by_court(head: Token) -> bool:
    """True when ``head``, a common noun, names the one a court or prosecutor holds for a
    crime ("a Tacoma roofer was arraigned", "a grand jury indicted a former nursing
    assistant", "a plumber charged with fraud"): such a noun is a person even where no
    dictionary knows it. Only the verbs of courts (:data:`COURT_HELD`), a charge or
    accusation naming the crime (:data:`CHARGE_PREPS`), a plea or a guilty finding, on
    top of :func:`accused`."""
    if head.pos_ != "NOUN" or head.ent_type_ or not accused(head):
        return False
    if head.dep_ == "pobj" and head.head.lower_ != "against":
        return False  # a headline's misparse: "Driver with kayak charged" charges no kayak
    # a clause on the noun with a subject of its own is about someone else ("the years
    # in which she was charged twice")
    clauses = [c for c in head.children if c.dep_ in MODIFYING_DEPS and not _other_subject(c)]
    verb = _governor(head)
    if verb is not None and head.dep_ != "pobj":
        clauses += [verb, *(c for c in verb.children if c.dep_ in LINKED_DEPS and not _own_subject(c))]
    return any(_a_court_verb(v) for v in clauses)


def _a_court_verb(verb: Token) -> bool:
    """True for a verb of :func:`held_by_court`."""
    lemma = verb.lemma_.lower()
    if lemma in COURT_HELD:
        return True
    if lemma in CHARGING:
        return any(c.dep_ == "prep" and c.lower_ in CHARGE_PREPS for c in verb.children)
    if lemma == PLEA:
        return _a_plea(verb)
    return lemma == FINDING and _guilty(verb)


def _other_subject(clause: Token) -> bool:
    """True when ``clause`` has a subject that is no relative pronoun ("where *he* was
    accused"; not "who was charged")."""
    return any(c.dep_ in SUBJECT_DEPS and c.tag_ not in ("WP", "WDT") for c in clause.children)


def _governor(head: Token) -> Token | None:
    """The verb whose subject or object ``head`` is, or whose "against" phrase holds it
    ("charges against a man were dropped")."""
    if head.dep_ in SUBJECT_DEPS or head.dep_ == "dobj":
        return head.head if head.head.pos_ in ("VERB", "AUX") else None
    if head.dep_ == "pobj" and head.head.lower_ == "against":
        noun = head.head.head
        verb = noun.head if noun.pos_ == "NOUN" else noun
        return verb if verb.pos_ in ("VERB", "AUX") else None
    return None


def _holds(clause: Token, *, relative: bool) -> bool:
    """True for a clause on a noun that accuses or convicts it: a passive participle
    ("accused of", "who was charged with") or a plea ("who pleaded guilty")."""
    lemma = clause.lemma_.lower()
    if lemma == PLEA:
        return _a_plea(clause)
    if lemma == FINDING:
        return _guilty(clause) and (clause.tag_ == "VBN" or _passive(clause))
    if lemma not in ACCUSING:
        return False
    if relative:
        return _passive(clause)
    return clause.tag_ == "VBN"


def _holds_subject(verb: Token, *, passive: bool) -> bool:
    """True when ``verb`` holds its subject for a crime: a passive accusing verb, a plea."""
    lemma = verb.lemma_.lower()
    if lemma == PLEA:
        return not passive and _a_plea(verb)
    if lemma == FINDING:
        return passive and _guilty(verb)
    return passive and lemma in ACCUSING


def _a_plea(verb: Token) -> bool:
    """True for "pleaded guilty", "pleaded not guilty", "pleaded no contest"."""
    return any(t.lower_ in PLEA_WORDS for t in verb.subtree if t.i > verb.i and t.i - verb.i <= 3)


def _guilty(verb: Token) -> bool:
    """True for "found guilty" (not "found not guilty", an acquittal)."""
    guilty = next((c for c in verb.children if c.lower_ == "guilty"), None)
    return guilty is not None and not any(c.dep_ == "neg" for c in guilty.children) and not any(
        c.dep_ == "neg" for c in verb.children
    )


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children)
