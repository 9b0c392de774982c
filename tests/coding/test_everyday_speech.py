"""Speech acts and non-events in everyday news (issue 14): business, science, weather, local
and human-interest stories. Sentences written for these tests; none comes from a dev or gold
set."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)


def _codes(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {(e.source.code if e.source else "", e.event_code, e.target.code if e.target else "")
            for e in coder.code(nlp(text), when=WHEN)}


@pytest.mark.parametrize("text", [
    # a private person's hope, named or not, about no one
    "Karen Holt is hoping a crowdfunding appeal will raise awareness of the rare illness.",
    # firms' and investors' fears and worries
    "Exporters have voiced fears about the tariff war.",
    "Retailers worry that higher tariffs will hurt Christmas sales.",
    # a scientist's gloomy forecast
    "Climate scientists warn that the glacier could disappear within 30 years.",
])
def test_private_moods_about_no_one_are_no_events(default_coder: Coder, nlp: Language, text: str) -> None:
    codes = _codes(default_coder, nlp, text)
    assert not {c for c in codes if c[1] in ("012", "013")}, codes


@pytest.mark.parametrize("text", [
    "Grain traders fear a poor harvest in Argentina.",
    "Dairy farmers fear that Brazil will flood the market with cheap milk.",
])
def test_what_private_groups_fear_is_a_topic(default_coder: Coder, nlp: Language, text: str) -> None:
    codes = _codes(default_coder, nlp, text)
    assert not {c for c in codes if c[1] in ("012", "013")}, codes


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister expressed hope that Turkey would ratify the agreement.", ("TURGOV", "013", "")),
    ("The union fears that the airline will cut 500 jobs.", ("---LAB", "012", "---BUS")),
])
def test_officials_and_unions_keep_their_moods(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _codes(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "In her talk, analyst Rachel Kim discussed four trends in the solar market, including Chinese"
    " dominance of panel making.",
    "The professor discussed Japanese attitudes to immigration in his lecture.",
])
def test_what_is_discussed_is_no_partner(default_coder: Coder, nlp: Language, text: str) -> None:
    codes = _codes(default_coder, nlp, text)
    assert {c for c in codes if c[1] == "040"} and not {c for c in codes if c[1] == "040" and c[2]}, codes


def test_whom_one_discusses_with_is_the_partner(default_coder: Coder, nlp: Language) -> None:
    codes = _codes(default_coder, nlp, "Erdogan discussed the war in Syria with the German chancellor.")
    assert ("TURGOV", "040", "DEUGOV") in codes


@pytest.mark.parametrize("text", [
    "Jenkins stepped down from his post as a sheriff's deputy last year.",
    "Teresa Lunn stepped down from her post as a coastguard officer.",
])
def test_the_job_one_resigns_from_is_no_target(default_coder: Coder, nlp: Language, text: str) -> None:
    codes = _codes(default_coder, nlp, text)
    assert {c for c in codes if c[1] == "0831"} and not {c for c in codes if c[1] == "0831" and c[2]}, codes


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister resigned from the government.", ("---GOV", "0831", "---GOV")),
    ("Hamid Farouk resigned from the post of Egyptian finance minister.", ("EGYCVL", "0831", "EGYGOV")),
])
def test_an_office_one_resigns_from_stays_the_target(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _codes(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "Health officials are warning families not to eat wild mushrooms.",
    "The council has warned people not to feed the gulls on the seafront.",
    "The airline warned passengers to arrive three hours early.",
])
def test_safety_advice_to_the_public_is_no_threat(default_coder: Coder, nlp: Language, text: str) -> None:
    codes = _codes(default_coder, nlp, text)
    assert not {c for c in codes if c[1].startswith("13")}, codes


@pytest.mark.parametrize(("text", "expected"), [
    ("China warned Japan not to interfere in its internal affairs.", ("CHN", "130", "JPN")),
    ("The gang warned the shopkeeper not to call the police.", ("---CRM", "130", "---BUS")),
])
def test_warnings_to_states_or_by_criminals_stay_threats(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _codes(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "Councillor Jenny Walsh did not disclose the consultancy income on her declaration forms.",
    "Mayor Ted Brant did not declare the rental income in his tax returns.",
])
def test_a_fact_left_off_a_form_is_no_declined_comment(
        default_coder: Coder, nlp: Language, text: str) -> None:
    codes = _codes(default_coder, nlp, text)
    assert not {c for c in codes if c[1] == "011"}, codes


@pytest.mark.parametrize("text", [
    "The senator failed to disclose stock trades worth two million dollars.",
    "The congressman failed to report gifts from a lobbyist.",
])
def test_a_failure_to_disclose_is_no_declined_comment(default_coder: Coder, nlp: Language, text: str) -> None:
    codes = _codes(default_coder, nlp, text)
    assert not {c for c in codes if c[1] == "011"}, codes


@pytest.mark.parametrize(("text", "expected"), [
    ("Police did not disclose the motive for the shooting.", ("---COP", "011", "")),
    ("The company declined to disclose the terms of the deal.", ("---BUS", "011", "")),
])
def test_declining_to_tell_stays_a_declined_comment(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _codes(default_coder, nlp, text)
