"""The ``events`` command line: news articles to CAMEO/PLOVER events as Parquet.

``events code`` and ``events geoparse`` read JSON lines (``{"id", "text", "published"?,
"url"?, "title"?}``) or plain text (one article) and write JSON lines, so every stage can
be checked from a shell. Errors are one line on stderr and a non-zero exit, never a
traceback for bad input: arguments are checked before anything heavy is loaded.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import logging
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, NoReturn

from events.config import EventRule, Settings, dataset_location
from events.errors import EventsError
from events.models import Article

log = logging.getLogger("events")

AGGREGATES = {"num_mentions", "num_sources", "num_articles", "num_stories", "first_seen",
              "last_seen", "date_added", "is_root_event"}
"""Events-table fields that only exist after aggregation over mentions (not in `code`)."""


def _json_default(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, set | tuple):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _say(text: str, out: IO[str] | None = None) -> None:
    """One line of output (stdout unless ``out``)."""
    (out or sys.stdout).write(text + "\n")


def _emit(obj: dict[str, Any], out: IO[str] | None = None) -> None:
    (out or sys.stdout).write(json.dumps(obj, ensure_ascii=False, default=_json_default) + "\n")


def _open_input(name: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(name).read_bytes()
        except OSError as err:
            raise EventsError(f"cannot read {name}: {err.strerror}") from err
    return data.decode("utf-8", errors="replace")


HTML_START = re.compile(r"\s*<(?:!doctype\s+html|html|head|body|article)\b", re.IGNORECASE)


def input_articles(name: str) -> Iterator[Article]:
    """Articles from JSON lines, an HTML page (its main text, as ``dir:`` sources read it), or
    the whole input as one plain-text article. A bad line comes out quarantined with a reason
    naming its line."""
    from events.ingest.files import parse_json_line
    from events.ingest.html import extract_html
    from events.ingest.normalize import stable_id
    from events.ingest.records import Origin, article_from_record, quarantined

    text = _open_input(name)
    first = next((line for line in text.splitlines() if line.strip()), "")
    label = "stdin" if name == "-" else name
    if not first.lstrip().startswith("{"):
        default_id = Path(name).stem if name != "-" else stable_id("stdin", text)
        origin = Origin(label, default_id)
        if "\x00" in text[:4096]:
            yield quarantined(default_id, f"{label}: binary input, not text or JSON lines")
        elif HTML_START.match(text):
            yield extract_html(text.encode("utf-8"), default_id=default_id, origin=origin)
        else:
            yield article_from_record({"id": default_id, "text": text}, origin=origin)
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield parse_json_line(line, origin=Origin(f"line {number}", f"line-{number}"))


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings()
    if getattr(args, "out", None):
        settings.out_dir = dataset_location(args.out)
    if getattr(args, "dictionaries", None):
        settings.dictionaries = Path(args.dictionaries)
    if (getattr(args, "modalities", None) is not None or getattr(args, "sourceless", False)
            or getattr(args, "min_confidence", None) is not None or getattr(args, "targetless", False)):
        settings.event_rule = EventRule.parse(
            args.modalities if args.modalities is not None else ",".join(settings.event_rule.modalities),
            args.sourceless or not settings.event_rule.require_source,
            args.min_confidence if args.min_confidence is not None else settings.event_rule.min_confidence,
            args.targetless or not settings.event_rule.require_target)
    return settings


def _add_event_rule_options(parser: argparse.ArgumentParser) -> None:
    """``--modalities``, ``--sourceless``, ``--targetless``, ``--min-confidence``: which
    mentions enter the events table."""
    parser.add_argument("--modalities", help="modalities that enter the events table, comma-separated "
                        "or 'all' (default asserted,reported; others stay in mentions)")
    parser.add_argument("--sourceless", action="store_true",
                        help="events without a source actor enter the events table too")
    parser.add_argument("--targetless", action="store_true",
                        help="acts done to someone (any CAMEO root but 01, 14, 15) enter the events "
                        "table without a target actor too")
    parser.add_argument("--min-confidence", type=float,
                        help="lowest coder confidence (0..1) of an event in the events table "
                        f"(default {EventRule.min_confidence}, or EVENTS_MIN_CONFIDENCE)")


def _report_bad(article: Article) -> bool:
    """Say on stderr why an input item was not processed (its reason names the line); True
    for such an item."""
    if article.status == "quarantined":
        _say(f"error: {article.error}", sys.stderr)
        return True
    return False


def cmd_code(args: argparse.Namespace) -> int:
    """Code events: one JSON object per event mention (``event_id`` null for a mention that
    does not enter the events table; ``--events-only`` leaves those out). A bad line, or an
    article the chain fails on, is reported on stderr and the others go on."""
    from events.pipeline import build_chain
    from events.runner import batched, process_batch
    from schemas.tables import EVENTS

    fields = [f.name for f in EVENTS]
    articles = list(input_articles(args.input))
    chain = build_chain(_settings(args))
    good = 0
    processed_all = (p for batch in batched(articles) for p in process_batch(chain, batch))
    for processed in processed_all:
        if _report_bad(processed.article):
            continue
        good += 1
        for event, mention in processed.coded:
            if args.events_only and mention["event_id"] is None:
                continue
            _emit({"article_id": mention["article_id"],
                   "sentence_index": mention["sentence_index"],
                   "sentence": mention["sentence"],
                   **{name: event.get(name) for name in fields if name not in AGGREGATES},
                   "fatalities": mention["fatalities"], "modality": mention["modality"],
                   "confidence": mention["confidence"],
                   "rule": mention["rule"], "location_reason": mention["location_reason"]})
    return 0 if good else 1


GEOPARSE_BATCH = 16
"""Articles per ``nlp.pipe`` batch in ``events geoparse`` (as in the pipeline)."""


def cmd_geoparse(args: argparse.Namespace) -> int:
    """Geoparse: one JSON object per resolved place mention (no coder is loaded); an article
    that fails is reported on stderr and the others go on."""
    from events.geo import build_geoparser
    from events.nlp import load_nlp
    from events.stages import stage_failed

    articles = [a for a in input_articles(args.input) if not _report_bad(a)]
    settings = _settings(args)
    geoparser = build_geoparser(settings)
    nlp = load_nlp(settings.model)
    good = 0
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=GEOPARSE_BATCH):
        try:
            places = geoparser.parse(doc)
        except Exception as err:  # noqa: BLE001 - reported, the other articles go on
            _say(f"error: {stage_failed('geoparse', err, where=article.article_id)}", sys.stderr)
            continue
        good += 1
        for place in places:
            row = dataclasses.asdict(place)
            row["border_countries"] = list(place.border_countries)
            _emit({"article_id": article.article_id, **row})
    return 0 if good else 1


def cmd_run(args: argparse.Namespace) -> int:
    """Ingest, process and write; progress on stderr; prints a JSON summary as the last line."""
    from events.ingest.sources import load_sources_toml, parse_sources
    from events.runner import run

    settings = _settings(args)
    sources = parse_sources(args.source)
    if args.sources:
        sources += load_sources_toml(Path(args.sources))
    summary = run(sources or None, settings=settings, reprocess=args.reprocess,
                  workers=args.workers, progress=_progress())
    for article_id, reason in summary.quarantined:
        _say(f"quarantined: {article_id}: {reason}", sys.stderr)
    _emit({"out": str(settings.out_dir), **summary.as_dict()})
    return 0


def _progress() -> Any:
    """A live bar on a terminal, else plain progress lines (the ``events.progress`` logger,
    shown on stderr whatever the verbosity)."""
    from events.progress import for_terminal

    logging.getLogger("events.progress").setLevel(logging.INFO)
    return for_terminal(sys.stderr)


def cmd_eval(args: argparse.Namespace) -> int:
    """Score against the gold sets; the last line is one JSON object with the metrics."""
    from events.config import default_shared_dir
    from events.errors import ConfigError
    from events.evaluation import DETAILED, EVALUATORS, get_evaluator

    shared = Path(args.shared) if args.shared else default_shared_dir()
    names = list(EVALUATORS) if args.set == "all" else [args.set]
    if args.details and args.set not in DETAILED:
        raise ConfigError(f"--details is for {' and '.join(sorted(DETAILED))}, not {args.set}")
    results = []
    for name in names:
        extra = {"details": Path(args.details)} if args.details else {}
        result = get_evaluator(name)(shared, **extra)
        _say(result.table)
        if len(names) > 1:
            _emit(result.metrics)
        results.append(result.metrics)
    _emit(results[0] if len(results) == 1 else {"set": "all", "results": results})
    return 0


def cmd_backfill(args: argparse.Namespace) -> int:
    """Backfill a date range day by day (or by ``--step`` days), resuming where a previous
    backfill into the same folder stopped; prints a JSON summary as the last line."""
    from events.backfill import backfill
    from events.errors import ConfigError
    from events.ingest.sources import parse_sources
    from events.window import closed_window

    window = closed_window(args.start, args.end)
    start, end = window.start, window.end
    parse_sources(args.source)
    settings = _settings(args)
    if not isinstance(settings.out_dir, Path):
        raise ConfigError("a backfill keeps its ledger of finished days in a local folder: "
                          "give --out a path")
    result = backfill(args.source, out=settings.out_dir, start=start, end=end, step=args.step,
                      redo=args.redo, dictionaries=settings.dictionaries, progress=_progress())
    _emit({"out": str(settings.out_dir), **result.as_dict()})
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write the dataset as GDELT 2.0 event TSV or ACLED-style CSV (stdout without --out)."""
    from events.config import default_out_dir

    data = dataset_location(args.data) if args.data else default_out_dir()
    out = Path(args.out) if args.out else None
    filters = {"start": args.start, "end": args.end}
    if args.format == "gdelt":
        from events.export.gdelt import export_gdelt

        count = export_gdelt(data, out, **filters)
    else:
        from events.export.acled import export_acled

        count = export_acled(data, out, include_unmapped=args.all, **filters)
    log.info("wrote %d %s records", count, args.format)
    return 0


