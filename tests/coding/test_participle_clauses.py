"""A participle clause after a main act ("Bolivia severed ties with Israel, accusing it of
…"): its doer is the main clause's subject, and a pronoun in it stands for the one the main
act is aimed at when the pronoun agrees with it.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    # the "with / on / against" phrase of an object that names no one
    ("Bolivia severed diplomatic ties with Israel on Tuesday, accusing it of committing crimes against"
     " humanity.", ("BOL", "1124", "ISR")),
    ("Britain imposed an asset freeze on three Russian bankers, accusing them of helping the Kremlin"
     " evade sanctions.", ("GBR", "112", "RUSBUS")),
    ("Argentina filed a complaint against Britain at the United Nations, accusing it of militarising"
     " the South Atlantic.", ("ARG", "112", "GBR")),
])
def test_a_pronoun_accused_is_whom_the_main_act_is_aimed_at(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


def test_a_plural_pronoun_accused_is_no_single_thing(default_coder: Coder, nlp: Language) -> None:
    # "them" does not stand for "Ugandan sugar"
    found = _coded(default_coder, nlp, "Kenya imposed a ban on Ugandan sugar, accusing them of dumping.")
    assert ("KEN", "112", "", "asserted") in found, found
    assert not any(c == "112" and t for _, c, t, _ in found), found


@pytest.mark.parametrize(("text", "expected", "doer"), [
    # "they" agrees with the firms, not with the one state that acted on them
    ("Beijing sanctioned three American defence firms, saying they had sold weapons to Taiwan.",
     ("USABUS", "072", "TWN"), "CHNGOV"),
    ("The United States imposed sanctions on five Chinese firms, saying they had supplied Russia with"
     " drone parts.", ("CHNBUS", "060", "RUS"), "USA"),
    # "it" agrees with the broadcaster, not with the generals
    ("The generals shut down the broadcaster, saying it had insulted the armed forces.",
     ("---MED", "111", "---MIL"), "---MIL"),
])
def test_the_reason_given_for_a_measure_is_told_of_whom_it_hits(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str], doer: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "reported") in found, found
    assert not any(s == doer and c == expected[1] for s, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Police arrested two men in Leeds, saying they had robbed a jewellery shop.", ("---CVL", "171", "")),
    ("Deputies detained three teenagers on Friday, saying they had assaulted a classmate behind the"
     " school.", ("---CVL", "182", "---EDU")),
])
def test_authorities_tell_of_a_crime_by_those_they_acted_on(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "reported") in found, found
    assert not any(s == "---COP" and m == "reported" for s, _, _, m in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # after violence the doer tells its own results; a clause whose object is the pronoun
    # the main act's target stands for has its subject elsewhere
    ("Israeli jets struck two Hamas depots, saying they had destroyed rocket launchers.",
     ("ISRMIL", "1712", "")),
    ("The rebels freed ten soldiers, saying they had captured them near the border.", ("---REB", "192", "")),
])
def test_the_doer_keeps_what_it_says_it_did(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "reported") in found, found


@pytest.mark.parametrize(("text", "wrong"), [
    # a word of direction of the infinitive's own verb is no "- * (BACK)" / "- * (OUT)" of "force"
    ("Weeks of strikes forced the governor to back down on the pension cuts.", ("", "190", "---GOV")),
    ("The blockade forced the ministry to pull back its inspectors from the port.", ("", "190", "---GOV")),
    ("The audit forced the hospital board to carry out a review of its accounts.", ("", "170", "---BUS")),
])
def test_a_direction_word_of_the_infinitive_is_not_the_forcing_verbs(
        default_coder: Coder, nlp: Language, text: str, wrong: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c == wrong[1] for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The marines forced the pirates back to their boats.", ("---MIL", "190", "---CRM")),
    ("The riot police forced the protesters out of the square.", ("---COP", "170", "---OPP")),
])
def test_a_direction_word_of_the_forcing_verb_stays(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    # what the main act prompts or forces its object to do against someone is against its doer
    ("Ankara closed its airspace to Armenian flights, prompting Yerevan to threaten retaliation.",
     ("ARMGOV", "138", "TURGOV")),
    ("Algeria suspended gas deliveries to Spain, prompting Madrid to threaten legal action.",
     ("ESPGOV", "1311", "DZA")),
])
def test_a_prompted_reaction_is_aimed_at_the_main_acts_doer(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


def test_a_prompted_act_of_no_reaction_keeps_no_target(default_coder: Coder, nlp: Language) -> None:
    # a show of force is aimed at no one by the prompting
    found = _coded(default_coder, nlp, "Pyongyang tested a cruise missile, prompting Tokyo to put its"
                   " coast guard on alert.")
    assert not any(c.startswith("15") and t == "PRKGOV" for _, c, t, _ in found), found
