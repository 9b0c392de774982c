"""Opening datelines (events.dateline)."""

from __future__ import annotations

from events.dateline import dateline_end


def test_wire_dateline_ends_after_its_dash() -> None:
    text = "KHARKIV, Ukraine, Sept. 13, 2022 — Russian artillery shelled the city."
    assert text[dateline_end(text) :].strip() == "Russian artillery shelled the city."


def test_an_ordinary_opening_with_a_dash_is_no_dateline() -> None:
    assert dateline_end("Moscow, which denies it, says — again — that nothing happened.") == 0
