"""What one looks forward to or is committed to doing ("looks forward to working with X", "is
committed to helping Y") is an intent of the one who says so: the act is to come (intended),
the undertaking's subject acts (no passive), and the intent (03x) is aimed at the act's partner.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "code"), [
    ("The governor said she looks forward to meeting the new Mexican ambassador.", "040"),
    ("Finland looks forward to deepening its cooperation with Estonia.", "050"),
    ("Australia is committed to working with Indonesia on people smuggling.", "050"),
    ("'We look forward to continue cooperating with the Red Cross,' the minister said.", "050"),
])
def test_what_one_looks_forward_to_is_to_come(
        default_coder: Coder, nlp: Language, text: str, code: str) -> None:
    found = _coded(default_coder, nlp, text)
    acts = [m for _, c, _, m in found if c == code]
    assert acts and all(m == "intended" for m in acts), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Norway is committed to helping Sudan.", ("NOR", "033", "SDN")),
    ("Ghana is committed to deepening trade ties with Nigeria.", ("GHA", "0311", "NGA")),
])
def test_one_committed_to_an_act_is_its_source(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any((s, c, t) == expected for s, c, t, _ in found), found


@pytest.mark.parametrize(("text", "partner"), [
    ("'We look forward to continue cooperating with the Red Cross,' the minister said.", "NGOIRC"),
    ("'I look forward to continue cooperating with the Kenyan government,' the ambassador said.", "KENGOV"),
])
def test_the_intent_is_aimed_at_the_partner_of_the_act(
        default_coder: Coder, nlp: Language, text: str, partner: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c.startswith("03") and t == partner for _, c, t, _ in found), found
