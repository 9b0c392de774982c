"""The bars of the exports and the rows on the bundled samples run through the whole chain."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pandas as pd
import pytest

from events.dataset import load
from events.export.acled import export_acled
from events.export.gdelt import export_gdelt, read_gdelt

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def acled(samples_dataset: Path) -> pd.DataFrame:
    buf = io.StringIO()
    export_acled(samples_dataset, buf)
    return pd.read_csv(io.StringIO(buf.getvalue()), dtype=str, keep_default_na=False)


def test_acled_admin1_for_precise_places(acled: pd.DataFrame) -> None:
    precise = acled[acled["geo_precision"].isin(["1", "2"])]
    assert len(precise) >= 5
    assert (precise["admin1"] != "").mean() >= 0.8


def test_acled_source_scale_in_every_row(acled: pd.DataFrame) -> None:
    assert len(acled) > 10 and (acled["source_scale"] != "").all()


def test_acled_never_pairs_an_actor_with_itself(acled: pd.DataFrame) -> None:
    assert not (acled["actor1"] == acled["actor2"]).any()


def test_gdelt_tone_is_measured(samples_dataset: Path) -> None:
    buf = io.StringIO()
    export_gdelt(samples_dataset, buf)
    tones = read_gdelt(io.StringIO(buf.getvalue()))["AvgTone"]
    assert (tones != "").all() and tones.nunique() >= 3
    articles = load(samples_dataset, table="articles")
    ok = articles[articles["status"] == "ok"]
    assert ok["tone"].notna().all()


def test_no_column_holds_a_path_of_this_machine(samples_dataset: Path) -> None:
    """Two checkouts of the same code write the same rows. (The mentions' ``rule`` text is the
    coder's and is left to it.)"""
    roots = {str(Path.cwd()), str(Path(__file__).resolve().parents[2]), str(Path.home()),
             os.sep + "tmp" + os.sep, str(samples_dataset.parent)}
    found = []
    for table in ("events", "mentions", "articles"):
        frame = load(samples_dataset, table=table)
        for column in frame.columns:
            if table == "mentions" and column == "rule":
                continue
            cells = frame[column].astype(str)
            for root in roots:
                if cells.str.contains(root, regex=False).any():
                    found.append((table, column, root))
    assert found == []
