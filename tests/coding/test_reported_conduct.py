"""A reported clause that grades its subject's conduct or says it deceived or abused a trust:
"said France had acted irresponsibly" (111), "said the police had acted heroically" (051),
"said the opposition was playing politics" (111), "said Iran was lying about its programme",
"said the president had abused his power", "said the media were spreading lies" (112).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded, _has


@pytest.mark.parametrize(("text", "expected"), [
    ("The Dutch prime minister said Belgium had acted irresponsibly.", ("NLDGOV", "111", "BEL")),
    ("The Egyptian foreign minister said Ethiopia had behaved badly in the talks.", ("EGYGOV", "111", "ETH")),
    ("The Kenyan president said the Ugandan army had acted heroically.", ("KENGOV", "051", "UGAMIL")),
    ("The Ghanaian president said Togo's opposition was playing politics with the floods.",
     ("GHAGOV", "111", "TGOOPP")),
])
def test_conduct_graded_in_a_reported_clause_judges_its_subject(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Israeli foreign minister said Syria was lying about its weapons.", ("ISRGOV", "112", "SYR")),
    ("The Peruvian opposition said the president had abused his power.", ("PEROPP", "112", "PERGOV")),
    ("The Venezuelan president said Colombia was spreading lies.", ("VENGOV", "112", "COL")),
])
def test_deceit_or_abuse_in_a_reported_clause_is_an_accusation(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize("text", [
    "Police said the injured cyclist was lying on the road.",
    "Police said the driver had acted quickly.",
])
def test_lying_in_a_place_or_a_plain_manner_judges_no_one(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c in ("111", "112", "051") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Armenian prime minister said Russia had betrayed Armenia.", ("ARMGOV", "112", "RUS")),
    ("France has betrayed Mali, the Malian prime minister said.", ("MLIGOV", "112", "FRA")),
])
def test_a_betrayal_reported_is_an_accusation_of_the_betrayer(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found
    assert not any(c.startswith("16") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Honduran opposition said the president had failed the country.", ("HNDOPP", "111", "HNDGOV")),
    ("\"The Haitian government has failed its people,\" the Canadian minister said.", ("", "111", "HTIGOV")),
])
def test_failing_people_in_a_reported_clause_is_criticism(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


def test_failing_a_test_judges_no_one(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Police said the driver had failed a breath test.")
    assert not any(c == "111" for _, c, _, _ in found), found
