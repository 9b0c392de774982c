"""Joint exercises named by a noun (the nominal stage's EXERCISES_NOUN block and
:func:`events.coding.nominal.joint_act`): whatever verb holds them ("began", "staged",
"wrapped up"), the sides that do them together cooperate militarily (062) with each other.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "pair"), [
    ("Senegal and Morocco began a two-week joint air force exercise on Monday.", ("SEN", "MAR")),
    ("Bulgaria and Romania staged joint air force manoeuvres over the Black Sea.", ("BGR", "ROU")),
    ("Colombia and Ecuador wrapped up joint military drills near the border on Friday.", ("COL", "ECU")),
])
def test_the_sides_of_joint_exercises_are_each_others_partners(
        default_coder: Coder, nlp: Language, text: str, pair: tuple[str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    a, b = pair
    assert (a, "062", b, "asserted") in found, found
    assert (b, "062", a, "asserted") in found, found


def test_joint_exercises_agreed_on_are_not_yet_held(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Oman and Britain agreed to stage a joint naval exercise next year.")
    assert not any(c == "062" and m == "asserted" for _, c, _, m in found), found


def test_joint_air_strikes_do_not_strike_the_partner(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Iraqi and American aircraft carried out joint air strikes overnight.")
    assert not any(c.startswith("19") and s[:3] == "IRQ" and t[:3] == "USA" for s, c, t, _ in found), found
