"""The words of a document in the coder's normal form, read once per document.

The coder's dictionary look-ups (actor and agent phrases, discard phrases) read every
token's text and lemma in normal form, its whitespace and case, sentence after sentence;
reading them through spaCy ``Token`` objects each time was a fifth of the coder's time.
:func:`words_of` reads them once, from spaCy's attribute arrays (``Doc.to_array``: no
``Token`` object is made), and keeps them in ``doc.user_data``. The coarse part of speech,
the dependency label and the entity type are read with them, so that loops over a sentence
look at a token's labels by index and build a ``Token`` only for the tokens they use.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Container
from dataclasses import dataclass
from typing import TypeVar

from spacy.attrs import DEP, ENT_TYPE, LEMMA, ORTH, POS, SPACY
from spacy.tokens import Doc, Span, Token

from events.coding.text import norm_word
from events.nlp import doc_memo

WORDS_KEY = "events.coding.words"
_ATTRS = [ORTH, LEMMA, SPACY, POS, DEP, ENT_TYPE]
T = TypeVar("T")


@dataclass(frozen=True)
class Words:
    """Per token of a document (by token index)."""

    orth: list[str]  # token.text
    text: list[str]  # norm_word(token.text)
    lemma: list[str]  # norm_word(token.lemma_)
    spaced: list[bool]  # whitespace follows the token
    space: list[bool]  # token.is_space
    upper: list[bool]  # token.text.isupper()
    long_alpha: list[bool]  # token.is_alpha and more than one character
    pos: list[str]  # token.pos_
    dep: list[str]  # token.dep_
    ent_type: list[str]  # token.ent_type_


def words_of(doc: Doc) -> Words:
    """The document's :class:`Words` (read in one pass on the first call, then kept)."""
    return doc_memo(doc, WORDS_KEY, _read_words)


WORD_SET_KEY = "events.coding.word_set"


def word_set(doc: Doc) -> frozenset[str]:
    """The document's words in normal form (:attr:`Words.text`) as a set, kept like
    :func:`words_of`: for tests that most documents fail at once ("says it 'according
    to' anyone?")."""
    return doc_memo(doc, WORD_SET_KEY, _read_word_set)


def _read_word_set(doc: Doc) -> frozenset[str]:
    return frozenset(words_of(doc).text)


PARAGRAPHS_KEY = "events.coding.paragraphs"
BLANK_LINE = "\n\n"


def same_paragraph(prev: Span, sent: Span) -> bool:
    """True when no blank line stands in the text from sentence ``prev``'s start to the later
    ``sent``'s start, read from the document's words (no text is joined).
    The blank lines are counted once per document, inside a token ("\\n\\n") or across
    two ("\\n" + "\\n" with no space between)."""
    if sent.start <= prev.start:
        return True
    inside, across = doc_memo(sent.doc, PARAGRAPHS_KEY, _blank_lines)
    # a blank line across tokens k, k+1 lies in the text when prev.start <= k <= sent.start - 2
    last_pair = max(sent.start - 1, prev.start)
    return inside[sent.start] == inside[prev.start] and across[last_pair] == across[prev.start]


def _blank_lines(doc: Doc) -> tuple[list[int], list[int]]:
    """Running counts by token index: tokens holding a blank line, and tokens ending with a
    line break that the next token (with no space between) begins with another (only
    whitespace tokens hold line breaks)."""
    words = words_of(doc)
    orth, spaced, space = words.orth, words.spaced, words.space
    blank = [sp and BLANK_LINE in text for text, sp in zip(orth, space, strict=True)]
    pairs = [False] * len(orth)
    for k in [k for k, sp in enumerate(space) if sp]:
        if orth[k].endswith("\n") and not spaced[k] and k + 1 < len(orth) and orth[k + 1].startswith("\n"):
            pairs[k] = True
    return [0, *itertools.accumulate(blank)], [0, *itertools.accumulate(pairs)]


def sentence_tokens(
    sent: Span, *, pos: Container[str] | None = None, dep: Container[str] | None = None
) -> list[Token]:
    """The tokens of ``sent`` in order whose coarse part of speech is in ``pos`` and whose
    dependency label is in ``dep`` (either filter may be left out); the labels are read
    from :func:`words_of`, so no ``Token`` is made for a token left out."""
    words, doc = words_of(sent.doc), sent.doc
    return [
        doc[i]
        for i in range(sent.start, sent.end)
        if (pos is None or words.pos[i] in pos) and (dep is None or words.dep[i] in dep)
    ]


def _read_words(doc: Doc) -> Words:
    if not len(doc):
        return Words([], [], [], [], [], [], [], [], [], [])
    orths, lemmas, spaced, pos, dep, ent_type = doc.to_array(_ATTRS).T.tolist()
    lexemes = _column(_LEXEMES, orths, functools.partial(_lexeme, doc))
    orth, text, space, upper, long_alpha = (list(column) for column in zip(*lexemes, strict=True))
    label = functools.partial(_label, doc)
    return Words(
        orth=orth,
        text=text,
        lemma=_column(_LEMMAS, lemmas, functools.partial(_lemma, doc)),
        spaced=list(map(bool, spaced)),
        space=space,
        upper=upper,
        long_alpha=long_alpha,
        pos=_column(_LABELS, pos, label),
        dep=_column(_LABELS, dep, label),
        ent_type=_column(_LABELS, ent_type, label),
    )


def _column(kept: dict[int, T], keys: list[int], read: Callable[[int], T]) -> list[T]:
    """The value of each of ``keys`` (spaCy string hashes): from ``kept``, after ``read``
    has read and kept those it lacks (one look-up per token, in C: a third of the time of a
    test and a look-up in Python; the keys are gathered into a set only when one is missing)."""
    try:
        return list(map(kept.__getitem__, keys))
    except KeyError:
        pass
    missing = set(keys).difference(kept)
    found = {key: read(key) for key in missing}
    if any(key not in kept for key in missing):  # more kept than :data:`_MAX_KEPT` allows
        return [kept[key] if key in kept else found[key] for key in keys]
    return list(map(kept.__getitem__, keys))


Lexeme = tuple[str, str, bool, bool, bool]
"""What :class:`Words` reads of a word type: (text, normal form, space, upper case, alphabetic
and longer than one character)."""
_LEXEMES: dict[int, Lexeme] = {}
_LEMMAS: dict[int, str] = {}
_LABELS: dict[int, str] = {}
"""Part-of-speech, dependency and entity labels by their hash (a few hundred, with "" for
none; a dict lookup is a third of the cost of the string store's)."""
_MAX_KEPT = 500_000
"""Word types and lemmas kept (by spaCy's string hash, the same in every vocabulary)."""


def _lexeme(doc: Doc, orth: int) -> Lexeme:
    lex = doc.vocab[orth]
    text = lex.orth_
    found = (text, norm_word(text), lex.is_space, text.isupper(), lex.is_alpha and len(text) > 1)
    if len(_LEXEMES) < _MAX_KEPT:
        _LEXEMES[orth] = found
    return found


def _label(doc: Doc, label: int) -> str:
    found: str = doc.vocab.strings[label]
    if len(_LABELS) < _MAX_KEPT:
        _LABELS[label] = found
    return found


def _lemma(doc: Doc, lemma: int) -> str:
    found = norm_word(doc.vocab.strings[lemma])
    if len(_LEMMAS) < _MAX_KEPT:
        _LEMMAS[lemma] = found
    return found
