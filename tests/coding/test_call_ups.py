"""Announcing a call-up of reservists or conscripts, or conscription, is a mobilisation
(154), not a statement about the conscripts.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "source"), [
    ("The Kremlin announced a new call-up of 150,000 conscripts on Friday.", "RUSGOV"),
    ("Serbia declared a call-up of reservists after the clashes.", "SRB"),
])
def test_announcing_a_call_up_is_a_mobilisation(
        default_coder: Coder, nlp: Language, text: str, source: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert (source, "154", "", "asserted") in found, found
    assert not any(c == "010" for _, c, _, _ in found), found
