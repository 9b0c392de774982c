"""Investigations, searches and inquiries (CAMEO 09x) in news text: what an inquiry is into
gives its code (091 crime, 092 human rights abuses, 093 military action, 094 war crimes); a
study of a thing's effects or causes investigates no one its phrase names; investigators
named together in a "by" phrase are co-sources, not each other's targets; a possessive "its"
of a coordinated noun is the first conjunct's; police and prosecutors who investigate one of
their own kind make an event.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


def _codes_by(found: set[tuple[str, str, str, str]], source: str) -> set[str]:
    return {c for s, c, _, _ in found if s == source}


@pytest.mark.parametrize(("text", "source", "code"), [
    ("Argentine prosecutors launched a probe into suspected war crimes in Myanmar.", "ARGJUD", "094"),
    ("The tribunal ordered an inquiry into the genocide in Srebrenica.", "---JUD", "094"),
    ("The UN Human Rights Council set up an inquiry into human rights abuses in Belarus.",
     "IGOUNOHRI", "092"),
    ("Chilean judges opened an investigation into the torture of detainees.", "CHLJUD", "092"),
    ("The Pentagon launched an investigation into a drone strike that killed a family in Kabul.",
     "USAMIL", "093"),
    ("NATO opened an inquiry into the air strike on the convoy.", "IGONAT", "093"),
    ("Spanish police opened a criminal investigation into the mayor's contracts.", "ESPCOP", "091"),
    ("The Senate ordered an inquiry into the bribery of customs officials.", "---LEG", "091"),
])
def test_an_inquiry_takes_the_code_of_what_it_is_into(
        default_coder: Coder, nlp: Language, text: str, source: str, code: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert code in _codes_by(found, source), found
    assert "090" not in _codes_by(found, source), found


@pytest.mark.parametrize(("text", "expected"), [
    ("FBI agents searched the offices of a county commissioner as part of a bribery investigation.",
     ("USACOP", "091", "USAGOV")),
    ("Dutch police searched the home of a shipping executive on Tuesday in a fraud investigation.",
     ("NLDCOP", "091", "NLDBUS")),
])
def test_a_search_in_a_criminal_inquiry_is_one_into_crime(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert (*expected, "asserted") in _coded(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "source"), [
    ("Firefighters opened an investigation into the cause of the blaze.", "---GOV"),
    ("The regulator launched an inquiry into the bank's lending practices.", "---GOV"),
])
def test_an_inquiry_into_no_crime_stays_an_investigation(
        default_coder: Coder, nlp: Language, text: str, source: str) -> None:
    assert _codes_by(_coded(default_coder, nlp, text), source) == {"090"}


@pytest.mark.parametrize("text", [
    "Scientists are investigating the effects of the drought on Somali farmers.",
    "A Senate panel examined the impact of the sanctions on Iranian banks.",
])
def test_a_study_of_effects_investigates_no_one(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("09") and t for _, c, t, _ in found), found


@pytest.mark.parametrize(("text", "sources"), [
    ("The leak is being examined by Norway and its security service.", {"NOR", "NORSPY"}),
    ("The blast at the embassy was investigated by France and Germany.", {"FRA", "DEU"}),
])
def test_investigators_named_together_are_co_sources(
        default_coder: Coder, nlp: Language, text: str, sources: set[str]) -> None:
    found = {(s, t) for s, c, t, _ in _coded(default_coder, nlp, text) if c == "090"}
    assert found == {(s, "") for s in sources}, found


@pytest.mark.parametrize(("text", "expected"), [
    ("The sabotage of a Russian pipeline was investigated by Sweden and its security service.",
     ("SWESPY", "RUS")),
    ("The hacking of Estonian ministries was examined by Finland and its intelligence agency.",
     ("FINSPY", "ESTGOV")),
])
def test_its_of_a_conjunct_is_the_first_conjuncts(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in {(s, t) for s, c, t, _ in _coded(default_coder, nlp, text) if c == "090"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Federal prosecutors are investigating a county judge over gifts from a developer.",
     ("---JUD", "090", "---JUD")),
    ("The state police are investigating a trooper who punched a driver at a traffic stop.",
     ("---COP", "090", "---COP")),
])
def test_an_investigation_of_one_of_ones_own_kind_is_an_event(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert (*expected, "asserted") in _coded(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The former county treasurer is under investigation by the state attorney general's office, "
     "officials confirmed Tuesday.", ("---JUD", "090", "---GOV")),
    ("The mayor, who is under investigation by the FBI, resigned on Monday.", ("USACOP", "090", "USAGOV")),
    ("Two prison guards remain under investigation by the justice ministry.", ("---GOV", "090", "---COP")),
])
def test_whoever_is_under_investigation_is_investigated(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(s, c, t) for s, c, t, _ in _coded(default_coder, nlp, text)}


def test_whom_investigators_have_under_investigation_is_the_object(
        default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Detectives have had the couple under investigation for months.")
    assert {t for _, c, t, _ in found if c == "090"} == {"---CVL"}, found


@pytest.mark.parametrize(("text", "expected"), [
    ("A grand jury is investigating the shooting of a teenager by a Cleveland police officer.",
     ("---JUD", "091", "---COP")),
    ("Iraq's parliament voted to form a committee to investigate the killing of protesters by "
     "security forces.", ("IRQLEG", "091", "IRQCOP")),
    ("Nigerian authorities opened an investigation into the killing of 30 villagers by soldiers.",
     ("NGAGOV", "091", "NGAMIL")),
])
def test_the_doer_of_an_investigated_act_is_investigated(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = {(s, c, t) for s, c, t, _ in _coded(default_coder, nlp, text)}
    assert expected in found, found
    assert not any(c.startswith("09") and t.endswith(("CVL", "OPP")) for _, c, t in found), found


@pytest.mark.parametrize(("text", "code", "target"), [
    ("French police searched the Paris headquarters of TotalEnergies on Thursday.", "090", ""),
    ("Police searched the London home of the Russian oligarch.", "090", "RUSELI"),
    ("Officers searched the Berlin apartment of a Syrian refugee.", "090", "SYRREF"),
])
def test_the_town_of_premises_searched_is_not_their_owner(
        default_coder: Coder, nlp: Language, text: str, code: str, target: str) -> None:
    assert {t for _, c, t, _ in _coded(default_coder, nlp, text) if c == code} == {target}


@pytest.mark.parametrize(("text", "expected"), [
    ("German prosecutors raided the offices of a Frankfurt bank on Tuesday.", ("DEUJUD", "173")),
    ("Indian tax officials raided the offices of the broadcaster.", ("INDGOV", "173")),
])
def test_a_raid_by_civil_authorities_is_law_enforcement(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str]) -> None:
    found = {(s, c) for s, c, _, _ in _coded(default_coder, nlp, text)}
    assert expected in found and not any(c.startswith("19") for _, c in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Syrian army raided rebel positions near Idlib.", ("SYRMIL", "190")),
    ("The government raided rebel hideouts in the hills.", ("---GOV", "190")),
])
def test_a_raid_by_or_on_armed_forces_stays_force(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in {(s, c) for s, c, _, _ in _coded(default_coder, nlp, text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Brazilian federal police raided properties linked to former president Jair Bolsonaro on Wednesday.",
     ("BRACOP", "173", "BRAELI")),
    ("Investigators searched offices used by the mayor's campaign.", ("---COP", "090", "---GOV")),
])
def test_whom_premises_searched_are_linked_to_is_the_target(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(s, c, t) for s, c, t, _ in _coded(default_coder, nlp, text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The ICC opened an investigation into the Philippines drug war.", ("IGOICC", "090", "PHL")),
    ("Manila rejected the ICC investigation into the drug war.", ("PHLGOV", "120", "IGOICC")),
    ("Russia condemned the ICC probe into the deportation of Ukrainian children.", ("RUS", "111", "IGOICC")),
])
def test_the_icc_is_the_international_criminal_court(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(s, c, t) for s, c, t, _ in _coded(default_coder, nlp, text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Justice Department is investigating whether the senator accepted bribes from a contractor.",
     ("USAJUD", "091", "USALEG")),
    ("Prosecutors are examining whether the mayor took kickbacks from builders.",
     ("---JUD", "091", "---GOV")),
])
def test_an_inquiry_whether_someone_took_bribes_is_one_into_crime(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(s, c, t) for s, c, t, _ in _coded(default_coder, nlp, text)}


def test_an_inquiry_whether_someone_did_no_crime_stays_an_investigation(
        default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Regulators are investigating whether the bank misled customers.")
    assert {c for s, c, _, _ in found if s == "---GOV"} == {"090"}, found


@pytest.mark.parametrize(("text", "target"), [
    ("The FBI opened a probe into allegations that the mayor took bribes.", "USAGOV"),
    ("The UN is investigating reports that Russian troops executed civilians.", "RUSMIL"),
    ("Kenyan police opened an inquiry into reports that Ugandan soldiers beat farmers.", "UGAMIL"),
])
def test_who_is_investigated_over_an_allegation_is_whom_it_accuses(
        default_coder: Coder, nlp: Language, text: str, target: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c.startswith("09") and t == target for _, c, t, _ in found), found
