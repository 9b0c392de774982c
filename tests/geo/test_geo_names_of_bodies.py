"""Place names that begin the name of a body or person (issue 14), each from sentences written
for these tests: a town's name in a police force's or a firm's name that the article's other
places do not support is no place, nor a place that is a person's given name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.geo import Geoparser
from tests.geo.conftest import one, parse

pytestmark = pytest.mark.slow


def test_a_forces_name_abroad_is_no_place(geoparser: Geoparser, nlp: Language) -> None:
    text = ("Durham Regional Police said a 34-year-old Oshawa man was charged with assault after "
            "a fight outside a bar early Sunday. Halton Regional Police are looking for a second "
            "suspect who fled toward Burlington.")
    places = parse(geoparser, nlp, text)
    assert [p.mention for p in places] == ["Oshawa", "Burlington"]
    assert {p.country_code for p in places} == {"CA"}


def test_a_firms_name_abroad_is_no_place(geoparser: Geoparser, nlp: Language) -> None:
    text = ("Cambridge Analytica staff met campaign officials in Nairobi and Mombasa before the "
            "Kenyan election.")
    places = parse(geoparser, nlp, text)
    assert [p.mention for p in places if p.mention == "Cambridge"] == []
    assert one(places, "Nairobi").country_code == "KE"


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("Boston Scientific said on Tuesday it would open a plant near Lagos, and the Lagos State "
     "government welcomed the investment.", "Boston", "US"),
    ("Darwin Port Authority officials met exporters in Jakarta and Surabaya on Thursday to "
     "discuss cattle shipments.", "Darwin", "AU"),
    ("Kenya Airways cancelled four flights from Nairobi to Mombasa after a strike by pilots.",
     "Kenya", "KE"),
    ("Essex Regional Conservation Authority said flooding closed roads in Windsor and "
     "Leamington on Sunday.", "Essex", "CA"),
])
def test_a_big_city_a_country_or_a_supported_name_stays(geoparser: Geoparser, nlp: Language,
                                                         text: str, mention: str,
                                                         country: str) -> None:
    assert one(parse(geoparser, nlp, text), mention).country_code == country


@pytest.mark.parametrize(("text", "name", "kept"), [
    ("Paris Hilton sued a Los Angeles magazine on Tuesday over a story about her family. Hilton "
     "said the article was false.", "Paris", "Los Angeles"),
    ("Israel Adesanya accused his former coach of fraud in a lawsuit filed in Auckland. "
     "Adesanya's lawyer declined to comment.", "Israel", "Auckland"),
])
def test_a_place_that_begins_a_persons_name_is_no_place(geoparser: Geoparser, nlp: Language,
                                                        text: str, name: str, kept: str) -> None:
    places = parse(geoparser, nlp, text)
    assert [p.mention for p in places] == [kept]


def test_a_papers_name_keeps_its_place(geoparser: Geoparser, nlp: Language) -> None:
    text = ("Talks on the budget had stalled by Sunday, The New York Times wrote. The Times said "
            "officials in Washington were divided.")
    assert one(parse(geoparser, nlp, text), "New York").country_code == "US"
