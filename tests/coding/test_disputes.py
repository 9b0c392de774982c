"""Disputes told in the words of war (events.coding.disputes): quarrels of bodies and offices
fought with words are disapproval (110), not force. Sentences written for these tests; none
comes from a dev or gold set."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import event_codes as _codes


@pytest.mark.parametrize("text", [
    "The finance minister clashed with the central bank governor over interest rates.",
    "The senator has clashed with the White House over the budget.",
    "The union has been fighting the airline over pensions since March.",
    "Kenyan lawmakers battled the treasury over the tax bill for weeks.",
])
def test_a_quarrel_of_bodies_in_the_words_of_war_is_a_dispute(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert _codes(default_coder, nlp, text) == ["110"]


@pytest.mark.parametrize("text", [
    "Rebels clashed with government troops near Goma.",
    "Police fought the gunmen for two hours outside the bank.",
    "Russia and Ukraine clashed along the front near Bakhmut.",
])
def test_armed_sides_or_countries_keep_the_code_of_force(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    codes = _codes(default_coder, nlp, text)
    assert codes and all(code[:2] in ("18", "19") for code in codes)
