"""Feeds, pages and URL lists from a local site, through the runner's reading step."""

from __future__ import annotations

from pathlib import Path

import pytest

from events.ingest.http import Fetcher, FetchPolicy
from events.ingest.sources import load_sources_toml, parse_source
from events.models import ProcessedArticle
from events.pipeline import article_row
from events.runner import RunSummary, read_articles
from events.store import write
from tests.ingest.conftest import Site

BAD_PATHS = ["/bad/404", "/bad/500", "/bad/binary", "/bad/mislabelled", "/bad/empty",
             "/bad/loop", "/bad/huge", "/bad/slow"]


@pytest.fixture()
def fetcher(tmp_path: Path) -> Fetcher:
    policy = FetchPolicy(allow_networks=("127.0.0.0/8",), read_timeout=1.0, attempts=2, backoff=0.01,
                         max_bytes=1_000_000)
    return Fetcher(policy, cache_dir=tmp_path / "cache", sleep=lambda _s: None)


def _read(specs: list[str], out: Path, fetcher: Fetcher, summary: RunSummary | None = None):  # type: ignore[no-untyped-def]
    return list(read_articles([parse_source(s) for s in specs], out=out, fetcher=fetcher,
                              summary=summary))


def test_feed_articles_are_fetched_and_extracted(site: Site, fetcher: Fetcher, tmp_path: Path) -> None:
    articles = _read([f"rss:{site.base}/feed.xml"], tmp_path / "out", fetcher)
    assert [a.status for a in articles] == ["ok", "ok", "ok"]
    assert articles[0].title == "Kharkiv shelled" and articles[0].source_name == "Local Wire"
    assert articles[0].published is not None and articles[0].published.day == 15


def test_wire_copy_joins_the_story_of_the_original(site: Site, fetcher: Fetcher,
                                                   tmp_path: Path) -> None:
    original, copy, other = _read([f"rss:{site.base}/feed.xml"], tmp_path / "out", fetcher)
    assert copy.story_id == original.article_id
    assert other.story_id == other.article_id


