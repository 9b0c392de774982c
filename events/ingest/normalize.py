"""Text and URL normalisation shared by every ingest path: hashes, ids, URLs, dates.

The checks here are the ingest boundary's: :func:`check_url` and :func:`parse_published`
raise :class:`~events.errors.InputError` with a reason for a value that is present but
impossible, so the record holding it is quarantined instead of being read wrongly.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import math
import re
import unicodedata
from urllib.parse import SplitResult, parse_qsl, urlencode, urlsplit, urlunsplit

import idna

from events.errors import InputError

TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|cmpid|smid|_ga)$")
MAX_URL_CHARS = 4096
"""Longer URLs are refused (characters)."""
EARLIEST_PUBLISHED = dt.datetime(1800, 1, 1, tzinfo=dt.UTC)
"""Publication times before this are refused as impossible."""
FUTURE_SLACK = dt.timedelta(days=2)
"""Publication times later than now plus this are refused (time zones, embargoes)."""
MAX_DATE_CHARS = 100
"""A publication time written in more characters than this is not read."""
_ISO_LIKE = re.compile(r"^[+-]?\d{4,}-")
_EPOCH = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_DATEPARSER_SETTINGS = {
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],  # no "yesterday": no run time
    "STRICT_PARSING": True,  # day, month and year must all be written
    "TIMEZONE": "UTC",
    "TO_TIMEZONE": "UTC",
    "RETURN_AS_TIMEZONE_AWARE": True,
}


def normalize_text(text: str) -> str:
    """NFC-normalise, unify newlines, drop control characters (and lone surrogates), collapse
    runs of blank lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    control = [ch for ch in set(text) if ch not in "\n\t" and unicodedata.category(ch)[0] == "C"]
    if control:  # judged once per distinct character, not once per character
        text = text.translate(dict.fromkeys(map(ord, control)))
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def safe_text(text: str) -> str:
    """``text`` with lone surrogates written as ``\\udXXX`` escapes: always encodable as UTF-8
    (for messages, logs and Parquet)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def shown(value: object, limit: int = 60) -> str:
    """A value for a message: its repr, shortened, with surrogates escaped."""
    text = repr(value)
    return safe_text(text if len(text) <= limit else text[: limit - 1] + "…")


def has_surrogate(text: str) -> bool:
    """True when ``text`` holds a lone surrogate (not encodable as UTF-8)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def text_sha256(text: str) -> str:
    """SHA-256 (hex) of the whitespace-folded, lower-cased text: equal for equal stories."""
    folded = " ".join(text.lower().split())
    return hashlib.sha256(folded.encode("utf-8", "backslashreplace")).hexdigest()


def stable_id(*parts: str) -> str:
    """A short deterministic id (16 hex characters) from the given strings."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8", "backslashreplace")).hexdigest()[:16]


def check_url(url: object) -> str:
    """``url`` (stripped) when it is a well-formed http(s) URL; raises InputError naming the
    problem otherwise: not a string, too long, spaces or control characters, lone surrogates,
    another scheme, no host, a port outside 0–65535, a malformed IPv6 literal, a host name
    that is not valid IDNA (a label longer than 63 characters, an empty label)."""
    if not isinstance(url, str):
        raise InputError(f"URL is not a string ({type(url).__name__})")
    text = url.strip()
    if len(text) > MAX_URL_CHARS:
        raise InputError(f"URL longer than {MAX_URL_CHARS} characters")
    if has_surrogate(text):
        raise InputError(f"URL holds a lone surrogate: {shown(text)}")
    if any(ch.isspace() or unicodedata.category(ch)[0] == "C" for ch in text):
        raise InputError(f"URL holds spaces or control characters: {shown(text)}")
    parts = _split(text)
    if parts.scheme.lower() not in {"http", "https"}:
        raise InputError(f"only http and https URLs are read, not {parts.scheme or 'none'}: "
                         f"{shown(text)}")
    host = parts.hostname
    if not host:
        raise InputError(f"URL has no host: {shown(text)}")
    if not _is_ip_literal(host):
        try:
            _check_domain(host)
        except UnicodeError as err:  # idna.IDNAError is one
            raise InputError(f"URL host is not a valid domain name ({err}): {shown(text)}") \
                from err
    return text


def _check_domain(host: str) -> None:
    """Raise UnicodeError unless ``host`` is a domain name both IDNA 2003 (label lengths)
    and IDNA 2008 (what httpx encodes with) accept."""
    host.encode("idna")
    if not host.isascii():
        idna.encode(host.lower())
    elif any(label.startswith("xn--") for label in host.split(".")):
        idna.decode(host)


def _split(text: str) -> SplitResult:
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as err:
        raise InputError(f"malformed URL ({err}): {shown(text)}") from err
    return parts


def _is_ip_literal(host: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop ``www.``, default ports, fragments and tracking params.

    Returns "" for an empty or malformed URL (never raises)."""
    if not url:
        return ""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return ""
    host = (parts.hostname or "").lower().removeprefix("www.")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    if port and (parts.scheme, port) not in {("http", 80), ("https", 443)}:
        host = f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not TRACKING_PARAMS.match(k)]
    path = re.sub(r"/{2,}", "/", parts.path) or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    return safe_text(urlunsplit((parts.scheme.lower(), host, path, urlencode(sorted(query)), "")))


