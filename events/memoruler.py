"""The model's attribute ruler with its one-token matches memoised (same results:
``tests/test_fastpipes.py`` checks them token by token).

spaCy's attribute ruler runs its Matcher (about 180 rules in ``en_core_web_sm``) over every
token of every document, about a tenth of the small model's time. Almost all of its rules
are one-token rules whose match depends on the token's TAG, LOWER, DEP and IS_SPACE alone,
so :class:`MemoAttributeRuler` asks the ruler's own Matcher once per distinct combination
(on a one-token Doc carrying those values) and keeps the answer; the few multi-token rules
run on a spaCy Matcher of their own. The matches are then sorted and applied exactly as the
ruler does (``AttributeRuler.match`` then its own ``set_annotations``).

:func:`install` swaps it in when every rule tests only those attributes; otherwise the
pipeline stays as it is.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import DEP, HEAD, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

log = logging.getLogger(__name__)

FACTORY = "events_memo_attribute_ruler"
KEYS = frozenset({"TAG", "LOWER", "DEP", "IS_SPACE"})
"""Token attributes a rule may test for its matches to be memoised by them."""

Match = tuple[int, int]  # (rule index, the ruler's match id)


class MemoAttributeRuler:
    """The model's attribute ruler (``ruler``), its one-token matches memoised by
    (TAG, LOWER, DEP, IS_SPACE)."""

    def __init__(self, ruler: Any):
        self.ruler = ruler
        self.vocab = ruler.vocab
        self.multi = Matcher(self.vocab, validate=False)
        for rule, entry in enumerate(ruler.patterns):  # the ruler's match ids are str(rule)
            patterns = [p for p in entry["patterns"] if len(p) > 1]
            if patterns:
                self.multi.add(str(rule), patterns)
        self.cache: dict[tuple[int, ...], tuple[Match, ...]] = {}

    @classmethod
    def supports(cls, ruler: Any) -> bool:
        """True when every rule of ``ruler`` tests only :data:`KEYS`, without operators."""
        return all(isinstance(p, list) and all(set(t) <= KEYS for t in p)
                   for entry in ruler.patterns for p in entry["patterns"])

    def _one_token(self, key: tuple[int, ...]) -> tuple[Match, ...]:
        """The ruler's matches on a token with these TAG, LOWER, DEP (IS_SPACE follows from
        LOWER) values, in the ruler's order."""
        tag, lower, dep, _ = key
        doc = Doc(self.vocab, words=[self.vocab.strings[lower]])
        doc.from_array([TAG, DEP, HEAD], numpy.array([[tag, dep, 0]], dtype=numpy.uint64))  # type: ignore[arg-type]
        found = self.ruler.matcher(doc, allow_missing=True, as_spans=False)
        return tuple(sorted((int(self.vocab.strings[m]), m) for m, _, _ in found))

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` returns: (rule index, match id, start, end), sorted."""
        matches: list[tuple[int, int, int, int]] = []
        cache = self.cache
        for i, key in enumerate(map(tuple, doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist())):
            found = cache.get(key)
            if found is None:
                found = cache[key] = self._one_token(key)
            matches.extend((rule, match_id, i, i + 1) for rule, match_id in found)
        for match_id, start, end in self.multi(doc, allow_missing=True):
            matches.append((int(self.vocab.strings[match_id]), match_id, start, end))
        matches.sort()
        return matches

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            self.ruler.set_annotations(doc, self.match(doc))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(FACTORY)
def _make_ruler(nlp: Language, name: str) -> MemoAttributeRuler:
    return MemoAttributeRuler(nlp.get_pipe("attribute_ruler"))


def install(nlp: Language) -> bool:
    """Put the memoising ruler in place of the model's attribute ruler (the original stays,
    disabled: its patterns and ``set_annotations`` are used); True if it was replaced."""
    name = "attribute_ruler"
    if name not in nlp.pipe_names:
        return False
    if not MemoAttributeRuler.supports(nlp.get_pipe(name)):
        log.info("%s of this model kept as it is (rules of an unsupported kind)", name)
        return False
    nlp.add_pipe(FACTORY, name=f"{name}_memo", after=name)
    nlp.disable_pipe(name)
    return True
