"""Attacks claimed by name (events.coding.claims): the act is the claimant's, reported on
their word, and the claim is a claim of responsibility (015), not a statement.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "claimant", "root"), [
    ("Boko Haram claimed the ambush on a Nigerian army convoy.", "NGAREB", "19"),
    ("The kidnapping of two Italian engineers was claimed by a Libyan militia.", "LBY", "18"),
    ("Al-Qaeda claimed responsibility for the bombing of a hotel in Aden.", "", "19"),
])
def test_a_claimed_attack_is_the_claimant_s_on_their_word(
        default_coder: Coder, nlp: Language, text: str, claimant: str, root: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(s and s.startswith(claimant) and c.startswith(root) and m == "reported"
               for s, c, _, m in found), found


def test_a_claim_of_an_attack_is_a_claim_of_responsibility(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Boko Haram claimed the ambush on a Nigerian army convoy.")
    assert any(c == "015" for _, c, _, _ in found), found
    assert not any(c == "010" for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "No group has claimed the bombing of the Kabul hotel.",  # no one claims it
    "The ministry claimed the shelling of the town had stopped.",  # a statement about the act
])
def test_no_one_is_made_the_doer_without_a_claim(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c[:2] == "19" and s for s, c, _, _ in found), found
