"""Background that is no new event (events.coding.background): a relative clause, a
participle or an event noun dated well before the article tells who someone is or what went
before, not the news of the article's week. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import event_codes

PUBLISHED = dt.date(2026, 3, 18)  # a Wednesday


def codes(coder: Coder, nlp: Language, text: str) -> list[str]:
    """The codes of ``text`` published on :data:`PUBLISHED`."""
    return event_codes(coder, nlp, text, when=PUBLISHED)


@pytest.mark.parametrize(("text", "old"), [
    ("A police sergeant who shot an unarmed teenager in 2021 was promoted to lieutenant on Tuesday.", "193"),
    ("A gang that robbed three banks in Ohio last year was sentenced on Tuesday.", "171"),
    ("The Ukrainian foreign minister, who met his Polish counterpart in Warsaw last month, urged the "
     "European Union to tighten sanctions on Russia.", "040"),
    ("Government troops raised the flag over Kidal, which Tuareg rebels seized in 2012.", "171"),
])
def test_a_relative_clause_dated_before_is_no_event(default_coder: Coder, nlp: Language, text: str,
                                                    old: str) -> None:
    assert old not in codes(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "news"), [
    ("Police arrested a man who stabbed a shopkeeper in east London on Monday.", "182"),
    ("Soldiers who stormed the radio station on Tuesday detained the information minister.", "190"),
])
def test_a_relative_clause_of_the_news_week_stays(default_coder: Coder, nlp: Language, text: str,
                                                  news: str) -> None:
    assert news in codes(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "old"), [
    ("The Georgian president met NATO officials in Brussels, fifteen years after the 2008 Russian "
     "invasion of Georgia.", "192"),
    ("During his visit to Beijing last year, the Brazilian president signed a trade accord.", "042"),
])
def test_an_event_noun_dated_before_is_no_event(default_coder: Coder, nlp: Language, text: str,
                                                old: str) -> None:
    found = codes(default_coder, nlp, text)
    assert old not in found
    assert found  # the news of the sentence stays (040, 057)


@pytest.mark.parametrize("text", [
    "A judge ruled that the police shooting of a motorist on Jan. 23 was justified.",
    "An inquest found that the police shooting of a student on Feb. 2 was lawful.",
])
def test_an_event_noun_the_story_is_about_stays(default_coder: Coder, nlp: Language, text: str) -> None:
    assert "193" in codes(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "old"), [
    ("A gang that robbed three banks in Ohio two years ago was sentenced on Tuesday.", "171"),
    ("A former guard who assaulted an inmate three years ago was hired by the county jail.", "182"),
])
def test_without_a_publication_date_how_long_ago_still_counts(default_coder: Coder, nlp: Language,
                                                              text: str, old: str) -> None:
    assert old not in [e.event_code for e in default_coder.code(nlp(text), when=None)]