def cmd_plot(args: argparse.Namespace) -> int:
    """Draw a map or a timeline of the dataset as a PNG; prints the PNG path."""
    from events.config import default_out_dir
    from events.plot import plot_map, plot_timeline

    data = dataset_location(args.data) if args.data else default_out_dir()
    filters = {"start": args.start, "end": args.end}
    if args.kind == "map":
        path = plot_map(data, args.out or "events-map.png", **filters)
    else:
        path = plot_timeline(data, args.out or "events-timeline.png", freq=args.freq,
                             by=args.by, **filters)
    _say(str(path))
    return 0


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line: what was wrong, what is allowed
    (argparse names the valid choices) and where the help is; exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see `{self.prog} --help`)\n")


def add_source_option(parser: argparse.ArgumentParser) -> None:
    """``--source SPEC`` (repeatable): the one source syntax of ``events`` and of every flow
    entry point (``python -m flows.run``, ``flows.backfill``, ``flows.serve``)."""
    from events.ingest.specs import SPEC_FORMS

    parser.add_argument("--source", action="append", default=[], metavar="SPEC",
                        help=f"source spec, repeatable: {SPEC_FORMS} (default: the bundled "
                        "samples)")


def positive_int(value: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return number


def iso_date(value: str) -> dt.date:
    """An argparse type: a YYYY-MM-DD date."""
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; use YYYY-MM-DD") from None


def cmd_compact(args: argparse.Namespace) -> int:
    """Merge the small files writes appended into few large ones (same rows, one commit);
    prints a JSON summary."""
    from events.config import default_out_dir
    from events.store import compact

    data = dataset_location(args.data) if args.data else default_out_dir()
    _emit({"data": str(data), **compact(data).as_dict()})
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Write one self-contained HTML page about the dataset; prints its path."""
    from events.config import default_out_dir
    from events.report import write_report

    data = dataset_location(args.data) if args.data else default_out_dir()
    path = write_report(data, args.out or "events-report.html", title=args.title,
                        start=args.start, end=args.end)
    _say(str(path))
    return 0


def _add_data_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", help="dataset folder (default data/out, or EVENTS_OUT)")
    p.add_argument("--start", type=iso_date, help="first event date, YYYY-MM-DD")
    p.add_argument("--end", type=iso_date, help="last event date, YYYY-MM-DD")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``events`` command (every subcommand is listed by
    ``events --help``)."""
    from events.evaluation import EVALUATORS

    parser = Parser(prog="events", description=__doc__.splitlines()[0],
                    epilog="`events COMMAND --help` explains each command's options.")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                title="commands")

    run = sub.add_parser("run", help="ingest, process and write Parquet")
    add_source_option(run)
    run.add_argument("--sources", help="a sources.toml listing [[source]] entries")
    run.add_argument("--out", help="output folder (default data/out, or EVENTS_OUT)")
    run.add_argument("--reprocess", action="store_true", help="process already-seen articles")
    run.add_argument("--workers", type=positive_int, default=1,
                     help="processes working on batches")
    run.add_argument("--dictionaries", help="folder of PETRARCH-format dictionaries")
    _add_event_rule_options(run)
    run.set_defaults(func=cmd_run)

    bf = sub.add_parser("backfill", help="process a date range day by day, resumably")
    bf.add_argument("--start", required=True, help="first publication day (YYYY-MM-DD)")
    bf.add_argument("--end", required=True, help="last publication day (YYYY-MM-DD)")
    add_source_option(bf)
    bf.add_argument("--out", help="output folder (default data/out, or EVENTS_OUT)")
    bf.add_argument("--step", type=positive_int, default=1, help="days per unit (default 1)")
    bf.add_argument("--redo", action="store_true", help="redo days already recorded as done")
    bf.add_argument("--dictionaries", help="folder of PETRARCH-format dictionaries")
    bf.set_defaults(func=cmd_backfill)

    for name, func, text in (("code", cmd_code, "code events as JSON lines"),
                             ("geoparse", cmd_geoparse, "resolve places as JSON lines")):
        p = sub.add_parser(name, help=text)
        p.add_argument("input", nargs="?", default="-", help="JSON lines or text file, - = stdin")
        p.add_argument("--dictionaries", help="folder of PETRARCH-format dictionaries")
        if name == "code":
            _add_event_rule_options(p)
            p.add_argument("--events-only", action="store_true",
                           help="print only the mentions that enter the events table")
        p.set_defaults(func=func)

    ev = sub.add_parser("eval", help="score against the gold sets in EVENTS_SHARED")
    ev.add_argument("set", choices=[*EVALUATORS, "all"])
    ev.add_argument("--shared", help="the shared folder (default EVENTS_SHARED or ../shared)")
    ev.add_argument("--details", help="plv, news: also write one JSON line per case to this file")
    ev.set_defaults(func=cmd_eval)

    ex = sub.add_parser("export", help="write the dataset as GDELT 2.0 TSV or ACLED-style CSV")
    ex.add_argument("format", choices=["gdelt", "acled"])
    _add_data_options(ex)
    ex.add_argument("--out", help="output file (default: stdout)")
    ex.add_argument("--all", action="store_true",
                    help="acled: also write events with no ACLED event type (as Other)")
    ex.set_defaults(func=cmd_export)

    co = sub.add_parser("compact", help="merge the dataset's small files (rows unchanged)")
    co.add_argument("--data", help="dataset folder or URL (default data/out, or EVENTS_OUT)")
    co.set_defaults(func=cmd_compact)

    pl = sub.add_parser("plot", help="draw a map or a timeline of the events as PNG")
    pl.add_argument("kind", choices=["map", "timeline"])
    _add_data_options(pl)
    pl.add_argument("--out", help="PNG file (default events-map.png / events-timeline.png)")
    pl.add_argument("--freq", default="auto", choices=["auto", "D", "W", "M", "Q", "Y"],
                    help="timeline period (default auto: days, weeks, months or quarters "
                    "from the date span)")
    pl.add_argument("--by", default="quad",
                    help="timeline groups: quad (QuadClass, default), roots (top 6 CAMEO roots "
                    "and other) or an events column")
    pl.set_defaults(func=cmd_plot)

    rp = sub.add_parser("report", help="write one self-contained HTML page: map, timeline, "
                        "top actors and dyads, quarantine")
    _add_data_options(rp)
    rp.add_argument("--out", help="HTML file (default events-report.html)")
    rp.add_argument("--title", default="Events report", help="the page's title")
    rp.set_defaults(func=cmd_report)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``events`` console script; returns the exit code."""
    args = build_parser().parse_args(argv)
    level = logging.WARNING - 10 * min(args.verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    try:
        code: int = args.func(args)
    except EventsError as err:
        _say(f"error: {err}", sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    return code


if __name__ == "__main__":
    sys.exit(main())
