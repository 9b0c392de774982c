"""Claims of electoral fraud: a statement that someone rigged, stole or falsified an
election, vote or count accuses them of it (CAMEO 1121, ``events.coding.nested.fraud_claims``);
a stolen election is no theft (171); a denied fraud accuses no one.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya's opposition leader said the electoral commission had rigged the presidential election.",
     ("KENOPP", "1121", "KENGOV")),
    ("Opposition lawmakers in Harare said the ruling party stole the election.",
     ("ZWEOPP", "1121", "ZWEGOV")),
])
def test_saying_someone_rigged_a_vote_accuses_them(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = {(s, c, t) for s, c, t, _ in _coded(default_coder, nlp, text)}
    assert expected in found, found
    assert not any(c == "171" for _, c, _ in found), found


def test_a_denied_rigging_accuses_no_one(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Zambia's opposition said the ruling party did not rig the vote.")
    assert not any(c == "1121" for _, c, _, _ in found), found
