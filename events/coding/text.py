"""Small text helpers shared by the dictionary readers and the coder.

Dictionary phrases (``RUSSIAN_FEDERATION``, ``BAN_KI-MOON``) and sentence spans are
both brought to one normal form: lower case, words separated by single spaces,
typographic quotes folded to ASCII. A span of spaCy tokens is joined with a space
where the text had whitespace and with nothing where it had none, so ``Ki-moon``
(three tokens) becomes ``ki-moon`` like the dictionary entry.
"""

from __future__ import annotations

import re

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-"})
_SPACES = re.compile(r"\s+")
_FIRST_TOKEN = re.compile(r"[^\s\-]+|-")


_NORMS: dict[str, str] = {}
_NORMS_MAX = 500_000
"""Words kept normalised (a news vocabulary is far smaller; past it, new words are not kept)."""


def norm_word(text: str) -> str:
    """Lower-case ``text`` and fold typographic quotes and dashes to ASCII (memoised: the
    coder asks for the same token's form several times)."""
    out = _NORMS.get(text)
    if out is None:
        out = text.translate(_QUOTES).lower()
        if len(_NORMS) < _NORMS_MAX:
            _NORMS[text] = out
    return out


def norm_phrase(raw: str) -> str:
    """Normal form of a dictionary phrase: ``_`` and runs of spaces become one space."""
    text = norm_word(raw).replace("_", " ")
    return _SPACES.sub(" ", text).strip()


def phrase_tokens(phrase: str) -> list[str]:
    """Rough spaCy-like tokens of a normal-form phrase (hyphens split off)."""
    return _FIRST_TOKEN.findall(phrase)


def first_key(phrase: str) -> str:
    """The first token of ``phrase`` as spaCy would produce it (the index key)."""
    toks = phrase_tokens(phrase)
    return toks[0] if toks else ""
