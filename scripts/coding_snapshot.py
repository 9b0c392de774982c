"""Snapshot of the coder's output on the development sets, for refactoring and error study.

    python scripts/coding_snapshot.py OUT.jsonl [--sets petrarch,gsr,plover,plv,news]
    python scripts/coding_snapshot.py --diff OLD.jsonl NEW.jsonl

Every text is parsed once with the project's spaCy pipeline and cached as a DocBin under
``EVENTS_CACHE/snapshot-docs`` (parsing dominates; coding takes seconds), then coded with the
coder configuration each evaluation uses (PETRARCH-2 mode and the PETR.Validate / Phoenix
dictionaries for petrarch and gsr; the default dictionaries and mode for the others). One JSON
line per text: ``{"set", "id", "events": [[code, source, target, modality], ...]}`` sorted.
``--diff`` prints the texts whose events changed. Reads the gold sets from ``EVENTS_SHARED``;
nothing is written into the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from events.config import Settings

Item = tuple[str, str, str, dt.date | None]  # set, id, text, date


def _items(shared: Path, sets: list[str]) -> Iterator[Item]:
    from events.evaluation.petrarch import read_records

    if "petrarch" in sets:
        for r in read_records(shared / "eval/petrarch/PETR.UnitTest.records.xml"):
            yield "petrarch", r.ident, r.text, r.date
    if "gsr" in sets:
        for r in read_records(shared / "eval/petrarch/PETR2_GSR_validation.xml"):
            yield "gsr", r.ident, r.text, r.date
    if "plover" in sets:
        data = json.loads((shared / "eval/plover/PLOVER_GSR_CAMEO.txt").read_text(encoding="utf-8"))
        for k, e in enumerate(data):
            if e.get("text") and e.get("event") != "DOCUMENT":
                try:
                    when = dt.date.fromisoformat(str(e.get("date", "")))
                except ValueError:
                    when = None
                yield "plover", str(e.get("id", k)), str(e["text"]), when
    if "plv" in sets:
        seen: set[str] = set()
        for line in (shared / "eval/coding-dev/plv_train.jsonl").read_text(encoding="utf-8").splitlines():
            e = json.loads(line)
            if e["text"] not in seen:
                seen.add(e["text"])
                yield "plv", e["id"], e["text"], None
    if "news" in sets:
        for name in ("lgl.xml", "GeoWebNews.xml"):
            root = ET.parse(shared / "eval/geo" / name).getroot()
            for k, art in enumerate(root.iter("article")):
                text = art.findtext("text") or ""
                stamp = art.findtext("dltime") or ""
                m = re.match(r"\d{4}-\d{2}-\d{2}", stamp)
                when = dt.date.fromisoformat(m.group(0)) if m else None
                yield "news", f"{name}:{art.get('docid', k)}", text, when


def _docs(nlp: Any, texts: list[str], cache: Path) -> list[Any]:
    from spacy.tokens import DocBin

    key = hashlib.sha256(("\x00".join(texts) + nlp.meta["version"]).encode()).hexdigest()[:16]
    path = cache / f"{key}.spacy"
    if path.is_file():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=32))
    bin_ = DocBin(store_user_data=True, docs=docs)
    cache.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(path)
    return docs


def _coder(kind: str, shared: Path) -> Any:
    from events.coding import load_dictionaries, phoenix_files, validate_files
    from events.coding.coder import Coder

    if kind in ("petrarch", "gsr"):
        folder = shared / "reference/petrarch"
        files = validate_files(folder) if kind == "petrarch" else phoenix_files(folder)
        dicts = load_dictionaries(**files)  # type: ignore[arg-type]
        from events.coding.options import PETRARCH2

        return Coder(dicts, PETRARCH2)
    return Coder(load_dictionaries())


def _row(event: Any) -> list[str]:
    return [
        event.event_code,
        event.source.code if event.source else "",
        event.target.code if event.target else "",
        getattr(event, "modality", ""),
    ]


def snapshot(out: Path, sets: list[str]) -> None:
    """Code every text of ``sets`` and write the snapshot to ``out``."""
    from events.nlp import load_nlp

    settings = Settings()
    shared = settings.shared_dir
    nlp = load_nlp(settings.model)
    items = list(_items(shared, sets))
    docs = _docs(nlp, [t for _, _, t, _ in items], settings.cache_dir / "snapshot-docs")
    coders: dict[str, Any] = {}
    with out.open("w", encoding="utf-8") as fh:
        for (kind, ident, _text, when), doc in zip(items, docs, strict=True):
            coder = coders.get(kind) or coders.setdefault(kind, _coder(kind, shared))
            rows = sorted(_row(e) for e in coder.code(doc, when=when))
            fh.write(json.dumps({"set": kind, "id": ident, "events": rows}) + "\n")


def diff(old: Path, new: Path, modality: bool = False) -> int:
    """Print the texts whose events (code, source, target; with ``modality`` also the
    modality) differ; return their number."""
    width = 4 if modality else 3

    def read(path: Path) -> dict[tuple[str, str], list[list[str]]]:
        rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
        return {(r["set"], r["id"]): [e[:width] for e in r["events"]] for r in rows}

    a, b = read(old), read(new)
    changed = 0
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            changed += 1
            sys.stdout.write(f"{key[0]} {key[1]}\n  - {a.get(key)}\n  + {b.get(key)}\n")
    sys.stdout.write(f"{changed} texts changed of {len(set(a) | set(b))}\n")
    return changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--sets", default="petrarch,gsr,plover,plv,news")
    parser.add_argument("--diff", action="store_true")
    parser.add_argument("--modality", action="store_true", help="--diff: compare modalities too")
    args = parser.parse_args()
    if args.diff:
        diff(*args.paths[:2], modality=args.modality)
        return 0
    snapshot(args.paths[0], args.sets.split(","))
    return 0


if __name__ == "__main__":
    sys.exit(main())
