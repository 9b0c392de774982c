"""Police and crime narratives of local news whose doer of violence is named only in a clause
beside the act: the one confronted in a "when" clause, and the pronoun of a relative clause
on the one a violent act hit. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)


def _pairs(coder: Coder, nlp: Language, text: str, roots: tuple[str, ...]) -> set[tuple[str, str]]:
    """(source, target) codes of the events of ``text`` whose CAMEO root is one of ``roots``."""
    return {
        (e.source.code if e.source else "", e.target.code if e.target else "")
        for e in coder.code(nlp(text), when=WHEN)
        if e.event_code[:2] in roots
    }


VIOLENCE = ("18", "19", "20")


@pytest.mark.parametrize(("text", "pair"), [
    ("A shop owner was stabbed when he confronted a burglar in his store on Monday night.",
     ("---CRM", "---BUS")),
    ("A sheriff's deputy was wounded when he tried to arrest a suspect outside a motel.",
     ("---CRM", "---COP")),
    ("Two Tulsa troopers were shot when they pulled over a parolee on Pine Street.",
     ("---CRM", "---COP")),
    ("A trooper was dragged and injured when he pulled a driver over near the state line.",
     ("---CVL", "---COP")),
])
def test_the_one_confronted_is_the_doer(
    default_coder: Coder, nlp: Language, text: str, pair: tuple[str, str]
) -> None:
    """An agentless act of violence on those who, in its "when" clause, stopped, confronted
    or tried to arrest someone was done by the one they confronted."""
    assert pair in _pairs(default_coder, nlp, text, VIOLENCE)


def test_a_definite_subject_names_the_victims_again(default_coder: Coder, nlp: Language) -> None:
    """ "Reyes and Milton ... when the two constables pulled over a parolee": the clause's
    subject, a definite noun phrase of the same number, names the ones shot again."""
    text = "Reyes and Milton were gunned down on Friday when the two constables pulled over a parolee."
    assert ("---CRM", "---CVL") in _pairs(default_coder, nlp, text, VIOLENCE)


@pytest.mark.parametrize("text", [
    "Two deputies were shot when they stopped a stolen car on Route 9.",  # a car is no one
    "A soldier was killed when he visited his brother in a village near the border.",  # no confronting
    "A cashier was stabbed when the officers confronted a burglar at the depot.",  # the officers are others
])
def test_no_doer_from_other_clauses(default_coder: Coder, nlp: Language, text: str) -> None:
    """No source from a clause of another kind, from a thing confronted, or where the clause's
    subject is not the ones hurt."""
    assert all(source == "" for source, _ in _pairs(default_coder, nlp, text, VIOLENCE))


@pytest.mark.parametrize(("text", "pair"), [
    ("A Springfield officer shot a man who attacked him with a knife on Thursday.", ("---CVL", "---COP")),
    ("The constable shot a robber who stabbed him in the arm.", ("---CRM", "---COP")),
])
def test_the_pronoun_of_a_relative_clause_is_the_defender(
    default_coder: Coder, nlp: Language, text: str, pair: tuple[str, str]
) -> None:
    """ "shot a man who attacked him": the relative clause's "him" is the one who shot."""
    assert pair in _pairs(default_coder, nlp, text, VIOLENCE)


@pytest.mark.parametrize("text", [
    "Police arrested a teenager who punched her in the face outside the library.",  # no violence
    "The officer shot a man who attacked them at a bus stop.",  # "them" is not the officer
])
def test_no_defender_without_violence_or_agreement(default_coder: Coder, nlp: Language, text: str) -> None:
    """An arrest is no act the relative clause's victim answers, and a pronoun that does not
    agree with the doer is someone else."""
    found = _pairs(default_coder, nlp, text, VIOLENCE)
    assert not any(target in ("---COP",) for _, target in found), found


@pytest.mark.parametrize(("text", "pair"), [
    ("A man who was shot by police on Sunday has died in hospital.", ("---COP", "---CVL")),
    ("A pensioner who was punched by a mugger on Tuesday is recovering at home.", ("---CRM", "---CVL")),
])
def test_a_relative_clause_told_on_its_own_day_is_news(
    default_coder: Coder, nlp: Language, text: str, pair: tuple[str, str]
) -> None:
    """A passive relative clause tells who someone is, unless it is told on a day of the week
    of its own, in the past: then it is the news the sentence reports."""
    assert pair in _pairs(default_coder, nlp, text, VIOLENCE)


@pytest.mark.parametrize("text", [
    "A guard who was stabbed by an inmate has died.",  # no day: who the guard is
    "The officer who was punched by a protester in 2019 retired on Monday.",  # an old date
])
def test_a_relative_clause_without_a_day_of_its_own_is_background(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert not _pairs(default_coder, nlp, text, VIOLENCE)


@pytest.mark.parametrize("text", [
    "Deputies executed search warrants at a farmhouse belonging to Dean Walsh on Tuesday.",
    "Police executed search warrants on two properties owned by Dean Walsh.",
])
def test_a_warrant_served_on_premises_targets_their_owner(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    """A search warrant executed at premises a participle ties to someone ("belonging to",
    "owned by") is a search of that one (091)."""
    assert ("---COP", "---CVL") in _pairs(default_coder, nlp, text, ("09",))


def test_a_warrant_at_premises_of_no_one_has_no_target(default_coder: Coder, nlp: Language) -> None:
    text = "Deputies executed search warrants at a farmhouse on Elm Street on Tuesday."
    assert _pairs(default_coder, nlp, text, ("09",)) == {("---COP", "")}
