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


@pytest.mark.parametrize(("text", "expected"), [
    ("The Philippine president called Canada's premier a very stupid man.", ("PHLGOV", "111", "CANGOV")),
    ("The Kenyan president called Tanzania's president a brilliant leader.", ("KENGOV", "051", "TZAGOV")),
])
def test_a_plain_word_for_a_person_graded_by_an_adjective_judges_them(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


def test_a_suspect_described_as_dangerous_is_no_criticism(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Detectives described the gunman as a dangerous man.")
    assert not any(c == "111" for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Critics say the Bolivian president has packed the courts with loyalists.", ("", "111", "BOLGOV")),
    ("Government critics said the Tunisian president had sidelined parliament.", ("", "111", "TUNGOV")),
])
def test_what_critics_say_someone_did_is_criticism_of_them(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


def test_claims_called_nonsense_criticise_their_owner(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The Thai government said Cambodia's claims were nonsense.")
    assert _has(found, ("THAGOV", "111", "KHM")), found
