"""The fetcher against a local server: limits, retries, redirects, cache, address policy."""

from __future__ import annotations

from pathlib import Path

import pytest

from events.errors import InputError, TransientError
from events.ingest.http import Fetcher, FetchPolicy, check_url
from tests.ingest.conftest import Site

LOCAL = FetchPolicy(allow_private=True, read_timeout=1.0, attempts=2, backoff=0.01,
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


def test_429_with_retry_after_succeeds_on_retry(site: Site, fetcher: Fetcher) -> None:
    assert fetcher.fetch(site.base + "/flaky/429").status == 200
    assert site.hits["/flaky/429"] == 2


def test_timeout_is_transient(site: Site, fetcher: Fetcher) -> None:
    with pytest.raises(TransientError, match="Timeout"):
        fetcher.fetch(site.base + "/bad/slow")


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


def test_loopback_refused_by_default() -> None:
    with pytest.raises(InputError, match="private or loopback"):
        check_url("http://127.0.0.1:9/x")


def test_private_range_refused_by_default() -> None:
    with pytest.raises(InputError, match="private or loopback"):
        check_url("http://10.1.2.3/x")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x/"])
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(InputError, match="only http and https"):
        check_url(url, allow_private=True)
