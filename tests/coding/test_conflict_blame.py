"""A reported clause that has its subject provoke, start or spark fighting lays the blame on
it (112), and an act someone must keep doing or has to continue is an obligation, not a
report that it is done (events.coding.modality).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Baku said Armenian forces had provoked the clashes.", ("AZEGOV", "112", "ARMMIL")),
    ("Kenya said Somali fighters had sparked the clashes at the border.", ("KEN", "112", "SOMREB")),
])
def test_saying_someone_provoked_the_fighting_accuses_them(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert (*expected, "asserted") in _coded(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The ministry said the ceremony would start the celebrations.",
    "Police said the children started a game of football.",
])
def test_starting_what_is_no_harm_accuses_no_one(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("112") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "code"), [
    ("Western allies must keep supplying weapons to Kyiv, he said.", "072"),
    ("Russia has to continue to send troops to Syria.", "154"),
])
def test_what_someone_must_keep_doing_is_not_reported_done(
        default_coder: Coder, nlp: Language, text: str, code: str) -> None:
    found = _coded(default_coder, nlp, text)
    modalities = {m for _, c, _, m in found if c == code}
    assert modalities == {"hypothetical"}, found
