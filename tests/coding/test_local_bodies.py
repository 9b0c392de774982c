"""Local news names a local government by its kind: "the city", "the county", "the town",
"the state" that sues, talks, is accused or is protested against stands for its government
(``---GOV``; :func:`events.coding.actors.local_body`), and takes the story's country from
its places like any role-only actor. Where the word names a place ("in the city", "the city
of Homs", "a state of emergency") or a side of violence, it is no actor. Every sentence is
written for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder, Dictionaries
from events.coding.options import NEWS, PETRARCH2

WHEN = dt.date(2026, 3, 4)


def _triples(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO root) of the events of ``text``, "" for a missing side."""
    return {(e.source.code if e.source else "", e.target.code if e.target else "", e.event_code[:2])
            for e in coder.code(nlp(text), when=WHEN)}


@pytest.mark.parametrize(("text", "triple"), [
    ("The county sued the city on Monday over unpaid water bills.", ("---GOV", "---GOV", "11")),
    ("The town has fined a landlord for leaving a burnt-out house standing.", ("---GOV", "---BUS", "17")),
])
def test_a_local_body_is_a_subject(default_coder: Coder, nlp: Language, text: str,
                                   triple: tuple[str, str, str]) -> None:
    """"the county sued", "the town has fined": the body acts."""
    assert triple in _triples(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "triple"), [
    ("The union said it would negotiate with the county next week.", ("---LAB", "---GOV", "03")),
    ("Teachers protested against the county after it cut their pay.", ("---EDU", "---GOV", "14")),
])
def test_a_local_body_after_with_or_against(default_coder: Coder, nlp: Language, text: str,
                                            triple: tuple[str, str, str]) -> None:
    """"negotiate with the county", "protested against the county": the partner or the
    one protested against."""
    assert triple in _triples(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The landlord accused the city of harassment.",
    "Residents of Millbrook accused the town of neglecting their roads.",
])
def test_accused_of_is_no_name(default_coder: Coder, nlp: Language, text: str) -> None:
    """"accused the city of harassment": what it is accused of is no place's name."""
    assert ("---GOV", "11") in {(t, r) for _, t, r in _triples(default_coder, nlp, text)}


@pytest.mark.parametrize("text", [
    "Riot police dispersed protesters who had gathered in the city on Sunday.",
    "The army said it had entered the city of Homs after a week of fighting.",
    "The governor declared the state of emergency on Friday.",
    "The army chief imposed the state of siege across the north.",
    "A city has sued the railway over a derailment.",
])
def test_a_place_is_no_local_body(default_coder: Coder, nlp: Language, text: str) -> None:
    """"in the city", "the city of Homs", "the state of emergency", "a city": a place or a
    condition, not a government."""
    sides = [a for e in default_coder.code(nlp(text), when=WHEN) for a in (e.source, e.target) if a]
    assert not any(a.name.lower().startswith(("the city", "the state", "a city")) for a in sides), sides


@pytest.mark.parametrize("text", [
    "Rebels shelled the city overnight, killing four civilians.",
    "The city has invested heavily in a new fire station on Elm Road.",
])
def test_a_local_body_is_no_side_of_violence(default_coder: Coder, nlp: Language, text: str) -> None:
    """A town is not shelled as a government nor fires: no violent event (CAMEO 18-20) has
    a local body named by its kind on either side."""
    assert not any(r in ("18", "19", "20") and "GOV" in s + t
                   for s, t, r in _triples(default_coder, nlp, text))


def test_petrarch_reading_has_no_local_bodies(default_dicts: Dictionaries, nlp: Language) -> None:
    """PETRARCH-2 knows no such actor: its reading (and its evaluations) stay as they were."""
    assert not PETRARCH2.local_bodies and NEWS.local_bodies
    coder = Coder(default_dicts, dataclasses.replace(NEWS, local_bodies=False))
    assert not any("GOV" in s + t for s, t, _ in
                   _triples(coder, nlp, "The county sued the city on Monday over unpaid water bills."))
