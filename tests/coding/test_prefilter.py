"""events.coding.prefilter: the pre-pass never turns away a sentence the coder codes."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

pytestmark = pytest.mark.slow

CODED = [
    "Russian troops shelled Kharkiv on Tuesday, killing seven civilians.",
    "Armenia and Azerbaijan fought along their border overnight.",  # 'fought': fight
    "The European Union imposed new sanctions on Moscow.",
    "Kyrgyz border guards clashed with Tajik forces near Batken.",
    "Georgian police detained dozens of protesters in Tbilisi.",
    "Lavrov met Blinken in Bali.",
    "Putin's mobilisation of 300,000 reservists began on Wednesday.",
    "The talks between Chile and Peru resumed.",  # an event noun
]
NOT_CODED = [
    "The weather was fine and the sun shone all afternoon.",
    "Tickets cost twelve dollars at the door.",
]


@pytest.fixture(scope="module")
def words(nlp: Language):  # type: ignore[no-untyped-def]
    from events.coding import load_dictionaries
    from events.coding.prefilter import EventWords
    from events.nlp import lemma_candidates

    return EventWords(load_dictionaries(), lemma_candidates(nlp))


def tokens(nlp: Language, text: str) -> tuple[list[str], list[str]]:
    doc = nlp.make_doc(text)
    return [t.text for t in doc], [t.whitespace_ for t in doc]


@pytest.mark.parametrize("text", CODED)
def test_a_sentence_the_coder_codes_may_hold_an_event(nlp: Language, words, text: str) -> None:  # type: ignore[no-untyped-def]
    from events.coding import load_dictionaries
    from events.coding.coder import Coder

    assert Coder(load_dictionaries()).code(nlp(text), when=dt.date(2022, 9, 20)), text
    assert words.may_hold_event(*tokens(nlp, text))


@pytest.mark.parametrize("text", NOT_CODED)
def test_a_sentence_without_event_or_actor_words_is_turned_away(nlp: Language, text: str) -> None:
    from events.coding import load_dictionaries
    from events.coding.prefilter import EventWords
    from events.nlp import lemma_candidates

    words = EventWords(load_dictionaries(), lemma_candidates(nlp), persons=False)
    assert not words.may_hold_event(*tokens(nlp, text))


@pytest.mark.parametrize("text", NOT_CODED)
def test_without_actor_words_only_a_person_could_be_the_actor(nlp: Language, words,  # type: ignore[no-untyped-def]
                                                              text: str) -> None:
    from events.coding.prefilter import Verdict

    assert words.assess(*tokens(nlp, text))[0] in (Verdict.NO, Verdict.IF_PERSON)


def test_an_acronym_in_capitals_is_an_actor(nlp: Language, words) -> None:  # type: ignore[no-untyped-def]
    from events.coding.prefilter import Verdict

    acronym = next((p for p in words.acronyms.phrases if p.isalpha()
                    and p not in words.actors.phrases and p not in words.agents.phrases), None)
    if acronym is None:
        pytest.skip("the dictionaries have no one-word acronyms of their own")
    text = f"The {acronym.upper()} condemned the decision."
    assert words.assess(*tokens(nlp, text))[0] == Verdict.YES


def test_a_word_counts_with_every_lemma_it_may_take(nlp: Language, words) -> None:  # type: ignore[no-untyped-def]
    assert "fight" in words.forms("fought") and "detain" in words.forms("detained")
    assert words.info("fought").trigger and words.info("Russian").first_of


def test_flight_counts_after_a_draft_word_in_the_paragraph(nlp: Language, words) -> None:  # type: ignore[no-untyped-def]
    flight = tokens(nlp, "Thousands of men fled over the weekend.")
    from events.coding.prefilter import Verdict

    assert words.assess(*tokens(nlp, "The call-up began on Wednesday.")) == (Verdict.YES, True)
    assert words.assess(*flight, after_draft=True)[0]
    assert not words.assess(*flight, after_draft=False)[0]


@pytest.mark.parametrize("text", [
    "The county sued the city over unpaid water bills.",
    "The state has sued the town over a new road.",
])
def test_a_local_body_by_its_kind_is_an_actor(nlp: Language, words, text: str) -> None:  # type: ignore[no-untyped-def]
    """"the county", "the town": the coder reads them as local governments
    (``CoderOptions.local_bodies``), so their sentences are parsed; not without that option."""
    from events.coding import load_dictionaries
    from events.coding.coder import Coder
    from events.coding.prefilter import EventWords, Verdict
    from events.nlp import lemma_candidates

    assert Coder(load_dictionaries()).code(nlp(text), when=dt.date(2026, 3, 4)), text
    assert words.assess(*tokens(nlp, text))[0] == Verdict.YES
    off = EventWords(load_dictionaries(), lemma_candidates(nlp), persons=False, local_bodies=False)
    assert not off.may_hold_event(*tokens(nlp, text))
