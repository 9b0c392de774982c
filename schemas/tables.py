"""The dataset contract: the three Parquet tables, declared once.

Every field has a type and a description. The writer (``events.store``), validation,
the exports and the docs derive from these declarations. Names follow
``../shared/DESIGN.md``; add fields freely, rename none without bumping
:data:`SCHEMA_VERSION` and writing a migration note.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyarrow as pa

SCHEMA_VERSION = "1.1"
"""Written into each Parquet file's metadata under ``events.schema_version``."""

MIGRATIONS: dict[str, str] = {
    "1.1": "mentions gain `mention_id` (their key, was event_id + article_id + sentence_index), "
    "`modality`, `actor1_code` and `actor2_code`; a mention's `event_id` is null when it does "
    "not enter the events table (denied, intended or hypothetical events, or no source actor, "
    "by default). Re-run `events run --reprocess` over the inputs to rewrite a 1.0 dataset.",
}
"""What changed in each schema version and how to move a dataset written with the one before."""

METADATA_KEY = b"events.schema_version"
TABLE_KEY = b"events.table"


# Arrow types, written as pyarrow prints them (importing this module does not import pyarrow)
STRING, STRINGS, BOOL, DATE = "string", "list<item: string>", "bool", "date32[day]"
INT8, INT32, INT64, FLOAT32, FLOAT64 = "int8", "int32", "int64", "float", "double"
TIMESTAMP = "timestamp[us, tz=UTC]"


@dataclass(frozen=True)
class Field:
    """One column: name, Arrow type (as pyarrow prints it: :func:`arrow_type` makes it),
    description."""

    name: str
    type: str
    description: str


def arrow_type(name: str) -> pa.DataType:
    """The pyarrow type printed ``name`` (one of this module's type constants); raises
    KeyError for another."""
    return _arrow_types()[name]


@functools.cache
def _arrow_types() -> dict[str, pa.DataType]:
    """This module's type constants and their pyarrow types, made once (importing pyarrow)."""
    import pyarrow as pa

    return {STRING: pa.string(), STRINGS: pa.list_(pa.string()), BOOL: pa.bool_(),
            DATE: pa.date32(), INT8: pa.int8(), INT32: pa.int32(), INT64: pa.int64(),
            FLOAT32: pa.float32(), FLOAT64: pa.float64(), TIMESTAMP: pa.timestamp("us", tz="UTC")}


def _geo_fields(prefix: str, what: str) -> list[Field]:
    return [
        Field(f"{prefix}_type", INT8, f"GDELT geo type of the {what}: 1 country, 2 US state, "
              "3 US city, 4 world city, 5 world ADM1, 6 border area; null when unknown"),
        Field(f"{prefix}_fullname", STRING, f"Full name of the {what} ('Kharkiv, Ukraine')"),
        Field(f"{prefix}_country_code", STRING, f"ISO 3166-1 alpha-2 country of the {what}"),
        Field(f"{prefix}_adm1_code", STRING, f"ADM1 code of the {what} (ISO2 + GeoNames admin1, "
              "as 'UA07')"),
        Field(f"{prefix}_lat", FLOAT64, f"Latitude of the {what}, WGS84 degrees"),
        Field(f"{prefix}_long", FLOAT64, f"Longitude of the {what}, WGS84 degrees"),
        Field(f"{prefix}_feature_id", STRING, f"GeoNames id of the {what} (borders: the pair "
              "of ISO codes)"),
        Field(f"{prefix}_border_countries", STRINGS, "For border areas: ISO alpha-2 "
              "codes of both sides; empty otherwise"),
    ]


