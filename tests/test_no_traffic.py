"""The suite-wide guard (tests/conftest.py): a socket may connect to loopback only, and no
host name is looked up in the DNS."""

from __future__ import annotations

import socket

import pytest

from tests.conftest import OffLoopback


class _NotASocket:
    """Handed to the guarded methods in place of a socket: were the guard missing, the real
    ``connect`` would refuse it (TypeError) and nothing could be sent anywhere."""


OFF_LOOPBACK = ["10.1.2.3", "169.254.169.254", "100.64.0.1", "93.184.216.34"]


@pytest.mark.parametrize("address", OFF_LOOPBACK)
def test_a_connection_off_loopback_is_refused_before_it_is_sent(address: str) -> None:
    assert socket.socket.connect.__name__ == "guarded_connect", "the conftest guard is not installed"
    with pytest.raises(OffLoopback):
        socket.socket.connect(_NotASocket(), (address, 80))  # type: ignore[arg-type]


@pytest.mark.parametrize("address", OFF_LOOPBACK)
def test_connect_ex_off_loopback_is_refused_too(address: str) -> None:
    assert socket.socket.connect_ex.__name__ == "guarded_connect_ex", "the conftest guard is not installed"
    with pytest.raises(OffLoopback):
        socket.socket.connect_ex(_NotASocket(), (address, 80))  # type: ignore[arg-type]


@pytest.mark.parametrize("address", OFF_LOOPBACK)
def test_a_datagram_off_loopback_is_refused_before_it_is_sent(address: str) -> None:
    assert socket.socket.sendto.__name__ == "guarded_sendto", "the conftest guard is not installed"
    with pytest.raises(OffLoopback):
        socket.socket.sendto(_NotASocket(), b"x", (address, 53))  # type: ignore[arg-type]
    with pytest.raises(OffLoopback):
        socket.socket.sendto(_NotASocket(), b"x", 0, (address, 53))  # type: ignore[arg-type, call-overload]


def test_loopback_is_allowed() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as client:
            client.connect(server.getsockname())


@pytest.mark.parametrize("name", ["news.example", "metadata.google.internal"])
def test_a_name_lookup_is_refused_before_a_query_is_sent(name: str) -> None:
    # were the guard not installed, the lookup below would send a real DNS query: check first
    assert socket.getaddrinfo.__name__ == "guarded_getaddrinfo", "the conftest guard is not installed"
    with pytest.raises(OffLoopback):
        socket.getaddrinfo(name, 80)


@pytest.mark.parametrize("name", ["news.example", "metadata.google.internal"])
def test_a_lookup_by_gethostbyname_is_refused_too(name: str) -> None:
    assert socket.gethostbyname.__name__ == "guarded_gethostbyname", "the conftest guard is not installed"
    with pytest.raises(OffLoopback):
        socket.gethostbyname(name)
    with pytest.raises(OffLoopback):
        socket.gethostbyname_ex(name)


def test_loopback_names_and_literals_resolve() -> None:
    assert socket.getaddrinfo("localhost", 80) and socket.getaddrinfo("127.0.0.1", 80)
