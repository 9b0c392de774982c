"""One self-contained HTML page about a dataset: what was read, where and when events
happened, who acted on whom, and what was quarantined.

The page has no external resource: the map and the timeline are PNGs inside the page
(``data:`` URIs), the style is inline, and a Content-Security-Policy forbids loading anything
else, so it opens the same offline, from an e-mail attachment or from a shared drive.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import logging
import numbers
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from events.errors import SchemaVersionError, StoreError

log = logging.getLogger(__name__)

TOP = 15
"""Rows of the actor and dyad tables."""

CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
       "script-src 'unsafe-inline'")
"""Nothing but the page itself and its inline images, style and one small script."""

STYLE = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;
max-width:1100px;margin:24px auto;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd}
.meta{color:#666;font-size:12px}.cards{display:flex;flex-wrap:wrap;gap:10px;margin:14px 0}
.card{border:1px solid #ddd;border-radius:6px;padding:8px 14px;min-width:110px}
.card b{display:block;font-size:20px}.card span{color:#666;font-size:12px}
img{max-width:100%;height:auto;border:1px solid #eee}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eee;vertical-align:top}
th{background:#f6f6f6}td.n{text-align:right;font-variant-numeric:tabular-nums}
.note{color:#666;font-size:12px}
"""

SCRIPT = """
window.addEventListener('load', function () {
  var imgs = Array.prototype.slice.call(document.images);
  var ok = imgs.filter(function (i) { return i.complete && i.naturalWidth > 0; }).length;
  document.body.setAttribute('data-images', imgs.length + '/' + ok);
  document.body.setAttribute('data-ready', '1');
});
"""
"""Marks the body once the page has loaded: how many images there are and how many decoded
(the browser test reads it)."""


@dataclass
class Tables:
    """The dataset's three tables (articles may be empty)."""

    events: pd.DataFrame
    mentions: pd.DataFrame
    articles: pd.DataFrame


def read_tables(data: str | Path, **filters: Any) -> Tables:
    """The events (with ``filters``), their mentions and all articles of the dataset at
    ``data``. Raises StoreError when there is no events table."""
    from events.dataset import load

    events = load(data, table="events", **filters)
    dates = {k: v for k, v in filters.items() if k in ("start", "end")}

    def optional(table: str, **kw: Any) -> pd.DataFrame:
        try:
            return load(data, table=table, **kw)
        except SchemaVersionError:
            raise
        except StoreError:
            return pd.DataFrame()

    mentions = optional("mentions", **dates)
    if not mentions.empty:
        mentions = mentions[mentions["event_id"].isin(events["event_id"])]
    return Tables(events, mentions, optional("articles"))


# --------------------------------------------------------------------------- tables

def _actor_label(frame: pd.DataFrame, n: int) -> pd.Series:
    """"RUSMIL — RUSSIA (Russian troops)": the code, its dictionary name and the words most
    often found for it."""
    from events.export.gdelt import gdelt_actor_name

    return frame.apply(lambda row: gdelt_actor_name(row, n), axis=1)


def top_actors(events: pd.DataFrame, top: int = TOP) -> pd.DataFrame:
    """The actors in most events, as actor 1 or actor 2: columns ``actor`` (CAMEO code),
    ``name`` (dictionary name), ``as_source``, ``as_target``, ``events``, ``words`` (how the
    texts named it most often)."""
    rows = []
    for n, role in ((1, "as_source"), (2, "as_target")):
        code = events.get(f"actor{n}_code")
        if code is None:
            continue
        part = pd.DataFrame({"actor": code.astype("string"),
                             "name": _actor_label(events, n) if len(events) else [],
                             "words": events[f"actor{n}_name"].astype("string"),
                             "role": role}).dropna(subset=["actor"])
        rows.append(part[part["actor"] != ""])
    if not rows or all(r.empty for r in rows):
        return pd.DataFrame(columns=["actor", "name", "as_source", "as_target", "events",
                                     "words"])
    every = pd.concat(rows, ignore_index=True)
    counts = every.pivot_table(index="actor", columns="role", values="name", aggfunc="size",
                               fill_value=0)
    for role in ("as_source", "as_target"):
        if role not in counts.columns:
            counts[role] = 0
    counts["events"] = counts["as_source"] + counts["as_target"]
    names = every.groupby("actor")["name"].agg(lambda s: s.mode().iloc[0])
    words = every.groupby("actor")["words"].agg(
        lambda s: s.dropna().mode().iloc[0] if s.notna().any() else "")
    out = counts.assign(name=names, words=words).reset_index()
    out = out.sort_values(["events", "actor"], ascending=[False, True]).head(top)
    return out[["actor", "name", "as_source", "as_target", "events", "words"]].reset_index(
        drop=True)


