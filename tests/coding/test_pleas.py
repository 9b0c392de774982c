"""Pleas: pleading guilty admits responsibility (015), pleading not guilty denies it (016),
and neither is made to anyone: the charge, the victim it names and the court the plea is
entered in are no target.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "code"), [
    ("A Dover woman pleaded guilty to theft in Kent County Superior Court on Tuesday.", "015"),
    ("The former bookkeeper pleaded not guilty in federal court to wire fraud.", "016"),
])
def test_a_plea_in_a_court_has_no_court_as_its_target(
        default_coder: Coder, nlp: Language, text: str, code: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == code and s.endswith("CRM") and t == "" for s, c, t, _ in found), found
    assert not any(c == code and t for _, c, t, _ in found), found


@pytest.mark.parametrize(("text", "code"), [
    ("A Leeds man pleaded guilty to assaulting a police officer outside a pub.", "015"),
    ("The teenager pleaded not guilty to the murder of a shopkeeper in Bradford.", "016"),
])
def test_a_plea_has_no_victim_of_the_charge_as_its_target(
        default_coder: Coder, nlp: Language, text: str, code: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == code and t == "" for _, c, t, _ in found), found
    assert not any(c == code and t for _, c, t, _ in found), found


def test_a_plea_for_mercy_to_a_court_is_no_plea_of_guilt(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The Kenyan opposition leader pleaded with the court for mercy.")
    assert not any(c in ("015", "016") for _, c, _, _ in found), found
