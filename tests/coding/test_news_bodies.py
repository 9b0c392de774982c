"""Bodies the dictionaries do not know, and bodies named again by their noun: a body's name
whose words say what it does takes that type ("the Uganda Human Rights Commission" ->
UGAHRI), and "the union" or "the firm" later in the article is the one it named before
(events.coding.actors.type_words, events.coding.memory). Every sentence is written for these
tests."""

from __future__ import annotations

import dataclasses

import pytest
from spacy.language import Language

from events.coding import Coder, Dictionaries
from events.coding.actors import type_words
from tests.coding.test_news_actors import _coded, _sources


def _assert_source(coder: Coder, nlp: Language, text: str, root: str, source: str) -> None:
    """An event of ``root`` in ``text`` has ``source`` as its source."""
    assert source in _sources(coder, nlp, text, root), _coded(coder, nlp, text)


# ------------------------------------------------------ a body's name says what it does


def test_type_words_are_read_from_the_agents_dictionary(default_dicts: Dictionaries) -> None:
    words = type_words(default_dicts.agents)
    assert (words["human rights"].suffix, words["health"].suffix) == ("HRI", "HLH")
    assert "police" not in words  # a role word of its own, matched as such
    assert "head of" not in words  # no words ending in "of"
    assert "district" not in words  # "district court": the court gives the type


