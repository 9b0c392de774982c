"""Armed groups named by their names (issue 14): a group's code changes on the day it took
power, such a group is no person, and a group's one-word name that is the surname of a
person the article names in full stands for the person. Every sentence is written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

Coded = tuple[str, str, str]


def _coded(coder: Coder, nlp: Language, text: str, when: dt.date = dt.date(2026, 3, 4)) -> set[Coded]:
    """(source, code, target) of every event of ``text``, "" for a missing side."""
    return {(e.source.code if e.source else "", e.event_code, e.target.code if e.target else "")
            for e in coder.code(nlp(text), when=when)}


@pytest.mark.parametrize(("text", "when", "source"), [
    ("The SPLM accused the opposition of stalling the peace deal.", dt.date(2026, 3, 4), "SSDGOV"),
    ("The SPLM accused the opposition of stalling the peace deal.", dt.date(1999, 3, 4), "SDNREB"),
    ("The SPLA accused the rebels of shelling a market in Malakal.", dt.date(2019, 5, 2), "SSDMIL"),
    ("The SPLA-IO accused government troops of attacking its base in Upper Nile.", dt.date(2026, 3, 4),
     "SSDREB"),
])
def test_south_sudans_movement_governs_since_independence(
    default_coder: Coder, nlp: Language, text: str, when: dt.date, source: str
) -> None:
    found = _coded(default_coder, nlp, text, when)
    assert source in {s for s, c, _ in found if c.startswith("112")}, found


@pytest.mark.parametrize("text", [
    "Coach Tom Taliban praised the players after the final.",
    "Officer Amy Taliban arrested two men outside a bar in Dayton.",
])
def test_a_group_that_took_power_is_no_persons_name(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert found and not any("AFG" in s + t for s, _, t in found), found


@pytest.mark.parametrize(("text", "root", "source"), [
    ("Rep. Ann Wagner criticised the governor on Monday. Wagner accused the governor of wasting "
     "federal funds.", "112", "LEG"),
    ("Detective Paul Hamas arrested a man in Dayton. Hamas accused the man of stealing a truck.",
     "112", "COP"),
])
def test_a_groups_name_that_is_a_persons_surname_is_the_person(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    found = _coded(default_coder, nlp, text)
    sources = {s for s, c, _ in found if c.startswith(root)}
    assert sources and all(s.endswith(source) for s in sources), found


def test_a_group_named_with_a_noun_stays_the_group(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Kurt Wagner, a local farmer, spoke to reporters. "
                   "Wagner fighters attacked a village in central Mali.")
    assert any(s == "RUSUAF" and c.startswith("19") for s, c, _ in found), found


@pytest.mark.parametrize(("text", "source"), [
    ("Fighters of the Allied Democratic Forces killed 14 farmers near Oicha on Sunday.", "CODREB"),
    ("The Justice and Equality Movement accused the RSF of killing civilians in El Fasher.", "SDNREB"),
    ("The TNLA seized the town of Lashio from the army.", "MMRREB"),
    ("The Karen National Union attacked a military post near Myawaddy.", "MMRREB"),
    ("Jaish al-Adl militants killed five Iranian border guards on Tuesday.", "IRNREB"),
    ("The Islamic Resistance in Iraq launched a drone at a U.S. base in Syria.", "IRQUAF"),
])
def test_an_armed_group_of_recent_wars_has_its_country_and_role(
    default_coder: Coder, nlp: Language, text: str, source: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert source in {s for s, _, _ in found}, found


@pytest.mark.parametrize("text", [
    "Russia's Africa Corps shelled a rebel camp near Kidal on Friday.",
    "Africa Corps fighters attacked a village in central Mali.",
])
def test_the_africa_corps_is_russias_military(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert "RUSMIL" in {s for s, c, _ in found if c.startswith("19")}, found


@pytest.mark.parametrize(("text", "source", "city"), [
    ("The TPLF accused the federal government of violating the Pretoria agreement.", "ETHREB", "ZAF"),
    ("The M23 accused the army of violating the Doha declaration.", "CODREB", "QAT"),
    ("Rwanda accused Congo of breaching the Washington accords.", "RWA", "USA"),
])
def test_the_city_an_agreement_is_named_after_is_no_side(
    default_coder: Coder, nlp: Language, text: str, source: str, city: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert city not in {code[:3] for s, _, t in found for code in (s, t)}, found
    assert any(s == source and c.startswith("112") for s, c, _ in found), found


@pytest.mark.parametrize(("text", "source"), [
    ("Taliban officials met Chinese diplomats in Kabul on Monday.", "AFGGOVTAL"),
    ("A Taliban government spokesman rejected the United Nations report on Tuesday.", "AFGGOVTAL"),
])
def test_a_role_the_groups_code_holds_is_not_written_twice(default_coder: Coder, nlp: Language, text: str,
                                                           source: str) -> None:
    assert source in {s for s, _, _ in _coded(default_coder, nlp, text)}


def test_a_role_is_added_where_the_code_lacks_it() -> None:
    from events.coding.actors import _holds_role

    assert _holds_role("AFGGOVTAL", "GOV") and _holds_role("RUSMIL", "MIL")
    assert not _holds_role("PSEREBHMS", "GOV") and not _holds_role("", "GOV")
    assert not _holds_role("GOVXYZ", "GOV")  # (a country's block is no role)
