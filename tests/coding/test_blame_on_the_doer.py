"""Blame laid on a doer who is not the reported clause's subject: a speaker who says a harm
was caused or carried out by an actor (a passive "by" phrase, also an attack the actor's
modifier names), that it was the actor's work, or that the fault lies with it, accuses that
actor (112). A thing (a storm, a fault in the wiring), work that is no harm and duties
("responsibility for road repairs") are blamed for nothing.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded, _has


def _accusations(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str, str]]:
    return {f for f in found if f[1].startswith("112")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Moldova said the outage at the power grid was caused by a Russian cyberattack.",
     ("MDA", "112", "RUS")),
    ("The Somali army said the ambush near Baidoa was orchestrated by al Shabaab.",
     ("SOMMIL", "112", "SOMREB")),
])
def test_a_harm_said_to_be_caused_or_carried_out_by_an_actor_accuses_it(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize("text", [
    "Moldova said the outage at the power grid was caused by a fault in the wiring.",
    "The Peruvian utility said the flooding was caused by the storm.",
    "Bolivia said the march was organised by the farmers' federation.",
])
def test_a_harm_caused_by_a_thing_or_an_act_that_is_no_harm_accuses_no_one(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not _accusations(found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Niger said the bombing of the barracks was the work of Islamic State militants.",
     ("NER", "112", "IMGMOSREB")),
    ("The Indian army said the blast in Srinagar was the handiwork of Pakistani intelligence.",
     ("INDMIL", "112", "PAK")),
])
def test_a_harm_said_to_be_the_work_of_an_actor_accuses_it(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


def test_work_that_is_no_harm_accuses_no_one(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The Danish minister said the report was the work of Swedish experts.")
    assert not _accusations(found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Tunisian opposition said the fault lies with the interior ministry.",
     ("TUNOPP", "112", "TUNGOV")),
    ("Croatia's foreign minister said the blame for the shooting rests with Serbia.",
     ("HRVGOV", "112", "SRB")),
])
def test_fault_or_blame_said_to_lie_with_an_actor_accuses_it(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize("text", [
    "The Chilean governor said responsibility for road repairs lies with the state agency.",
    "The Tunisian minister said the decision lies with the courts.",
])
def test_a_duty_or_a_decision_lying_with_someone_accuses_no_one(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not _accusations(found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya said Somalia had a hand in the raid on the police station in Mandera.", ("KEN", "112", "SOM")),
    ("The Colombian army said the dissidents had played a role in the massacre of the farmers.",
     ("COLMIL", "112", "COLOPP")),
    ("Iraq said Syrian militias were involved in the rocket attack on the air base.",
     ("IRQ", "112", "SYRUAF")),
    ("Bolivia said Chile was complicit in the smuggling of fuel across the border.", ("BOL", "112", "CHL")),
])
def test_a_part_in_a_harm_accuses_its_holder(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize("text", [
    "Norway said Qatar had played a key role in the negotiations.",
    "Egypt said Sudan had not been involved in the raid on the police station.",
    "Greece said Turkey had been involved in the talks on the island.",
])
def test_a_part_in_no_harm_or_a_part_denied_accuses_no_one(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not _accusations(found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Lebanon said the bombing in Tyre bore the hallmarks of Israeli intelligence.", ("LBN", "112", "ISR")),
    ("The Czech police said the explosion at the depot had the hallmarks of Russian saboteurs.",
     ("CZECOP", "112", "RUS")),
])
def test_a_harm_bearing_the_hallmarks_of_an_actor_accuses_it(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


def test_hallmarks_of_no_harm_accuse_no_one(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The Estonian minister said the budget bore the hallmarks of Latvia.")
    assert not _accusations(found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kenyan opposition said the interior ministry's negligence caused the flooding in the camps.",
     ("KENOPP", "112", "KENGOV")),
    ("The Zambian miners' union said the collapse of the shaft was due to the company's mismanagement.",
     ("", "112", "ZMBBUS")),
    ("A Chilean senator said the shutdown was the result of the president's failure to negotiate.",
     ("", "112", "CHLGOV")),
])
def test_a_harm_said_to_come_from_an_actors_fault_accuses_the_actor(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize("text", [
    "The Kenyan minister said the delays were the result of our own mistakes.",
    "The Kenyan minister said the flooding in the camps was caused by negligence.",
    "The Kenyan minister said the famine was the result of the war.",
])
def test_ones_own_fault_a_fault_of_no_one_or_a_harm_from_a_harm_accuses_no_one(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not _accusations(found), found
