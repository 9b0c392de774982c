"""geopy-compatible geocoders: the offline gazetteer, and any geopy geocoder (Nominatim, ...)
behind geopy's RateLimiter and an on-disk cache, chosen by ``Settings.geocoder``.

Bad input never crashes: empty, non-text, control-character-only or unknown queries give
``None``; a query over :data:`MAX_QUERY_CHARS` raises :class:`events.errors.InputError`.
"""

from __future__ import annotations

import importlib
import json
import logging
import sqlite3
import threading
import unicodedata
from pathlib import Path
from typing import Any

import numpy as np
from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from events.config import default_cache_dir
from events.errors import ConfigError, InputError, TransientError
from events.geo.gazetteer import Gazetteer
from events.geo.index import ADM1, CITY, COUNTRY, FTYPES
from events.geo.parser import _build_geoparser, build_geoparser  # noqa: F401 (re-exported)
from events.geo.recognize import Mention, match_span
from events.geo.resolve import Resolver

log = logging.getLogger(__name__)

MAX_QUERY_CHARS = 512
REVERSE_MAX_KM = 250.0


def clean_query(query: object) -> str | None:
    """The query as one clean line, or None when there is nothing to look up.

    Raises InputError for a query longer than MAX_QUERY_CHARS characters.
    """
    if not isinstance(query, str):
        return None
    if len(query) > MAX_QUERY_CHARS:
        raise InputError(f"geocoder query is {len(query)} characters; the limit is "
                         f"{MAX_QUERY_CHARS}")
    text = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in query)
    text = " ".join(text.split())
    return text or None


class OfflineGeocoder(Geocoder):
    """A geopy Geocoder answering from the offline gazetteer (no network)."""

    def __init__(self, gazetteer: Gazetteer | None = None, *, cache_dir: Path | None = None):
        super().__init__(user_agent="events-offline-geocoder")
        self.gaz = gazetteer if gazetteer is not None else Gazetteer.load(cache_dir)
        self.resolver = Resolver(self.gaz)
        self._city_rids: np.ndarray | None = None

    # -- forward ---------------------------------------------------------------------------
    def geocode(self, query: Any, *, exactly_one: bool = True, timeout: Any = DEFAULT_SENTINEL,
                country_codes: str | list[str] | None = None, limit: int | None = None,
                **kwargs: Any) -> Location | list[Location] | None:
        """Locate "Name" or "Name, Parent[, Country]" (e.g. "Paris, Texas", "Atlanta, GA").

        ``country_codes``: ISO2 code(s) to restrict to. Returns a Location, a list (most likely
        first) when ``exactly_one`` is False, or None when nothing matches.
        """
        text = clean_query(query)
        if text is None:
            return None
        parts = [p.strip() for p in text.split(",") if p.strip()]
        if not parts:
            return None
        rids = self._candidates(parts, _codes(country_codes))
        if not rids:
            return None
        found = [self._location(r) for r in rids[: (limit or 10)]]
        return found[0] if exactly_one else found

    def _candidates(self, parts: list[str], codes: set[str]) -> list[int]:
        rids, _, _ = match_span(self.gaz, parts[0], parents=True)
        if codes:
            rids = [r for r in rids if self.gaz.index.cc[r] in codes]
        if not rids:
            return []
        mention = Mention(0, len(parts[0]), parts[0], rids)
        parents: list[int] = []
        for part in parts[1:]:
            parents.extend(match_span(self.gaz, part, parents=True)[0])

        def rank(rid: int) -> float:
            inside = max((self.resolver.contains(p, rid) for p in parents), default=0.0)
            return self.resolver.prior(rid, mention) + 3.0 * inside

        return sorted(rids, key=rank, reverse=True)

    def _location(self, rid: int) -> Location:
        ix = self.gaz.index
        cc = ix.cc[rid]
        ftype = int(ix.ftype[rid])
        address = [ix.names[rid]]
        state = ix.adm1_rid.get((cc, ix.adm1[rid])) if ftype not in (COUNTRY, ADM1) else None
        if state is not None and ix.names[state] != ix.names[rid]:
            address.append(ix.names[state])
        if cc in ix.countries and ftype != COUNTRY:
            address.append(ix.countries[cc].name)
        raw = {
            "name": ix.names[rid],
            "feature_type": FTYPES[ftype],
            "country_code": cc or None,
            "adm1_code": ix.adm1[rid] or None,
            "population": int(ix.pop[rid]),
            "geonameid": int(ix.gid[rid]) if int(ix.gid[rid]) >= 0 else None,
            "lat": float(ix.lat[rid]),
            "lon": float(ix.lon[rid]),
        }
        return Location(", ".join(address), (raw["lat"], raw["lon"]), raw)

    # -- reverse ---------------------------------------------------------------------------
    def reverse(self, query: Any, *, exactly_one: bool = True, timeout: Any = DEFAULT_SENTINEL,
                **kwargs: Any) -> Location | list[Location] | None:
        """The nearest populated place to a point ("lat, lon", (lat, lon) or geopy Point).

        None when the point is unreadable or no place lies within 250 km.
        """
        try:
            point = Point(query)
        except (ValueError, TypeError):
            return None
        ix = self.gaz.index
        if self._city_rids is None:
            self._city_rids = np.flatnonzero(ix.ftype == CITY)
        rids = self._city_rids
        lat, lon = np.radians(point.latitude), np.radians(point.longitude)
        clat, clon = np.radians(ix.lat[rids].astype(np.float64)), np.radians(
            ix.lon[rids].astype(np.float64))
        a = (np.sin((clat - lat) / 2) ** 2
             + np.cos(lat) * np.cos(clat) * np.sin((clon - lon) / 2) ** 2)
        dist = 2 * 6371.0088 * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
        best = int(np.argmin(dist))
        if dist[best] > REVERSE_MAX_KM:
            return None
        loc = self._location(int(rids[best]))
        loc.raw["distance_km"] = round(float(dist[best]), 3)
        return loc if exactly_one else [loc]


