"""Aid and refuge given under verbs other than "provide" or "donate" (the verb dictionary):
a gift handed over, refugees sheltered or resettled, debt forgiven or written off, money released to a
country, support given with weapons, a team of rescuers sent, training received. The giver
is the source, the receiver the target.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey gifted 40 ambulances to Albania on Monday.", ("TUR", "070", "ALB")),
    ("China handed over 30 tractors to the Zambian government as a gift.", ("CHN", "070", "ZMBGOV")),
    ("Peru has sheltered more than 800,000 Venezuelan refugees.", ("PER", "075", "VENREF")),
    ("Sweden resettled 900 Eritrean refugees last year.", ("SWE", "075", "ERIREF")),
    ("Italy forgave Tunisia's debt of 25 million euros.", ("ITA", "071", "TUN")),
    ("Germany wrote off Bolivia's debt in 2005.", ("DEU", "071", "BOL")),
    ("Britain cancelled Malawi's debt.", ("GBR", "071", "MWI")),
    ("The European Union released 90 million euros to Moldova on Friday.", ("IGOEEC", "071", "MDA")),
    ("Russia backs the Syrian army with fighter jets and tanks.", ("RUS", "072", "SYRMIL")),
    ("Greece sent a team of rescuers to Albania after the earthquake.", ("GRC", "073", "ALB")),
    ("Malian troops received training from French instructors.", ("FRA", "062", "MLIMIL")),
])
def test_aid_given_by_the_giver_to_the_receiver(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize("text", [
    "The senators voted to cancel the debt ceiling vote.",
    "She sent a team of lawyers to the hearing.",
    "Zambia postponed its debt payments to bondholders.",
    "Kenya cancelled a planned debt sale on Monday.",
    "Chinese banks wrote off bad loans worth $200 billion last year.",
    "The teacher gave the boy a bicycle as a gift.",
])
def test_private_gifts_lawyers_and_a_borrowers_own_debt_are_no_aid(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("07") for _, c, _, _ in found), found


def test_aid_flown_to_a_country_is_aid_not_a_visit(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Italy flew aid to Libya from Sicily on Sunday.")
    assert ("ITA", "070", "LBY", "asserted") in found, found
    assert not any(c == "042" for _, c, _, _ in found), found


def test_a_minister_flown_to_oversee_aid_visits(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The Spanish minister flew to Mauritania to oversee aid deliveries.")
    assert any(c == "042" for _, c, _, _ in found), found
    assert not any(c.startswith("07") for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Congress approved the release of $300 million in military assistance to Jordan.",
    "The court ordered the release of the frozen funds to the charity.",
    "The donors demanded the release of frozen Afghan assets.",
])
def test_the_release_of_money_frees_no_one(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c in ("0841", "0253", "1053") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "target"), [
    ("The ministry authorized the release of 40 million euros in German security assistance to Niger.",
     "NER"),
    ("Congress approved the release of $300 million in military assistance to Jordan.", "JOR"),
])
def test_aid_goes_to_its_recipient_not_to_its_kind_or_giver(
        default_coder: Coder, nlp: Language, text: str, target: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c.startswith("07") and t == target for _, c, t, _ in found), found
