"""Partners of cooperation, praise and meetings in wire news (issue 14, the COOPERATE and
CONSULT families): every member of a list that names a plural noun's members is a side.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


def _triples(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {(s, c, t) for s, c, t, _ in _coded(coder, nlp, text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The charity thanked its partners, UNICEF and Oxfam, for their help.",
     {("NGO", "051", "IGOUNOKID"), ("NGO", "051", "NGOXFM")}),
    ("Chad praised its neighbours, Niger and Cameroon, for their help against the insurgents.",
     {("TCD", "051", "NER"), ("TCD", "051", "CMR")}),
])
def test_a_list_naming_a_plural_nouns_members_is_every_member(
        default_coder: Coder, nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    """"its partners, UNICEF and Oxfam,": the apposition is a list, and each is thanked."""
    assert expected <= _triples(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The company is working to resolve the dispute with the city.", ("---BUS", "040", "---GOV")),
    ("The union is trying to settle its differences with the hospital.", ("---LAB", "040", "---HLH")),
])
def test_resolving_a_dispute_with_someone_is_consulting_them(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    """"resolve / settle / iron out a dispute, an issue or differences with X" (040)."""
    assert expected in _triples(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The council resolved to ban fireworks in the park.",
    "The family settled in Ohio after the war.",
])
def test_resolving_to_act_or_settling_somewhere_is_no_consultation(
        default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any(c.startswith("04") for _, c, _ in _triples(default_coder, nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Vietnam and the Philippines carried out a joint naval exercise.",
     {("VNM", "062", "PHL"), ("PHL", "062", "VNM")}),
    ("Kenyan and Ugandan police conducted a joint exercise on the border.",
     {("KENCOP", "062", "UGACOP"), ("UGACOP", "062", "KENCOP")}),
])
def test_one_joint_exercise_is_military_cooperation(
        default_coder: Coder, nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    """"a joint (naval) exercise" as "joint exercises" (062), both ways."""
    assert _triples(default_coder, nlp, text) == expected


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Lula reiterated Brazil's support for the Bolivian government.", "BRAGOV", "BOLGOV"),
    ("The minister expressed Japan's support for Ukraine.", "JPNGOV", "UKR"),
    ("The spokeswoman voiced Moscow's concern over the Polish decision.", "", "POL"),
])
def test_a_stance_is_aimed_at_whom_it_is_for_not_its_holder(
        default_coder: Coder, nlp: Language, text: str, source: str, target: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(s.startswith(source) and t == target for s, _, t, _ in found), found
