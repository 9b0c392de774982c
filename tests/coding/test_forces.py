"""Verbs of force used of other things (events.coding.forces): a verb of mobilising, "set off"
and "demonstrate" code force or protest only in that sense, told by their object. Sentences
written for these tests; none comes from a dev or gold set."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import event_codes as _codes
from tests.coding.conftest import triples


@pytest.mark.parametrize("text", [
    "The bank deployed a new fraud detection system last year.",
    "The governor has amassed a fortune since taking office.",
    "The company recruited 500 engineers in India.",
])
def test_mobilising_something_other_than_forces_is_no_mobilisation(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert not any(code.startswith("15") for code in _codes(default_coder, nlp, text))


@pytest.mark.parametrize(("text", "code"), [
    ("Russia has amassed troops near the Ukrainian border.", "154"),
    ("China has stationed fighter jets on the disputed islands.", "154"),
    ("The rebels recruited children in eastern Congo.", "154"),
])
def test_mobilising_forces_or_people_for_an_armed_side_is_mobilisation(
    default_coder: Coder, nlp: Language, text: str, code: str
) -> None:
    assert code in _codes(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The pilgrims set off for Mecca on Monday.",
    "The activists set off at dawn for the prison in Edirne.",
])
def test_setting_off_on_a_journey_is_no_bombing(default_coder: Coder, nlp: Language, text: str) -> None:
    assert "183" not in _codes(default_coder, nlp, text)


def test_setting_off_a_bomb_is_a_bombing(default_coder: Coder, nlp: Language) -> None:
    text = "Militants set off a bomb outside the police station in Quetta."
    assert "183" in _codes(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The report demonstrates the growing strength of the teachers union.",
    "The data demonstrate that the program reduced crime in Chicago.",
])
def test_demonstrating_something_is_no_protest(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any(code.startswith("14") for code in _codes(default_coder, nlp, text))


def test_demonstrating_against_someone_is_a_protest(default_coder: Coder, nlp: Language) -> None:
    assert "141" in _codes(default_coder, nlp, "Thousands demonstrated in Belgrade against the government.")


@pytest.mark.parametrize("text", [
    "A retired teacher brandished a shotgun at the bailiffs.",
    "The company conducted tests on the new battery in Nevada.",
    "The teachers union staged drills at three schools last week.",
])
def test_a_show_of_force_by_the_unarmed_is_none(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any(code.startswith("15") for code in _codes(default_coder, nlp, text))


@pytest.mark.parametrize("text", [
    "North Korea carried out tests of a new cruise missile last week.",
    "Nasser massed his divisions on the border in May.",
])
def test_a_show_of_force_by_a_state_or_a_named_person_stays(default_coder: Coder, nlp: Language,
                                                           text: str) -> None:
    assert any(code.startswith("15") for code in _codes(default_coder, nlp, text))


@pytest.mark.parametrize("text", [
    "Delta Air Lines suspended its route between Atlanta and Caracas in March.",
    "The shipping company cancelled its route to the port after the storm.",
])
def test_a_firm_s_cancelled_route_is_no_blockade(default_coder: Coder, nlp: Language, text: str) -> None:
    assert "191" not in _codes(default_coder, nlp, text)


# -------------------- armed men attack with force, and "positions" held are ground


@pytest.mark.parametrize("text", [
    "Government troops attacked rebel positions near the airport on Sunday.",
    "Ukrainian forces attacked Russian positions along the Dnipro river.",
    "Soldiers from Chad and Niger attacked jihadist positions near Lake Chad on Friday.",
])
def test_an_attack_on_positions_by_forces_is_force(default_coder: Coder, nlp: Language, text: str) -> None:
    codes = _codes(default_coder, nlp, text)
    assert "190" in codes and "111" not in codes, codes


@pytest.mark.parametrize("text", [
    "The opposition leader attacked the government's positions on immigration.",
    "The senator attacked the president's budget as reckless.",
])
def test_an_attack_on_stances_or_plans_by_civilians_is_criticism(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert _codes(default_coder, nlp, text) == ["111"]


# -------------------- where forces were put is not who put them


@pytest.mark.parametrize(("text", "place"), [
    ("Kenyan troops stationed in Somalia clashed with al-Shabaab fighters near Kismayo.", "SOM"),
    ("Turkish soldiers based in Iraq shelled PKK hideouts in the Qandil mountains.", "IRQ"),
])
def test_the_country_forces_are_stationed_in_is_no_source(
    default_coder: Coder, nlp: Language, text: str, place: str
) -> None:
    coded = triples(default_coder.code(nlp(text), when=dt.date(2026, 3, 4)))
    assert not any(source == place for source, _, _ in coded), coded


@pytest.mark.parametrize(("text", "expected"), [
    ("An Indian army patrol came under fire from Pakistani troops in Kashmir.", ("PAKMIL", "INDMIL", "193")),
    ("Malian soldiers came under attack from Tuareg rebels near Kidal.", ("MLIREB", "MLIMIL", "190")),
    ("Ukrainian trenches came under heavy Russian shelling near Toretsk.", ("RUS", "UKR", "194")),
])
def test_coming_under_fire_is_the_attack_of_whom_it_is_from(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(default_coder.code(nlp(text))), triples(default_coder.code(nlp(text)))


def test_coming_under_fire_from_lawmakers_is_criticism(default_coder: Coder, nlp: Language) -> None:
    text = "The Kenyan minister came under fire from opposition senators over the bill."
    found = triples(default_coder.code(nlp(text)))
    assert any(c == "111" for _, _, c in found), found
    assert not any(c.startswith("19") for _, _, c in found), found


def test_who_fires_is_named_in_the_phrase_of_the_fire(default_coder: Coder, nlp: Language) -> None:
    text = "Two Armenian villages came under fire overnight, as reported by the Azerbaijani army."
    found = triples(default_coder.code(nlp(text)))
    assert not any(s == "AZEMIL" and c in ("111", "193") for s, _, c in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian strategic bombers flew to Nicaragua on Tuesday.", ("RUSMIL", "NIC", "150")),
    ("Chinese fighter jets flew into Japan's air defence zone.", ("CHNMIL", "JPN", "150")),
])
def test_warplanes_flying_to_a_country_show_force(default_coder: Coder, nlp: Language, text: str,
                                                   expected: tuple[str, str, str]) -> None:
    found = triples(default_coder.code(nlp(text)))
    assert expected in found, found
    assert not any(c.startswith(("04", "07")) for _, _, c in found), found


def test_a_minister_flying_to_a_capital_still_visits(default_coder: Coder, nlp: Language) -> None:
    found = triples(default_coder.code(nlp("The Indian foreign minister flew to Tokyo on Monday.")))
    assert any(c == "042" for _, _, c in found), found
