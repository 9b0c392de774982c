"""Place names that wire reports write and the geoparser must read right (issue 14), each
from sentences written for these tests: province and state abbreviations after a comma,
streets named after rivers."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.geo import Geoparser
from tests.geo.conftest import one, parse

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "town", "mention", "region", "country"), [
    ("HAMILTON, Ont. - Firefighters battled a blaze at a warehouse on Tuesday.", "HAMILTON",
     "Ont.", "Ontario", "CA"),
    ("A retired nurse from Truro, N.S., won the provincial lottery on Friday.", "Truro", "N.S.",
     "Nova Scotia", "CA"),
    ("Flooding closed two bridges in Wheeling, W.Va., overnight.", "Wheeling", "W.Va.",
     "West Virginia", "US"),
    ("A ferry from Devonport, Tas., was delayed by high winds.", "Devonport", "Tas.", "Tasmania",
     "AU"),
])
def test_a_province_abbreviation_after_a_comma_holds_the_town(
        geoparser: Geoparser, nlp: Language, text: str, town: str, mention: str, region: str,
        country: str) -> None:
    places = parse(geoparser, nlp, text)
    assert one(places, mention).name == region
    assert one(places, town).country_code == country


@pytest.mark.parametrize(("text", "name"), [
    ("Shops along Main Street were evacuated after a gas leak on Wednesday.", "Main"),
    ("A cyclist was hit by a bus on Danube Street in the early hours.", "Danube"),
])
def test_a_street_named_after_a_river_is_no_river(geoparser: Geoparser, nlp: Language,
                                                  text: str, name: str) -> None:
    assert [p.name for p in parse(geoparser, nlp, text) if p.mention == name] == []

