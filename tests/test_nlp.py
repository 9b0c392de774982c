"""The spaCy pipeline's sentence starts (events.nlp)."""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.slow


def test_a_dateline_is_a_sentence_of_its_own(nlp: Language) -> None:
    doc = nlp("BISHKEK, Sept. 17 — Kyrgyzstan and Tajikistan agreed to pull back their troops. "
              "Fighting stopped.")
    assert [s.text.strip() for s in doc.sents] == [
        "BISHKEK, Sept. 17 —",
        "Kyrgyzstan and Tajikistan agreed to pull back their troops.",
        "Fighting stopped.",
    ]


def test_a_blank_line_starts_a_sentence(nlp: Language) -> None:
    doc = nlp("Russia mobilises reservists\n\nThousands of men were called up on Wednesday.")
    assert [s.text.strip() for s in doc.sents][0] == "Russia mobilises reservists"
