"""A pattern's words after its verb are the verb's own phrases: a verb coordinated with it
and a finite relative clause are clauses of their own (news reading, ``clause_patterns``).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder, Dictionaries
from events.coding.options import NEWS

WHEN = dt.date(2022, 6, 1)


def _codes(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {(e.source.code if e.source else "", e.event_code, e.target.code if e.target else "")
            for e in coder.code(nlp(text), when=WHEN)}


EXERCISES = "Norway and Chile agreed to hold joint naval exercises but insisted that the drills were routine."
TREATY = "Forty nations agreed to share tax data under a treaty that targets offshore accounts."
COURT = "The court convicted the banker of fraud and sentenced him to five years in prison."
HOUSE = "Troops demolished the shop of a trader accused of a raid that wounded three soldiers."
AIRSTRIKES = ("The air force said it launched airstrikes on rebel camps "
              "after gunmen lobbed shells into the harbour.")
PLEDGE = "The ministry pledged support for flood victims, though its plans were not released."
CALLS = "The minister reiterated calls for Iran to release the sailors."
CURFEW = "The army declared a curfew in the capital to begin at dusk."
SIEGE = "The junta declared martial law in the north to begin on Sunday."
APPEAL = "Detectives are asking anyone who may have noticed the stolen truck to contact the police."
COOPERATION = "Ghana and Togo stepped up cooperation with Benin to counter attacks by jihadist groups."
PATROLS = "Lithuania intensified its patrols along the border to stop attacks on power lines."
TALKS = "Chad intensified talks with Niger to end attacks on herders."
OFFER = "Kenya turned down an offer from Tanzania to host a summit on the drought."


@pytest.mark.parametrize(("text", "absent", "present"), [
    # "- * (THAT) [019]" of AGREE must not reach the "that" of a coordinated verb
    (EXERCISES, "019", "0312"),
    # nor the "that" of a relative clause
    (TREATY, "019", None),
    # "convicted ... and sentenced him": the sentence is the second verb's, the conviction 116
    (COURT, "173:convict", "116"),
    # the deaths of a relative clause are not how the house was demolished
    (HOUSE, "190:demolish", "1712"),
    # nor do the words of a finite adverbial clause ("after gunmen lobbed shells *into* …")
    (AIRSTRIKES, "192", "195"),
    (PLEDGE, "0353", "032"),
    # "for X to Y" is the call's own phrase, not an adverbial clause
    (CALLS, "010", "020"),
    # an object with an infinitive is the statement's own, not a reported clause
    (CURFEW, "010", "1723"),
    (SIEGE, "010", "1724"),
    # the object of a purpose ("… *to counter attacks*") is not what was stepped up
    (COOPERATION, "190:boost", "050"),
    (PATROLS, "190:boost", "150"),
    (TALKS, "190:boost", None),
    # an offer's infinitive is the offer: a summit declined
    (OFFER, "120", "125"),
])
def test_pattern_words_stay_in_the_verbs_own_clause(
    default_coder: Coder, nlp: Language, text: str, absent: str, present: str | None
) -> None:
    events = default_coder.code(nlp(text), when=WHEN)
    found = [(e.event_code, e.rule[:60]) for e in events]
    code, _, verb = absent.partition(":")
    assert not any(e.event_code == code and (not verb or verb in e.rule.lower()) for e in events), found
    if present:
        assert any(e.event_code == present for e in events), found


def test_an_infinitive_hung_in_a_relative_clause_stays_the_verbs(default_coder: Coder, nlp: Language) -> None:
    # the parser hangs "to contact the police" under "noticed"; it is what detectives ask
    found = _codes(default_coder, nlp, APPEAL)
    assert any(code == "0214" for _, code, _ in found), found


def test_petrarch_reading_keeps_the_whole_subtree(default_dicts: Dictionaries, nlp: Language) -> None:
    coder = Coder(default_dicts, dataclasses.replace(NEWS, clause_patterns=False))
    found = _codes(coder, nlp, EXERCISES)
    assert any(code == "019" for _, code, _ in found), found


@pytest.mark.parametrize("text", [
    "The agreement Kenya struck with the IMF on Monday requires new taxes.",
    "The deal that the government struck with the rebels this week has collapsed.",
])
def test_a_deal_a_relative_clause_struck_is_a_deal(default_coder: Coder, nlp: Language, text: str) -> None:
    codes = [e.event_code for e in default_coder.code(nlp(text), when=dt.date(2026, 3, 4))]
    assert "057" in codes and not any(c.startswith("19") for c in codes), codes


@pytest.mark.parametrize("text", [
    "The regulator suspended the broker for moving client funds without consent.",
    "Border police halted a truck for carrying weapons without a permit.",
])
def test_pattern_words_in_a_for_reason_are_not_what_is_acted_on(
        default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any(c.startswith("162") for _, c, _ in _codes(default_coder, nlp, text))


def test_a_pattern_still_reads_the_object_beside_a_for_reason(default_coder: Coder, nlp: Language) -> None:
    found = _codes(default_coder, nlp, "Germany halted arms shipments to Turkey for breaking the agreement.")
    assert any(c == "1622" for _, c, _ in found), found


@pytest.mark.parametrize("text", [
    "Kenyan forces pressed into the border district for the second straight day.",
    "Chadian troops pressed into the rebel-held valley for a third consecutive week.",
])
def test_a_for_phrase_of_time_is_no_pattern_word(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any(c.startswith("10") for _, c, _ in _codes(default_coder, nlp, text))
