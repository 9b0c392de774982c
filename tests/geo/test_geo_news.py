"""Place names that wire reports write and the geoparser must read right (issue 14), each
from sentences written for these tests: province and state abbreviations after a comma,
streets named after rivers, "Congo" in news about the east of DR Congo, and "Georgia" in a
story that names Tbilisi."""

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


@pytest.mark.parametrize("text", [
    "Fighting between the army and M23 rebels in eastern Congo has displaced thousands, "
    "aid agencies in Goma said.",
    "Gunmen killed 20 villagers near Beni overnight, officials said. Armed groups have "
    "plagued Congo for decades.",
])
def test_congo_in_a_story_about_its_east_is_dr_congo(geoparser: Geoparser, nlp: Language,
                                                     text: str) -> None:
    assert one(parse(geoparser, nlp, text), "Congo").country_code == "CD"


def test_congo_in_a_story_about_brazzaville_stays_the_republic(geoparser: Geoparser,
                                                               nlp: Language) -> None:
    text = ("Voters in Brazzaville and Pointe-Noire queued for hours as Congo held a "
            "presidential election on Sunday.")
    assert one(parse(geoparser, nlp, text), "Congo").country_code == "CG"


@pytest.mark.parametrize("text", [
    "Riot police dispersed a rally outside parliament in Tbilisi. The U.S. State Department "
    "said in Washington it was alarmed. Police in Georgia have detained 300 people.",
    "Officials in Washington said the U.S. would review its aid after police in Georgia "
    "detained two opposition leaders in Tbilisi.",
])
def test_georgia_is_the_country_when_the_story_names_tbilisi(geoparser: Geoparser,
                                                             nlp: Language, text: str) -> None:
    assert one(parse(geoparser, nlp, text), "Georgia").country_code == "GE"


def test_georgia_stays_the_state_in_a_story_about_atlanta(geoparser: Geoparser,
                                                         nlp: Language) -> None:
    text = ("Police in Georgia arrested two men after a shooting in Atlanta, officials in "
            "Washington said.")
    assert one(parse(geoparser, nlp, text), "Georgia").country_code == "US"


@pytest.mark.parametrize("text", [
    "Russia recognised the independence of two breakaway regions of Georgia. The United States "
    "condemned the move.",
    "The United States praised Georgia for its judicial reforms, and the EU granted Georgia "
    "candidate status.",
])
def test_the_name_of_the_united_states_makes_georgia_no_state(geoparser: Geoparser,
                                                             nlp: Language, text: str) -> None:
    """The US named as a country is no American place: a state needs the US's own places."""
    assert all(p.country_code == "GE" for p in parse(geoparser, nlp, text) if p.mention == "Georgia")


def test_georgia_with_american_places_beside_the_us_stays_the_state(geoparser: Geoparser,
                                                                    nlp: Language) -> None:
    """Savannah and Macon are the US's own places: the state."""
    text = ("Storms cut power in Savannah and Macon on Tuesday, and Georgia asked the United "
            "States for emergency aid.")
    assert one(parse(geoparser, nlp, text), "Georgia").country_code == "US"
