"""What an infinitive of deliberation ("to consider / study / review / examine ...") under
another verb weighs is not done by that verb: "ordered his commerce secretary to consider
tariffs" imposes no tariffs (no 163 of the order's "- * TARIFFS" pattern).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "done"), [
    ("The president ordered his commerce secretary to consider tariffs on Vietnamese solar panels.", "163"),
    ("The president ordered officials to review the arrest of the journalists.", "173"),
    ("The Kenyan president ordered the interior ministry to study the deportation of Somali refugees.",
     "174"),
    ("The governor ordered the attorney general to examine the release of the prisoners.", "0841"),
])
def test_what_an_order_has_weighed_is_not_done(
        default_coder: Coder, nlp: Language, text: str, done: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c == done for _, c, _, _ in found), found


def test_what_an_order_has_done_stays_done(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The president ordered the release of the jailed journalists.")
    assert any(c == "0841" and t.endswith("MED") for _, c, t, _ in found), found