def top_dyads(events: pd.DataFrame, top: int = TOP) -> pd.DataFrame:
    """The (actor 1 → actor 2) pairs in most events: columns ``source``, ``target``,
    ``events``, ``conflict`` (events of QuadClass 3–4), ``main_action`` (the most frequent
    CAMEO root, named), ``fatalities`` (summed over events; each event's toll counted once)."""
    columns = ["source", "target", "events", "conflict", "main_action", "fatalities"]
    if events.empty or "actor2_code" not in events.columns:
        return pd.DataFrame(columns=columns)
    pairs = events.dropna(subset=["actor1_code", "actor2_code"])
    pairs = pairs[(pairs["actor1_code"] != "") & (pairs["actor2_code"] != "")]
    if pairs.empty:
        return pd.DataFrame(columns=columns)
    from events.cameo import event_info

    def root_name(codes: pd.Series) -> str:
        root = str(codes.astype(str).mode().iloc[0])
        info = event_info(root)
        return f"{root} {info.name.strip()}" if info else root

    quad = pd.to_numeric(pairs["quad_class"], errors="coerce")
    toll = pd.to_numeric(pairs["fatalities"], errors="coerce").fillna(0)
    table = pairs.assign(conflict=(quad >= 3).astype(int), toll=toll).groupby(
        ["actor1_code", "actor2_code"], observed=True).agg(
        events=("event_id", "size"), conflict=("conflict", "sum"),
        main_action=("event_root_code", root_name), fatalities=("toll", "sum")).reset_index()
    table = table.rename(columns={"actor1_code": "source", "actor2_code": "target"})
    table["fatalities"] = table["fatalities"].astype(int)
    table = table.sort_values(["events", "source", "target"], ascending=[False, True, True])
    return table.head(top)[columns].reset_index(drop=True)


_DETAIL = re.compile(r"(https?://\S+|\b[0-9a-f]{12,}\b|\b\d+(\.\d+)?\b|'[^']*'|\"[^\"]*\")")


def reason_kind(error: str) -> str:
    """A quarantine reason with its particulars (URLs, numbers, quoted names, ids) replaced by
    '…', so reasons of one kind group together ("HTTP 404 for https://…" → "HTTP … for …")."""
    text = _DETAIL.sub("…", str(error or "").strip())
    text = re.sub(r"^[^:]*\.(?:jsonl?|txt|html?)(?::…)?:\s*", "", text)  # "file.jsonl:3: "
    return re.sub(r"(…[\s,/:]*)+…", "…", text)[:160] or "(no reason given)"


