"""A court that rules, finds or determines that another actor's act is unconstitutional,
unlawful, illegal or invalid rejects it (CAMEO 120), aimed at the act's owner; "the city's" or
"the state's" act is its local government's. Findings about no one's act, or by anyone but a
court, are no rejection (``events.coding.annulments.ruled_invalid``, the FIND block). A place no
dictionary names as an actor that owns an act struck down, blocked or ruled unlawful ("Idaho's
new abortion law") is its government (``annulments._local_owner``).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Bolivia's Constitutional Court ruled on Wednesday that the president's mining decree was"
     " unconstitutional.", ("BOLJUD", "120", "BOLGOV")),
    ("A court in Lagos found that the governor's ban on street hawkers was unlawful.",
     ("NGAJUD", "120", "NGAGOV")),
])
def test_a_court_ruling_anothers_act_invalid_rejects_its_owner(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


@pytest.mark.parametrize("text", [
    "A judge ruled on Friday that the city's ban on food trucks was unlawful.",
    "The appeals court found that the county's new zoning rules were illegal.",
])
def test_the_city_or_county_owning_the_act_is_its_government(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == "120" and t.endswith("GOV") and s.endswith("JUD") for s, c, t, _ in found), found


@pytest.mark.parametrize("text", [
    "Detectives found that the driver was carrying an illegal handgun.",
    "The judge ruled that the search of the trailer was illegal.",
    "The Taliban ruled the province illegally for five years.",
])
def test_findings_about_no_ones_act_or_by_no_court_are_no_rejection(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c == "120" for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "A federal appeals court struck down Idaho's new abortion law on Tuesday.",
    "A judge in Toronto blocked Manitoba's new rules on rental housing.",
])
def test_a_place_owning_a_struck_down_act_is_its_government(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == "120" and t.endswith("GOV") and s.endswith("JUD") for s, c, t, _ in found), found


def test_a_place_owning_an_act_ruled_unlawful_is_its_government(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp,
                   "A state judge ruled on Thursday that Oregon's ban on self-service petrol was unlawful.")
    assert any(c == "120" and t.endswith("GOV") and s.endswith("JUD") for s, c, t, _ in found), found
