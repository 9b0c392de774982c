"""The words of a document in the coder's normal form, read once per document.

The coder's dictionary look-ups (actor and agent phrases, discard phrases) read every
token's text and lemma in normal form, its whitespace and case, sentence after sentence;
reading them through spaCy ``Token`` objects each time was a fifth of the coder's time.
:func:`words_of` reads them once and keeps them in ``doc.user_data``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from events.coding.text import norm_word
from events.nlp import doc_memo

WORDS_KEY = "events.coding.words"


@dataclass(frozen=True)
class Words:
    """Per token of a document (by token index)."""

    text: list[str]  # norm_word(token.text)
    lemma: list[str]  # norm_word(token.lemma_)
    spaced: list[bool]  # whitespace follows the token
    space: list[bool]  # token.is_space
    upper: list[bool]  # token.text.isupper()
    long_alpha: list[bool]  # token.is_alpha and more than one character


def words_of(doc: Doc) -> Words:
    """The document's :class:`Words` (read in one pass on the first call, then kept)."""
    return doc_memo(doc, WORDS_KEY, _read_words)


def _read_words(doc: Doc) -> Words:
    words = Words([], [], [], [], [], [])
    for tok in doc:
        text = tok.text
        words.text.append(norm_word(text))
        words.lemma.append(norm_word(tok.lemma_))
        words.spaced.append(bool(tok.whitespace_))
        words.space.append(tok.is_space)
        words.upper.append(text.isupper())
        words.long_alpha.append(tok.is_alpha and len(text) > 1)
    return words
