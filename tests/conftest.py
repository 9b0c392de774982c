"""Shared fixtures: the spaCy pipeline (session-wide) and the ../shared folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from events.config import default_shared_dir


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The project's spaCy pipeline, loaded once for the whole test session."""
    from events.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``EVENTS_SHARED`` (default ``../shared``); skips the test when it is absent."""
    path = default_shared_dir().resolve()
    if not (path / "README.md").exists():
        pytest.skip(f"shared reference folder not found at {path}")
    return path


@pytest.fixture(scope="session")
def samples_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled samples run through the whole chain (events.runner.run, no Prefect) into a
    fresh dataset folder, once per session; what `make run` writes to data/out."""
    from events.config import Settings
    from events.ingest.sources import Source
    from events.runner import run

    out = tmp_path_factory.mktemp("samples") / "out"
    samples = Path(__file__).resolve().parents[1] / "data" / "samples"
    run([Source(kind="dir", target=str(samples))], settings=Settings(out_dir=out))
    return out
