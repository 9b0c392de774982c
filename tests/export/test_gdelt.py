"""GDELT 2.0 event export: 61 columns in order, GDELT formats and codes, round trip."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pandas as pd
import pytest

from events.dataset import load
from events.export._common import numeric_id
from events.export.gdelt import GDELT_COLUMNS, export_gdelt, fraction_date, read_gdelt
from tests.export.conftest import ATLANTA, AZ_AM_BORDER, RU_GE_BORDER, TBILISI, Writer, event, mention

LABELS = "reference/gdelt/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv"
SAMPLE = "reference/gdelt/gdelt_sample.export.csv"


def _export(data: Path) -> pd.DataFrame:
    buf = io.StringIO()
    export_gdelt(data, buf)
    return read_gdelt(io.StringIO(buf.getvalue()))


def _one(dataset: Writer, row: dict[str, object]) -> pd.Series:
    frame = _export(dataset([row]))
    assert len(frame) == 1
    return frame.iloc[0]


@pytest.fixture
def three(dataset: Writer) -> Path:
    return dataset(
        [event("kharkiv", "194"),
         event("tbilisi", "057", day=dt.date(2021, 4, 19), a1="GEOGOV", n1="the government",
               a2="GEOOPP", n2="the opposition", place=TBILISI),
         event("border", "190", a1="AZEMIL", n1="Azerbaijani forces", a2="ARMMIL",
               n2="Armenian forces", place=AZ_AM_BORDER, fatalities=49)],
        [mention("kharkiv", "a1", "Russian forces shelled Kharkiv.", source="Example Wire"),
         mention("kharkiv", "a2", "Kharkiv was shelled.", source="Sample Daily"),
         mention("tbilisi", "a3", "They signed a deal.", day=dt.date(2021, 4, 19)),
         mention("border", "a4", "Fighting flared.", index=5)])


def test_every_line_has_61_tab_separated_fields(three: Path) -> None:
    buf = io.StringIO()
    assert export_gdelt(three, buf) == 3
    lines = buf.getvalue().splitlines()
    assert [len(line.split("\t")) for line in lines] == [61, 61, 61]


def test_round_trip_values_match_the_dataset(three: Path) -> None:
    out = _export(three)
    events = load(three)
    assert list(out.columns) == list(GDELT_COLUMNS)
    assert out["GLOBALEVENTID"].tolist() == [str(numeric_id(e)) for e in events["event_id"]]
    assert out["SQLDATE"].tolist() == events["event_date"].dt.strftime("%Y%m%d").tolist()
    assert out["Actor1Code"].tolist() == events["actor1_code"].tolist()
    assert out["Actor2Name"].tolist() == ["GEORGIA", "ARMENIA", "UKRAINE"]  # by date
    assert out["EventCode"].tolist() == events["event_code"].astype(str).tolist()
    assert out["NumMentions"].tolist() == [str(n) for n in events["num_mentions"]]
    assert out["NumSources"].tolist() == [str(n) for n in events["num_sources"]]
    assert out["GoldsteinScale"].astype(float).tolist() == events["goldstein_scale"].tolist()
    assert out["ActionGeo_Lat"].astype(float).tolist() == events["action_geo_lat"].tolist()
    assert out["ActionGeo_Long"].astype(float).tolist() == events["action_geo_long"].tolist()
    assert out["SOURCEURL"].tolist() == events["source_url"].tolist()


def test_dates_use_gdelt_formats(dataset: Writer) -> None:
    row = _one(dataset, event("e1", day=dt.date(2022, 9, 13)))
    assert (row.SQLDATE, row.MonthYear, row.Year, row.FractionDate) == (
        "20220913", "202209", "2022", "2022.6932")
    added = dt.datetime.strptime(row.DATEADDED, "%Y%m%d%H%M%S")
    assert added.year >= 2022 and added.minute % 15 == 0 and added.second == 0


def test_geo_country_codes_are_fips(dataset: Writer) -> None:
    row = _one(dataset, event("e1", "141", a1="GEOOPP", n1="protesters", a2="GEOGOV",
                                n2="parliament", place=TBILISI))
    assert (row.ActionGeo_CountryCode, row.ActionGeo_ADM1Code) == ("GG", "GG51")


def test_russia_is_rs_and_ukrainian_adm1_is_fips(dataset: Writer) -> None:
    place = {"action_geo_type": 4, "action_geo_fullname": "Moscow, Russia",
             "action_geo_country_code": "RU", "action_geo_adm1_code": "RU48",
             "action_geo_lat": 55.75, "action_geo_long": 37.62}
    assert _one(dataset, event("m", place=place)).ActionGeo_ADM1Code == "RS48"
    assert _one(dataset, event("k")).ActionGeo_ADM1Code == "UP07"


def test_bare_admin1_codes_get_the_fips_prefix(dataset: Writer) -> None:
    row = _one(dataset, event("a", "1724", a1="USAGOV", n1="the governor", a2=None,
                              place=ATLANTA))
    assert (row.ActionGeo_Type, row.ActionGeo_ADM1Code, row.ActionGeo_FeatureID) == (
        "3", "USGA", "4180439")
    assert _one(dataset, event("k", action_geo_adm1_code="07")).ActionGeo_ADM1Code == "UP07"


def test_unknown_country_placeholder_is_dropped_from_actor_codes(dataset: Writer) -> None:
    row = _one(dataset, event("g", "141", a1="---OPP", n1="protesters", a2="GEOGOV",
                              n2="government", place=TBILISI))
    assert (row.Actor1Code, row.Actor1CountryCode, row.Actor1Type1Code) == ("OPP", "", "OPP")


def test_border_area_is_written_as_country_level(dataset: Writer) -> None:
    row = _one(dataset, event("b", "042", a1="RUSCVL", n1="Russian men", a2="GEO",
                              n2="Georgia", place=RU_GE_BORDER))
    assert row.ActionGeo_Type == "1"
    assert (row.ActionGeo_CountryCode, row.ActionGeo_ADM1Code, row.ActionGeo_FeatureID) == (
        "GG", "GG", "GG")
    assert row.ActionGeo_FullName == "Russia–Georgia border"
    assert (row.ActionGeo_Lat, row.ActionGeo_Long) == ("42.7386", "44.6293")


def test_event_without_place_has_geo_type_0_and_empty_fields(dataset: Writer) -> None:
    row = _one(dataset, event("e1", place={"action_geo_border_countries": []}))
    cells = [row[c] for c in GDELT_COLUMNS if c.startswith("ActionGeo_")]
    assert cells == ["0", "", "", "", "", "", "", ""]
    assert row.Actor1Geo_Type == "0"


def test_codes_keep_their_leading_zeros(dataset: Writer) -> None:
    row = _one(dataset, event("e1", "057", a1="GEOGOV", n1="government", a2="GEOOPP",
                              n2="opposition", place=TBILISI))
    assert (row.EventCode, row.EventBaseCode, row.EventRootCode, row.QuadClass) == (
        "057", "057", "05", "1")
    assert row.GoldsteinScale == "8.0"


def test_actor_fields_and_unmeasured_tone(dataset: Writer) -> None:
    row = _one(dataset, event("e1"))
    assert (row.Actor1Code, row.Actor1CountryCode, row.Actor1Type1Code) == ("RUSMIL", "RUS", "MIL")
    assert (row.Actor1EthnicCode, row.Actor1Type3Code) == ("", "")
    assert (row.IsRootEvent, row.AvgTone) == ("1", "")  # no article tone: unknown, not neutral


def test_late_mention_is_not_a_root_event(dataset: Writer) -> None:
    data = dataset([event("e1")], [mention("e1", "a", "Later on, shelling.", index=7)])
    assert _export(data).iloc[0].IsRootEvent == "0"


def test_globaleventid_is_stable_across_exports(three: Path) -> None:
    first, second = _export(three), _export(three)
    assert first["GLOBALEVENTID"].tolist() == second["GLOBALEVENTID"].tolist()
    ids = [int(v) for v in first["GLOBALEVENTID"]]
    assert len(set(ids)) == 3
    assert all(0 < i < 2**52 for i in ids)


def test_tabs_and_newlines_in_names_do_not_break_lines(dataset: Writer) -> None:
    data = dataset([event("e1", a1="XYZ", n1="Some\tforces\nin the north",
                          action_geo_fullname="Kharkiv\tregion, Ukraine")])
    buf = io.StringIO()
    export_gdelt(data, buf)
    assert buf.getvalue().count("\n") == 1
    row = read_gdelt(io.StringIO(buf.getvalue())).iloc[0]
    assert row.Actor1Name == "SOME FORCES IN THE NORTH"
    assert row.ActionGeo_FullName.startswith("Kharkiv region, ")


def test_writes_a_file_and_to_stdout(three: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "out" / "events.tsv"
    assert export_gdelt(three, path) == 3
    assert len(read_gdelt(path)) == 3
    export_gdelt(three, None)
    assert len(capsys.readouterr().out.splitlines()) == 3


def test_filters_are_passed_to_load(three: Path) -> None:
    buf = io.StringIO()
    assert export_gdelt(three, buf, countries=["GE"]) == 1


@pytest.mark.shared
def test_our_columns_are_the_codebook_columns(shared_dir: Path) -> None:
    with (shared_dir / LABELS).open(encoding="utf-8") as fh:
        labels = [row["tableId"] for row in csv.DictReader(fh)]
    assert tuple(labels) == GDELT_COLUMNS


@pytest.mark.shared
def test_gdelt_sample_reads_with_the_same_reader(shared_dir: Path) -> None:
    sample = read_gdelt(shared_dir / SAMPLE)
    assert sample.shape == (100, 61)
    assert sample.iloc[0].EventCode == "043"


@pytest.mark.shared
def test_fraction_date_reproduces_gdelt(shared_dir: Path) -> None:
    sample = read_gdelt(shared_dir / SAMPLE)
    ours = [fraction_date(pd.Timestamp(d)) for d in sample["SQLDATE"]]
    assert ours == sample["FractionDate"].tolist()


# --- what GDELT users expect: names, tone, formats --------------------------------------------

@pytest.mark.parametrize(("code", "name", "expected"), [
    ("RUSMIL", "Russian troops", "RUSSIA"),
    ("USAGOV", "Governor Brian Kemp", "UNITED STATES"),
    ("IGOEEC", "the EU", "EUROPEAN UNION"),
    ("IGONAT", "the alliance", "NORTH ATLANTIC TREATY ORGANIZATION"),
    ("---COP", "police", "POLICE FORCES"),
    ("CASREFLAB", "migrant workers", "CENTRAL ASIA"),
])
def test_actor_names_are_dictionary_names_in_capitals(dataset: Writer, code: str, name: str,
                                                      expected: str) -> None:
    assert _one(dataset, event("e", a1=code, n1=name)).Actor1Name == expected


def test_avg_tone_is_the_mean_tone_of_the_reporting_articles(dataset: Writer) -> None:
    from tests.export.conftest import article

    data = dataset([event("k")],
                   [mention("k", "a1", "Shelling."), mention("k", "a1", "More.", index=1),
                    mention("k", "a2", "Shelling.")],
                   [article("a1", tone=-4.5), article("a2", tone=-2.25)])
    assert _export(data).iloc[0].AvgTone == "-3.375"  # each article once


def test_avg_tone_keeps_gdelts_precision(dataset: Writer) -> None:
    from tests.export.conftest import article

    data = dataset([event("k")], [mention("k", "a1", "Shelling.")],
                   [article("a1", tone=-300 / 67)])
    assert _export(data).iloc[0].AvgTone == "-4.47761194029851"  # 15 significant digits


def test_dateadded_is_the_next_15_minute_update(dataset: Writer) -> None:
    from events.export.gdelt import date_added

    assert date_added(pd.Timestamp("2022-09-15 10:37:12", tz="UTC")) == "20220915104500"
    assert date_added(pd.Timestamp("2022-09-15 10:45:00", tz="UTC")) == "20220915104500"
    assert date_added(pd.Timestamp("2022-09-15 12:37:12+02:00")) == "20220915104500"
    assert date_added(None) == ""


@pytest.mark.parametrize(("score", "text"), [(1, "1.0"), (-10, "-10.0"), (2.8, "2.8"),
                                              (0, "0.0"), (-0.04, "0.0")])
def test_goldstein_has_one_decimal(score: float, text: str) -> None:
    from events.export.gdelt import goldstein

    assert goldstein(score) == text


def test_town_full_name_is_city_state_country(dataset: Writer) -> None:
    row = _one(dataset, event("k"))
    assert row.ActionGeo_FullName == "Kharkiv, Kharkivska oblast, Ukraine"


def test_us_town_has_state_and_county_codes(dataset: Writer) -> None:
    row = _one(dataset, event("a", "1724", a1="USAGOV", n1="the governor", a2=None,
                              place=ATLANTA))
    assert (row.ActionGeo_FullName, row.ActionGeo_ADM1Code, row.ActionGeo_ADM2Code) == (
        "Atlanta, Georgia, United States", "USGA", "GA121")


def test_world_adm1_is_named_like_gdelts(dataset: Writer) -> None:
    batken = {"action_geo_type": 5, "action_geo_fullname": "Batken, Kyrgyzstan",
              "action_geo_country_code": "KG", "action_geo_adm1_code": "KG09",
              "action_geo_lat": 40.0, "action_geo_long": 70.8, "action_geo_feature_id": "1"}
    row = _one(dataset, event("b", "190", a1="KGZMIL", a2="TJKMIL", place=batken))
    assert (row.ActionGeo_Type, row.ActionGeo_FullName, row.ActionGeo_ADM1Code,
            row.ActionGeo_FeatureID) == ("5", "Batken, Batken, Kyrgyzstan", "KG09", "1")
