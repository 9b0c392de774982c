"""Parties and firms as actors (issue 14): party names and party words are political parties
(PTY) of their country, two parties of one country are two actors, a party's people are the
party or hold their office, and the largest firms named alone are businesses of their
country, but not the cars, jets or phones named after their makers. Every sentence is
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)
Coded = tuple[str, str, str]


def _coded(coder: Coder, nlp: Language, text: str) -> set[Coded]:
    """(source, code, target) of every event of ``text``, "" for a missing side."""
    return {(e.source.code if e.source else "", e.event_code, e.target.code if e.target else "")
            for e in coder.code(nlp(text), when=WHEN)}


def _actors(coder: Coder, nlp: Language, text: str) -> set[str]:
    return {code for s, _, t in _coded(coder, nlp, text) for code in (s, t) if code}


# ------------------------------------------------ a party named by its name or a party word


@pytest.mark.parametrize(("text", "party"), [
    ("The Scottish National Party accused ministers of neglecting the fishing industry.", "GBRPTY"),
    ("The SNP accused ministers of neglecting the fishing industry.", "GBRPTY"),
    ("Likud accused the attorney general of meddling in politics.", "ISRPTY"),
    ("The AfD criticised the interior minister over the asylum figures.", "DEUPTY"),
    ("GOP strategists accused the governor of wasting the surplus.", "USAPTY"),
    ("The National Rally demanded the resignation of the finance minister.", "FRAPTY"),
])
def test_a_national_party_is_a_party_of_its_country(
    default_coder: Coder, nlp: Language, text: str, party: str
) -> None:
    assert party in _actors(default_coder, nlp, text), _coded(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "party"), [
    ("The Sweden Democrats accused the prime minister of ignoring rural voters.", "SWEPTY"),
    ("Germany's Christian Democrats criticised the chancellor over the pension reform.", "DEUPTY"),
    ("The Tories accused the chancellor of raising taxes by stealth.", "---PTY"),
    ("Democrats accused the governor of hiding the budget deficit.", "---PTY"),
    ("The Congress party accused the government of hiding inflation figures.", "---PTY"),
    ("The Indian National Congress accused the government of hiding inflation figures.", "INDPTY"),
])
def test_a_party_word_is_a_party(default_coder: Coder, nlp: Language, text: str, party: str) -> None:
    sources = {s for s, c, _ in _coded(default_coder, nlp, text) if c.startswith("11")}
    assert party in sources, _coded(default_coder, nlp, text)


# ------------------------------------------------------- two parties of one country are two


@pytest.mark.parametrize(("text", "coded"), [
    ("The AfD accused the CDU of betraying farmers in the east.", ("DEUPTY", "112", "DEUPTY")),
    ("Republicans accused Democrats of wasting taxpayer money on consultants.", ("---PTY", "112", "---PTY")),
    ("Germany's Christian Democrats rejected a coalition with the Alternative for Germany.",
     ("DEUPTY", "120", "DEUPTY")),
])
def test_two_parties_of_one_country_are_two_actors(
    default_coder: Coder, nlp: Language, text: str, coded: Coded
) -> None:
    assert coded in _coded(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The Democrats criticised the Democrats.",
    "The AfD praised the AfD.",
])
def test_one_party_named_twice_is_one_actor(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not {c for c in _coded(default_coder, nlp, text) if c[0] and c[0] == c[2]}


# ----------------------------------------------- a party's people: its voices and its office


@pytest.mark.parametrize(("text", "root", "source"), [
    ("An AfD spokesman criticised the chancellor over the budget.", "11", "DEUPTY"),
    ("GOP leaders urged the president to veto the spending bill.", "02", "USAPTY"),
    ("Senior Likud officials accused the attorney general of bias.", "11", "ISRPTY"),
])
def test_who_speaks_for_a_party_is_the_party(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    sources = {s for s, c, _ in _coded(default_coder, nlp, text) if c.startswith(root)}
    assert sources == {source}, _coded(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "root", "source"), [
    ("Likud lawmakers met the Egyptian ambassador in Jerusalem.", "04", "ISRLEG"),
    ("Two SNP MPs accused the defence secretary of misleading parliament.", "11", "GBRLEG"),
])
def test_a_party_member_named_by_office_holds_the_office(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    sources = {s for s, c, _ in _coded(default_coder, nlp, text) if c.startswith(root)}
    assert sources == {source}, _coded(default_coder, nlp, text)


# ---------------------------------------------------------------- firms and what they make


@pytest.mark.parametrize(("text", "coded"), [
    ("Pfizer sued a generic drugmaker in Delaware over a patent.", ("USABUS", "115", "---BUS")),
    ("The Justice Department sued Microsoft over its cloud contracts.", ("USAJUD", "115", "USABUS")),
    ("Beijing regulators fined Alibaba for abusing its market position.", ("CHNGOV", "1721", "CHNBUS")),
])
def test_a_large_firm_named_alone_is_a_business_of_its_country(
    default_coder: Coder, nlp: Language, text: str, coded: Coded
) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c[0] == coded[0] and c[1][:2] == coded[1][:2] and c[2] == coded[2] for c in found), found


@pytest.mark.parametrize("text", [
    "His Toyota Corolla hit a parked van on Elm Street.",
    "The Toyota struck a parked van, police said.",
    "Rebels shot down a Boeing 737 over the desert.",
    "Thieves snatched a Samsung phone from a tourist outside the station.",
])
def test_a_product_named_after_its_maker_is_no_firm(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not {code for code in _actors(default_coder, nlp, text) if code.endswith("BUS")}, (
        _coded(default_coder, nlp, text)
    )


@pytest.mark.parametrize("text", [
    "Boeing agreed to pay $200 million to settle charges with the Justice Department.",
    "Toyota signed a battery supply deal with the Kenyan government.",
])
def test_a_maker_named_as_the_subject_stays_the_firm(default_coder: Coder, nlp: Language, text: str) -> None:
    assert any(s.endswith("BUS") and t for s, _, t in _coded(default_coder, nlp, text)), (
        _coded(default_coder, nlp, text)
    )
