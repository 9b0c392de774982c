"""Helpers shared by the exports: opening the output, stable integer ids, cell formatting, and
the reports of each event (its mentions with their article's tone and source scale)."""

from __future__ import annotations

import contextlib
import decimal as decimal_module
import hashlib
import math
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from events.errors import SchemaVersionError, StoreError

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


def full_precision(value: Any) -> str:
    """A float as GDELT writes AvgTone: 15 significant digits, no trailing zeros, no exponent
    (-4.4776119402985, 7.51708428246014); '0' for zero, '' for missing or non-finite values."""
    if missing(value):
        return ""
    number = float(value)
    if not math.isfinite(number):
        return ""
    out = f"{number:.15g}"
    if "e" in out:
        out = format(decimal_module.Decimal(out), "f")
    if "." in out:
        out = out.rstrip("0").rstrip(".")
    return "0" if out in ("-0", "", "0") else out


REPORT_COLUMNS = ("event_id", "article_id", "sentence_index", "sentence", "source_name",
                  "mention_time", "tone", "source_scale")
"""Columns of :func:`reports`."""


def reports(data_dir: str | Path, event_ids: pd.Series, **dates: Any) -> pd.DataFrame:
    """The mentions of the events ``event_ids`` (``start``/``end`` as for the events), each with
    its article's ``tone`` and ``source_scale`` (null when the article is not in the dataset),
    earliest report first. Raises StoreError when the dataset cannot be read."""
    from events.dataset import load

    mentions = load(data_dir, table="mentions", **dates)
    mentions = mentions[mentions["event_id"].isin(event_ids)]
    try:
        articles = load(data_dir, table="articles")[["article_id", "tone", "source_scale"]]
    except SchemaVersionError:
        raise
    except StoreError:  # a dataset written without its articles table
        articles = pd.DataFrame({"article_id": pd.Series(dtype="string"),
                                 "tone": pd.Series(dtype="float64"),
                                 "source_scale": pd.Series(dtype="string")})
    joined = mentions.merge(articles.drop_duplicates("article_id"), on="article_id", how="left")
    for column in REPORT_COLUMNS:
        if column not in joined.columns:
            joined[column] = None
    order = ["mention_time", "article_id", "sentence_index"]
    joined = joined.sort_values(order, kind="stable", na_position="last")
    return joined[list(REPORT_COLUMNS)].reset_index(drop=True)


def as_list(value: Any) -> list[str]:
    """A list cell (Arrow list, numpy array, list, None) as a list of strings."""
    if value is None or isinstance(value, str | float) and missing(value):
        return []
    try:
        return [str(v) for v in value if not missing(v)]
    except TypeError:
        return []
