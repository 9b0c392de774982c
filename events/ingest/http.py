"""Polite HTTP for feeds and pages, with httpx.

- http and https only; loopback, private, link-local and reserved addresses are refused
  unless explicitly allowed (``EVENTS_ALLOW_PRIVATE=1``; tests allow 127.0.0.1), and every
  redirect target is checked again;
- timeouts, a byte cap per response (the body is streamed and cut), at most
  ``max_redirects`` redirects;
- retries with exponential backoff on 429/5xx and network errors, honouring
  ``Retry-After`` (capped);
- a per-host concurrency limit and one identifying User-Agent;
- an on-disk cache keyed by URL: a page fetched once is never fetched again within its
  time-to-live, and feeds are revalidated with ``ETag`` / ``Last-Modified``.

Errors: :class:`~events.errors.InputError` for what retrying cannot fix (404, refused
address, too large, not text), :class:`~events.errors.TransientError` when retries ran out.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import logging
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx

from events.errors import InputError, TransientError

log = logging.getLogger(__name__)

USER_AGENT = "events-pipeline/0.1 (offline event coder; +https://example.org/events)"
TRANSIENT_STATUS = {408, 425, 429, 500, 502, 503, 504}
REDIRECT_STATUS = {301, 302, 303, 307, 308}
TEXT_TYPES = ("text/", "application/xhtml", "application/xml", "application/rss",
              "application/atom", "application/rdf", "application/json", "application/feed")


@dataclass(frozen=True)
class FetchPolicy:
    """Limits of the fetcher. Times in seconds, sizes in bytes."""

    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    attempts: int = 3
    backoff: float = 0.5
    max_retry_after: float = 30.0
    per_host: int = 2
    page_ttl: float = 7 * 24 * 3600.0
    allow_private: bool = False


@dataclass(frozen=True)
class Response:
    """A fetched body with its final URL, status, content type and whether it came from cache."""

    url: str
    status: int
    content_type: str
    body: bytes
    from_cache: bool = False


@dataclass(frozen=True)
class _Raw:
    status: int
    content_type: str
    body: bytes
    location: str | None
    retry_after: float | None
    validators: dict[str, str]


@dataclass(frozen=True)
class _Cached:
    response: Response
    age: float
    validators: dict[str, str]


class Fetcher:
    """Fetches URLs within a :class:`FetchPolicy`; thread-safe; reuse one per run."""

    def __init__(self, policy: FetchPolicy | None = None, cache_dir: Path | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.policy = policy or FetchPolicy()
        self.cache_dir = cache_dir
        self._sleep = sleep
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._lock = threading.Lock()
        timeout = httpx.Timeout(self.policy.read_timeout, connect=self.policy.connect_timeout)
        self._client = httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False,
                                    headers={"User-Agent": USER_AGENT})

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str, *, revalidate: bool = False) -> Response:
        """GET ``url`` following at most ``max_redirects`` checked redirects.

        ``revalidate`` asks the server whether a cached copy is still current (feeds);
        otherwise a cached copy younger than ``page_ttl`` is returned without a request.
        Raises InputError or TransientError (see the module docstring).
        """
        cached = self._cache_get(url)
        if cached is not None and not revalidate and cached.age < self.policy.page_ttl:
            return cached.response
        headers = _conditional_headers(cached.validators) if cached is not None else {}
        current = url
        for _ in range(self.policy.max_redirects + 1):
            check_url(current, allow_private=self.policy.allow_private)
            raw = self._get_with_retries(current, headers)
            if raw.status in REDIRECT_STATUS and raw.location:
                current = urljoin(current, raw.location)
                continue
            if raw.status == 304 and cached is not None:
                self._cache_put(url, cached.response, cached.validators)
                return cached.response
            if raw.status >= 400:
                raise InputError(f"HTTP {raw.status} from {current}")
            response = Response(current, raw.status, raw.content_type, raw.body)
            _check_text(response)
            self._cache_put(url, response, raw.validators)
            return response
        raise InputError(f"more than {self.policy.max_redirects} redirects from {url}")

    def _host_slot(self, url: str) -> threading.BoundedSemaphore:
        host = urlsplit(url).netloc.lower()
        with self._lock:
            return self._hosts.setdefault(host, threading.BoundedSemaphore(self.policy.per_host))

    def _get_with_retries(self, url: str, headers: dict[str, str]) -> _Raw:
        last = ""
        for attempt in range(1, self.policy.attempts + 1):
            retry_after: float | None = None
            try:
                with self._host_slot(url):
                    raw = self._get_once(url, headers)
            except (httpx.TimeoutException, httpx.TransportError) as err:
                last = f"{type(err).__name__} from {url}"
            else:
                if raw.status not in TRANSIENT_STATUS:
                    return raw
                last, retry_after = f"HTTP {raw.status} from {url}", raw.retry_after
            if attempt < self.policy.attempts:
                delay = retry_after if retry_after is not None else self.policy.backoff * 2 ** (
                    attempt - 1)
                log.info("%s; retry %d in %.1f s", last, attempt, delay)
                self._sleep(min(delay, self.policy.max_retry_after))
        raise TransientError(f"{last} after {self.policy.attempts} attempts")

    def _get_once(self, url: str, headers: dict[str, str]) -> _Raw:
        with self._client.stream("GET", url, headers=headers) as resp:
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.policy.max_bytes:
                raise InputError(f"response of {declared} bytes exceeds the cap of "
                                 f"{self.policy.max_bytes} bytes: {url}")
            body = bytearray()
            for chunk in resp.iter_bytes():
                body += chunk
                if len(body) > self.policy.max_bytes:
                    raise InputError(f"response exceeds the cap of {self.policy.max_bytes} "
                                     f"bytes: {url}")
            ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
            validators = {k: resp.headers[k] for k in ("etag", "last-modified") if k in resp.headers}
            return _Raw(resp.status_code, ctype, bytes(body), resp.headers.get("location"),
                        _retry_after(resp.headers.get("retry-after")), validators)

    # -- cache ---------------------------------------------------------------------------
    def _cache_paths(self, url: str) -> tuple[Path, Path] | None:
        if self.cache_dir is None:
            return None
        key = hashlib.sha256(url.encode()).hexdigest()
        folder = self.cache_dir / "http" / key[:2]
        return folder / f"{key}.json", folder / f"{key}.body"

    def _cache_get(self, url: str) -> _Cached | None:
        paths = self._cache_paths(url)
        if paths is None or not paths[0].exists() or not paths[1].exists():
            return None
        try:
            meta = json.loads(paths[0].read_text())
            body = paths[1].read_bytes()
        except (OSError, ValueError):
            return None
        response = Response(meta["url"], 200, meta["content_type"], body, from_cache=True)
        return _Cached(response, time.time() - float(meta["stored"]), meta.get("validators", {}))

    def _cache_put(self, url: str, response: Response, validators: dict[str, str]) -> None:
        paths = self._cache_paths(url)
        if paths is None:
            return
        paths[0].parent.mkdir(parents=True, exist_ok=True)
        meta = {"url": response.url, "content_type": response.content_type,
                "stored": time.time(), "validators": validators}
        for path, data in ((paths[1], response.body), (paths[0], json.dumps(meta).encode())):
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(data)
            tmp.replace(path)


def _conditional_headers(validators: dict[str, str]) -> dict[str, str]:
    headers = {}
    if "etag" in validators:
        headers["If-None-Match"] = validators["etag"]
    if "last-modified" in validators:
        headers["If-Modified-Since"] = validators["last-modified"]
    return headers


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta seconds or an HTTP date); None if absent."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _check_text(response: Response) -> None:
    ctype = response.content_type
    if ctype and not ctype.startswith(TEXT_TYPES):
        raise InputError(f"unsupported content type {ctype!r}: {response.url}")
    if b"\x00" in response.body[:8192]:
        raise InputError(f"binary content (declared {ctype or 'no type'}): {response.url}")


def check_url(url: str, *, allow_private: bool = False) -> None:
    """Refuse schemes other than http/https and (unless allowed) hosts that resolve to
    loopback, private, link-local or reserved addresses. Raises InputError."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise InputError(f"only http and https URLs are fetched, not {parts.scheme or 'none'}: "
                         f"{url}")
    host = parts.hostname
    if not host:
        raise InputError(f"URL has no host: {url}")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, parts.port or 80, proto=socket.IPPROTO_TCP)
    except socket.gaierror as err:
        raise TransientError(f"cannot resolve {host}: {err}") from err
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if (address.is_private or address.is_loopback or address.is_link_local
                or address.is_reserved or address.is_multicast or address.is_unspecified):
            raise InputError(f"refusing to fetch {url}: {host} is a private or loopback address "
                             "(set EVENTS_ALLOW_PRIVATE=1 to allow)")
