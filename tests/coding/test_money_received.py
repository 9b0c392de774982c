"""Money given and received in local and wire news (issue 14, the AID family): an amount
written with a currency sign is money, a grant won or a loan got from a giver is the giver's
aid, and so is money received under an arrangement with someone.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


def _triples(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {(s, c, t) for s, c, t, _ in _coded(coder, nlp, text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Norway gave Malawi $750,000 on Tuesday.", ("NOR", "071", "MWI")),
    ("Sweden donated €400,000 to Bolivia last week.", ("SWE", "071", "BOL")),
])
def test_an_amount_with_a_currency_sign_is_money(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    """"$750,000" is money to the patterns as "$40 million" is: economic aid (071)."""
    assert _triples(default_coder, nlp, text) == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana offered Togo $45 per megawatt-hour of electricity.", ("GHA", "030", "TGO")),
    ("Algeria offered Tunisia gas at $3 per unit.", ("DZA", "030", "TUN")),
])
def test_a_price_is_no_money_given(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    """An amount counted "per" something or in an "at / for" phrase is a price: the offer
    stays an offer, no offer of aid (0331)."""
    assert _triples(default_coder, nlp, text) == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("Malawi won a $2 million grant from Norway.", ("NOR", "071", "MWI")),
    ("Nepal got a $50 million loan from the Asian Development Bank.", ("IGOADB", "071", "NPL")),
])
def test_a_grant_won_or_a_loan_got_from_a_giver_is_its_aid(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert _triples(default_coder, nlp, text) == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("The county received $400,000 from the state last year.", ("---GOV", "071", "---GOV")),
    ("A local hospital won a grant from the state last week.", ("---GOV", "071", "---CVLHLH")),
])
def test_the_state_money_comes_from_is_its_government(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    """"from the state" after a verb of receiving or a noun of money names the giver."""
    assert expected in _triples(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The family moved from the city to Ohio in 2019.",
    "Two brothers drove from the county to the coast overnight.",
])
def test_a_place_left_is_no_local_body(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any("GOV" in s or "GOV" in t for s, _, t in _triples(default_coder, nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("The state gave the county $750,000 to repair the bridge.", ("---GOV", "071", "---GOV")),
    ("The governor awarded the town $2 million for a new bridge.", ("---GOV", "071", "---GOV")),
])
def test_a_local_body_given_money_is_the_recipient(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    """"gave the county $750,000": the indirect object is the local government."""
    assert expected in _triples(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Under an agreement with the World Bank, Kenya will receive $50 million.", ("IGOWBK", "071", "KEN")),
    ("Under a five-year contract with the European Union, Niger obtained 30 million euros in budget "
     "support.", ("IGOEEC", "071", "NER")),
])
def test_money_received_under_an_arrangement_is_the_partners_aid(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "Under a deal with Qatar, Pakistan received a shipment of gas.",
    "Under an agreement with Egypt, Sudan received two delegations.",
])
def test_goods_received_under_a_deal_are_no_aid(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any(c.startswith("07") for _, c, _ in _triples(default_coder, nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("The county was awarded $750,000 in federal funding.", ("---GOV", "071", "---GOV")),
    ("The clinic won a $2 million state grant for new equipment.", ("---GOV", "071", "---HLH")),
])
def test_the_level_of_government_named_on_money_gives_it(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    """"a state grant", "federal funding" received: that government is the giver."""
    assert expected in _triples(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The task of handing out state grants to the farmers fell to a new agency.",
    "The company received state approval for the plant.",
])
def test_money_handed_out_or_a_state_approval_names_no_giver(
        default_coder: Coder, nlp: Language, text: str) -> None:
    """Who hands out state grants is not the state (only a receiver's money names its giver),
    and an approval is no money."""
    assert not any(s == "---GOV" for s, _, _ in _triples(default_coder, nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("The World Bank announced a $500 million loan to Egypt on Tuesday.", ("IGOWBK", "071", "EGY")),
    ("Japan announced new food aid to North Korea.", ("JPN", "073", "PRK")),
])
def test_aid_announced_to_a_recipient_is_given(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    """"announced a loan to Egypt": the aid (07x), not a statement (010)."""
    assert _triples(default_coder, nlp, text) == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington provided new funding to fight the Shabaab militants in Somalia.", ("USAGOV", "071", "SOM")),
    ("France sent military aid to defeat the rebels in Mali.", ("FRA", "072", "MLI")),
])
def test_whom_aid_is_to_fight_is_no_recipient(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    """The object of the aid's purpose is its recipient only when the aid is to help it."""
    assert _triples(default_coder, nlp, text) == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("Malawi applied for a loan from the International Monetary Fund.", ("MWI", "0231", "IGOIMF")),
    ("Haiti applied for emergency food aid from the World Food Programme.", ("HTI", "0233", "IGOUNOWFP")),
])
def test_applying_for_aid_from_a_giver_appeals_to_it(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert _triples(default_coder, nlp, text) == {expected}


@pytest.mark.parametrize("text", [
    "She applied for a job at the bank.",
    "The company applied for a permit from the city.",
])
def test_applying_for_a_job_or_a_permit_is_no_appeal(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any(c.startswith("02") for _, c, _ in _triples(default_coder, nlp, text))
