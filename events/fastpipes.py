"""The model's attribute ruler and lemmatizer, memoised and applied by array (same results:
``tests/test_fastpipes.py`` checks them token by token against the model's own).

Both components of ``en_core_web_sm`` work token by token in Python; together they cost
about a sixth of the small model's time.

- The attribute ruler runs its Matcher (about 180 rules) over every token, then sets each
  match's attributes on its token. Almost all rules are one-token rules whose match depends
  on the token's TAG, LOWER, DEP and IS_SPACE alone, so :class:`MemoAttributeRuler` asks the
  ruler's own Matcher once per distinct combination (on a one-token Doc carrying those
  values) and keeps what its matches write (the rules applied in the ruler's order, the last
  write winning, as in ``AttributeRuler.set_annotations``). The values are written into the
  Doc in one array write. A token that one of the few multi-token rules matches, or whose
  rules set its dependency label, gets the ruler's own ``set_annotations`` over all its
  matches, in order.
- The rule lemmatizer lemmatises a token from its text, POS and morphology (its own cache
  is keyed by them); :class:`MemoLemmatizer` asks it once per distinct key and writes the
  lemmas of a Doc in one array write, keeping lemmas already set (the lemmatizer does not
  overwrite).

:func:`install` swaps them in when the model's components are of the supported kind;
otherwise the pipeline stays as it is.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import DEP, HEAD, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

log = logging.getLogger(__name__)

RULER_FACTORY = "events_memo_attribute_ruler"
LEMMATIZER_FACTORY = "events_memo_lemmatizer"
KEYS = frozenset({"TAG", "LOWER", "DEP", "IS_SPACE"})
"""Token attributes a rule may test for its matches to be memoised by them."""
WRITTEN = (TAG, POS, MORPH, LEMMA)
"""Attributes the memoised ruler writes by array (a rule setting anything else, such as
DEP, is applied by the ruler itself)."""

Match = tuple[int, int]  # (rule index, the ruler's match id)
Writes = tuple[tuple[int, int], ...] | None  # ((column in WRITTEN, value), ...); None: slow path


class _Pipe:
    """A component that handles one Doc at a time (``nlp.pipe`` calls ``pipe``)."""

    def __call__(self, doc: Doc) -> Doc:
        raise NotImplementedError

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


class MemoAttributeRuler(_Pipe):
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
        self.matches: dict[tuple[int, ...], tuple[Match, ...]] = {}
        self.writes: dict[tuple[int, ...], Writes] = {}

    @classmethod
    def supports(cls, ruler: Any) -> bool:
        """True when every rule of ``ruler`` tests only :data:`KEYS`, without operators, and
        every one-token rule sets its own token."""
        for entry in ruler.patterns:
            for pattern in entry["patterns"]:
                if not isinstance(pattern, list) or not all(set(t) <= KEYS for t in pattern):
                    return False
                if len(pattern) == 1 and entry.get("index", 0) not in (0, -1):
                    return False
        return True

    def _one_token(self, key: tuple[int, ...]) -> tuple[Match, ...]:
        """The ruler's matches on a token with these TAG, LOWER, DEP (IS_SPACE follows from
        LOWER) values, in the ruler's order."""
        found = self.matches.get(key)
        if found is None:
            tag, lower, dep, _ = key
            doc = Doc(self.vocab, words=[self.vocab.strings[lower]])
            doc.from_array([TAG, DEP, HEAD], numpy.array([[tag, dep, 0]], dtype=numpy.uint64))  # type: ignore[arg-type]
            hits = self.ruler.matcher(doc, allow_missing=True, as_spans=False)
            found = self.matches[key] = tuple(
                sorted((int(self.vocab.strings[m]), m) for m, _, _ in hits))
        return found

    def _writes(self, key: tuple[int, ...]) -> Writes:
        """What the key's matches write, as (column, value) pairs; None when a rule sets an
        attribute outside :data:`WRITTEN`."""
        if key in self.writes:
            return self.writes[key]
        values: dict[int, int] = {}
        out: Writes = None
        for rule, _ in self._one_token(key):
            attrs = self.ruler.attrs[rule]
            if any(attr not in WRITTEN for attr in attrs):
                break
            for attr, value in attrs.items():
                values[WRITTEN.index(attr)] = value
        else:
            out = tuple(sorted(values.items()))
        self.writes[key] = out
        return out

    def _multi_targets(self, doc: Doc) -> dict[int, list[tuple[int, int, int, int]]]:
        """The multi-token rules' matches by the token each sets."""
        targets: dict[int, list[tuple[int, int, int, int]]] = {}
        for match_id, start, end in self.multi(doc, allow_missing=True):
            rule = int(self.vocab.strings[match_id])
            index = self.ruler.indices[rule]
            target = start + index if index >= 0 else end + index
            targets.setdefault(target, []).append((rule, match_id, start, end))
        return targets

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        slow = self._multi_targets(doc)
        values = doc.to_array(list(WRITTEN))
        keys = [tuple(k) for k in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        for i, key in enumerate(keys):
            writes = None if i in slow else self._writes(key)
            if writes is None:
                slow.setdefault(i, [])
                continue
            for column, value in writes:
                values[i, column] = value
        doc.from_array(list(WRITTEN), values)  # type: ignore[arg-type]
        if slow:
            self.ruler.set_annotations(doc, self._slow_matches(keys, slow))
        return doc

    def _slow_matches(self, keys: list[tuple[int, ...]],
                      slow: dict[int, list[tuple[int, int, int, int]]]
                      ) -> list[tuple[int, int, int, int]]:
        """Every match on the tokens set the ruler's way (``keys``: each token's TAG, LOWER,
        DEP, IS_SPACE), in ``AttributeRuler.match``'s order."""
        matches: list[tuple[int, int, int, int]] = []
        for i, multi in slow.items():
            matches.extend((rule, match_id, i, i + 1) for rule, match_id in self._one_token(keys[i]))
            matches.extend(multi)
        matches.sort()
        return matches


class MemoLemmatizer(_Pipe):
    """The model's rule lemmatizer (``lemmatizer``), memoised by (ORTH, POS, MORPH)."""

    def __init__(self, lemmatizer: Any):
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.cache: dict[tuple[int, int, int], int] = {}

    @classmethod
    def supports(cls, lemmatizer: Any) -> bool:
        """True for a rule lemmatizer that keeps lemmas already set."""
        return getattr(lemmatizer, "mode", None) == "rule" and not lemmatizer.overwrite

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = table[:, 3].copy()
        cache = self.cache
        for i in numpy.flatnonzero(lemmas == 0).tolist():
            orth, pos, morph, _ = table[i].tolist()
            key = (orth, pos, morph)
            lemma = cache.get(key)
            if lemma is None:
                lemma = cache[key] = self.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = lemma
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))  # type: ignore[arg-type]
        return doc


@Language.factory(RULER_FACTORY)
def _make_ruler(nlp: Language, name: str) -> MemoAttributeRuler:
    return MemoAttributeRuler(nlp.get_pipe("attribute_ruler"))


@Language.factory(LEMMATIZER_FACTORY)
def _make_lemmatizer(nlp: Language, name: str) -> MemoLemmatizer:
    return MemoLemmatizer(nlp.get_pipe("lemmatizer"))


def install(nlp: Language) -> list[str]:
    """Put the memoised components in place of the model's attribute ruler and lemmatizer
    (each original stays, disabled: its tables, patterns and ``set_annotations`` are used);
    returns the names of the components replaced."""
    replaced = []
    for name, factory, kind in (("attribute_ruler", RULER_FACTORY, MemoAttributeRuler),
                                ("lemmatizer", LEMMATIZER_FACTORY, MemoLemmatizer)):
        if name not in nlp.pipe_names:
            continue
        if not kind.supports(nlp.get_pipe(name)):
            log.info("%s of this model kept as it is (not of a supported kind)", name)
            continue
        nlp.add_pipe(factory, name=f"{name}_memo", after=name)
        nlp.disable_pipe(name)
        replaced.append(name)
    return replaced
