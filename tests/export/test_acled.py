"""ACLED-style CSV export: columns, event types from CAMEO, inter codes, places, notes."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pandas as pd
import pytest

from events.export.acled import ACLED_COLUMNS, CAMEO_TO_ACLED, acled_type, export_acled, interaction
from tests.export.conftest import ATLANTA, AZ_AM_BORDER, KHARKIV, TBILISI, Writer, event, mention


def _read(data: Path, **kwargs: object) -> pd.DataFrame:
    buf = io.StringIO()
    export_acled(data, buf, **kwargs)  # type: ignore[arg-type]
    return pd.read_csv(io.StringIO(buf.getvalue()), dtype=str, keep_default_na=False)


def _one(dataset: Writer, row: dict[str, object],
         mentions: list[dict[str, object]] | None = None) -> pd.Series:
    frame = _read(dataset([row], mentions))
    assert len(frame) == 1
    return frame.iloc[0]


@pytest.fixture
def shelling(dataset: Writer) -> pd.Series:
    return _one(dataset, event("k", "194", fatalities=7), [
        mention("k", "a1", "Russian forces shelled Kharkiv on Tuesday, killing seven.",
                source="Example Wire", fatalities=7,
                published=dt.datetime(2022, 9, 15, 8, tzinfo=dt.UTC)),
        mention("k", "a2", "Russian artillery hit Kharkiv yesterday.", source="Sample Daily",
                published=dt.datetime(2022, 9, 14, 8, tzinfo=dt.UTC))])


def test_columns_are_acleds_in_order(dataset: Writer) -> None:
    frame = _read(dataset([event("k")]))
    assert tuple(frame.columns) == ACLED_COLUMNS


def test_shelling_is_explosions_remote_violence(shelling: pd.Series) -> None:
    assert (shelling.disorder_type, shelling.event_type, shelling.sub_event_type) == (
        "Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_foreign_army_against_civilians(shelling: pd.Series) -> None:
    assert (shelling.actor1, shelling.inter1) == ("Military Forces of Russia", "8")
    assert (shelling.actor2, shelling.assoc_actor_2, shelling.inter2) == (
        "Civilians (Ukraine)", "residents", "7")
    assert (shelling.interaction, shelling.civilian_targeting) == ("78", "Civilian targeting")


def test_place_columns(shelling: pd.Series) -> None:
    assert (shelling.iso, shelling.region, shelling.country, shelling.location) == (
        "804", "Europe", "Ukraine", "Kharkiv")
    assert (shelling.admin1, shelling.admin2, shelling.admin3) == ("Kharkivska oblast", "", "")
    assert (shelling.latitude, shelling.longitude, shelling.geo_precision) == (
        "49.9808", "36.2527", "1")


def test_notes_sources_and_fatalities(shelling: pd.Series) -> None:
    assert shelling.notes == "Russian artillery hit Kharkiv yesterday."  # earliest report
    assert shelling.source == "Sample Daily; Example Wire"
    assert shelling.fatalities == "7"


def test_dates_ids_and_timestamp(shelling: pd.Series) -> None:
    assert (shelling.event_date, shelling.year, shelling.time_precision) == (
        "2022-09-13", "2022", "1")
    assert shelling.event_id_cnty.startswith("UKR") and shelling.event_id_cnty[3:].isdigit()
    assert int(shelling.timestamp) > 1_600_000_000


def test_protest_has_protesters_and_no_actor2(dataset: Writer) -> None:
    row = _one(dataset, event("p", "141", a1="GEOOPP", n1="opposition supporters",
                              a2="GEOGOV", n2="parliament", place=TBILISI))
    assert (row.disorder_type, row.event_type, row.sub_event_type) == (
        "Demonstrations", "Protests", "Peaceful protest")
    assert (row.actor1, row.assoc_actor_1, row.inter1) == (
        "Protesters (Georgia)", "Political Opposition (Georgia)", "6")
    assert (row.actor2, row.inter2, row.interaction) == ("", "0", "60")
    assert (row.tags, row.region) == ("crowd size=no report", "Caucasus and Central Asia")


def test_riot_is_a_violent_demonstration(dataset: Writer) -> None:
    row = _one(dataset, event("r", "145", a1="GEOOPP", n1="rioters", a2="GEOCOP",
                              n2="police", place=TBILISI))
    assert (row.event_type, row.sub_event_type, row.inter1, row.inter2) == (
        "Riots", "Violent demonstration", "5", "1")
    assert row.interaction == "15"


def test_arrests_by_police_are_a_strategic_development(dataset: Writer) -> None:
    row = _one(dataset, event("a", "173", a1="GEOCOP", n1="police", a2="GEOOPP",
                              n2="demonstrators", place=TBILISI))
    assert (row.disorder_type, row.event_type, row.sub_event_type) == (
        "Strategic developments", "Strategic developments", "Arrests")
    assert (row.actor1, row.inter1, row.civilian_targeting) == ("Police Forces of Georgia", "1", "")


def test_border_clash_is_a_battle_at_region_precision(dataset: Writer) -> None:
    row = _one(dataset, event("b", "190", a1="AZEMIL", n1="Azerbaijani forces", a2="ARMMIL",
                              n2="Armenian forces", place=AZ_AM_BORDER))
    assert (row.event_type, row.sub_event_type) == ("Battles", "Armed clash")
    # a border area is home to both sides: neither army is "external"
    assert (row.actor1, row.inter1, row.actor2, row.inter2) == (
        "Military Forces of Azerbaijan", "1", "Military Forces of Armenia", "1")
    assert (row.country, row.location, row.geo_precision) == (
        "Armenia", "Azerbaijan–Armenia border", "3")


def test_fighting_civilians_is_violence_against_civilians(dataset: Writer) -> None:
    row = _one(dataset, event("c", "193", a1="RUSMIL", a2="UKRCVL"))
    assert (row.event_type, row.sub_event_type, row.civilian_targeting) == (
        "Violence against civilians", "Attack", "Civilian targeting")


def test_near_a_town_is_precision_2(dataset: Writer) -> None:
    row = _one(dataset, event("n", "194"),
               [mention("n", "a", "Shells fell on villages near Kharkiv overnight.")])
    assert row.geo_precision == "2"


def test_week_precision_and_unreported_fatalities(dataset: Writer) -> None:
    row = _one(dataset, event("w", "194", date_precision="week"))
    assert (row.time_precision, row.fatalities) == ("2", "0")


def test_events_without_acled_type_are_left_out(dataset: Writer) -> None:
    data = dataset([event("k", "194"), event("v", "042", a1="RUSCVL", a2="GEO", n2="Georgia")])
    assert len(_read(data)) == 1
    everything = _read(data, include_unmapped=True)
    assert len(everything) == 2
    visit = everything[everything.sub_event_type == "Other"].iloc[0]
    assert (visit.event_type, visit.sub_event_type) == ("Strategic developments", "Other")


def test_returns_rows_written_and_writes_files(dataset: Writer, tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    assert export_acled(dataset([event("k", "194", place=KHARKIV)]), path) == 1
    assert pd.read_csv(path).shape == (1, len(ACLED_COLUMNS))


@pytest.mark.parametrize(("code", "expected"), [
    ("1831", ("Explosions/Remote violence", "Suicide bomb")),
    ("1832", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("195", ("Explosions/Remote violence", "Air/drone strike")),
    ("1951", ("Explosions/Remote violence", "Air/drone strike")),
    ("181", ("Violence against civilians", "Abduction/forced disappearance")),
    ("1453", ("Riots", "Violent demonstration")),
    ("143", ("Protests", "Peaceful protest")),
])
def test_longest_cameo_prefix_wins(code: str, expected: tuple[str, str]) -> None:
    kind = acled_type({"event_code": code, "actor1_code": "XYZ"})
    assert kind is not None
    assert (kind.event_type, kind.sub_event_type) == expected


def test_state_forces_occupying_territory_regain_it() -> None:
    row = {"event_code": "192", "actor1_code": "UKRMIL", "actor1_type1_code": "MIL",
           "actor1_country_code": "UKR", "action_geo_country_code": "UA"}
    kind = acled_type(row)
    assert kind is not None and kind.sub_event_type == "Government regains territory"


def test_foreign_forces_taking_territory_overtake_it() -> None:
    row = {"event_code": "192", "actor1_code": "RUSMIL", "actor1_type1_code": "MIL",
           "actor1_country_code": "RUS", "action_geo_country_code": "UA"}
    kind = acled_type(row)
    assert kind is not None and kind.sub_event_type == "Non-state actor overtakes territory"


def test_police_of_unknown_country_are_the_event_countrys(dataset: Writer) -> None:
    row = _one(dataset, event("a", "173", a1="---COP", n1="police", a2="GEOOPP",
                              n2="demonstrators", place=TBILISI))
    assert (row.actor1, row.inter1) == ("Police Forces of Georgia", "1")


def test_mapping_only_uses_acled_event_types() -> None:
    assert {t for t, _ in CAMEO_TO_ACLED.values()} == {
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
        "Riots", "Strategic developments"}


def test_interaction_codes() -> None:
    assert (interaction(8, 7), interaction(1, 2), interaction(6, 0)) == (78, 12, 60)
    assert (interaction(0, 7), interaction(0, 0)) == (70, 0)


# --- places: admin1 from the geography authority, admin2 for US towns ------------------------

@pytest.mark.parametrize(("place", "admin1", "admin2", "location"), [
    (TBILISI, "Tbilisi", "", "Tbilisi"),
    ({**KHARKIV, "action_geo_adm1_code": "07"}, "Kharkivska oblast", "", "Kharkiv"),  # bare code
    (ATLANTA, "Georgia", "Fulton County", "Atlanta"),
    ({"action_geo_type": 5, "action_geo_fullname": "Batken, Kyrgyzstan",
      "action_geo_country_code": "KG", "action_geo_adm1_code": "KG09", "action_geo_lat": 40.0,
      "action_geo_long": 70.8}, "Batken", "", "Batken"),
    ({"action_geo_type": 1, "action_geo_fullname": "Ukraine", "action_geo_country_code": "UA",
      "action_geo_lat": 49.0, "action_geo_long": 32.0}, "", "", "Ukraine"),
    (AZ_AM_BORDER, "", "", "Azerbaijan–Armenia border"),
])
def test_admin_levels(dataset: Writer, place: dict[str, object], admin1: str, admin2: str,
                      location: str) -> None:
    row = _one(dataset, event("x", "194", place=place))
    assert (row.admin1, row.admin2, row.location) == (admin1, admin2, location)


# --- source scale: declared per source in sources.toml, kept on the article -----------------

def test_source_scale_from_the_articles_of_the_event(dataset: Writer) -> None:
    from tests.export.conftest import article

    data = dataset([event("k", "194"), event("t", "141", a1="GEOCVL", n1="people",
                                             a2="GEOGOV", n2="government", place=TBILISI)],
                   [mention("k", "a1", "Shelling.", source="Kyiv Local"),
                    mention("k", "a2", "Shelling.", source="World Wire",
                            published=dt.datetime(2022, 9, 16, tzinfo=dt.UTC)),
                    mention("t", "a3", "A protest.")],
                   [article("a1", scale="National", source="Kyiv Local"),
                    article("a2", scale="International", source="World Wire"),
                    article("a3")])
    frame = _read(data).set_index("event_type")
    assert frame.loc["Explosions/Remote violence", "source_scale"] == "National-International"
    assert frame.loc["Protests", "source_scale"] == "Unknown"


# --- actors: sector, names, never the same actor twice ----------------------------------------

def test_opposition_parties_signing_an_agreement_are_not_civilians(dataset: Writer) -> None:
    row = _one(dataset, event("d", "057", a1="GEOGOV", n1="the ruling party", a2="GEOOPP",
                              n2="opposition parties", place=TBILISI))
    assert (row.actor1, row.inter1) == ("Government of Georgia", "1")
    assert (row.actor2, row.inter2, row.interaction) == ("Political Opposition (Georgia)", "8", "18")


def test_opposition_fighting_is_a_political_militia(dataset: Writer) -> None:
    row = _one(dataset, event("f", "190", a1="GEOOPP", n1="opposition supporters",
                              a2="GEOCOP", n2="police", place=TBILISI))
    assert (row.actor1, row.inter1, row.actor2, row.inter2) == (
        "Opposition Militia (Georgia)", "3", "Police Forces of Georgia", "1")


def test_civil_society_victims_keep_their_sector_as_associated_actor(dataset: Writer) -> None:
    row = _one(dataset, event("j", "194", a2="UKRMED", n2="reporters"))
    assert (row.actor2, row.assoc_actor_2, row.inter2) == (
        "Civilians (Ukraine)", "Journalists (Ukraine)", "7")


def test_parliament_is_the_state_not_civilians(dataset: Writer) -> None:
    row = _one(dataset, event("p", "173", a1="GEOCOP", n1="police", a2="GEOLEG", n2="MPs",
                              place=TBILISI))
    assert (row.actor2, row.inter2) == ("Government of Georgia", "1")


def test_an_actor_never_acts_on_itself(dataset: Writer) -> None:
    row = _one(dataset, event("s", "190", a1="UKRMIL", n1="Ukrainian troops", a2="UKRMIL",
                              n2="soldiers"))
    assert (row.actor1, row.actor2, row.inter2, row.interaction) == (
        "Military Forces of Ukraine", "", "0", "10")


def test_violence_without_a_named_attacker(dataset: Writer) -> None:
    row = _one(dataset, event("u", "194", a1=None, a2="UKRCVL", n2="residents"))
    assert (row.actor1, row.inter1, row.actor2) == (
        "Unidentified Armed Group (Ukraine)", "3", "Civilians (Ukraine)")


def test_the_only_actor_of_a_development_is_actor1(dataset: Writer) -> None:
    row = _one(dataset, event("m", "154", a1=None, a2="RUSMIL", n2="reservists",
                              place=RU_MOSCOW))
    assert (row.actor1, row.inter1, row.actor2) == ("Military Forces of Russia", "1", "")


RU_MOSCOW: dict[str, object] = {
    "action_geo_type": 4, "action_geo_fullname": "Moscow, Russia",
    "action_geo_country_code": "RU", "action_geo_adm1_code": "48", "action_geo_lat": 55.75,
    "action_geo_long": 37.62, "action_geo_border_countries": []}
