"""The compact gazetteer index: plain arrays and dicts, pickled once into the cache dir.

Feature types are small integers in :data:`FTYPES` order. Record ids (``rid``) index every
per-record array.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np

INDEX_VERSION = 19
FTYPES: tuple[str, ...] = ("country", "adm1", "adm2", "city", "continent", "region")
COUNTRY, ADM1, ADM2, CITY, CONTINENT, REGION = range(len(FTYPES))


@dataclass
class CountryInfo:
    """One country: codes, English name, neighbours (ISO2), its record id and capital's."""

    iso2: str
    iso3: str
    fips: str
    name: str
    neighbours: tuple[str, ...]
    rid: int
    capital_rid: int = -1


@dataclass
class GazetteerIndex:
    """Everything the geoparser needs at run time (built by :mod:`events.geo.build`)."""

    version: int
    names: list[str]
    lat: np.ndarray  # float32 degrees
    lon: np.ndarray  # float32 degrees
    cc: list[str]  # ISO2 ("" for continents and multi-country regions)
    adm1: list[str]  # GeoNames admin1 code ("GA" for US states), "" when unknown
    ftype: np.ndarray  # int8 index into FTYPES
    pop: np.ndarray  # int64
    gid: np.ndarray  # int64 GeoNames id, -1 when none
    key_hash: np.ndarray  # uint64 key_code(norm(name)) of every name, sorted
    key_group: np.ndarray  # int32 group number of each key_hash
    group_start: np.ndarray  # int32, len(groups)+1
    group_rids: np.ndarray  # int32 record ids, grouped
    abbrev: dict[str, int]  # case-sensitive text -> rid ("US", "U.K.", "DRC")
    parent_abbrev: dict[str, int]  # case-sensitive, only as Y in "X, Y" ("Ga.", "GA")
    demonyms: dict[str, str]  # norm(form) -> ISO2 ("georgian" -> "GE")
    countries: dict[str, CountryInfo]
    border_points: dict[str, tuple[float, float]]  # "FI|RU" (sorted) -> (lat, lon)
    adm1_rid: dict[tuple[str, str], int]  # (ISO2, admin1 code) -> rid of the ADM1 record
    capitals: frozenset[int] = frozenset()
    nalt: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int16))  # alt names
    adjectives: dict[str, int] = field(default_factory=dict)  # "abkhaz" -> rid of Abkhazia
    # other records a parent abbreviation names ("WA": Western Australia beside Washington)
    parent_more: dict[str, list[int]] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)

    def rids_for(self, key: str) -> list[int]:
        """Record ids whose name (normalised with :func:`events.geo.text.norm`) is ``key``."""
        code = np.uint64(key_code(key))  # a Python int past 2**63 would make numpy copy the array
        at = int(self.key_hash.searchsorted(code))
        if at == len(self.key_hash) or self.key_hash[at] != code:
            return []
        group = int(self.key_group[at])
        return self.group_rids[self.group_start[group] : self.group_start[group + 1]].tolist()

    @property
    def name_count(self) -> int:
        """Distinct normalised names indexed."""
        return len(self.key_hash)


def key_code(key: str) -> int:
    """A stable 64-bit code of a normalised name. The index keeps these codes, sorted, instead
    of a dict of 660k strings: loading it costs a read of two arrays, not rebuilding the dict
    (0.3 s of every command's start). Two of its names never share a code (checked when it is
    built); a name it lacks meets one of theirs with a chance of about 1 in 10^13."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


def key_table(keys: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """``(key_hash, key_group)`` of ``keys`` (name -> group number); raises ValueError if two
    names share a code."""
    codes = np.fromiter((key_code(k) for k in keys), dtype=np.uint64, count=len(keys))
    groups = np.fromiter(keys.values(), dtype=np.int32, count=len(keys))
    order = np.argsort(codes, kind="stable")
    codes, groups = codes[order], groups[order]
    if len(codes) > 1 and bool((codes[1:] == codes[:-1]).any()):
        raise ValueError("two gazetteer names share a key code")
    return codes, groups


def border_key(a: str, b: str) -> str:
    """The key of a country pair in ``border_points``: the two ISO2 codes sorted, "|"-joined."""
    return "|".join(sorted((a, b)))
