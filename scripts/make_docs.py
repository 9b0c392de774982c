"""Write docs/dataset.md from the dataset contract in schemas/ (a test keeps it current)."""

from __future__ import annotations

from pathlib import Path

from schemas.tables import MIGRATIONS, SCHEMA_VERSION, TABLES, markdown

TARGET = Path(__file__).resolve().parents[1] / "docs" / "dataset.md"


def render() -> str:
    """The whole dataset reference page as Markdown."""
    head = [
        "# Dataset reference",
        "",
        f"Schema version **{SCHEMA_VERSION}** (stored in every Parquet file's metadata under",
        "`events.schema_version`). Generated from `schemas/tables.py` by",
        "`python scripts/make_docs.py`; do not edit by hand.",
        "",
        "Tables are Hive-partitioned by `year=`/`month=` of the event date (articles: of",
        "publication) under the output folder: `events/`, `mentions/`, `articles/`.",
        "",
    ]
    changes = ["## Changes", ""] + [f"- **{version}**: {note}" for version, note in MIGRATIONS.items()]
    return "\n".join(head + [markdown(t) + "\n" for t in TABLES] + changes) + "\n"


if __name__ == "__main__":
    TARGET.write_text(render())
