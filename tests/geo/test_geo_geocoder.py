"""The geopy geocoders: the offline one's contract and bad inputs; cached Nominatim."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from events.errors import ConfigError, InputError
from events.geo import Gazetteer, OfflineGeocoder, make_geocoder

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def geocoder(gazetteer: Gazetteer) -> OfflineGeocoder:
    return OfflineGeocoder(gazetteer)


def test_is_a_geopy_geocoder(geocoder: OfflineGeocoder) -> None:
    assert isinstance(geocoder, Geocoder)


def test_geocode_returns_a_location(geocoder: OfflineGeocoder) -> None:
    loc = geocoder.geocode("Tbilisi")
    assert isinstance(loc, Location)
    assert abs(loc.latitude - 41.69) < 0.2 and abs(loc.longitude - 44.83) < 0.2
    assert loc.raw["country_code"] == "GE"


def test_geocode_uses_the_parent_after_a_comma(geocoder: OfflineGeocoder) -> None:
    loc = geocoder.geocode("Paris, Texas")
    assert isinstance(loc, Location) and loc.raw["adm1_code"] == "TX"


def test_geocode_country_codes_filter(geocoder: OfflineGeocoder) -> None:
    loc = geocoder.geocode("Paris", country_codes=["us"])
    assert isinstance(loc, Location) and loc.raw["country_code"] == "US"


def test_geocode_not_exactly_one_gives_a_list(geocoder: OfflineGeocoder) -> None:
    found = geocoder.geocode("Springfield", exactly_one=False)
    assert isinstance(found, list) and len(found) > 1
    assert all(isinstance(x, Location) for x in found)


def test_unknown_name_gives_none(geocoder: OfflineGeocoder) -> None:
    assert geocoder.geocode("Qwzxyvillezz") is None


def test_reverse_gives_the_nearest_place(geocoder: OfflineGeocoder) -> None:
    loc = geocoder.reverse("33.749, -84.388")
    assert isinstance(loc, Location) and loc.raw["country_code"] == "US"
    assert loc.raw["distance_km"] < 20


def test_reverse_far_out_at_sea_gives_none(geocoder: OfflineGeocoder) -> None:
    assert geocoder.reverse((0.0, -140.0)) is None


@pytest.mark.parametrize(
    "query", ["", "   ", "\x00\x07\x1b", "Москва Санкт", None, 42, "\u202e\u200b"]
)
def test_bad_input_gives_none(geocoder: OfflineGeocoder, query: object) -> None:
    assert geocoder.geocode(query) is None


def test_huge_query_is_a_clear_input_error(geocoder: OfflineGeocoder) -> None:
    with pytest.raises(InputError):
        geocoder.geocode("Paris " * 2000)


def test_reverse_bad_input_gives_none(geocoder: OfflineGeocoder) -> None:
    assert geocoder.reverse("not a point") is None


def test_unknown_geocoder_name(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        make_geocoder("bing", cache_dir=tmp_path)


class _Nominatim(BaseHTTPRequestHandler):
    """Answers /search like Nominatim's JSON API and counts requests."""

    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        type(self).requests.append(self.path)
        body = json.dumps([{
            "place_id": 1, "lat": "33.7489924", "lon": "-84.3902644",
            "display_name": "Atlanta, Fulton County, Georgia, United States",
            "boundingbox": ["33.6", "33.9", "-84.6", "-84.2"],
        }]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def nominatim_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    _Nominatim.requests = []
    server = HTTPServer(("127.0.0.1", 0), _Nominatim)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_nominatim_answers_are_cached_on_disk(nominatim_server: str, tmp_path: Path) -> None:
    def make() -> object:
        return make_geocoder("nominatim", cache_dir=tmp_path, user_agent="events-tests",
                             domain=nominatim_server, scheme="http", min_delay_seconds=0.0)

    first = make().geocode("Atlanta")  # type: ignore[attr-defined]
    assert isinstance(first, Location) and abs(first.latitude - 33.749) < 0.01
    assert len(_Nominatim.requests) == 1 and _Nominatim.requests[0].startswith("/search")
    again = make().geocode("Atlanta")  # type: ignore[attr-defined]  # a new instance: disk cache
    assert isinstance(again, Location) and again.address == first.address
    assert len(_Nominatim.requests) == 1
    assert any(tmp_path.glob("*.sqlite"))
