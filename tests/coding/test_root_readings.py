"""Root confusions read as classes: agreeing with someone to act is an intent (03x), not
accord with their view (019); refusing a future meeting is a rejection (125), a meeting that
did not take place is only denied.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize("text", [
    "Norway agreed with Sweden to build a bridge across the fjord.",
    "The Kenyan minister agreed with his Ugandan counterpart to reopen the border crossing.",
])
def test_agreeing_with_someone_to_act_is_an_intent(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c.startswith("03") and t for _, c, t, _ in found), found
    assert not any(c == "019" for _, c, _, _ in found), found


def test_agreeing_with_someones_view_is_accord(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Norway agreed with Sweden's criticism of the plan.")
    assert any(c == "019" for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The Chilean president will not meet the Peruvian foreign minister.",
    "The Chilean president won't meet the Peruvian foreign minister.",
    "The rebels said they would not negotiate with the Malian government.",
])
def test_a_meeting_someone_will_not_hold_is_a_refusal(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == "125" and t for _, c, t, _ in found), found


def test_a_meeting_that_did_not_happen_is_denied_not_refused(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The Chilean president did not meet the Peruvian foreign minister.")
    assert not any(c == "125" for _, c, _, _ in found), found
    assert all(m == "denied" for _, c, _, m in found if c.startswith("04")), found


@pytest.mark.parametrize(("text", "expected"), [
    # proposing or vowing sanctions is a threat of them (1312), not a bare intent (030)
    ("The Chilean president proposed new tariffs on Argentine wine.", ("CHLGOV", "1312", "ARG")),
    ("The Chilean president proposed lifting sanctions on Venezuela.", ("CHLGOV", "0354", "VEN")),
    # legal proceedings opened against someone are a legal action (115)
    ("The European Commission opened infringement proceedings against Hungary.", ("IGOEEC", "115", "HUN")),
    ("Prosecutors opened a case against the former Peruvian president.", ("PERJUD", "115", "PERGOV")),
])
def test_news_phrases_take_their_codebook_code(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any((s, c, t) == expected for s, c, t, _ in found), found


@pytest.mark.parametrize("text", [
    "The Kenyan president would not say whether he would meet the Ugandan president.",
    "Reporters asked the Kenyan president whether Kenyan troops had attacked the Somali town.",
    "Officials will check if the Kenyan company violated the embargo on Eritrea.",
])
def test_what_an_open_question_asks_about_is_not_stated(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert all(m == "hypothetical" for _, c, _, m in found if c[:2] in ("03", "04", "19", "12", "16")), found


@pytest.mark.parametrize("text", [
    "The Zambian embassy had no comment.",
    "A spokesman for the Zambian army had no immediate comment on the report.",
])
def test_having_no_comment_declines_comment(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == "011" and s.startswith("ZMB") for s, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The Zambian army held its annual drills near the border in March.",
    "Zambian officials will hold a public forum on March 12 at the town hall.",
])
def test_a_month_is_no_march(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c == "141" for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Zambian teachers staged a march in the capital.", "141"),
    ("The armies of Zambia and Malawi staged joint war games near the lake.", "062"),
    ("The Zambian army held war games near the Malawian border.", "150"),
    ("The Swiss bank gave account information to the Zambian government.", "064"),
])
def test_news_acts_take_their_codebook_code(
        default_coder: Coder, nlp: Language, text: str, expected: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == expected for _, c, _, _ in found), found


def test_a_feeling_in_the_passive_is_no_comment_by_its_agent(default_coder: Coder, nlp: Language) -> None:
    # the worry is the minister's (a participle of feeling, news63), never the navy's
    found = _coded(default_coder, nlp, "The Peruvian minister was worried by the Chilean navy's exercises.")
    assert not any(c in ("012", "013") and s.startswith("CHL") for s, c, _, _ in found), found
    assert ("PERGOV", "012", "CHLMIL", "asserted") in found, found


def test_what_someone_hopes_another_will_do_is_hypothetical(default_coder: Coder, nlp: Language) -> None:
    # spaCy lemmatises "hopes" as "hop": the governing verb is known by its stem
    found = _coded(default_coder, nlp, "Peru hopes that Chile will reopen the border.")
    acts = [m for _, c, _, m in found if c.startswith(("03", "08"))]
    assert acts and all(m == "hypothetical" for m in acts), found


def test_a_participle_on_a_noun_under_a_wish_is_stated(default_coder: Coder, nlp: Language) -> None:
    text = "Chile rejected a Peruvian request to release three fishermen detained by the Chilean navy."
    found = _coded(default_coder, nlp, text)
    assert any(c.startswith("17") and m == "asserted" for _, c, _, m in found), found
