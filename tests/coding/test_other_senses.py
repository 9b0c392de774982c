"""Verbs of violence and protest in their other senses: beating a rival in a vote or a game,
sitting somewhere. Sentences written for these tests; none comes from a dev or gold set."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import event_codes


@pytest.mark.parametrize("text", [
    "Sheriff Dan Okafor was re-elected on Tuesday, beating his Democratic challenger by 4,100 votes.",
    "The treasurer beat out three rivals for the party's nomination in March.",
    "The mayor beat her rival by 12 points in the runoff.",
])
def test_beating_a_rival_in_a_vote_is_no_assault(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any(code.startswith("18") for code in event_codes(default_coder, nlp, text))


def test_beating_a_candidate_is_an_assault(default_coder: Coder, nlp: Language) -> None:
    text = "Police beat an opposition candidate outside the polling station."
    assert "182" in event_codes(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The defendant often sat with his face in his hands during the hearing.",
    "The senator sat in the front row of the chamber with her aides.",
])
def test_sitting_somewhere_is_no_sit_in(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any(code.startswith("14") for code in event_codes(default_coder, nlp, text))


@pytest.mark.parametrize("text", [
    "Hundreds of farmers sat in outside the ministry on Monday.",
    "Students vowed to sit-in outside the rector's office until the fees are cut.",
])
def test_a_sit_in_is_a_protest(default_coder: Coder, nlp: Language, text: str) -> None:
    assert any(code.startswith(("14", "13")) for code in event_codes(default_coder, nlp, text))