def quarantine_summary(articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(statuses, reasons): articles per status (ok, duplicate, quarantined) and the
    quarantined articles per kind of reason, each with one example article id."""
    if articles.empty or "status" not in articles.columns:
        empty = pd.DataFrame(columns=["status", "articles"])
        return empty, pd.DataFrame(columns=["reason", "articles", "example"])
    statuses = articles["status"].astype("string").value_counts().rename_axis(
        "status").reset_index(name="articles")
    bad = articles[articles["status"] == "quarantined"]
    if bad.empty:
        return statuses, pd.DataFrame(columns=["reason", "articles", "example"])
    kinds = bad.assign(reason=bad["error"].astype("string").fillna("").map(reason_kind))
    reasons = kinds.groupby("reason").agg(articles=("article_id", "size"),
                                          example=("article_id", "first")).reset_index()
    reasons = reasons.sort_values(["articles", "reason"], ascending=[False, True])
    return statuses, reasons.reset_index(drop=True)


# --------------------------------------------------------------------------- HTML

def _table(frame: pd.DataFrame, headers: dict[str, str], empty: str) -> str:
    if frame.empty:
        return f'<p class="note">{html.escape(empty)}</p>'
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers.values())
    body = []
    for row in frame[list(headers)].itertuples(index=False):
        cells = []
        for value in row:
            numeric = isinstance(value, numbers.Number) and not isinstance(value, bool)
            text = "" if value is None or (isinstance(value, float) and value != value) else value
            cells.append(f'<td{" class=n" if numeric else ""}>{html.escape(str(text))}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _image(png: bytes, alt: str) -> str:
    data = base64.b64encode(png).decode("ascii")
    return f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt)}">'


def _card(value: object, label: str) -> str:
    return f'<div class="card"><b>{html.escape(str(value))}</b><span>{html.escape(label)}</span></div>'


def render(tables: Tables, *, title: str = "Events report", source: str = "",
           dpi: int = 110) -> str:
    """The report page of ``tables`` as HTML text (see the module docstring)."""
    from events.plot import figure_bytes, map_figure, timeline_figure

    events, mentions, articles = tables.events, tables.mentions, tables.articles
    dates = pd.to_datetime(events["event_date"]) if len(events) else pd.Series(dtype="datetime64[ns]")
    span = f"{dates.min():%Y-%m-%d} – {dates.max():%Y-%m-%d}" if len(dates) else "no events"
    statuses, reasons = quarantine_summary(articles)
    status = dict(zip(statuses["status"], statuses["articles"], strict=True))
    located = int(pd.to_numeric(events["action_geo_lat"], errors="coerce").notna().sum()) \
        if len(events) else 0
    toll = int(pd.to_numeric(events["fatalities"], errors="coerce").fillna(0).sum()) \
        if len(events) else 0
    cards = "".join([
        _card(len(articles), "articles read"), _card(status.get("ok", 0), "processed"),
        _card(status.get("duplicate", 0), "duplicates"),
        _card(status.get("quarantined", 0), "quarantined"), _card(len(events), "events"),
        _card(len(mentions), "mentions"), _card(located, "events on the map"),
        _card(toll, "deaths (sum of event tolls)")])
    timeline = figure_bytes(timeline_figure(events, dpi=dpi), dpi) if len(events) else b""
    world = figure_bytes(map_figure(events, dpi=dpi), dpi)
    actors = top_actors(events)
    dyads = top_dyads(events)
    generated = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f'<p class="meta">{html.escape(source)} · events {html.escape(span)} · generated '
        f"{generated}</p>",
        f'<div class="cards">{cards}</div>',
        "<h2>Where</h2>", _image(world, "map of event locations"),
        '<p class="note">Filled circles: towns and cities; squares: first-level regions; '
        "triangles: border areas; hollow circles: events known only by country, drawn at the "
        "country's point. Colour: the QuadClass most frequent at the place.</p>",
        "<h2>When</h2>",
        _image(timeline, "events per period by QuadClass") if timeline else
        '<p class="note">No events.</p>',
        "<h2>Top actors</h2>",
        _table(actors, {"actor": "CAMEO code", "name": "name", "words": "most often written",
                        "as_source": "as actor 1", "as_target": "as actor 2",
                        "events": "events"}, "No actors."),
        "<h2>Top dyads</h2>",
        _table(dyads, {"source": "actor 1", "target": "actor 2", "events": "events",
                       "conflict": "conflict events", "main_action": "main action",
                       "fatalities": "reported deaths"}, "No event has two actors."),
        "<h2>Quarantine</h2>",
        _table(statuses, {"status": "status", "articles": "articles"},
               "The dataset has no articles table."),
        _table(reasons, {"reason": "reason", "articles": "articles",
                         "example": "example article"}, "No article was quarantined."),
        f"<script>{SCRIPT}</script>", "</body></html>",
    ]
    return "\n".join(parts)


def write_report(data: str | Path, out_html: str | Path, *, title: str = "Events report",
                 **filters: Any) -> Path:
    """Write the report of the dataset at ``data`` (``filters`` as for
    :func:`events.dataset.load`) to ``out_html``; returns the path. Raises StoreError when the
    dataset cannot be read or the file cannot be written."""
    tables = read_tables(data, **filters)
    page = render(tables, title=title, source=str(data))
    path = Path(out_html)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
    except OSError as err:
        raise StoreError(f"cannot write {path}: {err.strerror or err}") from err
    log.info("wrote %s (%d events)", path, len(tables.events))
    return path
