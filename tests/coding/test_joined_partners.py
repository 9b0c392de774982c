"""Whom one joins in an act is a partner, not the act's target (events.coding.senses,
"joined Germany in condemning the test"). Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)


def _coded(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source, code, target) of every event of ``text``, "" for a missing side."""
    return {(e.source.code if e.source else "", e.event_code, e.target.code if e.target else "")
            for e in coder.code(nlp(text), when=WHEN)}


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("France joined Germany in condemning the missile test by North Korea.", "DEU", ("FRA", "111", "PRK")),
    ("Canada joined Britain and Australia in imposing sanctions on Iranian officials.", "GBR",
     ("CAN", "163", "IRNGOV")),
])
def test_a_partner_in_a_coded_act_is_no_target(
    default_coder: Coder, nlp: Language, text: str, partner: str, expected: tuple[str, str, str]
) -> None:
    coded = _coded(default_coder, nlp, text)
    assert expected in coded
    assert all(target != partner for _, _, target in coded), coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan joined the United States in sanctions against Russian banks.", ("JPN", "163", "RUSBUS")),
    ("Local farmers joined the students in a protest against the mine.", ("---CVLAGR", "141", "")),
])
def test_an_act_named_by_a_noun_takes_its_own_target(
    default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert _coded(default_coder, nlp, text) == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("Sweden joined the alliance in 2024 after decades of neutrality.", ("SWE", "050", "")),
    ("Thousands of workers joined the strike on Monday.", ("---LAB", "143", "")),
])
def test_joining_an_act_or_a_body_is_unchanged(
    default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _coded(default_coder, nlp, text)
