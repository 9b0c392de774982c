"""The events table as an ACLED-style CSV (one row per event, ACLED's column names and order).

ACLED records political violence, demonstrations and some strategic developments only, so
only events whose CAMEO code maps to an ACLED event type are written (``include_unmapped``
writes the others as "Strategic developments / Other"). The mapping is
:data:`CAMEO_TO_ACLED`; actors get ACLED inter codes from their CAMEO codes
(:func:`inter_code`) and names from their sector (:func:`actor_name`); an actor never acts on
itself (actor 2 equal to actor 1 is dropped). ``admin1`` is the GeoNames first-level division
of every place below country level (from :mod:`events.geography`), ``admin2`` the county of a
US town, ``admin3`` is empty; ``source_scale`` comes from the scale the sources declare in
sources.toml ("Unknown" when none did).

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

from events.cameo import actor_label
from events.export._common import (
    Output,
    Row,
    as_list,
    decimal,
    missing,
    numeric_id,
    open_output,
    reports,
    text,
)
from events.export.countries import Country, country
from events.export.places import admin1_name, place_name, us_county

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
STATE_BODIES = frozenset({"LEG", "JUD"})
REBEL_TYPES = frozenset({"REB", "INS", "SEP", "IMG"})
MILITIA_TYPES = frozenset({"UAF", "CRM"})
OPPOSITION_TYPES = frozenset({"OPP"})
CIVILIAN_TYPES = frozenset({"CVL", "REF", "EDU", "MED", "HLH", "LAB", "AGR", "BUS", "HRI",
                            "REL", "ELI", "MNC", "NGO", "SET"})
EXTERNAL_TYPES = frozenset({"IGO", "PKO"})
"""CAMEO type (or known-group type) codes behind each ACLED inter code: 1 state forces (and the
state's legislature and courts: "Government of X"), 2 rebel groups (rebels, insurgents,
separatists, international militarized groups), 3 political militias (CAMEO's unaligned armed
forces and criminals; the political opposition when it fights), 7 civilians (civil society:
civilians, refugees, education, media, health, labour, business, rights groups, clergy …),
8 external/other forces (IGOs, peacekeepers, state forces abroad, the political opposition
outside violence). 4 identity militias has no CAMEO counterpart; 5 rioters and 6 protesters
come from the event type, not the actor."""

SECTOR_NAMES = {"REF": "Refugees/IDPs", "EDU": "Students and Teachers", "MED": "Journalists",
                "HLH": "Health Workers", "LAB": "Labor Group", "AGR": "Farmers",
                "BUS": "Business Group", "HRI": "Human Rights Defenders",
                "REL": "Religious Group", "NGO": "NGO Workers", "MNC": "Business Group",
                "OPP": "Political Opposition", "LEG": "Legislators", "JUD": "Judges"}
"""ACLED-style names of the groups an actor's CAMEO sector stands for, written with the
country ("Journalists (Ukraine)") as an associated actor of civilians, protesters or rioters,
and, for the opposition outside violence, as the actor."""

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


def _abroad(row: Row, own: str) -> bool:
    """True when the event happened outside the country ``own`` (CAMEO/ISO alpha-3); a border
    area is home to both its sides."""
    home = country(own)
    if home is None:
        return False
    sides = {c.upper() for c in as_list(row.get("action_geo_border_countries"))}
    if home.iso2 in sides:
        return False
    where = _event_country(row)
    return where is not None and where.iso2 != home.iso2


def _state_name(row: Row, n: int) -> str:
    """The state an actor belongs to: its own country, else (for "---COP" and the like) the
    country of the event's place."""
    code = text(row.get(f"actor{n}_country_code"))
    own = _country_name(code) or actor_label("country", code)  # regions: "Central Asia"
    where = _event_country(row)
    return own or (where.name if where else "")


