""""The two leaders" after "A met B": the pair a sentence named as subject and partner of
alike sides (events.coding.memory, ArticleMemory._partner); "two dozen more nations" and
"the ties binding the two countries" name no pair. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_news_actors import _coded

MET = "Ghanaian President Kofi Mensah met Senegalese President Awa Diop in Accra on Friday. "


@pytest.mark.parametrize(("second", "root"), [
    ("The two leaders discussed fishing rights and agreed to expand cooperation.", "031"),
    ("The two leaders discussed fishing rights and agreed to expand cooperation.", "040"),
    ("Both presidents agreed to reopen the border crossing.", "03"),
])
def test_the_two_leaders_are_the_pair_that_met(
    default_coder: Coder, nlp: Language, second: str, root: str
) -> None:
    coded = _coded(default_coder, nlp, MET + second)
    pairs = {(s, t) for s, c, t in coded if c.startswith(root)}
    assert {("GHAGOV", "SENGOV"), ("SENGOV", "GHAGOV")} <= pairs, coded


@pytest.mark.parametrize("text", [
    # unlike sides: a country and another's embassy are no pair
    "Ghana opened an embassy in Senegal on Friday. The two countries agreed to expand cooperation.",
    # no "the": not the pair named before
    "Thai and Cambodian troops clashed on the border. Two dozen more nations agreed to send observers.",
])
def test_no_pair_is_named_again(default_coder: Coder, nlp: Language, text: str) -> None:
    coded = _coded(default_coder, nlp, text)
    assert not any(c.startswith("03") and s and t for s, c, t in coded), coded
