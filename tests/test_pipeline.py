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
    from dataclasses import replace

    fields = geo_fields("action_geo", replace(_place("border", "RU", ("RU", "GE")), name=""))
    assert fields["action_geo_border_countries"] == ["RU", "GE"]
    assert fields["action_geo_type"] == 6
    assert fields["action_geo_fullname"] == "Russia–Georgia border"


def test_geo_fields_of_a_city_include_the_country() -> None:
    assert geo_fields("action_geo", _place("city"))["action_geo_fullname"] == "Kharkiv, Ukraine"


def test_actor_fields_split_the_code() -> None:
    fields = actor_fields(1, ActorRef(code="RUSMIL", name="Russian troops", start=0, end=14))
    assert (fields["actor1_country_code"], fields["actor1_type1_code"]) == ("RUS", "MIL")


def test_event_id_is_deterministic_and_place_sensitive() -> None:
    day = dt.date(2022, 9, 13)
    a = event_id(day, "19", "RUSMIL", "UKR", _place("city"))
    assert a == event_id(day, "19", "RUSMIL", "UKR", _place("city"))
    border = _place("border", "RU", ("RU", "UA"))
    assert a != event_id(day, "19", "RUSMIL", "UKR", border)


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


@pytest.mark.slow
def test_fighting_between_neighbours_is_placed_on_their_border() -> None:
    from events.pipeline import build_chain

    text = "Two conflicts revive in Central Asia: one between Azerbaijan and Armenia."
    article = Article(article_id="c", text=text, published=dt.datetime(2022, 9, 30, tzinfo=dt.UTC))
    (processed,) = build_chain().process([article])
    fights = [e for e in processed.events if e["event_root_code"] == "19"]
    assert fights and {tuple(sorted(e["action_geo_border_countries"])) for e in fights} == {("AM", "AZ")}  # type: ignore[arg-type]
    assert {e["action_geo_type"] for e in fights} == {6}


@pytest.mark.slow
def test_flight_at_two_named_borders_is_an_event_at_each() -> None:
    from events.pipeline import build_chain

    text = ("In Russia, many men refuse the partial mobilization. But the images at the Georgian "
            "and Finnish border reveal the extent of this migration.")
    article = Article(article_id="m", text=text, published=dt.datetime(2022, 9, 28, tzinfo=dt.UTC))
    (processed,) = build_chain().process([article])
    at_borders = {(e["actor1_code"], e["event_code"], e["actor2_code"], e["action_geo_fullname"])
                  for e in processed.events if e["action_geo_type"] == 6}
    assert at_borders == {("RUSCVL", "128", "RUSGOV", "Russia–Georgia border"),
                          ("RUSCVL", "128", "RUSGOV", "Russia–Finland border")}


@pytest.mark.slow
def test_victims_take_the_country_of_the_attack_not_of_the_attacker() -> None:
    from events.pipeline import build_chain

    text = ("KHARKIV, Ukraine, Sept. 13, 2022 — Russian artillery shelled residential districts "
            "of this city on Tuesday, killing seven civilians, regional officials said.")
    article = Article(article_id="d", text=text, published=dt.datetime(2022, 9, 13, tzinfo=dt.UTC))
    (processed,) = build_chain().process([article])
    attacks = {(e["actor1_code"], e["actor2_code"]) for e in processed.events if e["event_root_code"] == "19"}
    assert attacks == {("RUSMIL", "UKRCVL")}


@pytest.mark.slow
def test_a_dateline_abroad_gives_no_actor_its_country_when_the_sentence_names_a_town() -> None:
    from events.pipeline import build_chain

    text = ("NAIROBI (Reuters) - Militants in Mogadishu said on Sunday they had ambushed a "
            "government convoy.")
    article = Article(article_id="n", text=text, published=dt.datetime(2024, 3, 3, tzinfo=dt.UTC))
    (processed,) = build_chain().process([article])
    mentions = [(m["actor1_code"], m["event_code"], m["actor2_code"], m["location_reason"])
                for m in processed.mentions]
    assert mentions == [("SOMREB", "190", "SOMGOV", "dateline")]


def test_an_armed_group_named_like_a_foreign_town_in_another_language_is_no_place() -> None:
    from events.pipeline import build_chain

    chain = build_chain()
    article = Article(article_id="h1", text="Hamas fighters ambushed an army patrol on Sunday, "
                      "and Hamas leaders later praised the attack.",
                      published=dt.datetime(2024, 2, 4, tzinfo=dt.UTC))
    (processed,) = chain.process([article])
    assert "DE" not in {p.country_code for p in processed.places}  # not Hamm, Germany


def test_the_chain_tells_the_geoparser_the_dictionaries_organisations() -> None:
    from events.geo.text import norm
    from events.pipeline import build_chain

    organisations = build_chain().geoparser.organisations
    assert {norm("Hamas"), norm("Taliban")} <= organisations
    assert norm("Moscow") not in organisations  # a capital that stands for a government


def test_the_chain_leaves_the_shared_geoparser_as_it_is() -> None:
    from events.geo import build_geoparser
    from events.pipeline import build_chain

    chain = build_chain()
    shared = build_geoparser()
    assert chain.geoparser.gaz is shared.gaz and shared.organisations == frozenset()


@pytest.mark.parametrize(("previous", "root", "carries"), [
    ({"01", "11"}, "19", False),  # "… summoned the envoy in Kabul. Soldiers were killed"
    ({"19"}, "18", True),  # "… shelled Kharkiv. Seven people were killed"
    ({"14"}, "17", True),  # "… protested in Minsk. Police detained fifty"
    (set(), "19", True),  # a sentence with no event
    ({"01"}, "04", True),  # a statement, then a meeting
])
def test_a_place_carries_to_violence_only_from_a_sentence_of_acts(
        previous: set[str], root: str, carries: bool) -> None:
    from events.pipeline import carries_place

    assert carries_place(previous, root) is carries


@pytest.mark.slow
def test_violence_is_not_placed_where_a_protest_at_it_was_lodged() -> None:
    from events.pipeline import build_chain

    text = ("ISLAMABAD — Militants attacked a checkpoint in Khyber Pakhtunkhwa last week. The "
            "Afghan government summoned Pakistan's envoy in Kabul on Monday. Seven soldiers were "
            "killed in the attack.")
    article = Article(article_id="p", text=text, published=dt.datetime(2025, 7, 8, tzinfo=dt.UTC))
    (processed,) = build_chain().process([article])
    places = [(e["event_code"], e["action_geo_fullname"]) for e in processed.events]
    assert ("114", "Kabul, Afghanistan") in places, places  # the summons itself stays in Kabul
    assert ("190", "Kabul, Afghanistan") not in places, places
