"""Place names that news reads wrongly unless the geoparser looks at where they stand (issue
14), each from sentences written for these tests: a dateline's town that spaCy reads as a
common noun, a surname in a person's position, a town's namesake far from the article's other
places, and the X of "X in Y" that no namesake places inside Y."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.geo import Geoparser
from events.geo.parser import AWAY_FOCUS_REASON, AWAY_HOST_REASON
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


@pytest.mark.parametrize(("text", "name"), [
    ("Jackson said the county would not raise property taxes this year.", "Jackson"),
    ("The board offered the head coaching job to Bolton after a two-hour meeting on "
     "Tuesday.", "Bolton"),
    ("Reporters asked Lincoln about the budget shortfall on Monday.", "Lincoln"),
])
def test_a_name_in_a_persons_position_is_no_town(geoparser: Geoparser, nlp: Language, text: str,
                                                 name: str) -> None:
    assert [p.name for p in parse(geoparser, nlp, text) if p.mention == name] == []


def test_a_name_the_text_gives_a_person_is_no_town_elsewhere(geoparser: Geoparser,
                                                             nlp: Language) -> None:
    text = ("Councillors met Bolton at a dinner in Leeds on Friday. Bolton said he would stand "
            "again in May.")
    places = parse(geoparser, nlp, text)
    assert [p.mention for p in places if p.mention == "Bolton"] == []
    assert one(places, "Leeds").country_code == "GB"


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("Moscow said the talks had failed and blamed the delay on Kyiv.", "Moscow", "RU"),
    ("Police in Bolton said on Friday that two men had been arrested. Bolton Council said "
     "the park would reopen.", "Bolton", "GB"),
])
def test_a_capital_or_a_place_cue_keeps_the_place(geoparser: Geoparser, nlp: Language,
                                                  text: str, mention: str, country: str) -> None:
    found = [p for p in parse(geoparser, nlp, text) if p.mention == mention]
    assert found and all(p.country_code == country for p in found)


def test_a_small_namesake_abroad_in_a_bodys_name_takes_the_articles_places(
        geoparser: Geoparser, nlp: Language) -> None:
    text = ("Peel Regional Police said two men were arrested after a shooting in Mississauga. "
            "Officers later searched homes in Brampton and Toronto.")
    peel = one(parse(geoparser, nlp, text), "Peel")
    assert peel.country_code == "CA"
    assert peel.explanation.startswith((AWAY_FOCUS_REASON, AWAY_HOST_REASON))


def test_a_small_namesake_abroad_gives_way_in_a_parsed_story(geoparser: Geoparser,
                                                             nlp: Language) -> None:
    text = ("Aid convoys left Nairobi for Mombasa, Kisumu and Nakuru on Monday. Drivers said "
            "the depot near Pataskala stayed shut.")
    assert one(parse(geoparser, nlp, text), "Pataskala").country_code == "KE"


@pytest.mark.parametrize(("text", "mention", "host"), [
    ("Two swimmers were rescued off Cape Peron in Rockingham on Sunday.", "Peron",
     "Rockingham"),
    ("Police said the woman lived in Peron, Western Australia.", "Peron", "Western Australia"),
])
def test_the_x_of_x_in_y_is_placed_in_y(geoparser: Geoparser, nlp: Language, text: str,
                                        mention: str, host: str) -> None:
    place = one(parse(geoparser, nlp, text), mention)
    assert place.country_code == "AU"
    assert place.explanation.startswith(AWAY_HOST_REASON) and place.explanation.endswith(host)
