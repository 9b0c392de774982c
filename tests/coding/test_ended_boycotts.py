"""Ending a boycott or walkout eases political dissent (CAMEO 082), as ending a protest or a
strike does; a legislature boycotted is the target, not a parliament suspended (172)
(``cameo.verbs.txt``, SUSPEND block).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Georgia's opposition ended its boycott of parliament after eight months.", ("GEOOPP", "082", "GEOLEG")),
    ("Kenyan opposition lawmakers ended their walkout on Tuesday.", ("KENOPP", "082", "")),
])
def test_ending_a_boycott_eases_dissent(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = {(s, c, t) for s, c, t, _ in _coded(default_coder, nlp, text)}
    assert expected in found, found
    assert not any(c == "172" for _, c, _ in found), found
