"""Mediation: the sides a mediator stands between, named by their role, do not take the
mediator's country, whether the sentence or the place names it.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import chain_triples
from tests.coding.test_modality import _coded


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
