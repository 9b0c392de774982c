"""Rows read back from the chain: spans, modality and the events-table flag."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from events.errors import EvalError
from events.evaluation.coded import mentions_of, row_of, write_details

EVENT = {"event_code": "173", "event_root_code": "17", "actor1_code": "USACOP",
         "actor1_name": "Sheriff's deputies", "actor2_code": "USACVL", "actor2_name": "a Macon man",
         "plover_event_type": "COERCE"}
MENTION = {"actor1_char_offset": 21, "actor2_char_offset": 49, "action_char_offset": 40,
           "char_start": 21, "char_end": 71, "confidence": 0.8, "rule": "verb ARREST"}


def test_actor_spans_run_over_their_names() -> None:
    r = row_of(EVENT, MENTION)
    assert r.source_span == (21, 39) and r.target_span == (49, 60)
    assert (r.action, r.sentence, r.root, r.confidence) == (40, (21, 71), "17", 0.8)
    assert r.modality is None and r.in_table


def test_missing_offsets_give_no_span_and_the_sentence_start_as_action() -> None:
    r = row_of({**EVENT, "actor2_code": None, "actor2_name": None},
               {**MENTION, "actor2_char_offset": None, "action_char_offset": None, "modality": "reported"})
    assert r.target_span is None and r.action == 21 and r.modality == "reported"


def test_mentions_outside_the_events_table_are_read_from_coded() -> None:
    kept, dropped = (dict(EVENT), dict(MENTION)), ({**EVENT, "event_code": "036"}, dict(MENTION))
    processed = SimpleNamespace(events=[kept[0]], mentions=[kept[1], dropped[1]], coded=[kept, dropped])
    assert mentions_of(processed) == [kept, dropped]
    plain = SimpleNamespace(events=[kept[0]], mentions=[kept[1]])
    assert mentions_of(plain) == [kept]


def test_details_are_json_lines_and_an_unwritable_path_is_an_eval_error(tmp_path: Path) -> None:
    out = tmp_path / "d.jsonl"
    write_details(out, iter([{"id": 1, "text": "é"}, {"id": 2}]))
    assert [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] == \
        [{"id": 1, "text": "é"}, {"id": 2}]
    with pytest.raises(EvalError, match="cannot write"):
        write_details(tmp_path, iter([{"id": 1}]))
