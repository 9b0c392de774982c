"""Source specs (``file:PATH``, ``dir:PATH``, a bare path) and reading articles from them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from events.errors import ConfigError
from events.ingest.files import read_path
from events.models import Article

LOCAL_KINDS = {"file", "dir"}
REMOTE_KINDS = {"rss", "atom", "url", "urls"}
DEFAULT_SAMPLES = Path("data") / "samples"


@dataclass(frozen=True)
class Source:
    """A parsed source spec: kind (file|dir|rss|atom|url|urls), target, optional name."""

    kind: str
    target: str
    name: str = ""
    language: str = "en"


def parse_source(spec: str, *, name: str = "") -> Source:
    """Parse ``kind:target`` (a bare path is ``file:``/``dir:``). Raises ConfigError if unknown."""
    kind, sep, target = spec.partition(":")
    if sep and kind in LOCAL_KINDS | REMOTE_KINDS:
        return Source(kind=kind, target=target, name=name)
    if sep and kind in {"http", "https"}:
        return Source(kind="url", target=spec, name=name)
    path = Path(spec)
    return Source(kind="dir" if path.is_dir() else "file", target=spec, name=name)


def read_source(source: Source) -> Iterator[Article]:
    """Yield the articles of a source; bad records come out quarantined.

    Raises ConfigError for kinds not available in this build and InputError for a
    missing local path.
    """
    if source.kind in LOCAL_KINDS:
        yield from read_path(Path(source.target), source_name=source.name)
        return
    raise ConfigError(f"source kind {source.kind!r} is not supported yet (use file: or dir:)")


def default_sources() -> list[Source]:
    """The bundled sample articles (``data/samples``). Raises ConfigError when absent."""
    if not DEFAULT_SAMPLES.is_dir():
        raise ConfigError(f"no source given and no bundled samples at {DEFAULT_SAMPLES}")
    return [Source(kind="dir", target=str(DEFAULT_SAMPLES), name="")]
