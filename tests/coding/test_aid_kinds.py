"""The kind of aid named beats a count (the verb dictionary's aid blocks list the money
pattern after the military and humanitarian ones): "2 million doses of vaccine" or "food to 3
million people" is humanitarian aid (073), not money (071); money alone stays 071.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("France donated 3 million doses of vaccine to Senegal.", ("FRA", "073", "SEN")),
    ("Ghana received 600,000 doses of vaccine from Britain last week.", ("GBR", "073", "GHA")),
    ("Norway gave $40 million in humanitarian assistance to Somalia.", ("NOR", "073", "SOM")),
    ("Qatar provided 2 million euros to Tunisia.", ("QAT", "071", "TUN")),
])
def test_the_aid_named_sets_its_kind(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found
