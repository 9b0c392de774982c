"""The events table as an ACLED-style CSV (one row per event, ACLED's column names and order).

ACLED records political violence, demonstrations and some strategic developments only, so
only events whose CAMEO code maps to an ACLED event type are written (``include_unmapped``
writes the others as "Strategic developments / Other"). The mapping is
:data:`CAMEO_TO_ACLED`; actors get ACLED inter codes from their CAMEO codes
(:func:`inter_code`). What cannot be known from our data is left empty: ``admin2``,
``admin3``, ``source_scale``; ``admin1`` is filled only for ADM1-level places.

Column conventions (ACLED API export): ``event_date`` ISO ``YYYY-MM-DD``; ``iso`` the ISO
3166-1 numeric code; ``event_id_cnty`` the ISO alpha-3 code followed by the stable integer id
of the event (the GDELT export's GLOBALEVENTID); ``interaction`` the classic two-digit code
(the two inter codes, smaller first; ``inter1 * 10`` when there is no actor 2);
``fatalities`` 0 when none were reported; ``timestamp`` the Unix time the event was added.
"""

from __future__ import annotations

import csv
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from events.export._common import Output, Row, as_list, decimal, missing, numeric_id, open_output, text
from events.export.countries import Country, country

log = logging.getLogger(__name__)

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)
"""ACLED's export columns, in order."""

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VIOLENCE_CIVILIANS = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

CAMEO_TO_ACLED: dict[str, tuple[str, str]] = {
    # 14 PROTEST: demonstrations, hunger strikes, strikes, blockades, obstruction
    "14": (PROTESTS, "Peaceful protest"),
    "145": (RIOTS, "Violent demonstration"),
    # 15 EXHIBIT FORCE POSTURE: only mobilisation is an ACLED strategic development
    "154": (STRATEGIC, "Change to group/activity"),
    # 17 COERCE
    "171": (STRATEGIC, "Looting/property destruction"),
    "173": (STRATEGIC, "Arrests"),
    "175": (VIOLENCE_CIVILIANS, "Attack"),
    # 18 ASSAULT: unconventional violence
    "18": (VIOLENCE_CIVILIANS, "Attack"),
    "181": (VIOLENCE_CIVILIANS, "Abduction/forced disappearance"),
    "1821": (VIOLENCE_CIVILIANS, "Sexual violence"),
    "183": (EXPLOSIONS, "Remote explosive/landmine/IED"),
    "1831": (EXPLOSIONS, "Suicide bomb"),
    # 19 FIGHT: conventional military force
    "19": (BATTLES, "Armed clash"),
    "191": (STRATEGIC, "Other"),
    "192": (BATTLES, "Non-state actor overtakes territory"),
    "194": (EXPLOSIONS, "Shelling/artillery/missile attack"),
    "195": (EXPLOSIONS, "Air/drone strike"),
    # 20 USE UNCONVENTIONAL MASS VIOLENCE
    "20": (VIOLENCE_CIVILIANS, "Attack"),
    "201": (STRATEGIC, "Other"),
    "204": (EXPLOSIONS, "Shelling/artillery/missile attack"),
    "2041": (EXPLOSIONS, "Chemical weapon"),
    # agreements and de-escalation
    "057": (STRATEGIC, "Agreement"),
    "0871": (STRATEGIC, "Agreement"),
    "0874": (STRATEGIC, "Non-violent transfer of territory"),
}
"""CAMEO code (or its base/root: the longest listed prefix wins) → ACLED (event type,
sub-event type).

Follows the event and sub-event types of the ACLED Codebook (2023 edition, "disorder type"
era): Battles (Armed clash; Government regains territory; Non-state actor overtakes
territory), Explosions/Remote violence (Chemical weapon; Air/drone strike; Suicide bomb;
Shelling/artillery/missile attack; Remote explosive/landmine/IED; Grenade), Violence against
civilians (Sexual violence; Attack; Abduction/forced disappearance), Protests (Peaceful
protest; Protest with intervention; Excessive force against protesters), Riots (Violent
demonstration; Mob violence), Strategic developments (Agreement; Arrests; Change to
group/activity; Disrupted weapons use; Headquarters or base established; Looting/property
destruction; Non-violent transfer of territory; Other). Refinements made from the actors in
:func:`acled_type`: a battle (19x) against civilians is Violence against civilians / Attack;
territory occupied (192) by state forces at home is "Government regains territory" (by
rebels, militias or a foreign state's forces it stays "Non-state actor overtakes territory",
as the codebook defines it).
CAMEO codes not listed (talks, statements, aid, sanctions …) have no ACLED counterpart.
"""

