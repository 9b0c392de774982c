"""A country's or capital's name that the geoparser reads, with confidence, as a town of
another country gives the sentence's role-only actors no country in a short story too (issue
14): "a gas station in Lebanon, Ohio" makes the deputies American, not Lebanese. Sentences
written for these tests; none comes from a dev or gold set. Each runs the whole chain (spaCy,
coder, geoparser)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.coding.conftest import chain_triples

pytestmark = pytest.mark.slow

@pytest.mark.parametrize(("text", "expected"), [
    ("Deputies arrested two men after a robbery at a gas station in Lebanon, Ohio, on Friday.",
     ("USACOP", "173", "USACVL")),
    ("Police arrested a teenager after a fight outside a school in Jordan, Minnesota, on Tuesday.",
     ("USACOP", "173", "USACVL")),
    ("Police charged a woman with theft after a break-in at a pharmacy in Moscow, Idaho, on "
     "Monday.", ("USACOP", "173", "USACRM")),
])
def test_a_country_named_as_a_town_abroad_gives_no_country(
    whole_chain: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in chain_triples(whole_chain, text)


def test_a_country_the_sentence_names_as_itself_stays(whole_chain: Any) -> None:
    pairs = chain_triples(
        whole_chain, "Police in Lebanon arrested two men after a robbery in Beirut on Friday.")
    assert ("LBNCOP", "173", "LBNCVL") in pairs
