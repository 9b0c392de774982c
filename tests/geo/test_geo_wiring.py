"""Settings.geocoder chooses the geocoder the pipeline's geoparser uses (no network ever)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from events.config import Settings, default_geocoder_options
from events.errors import ConfigError
from events.geo import Gazetteer, Geoparser, OfflineGeocoder, make_geocoder
from events.geo.geocoder import CachedGeocoder

pytestmark = pytest.mark.slow


class FakeGeocoder(Geocoder):
    """A geopy geocoder that answers every query with one point and records the queries."""

    queries: ClassVar[list[str]] = []
    options: ClassVar[dict[str, Any]] = {}

    def __init__(self, **options: Any) -> None:
        super().__init__(user_agent=options.get("user_agent", "fake"))
        type(self).options = options

    def geocode(self, query: str, *, exactly_one: bool = True, **kwargs: Any) -> Location | None:
        type(self).queries.append(query)
        if query.startswith("Nowhere"):
            return None
        return Location(f"{query} (fake)", (10.0, 20.0), {"fake": True})


FAKE = f"{__name__}:FakeGeocoder"


@pytest.fixture(autouse=True)
def _reset() -> None:
    FakeGeocoder.queries = []
    FakeGeocoder.options = {}


def test_offline_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVENTS_GEOCODER", raising=False)
    assert Settings().geocoder == "offline"


def test_the_environment_names_the_geocoder_and_its_options(monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    monkeypatch.setenv("EVENTS_GEOCODER", "nominatim")
    monkeypatch.setenv("EVENTS_GEOCODER_OPTIONS", '{"user_agent": "my-newsroom"}')
    settings = Settings()
    assert (settings.geocoder, settings.geocoder_options) == ("nominatim",
                                                              {"user_agent": "my-newsroom"})


def test_options_that_are_not_a_json_object_are_a_config_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTS_GEOCODER_OPTIONS", "[1, 2]")
    with pytest.raises(ConfigError):
        default_geocoder_options()


def test_make_geocoder_offline(gazetteer: Gazetteer, tmp_path: Path) -> None:
    assert isinstance(make_geocoder("offline", gazetteer=gazetteer), OfflineGeocoder)


def test_a_geopy_service_is_built_by_name_with_its_options(tmp_path: Path) -> None:
    geocoder = make_geocoder("nominatim", cache_dir=tmp_path,
                             options={"user_agent": "my-newsroom", "min_delay_seconds": 0})
    assert isinstance(geocoder, CachedGeocoder)
    service = geocoder._geocode.func.__self__  # RateLimiter(Nominatim(...).geocode)
    assert type(service).__name__ == "Nominatim"
    assert service.headers["User-Agent"] == "my-newsroom"


def test_an_unknown_service_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        make_geocoder("no-such-service", cache_dir=tmp_path)


def test_options_the_geocoder_rejects_are_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        make_geocoder("nominatim", cache_dir=tmp_path, options={"no_such_option": 1})


def test_a_fake_geocoder_gets_its_options_behind_the_rate_limiter_and_cache(
        tmp_path: Path) -> None:
    geocoder = make_geocoder(FAKE, cache_dir=tmp_path,
                             options={"user_agent": "t", "min_delay_seconds": 0})
    first = geocoder.geocode("Kutaisi, Georgia")
    again = geocoder.geocode("Kutaisi, Georgia")
    assert FakeGeocoder.options == {"user_agent": "t"}
    assert FakeGeocoder.queries == ["Kutaisi, Georgia"]  # the second answer came from the cache
    assert (first.latitude, again.longitude) == (10.0, 20.0)


def test_the_geoparser_takes_its_points_from_the_configured_geocoder(
        gazetteer: Gazetteer, nlp: Any, tmp_path: Path) -> None:
    online = make_geocoder(FAKE, cache_dir=tmp_path, options={"min_delay_seconds": 0})
    places = Geoparser(gazetteer, online).parse(nlp("Shelling hit Kutaisi in Georgia on Monday."))
    town = next(p for p in places if p.mention == "Kutaisi")
    country = next(p for p in places if p.mention == "Georgia")
    assert (town.lat, town.lon, town.country_code) == (10.0, 20.0, "GE")
    assert "online geocoder" in town.explanation
    assert FakeGeocoder.queries == ["Kutaisi, Georgia"]  # the country keeps its GeoNames point
    assert country.lat != 10.0


def test_the_chain_uses_the_geocoder_settings_name(geo_cache: Path, gazetteer: Gazetteer) -> None:
    from events.pipeline import build_chain

    settings = Settings(cache_dir=geo_cache, geocoder=FAKE,
                        geocoder_options={"min_delay_seconds": 0})
    chain = build_chain(settings)
    assert isinstance(chain.geoparser.geocoder, CachedGeocoder)
    assert chain.geoparser.geocoder.name == FAKE
