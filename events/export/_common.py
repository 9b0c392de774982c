"""Helpers shared by the exports: opening the output, stable integer ids, cell formatting."""

from __future__ import annotations

import contextlib
import hashlib
import math
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from events.errors import StoreError

Row = Mapping[Any, Any]
"""One events-table row as a mapping of field name → value (``DataFrame.to_dict('records')``)."""

Output = TextIO | Path | str | None
"""Where an export goes: an open text stream, a file path, or ``None`` for stdout."""


@contextlib.contextmanager
def open_output(out: Output) -> Iterator[TextIO]:
    """Yield a text stream for ``out``; a path is opened (UTF-8, ``\\n`` line ends) and closed."""
    if out is None:
        yield sys.stdout
        return
    if isinstance(out, str | Path):
        path = Path(out)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fh = path.open("w", encoding="utf-8", newline="")
        except OSError as err:
            raise StoreError(f"cannot write {path}: {err.strerror or err}") from err
        with fh:
            yield fh
        return
    yield out


def numeric_id(event_id: str) -> int:
    """A stable positive integer for an ``event_id``: the first 52 bits of its SHA-256.

    ``int.from_bytes(sha256(event_id.encode('utf-8')).digest()[:8], 'big') >> 12``. 52 bits
    fit exactly in a float64 and a JavaScript number, so the id survives spreadsheet and JSON
    round trips; the chance that two of a million events share one is about 1 in 10,000.
    The same ``event_id`` always gives the same number, so re-exports are stable.
    """
    digest = hashlib.sha256(event_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") >> 12


def missing(value: Any) -> bool:
    """True for None, NaN, NaT and pandas NA."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and arrays are not "missing"
        return False


def text(value: Any) -> str:
    """A cell as one line of text: '' for missing, tabs and line breaks become spaces."""
    if missing(value):
        return ""
    return " ".join(str(value).replace("\t", " ").splitlines()).strip()


def integer(value: Any) -> str:
    """An integer cell ('' for missing); booleans as 1/0."""
    if missing(value):
        return ""
    return str(int(value))


def decimal(value: Any, places: int) -> str:
    """A float rounded to ``places`` decimals, without trailing zeros ('-41', '2.8');
    '' for missing or non-finite values."""
    if missing(value):
        return ""
    number = float(value)
    if not math.isfinite(number):
        return ""
    out = f"{round(number, places):.{places}f}".rstrip("0").rstrip(".")
    return "0" if out in ("-0", "") else out


def as_list(value: Any) -> list[str]:
    """A list cell (Arrow list, numpy array, list, None) as a list of strings."""
    if value is None or isinstance(value, str | float) and missing(value):
        return []
    try:
        return [str(v) for v in value if not missing(v)]
    except TypeError:
        return []
