"""Which sentences may hold an event, read from the dictionaries and the words alone.

The chain parses only the sentences this module lets through (``events.nlp``), so it must
never say "no" to a sentence the coder would code. The coder codes a sentence only when

* an actor or agent phrase of the dictionaries occurs in it (``actors.find_mentions``: the
  phrase as written, its last word also as its lemma; an acronym in capitals; a local body
  named by its kind, "the city", ``actors.local_body``), or a person
  the entity recogniser finds (when the coder reads people as actors: the pre-pass then
  asks the entity recogniser first), and
* one of its words is a dictionary verb or event noun (a key of the verb forms: a lemma or a
  listed inflection, matched by the written form, the lemma or a regular stem),

or when the draft-evasion rule may fire (``draft``): a draft word ("mobilisation",
"call-up", "military service"), or an evasion or flight word in a paragraph that already
spoke of a draft. The parse decides the rest, so every test here is on word forms, and a
word counts with *every* lemma it might get (whatever its part of speech): the answer is
"maybe" more often than the coder codes, never less.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from events.coding.actors import LOCAL_BODY_NOUNS
from events.coding.dictionaries import Dictionaries, PhraseIndex
from events.coding.draft import DRAFT_NOUNS, DRAFT_VERBS, EVASION_VERBS, FLIGHT_NOUNS, FLIGHT_VERBS
from events.coding.text import norm_word
from events.coding.verbs import stems as _stems

DRAFT_WORDS = DRAFT_NOUNS | DRAFT_VERBS
"""Lemmas that name a call-up ("call-up" and "military service" are checked apart)."""
FLIGHT_WORDS = EVASION_VERBS | FLIGHT_VERBS | FLIGHT_NOUNS | {"leave"}
"""Lemmas of evasion and flight: an event of the draft rule after a draft word."""


def _names_local_body(words: Sequence[str]) -> bool:
    """"the city", "the county" ... (``actors.LOCAL_BODY_NOUNS``) among ``words``: a local
    body the coder may read as an actor (``CoderOptions.local_bodies``)."""
    return any(w.lower() in LOCAL_BODY_NOUNS and words[i - 1].lower() == "the"
               for i, w in enumerate(words) if i > 0)


class Verdict(enum.IntEnum):
    """May a sentence hold an event?"""

    NO = 0
    IF_PERSON = 1  # only if the entity recogniser finds a person in it
    YES = 2


@dataclass(frozen=True, slots=True)
class WordInfo:
    """What one written word may be: a verb or event noun of the dictionaries, the first word
    of actor or agent phrases (the longest such phrase, in words, plus slack; 0 if none),
    a draft word, an evasion or flight word."""

    trigger: bool
    first_of: int
    draft: bool
    flight: bool
    call: bool


class EventWords:
    """The dictionaries' event words and actor phrases, asked about unparsed sentences.

    ``lemmas(word)`` lists every lemma a lower-case word may take (the NLP side knows the
    lemmatizer's tables); the word itself and its regular stems always count. ``persons``:
    the coder reads the people the entity recogniser finds as actors
    (``CoderOptions.person_actors``).
    """

    def __init__(self, dicts: Dictionaries, lemmas: Callable[[str], Iterable[str]], *,
                 persons: bool = True, local_bodies: bool = True):
        self.triggers = frozenset(dicts.verbs.forms)
        self.actors: PhraseIndex[object] = dicts.actors  # type: ignore[assignment]
        self.agents: PhraseIndex[object] = dicts.agents  # type: ignore[assignment]
        self.acronyms: PhraseIndex[object] = dicts.acronyms  # type: ignore[assignment]
        self.persons = persons
        self.local_bodies = local_bodies
        self._lemmas = lemmas
        self.forms = functools.lru_cache(maxsize=200_000)(self._forms)
        self.info = functools.lru_cache(maxsize=200_000)(self._info)

    def _forms(self, text: str) -> frozenset[str]:
        word = norm_word(text)
        return frozenset({word, *(norm_word(x) for x in self._lemmas(word)), *_stems(word)})

    def _info(self, text: str) -> WordInfo:
        forms = self.forms(text)
        first_of = max((index.firsts.get(f, 0) for f in forms
                        for index in (self.actors, self.agents)), default=0)
        return WordInfo(trigger=not self.triggers.isdisjoint(forms), first_of=first_of,
                        draft=not DRAFT_WORDS.isdisjoint(forms),
                        flight=not FLIGHT_WORDS.isdisjoint(forms), call="call" in forms)

    def assess(self, words: Sequence[str], spaces: Sequence[str] | None = None, *,
               after_draft: bool = False) -> tuple[Verdict, bool]:
        """(verdict, has a draft word) for one sentence given as its tokens' texts (and the
        whitespace after each; default one space); ``after_draft``: an earlier sentence of
        the same paragraph has a draft word. The verdict is ``IF_PERSON`` for a sentence
        with an event word whose only possible actors are people the entity recogniser may
        find (when the coder reads them as actors)."""
        infos = [self.info(w) for w in words]
        calls = any(i.call for i in infos)
        lower = {norm_word(w) for w in words} if calls or "service" in words else set()
        draft = any(i.draft for i in infos) or ("up" in lower and calls) \
            or ("service" in lower and "military" in lower)
        if draft or (after_draft and any(i.flight for i in infos)):
            return Verdict.YES, draft
        if not any(i.trigger for i in infos):
            return Verdict.NO, False
        gaps = spaces if spaces is not None else [" "] * len(words)
        if any(self._phrase_at(words, gaps, i, info.first_of)
               for i, info in enumerate(infos) if info.first_of) or \
                any(norm_word(w) in self.acronyms.phrases for w in words if w.isupper()) or \
                (self.local_bodies and _names_local_body(words)):
            return Verdict.YES, False
        return (Verdict.IF_PERSON if self.persons else Verdict.NO), False

    def may_hold_event(self, words: Sequence[str], spaces: Sequence[str] | None = None, *,
                       after_draft: bool = False) -> bool:
        """True unless the coder cannot code the sentence of ``words`` (a person the entity
        recogniser may find counts as an actor when the coder reads people as actors)."""
        return self.assess(words, spaces, after_draft=after_draft)[0] != Verdict.NO

    def _phrase_at(self, words: Sequence[str], spaces: Sequence[str], i: int, limit: int
                   ) -> bool:
        """True when an actor or agent phrase may start at ``words[i]`` (as
        ``actors.find_mentions`` reads phrases: the written words, the last one also as a
        lemma; a whitespace token ends a phrase)."""
        text = ""
        for j in range(i, min(len(words), i + limit)):
            if words[j].isspace():
                return False
            written = norm_word(words[j])
            for last in self.forms(words[j]) | {written}:
                if text + last in self.actors.phrases or text + last in self.agents.phrases:
                    return True
            text += written + (" " if spaces[j] else "")
        return False
