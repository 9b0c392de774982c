"""A court or body that denies, dismisses or throws out another party's motion, application,
petition, plea, lawsuit or request rejects it (CAMEO 120), aimed at the party that asked: not
a denial of an accusation (016), and not the dropped case (081) that the request asked for
(``events.coding.annulments.refused_requests``, the DENY, DISMISS and OVERTURN blocks).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("A judge in Nairobi denied the Chinese contractor's motion on Friday.", ("KENJUD", "120", "CHNBUS")),
    ("The tribunal denied Serbia's application on Monday.", ("SRBJUD", "120", "SRB")),
])
def test_denying_a_motion_or_application_rejects_it(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found
    assert not any(c == "016" for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The tribunal dismissed Chile's request to throw out the case over the copper mine.",
     ("CHL", "120", "CHL")),
    ("The court on Tuesday dismissed Ukraine's request to drop the charges against the pilots.",
     ("UKR", "120", "UKR")),
])
def test_dismissing_a_request_to_drop_a_case_rejects_the_request(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == expected[1] and t == expected[2] for _, c, t, _ in found), found
    assert not any(c.startswith("08") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("A federal judge threw out the lawsuit filed by the governor over the new highway tolls.",
     ("USAJUD", "120", "USAGOV")),
    ("Ghana's Supreme Court threw out the opposition's petition on Thursday.", ("GHAJUD", "120", "GHAOPP")),
])
def test_throwing_out_a_lawsuit_or_petition_rejects_its_filer(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == expected[1] and t[3:] == expected[2][3:] for _, c, t, _ in found), found


@pytest.mark.parametrize("text", [
    "A judge threw out the case against the former treasurer of the club.",
    "The magistrate threw out the charges against the two fishermen.",
])
def test_throwing_out_a_case_or_charges_still_eases(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == "081" for _, c, _, _ in found), found
    assert not any(c == "120" for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "A judge in Nairobi refused to dismiss the Kenyan government's lawsuit against the oil company.",
    "Brazil's Supreme Court refused to block the president's decree on gun permits.",
])
def test_refusing_to_dismiss_or_block_anothers_act_rejects_no_one(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("12") and m == "asserted" and t for _, c, t, m in found), found


def test_refusing_to_throw_out_charges_denies_no_accusation(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp,
                   "The judge refused to throw out the charges against the two councillors.")
    assert not any(c == "016" for _, c, _, _ in found), found
    assert any(c == "1241" for _, c, _, _ in found), found


def test_refusing_to_release_someone_stays_a_refusal(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "A court in Minsk refused to release the opposition activist.")
    assert any(c == "1243" for _, c, _, _ in found), found
