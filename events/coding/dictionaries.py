"""Compact in-memory forms of the PETRARCH-2 dictionaries.

Four kinds of dictionary feed the coder:

* verbs (:class:`VerbDictionary`): verb blocks with their forms and patterns, and synsets;
* actors (:class:`ActorEntry` in a :class:`PhraseIndex`): names with CAMEO codes that may be
  restricted to a date range;
* agents (:class:`AgentEntry`): role words such as ``police`` (``~COP``) that combine with
  an actor's country code;
* discards (:class:`PhraseIndex` of booleans): phrases that void a sentence (or a story).

A :class:`PhraseIndex` keys every phrase by its normal form (see :mod:`events.coding.text`)
and remembers which first tokens start a phrase and how long such phrases get, so the
coder scans a sentence with a few dictionary look-ups per token.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from events.cameo import split_actor_code
from events.coding.nesting import Transformation
from events.coding.text import first_key, phrase_tokens

V = TypeVar("V")

NULL_CODES = frozenset({"---", ""})


@dataclass(frozen=True, slots=True)
class CodeOption:
    """One ``[CODE date-restriction]`` item of an actor entry (dates inclusive)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def restricted(self) -> bool:
        """True when the code only holds within a date range."""
        return self.start is not None or self.end is not None

    def holds_on(self, when: dt.date) -> bool:
        """True when ``when`` falls in this option's date range."""
        if self.start is not None and when < self.start:
            return False
        return not (self.end is not None and when > self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """An actor: its primary name, its code options and where it was defined."""

    name: str
    codes: tuple[CodeOption, ...]
    where: str

    def code_for(self, when: dt.date | None) -> str | None:
        """The code that holds on ``when``.

        With a date: the first restricted option whose range holds, else the first
        unrestricted option, else None. Without a date: the first unrestricted option,
        else the last option listed (the most recent, by dictionary convention).
        """
        unrestricted = next((c.code for c in self.codes if not c.restricted), None)
        if when is not None:
            for option in self.codes:
                if option.restricted and option.holds_on(when):
                    return option.code
            return unrestricted
        if unrestricted is not None:
            return unrestricted
        return self.codes[-1].code if self.codes else None


@dataclass(frozen=True, slots=True)
class AgentEntry:
    """An agent (role) such as ``POLICE [~COP]``: ``prefix`` goes before the country
    code (``NGO~`` gives ``NGOARN``), ``suffix`` after it (``~COP`` gives ``ARNCOP``)."""

    name: str
    prefix: str
    suffix: str
    where: str

    @property
    def code(self) -> str:
        """The agent code as written, e.g. ``~COP`` or ``NGO~``."""
        return f"{self.prefix}~{self.suffix}"


class PhraseIndex(Generic[V]):
    """Phrases in normal form mapped to values, with a first-token index for scanning."""

    __slots__ = ("phrases", "firsts")

    def __init__(self) -> None:
        self.phrases: dict[str, V] = {}
        self.firsts: dict[str, int] = {}  # first token -> max tokens of phrases starting with it

    def add(self, phrase: str, value: V, *, overwrite: bool = False) -> None:
        """Add ``phrase`` (already in normal form); the first definition wins unless
        ``overwrite``."""
        if not phrase:
            return
        if overwrite or phrase not in self.phrases:
            self.phrases[phrase] = value
        key = first_key(phrase)
        # spaCy may split a little more than our rough tokenizer ('s, periods): add slack.
        length = len(phrase_tokens(phrase)) + 2
        if self.firsts.get(key, 0) < length:
            self.firsts[key] = length

    def update(self, other: PhraseIndex[V]) -> None:
        """Add every phrase of ``other`` (earlier definitions win)."""
        for phrase, value in other.phrases.items():
            self.add(phrase, value)

    def __len__(self) -> int:
        return len(self.phrases)

    def __contains__(self, phrase: object) -> bool:
        return phrase in self.phrases

    def get(self, phrase: str) -> V | None:
        """The value of ``phrase`` or None."""
        return self.phrases.get(phrase)

    def items(self) -> Iterator[tuple[str, V]]:
        """Iterate over (phrase, value)."""
        return iter(self.phrases.items())


# ----------------------------------------------------------------- verbs


@dataclass(frozen=True, slots=True)
class Element:
    """One element of a verb pattern.

    ``kind`` is ``word`` (``value`` a lower-case word), ``syn`` (``value`` a synset name),
    ``source`` (``$``), ``target`` (``+``), ``compound`` (``%``) or ``skip`` (``^``).
    ``joined`` is True when ``_`` ties it to the element before it (must be adjacent).
    """

    kind: str
    value: str = ""
    joined: bool = False


@dataclass(frozen=True, slots=True)
class Pattern:
    """``- pre * post [code]``: elements before and after the verb (``*``).

    ``code``/``reverse`` are the paired codes of ``[032:033]`` (None when absent or
    ``---``); ``verb_joined_pre``/``verb_joined_post`` tell whether ``_`` ties the verb to
    its neighbour element.
    """

    pre: tuple[Element, ...]
    post: tuple[Element, ...]
    code: str | None
    reverse: str | None
    text: str
    where: str
    verb_joined_pre: bool = False
    verb_joined_post: bool = False

    @property
    def specificity(self) -> int:
        """Number of word and synset elements (more specific patterns win)."""
        return sum(1 for e in self.pre + self.post if e.kind in ("word", "syn"))


NOUN_BLOCK_SUFFIX = "_NOUN"
ADJECTIVE_BLOCK_SUFFIX = "_ADJ"


@dataclass(slots=True)
class VerbBlock:
    """A ``--- NAME [code] ---`` block: its default code(s) and patterns.

    A block whose name ends in ``_NOUN`` (``--- MOBILIZATION_NOUN [154] ---``) lists event
    *nouns* ("mobilization", "clashes", "talks"): the coder matches its words on nouns, the
    other blocks' words on verbs only. A block whose name ends in ``_ADJ``
    (``--- GRATITUDE_ADJ [051] ---``) lists adjectives of a predicate ("is *grateful* to X",
    "said he was *optimistic*"), matched on predicative adjectives only. The file stays in
    the PETRARCH-2 format (an old reader sees one more verb block).
    """

    name: str
    code: str | None
    reverse: str | None
    where: str
    patterns: list[Pattern] = field(default_factory=list)
    # (read once from the name: the coder asks of every coded verb)
    is_noun: bool = field(init=False, repr=False, compare=False)
    """True for a block of event nouns (name ending in ``_NOUN``)."""
    is_adjective: bool = field(init=False, repr=False, compare=False)
    """True for a block of predicate adjectives (name ending in ``_ADJ``)."""

    def __post_init__(self) -> None:
        self.is_noun = self.name.upper().endswith(NOUN_BLOCK_SUFFIX)
        self.is_adjective = self.name.upper().endswith(ADJECTIVE_BLOCK_SUFFIX)


@dataclass(frozen=True, slots=True)
class VerbForm:
    """One verb of a block: ``verb`` (lemma, lower case) with the words that must precede
    (``pre``) or follow (``post``) it for a multi-word verb such as ``CORDON_OFF``, and an
    own code when the form line had one."""

    verb: str
    pre: tuple[str, ...]
    post: tuple[str, ...]
    block: VerbBlock
    code: str | None
    reverse: str | None
    has_own_code: bool
    where: str

    @property
    def length(self) -> int:
        """Words in the verb phrase (multi-word verbs are tried first)."""
        return 1 + len(self.pre) + len(self.post)


@dataclass(slots=True)
class VerbDictionary:
    """Verb forms indexed by their verb word (lemma and listed inflections) and synsets.

    ``synsets`` maps a name (``CURRENCY``, without ``&``) to member phrases, each a tuple of
    lower-case words (nested synsets already expanded).
    """

    forms: dict[str, list[VerbForm]] = field(default_factory=dict)
    synsets: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    blocks: list[VerbBlock] = field(default_factory=list)
    transformations: list[Transformation] = field(default_factory=list)

    def add_form(self, key: str, form: VerbForm) -> None:
        """Index ``form`` under the word ``key`` (longest forms first)."""
        bucket = self.forms.setdefault(key, [])
        if form not in bucket:
            bucket.append(form)
            bucket.sort(key=lambda f: -f.length)

    def update(self, other: VerbDictionary) -> None:
        """Merge another verb dictionary into this one."""
        for key, forms in other.forms.items():
            for form in forms:
                self.add_form(key, form)
        for name, members in other.synsets.items():
            self.synsets.setdefault(name, []).extend(members)
        self.blocks.extend(other.blocks)
        self.transformations.extend(other.transformations)

    def verb_code(self, word: str) -> str | None:
        """The code of the dictionary verb ``word`` (a transformation's verb name)."""
        for form in self.forms.get(word.lower(), ()):
            if not form.pre and not form.post and form.code is not None:
                return form.code
        return None

    @property
    def pattern_count(self) -> int:
        """Number of patterns over all blocks."""
        return sum(len(b.patterns) for b in self.blocks)


@dataclass(slots=True)
class Dictionaries:
    """Everything the coder needs. ``files`` lists the files read, ``warnings`` the
    ``file:line: message`` notes about syntax that was skipped."""

    verbs: VerbDictionary
    actors: PhraseIndex[ActorEntry]
    agents: PhraseIndex[AgentEntry]
    discards: PhraseIndex[bool]  # value True: story-level discard
    files: tuple[str, ...] = ()
    warnings: list[str] = field(default_factory=list)
    acronyms: PhraseIndex[ActorEntry] = field(default_factory=PhraseIndex)
    """Actors named by an all-capital acronym that is also a common word ("US", "ICE"):
    matched only where written in capitals (``*.acronyms.txt``, actor format)."""

    def organisation_names(self) -> list[str]:
        """Names (normal form: upper case, "_" between words) of the actors that are
        organisations or groups, never places: international and non-governmental bodies,
        rebels, parties, insurgents, unaligned armed forces (a type of
        :data:`ORGANISATION_TYPES`). The geoparser takes none of them for a town that bears
        it only in another language ("Hamas" is a Lithuanian name of Hamm)."""
        return [phrase for phrase, entry in self.actors.phrases.items()
                if any(_organisation(option.code) for option in entry.codes)]

    def summary(self) -> str:
        """One line with the sizes of the four dictionaries."""
        return (
            f"{len(self.verbs.blocks)} verb blocks, {self.verbs.pattern_count} patterns, "
            f"{len(self.verbs.synsets)} synsets, {len(self.actors)} actor names, "
            f"{len(self.agents)} agent names, {len(self.discards)} discards, "
            f"{len(self.acronyms)} acronyms"
        )


ORGANISATION_TYPES = frozenset({"IGO", "NGO", "REB", "PTY", "INS", "UAF", "SEP", "RAD", "MNC"})
"""CAMEO actor types of organisations and groups (the actor codebook's type blocks)."""


def _organisation(code: str) -> bool:
    parts = split_actor_code(code)
    return bool({parts.type1_code, parts.type2_code} & ORGANISATION_TYPES)
