"""A role that apologises to, signs an agreement with or complains to the sentence's one
country is not of that country (coder: the sentence's country for role-only actors). Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import triples


@pytest.mark.parametrize(("text", "expected"), [
    ("The Senate ratified the arms control treaty with Russia on Thursday.", ("---LEG", "RUS", "057")),
    ("The prime minister signed a trade agreement with Japan in Tokyo.", ("---GOV", "JPN", "061")),
    ("The foreign minister apologized to South Korea for the remarks.", ("---GOV", "KOR", "055")),
    ("The foreign ministry lodged a formal protest with Japan over the textbook.", ("---GOV", "JPN", "114")),
])
def test_a_role_acting_towards_the_one_country_is_not_of_it(
    default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(default_coder.code(nlp(text)))


def test_a_deal_with_the_countrys_rebels_keeps_the_country(default_coder: Coder, nlp: Language) -> None:
    text = "The president signed a peace agreement with Colombia's FARC rebels."
    found = triples(default_coder.code(nlp(text)))
    assert ("COLGOV", "COLREB", "057") in found
