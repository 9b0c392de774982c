"""A bloc or alliance of states named again as "the bloc" or "the alliance" is the one the
article named before (events.coding.memory, STATE_GROUP_NOUNS); never the United Nations,
and none when two such bodies were named. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_news_actors import _coded, _sources


@pytest.mark.parametrize(("text", "root", "source"), [
    ("The European Union froze the assets of three Georgian oligarchs. "
     "The bloc also criticised Tbilisi for the new media law.", "11", "IGOEEC"),
    ("NATO defence ministers gathered in Madrid on Thursday. "
     "The alliance accused Moscow of jamming satellite signals.", "11", "IGONAT"),
])
def test_the_bloc_is_the_one_named_before(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    assert any(s.startswith(source) for s in _sources(default_coder, nlp, text, root)), _coded(
        default_coder, nlp, text
    )


@pytest.mark.parametrize("text", [
    # the United Nations is no bloc
    "The United Nations sent food to Haiti. The bloc also criticised the gangs for the looting.",
    # two such bodies: which one is meant cannot be told
    "The European Union and NATO sent envoys to Kosovo. The bloc also criticised Serbia for the raids.",
])
def test_the_bloc_stays_unnamed_when_the_article_cannot_tell(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert not any(s.startswith("IGO") for s in _sources(default_coder, nlp, text, "11")), _coded(
        default_coder, nlp, text
    )
