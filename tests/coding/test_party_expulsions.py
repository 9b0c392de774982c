"""A party expelling its members cuts them off from the party (CAMEO 160, as "expelled from
the party"), no deportation (174); a state expelling diplomats or reporters still expels
them (``events.coding.senses.party_expulsions``).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Britain's Conservative Party expelled the MP after the expenses scandal.",
     ("GBRPTY", "160", "GBRLEG")),
    ("South Africa's ruling party expelled two lawmakers who had voted with the opposition.",
     ("ZAFGOV", "160", "ZAFLEG")),
])
def test_a_party_expelling_a_member_is_no_deportation(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = {(s, c, t) for s, c, t, _ in _coded(default_coder, nlp, text)}
    assert expected in found, found
    assert not any(c == "174" for _, c, _ in found), found


def test_a_state_expelling_people_from_its_territory_still_deports(
        default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp,
                   "Ethiopia's government expelled three aid workers from the Tigray region.")
    assert not any(c == "160" for _, c, _, _ in found), found
