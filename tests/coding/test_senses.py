"""Release and charge in their everyday senses (events.coding.senses): what is released is
people or a record of someone; what is charged is a crime or a price. Every sentence is
written for these tests."""

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


@pytest.mark.parametrize("text", [
    "The clinic charged patients $300 for a blood test that costs $40.",
    "He says the $181 in sales taxes was wrongly charged to his small business.",
    "The hotel charged the delegation 2,000 euros for the conference room.",
])
def test_a_price_charged_is_no_charge(default_coder: Coder, nlp: Language, text: str) -> None:
    assert "173" not in event_codes(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "Police charged the accountant with tax evasion on Monday.",
    "The businessman was charged with evading taxes.",
    "The driver was charged with reckless endangerment and injury to a child.",
    "The farmer was charged with cruelty to animals after the raid on his farm.",
])
def test_a_crime_charged_is_a_charge(default_coder: Coder, nlp: Language, text: str) -> None:
    assert "173" in event_codes(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "A pensioner walked out of the corner shop with a winning scratch card.",
    "The deputy mayor walked out of the bank with a box of files.",
    "The teachers moved into the new library building in January.",
])
def test_leaving_or_moving_in_is_no_protest(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any(code.startswith("14") for code in event_codes(default_coder, nlp, text))


@pytest.mark.parametrize(("text", "code"), [
    ("Nurses at the county hospital walked out over pay on Monday.", "143"),
    ("Hundreds of students walked out of class to protest the cuts.", "143"),
    ("Protesters moved into the parliament building on Tuesday night.", "141"),
])
def test_a_group_walking_out_or_protesters_moving_in_protest(default_coder: Coder, nlp: Language, text: str,
                                                            code: str) -> None:
    assert any(c.startswith(code) for c in event_codes(default_coder, nlp, text))


def test_one_person_s_rampage_is_an_assault(default_coder: Coder, nlp: Language) -> None:
    text = "Police said a gunman went on a rampage in a nursing home on Sunday."
    codes = event_codes(default_coder, nlp, text)
    assert "180" in codes and "145" not in codes


def test_a_crowd_s_rampage_is_a_riot(default_coder: Coder, nlp: Language) -> None:
    text = "A mob went on the rampage in the market after the verdict."
    assert "145" in event_codes(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The teenager is accused of selling marijuana to students near the high school.",
    "The realty firm sold 40 homes in the county in February.",
])
def test_selling_drugs_or_homes_is_no_trade_between_actors(default_coder: Coder, nlp: Language,
                                                          text: str) -> None:
    assert not any(code.startswith("06") for code in event_codes(default_coder, nlp, text))


def test_selling_arms_to_a_state_is_military_aid(default_coder: Coder, nlp: Language) -> None:
    assert "072" in event_codes(default_coder, nlp, "The United States sold fighter jets to Taiwan.")


@pytest.mark.parametrize("text", [
    "Pupils in Ghana hit school again on Monday after the long holidays.",
    "Most of our freshmen hit campus in late August, the dean said.",
    "The band's new record hits the shelves on Friday.",
    "The governor hit the campaign trail in Ohio on Tuesday.",
    "Fuel prices in Kenya hit a record high last month.",
])
def test_a_place_reached_or_a_mark_hit_is_no_assault(default_coder: Coder, nlp: Language, text: str) -> None:
    codes = event_codes(default_coder, nlp, text)
    assert not any(c[:2] in ("18", "19", "20") for c in codes), codes


@pytest.mark.parametrize("text", [
    "A mortar round hit the school in Kharkiv on Monday.",
    "Rebels hit the town with mortar fire overnight.",
    "Turkish drones hit a PKK camp in northern Iraq.",
])
def test_a_place_or_camp_struck_is_still_hit(default_coder: Coder, nlp: Language, text: str) -> None:
    codes = event_codes(default_coder, nlp, text)
    assert any(c[:2] in ("18", "19", "20") for c in codes), codes


@pytest.mark.parametrize("text", [
    "Police in Leeds are seeking a missing teenager.",
    "Kenyan police seek a man who robbed a bank in Nairobi on Friday.",
])
def test_a_person_sought_is_no_appeal(default_coder: Coder, nlp: Language, text: str) -> None:
    assert "020" not in event_codes(default_coder, nlp, text)


def test_talks_sought_stay_an_appeal(default_coder: Coder, nlp: Language) -> None:
    assert "026" in event_codes(default_coder, nlp, "Armenia sought talks with Turkey.")


@pytest.mark.parametrize("text", [
    "A protester handcuffed herself to the gate of the Kenyan embassy.",
    "The activist chained himself to the railings of the ministry.",
])
def test_an_act_on_oneself_is_no_coercion(default_coder: Coder, nlp: Language, text: str) -> None:
    codes = event_codes(default_coder, nlp, text)
    assert not any(c[:2] in ("17", "18", "19", "20") for c in codes), codes


@pytest.mark.parametrize("text", [
    "The students dispersed quietly once the speeches were over.",
    "By midnight the crowd of strikers had begun to disperse.",
    "The convoy of asylum seekers started to break up near the frontier.",
])
def test_a_crowd_that_disperses_is_no_repression(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not {c for c in event_codes(default_coder, nlp, text) if c.startswith("17")}


@pytest.mark.parametrize("text", [
    "Riot police dispersed the marchers with water cannon.",
    "The sit-in outside the ministry was broken up by soldiers.",
])
def test_a_crowd_driven_off_is_repression(default_coder: Coder, nlp: Language, text: str) -> None:
    assert "175" in event_codes(default_coder, nlp, text)


def test_a_crowd_said_to_disperse_is_no_one_accused(default_coder: Coder, nlp: Language) -> None:
    text = "The interior ministry said the striking miners had begun to disperse."
    codes = event_codes(default_coder, nlp, text)
    assert not {c for c in codes if c.startswith("17") or c.startswith("11")}


@pytest.mark.parametrize("text", [
    "The county executive announced that she would not seek re-election in the autumn.",
    "The prime minister is seeking a fourth term in next month's vote.",
    "Two former governors will seek the party's nomination for the Senate.",
])
def test_seeking_an_office_is_no_appeal(default_coder: Coder, nlp: Language, text: str) -> None:
    assert "020" not in event_codes(default_coder, nlp, text)


def test_seeking_help_is_an_appeal(default_coder: Coder, nlp: Language) -> None:
    codes = event_codes(default_coder, nlp, "Kenya sought help from its neighbours.")
    assert any(c.startswith("02") for c in codes)