def _codes(country_codes: str | list[str] | None) -> set[str]:
    if not country_codes:
        return set()
    items = [country_codes] if isinstance(country_codes, str) else list(country_codes)
    return {c.strip().upper() for c in items if c and c.strip()}


class _SqliteCache:
    """A tiny persistent key -> JSON cache (thread-safe)."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS cache (key TEXT PRIMARY KEY, value TEXT)")
        self._db.commit()

    def get(self, key: str) -> Any:
        with self._lock:
            row = self._db.execute("SELECT value FROM cache WHERE key = ?", (key,)).fetchone()
        return None if row is None else json.loads(row[0])

    def put(self, key: str, value: Any) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO cache VALUES (?, ?)", (key, json.dumps(value)))
            self._db.commit()


def _to_json(result: Any) -> Any:
    if result is None:
        return None
    items = result if isinstance(result, list) else [result]
    return [{"address": r.address, "lat": r.latitude, "lon": r.longitude, "raw": r.raw}
            for r in items]


def _from_json(value: Any, exactly_one: bool) -> Location | list[Location] | None:
    if not value:
        return None
    locs = [Location(v["address"], (v["lat"], v["lon"]), v["raw"]) for v in value]
    return locs[0] if exactly_one else locs


class CachedGeocoder:
    """A geocode callable (e.g. a geopy RateLimiter) with a persistent on-disk cache in front.

    Results, including "not found", are stored in SQLite at ``path``; geopy's service errors
    are raised as :class:`events.errors.TransientError`.
    """

    def __init__(self, geocode: Any, path: Path, name: str):
        self._geocode = geocode
        self._cache = _SqliteCache(path)
        self.name = name
        self.hits = 0
        self.misses = 0

    def geocode(self, query: Any, *, exactly_one: bool = True, **kwargs: Any
                ) -> Location | list[Location] | None:
        """Like geopy's ``geocode``; answers from the cache when this query was asked before."""
        from geopy.exc import GeocoderQueryError, GeopyError

        text = clean_query(query)
        if text is None:
            return None
        key = json.dumps([self.name, text, exactly_one, sorted(kwargs.items())], default=str)
        cached = self._cache.get(key)
        if cached is not None:
            self.hits += 1
            return _from_json(cached["value"], exactly_one)
        self.misses += 1
        try:
            result = self._geocode(text, exactly_one=exactly_one, **kwargs)
        except GeocoderQueryError as err:
            raise InputError(f"{self.name} rejected the query {text!r}: {err}") from err
        except GeopyError as err:
            raise TransientError(f"{self.name} geocoding failed: {err}") from err
        self._cache.put(key, {"value": _to_json(result)})
        return result


