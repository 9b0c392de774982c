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

from dataclasses import dataclass

from spacy.attrs import DEP, ENT_TYPE, IS_ALPHA, IS_SPACE, LEMMA, ORTH, POS, SPACY
from spacy.tokens import Doc

from events.coding.text import norm_word
from events.nlp import doc_memo

WORDS_KEY = "events.coding.words"
_ATTRS = [ORTH, LEMMA, SPACY, IS_SPACE, IS_ALPHA, POS, DEP, ENT_TYPE]


@dataclass(frozen=True)
class Words:
    """Per token of a document (by token index)."""

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


def _read_words(doc: Doc) -> Words:
    words = Words([], [], [], [], [], [], [], [], [])
    strings = doc.vocab.strings
    for orth, lemma, spaced, space, alpha, pos, dep, ent_type in doc.to_array(_ATTRS).tolist():
        text = strings[orth]
        words.text.append(norm_word(text))
        words.lemma.append(norm_word(strings[lemma]))
        words.spaced.append(bool(spaced))
        words.space.append(bool(space))
        words.upper.append(text.isupper())
        words.long_alpha.append(bool(alpha) and len(text) > 1)
        words.pos.append(strings[pos])
        words.dep.append(strings[dep])
        words.ent_type.append(strings[ent_type])
    return words