def inter_code(row: Row, n: int, event_type: str | None = None) -> int:
    """ACLED inter code (0–8) of actor ``n`` (1 or 2) of an events-table row, from the actor's
    sector (its CAMEO types).

    Protesters (6) and rioters (5) are actor 1 of Protests and Riots events. Otherwise: IGO/PKO
    and known IGO groups 8; REB/INS/SEP/IMG 2; UAF/CRM 3; state forces (GOV, MIL, COP, SPY, a
    bare country code: the state) and state bodies (LEG, JUD) 1 at home and 8 outside their
    own country; the political opposition (OPP) 3 when it acts violently, 7 when it is the
    target of violence (ACLED's unarmed victims), 8 otherwise; civil society (CVL, REF, EDU,
    MED, …) 7. 0: no actor, or nothing to go on.
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
    if types & OPPOSITION_TYPES:
        if event_type in _VIOLENT:
            return 3 if n == 1 else 7
        return 8
    if types & (STATE_TYPES | STATE_BODIES) or (own and code == own):
        return 8 if _abroad(row, own) else 1
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
    """ACLED-style actor name from the actor's sector: "Military Forces of Russia", "Government
    of Georgia", "Protesters (Georgia)", "Civilians (Ukraine)", "Political Opposition
    (Georgia)", "Unidentified Armed Group (Ukraine)" …; rebels and IGOs by their name (the
    known group's, else the text's)."""
    if not _has_actor(row, n):
        return ""
    types = _types(row, n)
    place = _state_name(row, n)
    found = text(row.get(f"actor{n}_name"))
    generic = {5: "Rioters", 6: "Protesters", 7: "Civilians"}
    if inter in generic:
        return f"{generic[inter]} ({place})" if place else generic[inter]
    if types & OPPOSITION_TYPES:
        name = "Opposition Militia" if inter == 3 else SECTOR_NAMES["OPP"]
        return f"{name} ({place})" if place else name
    own = text(row.get(f"actor{n}_country_code")).upper()
    is_state = bool(types & (STATE_TYPES | STATE_BODIES)) or (
        bool(own) and text(row.get(f"actor{n}_code")).upper() == own)
    if inter in (1, 8) and is_state and place:
        if "MIL" in types:
            return f"Military Forces of {place}"
        if "COP" in types:
            return f"Police Forces of {place}"
        if types & ({"GOV", "SPY"} | STATE_BODIES) or event_type not in _VIOLENT:
            return f"Government of {place}"
        return f"Military Forces of {place}"
    if inter == 3:
        return f"Unidentified Armed Group ({place})" if place else "Unidentified Armed Group"
    group = actor_label("known_group", text(row.get(f"actor{n}_known_group_code")))
    return group or found or text(row.get(f"actor{n}_code"))


def _assoc(row: Row, n: int, inter: int) -> str:
    """ACLED's associated actor of an actor written under a generic name (protesters,
    rioters, civilians): its sector's group with the country ("Journalists (Ukraine)",
    "Political Opposition (Georgia)"), else the words the text used ("residents")."""
    if inter not in (5, 6, 7):
        return ""
    types = [text(row.get(f"actor{n}_{k}")).upper() for k in ("type1_code", "type2_code")]
    sector = next((SECTOR_NAMES[t] for t in types if t in SECTOR_NAMES), "")
    place = _state_name(row, n)
    if sector:
        return f"{sector} ({place})" if place else sector
    return text(row.get(f"actor{n}_name"))


def _actor1_missing(kind: AcledType, row: Row) -> tuple[str, int]:
    """ACLED's actor 1 when the text named none: protesters or rioters of the place, an
    unidentified armed group for violence, the police for arrests; nothing otherwise."""
    where = _event_country(row)
    place = f" ({where.name})" if where else ""
    if kind.event_type == PROTESTS:
        return f"Protesters{place}", 6
    if kind.event_type == RIOTS:
        return f"Rioters{place}", 5
    if kind.event_type in _VIOLENT or kind.sub_event_type == "Looting/property destruction":
        return f"Unidentified Armed Group{place}", 3
    if kind.sub_event_type == "Arrests" and where:
        return f"Police Forces of {where.name}", 1
    return "", 0


def interaction(inter1: int, inter2: int) -> int:
    """ACLED's two-digit interaction code: smaller inter code first; a lone actor's code
    times ten (``inter1 * 10``, or ``inter2 * 10`` when actor 1 is unknown)."""
    if inter1 == 0 or inter2 == 0:
        return max(inter1, inter2) * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3, "decade": 3}
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


def _location(row: Row, geo_type: int | None, where: Country | None) -> tuple[str, str, str]:
    """(admin1, admin2, location) of the action place: the first-level division's name from
    the geography authority (GeoNames ADM1) for every place below country level, the US county
    of a US town, and the place's own name (the country's for country-level places)."""
    location = place_name(row, "action_geo")
    if geo_type in (None, 1):
        location = location or (where.name if where else "")
    county = us_county(row, "action_geo")
    return admin1_name(row, "action_geo"), county.name if county else "", location


def _scale(scales: list[str]) -> str:
    """ACLED source_scale of an event from its reporting sources' declared scales: the one
    scale, or the first two distinct ones joined by '-' ("National-International");
    "Unknown" when no source declared one."""
    distinct = list(dict.fromkeys(s for s in scales if s))
    return "-".join(distinct[:2]) if distinct else "Unknown"


@dataclass(frozen=True)
class Reports:
    """What the mentions say about one event: the earliest sentence, the outlets in order of
    first report, the sources' declared scales."""

    notes: str = ""
    sources: str = ""
    scale: str = "Unknown"


