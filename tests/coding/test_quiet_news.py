"""News that holds no political event (sports, weather, business, culture, science): the
coder stays silent on it and keeps the real events beside it. Sentences written for these
tests; none comes from a dev or gold set."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2025, 9, 1)
Triple = tuple[str, str, str]


def _coded(coder: Coder, nlp: Language, text: str) -> set[Triple]:
    return {(e.source.code if e.source else "", e.event_code, e.target.code if e.target else "")
            for e in coder.code(nlp(text), when=WHEN)}


def _holds(found: set[Triple], expected: Triple) -> bool:
    """Whether ``found`` holds an event of ``expected`` (source ending, root or code prefix,
    target; an empty target matches any)."""
    source, root, target = expected
    return any(s.endswith(source) and c.startswith(root) and (not target or t == target)
               for s, c, t in found)


@pytest.mark.parametrize("text", [
    "Cyclone Freddy killed more than 400 people in Malawi.",
    "Storm Ciaran battered the coasts of France and England on Thursday.",
    "Tropical Storm Eta killed 20 people in Honduras.",
    "Wildfires threatened hundreds of homes in southern California.",
    "The heat wave threatened crops across Europe.",
    "Floodwaters destroyed bridges and roads across Pakistan's Sindh province.",
])
def test_natural_forces_act_on_no_one(default_coder: Coder, nlp: Language, text: str) -> None:
    assert _coded(default_coder, nlp, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Rebels killed 20 people in Honduras.", ("HNDREB", "190", "HNDCVL")),
    ("Storm Shadow missiles fired by Ukraine destroyed a Russian command post.", ("UKR", "19", "")),
])
def test_forces_beside_storms_still_act(default_coder: Coder, nlp: Language, text: str,
                                        expected: Triple) -> None:
    found = _coded(default_coder, nlp, text)
    source, root, target = expected
    assert any(s == source and c.startswith(root) and (not target or t == target) for s, c, t in found), found


@pytest.mark.parametrize("text", [
    "LeBron James attacked the basket relentlessly in the fourth quarter.",
    "The Dodgers threatened in the ninth inning but could not score.",
    "Manchester United fought back from two goals down to draw with Everton on Saturday.",
    "The Australian team invaded the pitch after the final whistle.",
    "Few expected the young driver would storm to the title in his second season.",
    "Westfield Central eliminated the Hawks after a 61-55 victory in the regional final.",
])
def test_force_in_a_game_is_play(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not {c for _, c, _ in _coded(default_coder, nlp, text) if c[:2] in ("13", "17", "18", "19", "20")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Rebels attacked the town after their victory in the north.", ("REB", "19", "")),
    ("Police stormed the stadium after the final and arrested 40 hooligans.", ("COP", "17", "")),
])
def test_force_beside_a_game_word_stays(default_coder: Coder, nlp: Language, text: str,
                                        expected: Triple) -> None:
    found = _coded(default_coder, nlp, text)
    assert _holds(found, expected), found


@pytest.mark.parametrize("text", [
    "The band toured Europe last summer, playing to sold-out crowds in Paris and Berlin.",
    "Taylor Swift visited a children's hospital in Nashville on Friday.",
    "The students visited the science museum in Chicago.",
    "The retired couple visited an old monastery in Vermont.",
])
def test_private_visits_are_no_diplomacy(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not {c for _, c, _ in _coded(default_coder, nlp, text) if c.startswith("04")}


@pytest.mark.parametrize(("text", "expected"), [
    ("The president visited a children's hospital in Nashville on Friday.", ("GOV", "042", "")),
    ("The prime minister toured the flooded villages.", ("GOV", "042", "")),
    ("Chancellor Scholz visited Kyiv on Monday.", ("DEUELIGOV", "042", "UKRGOV")),
])
def test_official_visits_stay(default_coder: Coder, nlp: Language, text: str, expected: Triple) -> None:
    found = _coded(default_coder, nlp, text)
    assert _holds(found, expected), found


@pytest.mark.parametrize("text", [
    "Doctors fought to save the life of the young patient.",
    "The team of scientists fought to find a vaccine.",
    "Residents fought to save the old cinema from demolition.",
    "The mayor fought to keep the factory open.",
])
def test_fighting_to_do_something_is_an_effort(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not {c for _, c, _ in _coded(default_coder, nlp, text) if c[:2] in ("11", "18", "19")}


def test_armed_sides_fighting_to_take_a_city_still_fight(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Rebels fought to take control of the city.")
    assert any(s.endswith("REB") and c.startswith("19") for s, c, _ in found), found


@pytest.mark.parametrize("text", [
    "Eighth-grade students at Lincoln Academy celebrated Mardi Gras on Tuesday.",
    "The community gathered to celebrate the 100th birthday of its oldest resident.",
    "The Rotary Club honored three local nurses for their service.",
    "A retired teacher celebrated 40 years with the choir.",
    "Friends mourn a young mother killed in the fire.",
])
def test_private_celebrations_are_no_symbolic_acts(default_coder: Coder, nlp: Language, text: str) -> None:
    assert "017" not in {c for _, c, _ in _coded(default_coder, nlp, text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The president honored the fallen soldiers at Arlington.", ("GOV", "017", "---MIL")),
    ("Thousands of Kenyans celebrated the independence anniversary in Nairobi.", ("KEN", "017", "")),
])
def test_official_and_patterned_commemorations_stay(default_coder: Coder, nlp: Language, text: str,
                                                    expected: Triple) -> None:
    found = _coded(default_coder, nlp, text)
    assert _holds(found, expected), found


@pytest.mark.parametrize("text", [
    "The Chinese swimmer accused the Australian of cheating.",
    "Ukraine's tennis player refused to shake hands with her Belarusian opponent.",
    "The Nigerian singer toured the United States last year.",
    "The Brazilian footballer thanked the fans after the match.",
    "Germany's coach criticised the referee after the defeat to Japan.",
    "Iran's players refused to sing the national anthem before the match against England.",
])
def test_athletes_and_performers_are_no_states(default_coder: Coder, nlp: Language, text: str) -> None:
    assert _coded(default_coder, nlp, text) == set()


def test_a_performer_meeting_a_head_of_state_stays(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The American rapper met President Putin in Moscow.")
    assert any(c.startswith("04") and t == "RUSGOV" for _, c, t in found), found


@pytest.mark.parametrize("text", [
    "The Chinese company attacked its American rival's pricing.",
    "The senator attacked the nationalism of the new government.",
    "Critics attacked the director's new film.",
])
def test_attacks_on_products_works_and_ideas_are_no_force(default_coder: Coder, nlp: Language,
                                                          text: str) -> None:
    assert not {c for _, c, _ in _coded(default_coder, nlp, text) if c[:2] in ("18", "19")}


@pytest.mark.parametrize("text", [
    "The bear attacked a hiker in Yellowstone National Park.",
    "The coyote attacked a toddler in a park.",
    "A hiker was mauled by a bear in Montana.",
])
def test_animals_act_on_no_one(default_coder: Coder, nlp: Language, text: str) -> None:
    assert _coded(default_coder, nlp, text) == set()


def test_police_dogs_are_the_police(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Police dogs attacked the protesters.")
    assert any(s.endswith("COP") and c.startswith("17") for s, c, _ in found), found


@pytest.mark.parametrize("text", [
    "England hosted Germany in a friendly at Wembley.",
    "Brazil will meet Argentina in the final on Sunday.",
    "Japan welcomed Spain to Tokyo for the semifinal.",
])
def test_national_teams_meeting_in_a_game_are_no_diplomacy(default_coder: Coder, nlp: Language,
                                                           text: str) -> None:
    assert not {c for _, c, _ in _coded(default_coder, nlp, text) if c.startswith(("04", "036"))}


def test_states_meeting_for_talks_still_meet(default_coder: Coder, nlp: Language) -> None:
    text = "Iran will meet the United States in Geneva for talks on the nuclear deal."
    found = _coded(default_coder, nlp, text)
    assert ("IRN", "036", "USA") in found, found


@pytest.mark.parametrize("text", [
    "Researchers targeted the protein with a new class of drugs.",
    "The carmaker invaded the electric vehicle market with a cheap model.",
    "Apple invaded the music business with iTunes.",
])
def test_markets_and_molecules_are_no_targets_of_force(default_coder: Coder, nlp: Language,
                                                       text: str) -> None:
    assert not {c for _, c, _ in _coded(default_coder, nlp, text) if c[:2] in ("18", "19")}


def test_gunmen_targeting_customers_still_attack(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Gunmen targeted customers at a busy market.")
    assert any(s.endswith("UAF") and c.startswith("19") for s, c, _ in found), found


@pytest.mark.parametrize("text", [
    "The Australian team invaded the pitch to celebrate the victory.",
    "Argentina celebrated the World Cup title in Buenos Aires.",
])
def test_teams_celebrating_a_game_make_no_symbolic_act(default_coder: Coder, nlp: Language,
                                                       text: str) -> None:
    assert "017" not in {c for _, c, _ in _coded(default_coder, nlp, text)}


def test_a_minister_owned_by_a_country_still_acts(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Germany's foreign minister criticised the Russian government.")
    assert any(s == "DEUGOV" and c.startswith("11") for s, c, _ in found), found


@pytest.mark.parametrize("text", [
    "Provincial officials warned that the storm system may bring heavy snow to the valleys.",
    "The mayor warned residents that floods could hit the city.",
])
def test_forecasts_of_natural_forces_are_no_comments(default_coder: Coder, nlp: Language,
                                                     text: str) -> None:
    assert not {c for _, c, _ in _coded(default_coder, nlp, text) if c in ("012", "013")}


def test_warnings_about_measures_stay(default_coder: Coder, nlp: Language) -> None:
    text = "The minister warned that the sanctions could push food prices higher."
    found = _coded(default_coder, nlp, text)
    assert ("---GOV", "012", "") in found, found
