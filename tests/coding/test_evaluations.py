"""Evaluative statements with no verb of praise or criticism: a speaker's satisfaction or
displeasure with someone, a reported "Y falls short", and what someone falls short of (or
stops short of) doing, which did not happen.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded, _has


@pytest.mark.parametrize(("text", "expected"), [
    ("The teachers' union said the Ghanaian government is a far cry from keeping its pledges to schools.",
     ("GHAEDULAB", "111", "GHAGOV")),
    ("The Peruvian opposition said the ministry's plan was far from adequate.", ("PEROPP", "111", "PERGOV")),
])
def test_a_statement_that_someone_falls_short_criticises_them(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any((s, c, t) == expected for s, c, t, _ in found), found


def test_being_far_from_a_place_is_no_judgement(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The mayor said the Chilean navy was far from port.")
    assert not any(c == "111" for _, c, _, _ in found), found


def test_what_someone_is_far_from_doing_is_not_done_and_the_judgement_stays(
        default_coder: Coder, nlp: Language) -> None:
    text = "The herders' union said the Malian government is a far cry from providing aid to herders."
    found = _coded(default_coder, nlp, text)
    assert any(c == "111" and t == "MLIGOV" for _, c, t, _ in found), found
    assert all(m == "denied" for _, c, _, m in found if c.startswith("07")), found


def test_stopping_short_of_an_act_is_not_the_act_nor_a_suspension(
        default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The Nordic Council stopped short of imposing sanctions on Myanmar.")
    assert not any(c.startswith("08") for _, c, _, _ in found), found
    assert all(m == "denied" for _, c, _, m in found if c.startswith("16")), found


def test_meeting_ones_commitments_is_no_meeting(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The Zambian government met its commitments to the World Bank.")
    assert not any(c.startswith("04") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The fishermen's association is unhappy with the Icelandic fisheries ministry.", "111"),
    ("The governor was dissatisfied with the Nepalese army's response.", "111"),
    ("The mayor of Tartu was pleased with the work of the Estonian police.", "051"),
])
def test_displeasure_or_satisfaction_with_someone_criticises_or_praises_them(
        default_coder: Coder, nlp: Language, text: str, expected: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == expected and t for _, c, t, _ in found), found


@pytest.mark.parametrize("text", [
    "The Estonian mayor was pleased with the weather on parade day.",
    "The Icelandic minister is unhappy with the price of fish.",
])
def test_a_feeling_about_no_one_is_no_event(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c in ("051", "111") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The governor of Maule said the Chilean police had done an excellent job.", ("CHLCOP", "051")),
    ("The Uruguayan mayor said the fire brigade deserves credit for the rescue.", ("", "051")),
    ("The Uruguayan mayor said the national police did a poor job of guarding the port.", ("", "111")),
    ("The Uruguayan mayor said the national police did not do a good job.", ("", "111")),
    ("The teachers' union said the Chilean government had turned its back on schools.", ("CHLGOV", "111")),
    ("The Kenyan farmers' union said the agriculture ministry has let down growers.", ("KENGOVAGR", "111")),
])
def test_a_statement_that_grades_someones_work_praises_or_criticises_them(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str]) -> None:
    target, code = expected
    found = _coded(default_coder, nlp, text)
    assert any(c == code and t and (not target or t == target) for _, c, t, _ in found), found


@pytest.mark.parametrize("text", [
    "The Uruguayan mayor said the national police did a job at the port.",
    "The coach said the Chilean players turned back at the border.",
])
def test_a_statement_of_what_someone_did_is_no_grade(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c in ("051", "111") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Peruvian senator said the army's plan was dangerous.", ("PERLEG", "111", "PERMIL")),
    ("Cattle ranchers said the Uruguayan government's budget was cruel.", ("", "111", "URYGOV")),
    ("The Peruvian senator said the finance ministry's budget was excellent.", ("PERLEG", "051", "PERGOV")),
])
def test_a_statement_that_rates_someones_policy_judges_them(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize("text", [
    "Opposition leader Tomas Vidal said the Bolivian government's proposal would ruin farmers.",
    "Kenyan dairy farmers said the agriculture ministry's new tax would cripple small producers.",
])
def test_a_statement_that_someones_policy_harms_others_criticises_them(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == "111" and t.endswith(("GOV", "GOVAGR")) for _, c, t, _ in found), found


@pytest.mark.parametrize("text", [
    "The Peruvian senator said the army's plan was difficult.",
    "The Peruvian senator said the minister's death was sad.",
    "The Peruvian senator said the army's plan was not dangerous.",
    "The Kenyan farmers said the ministry's plan failed.",
])
def test_a_mild_word_a_misfortune_or_a_denied_blame_is_no_judgement(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c in ("051", "111") for _, c, _, _ in found), found


def test_gratitude_to_someone_praises_them(default_coder: Coder, nlp: Language) -> None:
    text = "The Tongan fishermen were thankful to the Australian navy for the rescue."
    found = _coded(default_coder, nlp, text)
    assert any(c == "051" and t == "AUSMIL" for _, c, t, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Bolivia's miners described the Chilean government's tariffs as a disgrace.",
     ("BOLLAB", "111", "CHLGOV")),
    ("The union called the Kenyan government's decision a betrayal.", ("KENLAB", "111", "KENGOV")),
    ("Chile's senate branded the Peruvian army's plan dangerous.", ("CHLLEG", "111", "PERMIL")),
    # what a dispute names a farce or illegitimate
    ("The Georgian opposition called the Georgian government's election a farce.",
     ("GEOOPP", "111", "GEOGOV")),
    ("Moscow called the European Union's sanctions illegitimate.", ("RUSGOV", "111", "IGOEEC")),
])
def test_a_naming_that_judges_someones_policy_criticises_them(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(s, c, t) for s, c, t, _ in _coded(default_coder, nlp, text)}


@pytest.mark.parametrize("text", [
    "The Malian army called the attack a crime.",
    "Kenya's president described the Somali government's plan as ambitious.",
    "The Kenyan police described the suspect as dangerous.",
])
def test_a_naming_that_judges_no_ones_policy_or_with_a_mild_word_is_no_event(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c in ("051", "111") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Chilean senator said the finance ministry's decision to cut pensions was hasty and unfair "
     "to retirees.", ("", "111", "CHLGOV")),
    ("The Kenyan opposition said the government's budget was bold but reckless.",
     ("KENOPP", "111", "KENGOV")),
])
def test_a_word_of_blame_coordinated_with_another_predicate_judges(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kenyan minister said the opposition's claims were misleading.", ("KENGOV", "111", "KENOPP")),
    ("The Peruvian president said the union's allegations were dishonest.", ("PERGOV", "111", "PERLAB")),
])
def test_claims_called_misleading_or_dishonest_criticise_their_owner(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Chilean senator described the president's nominee as unqualified.", ("", "111", "CHLGOV")),
    ("The Chilean senator described the governor's appointee as unqualified.", ("", "111", "CHLGOV")),
    ("The Kenyan opposition described the president's nominee as incompetent.", ("KENOPP", "111", "KENGOV")),
])
def test_a_naming_as_unqualified_or_incompetent_criticises(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize("text", [
    "The Chilean mayor said the weather was cold and unfair.",
    "The Kenyan minister said the opposition's claims were serious.",
])
def test_a_judgement_of_no_ones_thing_or_no_blame_is_no_criticism(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c == "111" for _, c, _, _ in found), found
