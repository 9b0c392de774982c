"""Targets a directed act names by a pronoun or a possessive whose referent the sentence named
in the clause before (default dictionaries, news reading)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2024, 5, 1)
Triple = tuple[str, str, str]


def _coded(coder: Coder, nlp: Language, text: str) -> set[Triple]:
    return {(e.source.code if e.source else "", e.event_code, e.target.code if e.target else "")
            for e in coder.code(nlp(text), when=WHEN)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The mayor met the protesters and criticised them.", ("---GOV", "111", "---OPP")),
    ("The two men fled the scene, but police arrested them nearby.", ("---COP", "173", "---CVL")),
    ("Police chased the suspect for two miles before arresting him.", ("---COP", "173", "---CRM")),
    ("Police found the activist hiding in a barn and arrested her.", ("---COP", "173", "---OPP")),
])
def test_an_object_pronoun_stands_for_whom_the_clause_before_names(
        default_coder: Coder, nlp: Language, text: str, expected: Triple) -> None:
    found = _coded(default_coder, nlp, text)
    assert expected in found, found


def test_an_object_pronoun_that_agrees_with_a_thing_stands_for_no_actor(
        default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The rebels seized the town, and the army shelled it.")
    assert not any(c.startswith("19") and t == "---REB" for _, c, t in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops shelled the villages held by the rebels.", ("---MIL", "194", "---REB")),
    ("The court seized property belonging to the former president.", ("---JUD", "1711", "---ELI")),
    ("Gunmen ambushed a convoy guarded by police.", ("---UAF", "190", "---COP")),
])
def test_whoever_holds_the_thing_a_coercive_act_hits_is_its_target(
        default_coder: Coder, nlp: Language, text: str, expected: Triple) -> None:
    found = _coded(default_coder, nlp, text)
    assert expected in found, found


def test_a_thing_held_by_no_actor_gives_no_target(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Troops shelled the villages held by the river.")
    assert not any(c.startswith("19") and t for _, c, t in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The rebels regrouped in the hills, and the army launched an offensive against them.",
     ("---MIL", "190", "---REB")),
    ("Two journalists crossed the border illegally, and soldiers opened fire on them.",
     ("---MIL", "193", "---MED")),
    ("The minister insulted the nurses and later apologised to them.", ("---GOV", "055", "---HLH")),
])
def test_a_pronoun_in_the_phrase_of_an_act_stands_for_whom_the_clause_before_names(
        default_coder: Coder, nlp: Language, text: str, expected: Triple) -> None:
    found = _coded(default_coder, nlp, text)
    assert expected in found, found


def test_a_possessive_of_the_object_before_is_not_the_sources_own(default_coder: Coder,
                                                                  nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Officers stopped the car and arrested its driver.")
    assert ("---COP", "173", "---CVL") in found, found


def test_a_thing_owned_by_the_object_before_targets_its_owner(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Authorities shut the charity and froze its accounts.")
    assert ("---GOV", "163", "NGO") in found, found


def test_a_day_before_a_participle_is_not_its_subject(default_coder: Coder, nlp: Language) -> None:
    text = ("The U.S. attorney announced the indictment Tuesday charging 41-year-old Peter Hall "
            "with wire fraud.")
    found = _coded(default_coder, nlp, text)
    assert ("USAJUD", "173", "USACRM") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel on Sunday struck what it said were Hezbollah weapons depots in southern Lebanon.",
     ("ISR", "190", "LBNREBHEZ")),
    ("Israeli jets struck what the military described as Hamas command centres.",
     ("ISRMIL", "195", "PSEREBHMS")),
    ("Troops fired on what witnesses said were unarmed protesters.", ("---MIL", "175", "---OPP")),
])
def test_what_the_source_names_its_target_is_the_target(
        default_coder: Coder, nlp: Language, text: str, expected: Triple) -> None:
    found = _coded(default_coder, nlp, text)
    assert expected in found, found


def test_the_one_who_names_the_target_is_not_it(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Russia bombed what Kyiv said was a civilian hospital.")
    assert not any(t == "UKRGOV" for _, _, t in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Authorities arrested, charged and jailed three opposition activists.", ("---GOV", "17", "---OPP")),
    ("Police detained, beat and interrogated the students.", ("---COP", "173", "---EDU")),
])
def test_the_first_verb_of_a_series_shares_the_last_ones_object(
        default_coder: Coder, nlp: Language, text: str, expected: Triple) -> None:
    found = _coded(default_coder, nlp, text)
    source, root, target = expected
    assert any(s == source and c.startswith(root) and t == target for s, c, t in found), found
    assert not any(t == expected[0] for _, _, t in found), found


def test_each_of_two_coordinated_by_phrases_is_an_agent(default_coder: Coder, nlp: Language) -> None:
    text = "The government was criticised by the opposition and by human rights groups."
    found = _coded(default_coder, nlp, text)
    assert {("---OPP", "111", "---GOV"), ("---HRI", "111", "---GOV")} <= found, found


def test_a_pronoun_that_may_stand_for_the_subject_or_the_object_before_stands_for_no_one(
        default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Russia invaded Ukraine, and the West sanctioned it.")
    assert not any(c.startswith("16") and t == "UKR" for _, c, t in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The government released the journalists that soldiers detained on Friday.",
     ("---MIL", "173", "---MED")),
    ("Police visited the school the minister criticised on Monday.", ("---GOV", "111", "---EDU")),
])
def test_the_noun_an_object_relative_clause_is_on_is_its_target(
        default_coder: Coder, nlp: Language, text: str, expected: Triple) -> None:
    found = _coded(default_coder, nlp, text)
    assert expected in found, found


def test_the_place_of_a_where_clause_is_no_target(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Police patrolled the school where gunmen had attacked on Monday.")
    assert not any(s == "---UAF" and t for s, _, t in found), found