def test_second_run_fetches_no_article_page(site: Site, fetcher: Fetcher, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _read([f"rss:{site.base}/feed.xml"], out, fetcher)
    write(out, articles=[article_row(ProcessedArticle(article=a)) for a in first])
    summary = RunSummary()
    assert _read([f"rss:{site.base}/feed.xml"], out, fetcher, summary) == []
    assert summary.skipped_seen == 3
    assert site.hits["/a/kharkiv"] == 1


def test_exact_copy_under_another_url_is_duplicate(site: Site, fetcher: Fetcher,
                                                   tmp_path: Path) -> None:
    a, b = _read([f"url:{site.base}/a/kharkiv", f"url:{site.base}/a/kharkiv?utm_source=x&v=2"],
                 tmp_path / "out", fetcher)
    assert (b.status, b.duplicate_of) == ("duplicate", a.article_id)


@pytest.mark.parametrize(("path", "reason"), [
    ("/bad/404", "HTTP 404"), ("/bad/500", "HTTP 500"), ("/bad/binary", "unsupported content"),
    ("/bad/mislabelled", "binary content"), ("/bad/empty", "no main text"),
    ("/bad/loop", "redirects"), ("/bad/huge", "exceeds the cap"), ("/bad/slow", "Timeout"),
])
def test_bad_page_is_quarantined_with_reason(site: Site, fetcher: Fetcher, tmp_path: Path,
                                             path: str, reason: str) -> None:
    (article,) = _read([f"url:{site.base}{path}"], tmp_path / "out", fetcher)
    assert article.status == "quarantined" and reason in article.error


def test_invalid_utf8_page_is_read_with_replacement(site: Site, fetcher: Fetcher,
                                                    tmp_path: Path) -> None:
    (article,) = _read([f"url:{site.base}/bad/utf8"], tmp_path / "out", fetcher)
    assert article.status == "ok" and "Russian troops shelled" in article.text


def test_malformed_feed_is_quarantined(site: Site, fetcher: Fetcher, tmp_path: Path) -> None:
    articles = _read([f"rss:{site.base}/bad/feed.xml"], tmp_path / "out", fetcher)
    assert {a.status for a in articles} == {"quarantined"}
    assert articles[0].error.startswith("feed: malformed feed XML")


def test_xml_bomb_is_refused_before_parsing(site: Site, fetcher: Fetcher, tmp_path: Path) -> None:
    (article,) = _read([f"rss:{site.base}/bad/bomb.xml"], tmp_path / "out", fetcher)
    assert "XML entity declarations refused" in article.error


def test_url_list_mixes_good_and_bad(site: Site, fetcher: Fetcher, tmp_path: Path) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# comment\n{site.base}/a/tbilisi\n\n{site.base}/bad/404\n")
    articles = _read([f"urls:{listing}"], tmp_path / "out", fetcher)
    assert [a.status for a in articles] == ["ok", "quarantined"]


def test_sources_toml_gives_names_and_languages(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text('[[source]]\nspec = "rss:http://127.0.0.1:1/feed.xml"\nname = "Wire"\n'
                    '[[source]]\nspec = "dir:data/samples"\nlanguage = "en"\n')
    first, second = load_sources_toml(path)
    assert (first.kind, first.name, second.kind) == ("rss", "Wire", "dir")


def test_unrelated_articles_are_separate_stories() -> None:
    from events.ingest.dedupe import StoryIndex
    from tests.ingest.conftest import STORY

    index = StoryIndex()
    protest = ("Thousands of protesters rallied outside the parliament in Tbilisi on Tuesday against "
               "a draft law on foreign agents, and police used water cannon and tear gas. Georgian "
               "opposition parties said they would continue the demonstrations until the bill was "
               "withdrawn, and the president said she would veto it if parliament passed it. ")
    assert index.assign("a", " ".join(STORY))[0] == "a"
    assert index.assign("b", protest * 2)[0] == "b"


def test_a_503_then_200_page_lands_and_a_404_is_quarantined(site: Site, fetcher: Fetcher,
                                                              tmp_path: Path) -> None:
    flaky, missing = _read([f"url:{site.base}/flaky/503", f"url:{site.base}/bad/404"],
                           tmp_path / "out", fetcher)
    assert flaky.status == "ok" and flaky.title == "After 503" and site.hits["/flaky/503"] == 2
    assert (missing.status, missing.error) == ("quarantined", f"HTTP 404 from {site.base}/bad/404")
    assert site.hits["/bad/404"] == 1


def test_a_page_still_failing_after_the_retries_is_tried_again_by_the_next_run(
        site: Site, fetcher: Fetcher, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (first,) = _read([f"url:{site.base}/bad/500"], out, fetcher)
    assert first.status == "quarantined" and "after 2 attempts" in first.error
    write(out, articles=[article_row(ProcessedArticle(article=first))])
    (again,) = _read([f"url:{site.base}/bad/500"], out, fetcher)
    assert again.status == "quarantined" and site.hits["/bad/500"] == 4


def test_feed_entries_with_malformed_links_are_quarantined_and_the_rest_read(
        site: Site, fetcher: Fetcher, tmp_path: Path) -> None:
    articles = _read([f"rss:{site.base}/bad/links.xml"], tmp_path / "out", fetcher)
    assert [a.status for a in articles] == ["ok", "quarantined", "quarantined", "quarantined"]
    assert "entry 2: link: malformed URL (Invalid IPv6 URL)" in articles[1].error
    assert "entry 3: link: malformed URL (Port out of range" in articles[2].error
    assert articles[3].error == f"HTTP 404 from {site.base}/relative"  # resolved, then fetched
    assert len({a.article_id for a in articles}) == 4


def test_a_malformed_page_url_is_quarantined_without_a_request(fetcher: Fetcher,
                                                                tmp_path: Path) -> None:
    (article,) = _read(["url:http://news.example:99999/a"], tmp_path / "out", fetcher)
    assert article.status == "quarantined" and "Port out of range" in article.error


def test_a_url_list_names_the_line_of_a_malformed_url(site: Site, fetcher: Fetcher,
                                                      tmp_path: Path) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(f"{site.base}/a/tbilisi\nhttp://[::1/\n")
    good, bad = _read([f"urls:{listing}"], tmp_path / "out", fetcher)
    assert good.status == "ok" and bad.error.startswith(f"{listing}:2: malformed URL")
