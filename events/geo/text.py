"""Small text and distance helpers shared by the gazetteer, the parser and the evaluation."""

from __future__ import annotations

import functools
import math
import re
import unicodedata

_SPACES = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u2010": "-", "\u2013": "-"})
EARTH_RADIUS_KM = 6371.0088


def fold(text: str) -> str:
    """Strip accents (NFKD, combining marks dropped) and unify apostrophes and dashes."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """The lookup key of a name: folded, lower-case, no dots, hyphens as spaces, one space.

    ``"St. Louis"`` -> ``"st louis"``, ``"Winston-Salem"`` -> ``"winston salem"``.
    """
    key = fold(text).lower().replace(".", " ").replace("-", " ")
    return _SPACES.sub(" ", key).strip()


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is a Latin letter (after folding accents)."""
    return all(("a" <= ch.lower() <= "z") or not ch.isalpha() for ch in fold(text))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two WGS84 points given in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
