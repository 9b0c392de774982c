"""The events table as GDELT 2.0 event records (tab-separated, 61 columns, no header).

Column order, date formats and geo codes follow the GDELT 2.0 Event codebook, so tools
written for GDELT's ``*.export.CSV`` files read the output unchanged. How our fields map:

* ``GLOBALEVENTID`` — :func:`events.export._common.numeric_id` of ``event_id``: the first 52
  bits of its SHA-256, a stable positive integer (same event, same id, on every export).
* ``SQLDATE`` YYYYMMDD, ``MonthYear`` YYYYMM, ``Year`` YYYY from ``event_date``;
  ``FractionDate`` is GDELT's own formula, ``year + ((month - 1) * 30 + day) / 365`` rounded
  to four decimals (it reproduces the values of real GDELT rows, e.g. 2014-02-18 → 2014.1315).
* Actor fields from ``actor{1,2}_*``; PETRARCH's unknown-country placeholder is dropped from
  the code ("---GOV" → "GOV", as GDELT writes it); we code no ethnic or religious blocks and at
  most two type codes, so ``…EthnicCode``, ``…Religion1Code``, ``…Religion2Code``,
  ``…Type3Code`` are empty. ``…Name`` is the actor's dictionary name in capitals, as GDELT
  writes it (:func:`gdelt_actor_name`): the country for a country-based code ("RUSSIA" for
  RUSMIL, "UNITED STATES"), else the known group ("EUROPEAN UNION"), else the type's class
  ("POLICE FORCES", "GOVERNMENT"), from the CAMEO actor code table; the words found in the text
  are in our ``actor{1,2}_name`` (and in the mentions).
* ``IsRootEvent`` 1/0; ``EventCode``/``EventBaseCode``/``EventRootCode`` as strings with their
  leading zeros; ``QuadClass``; ``GoldsteinScale`` with one decimal, as GDELT writes it
  ("1.0", "-10.0"); ``NumMentions``, ``NumSources``, ``NumArticles``.
* ``AvgTone`` — the mean document tone (:mod:`events.tone`: GDELT's definition, percent
  positive minus percent negative words, from the VADER lexicon) of the articles that reported
  the event, the same articles ``NumArticles`` counts, written with up to 15 significant digits
  as GDELT does ("-4.4776119402985"); empty when no reporting article has a tone (datasets
  written before tones were computed), never a made-up 0.
* Geo fields (``Actor1Geo_``, ``Actor2Geo_``, ``ActionGeo_``): country codes converted from
  ISO 3166-1 alpha-2 to FIPS 10-4 (:mod:`events.export.countries`: Georgia GE → GG, Russia
  RU → RS); ``ADM1Code`` is the FIPS country code followed by the admin1 part of our code
  ("UA07" or a bare "07" → "UP07", US states "USGA" or "GA" → "USGA"). GeoNames admin1
  codes are FIPS 10-4 codes for most countries, so these usually match GDELT; for the
  countries where GeoNames switched to ISO 3166-2 or its own codes (e.g. GB "ENG", FR, DE)
  they do not. ``ADM2Code``: for US towns the state and the county's 3-digit INCITS code
  ("GA121", Fulton County), as GDELT writes it; empty elsewhere (no GAUL codes).
  ``FullName`` in the formats of GDELT's rows ("Kharkiv, Kharkivska oblast, Ukraine" for towns
  and world ADM1 places, "Georgia, United States" for US states, "Ukraine"). ``FeatureID`` is
  GDELT's convention per type: the FIPS country code for type 1, the state code for type 2,
  otherwise our GeoNames id (GDELT uses GNS/GNIS ids).
* Geo types: 1–5 as stored. **Our type 6 (border area) is written as 1 (COUNTRY)**, GDELT's
  closest valid code: a border area is not a point-like town or a province, and analysts
  who keep only precise locations drop type 1 rows, as they should drop border areas.
  The country is ``*_country_code`` (else the first border country), ``FullName`` keeps our
  "Russia–Georgia border", and lat/long are the point on the shared border. A row with no
  type but a country is written as type 1; a row with neither is GDELT's type 0 (all geo
  fields empty).
* ``DATEADDED`` YYYYMMDDHHMMSS (UTC): ``date_added`` rounded up to GDELT's 15-minute update
  (an event written at 10:37:12 is in the 10:45:00 update).
* ``SOURCEURL`` from ``source_url``.

:func:`read_gdelt` is the reader used for both GDELT's own files and ours.
"""

from __future__ import annotations

import csv
import logging
import re
from pathlib import Path
from typing import IO, Any

