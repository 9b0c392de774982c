"""A party that quits, leaves, withdraws or pulls out of a coalition or a government reduces
relations with it (CAMEO 160), not a military retreat (0874) (``cameo.verbs.txt``: QUIT,
WITHDRAW and DEESCALATE blocks); troops pulling out of a town still retreat.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel's Labor party withdrew from the government over the budget.", ("ISRPTY", "160", "ISRGOV")),
    ("Germany's Free Democrats pulled out of the ruling coalition on Wednesday.",
     ("DEUPTY", "160", "DEUGOV")),
    ("The Social Democrats left the coalition over the pension reform.", ("---PTY", "160", "")),
])
def test_leaving_a_coalition_reduces_relations(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = {(s, c, t) for s, c, t, _ in _coded(default_coder, nlp, text)}
    assert expected in found, found


def test_troops_pulling_out_of_a_town_still_retreat(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Russian troops pulled out of the town of Kherson on Friday.")
    assert any(c == "0874" for _, c, _, _ in found), found
