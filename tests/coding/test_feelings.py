"""Feelings and judgements stated with a predicate adjective or participle: displeasure is
criticism (111), satisfaction and pride are praise (051), worry is a pessimistic comment
(012), each of the holder about the actor behind what the phrase names.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


def _triples(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {(s, c, t) for s, c, t, _ in _coded(coder, nlp, text)}


# ---------------------------------------------------------------- participles of feeling

@pytest.mark.parametrize(("text", "expected"), [
    ("Norway is dismayed by Russia's decision to close the fishing zone.", ("NOR", "111", "RUS")),
    ("The Chilean minister said she was disappointed with Argentina's decision to raise tariffs.",
     ("CHLGOV", "111", "ARG")),
    ("Angola was pleased by Namibia's offer to mediate.", ("AGO", "051", "NAM")),
])
def test_a_participle_of_feeling_is_its_subjects_judgement(
    default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    found = _triples(default_coder, nlp, text)
    assert expected in found, found
    # the "by" phrase names what is judged, not who judges
    source, code, target = expected
    assert (target, code, source) not in found, found


# ---------------------------------------------------------------- the words of the class

@pytest.mark.parametrize(("text", "expected"), [
    ("The Kenyan government is angry at Uganda over the border dispute.", ("KENGOV", "111", "UGA")),
    ("The Danish prime minister said he was upset with Sweden's refusal to share the data.",
     ("DNKGOV", "111", "SWE")),
    ("The Ukrainian defence minister said he is proud of the soldiers.", ("UKRGOV", "051", "UKRMIL")),
    ("The Nigerian president said he was happy with the performance of the police.",
     ("NGAGOV", "051", "NGACOP")),
    ("Chile is concerned about Argentina's naval exercises.", ("CHL", "012", "ARG")),
    ("The Peruvian president said he was worried about the economy.", ("PERGOV", "012", "")),
])
def test_feeling_adjectives_judge_the_actor_behind_their_phrase(
    default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _triples(default_coder, nlp, text)


# ------------------------------------------- the phrase the parser hangs on the copula

def test_a_phrase_on_the_copula_is_the_adjectives(default_coder: Coder, nlp: Language) -> None:
    # the parser hangs "at ..." on "was", not on "furious"
    found = _triples(default_coder, nlp, "Ghana was furious at Nigeria's decision to close the border.")
    assert ("GHA", "111", "NGA") in found, found


# ------------------------------------------------ the target is in the feeling's phrase

def test_an_actor_after_the_phrase_is_no_target(default_coder: Coder, nlp: Language) -> None:
    text = "Kenya was unhappy with the delays before Uganda reopened the border."
    found = _triples(default_coder, nlp, text)
    assert not any(c == "111" for _, c, _ in found), found


def test_an_actor_deep_in_another_phrase_is_no_target(default_coder: Coder, nlp: Language) -> None:
    text = "The Kenyan president said he was proud to join the summit of African leaders."
    found = _triples(default_coder, nlp, text)
    assert not any(c == "051" for _, c, _ in found), found


def test_the_doer_named_by_by_is_the_target(default_coder: Coder, nlp: Language) -> None:
    # not the feeler's own citizens, whom the act befell
    found = _triples(default_coder, nlp, "Ghana is angry at the arrest of its citizens by Nigerian police.")
    assert ("GHA", "111", "NGACOP") in found, found
    assert ("GHA", "111", "GHACVL") not in found, found


# ---------------------------------------------------------------- denied satisfaction

def test_satisfaction_denied_is_criticism(default_coder: Coder, nlp: Language) -> None:
    text = "The Polish government is not happy with Hungary's veto of the aid package."
    found = _coded(default_coder, nlp, text)
    assert ("POLGOV", "111", "HUN", "asserted") in found, found


def test_satisfaction_denied_under_would_stays_denied(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Poland would not be happy with Hungary's veto of the aid package.")
    assert not any(c == "111" for _, c, _, _ in found), found


# ---------------------------------------------------------------- no one's feeling

def test_a_feeling_of_no_named_holder_is_no_event(default_coder: Coder, nlp: Language) -> None:
    text = "“We are very proud of the Kenyan army,” a woman in the crowd shouted."
    found = _triples(default_coder, nlp, text)
    assert not any(c == "051" for _, c, _ in found), found


@pytest.mark.parametrize("text", [
    "The angry crowd attacked the police station in Accra.",
    "Disappointed fans threw bottles at the Ghanaian police.",
    "The Nigerian army was pleased to announce the rescue of 20 hostages.",
    "Concerned citizens met with the Kenyan police chief.",
    "As far as Norway is concerned, the talks are over.",
])
def test_attributive_and_idiomatic_feelings_code_nothing(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    found = _triples(default_coder, nlp, text)
    assert not any(c in ("051", "012", "110", "111") for _, c, _ in found), found


# ---------------------------------------------------------------- hopes about no one

@pytest.mark.parametrize("text", [
    "The town council hopes to open the new swimming pool before the summer.",
    "Hospital managers said they hoped to hire 40 more nurses by March.",
    "Organisers of the marathon hope the rain holds off on Sunday.",
    "The Kenyan transport ministry hopes to finish the railway in 2027.",
])
def test_a_hope_about_no_one_is_no_optimistic_comment(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _triples(default_coder, nlp, text)
    assert not any(c == "013" for _, c, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Vietnam hopes for closer trade ties with Australia.", ("VNM", "013", "AUS")),
    ("The Peruvian president expressed hope for a quick recovery.", ("PERGOV", "013", "")),
])
def test_a_hope_about_someone_or_in_words_stays(
    default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _triples(default_coder, nlp, text)


# ---------------------------------------------------------------- considerations of no one's policy

@pytest.mark.parametrize("text", [
    "The Peruvian mining company has considered a new water filter for its plant.",
    "Officials in Nairobi are looking at the traffic figures, the city council said.",
])
def test_a_consideration_of_ones_own_affair_is_no_policy_option(default_coder: Coder, nlp: Language,
                                                               text: str) -> None:
    found = _triples(default_coder, nlp, text)
    assert not any(c == "014" for _, c, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Bolivian cabinet is considering a nationwide curfew.", ("BOLGOV", "014", "")),
    ("Chile is weighing its options after the vote.", ("CHL", "014", "")),
])
def test_a_policy_considered_stays(default_coder: Coder, nlp: Language, text: str,
                                   expected: tuple[str, str, str]) -> None:
    assert expected in _triples(default_coder, nlp, text)
