"""Verbs of legislative obstruction: torpedoing, scuttling or derailing a bill, plan or budget
blocks it, filibustering one delays it (CAMEO 120, aimed at its owner) (``cameo.verbs.txt``,
BLOCK and DELAY blocks); a torpedoed ship or a derailed train is no rejection.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Hardline senators in Manila torpedoed the president's tax plan.", ("PHLLEG", "120", "PHLGOV")),
    ("Opposition lawmakers in Nairobi scuttled the finance minister's budget.", ("KENOPP", "120", "KENGOV")),
    ("Republicans in the Senate filibustered the voting rights bill.", ("", "120", "")),
])
def test_obstructing_a_bill_or_plan_rejects_it(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = {(s, c, t) for s, c, t, _ in _coded(default_coder, nlp, text)}
    source, code, target = expected
    assert any(c == code and (not source or s == source) and (not target or t == target)
               for s, c, t in found), found


@pytest.mark.parametrize("text", [
    "A German submarine torpedoed the British freighter off Ireland.",
    "A freight train derailed near the Polish border on Sunday.",
])
def test_weapons_and_trains_are_no_rejection(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("12") for _, c, _, _ in found), found
