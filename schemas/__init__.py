"""The dataset contract: Parquet table schemas and the CAMEO/PLOVER code tables.

Code tables are TSV files in this package, read with ``importlib.resources``:
``cameo_event_codes.tsv`` (code, base, root, QuadClass, Goldstein, name),
``cameo_plover.tsv`` (CAMEO code → PLOVER type/mode/context),
``cameo_actor_codes.tsv`` (CAMEO actor code blocks: country, type, known group).
"""

from schemas.tables import ARTICLES, EVENTS, KEYS, MENTIONS, SCHEMA_VERSION, TABLES, arrow_schema

__all__ = ["ARTICLES", "EVENTS", "KEYS", "MENTIONS", "SCHEMA_VERSION", "TABLES", "arrow_schema"]
