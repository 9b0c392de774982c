"""Shared fixtures: the spaCy pipeline (session-wide) and the ../shared folder."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from events.config import default_shared_dir


class OffLoopback(OSError):
    """A test tried to reach an address outside 127.0.0.0/8 (or ::1)."""


def _loopback_only(address: Any) -> None:
    """Raise :class:`OffLoopback` unless ``address`` (a socket address) is on loopback."""
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return
    host = str(address[0]).strip("[]").split("%")[0]
    if host == "localhost":
        return
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        raise OffLoopback(f"test tried to connect to {host!r}") from None
    if not ip.is_loopback and not (ip.version == 6 and ip.ipv4_mapped and ip.ipv4_mapped.is_loopback):
        raise OffLoopback(f"test tried to connect to {host}")


def _no_name_lookup(host: Any) -> None:
    """Raise :class:`OffLoopback` for a host name other than this machine's: resolving it
    would send a DNS query to a server off loopback (IP literals need no query)."""
    if host is None:
        return
    name = (host.decode() if isinstance(host, bytes) else str(host)).strip("[]").split("%")[0]
    if name.lower() in {"localhost", "localhost.localdomain", socket.gethostname().lower()}:
        return
    try:
        ipaddress.ip_address(name)
    except ValueError:
        raise OffLoopback(f"test tried to look up the name {name!r}") from None


@pytest.fixture(autouse=True, scope="session")
def no_traffic_off_loopback() -> Iterator[None]:
    """Every socket this test process opens may connect (or send a datagram) to loopback only:
    a test that would reach another address (a private, metadata or public one) fails instead
    of sending, and so does one that would look up a host name in the DNS.
    Servers the tests start run on 127.0.0.1; fetcher tests use a fake resolver and network."""
    connect, connect_ex = socket.socket.connect, socket.socket.connect_ex
    sendto, sendmsg = socket.socket.sendto, socket.socket.sendmsg
    getaddrinfo = socket.getaddrinfo
    gethostbyname, gethostbyname_ex = socket.gethostbyname, socket.gethostbyname_ex

    def guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        _no_name_lookup(host)
        return getaddrinfo(host, *args, **kwargs)

    def guarded_gethostbyname(host: Any) -> Any:
        _no_name_lookup(host)
        return gethostbyname(host)

    def guarded_gethostbyname_ex(host: Any) -> Any:
        _no_name_lookup(host)
        return gethostbyname_ex(host)

    def guarded_sendto(self: socket.socket, data: Any, *args: Any) -> int:
        _loopback_only(args[-1])  # sendto(data, address) or sendto(data, flags, address)
        return sendto(self, data, *args)  # type: ignore[arg-type]

    def guarded_sendmsg(self: socket.socket, *args: Any) -> int:
        if len(args) >= 4:  # sendmsg(buffers, ancdata, flags, address)
            _loopback_only(args[3])
        return sendmsg(self, *args)

    def guarded_connect(self: socket.socket, address: Any) -> None:
        _loopback_only(address)
        connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: Any) -> int:
        _loopback_only(address)
        return connect_ex(self, address)

    socket.socket.connect = guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = guarded_connect_ex  # type: ignore[method-assign]
    socket.socket.sendto = guarded_sendto  # type: ignore[method-assign, assignment]
    socket.socket.sendmsg = guarded_sendmsg  # type: ignore[method-assign]
    socket.getaddrinfo = guarded_getaddrinfo
    socket.gethostbyname, socket.gethostbyname_ex = guarded_gethostbyname, guarded_gethostbyname_ex
    try:
        yield
    finally:
        socket.socket.connect, socket.socket.connect_ex = connect, connect_ex  # type: ignore[method-assign]
        socket.socket.sendto, socket.socket.sendmsg = sendto, sendmsg  # type: ignore[method-assign]
        socket.getaddrinfo = getaddrinfo
        socket.gethostbyname, socket.gethostbyname_ex = gethostbyname, gethostbyname_ex


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The project's spaCy pipeline, loaded once for the whole test session."""
    from events.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``EVENTS_SHARED`` (default ``../shared``); skips the test when it is absent."""
    path = default_shared_dir().resolve()
    if not (path / "README.md").exists():
        pytest.skip(f"shared reference folder not found at {path}")
    return path


@pytest.fixture(scope="session")
def samples_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled samples run through the whole chain (events.runner.run, no Prefect) into a
    fresh dataset folder, once per session; what `make run` writes to data/out."""
    from events.config import Settings
    from events.ingest.sources import Source
    from events.runner import run

    out = tmp_path_factory.mktemp("samples") / "out"
    samples = Path(__file__).resolve().parents[1] / "data" / "samples"
    run([Source(kind="dir", target=str(samples))], settings=Settings(out_dir=out))
    return out
