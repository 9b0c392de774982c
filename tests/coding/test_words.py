"""The coder's columnar reading of a document (``events.coding.words``)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from events.coding.words import same_paragraph


def same_paragraph_by_text(prev: Span, sent: Span) -> bool:
    """The same question asked of the document's joined text."""
    return "\n\n" not in sent.doc.text[prev.start_char : sent.start_char]


@pytest.mark.parametrize("text", [
    "Troops crossed the river. They shelled the town.\n\nTalks resumed on Monday. Both sides met.",
    "Troops crossed the river.\n\n\nThey shelled the town. \n\nTalks resumed.\n \nBoth sides met.",
    "Troops crossed the river.\nThey shelled the town.\n\n  Talks resumed on Monday.",
    "\n\nTroops crossed the river. They shelled the town.\n\n",
])
def test_paragraphs_read_from_the_words_are_those_of_the_text(nlp: Language, text: str) -> None:
    sents = list(nlp(text).sents)
    pairs = [(a, b) for i, b in enumerate(sents) for a in sents[max(0, i - 2):i + 1]]
    assert [same_paragraph(a, b) for a, b in pairs] == [same_paragraph_by_text(a, b) for a, b in pairs]


def test_a_blank_line_between_sentences_ends_a_paragraph(nlp: Language) -> None:
    first, second = list(nlp("Troops crossed the river.\n\nTalks resumed on Monday.").sents)[:2]
    assert not same_paragraph(first, second)


def test_the_word_set_holds_each_word_in_normal_form(nlp: Language) -> None:
    from events.coding.words import word_set

    doc = nlp("According to the ministry, “talks” resumed. Did they?")
    words = word_set(doc)
    assert {"according", "talks", '"', "?", "did"} <= words
    assert "According" not in words and "resumed." not in words
