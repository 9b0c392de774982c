"""The shipped default dictionaries are what their build scripts write: a rule added to a
data file by hand and not to ``scripts/dictionaries/build_*.py`` would be lost at the next
``build_all.py``."""

from __future__ import annotations

import importlib
import sys
from importlib import resources
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts" / "dictionaries"
BUILDS = [
    ("build_countries", "countries.actors.txt"),
    ("build_international", "international.actors.txt"),
    ("build_agents", "agents.txt"),
    ("build_discards", "discards.txt"),
    ("build_verbs", "cameo.verbs.txt"),
]


@pytest.mark.parametrize(("module", "shipped"), BUILDS)
def test_a_shipped_dictionary_is_what_its_script_builds(module: str, shipped: str) -> None:
    sys.path.insert(0, str(SCRIPTS))
    try:
        built = importlib.import_module(module).build()
    finally:
        sys.path.remove(str(SCRIPTS))
    text = built[0] if isinstance(built, tuple) else built
    assert text == resources.files("events.coding.data").joinpath(shipped).read_text(encoding="utf-8")