DISORDER: dict[tuple[str, str], str] = {
    (PROTESTS, "Excessive force against protesters"): "Political violence; Demonstrations",
    (RIOTS, "Mob violence"): "Political violence",
}
"""Disorder types that differ from the event type's default (:data:`_DISORDER_OF_TYPE`)."""

_DISORDER_OF_TYPE = {
    BATTLES: "Political violence", EXPLOSIONS: "Political violence",
    VIOLENCE_CIVILIANS: "Political violence", PROTESTS: "Demonstrations",
    RIOTS: "Demonstrations", STRATEGIC: "Strategic developments",
}

STATE_TYPES = frozenset({"GOV", "MIL", "COP", "SPY"})
REBEL_TYPES = frozenset({"REB", "INS", "SEP"})
MILITIA_TYPES = frozenset({"UAF"})
CIVILIAN_TYPES = frozenset({"CVL", "REF", "EDU", "MED", "HLH", "LAB", "AGR", "BUS", "HRI",
                            "REL", "ELI", "MNC", "NGO", "OPP", "LEG", "JUD"})
EXTERNAL_TYPES = frozenset({"IGO", "PKO"})
"""CAMEO type (or known-group type) codes behind each ACLED inter code: 1 state forces, 2
rebel groups, 3 political militias (CAMEO's unidentified armed forces), 7 civilians, 8
external/other forces (IGOs, peacekeepers). 4 identity militias has no CAMEO counterpart
here; 5 rioters and 6 protesters come from the event type, not the actor."""

_VIOLENT = frozenset({BATTLES, EXPLOSIONS, VIOLENCE_CIVILIANS})


@dataclass(frozen=True)
class AcledType:
    """ACLED classification of one event."""

    disorder_type: str
    event_type: str
    sub_event_type: str


def _lookup(code: str) -> tuple[str, str] | None:
    for length in (4, 3, 2):
        if len(code) >= length and code[:length] in CAMEO_TO_ACLED:
            return CAMEO_TO_ACLED[code[:length]]
    return None


def _types(row: Row, n: int) -> set[str]:
    return {text(row.get(f"actor{n}_{k}")).upper() for k in ("type1_code", "type2_code")} - {""}


def _has_actor(row: Row, n: int) -> bool:
    return bool(text(row.get(f"actor{n}_code")))


def _event_country(row: Row) -> Country | None:
    found = country(text(row.get("action_geo_country_code")))
    if found is None:
        borders = as_list(row.get("action_geo_border_countries"))
        found = country(borders[0]) if borders else None
    return found


def inter_code(row: Row, n: int, event_type: str | None = None) -> int:
    """ACLED inter code (0–8) of actor ``n`` (1 or 2) of an events-table row.

    Protesters (6) and rioters (5) are actor 1 of Protests and Riots events. Otherwise from
    the CAMEO types: state forces (GOV, MIL, COP, SPY, or a bare country code, i.e. the state)
    are 1 at home and 8 (external forces) outside their own country; REB/INS/SEP 2; UAF 3;
    civilian roles (CVL, REF, EDU, MED, …) 7; IGO/PKO and known IGO groups 8. 0: no actor, or
    nothing to go on.
    """
    if not _has_actor(row, n):
        return 0
    if n == 1 and event_type == PROTESTS:
        return 6
    if n == 1 and event_type == RIOTS:
        return 5
    types = _types(row, n)
    code = text(row.get(f"actor{n}_code")).upper()
    own = text(row.get(f"actor{n}_country_code")).upper()
    if types & EXTERNAL_TYPES or code.startswith("IGO") or code.startswith("PKO"):
        return 8
    if types & REBEL_TYPES:
        return 2
    if types & MILITIA_TYPES:
        return 3
    if types & STATE_TYPES or (own and code == own):
        where = _event_country(row)
        home = country(own)
        return 8 if where is not None and home is not None and where.iso2 != home.iso2 else 1
    if types & CIVILIAN_TYPES:
        return 7
    return 0


