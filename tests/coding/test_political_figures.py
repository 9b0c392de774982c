"""Political news in words of other acts: a legislature that confirms a nominee or an
appointment approves it and states nothing (no 010), a body, budget or economy "held
hostage" is a figure of speech, no hostage-taking (181), and attacking a budget, reform or
proposal criticises its owner (111), no force (190).

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


@pytest.mark.parametrize(("text", "expected"), [
    # attacking or fighting a budget, a reform or a proposal criticises its owner (111)
    ("The opposition attacked the government's budget as reckless.", ("---OPP", "111", "---GOV")),
    ("Conservative lawmakers attacked the prime minister's pension reform.", ("---LEG", "111", "---GOV")),
    ("Teachers unions attacked the governor's proposal to cut school funding.",
     ("---EDULAB", "111", "---GOV")),
])
def test_attacking_a_policy_is_criticism(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found
    assert not any(c.startswith("19") for _, c, _, _ in found), found


def test_attacking_a_convoy_is_force(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Rebels attacked a government convoy near the border.")
    assert ("---REB", "190", "---GOV", "asserted") in found, found
