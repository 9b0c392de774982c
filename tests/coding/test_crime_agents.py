"""Who strikes or steals in local crime news, named by a word of crime the agents dictionary
holds ("a shoplifter", "an intruder", "a mugger"): a criminal (CRM), so that the act has a
doer. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)


def _sides(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source, root, target) of the events of ``text``."""
    return {
        (e.source.code if e.source else "", e.event_code[:2], e.target.code if e.target else "")
        for e in coder.code(nlp(text), when=WHEN)
    }


@pytest.mark.parametrize(("text", "side"), [
    ("A security guard was punched by a shoplifter outside the supermarket.", ("---CRM", "18", "---CVL")),
    ("A pensioner was punched by a mugger on Canal Road.", ("---CRM", "18", "---CVL")),
    ("A knifeman stabbed a bus driver at the depot on Saturday.", ("---CRM", "18", "---CVL")),
])
def test_a_criminal_by_the_word_of_the_crime_is_the_doer(
    default_coder: Coder, nlp: Language, text: str, side: tuple[str, str, str]
) -> None:
    assert side in _sides(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The homeowner shot an intruder in his kitchen on Tuesday night.",
    "Police arrested a pickpocket at the market on Friday.",
    "Detectives arrested a stalker who had followed a nurse for months.",
])
def test_a_criminal_by_the_word_of_the_crime_is_the_target(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert any(target == "---CRM" for _, _, target in _sides(default_coder, nlp, text))


@pytest.mark.parametrize(("text", "side"), [
    ("A teenager took a woman's handbag from her outside the station.", ("---CVL", "17", "---CVL")),
    ("Two men took cash from a cashier at gunpoint on Friday.", ("---CVL", "17", "---CVL")),
])
def test_belongings_taken_from_a_person_are_a_theft(
    default_coder: Coder, nlp: Language, text: str, side: tuple[str, str, str]
) -> None:
    """Taking someone's belongings from them, or cash at the point of a weapon, is a theft
    (171) of the one they were taken from."""
    assert side in _sides(default_coder, nlp, text)
    assert any(e.event_code == "171" for e in default_coder.code(nlp(text), when=WHEN))


def test_a_robbery_told_to_the_police_accuses_the_robbers(default_coder: Coder, nlp: Language) -> None:
    """ "The victim told police that two men had taken her phone at knifepoint": the victim
    accuses the men (112) of a theft (171)."""
    text = "The victim told police that two men had taken her phone at knifepoint."
    found = _sides(default_coder, nlp, text)
    assert ("---CVL", "11", "---CVL") in found
    assert ("---CVL", "17", "") in found


@pytest.mark.parametrize("text", [
    "The shop takes cash from customers only.",  # trade, no weapon
    "The ferry took passengers from the island to the mainland.",  # no belongings
])
def test_no_theft_without_belongings_or_a_weapon(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any(e.event_code.startswith("17") for e in default_coder.code(nlp(text), when=WHEN))


@pytest.mark.parametrize(("text", "side"), [
    ("A shoplifter punched a passerby outside the library on Sunday.", ("---CRM", "18", "---CVL")),
    ("A masked man threatened a bank teller with a knife in Fresno.", ("---CVL", "13", "---CVL")),
    ("A teenager punched a store clerk during a robbery, police said.", ("---CVL", "18", "---CVL")),
])
def test_the_people_of_robberies_and_street_attacks_are_named(
    default_coder: Coder, nlp: Language, text: str, side: tuple[str, str, str]
) -> None:
    assert side in _sides(default_coder, nlp, text)
