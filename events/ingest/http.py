"""Polite HTTP for feeds and pages, with httpx.

- http and https only; every connection goes to an address checked against the SSRF policy
  and pinned (resolved once, see :mod:`events.ingest.guard`), on every redirect hop; a URL is
  checked again before a cached copy is served;
- one deadline per response (:attr:`FetchPolicy.deadline`, connecting and reading together,
  however slowly the server drips its bytes), a byte cap per response (the body is streamed
  and cut), at most ``max_redirects`` redirects;
- a host that stalls (any timeout) is not asked again in this run, and is left alone in
  later runs for a backoff that doubles on each stall (15 min up to a day, remembered in the
  cache folder); a success forgets it;
- the fetcher retries: HTTP 429/5xx and connection errors are retried with exponential
  backoff, honouring ``Retry-After`` up to ``max_retry_after`` (a longer wait gives up at
  once); what still fails is a TransientError, which the readers quarantine and the next run
  tries again (quarantined articles are never taken as seen);
- a per-host concurrency limit and one identifying User-Agent;
- an on-disk cache keyed by URL: a page fetched once is never fetched again within its
  time-to-live, and feeds are revalidated with ``ETag`` / ``Last-Modified``.

Errors: :class:`~events.errors.InputError` for what retrying cannot fix (404, refused
address, malformed URL or response, too large, not text), :class:`~events.errors.TransientError`
when retries ran out, a host stalled or is in its backoff.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from events.config import Settings
from events.errors import EventsError, InputError, TransientError
from events.ingest.guard import AddressPolicy, PinnedBackend, Resolver, deadline, system_resolver
from events.ingest.normalize import check_url as check_url_syntax

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
    read_timeout: float = 10.0
    deadline: float = 30.0
    """The most one response may take, connecting and reading together."""
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    attempts: int = 3
    backoff: float = 0.5
    max_retry_after: float = 10.0
    per_host: int = 2
    page_ttl: float = 7 * 24 * 3600.0
    allow_networks: tuple[str, ...] = ()
    """CIDR networks that may be reached although not public ("127.0.0.0/8")."""
    stall_backoff: float = 900.0
    """How long a host that stalled is left alone in later runs; doubles on each stall."""
    max_stall_backoff: float = 24 * 3600.0

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchPolicy:
        """The policy of a run's settings (timeouts, deadline, allowed networks)."""
        return cls(connect_timeout=settings.connect_timeout, read_timeout=settings.read_timeout,
                   deadline=settings.fetch_timeout, allow_networks=settings.allow_networks)


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


class _Stalled(TransientError):
    """A host timed out: not retried, remembered."""


class _PinnedTransport(httpx.HTTPTransport):
    """httpx's transport with its connection pool on a :class:`PinnedBackend`.

    httpx has no public switch for the network backend, so the pool it builds is replaced
    by one built the same way on ours (tests check the backend sees every connection)."""

    def __init__(self, backend: httpcore.NetworkBackend, per_host: int) -> None:
        super().__init__(trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False), max_connections=100,
            max_keepalive_connections=20, keepalive_expiry=5.0, network_backend=backend)


