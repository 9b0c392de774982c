"""What a reported clause says another, named, could or may do is possible, not announced
(events.coding.modality.announced): no threat by that other and no accusation by the
speaker; in the actor's own words, or made conditional ("if ..."), it stays a threat.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "source"), [
    ("China could blockade Taiwan within days, a Pentagon report warned.", "CHN"),
    ("Pyongyang could launch another missile soon, Seoul said.", "PRK"),
    ("Analysts said Turkey could strike Kurdish positions in Syria.", "TUR"),
])
def test_what_another_could_do_is_hypothetical_not_a_threat(
        default_coder: Coder, nlp: Language, text: str, source: str) -> None:
    found = _coded(default_coder, nlp, text)
    theirs = [(c, m) for s, c, _, m in found if s.startswith(source)]
    assert theirs and all(m == "hypothetical" and not c.startswith("13") for c, m in theirs), found


@pytest.mark.parametrize(("text", "source"), [
    ("Iran said it could close the Strait of Hormuz.", "IRN"),
    ("The European Union may suspend trade talks with Serbia if the violence continues, "
     "the Dutch foreign minister said.", "IGOEEC"),
])
def test_what_a_speaker_says_it_could_do_or_another_may_do_if_is_a_threat(
        default_coder: Coder, nlp: Language, text: str, source: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(s == source and c.startswith("13") for s, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Chad said Sudanese militias could attack border towns.",
    "Mali said Algerian gunmen did not attack the customs post.",
])
def test_reporting_what_another_could_do_or_did_not_do_accuses_no_one(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("112") for _, c, _, _ in found), found
