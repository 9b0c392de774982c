"""Does the pre-pass lose coded events? The chain with the pre-pass (only the sentences
that may hold an event are parsed) against the chain parsing everything, on the dev sets.

``python scripts/prepass_check.py [SET …]`` (``make prepass-check``), sets from
``EVENTS_SHARED``: lgl, geowebnews (articles), petrarch, gsr (PETRARCH-2 records with their
dictionaries and options), plover (gold sentences), plv (the coding dev pairs), seed (the
mobilisation article), samples (bundled). For each set it prints:

* coded events lost / new: an event is (article, action offset, CAMEO code, actor offsets);
* mention rows whose place, date or toll differ (same event, another row) and rows whose
  sentence index alone differs (the pre-pass's sentence bounds outside parsed sentences);
* places lost / new (context places the geoparser found in sentences the pre-pass gives
  entities but no tags);
* tokens by need (FULL / NER / NONE) and the CPU seconds of both chains.

The last line is one JSON object with the totals; ``lost`` must be 0.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from events.config import default_shared_dir  # noqa: E402
from events.models import Article  # noqa: E402

Texts = list[tuple[str, dt.date | None]]


@dataclass
class DevSet:
    name: str
    texts: Callable[[Path], Texts]
    dictionaries: Callable[[Path], dict[str, Any]] = lambda _shared: {}
    petrarch: bool = False
    """Coded in the PETRARCH-2 reading (``coding.options.PETRARCH2``) as the evaluation does."""


def _xml_articles(path: Path) -> Texts:
    return [(a.findtext("text") or "", None) for a in ET.parse(path).getroot().iter("article")]


def _records(path: Path) -> Texts:
    from events.evaluation.petrarch import read_records

    return [(r.text, r.date) for r in read_records(path)]


def _plover(path: Path) -> Texts:
    from events.evaluation.plover import read_gold

    out: Texts = []
    for entry in read_gold(path):
        try:
            when = dt.date.fromisoformat(str(entry.get("date", "")))
        except ValueError:
            when = None
        out.append((str(entry["text"]), when))
    return out


def _plv(path: Path) -> Texts:
    from events.evaluation.plv import read_pairs

    return [(p.text, None) for p in read_pairs(path)]


def _validate(shared: Path) -> dict[str, Any]:
    from events.coding import validate_files

    return validate_files(shared / "reference" / "petrarch")  # type: ignore[return-value]


def _phoenix(shared: Path) -> dict[str, Any]:
    from events.coding import phoenix_files

    return phoenix_files(shared / "reference" / "petrarch")  # type: ignore[return-value]


def _plover_dicts(shared: Path) -> dict[str, Any]:
    from events.evaluation.plover import _dictionary_files

    return _dictionary_files(shared)[0]


SETS = {
    "samples": DevSet("samples", lambda _s: [(json.loads(line)["text"], None) for line in
                                              (ROOT / "data/samples/articles.jsonl").open()]),
    "seed": DevSet("seed", lambda s: [((s / "seed/mobilization-article.txt").read_text(), None)]),
    "lgl": DevSet("lgl", lambda s: _xml_articles(s / "eval/geo/lgl.xml")),
    "geowebnews": DevSet("geowebnews", lambda s: _xml_articles(s / "eval/geo/GeoWebNews.xml")),
    "petrarch": DevSet("petrarch", lambda s: _records(s / "eval/petrarch/PETR.UnitTest.records.xml"),
                       _validate, petrarch=True),
    "gsr": DevSet("gsr", lambda s: _records(s / "eval/petrarch/PETR2_GSR_validation.xml"),
                  _phoenix, petrarch=True),
    "plover": DevSet("plover", lambda s: _plover(s / "eval/plover/PLOVER_GSR_CAMEO.txt"),
                     _plover_dicts),
    "plv": DevSet("plv", lambda s: _plv(s / "eval/coding-dev/plv_train.jsonl")),
}


def chains(dev: DevSet, shared: Path) -> tuple[Any, Any]:
    """(chain parsing everything, chain with the pre-pass) for a set's dictionaries."""
    from events.coding import load_dictionaries
    from events.coding.coder import NEWS, PETRARCH2, Coder
    from events.coding.prefilter import EventWords
    from events.config import Settings
    from events.nlp import lemma_candidates
    from events.pipeline import build_chain
    from events.prepass import EventChooser, Prepass

    base = build_chain(Settings(prepass=True))
    dicts = load_dictionaries(**dev.dictionaries(shared))
    coder = Coder(dicts, PETRARCH2 if dev.petrarch else NEWS)
    full = replace(base, coder=coder, prepass=None)
    words = EventWords(dicts, lemma_candidates(base.nlp), persons=coder.options.person_actors)
    chooser = EventChooser(words, base.geoparser.gaz)
    return full, replace(base, coder=coder, prepass=Prepass(base.nlp, chooser))


