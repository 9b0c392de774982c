"""Agreements in local and political news: announcing a settlement, deal or agreement signs it
(057) between its sides, and a participle on a deal that names its day ("a wage deal announced
Wednesday by A and B") is the news, unlike one that tells which treaty ("the treaty signed by
A and B in 2018").

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("The county announced a settlement with the teachers union.", ("---GOV", "057", "---EDULAB")),
    ("The city and the family of the victim announced a settlement on Monday.", ("---CVL", "057", "---GOV")),
])
def test_announcing_a_settlement_signs_it(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("A wage deal announced Wednesday by the county and the teachers union raises salaries by 4 percent.",
     ("---GOV", "057", "---EDULAB")),
    ("A settlement reached on Monday by the county and the family of the victim requires the county to pay"
     " $2 million.", ("---GOV", "057", "---CVL")),
])
def test_a_dated_deal_on_a_noun_is_news(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize("text", [
    "The treaty signed by Ethiopia and Eritrea in 2018 ended two decades of hostility.",
    "Iran announced its withdrawal from the nuclear deal.",
    "The governor announced the end of the agreement with the tribe.",
])
def test_an_old_treaty_or_a_withdrawal_signs_nothing(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c == "057" for _, c, _, _ in found), found


def test_an_announced_ceasefire_stays_one(default_coder: Coder, nlp: Language) -> None:
    text = "The president announced a ceasefire with the rebels to mark the end of the holiday."
    found = _coded(default_coder, nlp, text)
    assert any(c == "0871" for _, c, _, _ in found), found
