"""Who speaks or acts when a sentence names them only through the article (issue 14): one
person named by role and name, or by names the recogniser labels differently, is one
referent for "he"/"she"; a quotation's tag names its speaker outside the marks; "it" and
"the agency" for the one body named just before; a surname alone that begins a sentence.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_news_actors import _coded, _sources

# ------------------------------------------- one person, named by role and by name


@pytest.mark.parametrize(("text", "root", "source"), [
    ("Kenya's foreign minister, Alice Wambui, arrived in Addis Ababa on Monday. "
     "\"Kenya wants a peaceful solution,\" Wambui told reporters. "
     "She said she would also meet the Ethiopian prime minister.", "03", "KENGOV"),
    ("Ghana's trade minister, Kofi Mensah, arrived in Lome on Tuesday. "
     "\"We came to listen,\" Mensah told reporters. "
     "He said he would also meet the Togolese president.", "03", "GHAGOV"),
])
def test_a_role_and_its_name_in_apposition_are_one_person(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    assert source in _sources(default_coder, nlp, text, root), _coded(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "root", "source"), [
    ("Ghana's trade minister, Kofi Mensah, arrived in Lome on Tuesday. "
     "Mensah praised Togo for reopening the border.", "05", "GHAGOV"),
    ("The Chilean foreign minister, Rosa Quispe, landed in Lima on Tuesday. "
     "Quispe criticised Peru for closing the border.", "11", "CHLGOV"),
])
def test_a_surname_keeps_the_country_of_the_role_it_was_in_apposition_to(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    assert _sources(default_coder, nlp, text, root) == {source}, _coded(default_coder, nlp, text)


# ------------------------------------------- the tag's speaker stands outside the marks


@pytest.mark.parametrize(("text", "source"), [
    ("Union leader Sam Okafor spoke on Monday. "
     "\"We demand that the minister resign,\" Okafor said at a rally.", "---LAB"),
    ("Union leader Grace Otieno addressed the strikers on Friday. "
     "\"We demand that the minister resign,\" Otieno said at the gate.", "---LAB"),
])
def test_a_quotation_s_tag_gives_its_speaker_not_a_quoted_word(
    default_coder: Coder, nlp: Language, text: str, source: str
) -> None:
    assert _sources(default_coder, nlp, text, "104") == {source}, _coded(default_coder, nlp, text)


# ------------------------------------------- "it" for the one body named just before


@pytest.mark.parametrize(("text", "root", "source"), [
    ("The World Health Organization said on Friday that cholera cases in Yemen had doubled. "
     "It praised Saudi Arabia for sending medical supplies.", "05", "IGOUNOWHO"),
    ("Iran said on Monday that it had arrested three spies. It also accused Israel of sabotage.",
     "11", "IRN"),
    ("The Indonesian mining company Nusantara Metals said on Thursday that it had closed its mine. "
     "It also accused local officials of ignoring its warnings.", "11", "IDNBUS"),
])
def test_it_stands_for_the_one_body_named_just_before(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    assert _sources(default_coder, nlp, text, root) == {source}, _coded(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "root"), [
    # a thing as the subject just before: "it" may be the outbreak
    ("The World Health Organization said on Friday that the outbreak was spreading. "
     "It praised Saudi Arabia for sending medical supplies.", "05"),
    # two bodies just before: the ministry and the company it fined
    ("The ministry fined the company on Monday. It accused the firm of polluting the river.", "11"),
    # farmers are several, and no body
    ("Thousands of farmers marched on the capital on Monday. It accused the government of neglect.",
     "11"),
])
def test_it_takes_no_one_the_article_cannot_tell(
    default_coder: Coder, nlp: Language, text: str, root: str
) -> None:
    assert not any(_sources(default_coder, nlp, text, root)), _coded(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "root"), [
    ("The European Union adopted new rules on Monday. It is possible to negotiate with China on the quotas.",
     "04"),
    ("The World Bank approved the loan on Monday. It is important to cooperate with Kenya on the project.",
     "05"),
])
def test_it_of_a_copula_is_no_body(default_coder: Coder, nlp: Language, text: str, root: str) -> None:
    assert not any(_sources(default_coder, nlp, text, root)), _coded(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "root", "source"), [
    ("The World Health Organization said on Friday that cholera cases had doubled in Yemen. "
     "The agency urged donors to fund clean water projects.", "02", "IGOUNOWHO"),
    ("The UN refugee agency said on Tuesday that 20,000 people had fled into Chad. "
     "The agency praised Chad for keeping its border open.", "05", "IGOUNOHCR"),
])
def test_the_agency_is_the_un_or_aid_body_named_before(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    assert _sources(default_coder, nlp, text, root) == {source}, _coded(default_coder, nlp, text)


# ------------------------------------------- a surname alone that begins a sentence


@pytest.mark.parametrize(("text", "root", "source"), [
    ("Mayor Tom Reyes of Fresno criticised the county board on Monday. "
     "Reyes would not comment on whether the city would sue the county.", "01", "---GOV"),
    ("Mayor Tom Reyes of Fresno criticised the county board on Monday. "
     "Reyes urged the governor to intervene.", "02", "---GOV"),
])
def test_a_surname_that_begins_a_sentence_is_the_person_named_before(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    assert _sources(default_coder, nlp, text, root) == {source}, _coded(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "Mayor Tom Reyes criticised the county board on Monday. Reyes said the city would sue the county. "
    "He said he would meet county supervisors next week.",
    "Mayor Ann Duval spoke on Monday. Duval said the town would not pay the fine. "
    "She said she would meet the state governor next week.",
])
def test_the_city_is_no_person_a_pronoun_might_mean(default_coder: Coder, nlp: Language, text: str) -> None:
    assert _sources(default_coder, nlp, text, "03") == {"---GOV"}, _coded(default_coder, nlp, text)


# ------------------------------------------- an arrest leads to no theft


@pytest.mark.parametrize("text", [
    "Officers arrested a teenager in Leeds on Monday. Two bicycles were stolen from a school on Tuesday.",
    "Deputies arrested two men in Dover on Monday. Cash was stolen from a church on Tuesday night.",
])
def test_a_theft_takes_no_arresting_police_as_its_thief(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert not any(_sources(default_coder, nlp, text, "171")), _coded(default_coder, nlp, text)


# ------------------------------------------- a person introduced as the head of a body


@pytest.mark.parametrize(("text", "root", "source"), [
    ("Tom Varga, who leads the miners union, spoke in Katowice on Monday. "
     "Varga accused the government of lying.", "11", "---LAB"),
    ("Maria Ostrova, who heads the charity Open Hands, spoke in Port-au-Prince on Monday. "
     "\"We thank the Red Cross for its help,\" Ostrova said.", "05", "NGO"),
])
def test_a_person_who_heads_a_body_takes_its_role(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    assert _sources(default_coder, nlp, text, root) == {source}, _coded(default_coder, nlp, text)


# ------------------------------------------- a state's role word with common nouns named again


@pytest.mark.parametrize(("text", "root", "source"), [
    ("The Philippine coast guard said Chinese vessels fired water cannon at a supply boat. "
     "The coast guard accused Beijing of dangerous manoeuvres.", "112", "PHLMIL"),
    ("The Greek coast guard rescued 40 migrants near Lesbos on Sunday. "
     "The coast guard accused Turkey of pushing boats into Greek waters.", "112", "GRCMIL"),
])
def test_the_coast_guard_named_again_keeps_its_country(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    assert source in _sources(default_coder, nlp, text, root), _coded(default_coder, nlp, text)
    assert not {s for s in _sources(default_coder, nlp, text, root) if s.endswith("MIL") and s != source}


@pytest.mark.parametrize(("text", "root", "source"), [
    ("Nigeria's army said on Sunday that its troops had killed 20 militants in Borno state. "
     "The military accused the fighters of attacking a village.", "112", "NGAMIL"),
    ("Kenya's army said troops had crossed into Somalia on Friday. "
     "The military accused al-Shabaab of planting mines.", "112", "KENMIL"),
])
def test_the_military_is_the_one_army_named_before(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    assert _sources(default_coder, nlp, text, root) == {source}, _coded(default_coder, nlp, text)


def test_the_military_of_two_armies_named_before_is_neither(default_coder: Coder, nlp: Language) -> None:
    text = ("The Thai army clashed with Cambodian troops on Monday. "
            "The military accused Cambodia of firing first.")
    assert _sources(default_coder, nlp, text, "112") == {"---MIL"}, _coded(default_coder, nlp, text)


# ------------------------------------------- "they" for the pair the sentence before named


@pytest.mark.parametrize(("text", "root", "pair"), [
    ("Indian Prime Minister Rajan Mehta spoke by phone with his Japanese counterpart on Tuesday. "
     "They agreed to expand defence cooperation.", "03", {("INDGOV", "JPNGOV"), ("JPNGOV", "INDGOV")}),
    ("Kenyan President Ruth Kamau met Ugandan President Joseph Okello in Kampala. "
     "They signed a trade agreement.", "06", {("KENGOV", "UGAGOV"), ("UGAGOV", "KENGOV")}),
])
def test_they_after_two_sides_met_are_both_sides(
    default_coder: Coder, nlp: Language, text: str, root: str, pair: set[tuple[str, str]]
) -> None:
    found = {(s, t) for s, c, t in _coded(default_coder, nlp, text) if c.startswith(root)}
    assert found == pair, _coded(default_coder, nlp, text)


def test_they_after_others_named_as_several_is_not_the_pair(default_coder: Coder, nlp: Language) -> None:
    text = ("Kenyan President Ruth Kamau met Ugandan President Joseph Okello in Kampala. "
            "Protesters gathered outside. They accused both leaders of ignoring farmers.")
    assert not {s for s in _sources(default_coder, nlp, text, "11") if s.endswith("GOV")}, _coded(
        default_coder, nlp, text)


# ------------------------------------------- a quotation's tag after paragraphs of its words


@pytest.mark.parametrize(("text", "root", "source"), [
    ("Colombian Defence Minister Pablo Herrera visited troops in Cauca on Wednesday.\n\n"
     "\"We will pursue the rebels wherever they hide.\n\n"
     "\"We thank the United States for its support,\" he said.", "05", "COLGOV"),
    ("Kenyan Interior Minister Ruth Kamau toured the border town of Mandera on Monday.\n\n"
     "\"Our forces are ready.\n\n"
     "\"We thank Ethiopia for sharing intelligence,\" she said.", "05", "KENGOV"),
])
def test_a_quotation_run_on_over_paragraphs_keeps_its_speaker(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    assert _sources(default_coder, nlp, text, root) == {source}, _coded(default_coder, nlp, text)
