"""Agreements, truces and talks whose parties stand together (issue 14): a host, a broker or
one in whose presence a deal is signed is no party to it, and neither is the city where it
is signed; the parties named together are each other's partners.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


def _triples(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {(s, c, t) for s, c, t, _ in _coded(coder, nlp, text)}


@pytest.mark.parametrize(("text", "sides", "third"), [
    ("Ghana and Togo signed a fisheries accord on Friday, with Nigeria as host.", ("GHA", "TGO"), "NGA"),
    ("Colombia and Venezuela signed a border deal, with the Vatican as broker.", ("COL", "VEN"), "VAT"),
    ("Kosovo and Serbia signed the deal in Brussels, with the European Union as broker.",
     ("KSV", "SRB"), "IGOEEC"),
])
def test_a_host_or_broker_named_with_as_is_no_party(
        default_coder: Coder, nlp: Language, text: str, sides: tuple[str, str], third: str) -> None:
    found = _triples(default_coder, nlp, text)
    a, b = sides
    assert (a, "057", b) in found and (b, "057", a) in found, found
    assert not any(t == third for _, _, t in found), found


def test_a_partner_named_with_with_stays_beside_a_host(default_coder: Coder, nlp: Language) -> None:
    found = _triples(default_coder, nlp, "Ghana signed a fisheries accord with Togo, with Nigeria as host.")
    assert ("GHA", "057", "TGO") in found, found
    assert not any(t == "NGA" for _, _, t in found), found


@pytest.mark.parametrize(("text", "sides", "place"), [
    ("Thailand and Cambodia signed a ceasefire in Kuala Lumpur.", ("THA", "KHM"), "MYS"),
    ("Uganda and South Sudan signed a ceasefire in Addis Ababa on Friday.", ("UGA", "SSD"), "ETH"),
])
def test_the_city_a_truce_is_signed_in_is_no_party(
        default_coder: Coder, nlp: Language, text: str, sides: tuple[str, str], place: str) -> None:
    found = _triples(default_coder, nlp, text)
    a, b = sides
    assert (a, "0871", b) in found and (b, "0871", a) in found, found
    assert not any(t == place for _, _, t in found), found


def test_a_ceasefire_declared_in_a_place_keeps_its_place(default_coder: Coder, nlp: Language) -> None:
    found = _triples(default_coder, nlp, "Israel declared a ceasefire in Gaza on Sunday.")
    assert ("ISR", "0871", "PSE") in found, found


@pytest.mark.parametrize(("text", "onlooker"), [
    ("The two sides signed the accord in Doha in the presence of the Qatari emir.", "QATGOV"),
    ("Rebel commanders signed the truce in the presence of Nigerian and Ghanaian officials.", "GHAGOV"),
])
def test_one_in_whose_presence_a_deal_is_signed_is_no_party(
        default_coder: Coder, nlp: Language, text: str, onlooker: str) -> None:
    found = _triples(default_coder, nlp, text)
    assert not any(t == onlooker for _, _, t in found), found


@pytest.mark.parametrize(("text", "code", "sides"), [
    ("Delegates from Yemen's government and the Houthis agreed on a truce in Muscat on Friday.", "0356",
     ("YEMGOV", "YEMREB")),
    ("Representatives of Kenya and Tanzania held talks in Arusha on Wednesday.", "040", ("KEN", "TZA")),
    ("Representatives of the Congolese government and the M23 rebels signed a ceasefire in Doha.", "0871",
     ("CODGOV", "CODREB")),
])
def test_delegates_of_two_sides_act_one_line_each_way(
        default_coder: Coder, nlp: Language, text: str, code: str, sides: tuple[str, str]) -> None:
    found = _triples(default_coder, nlp, text)
    a, b = sides
    assert (a, code, b) in found and (b, code, a) in found, found


def test_delegates_of_two_sides_criticise_side_by_side(default_coder: Coder, nlp: Language) -> None:
    found = _triples(default_coder, nlp, "Representatives of Egypt and Sudan criticised the dam's operators.")
    assert ("EGY", "111", "") in found and ("SDN", "111", "") in found, found
    assert not any(t in ("EGY", "SDN") for _, _, t in found), found


def test_delegates_of_one_side_stay_its_role(default_coder: Coder, nlp: Language) -> None:
    found = _triples(default_coder, nlp, "Delegations from Ethiopia and Eritrea signed a trade agreement.")
    assert ("ETHGOV", "061", "ERIGOV") in found and ("ERIGOV", "061", "ETHGOV") in found, found


@pytest.mark.parametrize(("text", "sides"), [
    ("The deal, reached by Greece and North Macedonia after weeks of negotiations, settles the name dispute.",
     ("GRC", "MKD")),
    ("The agreement, signed by Egypt and Sudan after three rounds of talks, shares the river's water.",
     ("EGY", "SDN")),
])
def test_a_deal_its_sides_reached_after_talks_is_news(
        default_coder: Coder, nlp: Language, text: str, sides: tuple[str, str]) -> None:
    found = _triples(default_coder, nlp, text)
    a, b = sides
    assert (a, "057", b) in found and (b, "057", a) in found, found


@pytest.mark.parametrize("text", [
    "The treaty, signed by Ethiopia and Eritrea in 2018 after years of talks, ended decades of hostility.",
    "The pact, agreed by Bolivia and Paraguay, sets new tolls on river barges.",
])
def test_an_old_or_undated_deal_on_a_noun_tells_which(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _triples(default_coder, nlp, text)
    assert not any(c == "057" for _, c, _ in found), found


@pytest.mark.parametrize(("text", "sides"), [
    ("Chile and Argentina agreed a pact on lithium exports.", ("CHL", "ARG")),
    ("Poland and Lithuania agreed an agreement on energy links on Tuesday.", ("POL", "LTU")),
])
def test_agreeing_a_pact_or_an_agreement_signs_it(
        default_coder: Coder, nlp: Language, text: str, sides: tuple[str, str]) -> None:
    found = _triples(default_coder, nlp, text)
    a, b = sides
    assert (a, "057", b) in found and (b, "057", a) in found, found


@pytest.mark.parametrize(("text", "code", "sides", "teller"), [
    ("Qatar announced a ceasefire between Congo and the M23 rebels on Tuesday.", "0871", ("COD", "CODREB"),
     "QAT"),
    ("Turkey declared a truce between Azerbaijan and Armenia late on Friday.", "0871", ("AZE", "ARM"), "TUR"),
    ("Egypt's foreign ministry announced an agreement between Sudan and Chad on border security.", "057",
     ("SDN", "TCD"), "EGYGOV"),
])
def test_a_truce_announced_between_two_others_is_theirs(
        default_coder: Coder, nlp: Language, text: str, code: str, sides: tuple[str, str], teller: str,
) -> None:
    found = _triples(default_coder, nlp, text)
    a, b = sides
    assert (a, code, b) in found and (b, code, a) in found, found
    assert not any(s == teller for s, _, _ in found), found


def test_a_truce_announced_by_one_of_its_sides_stays_its_own(default_coder: Coder, nlp: Language) -> None:
    found = _triples(default_coder, nlp, "Israel announced a ceasefire between its army and Hamas on Sunday.")
    assert ("ISR", "0871", "PSEREBHMS") in found, found
    assert ("PSEREBHMS", "0871", "ISRMIL") not in found, found


def test_a_call_for_a_truce_between_two_others_stays_an_appeal(default_coder: Coder, nlp: Language) -> None:
    found = _triples(default_coder, nlp, "Kenya called for a ceasefire between Ethiopia and Eritrea.")
    assert ("KEN", "0256", "ETH") in found, found
    assert not any(c == "0871" for _, c, _ in found), found


@pytest.mark.parametrize(("text", "mediators", "sides"), [
    ("The truce between Sudan and South Sudan, mediated by Ethiopia, held through the weekend.", ("ETH",),
     ("SDN", "SSD")),
    ("The ceasefire between India and Pakistan, brokered by Saudi Arabia and Iran, took effect at midnight.",
     ("SAU", "IRN"), ("IND", "PAK")),
])
def test_a_mediated_truce_mediates_between_the_sides_of_its_noun(
        default_coder: Coder, nlp: Language, text: str, mediators: tuple[str, ...], sides: tuple[str, str],
) -> None:
    found = _triples(default_coder, nlp, text)
    assert {(m, "045", s) for m in mediators for s in sides} <= found, found


@pytest.mark.parametrize(("text", "sides"), [
    ("Peru and Bolivia clinched a deal on gas exports on Monday.", ("PER", "BOL")),
    ("Uruguay and Paraguay finalised an agreement on river dredging on Thursday.", ("URY", "PRY")),
    ("Kenya and Ethiopia hammered out an accord on grazing rights late on Friday.", ("KEN", "ETH")),
    ("Mongolia and Kazakhstan forged a pact on rail freight on Monday.", ("MNG", "KAZ")),
])
def test_clinching_or_finalising_a_deal_signs_it(
        default_coder: Coder, nlp: Language, text: str, sides: tuple[str, str]) -> None:
    found = _triples(default_coder, nlp, text)
    a, b = sides
    assert (a, "057", b) in found and (b, "057", a) in found, found


@pytest.mark.parametrize("text", [
    "The council finalised the budget on Monday.",
    "Argentina clinched the title against Brazil on Sunday.",
    "The gang forged passports for Peruvian migrants.",
])
def test_clinching_or_forging_something_else_signs_nothing(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _triples(default_coder, nlp, text)
    assert not any(c == "057" for _, c, _ in found), found


@pytest.mark.parametrize(("text", "venue"), [
    ("Sudan's foreign minister met at an airport hotel in Cairo on Saturday.", "EGYBUS"),
    ("The Turkish foreign minister met at a hotel in Athens on Monday.", "GRCBUS"),
])
def test_the_hotel_where_one_meets_is_no_one_met(
        default_coder: Coder, nlp: Language, text: str, venue: str) -> None:
    found = _triples(default_coder, nlp, text)
    assert any(c == "040" for _, c, _ in found), found
    assert not any(t == venue for _, _, t in found), found


@pytest.mark.parametrize(("text", "sides", "place"), [
    ("Armenia and Azerbaijan held talks at an airbase in Kazakhstan.", ("ARM", "AZE"), "KAZ"),
    ("Peru and Ecuador held a summit at a resort in Colombia on Friday.", ("PER", "ECU"), "COL"),
])
def test_talks_held_at_a_place_abroad_are_between_their_sides(
        default_coder: Coder, nlp: Language, text: str, sides: tuple[str, str], place: str) -> None:
    found = _triples(default_coder, nlp, text)
    a, b = sides
    assert (a, "040", b) in found and (b, "040", a) in found, found
    assert not any(t == place for _, _, t in found), found


@pytest.mark.parametrize(("text", "met"), [
    ("Trinidad and Tobago attended a meeting at the OAS on Tuesday.", ("TTO", "040", "IGOOAS")),
    ("The minister met the Qatari emir at his palace in Doha.", ("---GOV", "040", "QATGOV")),
])
def test_a_body_a_meeting_is_at_or_the_one_met_stays(
        default_coder: Coder, nlp: Language, text: str, met: tuple[str, str, str]) -> None:
    assert met in _triples(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "code", "mediators"), [
    ("Mediators from Qatar and Egypt met Hamas officials in Cairo.", "040", ("QAT", "EGY")),
    ("Mediators from Norway and Cuba brokered a truce between the government and the rebels.", "045",
     ("NOR", "CUB")),
])
def test_mediators_from_two_states_act_side_by_side(
        default_coder: Coder, nlp: Language, text: str, code: str, mediators: tuple[str, str]) -> None:
    found = _triples(default_coder, nlp, text)
    assert {s for s, c, _ in found if c == code} >= set(mediators), found
    assert not any(t in mediators for _, _, t in found), found


@pytest.mark.parametrize(("text", "mediator", "sides"), [
    ("A truce was brokered between Israel and Hamas by Egypt on Sunday.", "EGY", ("ISR", "PSEREBHMS")),
    ("The truce was brokered between India and Pakistan by Saudi Arabia on Saturday.", "SAU", ("IND", "PAK")),
])
def test_a_truce_brokered_between_two_sides_in_the_passive_mediates_between_them(
        default_coder: Coder, nlp: Language, text: str, mediator: str, sides: tuple[str, str]) -> None:
    found = _triples(default_coder, nlp, text)
    assert {(mediator, "045", s) for s in sides} <= found, found


@pytest.mark.parametrize(("text", "pair"), [
    ("Saudi Arabia and Iran restored diplomatic relations on Friday.", ("SAU", "IRN")),
    ("Bahrain and Qatar restored ties after a three-year rift.", ("BHR", "QAT")),
])
def test_relations_restored_by_two_states_are_between_them(
    default_coder: Coder, nlp: Language, text: str, pair: tuple[str, str]
) -> None:
    coded = _triples(default_coder, nlp, text)
    assert {(pair[0], "054", pair[1]), (pair[1], "054", pair[0])} <= coded, coded


def test_recognition_by_two_states_stays_one_way(default_coder: Coder, nlp: Language) -> None:
    coded = _triples(default_coder, nlp, "France and Germany recognised Kosovo in 2008.")
    assert ("FRA", "054", "DEU") not in coded and ("FRA", "054", "KSV") in coded, coded
