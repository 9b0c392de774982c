"""What one side agrees, offers or promises to do to another: the infinitive of the intent
names the target ("agreed to provide Chile with pumps" is an intent toward Chile), and a
source named only by its role does not take the country it means to act on. Sides that agree
together act on each other, and what an intent makes ("agreed to set up a shelter") is no
target.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("The governor promised to reinstate the dismissed police chief.", ("---GOV", "030", "---COP")),
    ("The prime minister promised to compensate the evicted farmers.", ("---GOV", "030", "---AGR")),
])
def test_the_infinitive_of_an_intent_names_its_target(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize(("text", "country"), [
    ("The ministry agreed to provide Chile with water pumps after the floods.", "CHL"),
    ("The defence minister agreed to provide Jordan with radar equipment.", "JOR"),
])
def test_who_means_to_help_a_country_is_not_of_it(
        default_coder: Coder, nlp: Language, text: str, country: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(s == "---GOV" and c.startswith("03") and t == country for s, c, t, _ in found), found
    assert not any(s.startswith(country) for s, _, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The regional government promised to establish a clinic for injured miners.",
    "The ministry agreed to create a fund for the families of drowned fishermen.",
])
def test_what_an_intent_makes_is_no_target(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c.startswith("03") for _, c, _, _ in found), found
    assert not any(c.startswith("03") and t for _, c, t, _ in found), found


@pytest.mark.parametrize(("text", "sides"), [
    ("Peru and Ecuador agreed to share intelligence on drug gangs.", {"PER", "ECU"}),
    ("Chad and Niger agreed to extradite the suspects wanted for the bombing.", {"TCD", "NER"}),
])
def test_sides_agreeing_together_act_on_each_other(
        default_coder: Coder, nlp: Language, text: str, sides: set[str]) -> None:
    found = _coded(default_coder, nlp, text)
    intents = [(s, t) for s, c, t, _ in found if c.startswith("03")]
    assert intents and all({s, t} == sides for s, t in intents), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry refused to grant Ukraine a new loan.", ("---GOV", "120", "UKR")),
    ("The foreign ministry rejected Japan's protest over the island.", ("---GOV", "120", "JPN")),
])
def test_who_turns_a_country_down_is_not_of_it(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found
    assert not any(s.startswith(expected[2]) for s, _, _, _ in found), found
