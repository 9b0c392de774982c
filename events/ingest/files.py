"""Local inputs: plain text, HTML and JSON-lines files, and folders of them.

Every reader yields :class:`~events.models.Article` records. Bad input never raises out
of a reader: it becomes an article with ``status="quarantined"`` and the reason in
``error``, so a run goes on and nothing is silently dropped.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from events.errors import InputError
from events.ingest.html import extract_html
from events.ingest.normalize import stable_id, text_sha256
from events.ingest.records import DATELINE, article_from_record, quarantined
from events.models import Article

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
def _decode(data: bytes) -> str | None:
    """UTF-8 text, or ``None`` for binary or undecodable bytes."""
    if b"\x00" in data[:4096]:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def read_jsonl(path: Path, *, source_name: str = "") -> Iterator[Article]:
    """One article per line of a JSON-lines file; bad lines come out quarantined."""
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            default_id = stable_id(str(path.name), str(number))
            if not raw.strip():
                continue
            line = _decode(raw)
            if line is None:
                yield quarantined(default_id, f"{path.name}:{number}: binary or invalid UTF-8")
                continue
            yield parse_json_line(line, default_id=default_id, where=f"{path.name}:{number}",
                                  source_name=source_name)


def parse_json_line(line: str, *, default_id: str, where: str, source_name: str = "") -> Article:
    """Parse one JSON line into an article; malformed JSON is quarantined with the reason."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return quarantined(default_id, f"{where}: not JSON ({err.msg})")
    if not isinstance(record, dict):
        return quarantined(default_id, f"{where}: JSON value is not an object")
    return article_from_record(record, default_id=default_id, source_name=source_name)


def read_text(path: Path, *, source_name: str = "") -> Article:
    """A plain-text file as one article; a first short line before a blank line is the title."""
    data = path.read_bytes()
    text = _decode(data)
    default_id = stable_id("file", path.name, str(len(data)))
    if text is None:
        return quarantined(default_id, f"{path.name}: binary or invalid UTF-8")
    record: dict[str, object] = {"id": stable_id("file", text_sha256(text)), "text": text}
    head, sep, _ = text.lstrip().partition("\n\n")
    if sep and len(head) < 200 and "\n" not in head and not DATELINE.match(head):
        record["title"] = head.strip()
    return article_from_record(record, default_id=default_id, source_name=source_name)


def read_html(path: Path, *, source_name: str = "", url: str = "") -> Article:
    """An HTML page as one article: main text and metadata extracted with trafilatura."""
    data = path.read_bytes()
    default_id = stable_id("file", path.name, str(len(data)))
    return extract_html(data, default_id=default_id, url=url, source_name=source_name)


def read_path(path: Path, *, source_name: str = "") -> Iterator[Article]:
    """All articles in a file or (recursively, sorted) a folder; unknown suffixes are skipped
    with a warning. Raises InputError when ``path`` does not exist."""
    if not path.exists():
        raise InputError(f"no such file or folder: {path}")
    files: Iterable[Path] = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() \
        else [path]
    for file in files:
        suffix = file.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(file, source_name=source_name)
        elif suffix in HTML_SUFFIXES:
            yield read_html(file, source_name=source_name)
        elif suffix in TEXT_SUFFIXES:
            yield read_text(file, source_name=source_name)
        elif path.is_dir():
            log.info("skipping %s: unknown file type", file)
        else:
            yield read_text(file, source_name=source_name)
