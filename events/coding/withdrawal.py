"""What is withdrawn decides a withdrawal appeal's code (stage 1, news reading).

The dictionaries code an appeal, demand, promise or refusal to withdraw ("called on X to
withdraw", "demanded the withdrawal of") as the military one: 0256, 1056/106, 0356, 1246.
That holds when troops, forces or weapons are withdrawn (or nothing is named: "urged Y to
withdraw from the border"); when the object is a bill, a candidacy or an envoy the CAMEO
codebook has other codes:

- a policy (bill, law, decree, tax, reform): appeal for policy change 0242, its intent 0342,
  demand 1042, refusal 1232;
- sanctions, an embargo, tariffs: the easing of economic sanctions 0254, 0354, 1054, 1244;
- a diplomat (ambassador, envoy): the plain appeal 020 and demand 100, the threat to reduce
  relations 1313 (the reading of an announced recall) and the plain rejection 120;
- anything else (a candidacy, a complaint, a lawsuit): appeal to yield 025, its intent 035,
  the plain demand 100 (CAMEO's "demand that target yields" 105 is labelled "demand
  mediation" in the event-code table) and refusal to yield 124.

The object's class is read from the dictionaries' synsets (MILITARY, POLICY, SANCTIONS,
DIPLOMAT) plus a few words for weapons and armed men they lack.
"""

from __future__ import annotations

from spacy.tokens import Token

from events.coding.dictionaries import Pattern
from events.coding.text import norm_word

Synsets = dict[str, list[tuple[str, ...]]]

# the military withdrawal codes -> (policy, sanctions, diplomat, other)
WITHDRAWAL_CODES: dict[str, tuple[str, str, str, str]] = {
    "0256": ("0242", "0254", "020", "025"),
    "0356": ("0342", "0354", "1313", "035"),
    "1056": ("1042", "1054", "100", "100"),
    "106": ("1042", "1054", "100", "100"),
    "1246": ("1232", "1244", "120", "124"),
}
WITHDRAW_LEMMAS = frozenset({"withdraw", "withdrawal", "pullout", "pull-out"})
# withdrawn things that are military though no MILITARY member names them; peacekeepers,
# monitors and a mission's staff keep the dictionaries' reading too
ARMED = frozenset(
    """
    weapon arm missile artillery rocket fighter militia militiaman gunman combatant mercenary
    jet ship vessel battery peacekeeper peacekeeping observer inspector monitor staff
    personnel mission
    """.split()
)
# policies the POLICY synset lacks
POLICY_WORDS = frozenset(
    """
    decree legislation regulation ordinance proposal amendment budget directive rule order
    levy hike increase subsidy fee requirement mandate restriction ban
    """.split()
)
CLASSES = (("POLICY", 0), ("SANCTIONS", 1), ("DIPLOMAT", 2))
Phrase = list[tuple[str, str]]


def withdrawn_code(verb: Token, pattern: Pattern | None, code: str | None, synsets: Synsets) -> str | None:
    """``code`` re-read by what ``verb``'s withdrawal (named by ``pattern``) withdraws;
    ``code`` itself when it is no military withdrawal code, the pattern names no withdrawal,
    or the thing withdrawn is military or unnamed (a pronoun, "withdraw from the border")."""
    if code not in WITHDRAWAL_CODES or pattern is None or "WITHDRAW" not in pattern.text.upper():
        return code
    withdrawal = next(
        (t for t in verb.subtree if t.i > verb.i and norm_word(t.lemma_) in WITHDRAW_LEMMAS), None
    )
    thing = withdrawn(withdrawal) if withdrawal is not None else None
    while thing is not None and any(c.dep_ == "conj" for c in thing.children):
        # "the withdrawal of US, British and French staff": the list's last word is its noun
        thing = [c for c in thing.children if c.dep_ == "conj"][-1]
    if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
        return code
    phrase = phrase_forms(thing)
    if phrase[-1][1] in ARMED or phrase[-1][0] in ARMED or _member(phrase, synsets.get("MILITARY", [])):
        return code
    if phrase[-1][1] in POLICY_WORDS:
        return WITHDRAWAL_CODES[code][0]
    for name, column in CLASSES:
        if _member(phrase, synsets.get(name, [])):
            return WITHDRAWAL_CODES[code][column]
    return WITHDRAWAL_CODES[code][3]


def withdrawn(withdrawal: Token) -> Token | None:
    """The thing ``withdrawal`` withdraws: the verb's object ("withdraw the bill"), the
    noun's "of" ("the withdrawal of the tax"); None when none is named."""
    if withdrawal.pos_ == "VERB":
        return next((c for c in withdrawal.children if c.dep_ in ("dobj", "obj")), None)
    for child in withdrawal.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def phrase_forms(head: Token) -> Phrase:
    """(written, lemma) of ``head``'s compounds and adjectives and of ``head``, in order."""
    toks = [c for c in head.lefts if c.dep_ in ("compound", "amod")] + [head]
    return [(norm_word(t.text), norm_word(t.lemma_)) for t in toks]


def _member(phrase: Phrase, members: list[tuple[str, ...]]) -> bool:
    """True when ``phrase`` ends with one of a synset's ``members`` (each word written or
    lemmatised as the member has it)."""
    for member in members:
        n = len(member)
        if n <= len(phrase) and all(w in forms for w, forms in zip(member, phrase[-n:], strict=True)):
            return True
    return False
