"""The dataset contract declared in schemas.tables."""

from __future__ import annotations

import pytest

from schemas.tables import (
    ARTICLES,
    EVENTS,
    KEYS,
    MENTIONS,
    PARTITION_DATE,
    SCHEMA_VERSION,
    TABLES,
    arrow_schema,
    markdown,
)

DESIGN_EVENT_FIELDS = [
    "event_id", "event_date", "date_precision", "actor1_code", "actor1_name",
    "actor1_country_code", "actor1_known_group_code", "actor1_type1_code", "actor1_type2_code",
    "actor2_code", "is_root_event", "event_code", "event_base_code", "event_root_code",
    "quad_class", "goldstein_scale", "plover_event_type", "plover_mode", "fatalities",
    "num_mentions", "num_sources", "num_articles", "action_geo_type", "action_geo_fullname",
    "action_geo_country_code", "action_geo_adm1_code", "action_geo_lat", "action_geo_long",
    "action_geo_feature_id", "action_geo_border_countries", "source_url", "date_added",
    "coder_version",
]


def test_events_has_every_design_field() -> None:
    names = set(arrow_schema("events").names)
    assert [f for f in DESIGN_EVENT_FIELDS if f not in names] == []


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_field_has_a_description(table: str) -> None:
    schema = arrow_schema(table)
    assert all(f.metadata and f.metadata[b"description"] for f in schema)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_schema_version_in_metadata(table: str) -> None:
    assert arrow_schema(table).metadata[b"events.schema_version"] == SCHEMA_VERSION.encode()


@pytest.mark.parametrize("table", sorted(TABLES))
def test_keys_and_partition_column_exist(table: str) -> None:
    names = set(arrow_schema(table).names)
    assert set(KEYS[table]) <= names and PARTITION_DATE[table] in names


def test_markdown_lists_fields() -> None:
    assert "| `event_code` | string |" in markdown("events")


def test_reading_the_contract_does_not_import_pyarrow() -> None:
    import subprocess
    import sys

    code = ("import sys, schemas, schemas.tables as t; names = [f.name for f in t.EVENTS]; "
            "print('pyarrow' in sys.modules, len(names))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", str(len(EVENTS))]


def test_every_declared_type_is_an_arrow_type_printed_as_declared() -> None:
    from schemas.tables import arrow_type

    for field in [*EVENTS, *MENTIONS, *ARTICLES]:
        assert str(arrow_type(field.type)) == field.type
