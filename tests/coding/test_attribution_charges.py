"""Blame by attributing a harm and by charging that something was done: "X attributed /
traced / ascribed the attack to Y" accuses Y (1123 for an attack, 1121 for a crime, 1125 for
espionage or hacking, 112 for an explosion or a killing), and "X charged that Y had done Z"
is an accusation (112), not an indictment (173). Attributing what is no harm ("the rise in
prices to inflation") and a charge brought against someone ("charged him with fraud") stay
what they were.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded, _has


@pytest.mark.parametrize(("text", "expected"), [
    ("Serbia attributed the attack on the border crossing to Kosovo Albanian extremists.",
     ("SRB", "1123", "KSVRAD")),
    ("Estonia attributed the explosion at the ammunition depot to Russian military intelligence.",
     ("EST", "112", "RUSSPY")),
    ("Kenya traced the killings of the fishermen to al Shabaab.", ("KEN", "112", "SOMREB")),
])
def test_a_harm_attributed_to_an_actor_accuses_it(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize("text", [
    "The Serbian central bank attributed the rise in prices to inflation.",
    "Kenyan police traced the call to a phone in Mombasa.",
])
def test_attributing_what_is_no_harm_accuses_no_one(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("11") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Georgian opposition charged that the government had rigged the local elections.",
     ("GEOOPP", "112", "GEOGOV")),
    ("Chile charged that Bolivia had encouraged the smuggling of stolen cars.", ("CHL", "112", "BOL")),
])
def test_charging_that_someone_did_something_accuses_them(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found
    assert not any(c.startswith("173") for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Georgian police charged the mayor with fraud, saying that he had taken bribes.",
    "The Georgian authorities charged him with tax evasion, claiming that the channel took foreign money.",
])
def test_a_charge_brought_with_a_that_clause_nearby_stays_a_charge(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == "173" for _, c, _, _ in found), found
