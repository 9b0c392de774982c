"""Acts a sentence mentions that nobody did, or not to whom it says (issue 14, precision):
what one is hopeful or worried about doing, a vow's content, the content of a denied
accusation, a planned protest, an occasion hosted, and the place an appeal's author means to
visit.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


def _modalities(found: set[tuple[str, str, str, str]], code: str) -> set[str]:
    return {m for _, c, _, m in found if c == code}


@pytest.mark.parametrize(("text", "code"), [
    ("Governor Tom Reyes said he was hopeful about reopening the border crossing with Mexico.", "0872"),
    ("Kenyan officials expressed hopes of reopening the border with Somalia next month.", "0872"),
    ("Pakistan's foreign minister said he was confident of resuming talks with India.", "040"),
    ("Nigerian officials said they were sceptical about Ghana lifting the ban on imports.", "081"),
])
def test_an_act_one_is_hopeful_or_doubtful_about_is_not_done(
        default_coder: Coder, nlp: Language, text: str, code: str) -> None:
    assert _modalities(_coded(default_coder, nlp, text), code) == {"hypothetical"}


@pytest.mark.parametrize("text", [
    "Iran vowed on Sunday to fight Israel \"until the end\" after the strike on its consulate.",
    "Beijing vowed on Friday to fight Japan \"at any cost\" after Tokyo imposed new sanctions on Chinese "
    "banks.",
])
def test_a_vowed_fight_hung_as_a_purpose_is_intended_not_fought(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert _modalities(found, "138") == {"asserted"}, found
    assert _modalities(found, "190") == {"intended"}, found


def test_a_clause_of_time_on_a_vowed_fight_is_still_told(
        default_coder: Coder, nlp: Language) -> None:
    text = ("Beijing vowed on Friday to fight Japan \"at any cost\" after Tokyo imposed new sanctions "
            "on Chinese banks.")
    found = _coded(default_coder, nlp, text)
    assert ("JPNGOV", "163", "CHNBUS", "asserted") in found, found


@pytest.mark.parametrize(("text", "code"), [
    ("A government spokesman, dismissing accusations that the interior minister had harassed journalists, "
     "said the ministry respected press freedom.", "170"),
    ("The army rejected claims that its soldiers had shot protesters in Mandalay.", "175"),
    ("Russia denied allegations that its forces had bombed a hospital in Kharkiv.", "194"),
])
def test_the_content_of_a_denied_accusation_is_denied(
        default_coder: Coder, nlp: Language, text: str, code: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert _modalities(found, code) == {"denied"}, found
    assert _modalities(found, "016") == {"asserted"}, found


@pytest.mark.parametrize(("text", "target"), [
    ("Two opposition parties in Georgia are planning to stage protest rallies next month to demand the "
     "prime minister's resignation.", "GEOGOV"),
    ("Students in Dhaka plan to march on parliament next week to demand the release of detained "
     "activists.", "BGDLEG"),
])
def test_a_planned_protest_is_an_intended_protest_not_a_threat(
        default_coder: Coder, nlp: Language, text: str, target: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("13") for _, c, _, _ in found), found
    assert any(c == "141" and t == target and m == "intended" for _, c, t, m in found), found


def test_a_protest_threatened_stays_a_threat(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The teachers union threatened to stage protests outside parliament.")
    assert _modalities(found, "133") == {"asserted"}, found


@pytest.mark.parametrize("text", [
    "The county fair board hosted the 40th annual Pumpkinfest on Saturday.",
    "Officials in Salem decided to host the yearly Riverfest in June.",
    "Mayor Ann Cole said Hartford would host Bluesfest for the third time.",
])
def test_an_occasion_hosted_is_no_visit_hosted(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c in ("043", "036") for _, c, _, _ in found), found


def test_a_leader_hosted_stays_a_visit_hosted(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Kenya hosted Ethiopian Prime Minister Abiy Ahmed on Tuesday.")
    assert ("KEN", "043", "ETHGOV", "asserted") in found, found


@pytest.mark.parametrize(("text", "code"), [
    ("Councillor Dan Pike asked for $3,000 to visit Shanghai on a trade trip.", "0211"),
    ("The school board member asked for $5,000 to travel to Nairobi for a conference.", "020"),
    ("A Texas lawmaker asked for state money to visit Taiwan in the spring.", "0231"),
])
def test_the_place_an_appeal_means_to_visit_is_not_whom_it_asks(
        default_coder: Coder, nlp: Language, text: str, code: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert {t for _, c, t, _ in found if c == code} == {""}, found


def test_an_appeal_to_a_state_keeps_its_addressee(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Ukraine asked Germany to send more tanks.")
    assert ("UKR", "0232", "DEU", "asserted") in found, found


@pytest.mark.parametrize(("text", "code"), [
    ("The governor said he was open to meeting the union leaders.", "040"),
    ("Kenya's president said he was open to holding talks with the opposition.", "040"),
    ("Japan said it was averse to imposing sanctions on Russia.", "163"),
])
def test_an_act_one_is_open_or_averse_to_is_not_done(
        default_coder: Coder, nlp: Language, text: str, code: str) -> None:
    assert _modalities(_coded(default_coder, nlp, text), code) == {"hypothetical"}


@pytest.mark.parametrize(("text", "code"), [
    ("Analysts said it was possible that Serbia would recognise Kosovo within a decade.", "054"),
    ("The Slovak foreign minister said it was unlikely that Poland would hold the summit with Ukraine as "
     "planned.", "040"),
    ("It is unlikely that Russia will withdraw its troops from Moldova this year.", "0356"),
])
def test_an_act_it_is_possible_or_unlikely_that_someone_does_is_a_forecast(
        default_coder: Coder, nlp: Language, text: str, code: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert {m for _, c, _, m in found} == {"hypothetical"}, found
    assert _modalities(found, code) == {"hypothetical"}, found


def test_an_act_it_is_clear_that_someone_did_is_told(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "It is clear that Russia attacked the convoy.")
    assert _modalities(found, "190") == {"asserted"}, found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Greek prime minister ruled out meeting the Turkish president this year.",
     ("GRCGOV", "040", "TURGOV")),
    ("Colombia's president ruled out resuming talks with the ELN rebels.", ("COLGOV", "040", "COLREB")),
])
def test_an_act_ruled_out_is_denied(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "denied") in found, found
    assert not any(m in ("asserted", "reported") for _, _, _, m in found), found


@pytest.mark.parametrize("text", [
    "Analysts warned of the risk of a wider war between Israel and Hezbollah.",
    "Economists warned of a trade war between the United States and China.",
    "Observers warned of renewed fighting between Armenia and Azerbaijan.",
])
def test_the_two_sides_of_a_war_warned_of_threaten_no_one(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert found and all(s == "" for s, _, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Diplomats warned of a new war between Ethiopia and Eritrea.",
    "The UN envoy warned of a full-scale war between Israel and Hezbollah.",
])
def test_a_war_warned_of_between_two_others_threatens_neither(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert {t for _, c, t, _ in found if c.startswith("13")} == {""}, found


def test_a_war_warned_of_with_the_speaker_as_a_side_threatens_the_other(
        default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Russia warned of a direct war between Russia and NATO.")
    assert ("RUS", "138", "IGONAT", "asserted") in found, found


@pytest.mark.parametrize("text", [
    "Village leaders agreed to host the annual Harvestfest next month, the mayor said.",
    "Council members agreed to host the 30th annual Applefest, a spokesman said.",
])
def test_an_agreement_to_host_an_occasion_takes_no_target_from_it(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert {t for _, c, t, _ in found if c == "030"} == {""}, found
    assert not any(c in ("043", "036") for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The prospect of new US sanctions on Russian oil weighed on markets.",
    "Fears of an Iranian strike on Israel weighed on the shekel.",
])
def test_what_weighs_on_markets_is_considered_by_no_one(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c == "014" for _, c, _, _ in found), found


def test_sanctions_weighed_are_considered(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Washington is weighing new sanctions on Moscow.")
    assert ("USAGOV", "014", "RUSGOV", "asserted") in found, found
