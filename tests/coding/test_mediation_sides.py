"""Mediation: a mediator acts on the sides it stands between, named in a "between" phrase
of its own words or its purpose ("launched a mediation effort to end the feud between A and
B"), not in a clause telling of another act; and the sides, named by their role, do not take
the mediator's country.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import chain_triples
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "source", "sides"), [
    ("Norway launched a mediation effort last week to end the feud between Sudan and South Sudan.",
     "NOR", {"SDN", "SSD"}),
    ("The Kenyan president launched a mediation effort on Monday to resolve the border dispute between"
     " Ethiopia and Eritrea.", "KENGOV", {"ETH", "ERI"}),
])
def test_a_mediator_acts_on_the_sides_of_its_purpose(
        default_coder: Coder, nlp: Language, text: str, source: str, sides: set[str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert {t for s, c, t, _ in found if c == "045" and s == source} == sides, found


@pytest.mark.parametrize("text", [
    "Egypt launched a mediation effort, and fighting between the two militias went on.",
    "Ghana launched a mediation effort on Monday, while talks between Mali and Niger stalled.",
])
def test_sides_of_another_act_are_not_mediated(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == "045" for _, c, _, _ in found), found
    assert {t for _, c, t, _ in found if c == "045"} == {""}, found


@pytest.mark.parametrize(("text", "source"), [
    ("The Vatican offered to mediate between the government and the rebels.", "VAT"),
    ("Qatar has offered to mediate between the army and the protesters.", "QAT"),
])
def test_the_sides_do_not_take_the_mediators_country(
        default_coder: Coder, nlp: Language, text: str, source: str) -> None:
    found = _coded(default_coder, nlp, text)
    targets = {t for s, c, t, _ in found if c == "039" and s == source}
    assert len(targets) == 2 and all(t.startswith("---") for t in targets), found


@pytest.mark.parametrize(("text", "source"), [
    ("Qatar has offered to mediate between the army and the protesters.", "QAT"),
    ("Norway offered to mediate between the government and the rebels.", "NOR"),
])
def test_the_mediators_place_gives_the_sides_no_country(whole_chain: Any, text: str, source: str) -> None:
    found = chain_triples(whole_chain, text)
    targets = {t for s, c, t in found if c == "039" and s == source}
    assert len(targets) == 2 and not any(t.startswith(source) for t in targets), found


@pytest.mark.parametrize("text", [
    # the parser hangs the coordinated subject on the auxiliary "are", not on the verb
    "Oman and Kuwait are mediating between Saudi Arabia and Yemen.",
    "Egypt and Qatar are mediating between Israel and Hamas.",
])
def test_mediators_whose_subject_hangs_on_the_auxiliary_are_the_sources(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert len({s for s, c, _, _ in found if c == "045" and s}) == 2, found
