""""And several accused …": a subject that counts part of a group named as the subject of
the verb it is coordinated with is that group (roles.part_subjects). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_news_actors import _coded, _sources


@pytest.mark.parametrize(("text", "root", "source"), [
    ("Nurses walked off the job in Leeds on Monday, and several accused the city council of lying.",
     "112", "---HLH"),
    ("Hundreds of students rallied in Nairobi, and some threw rocks at police.", "145", "KENEDU"),
])
def test_part_of_the_group_is_the_group(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    assert source in _sources(default_coder, nlp, text, root), _coded(default_coder, nlp, text)


def test_part_of_a_phrase_of_its_own_is_not_the_group(default_coder: Coder, nlp: Language) -> None:
    text = "Nurses walked off the job in Leeds, and several of the bus drivers accused the council of lying."
    assert "---HLH" not in _sources(default_coder, nlp, text, "112"), _coded(default_coder, nlp, text)
