"""The sides of a protest told only by its crowd and its place (CAMEO 14;
:func:`events.coding.repression.protest_sides`). Every sentence here is invented for these
tests, in the style of wire reports."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)
Coded = tuple[str, str, str]


def _protests(coder: Coder, nlp: Language, text: str) -> set[Coded]:
    """(source, code, target) of every protest (14x) of ``text``, "" for a missing side."""
    return {(e.source.code if e.source else "", e.event_code, e.target.code if e.target else "")
            for e in coder.code(nlp(text), when=WHEN) if e.event_code.startswith("14")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Thousands rallied in Nairobi on Tuesday.", {("KENCVL", "141", "")}),
    ("Tens of thousands marched through central Madrid.", {("ESPCVL", "141", "")}),
])
def test_bare_number_crowd_is_civilians(default_coder: Coder, nlp: Language, text: str,
                                        expected: set[Coded]) -> None:
    """"Thousands rallied": a crowd named by its size alone is civilians of the place."""
    assert _protests(default_coder, nlp, text) == expected


def test_city_of_the_streets_is_no_target(default_coder: Coder, nlp: Language) -> None:
    """"took to the streets of Caracas": the city is where, not whom, the protest is."""
    text = "Thousands took to the streets of Caracas."
    assert _protests(default_coder, nlp, text) == {("VENCVL", "141", "")}


def test_city_protested_against_stays_target(default_coder: Coder, nlp: Language) -> None:
    """"protested against Moscow": a capital named as what the protest is against."""
    text = "Georgian students protested against Moscow in Tbilisi."
    assert _protests(default_coder, nlp, text) == {("GEOEDU", "141", "RUSGOV")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Jordanian demonstrators rallied outside the Israeli embassy in Amman on Friday.",
     {("JOROPP", "141", "ISRGOV")}),
    ("Hundreds of Nigeriens demonstrated in front of the French embassy.", {("NER", "141", "FRAGOV")}),
])
def test_protest_at_embassy_targets_its_country(default_coder: Coder, nlp: Language, text: str,
                                                expected: set[Coded]) -> None:
    """"rallied outside the Israeli embassy": the protest is aimed at Israel's government."""
    assert _protests(default_coder, nlp, text) == expected


def test_consulate_country_is_not_the_crowds(default_coder: Coder, nlp: Language) -> None:
    """"outside the Chinese consulate": the crowd is not Chinese (its country unknown here)."""
    text = "Hundreds rallied outside the Chinese consulate on Sunday."
    assert _protests(default_coder, nlp, text) == {("---CVL", "141", "CHNGOV")}


def test_participle_of_crowd_protest_has_the_crowd(default_coder: Coder, nlp: Language) -> None:
    """"Hundreds protested in Accra, calling for ...": the appeal is the same crowd's."""
    text = "Hundreds protested in Accra, calling for the release of detained activists."
    events = default_coder.code(nlp(text), when=WHEN)
    assert ("GHACVL", "0253") in {(e.source.code if e.source else "", e.event_code) for e in events}


@pytest.mark.parametrize(("text", "expected"), [
    ("Protests broke out in Dhaka on Sunday.", {("BGDCVL", "141", "")}),
    ("Protests against the government took place in Kampala.", {("UGACVL", "141", "UGAGOV")}),
])
def test_protest_noun_in_a_city_is_its_civilians(default_coder: Coder, nlp: Language, text: str,
                                                 expected: set[Coded]) -> None:
    """"Protests broke out in Dhaka": a protest placed in a city alone is its country's
    civilians' (events.coding.nominal)."""
    assert _protests(default_coder, nlp, text) == expected


def test_protest_noun_in_a_country_stays_the_country(default_coder: Coder, nlp: Language) -> None:
    """"Protests erupted in Georgia": the country named keeps its code."""
    assert _protests(default_coder, nlp, "Protests erupted in Georgia.") == {("GEO", "141", "")}


def test_protest_misread_as_relative_is_its_nouns(default_coder: Coder, nlp: Language) -> None:
    """"Filipino activists protested in Manila", parsed as "activists who were protested":
    the activists protested."""
    text = "Filipino activists protested in Manila."
    assert _protests(default_coder, nlp, text) == {("PHLOPP", "141", "")}


def test_crowd_number_misread_as_noun_phrase(default_coder: Coder, nlp: Language) -> None:
    """"Hundreds of thousands protested in Belgrade", parsed as one noun phrase: the crowd
    protested."""
    text = "Hundreds of thousands protested in Belgrade."
    assert _protests(default_coder, nlp, text) == {("SRBCVL", "141", "")}
