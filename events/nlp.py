"""The spaCy pipeline, loaded once per process and shared.

A small component before the parser starts a new sentence after every blank line and
after an opening dateline, so a headline or dateline never glues onto the sentence that
follows it.
"""

from __future__ import annotations

import bisect
import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from events.config import DEFAULT_MODEL
from events.dateline import doc_dateline_end
from events.errors import ConfigError

log = logging.getLogger(__name__)

PARAGRAPH_COMPONENT = "paragraph_breaks"
OFFSET_KEY = "events.offset"
"""``doc.user_data`` key: character offset of a piece of an article (``events.prepass``);
the dateline rule applies at the start of an article only."""
SENTENCE_ENDS = frozenset({".", "!", "?"})
DEFAULT_TOKENIZER = frozenset({DEFAULT_MODEL})
"""Models whose saved tokenizer is byte for byte the one spaCy builds from the language's
defaults (``tests/test_nlp.py`` checks it), so :func:`load_nlp` does not load it again."""


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the token after a blank line (or a whitespace token holding one) a sentence
    start, and the token after an opening dateline ("KHARKIV, Ukraine, Sept. 13 —").

    The marks are set in one array write: ``Token.is_sent_start = …`` scans the whole
    document for a parse on every call, which made long documents quadratic."""
    if not len(doc):
        return doc
    starts = doc.to_array(SENT_START).astype(numpy.int64)  # -1: not a start
    for i, token in enumerate(doc[:-1]):
        if "\n\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            starts[i + 1] = 1
    filed = doc_dateline_end(doc) if not doc.user_data.get(OFFSET_KEY) else 0
    body = next((t for t in doc if t.idx >= filed), None) if filed else None
    if body is not None and body.i > 0:
        starts[body.i] = 1
        # the parser, left alone after a preset start, splits "Kyrgyzstan and Tajikistan
        # agreed …" into three; the first sentence of the body runs to its first full stop
        for tok in doc[body.i + 1 :]:
            if starts[tok.i] > 0:
                break
            starts[tok.i] = -1
            if tok.text in SENTENCE_ENDS:
                break
    doc.from_array([SENT_START], starts.astype(numpy.uint64).reshape(-1, 1))  # type: ignore[arg-type]
    return doc


ENTS_KEY = "events.ents"
T = TypeVar("T")


def doc_memo(doc: Doc, key: str, build: Callable[[Doc], T]) -> T:
    """``build(doc)``, computed once per document and kept in ``doc.user_data[key]`` (built
    again if the document's length changed since)."""
    found = doc.user_data.get(key)
    if found is None or found[0] != len(doc):
        found = (len(doc), build(doc))
        doc.user_data[key] = found
    value: T = found[1]
    return value


def token_memo(key: str) -> Callable[[Callable[[Token], T]], Callable[[Token], T]]:
    """Decorator: a function of a token alone (its parse, its words), computed once per token
    and kept in the document's ``user_data[key]`` (for readings the coder asks of the same
    token from several rules)."""

    def decorate(read: Callable[[Token], T]) -> Callable[[Token], T]:
        @functools.wraps(read)
        def memoised(tok: Token) -> T:
            known: dict[int, T] = doc_memo(tok.doc, key, _new_table)
            if tok.i in known:
                return known[tok.i]
            found = known[tok.i] = read(tok)
            return found

        return memoised

    return decorate


def _new_table(doc: Doc) -> dict[int, Any]:
    return {}


def _ent_table(doc: Doc) -> tuple[list[int], list[tuple[int, int, str]]]:
    """The document's entities as (start token, end token, label), sorted, with their starts;
    read once per document."""
    def build(d: Doc) -> tuple[list[int], list[tuple[int, int, str]]]:
        ents = [(e.start, e.end, e.label_) for e in d.ents]
        return [e[0] for e in ents], ents

    return doc_memo(doc, ENTS_KEY, build)


def span_ents(span: Span, label: str | None = None) -> list[Span]:
    """The entities lying wholly inside ``span`` (those of type ``label`` only, if given),
    like ``span.ents`` but without building every entity of the document on each call
    (``Span.ents`` does: a per-sentence call over a long document would cost the square of
    its length)."""
    starts, ents = _ent_table(span.doc)
    first = bisect.bisect_left(starts, span.start)
    out = []
    for start, end, kind in ents[first:]:
        if end > span.end:
            break
        if label is None or kind == label:
            out.append(Span(span.doc, start, end, label=kind))
    return out


def doc_ents(doc: Doc, label: str) -> list[Span]:
    """The document's entities of type ``label``, like those of ``doc.ents`` (which builds
    a ``Span`` of every entity on each call)."""
    return [Span(doc, start, end, label=kind) for start, end, kind in _ent_table(doc)[1] if kind == label]


def ent_at(doc: Doc, i: int) -> Span | None:
    """The entity covering token ``i``, or None (a look-up, not a scan of ``doc.ents``)."""
    starts, ents = _ent_table(doc)
    k = bisect.bisect_right(starts, i) - 1
    if k >= 0 and ents[k][0] <= i < ents[k][1]:
        start, end, label = ents[k]
        return Span(doc, start, end, label=label)
    return None


TEXT_KEY = "events.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document (spaCy joins every token's text again on each
    call)."""
    return doc_memo(doc, TEXT_KEY, lambda d: d.text)


@functools.lru_cache(maxsize=4)
def load_nlp(model: str = DEFAULT_MODEL, memo: bool = True, senter: bool = False) -> Language:
    """Load ``model`` (a spaCy package name or path) once; raises ConfigError if missing.
    Its matrix products run on numpy's BLAS (:func:`numpy_matrix_products`). ``memo``: the
    model's attribute ruler and lemmatizer run memoised (:mod:`events.fastpipes`: same
    results, a fraction of the time). The model's (disabled) sentence recogniser is loaded
    only with ``senter`` (the pre-pass, :mod:`events.prepass`, runs it)."""
    try:
        # the model's saved tokenizer is the one spaCy builds anyway: loading it again from
        # disk is a tenth of a second of a cold start
        exclude = ["tokenizer"] if model in DEFAULT_TOKENIZER else []
        nlp = spacy.load(model, exclude=exclude if senter else [*exclude, "senter"])
    except OSError as err:
        raise ConfigError(
            f"spaCy model {model!r} is not installed; run `make setup` "
            "(it installs requirements-model.txt)"
        ) from err
    numpy_matrix_products(nlp)
    if PARAGRAPH_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    if memo:
        from events.fastpipes import install

        install(nlp)
    log.debug("loaded spaCy model %s with %s", model, nlp.pipe_names)
    return nlp


def numpy_matrix_products(nlp: Language) -> None:
    """Make the layers of ``nlp``'s components multiply matrices with numpy (its bundled
    OpenBLAS) instead of thinc's default BLIS, and cap numpy's BLAS at
    :func:`events.config.blas_threads` threads for this process.

    Same annotations (checked token by token over 339,853 tokens of news and the coding dev
    sentences: tags, lemmas, dependencies, entities and sentence starts all equal), about a
    quarter less parse time on the x86-64 CPUs measured (BENCHMARKS.md): BLIS's kernels run
    3-4 times slower there on the model's matrix shapes. The cap is process-wide (it also
    holds for other numpy work in the process); ``EVENTS_BLAS_THREADS`` raises it."""
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    from events.config import blas_threads

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is not None:
            for layer in model.walk():
                layer.ops = ops
    threadpool_limits(blas_threads(), user_api="blas")


def lemma_candidates(nlp: Language) -> Callable[[str], frozenset[str]]:
    """Every lemma the pipeline may give a lower-case word, whatever its part of speech: the
    lemmatizer's exceptions and suffix rules and the attribute ruler's lemma patterns
    (``'s`` -> be, ``n't`` -> not). For the pre-pass, which must not miss a dictionary word
    that only its lemma names."""
    exceptions: dict[str, set[str]] = {}
    rules: list[tuple[str, str]] = []
    if "lemmatizer" in nlp.component_names:
        tables = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        if "lemma_exc" in tables.tables:
            exc = tables.get_table("lemma_exc")
            for pos in exc.keys():
                for form, lemmas in exc[pos].items():
                    exceptions.setdefault(form, set()).update(lemmas)
        if "lemma_rules" in tables.tables:
            rule_table = tables.get_table("lemma_rules")
            rules = [(old, new) for pos in rule_table.keys() for old, new in rule_table[pos]]
        if "lemma_lookup" in tables.tables:
            for form, lemma in tables.get_table("lemma_lookup").items():
                exceptions.setdefault(str(form), set()).add(str(lemma))
    if "attribute_ruler" in nlp.component_names:
        for entry in nlp.get_pipe("attribute_ruler").patterns:  # type: ignore[attr-defined]
            lemma = entry.get("attrs", {}).get("LEMMA")
            if not lemma:
                continue
            for pattern in entry["patterns"]:
                lower = pattern[entry.get("index", 0)].get("LOWER")
                for form in lower.get("IN", []) if isinstance(lower, dict) else [lower]:
                    if isinstance(form, str):
                        exceptions.setdefault(form, set()).add(lemma)

    @functools.lru_cache(maxsize=200_000)
    def candidates(word: str) -> frozenset[str]:
        out = {word, *exceptions.get(word, ())}
        for old, new in rules:
            if word.endswith(old) and len(word) > len(old):
                out.add(word[: len(word) - len(old)] + new)
        return frozenset(x.lower() for x in out)

    return candidates
