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


SEED = ("KHARKIV, Ukraine, Sept. 13 — Russian troops shelled Kharkiv on Tuesday, killing seven "
        "civilians, the governor Oleh Synehubov said.\n\nIn Tbilisi, Georgian police detained "
        "protesters near the parliament on Monday. Armenia and Azerbaijan traded fire on the "
        "border overnight.")


def test_span_ents_are_the_entities_spacy_finds_in_each_sentence(nlp: Language) -> None:
    from events.nlp import span_ents

    doc = nlp(SEED)
    for span in [*doc.sents, doc[2:9], doc[:]]:
        ours = [(e.start, e.end, e.label_) for e in span_ents(span)]
        assert ours == [(e.start, e.end, e.label_) for e in span.ents]
    assert any(e.label_ == "GPE" for e in span_ents(doc[:]))


def test_ent_at_is_the_entity_covering_a_token(nlp: Language) -> None:
    from events.nlp import ent_at

    doc = nlp(SEED)
    for token in doc:
        expected = next(((e.start, e.end) for e in doc.ents if e.start <= token.i < e.end), None)
        found = ent_at(doc, token.i)
        assert (None if found is None else (found.start, found.end)) == expected
