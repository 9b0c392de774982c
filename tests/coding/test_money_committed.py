"""Money committed to a country or a cause (the verb dictionary's COMMIT block) is a pledge
of aid (033x), as "pledged": the giver's intent, not a crime committed.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


def test_money_committed_for_relief_is_a_pledge_of_humanitarian_aid(
        default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Ireland committed 20 million euros in humanitarian aid for Chad.")
    assert ("IRL", "0333", "TCD", "asserted") in found, found


def test_money_committed_to_a_country_is_a_pledge(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "New Zealand committed $8 million to Samoa for schools.")
    assert any(s == "NZL" and c == "0331" for s, c, _, _ in found), found


def test_a_crime_committed_is_no_pledge(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The official committed fraud worth $2 million.")
    assert not any(c.startswith("033") for _, c, _, _ in found), found