def acled_type(row: Row) -> AcledType | None:
    """The ACLED (disorder, event, sub-event) type of an events-table row; ``None`` when its
    CAMEO code has no ACLED counterpart."""
    found = _lookup(text(row.get("event_code")))
    if found is None:
        return None
    event_type, sub = found
    if event_type == BATTLES and inter_code(row, 2) == 7:
        event_type, sub = VIOLENCE_CIVILIANS, "Attack"
    if sub == "Non-state actor overtakes territory" and inter_code(row, 1) == 1:
        sub = "Government regains territory"
    disorder = DISORDER.get((event_type, sub), _DISORDER_OF_TYPE[event_type])
    return AcledType(disorder, event_type, sub)


def _country_name(code: str) -> str:
    found = country(code)
    return found.name if found else ""


def actor_name(row: Row, n: int, inter: int, event_type: str) -> str:
    """ACLED-style actor name: "Military Forces of Russia", "Protesters (Georgia)", … or the
    name found in the text when no generic name applies."""
    if not _has_actor(row, n):
        return ""
    types = _types(row, n)
    own = _country_name(text(row.get(f"actor{n}_country_code")))
    where = _event_country(row)
    place = own or (where.name if where else "")
    found = text(row.get(f"actor{n}_name"))
    generic = {5: "Rioters", 6: "Protesters", 7: "Civilians"}
    if inter in generic:
        return f"{generic[inter]} ({place})" if place else generic[inter]
    state = own or (place if types & STATE_TYPES else "")  # "---COP": police of the place
    if inter in (1, 8) and state:
        if "MIL" in types:
            return f"Military Forces of {state}"
        if "COP" in types:
            return f"Police Forces of {state}"
        if "GOV" in types or "SPY" in types or event_type not in _VIOLENT:
            return f"Government of {state}"
        return f"Military Forces of {state}"
    if inter == 3 and not found:
        return f"Unidentified Armed Group ({place})" if place else "Unidentified Armed Group"
    return found or text(row.get(f"actor{n}_code"))


def _assoc(row: Row, n: int, inter: int) -> str:
    """The text's own name for an actor written under a generic name (protesters,
    rioters, civilians), as ACLED's associated actor."""
    return text(row.get(f"actor{n}_name")) if inter in (5, 6, 7) else ""


def interaction(inter1: int, inter2: int) -> int:
    """ACLED's two-digit interaction code: smaller inter code first; a lone actor's code
    times ten (``inter1 * 10``, or ``inter2 * 10`` when actor 1 is unknown)."""
    if inter1 == 0 or inter2 == 0:
        return max(inter1, inter2) * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
"""ACLED time_precision: 1 the day is known, 2 the week, 3 only the month (or coarser)."""

_NEAR = re.compile(r"\b(?:near(?:by)?|outside(?: of)?|(?:on )?the outskirts of|close to|"
                   r"(?:in )?the vicinity of|(?:\d+ ?(?:km|kilometres|kilometers|miles) )?"
                   r"(?:north|south|east|west)(?:-?(?:east|west))? of|\d+ ?(?:km|kilometres|"
                   r"kilometers|miles) from)\s+(?:the (?:city|town|village) of\s+)?$",
                   re.IGNORECASE)


def geo_precision(geo_type: int | None, notes: str = "", location: str = "") -> int:
    """ACLED geo_precision from our geo type: towns (GDELT types 3/4) are 1, or 2 when the
    sentence puts the event near the town ("near Kharkiv", "on the outskirts of Kharkiv",
    "20 km north of Kharkiv"); provinces, countries and border areas (types 1, 2, 5, 6) are
    3, the "larger region" standing in."""
    if geo_type not in (3, 4):
        return 3
    if location:
        for found in re.finditer(re.escape(location), notes):
            if _NEAR.search(notes[:found.start()]):
                return 2
    return 1


def _location(row: Row, geo_type: int | None, where: Country | None) -> tuple[str, str]:
    """(admin1, location) from the action place's full name ('Kharkiv, Ukraine')."""
    full = text(row.get("action_geo_fullname"))
    first = full.split(",")[0].strip() if full else ""
    if geo_type in (2, 5):
        return first, first
    if geo_type == 1:
        return "", first or (where.name if where else "")
    return "", first


def _mention_facts(mentions: pd.DataFrame) -> tuple[dict[str, str], dict[str, str]]:
    """event_id → first sentence (earliest report first), and → '; '-joined outlets."""
    if mentions.empty:
        return {}, {}
    order = [c for c in ("mention_time", "article_id", "sentence_index") if c in mentions.columns]
    ordered = mentions.sort_values(order, kind="stable", na_position="last")
    notes: dict[str, str] = {}
    sources: dict[str, list[str]] = {}
    for eid, sentence, outlet in zip(ordered["event_id"], ordered["sentence"],
                                     ordered["source_name"], strict=True):
        key = str(eid)
        if key not in notes and text(sentence):
            notes[key] = text(sentence)
        name = text(outlet)
        if name and name not in sources.setdefault(key, []):
            sources[key].append(name)
    return notes, {k: "; ".join(v) for k, v in sources.items()}


