"""Two countries named at once ("the two Koreas", "North and South Korea") are both actors
of the event, one line per direction. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import triples


@pytest.mark.parametrize(("text", "code"), [
    ("The two Koreas agreed on Friday to reopen a military hotline.", "030"),
    ("North and South Korea held talks at the border village of Panmunjom.", "040"),
])
def test_a_pair_named_at_once_acts_towards_each_other(
    default_coder: Coder, nlp: Language, text: str, code: str
) -> None:
    found = triples(default_coder.code(nlp(text)))
    assert {("KOR", "PRK", code), ("PRK", "KOR", code)} <= found


def test_a_pair_named_at_once_is_two_targets(default_coder: Coder, nlp: Language) -> None:
    found = triples(default_coder.code(nlp("China urged both Koreas to exercise restraint.")))
    assert {("CHN", "KOR", "0256"), ("CHN", "PRK", "0256")} <= found
