"""An island is no country: 'the island(s)' of a story codes no Iceland (whose own name in
Icelandic, folded to ASCII, is the English word). Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2022, 5, 1)


@pytest.mark.parametrize("text", [
    "Police on the island arrested two fishermen.",
    "Protesters clashed with police in the Islands on Tuesday.",
    "Island police arrested two smugglers.",
])
def test_the_island_of_a_story_is_not_iceland(default_coder: Coder, nlp: Language, text: str) -> None:
    events = default_coder.code(nlp(text), when=WHEN)
    codes = {r.code for e in events for r in (e.source, e.target) if r is not None}
    assert events and not any(c.startswith("ISL") for c in codes), codes


def test_iceland_is_still_iceland(default_coder: Coder, nlp: Language) -> None:
    events = default_coder.code(nlp("Icelandic police arrested two smugglers."), when=WHEN)
    assert any(e.source is not None and e.source.code.startswith("ISL") for e in events)
