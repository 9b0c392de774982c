"""What is released: people, or a record of someone (events.coding.released). Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import event_codes


@pytest.mark.parametrize("text", [
    "Police released a photofit of the suspect on Tuesday.",
    "The ministry released a timeline of the evacuation of the embassy staff.",
    "Hamas released an audio recording of an Israeli captive on Saturday.",
])
def test_a_record_of_someone_released_is_no_release(default_coder: Coder, nlp: Language, text: str) -> None:
    assert "0841" not in event_codes(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The militia released a group of fishermen it had seized off the coast.",
    "Russia released a batch of Ukrainian soldiers in an exchange.",
    "The authorities released two former aides of the jailed opposition leader.",
    "Police freed a teenage girl who had been held in a basement.",
])
def test_people_released_are_released(default_coder: Coder, nlp: Language, text: str) -> None:
    assert "0841" in event_codes(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The foreign ministry released a white paper on maritime security on Monday.",
    "The presidency released a communique on the summit with Senegal.",
    "Prosecutors released a letter from the mayor to the city council.",
])
def test_a_document_released_is_no_release(default_coder: Coder, nlp: Language, text: str) -> None:
    assert "0841" not in event_codes(default_coder, nlp, text)