class Fetcher:
    """Fetches URLs within a :class:`FetchPolicy`; thread-safe; reuse one per run.

    ``resolver`` and ``network`` (the httpcore backend opening connections) default to the
    system's; tests pass fakes. ``clock`` gives wall time (for the remembered backoffs)."""

    def __init__(self, policy: FetchPolicy | None = None, cache_dir: Path | None = None,
                 sleep: Callable[[float], None] = time.sleep, *,
                 resolver: Resolver = system_resolver,
                 network: httpcore.NetworkBackend | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.policy = policy or FetchPolicy()
        self.cache_dir = cache_dir
        self._sleep = sleep
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._lock = threading.Lock()
        try:
            self.address_policy = AddressPolicy.allowing(self.policy.allow_networks)
        except ValueError as err:
            raise InputError(f"bad allowed network: {err}") from err
        self.backend = PinnedBackend(self.address_policy, resolver, network)
        self.health = HostHealth(cache_dir / "http" / "hosts.json" if cache_dir else None,
                                 self.policy, clock)
        self._http: httpx.Client | None = None

    @property
    def _client(self) -> httpx.Client:
        """The HTTP client, made at the first request: its TLS context (the CA bundle, about
        35 ms each for the client and the pool) is not built by runs that read only files."""
        with self._lock:
            if self._http is None:
                timeout = httpx.Timeout(self.policy.read_timeout,
                                        connect=self.policy.connect_timeout)
                self._http = httpx.Client(
                    transport=_PinnedTransport(self.backend, self.policy.per_host),
                    timeout=timeout, follow_redirects=False, trust_env=False,
                    headers={"User-Agent": USER_AGENT})
            return self._http

    def close(self) -> None:
        """Close the connection pool (if a request opened it)."""
        with self._lock:
            if self._http is not None:
                self._http.close()
                self._http = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str, *, revalidate: bool = False) -> Response:
        """GET ``url`` following at most ``max_redirects`` checked redirects.

        ``revalidate`` asks the server whether a cached copy is still current (feeds);
        otherwise a cached copy younger than ``page_ttl`` is returned without a request, once
        its URLs pass the address policy. Raises InputError or TransientError (see the module
        docstring).
        """
        url = check_url_syntax(url)
        cached = self._cache_get(url)
        if cached is not None:
            self.check_address(url)
            if cached.response.url != url:
                self.check_address(cached.response.url)
            if not revalidate and cached.age < self.policy.page_ttl:
                return cached.response
        headers = _conditional_headers(cached.validators) if cached is not None else {}
        current = url
        for _ in range(self.policy.max_redirects + 1):
            raw = self._get_with_retries(current, headers)
            if raw.status in REDIRECT_STATUS and raw.location:
                current = _redirect_target(current, raw.location)
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

    def check_address(self, url: str) -> None:
        """Resolve the host of ``url`` and check its addresses against the policy (without
        connecting). Raises InputError when refused, TransientError when not resolvable."""
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port or (443 if parts.scheme == "https" else 80)
        self.address_policy.check(host, self.backend.resolver(host, port))

    def _host_slot(self, url: str) -> threading.BoundedSemaphore:
        host = urlsplit(url).netloc.lower()
        with self._lock:
            return self._hosts.setdefault(host, threading.BoundedSemaphore(self.policy.per_host))

    def _get_with_retries(self, url: str, headers: dict[str, str]) -> _Raw:
        host = urlsplit(url).netloc.lower()
        last = ""
        for attempt in range(1, self.policy.attempts + 1):
            self.health.check(host)
            retry_after: float | None = None
            try:
                with self._host_slot(url):
                    raw = self._get_once(url, headers)
            except _Stalled as err:
                self.health.stalled(host, str(err))
                raise
            except TransientError as err:
                last = str(err)
            else:
                self.health.answered(host)
                if raw.status not in TRANSIENT_STATUS:
                    return raw
                last, retry_after = f"HTTP {raw.status} from {url}", raw.retry_after
                if retry_after is not None and retry_after > self.policy.max_retry_after:
                    raise TransientError(f"{last}, asking to retry after {retry_after:.0f} s")
            if attempt < self.policy.attempts:
                delay = retry_after if retry_after is not None else self.policy.backoff * 2 ** (
                    attempt - 1)
                log.info("%s; retry %d in %.1f s", last, attempt, delay)
                self._sleep(delay)
        raise TransientError(f"{last} after {self.policy.attempts} attempts")

    def _get_once(self, url: str, headers: dict[str, str]) -> _Raw:
        """One GET within the deadline; httpx's errors translated (see :func:`_translate`)."""
        try:
            with deadline(self.policy.deadline), \
                    self._client.stream("GET", url, headers=headers) as resp:
                return self._read(url, resp)
        except httpx.HTTPError as err:
            raise _translate(err, url, self.policy.deadline) from err
        except (httpx.InvalidURL, UnicodeError) as err:  # not HTTPErrors: a host httpx cannot
            raise InputError(f"invalid URL {url}: {err}") from err  # encode or decode

    def _read(self, url: str, resp: httpx.Response) -> _Raw:
        declared = resp.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.policy.max_bytes:
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


