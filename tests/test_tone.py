"""Document tone (GDELT's definition, VADER lexicon): sign, scale, negation, no download."""

from __future__ import annotations

import subprocess
import sys

import pytest

from events.tone import document_tone, lexicon


def test_lexicon_comes_from_the_installed_package() -> None:
    table = lexicon()
    assert len(table) > 7000
    assert table["killed"] < 0 < table["peace"]


def test_tone_is_percent_positive_minus_percent_negative_words() -> None:
    # 8 words; "killed" negative, the rest unrated
    assert document_tone("Shelling killed seven people in the city yesterday.") == pytest.approx(
        -100 / 8, abs=1e-6)
    # "welcomed" and "peace" positive among 6 words
    assert document_tone("Leaders welcomed the peace deal today") == pytest.approx(
        100 * 2 / 6, abs=1e-6)


def test_negation_flips_polarity() -> None:
    assert document_tone("The talks were peaceful.") > 0
    assert document_tone("The talks were not peaceful.") < 0
    assert document_tone("The talks weren't peaceful.") < 0


def test_neutral_and_empty_texts() -> None:
    assert document_tone("The minister travelled to Brussels on Monday.") == 0.0
    assert document_tone("") is None
    assert document_tone("1234 — 5678") is None


def test_news_tone_is_in_gdelt_range() -> None:
    text = ("Russian forces shelled Kharkiv on Tuesday, killing seven civilians and wounding "
            "dozens, officials said. Rescue teams searched the ruins through the night.")
    tone = document_tone(text)
    assert tone is not None and -30 < tone < 0


def test_importing_does_not_read_the_lexicon() -> None:
    code = "import sys, events.tone; sys.exit('vaderSentiment' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
