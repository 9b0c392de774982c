"""The ingest boundary: every raw record becomes an :class:`~events.models.Article` here.

Every source (JSON lines, text and HTML files, feed entries, fetched pages, ``events code``
input) hands its fields to :func:`article_from_record`, which checks each field against the
one declaration :data:`RECORD` and quarantines the record with a reason naming the item
(file and line, or URL) and every bad field. A quarantined article's id comes from where it
was read (:class:`Origin`), so two bad items never share one.

Why no validation library: each field needs its own reading (dates, URLs, lone surrogates,
the size limit) that a generic type check does not give; pydantic, for one, accepts strings
with lone surrogates that later fail to encode. The declaration below is the schema, and
``docs/reliability.md`` lists it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from events.config import max_text_chars
from events.errors import InputError
from events.ingest.normalize import (
    canonical_url,
    check_url,
    has_surrogate,
    normalize_text,
    parse_published,
    safe_text,
    shown,
    stable_id,
    text_sha256,
)
from events.models import Article

log = logging.getLogger(__name__)

MAX_ID_CHARS = 256
MAX_TITLE_CHARS = 2000
MAX_NAME_CHARS = 300
LANGUAGE = re.compile(r"^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$")

DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z .'\-]+(?:,\s*[A-Z][A-Za-z .'\-]+)?),\s*"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})\s*(?:\([^)]*\)\s*)?[—–-]+\s*"
)


@dataclass(frozen=True)
class Origin:
    """Where an item was read: ``label`` names it in messages ("data/in.jsonl:3", a URL) and
    ``item_id`` is the id its row gets when quarantined (unique per item)."""

    label: str
    item_id: str

    @classmethod
    def of_file(cls, path: Path) -> Origin:
        """A whole file (its absolute path makes the id)."""
        return cls(safe_text(str(path)), stable_id("file-item", _absolute(path)))

    @classmethod
    def of_line(cls, path: Path, number: int) -> Origin:
        """Line ``number`` (1-based) of a file."""
        return cls(safe_text(f"{path}:{number}"), stable_id("line-item", _absolute(path),
                                                            str(number)))

    @classmethod
    def of_url(cls, url: str) -> Origin:
        """A page or feed at ``url``: the id of its URL, as its article would have."""
        return cls(safe_text(url), stable_id("url", canonical_url(url) or safe_text(url)))


def _absolute(path: Path) -> str:
    try:
        return safe_text(str(path.resolve()))
    except (OSError, RuntimeError):
        return safe_text(str(path))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def quarantined(article_id: str, reason: str, *, url: str = "", source_name: str = "") -> Article:
    """An article that could not be read, with the reason (made safe to print and store)."""
    reason = safe_text(reason)
    log.info("quarantined %s: %s", safe_text(article_id), reason)
    try:
        url = check_url(url) if url else ""
    except InputError:
        url = ""
    return Article(article_id=safe_text(article_id), text="", url=url,
                   canonical_url=canonical_url(url), source_name=safe_text(source_name)[:MAX_NAME_CHARS],
                   fetched_at=_now(), status="quarantined", error=reason)


# --------------------------------------------------------------------------- the fields


def _read_id(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InputError(f"not a string or an integer ({type(value).__name__})")
    text = str(value).strip()
    _no_surrogate(text, MAX_ID_CHARS)
    if any(unicodedata.category(ch)[0] == "C" for ch in text):
        raise InputError(f"holds control characters: {shown(text)}")
    return text or None


def _no_surrogate(text: str, limit: int) -> None:
    """Refuse lone surrogates and more than ``limit`` characters."""
    if has_surrogate(text):
        raise InputError(f"holds a lone surrogate: {shown(text)}")
    if len(text) > limit:
        raise InputError(f"longer than {limit} characters")


def _read_string(limit: int) -> Callable[[object], str | None]:
    def read(value: object) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            raise InputError(f"not a string ({type(value).__name__})")
        _no_surrogate(value, limit)
        return " ".join(normalize_text(value).split()) or None
    return read


def _read_text(value: object) -> str:
    if not isinstance(value, str):
        raise InputError("missing" if value is None else f"not a string ({type(value).__name__})")
    text = normalize_text(value)
    if not text:
        raise InputError("empty")
    return text


def _read_url(value: object) -> str | None:
    return None if value is None or value == "" else check_url(value)


def _read_language(value: object) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"not a string ({type(value).__name__})")
    code = value.strip().lower()
    if not LANGUAGE.match(code):
        raise InputError(f"not a language code: {shown(value)}")
    return code


@dataclass(frozen=True)
class RecordField:
    """One field of an input record: its name, other names it may come under, how it is read
    (raises InputError with the problem) and what it means."""

    name: str
    read: Callable[[object], object]
    description: str
    aliases: tuple[str, ...] = ()


RECORD: tuple[RecordField, ...] = (
    RecordField("id", _read_id, f"the article's id: a string or an integer, at most "
                f"{MAX_ID_CHARS} characters, no control characters; default: from the URL, "
                "the file or the line"),
    RecordField("text", _read_text, "the article's text (required, not empty after "
                "normalisation); longer than EVENTS_MAX_TEXT_CHARS: cut at a paragraph end"),
    RecordField("title", _read_string(MAX_TITLE_CHARS), f"title, a string of at most "
                f"{MAX_TITLE_CHARS} characters"),
    RecordField("url", _read_url, "the article's http(s) URL: valid host, port in range"),
    RecordField("published", parse_published, "publication time: ISO 8601, RFC 822, a written "
                "date with day, month and year, or epoch seconds; between 1800 and now",
                aliases=("date", "published_at", "publish_date", "pubDate")),
    RecordField("source_name", _read_string(MAX_NAME_CHARS), "the outlet's name",
                aliases=("source",)),
    RecordField("language", _read_language, "ISO 639 language code ('en', 'pt-br')"),
)
"""The fields of an input record, declared once; other keys are ignored."""


def validate(record: Mapping[str, object]) -> tuple[dict[str, object], list[str]]:
    """Read every field of ``record``: the values read (absent ones left out) and one
    problem per bad field (``"published: impossible date …"``), all fields checked."""
    values: dict[str, object] = {}
    problems: list[str] = []
    for spec in RECORD:
        key = next((k for k in (spec.name, *spec.aliases) if record.get(k) is not None),
                   spec.name)
        try:
            value = spec.read(record.get(key))
        except InputError as err:
            problems.append(f"{key}: {err}")
            continue
        if value is not None:
            values[spec.name] = value
    return values, problems


def feed_title(value: object) -> str:
    """A title a feed gives for an entry, read as a record's title; "" when it is not one."""
    try:
        return str(_read_string(MAX_TITLE_CHARS)(value) or "")
    except InputError:
        return ""


