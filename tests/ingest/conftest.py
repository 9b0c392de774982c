"""A local news site on 127.0.0.1: feeds, pages, and every kind of bad response."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

PAGE = """<html><head><title>{title}</title>
<meta property="article:published_time" content="2022-09-15T08:00:00Z"></head>
<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"""

STORY = [
    "Russian troops shelled Kharkiv on Tuesday, killing at least seven civilians, regional "
    "officials said on Wednesday.",
    "The strikes hit residential districts in the north of the city and damaged a school, a "
    "power station and several apartment blocks, according to the regional governor.",
    "Ukrainian forces said they had pushed Russian units back from several villages east of the "
    "city during the past week, and that fighting continued along the front line.",
]


def page(title: str, sentences: list[str]) -> bytes:
    """An article page with one paragraph per sentence."""
    paragraphs = "".join(f"<p>{s}</p>" for s in sentences)
    return PAGE.format(title=title, paragraphs=paragraphs).encode()


def rss(base: str, links: list[str]) -> bytes:
    """An RSS 2.0 feed listing the given paths."""
    items = "".join(f"<item><title>Item {i}</title><link>{base}{link}</link>"
                    "<pubDate>Thu, 15 Sep 2022 08:00:00 GMT</pubDate></item>"
                    for i, link in enumerate(links))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>'
            f"{items}</channel></rss>").encode()


BOMB = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b"<rss><channel><title>&lol2;</title><item><link>http://x/</link></item></channel></rss>")


@dataclass
class Site:
    """The running server: its base URL, the routes, and a count of requests per path."""

    base: str
    routes: dict[str, tuple[int, dict[str, str], bytes]]
    hits: Counter[str] = field(default_factory=Counter)
    flaky: Counter[str] = field(default_factory=Counter)


def _routes(base: str) -> dict[str, tuple[int, dict[str, str], bytes]]:
    html = {"Content-Type": "text/html; charset=utf-8"}
    xml = {"Content-Type": "application/rss+xml"}
    wire = page("Kharkiv shelled", STORY)
    copy = page("Kharkiv shelled (copy)", ["By Local Wire."] + STORY[:2] + [
        "Ukrainian forces said they had pushed Russian units back from several villages east of "
        "the city during the past week, while fighting continued along the front line."])
    return {
        "/feed.xml": (200, xml, rss(base, ["/a/kharkiv", "/b/kharkiv-copy", "/a/tbilisi"])),
        "/a/kharkiv": (200, html, wire),
        "/b/kharkiv-copy": (200, html, copy),
        "/a/tbilisi": (200, html, page("Protest in Tbilisi", [
            "Thousands of protesters rallied outside the parliament in Tbilisi on Tuesday "
            "against a draft law on foreign agents, and police used water cannon.",
            "Georgian opposition parties said they would continue the demonstrations until the "
            "bill was withdrawn by the governing party."])),
        "/bad/feed.xml": (200, xml, b"<rss><channel><item><title>broken"),
        "/bad/links.xml": (200, xml, rss("", [base + "/a/tbilisi", "http://[::1/",
                                              "http://news.example:99999/a", "/relative"])),
        "/bad/bomb.xml": (200, xml, BOMB),
        "/bad/404": (404, html, b"not found"),
        "/bad/500": (500, html, b"server error"),
        "/bad/binary": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100),
        "/bad/mislabelled": (200, html, b"\x00\x01\x02binary pretending to be html" * 20),
        "/bad/empty": (200, html, b"<html><body><nav>menu</nav></body></html>"),
        "/bad/utf8": (200, html, page("Bad bytes", STORY).replace(b"Kharkiv", b"Kh\xffarkiv")),
        "/bad/loop": (302, {"Location": "/bad/loop"}, b""),
        "/ok/redirect": (301, {"Location": "/a/kharkiv"}, b""),
    }


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        path = self.path.split("?")[0]
        self.site.hits[path] += 1
        if path == "/bad/slow":
            time.sleep(1.5)
            return self._send(200, {"Content-Type": "text/html"}, b"<html>late</html>")
        if path == "/bad/huge":
            return self._huge()
        if path == "/bad/drip":
            return self._drip()
        if path == "/flaky/503":
            self.site.flaky[path] += 1
            if self.site.flaky[path] == 1:
                return self._send(503, {"Content-Type": "text/plain"}, b"try again")
            return self._send(200, {"Content-Type": "text/html"}, page("After 503", STORY))
        if path == "/bad/retry-later":
            return self._send(503, {"Retry-After": "3600"}, b"come back in an hour")
        if path == "/flaky/429":
            self.site.flaky[path] += 1
            if self.site.flaky[path] == 1:
                return self._send(429, {"Retry-After": "0"}, b"slow down")
            return self._send(200, {"Content-Type": "text/html"}, page("After 429", STORY))
        status, headers, body = self.site.routes.get(path, (404, {}, b"missing"))
        if path == "/feed.xml" and self.headers.get("If-None-Match") == '"v1"':
            return self._send(304, {"ETag": '"v1"'}, b"")
        if path == "/feed.xml":
            headers = {**headers, "ETag": '"v1"'}
        self._send(status, headers, body)

    def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _drip(self) -> None:
        """Headers at once, then one byte every 0.3 s for 20 s: no read ever times out."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(66):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.3)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _huge(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()  # no Content-Length: the client must cut the stream itself
        chunk = b"<p>" + b"x" * 65_536 + b"</p>"
        try:
            for _ in range(800):  # ~50 MB
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture()
def site() -> Iterator[Site]:
    """A fresh local site per test, stopped afterwards."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    state = Site(base=base, routes=_routes(base))
    _Handler.site = state
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
