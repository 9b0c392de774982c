"""Faster stand-ins for the model's attribute ruler and lemmatizer, with the same rules and
the same results (``tests/test_fastpipes.py`` checks them token by token).

Both are Python loops over every token in spaCy, and together they cost about a fifth of
``en_core_web_sm``'s time. Their output depends only on a few token attributes, so these
versions read those attributes as arrays, work out each distinct combination once (with the
model's own rules and code) and write the results back as arrays:

* attribute ruler: a one-token rule fires on a token according to its TAG, LOWER, DEP and
  IS_SPACE alone; the rules that fire on each combination are found once, and the few
  multi-token rules run on a small Matcher of their own. The rules are then applied in the
  ruler's order (its rule index), through the ruler's own ``set_annotations``.
* lemmatizer (rule mode): a lemma depends on the token's text, part of speech and morphology
  only; each combination is lemmatized once by the model's lemmatizer.

:func:`install` swaps them in when the model's rules are of the supported kinds; otherwise
it leaves the pipeline as it is.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

log = logging.getLogger(__name__)

RULER_FACTORY = "events_fast_attribute_ruler"
LEMMATIZER_FACTORY = "events_fast_lemmatizer"
KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
"""Token attributes the one-token rules may test."""


def _test(condition: Any, value: Any) -> bool:
    """One attribute condition of a Matcher token pattern (a value, IN, NOT_IN or REGEX)."""
    if not isinstance(condition, dict):
        return bool(value == condition)
    for op, arg in condition.items():
        if op == "IN" and value not in arg:
            return False
        if op == "NOT_IN" and value in arg:
            return False
        if op == "REGEX" and re.search(arg, value) is None:
            return False
    return True


def _supported(pattern: dict[str, Any]) -> bool:
    return all(k in KEYS and (not isinstance(v, dict) or set(v) <= {"IN", "NOT_IN", "REGEX"})
               for k, v in pattern.items())


class FastAttributeRuler:
    """The model's attribute ruler without its Matcher pass over every rule at every token."""

    def __init__(self, ruler: Any):
        self.ruler = ruler
        self.vocab = ruler.vocab
        Rule = tuple[int, dict[str, Any]]
        self.by_shape: list[Rule] = []  # rules not testing the word: by (TAG, DEP, IS_SPACE)
        self.by_word: dict[str, list[Rule]] = {}  # rules naming the word (LOWER = or IN)
        self.odd: list[Rule] = []  # rules testing the word otherwise (REGEX, NOT_IN)
        self.multi = Matcher(self.vocab, validate=False)
        self.cache: dict[tuple[int, int, int, int], tuple[int, ...]] = {}
        self.shape_cache: dict[tuple[int, int, int], set[int]] = {}
        for attr_id, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if len(pattern) > 1:
                    self.multi.add(str(attr_id), [pattern])
                    continue
                rule, lower = (attr_id, pattern[0]), pattern[0].get("LOWER")
                if lower is None:
                    self.by_shape.append(rule)
                elif isinstance(lower, str) or set(lower) == {"IN"}:
                    for word in [lower] if isinstance(lower, str) else lower["IN"]:
                        self.by_word.setdefault(word, []).append(rule)
                else:
                    self.odd.append(rule)
        self.match_ids = [self.vocab.strings.add(str(i)) for i in range(len(ruler.patterns))]

    @classmethod
    def supports(cls, ruler: Any) -> bool:
        """True when every rule of ``ruler`` is of a kind this class reproduces."""
        return all(isinstance(p, list) and all(_supported(t) for t in p)
                   for entry in ruler.patterns for p in entry["patterns"])

    def _fires(self, key: tuple[int, int, int, int]) -> tuple[int, ...]:
        """Index of every one-token rule that fires on a token with these TAG, LOWER, DEP and
        IS_SPACE values, in the ruler's order."""
        strings = self.vocab.strings
        values: dict[str, Any] = {"TAG": strings[key[0]] if key[0] else "",
                  "LOWER": strings[key[1]] if key[1] else "",
                  "DEP": strings[key[2]] if key[2] else "", "IS_SPACE": bool(key[3])}

        def fired(rules: Iterable[tuple[int, dict[str, Any]]]) -> set[int]:
            return {i for i, pattern in rules
                    if all(_test(c, values[k]) for k, c in pattern.items())}

        shape = (key[0], key[2], key[3])
        general = self.shape_cache.get(shape)
        if general is None:
            general = self.shape_cache[shape] = fired(self.by_shape)
        return tuple(sorted(general | fired(self.by_word.get(values["LOWER"], ()))
                            | fired(self.odd)))

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        keys = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        ids = self.match_ids
        matches: list[tuple[int, int, int, int]] = []
        for i, key in enumerate(map(tuple, keys)):
            fired = self.cache.get(key)
            if fired is None:
                fired = self.cache[key] = self._fires(key)
            matches.extend((a, ids[a], i, i + 1) for a in fired)
        for match_id, start, end in self.multi(doc, allow_missing=True):
            attr_id = int(self.vocab.strings[match_id])
            matches.append((attr_id, ids[attr_id], start, end))
        matches.sort()
        self.ruler.set_annotations(doc, matches)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


class FastLemmatizer:
    """The model's rule lemmatizer, each (text, part of speech, morphology) lemmatized once."""

    def __init__(self, lemmatizer: Any):
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple[int, int, int], int] = {}

    @classmethod
    def supports(cls, lemmatizer: Any) -> bool:
        """True for a lemmatizer in rule mode that does not overwrite earlier lemmas."""
        return getattr(lemmatizer, "mode", "") == "rule" and not lemmatizer.overwrite

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        values = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = values[:, 3].copy()
        strings = doc.vocab.strings
        for i in numpy.flatnonzero(lemmas == 0).tolist():
            key = (int(values[i, 0]), int(values[i, 1]), int(values[i, 2]))
            found = self.cache.get(key)
            if found is None:
                found = self.cache[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))  # type: ignore[arg-type]
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(RULER_FACTORY)
def _make_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.get_pipe("attribute_ruler"))


@Language.factory(LEMMATIZER_FACTORY)
def _make_lemmatizer(nlp: Language, name: str) -> FastLemmatizer:
    return FastLemmatizer(nlp.get_pipe("lemmatizer"))


def install(nlp: Language) -> list[str]:
    """Put the fast versions in place of the model's attribute ruler and lemmatizer (the
    originals stay, disabled, for their tables and patterns); returns what was replaced."""
    done = []
    for name, factory, fast in (("attribute_ruler", RULER_FACTORY, FastAttributeRuler),
                                ("lemmatizer", LEMMATIZER_FACTORY, FastLemmatizer)):
        if name in nlp.pipe_names and fast.supports(nlp.get_pipe(name)):  # type: ignore[attr-defined]
            nlp.add_pipe(factory, name=f"{name}_fast", after=name)
            nlp.disable_pipe(name)
            done.append(name)
        elif name in nlp.pipe_names:
            log.info("%s of this model kept as it is (rules of an unsupported kind)", name)
    return done
