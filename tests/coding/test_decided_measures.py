"""A step taken to impose or ease a trade measure ("a U.S. move to impose tariffs on Chinese
steel", "India's decision to tax Malaysian palm oil") is its owner's announced act, read as a plan
is (1312; easing 0354), also when the parser hung the step's infinitive on the verb before it. A
step to do anything else stays an aim.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("A Canadian move to impose tariffs on Chinese steel angered Beijing.", ("CAN", "1312", "CHN")),
    ("India's decision to tax Malaysian palm oil hurt refiners.", ("IND", "1312", "MYS")),
    ("Seoul's decision to lift its duties on Vietnamese shrimp was welcomed.", ("KORGOV", "0354", "VNM")),
])
def test_a_step_taken_to_impose_or_ease_trade_measures_is_its_owners_plan(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


def test_a_step_the_parser_hung_on_the_verb_before_it_is_still_its_owners(
        default_coder: Coder, nlp: Language) -> None:
    text = ("Brazil said it would tax Argentine wheat after an Argentine move last month to impose duties"
            " on Brazilian cars.")
    found = _coded(default_coder, nlp, text)
    assert ("ARG", "1312", "BRA", "asserted") in found, found


@pytest.mark.parametrize("text", [
    "Kenya's decision to send troops to the border angered residents.",
    "A Turkish move to hold talks with Greece drew criticism.",
])
def test_a_step_taken_that_is_no_trade_measure_stays_an_aim(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith(("03", "13", "16")) for _, c, _, _ in found), found
