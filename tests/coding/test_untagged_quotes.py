"""A quotation no verb of saying tags, opening its sentence, is said by the one person the
recent sentences named (events.coding.memory, ArticleMemory._sole_person); with two persons
named, or none, it has no speaker. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_news_actors import _coded, _sources


@pytest.mark.parametrize("text", [
    "Colombian President Ana Torres arrived in Quito on Tuesday. "
    "\u201cI thank Ecuador for its warm welcome.\u201d",
    # a quotation of two sentences, in the next paragraph
    "Colombian President Ana Torres arrived in Quito on Tuesday.\n\n"
    "\u201cThe talks went well. I thank Ecuador for its warm welcome.\u201d",
])
def test_an_untagged_quotation_is_the_one_person_s(default_coder: Coder, nlp: Language, text: str) -> None:
    assert "COLGOV" in _sources(default_coder, nlp, text, "051"), _coded(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    # two persons named: either may speak
    "Colombian President Ana Torres met Mayor Tom Reyes in Quito on Tuesday. "
    "\u201cI thank Ecuador for its warm welcome.\u201d",
    # a body named, no person
    "The Colombian foreign ministry issued a statement on Tuesday. "
    "\u201cI thank Ecuador for its warm welcome.\u201d",
])
def test_an_untagged_quotation_without_one_person_has_no_speaker(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert not any(_sources(default_coder, nlp, text, "051")), _coded(default_coder, nlp, text)
