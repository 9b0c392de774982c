"""Where the fetcher may connect: the address policy against SSRF, and connections pinned to
the address that was checked.

A host name is resolved **once** per connection, every address it resolves to is checked
against :class:`AddressPolicy`, and the connection goes to that checked address (an httpcore
network backend, :class:`PinnedBackend`); TLS still verifies the certificate for the host
name (httpcore sets SNI and checks the name from the URL, not from the address). A second DNS
answer (DNS rebinding) is therefore never used. Each redirect hop opens its connection the
same way, and the fetcher checks a URL before it serves it from its cache.

Refused (unless in an explicitly allowed network, ``EVENTS_ALLOW_NETWORKS``): loopback,
private, link-local, shared/CGNAT (100.64.0.0/10), multicast, reserved, unspecified and
every other address that is not globally reachable; IPv6 forms that embed one of those
(IPv4-mapped ``::ffff:a.b.c.d``, NAT64 ``64:ff9b::/96``, 6to4 ``2002::/16``, Teredo); the
cloud metadata addresses always, whatever is allowed.

Tests give :class:`PinnedBackend` a fake resolver and a fake inner backend, so no test
connects anywhere but where it says.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import time
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass

import httpcore

from events.errors import InputError, TransientError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], Sequence[IPAddress]]
"""``resolve(host, port)``: the addresses of a host name (raises TransientError when it
cannot be resolved)."""

METADATA = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254",  # AWS, GCP, Azure, OpenStack, DigitalOcean … instance metadata
    "169.254.170.2",  # AWS ECS task metadata
    "fd00:ec2::254",  # AWS IMDS over IPv6
    "100.100.100.200",  # Alibaba Cloud
    "168.63.129.16",  # Azure WireServer (a public address)
))
"""Cloud metadata addresses: refused even inside an allowed network."""
SHARED = ipaddress.ip_network("100.64.0.0/10")
NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))


def system_resolver(host: str, port: int) -> list[IPAddress]:
    """The addresses of ``host`` from the system resolver, in its order, without repeats.
    Raises TransientError when the name cannot be resolved."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as err:
        raise TransientError(f"cannot resolve {host}: {err}") from err
    found: dict[IPAddress, None] = {}
    for info in infos:
        text = str(info[4][0]).split("%")[0]  # drop an IPv6 zone
        with contextlib.suppress(ValueError):
            found[ipaddress.ip_address(text)] = None
    return list(found)


@dataclass(frozen=True)
class AddressPolicy:
    """Which addresses may be connected to: globally reachable ones, plus ``allowed``
    networks (never the metadata addresses)."""

    allowed: tuple[IPNetwork, ...] = ()

    @classmethod
    def allowing(cls, networks: Iterable[str]) -> AddressPolicy:
        """A policy allowing the given CIDR networks; raises ValueError for a malformed one."""
        return cls(tuple(ipaddress.ip_network(n, strict=False) for n in networks))

    def refusal(self, address: IPAddress) -> str | None:
        """Why ``address`` may not be connected to, or None when it may."""
        embedded = _embedded_ipv4(address)
        if address in METADATA or embedded in METADATA:
            return "a cloud metadata address"
        if any(address in net or (embedded is not None and embedded in net)
               for net in self.allowed):
            return None
        if embedded is not None:
            inner = _kind(embedded)
            return f"an IPv6 form of {embedded}, {inner}" if inner else None
        return _kind(address)

    def check(self, host: str, addresses: Sequence[IPAddress]) -> None:
        """Raise InputError when ``host`` resolved to nothing or to any refused address."""
        if not addresses:
            raise TransientError(f"{host} resolved to no address")
        for address in addresses:
            reason = self.refusal(address)
            if reason:
                raise InputError(f"refusing to connect to {host}: {address} is {reason} "
                                 "(allow a network with EVENTS_ALLOW_NETWORKS)")


def _kind(address: IPAddress) -> str | None:
    """What kind of non-public address this is, or None for a globally reachable one."""
    nat64 = isinstance(address, ipaddress.IPv6Address) and any(address in n for n in NAT64)
    checks = (("loopback", address.is_loopback), ("an unspecified", address.is_unspecified),
              ("link-local", address.is_link_local), ("multicast", address.is_multicast),
              ("shared (CGNAT)", address in SHARED), ("NAT64", nat64),
              ("reserved", address.is_reserved), ("private", address.is_private))
    for name, hit in checks:
        if hit:
            return f"{name if name.startswith('an ') else 'a ' + name} address"
    return None if address.is_global else "not globally reachable"


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (IPv4-mapped, NAT64, 6to4, Teredo)."""
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in NAT64[0]:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    return None


# --------------------------------------------------------------------------- the deadline

_DEADLINE: ContextVar[float | None] = ContextVar("events_fetch_deadline", default=None)


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Every connect, read and write of the connections made inside ends within ``seconds``
    from now (``time.monotonic``), however slowly the server sends."""
    token = _DEADLINE.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def _within_deadline(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` cut to the time left before the deadline; raises ``error`` when none is."""
    end = _DEADLINE.get()
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise error("deadline of the response exceeded")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every operation ends by the current deadline."""

    def __init__(self, inner: httpcore.NetworkStream, address: IPAddress) -> None:
        self._inner = inner
        self.address = address

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _within_deadline(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _within_deadline(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: typing.Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname,
                                      _within_deadline(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(inner, self.address)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class PinnedBackend(httpcore.NetworkBackend):
    """An httpcore network backend that resolves each host once, checks every address with
    the policy and connects to a checked address (never resolving again), within the
    current :func:`deadline`. ``resolver`` and ``inner`` (the backend that opens the
    connection) are replaced by fakes in tests."""

    def __init__(self, policy: AddressPolicy, resolver: Resolver = system_resolver,
                 inner: httpcore.NetworkBackend | None = None) -> None:
        self.policy = policy
        self.resolver = resolver
        self.inner = inner or httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: typing.Iterable[typing.Any] | None = None
                    ) -> httpcore.NetworkStream:
        name = host.strip("[]")
        addresses = self.resolver(name, port)
        self.policy.check(name, addresses)
        error: Exception | None = None
        for address in addresses:
            try:
                stream = self.inner.connect_tcp(
                    str(address), port, _within_deadline(timeout, httpcore.ConnectTimeout),
                    local_address, socket_options)
            except httpcore.ConnectError as err:  # the next checked address, if any
                error = err
                continue
            return _DeadlineStream(stream, address)
        assert error is not None
        raise error

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: typing.Iterable[typing.Any] | None = None
                            ) -> httpcore.NetworkStream:
        raise InputError("the fetcher connects over TCP only")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)
