"""Who an event is aimed at when its object is a thing, a relation noun or a phrase (issue 14):
co-attendance, verbs of force used as modifiers, relation nouns. Sentences written for these
tests; none comes from a dev or gold set."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import triples

WHEN = dt.date(2026, 3, 4)


def _triples(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return triples(coder.code(nlp(text), when=WHEN))


@pytest.mark.parametrize(("text", "sides"), [
    ("Kenya and Tanzania attended the regional security summit in Kigali on Friday.", ("KEN", "TZA")),
    ("Delegations from Serbia and Kosovo took part in the meeting in Brussels on Thursday.",
     ("SRBGOV", "KSVGOV")),
])
def test_attending_a_meeting_together_is_no_meeting_of_the_two(
    default_coder: Coder, nlp: Language, text: str, sides: tuple[str, str]
) -> None:
    found = _triples(default_coder, nlp, text)
    a, b = sides
    assert (a, "", "040") in found
    assert (a, b, "040") not in found and (b, a, "040") not in found


@pytest.mark.parametrize(("text", "sides"), [
    ("Armenian and Azerbaijani diplomats took part in talks in Geneva on Monday.", ("ARMGOV", "AZEGOV")),
    ("Serbia and Kosovo met in Brussels on Thursday.", ("SRB", "KSV")),
])
def test_talks_two_sides_take_part_in_or_a_meeting_stay_between_them(
    default_coder: Coder, nlp: Language, text: str, sides: tuple[str, str]
) -> None:
    a, b = sides
    assert (a, b, "040") in _triples(default_coder, nlp, text)