def parse_published(value: object, *, now: dt.datetime | None = None) -> dt.datetime | None:
    """A publication time in UTC from ISO 8601, RFC 822, a written date ('13 Sept 2022') or
    epoch seconds; naive times are taken as UTC.

    Returns ``None`` when the value is absent (``None`` or blank). Raises InputError naming
    the problem when it is present but not a possible publication time: unreadable, an
    impossible calendar date ('31/02/2022', '2022-13-01', '0000-00-00'), not finite (NaN,
    Infinity), before :data:`EARLIEST_PUBLISHED` or after ``now`` + :data:`FUTURE_SLACK`, or
    beyond the calendar once moved to UTC. Relative dates ('yesterday') are refused: they
    would silently become the run time.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        parsed = _read_time(value)
    except (ValueError, OverflowError, OSError) as err:
        raise InputError(f"no possible date: {shown(value)} ({err})") from err
    try:
        parsed = parsed.replace(tzinfo=dt.UTC) if parsed.tzinfo is None else \
            parsed.astimezone(dt.UTC)
    except (ValueError, OverflowError) as err:
        raise InputError(f"date {shown(value)} is beyond the calendar in UTC") from err
    latest = (now or dt.datetime.now(dt.UTC)) + FUTURE_SLACK
    if parsed < EARLIEST_PUBLISHED:
        raise InputError(f"date {shown(value)} is before {EARLIEST_PUBLISHED.year}")
    if parsed > latest:
        raise InputError(f"date {shown(value)} is in the future")
    return parsed


def _read_time(value: object) -> dt.datetime:
    """The datetime a value stands for; raises ValueError/OverflowError when it has none."""
    if isinstance(value, bool):
        raise ValueError("a boolean is not a date")
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, int | float):
        return _from_epoch(float(value))
    if not isinstance(value, str):
        raise ValueError(f"a {type(value).__name__} is not a date")
    text = value.strip()
    if len(text) > MAX_DATE_CHARS:
        raise ValueError(f"longer than {MAX_DATE_CHARS} characters")
    if _EPOCH.match(text):
        return _from_epoch(float(text))
    if _ISO_LIKE.match(text):  # ISO 8601 is read as ISO only: '2022-13-01' is no 13 January
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser  # on first use: ISO, epoch and RFC 2822 dates (most inputs) need none

    try:
        parsed = dateparser.parse(text, settings=_DATEPARSER_SETTINGS)
    except Exception as err:  # noqa: BLE001 - dateparser raises assorted types on odd text
        raise ValueError(f"unreadable ({type(err).__name__})") from err
    if parsed is None:
        raise ValueError("not a readable date")
    return parsed


def _from_epoch(seconds: float) -> dt.datetime:
    if not math.isfinite(seconds):
        raise ValueError("not a finite number")
    if abs(seconds) > 1e11:
        raise ValueError("epoch seconds out of range")
    return dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
