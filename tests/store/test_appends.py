"""Writes cost what they add: new rows go to new files; a changed row rewrites only the file
that holds it; any sequence of writes gives the rows of one write."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from events.dataset import load
from events.store import write
from tests.store.rows import assert_consistent, batch, comparable

TABLES = ("events", "mentions", "articles")


def removed_by_last_commit(out: Path) -> list[str]:
    return json.loads((out / "_current" / "_manifest.json").read_text())["removed"]


def all_at_once(seeds: range) -> dict[str, list[dict[str, object]]]:
    rows: dict[str, list[dict[str, object]]] = {"articles": [], "events": [], "mentions": []}
    for seed in seeds:
        for table, part in batch(seed).items():
            rows[table] += part
    return rows


def test_new_articles_and_events_rewrite_no_stored_file(tmp_path: Path) -> None:
    for seed in range(4):
        write(tmp_path, **batch(seed))
    summary = write(tmp_path, **batch(99, prefix="new", events_prefix="fresh-"))
    assert removed_by_last_commit(tmp_path) == []
    assert summary.rows == {"articles": 10, "mentions": len(batch(99)["mentions"]),
                            "events": summary.rows["events"]}


def test_a_known_event_mentioned_again_rewrites_only_the_file_holding_it(
        tmp_path: Path) -> None:
    first = batch(0, n_articles=40)
    write(tmp_path, **first)
    write(tmp_path, **batch(1, prefix="other", events_prefix="other-"))
    known = first["mentions"][0]
    again = {"articles": [{**first["articles"][0], "article_id": "late",
                           "text_sha256": "late"}],
             "events": [e for e in first["events"] if e["event_id"] == known["event_id"]][:1],
             "mentions": [{**known, "article_id": "late"}]}
    before = load(tmp_path).set_index("event_id").num_articles[known["event_id"]]
    write(tmp_path, **again)
    removed = removed_by_last_commit(tmp_path)
    assert len(removed) == 1 and removed[0].startswith("_files/events/")
    assert load(tmp_path).set_index("event_id").num_articles[known["event_id"]] == before + 1


def test_batches_written_one_by_one_give_the_rows_of_one_write(tmp_path: Path) -> None:
    for seed in range(6):
        write(tmp_path / "steps", **batch(seed))
    write(tmp_path / "once", **all_at_once(range(6)))
    for table in TABLES:
        pd.testing.assert_frame_equal(comparable(load(tmp_path / "steps", table=table)),
                                      comparable(load(tmp_path / "once", table=table)))
    state = {t: load(tmp_path / "steps", table=t) for t in TABLES}
    assert_consistent(state["events"], state["mentions"], state["articles"])


def test_recoding_an_article_updates_the_counts_of_its_old_events(tmp_path: Path) -> None:
    rows = batch(0, n_articles=20, shared_events=3)
    write(tmp_path, **rows)
    target = rows["mentions"][0]
    aid, eid = target["article_id"], target["event_id"]
    before = load(tmp_path).set_index("event_id").num_mentions[eid]
    own = sum(1 for m in rows["mentions"] if m["article_id"] == aid and m["event_id"] == eid)
    changed = {**next(a for a in rows["articles"] if a["article_id"] == aid),
               "text_sha256": "edited"}
    write(tmp_path, articles=[changed])  # re-coded: no mentions any more
    events = load(tmp_path).set_index("event_id")
    if before > own:
        assert events.num_mentions[eid] == before - own
    else:
        assert eid not in events.index
    assert aid not in set(load(tmp_path, table="mentions").article_id)
    articles = load(tmp_path, table="articles").set_index("article_id")
    assert articles.text_sha256[aid] == "edited" and len(articles) == 20


def test_a_stored_row_more_specific_than_the_batch_stays(tmp_path: Path) -> None:
    from tests.store.rows import DAY, article, event, mention

    write(tmp_path, articles=[article("a1", "A")], events=[event("e1", DAY, code="0231")],
          mentions=[mention("e1", "a1", 0, DAY, "A")])
    vague = {**event("e1", DAY, code="023"), "actor2_code": None}
    write(tmp_path, articles=[article("a2", "B")], events=[vague],
          mentions=[mention("e1", "a2", 0, DAY, "B")])
    row = load(tmp_path).iloc[0]
    assert (row.event_code, row.actor2_code, row.num_articles) == ("0231", "UKR", 2)


def test_specificity_is_scored_on_the_fields_row_specificity_reads() -> None:
    from events.models import row_specificity
    from events.store.merge import SPECIFICITY_FIELDS
    from tests.store.rows import DAY, event

    for row in (event("e", DAY), {**event("e", DAY, code="0231"), "actor2_code": None},
                {"event_id": "e"}):
        narrow = {k: row.get(k) for k in SPECIFICITY_FIELDS}
        assert row_specificity(row) == row_specificity(narrow)
