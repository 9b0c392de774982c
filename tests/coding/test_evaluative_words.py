"""Praise and criticism said with evaluative words, not with a verb of praising or
criticising: "the board's offer was insulting", "the mediation by the African Union had
been admirable", "the ruling was a welcome decision by the court", and a quote whose tag
names the reporters it was told to.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded, _has


@pytest.mark.parametrize(("text", "expected"), [
    ("Senator Maria Lopez said the governor was callous and arrogant.", ("", "111", "---GOV")),
    ("The Chilean opposition said the interior minister had been negligent.", ("CHLOPP", "111", "CHLGOV")),
    ("The Bolivian miners' federation said the energy minister was spineless.", ("", "111", "BOLGOV")),
])
def test_a_word_that_judges_conduct_criticises_the_one_it_is_said_of(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Greenpeace said the Norwegian oil ministry's spill response was woefully inadequate.",
     ("NGOGRP", "111", "NORGOV")),
    ("The farmers' union said the Irish government's drought relief package was inadequate.",
     ("", "111", "IRLGOV")),
])
def test_a_decision_or_response_called_inadequate_criticises_its_owner(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ghanaian president said the Nigerian government's help was invaluable.",
     ("GHAGOV", "051", "NGAGOV")),
    ("The Moldovan prime minister said Romania's support had been invaluable.", ("", "051", "ROU")),
])
def test_help_or_support_called_invaluable_praises_its_giver(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The head of the nurses' union said the hospital board's pay offer was insulting.",
     ("", "111", "HLH")),
    ("The dockers' union said the Kenyan port authority board's proposal was reckless.",
     ("", "111", "KEN")),
])
def test_a_name_inside_the_possessors_phrase_is_the_owner_judged(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == expected[1] and expected[2] in t for _, c, t, _ in found), found


@pytest.mark.parametrize("text", [
    "The mayor of Tartu said the storm was cruel.",
    "The mayor of Tartu said the new bridge was inadequate for the traffic.",
    "The Icelandic senator said her own plan was unworkable.",
    "The Chilean minister said the Peruvian government's report was long.",
])
def test_no_judgement_without_an_owner_or_an_evaluative_word(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c in ("051", "111") for _, c, _, _ in found), found
