"""Domestic politics: holding up a bill, law, budget, plan or nominee rejects it (120, aimed at
its owner), and a vow or plan to oppose, reject or sue is no intent to cooperate (03x).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Nigerian senators delayed the president's tax reform bill.", ("NGALEG", "120", "NGAGOV")),
    ("Peru's Congress delayed the president's pension reform law.", ("PERLEG", "120", "PERGOV")),
    ("Kenyan lawmakers delayed the finance minister's budget for a second week.",
     ("KENLEG", "120", "KENGOV")),
])
def test_delaying_a_bill_law_or_budget_rejects_its_owner(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize("text", [
    "Flights were delayed by the storm.",
    "The court delayed the trial of the former minister.",
])
def test_other_delays_are_no_event(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not _coded(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkish lawmakers blocked a government measure to raise fuel taxes.", ("TURLEG", "120", "TURGOV")),
    ("Serbian lawmakers blocked the prime minister's plan to sell the state power company.",
     ("SRBLEG", "120", "SRBGOV")),
    ("Republican senators blocked the governor's nominee for attorney general.",
     ("---LEG", "120", "---GOVJUD")),
])
def test_blocking_a_plan_measure_or_nominee_rejects_its_owner(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize("text", [
    "The opposition vowed to block the government's tax bill.",
    "Ghana's opposition pledged to reject the government's loan agreement with China.",
    "The mayor vowed to sue the county over the landfill.",
])
def test_a_vow_to_oppose_is_no_cooperative_intent(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("03") for _, c, _, _ in found), found
    assert any(c[:2] in ("11", "12") and m == "intended" for _, c, _, m in found), found


def test_a_vow_to_cooperate_stays_an_intent(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Japan pledged to send emergency aid to the Philippines.")
    assert ("JPN", "0333", "PHL", "asserted") in found, found
