"""The analyst notebook runs top to bottom (so it never goes stale): on the user's dataset
when there is one (EVENTS_OUT / data/out), on the bundled samples otherwise."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"

pytestmark = pytest.mark.slow


def _execute(monkeypatch: pytest.MonkeyPatch, out: Path, figures: Path) -> tuple[str, Any]:
    monkeypatch.setenv("EVENTS_OUT", str(out))
    monkeypatch.setenv("EVENTS_NOTEBOOK_FIGURES", str(figures))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=900, kernel_name="python3",
                                     resources={"metadata": {"path": str(ROOT / "notebooks")}})
    client.execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) == 2  # the timeline and the map
    assert (figures / "map.png").stat().st_size > 30_000
    assert (figures / "report.html").stat().st_size > 50_000
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    return text, outputs


def test_notebook_opens_the_users_dataset(samples_dataset: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    text, outputs = _execute(monkeypatch, samples_dataset, tmp_path / "figures")
    assert f"your dataset at {samples_dataset}" in text
    assert "border-area events coded from the seed article" in text
    tables = "".join(o.get("data", {}).get("text/plain", "") for o in outputs)
    assert "Int32" in tables  # fatalities as a nullable integer


def test_notebook_builds_from_the_samples_without_a_dataset(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    text, _ = _execute(monkeypatch, tmp_path / "no-dataset", tmp_path / "figures")
    assert "building one from the bundled samples" in text
    assert "the bundled samples, through the chain" in text
