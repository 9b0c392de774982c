"""Every Python block of the README runs as written after `make run`: in a folder whose
data/out is the bundled samples run through the chain, one block after the other in one
interpreter, as a user pasting them would."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"


def python_blocks() -> list[str]:
    """The README's ```python blocks, in order."""
    return re.findall(r"^```python\n(.*?)^```", README.read_text(encoding="utf-8"),
                      flags=re.MULTILINE | re.DOTALL)


def test_the_readme_has_python_blocks() -> None:
    blocks = python_blocks()
    assert len(blocks) >= 3
    assert any("events.schema_version" in b for b in blocks)


def test_schema_version_is_an_attribute() -> None:
    import events
    from schemas.tables import SCHEMA_VERSION

    assert events.schema_version == SCHEMA_VERSION


@pytest.mark.slow
def test_every_python_block_runs(samples_dataset: Path, tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "out").symlink_to(samples_dataset, target_is_directory=True)
    script = "\n\n".join(f"# --- README block {i}\n{block}"
                         for i, block in enumerate(python_blocks(), start=1))
    (tmp_path / "readme_blocks.py").write_text(script, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "EVENTS_OUT"}
    done = subprocess.run([sys.executable, "readme_blocks.py"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert (tmp_path / "report.html").stat().st_size > 50_000
    assert (tmp_path / "events.gdelt.tsv").read_text().count("\n") > 20
