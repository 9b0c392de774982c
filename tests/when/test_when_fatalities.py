"""Death tolls read from sentences (events.when.extract_fatalities)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.when import extract_fatalities
from events.when.numbers import parse_count

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian troops shelled Kharkiv on Tuesday, killing at least seven civilians.", 7),
        ("Armenia said that 49 soldiers were killed in the fighting.", 49),
        ("The death toll from the fighting rose to 100, officials said.", 100),
        ("The strike killed 3 and wounded 12.", 3),
        ("Two people died when the bus was hit.", 2),
        ("The explosion killed 1,200 people and injured thousands.", 1200),
        ("A dozen people were killed in the attack.", 12),
        ("Gunmen killed seven villagers and two soldiers.", 9),
        ("The attack left 12 people dead.", 12),
        ("Iran executed two men convicted of spying for Israel.", 2),
    ],
)
def test_stated_death_counts(nlp: Language, text: str, expected: int) -> None:
    assert extract_fatalities(nlp(text)[:]) == expected


def test_dozens_dead_is_twelve(nlp: Language) -> None:
    assert extract_fatalities(nlp("Dozens dead after a bomb exploded in a market.")[:]) == 12


def test_several_hundred_deaths_is_two_hundred(nlp: Language) -> None:
    text = "There are already several hundred deaths in a few weeks on these fronts."
    assert extract_fatalities(nlp(text)[:]) == 200


def test_several_alone_is_unknown(nlp: Language) -> None:
    assert extract_fatalities(nlp("Several people were killed.")[:]) is None


@pytest.mark.parametrize(
    "text", ["There were no casualties, the ministry said.", "No one was killed in the blast."]
)
def test_no_casualties_is_zero(nlp: Language, text: str) -> None:
    assert extract_fatalities(nlp(text)[:]) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Eleven people were wounded in the attack.",
        "Police arrested more than 1,300 people at protests.",
        "The railways were ordered to provide 10,000 people.",
        "Kharkiv lies about 40 kilometres from the border.",
        "Police executed two search warrants at homes in Derby on Friday.",
        "Deputies executed three warrants and arrested four people.",
    ],
)
def test_non_deaths_give_none(nlp: Language, text: str) -> None:
    assert extract_fatalities(nlp(text)[:]) is None


def test_number_words_and_digits() -> None:
    assert parse_count(["twenty-one"]).value == 21  # type: ignore[union-attr]
    assert parse_count(["1,200"]).value == 1200  # type: ignore[union-attr]
    assert parse_count(["a", "dozen"]).value == 12  # type: ignore[union-attr]
    assert parse_count(["several"]) is None
