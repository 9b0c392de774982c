"""The suite-wide guard (tests/conftest.py): a socket may connect to loopback only."""

from __future__ import annotations

import socket

import pytest

from tests.conftest import OffLoopback


@pytest.mark.parametrize("address", ["10.1.2.3", "169.254.169.254", "100.64.0.1", "93.184.216.34"])
def test_a_connection_off_loopback_is_refused_before_it_is_sent(address: str) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(OffLoopback):
        sock.connect((address, 80))


def test_loopback_is_allowed() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as client:
            client.connect(server.getsockname())
