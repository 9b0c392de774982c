"""PLV pair scoring: span location, the coder's event for a pair, the metrics."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from events.errors import EvalError
from events.evaluation.plv import Pair, choose, locate, overlap, plover_label, read_pairs, score, side_score
from tests.evaluation.conftest import row

TEXT = "Police in Lagos arrested two protesters after the governor banned the march."
# spans in TEXT: "Police in Lagos" 0-15, "two protesters" 25-39, "the governor" 46-58


def pair(source: str = "Police in Lagos", target: str = "two protesters",
         roots: tuple[str, ...] = ("17",), plover: str = "COERCE", text: str = TEXT) -> Pair:
    return Pair("plv-x", text, source, target, plover, frozenset(roots))


def test_locate_finds_every_occurrence_and_falls_back_to_any_case() -> None:
    assert locate("the army and the Army", "Army") == [(17, 21)]
    assert locate("the army and the navy", "The") == [(0, 3), (13, 16)]
    assert locate(TEXT, "a recipient") is None
    assert locate(TEXT, "An actor") is None
    assert locate(TEXT, "the mayor") == []


def test_overlap_is_character_jaccard() -> None:
    assert overlap((0, 10), (5, 15)) == pytest.approx(5 / 15)
    assert overlap((0, 10), (10, 20)) == 0.0
    assert overlap((3, 7), (3, 7)) == 1.0


def test_implicit_side_matches_only_an_event_without_actor() -> None:
    assert side_score(None, None) == (True, 1.0)
    assert side_score(None, (0, 5)) == (False, 0.0)
    assert side_score([(0, 15)], None) == (False, 0.0)
    assert side_score([(0, 15)], (10, 15))[0]


def test_pair_takes_the_event_whose_sides_match_before_an_allowed_root() -> None:
    wrong_actors = row("173", "NGAGOV", "NGACVL", source_span=(46, 58), target_span=(25, 39))
    right_actors = row("145", "NGACOP", "NGACVL", source_span=(0, 15), target_span=(25, 39))
    choice = choose(pair(), [wrong_actors, right_actors])
    assert choice.event is right_actors
    assert (choice.source_ok, choice.target_ok, choice.root_ok) == (True, True, False)


def test_ties_on_sides_go_to_the_allowed_root_then_the_closer_span() -> None:
    accuse = row("112", "NGACOP", "NGACVL", source_span=(0, 15), target_span=(25, 39))
    arrest = row("173", "NGACOP", "NGACVL", source_span=(10, 15), target_span=(25, 39))
    assert choose(pair(), [accuse, arrest]).event is arrest
    wide = row("173", "NGACOP", "NGACVL", source_span=(0, 15), target_span=(25, 39))
    assert choose(pair(), [arrest, wide]).event is wide


def test_no_event_is_wrong_on_every_count() -> None:
    choice = choose(pair(), [])
    assert choice.event is None
    assert not (choice.root_ok or choice.source_ok or choice.target_ok or choice.plover_ok)


def test_implicit_target_prefers_the_event_without_target() -> None:
    with_target = row("163", "NGAGOV", "NGACVL", source_span=(46, 58), target_span=(25, 39))
    without = row("163", "NGAGOV", None, source_span=(46, 58))
    choice = choose(pair(source="the governor", target="a recipient", roots=("16",)), [with_target, without])
    assert choice.event is without and choice.target_ok


def test_plover_label_reads_concede_and_retreat_as_yield() -> None:
    assert plover_label("0841") == "YIELD"
    assert plover_label("173") == "COERCE"


def test_score_counts_pairs_labels_and_events_per_sentence() -> None:
    arrest = row("173", "NGACOP", "NGACVL", source_span=(0, 15), target_span=(25, 39))
    ban = row("172", "NGAGOV", None, source_span=(46, 58))
    other = "The rebels shelled the town."
    pairs = [pair(), pair(source="the governor", target="a recipient", roots=("16",), plover="SANCTION"),
             pair(source="The rebels", target="the town", roots=("19",), plover="ASSAULT", text=other)]
    metrics, by_label, choices = score(pairs, {TEXT: [arrest, ban], other: []})
    assert metrics["pairs"] == 3 and metrics["sentences"] == 2
    assert metrics["root_accuracy"] == pytest.approx(1 / 3, abs=1e-4)  # the ban is 17, not 16
    assert metrics["source_accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert metrics["target_accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert metrics["events_per_sentence"] == 1.0
    assert metrics["no_event_share"] == pytest.approx(1 / 3, abs=1e-4)
    assert by_label["ASSAULT"].no_event == 1 and choices[1].event is ban


def test_read_pairs_reports_the_bad_line(tmp_path: Path) -> None:
    good = {"id": "a", "text": "t", "source": "s", "target": "u", "plover": "AID", "cameo_roots": ["07"]}
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps(good) + "\n{}\n")
    with pytest.raises(EvalError, match="p.jsonl:2"):
        read_pairs(path)
    with pytest.raises(EvalError, match="not found"):
        read_pairs(tmp_path / "absent.jsonl")
