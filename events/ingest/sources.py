"""Source specs and reading articles from them.

Specs: ``rss:URL`` / ``atom:URL`` (feeds), ``url:URL`` (one page), ``urls:FILE`` (one URL per
line), ``file:PATH`` / ``dir:PATH`` (txt, html, JSONL) or a bare path. A ``sources.toml``
lists several, each with an optional name and language::

    [[source]]
    spec = "rss:https://example.org/world/rss.xml"
    name = "Example World"
    language = "en"
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from events.errors import ConfigError
from events.ingest.files import read_path
from events.ingest.http import Fetcher
from events.ingest.web import read_feed, read_page, read_url_list, url_article_id
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

    @property
    def spec(self) -> str:
        """The spec string this source was parsed from."""
        return f"{self.kind}:{self.target}"


def parse_source(spec: str, *, name: str = "", language: str = "en") -> Source:
    """Parse ``kind:target`` (a bare path is ``file:``/``dir:``, a bare http(s) URL ``url:``)."""
    kind, sep, target = spec.partition(":")
    if sep and kind in LOCAL_KINDS | REMOTE_KINDS:
        return Source(kind=kind, target=target, name=name, language=language)
    if sep and kind in {"http", "https"}:
        return Source(kind="url", target=spec, name=name, language=language)
    path = Path(spec)
    return Source(kind="dir" if path.is_dir() else "file", target=spec, name=name,
                  language=language)


def load_sources_toml(path: Path) -> list[Source]:
    """The ``[[source]]`` entries of a sources.toml. Raises ConfigError when malformed."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"cannot read {path}: {err}") from err
    sources = []
    for number, entry in enumerate(data.get("source", []), start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("spec"), str):
            raise ConfigError(f"{path}: [[source]] number {number} has no 'spec' string")
        sources.append(parse_source(entry["spec"], name=str(entry.get("name", "")),
                                    language=str(entry.get("language", "en"))))
    return sources


def read_source(source: Source, *, fetcher: Fetcher | None = None,
                skip: Callable[[str], bool] = lambda _id: False) -> Iterator[Article]:
    """Yield the articles of a source; bad records and failed fetches come out quarantined.

    ``skip(article_id)`` tells which already-known URLs not to fetch at all. Raises
    ConfigError for a remote source without a fetcher and InputError for a missing path.
    """
    if source.kind in LOCAL_KINDS:
        yield from read_path(Path(source.target), source_name=source.name)
        return
    if fetcher is None:
        raise ConfigError(f"source {source.spec} needs a fetcher")
    if source.kind in {"rss", "atom"}:
        yield from read_feed(source.target, fetcher, skip=skip, source_name=source.name,
                             language=source.language)
    elif source.kind == "urls":
        yield from read_url_list(Path(source.target), fetcher, skip=skip,
                                 source_name=source.name, language=source.language)
    elif not skip(url_article_id(source.target)):
        yield read_page(source.target, fetcher, source_name=source.name,
                        language=source.language)


def default_sources() -> list[Source]:
    """The bundled sample articles (``data/samples``). Raises ConfigError when absent."""
    if not DEFAULT_SAMPLES.is_dir():
        raise ConfigError(f"no source given and no bundled samples at {DEFAULT_SAMPLES}")
    return [Source(kind="dir", target=str(DEFAULT_SAMPLES), name="")]
