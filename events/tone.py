"""Document tone, as GDELT defines it, from the VADER sentiment lexicon.

GDELT's tone of a document is "the percentage of all words found to have a positive emotional
connotation minus the percentage of words with a negative one": a score from -100 to +100,
commonly between -10 and +10, 0 neutral. We count the words of the text that the VADER lexicon
(Hutto & Gilbert 2014, 7,500 English words and expressions rated -4..+4 by ten raters; MIT)
rates positive or negative, with VADER's own rule that a negation among the three words before
flips the word's polarity ("not peaceful" is negative), and return
``100 * (positive - negative) / words``.

The lexicon ships inside the ``vaderSentiment`` wheel and is read once from the installed
package (nothing is downloaded). Articles get their tone when they are processed
(``articles.tone``); the GDELT export's ``AvgTone`` averages it over the articles that
reported an event.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from events.errors import ConfigError

LEXICON_PACKAGE = "vaderSentiment"
LEXICON_FILE = "vader_lexicon.txt"

NEGATION_WINDOW = 3
"""How many words before a rated word a negation reaches (VADER's own window)."""

_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)*")


@functools.cache
def lexicon() -> dict[str, float]:
    """The VADER lexicon: lower-case word → mean valence (-4..+4), read once from the
    installed ``vaderSentiment`` package. Raises ConfigError when the package is missing."""
    try:
        text = resources.files(LEXICON_PACKAGE).joinpath(LEXICON_FILE).read_text(
            encoding="utf-8")
    except (ModuleNotFoundError, OSError) as err:
        raise ConfigError(f"the tone needs the VADER lexicon of the {LEXICON_PACKAGE} "
                          f"package: {err}") from err
    table: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0] and " " not in parts[0]:
            try:
                table[parts[0]] = float(parts[1])
            except ValueError:
                continue
    return table


@functools.cache
def negations() -> frozenset[str]:
    """VADER's negation words ("not", "never", "isn't", …), apostrophes as typed or dropped."""
    from vaderSentiment.vaderSentiment import NEGATE

    words = {w.lower() for w in NEGATE} | {"no", "not", "never", "without"}
    return frozenset(words | {w.replace("'", "’") for w in words})


def words(text: str) -> list[str]:
    """The lower-cased words of ``text`` (letters, with inner apostrophes)."""
    return _WORD.findall(text.lower())


def document_tone(text: str) -> float | None:
    """GDELT-style tone of ``text``: percent positive words minus percent negative words
    (VADER lexicon, negation flips), rounded to 6 decimals; ``None`` for a text with no
    words. Typical news lies between -10 and +10."""
    tokens = words(text)
    if not tokens:
        return None
    rated, negators = lexicon(), negations()
    positive = negative = 0
    for i, word in enumerate(tokens):
        valence = rated.get(word.replace("’", "'"))
        if not valence or word in negators:
            continue
        if any(w in negators for w in tokens[max(0, i - NEGATION_WINDOW):i]):
            valence = -valence
        if valence > 0:
            positive += 1
        else:
            negative += 1
    return round(100.0 * (positive - negative) / len(tokens), 6)