@pytest.mark.parametrize(("text", "root", "source"), [
    ("The Malawi Human Rights Commission condemned the detention of the two activists.", "11", "MWIHRI"),
    ("The Zambian Commission on Human Rights accused the police of torture.", "11", "ZMBHRI"),
    ("A Nepalese health trust accused the ministry of negligence.", "11", "NPLHLH"),
])
def test_a_body_the_dictionaries_do_not_know_takes_the_type_of_its_words(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    _assert_source(default_coder, nlp, text, root, source)


@pytest.mark.parametrize(("text", "root", "source"), [
    # a role word of its own decides ("police")
    ("The Malawi Police Commission accused the protesters of arson.", "11", "MWICOP"),
])
def test_a_body_s_own_role_word_comes_first(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    _assert_source(default_coder, nlp, text, root, source)


def test_where_a_body_is_gives_it_no_type(default_coder: Coder, nlp: Language) -> None:
    # "International" says where it works, not what it does: no IGO on a word alone
    text = "The Ruritania International Trust accused the ministry of negligence."
    assert not any(s.endswith("IGO") or s.startswith("IGO") for s in _sources(default_coder, nlp, text, "11"))


def test_body_types_are_off_in_petrarch_s_reading(default_dicts: Dictionaries, nlp: Language) -> None:
    from events.coding.options import NEWS

    coder = Coder(default_dicts, dataclasses.replace(NEWS, organisation_types=False))
    text = "The Malawi Human Rights Commission condemned the detention of the two activists."
    assert "MWIHRI" not in _sources(coder, nlp, text, "11")


# ------------------------------------------------------ a body named again by its noun


@pytest.mark.parametrize(("text", "root", "source"), [
    ("The Ghanaian dockworkers' union called a strike on Friday. The talks broke down at noon. "
     "The union accused the port authority of lying.", "11", "GHALAB"),
    ("A Bolivian mining company won the tender on Monday. The weather was cold. "
     "The firm accused the regulator of delays.", "11", "BOLBUS"),
    ("The Nepalese health trust in Pokhara announced cuts on Monday. The talks broke down. "
     "The health trust blamed the governor for the cuts.", "11", "NPLHLH"),
])
def test_a_body_named_again_by_its_noun_keeps_its_code(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    _assert_source(default_coder, nlp, text, root, source)


@pytest.mark.parametrize(("text", "root", "country"), [
    # two firms of two countries: "the firm" is neither
    ("A Bolivian mining company met a Peruvian shipping company on Monday. The weather was cold. "
     "The firm accused the regulator of delays.", "11", ("BOL", "PER")),
    # a named firm of its own ("the Lima firm") is not the one named before
    ("A Bolivian mining company won the tender on Monday. "
     "The Lima firm accused the regulator of delays.", "11", ("BOL",)),
])
def test_a_body_named_again_keeps_no_country_the_article_cannot_tell(
    default_coder: Coder, nlp: Language, text: str, root: str, country: tuple[str, ...]
) -> None:
    sources = _sources(default_coder, nlp, text, root)
    assert not any(s.startswith(country) for s in sources), sources


# ------------------------------------------------------ a person named as a member of a body


@pytest.mark.parametrize(("text", "root", "source"), [
    # the body the apposition names her part of gives her role; the surname keeps it
    ("Irena Kovac, a member of the Croatian parliament, criticised the budget. The weather was cold. "
     "Kovac accused the government of lying.", "112", "HRVLEG"),
    ("Ana Ruiz, a member of the Chilean senate, criticized the deal. The weather was cold. "
     "Ruiz accused the government of lying.", "112", "CHLLEG"),
    ("Tomas Brandt, a member of the Danish dockworkers' union, criticized the deal. The weather was "
     "cold. Brandt accused the port authority of lying.", "112", "DNKLAB"),
])
def test_a_member_of_a_body_named_again_by_surname_keeps_its_code(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    _assert_source(default_coder, nlp, text, root, source)


# ------------------------------------------------------ "the group": the organisation named before


@pytest.mark.parametrize(("text", "root", "source"), [
    ("Human Rights Watch released a report on Tuesday. The group accused the Ugandan army of torture.",
     "112", "NGOHRW"),
    ("Oxfam opened two clinics near the border. The weather was cold. "
     "The organization accused the Sudanese army of looting.", "112", "NGOXFM"),
    # a body no dictionary names, whose words give its country and type
    ("Members of the Federation of Romanian Farmers blocked a road on Friday. "
     "The group accused the ministry of ignoring the drought.", "112", "ROUAGR"),
    ("The Association of Nepalese Teachers held a rally on Friday. "
     "The association accused the ministry of ignoring the schools.", "112", "NPLEDU"),
])
def test_the_group_is_the_organisation_the_article_named_before(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    _assert_source(default_coder, nlp, text, root, source)


@pytest.mark.parametrize(("text", "root"), [
    # two organisations named: "the group" is either
    ("Human Rights Watch and Oxfam released a report on Tuesday. "
     "The group accused the Ugandan army of torture.", "112"),
    # a group of people came into the story since
    ("Human Rights Watch released a report on Tuesday. A group of farmers gathered at the gate. "
     "The group accused the Ugandan army of looting.", "112"),
    # alone, "the group" is no one
    ("The group accused the Ugandan army of torture.", "112"),
])
def test_the_group_is_no_organisation_the_article_cannot_tell(
    default_coder: Coder, nlp: Language, text: str, root: str
) -> None:
    assert not any(s.startswith("NGO") for s in _sources(default_coder, nlp, text, root))


# ------------------------------------------------------ an office of a body is the body's


@pytest.mark.parametrize(("text", "root", "source"), [
    ("A spokeswoman for the Bolivian mining firm accused the governor of lying.", "112", "BOLBUS"),
    ("The Zambian dockworkers' union's president accused the minister of lying.", "112", "ZMBLAB"),
    ("Officials of the Malawian supreme court accused the minister of lying.", "112", "MWIJUD"),
    # the office alone is the government's
    ("The Malawian president accused the union of lying.", "112", "MWIGOV"),
    # named again by surname, the spokeswoman keeps the firm's role
    ("Ana Quiroga, a spokeswoman for the Bolivian mining firm, spoke on Monday. The weather was cold. "
     "Quiroga accused the governor of lying.", "112", "BOLBUS"),
])
def test_an_office_of_a_body_takes_the_body_s_role(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    _assert_source(default_coder, nlp, text, root, source)


def test_offices_keep_both_roles_in_petrarch_s_reading(default_dicts: Dictionaries, nlp: Language) -> None:
    from events.coding.options import NEWS

    coder = Coder(default_dicts, dataclasses.replace(NEWS, office_roles=False))
    text = "A spokeswoman for the Bolivian mining firm accused the governor of lying."
    assert "BOLBUS" not in _sources(coder, nlp, text, "112")
