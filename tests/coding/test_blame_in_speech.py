"""Blame, responsibility and failure carried by what is said: a reported clause that puts
the blame on its subject ("Y was to blame for", "Y bears responsibility for") accuses it
(112), one that says its subject did nothing or little to act criticises it (111).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded, _has


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kenyan opposition said the interior ministry was to blame for the chaotic count.",
     ("KENOPP", "112", "KENGOV")),
    ("Colombia's defence minister said Venezuela was to blame for the shortage of fuel at the border.",
     ("COLGOV", "112", "VEN")),
])
def test_a_subject_said_to_be_to_blame_is_accused_whatever_for(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Lithuania's foreign ministry said Belarus bears responsibility for the sabotage of the rail line.",
     ("LTUGOV", "112", "BLR")),
    ("The Sudanese army said the rebels bear full responsibility for the shelling of the camp.",
     ("SDNMIL", "112", "SDNREB")),
    ("The Thai foreign minister said Cambodia carries the blame for the border clash.",
     ("THAGOV", "112", "KHM")),
])
def test_a_subject_said_to_bear_the_blame_or_responsibility_for_a_harm_is_accused(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize("text", [
    "The Thai foreign minister said Cambodia bears no responsibility for the border clash.",
    "The Chilean governor said the state agency carries responsibility for road repairs.",
])
def test_responsibility_denied_or_a_duty_carried_accuses_no_one(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("11") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Peruvian opposition said the government had done nothing to protect farmers from the floods.",
     ("PEROPP", "111", "PERGOV")),
    ("A Ugandan rights group said police had done little to find the missing activists.",
     ("", "111", "UGACOP")),
])
def test_a_subject_said_to_have_done_nothing_or_little_to_act_is_criticised(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize("text", [
    "The Peruvian mayor said the villagers had done nothing to deserve the floods.",
    "The Kenyan minister said the herders had done nothing to provoke the police.",
    "The Chilean ministry said the government would do nothing to help the strikers.",
])
def test_nothing_done_to_deserve_or_provoke_or_a_forecast_criticises_no_one(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("11") for _, c, _, _ in found), found
