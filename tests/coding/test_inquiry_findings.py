"""What an inquiry finds or concludes lays blame as saying does ("prosecutors concluded that
Russia was behind the attack": 112), and an inquiry's "by" phrase names who speaks through
it ("an investigation by Polish prosecutors found …").

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Dutch prosecutors concluded that Russia was behind the cyberattack on the port.",
     ("NLDJUD", "112", "RUS")),
    ("Polish prosecutors found that Belarus was responsible for the sabotage of the rail line.",
     ("POLJUD", "112", "BLR")),
])
def test_a_finding_that_someone_was_behind_a_harm_accuses_them(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert (*expected, "asserted") in _coded(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The court found that the ministry was not responsible for the flooding.",
    "Investigators found the stolen car behind a warehouse in Rotterdam.",
])
def test_a_finding_of_no_blame_or_of_a_thing_accuses_no_one(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("112") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("An investigation by Polish prosecutors found that Belarus was responsible for the sabotage "
     "of the rail line.", ("POLJUD", "112", "BLR")),
    ("A report by the United Nations said Eritrean troops were behind the killings.",
     ("IGOUNO", "112", "ERIMIL")),
])
def test_the_authors_of_an_inquiry_speak_through_it(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert (*expected, "asserted") in _coded(default_coder, nlp, text)
