""""Executive" as an adjective names no business person: the governor who signs an
executive order is who bans, not a "BUS" actor read off the order (``events.coding.actors``,
``ADJECTIVE_SENSES``); "the executive" as a noun still is one.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


def test_an_executive_order_is_its_signers_act(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp,
                   "The governor of Ohio signed an executive order banning gatherings of fifty people.")
    assert any(c.startswith("172") and s.endswith("GOV") for s, c, _, _ in found), found
    assert not any(s.endswith("BUS") for s, _, _, _ in found), found


def test_the_executive_as_a_noun_is_still_a_business_person(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "A bank executive criticized the central bank's new rules.")
    assert any(s.endswith("BUS") and c == "111" for s, c, _, _ in found), found