def _redirect_target(current: str, location: str) -> str:
    """The checked absolute URL a redirect points to; raises InputError when malformed."""
    try:
        target = urljoin(current, location)
    except ValueError as err:
        raise InputError(f"malformed redirect from {current} ({err})") from err
    return check_url_syntax(target)


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


def _translate(err: httpx.HTTPError, url: str, limit: float) -> EventsError:
    """httpx's error as ours: a timeout stalls the host (not retried), other transport
    errors are transient (retried), the rest (invalid URL, undecodable body) is input."""
    name = type(err).__name__
    if isinstance(err, httpx.TimeoutException):
        return _Stalled(f"{name} from {url}: no complete response within the limits "
                        f"(deadline {limit:g} s)")
    if isinstance(err, httpx.TransportError):
        return TransientError(f"{name} from {url}: {err}")
    return InputError(f"{name} from {url}: {err}")


class HostHealth:
    """Hosts that stalled (timed out): not asked again in this run, and left alone in later
    runs until their backoff ends (``stall_backoff`` doubling per stall up to
    ``max_stall_backoff``), remembered in a JSON file ``{host: {stalls, until, reason}}``.
    A host that answers is forgotten. Thread-safe; between processes the last writer wins."""

    def __init__(self, path: Path | None, policy: FetchPolicy,
                 clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.policy = policy
        self._clock = clock
        self._lock = threading.Lock()
        self._this_run: dict[str, str] = {}
        self._known: dict[str, dict[str, object]] = self._load()

    def check(self, host: str) -> None:
        """Raise TransientError when ``host`` stalled in this run or is in its backoff."""
        with self._lock:
            reason = self._this_run.get(host)
            record = self._known.get(host)
        if reason is not None:
            raise TransientError(f"{host} stalled earlier in this run, not asked again "
                                 f"({reason})")
        until = float(record.get("until", 0)) if record else 0.0  # type: ignore[arg-type]
        if until > self._clock():
            when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(until))
            raise TransientError(f"{host} stalled in an earlier run, left alone until {when} "
                                 f"({record.get('reason') if record else ''})")

    def stalled(self, host: str, reason: str) -> None:
        """Remember that ``host`` stalled."""
        with self._lock:
            self._this_run[host] = reason
            stalls = int(self._known.get(host, {}).get("stalls", 0)) + 1  # type: ignore[call-overload]
            wait = min(self.policy.stall_backoff * 2 ** (stalls - 1), self.policy.max_stall_backoff)
            self._known[host] = {"stalls": stalls, "until": self._clock() + wait,
                                 "reason": reason[:300]}
            self._save()
        log.warning("%s stalled (%s); not asked again in this run, and left alone for %.0f s",
                    host, reason, wait)

    def answered(self, host: str) -> None:
        """Forget a stall of ``host``: it answered."""
        with self._lock:
            if self._known.pop(host, None) is not None:
                self._save()

    def _load(self) -> dict[str, dict[str, object]]:
        if self.path is None or not self.path.exists():
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            log.warning("ignoring unreadable %s: %s", self.path, err)
            return {}
        return {k: v for k, v in data.items() if isinstance(v, dict)} \
            if isinstance(data, dict) else {}

    def _save(self) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f".{self.path.name}.{threading.get_ident()}.tmp")
            tmp.write_text(json.dumps(self._known, indent=1, sort_keys=True), encoding="utf-8")
            tmp.replace(self.path)
        except OSError as err:
            log.warning("cannot remember stalled hosts in %s: %s", self.path, err)
