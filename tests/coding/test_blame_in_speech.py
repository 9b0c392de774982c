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


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kenyan opposition said the interior ministry had betrayed the trust of voters.",
     ("KENOPP", "112", "KENGOV")),
    ("The union said the Chilean government had broken the trust of miners.", ("", "112", "CHLGOV")),
])
def test_a_subject_said_to_have_betrayed_or_broken_trust_is_accused(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize("text", [
    "The Chilean treasurer betrayed the trust of the city's residents.",
    "The Kenyan interior ministry undermined confidence in the police.",
])
def test_trust_betrayed_or_undermined_reduces_no_relations(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("16") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "source"), [
    ("\"We did not warn the residents in time, and that's on me,\" the Chilean interior minister said.",
     "CHLGOV"),
    ("\"The mistakes were mine,\" the Kenyan finance minister told reporters.", "KENGOV"),
    ("\u201cWe were too slow to act, and that\u2019s on us,\u201d the Chilean interior minister said.",
     "CHLGOV"),
    ("\"This one is on me,\" the Kenyan finance minister said of the failed tender.", "KENGOV"),
])
def test_owning_up_in_ones_own_words_acknowledges_responsibility(
        default_coder: Coder, nlp: Language, text: str, source: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert (source, "015", "") in {(s, c, t) for s, c, t, _ in found}, found


@pytest.mark.parametrize("text", [
    "\"That's not on me,\" the Chilean interior minister said.",
    "\"It is on us to rebuild the port,\" the Kenyan finance minister said.",
    "\"The next round is on me,\" the Chilean interior minister said.",
])
def test_no_blame_taken_or_a_duty_is_no_admission(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c == "015" for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey's foreign ministry said Athens bears responsibility for rising tensions in the Aegean.",
     ("TURGOV", "112", "GRCGOV")),
    ("The Kremlin said the British government was responsible for the collapse of the ceasefire.",
     ("RUSGOV", "112", "GBRGOV")),
    ("India's foreign ministry said Islamabad was responsible for cross-border terrorism.",
     ("INDGOV", "112", "PAKGOV")),
])
def test_responsibility_for_tensions_a_collapse_or_terrorism_is_blame(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kenyan opposition said there were serious flaws in the government's budget.",
     ("KENOPP", "111", "KENGOV")),
    ("Chilean prosecutors said there were inconsistencies in the mayor's account of the night.",
     ("", "111", "CHLGOV")),
])
def test_faults_found_in_an_owners_account_or_plan_criticise_the_owner(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize("text", [
    "Chilean prosecutors said there were no problems with the mayor's account.",
    "The Kenyan opposition said there may be flaws in the government's budget.",
    "Doctors said there were problems with the Chilean senator's health.",
])
def test_faults_denied_hedged_or_in_no_account_criticise_no_one(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("11") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected", "owner"), [
    ("Ethiopia's foreign ministry said Egypt's statements on the dam were irresponsible and accused Cairo "
     "of trying to destabilise the region.", ("ETHGOV", "112", "EGYGOV"), "EGY"),
    ("The Peruvian opposition said the government's budget was reckless and urged Congress to reject it.",
     ("PEROPP", "020", "PERLEG"), "PERGOV"),
])
def test_a_speech_act_joined_to_a_clause_about_an_owned_thing_is_the_reporters(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str], owner: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found
    assert not any(s == owner and c == expected[1] for s, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Chilean senator took aim at the finance ministry over pension cuts.", ("CHLLEG", "111", "CHLGOV")),
    ("The Peruvian president took a swipe at Congress in a speech on Monday.", ("PERGOV", "111", "PERLEG")),
    ("The Chilean senator took the finance ministry to task over the delays.", ("CHLLEG", "111", "CHLGOV")),
    ("The Kenyan opposition took the interior ministry to task for the chaos.", ("KENOPP", "111", "KENGOV")),
])
def test_taking_aim_a_swipe_or_to_task_criticises_whom_it_names(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kenyan opposition put the blame on the interior ministry.", ("KENOPP", "112", "KENGOV")),
    ("The Peruvian president laid the blame for the crisis at the feet of Congress.",
     ("PERGOV", "112", "PERLEG")),
])
def test_laying_or_putting_the_blame_on_someone_accuses_them(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize("text", [
    "The Peruvian president laid the table for the visiting Chilean delegation.",
    "The Chilean senator took aim at the drought on Monday.",
])
def test_laying_a_table_or_aiming_at_a_thing_blames_no_one(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("11") and t for _, c, t, _ in found), found


@pytest.mark.parametrize(("text", "source"), [
    ("The Peruvian president admitted he had erred.", "PERGOV"),
    ("The Chilean interior minister acknowledged that his ministry had made serious mistakes.", "CHLGOV"),
    ("The Kenyan police chief admitted his officers made mistakes during the raid.", "KENCOP"),
])
def test_admitting_a_fault_of_ones_own_side_acknowledges_responsibility(
        default_coder: Coder, nlp: Language, text: str, source: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert (source, "015", "") in {(s, c, t) for s, c, t, _ in found}, found


@pytest.mark.parametrize("text", [
    "The Peruvian president admitted he had not been wrong.",
    "The Kenyan minister acknowledged that the opposition had made mistakes.",
    "The Kenyan minister acknowledged that the deal was signed in Nairobi.",
])
def test_admitting_no_fault_or_anothers_fault_is_no_admission(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c == "015" for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The Kenyan opposition said the interior ministry may be to blame for the chaotic count.",
    "Lithuania's foreign ministry said Belarus could bear responsibility for the sabotage of the rail line.",
    "The Thai foreign minister said Cambodia might be responsible for the border clash.",
])
def test_hedged_blame_accuses_no_one(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("112") for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The Peruvian opposition asked whether the government had done nothing to protect farmers.",
    "The Kenyan senator asked whether the finance ministry's budget was reckless.",
])
def test_an_open_question_judges_no_one(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("11") for _, c, _, _ in found), found
