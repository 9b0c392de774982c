"""A boycott named by its noun is a boycott (CAMEO 143) by whom its "by" phrase names
(``cameo.verbs.txt``, BOYCOTT_NOUN), as a protest named by its noun is one.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


def test_a_boycott_by_a_party_is_its_boycott(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp,
                   "The boycott of the runoff by Zambia's main opposition party cut turnout sharply.")
    assert any(s == "ZMBOPP" and c == "143" for s, c, _, _ in found), found
