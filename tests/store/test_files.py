"""The data-file helpers: grouping rows by Hive partition."""

from __future__ import annotations

import datetime as dt

from events.store.files import by_partition, frame
from tests.store.rows import event


def test_by_partition_groups_rows_by_month_in_order_each_sorted_by_the_file_keys() -> None:
    rows = frame("events", [event("e3", dt.date(2022, 10, 2)), event("e2", dt.date(2022, 9, 20)),
                            event("e1", dt.date(2022, 9, 20)), event("e0", dt.date(2022, 9, 1))])
    groups = by_partition("events", rows)
    assert list(groups) == [(2022, 9), (2022, 10)]
    assert groups[(2022, 9)].column("event_id").to_pylist() == ["e0", "e1", "e2"]
    assert groups[(2022, 10)].column("event_id").to_pylist() == ["e3"]


def test_by_partition_puts_rows_without_a_date_in_partition_zero() -> None:
    undated = {**event("e0", dt.date(2022, 1, 1)), "event_date": None}
    rows = frame("events", [event("e1", dt.date(2022, 9, 1)), undated])
    groups = by_partition("events", rows)
    assert {k: len(v) for k, v in groups.items()} == {(0, 0): 1, (2022, 9): 1}

