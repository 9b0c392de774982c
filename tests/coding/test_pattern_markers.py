"""Pattern markers of the PETRARCH-2 verb syntax with small dictionaries written here:
``^`` skips a noun phrase, ``+``/``$`` before the verb point leftwards, an underscore in
the text joins the words of a dictionary name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import SmallCoder, triples

ACTORS = """
FREEDONIA [FRE]
+FREEDONIAN
SYLVANIA [SYL]
GENEVA [CHE]
PRINCE OF MARSH HOLLOW [MHW]
"""
AGENTS = """
MINISTER [~GOV]
"""


def coder(small_coder: SmallCoder, verbs: str) -> Coder:
    """A PETRARCH-2 coder with the verbs given and the small actor set above."""
    return small_coder(verbs, ACTORS, AGENTS)


TALKS = "--- HOLD [040] ---\nHOLD\n- * TALKS IN ^ +  [046]\n"


def test_caret_skips_the_noun_phrase_after_the_word(small_coder: SmallCoder, nlp: Language) -> None:
    found = coder(small_coder, TALKS).code(nlp("Freedonia held talks in Geneva with Sylvania on Monday."))
    assert triples(found) == {("FRE", "SYL", "046")}


def test_markers_before_the_verb_point_leftwards(small_coder: SmallCoder, nlp: Language) -> None:
    verbs = "--- RECEIVE [033] ---\nRECEIVE\n- + * MONEY $  [071]\n"
    found = coder(small_coder, verbs).code(nlp("Sylvania has received money from Freedonia."))
    assert triples(found) == {("FRE", "SYL", "071")}


def test_subject_marked_as_target_takes_the_earlier_actor_as_source(
    small_coder: SmallCoder, nlp: Language
) -> None:
    verbs = "--- REGRET [115] ---\nREGRET\n- NOTED + *  [115]\n"
    text = "The Freedonian minister noted that Sylvania regretted the decision."
    assert triples(coder(small_coder, verbs).code(nlp(text))) == {("FREGOV", "SYL", "115")}


def test_underscore_in_the_text_joins_the_words_of_a_name(small_coder: SmallCoder, nlp: Language) -> None:
    verbs = "--- WARN [160] ---\nWARN\n"
    found = coder(small_coder, verbs).code(nlp("Freedonia warned the Prince of Marsh_Hollow."))
    assert triples(found) == {("FRE", "MHW", "160")}


@pytest.mark.parametrize("text", ["Freedonia held talks in Geneva.", "Freedonia held talks in."])
def test_skip_at_the_end_of_the_sentence_never_raises(
    small_coder: SmallCoder, nlp: Language, text: str
) -> None:
    coder(small_coder, TALKS).code(nlp(text))


WELCOME = "--- WELCOME [041] ---\nWELCOME\n--- CLOSE [191] ---\nCLOSE\n--- PRAISE [051] ---\nPRAISE\n"


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia welcomed the aid sent by Sylvania.",
        "Freedonia closed the roads leading into Sylvania.",
        "Freedonia praised the rally supporting Sylvania.",
    ],
)
def test_object_takes_the_actor_of_its_participle(small_coder: SmallCoder, nlp: Language, text: str) -> None:
    found = triples(coder(small_coder, WELCOME).code(nlp(text)))
    assert {(s, t) for s, t, _ in found} == {("FRE", "SYL")}


def test_participle_of_a_locative_phrase_gives_no_target(small_coder: SmallCoder, nlp: Language) -> None:
    text = "Freedonia praised the plan in a letter handed to Sylvania."
    assert triples(coder(small_coder, WELCOME).code(nlp(text))) == set()


def test_participle_of_a_noun_in_the_object_phrase(small_coder: SmallCoder, nlp: Language) -> None:
    text = "Freedonia welcomed assurances on trade issues sent from Sylvania."
    assert triples(coder(small_coder, WELCOME).code(nlp(text))) == {("FRE", "SYL", "041")}


def test_clause_on_the_object_is_no_participle(small_coder: SmallCoder, nlp: Language) -> None:
    text = "Freedonia welcomed hopes that peace could be brought about by Sylvania."
    assert triples(coder(small_coder, WELCOME).code(nlp(text))) == set()


def test_verb_without_its_patterns_words_takes_the_verb_code(small_coder: SmallCoder, nlp: Language) -> None:
    found = coder(small_coder, TALKS).code(nlp("Freedonia held a reception for Sylvania on Monday."))
    assert triples(found) == {("FRE", "SYL", "040")}