def _actor_fields(n: int) -> list[Field]:
    p = f"actor{n}"
    role = "source (who acts)" if n == 1 else "target (who is acted upon)"
    return [
        Field(f"{p}_code", STRING, f"Full CAMEO code of the {role}, e.g. RUSMIL, IGOUNO"),
        Field(f"{p}_name", STRING, f"Text naming the {role} as found in the sentence"),
        Field(f"{p}_country_code", STRING, "CAMEO country (ISO 3166-1 alpha-3 or CAMEO region)"),
        Field(f"{p}_known_group_code", STRING, "CAMEO known group (UNO, NAT, …) if any"),
        Field(f"{p}_type1_code", STRING, "First CAMEO type/role code (GOV, MIL, REB, …)"),
        Field(f"{p}_type2_code", STRING, "Second CAMEO type/role code"),
    ]


EVENTS: list[Field] = [
    Field("event_id", STRING, "Deterministic id: hash of date, actors, event code, place"),
    Field("event_date", DATE, "Date the event took place (resolved from the text)"),
    Field("date_precision", STRING, "Precision of event_date: day|week|month|year|decade"),
    Field("date_is_fallback", BOOL, "True when the sentence has no date cue and the "
          "story's dateline date (else its publication date) stands in"),
    *_actor_fields(1),
    *_actor_fields(2),
    Field("is_root_event", BOOL, "True when a mention is in the lead (first three sentences)"),
    Field("event_code", STRING, "CAMEO event code, leading zeros kept ('0231')"),
    Field("event_base_code", STRING, "CAMEO three-digit base code"),
    Field("event_root_code", STRING, "CAMEO two-digit root code"),
    Field("quad_class", INT8, "1 verbal cooperation, 2 material cooperation, 3 verbal "
          "conflict, 4 material conflict (GDELT)"),
    Field("goldstein_scale", FLOAT32, "Goldstein score of the event code, -10..+10"),
    Field("plover_event_type", STRING, "PLOVER 2021 event type (CAMEO→PLOVER mapping)"),
    Field("plover_mode", STRING, "PLOVER mode, when the mapping gives one"),
    Field("fatalities", INT32, "Reported deaths (max over mentions, never summed); null "
          "when none reported"),
    Field("num_mentions", INT32, "Sentences that reported the event"),
    Field("num_sources", INT32, "Distinct outlets (source_name) that reported it"),
    Field("num_articles", INT32, "Distinct articles that reported it"),
    Field("num_stories", INT32, "Distinct stories that reported it: near-duplicate copies of "
          "one wire story in several outlets count once"),
    *_geo_fields("action_geo", "action location"),
    *_geo_fields("actor1_geo", "location of actor 1"),
    *_geo_fields("actor2_geo", "location of actor 2"),
    Field("source_url", STRING, "URL of the first article that reported the event"),
    Field("first_seen", TIMESTAMP, "Earliest publication time of a mention"),
    Field("last_seen", TIMESTAMP, "Latest publication time of a mention"),
    Field("date_added", TIMESTAMP, "When the event was first written"),
    Field("coder_version", STRING, "Version of the library and dictionaries that coded it"),
]

MENTIONS: list[Field] = [
    Field("mention_id", STRING, "Deterministic id of the mention: hash of article, sentence, "
          "code, actors, modality and place"),
    Field("event_id", STRING, "The event this sentence reports (events.event_id); null when "
          "the mention does not enter the events table (by default: not asserted or reported, "
          "or no source actor)"),
    Field("article_id", STRING, "The article (articles.article_id)"),
    Field("sentence_index", INT32, "0-based index of the sentence in the article"),
    Field("sentence", STRING, "The sentence text"),
    Field("char_start", INT32, "Offset of the sentence in the article text (characters)"),
    Field("char_end", INT32, "End offset of the sentence (characters, exclusive)"),
    Field("actor1_char_offset", INT32, "Offset of actor 1's text in the article; null if none"),
    Field("actor2_char_offset", INT32, "Offset of actor 2's text in the article; null if none"),
    Field("action_char_offset", INT32, "Offset of the verb that fired, in the article"),
    Field("confidence", FLOAT32, "Coder confidence, 0..1: the share of events coded with "
          "such evidence that were right on the development sets (docs/coding.md)"),
    Field("modality", STRING, "How the sentence states the event: asserted | reported | "
          "denied | intended | hypothetical"),
    Field("rule", STRING, "Stage, dictionary entries and verb pattern that produced the event"),
    Field("event_code", STRING, "CAMEO event code of this mention"),
    Field("actor1_code", STRING, "CAMEO code of the source actor of this mention; null if none"),
    Field("actor2_code", STRING, "CAMEO code of the target actor of this mention; null if none"),
    Field("event_date", DATE, "Event date resolved from this mention"),
    Field("fatalities", INT32, "Deaths reported in this sentence; null if none"),
    Field("source_name", STRING, "Outlet of the article"),
    Field("story_id", STRING, "Story (group of near-duplicate articles) of the article"),
    Field("mention_time", TIMESTAMP, "Publication time of the article"),
    Field("location_reason", STRING, "Why the action location was chosen"),
]

