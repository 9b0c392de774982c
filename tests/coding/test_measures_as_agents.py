"""What a measure or a practice does to people is no act of force by its owner
(events.coding.roles.MEASURE_SUBJECTS: "China's trade practices have destroyed factories").
Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)


def _destructions(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str]]:
    """(source, target) of the destructions (1712) of ``text``, "" for a missing side."""
    return {(e.source.code if e.source else "", e.target.code if e.target else "")
            for e in coder.code(nlp(text), when=WHEN) if e.event_code == "1712"}


@pytest.mark.parametrize(("text", "target"), [
    ("Moscow's grain export ban destroyed hundreds of Egyptian bakeries, the minister said.", "EGY"),
    ("Britain's fishing policy has destroyed dozens of French fishing firms, Paris said.", "FRABUS"),
    ("Beijing's export practices have destroyed hundreds of Mexican textile mills, he said.", "MEX"),
])
def test_a_measure_that_destroys_has_no_agent(default_coder: Coder, nlp: Language, text: str,
                                              target: str) -> None:
    assert _destructions(default_coder, nlp, text) == {("", target)}


def test_an_act_of_force_keeps_its_owner(default_coder: Coder, nlp: Language) -> None:
    """An act noun's owner did the act ("Russia's shelling destroyed three schools")."""
    found = _destructions(default_coder, nlp, "Russia's shelling destroyed three schools in Kharkiv.")
    assert {s for s, _ in found} == {"RUS"}
