"""Aid, refugees, cooperation and government acts in wire news (issue 14): what is agreed
to is to come, and who is cooperated with.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from events.coding.linking import with_location_countries
from tests.coding.test_linking import _coded as _event
from tests.coding.test_linking import _place
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "agreement"), [
    ("Canada agreed to send two transport planes with food aid to Haiti on Friday.",
     ("CAN", "0333", "HTI")),
    ("Washington agreed to send more air defence systems to Kyiv.", ("USAGOV", "0332", "UKRGOV")),
])
def test_an_agreement_to_deliver_aid_is_the_intent_not_the_delivery(
        default_coder: Coder, nlp: Language, text: str, agreement: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*agreement, "asserted") in found, found
    assert not any(c[:2] == "07" and m == "asserted" for _, c, _, m in found), found


@pytest.mark.parametrize("text", [
    "Chile and Argentina agreed to resume border talks in January.",
    "Armenia and Azerbaijan agreed to resume peace talks next month.",
])
def test_talks_agreed_to_have_not_resumed(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == "036" and m == "asserted" for _, c, _, m in found), found
    assert all(m == "intended" for _, c, _, m in found if c[:2] == "04"), found



@pytest.mark.parametrize(("target", "cc"), [
    ("SSD", "SS"),  # "Norway will deploy 200 peacekeepers to South Sudan"
    ("ROUCVL", "RO"),  # "The UN delivered tents to displaced families in Romania"
])
def test_a_country_the_codebook_lacks_is_named_once(target: str, cc: str) -> None:
    event = with_location_countries(_event("NOR", target, "0334"), _place("country", cc), "03")
    assert event.target is not None and event.target.code == target


@pytest.mark.parametrize(("text", "expected"), [
    # a capital whose name ends in "City" is no place troops withdraw from (0874)
    ("Guatemala recalled its ambassador from Mexico City on Monday.", ("GTM", "161", "MEXGOV")),
    ("Ecuador recalled its envoy from Panama City after the arrest.", ("ECU", "161", "PANGOV")),
    # "for consultations" is no "(FROM &TALKS)": talks broken off (164)
    ("Uruguay recalled its ambassador from Asuncion for consultations.", ("URY", "161", "PRYGOV")),
])
def test_an_envoy_recalled_from_a_capital_reduces_relations(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert {(s, c, t) for s, c, t, _ in found} == {expected}, found


@pytest.mark.parametrize("text", [
    "Britain withdrew aid from the region after the coup.",
    "Germany withdrew its aid from the province on Friday.",
])
def test_aid_withdrawn_from_a_region_is_aid_cut_not_a_retreat(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert {c for _, c, _, _ in found} == {"162"}, found


@pytest.mark.parametrize(("text", "expected"), [
    # a named person extradited is what is handed over; the receiving state is the partner
    ("Spain extradited a Dutch drug trafficker to the Netherlands.", ("ESP", "063", "NLD")),
    ("Turkey handed over three Islamic State suspects to Iraq.", ("TUR", "063", "IRQ")),
    # also when the parser hangs "to" on the one handed over
    ("Morocco handed over two French nationals to the French authorities.", ("MAR", "063", "FRAGOV")),
])
def test_the_state_that_receives_an_extradited_person_is_the_partner(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert {(s, c, t) for s, c, t, _ in found} == {expected}, found


def test_a_deported_people_stays_the_target(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Lebanon deported dozens of Syrians to Syria last week.")
    assert {(s, c, t) for s, c, t, _ in found} == {("LBN", "174", "SYR")}, found


@pytest.mark.parametrize(("text", "expected"), [
    ("The World Food Programme distributed food to 20,000 displaced families in Darfur.",
     ("IGOUNOWFP", "073")),
    ("The Red Crescent distributed blankets and tents to flood victims in Pakistan.", ("NGORCR", "073")),
    # in a relative clause too
    ("The World Food Programme, which distributed food rations to families in Darfur, warned of famine.",
     ("IGOUNOWFP", "073")),
])
def test_relief_distributed_is_humanitarian_aid(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any((s, c) == expected and t and m == "asserted" for s, c, t, m in found), found


def test_leaflets_distributed_are_no_aid(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The party distributed leaflets to voters in Lagos.")
    assert not any(c[:2] == "07" for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Donors pledged $4 billion for Yemen at a conference.", ("---DEV", "0331", "YEM")),
    ("The finance minister gave Ghana a $50 million loan.", ("---GOV", "071", "GHA")),
    ("The prime minister offered aid to Turkey after the earthquake.", ("---GOV", "033", "TUR")),
    ("The foreign minister promised humanitarian aid to Lebanon.", ("---GOV", "0333", "LBN")),
])
def test_who_aids_or_visits_a_country_is_not_of_it(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert {(s, c, t) for s, c, t, _ in found} == {expected}, found


def test_who_defends_a_country_may_be_of_it(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The vice-president defended Brazil's new forest policy.")
    assert ("BRAGOV", "052", "BRA", "asserted") in found, found


@pytest.mark.parametrize(("text", "mediator", "sides"), [
    ("Russia handed over 12 prisoners of war to Ukraine in an exchange brokered by the United Arab Emirates.",
     "ARE", {"RUS", "UKR"}),
    ("Sudan handed over the bodies of 20 soldiers to South Sudan under a deal brokered by the African Union.",
     "IGOOAU", {"SDN", "SSD"}),
])
def test_a_handover_under_a_brokered_deal_is_mediated_between_giver_and_receiver(
        default_coder: Coder, nlp: Language, text: str, mediator: str, sides: set[str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert {t for s, c, t, _ in found if c == "045" and s == mediator} == sides, found


def test_prisoners_freed_under_a_brokered_deal_are_no_side_of_it(default_coder: Coder, nlp: Language) -> None:
    text = "Israel freed 30 Palestinian prisoners under a deal mediated by Egypt."
    found = _coded(default_coder, nlp, text)
    assert not any(c == "045" and t for _, c, t, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Jordan will receive $1.5 billion in aid from the United States each year.", ("USA", "070", "JOR")),
    ("Ukraine will receive 40 air defence missiles from Germany.", ("DEU", "072", "UKR")),
])
def test_aid_a_country_will_receive_is_to_come(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "intended") in found, found
    assert not any(m == "asserted" for _, _, _, m in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Zambia secured a $1.3 billion bailout from the International Monetary Fund on Thursday.",
     ("IGOIMF", "071", "ZMB")),
    ("Pakistan obtained a $3 billion loan from China in June.", ("CHN", "071", "PAK")),
])
def test_a_loan_secured_from_a_lender_is_the_lenders_aid(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


def test_a_secured_border_is_no_aid(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Police secured the border after the attack.")
    assert not any(c[:2] == "07" for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Mali's junta ordered UN peacekeepers to leave the country.", "1661"),
    ("Eritrea ordered the UN peacekeeping mission to leave by the end of the month.", "1661"),
    ("Burkina Faso ordered French diplomats to leave within 48 hours.", "161"),
    ("The Taliban ordered foreign aid workers to leave Kandahar province.", "1663"),
])
def test_peacekeepers_diplomats_or_aid_workers_ordered_out_are_expelled_missions(
        default_coder: Coder, nlp: Language, text: str, expected: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert {c for _, c, _, _ in found} == {expected}, found


def test_journalists_ordered_out_are_deported_people(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The government ordered foreign journalists to leave the country.")
    assert {c for _, c, _, _ in found} == {"174"}, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine received Patriot missiles from the United States.", ("USA", "072", "UKR")),
    ("Kyiv received Patriot missiles from Germany last spring.", ("DEU", "072", "UKRGOV")),
])
def test_a_weapons_name_is_no_person(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert {(s, c, t) for s, c, t, _ in found} == {expected}, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany sent a third Patriot system to Ukraine on Monday.", ("DEU", "072", "UKR")),
    ("The Netherlands delivered two Patriot batteries to Kyiv.", ("NLD", "072", "UKRGOV")),
])
def test_an_air_defence_system_sent_is_military_aid(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize(("text", "event"), [
    ("Nigeria sent 300 soldiers to help the Malian army.", ("NGA", "074", "MLIMIL")),
    ("The Netherlands donated $4 million to help Mozambique rebuild its schools.", ("NLD", "071", "MOZ")),
    ("India provided fuel to help Nepal restore power.", ("IND", "07", "NPL")),
    ("Spain promised to deploy engineers to assist the Lebanese army.", ("ESP", "03", "LBNMIL")),
    # ... and whom the aid's own phrase names
    ("Germany will provide ammunition alongside humanitarian aid to Ukraine.", ("DEU", "03", "UKR")),
    ("Canada shipped tents along with relief supplies for Syrian refugees.", ("CAN", "07", "SYRREF")),
])
def test_aid_targets_whom_its_purpose_or_its_phrase_names(
        default_coder: Coder, nlp: Language, text: str, event: tuple[str, str, str]) -> None:
    source, code, target = event
    found = _coded(default_coder, nlp, text)
    assert any(s == source and c.startswith(code) and t == target for s, c, t, _ in found), found


def test_helping_as_the_purpose_of_aid_is_no_verbal_support(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Ghana sent medical teams to support the Liberian government.")
    assert not any(c.startswith("05") for _, c, _, _ in found), found


def test_support_agreed_to_is_endorsement_not_a_purpose(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The African Union agreed to support Ghana's request for a summit.")
    assert any(c.startswith("05") and t.startswith("GHA") for _, c, t, _ in found), found


def test_aid_cut_in_a_clause_on_the_object_is_no_receiver(default_coder: Coder, nlp: Language) -> None:
    text = "The senators agreed on a plan that cuts funding for rural clinics."
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("03") and t for _, c, t, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Slovakia received tanks from Denmark last month.", ("DNK", "072", "SVK")),
    ("Estonia has received fighter jets from France, the defence ministry said.", ("FRA", "072", "EST")),
])
def test_arms_received_are_given_not_giving(default_coder: Coder, nlp: Language, text: str,
                                            expected: tuple[str, str, str]) -> None:
    found = {(s, c, t) for s, c, t, _ in _coded(default_coder, nlp, text)}
    assert expected in found, found
    assert not any(s.endswith("MIL") and c == "072" for s, c, _ in found), found
