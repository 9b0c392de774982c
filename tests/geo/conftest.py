"""Geo fixtures: one gazetteer index built per test session in a temporary cache dir."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from events.geo import Gazetteer, Geoparser
from events.models import Place


@pytest.fixture(scope="session")
def geo_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh cache directory for the whole session."""
    return tmp_path_factory.mktemp("geo-cache")


@pytest.fixture(scope="session")
def gazetteer(geo_cache: Path) -> Gazetteer:
    """The gazetteer, built once from the packaged data into ``geo_cache``."""
    return Gazetteer.load(geo_cache)


@pytest.fixture(scope="session")
def geoparser(gazetteer: Gazetteer) -> Geoparser:
    """A geoparser over the session gazetteer."""
    return Geoparser(gazetteer)


def parse(geoparser: Geoparser, nlp: Language, text: str) -> list[Place]:
    """The places the geoparser finds in ``text``."""
    return geoparser.parse(nlp(text))


def one(places: list[Place], mention: str) -> Place:
    """The one place whose mention is ``mention`` (fails with the mentions found otherwise)."""
    found = [p for p in places if p.mention == mention]
    assert len(found) == 1, [(p.mention, p.name) for p in places]
    return found[0]
