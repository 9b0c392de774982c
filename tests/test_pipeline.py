"""Pipeline helpers (unit) and the whole chain on real sentences (slow: spaCy + gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest

from events.models import ActorRef, Article, Place
from events.pipeline import actor_fields, event_id, gdelt_geo_type, geo_fields


def _place(kind: str, cc: str = "UA", borders: tuple[str, ...] = ()) -> Place:
    return Place(mention="x", start=0, end=1, name="Kharkiv", feature_type=kind, country_code=cc,
                 adm1_code="07", lat=49.98, lon=36.25, geonameid=706483, border_countries=borders)


@pytest.mark.parametrize(("kind", "cc", "expected"), [
    ("country", "UA", 1), ("adm1", "US", 2), ("city", "US", 3), ("city", "UA", 4),
    ("adm1", "UA", 5), ("border", "RU", 6), ("continent", None, None),
])
def test_gdelt_geo_type(kind: str, cc: str, expected: int | None) -> None:
    assert gdelt_geo_type(_place(kind, cc)) == expected


def test_geo_fields_of_a_border_name_both_sides() -> None:
    fields = geo_fields("action_geo", _place("border", "RU", ("RU", "GE")))
    assert fields["action_geo_border_countries"] == ["RU", "GE"]
    assert fields["action_geo_type"] == 6
    assert fields["action_geo_fullname"] == "Russian Federation–Georgia border"


def test_geo_fields_of_a_city_include_the_country() -> None:
    assert geo_fields("action_geo", _place("city"))["action_geo_fullname"] == "Kharkiv, Ukraine"


def test_actor_fields_split_the_code() -> None:
    fields = actor_fields(1, ActorRef(code="RUSMIL", name="Russian troops", start=0, end=14))
    assert (fields["actor1_country_code"], fields["actor1_type1_code"]) == ("RUS", "MIL")


def test_event_id_is_deterministic_and_place_sensitive() -> None:
    day = dt.date(2022, 9, 13)
    a = event_id(day, "194", "RUSMIL", "UKR", _place("city"))
    assert a == event_id(day, "194", "RUSMIL", "UKR", _place("city"))
    border = _place("border", "RU", ("RU", "UA"))
    assert a != event_id(day, "194", "RUSMIL", "UKR", border)


@pytest.mark.slow
def test_chain_codes_the_kharkiv_shelling() -> None:
    from events.pipeline import build_chain

    chain = build_chain()
    article = Article(article_id="k1", text="Russian troops shelled Kharkiv on Tuesday, killing "
                      "at least seven civilians.", published=dt.datetime(2022, 9, 15, tzinfo=dt.UTC))
    (processed,) = chain.process([article])
    event = next(e for e in processed.events if e["event_root_code"] == "19")
    assert (event["actor1_code"], event["actor2_code"]) == ("RUSMIL", "UKR")
    assert event["event_date"] == dt.date(2022, 9, 13)
    assert event["fatalities"] == 7
    assert event["action_geo_fullname"] == "Kharkiv, Ukraine"
    assert abs(float(event["action_geo_lat"]) - 49.98) < 0.2  # type: ignore[arg-type]
