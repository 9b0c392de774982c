"""Aid packages announced or unveiled for a country (the verb dictionary's ANNOUNCE block):
the package is aid to the country it is for, not a statement; an aid cut announced is none.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Denmark unveiled a new aid package for Mozambique on Wednesday.", ("DNK", "070", "MOZ")),
    ("Australia announced an assistance package of $15 million for Tonga.", ("AUS", "070", "TON")),
])
def test_an_aid_package_for_a_country_is_aid(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found
    assert not any(c == "010" for _, c, _, _ in found), found


def test_an_unveiled_budget_is_no_aid(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The Kenyan finance minister unveiled the new budget on Thursday.")
    assert not any(c.startswith("07") for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Canada announced cuts in aid to Mali on Friday.",
    "The Netherlands announced a freeze on aid for Burundi.",
])
def test_an_aid_cut_announced_is_no_aid(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c.startswith("162") for _, c, _, _ in found), found
    assert not any(c.startswith("07") for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The cabinet announced a review of the aid package for Jordan.",
    "Britain announced an inquiry into aid for Somalia.",
])
def test_an_announced_act_about_aid_is_no_aid(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith(("07", "033")) for _, c, _, _ in found), found


def test_a_humanitarian_aid_package_is_humanitarian_aid(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Sweden announced a new humanitarian aid package for Chad.")
    assert ("SWE", "073", "TCD", "asserted") in found, found