def acled_record(row: Row, notes: str = "", source: str = "",
                 kind: AcledType | None = None) -> list[str]:
    """One events-table row as the ACLED cells (:data:`ACLED_COLUMNS`); ``kind`` defaults to
    :func:`acled_type` (Strategic developments / Other when unmapped)."""
    kind = kind or acled_type(row) or AcledType(STRATEGIC, STRATEGIC, "Other")
    inter1 = inter_code(row, 1, kind.event_type)
    inter2 = 0 if kind.sub_event_type == "Peaceful protest" else inter_code(row, 2, kind.event_type)
    where = _event_country(row)
    geo_type = None if missing(row.get("action_geo_type")) else int(row["action_geo_type"])
    admin1, location = _location(row, geo_type, where)
    day = None if missing(row.get("event_date")) else pd.Timestamp(row["event_date"])
    added = None if missing(row.get("date_added")) else pd.Timestamp(row["date_added"])
    fatalities = 0 if missing(row.get("fatalities")) else int(row["fatalities"])
    civilians = "Civilian targeting" if (
        kind.event_type == VIOLENCE_CIVILIANS
        or (kind.event_type in _VIOLENT and inter2 == 7)) else ""
    tags = "crowd size=no report" if kind.event_type in (PROTESTS, RIOTS) else ""
    precision = TIME_PRECISION.get(text(row.get("date_precision")), 1)
    return [
        f"{where.iso3 if where else 'XXX'}{numeric_id(str(row['event_id']))}",
        day.strftime("%Y-%m-%d") if day is not None else "",
        str(day.year) if day is not None else "",
        str(precision),
        kind.disorder_type, kind.event_type, kind.sub_event_type,
        actor_name(row, 1, inter1, kind.event_type), _assoc(row, 1, inter1), str(inter1),
        "" if inter2 == 0 else actor_name(row, 2, inter2, kind.event_type),
        "" if inter2 == 0 else _assoc(row, 2, inter2), str(inter2),
        str(interaction(inter1, inter2)),
        civilians,
        where.iso_numeric if where else "",
        where.acled_region if where else "",
        where.name if where else "",
        admin1, "", "", location,
        decimal(row.get("action_geo_lat"), 4), decimal(row.get("action_geo_long"), 4),
        str(geo_precision(geo_type, notes, location)),
        source, "", notes, str(fatalities), tags,
        str(int(added.timestamp())) if added is not None else "",
    ]


def acled_rows(events: pd.DataFrame, mentions: pd.DataFrame,
               include_unmapped: bool = False) -> Iterable[list[str]]:
    """ACLED cells for each mappable event (all events with ``include_unmapped``)."""
    notes, sources = _mention_facts(mentions)
    skipped = 0
    for row in events.to_dict("records"):
        kind = acled_type(row)
        if kind is None and not include_unmapped:
            skipped += 1
            continue
        eid = str(row["event_id"])
        yield acled_record(row, notes.get(eid, ""), sources.get(eid, ""), kind)
    if skipped:
        log.info("ACLED export: %d events have no ACLED event type and were left out", skipped)


def export_acled(data_dir: str | Path, out: Output = None, *, include_unmapped: bool = False,
                 **filters: Any) -> int:
    """Write the events of the dataset at ``data_dir`` as ACLED-style CSV (header first) to
    ``out`` (an open text stream, a path, or ``None`` for stdout). ``filters`` go to
    :func:`events.dataset.load`. Returns the number of event rows written; raises StoreError
    when the dataset cannot be read."""
    from events.dataset import load

    events = load(data_dir, table="events", **filters)
    dates = {k: v for k, v in filters.items() if k in ("start", "end")}
    mentions = load(data_dir, table="mentions", **dates)
    mentions = mentions[mentions["event_id"].isin(events["event_id"])]
    count = 0
    with open_output(out) as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(ACLED_COLUMNS)
        for record in acled_rows(events, mentions, include_unmapped):
            writer.writerow(record)
            count += 1
    log.info("wrote %d ACLED-style rows", count)
    return count
