"""Acts on another actor's bill, plan, rule or decision (CAMEO 120, aimed at its owner): a
court, legislature or council that strikes down, annuls, suspends, overturns, repeals or
shelves it rejects its owner; one's own plans, a word that is not the verb's object and a
name deeper in the act's phrase are no such rejection (``events.coding.annulments``).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru's Constitutional Court struck down the government's emergency decree on Tuesday.",
     ("PERJUD", "120", "PERGOV")),
    ("Ecuador's top court annulled the president's decree on mining concessions.",
     ("ECUJUD", "120", "ECUGOV")),
    ("A court in Ghana suspended the government's rule on land sales.", ("GHAJUD", "120", "GHAGOV")),
    ("Zambian lawmakers shelved the finance minister's bill on mining royalties.",
     ("ZMBLEG", "120", "ZMBGOV")),
])
def test_striking_down_a_decree_rule_or_plan_rejects_its_owner(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile's Supreme Court overturned the interior ministry's decision to expel the reporter.",
     ("CHLJUD", "120", "CHLGOV")),
    ("Malawi's parliament revoked the president's ban on street trading.", ("MWILEG", "120", "MWIGOV")),
])
def test_easing_another_actors_ban_or_decision_rejects_it(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found
    assert not any(c.startswith("08") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Bolivia's new congress repealed the mining law passed by the previous government.",
     ("BOLLEG", "120", "BOLGOV")),
    ("Peru's Congress repealed the decree signed by the interior minister.", ("PERLEG", "120", "PERGOV")),
])
def test_an_owner_in_a_by_phrase_is_the_target(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize("text", [
    "Peru's government scrapped its plan to raise fuel taxes.",
    "The Canadian government abandoned its policy of detaining asylum seekers.",
    "Nigeria's oil ministry suspended plans to sell the refinery.",
])
def test_dropping_ones_own_plan_is_no_rejection(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("12") for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "A Kenyan judge struck down the rule on deporting foreign students.",
    "Brazil's top court struck down the rule on taxing Argentine imports.",
])
def test_a_name_deeper_in_the_act_is_no_target(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == "120" for _, c, _, _ in found), found
    assert all(t == "" for _, c, t, _ in found if c == "120"), found


@pytest.mark.parametrize(("text", "doer"), [
    ("Hungary's government decided to delay the start of the school year, ruling out online classes.",
     "HUNGOV"),
    ("Police in Lima stopped a march by students against the government's education policies.", "PERCOP"),
])
def test_a_pattern_word_that_is_not_the_object_is_no_rejection(
        default_coder: Coder, nlp: Language, text: str, doer: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c == "120" and s == doer for s, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Opposition parties in Italy vowed to stall the government's pension overhaul in committee.",
     ("ITAOPP", "120", "ITAGOV")),
    ("Romania's opposition pledged to stall the prime minister's tax reform in parliament.",
     ("ROUOPP", "120", "ROUGOV")),
])
def test_a_vow_to_stall_a_reform_is_an_intended_rejection(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "intended") in found, found


@pytest.mark.parametrize("text", [
    "Peace talks between the two sides stalled in Geneva.",
    "Protesters in Lima blocked a road outside the Congress building.",
])
def test_stalling_and_blocking_roads_are_no_rejection(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("12") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya's High Court suspended implementation of the government's new housing rules.",
     ("KENJUD", "120", "KENGOV")),
    ("Ghana's Supreme Court struck down key provisions of the government's new tax law.",
     ("GHAJUD", "120", "GHAGOV")),
])
def test_striking_down_parts_or_the_enforcement_of_an_act_rejects_its_owner(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("A court in Nairobi struck down Kenya's new housing law.", ("KENJUD", "120", "KENGOV")),
    ("The Constitutional Court of Peru suspended Bolivia's new border rules.", ("PERJUD", "120", "BOLGOV")),
])
def test_a_country_owning_the_act_is_its_government(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize("text", [
    "The European Court of Justice struck down Poland's judicial reforms.",
    "Europe's top court struck down Poland's judicial reforms on Tuesday.",
])
def test_an_act_read_as_the_object_of_a_particle_is_still_struck_down(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == "120" and s.endswith("JUD") for s, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The city council voted to repeal the mayor's curfew.", ("---GOV", "120", "---GOV")),
    ("Brazil's top court suspended the health ministry's decision to close the clinics.",
     ("BRAJUD", "120", "BRAGOVHLH")),
])
def test_repealing_a_curfew_or_suspending_a_decision_of_another_rejects_it(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Constitutional Court declared the government's emergency decree unconstitutional on Monday.",
     ("---JUD", "120", "---GOV")),
    ("Peru's Constitutional Court declared the congress's pension law unconstitutional.",
     ("PERJUD", "120", "PERLEG")),
    ("The Supreme Court said the governor's decree was unconstitutional.", ("---JUD", "120", "---GOV")),
])
def test_a_court_declaring_anothers_act_unconstitutional_rejects_it(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize("text", [
    "Colombia's Constitutional Court said the president's tax decree was not unconstitutional.",
    "The opposition declared the government's emergency decree unconstitutional.",
    "Chile's Supreme Court said the strike by dock workers was illegal.",
])
def test_no_rejection_without_a_court_an_act_or_a_finding_of_invalidity(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c == "120" for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Republican senators delayed a vote on the governor's budget.", ("---LEG", "120", "---GOV")),
    ("Argentina's Senate delayed debate on the president's labor reform.", ("ARGLEG", "120", "ARGGOV")),
])
def test_delaying_a_vote_or_debate_on_an_act_rejects_its_owner(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Opposition lawmakers in Ukraine blocked passage of the government's land reform bill.",
     ("UKROPP", "120", "UKRGOV")),
    ("Senate Democrats blocked passage of the president's budget.", ("---LEG", "120", "---GOV")),
])
def test_blocking_passage_of_a_bill_is_no_blockade(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found
    assert not any(c.startswith("19") for _, c, _, _ in found), found