ARTICLES: list[Field] = [
    Field("article_id", STRING, "Stable id: the input id, or a hash of the canonical URL"),
    Field("url", STRING, "URL as given"),
    Field("canonical_url", STRING, "Canonical URL (tracking parameters and fragment dropped)"),
    Field("title", STRING, "Title"),
    Field("source_name", STRING, "Outlet or source name"),
    Field("source_scale", STRING, "ACLED source scale the source declares in sources.toml "
          "(Local, Subnational, National, Regional, International, New media, Other, or two "
          "joined by '-'); null when not declared"),
    Field("published", TIMESTAMP, "Publication time"),
    Field("fetched_at", TIMESTAMP, "When the pipeline read it"),
    Field("language", STRING, "ISO 639-1 language code"),
    Field("text_sha256", STRING, "SHA-256 of the normalised text"),
    Field("status", STRING, "ok | quarantined | duplicate"),
    Field("error", STRING, "Why an article was quarantined (empty when ok)"),
    Field("duplicate_of", STRING, "article_id this one duplicates, when status=duplicate"),
    Field("num_events", INT32, "Event mentions coded from the article"),
    Field("tone", FLOAT64, "Document tone as GDELT defines it: percent positive minus "
          "percent negative words (VADER lexicon), -100..+100, 0 neutral; null when not "
          "processed"),
    Field("simhash", INT64, "64-bit SimHash of the text's word 3-grams (near-duplicates)"),
    Field("story_id", STRING, "article_id of the first article of its near-duplicate group"),
    Field("stage_errors", STRINGS, "What went wrong without stopping an ok "
          "article, one 'stage: ErrorType: message' each (ingest: a text cut at the size limit "
          "or a page date left out; dates, places, fatalities, coder: a failed step whose "
          "fallback was used); empty when none"),
]

TABLES: dict[str, list[Field]] = {"events": EVENTS, "mentions": MENTIONS, "articles": ARTICLES}
"""Table name → fields. Partition columns ``year``/``month`` are added by the store."""

KEYS: dict[str, list[str]] = {
    "events": ["event_id"],
    "mentions": ["mention_id"],
    "articles": ["article_id"],
}
"""The columns that identify a row; re-running the same input replaces rows with these keys."""

PARTITION_DATE: dict[str, str] = {
    "events": "event_date",
    "mentions": "event_date",
    "articles": "published",
}
"""The column whose year/month partitions each table."""


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of ``table`` with field descriptions and the schema version.

    Raises KeyError for an unknown table name.
    """
    import pyarrow as pa

    fields = [
        pa.field(f.name, arrow_type(f.type), nullable=True,
                 metadata={b"description": f.description.encode()})
        for f in TABLES[table]
    ]
    meta = {METADATA_KEY: SCHEMA_VERSION.encode(), TABLE_KEY: table.encode()}
    return pa.schema(fields, metadata=meta)


def markdown(table: str) -> str:
    """A Markdown table documenting ``table`` (used for the docs)."""
    lines = [f"### {table}", "", "| field | type | description |", "|---|---|---|"]
    cell = str.maketrans({"|": "\\|"})
    lines += [f"| `{f.name}` | {f.type} | {f.description.translate(cell)} |" for f in TABLES[table]]
    return "\n".join(lines)
