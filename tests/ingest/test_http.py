"""The fetcher against a local server: limits, deadlines, retries, redirects, cache."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from events.errors import InputError, TransientError
from events.ingest.http import Fetcher, FetchPolicy
from tests.ingest.conftest import Site

LOCAL = FetchPolicy(allow_networks=("127.0.0.0/8",), read_timeout=1.0, attempts=2, backoff=0.01,
                    max_bytes=1_000_000)


@pytest.fixture()
def fetcher(tmp_path: Path) -> Fetcher:
    return Fetcher(LOCAL, cache_dir=tmp_path / "cache", sleep=lambda _s: None)


def test_fetches_a_page(site: Site, fetcher: Fetcher) -> None:
    response = fetcher.fetch(site.base + "/a/kharkiv")
    assert (response.status, response.content_type) == (200, "text/html")
    assert b"Kharkiv" in response.body


def test_follows_a_redirect_to_the_final_url(site: Site, fetcher: Fetcher) -> None:
    assert fetcher.fetch(site.base + "/ok/redirect").url == site.base + "/a/kharkiv"


def test_redirect_loop_is_input_error(site: Site, fetcher: Fetcher) -> None:
    with pytest.raises(InputError, match="more than 5 redirects"):
        fetcher.fetch(site.base + "/bad/loop")


def test_404_is_input_error_not_retried(site: Site, fetcher: Fetcher) -> None:
    with pytest.raises(InputError, match="HTTP 404"):
        fetcher.fetch(site.base + "/bad/404")
    assert site.hits["/bad/404"] == 1


def test_500_is_retried_then_transient(site: Site, fetcher: Fetcher) -> None:
    with pytest.raises(TransientError, match="HTTP 500 .* after 2 attempts"):
        fetcher.fetch(site.base + "/bad/500")
    assert site.hits["/bad/500"] == 2


def test_503_then_200_succeeds_on_the_fetchers_retry(site: Site, fetcher: Fetcher) -> None:
    response = fetcher.fetch(site.base + "/flaky/503")
    assert response.status == 200 and b"After 503" in response.body
    assert site.hits["/flaky/503"] == 2


def test_429_with_retry_after_succeeds_on_retry(site: Site, fetcher: Fetcher) -> None:
    assert fetcher.fetch(site.base + "/flaky/429").status == 200
    assert site.hits["/flaky/429"] == 2


def test_retry_after_longer_than_the_cap_gives_up_at_once(site: Site, fetcher: Fetcher) -> None:
    with pytest.raises(TransientError, match="retry after 3600 s"):
        fetcher.fetch(site.base + "/bad/retry-later")
    assert site.hits["/bad/retry-later"] == 1


def test_timeout_is_transient_and_not_retried(site: Site, fetcher: Fetcher) -> None:
    with pytest.raises(TransientError, match="Timeout"):
        fetcher.fetch(site.base + "/bad/slow")
    assert site.hits["/bad/slow"] == 1


def test_a_dripping_server_is_cut_at_the_deadline(site: Site, tmp_path: Path) -> None:
    fetcher = Fetcher(FetchPolicy(allow_networks=("127.0.0.0/8",), deadline=1.0),
                      cache_dir=tmp_path / "cache")
    start = time.monotonic()
    with pytest.raises(TransientError, match="deadline 1 s"):
        fetcher.fetch(site.base + "/bad/drip")
    assert time.monotonic() - start < 5  # one byte every 0.3 s for 20 s would never time out


def test_a_stalled_host_is_not_asked_again_in_the_run(site: Site, fetcher: Fetcher) -> None:
    with pytest.raises(TransientError):
        fetcher.fetch(site.base + "/bad/slow")
    with pytest.raises(TransientError, match="stalled earlier in this run"):
        fetcher.fetch(site.base + "/a/kharkiv")
    assert site.hits["/a/kharkiv"] == 0


def test_a_stalled_host_is_left_alone_by_later_runs_until_its_backoff_ends(
        site: Site, tmp_path: Path) -> None:
    now = [1_000_000.0]
    first = Fetcher(LOCAL, cache_dir=tmp_path / "cache", clock=lambda: now[0])
    with pytest.raises(TransientError):
        first.fetch(site.base + "/bad/slow")
    later = Fetcher(LOCAL, cache_dir=tmp_path / "cache", clock=lambda: now[0])
    with pytest.raises(TransientError, match="stalled in an earlier run"):
        later.fetch(site.base + "/a/tbilisi")
    assert site.hits["/a/tbilisi"] == 0
    now[0] += LOCAL.stall_backoff + 1
    after = Fetcher(LOCAL, cache_dir=tmp_path / "cache", clock=lambda: now[0])
    assert after.fetch(site.base + "/a/tbilisi").status == 200


def test_the_backoff_doubles_on_each_stall(site: Site, tmp_path: Path) -> None:
    now = [1_000_000.0]
    for _ in range(2):
        fetcher = Fetcher(LOCAL, cache_dir=tmp_path / "cache", clock=lambda: now[0])
        with pytest.raises(TransientError):
            fetcher.fetch(site.base + "/bad/slow")
        now[0] += LOCAL.stall_backoff + 1
    fetcher = Fetcher(LOCAL, cache_dir=tmp_path / "cache", clock=lambda: now[0])
    with pytest.raises(TransientError, match="stalled in an earlier run"):
        fetcher.fetch(site.base + "/a/kharkiv")


def test_huge_body_is_cut_at_the_cap(site: Site, fetcher: Fetcher) -> None:
    with pytest.raises(InputError, match="exceeds the cap of 1000000 bytes"):
        fetcher.fetch(site.base + "/bad/huge")


def test_binary_content_type_is_refused(site: Site, fetcher: Fetcher) -> None:
    with pytest.raises(InputError, match="unsupported content type 'image/png'"):
        fetcher.fetch(site.base + "/bad/binary")


def test_mislabelled_binary_is_refused(site: Site, fetcher: Fetcher) -> None:
    with pytest.raises(InputError, match="binary content"):
        fetcher.fetch(site.base + "/bad/mislabelled")


def test_cached_page_is_not_fetched_again(site: Site, fetcher: Fetcher) -> None:
    fetcher.fetch(site.base + "/a/kharkiv")
    again = fetcher.fetch(site.base + "/a/kharkiv")
    assert again.from_cache and site.hits["/a/kharkiv"] == 1


def test_feed_is_revalidated_with_etag(site: Site, fetcher: Fetcher) -> None:
    fetcher.fetch(site.base + "/feed.xml", revalidate=True)
    again = fetcher.fetch(site.base + "/feed.xml", revalidate=True)
    assert again.from_cache and site.hits["/feed.xml"] == 2


def test_loopback_server_refused_without_an_allowed_network(site: Site, tmp_path: Path) -> None:
    fetcher = Fetcher(FetchPolicy(), cache_dir=tmp_path / "cache")
    with pytest.raises(InputError, match="is a loopback address"):
        fetcher.fetch(site.base + "/a/kharkiv")
    assert site.hits["/a/kharkiv"] == 0


def test_cached_page_is_not_served_once_its_address_is_refused(site: Site, fetcher: Fetcher,
                                                               tmp_path: Path) -> None:
    fetcher.fetch(site.base + "/a/kharkiv")
    strict = Fetcher(FetchPolicy(), cache_dir=tmp_path / "cache")
    with pytest.raises(InputError, match="loopback"):
        strict.fetch(site.base + "/a/kharkiv")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x/",
                                 "http://127.0.0.1:99999/x", "http://[::1/", "http:///nohost",
                                 "http://" + "a" * 64 + ".example/", "http://exa mple.org/"])
def test_malformed_or_other_scheme_urls_are_input_errors(fetcher: Fetcher, url: str) -> None:
    with pytest.raises(InputError):
        fetcher.fetch(url)


def test_a_fetcher_that_fetches_nothing_opens_no_client(tmp_path: Path) -> None:
    with Fetcher(cache_dir=tmp_path) as fetcher:
        assert fetcher._http is None  # no TLS context built for runs that only read files


def test_the_client_is_opened_by_the_first_request_and_closed_with_the_fetcher(
        site: Site, fetcher: Fetcher) -> None:
    assert fetcher.fetch(site.base + "/a/kharkiv").status == 200
    assert fetcher._http is not None
    fetcher.close()
    assert fetcher._http is None
