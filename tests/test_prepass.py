"""events.prepass: parsing only what can hold an event gives the events, text and offsets of
parsing everything; long articles are cut into bounded pieces."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from events.models import Article

pytestmark = pytest.mark.slow

ARTICLE = (
    "KHARKIV, Ukraine, Sept. 13 — Russian troops shelled Kharkiv on Tuesday, killing at least "
    "seven civilians, the regional governor said. The weather was cold and grey, and the "
    "streets of the old town stayed quiet for most of the long and windy afternoon. Lt. Gen. "
    "Ivanov did not comment.\n\n"
    "Tickets for the concert in Odesa cost twelve dollars. Prices rose on Feb. 29 that year. "
    "Ukrainian forces attacked Russian positions near Kherson on Monday.\n\n"
    "Nothing else happened. The sun shone. Georgian police detained protesters in Tbilisi on "
    "Saturday. The cafes along the river were full of students and their noisy friends, and "
    "the evening trains were late again."
)


@pytest.fixture(scope="module")
def chains():  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from events.config import Settings
    from events.pipeline import build_chain

    with_prepass = build_chain(Settings(prepass=True))
    assert with_prepass.prepass is not None
    return replace(with_prepass, prepass=None), with_prepass


def process(chain, text: str):  # type: ignore[no-untyped-def]
    article = Article(article_id="a", text=text, text_sha256="x",
                      published=dt.datetime(2022, 9, 13, 12, tzinfo=dt.UTC))
    return next(iter(chain.process([article])))


def test_the_prepass_codes_the_events_of_a_full_parse(chains) -> None:  # type: ignore[no-untyped-def]
    from events.prepass import MIN_CHARS

    full, pre = chains
    assert len(ARTICLE) > MIN_CHARS and len(PEOPLE) > MIN_CHARS  # long enough to be cut
    a, b = process(full, ARTICLE), process(pre, ARTICLE)
    assert len(a.mentions) >= 3
    key = ("action_char_offset", "event_code", "actor1_char_offset", "actor2_char_offset",
           "event_date", "fatalities", "location_reason")
    assert sorted(tuple(m[k] for k in key) for m in a.mentions) == \
        sorted(tuple(m[k] for k in key) for m in b.mentions)
    assert [e["event_id"] for e in a.events] == [e["event_id"] for e in b.events]


def test_the_merged_doc_keeps_the_text_and_parses_the_event_sentences(chains) -> None:  # type: ignore[no-untyped-def]
    from events.prepass import Need

    _, pre = chains
    before = dict(pre.prepass.stats)
    doc = next(pre.prepass.pipe([ARTICLE]))
    assert doc.text == ARTICLE
    sents = list(doc.sents)
    assert sents[0].start == 0 and sents[-1].end == len(doc)
    shelled = next(t for t in doc if t.text == "shelled")
    assert (shelled.pos_, shelled.dep_, shelled.lemma_) == ("VERB", "ccomp", "shell")
    quiet = next(t for t in doc if t.text == "quiet")
    assert quiet.dep_ == "" and quiet.pos_ == ""  # a sentence that cannot hold an event
    assert ("Ivanov", "PERSON") in [(e.text, e.label_) for e in doc.ents]  # entities only
    added = {need: pre.prepass.stats[need] - before[need] for need in Need}
    assert added[Need.FULL] and added[Need.NONE]


def test_a_short_text_is_parsed_whole(chains) -> None:  # type: ignore[no-untyped-def]
    _, pre = chains
    doc = next(pre.prepass.pipe(["The sun shone. Georgian police detained protesters."]))
    assert all(t.dep_ for t in doc)


def test_a_long_article_is_parsed_in_bounded_pieces(chains, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import events.prepass as prepass

    _, pre = chains
    monkeypatch.setattr(prepass, "MAX_PIECE_TOKENS", 60)
    seen: list[int] = []
    original = pre.prepass._run

    def run(pieces, stage):  # type: ignore[no-untyped-def]
        seen.extend(p.hi - p.lo for p in pieces)
        original(pieces, stage)

    monkeypatch.setattr(pre.prepass, "_run", run)
    text = "\n\n".join([ARTICLE] * 6)
    b = process(pre, text)
    assert max(seen) <= 60 + 2 * prepass.CONTEXT_TOKENS + 40  # a piece, its context, a sentence
    assert len({m["action_char_offset"] for m in b.mentions}) >= 3 * 6


HARBOUR = (
    "The harbour in Tulsa, Oklahoma, was busy on Sunday morning, with ferries leaving for the "
    "islands every hour and a long queue of cars waiting at the gate under a grey sky. "
)
FANS = (
    "The match itself had ended in a draw, and most of the fans went home quietly, singing "
    "the old songs of the club on the trams and buses that took them back to town, where the "
    "cafes were full, the streets were wet with rain and the evening trains ran late again"
)
PEOPLE = (
    HARBOUR + "Dwight Harlan was arrested on suspicion of robbery on Friday. " + FANS +
    " because of the works on the bridge over the river and the signals at the old station, "
    "which the town council had promised to mend before the end of the long summer."
)


def test_a_sentence_whose_only_actors_are_people_is_parsed_when_they_are_found(chains) -> None:  # type: ignore[no-untyped-def]
    from events.prepass import Need, _sentences

    full, pre = chains
    prepass = pre.prepass
    doc = prepass.paragraphs(next(prepass.senter.pipe([prepass.nlp.make_doc(PEOPLE)])))
    sentences = _sentences(doc)
    needs, _ = prepass.choose(doc, sentences)
    arrested = next(k for k, s in enumerate(sentences) if "arrested" in s.text)
    assert needs[arrested] == Need.PERSON  # no dictionary actor: only the people can be
    a, b = process(full, PEOPLE), process(pre, PEOPLE)
    assert PEOPLE.index("arrested") in [m["action_char_offset"] for m in a.mentions]
    assert [(m["action_char_offset"], m["event_code"], m["actor1_char_offset"])
            for m in b.mentions] == \
        [(m["action_char_offset"], m["event_code"], m["actor1_char_offset"]) for m in a.mentions]


def test_a_sentence_cut_before_a_lower_case_word_is_one_sentence(chains) -> None:  # type: ignore[no-untyped-def]
    from events.prepass import _sentences

    _, pre = chains
    prepass = pre.prepass
    text = "He spoke to Gazeta. ru on Thursday and denied it. The rest was quiet."
    doc = prepass.paragraphs(next(prepass.senter.pipe([prepass.nlp.make_doc(text)])))
    assert [s.text for s in _sentences(doc)][0] == "He spoke to Gazeta. ru on Thursday and denied it."


SURNAME = (
    HARBOUR + "Dwight Harlan, who sold fish at the gate for years, had not been seen there since "
    "May. " + FANS + ". On Friday Harlan was charged with robbery. The works on the bridge were "
    "to end before the long summer, which the town had hoped would bring visitors back."
)


def test_a_surname_alone_of_a_person_named_before_is_parsed(chains) -> None:  # type: ignore[no-untyped-def]
    full, pre = chains
    a, b = process(full, SURNAME), process(pre, SURNAME)
    key = ("action_char_offset", "event_code", "actor1_char_offset", "actor2_char_offset")
    charged = SURNAME.index("charged")
    assert charged in [m["action_char_offset"] for m in a.mentions]
    assert sorted(tuple(m[k] for k in key) for m in a.mentions) == \
        sorted(tuple(m[k] for k in key) for m in b.mentions)


def test_a_capitalised_word_ending_a_name_of_a_parsed_sentence_may_be_a_surname(chains) -> None:  # type: ignore[no-untyped-def]
    from events.prepass import Need, _Article, _settle

    _, pre = chains
    doc = pre.prepass.nlp.make_doc("Dwight Harlan sold fish there . Later Harlan was charged .")
    sentences = [doc[0:6], doc[6:11]]
    article = _Article(0, doc, sentences, [Need.FULL, Need.PERSON], [0, 1], False, [], [])
    _settle(article)  # no entity run found a person: the name in the parsed sentence counts
    assert article.needs == [Need.FULL, Need.FULL]
    other = _Article(0, doc, sentences, [Need.NER, Need.PERSON], [0, 1], False, [], [])
    _settle(other)
    assert other.needs == [Need.NER, Need.NER]


JUDGE = (
    HARBOUR + "The cafes along the river were full of students and their noisy friends, and the "
    "evening trains were late again.\n\nThe county judge was tired after the long hearing. The "
    "courtroom was cold and the lights were dim, and most of the benches stood empty for the "
    "whole of the afternoon. He asked the governor for more money.\n\n" + FANS + "."
)


def test_the_sentences_a_pronoun_may_stand_for_someone_in_are_parsed(chains) -> None:  # type: ignore[no-untyped-def]
    full, pre = chains  # "the county judge" is named in a sentence that can hold no event
    a, b = process(full, JUDGE), process(pre, JUDGE)
    asked = [m for m in b.mentions if m["action_char_offset"] == JUDGE.index("asked")]
    assert [m["actor1_char_offset"] for m in asked] == [JUDGE.index("judge was")]
    key = ("action_char_offset", "event_code", "actor1_char_offset", "actor2_char_offset")
    assert [tuple(m[k] for k in key) for m in a.mentions] == \
        [tuple(m[k] for k in key) for m in b.mentions]


def reach_of(*paragraphs: list[str]) -> list[int]:
    """:func:`events.prepass.memory_reach` of paragraphs of sentences (tokens split at spaces)."""
    import spacy

    from events.prepass import memory_reach

    sentences = [sentence.split() for paragraph in paragraphs for sentence in paragraph]
    doc = spacy.blank("en").make_doc(" ".join(w for words in sentences for w in words))
    starts = list(itertools.accumulate(len(words) for words in sentences))
    spans = [doc[a - len(words) : a] for a, words in zip(starts, sentences, strict=True)]
    same = [k > 0 for paragraph in paragraphs for k in range(len(paragraph))]
    same[0] = True
    return memory_reach([t.text for t in doc], spans, same)


def test_a_pronoun_reaches_back_three_sentences() -> None:
    told = ["The judge came .", "The room was cold .", "The lights were dim .", "It rained ."]
    assert reach_of([*told, "He asked for money ."]) == [0, 1, 2, 0, 1]


def test_a_sentence_with_no_pronoun_or_quotation_reaches_nothing_before_it() -> None:
    assert reach_of(["The judge came .", "The room was cold .", "Police arrested a man ."]) == [0, 1, 2]


def test_quoted_sentences_do_not_count_among_the_three() -> None:
    sentences = ["The judge came .", '" We lost .', "We are tired .", 'We will appeal . "',
                 "The room was cold .", "She left ."]
    assert reach_of(sentences)[-1] == 0


def test_a_pronoun_reaches_no_further_than_the_paragraph_before() -> None:
    assert reach_of(["The judge came ."], ["The room was cold ."], ["She left ."])[-1] == 1


HELD = (
    HARBOUR + "Deputies arrested Dwight Harlan at the gate on Friday. " + FANS + ". He was "
    "charged with robbery and assault. The works on the bridge were to end before the long "
    "summer, which the town had hoped would bring visitors back."
)


def test_a_sentence_whose_only_person_is_he_or_she_is_parsed(chains) -> None:  # type: ignore[no-untyped-def]
    full, pre = chains  # "He was charged": the man the deputies arrested before
    a, b = process(full, HELD), process(pre, HELD)
    charged = HELD.index("charged")
    assert charged in [m["action_char_offset"] for m in a.mentions]
    key = ("action_char_offset", "event_code", "actor1_char_offset", "actor2_char_offset")
    assert sorted(tuple(m[k] for k in key) for m in a.mentions) == \
        sorted(tuple(m[k] for k in key) for m in b.mentions)
