"""Local inputs: plain text, HTML and JSON-lines files, and folders of them.

Every reader yields :class:`~events.models.Article` records. Bad input never raises out
of a reader: it becomes an article with ``status="quarantined"`` and the reason in
``error`` (naming the file and line), so a run goes on and nothing is silently dropped.
Files of other types in a folder are skipped with a warning naming each.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path

from events.errors import InputError
from events.ingest.html import extract_html
from events.ingest.normalize import safe_text, stable_id, text_sha256
from events.ingest.records import DATELINE, Origin, article_from_record, quarantined
from events.models import Article

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
READ_SUFFIXES = sorted(TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES)
MAX_LINE_BYTES = 16_000_000
"""A JSON line longer than this (bytes) is quarantined unread."""
MAX_FILE_BYTES = 64_000_000
"""A text or HTML file larger than this (bytes) is quarantined unread."""


def _decode(data: bytes) -> str | None:
    """UTF-8 text, or ``None`` for binary or undecodable bytes."""
    if b"\x00" in data[:4096]:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _lines(path: Path) -> Iterator[tuple[int, bytes | None]]:
    """(number, bytes) of each line; ``None`` for a line longer than MAX_LINE_BYTES (skipped
    to its end without holding it in memory)."""
    with path.open("rb") as fh:
        number = 0
        while True:
            raw = fh.readline(MAX_LINE_BYTES + 1)
            if not raw:
                return
            number += 1
            if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass
                yield number, None
            else:
                yield number, raw


def read_jsonl(path: Path, *, source_name: str = "") -> Iterator[Article]:
    """One article per line of a JSON-lines file; bad lines come out quarantined."""
    for number, raw in _lines(path):
        origin = Origin.of_line(path, number)
        if raw is None:
            yield quarantined(origin.item_id, f"{origin.label}: line longer than "
                              f"{MAX_LINE_BYTES} bytes", source_name=source_name)
            continue
        if not raw.strip():
            continue
        line = _decode(raw)
        if line is None:
            yield quarantined(origin.item_id, f"{origin.label}: binary or invalid UTF-8",
                              source_name=source_name)
            continue
        yield parse_json_line(line, origin=origin, source_name=source_name)


def parse_json_line(line: str, *, origin: Origin, source_name: str = "") -> Article:
    """Parse one JSON line into an article; malformed JSON (nested too deep, numbers too long,
    not an object) is quarantined with the reason. Never raises."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return quarantined(origin.item_id, f"{origin.label}: not JSON ({err.msg})",
                           source_name=source_name)
    except ValueError as err:  # e.g. an integer of more than 4300 digits
        return quarantined(origin.item_id, f"{origin.label}: unreadable JSON ({err})",
                           source_name=source_name)
    except RecursionError:
        return quarantined(origin.item_id, f"{origin.label}: JSON nested too deeply",
                           source_name=source_name)
    if not isinstance(record, dict):
        return quarantined(origin.item_id, f"{origin.label}: JSON value is not an object",
                           source_name=source_name)
    return article_from_record(record, origin=origin, source_name=source_name)


def _read_bytes(path: Path, origin: Origin) -> bytes | str:
    """The file's bytes, or the reason it cannot be read."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return f"{origin.label}: file larger than {MAX_FILE_BYTES} bytes"
        return path.read_bytes()
    except OSError as err:
        return f"{origin.label}: cannot read ({err.strerror or err})"


def read_text(path: Path, *, source_name: str = "") -> Article:
    """A plain-text file as one article; a first short line before a blank line is the title."""
    origin = Origin.of_file(path)
    data = _read_bytes(path, origin)
    if isinstance(data, str):
        return quarantined(origin.item_id, data, source_name=source_name)
    text = _decode(data)
    if text is None:
        return quarantined(origin.item_id, f"{origin.label}: binary or invalid UTF-8",
                           source_name=source_name)
    record: dict[str, object] = {"id": stable_id("file", text_sha256(text)), "text": text}
    head, sep, _ = text.lstrip().partition("\n\n")
    if sep and len(head) < 200 and "\n" not in head and not DATELINE.match(head):
        record["title"] = head.strip()
    return article_from_record(record, origin=origin, source_name=source_name)


def read_html(path: Path, *, source_name: str = "", url: str = "") -> Article:
    """An HTML page as one article: main text and metadata extracted with trafilatura."""
    origin = Origin.of_file(path)
    data = _read_bytes(path, origin)
    if isinstance(data, str):
        return quarantined(origin.item_id, data, source_name=source_name)
    default_id = stable_id("file", path.name, str(len(data)))
    return extract_html(data, default_id=default_id, origin=origin, url=url,
                        source_name=source_name)


def read_path(path: Path, *, source_name: str = "") -> Iterator[Article]:
    """All articles in a file or (recursively, sorted) a folder. In a folder, files of other
    types than :data:`READ_SUFFIXES` are skipped with a warning naming each and why. Raises
    InputError when ``path`` does not exist."""
    if not path.exists():
        raise InputError(f"no such file or folder: {safe_text(str(path))}")
    if not path.is_dir():
        reader = _reader(path)
        yield from reader(path, source_name) if reader else [read_text(path, source_name=source_name)]
        return
    for file in sorted(_walk(path)):
        reader = _reader(file)
        if reader is None:
            log.warning("skipped %s: %s", safe_text(str(file)), _skip_reason(file))
            continue
        yield from reader(file, source_name)


def _walk(folder: Path) -> Iterator[Path]:
    """The files under ``folder``, recursively (symbolic links to folders not followed)."""
    for root, _dirs, names in os.walk(folder, onerror=lambda err: log.warning(
            "skipped %s: cannot list (%s)", safe_text(str(err.filename)), err.strerror)):
        for name in names:
            file = Path(root) / name
            if file.is_file():
                yield file
            else:
                log.warning("skipped %s: not a regular file", safe_text(str(file)))


def _reader(path: Path):  # type: ignore[no-untyped-def]
    """The reader of a file type (a function ``(path, source_name) -> articles``), or None."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return lambda p, s: read_jsonl(p, source_name=s)
    if suffix in HTML_SUFFIXES:
        return lambda p, s: [read_html(p, source_name=s)]
    if suffix in TEXT_SUFFIXES:
        return lambda p, s: [read_text(p, source_name=s)]
    return None


def _skip_reason(path: Path) -> str:
    kind = f"file type {path.suffix.lower()!r}" if path.suffix else "file without a suffix"
    hint = " (a JSON file: one object per line as .jsonl is read)" \
        if path.suffix.lower() == ".json" else ""
    return f"unsupported {kind}; read are {', '.join(READ_SUFFIXES)}{hint}"
