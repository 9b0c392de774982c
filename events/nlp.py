"""The spaCy pipeline, loaded once per process and shared.

A small component before the parser starts a new sentence after every blank line,
so a headline or dateline never glues onto the paragraph that follows it.
"""

from __future__ import annotations

import functools
import logging

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from events.config import DEFAULT_MODEL
from events.errors import ConfigError

log = logging.getLogger(__name__)

PARAGRAPH_COMPONENT = "paragraph_breaks"


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the token after a blank line (or a whitespace token holding one) a sentence start."""
    for i, token in enumerate(doc[:-1]):
        if "\n\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            doc[i + 1].is_sent_start = True
    return doc


def same_paragraph(prev: Span, sent: Span) -> bool:
    """True when no blank line separates sentence ``prev`` from the later ``sent``."""
    return "\n\n" not in sent.doc.text[prev.start_char : sent.start_char]


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
