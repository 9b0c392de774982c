"""Criticism and complaints named by a noun (issue 14): "the governor's criticism of the
union", "renewed her complaints about the prime minister". The possessor voices them, also
one named by a role word only; the "of" / "about" / "against" phrase names whom they are
aimed at; the subject of a verb of voicing them is their source, one who faces or draws
them is not. Invented news sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events.coding import Coder

pytestmark = pytest.mark.slow

WHEN = dt.date(2026, 3, 4)


def _triples(coder: Coder, nlp, text: str) -> list[tuple[str | None, str, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (e.source.code if e.source else None, e.event_code, e.target.code if e.target else None)
        for e in coder.code(nlp(text), when=WHEN)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor's criticism of the teachers union drew an angry response.",
         ("---GOV", "111", "---EDULAB")),
        ("The bishop's condemnation of the rebel commanders was read out in every church.",
         ("---REL", "111", "---REB")),
    ],
)
def test_possessor_criticises_the_of_phrase(default_coder: Coder, nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _triples(default_coder, nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator's complaints about the governor grew louder.", ("---LEG", "114", "---GOV")),
        ("In a letter, the opposition leader renewed her complaints about the prime minister.",
         ("---OPP", "114", "---GOV")),
    ],
)
def test_complaints_about_someone(default_coder: Coder, nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _triples(default_coder, nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Councilman Ray Ortiz repeated his criticism of the mayor on Tuesday.",
        "The mayor's criticism of the governor angered state lawmakers.",
    ],
)
def test_two_state_roles_are_two_actors(default_coder: Coder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("---GOV", "111", "---GOV") in _triples(default_coder, nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The agency weathered months of criticism of the fire chief.",
        "The union drew sharp criticism of the hospital board from patients.",
    ],
)
def test_who_faces_criticism_does_not_voice_it(default_coder: Coder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    got = _triples(default_coder, nlp, text)
    assert not any(c.startswith("11") and s is not None for s, c, _t in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Complaints about the noise from the stadium have doubled this year.",
        "The mayor rejected criticism of the new parking rules.",
    ],
)
def test_criticism_of_no_one_is_no_event(default_coder: Coder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    got = _triples(default_coder, nlp, text)
    assert not any(c.startswith("11") for _s, c, _t in got), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor's praise for the police department drew criticism from civil rights groups.",
         ("---GOV", "051", "---COP")),
        ("The archbishop's gratitude to the Red Cross was plain in his Easter sermon.",
         ("---REL", "051", "NGOIRC")),
    ],
)
def test_praise_and_gratitude_nouns(default_coder: Coder, nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _triples(default_coder, nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The firefighters earned praise for their rescue of the governor.",
        "The governor drew praise for the National Guard's flood response.",
    ],
)
def test_who_earns_praise_does_not_give_it(default_coder: Coder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    got = _triples(default_coder, nlp, text)
    assert not any(c == "051" and s is not None and t is not None for s, c, t in got), got
