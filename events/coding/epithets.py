"""Countries named again by an epithet: "the kingdom", "the island nation", "the Jewish state".

News names a country once and then by what it is: "Saudi Arabia … the kingdom said",
"Sri Lanka … the island nation's president". An epithet stands for the one country of its
kind the article has named so far (outside quotes): "the kingdom" for the one monarchy
named, "the island nation" for the one island state; with none or two of that kind named,
it names no one. The kinds are facts about the countries (CAMEO codes), not guesses from
the text.

:class:`NamedCountries` is kept by :class:`events.coding.memory.ArticleMemory`: it notes
the countries each sentence names (:meth:`NamedCountries.note`) and adds a mention for each
epithet of a later sentence that resolves (:meth:`NamedCountries.mentions`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from events.coding.actors import ActorFinder, Mention
from events.coding.dictionaries import ActorEntry, CodeOption
from events.coding.words import words_of

KINGDOMS = frozenset(
    "GBR ESP NLD BEL DNK NOR SWE SAU JOR MAR BHR THA KHM BTN SWZ LSO TON".split()
)
"""Countries news calls "the kingdom" (monarchies styled kingdoms)."""
ISLAND_STATES = frozenset(
    """
    JPN LKA TWN CUB PHL IDN MDG ISL IRL NZL SGP MLT CYP MDV MUS SYC FJI JAM HTI DOM BRB TTO
    BHS CPV COM STP PNG SLB VUT WSM TON KIR NRU TUV MHL FSM PLW GRD LCA VCT DMA ATG KNA BHR GBR
    """.split()
)
"""Countries news calls "the island nation" (states on islands)."""
ISLAMIC_REPUBLICS = frozenset({"IRN", "PAK", "AFG", "MRT"})
ISLAND_NOUNS = frozenset({"nation", "state", "country", "republic"})
KINDS: dict[tuple[str, str], frozenset[str]] = {
    ("", "kingdom"): KINGDOMS,
    ("island", "nation"): ISLAND_STATES,
    ("island", "state"): ISLAND_STATES,
    ("island", "country"): ISLAND_STATES,
    ("island", "republic"): ISLAND_STATES,
    ("jewish", "state"): frozenset({"ISR"}),
    ("islamic", "republic"): ISLAMIC_REPUBLICS,
}
"""(modifier, noun) of an epithet -> the countries it may stand for; "" for none."""
NOUNS = frozenset(noun for _, noun in KINDS)
COUNTRY_CODE_LENGTH = 3


@dataclass
class NamedCountries:
    """The countries an article has named so far, outside quotes."""

    named: set[str] = field(default_factory=set)

    def note(self, finder: ActorFinder) -> None:
        """Note the countries named as a whole by the finder's sentence ("Saudi Arabia",
        not "Saudi officials")."""
        for mention in set(finder.by_token.values()):
            if mention.actor is None or mention.agent is not None:
                continue
            code = mention.actor.code_for(finder.when) or ""
            if len(code) == COUNTRY_CODE_LENGTH and code.isalpha() and code.isupper():
                self.named.add(code)

    def mentions(self, sent: Span, mentions: list[Mention], quoted: bool) -> list[Mention]:
        """``mentions`` with one for each definite epithet of :data:`KINDS` no mention covers
        whose kind holds exactly one country named before (quotations excepted)."""
        if not self.named or quoted:
            return mentions
        words = words_of(sent.doc)
        if NOUNS.isdisjoint(words.lemma[sent.start:sent.end]):
            return mentions
        taken = {k for m in mentions for k in range(m.start, m.end)}
        added: list[Mention] = []
        for i in range(sent.start, sent.end):
            if words.lemma[i] not in NOUNS or words.pos[i] not in ("NOUN", "PROPN") or i in taken:
                continue
            tok = sent.doc[i]
            first, kind = _epithet(tok)
            if kind is None:
                continue
            known = kind & self.named
            if len(known) != 1:
                continue
            code = next(iter(known))
            phrase = " ".join(t.lower_ for t in sent.doc[first:i + 1])
            entry = ActorEntry(name=phrase, codes=(CodeOption(code),),
                               where="the country of that kind the article named before")
            added.append(Mention(first, i + 1, entry, None, phrase))
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _epithet(noun: Token) -> tuple[int, frozenset[str] | None]:
    """The first token of the epithet headed by ``noun`` and the countries it may stand
    for, when it is definite ("the kingdom", "the island nation's"), else (0, None)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return 0, None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return 0, None  # "the Kingdom of the Netherlands", "the state of emergency"
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    noun_word = noun.lemma_.lower()
    for mod in mods:
        kind = KINDS.get((mod.lower_, noun_word))
        if kind is not None:
            return mod.i, kind
    if mods:
        return 0, None  # "the United Kingdom", "the Gulf kingdom": named otherwise
    return noun.i, KINDS.get(("", noun_word))
