"""How far a modal reaches (issue 14): over a conjunct the tagger read as a present ("could
face fines and *have* ...") and into what a causative verb's object undergoes ("have their
assets *frozen*").

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "code"), [
    ("Georgian banks could face heavy fines and have their assets frozen by the European Union.", "163"),
    ("Iranian tanker operators could be blacklisted and have their assets seized by the United States.",
     "1711"),
])
def test_a_modal_reaches_a_causative_conjunct(
        default_coder: Coder, nlp: Language, text: str, code: str) -> None:
    found = _coded(default_coder, nlp, text)
    acts = [m for _, c, _, m in found if c == code]
    assert acts and all(m == "hypothetical" for m in acts), found


@pytest.mark.parametrize(("text", "code"), [
    ("Georgian banks had their assets frozen by the European Union last year.", "163"),
    ("Two Iranian tanker operators had their assets seized by the United States on Friday.", "1711"),
])
def test_a_causative_in_the_past_tells_a_done_act(
        default_coder: Coder, nlp: Language, text: str, code: str) -> None:
    found = _coded(default_coder, nlp, text)
    acts = [m for _, c, _, m in found if c == code]
    assert acts and all(m == "asserted" for m in acts), found
