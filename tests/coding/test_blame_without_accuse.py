"""Blame laid without a verb of accusing: a speaker who says another actor refused to act,
defied a duty or a ruling, or did not pay or fulfil what it owed accuses that actor (112).
Refusing comment or harm, a forecast, a passive and the speaker's own refusal or debt blame
no one.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded, _has


def _accusations(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str, str]]:
    return {f for f in found if f[1].startswith("112")}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ghanaian foreign ministry said Togo had refused to extend the fishing permits.",
     ("GHAGOV", "112", "TGO")),
    ("Armenia's prime minister said Azerbaijan had refused to return the detained soldiers.",
     ("ARMGOV", "112", "AZE")),
])
def test_a_reported_refusal_accuses_the_one_who_refused(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize("text", [
    "Zambian police said the driver refused to comment on the collision.",
    "The Bolivian ombudsman said the soldiers had refused to fire on the marchers.",
    "Ecuador said it would refuse to sign the fisheries accord.",
    "The Latvian finance minister said he had refused to approve the loan.",
])
def test_refusing_comment_or_harm_a_forecast_or_ones_own_refusal_accuses_no_one(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not _accusations(found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Sudan said Chad had ignored its obligations under the border security pact.",
     ("SDN", "112", "TCD")),
    ("The Hungarian opposition said the government had flouted the constitutional court's ruling.",
     ("HUNOPP", "112", "HUNGOV")),
])
def test_a_duty_or_ruling_said_to_be_defied_accuses_the_defier(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


def test_ignoring_what_is_no_duty_accuses_no_one(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The Slovak minister said Hungary had ignored the reporters.")
    assert not _accusations(found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The nurses' union said the health ministry had not paid the overtime it promised in January.",
     ("---HLHLAB", "112", "---GOVHLH")),
    ("Cyprus said Turkey had not met its obligations under the 1974 ceasefire arrangements.",
     ("CYP", "112", "TUR")),
    ("The Malawian farmers' federation said the government had never paid the subsidies for the harvest.",
     ("", "112", "MWIGOV")),
])
def test_what_is_owed_said_to_be_unpaid_or_unfulfilled_accuses_the_debtor(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize("text", [
    "The Kenyan ministry said it had not paid the bonuses.",
    "The Kenyan ministry said the contractors had not been paid.",
    "The Japanese embassy said the ambassador had not delivered the speech.",
    "The Kenyan ministry said the treasury would not pay the bonuses.",
])
def test_ones_own_debt_a_passive_a_forecast_or_nothing_owed_accuses_no_one(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not _accusations(found), found


def test_blame_a_report_lays_has_no_source(default_coder: Coder, nlp: Language) -> None:
    text = "The Norwegian port authority is to blame for the delays, the report said."
    found = _coded(default_coder, nlp, text)
    assert _accusations(found), found
    assert all(s == "" for s, _, _, _ in _accusations(found)), found


def test_a_blamed_violation_keeps_the_speaker_as_its_target(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Georgia said Abkhaz separatists had violated the ceasefire.")
    accusations = _accusations(found)
    assert len(accusations) == 1, found
    assert any(c == "196" and t == "GEO" for _, c, t, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Zambian opposition said the energy ministry had neglected its duty to maintain the dams.",
     ("ZMBOPP", "112", "ZMBGOV")),
    ("The Nepali government said India had shirked its obligations under the water treaty.",
     ("NPLGOV", "112", "IND")),
])
def test_a_duty_said_to_be_neglected_or_shirked_accuses_the_neglecter(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Nigerian labour congress said the government had reneged on the minimum wage deal.",
     ("", "112", "NGAGOV")),
    ("Hungary said Slovakia had broken the agreement on the Danube dams.", ("HUN", "112", "SVK")),
])
def test_a_deal_said_to_be_broken_accuses_the_breaker(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Peruvian opposition said the government had ignored concerns raised by farmers.",
     ("PEROPP", "112", "PERGOV")),
    ("Ugandan rights groups said the police had ignored warning signs before the riot.",
     ("", "112", "UGACOP")),
])
def test_ignored_concerns_or_warning_signs_accuse_the_one_who_ignored_them(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found
