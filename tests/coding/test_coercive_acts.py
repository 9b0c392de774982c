"""Acts of coercion named by different codes are different acts, kept apart when one lacks a
side (events.coding.coder._dedupe): an arrest and a seizure by the same police. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import event_codes


@pytest.mark.parametrize("text", [
    "Three men were arrested on Friday after police seized a cannabis farm in a warehouse, officers said.",
    "Customs officers arrested two men and seized 40 kilograms of heroin at the port.",
])
def test_an_arrest_and_a_seizure_are_two_acts(default_coder: Coder, nlp: Language, text: str) -> None:
    codes = event_codes(default_coder, nlp, text)
    assert "173" in codes and "1711" in codes, codes


def test_one_violent_act_told_twice_is_one_event(default_coder: Coder, nlp: Language) -> None:
    """The shelling with no target and the killing with no source are the one act."""
    codes = event_codes(default_coder, nlp, "Russian forces shelled the town, and six civilians were killed.")
    assert len([c for c in codes if c.startswith("19")]) == 1, codes