import pandas as pd

from events.cameo import actor_label
from events.export._common import (
    Output,
    Row,
    as_list,
    decimal,
    full_precision,
    integer,
    missing,
    numeric_id,
    open_output,
    reports,
    text,
)
from events.export.countries import country, iso2_to_fips
from events.export.places import gdelt_fullname, us_county

log = logging.getLogger(__name__)

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
"""The 61 columns of a GDELT 2.0 event record, in file order (GDELT 2.0 Event codebook)."""

BORDER_GEO_TYPE = 6
"""Our geo type for border areas (not in GDELT)."""
GDELT_TYPE_FOR_BORDER = 1
"""What a border area is written as in GDELT (COUNTRY); see the module docstring."""

UNKNOWN_COUNTRY = re.compile(r"^(?:---)+")
"""PETRARCH's placeholder for an actor of unknown country ("---GOV"); GDELT writes "GOV"."""

_GEO_PREFIXES = (("actor1_geo", "Actor1Geo"), ("actor2_geo", "Actor2Geo"),
                 ("action_geo", "ActionGeo"))
_COORD_PLACES = 6
UPDATE_INTERVAL = "15min"
"""GDELT 2.0 publishes an update every 15 minutes; DATEADDED is the update's time."""


def fraction_date(stamp: pd.Timestamp) -> str:
    """GDELT's FractionDate: ``year + ((month - 1) * 30 + day) / 365``, four decimals."""
    value = stamp.year + ((stamp.month - 1) * 30 + stamp.day) / 365
    return f"{value:.4f}"


def _dates(value: Any) -> list[str]:
    if missing(value):
        return ["", "", "", ""]
    stamp = pd.Timestamp(value)
    return [stamp.strftime("%Y%m%d"), stamp.strftime("%Y%m"), str(stamp.year), fraction_date(stamp)]


def date_added(value: Any) -> str:
    """DATEADDED: the 15-minute update (UTC, rounded up) the event was added in, as
    YYYYMMDDHHMMSS; '' when unknown."""
    if missing(value):
        return ""
    stamp = pd.Timestamp(value)
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    return stamp.ceil(UPDATE_INTERVAL).strftime("%Y%m%d%H%M%S")


def gdelt_actor_name(row: Row, n: int) -> str:
    """GDELT's Actor{n}Name: the actor's dictionary name in capitals — the country of a
    country-based code (RUSMIL → "RUSSIA"), else its known group (IGOEEC → "EUROPEAN UNION"),
    else its type's class (COP → "POLICE FORCES"); the text as found, in capitals, when the code
    has none of these; '' without an actor."""
    p = f"actor{n}"
    if not text(row.get(f"{p}_code")):
        return ""
    label = (actor_label("country", text(row.get(f"{p}_country_code")))
             or actor_label("known_group", text(row.get(f"{p}_known_group_code")))
             or actor_label("type", text(row.get(f"{p}_type1_code"))))
    label = re.sub(r"\s*\([^)]*\)", "", label)  # "North Atlantic Treaty Organization (NATO)"
    return (label or text(row.get(f"{p}_name"))).upper()


def _actor(row: Row, n: int) -> list[str]:
    p = f"actor{n}"
    code = UNKNOWN_COUNTRY.sub("", text(row.get(f"{p}_code")))
    return [code, gdelt_actor_name(row, n),
            text(row.get(f"{p}_country_code")), text(row.get(f"{p}_known_group_code")),
            "", "", "", text(row.get(f"{p}_type1_code")), text(row.get(f"{p}_type2_code")), ""]


