"""CAMEO code tables: event codes (root, base, QuadClass, Goldstein, PLOVER) and actor codes.

The tables ship in the ``schemas`` package and are read once, on first use.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class EventCodeInfo:
    """What a CAMEO event code resolves to."""

    event_code: str
    event_base_code: str
    event_root_code: str
    quad_class: int
    goldstein_scale: float
    name: str
    plover_event_type: str | None
    plover_mode: str | None


@dataclass(frozen=True)
class ActorCodeParts:
    """A CAMEO actor code split into GDELT's actor fields."""

    code: str
    country_code: str | None
    known_group_code: str | None
    type1_code: str | None
    type2_code: str | None


def _read_tsv(name: str) -> list[dict[str, str]]:
    text = resources.files("schemas").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t"))


@functools.cache
def _event_codes() -> dict[str, dict[str, str]]:
    return {row["event_code"]: row for row in _read_tsv("cameo_event_codes.tsv")}


@functools.cache
def _plover() -> dict[str, dict[str, str]]:
    return {row["event_code"]: row for row in _read_tsv("cameo_plover.tsv")}


@functools.cache
def _actor_blocks() -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {"country": set(), "type": set(), "known_group": set()}
    for row in _read_tsv("cameo_actor_codes.tsv"):
        kinds[row["kind"]].add(row["code"])
    return kinds


@functools.cache
def _actor_labels() -> dict[tuple[str, str], str]:
    return {(row["kind"], row["code"]): row["label"] for row in _read_tsv("cameo_actor_codes.tsv")}


def actor_label(kind: str, code: str | None) -> str:
    """The CAMEO table's label of an actor code block of ``kind`` (country, known_group,
    type): ("country", "RUS") → "Russia", ("type", "COP") → "Police forces"; '' if unknown."""
    return _actor_labels().get((kind, code or ""), "")


def event_codes() -> list[str]:
    """Every CAMEO event code of the table (two-, three- and four-digit), sorted."""
    return sorted(_event_codes())


def normalize_event_code(code: str) -> str:
    """Strip blanks; pad a one-digit root ("1" → "01"). Returns the code as a string."""
    code = code.strip()
    return code.zfill(2) if len(code) == 1 else code


@functools.cache
def event_info(code: str) -> EventCodeInfo | None:
    """Resolve a CAMEO event code; ``None`` when the code is not in the CAMEO table."""
    code = normalize_event_code(code)
    row = _event_codes().get(code)
    if row is None:
        return None
    plover = _plover_for(code)
    return EventCodeInfo(
        event_code=code,
        event_base_code=row["event_base_code"],
        event_root_code=row["event_root_code"],
        quad_class=int(row["quad_class"]),
        goldstein_scale=float(row["goldstein_scale"]),
        name=row["name"],
        plover_event_type=plover[0] if plover else None,
        plover_mode=plover[1] if plover else None,
    )


def _plover_for(code: str) -> tuple[str, str | None] | None:
    table = _plover()
    for key in (code, code[:3], code[:2]):
        row = table.get(key)
        if row:
            return row["plover_event_type"], row["plover_mode"] or None
    return None


def plover_for(code: str) -> tuple[str, str | None] | None:
    """PLOVER (event type, mode) of a CAMEO code, via its base and root when not listed."""
    return _plover_for(normalize_event_code(code))


@functools.cache
def split_actor_code(code: str) -> ActorCodeParts:
    """Split a CAMEO actor code into country, known group and two type codes.

    ``RUSMIL`` → country RUS, type1 MIL; ``IGOUNO`` → type1 IGO, known group UNO.
    Blocks are three letters; unknown blocks are kept in the full code only.
    """
    blocks = _actor_blocks()
    parts = [code[i : i + 3] for i in range(0, len(code) - len(code) % 3, 3)]
    country = parts[0] if parts and parts[0] in blocks["country"] else None
    rest = parts[1:] if country else parts
    known = next((p for p in rest if p in blocks["known_group"]), None)
    types = [p for p in rest if p in blocks["type"] and p != known]
    return ActorCodeParts(
        code=code,
        country_code=country,
        known_group_code=known,
        type1_code=types[0] if types else None,
        type2_code=types[1] if len(types) > 1 else None,
    )
