"""A verb of naming or a reported clause that gives someone an epithet of blame or praise:
"called the governor a liar", "branded the prime minister a dictator", "said the nurses
were heroes", and the parser's variants of the naming ("as" hung on the object, the
epithet read as an appositive or as one compound with a plural object).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded, _has


@pytest.mark.parametrize(("text", "expected"), [
    ("The Zambian opposition leader called the president a liar.", ("", "111", "ZMBGOV")),
    ("Venezuela's foreign minister said the Colombian president was a puppet.", ("", "111", "COLGOV")),
    ("Armenian protesters branded the prime minister a traitor.", ("", "111", "ARMGOV")),
])
def test_an_epithet_of_blame_criticises_whom_it_names(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Chilean president called the miners heroes.", ("", "051", "CHLLAB")),
    ("The Indonesian president said the rescue workers were heroes.", ("", "051", "IDN")),
])
def test_an_epithet_of_praise_praises_whom_it_names(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == expected[1] and t.startswith(expected[2]) for _, c, t, _ in found), found


def test_an_as_phrase_hung_on_the_object_still_judges_it(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The Polish government described Moscow's statements as lies.")
    assert _has(found, ("POLGOV", "111", "RUSGOV")), found


def test_a_plain_description_judges_no_one(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Kenyan police described the suspect as a tall man in a blue coat.")
    assert not any(c in ("111", "051") for _, c, _, _ in found), found
