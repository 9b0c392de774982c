"""Refusals told by an infinitive the dictionaries do not code (CAMEO 120): whom the refused
act is done to, the infinitive's object or a name in its phrase, is the rejection's target
("refused to approve the new cabinet") (``events.coding.roles``).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Tunisia's parliament refused to approve the new cabinet on Friday.", ("TUNLEG", "120", "TUNGOV")),
    ("The Texas legislature refused to extend the governor's emergency powers.",
     ("USALEG", "120", "USAGOV")),
    ("Nigeria's senate refused to approve the president's ministerial nominees.",
     ("NGALEG", "120", "NGAGOV")),
])
def test_the_object_of_a_refused_act_is_the_target(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = {(s, c, t) for s, c, t, _ in _coded(default_coder, nlp, text)}
    assert expected in found, found
