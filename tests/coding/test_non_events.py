"""Acts that are not political events (issue 14): what the coder must leave out of the
events of real news. Sentences written for these tests; none comes from a dev or gold set."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2021, 3, 1)


def _codes(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {(e.source.code if e.source else "", e.event_code, e.target.code if e.target else "")
            for e in coder.code(nlp(text), when=WHEN)}


@pytest.mark.parametrize("text", [
    "Local farmers sell most of their apples at the weekend market.",
    "Small investors invested less this year, the bank said.",
    "A Kenyan trader sold maize at the border market.",
])
def test_trade_with_no_partner_is_business_not_an_event(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert not {c for c in _codes(default_coder, nlp, text) if c[1] in ("060", "061")}


@pytest.mark.parametrize(("text", "coded"), [
    ("China invested heavily in Kenyan railways.", ("CHN", "061", "KEN")),
    ("Germany expanded trade with Poland last year.", ("DEU", "061", "POL")),
    ("Chinese firms invested $2 billion in Zambia.", ("CHNBUS", "061", "ZMB")),
])
def test_trade_with_a_partner_is_economic_cooperation(
    default_coder: Coder, nlp: Language, text: str, coded: tuple[str, str, str]
) -> None:
    assert coded in _codes(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    '"We will have to wait for the harvest," the farmer said.',
    "The mayor said the bridge should be repaired before winter.",
    '"There must be calm on both sides," the envoy said.',
])
def test_saying_what_should_happen_demands_nothing_of_anyone(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert not {c for c in _codes(default_coder, nlp, text) if c[1].startswith("10")}


@pytest.mark.parametrize(("text", "coded"), [
    ("Protesters said he must resign.", ("---OPP", "100", "")),  # someone is told to go
    ("The minister said Serbia must hand over the suspects.", ("SRBGOV", "1013", "SRB")),
    ("Rebels said the prisoners must be released before talks.", ("---REB", "1052", "---CVL")),
])
def test_a_demand_made_of_someone_or_for_an_act_stays(
    default_coder: Coder, nlp: Language, text: str, coded: tuple[str, str, str]
) -> None:
    assert coded in _codes(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "Asked about the deal, the minister said talks would continue.",
    "When asked whether he would run again, the governor said he had not decided.",
    "Invited to the summit, Kenya sent its foreign minister.",
    "Charged with arson, the man was held overnight.",
])
def test_the_one_asked_invited_or_charged_is_not_the_actor_of_the_participle(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    codes = {c[1][:2] for c in _codes(default_coder, nlp, text)}
    assert not codes & {"02", "17"}
