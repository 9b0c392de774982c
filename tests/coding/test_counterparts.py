"""A minister's counterpart is a government official of the country named (issue 14): "met
his Ugandan counterpart" is UGAGOV, not the bare country. Sentences written for these
tests; none comes from a dev or gold set."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kenyan trade minister met his Ugandan counterpart in Kampala on Monday.",
     ("KENGOV", "040", "UGAGOV")),
    ("Egypt's foreign minister held talks with his Sudanese counterpart on the dam dispute.",
     ("EGYGOV", "040", "SDNGOV")),
])
def test_a_counterpart_is_a_government_official(
    default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    found = {(e.source.code if e.source else "", e.event_code, e.target.code if e.target else "")
             for e in default_coder.code(nlp(text), when=WHEN)}
    assert expected in found
