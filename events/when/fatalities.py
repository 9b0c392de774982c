"""Count the deaths a sentence reports ("killing at least seven civilians" → 7).

Only deaths count: numbers tied to the injured, wounded, arrested, displaced or missing are
ignored. Hedges keep the stated number ("at least seven" → 7, "more than 1,200" → 1200).
Vague counts follow :mod:`events.when.numbers`: "tens" 10, "dozens" 12, "scores" 20,
"hundreds" 100, "thousands" 1000 (ACLED's conservative reading); "several/a few" in front of a
scale word count as two of it ("several hundred deaths" → 200, "a few dozen" → 24);
"several", "many", "a number of" alone give ``None`` (unknown). "No casualties", "no one was
killed", "nobody died" give 0. Several death counts in one sentence are added ("killed seven
civilians and two soldiers" → 9); a death toll ("the death toll rose to 59") is a total and
is not added to the other counts.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from events.stages import stage_failed
from events.when._syntax import path_to
from events.when.numbers import FILLERS, SCALES, UNITS, VAGUE_MULTIPLIERS, VAGUE_PLURALS, Count, parse_count

log = logging.getLogger(__name__)

DEATH_VERBS = frozenset(
    {"kill", "die", "slay", "massacre", "murder", "execute", "assassinate", "behead", "perish",
     "slaughter", "drown", "gun", "shoot dead"}
)  # fmt: skip
_DEAD = DEATH_VERBS | {"dead"}
# what is executed without a death: warrants, orders, plans, deals and moves
EXECUTED_THINGS = frozenset(
    {"warrant", "order", "plan", "contract", "strategy", "trade", "transaction", "deal", "agreement",
     "program", "programme", "operation", "search", "raid", "transfer", "move", "play", "task",
     "project", "policy", "decision", "will", "instruction", "command", "sentence"}
)  # fmt: skip
DEATH_NOUNS = frozenset(
    {"death", "dead", "fatality", "body", "corpse", "victim", "toll", "killing", "life"}
)  # fmt: skip
INJURY_WORDS = frozenset(
    {"injure", "injured", "wound", "wounded", "hurt", "arrest", "detain", "displace",
     "evacuate", "miss", "missing", "abduct", "kidnap", "hospitalize", "hospitalise", "rescue",
     "capture", "flee", "injury", "casualty", "casualties", "evacuee", "prisoner"}
)  # fmt: skip
_SKIP_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})
_NUMBER_WORDS = frozenset(UNITS) | frozenset(SCALES) | frozenset(VAGUE_PLURALS)
_NOT_COUNT = frozenset({"no", "any", "every", "each", "the", "this", "that", "which", "anyone"})
_ZERO = re.compile(
    r"(?i)\b(?:no|without|zero)\s+(?:[\w-]+\s+){0,3}?(?:casualties|deaths|fatalities|dead|victims)\b"
    r"|\b(?:no one|nobody|none)\b(?:\s+\w+){0,3}?\s+(?:killed|died|dead|hurt|injured|harmed)\b"
    r"|\bno (?:lives|life) (?:were|was) lost\b"
)


@dataclass(frozen=True)
class DeathCount:
    """One count tied to a death word: the count, the word it hangs on, whether it is a toll."""

    count: Count
    anchor: Token
    death_word: Token
    is_toll: bool


def _is_number_token(token: Token) -> bool:
    low = token.lower_
    if token.ent_type_ in _SKIP_ENTS:
        return False
    return token.like_num or low in _NUMBER_WORDS or any(p in _NUMBER_WORDS for p in low.split("-"))


def number_phrases(sent: Span) -> list[tuple[Count, Token]]:
    """Counts in ``sent`` with their last number token (the anchor). Never raises."""
    phrases: list[tuple[Count, Token]] = []
    tokens = list(sent)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        previous = tokens[i - 1].lower_ if i else ""
        if not _is_number_token(token) or (token.lower_ == "one" and previous in _NOT_COUNT):
            i += 1
            continue
        start = i
        while start > 0 and (
            tokens[start - 1].lower_ in FILLERS | VAGUE_MULTIPLIERS
            and tokens[start - 1].lower_ not in {"of", "and", "to"}
        ):
            start -= 1
        end = i
        while end + 1 < len(tokens) and (
            _is_number_token(tokens[end + 1])
            or (
                tokens[end + 1].lower_ in {"and", "of"}
                and end + 2 < len(tokens)
                and _is_number_token(tokens[end + 2])
                and tokens[end + 2].lower_ in SCALES | VAGUE_PLURALS
            )
        ):
            end += 1
        words = [t.text for t in tokens[start : end + 1]]
        count = parse_count(words)
        if count is not None and not _is_year_like(tokens[end]):
            phrases.append((count, tokens[end]))
        i = end + 1
    return phrases


def _is_year_like(token: Token) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d{2}", token.text)) and token.dep_ != "nummod"


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _counted_noun(anchor: Token) -> Token:
    node = anchor
    for _ in range(4):
        if node.dep_ in {"nummod", "quantmod", "compound", "amod", "det", "advmod"} and node.head != node:
            node = node.head
        else:
            break
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in {"of"}:
        node = node.head.head
    return node


def _is_toll(noun: Token) -> bool:
    """ "toll", or "number"/"count"/"tally" of the dead ("the number of soldiers killed")."""
    if _lemma(noun) == "toll":
        return True
    if _lemma(noun) in {"number", "count", "tally", "total"}:
        return any(
            _lemma(t) in DEATH_VERBS | {"dead", "death", "fatality", "victim"}
            for t in noun.subtree
            if t is not noun
        )
    return False


def _named_victims(sent: Span) -> list[DeathCount]:
    """People killed by name ("a car bomb killed Darya Dugina") count one each."""
    found: list[DeathCount] = []
    for token in sent:
        if _lemma(token) not in {"kill", "assassinate", "murder", "execute", "slay"}:
            continue
        for child in token.children:
            passive = child.dep_ == "nsubjpass"
            if (child.dep_ == "dobj" or passive) and child.ent_type_ == "PERSON":
                people = [child, *(c for c in child.conjuncts if c.ent_type_ == "PERSON")]
                count = Count(value=len(people), vague=False, text=child.text)
                found.append(DeathCount(count, child, token, False))
    return found


def _death_link(noun: Token) -> tuple[Token, bool] | None:
    """The death word ``noun`` is counted by, and whether it is a toll; None when no link."""
    if _lemma(noun) in INJURY_WORDS or noun.lower_ in INJURY_WORDS:
        return None
    for child in noun.children:
        if child.lower_ in INJURY_WORDS or _lemma(child) in INJURY_WORDS:
            if child.dep_ in {"amod", "acl", "relcl"}:
                return None
    if _lemma(noun) in {"death", "dead", "fatality", "body", "corpse"}:
        return noun, False
    for child in noun.children:
        if child.dep_ in {"amod", "acl", "relcl", "acomp", "oprd"} and _lemma(child) in _DEAD:
            return child, False
    # "of" pattern: "dozens of people were killed" → climb from the pobj to the head count.
    node = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head != noun.head:
        node = noun.head.head
    head = node.head
    dep = node.dep_
    head_lemma = _lemma(head)
    if dep in {"dobj", "nsubjpass", "nsubj", "appos"} and head_lemma in DEATH_VERBS:
        if head_lemma == "execute" and _lemma(node) in EXECUTED_THINGS:
            return None  # "police executed two search warrants": no one died
        return head, False
    if dep == "dobj" and head_lemma in {"claim", "cost", "take", "lose"} and _lemma(node) == "life":
        return head, False
    if dep in {"nsubj", "nsubjpass"}:
        for sibling in head.children:
            if sibling.dep_ in {"acomp", "oprd", "xcomp", "attr"} and _lemma(sibling) in _DEAD:
                return sibling, False
    if dep == "dobj" and head_lemma in {"leave"}:
        for sibling in head.children:
            resultative = {"oprd", "ccomp", "xcomp", "acomp", "amod"}
            if sibling.dep_ in resultative and _lemma(sibling) in {"dead", "kill"}:
                return sibling, False
    # "24 civilians were among the dead"
    if dep == "nsubj" and head_lemma == "be":
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "among":
                if any(_lemma(o) in {"dead", "victim", "kill"} for o in prep.children):
                    return prep, False
    # Tolls: "the death toll rose to 100", "the toll stood at 59", "a death toll of 49",
    # "the number of soldiers killed had risen to 105".
    if dep == "pobj" and head.lower_ in {"to", "at", "of"}:
        governor = head.head
        if _is_toll(governor):
            return governor, True
        if head.lower_ in {"to", "at"}:
            for subject in governor.children:
                if subject.dep_ in {"nsubj", "nsubjpass"} and _is_toll(subject):
                    return subject, True
    if dep in {"attr", "dobj"}:
        for subject in head.children:
            if subject.dep_ in {"nsubj", "nsubjpass"} and _is_toll(subject):
                return subject, True
    if dep == "conj" and node.head != node:
        return _death_link(node.head)
    return None


def _near_death_word(anchor: Token, sent: Span) -> Token | None:
    """Fallback: a death word right after the count ("seven dead", "7 killed")."""
    for token in sent.doc[anchor.i + 1 : min(anchor.i + 4, sent.end)]:
        if _lemma(token) in INJURY_WORDS or token.lower_ in INJURY_WORDS or token.is_punct:
            return None
        if _lemma(token) in DEATH_VERBS | {"dead", "death", "fatality"}:
            return token
    return None


def death_counts(sent: Span) -> list[DeathCount]:
    """Every count in ``sent`` that is tied to a death word."""
    found: list[DeathCount] = []
    for count, anchor in number_phrases(sent):
        noun = _counted_noun(anchor)
        link = _death_link(noun)
        if link is None and anchor is not noun:
            link = _death_link(anchor)
        if link is None:
            word = _near_death_word(anchor, sent)
            link = (word, False) if word is not None else None
        if link is not None:
            found.append(DeathCount(count, anchor, link[0], link[1]))
    return found


def _total(counts: list[DeathCount]) -> int:
    tolls = [c.count.value for c in counts if c.is_toll]
    others = sum(c.count.value for c in counts if not c.is_toll)
    return max([others, *tolls])


def extract_fatalities(sent: Span, *, action: Token | None = None) -> int | None:
    """Deaths reported in ``sent`` (persons), 0 for "no casualties", None when none is stated.

    With ``action`` the counts tied to that verb or its clauses ("shelled …, killing seven")
    are preferred over counts elsewhere in the sentence. A failure is handed to the
    stage-error hook (:func:`events.stages.stage_failed`), which raises only when set to.
    """
    try:
        counts = death_counts(sent) or _named_victims(sent)
        if counts and action is not None:
            near = [c for c in counts if path_to(c.death_word, action) or path_to(action, c.death_word)]
            counts = near or counts
        if counts:
            return _total(counts)
        if _ZERO.search(sent.text):
            return 0
    except Exception as err:  # noqa: BLE001 - the toll stage must not stop the article
        stage_failed("fatalities", err, where=f"sentence at {sent.start_char}")
    return None
