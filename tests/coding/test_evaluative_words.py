"""Praise and criticism said with evaluative words, not with a verb of praising or
criticising: "the board's offer was insulting", "the mediation by the African Union had
been admirable", "the ruling was a welcome decision by the court", and a quote whose tag
names the reporters it was told to.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded, _has


@pytest.mark.parametrize(("text", "expected"), [
    ("Senator Maria Lopez said the governor was callous and arrogant.", ("", "111", "---GOV")),
    ("The Chilean opposition said the interior minister had been negligent.", ("CHLOPP", "111", "CHLGOV")),
    ("The Bolivian miners' federation said the energy minister was spineless.", ("", "111", "BOLGOV")),
])
def test_a_word_that_judges_conduct_criticises_the_one_it_is_said_of(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Greenpeace said the Norwegian oil ministry's spill response was woefully inadequate.",
     ("NGOGRP", "111", "NORGOV")),
    ("The farmers' union said the Irish government's drought relief package was inadequate.",
     ("", "111", "IRLGOV")),
])
def test_a_decision_or_response_called_inadequate_criticises_its_owner(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ghanaian president said the Nigerian government's help was invaluable.",
     ("GHAGOV", "051", "NGAGOV")),
    ("The Moldovan prime minister said Romania's support had been invaluable.", ("", "051", "ROU")),
])
def test_help_or_support_called_invaluable_praises_its_giver(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The head of the nurses' union said the hospital board's pay offer was insulting.",
     ("", "111", "HLH")),
    ("The dockers' union said the Kenyan port authority board's proposal was reckless.",
     ("", "111", "KEN")),
])
def test_a_name_inside_the_possessors_phrase_is_the_owner_judged(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == expected[1] and expected[2] in t for _, c, t, _ in found), found


@pytest.mark.parametrize("text", [
    "The mayor of Tartu said the storm was cruel.",
    "The mayor of Tartu said the new bridge was inadequate for the traffic.",
    "The Icelandic senator said her own plan was unworkable.",
    "The Chilean minister said the Peruvian government's report was long.",
])
def test_no_judgement_without_an_owner_or_an_evaluative_word(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c in ("051", "111") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kenyan president said the mediation by the African Union had been admirable.",
     ("KENGOV", "051", "IGOOAU")),
    ("The Chilean opposition said the handling of the protests by the army was disgraceful.",
     ("CHLOPP", "111", "CHLMIL")),
])
def test_an_act_judged_in_a_reported_clause_judges_its_by_agent(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The opposition leader said the ruling was a welcome decision by the Supreme Court.",
     ("", "051", "---JUD")),
    ("The mayor said it was a shameful decision by the Ohio governor.", ("", "111", "USAGOV")),
    ("The Latvian minister said the vote was Moscow's cynical ploy.", ("LVAGOV", "111", "RUSGOV")),
])
def test_a_decision_named_as_the_predicate_judges_its_owner_or_by_agent(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


def test_an_approval_denied_of_a_by_agent_criticises_it(default_coder: Coder, nlp: Language) -> None:
    text = "The Kenyan president said the mediation by the African Union had not been admirable."
    found = _coded(default_coder, nlp, text)
    assert _has(found, ("KENGOV", "111", "IGOOAU")), found
    assert not any(c == "051" for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The Kenyan president said the mediation by the African Union had been long.",
    "The Kenyan president asked whether the mediation by the African Union had been admirable.",
    "The mayor said it was a welcome decision by his own council.",
    "The mayor said it was not a shameful decision by the Ohio governor.",
])
def test_no_judgement_of_a_by_agent_without_a_verdict_or_of_ones_own_side(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c in ("051", "111") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("\"The ministry's handling of the floods has been a fiasco,\" the mayor of Bristol told reporters.",
     ("---GOV", "111", "---GOV")),
    ("\"The health ministry's budget is a shambles,\" the opposition leader told parliament.",
     ("---OPP", "111", "---GOVHLH")),
    ("\"The union's demands are unreasonable,\" the Ford chief executive said to reporters.",
     ("", "111", "---LAB")),
])
def test_a_quote_told_to_reporters_judges_whom_it_names_not_its_addressee(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


def test_a_quote_told_to_reporters_that_judges_no_one_keeps_its_addressee(
        default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "\"The senator's plan is long,\" the mayor told reporters.")
    assert not any(c in ("051", "111") for _, c, _, _ in found), found
    assert any(c == "010" and t == "---MED" for _, c, t, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Senator Maria Lopez said the governor's budget cuts were cruel and the state legislature had been "
     "irresponsible in approving them.", ("", "111", "---LEG")),
    ("The Peruvian opposition said the plan was late and the finance minister had been reckless.",
     ("PEROPP", "111", "PERGOV")),
    ("The Serbian foreign minister said talks would resume in May and the European Union's mediation had "
     "been invaluable.", ("SRBGOV", "051", "IGOEEC")),
])
def test_a_judgement_coordinated_with_the_reported_clause_judges_its_subject(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Farmers' leader Tom Ellis said the regulator's new rules, which frankly are a disaster for small "
     "farms, should be scrapped.", ("", "111", "---GOV")),
    ("The nurses' union said the Scottish government's pay offer, which was an insult to staff, had been "
     "rejected.", ("", "111", "---GOV")),
])
def test_a_relative_clause_that_judges_an_owned_decision_judges_its_owner(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize("text", [
    "The mayor of Tartu said the storm was over and the weather was terrible.",
    "The mayor of Tartu said the rain, which was terrible, had flooded the square.",
    "The Peruvian finance minister said the plan was late and he had been reckless.",
    "Farmers' leader Tom Ellis said the regulator's new rules, which take effect in May, should be scrapped.",
    "The Peruvian opposition said the plan was late and the finance minister had been on holiday.",
])
def test_no_side_judgement_of_no_one_of_the_speaker_or_without_a_verdict(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c in ("051", "111") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("\"This reckless decision by Washington will cost lives,\" the Iranian foreign minister said.",
     ("IRNGOV", "111", "USAGOV")),
    ("\"Berlin's cowardly stance on the pipeline helps nobody,\" the Polish prime minister told a news "
     "conference.", ("POLGOV", "111", "DEUGOV")),
    ("The Indian foreign minister said Japan's generous support had saved thousands of lives.",
     ("INDGOV", "051", "JPN")),
])
def test_a_word_of_blame_or_approval_before_an_owned_decision_judges_its_owner(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The opposition said the government had made a shameful decision to close the border.",
     ("---OPP", "111", "---GOV")),
    ("The Kenyan president said the Ethiopian government had taken a courageous step.",
     ("KENGOV", "051", "ETHGOV")),
])
def test_who_made_a_decision_judged_by_its_adjective_is_judged_and_not_just_mentioned(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found
    assert not any(c == "010" and t == expected[2] for _, c, t, _ in found), found


@pytest.mark.parametrize("text", [
    "The Polish prime minister said Germany's controversial decision would be debated in Brussels.",
    "The mayor of Tartu said his own reckless decision had cost the city money.",
    "The mayor of Tartu said the reckless decision would cost the city money.",
    "\"Our courageous decision will save lives,\" the Kenyan president said.",
])
def test_no_attributive_judgement_without_a_listed_word_an_owner_or_of_ones_own(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c in ("051", "111") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Serbian foreign minister said Belgrade had reservations about the Albanian government's proposal, "
     "which was unacceptable.", ("SRBGOV", "111", "ALBGOV")),
    ("\"We walked away from the hospital board's offer, which we feel was insulting,\" the nurses' union "
     "leader said.", ("", "111", "---HLH")),
    ("\"We will fight the ministry's new rules, which I believe are a disaster for small farms,\" the "
     "farmers' leader said.", ("", "111", "---GOV")),
])
def test_a_relative_clause_deeper_in_the_quote_or_behind_the_speakers_i_think_judges_the_owner(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize("text", [
    "The union said members would vote on the hospital board's offer, which the mayor thinks is insulting.",
    "The union said members would vote on the hospital board's offer, which was made on Monday.",
])
def test_a_relative_clause_with_another_ones_opinion_or_no_verdict_judges_no_one(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c in ("051", "111") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("\"The Americans have been very helpful,\" the Iraqi prime minister told reporters.",
     ("IRQGOV", "051", "USA")),
    ("The Qatari foreign minister said the Iranian delegation had been constructive throughout the talks.",
     ("QATGOV", "051", "IRNGOV")),
])
def test_helpful_or_constructive_said_of_an_actor_praises_it(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Oxfam said the donors' pledges were woefully insufficient.", ("NGOXFM", "111", "---DEV")),
    ("The Fijian prime minister said the G20's climate commitments were woefully insufficient.",
     ("FJIGOV", "111", "IGOGTW")),
])
def test_pledges_and_commitments_called_insufficient_criticise_who_made_them(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ukrainian president said Germany's delivery of air defence systems was a welcome step.",
     ("UKRGOV", "051", "DEU")),
    ("The Armenian foreign minister said Azerbaijan's withdrawal from the border villages was a "
     "constructive move.", ("ARMGOV", "051", "AZE")),
])
def test_an_act_called_a_welcome_step_or_move_praises_its_owner(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize("text", [
    "The mayor of Tartu said the rain was a welcome relief for farmers.",
    "The mayor of Tartu said the end of the storm was a welcome step.",
    "The mayor of Tartu said the rain was helpful for farmers.",
])
def test_a_welcome_or_helpful_thing_no_one_owns_praises_no_one(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c in ("051", "111") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Estonian foreign minister said it was unacceptable that Russia had expelled two diplomats.",
     ("ESTGOV", "111", "RUS")),
    ("The Kenyan president said it was a disgrace that Tanzania had closed the border.",
     ("KENGOV", "111", "TZA")),
    ("The Chilean senator said it was commendable that the Argentine government had returned the paintings.",
     ("CHLLEG", "051", "ARGGOV")),
])
def test_it_was_unacceptable_that_someone_acted_judges_the_one_who_acted(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


def test_an_act_already_read_as_an_accusation_gets_no_criticism_beside_it(
        default_coder: Coder, nlp: Language) -> None:
    text = ("The Canadian prime minister said it was shameful that the Chinese government had detained "
            "the journalist.")
    found = _coded(default_coder, nlp, text)
    assert _has(found, ("CANGOV", "112", "CHNGOV")), found
    assert not any(c == "111" for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The mayor of Tartu said it was unacceptable that the roads had flooded.",
    "The mayor of Tartu said it was unacceptable that he had missed the meeting.",
    "The Estonian foreign minister said it was likely that Russia would expel two diplomats.",
    "The Latvian senator said it was good that the Finnish government had finally admitted its mistakes.",
    "The Estonian foreign minister said it was not unacceptable that Russia had expelled two diplomats.",
])
def test_no_extraposed_judgement_of_no_one_of_a_pronoun_without_a_verdict_or_denied(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c in ("051", "111") for _, c, _, _ in found), found
