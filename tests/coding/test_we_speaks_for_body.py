""""We" in a quotation is the body its speaker's own words name ("said Ana Ruiz of Oxfam":
Oxfam), a state's official keeps their state (roles._speaking_body). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_news_actors import _coded, _sources


@pytest.mark.parametrize(("text", "source"), [
    ("\u201cWe thank Norway for its generous donation,\u201d said Carlos Mendez of Oxfam.", "NGOXFM"),
    ("\u201cWe thank Norway for its generous donation,\u201d said Carlos Mendez, head of the UN "
     "refugee agency.", "IGOUNOHCR"),
    ("\u201cWe are grateful to Sweden for its support,\u201d said Ana Ruiz, a spokeswoman for "
     "Amnesty International.", "NGOAMN"),
])
def test_we_is_the_speaker_s_body(default_coder: Coder, nlp: Language, text: str, source: str) -> None:
    assert source in _sources(default_coder, nlp, text, "051"), _coded(default_coder, nlp, text)


def test_a_state_s_official_speaks_for_the_state(default_coder: Coder, nlp: Language) -> None:
    text = ("\u201cWe thank Norway for its generous donation,\u201d said Ana Ruiz, Chile's ambassador "
            "at the United Nations.")
    sources = _sources(default_coder, nlp, text, "051")
    assert "CHLGOV" in sources, _coded(default_coder, nlp, text)
    assert not any(s.startswith("IGO") for s in sources)