def event_reports(found: pd.DataFrame) -> dict[str, Reports]:
    """event_id → :class:`Reports`, from :func:`events.export._common.reports`
    (earliest report first)."""
    notes: dict[str, str] = {}
    outlets: dict[str, list[str]] = {}
    scales: dict[str, list[str]] = {}
    for eid, sentence, outlet, scale in zip(found["event_id"], found["sentence"],
                                            found["source_name"], found["source_scale"],
                                            strict=True):
        key = str(eid)
        if key not in notes and text(sentence):
            notes[key] = text(sentence)
        name = text(outlet)
        if name and name not in outlets.setdefault(key, []):
            outlets[key].append(name)
        for part in text(scale).split("-"):
            scales.setdefault(key, []).append(part)
    keys = set(notes) | set(outlets) | set(scales)
    return {k: Reports(notes.get(k, ""), "; ".join(outlets.get(k, [])),
                       _scale(scales.get(k, []))) for k in keys}


_DONE_TO_ACTOR2 = frozenset({"Arrests", "Looting/property destruction", "Disrupted weapons use"})
"""Developments whose actor 2 is what was acted upon (never promoted to actor 1)."""
_ACTOR_FIELDS = ("code", "name", "country_code", "known_group_code", "type1_code", "type2_code")


def _promote_actor2(row: Row) -> dict[Any, Any]:
    """The row with actor 2 as actor 1 and no actor 2."""
    out = dict(row)
    for field in _ACTOR_FIELDS:
        out[f"actor1_{field}"] = row.get(f"actor2_{field}")
        out[f"actor2_{field}"] = None
    return out


def acled_record(row: Row, reports: Reports | None = None,
                 kind: AcledType | None = None) -> list[str]:
    """One events-table row as the ACLED cells (:data:`ACLED_COLUMNS`); ``kind`` defaults to
    :func:`acled_type` (Strategic developments / Other when unmapped)."""
    reports = reports or Reports()
    kind = kind or acled_type(row) or AcledType(STRATEGIC, STRATEGIC, "Other")
    if (kind.event_type == STRATEGIC and kind.sub_event_type not in _DONE_TO_ACTOR2
            and not _has_actor(row, 1) and _has_actor(row, 2)):
        row = _promote_actor2(row)  # the one actor of a development ("troops were mobilised")
    inter1 = inter_code(row, 1, kind.event_type)
    inter2 = 0 if kind.sub_event_type == "Peaceful protest" else inter_code(row, 2, kind.event_type)
    actor1 = actor_name(row, 1, inter1, kind.event_type)
    assoc1 = _assoc(row, 1, inter1)
    if not actor1:
        actor1, inter1 = _actor1_missing(kind, row)
    actor2 = actor_name(row, 2, inter2, kind.event_type) if inter2 else ""
    assoc2 = _assoc(row, 2, inter2) if inter2 else ""
    if actor2 and actor2 == actor1:  # an actor acting on itself is one actor (ACLED: never a pair)
        actor2, assoc2, inter2 = "", "", 0
    where = _event_country(row)
    geo_type = None if missing(row.get("action_geo_type")) else int(row["action_geo_type"])
    admin1, admin2, location = _location(row, geo_type, where)
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
        actor1, assoc1, str(inter1), actor2, assoc2, str(inter2),
        str(interaction(inter1, inter2)),
        civilians,
        where.iso_numeric if where else "",
        where.acled_region if where else "",
        where.name if where else "",
        admin1, admin2, "", location,
        decimal(row.get("action_geo_lat"), 4), decimal(row.get("action_geo_long"), 4),
        str(geo_precision(geo_type, reports.notes, location)),
        reports.sources, reports.scale, reports.notes, str(fatalities), tags,
        str(int(added.timestamp())) if added is not None else "",
    ]


def acled_rows(events: pd.DataFrame, found: pd.DataFrame,
               include_unmapped: bool = False) -> Iterable[list[str]]:
    """ACLED cells for each mappable event (all events with ``include_unmapped``); ``found`` is
    :func:`events.export._common.reports` of the events."""
    by_event = event_reports(found)
    skipped = 0
    for row in events.to_dict("records"):
        kind = acled_type(row)
        if kind is None and not include_unmapped:
            skipped += 1
            continue
        yield acled_record(row, by_event.get(str(row["event_id"])), kind)
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
    found = reports(data_dir, events["event_id"], **dates)
    count = 0
    with open_output(out) as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(ACLED_COLUMNS)
        for record in acled_rows(events, found, include_unmapped):
            writer.writerow(record)
            count += 1
    log.info("wrote %d ACLED-style rows", count)
    return count
