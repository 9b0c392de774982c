"""What two sides agree on is no side of their deal (:func:`events.coding.roles._deal_topic`):
"A and B signed a deal on migrants" is A's deal with B, not with the migrants.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "pair"), [
    ("Spain and Morocco signed an accord on irregular migrants in Rabat.", ("ESP", "MAR")),
    ("Greece and the EU reached a deal on Afghan refugees on Thursday.", ("GRC", "IGOEEC")),
    ("Chad and Niger signed a memorandum on displaced people along their border.", ("TCD", "NER")),
])
def test_the_sides_of_a_deal_on_a_topic_are_each_others_partners(
        default_coder: Coder, nlp: Language, text: str, pair: tuple[str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    a, b = pair
    assert any((s, t) == (a, b) and c == "057" for s, c, t, _ in found), found
    assert any((s, t) == (b, a) and c == "057" for s, c, t, _ in found), found
    assert not any(t.endswith("REF") for _, c, t, _ in found if c == "057"), found


def test_a_third_side_named_by_with_stays_the_partner(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Egypt and Sudan signed an agreement with Ethiopia on the dam.")
    assert any((s, c, t) == ("EGY", "057", "ETH") for s, c, t, _ in found), found