def articles(texts: Texts) -> Iterator[Article]:
    for i, (text, when) in enumerate(texts):
        published = dt.datetime.combine(when or dt.date(2022, 9, 20), dt.time(12), dt.UTC)
        yield Article(article_id=f"a{i}", text=text, published=published,
                      text_sha256=str(i), source_name="check")


def event_key(article_id: str, mention: dict[str, Any]) -> tuple[object, ...]:
    return (article_id, mention["action_char_offset"], mention["event_code"],
            mention["actor1_char_offset"], mention["actor2_char_offset"])


def compare(dev: DevSet, shared: Path) -> dict[str, Any]:
    texts = dev.texts(shared)
    full, pre = chains(dev, shared)
    results = []
    seconds = []
    for chain in (full, pre):
        start = time.process_time()
        results.append(list(chain.process(list(articles(texts)))))
        seconds.append(time.process_time() - start)
    coded: list[dict[tuple[object, ...], tuple[str, dict[str, Any]]]] = []
    places: list[set[tuple[object, ...]]] = []
    for processed in results:
        rows = {}
        for p in processed:
            by_id = {e["event_id"]: e for e in p.events}
            for mention in p.mentions:
                row = {**by_id.get(mention["event_id"], {}), **mention}
                row.pop("date_added", None)
                rows[event_key(p.article.article_id, mention)] = (p.article.article_id, row)
        coded.append(rows)
        places.append({(p.article.article_id, pl.start, pl.end, pl.geonameid, pl.feature_type)
                       for p in processed for pl in p.places})
    a, b = coded
    lost, new = sorted(a.keys() - b.keys()), sorted(b.keys() - a.keys())
    same = a.keys() & b.keys()
    differ = [k for k in same if _without(a[k][1], *INDEXED) !=
              _without(b[k][1], *INDEXED)]
    index_only = [k for k in same if k not in differ and a[k][1] != b[k][1]]
    stats = {need.name: count for need, count in pre.prepass.stats.items()}
    total = sum(stats.values()) or 1
    out = {"set": dev.name, "articles": len(texts), "coded_events": len(a), "lost": len(lost),
           "new": len(new), "rows_differ": len(differ), "sentence_index_only": len(index_only),
           "places": len(places[0]), "places_lost": len(places[0] - places[1]),
           "places_new": len(places[1] - places[0]),
           "tokens": {k: round(v / total, 3) for k, v in stats.items()},
           "cpu_s_full": round(seconds[0], 1), "cpu_s_prepass": round(seconds[1], 1)}
    for key in lost[:10]:
        print(f"  LOST {key}: {a[key][1]['sentence']!r} {a[key][1]['rule'][:120]!r}")
    for key in new[:10]:
        print(f"  NEW  {key}: {b[key][1]['sentence']!r}")
    for key in differ[:5]:
        diff = {f: (a[key][1].get(f), b[key][1].get(f)) for f in a[key][1]
                if a[key][1].get(f) != b[key][1].get(f)}
        print(f"  DIFF {key}: {diff}")
    return out


INDEXED = ("sentence_index", "event_id", "mention_id")
"""Fields that follow the sentence index (the pre-pass's sentence bounds outside parsed
sentences may count sentences differently)."""


def _without(row: dict[str, Any], *fields: str) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in fields}


def main(argv: list[str]) -> int:
    shared = default_shared_dir()
    names = argv or list(SETS)
    totals: dict[str, Any] = {"lost": 0, "new": 0, "coded_events": 0, "sets": []}
    for name in names:
        dev = SETS[name]
        if name not in ("samples",) and not shared.is_dir():
            print(f"{name}: skipped (no EVENTS_SHARED at {shared})")
            continue
        result = compare(dev, shared)
        print(json.dumps(result))
        for key in ("lost", "new", "coded_events"):
            totals[key] += result[key]
        totals["sets"].append(name)
    print(json.dumps(totals))
    return 1 if totals["lost"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
