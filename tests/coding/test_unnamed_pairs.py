""""The two neighbours", "both governments" when the article named no pair before: not the
speaker's own people or government (events.coding.memory, ArticleMemory.named_pair); "both
the army and the rebels" names two actors, no pair.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_news_actors import _coded as _coded_article


@pytest.mark.parametrize("text", [
    "Venezuela's president ordered troops to the border with Guyana on Thursday. "
    "Brazil said it was ready to mediate between the two neighbours.",
    "Fighting flared again on Monday in the disputed region. "
    "Qatar urged both governments to return to talks.",
])
def test_the_two_neighbours_no_pair_was_named_for_are_not_the_speakers_own_people(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded_article(default_coder, nlp, text)
    assert not any(t.startswith(("BRA", "QAT")) for _, _, t in found), found


def test_the_two_neighbours_named_together_before_are_that_pair(default_coder: Coder, nlp: Language) -> None:
    text = ("Ethiopia and Eritrea agreed on Sunday to a ceasefire. "
            "Kenya offered to mediate between the two neighbours.")
    found = _coded_article(default_coder, nlp, text)
    assert {("KEN", "039", "ETH"), ("KEN", "039", "ERI")} <= found, found


def test_both_before_two_named_actors_is_no_pair(default_coder: Coder, nlp: Language) -> None:
    text = "Fighting flared again in the disputed region. Both the army and the rebels violated the truce."
    found = _coded_article(default_coder, nlp, text)
    assert any(s.endswith("MIL") and c.startswith("19") for s, c, _ in found), found
