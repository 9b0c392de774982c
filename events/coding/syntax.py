"""Small readings of spaCy's dependency parse shared by the coder's rules: negation scope,
inherited subjects and noun phrases without their clauses."""

from __future__ import annotations

from spacy.tokens import Token

NEG_CHILD_WORDS = frozenset({"not", "n't", "never", "neither", "nor"})
# deps that continue a verb chain upwards for subject inheritance and negation scope
CHAIN_DEPS = frozenset({"xcomp", "conj", "acomp", "pcomp", "prep", "aux", "advcl", "oprd"})
NEG_SCOPE_DEPS = frozenset({"xcomp", "acl", "dobj", "attr", "pobj", "prep", "oprd", "pcomp", "acomp"})
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "conj", "acl"})
WH_WORDS = frozenset({"who", "which", "that", "whom"})


def negated(verb: Token) -> bool:
    """True when ``verb`` or a verb governing it (through xcomp/acl/object chains) is negated."""
    tok = verb
    for _ in range(6):
        if any(
            c.dep_ == "neg" or (c.lower_ in NEG_CHILD_WORDS and c.dep_ in ("advmod", "preconj", "det"))
            for c in tok.children
        ):
            return True
        # "this may not be what X planned": a clause under a negated copula is no event
        copula = tok.dep_ in ("ccomp", "relcl", "csubj") and tok.head.lemma_ == "be"
        if (tok.dep_ not in NEG_SCOPE_DEPS and not copula) or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def subject(verb: Token, chain: frozenset[str] = CHAIN_DEPS) -> Token | None:
    """The subject of ``verb``, inherited up xcomp/conj/advcl chains (``chain``) when it has
    none."""
    tok = verb
    for _ in range(5):
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if subj is not None:
            return subj
        if tok.dep_ in ("relcl", "acl") and tok is verb:
            return tok.head
        if tok.dep_ not in chain or tok.head is tok:
            return None
        tok = tok.head
    return None


def subtree_no_clauses(tok: Token) -> list[Token]:
    """``tok``'s subtree without embedded clauses (in order)."""
    out: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS or c.pos_ in ("NOUN", "PROPN"))
    out.sort(key=lambda t: t.i)
    return out


def own_subject(verb: Token) -> Token | None:
    """The subject written for ``verb`` itself (a conjunct shares its head's subject)."""
    tok = verb
    for _ in range(3):
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if subj is not None or tok.dep_ != "conj":
            return subj
        tok = tok.head
    return None
