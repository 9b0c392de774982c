"""The spaCy pipeline, loaded once per process and shared.

A small component before the parser starts a new sentence after every blank line and
after an opening dateline, so a headline or dateline never glues onto the sentence that
follows it.
"""

from __future__ import annotations

import functools
import logging

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from events.config import DEFAULT_MODEL
from events.dateline import doc_dateline_end
from events.errors import ConfigError

log = logging.getLogger(__name__)

PARAGRAPH_COMPONENT = "paragraph_breaks"
SENTENCE_ENDS = frozenset({".", "!", "?"})


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the token after a blank line (or a whitespace token holding one) a sentence
    start, and the token after an opening dateline ("KHARKIV, Ukraine, Sept. 13 —")."""
    for i, token in enumerate(doc[:-1]):
        if "\n\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            doc[i + 1].is_sent_start = True
    filed = doc_dateline_end(doc)
    body = next((t for t in doc if t.idx >= filed), None) if filed else None
    if body is not None and body.i > 0:
        body.is_sent_start = True
        # the parser, left alone after a preset start, splits "Kyrgyzstan and Tajikistan
        # agreed …" into three; the first sentence of the body runs to its first full stop
        for tok in doc[body.i + 1 :]:
            if tok.is_sent_start:
                break
            tok.is_sent_start = False
            if tok.text in SENTENCE_ENDS:
                break
    return doc


def same_paragraph(prev: Span, sent: Span) -> bool:
    """True when no blank line separates sentence ``prev`` from the later ``sent``."""
    return "\n\n" not in sent.doc[prev.start : sent.start].text_with_ws


@functools.lru_cache(maxsize=4)
def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """Load ``model`` (a spaCy package name or path) once; raises ConfigError if missing."""
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise ConfigError(
            f"spaCy model {model!r} is not installed; run `make setup` "
            "(it installs requirements-model.txt)"
        ) from err
    if PARAGRAPH_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    log.debug("loaded spaCy model %s with %s", model, nlp.pipe_names)
    return nlp
