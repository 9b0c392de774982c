"""A visit or aid placed in a whole country its text names goes there: the country is the
destination, and gives the role-only visitor or giver no country (issue 14: a place gives an
actor its country only when nothing in the text says otherwise).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.coding.conftest import chain_triples


@pytest.mark.parametrize(("text", "code", "country"), [
    ("The trade minister led a business delegation on a visit to Ghana this week.", "042", "GHA"),
    ("The foreign minister will meet local business leaders during a visit to Chile next week.",
     "036", "CHL"),
])
def test_a_visitor_is_not_of_the_country_visited(
        whole_chain: Any, text: str, code: str, country: str) -> None:
    found = chain_triples(whole_chain, text)
    assert any(s == "GOV" and c == code for s, c, _ in found), found
    assert not any(s.startswith(country) for s, _, _ in found), found

