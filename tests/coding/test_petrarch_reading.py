"""PETRARCH-2's own reading (the PETRARCH2 options) against the news reading, with small
dictionaries written here: compound subjects, pattern words in the verb's phrases, places
as targets."""

from __future__ import annotations

import dataclasses

from spacy.language import Language

from events.coding import Coder
from events.coding.options import NEWS
from events.models import CodedEvent
from tests.coding.conftest import SmallCoder

ACTORS = """
FREEDONIA [FRE]
+FREEDONIAN
SYLVANIA [SYL]
BEIJING [CHN]
"""
AGENTS = """
ACTIVIST [~OPP]
"""
VERBS = """
--- MEET [040] ---
MEET
--- CLASH [190] ---
CLASH
--- FIGHT [190] ---
FIGHT
- % *  [190]
--- STAGE [---] ---
STAGE
- * FREE  [0841]
- * PROTEST  [141]
"""


def triples(events: list[CodedEvent]) -> set[tuple[str, str, str]]:
    return {
        (e.source.code if e.source else "", e.target.code if e.target else "", e.event_code) for e in events
    }


def petrarch(small_coder: SmallCoder) -> Coder:
    return small_coder(VERBS, ACTORS, AGENTS)


def news(small_coder: SmallCoder) -> Coder:
    coder = small_coder(VERBS, ACTORS, AGENTS)
    return Coder(coder.dicts, dataclasses.replace(NEWS, require_dyad=True))


def test_compound_subject_meets_both_ways(small_coder: SmallCoder, nlp: Language) -> None:
    found = triples(petrarch(small_coder).code(nlp("Freedonia and Sylvania met on Monday.")))
    assert found == {("FRE", "SYL", "040"), ("SYL", "FRE", "040")}


def test_compound_subject_pairs_only_for_cooperation(small_coder: SmallCoder, nlp: Language) -> None:
    text = "Freedonia and Sylvania clashed on Monday."
    assert triples(petrarch(small_coder).code(nlp(text))) == set()
    assert triples(news(small_coder).code(nlp(text))) == {("FRE", "SYL", "190"), ("SYL", "FRE", "190")}


def test_compound_marker_pairs_a_compound_subject(small_coder: SmallCoder, nlp: Language) -> None:
    found = triples(petrarch(small_coder).code(nlp("Freedonia and Sylvania fought on Monday.")))
    assert found == {("FRE", "SYL", "190"), ("SYL", "FRE", "190")}


def test_pattern_words_in_the_verb_phrase_win(small_coder: SmallCoder, nlp: Language) -> None:
    text = "Freedonian activists staged a protest against Sylvania, waving Free Tibet banners."
    assert triples(petrarch(small_coder).code(nlp(text))) == {("FREOPP", "SYL", "141")}


def test_city_of_a_locative_phrase_is_a_target(small_coder: SmallCoder, nlp: Language) -> None:
    text = "Freedonian activists staged a protest in Beijing on Monday."
    assert triples(petrarch(small_coder).code(nlp(text))) == {("FREOPP", "CHN", "141")}
    assert triples(news(small_coder).code(nlp(text))) == set()
