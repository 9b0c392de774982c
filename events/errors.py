"""The one exception hierarchy of the library.

Foreign errors (OSError, json, httpx, pyarrow, spaCy …) are translated once, at the
boundary where they enter the library, with ``raise … from err``.
"""

from __future__ import annotations


class EventsError(Exception):
    """Base class of every error the library raises on purpose."""


class ConfigError(EventsError):
    """Configuration is missing or invalid (bad path, unknown option, missing model)."""


class InputError(EventsError):
    """Bad input: a record that cannot be read as an article. Quarantine it; never retry."""


class TransientError(EventsError):
    """A failure that may pass if retried (network, HTTP 429/5xx, timeouts)."""


class DictionaryError(EventsError):
    """A coding dictionary cannot be read; the message names file and line."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        where = f"{path}:{line}: " if path and line else (f"{path}: " if path else "")
        super().__init__(f"{where}{message}")
        self.path = path
        self.line = line


class GazetteerError(EventsError):
    """The gazetteer index cannot be built or loaded."""


class StoreError(EventsError):
    """The Parquet dataset cannot be written or read (includes schema-version mismatches)."""


class SchemaVersionError(StoreError):
    """A dataset was written with a schema version this library cannot read."""


class EvalError(EventsError):
    """A gold set needed by ``events eval`` is missing or unreadable."""


class StageError(EventsError):
    """A stage of the chain failed on an article while stage errors are set to raise
    (``EVENTS_STAGE_ERRORS=raise``); the original error is its ``__cause__``."""

    def __init__(self, message: str, *, stage: str):
        super().__init__(message)
        self.stage = stage
