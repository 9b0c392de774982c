"""Offline geoparsing and geocoding.

``Gazetteer.load()`` builds (once) and loads the index; ``Geoparser`` finds and resolves place
mentions in a spaCy Doc; ``OfflineGeocoder`` is a geopy geocoder over the same index;
``make_geocoder`` also offers a cached, rate-limited Nominatim. Importing this package does no
work: the names below are imported on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from events.geo.gazetteer import Gazetteer
    from events.geo.geocoder import OfflineGeocoder, make_geocoder
    from events.geo.parser import Geoparser, build_geoparser

__all__ = ["Gazetteer", "Geoparser", "OfflineGeocoder", "build_geoparser", "make_geocoder"]

_WHERE = {
    "Gazetteer": "events.geo.gazetteer",
    "Geoparser": "events.geo.parser",
    "OfflineGeocoder": "events.geo.geocoder",
    "make_geocoder": "events.geo.geocoder",
    "build_geoparser": "events.geo.parser",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'events.geo' has no attribute {name!r}")
