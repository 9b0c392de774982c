"""The gazetteer index: building, caching, names, demonyms, abbreviations, borders."""

from __future__ import annotations

from pathlib import Path

import pytest

from events.geo import Gazetteer
from events.geo.gazetteer import INDEX_FILE, _load_cached

pytestmark = pytest.mark.slow


def test_index_is_written_to_the_cache_dir(gazetteer: Gazetteer, geo_cache: Path) -> None:
    assert (geo_cache / INDEX_FILE).stat().st_size > 1_000_000


def test_load_is_cached_in_process(gazetteer: Gazetteer, geo_cache: Path) -> None:
    assert Gazetteer.load(geo_cache) is gazetteer


def test_cold_load_reads_the_index_without_rebuilding(gazetteer: Gazetteer, geo_cache: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A new process reads the cached index (its speed is measured by ``make bench``)."""
    import events.geo.build

    def no_build() -> None:
        raise AssertionError("the index was rebuilt")

    monkeypatch.setattr(events.geo.build, "build_index", no_build)
    _load_cached.cache_clear()
    again = Gazetteer.load(geo_cache)
    assert again is not gazetteer
    assert len(again.index.names) == len(gazetteer.index.names)


def test_us_abbreviation_is_the_country_not_a_village(gazetteer: Gazetteer) -> None:
    rids = gazetteer.lookup("US")
    assert [gazetteer.candidate(r).feature_type for r in rids] == ["country"]
    assert gazetteer.candidate(rids[0]).country_code == "US"


def test_short_capitals_outside_the_abbreviation_table_match_nothing(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("EQX") == []


@pytest.mark.parametrize(
    ("form", "iso2"),
    [("Georgian", "GE"), ("Finnish", "FI"), ("Kyrgyz", "KG"), ("Tajik", "TJ"),
     ("Russian", "RU"), ("Ukrainian", "UA"), ("American", "US"), ("Russians", "RU")],
)
def test_demonyms(gazetteer: Gazetteer, form: str, iso2: str) -> None:
    assert gazetteer.demonym(form) == iso2


def test_lower_case_word_is_not_a_demonym(gazetteer: Gazetteer) -> None:
    assert gazetteer.demonym("finnish") is None


def test_georgia_has_country_and_state_candidates(gazetteer: Gazetteer) -> None:
    kinds = {(c.feature_type, c.country_code) for c in map(gazetteer.candidate,
                                                          gazetteer.lookup("Georgia"))}
    assert {("country", "GE"), ("adm1", "US")} <= kinds


def test_us_county_has_a_point_in_its_state(gazetteer: Gazetteer) -> None:
    county = gazetteer.candidate(gazetteer.lookup("Rapides Parish")[0])
    assert county.feature_type == "adm2" and county.adm1 == "LA"
    assert abs(county.lat - 31.17) < 0.5 and abs(county.lon + 92.48) < 0.5


def test_world_adm1_regions_are_present(gazetteer: Gazetteer) -> None:
    sindh = [gazetteer.candidate(r) for r in gazetteer.lookup("Sindh")]
    assert any(c.feature_type == "adm1" and c.country_code == "PK" for c in sindh)


def test_neighbours_are_symmetric(gazetteer: Gazetteer) -> None:
    assert "GE" in gazetteer.neighbours("RU") and "RU" in gazetteer.neighbours("GE")


def test_border_points_are_precomputed_for_neighbours(gazetteer: Gazetteer) -> None:
    lat, lon = gazetteer.border_point("GE", "RU") or (0.0, 0.0)
    assert 41.0 < lat < 44.5 and 39.5 < lon < 47.0


@pytest.mark.parametrize("word", ["Business", "Public", "Love", "Stop", "Gardening"])
def test_a_common_word_given_as_a_divisions_native_name_names_no_place(
        gazetteer: Gazetteer, word: str) -> None:
    """countrystatecity gives machine-translated "native" names ("Business" for Butaleja,
    Uganda; "Stop" for Halton, England): they are not indexed."""
    assert gazetteer.lookup(word) == []


@pytest.mark.parametrize(("native", "country"), [("Bayern", "DE"), ("Vlaanderen", "BE"), ("Wien", "AT")])
def test_a_divisions_real_native_name_still_names_it(
        gazetteer: Gazetteer, native: str, country: str) -> None:
    assert any(gazetteer.index.cc[r] == country for r in gazetteer.lookup(native))
