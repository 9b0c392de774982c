"""`events eval plv|news` are wired into the command line; --details is theirs only."""

from __future__ import annotations

import pytest

from events.cli import build_parser, main
from events.evaluation import DETAILED, EVALUATORS


def test_plv_and_news_are_evaluations_with_details() -> None:
    assert {"plv", "news"} <= set(EVALUATORS) and DETAILED == {"plv", "news"}
    args = build_parser().parse_args(["eval", "news", "--details", "out.jsonl"])
    assert (args.set, args.details) == ("news", "out.jsonl")


def test_details_on_another_set_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "gsr", "--details", "x.jsonl", "--shared", "/nonexistent"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --details is for news and plv") and err.count("\n") == 1
