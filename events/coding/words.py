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
    """The document's :class:`Words` (computed on the first call, then kept)."""
    found = doc.user_data.get(WORDS_KEY)
    if isinstance(found, Words) and len(found.text) == len(doc):
        return found
    raw = [t.text for t in doc]
    words = Words(
        text=[norm_word(t) for t in raw],
        lemma=[norm_word(t.lemma_) for t in doc],
        spaced=[bool(t.whitespace_) for t in doc],
        space=[t.is_space for t in doc],
        upper=[t.isupper() for t in raw],
        long_alpha=[t.is_alpha and len(t.text) > 1 for t in doc],
    )
    doc.user_data[WORDS_KEY] = words
    return words
