"""Verbs of force said of words: "hit back at critics", "fired back at the ministry's
claims", "struck back at X over its comments" is criticism (111), no force; force answering
force stays ("hit back at the rebels with artillery"). Transitive "lash" of a government or
a country is criticism too ("lashed the government over prices"), of a person an assault.
And a reproach is no demand: "said Turkey should be ashamed" is criticism (111).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded, _has


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow hit back at London's criticism of the election.", ("RUSGOV", "111", "GBRGOV")),
    ("The Indian foreign ministry hit back at Canada over its remarks.", ("INDGOV", "111", "CAN")),
    ("The Philippine president fired back at critics, saying the drug war had saved lives.",
     ("PHLGOV", "111", "PHLOPP")),
])
def test_hitting_back_at_words_is_criticism(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found
    assert not any(c.startswith("19") for _, c, _, _ in found), found


def test_hitting_back_with_force_stays_force(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Nigerian troops fired back at the bandits.")
    assert any(c.startswith("19") for _, c, _, _ in found), found
    assert not any(c == "111" for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Zimbabwean opposition leader lashed the government over fuel prices.", ("", "111", "ZWEGOV")),
    ("The Afghan president lashed Pakistan for sheltering militants.", ("AFGGOV", "111", "PAK")),
])
def test_lashing_a_government_or_country_is_criticism(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


def test_lashing_a_person_stays_an_assault(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Islamist militants lashed a young man in the market.")
    assert any(c.startswith("18") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Cypriot president said Turkey should be ashamed of itself.", ("CYPGOV", "111", "TUR")),
    ("The Ghanaian opposition said the president should be ashamed.", ("", "111", "GHAGOV")),
])
def test_should_be_ashamed_is_a_reproach_not_a_demand(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found
    assert not any(c.startswith("10") for _, c, _, _ in found), found
