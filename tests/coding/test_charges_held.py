"""Charges named by a noun ("expanded the charges against three officers"): the one who
adds, expands or announces them charges the one they are against (173); one who faces,
denies or only talks about them does not. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)


def _pairs(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str]]:
    """(source, target) codes of the charges (173) coded in ``text``."""
    return {(e.source.code if e.source else "", e.target.code if e.target else "")
            for e in coder.code(nlp(text), when=WHEN) if e.event_code == "173"}


@pytest.mark.parametrize(("text", "pair"), [
    ("Prosecutors added new charges against the former mayor on Friday.", ("---JUD", "---GOV")),
    ("The attorney general broadened the charges against three police officers.", ("---JUD", "---COP")),
])
def test_who_adds_charges_against_someone_charges_them(
    default_coder: Coder, nlp: Language, text: str, pair: tuple[str, str]
) -> None:
    """A verb of bringing charges that the dictionary has no pattern for still charges."""
    assert _pairs(default_coder, nlp, text) == {pair}


@pytest.mark.parametrize("text", [
    "The senator faces charges against him in two states.",
    "Her lawyer said the charges against her were politically motivated.",
])
def test_charges_one_faces_or_talks_about_are_no_new_charge(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    """Facing charges, or a lawyer's view of them, charges no one here."""
    assert not {p for p in _pairs(default_coder, nlp, text) if p[0]}
