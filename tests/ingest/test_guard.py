"""SSRF policy and pinned connections, with a fake resolver and a fake network.

Every fetch here goes through :class:`FakeNetwork` (no socket is ever opened) and names are
resolved by :class:`FakeDNS`, so the addresses below are only ever looked at, never reached.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import httpcore
import pytest

from events.config import allow_networks
from events.errors import ConfigError, InputError
from events.ingest.guard import IPAddress
from events.ingest.http import Fetcher, FetchPolicy

PUBLIC = "93.184.216.34"
PAGE = (b"<html><head><title>Talks</title></head><body><article><p>Georgian and Armenian "
        b"leaders met in Tbilisi on Monday to discuss the border.</p></article></body></html>")


class FakeDNS:
    """A resolver answering from a table; each name may have a list of answers, one per
    lookup (the last repeats), as a rebinding DNS server would give."""

    def __init__(self, table: dict[str, Sequence[Sequence[str]]]) -> None:
        self.table = table
        self.lookups: list[str] = []

    def __call__(self, host: str, port: int) -> list[IPAddress]:
        answers = self.table[host]
        answer = answers[min(self.lookups.count(host), len(answers) - 1)]
        self.lookups.append(host)
        return [ipaddress.ip_address(a) for a in answer]


class FakeNetwork(httpcore.NetworkBackend):
    """Records every connection and answers it with a canned HTTP response."""

    def __init__(self, responses: dict[str, bytes] | None = None) -> None:
        self.responses = responses or {}
        self.connected: list[str] = []

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        self.connected.append(host)
        return httpcore.MockStream([self.responses.get(host, ok(PAGE))])


def ok(body: bytes, *, status: str = "200 OK", headers: str = "Content-Type: text/html\r\n"
       ) -> bytes:
    return (f"HTTP/1.1 {status}\r\n{headers}Content-Length: {len(body)}\r\n\r\n").encode() + body


def fetcher(dns: FakeDNS, network: FakeNetwork, tmp_path: Path, allow: tuple[str, ...] = ()
            ) -> Fetcher:
    return Fetcher(FetchPolicy(allow_networks=allow, attempts=1), cache_dir=tmp_path / "cache",
                   resolver=dns, network=network, sleep=lambda _s: None)


REFUSED = [
    ("10.1.2.3", "private"), ("172.16.0.9", "private"), ("192.168.1.1", "private"),
    ("127.0.0.1", "loopback"), ("0.0.0.0", "unspecified"), ("100.64.0.1", "CGNAT"),
    ("100.127.255.254", "CGNAT"), ("169.254.169.254", "metadata"), ("169.254.1.1", "link-local"),
    ("224.0.0.251", "multicast"), ("240.0.0.1", "reserved"), ("198.18.0.1", "private"),
    ("100.100.100.200", "metadata"), ("::1", "loopback"), ("fe80::1", "link-local"),
    ("fc00::1", "private"), ("fd00:ec2::254", "metadata"), ("ff02::1", "multicast"),
    ("::ffff:10.1.2.3", "IPv6 form of 10.1.2.3"), ("::ffff:127.0.0.1", "IPv6 form"),
    ("::ffff:169.254.169.254", "metadata"), ("64:ff9b::a01:203", "IPv6 form of 10.1.2.3"),
    ("64:ff9b:1::1", "NAT64"), ("2002:a01:203::1", "IPv6 form of 10.1.2.3"),
]


@pytest.mark.parametrize(("address", "kind"), REFUSED)
def test_a_name_resolving_to_a_non_public_address_is_refused(tmp_path: Path, address: str,
                                                            kind: str) -> None:
    dns, network = FakeDNS({"news.example": [[address]]}), FakeNetwork()
    with pytest.raises(InputError, match=kind):
        fetcher(dns, network, tmp_path).fetch("http://news.example/a")
    assert network.connected == []


@pytest.mark.parametrize(("address", "kind"), REFUSED[:3] + REFUSED[13:15])
def test_a_literal_non_public_address_is_refused(tmp_path: Path, address: str, kind: str) -> None:
    dns, network = FakeDNS({address: [[address]]}), FakeNetwork()
    host = f"[{address}]" if ":" in address else address
    with pytest.raises(InputError, match=kind):
        fetcher(dns, network, tmp_path).fetch(f"http://{host}/a")
    assert network.connected == []


def test_the_connection_goes_to_the_address_that_was_checked(tmp_path: Path) -> None:
    dns = FakeDNS({"news.example": [[PUBLIC], ["10.1.2.3"]]})  # rebinding on a second lookup
    network = FakeNetwork()
    response = fetcher(dns, network, tmp_path).fetch("http://news.example/a")
    assert response.status == 200 and network.connected == [PUBLIC]
    assert dns.lookups == ["news.example"]


def test_a_name_with_any_refused_address_is_refused(tmp_path: Path) -> None:
    dns, network = FakeDNS({"news.example": [[PUBLIC, "10.1.2.3"]]}), FakeNetwork()
    with pytest.raises(InputError, match="private"):
        fetcher(dns, network, tmp_path).fetch("http://news.example/a")
    assert network.connected == []


def test_every_redirect_hop_is_checked(tmp_path: Path) -> None:
    dns = FakeDNS({"news.example": [[PUBLIC]], "intranet.example": [["10.1.2.3"]]})
    network = FakeNetwork({PUBLIC: ok(b"", status="302 Found",
                                      headers="Location: http://intranet.example/admin\r\n")})
    with pytest.raises(InputError, match="intranet.example: 10.1.2.3 is a private address"):
        fetcher(dns, network, tmp_path).fetch("http://news.example/a")
    assert network.connected == [PUBLIC]


def test_a_cached_page_is_checked_before_it_is_served(tmp_path: Path) -> None:
    network = FakeNetwork()
    fetcher(FakeDNS({"news.example": [[PUBLIC]]}), network, tmp_path).fetch("http://news.example/a")
    rebound = fetcher(FakeDNS({"news.example": [["10.1.2.3"]]}), network, tmp_path)
    with pytest.raises(InputError, match="private"):
        rebound.fetch("http://news.example/a")
    assert network.connected == [PUBLIC]


def test_an_allowed_network_may_be_reached(tmp_path: Path) -> None:
    dns, network = FakeDNS({"wiki.intranet": [["10.1.2.3"]]}), FakeNetwork()
    response = fetcher(dns, network, tmp_path, allow=("10.0.0.0/8",)).fetch("http://wiki.intranet/")
    assert response.status == 200 and network.connected == ["10.1.2.3"]


def test_only_the_allowed_network_is_opened(tmp_path: Path) -> None:
    dns, network = FakeDNS({"other.intranet": [["192.168.1.1"]]}), FakeNetwork()
    with pytest.raises(InputError, match="private"):
        fetcher(dns, network, tmp_path, allow=("10.0.0.0/8",)).fetch("http://other.intranet/")
    assert network.connected == []


def test_metadata_addresses_stay_refused_inside_an_allowed_network(tmp_path: Path) -> None:
    dns, network = FakeDNS({"metadata.internal": [["169.254.169.254"]]}), FakeNetwork()
    with pytest.raises(InputError, match="metadata"):
        fetcher(dns, network, tmp_path, allow=("169.254.0.0/16",)).fetch(
            "http://metadata.internal/latest/meta-data/")
    assert network.connected == []


def test_allow_networks_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTS_ALLOW_NETWORKS", "127.0.0.0/8, 10.20.0.0/16")
    monkeypatch.delenv("EVENTS_ALLOW_PRIVATE", raising=False)
    assert allow_networks() == ("127.0.0.0/8", "10.20.0.0/16")


def test_allow_private_is_a_deprecated_alias_for_loopback_and_private(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVENTS_ALLOW_NETWORKS", raising=False)
    monkeypatch.setenv("EVENTS_ALLOW_PRIVATE", "1")
    networks = allow_networks()
    assert "127.0.0.0/8" in networks and "10.0.0.0/8" in networks
    assert not any(n.startswith(("169.254", "100.64")) for n in networks)


def test_a_malformed_allowed_network_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTS_ALLOW_NETWORKS", "localhost")
    with pytest.raises(ConfigError, match="EVENTS_ALLOW_NETWORKS"):
        allow_networks()
