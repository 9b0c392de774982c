"""Speech acts and their targets (CAMEO 01-05, 10-12) in news wordings, found on news
paragraphs written for this project; every sentence here is invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)
Coded = tuple[str, str, str]


def _coded(coder: Coder, nlp: Language, text: str) -> set[Coded]:
    """(source, code, target) of every event of ``text``, "" for a missing side."""
    return {(e.source.code if e.source else "", e.event_code, e.target.code if e.target else "")
            for e in coder.code(nlp(text), when=WHEN)}


# ------------------------------------ a quote's "we" is its speaker, also beside a like role


@pytest.mark.parametrize(("text", "expected"), [
    ("\u201cWe are grateful to the governor for her leadership,\u201d the mayor said on Monday.",
     ("---GOV", "051", "---GOV")),
    ("\u201cI want to thank the mayor for standing with our towns,\u201d the governor told reporters.",
     ("---GOV", "051", "---GOV")),
])
def test_quoted_speaker_beside_another_state_role(
    default_coder: Coder, nlp: Language, text: str, expected: Coded
) -> None:
    """Two bodies of a state named by different role words are two actors: the speaker of
    the quote is the source of what "we" / "I" do to the other."""
    assert expected in _coded(default_coder, nlp, text), _coded(default_coder, nlp, text)
