"""An international court named again as "the court" or "the tribunal" is the one the
article named before (events.coding.memory, COURT_NOUNS), not a court of the sentence's
country; a national court named since ("a Myanmar court") takes the noun back. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_news_actors import _coded


@pytest.mark.parametrize(("text", "court"), [
    ("The International Criminal Court issued an arrest warrant for a Sudanese militia leader. "
     "Sudan's army-led government said it does not recognise the court's jurisdiction and rejected "
     "its ruling.", "IGOICC"),
    ("The International Court of Justice ordered Israel to allow more aid into Gaza. "
     "Israel criticised the court, saying the ruling ignored the hostages.", "IGOUNOICJ"),
])
def test_the_court_is_the_international_court_named_before(
    default_coder: Coder, nlp: Language, text: str, court: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(t == court for _, c, t in found if c.startswith("1")), found
    assert not any(t.endswith("JUD") for _, _, t in found), found


def test_a_national_court_named_since_takes_the_noun_back(default_coder: Coder, nlp: Language) -> None:
    text = ("The International Criminal Court issued a warrant for the general. A Myanmar court "
            "later jailed two journalists. The court also fined their newspaper.")
    found = _coded(default_coder, nlp, text)
    assert any(s == "MMRJUD" and c.startswith("17") for s, c, _ in found if c != "173"), found
    assert not any(s == "IGOICC" for s, c, _ in found if c.startswith("17") and c != "173"), found