# --------------------------------------------------------------------------- articles


def article_from_record(record: Mapping[str, object], *, origin: Origin, source_name: str = "",
                        language: str = "en", max_chars: int | None = None) -> Article:
    """Build an article from a record ``{id, text, title?, url?, published?, source_name?,
    language?}`` (see :data:`RECORD`).

    A record with a bad field is returned quarantined under ``origin.item_id`` with the
    reason, which names ``origin.label`` and each bad field. Texts longer than ``max_chars``
    (default :func:`events.config.max_text_chars`) are cut at a paragraph end and the cut is
    noted in ``stage_errors``. Never raises.
    """
    values, problems = validate(record)
    given = record.get("id")
    url = str(values.get("url", ""))
    source = str(values.get("source_name") or source_name)
    if problems:
        named = f" (id {shown(values.get('id', given))})" if given not in (None, "") else ""
        return quarantined(origin.item_id, f"{origin.label}{named}: {'; '.join(problems)}",
                           url=url, source_name=source)
    text = str(values["text"])
    limit = max_chars if max_chars is not None else max_text_chars()
    notes: tuple[str, ...] = ()
    if len(text) > limit:
        kept = cut_text(text, limit)
        notes = (f"ingest: text cut at {len(kept)} of {len(text)} characters "
                 f"(limit {limit}, EVENTS_MAX_TEXT_CHARS)",)
        log.warning("%s: %s", origin.label, notes[0])
        text = kept
    published = values.get("published") or _dateline_date(text)
    return Article(
        article_id=str(values.get("id") or origin.item_id),
        text=text,
        title=str(values.get("title", "")),
        url=url,
        canonical_url=canonical_url(url),
        source_name=source,
        published=published if isinstance(published, dt.datetime) else None,
        fetched_at=_now(),
        language=str(values.get("language") or language or "en"),
        text_sha256=text_sha256(text),
        stage_errors=notes,
    )


def cut_text(text: str, limit: int) -> str:
    """The first at most ``limit`` characters of ``text``, ending at the last paragraph break
    (else sentence end, else space) in the last fifth of them."""
    head = text[:limit]
    floor = limit * 4 // 5
    for mark in ("\n\n", ". ", " "):
        end = head.rfind(mark)
        if end >= floor:
            return head[: end + (1 if mark == ". " else 0)].rstrip()
    return head.rstrip()


def _dateline_date(text: str) -> dt.datetime | None:
    match = DATELINE.match(text)
    if not match:
        return None
    try:
        return parse_published(match.group("date"))
    except InputError:
        return None
