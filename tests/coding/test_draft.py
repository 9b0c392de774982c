"""Draft evasion (CAMEO 128) with the default dictionaries: verbs that refuse or escape a
call-up, and flight in a paragraph that has spoken of one."""

from __future__ import annotations

import datetime as dt

import pytest

from events.coding import Coder

pytestmark = pytest.mark.slow

WHEN = dt.date(2022, 10, 1)
Triple = tuple[int, "str | None", str, "str | None"]


@pytest.fixture(scope="module")
def coder(default_coder: Coder) -> Coder:
    return default_coder


def _coded(coder, nlp, text: str) -> list[Triple]:  # type: ignore[no-untyped-def]
    return [
        (e.sentence_index, e.source and e.source.code, e.event_code, e.target and e.target.code)
        for e in coder.code(nlp(text), when=WHEN)
    ]


def test_refusing_the_mobilization_defies_the_government(coder, nlp) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(coder, nlp, "Many Belarusian men refuse the mobilization.")
    assert coded == [(0, "BLRCVL", "128", "BLRGOV")]


def test_fleeing_to_avoid_the_draft_is_one_event(coder, nlp) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(coder, nlp, "Thousands of Serbian men fled to Hungary to avoid the draft.")
    assert [c for c in coded if c[2] == "128"] == [(0, "SRBCVL", "128", "SRBGOV")]


def test_the_evaded_mobilization_is_not_the_evaders_own(coder, nlp) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(coder, nlp, "Thousands of Serbs fled the mobilization.")
    assert all(code != "154" for _, _, code, _ in coded)


@pytest.mark.parametrize("flight", ["Several thousand people are trying to flee.",
                                    "Thousands of people are still trying to leave by any means."])
def test_flight_later_in_the_paragraph_is_draft_evasion(coder, nlp, flight: str) -> None:  # type: ignore[no-untyped-def]
    text = "Serbia announced a partial mobilization on Monday. " + flight
    assert (1, "SRBCVL", "128", "SRBGOV") in _coded(coder, nlp, text)


def test_flight_noun_after_a_draft_sentence(coder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Few Serbs answer the call-up in Serbia. Queues at the border show the size of this exodus."
    assert (1, "SRBCVL", "128", "SRBGOV") in _coded(coder, nlp, text)


def test_reviving_a_conflict_is_not_fighting_it(coder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Serbia is abandoning the Balkans, reviving two military conflicts in the area."
    coded = _coded(coder, nlp, text)
    assert all(code[:2] != "19" for _, _, code, _ in coded)


@pytest.mark.parametrize("text", [
    pytest.param("Serbia announced a partial mobilization on Monday. "
                 "Its foreign minister left the meeting early.", id="leaving-a-meeting"),
    pytest.param("Serbia announced a partial mobilization on Monday.\n\n"
                 "Thousands of people fled the floods.", id="new-paragraph"),
    pytest.param("Serbia announced a partial mobilization on Monday. Most men did not flee.",
                 id="negated-flight"),
    pytest.param("Thousands of Serbs fled the floods.", id="no-draft"),
    pytest.param("Serbia rejected the draft resolution of France.", id="draft-resolution"),
    pytest.param("The Serbian opposition mobilised its supporters in Belgrade. "
                 "Many fled when police charged.", id="mobilised-supporters"),
])
def test_no_draft_evasion(coder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(code != "128" for _, _, code, _ in _coded(coder, nlp, text))
