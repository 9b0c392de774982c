"""Read counts written in digits or words ("1,200", "seven", "a dozen", "several hundred").

Conventions for vague counts (documented in the package docstring and README):

* ``tens`` → 10, ``dozens`` → 12, ``scores`` → 20, ``hundreds`` → 100, ``thousands`` → 1000
  (ACLED's published practice: "tens" 10, "dozens" 12, "hundreds" 100 — the most
  conservative reading of the word).
* ``several``/``a few``/``some`` in front of a scale word count as two of it:
  ``several hundred`` → 200, ``a few dozen`` → 24, ``several thousand`` → 2000.
* ``several``, ``a few``, ``many``, ``some``, ``a number of`` on their own give no number
  (``None``): the toll is unknown rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2,
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "dozen": 12, "score": 20, "couple": 2, "pair": 2,
}  # fmt: skip
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
VAGUE_PLURALS: dict[str, int] = {
    "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
    "millions": 1_000_000,
}  # fmt: skip
VAGUE_MULTIPLIERS = frozenset({"several", "few", "couple"})
"""Words that mean "at least two" in front of a scale word."""
VAGUE_ALONE = frozenset({"several", "few", "many", "some", "numerous", "multiple", "handful"})
"""Words that give no number on their own."""

_DIGITS = re.compile(r"^\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+$|^\d+(?:\.\d+)?$")


@dataclass(frozen=True)
class Count:
    """A count read from text: ``value`` (persons), whether it was ``vague``, and the words."""

    value: int
    vague: bool
    text: str


def parse_digits(text: str) -> float | None:
    """``"1,200"`` → 1200.0, ``"49"`` → 49.0, ``"1.5"`` → 1.5; None when not a plain number."""
    cleaned = text.strip()
    if not _DIGITS.match(cleaned):
        return None
    try:
        return float(re.sub(r"[,\u202f\u00a0 ]", "", cleaned))
    except ValueError:
        return None


FILLERS = frozenset(
    {"and", "at", "least", "more", "than", "over", "about", "around", "nearly", "almost",
     "up", "to", "of", "roughly", "approximately", "some", "a", "an", "estimated"}
)  # fmt: skip
"""Words that may sit inside a count phrase without changing the conservative value."""


def parse_count(words: list[str]) -> Count | None:
    """Read one count from consecutive words; None when they hold no count.

    Handles digits ("1,200", "3"), words ("seven", "twenty-one", "two hundred", "a dozen",
    "two dozen"), digit + scale ("1.5 million") and the vague forms in the module docstring.
    Hedges ("at least", "more than", "about") are ignored: the stated number is kept.
    """
    total = 0.0
    current = 0.0
    seen = False
    vague = False
    multiplier = False
    for raw in words:
        for part in raw.lower().strip().split("-"):
            if not part:
                continue
            digits = parse_digits(part)
            if digits is not None:
                current += digits
                seen = True
            elif part in VAGUE_MULTIPLIERS and not seen:
                multiplier = True
                vague = True
            elif part in SCALES or part in {"dozen", "score"}:
                factor = SCALES.get(part) or UNITS[part]
                base = current if seen and current else (2.0 if multiplier else 1.0)
                current = base * factor
                if factor >= 1000:
                    total += current
                    current = 0.0
                seen = True
            elif part in VAGUE_PLURALS:
                base = current if seen and current else (2.0 if multiplier else 1.0)
                current = base * VAGUE_PLURALS[part]
                seen = True
                vague = True
            elif part in UNITS and part not in FILLERS:
                current += UNITS[part]
                seen = True
            elif part in FILLERS:
                continue
            else:
                return None
    if not seen:
        return None
    return Count(value=int(total + current), vague=vague, text=" ".join(words))
