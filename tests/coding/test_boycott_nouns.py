"""A boycott named by its noun is a boycott (CAMEO 143) by whom its "by" phrase names
(``cameo.verbs.txt``, BOYCOTT_NOUN), as a protest named by its noun is one; a boycotted
occasion (an address, a swearing-in) names whom the boycott is against, its owner
(``events.coding.roles``).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


def test_a_boycott_by_a_party_is_its_boycott(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp,
                   "The boycott of the runoff by Zambia's main opposition party cut turnout sharply.")
    assert any(s == "ZMBOPP" and c == "143" for s, c, _, _ in found), found


def test_a_boycotted_occasion_names_its_owner_as_target(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp,
                   "Zambian opposition lawmakers boycotted the president's address to parliament.")
    assert ("ZMBOPP", "143", "ZMBGOV", "asserted") in found, found
