"""PETRARCH-2's own reading (the PETRARCH2 options) against the news reading, with small
dictionaries written here: compound subjects, pattern words in the verb's phrases, places
as targets."""

from __future__ import annotations

import dataclasses

from spacy.language import Language

from events.coding import Coder
from events.coding.options import NEWS
from tests.coding.conftest import SmallCoder, triples

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


READING_ACTORS = ACTORS + "TOMAINIA [TOM]\n"
READING_AGENTS = AGENTS + "SOLDIER [~MIL]\nREBEL [~REB]\nMAYOR [~GOV]\nISLAMIST [~MUS]\n"
READING_VERBS = (
    VERBS + "--- PRAISE [051] ---\nPRAISE\n--- ATTACK [190] ---\nATTACK\n--- VISIT [042] ---\nVISIT\n"
)


def both(small_coder: SmallCoder) -> tuple[Coder, Coder]:
    """The PETRARCH-2 and the news reading (both sides required) over the same dictionaries."""
    coder = small_coder(READING_VERBS, READING_ACTORS, READING_AGENTS)
    return coder, Coder(coder.dicts, dataclasses.replace(NEWS, require_dyad=True))


def test_pronoun_subject_is_the_governing_subject(small_coder: SmallCoder, nlp: Language) -> None:
    p2, _ = both(small_coder)
    found = triples(p2.code(nlp("Freedonia indicated it would praise Sylvania.")))
    assert found == {("FRE", "SYL", "051")}


def test_clause_of_a_verb_with_its_own_target_is_not_coded(small_coder: SmallCoder, nlp: Language) -> None:
    p2, news_coder = both(small_coder)
    text = "Freedonia praised Sylvania to provoke Tomainia, and visited Tomainia."
    assert ("FRE", "TOM", "042") in triples(p2.code(nlp(text)))
    text = "Freedonia praised Sylvania after Freedonian soldiers attacked Tomainia."
    assert triples(p2.code(nlp(text))) == {("FRE", "SYL", "051")}
    assert ("FREMIL", "TOM", "190") in triples(news_coder.code(nlp(text)))


def test_verb_of_a_relative_clause_is_not_coded(small_coder: SmallCoder, nlp: Language) -> None:
    p2, news_coder = both(small_coder)
    text = "Freedonia praised the Freedonian soldiers who attacked Sylvania."
    assert triples(p2.code(nlp(text))) == {("FRE", "FREMIL", "051")}
    assert ("FREMIL", "SYL", "190") in triples(news_coder.code(nlp(text)))


def test_hyphenated_word_names_no_actor(small_coder: SmallCoder, nlp: Language) -> None:
    p2, news_coder = both(small_coder)
    text = "Freedonian-backed rebels attacked Sylvania."
    assert triples(p2.code(nlp(text))) == {("---REB", "SYL", "190")}
    # the news reading reads the word, but a backer is not the backed (events.coding.actors)
    assert triples(news_coder.code(nlp(text))) == {("---REB", "SYL", "190")}


def test_role_of_an_apposition_does_not_add_an_actor(small_coder: SmallCoder, nlp: Language) -> None:
    p2, news_coder = both(small_coder)
    text = "The mayor of Sylvania, a member of an Islamist movement, praised Freedonia."
    assert triples(p2.code(nlp(text))) == triples(news_coder.code(nlp(text))) == {("SYLGOV", "FRE", "051")}


def test_subject_split_by_the_parser_is_found(small_coder: SmallCoder, nlp: Language) -> None:
    p2, _ = both(small_coder)
    found = triples(p2.code(nlp("Old foes Freedonia and Sylvania have met after a long break.")))
    assert found == {("FRE", "SYL", "040"), ("SYL", "FRE", "040")}


def test_place_of_an_agentless_passive_is_its_source(small_coder: SmallCoder, nlp: Language) -> None:
    p2, news_coder = both(small_coder)
    text = "A Freedonian soldier was attacked in Tomainia."
    assert triples(p2.code(nlp(text))) == {("TOM", "FREMIL", "190")}
    assert triples(news_coder.code(nlp(text))) == set()


def test_phrase_of_an_adverb_gives_the_target(small_coder: SmallCoder, nlp: Language) -> None:
    p2, _ = both(small_coder)
    text = "Freedonian soldiers attacked very close to the border with Sylvania."
    assert triples(p2.code(nlp(text))) == {("FREMIL", "SYL", "190")}


def test_participle_of_there_were_is_coded(small_coder: SmallCoder, nlp: Language) -> None:
    p2, _ = both(small_coder)
    text = "There were ten Freedonian soldiers attacked in Sylvania today."
    assert triples(p2.code(nlp(text))) == {("SYL", "FREMIL", "190")}


def test_participle_of_the_object_gives_no_target_in_the_news_reading(
    small_coder: SmallCoder, nlp: Language
) -> None:
    # only an evaluation's "by" agent, the author of what it judges, is a target there
    p2, news_coder = both(small_coder)
    text = "Freedonia praised the aid sent by Tomainia."
    assert triples(p2.code(nlp(text))) == triples(news_coder.code(nlp(text))) == {("FRE", "TOM", "051")}
    text = "Freedonian soldiers attacked the convoy sent by Tomainia."
    assert triples(news_coder.code(nlp(text))) == set()
    text = "Freedonia praised the aid sending food to Tomainia."
    assert triples(news_coder.code(nlp(text))) == set()
