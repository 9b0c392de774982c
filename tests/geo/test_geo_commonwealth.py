"""Place names of British, Irish and Commonwealth local news that have American namesakes
(issue 14), each from sentences written for these tests: a street's name is no town, a town
that many small American places are named after is not American for that, and the words of
British public life (parties, police forces, the health service, pounds) tell the country
when the places alone do not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.geo import Geoparser
from events.geo.parser import STREET_FOCUS_REASON, STREET_HOST_REASON
from events.geo.resolve import country_cues
from tests.geo.conftest import one, parse

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "street", "town"), [
    ("A woman was badly hurt when a lorry hit her on Victoria Road in Darlington on Monday "
     "morning, Durham Constabulary said.", "Victoria", "Darlington"),
    ("Firefighters from Northallerton tackled a chip pan fire in a semi on Springfield Avenue "
     "late on Tuesday.", "Springfield", "Northallerton"),
])
def test_a_street_named_like_a_town_is_placed_in_the_story_s_town(
        geoparser: Geoparser, nlp: Language, text: str, street: str, town: str) -> None:
    place = one(parse(geoparser, nlp, text), street)
    assert place.explanation.startswith((STREET_HOST_REASON, STREET_FOCUS_REASON))
    assert place.name == town
    assert place.country_code == "GB"


@pytest.mark.parametrize("text", [
    "The charity shop on Oxford Street in Reading closed on Saturday.",
    "Police in Reading searched a flat on Oxford Street after the theft.",
])
def test_a_street_s_name_is_no_place_of_its_own(geoparser: Geoparser, nlp: Language,
                                                text: str) -> None:
    place = one(parse(geoparser, nlp, text), "Oxford")
    assert place.country_code == "GB"
    assert place.explanation.startswith((STREET_HOST_REASON, STREET_FOCUS_REASON))


@pytest.mark.parametrize(("text", "town"), [
    ("Police were called to Jackson Avenue in Dover after a fight outside a takeaway, Kent "
     "Police said.", "Dover"),
    ("A shop was broken into on Washington Street in Worcester overnight, and a van was later "
     "found in Malvern.", "Worcester"),
])
def test_a_street_named_after_a_president_weighs_half_a_town(
        geoparser: Geoparser, nlp: Language, text: str, town: str) -> None:
    assert one(parse(geoparser, nlp, text), town).country_code == "GB"


@pytest.mark.parametrize(("text", "town"), [
    ("Two men robbed a taxi driver at knifepoint in Oxford on Friday night after he picked "
     "them up in Cowley, witnesses said.", "Oxford"),
    ("A lorry overturned on the road between Exeter and Plymouth on Sunday, blocking both "
     "lanes for hours.", "Exeter"),
])
def test_a_british_town_is_not_american_for_its_many_namesakes(
        geoparser: Geoparser, nlp: Language, text: str, town: str) -> None:
    assert one(parse(geoparser, nlp, text), town).country_code == "GB"


@pytest.mark.parametrize(("text", "town"), [
    ("A former schools minister met pupils in Hampton on Thursday. Mr Benn, the Conservative "
     "candidate for the seat, said the council had cut library funding.", "Hampton"),
    ("The MP for Cambridge said on Monday the NHS trust needed another 90 million pounds to "
     "build a new wing.", "Cambridge"),
    ("A driver was charged after his car mounted the pavement in Kingston on Friday, the "
     "Metropolitan Police said.", "Kingston"),
])
def test_british_public_life_tells_the_country_of_a_lone_town(
        geoparser: Geoparser, nlp: Language, text: str, town: str) -> None:
    assert one(parse(geoparser, nlp, text), town).country_code == "GB"


def test_american_local_news_keeps_its_towns(geoparser: Geoparser, nlp: Language) -> None:
    text = ("The school board in Cambridge voted on Monday to delay the start of classes, the "
            "superintendent said.")
    assert one(parse(geoparser, nlp, text), "Cambridge").country_code == "US"


def test_country_cues_count_distinct_words_up_to_a_cap() -> None:
    assert country_cues("The NHS trust said £4 million and 20 pence a head.") == {"GB": 1.5}
    assert country_cues("Gardai in Cork said the Taoiseach would visit.") == {"IE": 1.0}
    assert country_cues("Mr. Hale said the truck carried 300 pounds of corn.") == {}


def test_words_the_commonwealth_shares_count_against_america_only() -> None:
    cues = country_cues("Mr Hale, the Labour MP, and Mr Hale's councillors spoke.")
    assert cues == {"!US": 1.0}


@pytest.mark.parametrize("text", [
    "A Conservative MP for London West said Ottawa must pay for flood repairs along the Thames "
    "River.",
    "Mr Hume, a Conservative councillor, said London would ask Ottawa for help with the new "
    "arena.",
])
def test_shared_words_leave_a_canadian_london_in_ontario(geoparser: Geoparser, nlp: Language,
                                                        text: str) -> None:
    assert one(parse(geoparser, nlp, text), "London").country_code == "CA"
