"""The "he" or "she" of a quotation's tag is the one person the sentence just before named,
when earlier sentences named another (events.coding.memory, ArticleMemory.pronoun). Every
sentence is written for these tests."""

from __future__ import annotations

from spacy.language import Language

from events.coding import Coder
from tests.coding.test_news_actors import _coded, _sources

BEFORE = ("Bandits stole 40 cattle from a village near Kano, a local official said on Friday. "
          "The raid began before dawn. Governor Musa Bello condemned the theft. ")


def test_the_tag_s_pronoun_is_the_person_just_named(default_coder: Coder, nlp: Language) -> None:
    text = BEFORE + "\u201cI thank the police for their quick action,\u201d he told reporters."
    assert any(s.endswith("GOV") for s in _sources(default_coder, nlp, text, "051")), _coded(
        default_coder, nlp, text
    )


def test_a_pronoun_outside_a_quotation_tag_stays_unresolved(default_coder: Coder, nlp: Language) -> None:
    text = BEFORE + "He accused the police of negligence."
    assert not any(_sources(default_coder, nlp, text, "112")), _coded(default_coder, nlp, text)
