"""What one person tells of harm done to them ("a woman told officers her neighbour had
threatened her"): "him" or "her" in the told clause is the teller, and a threat between two
private people is menace, not talk. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)


def _triples(coder: Coder, nlp: Language, text: str, root: str) -> set[tuple[str, str, str]]:
    """(source, target, modality) of the events of ``text`` with the CAMEO root ``root``."""
    return {(e.source.code if e.source else "", e.target.code if e.target else "", e.modality)
            for e in coder.code(nlp(text), when=WHEN) if e.event_code.startswith(root)}


@pytest.mark.parametrize(("text", "root"), [
    ("The shop owner said a customer punched him and fled with the cash.", "18"),
    ("A pensioner told reporters that two youths had robbed him outside the post office.", "17"),
])
def test_him_in_a_told_clause_is_the_teller(
    default_coder: Coder, nlp: Language, text: str, root: str
) -> None:
    """The teller is the one the told act was done to: the act has the teller as target."""
    targets = {t for _, t, _ in _triples(default_coder, nlp, text, root)}
    assert targets and targets <= {"---BUS", "---CVL"} and "" not in targets


def test_her_in_a_told_clause_is_the_teller(default_coder: Coder, nlp: Language) -> None:
    """A woman's "her" is the woman, and the threat she tells of is reported."""
    text = "A nurse told officers that a drunk man had threatened her with a broken bottle."
    assert ("---CVL", "---HLH", "reported") in _triples(default_coder, nlp, text, "13")


@pytest.mark.parametrize("text", [
    "The man said officers beat her during the arrest.",
    "Police said the suspect had attacked him outside a bar.",
])
def test_a_teller_of_the_other_sex_or_a_body_is_not_the_pronoun(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    """A man's "her", and the "him" of a police statement, are someone else: no target."""
    assert {t for _, t, _ in _triples(default_coder, nlp, text, "18")} <= {""}


def test_a_quotations_him_is_not_its_speaker(default_coder: Coder, nlp: Language) -> None:
    """Inside quotation marks "him" is whom the speaker talks about."""
    text = "\"The guard kicked him twice,\" the inmate's brother said."
    assert {t for _, t, _ in _triples(default_coder, nlp, text, "18")} <= {""}


@pytest.mark.parametrize(("text", "pair"), [
    ("A man threatened a bus driver with a hammer outside the depot.", ("---CVL", "---CVL")),
    ("A woman menaced her neighbour with a kitchen knife.", ("---CVL", "---CVL")),
])
def test_a_threat_between_two_people_is_menace(
    default_coder: Coder, nlp: Language, text: str, pair: tuple[str, str]
) -> None:
    """Two private people of one code are two actors when one threatens the other."""
    assert pair in {(s, t) for s, t, _ in _triples(default_coder, nlp, text, "13")}


def test_a_warning_between_two_people_is_no_threat(default_coder: Coder, nlp: Language) -> None:
    """Cautioning someone is advice between private people, not a threat."""
    text = "The teacher cautioned the pupils that rumours can hurt."
    assert not _triples(default_coder, nlp, text, "13")
