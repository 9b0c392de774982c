"""An event noun a modifier says has not happened is no event ("threatened sanctions", "the
proposed talks", "future talks with Iran"), unless a verb now carries it out ("began the
threatened offensive", "launched the feared offensive") (events.coding.nominal).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "root"), [
    ("ECOWAS threatened sanctions against Mali.", "16"),
    ("The proposed talks between Serbia and Kosovo were welcomed by the European Union.", "04"),
    ("Exporters in Chile are waiting for the prospective trade talks with India.", "04"),
])
def test_an_event_noun_that_has_not_happened_is_no_event(
        default_coder: Coder, nlp: Language, text: str, root: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith(root) for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Rwandan troops mounted the threatened incursion into eastern Congo on Sunday.",
     ("RWAMIL", "190", "COD")),
    ("Nigeria's army launched the feared offensive against Boko Haram.", ("NGAMIL", "190", "NGAREB")),
])
def test_a_feared_or_threatened_act_carried_out_is_an_event(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    source, code, target = expected
    assert any(s == source and c == code and t.startswith(target) for s, c, t, _ in found), found
