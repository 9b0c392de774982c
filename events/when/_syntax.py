"""Small helpers on the spaCy dependency parse shared by the date, toll and place resolvers.

Nothing here raises on odd input: helpers return ``None`` or an empty result instead.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

REPORTING_LEMMAS = frozenset(
    {
        "say", "tell", "report", "add", "write", "state", "claim", "confirm", "announce",
        "note", "quote", "accord", "believe", "think", "estimate", "post", "tweet", "cite",
        "allege", "insist", "warn", "explain", "declare", "stress", "acknowledge",
    }
)  # fmt: skip
"""Verbs that introduce reported speech: their own date or place is the report's, not the event's."""

_VERB_POS = frozenset({"VERB", "AUX"})


def is_verb(token: Token) -> bool:
    """True for verbs, auxiliaries used as main verbs, and the sentence root."""
    return token.pos_ in _VERB_POS or token.dep_ == "ROOT"


def is_reporting(token: Token | None) -> bool:
    """True when ``token`` is a verb of saying (``said``, ``told``, ``according`` …)."""
    return token is not None and token.lemma_.lower() in REPORTING_LEMMAS


def sentence_root(sent: Span) -> Token | None:
    """The root of ``sent`` (the first token whose head is itself or outside the span)."""
    for token in sent:
        if token.head == token or not (sent.start <= token.head.i < sent.end):
            return token
    return None


def main_action(sent: Span) -> Token | None:
    """Guess the event verb of ``sent`` when the coder gave none.

    The root, unless it is a verb of saying, in which case its clausal complement
    (``ccomp``/``xcomp``/``advcl``) or, failing that, the first other verb. Never raises.
    """
    root = sentence_root(sent)
    if root is None:
        return None
    if not is_reporting(root):
        return root
    for child in root.children:
        if child.dep_ in {"ccomp", "xcomp", "advcl", "conj"} and is_verb(child):
            return child
    for token in sent:
        if token is not root and token.pos_ == "VERB" and not is_reporting(token):
            return token
    return root


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` (``token`` itself when it is a verb)."""
    seen = 0
    node = token
    while seen < 50:
        if node.pos_ in _VERB_POS and node.dep_ not in {"aux", "auxpass"}:
            return node
        if node.head == node:
            return node if node.dep_ == "ROOT" else None
        node = node.head
        seen += 1
    return None


def path_to(token: Token, target: Token) -> list[Token] | None:
    """Tokens from ``token`` up the heads to ``target`` (both included), or None if not above."""
    path = [token]
    node = token
    for _ in range(60):
        if node == target:
            return path
        if node.head == node:
            return None
        node = node.head
        path.append(node)
    return None


def span_root(sent: Span, start_char: int, end_char: int) -> Token | None:
    """The syntactic head of the tokens covering characters ``start_char:end_char`` of the doc."""
    tokens = [t for t in sent if t.idx < end_char and t.idx + len(t.text) > start_char]
    if not tokens:
        return None
    ids = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in ids or token.head == token:
            return token
    return tokens[0]


def text_before(sent: Span, end: int, width: int) -> str:
    """Up to ``width`` characters of ``sent`` before the doc offset ``end`` (reads the
    sentence's text, not the whole document's)."""
    return sent.text[max(0, end - width - sent.start_char) : max(0, end - sent.start_char)]
