"""Political news in words of other acts: a legislature that confirms a nominee or an
appointment approves it and states nothing (no 010), and a body, budget or economy "held
hostage" is a figure of speech, no hostage-taking (181).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize("text", [
    "The Senate confirmed the president's nominee for ambassador to Japan.",
    "Lawmakers confirmed the appointment of a new central bank governor.",
    "The Senate confirmed Marcus Bell as secretary of the Navy on Tuesday.",
])
def test_confirming_a_nominee_is_no_statement(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("01") for _, c, _, _ in found), found


def test_confirming_an_act_still_reports_it(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The ministry confirmed the arrest of two British nationals.")
    assert any(c == "173" for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The governor accused Republicans of holding the budget hostage.",
    "The prime minister said the unions were holding the economy hostage.",
    "The European Commission accused Hungary of holding the bloc hostage.",
])
def test_a_body_or_budget_held_hostage_is_a_figure_of_speech(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("18") for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Militants are holding the city's mayor hostage.",
    "Rebels held two aid workers hostage in the mountains.",
])
def test_people_held_hostage_are_hostages(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == "181" for _, c, _, _ in found), found
