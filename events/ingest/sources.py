"""Source specs and reading articles from them.

Specs: ``rss:URL`` / ``atom:URL`` (feeds), ``url:URL`` (one page), ``urls:FILE`` (one URL per
line), ``file:PATH`` / ``dir:PATH`` (txt, html, JSONL) or a bare path. A ``sources.toml``
lists several, each with an optional name and language::

    [[source]]
    spec = "rss:https://example.org/world/rss.xml"
    name = "Example World"
    language = "en"
    scale = "National"     # ACLED source_scale of the outlet (optional)
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from events.errors import ConfigError
from events.ingest.files import read_path
from events.ingest.http import Fetcher
from events.ingest.specs import SPEC_FORMS
from events.ingest.web import read_feed, read_page, read_url_list, url_article_id
from events.models import Article

LOCAL_KINDS = {"file", "dir"}
REMOTE_KINDS = {"rss", "atom", "url", "urls"}
DEFAULT_SAMPLES = Path("data") / "samples"
SCALES = ("Local", "Subnational", "National", "Regional", "International", "New media", "Other")
"""ACLED's source scales; a source may declare one or two joined by '-' ("National-Regional")."""
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+")


@dataclass(frozen=True)
class Source:
    """A parsed source spec: kind (file|dir|rss|atom|url|urls), target, optional name."""

    kind: str
    target: str
    name: str = ""
    language: str = "en"
    scale: str = ""
    """ACLED source scale declared for the source ('' = not declared)."""

    @property
    def spec(self) -> str:
        """The spec string this source was parsed from."""
        return f"{self.kind}:{self.target}"


def parse_source(spec: str, *, name: str = "", language: str = "en", scale: str = "") -> Source:
    """Parse ``kind:target`` (a bare path is ``file:``/``dir:``, a bare http(s) URL ``url:``).

    Raises ConfigError for an unknown scheme (``rsss:http://…``) that is not an existing path.
    """
    kind, sep, target = spec.partition(":")
    if sep and kind in LOCAL_KINDS | REMOTE_KINDS:
        return Source(kind=kind, target=target, name=name, language=language, scale=scale)
    if sep and kind in {"http", "https"}:
        return Source(kind="url", target=spec, name=name, language=language, scale=scale)
    path = Path(spec)
    if sep and _SCHEME.fullmatch(kind) and not path.exists():
        raise ConfigError(f"unknown source scheme '{kind}:' in {spec!r}; a source is {SPEC_FORMS}")
    return Source(kind="dir" if path.is_dir() else "file", target=spec, name=name,
                  language=language, scale=scale)


def check_source(source: Source) -> Source:
    """The source itself when it can be read as given; raises ConfigError (one line naming
    what is allowed) for a missing local path or ``urls:`` file, or a feed/page that is not an
    http(s) URL. Nothing is fetched."""
    if source.kind in LOCAL_KINDS or source.kind == "urls":
        path = Path(source.target)
        if not path.exists():
            what = "file of URLs" if source.kind == "urls" else "file or folder"
            raise ConfigError(f"source {source.spec!r}: no such {what}; a source is {SPEC_FORMS}")
        if source.kind == "urls" and not path.is_file():
            raise ConfigError(f"source {source.spec!r}: urls: needs a file with one URL a line")
    elif not re.match(r"https?://[^/\s]", source.target):
        raise ConfigError(f"source {source.spec!r}: {source.kind}: needs an http(s) URL "
                          f"({source.kind}:https://…)")
    if source.scale:
        check_scale(source.scale, source.spec)
    return source


def check_scale(scale: str, where: str) -> str:
    """``scale`` when it is one of :data:`SCALES` or two of them joined by '-'; raises
    ConfigError otherwise."""
    parts = scale.split("-")
    if len(parts) > 2 or any(p not in SCALES for p in parts):
        raise ConfigError(f"{where}: scale {scale!r} is not an ACLED source scale; use one of "
                          f"{', '.join(SCALES)} (or two joined by '-', e.g. National-Regional)")
    return scale


def parse_sources(specs: Iterable[str]) -> list[Source]:
    """Parse and check source specs given on a command line (see :func:`check_source`)."""
    return [check_source(parse_source(spec)) for spec in specs]


def load_sources_toml(path: Path) -> list[Source]:
    """The ``[[source]]`` entries of a sources.toml (``spec``, optional ``name``, ``language``
    and ``scale``), each checked with :func:`check_source`. Raises ConfigError (one line)
    when the file is missing, unreadable or malformed."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ConfigError(f"cannot read {path}: {err.strerror or err}") from err
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path} is not valid TOML ({err}); see sources.example.toml") from err
    entries = data.get("source", [])
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{path} has no [[source]] entries; see sources.example.toml")
    sources = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("spec"), str):
            raise ConfigError(f"{path}: [[source]] number {number} has no 'spec' string")
        where = f"{path}: [[source]] number {number}"
        try:
            source = parse_source(entry["spec"], name=str(entry.get("name", "")),
                                  language=str(entry.get("language", "en")),
                                  scale=str(entry.get("scale", "")))
            sources.append(check_source(source))
        except ConfigError as err:
            raise ConfigError(f"{where}: {err}") from err
    return sources


def read_source(source: Source, *, fetcher: Fetcher | None = None,
                skip: Callable[[str], bool] = lambda _id: False) -> Iterator[Article]:
    """Yield the articles of a source; bad records and failed fetches come out quarantined.

    ``skip(article_id)`` tells which already-known URLs not to fetch at all. Raises
    ConfigError for a remote source without a fetcher and InputError for a missing path.
    """
    if source.scale:
        for article in _read_source(source, fetcher=fetcher, skip=skip):
            yield replace(article, source_scale=source.scale)
    else:
        yield from _read_source(source, fetcher=fetcher, skip=skip)


def _read_source(source: Source, *, fetcher: Fetcher | None,
                 skip: Callable[[str], bool]) -> Iterator[Article]:
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
