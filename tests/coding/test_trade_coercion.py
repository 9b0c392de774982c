"""Coercion between states in trade news: plans made public, tariffs raised, sanctions being
prepared, and the forum a trade dispute is brought before.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    # a plan to impose sanctions that its author makes public threatens them (1312)
    ("Beijing announced plans to impose tariffs on Japanese electronics.", ("CHNGOV", "1312", "JPN")),
    ("The Turkish government unveiled a plan to tax Greek imports.", ("TURGOV", "1312", "GRC")),
    # and a plan to meet is the intent to meet (036)
    ("Japan announced plans to hold talks with South Korea.", ("JPN", "036", "KOR")),
])
def test_what_an_announced_plan_says_is_its_authors_intended_act(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert (*expected, "asserted") in _coded(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The EU announced plans to impose sanctions on Belarus.",
    "Beijing announced plans to impose tariffs on Japanese electronics.",
])
def test_an_announced_plans_measure_is_no_measure_of_the_announcement(
        default_coder: Coder, nlp: Language, text: str) -> None:
    # the plan's infinitive codes it (1312); the announcement's noun patterns do not read it
    found = _coded(default_coder, nlp, text)
    assert not any(c == "163" for _, c, _, _ in found), found
    assert any(c == "1312" for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Beijing has no plans to impose tariffs on Japanese electronics.",
    "Germany denied plans to impose sanctions on Turkey.",
])
def test_a_plan_no_one_has_or_announces_threatens_nothing(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith(("13", "16")) for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Canada raised tariffs on Chinese steel on Monday.", ("CAN", "163", "CHN")),
    ("Seoul hiked duties on Japanese cars last week.", ("KORGOV", "163", "JPN")),
])
def test_raising_tariffs_on_a_countrys_goods_is_a_sanction(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert (*expected, "asserted") in _coded(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The city raised taxes on residents.",
    "The company raised prices on its products.",
])
def test_raising_taxes_or_prices_at_home_is_no_sanction(
        default_coder: Coder, nlp: Language, text: str) -> None:
    assert not _coded(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union is drafting new sanctions on Belarus.", ("IGOEEC", "1312", "BLR")),
    ("Australia is studying measures against Vietnam.", ("AUS", "1312", "VNM")),
])
def test_preparing_sanctions_against_a_country_threatens_it(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert (*expected, "asserted") in _coded(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "target"), [
    ("Officials imposed sanctions against Iran's central bank.", "IRNGOV"),
    ("Officials are drafting new sanctions on Iran.", "IRN"),
])
def test_officials_who_sanction_a_country_are_not_of_that_country(
        default_coder: Coder, nlp: Language, text: str, target: str) -> None:
    found = _coded(default_coder, nlp, text)
    sanctions = [(s, t) for s, c, t, _ in found if c in ("163", "1312")]
    assert sanctions and all(t == target and not s.startswith("IRN") for s, t in sanctions), found


@pytest.mark.parametrize("text", [
    "Brussels launched a formal dispute at the World Trade Organization over the steel tariffs.",
    "Ghana lodged a complaint at the World Trade Organization.",
])
def test_the_forum_a_dispute_is_brought_at_is_not_its_target(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c.startswith("11") for _, c, _, _ in found), found
    assert not any(t.startswith("IGOWTO") for _, _, t, _ in found), found


def test_a_complaint_over_a_countrys_tariffs_is_against_that_country(
        default_coder: Coder, nlp: Language) -> None:
    text = "Peru filed a complaint with the World Trade Organization over Chilean tariffs."
    found = _coded(default_coder, nlp, text)
    assert ("PER", "114", "CHLGOV", "asserted") in found, found  # tariffs: a government's


@pytest.mark.parametrize("text", [
    "The university announced its intention to confer honorary degrees on the governor and two ministers.",
    "The minister conferred the national honour on three Kenyan athletes.",
])
def test_conferring_a_degree_or_honour_is_no_consultation(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("03") or c.startswith("04") for _, c, _, _ in found), found

