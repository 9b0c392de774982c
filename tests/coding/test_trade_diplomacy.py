"""Diplomacy, trade and sanctions between states (issue 14): what the coder reads in wire
reports of expulsions, closed missions, tariffs and the companies states own.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from events.coding.nesting import future
from tests.coding.test_modality import _coded


def test_future_cut_in_diplomatic_relations_keeps_its_code() -> None:
    assert future("161") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Lithuania will expel two Belarusian diplomats, the foreign ministry in Vilnius said on Tuesday.",
     ("LTU", "161", "BLRGOV")),
    ("Norway will close the Iranian embassy in Oslo by the end of the month, the prime minister said.",
     ("NOR", "161", "IRNGOV")),
    ("Latvia said it would close the Russian consulate in Daugavpils.", ("LVA", "161", "RUSGOV")),
])
def test_an_announced_closure_or_expulsion_is_intended_not_a_threat(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "intended") in found, found
    assert not any(c.startswith("13") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # a threat said as one stays a threat; an announced cut in aid is still a threat to cut it
    ("Bolivia threatened to expel the Peruvian ambassador over the border dispute.",
     ("BOL", "1313", "PERGOV")),
    ("Ghana will cut off fuel aid to Togo, the energy minister said.", ("GHA", "1311", "TGO")),
])
def test_threats_and_announced_cuts_in_aid_stay_threats(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any((s, c, t) == expected for s, c, t, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # a national carrier or state-owned firm named alone carries its country
    ("Dutch customs officers searched an Aeroflot plane at Schiphol airport on Monday.",
     ("NLDCOP", "090", "RUSBUS")),
    ("Venezuela's foreign minister met executives of Rosneft in Caracas on Monday.",
     ("VENGOV", "040", "RUSBUS")),
    ("The European Union imposed sanctions on Huawei and two other technology firms.",
     ("IGOEEC", "163", "CHNBUS")),
])
def test_a_state_company_named_alone_is_its_countrys_business(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any((s, c, t) == expected for s, c, t, _ in found), found


def test_a_state_company_as_source_carries_its_country(default_coder: Coder, nlp: Language) -> None:
    text = "Rosneft signed a deal with India's Reliance Industries to supply crude oil."
    found = _coded(default_coder, nlp, text)
    assert any(s == "RUSBUS" and c == "057" and t == "IND" for s, c, t, _ in found), found


def test_a_company_of_one_country_sued_by_another_s_keeps_both(default_coder: Coder, nlp: Language) -> None:
    text = "Ukraine's Naftogaz sued Gazprom at an arbitration court in Stockholm."
    found = _coded(default_coder, nlp, text)
    assert ("UKRBUS", "115", "RUSBUS", "asserted") in found, found


@pytest.mark.parametrize("text", [
    # the parser reads "after an outbreak ..." as a phrase and "hit" as the main verb's conjunct
    "South Korea is considering buying more beef from Australia after an outbreak of foot-and-mouth "
    "disease hit its cattle farms.",
    "Brazil is considering importing corn from Argentina after a drought in the south hit its harvest.",
    "Kenya is considering importing maize from Tanzania after a drought of three years hit its farms.",
])
def test_a_clause_read_as_a_phrase_does_not_lend_the_main_subject(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith(("18", "19", "20")) for _, c, _, _ in found), found


def test_a_real_conjunct_still_shares_the_subject(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Serbia recalled its ambassador and expelled two Croatian diplomats.")
    assert any(s == "SRB" and c == "161" and t == "HRVGOV" for s, c, t, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("China warned it would retaliate if the United States imposed new tariffs.", ("CHN", "130", "USA")),
    ("The European Commission said it would retaliate if Washington went ahead with the duties.",
     ("IGOEEC", "138", "USAGOV")),
    ("Mexico threatened to suspend talks unless Canada dropped its levies on steel.", ("MEX", "134", "CAN")),
    # a speaker's own side in the threatened clause is no target; the condition names it
    ("A Pentagon official threatened that if Pakistan did not hand over the files, the Pentagon would "
     "cut all aid to Pakistan.", ("USAMILGOV", "13", "PAK")),
    # two sides named by role alone are two sides
    ("The army commander threatened that if the rebels did not surrender, the army would storm the town.",
     ("---MIL", "130", "---REB")),
])
def test_a_threat_is_aimed_at_whom_its_condition_names(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    source, code, target = expected
    assert any(s == source and c.startswith(code) and t == target for s, c, t, _ in found), found


@pytest.mark.parametrize("text", [
    # its own side, a thing, or an analyst's forecast: no one threatened
    "Iran warned it would respond if it was attacked.",
    "Japan warned it would take countermeasures if the talks failed.",
    "'If Brazil raises its duties, so will Argentina,' an economics professor at the university warned.",
])
def test_a_condition_on_oneself_a_thing_or_in_a_forecast_names_no_target(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("13") and t for _, c, t, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # halting or cutting a country's gas or oil deliveries is an embargo (163), like exports
    ("Gazprom halted gas deliveries to Moldova on Friday.", ("RUSBUS", "163", "MDA")),
    ("Russia cut gas supplies to Bulgaria on Wednesday.", ("RUS", "163", "BGR")),
    ("Iraq suspended oil deliveries to Jordan after a pricing dispute.", ("IRQ", "163", "JOR")),
])
def test_halting_energy_deliveries_to_a_country_is_an_embargo(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any((s, c, t) == expected for s, c, t, _ in found), found


def test_energy_supplies_cut_by_a_storm_are_no_embargo(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "A storm cut oil supplies to the island for two days.")
    assert not any(c.startswith("16") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # barring one's own firms from business with X sanctions X, not the firms
    ("Washington also barred American firms from doing business with PDVSA.", ("USAGOV", "163", "VENBUS")),
    ("Britain banned its banks from dealing with Iran's central bank.", ("GBR", "163", "IRNGOV")),
    ("The European Union prohibited European companies from trading with North Korea.",
     ("IGOEEC", "163", "PRK")),
])
def test_barring_business_with_a_country_sanctions_it(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any((s, c, t) == expected for s, c, t, _ in found), found
    assert not any(c.startswith("17") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # an envoy summoned, with no agent, is summoned by the state body named after "to"
    ("The Russian ambassador was summoned to the foreign ministry in Warsaw on Tuesday.",
     ("POLGOV", "114", "RUSGOV")),
    ("Iran's envoy was summoned to the German foreign ministry over the executions.",
     ("DEUGOV", "114", "IRNGOV")),
])
def test_an_envoy_summoned_to_a_ministry_is_summoned_by_its_state(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any((s, c, t) == expected for s, c, t, _ in found), found


@pytest.mark.parametrize("text", [
    "The French ambassador was summoned to a meeting on Friday.",
    "The Russian ambassador to Poland was summoned to the Kremlin for consultations.",
])
def test_an_envoy_summoned_to_no_state_body_or_home_has_no_source(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(s and c == "114" for s, c, _, _ in found), found
