"""A country's or capital's name that the geoparser reads, with confidence, as a town of
another country gives the sentence's role-only actors no country in a short story too (issue
14): "a gas station in Lebanon, Ohio" makes the deputies American, not Lebanese. Sentences
written for these tests; none comes from a dev or gold set. Each runs the whole chain (spaCy,
coder, geoparser)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from events.models import Article

pytestmark = pytest.mark.slow

PUBLISHED = dt.datetime(2026, 3, 4, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def chain() -> Any:
    from events.pipeline import build_chain

    return build_chain()


def _pairs(chain: Any, text: str) -> set[tuple[str, str, str]]:
    (processed,) = chain.process([Article(article_id="t", text=text, published=PUBLISHED)])
    return {(str(e["actor1_code"]), str(e["event_code"]), str(e["actor2_code"])) for e in processed.events}


@pytest.mark.parametrize(("text", "expected"), [
    ("Deputies arrested two men after a robbery at a gas station in Lebanon, Ohio, on Friday.",
     ("USACOP", "173", "USACVL")),
    ("Police arrested a teenager after a fight outside a school in Jordan, Minnesota, on Tuesday.",
     ("USACOP", "173", "USACVL")),
    ("Police charged a woman with theft after a break-in at a pharmacy in Moscow, Idaho, on "
     "Monday.", ("USACOP", "173", "USACRM")),
])
def test_a_country_named_as_a_town_abroad_gives_no_country(
    chain: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _pairs(chain, text)


def test_a_country_the_sentence_names_as_itself_stays(chain: Any) -> None:
    pairs = _pairs(chain, "Police in Lebanon arrested two men after a robbery in Beirut on Friday.")
    assert ("LBNCOP", "173", "LBNCVL") in pairs
