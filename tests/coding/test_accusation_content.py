"""Accusations with content: what a speaker says someone did wrong accuses or criticises
them, and rebels of the speaker's own country are not its side.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded, _has


@pytest.mark.parametrize(("text", "accused"), [
    ("Colombia said the attack was carried out by ELN rebels.", "COLREB"),
    ("The Nigerian army said Boko Haram insurgents attacked a village in Borno.", "NGAREBINS"),
])
def test_a_state_reporting_an_attack_by_its_own_rebels_accuses_them(
        default_coder: Coder, nlp: Language, text: str, accused: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == "112" and t == accused for _, c, t, _ in found), found


def test_a_state_reporting_its_own_troops_attack_accuses_no_one(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Colombia said its troops attacked a rebel camp.")
    assert not any(c.startswith("11") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Opposition leaders said the Zambian government had lied to voters.", ("ZMBOPP", "112", "ZMBGOV")),
    ("The Labour leader said the British defence secretary had misled parliament.", ("", "112", "GBRGOV")),
    ("The opposition said the Zambian government had mismanaged the economy.", ("ZMBOPP", "111", "ZMBGOV")),
    ("The mayor said the Zambian army had neglected the flood victims.", ("", "111", "ZMBMIL")),
])
def test_a_statement_that_someone_deceived_or_misruled_accuses_or_criticises_them(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize("text", [
    "The governor said the Malawian government had not wasted the donor funds.",
    "The guide said the Zambian village lies in a valley.",
])
def test_no_misdeed_denied_or_a_place_that_lies_somewhere_is_no_accusation(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("11") for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "\"The evidence shows that Belarus is responsible for the cyberattack,\" the Lithuanian president said.",
    "The Lithuanian president said he believes Belarus is responsible for the cyberattack.",
])
def test_blame_laid_through_a_verb_of_belief_or_evidence_accuses(
        default_coder: Coder, nlp: Language, text: str) -> None:
    assert ("LTUGOV", "112", "BLR") in {(s, c, t) for s, c, t, _ in _coded(default_coder, nlp, text)}


def test_blame_a_speaker_does_not_believe_accuses_no_one(default_coder: Coder, nlp: Language) -> None:
    text = "The Lithuanian president said he does not believe Belarus is responsible for the cyberattack."
    assert not any(c.startswith("112") for _, c, _, _ in _coded(default_coder, nlp, text))



def test_who_accuses_a_country_named_alone_is_not_of_it(default_coder: Coder, nlp: Language) -> None:
    text = "'Belarus is most likely responsible for the cyberattack,' the president said."
    found = _coded(default_coder, nlp, text)
    assert any(c == "112" and t == "BLR" and not s.startswith("BLR") for s, c, t, _ in found), found


def test_separatists_who_accuse_a_country_named_alone_are_of_it(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The separatists said Moldova was responsible for the shelling.")
    assert any(c == "112" and s == "MDASEP" and t == "MDA" for s, c, t, _ in found), found


@pytest.mark.parametrize("text", [
    "Police said unidentified gunmen fired on the checkpoint overnight.",
    "The farmer said two masked men had beaten him outside his barn.",
    "The bank's manager said unknown thieves stole the cash machine.",
])
def test_a_doer_no_one_can_name_is_accused_by_no_one(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert found, found  # (the act itself is reported)
    assert not any(c.startswith("112") for _, c, _, _ in found), found
