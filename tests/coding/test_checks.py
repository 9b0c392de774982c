"""No code outside CAMEO's event-code table: dictionaries and the code algebra."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from events.cameo import event_info
from events.coding import Dictionaries, load_dictionaries, nesting
from events.coding.checks import invalid_codes

TABLE = [
    line.split("\t")[0]
    for line in resources.files("schemas").joinpath("cameo_event_codes.tsv").read_text().splitlines()[1:]
]


def test_default_dictionaries_produce_only_cameo_codes(default_dicts: Dictionaries) -> None:
    assert invalid_codes(default_dicts.verbs) == []


def test_unknown_code_is_a_load_warning_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "test.verbs.txt").write_text("--- TRADE [061] ---\nTRADE\n- * DEAL [0611]\n")
    dicts = load_dictionaries(tmp_path)
    assert dicts.warnings == ["test.verbs.txt:3: '0611' is not a CAMEO event code"]


@pytest.mark.parametrize("transform", [nesting.negate, nesting.future, nesting.refusal])
def test_code_transforms_give_cameo_codes(transform) -> None:  # type: ignore[no-untyped-def]
    produced = {transform(code) for code in TABLE} - {None}
    assert produced and all(event_info(code) for code in produced)  # type: ignore[arg-type]


def test_combined_codes_are_cameo_codes() -> None:
    produced = {nesting.combine(a, b) for a in TABLE for b in TABLE} - {None}
    assert [code for code in produced if event_info(code) is None] == []  # type: ignore[arg-type]
