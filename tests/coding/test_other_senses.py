"""Verbs of violence and protest in their other senses: beating a rival in a vote or a game,
sitting somewhere; promises in theirs: swearing in, swearing at. Sentences written for these
tests; none comes from a dev or gold set."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import event_codes


@pytest.mark.parametrize("text", [
    "Sheriff Dan Okafor was re-elected on Tuesday, beating his Democratic challenger by 4,100 votes.",
    "The treasurer beat out three rivals for the party's nomination in March.",
    "The mayor beat her rival by 12 points in the runoff.",
])
def test_beating_a_rival_in_a_vote_is_no_assault(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any(code.startswith("18") for code in event_codes(default_coder, nlp, text))


def test_beating_a_candidate_is_an_assault(default_coder: Coder, nlp: Language) -> None:
    text = "Police beat an opposition candidate outside the polling station."
    assert "182" in event_codes(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The defendant often sat with his face in his hands during the hearing.",
    "The senator sat in the front row of the chamber with her aides.",
])
def test_sitting_somewhere_is_no_sit_in(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any(code.startswith("14") for code in event_codes(default_coder, nlp, text))


@pytest.mark.parametrize("text", [
    "Hundreds of farmers sat in outside the ministry on Monday.",
    "Students vowed to sit-in outside the rector's office until the fees are cut.",
])
def test_a_sit_in_is_a_protest(default_coder: Coder, nlp: Language, text: str) -> None:
    assert any(code.startswith(("14", "13")) for code in event_codes(default_coder, nlp, text))


@pytest.mark.parametrize("text", [
    "The new president was sworn in on Monday in Brasilia.",
    "Chief Justice Roberts swore in the new senator on Tuesday.",
    "The new cabinet was sworn into office by the king.",
])
def test_a_swearing_in_is_no_promise(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any(code.startswith("03") for code in event_codes(default_coder, nlp, text))


@pytest.mark.parametrize("text", [
    "A drunk man swore at police officers outside the stadium.",
    "Angry residents swore at the council officials during the meeting.",
])
def test_swearing_at_someone_is_no_promise(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any(code.startswith("03") for code in event_codes(default_coder, nlp, text))


@pytest.mark.parametrize(("text", "code"), [
    ("The rebels swore to fight the government until the end.", "138"),
    ("The minister swore that the government would never abandon the farmers.", "030"),
])
def test_swearing_to_do_something_is_still_a_promise(default_coder: Coder, nlp: Language, text: str,
                                                     code: str) -> None:
    assert code in event_codes(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "Investigators gathered evidence at the scene of the fire on Sunday.",
    "Councillor Ruth Okoye gathered 61 percent of the vote in the ward race.",
])
def test_gathering_things_is_no_meeting(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any(code.startswith("04") for code in event_codes(default_coder, nlp, text))


@pytest.mark.parametrize(("text", "code"), [
    ("Thousands of farmers gathered outside the ministry to protest the cuts.", "141"),
    ("Foreign ministers gathered in Brussels for talks on the budget.", "040"),
])
def test_gathering_to_protest_or_for_talks_is_coded(default_coder: Coder, nlp: Language, text: str,
                                                     code: str) -> None:
    assert code in event_codes(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "Germany sent tanks to Ukraine on Tuesday.",
    "Spain sent tanks to Kyiv last year, the ministry said.",
])
def test_tanks_sent_to_a_country_are_military_aid(default_coder: Coder, nlp: Language, text: str) -> None:
    assert "072" in event_codes(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "Russia sent tanks to the border with Ukraine.",
    "The army sent tanks into the city after the protests.",
])
def test_tanks_sent_to_a_border_or_into_a_city_are_a_deployment(default_coder: Coder, nlp: Language,
                                                               text: str) -> None:
    assert "154" in event_codes(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "Manchester United beat Liverpool 2-1 at Old Trafford on Sunday.",
    "Real Madrid beat Barcelona 3-1 in Saudi Arabia on Sunday.",
    "England beat France 24 - 17 at Twickenham on Saturday.",
])
def test_beating_a_team_with_a_score_is_no_assault(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any(code[:2] in ("17", "18", "19", "20") for code in event_codes(default_coder, nlp, text))


@pytest.mark.parametrize("text", [
    "Prison guards beat the detainees 2-3 times a day, a rights group said.",
    "A gang beat a 45-year-old man outside a bar on Saturday.",
])
def test_a_beating_with_numbers_that_are_no_score_stays(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert any(code.startswith("182") for code in event_codes(default_coder, nlp, text))


@pytest.mark.parametrize("text", [
    "Real Madrid accused the referee of bias after the defeat in Bilbao.",
    "Washington Commanders owner Josh Harris praised the city council for approving the stadium plan.",
])
def test_a_club_named_after_a_capital_is_no_government(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert event_codes(default_coder, nlp, text) == []


@pytest.mark.parametrize("text", [
    "A bus carrying pilgrims plunged into a ravine in northern India on Tuesday, killing at least 22 people.",
    "A drunk driver crashed into a crowd of pedestrians in Berlin, killing two.",
    "A minibus carrying farm workers overturned near the village, injuring 14 of them.",
])
def test_deaths_in_an_accident_are_no_violence(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any(code[:2] in ("17", "18", "19", "20") for code in event_codes(default_coder, nlp, text))


def test_an_attacker_who_crashes_into_a_target_still_attacks(default_coder: Coder, nlp: Language) -> None:
    text = "A suicide bomber crashed his car into the gate of an army base in Kabul, killing six soldiers."
    assert any(code.startswith("183") for code in event_codes(default_coder, nlp, text))


@pytest.mark.parametrize("text", [
    "At the Easter vigil, the archbishop will welcome thirty converts into the Catholic faith.",
    "The rugby club welcomed four new players into the squad on Monday.",
])
def test_welcoming_people_into_a_community_is_no_praise(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert not any(code[:2] in ("03", "05") for code in event_codes(default_coder, nlp, text))


def test_welcoming_a_state_into_an_alliance_is_praise(default_coder: Coder, nlp: Language) -> None:
    assert "051" in event_codes(default_coder, nlp, "Poland welcomed Finland into the alliance.")
