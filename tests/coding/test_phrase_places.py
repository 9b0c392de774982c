"""A role's country from the places its own noun phrase is at, a few prepositions deep
("nurses at two hospitals in Leeds"): the coder lists the names (events.coding.actors.
phrase_places), the geoparser's confident places give the country (events.coding.linking).
Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder
from events.coding.linking import ActorPlaces
from events.models import ActorRef, CodedEvent, Place


def _source_places(coder: Coder, nlp: Language, text: str) -> list[str]:
    events = coder.code(nlp(text), when=dt.date(2021, 3, 1))
    source = next(e.source for e in events if e.source is not None)
    return [text[a:b] for a, b in source.places]


@pytest.mark.parametrize(("text", "names"), [
    ("Nurses at two hospitals in Tamale accused the managers of lying.", ["Tamale"]),
    ("Workers of a brick factory near Techiman accused the managers of lying.", ["Techiman"]),
    ("Teachers at schools in three villages of the Bawku district accused the managers of lying.", ["Bawku"]),
])
def test_a_role_s_phrase_lists_the_places_it_is_at(
    default_coder: Coder, nlp: Language, text: str, names: list[str]
) -> None:
    assert _source_places(default_coder, nlp, text) == names


@pytest.mark.parametrize("text", [
    # where the role goes is no place it is at
    "Nurses marched to Tamale and accused the managers of lying.",
    # the chain stops at a noun that is no site ("a rally")
    "Nurses at a rally of Tamale traders accused the managers of lying.",
])
def test_a_role_s_phrase_lists_no_other_place(default_coder: Coder, nlp: Language, text: str) -> None:
    assert _source_places(default_coder, nlp, text) == []


def _place(mention: str, start: int, cc: str, score: float) -> Place:
    return Place(mention=mention, start=start, end=start + len(mention), name=mention, feature_type="city",
                 country_code=cc, adm1_code="01", lat=0.0, lon=0.0, score=score)


def _event(places: tuple[tuple[int, int], ...]) -> CodedEvent:
    nurses = ActorRef(code="HLH", name="Nurses at two hospitals", start=0, end=23, places=places)
    return CodedEvent(sentence_index=0, sentence_start=0, sentence_end=90, event_code="112",
                      source=nurses, target=None, action_start=35, action_end=42, rule="r")


def test_a_confident_place_of_the_phrase_gives_the_role_its_country() -> None:
    # "Nurses at two hospitals in Tamale ... marched to Lome": the event's place is elsewhere
    places = [_place("Tamale", 27, "GH", 0.8), _place("Lome", 60, "TG", 0.9)]
    event = ActorPlaces.of(places).with_countries(_event(((27, 33),)), places[1], "11")
    assert event.source is not None and event.source.code == "GHAHLH"
    assert "source country GHA from the place in its own words" in event.rule


def test_a_weak_place_of_the_phrase_gives_no_country() -> None:
    places = [_place("Tamale", 27, "GH", 0.2)]
    event = ActorPlaces.of(places).with_countries(_event(((27, 33),)), None, "11")
    assert event.source is not None and event.source.code == "HLH"
