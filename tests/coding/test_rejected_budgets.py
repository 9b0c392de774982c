"""Rejecting, voting down or voting against another actor's budget rejects it (CAMEO 120),
aimed at its owner; a budget deeper in the verb's phrases ("rejected cuts to the army's
budget", "refused to raise the police budget") is no rejected budget
(``events.coding.annulments.rejected_budgets``, the REJECT block's "- * BUDGET").

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Commission on Friday rejected Portugal's draft budget for next year.",
     ("IGOEEC", "120", "PRT")),
    ("Ecuador's National Assembly rejected the president's budget after a long debate.",
     ("ECULEG", "120", "ECUGOV")),
])
def test_rejecting_anothers_budget_rejects_its_owner(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru's Congress voted down the finance minister's budget on Thursday.", ("PERLEG", "120", "PERGOV")),
    ("Colombian senators voted against the president's budget.", ("COLLEG", "120", "COLGOV")),
])
def test_voting_down_or_against_a_budget_rejects_its_owner(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize("text", [
    "Chilean lawmakers rejected cuts to the army's budget.",
    "The Kenyan parliament refused to raise the police budget.",
])
def test_a_budget_deeper_in_the_phrase_is_no_rejected_budget(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c == "120" for _, c, _, _ in found), found