def gdelt_geo(row: Row, prefix: str) -> list[str]:
    """The eight GDELT geo cells (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long,
    FeatureID) for our ``{prefix}_*`` fields."""
    geo_type = None if missing(row.get(f"{prefix}_type")) else int(row[f"{prefix}_type"])
    iso2 = text(row.get(f"{prefix}_country_code")).upper()
    borders = as_list(row.get(f"{prefix}_border_countries"))
    if geo_type == BORDER_GEO_TYPE:
        iso2 = iso2 or (borders[0].upper() if borders else "")
    fips = iso2_to_fips(iso2)
    if geo_type is None and fips:
        geo_type = 1
    if geo_type is None or geo_type == 0:
        return ["0"] + [""] * 7
    if geo_type == BORDER_GEO_TYPE:
        geo_type = GDELT_TYPE_FOR_BORDER
    adm1 = text(row.get(f"{prefix}_adm1_code")).upper()
    if geo_type == 1 or not adm1:
        adm1_out = fips
    elif iso2 and adm1.startswith(iso2) and len(adm1) > len(iso2):
        adm1_out = fips + adm1[len(iso2):]  # "UA07" → "UP07"
    else:
        adm1_out = fips + adm1  # a bare admin1 code: "07" → "UP07", "GA" → "USGA"
    if geo_type == 1:
        feature = fips
    elif geo_type == 2:
        feature = adm1_out[len(fips):] if fips and adm1_out.startswith(fips) else adm1_out
    else:
        feature = text(row.get(f"{prefix}_feature_id"))
    fullname = gdelt_fullname(row, prefix)
    if not fullname and geo_type == 1:
        found = country(iso2)
        fullname = found.name if found else ""
    county = us_county(row, prefix)
    adm2 = adm1_out[len(fips):] + county.code if county and adm1_out.startswith(fips) else ""
    return [str(geo_type), fullname, fips, adm1_out, adm2,
            decimal(row.get(f"{prefix}_lat"), _COORD_PLACES),
            decimal(row.get(f"{prefix}_long"), _COORD_PLACES), feature]


def goldstein(value: Any) -> str:
    """GoldsteinScale with one decimal, as GDELT writes it ("1.0", "-10.0", "2.8")."""
    if missing(value):
        return ""
    return f"{round(float(value), 1):.1f}".replace("-0.0", "0.0")


def average_tones(found: pd.DataFrame) -> dict[str, float]:
    """event_id → mean tone of the distinct articles that reported it (articles without a tone
    left out; events with none are absent)."""
    rated = found.dropna(subset=["tone"]).drop_duplicates(["event_id", "article_id"])
    if rated.empty:
        return {}
    means = rated.groupby("event_id", observed=True)["tone"].mean()
    return {str(k): float(v) for k, v in means.items()}


def gdelt_record(row: Row, tone: float | None = None) -> list[str]:
    """One events-table row (a dict of our fields) as the 61 GDELT cells; ``tone`` is the
    AvgTone (None: unknown, written empty)."""
    is_root = row.get("is_root_event")
    cells = [str(numeric_id(str(row["event_id"]))), *_dates(row.get("event_date")),
             *_actor(row, 1), *_actor(row, 2),
             "0" if missing(is_root) else str(int(bool(is_root))),
             text(row.get("event_code")), text(row.get("event_base_code")),
             text(row.get("event_root_code")), integer(row.get("quad_class")),
             goldstein(row.get("goldstein_scale")),
             integer(row.get("num_mentions")), integer(row.get("num_sources")),
             integer(row.get("num_articles")), full_precision(tone)]
    for ours, _ in _GEO_PREFIXES:
        cells += gdelt_geo(row, ours)
    cells += [date_added(row.get("date_added")), text(row.get("source_url"))]
    if len(cells) != len(GDELT_COLUMNS):  # a programming error, not bad data
        raise AssertionError(f"GDELT record has {len(cells)} cells, expected {len(GDELT_COLUMNS)}")
    return cells


def export_gdelt(data_dir: str | Path, out: Output = None, **filters: Any) -> int:
    """Write the events of the dataset at ``data_dir`` as GDELT 2.0 event TSV to ``out`` (an
    open text stream, a path, or ``None`` for stdout). ``filters`` go to
    :func:`events.dataset.load` (``start``, ``end``, ``countries``, ``roots``). Returns the
    number of records written; raises StoreError when the dataset cannot be read."""
    from events.dataset import load

    frame = load(data_dir, table="events", **filters)
    dates = {k: v for k, v in filters.items() if k in ("start", "end")}
    tones = average_tones(reports(data_dir, frame["event_id"], **dates))
    count = 0
    with open_output(out) as fh:
        for row in frame.to_dict("records"):
            fh.write("\t".join(gdelt_record(row, tones.get(str(row["event_id"])))) + "\n")
            count += 1
    log.info("wrote %d GDELT event records", count)
    return count


def read_gdelt(source: str | Path | IO[str]) -> pd.DataFrame:
    """Read GDELT 2.0 event records (GDELT's ``*.export.CSV`` or our export) as strings.

    Tab-separated, no header, no quoting; every cell a string ('' when empty), columns named
    by :data:`GDELT_COLUMNS`. A line with more than 61 fields raises ``pandas.errors.ParserError``.
    """
    return pd.read_csv(source, sep="\t", header=None, names=list(GDELT_COLUMNS), dtype=str,
                       keep_default_na=False, na_filter=False, quoting=csv.QUOTE_NONE,
                       encoding_errors="replace", on_bad_lines="error")
