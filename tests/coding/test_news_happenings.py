"""Classes of "what happened" errors found on invented news paragraphs, each with sentences
written for these tests (none comes from a dev or gold set): forecasts read as threats,
court verdicts, reciprocal signings, the purpose of a cooperation, meetings named by a noun,
and a passive killing whose agent acts in a "when" clause."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2022, 5, 2)
Coded = tuple[str, str, str]


def _coded(coder: Coder, nlp: Language, text: str) -> set[Coded]:
    return {
        (e.source.code if e.source else "", e.event_code, e.target.code if e.target else "")
        for e in coder.code(nlp(text), when=WHEN)
    }


# ------------------------------------------------- a forecast is no threat


@pytest.mark.parametrize(("text", "source"), [
    ("Nigeria warned that the strikes would trigger a wider war in the region.", "NGA"),
    ("The ministry warned that the sanctions would ruin small farmers.", "---GOV"),
    ("Chile's interior minister warned that the arms shipments would drag the region into war.", "CHLGOV"),
])
def test_a_warning_of_what_others_cause_is_a_pessimistic_comment(
    default_coder: Coder, nlp: Language, text: str, source: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert (source, "012", "") in found, found
    assert not any(c.startswith("13") for _, c, _ in found), found


@pytest.mark.parametrize(("text", "source"), [
    ("Serbia warned that its army would use force if Kosovo police entered the north.", "SRB"),
    ("Egypt warned that any attack on its dam would be met with force.", "EGY"),
    ("Poland warned Belarus that it would use force to protect its border.", "POL"),
])
def test_a_warning_of_ones_own_act_stays_a_threat(
    default_coder: Coder, nlp: Language, text: str, source: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(s == source and c.startswith("13") for s, c, _ in found), found
