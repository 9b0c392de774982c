"""The gazetteer: a pickled :class:`GazetteerIndex` in the cache dir, loaded once per process."""

from __future__ import annotations

import functools
import gc
import logging
import os
import pickle
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from events.config import default_cache_dir
from events.errors import GazetteerError
from events.geo.index import FTYPES, INDEX_VERSION, GazetteerIndex
from events.geo.text import norm

T = TypeVar("T")

log = logging.getLogger(__name__)

INDEX_FILE = f"gazetteer-v{INDEX_VERSION}.pickle"


@dataclass(frozen=True)
class Candidate:
    """One gazetteer record as a candidate for a mention (degrees, people)."""

    rid: int
    name: str
    lat: float
    lon: float
    country_code: str
    adm1: str
    feature_type: str
    population: int
    geonameid: int


class Gazetteer:
    """Name lookups over the index. Build or load it with :meth:`Gazetteer.load`."""

    def __init__(self, index: GazetteerIndex):
        self.index = index

    @classmethod
    def load(cls, cache_dir: Path | None = None) -> Gazetteer:
        """The gazetteer cached in ``cache_dir`` (default Settings cache dir), built if missing.

        Cached in-process per directory. Raises GazetteerError when it can neither be loaded
        nor built.
        """
        directory = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        return _load_cached(str(directory.expanduser().resolve()))

    # -- lookups ---------------------------------------------------------------------------
    def candidate(self, rid: int) -> Candidate:
        """The record ``rid`` as a :class:`Candidate`."""
        ix = self.index
        return Candidate(
            rid=rid,
            name=ix.names[rid],
            lat=float(ix.lat[rid]),
            lon=float(ix.lon[rid]),
            country_code=ix.cc[rid],
            adm1=ix.adm1[rid],
            feature_type=FTYPES[int(ix.ftype[rid])],
            population=int(ix.pop[rid]),
            geonameid=int(ix.gid[rid]),
        )

    def lookup(self, text: str, limit: int = 40) -> list[int]:
        """Record ids named ``text`` (case-sensitive abbreviations first), most populous first.

        All-capital words of up to three letters match only the abbreviation table, so "US"
        never becomes the village of Us.
        """
        text = text.strip()
        if not text:
            return []
        ix = self.index
        if text in ix.abbrev:
            return [ix.abbrev[text]]
        letters = text.replace(".", "")
        if letters.isupper() and len(letters) <= 3:
            return []
        return ix.rids_for(norm(text))[:limit]

    def demonym(self, text: str) -> str | None:
        """ISO2 of the country whose adjective or demonym is ``text`` ("Georgian" -> "GE")."""
        return _adjective_lookup(self.index.demonyms, text)

    def adjective(self, text: str) -> int | None:
        """Record id of the region or continent whose adjective is ``text`` ("Abkhaz",
        "South Ossetians", "European"), or None."""
        return _adjective_lookup(self.index.adjectives, text)

    def country_rid(self, iso2: str) -> int | None:
        """Record id of the country ``iso2``, or None."""
        info = self.index.countries.get(iso2)
        return info.rid if info else None

    def neighbours(self, iso2: str) -> tuple[str, ...]:
        """ISO2 codes of the countries sharing a land border with ``iso2``."""
        info = self.index.countries.get(iso2)
        return info.neighbours if info else ()

    def border_point(self, a: str, b: str) -> tuple[float, float] | None:
        """Precomputed (lat, lon) on the border of ``a`` and ``b``, or None."""
        from events.geo.index import border_key

        return self.index.border_points.get(border_key(a, b))


def _adjective_lookup(table: Mapping[str, T], text: str) -> T | None:
    """``table[norm(text)]`` for a capitalised word, also tried without a plural "s"
    ("Georgians" → "georgian"); None otherwise."""
    if not text[:1].isupper():
        return None
    key = norm(text)
    found = table.get(key)
    if found is None and key.endswith("s"):
        found = table.get(key[:-1])
    return found


@functools.cache
def _load_cached(directory: str) -> Gazetteer:
    path = Path(directory) / INDEX_FILE
    if path.exists():
        try:
            return Gazetteer(_read(path))
        except GazetteerError as err:
            log.warning("rebuilding unreadable gazetteer index %s: %s", path, err)
    from events.geo.build import build_index

    start = time.perf_counter()
    index = build_index()
    _write(path, index)
    log.info("built gazetteer index %s in %.1f s", path, time.perf_counter() - start)
    return Gazetteer(index)


def _read(path: Path) -> GazetteerIndex:
    start = time.perf_counter()
    collecting = gc.isenabled()
    gc.disable()  # the index is ~1M small objects with no cycles: no collection while loading
    try:
        with path.open("rb") as fh:
            index = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError) as err:
        raise GazetteerError(f"cannot read gazetteer index {path}: {err}") from err
    finally:
        if collecting:
            gc.enable()
    if not isinstance(index, GazetteerIndex) or index.version != INDEX_VERSION:
        raise GazetteerError(f"gazetteer index {path} has an old version")
    log.debug("loaded gazetteer index %s in %.2f s", path, time.perf_counter() - start)
    return index


def _write(path: Path, index: GazetteerIndex) -> None:
    """Write atomically (temp file + replace); raises GazetteerError on OSError."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob("gazetteer-v*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as err:
        raise GazetteerError(f"cannot write gazetteer index {path}: {err}") from err
