"""Spokespeople of non-state bodies (issue 14): "Oxfam spokesman Tom Harding" speaks for
Oxfam, an NGO, not for a government; the spokesman's role word adds no GOV to the body's
code. Sentences written for these tests; none comes from a dev or gold set."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)


@pytest.mark.parametrize(("text", "code"), [
    ("Oxfam spokesman Tom Harding accused the Ethiopian army of blocking food convoys.", "NGOXFM"),
    ("Eve Lindqvist, a spokeswoman for Human Rights Watch, criticised the Egyptian government over the "
     "arrests.", "NGOHRW"),
])
def test_a_non_state_bodys_spokesperson_is_the_body(
    default_coder: Coder, nlp: Language, text: str, code: str
) -> None:
    sources = {e.source.code for e in default_coder.code(nlp(text), when=WHEN) if e.source is not None}
    assert code in sources and code + "GOV" not in sources


def test_a_governments_spokesman_stays_a_government(default_coder: Coder, nlp: Language) -> None:
    text = "A Kenyan government spokesman accused Somalia of arming the militia."
    sources = {e.source.code for e in default_coder.code(nlp(text), when=WHEN) if e.source is not None}
    assert "KENGOV" in sources
