"""Matching (events.coding.verbs): which pattern of a verb's block decides its code.
Sentences written for these tests; none comes from a dev or gold set."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import triples


@pytest.mark.parametrize(("text", "source"), [
    ("Syrian fire killed two Turkish border guards on Sunday.", "SYR"),
    ("Fire from Ethiopian soldiers killed three farmers near the border.", "ETHMIL"),
])
def test_fire_of_a_nationality_or_a_force_is_no_blaze(default_coder: Coder, nlp: Language, text: str,
                                                      source: str) -> None:
    found = triples(default_coder.code(nlp(text)))
    assert any(s == source and c.startswith("19") for s, _, c in found), found


def test_a_fire_in_a_building_is_still_a_blaze(default_coder: Coder, nlp: Language) -> None:
    text = "A Nairobi warehouse fire killed nine workers, Kenyan police said."
    found = triples(default_coder.code(nlp(text)))
    assert not any(c.startswith(("18", "19")) for _, _, c in found), found


def test_an_according_to_phrase_is_none_of_the_verbs_words(default_coder: Coder, nlp: Language) -> None:
    text = "Two men assaulted a woman outside a bar, according to the sheriff's office."
    # (the source of the report is not the act's object: no "- * OFFICE" abuse of office)
    found = triples(default_coder.code(nlp(text)))
    assert ("---CVL", "---CVL", "182") in found, found
