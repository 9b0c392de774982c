"""A person named in full and then by surname alone, where the surname is also a town's name
("Travis Boone ... Boone punched a deputy": Boone, Iowa): the surname alone is that person
where a person stands (subject, object, possessor, after "by", "against", "with"), not in
"in Boone" or "Boone County". Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)


def _sides(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source name, CAMEO code, target name) of the events of ``text``, "" for no side."""
    return {(e.source.name if e.source else "", e.event_code, e.target.name if e.target else "")
            for e in coder.code(nlp(text), when=WHEN)}


@pytest.mark.parametrize(("text", "side"), [
    ("Deputies arrested Travis Boone on Friday. Boone punched a deputy during the arrest.",
     ("Boone", "182", "deputy")),
    ("Neighbours said Craig Lowell had argued with the family. Lowell shot a neighbour in the arm.",
     ("Lowell", "180", "neighbour")),
])
def test_a_town_surname_is_the_subject(default_coder: Coder, nlp: Language, text: str,
                                       side: tuple[str, str, str]) -> None:
    """"Boone punched a deputy": the person named before acts."""
    assert side in _sides(default_coder, nlp, text)


def test_a_town_surname_is_the_object(default_coder: Coder, nlp: Language) -> None:
    """"Detectives arrested Logan": the person named before is arrested."""
    text = "A neighbour saw Ryan Logan leave the house. Detectives arrested Logan at a motel."
    assert ("Detectives", "173", "Logan") in _sides(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "Deputies arrested Travis Boone on Friday. Officers in Boone searched his truck.",
    "Deputies arrested Travis Boone on Friday. Boone County deputies searched his truck.",
])
def test_a_town_surname_as_a_place_is_no_person(default_coder: Coder, nlp: Language, text: str) -> None:
    """"in Boone", "Boone County deputies": the town, not the man."""
    later = [e for e in default_coder.code(nlp(text), when=WHEN) if e.sentence_index == 1]
    assert not any("Boone" in (a.name if a else "") for e in later for a in (e.source, e.target))
