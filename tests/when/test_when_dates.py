"""Event dates resolved against the publication date (events.when.resolve_date)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.when import resolve_date

pytestmark = pytest.mark.slow


def _when(nlp: Language, text: str, published: str):
    return resolve_date(nlp(text)[:], dt.date.fromisoformat(published))


def _when_of(nlp: Language, text: str, verb: str, published: dt.date):  # type: ignore[no-untyped-def]
    """The date of the event told by the word ``verb`` of ``text``."""
    doc = nlp(text)
    action = next(t for t in doc if t.lower_ == verb)
    return resolve_date(doc[:], published, action=action)


def test_weekday_in_the_past_is_latest_such_day(nlp: Language) -> None:
    text = "Russian troops shelled Kharkiv on Tuesday, killing at least seven civilians."
    when = _when(nlp, text, "2022-09-15")  # a Thursday
    assert (when.date, when.precision, when.fallback) == (dt.date(2022, 9, 13), "day", False)


def test_future_weekday_after_will(nlp: Language) -> None:
    text = "Finland will close its border to Russian tourists from midnight on Friday."
    assert _when(nlp, text, "2022-09-29").date == dt.date(2022, 9, 30)


def test_report_date_does_not_override_the_event_date(nlp: Language) -> None:
    text = (
        "Finland will close its border to Russian tourists from midnight on Friday, "
        "the Finnish government said on Thursday."
    )
    assert _when(nlp, text, "2022-09-29").date == dt.date(2022, 9, 30)


def test_weekday_equal_to_publication_day_is_that_day(nlp: Language) -> None:
    text = "Azerbaijani forces attacked Armenian positions on Tuesday."
    assert _when(nlp, text, "2022-09-13").date == dt.date(2022, 9, 13)


def test_yesterday(nlp: Language) -> None:
    text = "Police arrested more than 1,300 people at protests yesterday, a rights group said."
    when = _when(nlp, text, "2022-09-22")
    assert (when.date, when.precision) == (dt.date(2022, 9, 21), "day")


def test_overnight_is_the_publication_day(nlp: Language) -> None:
    text = "Azerbaijani forces shelled towns in southern Armenia overnight."
    assert _when(nlp, text, "2022-09-13").date == dt.date(2022, 9, 13)


def test_last_week_has_week_precision_dated_to_its_monday(nlp: Language) -> None:
    text = "The United States announced sanctions against Russian officials last week."
    when = _when(nlp, text, "2022-10-06")  # Thursday; last week began Monday 26 September
    assert (when.date, when.precision) == (dt.date(2022, 9, 26), "week")


def test_earlier_this_month_has_month_precision(nlp: Language) -> None:
    text = "Ukrainian forces recaptured large areas of the Kharkiv region earlier this month."
    when = _when(nlp, text, "2022-09-15")
    assert (when.date, when.precision) == (dt.date(2022, 9, 1), "month")


def test_in_march_is_the_latest_march(nlp: Language) -> None:
    text = "Michel visited the Georgian capital in March to start the talks."
    when = _when(nlp, text, "2021-04-20")
    assert (when.date, when.precision) == (dt.date(2021, 3, 1), "month")


@pytest.mark.parametrize(
    "phrase", ["on Sept. 13", "on 13 September 2022", "on 2022-09-13", "on September 13, 2022"]
)
def test_explicit_dates_in_common_formats(nlp: Language, phrase: str) -> None:
    when = _when(nlp, f"Russian artillery shelled Kharkiv {phrase}.", "2022-10-01")
    assert (when.date, when.precision) == (dt.date(2022, 9, 13), "day")


def test_dateline_date_is_the_base_for_relative_cues(nlp: Language) -> None:
    text = "KHARKIV, Ukraine, Sept. 13, 2022 — Russian artillery shelled the city on Tuesday."
    assert _when(nlp, text, "2022-09-20").date == dt.date(2022, 9, 13)


def test_no_cue_falls_back_to_publication(nlp: Language) -> None:
    when = _when(nlp, "The rebels attacked the convoy.", "2022-09-13")
    assert (when.date, when.precision, when.fallback) == (dt.date(2022, 9, 13), "day", True)


def test_deadline_is_not_the_event_date(nlp: Language) -> None:
    when = _when(nlp, "The order applies across the state until February 9.", "2023-01-27")
    assert when.fallback is True


def test_odd_input_never_raises(nlp: Language) -> None:
    for text in ["", "!!!", "on Tuesday on Tuesday 2022-99-99", "In 99999 BC."]:
        when = _when(nlp, text, "2022-09-13")
        assert when.precision in {"day", "week", "month", "year"}


def test_the_dateline_date_is_the_base_of_every_sentence(nlp: Language) -> None:
    doc = nlp("BISHKEK, Sept. 17 — Kyrgyzstan and Tajikistan agreed to a ceasefire. "
              "Fighting had flared up again yesterday.")
    last = list(doc.sents)[-1]
    when = resolve_date(last, dt.date(2022, 9, 19))
    assert (when.date, when.fallback) == (dt.date(2022, 9, 16), False)


def test_a_date_in_a_relative_clause_dates_that_clause_not_the_main_verb(nlp: Language) -> None:
    text = "Chile, which hosted the talks in 2019, rejected the new proposal."
    when = _when(nlp, text, "2024-05-08")
    assert (when.date, when.fallback) == (dt.date(2024, 5, 8), True)


def test_an_event_told_by_a_relative_clause_keeps_its_own_date(nlp: Language) -> None:
    when = _when_of(nlp, "Chile, which hosted the talks in 2019, rejected the new proposal.", "hosted",
                    dt.date(2024, 5, 8))
    assert when.date.year == 2019


def test_a_past_announcement_of_a_future_act_is_dated_in_the_past(nlp: Language) -> None:
    text = "Japan will send two frigates to the strait, Defence Minister Ken Sato announced on Monday."
    when = _when(nlp, text, "2025-03-13")  # a Thursday
    assert (when.date, when.fallback) == (dt.date(2025, 3, 10), False)


def test_a_coordinated_bare_verb_shares_the_future_of_will(nlp: Language) -> None:
    text = "The ministry will close the crossing and reopen it on Friday."
    assert _when(nlp, text, "2025-03-11").date == dt.date(2025, 3, 14)  # published a Tuesday


@pytest.mark.parametrize(("text", "verb"), [
    # a future act in a complement
    ("Peru invited the Chilean president to visit Lima in August.", "invited"),
    ("The council urged both sides to resume talks next week.", "urged"),
    ("The ministry said it will reopen the crossing on Friday.", "said"),
    # what a future act tries, hopes or means to do lies ahead with it
    ("The mayor condemned the vote and said she would try to overturn it next month.", "condemned"),
    ("The union rejected the offer and said it would seek to renegotiate it in June.", "rejected"),
    # a past participle on a noun
    ("Indian and Chinese troops began patrolling the pass under a deal reached in October.", "patrolling"),
    ("Prosecutors dropped the charges against a teacher accused of fraud in 2019.", "dropped"),
    # a possessive date of a noun told as another time
    ("Police arrested 40 opposition members ahead of Sunday's election.", "arrested"),
    ("Thousands marched to mark the anniversary of last year's massacre.", "marched"),
    ("Troops sealed the border on the eve of Monday's referendum.", "sealed"),
])
def test_a_date_in_a_clause_under_the_verb_dates_that_clause_not_the_verb(
        nlp: Language, text: str, verb: str) -> None:
    when = _when_of(nlp, text, verb, dt.date(2025, 5, 28))  # a Wednesday
    assert (when.date, when.fallback) == (dt.date(2025, 5, 28), True)


@pytest.mark.parametrize(("text", "verb", "day"), [
    ("Peru invited the Chilean president to visit Lima in August.", "visit", dt.date(2025, 8, 1)),
    ("The council urged both sides to resume talks on Friday.", "resume", dt.date(2025, 5, 30)),
    ("The mayor said she would try to overturn the vote in June.", "overturn", dt.date(2025, 6, 1)),
])
def test_what_someone_is_invited_or_urged_to_do_lies_ahead(
        nlp: Language, text: str, verb: str, day: dt.date) -> None:
    assert _when_of(nlp, text, verb, dt.date(2025, 5, 28)).date == day


def test_a_statement_is_dated_by_the_interview_it_was_published_in(nlp: Language) -> None:
    text = "The minister told the newspaper in an interview published on Saturday that talks had failed."
    assert _when_of(nlp, text, "told", dt.date(2025, 1, 9)).date == dt.date(2025, 1, 4)


def test_a_possessive_date_of_the_setting_dates_the_verb(nlp: Language) -> None:
    when = _when_of(nlp, "The minister spoke at Monday's forum in Lusaka.", "spoke", dt.date(2025, 5, 28))
    assert when.date == dt.date(2025, 5, 26)


@pytest.mark.parametrize("text", [
    "The driver faces up to ten years in prison when he is sentenced in July.",
    "The mayor will step down after she is replaced in July.",
])
def test_a_present_passive_in_a_clause_of_time_lies_ahead(nlp: Language, text: str) -> None:
    verb = "sentenced" if "sentenced" in text else "replaced"
    assert _when_of(nlp, text, verb, dt.date(2025, 5, 28)).date == dt.date(2025, 7, 1)


@pytest.mark.parametrize(("text", "day"), [
    ("Cuban troops fought in Angola in the 1970s and 1980s.", dt.date(1970, 1, 1)),
    ("Thousands of villagers fled the region during the late 1990s.", dt.date(1990, 1, 1)),
    ("The bridge was bombed during World War Two.", dt.date(1939, 1, 1)),
    ("The fort was shelled in the First World War.", dt.date(1914, 1, 1)),
])
def test_a_decade_or_a_world_war_dates_background(nlp: Language, text: str, day: dt.date) -> None:
    when = _when(nlp, text, "2024-05-02")
    assert (when.date, when.precision, when.fallback) == (day, "decade", False)


def test_a_decade_as_a_word_of_a_noun_is_no_date(nlp: Language) -> None:
    when = _when(nlp, "Police broke up a 1980s-themed party in Leeds on Saturday.", "2024-05-02")
    assert (when.date, when.precision) == (dt.date(2024, 4, 27), "day")
