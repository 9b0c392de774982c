"""A vow, promise or agreement *not* to act ("pledged never to attack", "vowed not to resume
talks"): the negated infinitive names what is ruled out. No pattern of the vow reads it as
the intent (no threat of an attack, no intent to meet), and no intent or threat is combined
from it; a vow not to cooperate is a refusal (12x).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize("text", [
    "Iran pledged never to attack its neighbours.",
    "The junta promised not to use force against the strikers.",
    "The militia leader vowed not to shell the town again.",
])
def test_a_vow_not_to_use_force_is_no_threat(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith(("13", "17", "18", "19")) and m != "denied" for _, c, _, m in found), found


@pytest.mark.parametrize(("text", "code"), [
    ("The Kosovo prime minister vowed not to resume negotiations with Serbia.", "125"),
    ("The dock workers' union promised not to hold talks with the port authority.", "125"),
])
def test_a_vow_not_to_meet_is_a_refusal(default_coder: Coder, nlp: Language, text: str, code: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == code and m == "asserted" for _, c, _, m in found), found
    assert not any(c.startswith("03") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "code"), [
    ("Iran pledged to attack the tankers in the strait.", "138"),
    ("The government promised to resume negotiations with the teachers.", "036"),
])
def test_a_vow_to_act_keeps_its_intent(default_coder: Coder, nlp: Language, text: str, code: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c.startswith(code) and m == "asserted" for _, c, _, m in found), found