GEOPY_DEFAULTS: dict[str, dict[str, Any]] = {"nominatim": {"user_agent": "events-pipeline"}}
"""Options a geopy service needs that the user may leave out (Nominatim requires a user agent)."""


def geopy_class(name: str) -> type[Geocoder]:
    """The geopy geocoder class for a service name ("nominatim", "arcgis", "photon", ...) or
    an import path "package.module:ClassName" (a custom or fake geocoder).

    Raises ConfigError when nothing by that name exists.
    """
    if ":" in name:
        module_name, _, attr = name.partition(":")
        try:
            found = getattr(importlib.import_module(module_name), attr)
        except (ImportError, AttributeError) as err:
            raise ConfigError(f"cannot import geocoder {name!r}: {err}") from err
        if not isinstance(found, type):
            raise ConfigError(f"geocoder {name!r} is not a class")
        return found
    from geopy.exc import GeocoderNotFound
    from geopy.geocoders import get_geocoder_for_service

    try:
        return get_geocoder_for_service(name)  # type: ignore[no-any-return]
    except GeocoderNotFound as err:
        raise ConfigError(f"unknown geocoder {name!r}; use 'offline', a geopy service name "
                          f"(e.g. 'nominatim') or 'module:Class'") from err


def make_geocoder(name: str = "offline", *, cache_dir: Path | None = None,
                  options: dict[str, Any] | None = None, gazetteer: Gazetteer | None = None,
                  min_delay_seconds: float | None = None, **legacy: Any) -> Any:
    """The geocoder that ``Settings.geocoder`` names, with a geopy ``geocode`` method.

    "offline" (default): :class:`OfflineGeocoder` over ``gazetteer`` (default: the one cached
    in ``cache_dir``). Any other name is a geopy service or "module:Class" (see
    :func:`geopy_class`), built with ``options`` (e.g. ``{"user_agent": "my-app",
    "domain": "nominatim.example.org"}``; ``user_agent``/``domain``/``scheme`` may also be given
    as keywords), behind geopy's ``RateLimiter`` (``min_delay_seconds`` between calls, default
    1 s, or ``options["min_delay_seconds"]``) behind an on-disk SQLite cache in ``cache_dir``.
    Raises ConfigError for an unknown name or options the geocoder rejects.
    """
    directory = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    if name == "offline":
        return OfflineGeocoder(gazetteer if gazetteer is not None else Gazetteer.load(directory))
    from geopy.extra.rate_limiter import RateLimiter

    cls = geopy_class(name)
    opts = {**GEOPY_DEFAULTS.get(name, {}), **{k: v for k, v in legacy.items() if v is not None},
            **(options or {})}
    delay = float(opts.pop("min_delay_seconds", 1.0 if min_delay_seconds is None
                           else min_delay_seconds))
    try:
        service = cls(**opts)
    except (TypeError, ValueError) as err:
        raise ConfigError(f"geocoder {name!r} rejects the options {sorted(opts)}: {err}") from err
    limited = RateLimiter(service.geocode, min_delay_seconds=delay, max_retries=1,
                          swallow_exceptions=False)
    safe = "".join(ch if ch.isalnum() else "-" for ch in name.lower())
    return CachedGeocoder(limited, directory / f"{safe}-cache.sqlite", name)
