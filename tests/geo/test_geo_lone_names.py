"""Lone names of a small capital's namesakes (issue 14), from sentences written for these
tests: "Victoria" alone is no capital of the Seychelles."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.geo import Geoparser
from tests.geo.conftest import one, parse

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Firefighters in Victoria battled a blaze that destroyed a warehouse on Tuesday.",
    "Victoria's health department reported 14 new measles cases on Monday.",
])
def test_victoria_alone_is_no_island_capital(geoparser: Geoparser, nlp: Language,
                                             text: str) -> None:
    place = one(parse(geoparser, nlp, text), "Victoria")
    assert (place.country_code, place.feature_type) == ("AU", "adm1")
