"""Acts a verb of stopping governs ("stopped selling arms to X", "halted supplying gas"):
the act ended, it was not done. Ended aid, trade or talks are cuts in relations (16x);
any other act ended is not done (denied, in mentions only).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "code", "gone"), [
    ("Algeria ceased supplying gas to Morocco last year.", "1621", "06"),
    ("The charity stopped delivering food aid to the camps after the raid.", "1623", "07"),
])
def test_ended_aid_or_trade_is_a_cut(
        default_coder: Coder, nlp: Language, text: str, code: str, gone: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == code and m == "asserted" for _, c, _, m in found), found
    assert not any(c.startswith(gone) and m in ("asserted", "reported") for _, c, _, m in found), found


@pytest.mark.parametrize("text", [
    "Chile suspended sending police instructors to Haiti.",
    "Norway stopped selling patrol boats to Sri Lanka in March.",
    "The rebels stopped attacking convoys on the northern road in June.",
])
def test_any_other_ended_act_is_not_done(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith(("06", "15", "18", "19")) and m in ("asserted", "reported")
                   for _, c, _, m in found), found


def test_ending_ones_own_attacks_is_a_de_escalation(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The rebels stopped attacking convoys on the northern road in June.")
    assert any(c == "087" for _, c, _, _ in found), found
