"""Opening datelines (events.dateline)."""

from __future__ import annotations

from events.dateline import dateline_end


def test_wire_dateline_ends_after_its_dash() -> None:
    text = "KHARKIV, Ukraine, Sept. 13, 2022 — Russian artillery shelled the city."
    assert text[dateline_end(text) :].strip() == "Russian artillery shelled the city."


def test_an_ordinary_opening_with_a_dash_is_no_dateline() -> None:
    assert dateline_end("Moscow, which denies it, says — again — that nothing happened.") == 0


def test_a_place_in_capitals_alone_before_a_dash_is_a_dateline() -> None:
    for text in ("LIMA — Miners blocked the highway.", "SAN JOSE (AP) - Miners blocked the highway.",
                 "LIMA—Miners blocked the highway."):
        assert text[dateline_end(text) :].strip() == "Miners blocked the highway.", text


def test_an_acronym_or_a_capitalised_word_before_a_dash_is_no_dateline() -> None:
    assert dateline_end("US - China talks resumed on Monday.") == 0
    assert dateline_end("Lima — the capital — was quiet.") == 0


def test_an_acronym_whose_dash_opens_an_aside_is_no_dateline() -> None:
    assert dateline_end("NATO - with its partners - condemned the blockade.") == 0
