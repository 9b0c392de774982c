"""Trade measures named by nouns: tariffs, duties and levies a state imposes on another's goods
are a sanction (163) when the noun names the imposer (an actor adjective, possessor or
compound) and the target (an "on/against" phrase), also inside a phrase of another coded verb
("a complaint over U.S. tariffs on its steel"); a measure noun with no one on either side is no
act ("tariff revenue", "the tariff rate", "sanctions experts").

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Mexico's new tariffs on American pork took effect on Monday.", ("MEXGOV", "163", "USA")),
    ("Ottawa's duties on U.S. whiskey came into force this week.", ("CANGOV", "163", "USA")),
])
def test_a_tariff_noun_with_imposer_and_target_is_a_sanction(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Vietnam filed a complaint at the WTO over U.S. tariffs on Vietnamese shrimp.",
     ("USAGOV", "163", "VNM")),
    ("The Chinese government unveiled a stimulus package in response to Washington's new duties on"
     " Chinese electric vehicles.", ("USAGOV", "163", "CHN")),
])
def test_a_measure_with_its_own_imposer_under_a_coded_verb_is_its_own_event(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("India lodged a complaint with the World Trade Organization over American tariffs on its steel pipes.",
     ("USAGOV", "163", "IND")),
    ("China lodged a complaint with the World Trade Organization on Thursday over U.S. tariffs on its"
     " aluminium exports.", ("USAGOV", "163", "CHN")),
])
def test_its_in_the_target_phrase_is_the_clause_subject(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize("text", [
    "Economists said tariff revenue had doubled since January.",
    "Sanctions experts said the tariff rate on imported steel was the highest in decades.",
    "The senator said his duties on the finance committee kept him busy.",
    "The coast guard seized a tanker off Malta, saying it had broken EU sanctions.",
])
def test_a_measure_noun_with_no_sides_is_no_sanction(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("16") for _, c, _, _ in found), found


def test_a_measure_the_verb_imposes_is_coded_once(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Japan imposed tariffs on South Korean chemicals on Tuesday.")
    assert [f for f in found if f[1] == "163"] == [("JPN", "163", "KOR", "asserted")], found


@pytest.mark.parametrize("text", [
    "American tariffs on Chinese steel were removed last week.",
    "The easing of sanctions on Venezuela let the oil company resume exports.",
    "The EU's decision to lift sanctions on Belarusian potash surprised diplomats.",
])
def test_a_measure_being_lifted_is_not_imposed(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c == "163" for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "U.S. sanctions have hit Iran's economy hard.",
    "Soybean farmers in Iowa were hit by Beijing's retaliatory tariffs on American soybeans.",
])
def test_a_measure_that_hits_an_economy_uses_no_force(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c[:2] in ("18", "19", "20") for _, c, _, _ in found), found


def test_troops_that_hit_positions_still_use_force(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Russian troops hit Ukrainian positions near the river on Sunday.")
    assert ("RUSMIL", "190", "UKR", "asserted") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    # the parser hangs "on its tomatoes" on "lodged": the phrase right after the noun is its
    ("Colombia filed a complaint over Mexican duties on its flowers.", ("MEXGOV", "163", "COL")),
    ("Argentina lodged a protest over Brazilian duties on its wheat exports.", ("BRAGOV", "163", "ARG")),
])
def test_the_on_phrase_the_parser_hung_on_the_verb_is_the_measures(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Canada said it was opening a dispute at the WTO over American tariffs on its aluminium.",
     ("USAGOV", "163", "CAN")),
    ("Mexico said on Tuesday it had lodged a complaint over U.S. tariffs on its tomatoes.",
     ("USAGOV", "163", "MEX")),
])
def test_its_after_a_reported_it_is_the_speaker(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "reported") in found, found


def test_a_date_after_the_measure_is_no_target(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Peru lodged a complaint over U.S. tariffs on Monday.")
    assert not any(c == "163" for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The Kenyan envoy said his duties with the United Nations kept him in New York.",
    "Canada's new duties took effect on Monday, the finance minister said.",
])
def test_a_duty_that_hits_no_one_on_or_against_is_no_sanction(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c == "163" for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Seoul has no plans to impose tariffs on Vietnamese textiles, the trade minister said.",
    "Ottawa has no plans to slap levies on American dairy.",
])
def test_a_measure_its_verb_does_not_impose_is_no_sanction(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c == "163" for _, c, _, _ in found), found
