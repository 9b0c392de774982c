"""Who an event is aimed at when its object is a thing, a relation noun or a phrase (issue 14):
co-attendance, verbs of force used as modifiers, relation nouns. Sentences written for these
tests; none comes from a dev or gold set."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import triples

WHEN = dt.date(2026, 3, 4)


def _triples(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return triples(coder.code(nlp(text), when=WHEN))


@pytest.mark.parametrize(("text", "sides"), [
    ("Kenya and Tanzania attended the regional security summit in Kigali on Friday.", ("KEN", "TZA")),
    ("Delegations from Serbia and Kosovo took part in the meeting in Brussels on Thursday.",
     ("SRBGOV", "KSVGOV")),
])
def test_attending_a_meeting_together_is_no_meeting_of_the_two(
    default_coder: Coder, nlp: Language, text: str, sides: tuple[str, str]
) -> None:
    found = _triples(default_coder, nlp, text)
    a, b = sides
    assert (a, "", "040") in found
    assert (a, b, "040") not in found and (b, a, "040") not in found


@pytest.mark.parametrize(("text", "sides"), [
    ("Armenian and Azerbaijani diplomats took part in talks in Geneva on Monday.", ("ARMGOV", "AZEGOV")),
    ("Serbia and Kosovo met in Brussels on Thursday.", ("SRB", "KSV")),
])
def test_talks_two_sides_take_part_in_or_a_meeting_stay_between_them(
    default_coder: Coder, nlp: Language, text: str, sides: tuple[str, str]
) -> None:
    a, b = sides
    assert (a, b, "040") in _triples(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The navy ordered six new attack submarines from a French shipyard.",
    "The air force ordered new attack helicopters from Italy.",
])
def test_a_word_of_force_that_names_a_kind_of_craft_orders_no_attack(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert not any(code.startswith("19") for _, _, code in _triples(default_coder, nlp, text))


@pytest.mark.parametrize("text", [
    "India ordered fighter jets and attack helicopters from France.",
    "Greece ordered fighter jets and attack helicopters from the United States.",
])
def test_a_word_of_force_the_parser_joins_to_a_noun_attacks_no_one(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert not any(code.startswith("19") for _, _, code in _triples(default_coder, nlp, text))


@pytest.mark.parametrize("text", [
    "Egypt ordered frigates and attack helicopters from Italy.",
    "The ministry ordered 12 strike drones from a Turkish firm.",
])
def test_arms_ordered_from_a_seller_are_bought_no_demand(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert _triples(default_coder, nlp, text) == set()


def test_forces_ordered_to_act_stay_an_order(default_coder: Coder, nlp: Language) -> None:
    text = "The commander ordered troops from the border to return to their barracks."
    assert _triples(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "Germany will supply targeting data and spare parts to the Ukrainian army.",
    "The army said the drones were equipped with targeting data supplied by foreign advisers.",
])
def test_targeting_data_is_no_attack_or_threat(default_coder: Coder, nlp: Language, text: str) -> None:
    codes = {code for _, _, code in _triples(default_coder, nlp, text)}
    assert not any(code[:2] in ("13", "19") for code in codes)


def test_a_targeting_act_stays_an_attack(default_coder: Coder, nlp: Language) -> None:
    text = "The rebels are targeting data centres in the capital."
    assert ("---REB", "", "190") in _triples(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "source"), [
    ("Russia held talks with Syria's neighbours on the return of refugees.", "RUS"),
    ("The Egyptian foreign minister met Libya's neighbours in Cairo.", "EGYGOV"),
])
def test_a_countrys_neighbours_are_governments_of_no_country_named(
    default_coder: Coder, nlp: Language, text: str, source: str
) -> None:
    assert _triples(default_coder, nlp, text) == {(source, "---GOV", "040")}


@pytest.mark.parametrize(("text", "triple"), [
    ("Chinese President Xi Jinping met the leaders of Vietnam's neighbours at a summit in Beijing.",
     ("CHNGOV", "---GOV", "040")),
    ("The German chancellor criticised the defence ministers of Israel's allies.",
     ("DEUGOV", "---GOV", "111")),
])
def test_officials_of_a_countrys_allies_or_neighbours_are_of_no_country_named(
    default_coder: Coder, nlp: Language, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in _triples(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "Turkey sent troops to northern Iraq to support an ally of the Kurdish regional government.",
    "France condemned the allies of the Syrian government for the bombing.",
])
def test_the_ally_of_a_government_is_not_that_government(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    targets = {target for _, target, _ in _triples(default_coder, nlp, text)}
    assert not any(t.endswith("GOV") for t in targets)


@pytest.mark.parametrize(("text", "triple"), [
    ("A man stabbed his neighbour in Leeds on Sunday, police said.", ("---CVL", "---CVL", "182")),
    ("NATO allies agreed to send more air defence systems to Ukraine.", ("IGONAT", "UKR", "0332")),
])
def test_a_persons_neighbour_and_a_blocs_allies_keep_their_codes(
    default_coder: Coder, nlp: Language, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in _triples(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "triple"), [
    ("The Senate minority leader attacked the president's budget as reckless.", ("---LEG", "---GOV", "111")),
    ("Critics assailed the ministry's proposal.", ("---OPP", "---GOV", "111")),
    ("The senator shot down the governor's plan.", ("---LEG", "---GOV", "111")),
])
def test_attacking_a_plan_or_decision_criticises_its_owner(
    default_coder: Coder, nlp: Language, text: str, triple: tuple[str, str, str]
) -> None:
    assert _triples(default_coder, nlp, text) == {triple}


@pytest.mark.parametrize(("text", "triple"), [
    ("The opposition leader attacked the prime minister over the deal.", ("---OPP", "---GOV", "111")),
    ("The senator attacked the governor over his remarks about teachers.", ("---LEG", "---GOV", "111")),
])
def test_an_attack_over_something_between_unarmed_bodies_is_criticism(
    default_coder: Coder, nlp: Language, text: str, triple: tuple[str, str, str]
) -> None:
    assert _triples(default_coder, nlp, text) == {triple}


@pytest.mark.parametrize(("text", "triple"), [
    ("Rebels attacked the government's convoy near Goma.", ("CODREB", "CODGOV", "190")),
    ("A man attacked his neighbour over a parking dispute.", ("---CVL", "---CVL", "180")),
])
def test_attacks_on_things_or_people_stay_force(
    default_coder: Coder, nlp: Language, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in _triples(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "triple"), [
    ("Turkey welcomed the release of its citizens by Iranian authorities.", ("TUR", "IRNGOV", "051")),
    ("The minister welcomed the acquittal of the journalist by a court in Istanbul.",
     ("TURGOV", "TURJUD", "051")),
])
def test_praise_of_an_act_goes_to_its_doer_not_to_whom_it_was_done(
    default_coder: Coder, nlp: Language, text: str, triple: tuple[str, str, str]
) -> None:
    assert _triples(default_coder, nlp, text) == {triple}


@pytest.mark.parametrize(("text", "triple"), [
    ("Ukraine thanked its neighbour Poland for the aid.", ("UKR", "POL", "051")),
    ("Kenya thanked its neighbour Uganda for the help.", ("KEN", "UGA", "051")),
])
def test_a_neighbour_named_by_its_country_is_that_country(
    default_coder: Coder, nlp: Language, text: str, triple: tuple[str, str, str]
) -> None:
    assert _triples(default_coder, nlp, text) == {triple}


def test_a_blocs_allies_named_with_a_country_keep_their_code(default_coder: Coder, nlp: Language) -> None:
    text = "The United States and its Western allies began naval exercises in the Gulf."
    assert ("USA", "WST", "062") in _triples(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "triple"), [
    ("The council leader described the minister's decision as shameful.", ("---GOV", "---GOV", "111")),
    ("The mayor described the council's vote as outrageous.", ("---GOV", "---GOV", "111")),
    ("Teachers described the ministry's reform as unfair.", ("---EDU", "---GOV", "111")),
])
def test_describing_an_owned_plan_as_blameworthy_criticises_its_owner(
    default_coder: Coder, nlp: Language, text: str, triple: tuple[str, str, str]
) -> None:
    assert _triples(default_coder, nlp, text) == {triple}


def test_naming_a_plan_with_a_neutral_word_is_no_event(default_coder: Coder, nlp: Language) -> None:
    assert _triples(default_coder, nlp, "The minister called the plan ambitious.") == set()


@pytest.mark.parametrize(("text", "source"), [
    ("Moscow criticised Kyiv's Western backers.", "RUSGOV"),
    ("Beijing warned Taipei's foreign backers against arms sales.", "CHNGOV"),
])
def test_a_capitals_backers_are_not_its_government(
    default_coder: Coder, nlp: Language, text: str, source: str
) -> None:
    targets = {target for s, target, _ in _triples(default_coder, nlp, text) if s == source}
    assert targets and not any(t[:3] in ("UKR", "TWN") for t in targets)
