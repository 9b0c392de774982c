"""Parties and electoral bodies as sources of political acts: a party named by a plural
("Democrats", "the Tories") is no private person whose bare rejections or criticisms with no
one as target are dropped (``events.coding.coder``), and the governing party, the party
leadership and election commissions are actors (``agents.txt``).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Democrats blocked the spending bill in the state senate on Monday.", ("PTY", "120", "")),
    ("The Tories rejected the budget unveiled on Wednesday.", ("PTY", "120", "")),
    ("The Liberal Democrats criticised the decision to close the hospital.", ("PTY", "111", "")),
])
def test_a_partys_verbal_act_without_target_is_kept(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = {(s[-3:], c, t) for s, c, t, _ in _coded(default_coder, nlp, text)}
    assert expected in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("The election commission disqualified four opposition candidates in Lagos.",
     ("NGAGOV", "1722", "NGAOPP")),
    ("Kenya's opposition accused the electoral commission of rigging the count.",
     ("KENOPP", "1121", "KENGOV")),
    ("Zambia's governing party accused the opposition leader of inciting violence.",
     ("ZMBGOV", "112", "ZMBOPP")),
])
def test_election_bodies_and_the_governing_party_are_actors(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = {(s, c, t) for s, c, t, _ in _coded(default_coder, nlp, text)}
    assert expected in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("A party spokesman in Abuja accused the governor of lying about the budget.",
     ("NGAPTY", "112", "NGAGOV")),
    ("Party workers clashed with police in Lahore on Friday.", ("PAKPTY", "145", "PAKCOP")),
])
def test_a_partys_spokespeople_and_workers_are_the_party(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = {(s, c, t) for s, c, t, _ in _coded(default_coder, nlp, text)}
    assert expected in found, found
