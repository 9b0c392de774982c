"""The geoparser: recognition, resolution by context, borders, focus countries."""

from __future__ import annotations

import pytest
from shapely.geometry import Point
from spacy.language import Language

from events.geo import Geoparser
from events.geo.borders import shared_border
from events.models import Place

pytestmark = pytest.mark.slow

SEED = "But the images at the Georgian and Finnish border reveal the extent of this migration."
RUSSIA_STORY = (
    "Russia announced a partial mobilisation and thousands of Russian men tried to leave the "
    "country. Long queues formed at crossings out of Russia. " + SEED
)


def _parse(geoparser: Geoparser, nlp: Language, text: str) -> list[Place]:
    return geoparser.parse(nlp(text))


def _named(places: list[Place], mention: str) -> list[Place]:
    return [p for p in places if p.mention == mention]


def test_georgia_is_the_country_in_a_caucasus_story(geoparser: Geoparser, nlp: Language) -> None:
    text = "Russian troops moved closer to Tbilisi. Georgia asked the EU for help."
    (georgia,) = _named(_parse(geoparser, nlp, text), "Georgia")
    assert georgia.feature_type == "country" and georgia.country_code == "GE"


def test_georgia_is_the_state_in_a_us_story(geoparser: Geoparser, nlp: Language) -> None:
    text = "Storms hit Alabama and Tennessee on Monday. Georgia declared an emergency in Macon."
    (georgia,) = _named(_parse(geoparser, nlp, text), "Georgia")
    assert georgia.feature_type == "adm1" and georgia.country_code == "US"
    assert georgia.adm1_code == "GA"


def test_atlanta_georgia(geoparser: Geoparser, nlp: Language) -> None:
    places = _parse(geoparser, nlp, "The company moved its offices to Atlanta, Georgia.")
    (atlanta,) = _named(places, "Atlanta")
    (georgia,) = _named(places, "Georgia")
    assert atlanta.country_code == "US" and atlanta.adm1_code == "GA"
    assert abs(atlanta.lat - 33.75) < 0.2 and abs(atlanta.lon + 84.39) < 0.2  # type: ignore[operator]
    assert georgia.adm1_code == "GA" and "Atlanta" in georgia.explanation


def test_paris_texas(geoparser: Geoparser, nlp: Language) -> None:
    (paris,) = _named(_parse(geoparser, nlp, "She grew up in Paris, Texas."), "Paris")
    assert paris.country_code == "US" and paris.adm1_code == "TX"


def test_demonym_is_recognised_as_its_country(geoparser: Geoparser, nlp: Language) -> None:
    (georgian,) = _named(_parse(geoparser, nlp, "Georgian wine exports rose last year."),
                         "Georgian")
    assert georgian.feature_type == "country" and georgian.country_code == "GE"


def test_place_has_score_and_explanation(geoparser: Geoparser, nlp: Language) -> None:
    (kharkiv,) = _named(_parse(geoparser, nlp, "Shelling hit Kharkiv overnight."), "Kharkiv")
    assert kharkiv.country_code == "UA" and 0.0 < kharkiv.score <= 1.0
    assert kharkiv.explanation


def _border(places: list[Place], pair: tuple[str, str]) -> Place:
    (place,) = [p for p in places if p.border_countries == pair]
    return place


@pytest.mark.parametrize("other", ["GE", "FI"])
def test_seed_sentence_borders_lie_on_the_real_border(
    geoparser: Geoparser, nlp: Language, other: str
) -> None:
    border = _border(_parse(geoparser, nlp, RUSSIA_STORY), ("RU", other))
    assert border.feature_type == "border"
    line = shared_border("RU", other)
    assert line is not None
    degrees = line.distance(Point(border.lon, border.lat))
    assert degrees * 111.0 < 150.0  # km; 1 degree is at most ~111 km


def test_hyphenated_pair_border(geoparser: Geoparser, nlp: Language) -> None:
    places = _parse(geoparser, nlp, "Clashes broke out again on the Kyrgyz-Tajik border.")
    border = _border(places, ("KG", "TJ"))
    assert border.mention == "Kyrgyz-Tajik border"


def test_border_with(geoparser: Geoparser, nlp: Language) -> None:
    text = "Russia sent troops to its border with Ukraine. Russia denied any plan."
    assert _border(_parse(geoparser, nlp, text), ("RU", "UA")).feature_type == "border"


def test_focus_countries_most_mentioned_first(geoparser: Geoparser, nlp: Language) -> None:
    places = _parse(geoparser, nlp, RUSSIA_STORY)
    assert geoparser.focus_countries(places)[0] == "RU"


def test_resolve_spans_uses_article_context(geoparser: Geoparser, nlp: Language) -> None:
    text = "Fighting near Tskhinvali. Georgia said Russian jets bombed Gori."
    start = text.index("Georgia")
    (place,) = geoparser.resolve_spans(text, [(start, start + 7)], nlp(text))
    assert place is not None and place.country_code == "GE"


def test_resolve_spans_unknown_span_gives_none(geoparser: Geoparser, nlp: Language) -> None:
    text = "The Zzyzxqwv office closed."
    assert geoparser.resolve_spans(text, [(4, 11)], nlp(text)) == [None]
