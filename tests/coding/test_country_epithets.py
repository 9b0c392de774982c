"""A country named again by an epithet ("the kingdom", "the island nation", "the Jewish
state") is the one country of that kind the article named before (events.coding.epithets).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_news_actors import _coded, _sources


@pytest.mark.parametrize(("text", "root", "source"), [
    ("Morocco hosted a summit on migration in Rabat. The kingdom criticised Algeria for closing the border.",
     "11", "MAR"),
    ("Fiji signed a fisheries deal with Australia. The island nation later accused China of illegal fishing.",
     "11", "FJI"),
    ("Israel and Lebanon traded fire across the border. "
     "The Jewish state accused Beirut of harbouring militants.",
     "11", "ISR"),
])
def test_an_epithet_is_the_country_of_its_kind_named_before(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    assert source in _sources(default_coder, nlp, text, root), _coded(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    # two kingdoms named: either may be meant
    "Norway and Sweden sent observers to Kosovo. The kingdom criticised Serbia for the raids.",
    # no kingdom named
    "Kenya sent observers to Kosovo. The kingdom criticised Serbia for the raids.",
])
def test_an_epithet_without_one_country_of_its_kind_names_no_one(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert not any(_sources(default_coder, nlp, text, "11")), _coded(default_coder, nlp, text)
