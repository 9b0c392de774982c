"""Remarks whose speaker a nearby sentence names (issue 14): "he" or "she" after a sentence
whose subject met "his counterpart", and "the foreign minister" or "the prime minister" for
the minister the article named with a country (events.coding.memory). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_news_actors import _coded

# ------------------------------------------- "his counterpart" is no rival of the subject


@pytest.mark.parametrize(("text", "expected"), [
    ("Polish Foreign Minister Marek Nowak met his Lithuanian counterpart on Monday. "
     "He later accused Belarus of pushing migrants across the border.", ("POLGOV", "112", "BLR")),
    ("Chilean President Marta Ruiz hosted her Argentine counterpart in Santiago. "
     "She praised Argentina for its help during the wildfires.", ("CHLGOV", "051", "ARG")),
    ("Norwegian Defence Minister Erik Dahl phoned his Finnish counterpart on Friday. "
     "He then criticised Russia for jamming GPS signals over the Arctic.", ("NORGOV", "111", "RUS")),
])
def test_a_pronoun_goes_on_with_the_subject_whose_counterpart_was_met(
    default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _coded(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Polish Foreign Minister Marek Nowak met his Lithuanian counterpart on Monday. "
     "\u201cWe condemn Belarus for using migrants as a weapon.\u201d", ("POLGOV", "111", "BLR")),
    ("Austrian Chancellor Paul Gruber received his Slovak counterpart in Vienna. "
     "\u201cWe thank Slovakia for its help on the Danube.\u201d", ("AUTGOV", "051", "SVK")),
])
def test_an_untagged_quote_is_the_subject_s_not_the_counterpart_s(
    default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _coded(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    # the counterpart has a name: two men, "he" may be either
    "Polish Foreign Minister Marek Nowak met his Lithuanian counterpart, Jonas Petraitis, on Monday. "
    "He later accused Belarus of pushing migrants across the border.",
    # a relative is a private person who may be the next "he"
    "Polish Foreign Minister Marek Nowak met his brother on Monday. "
    "He later accused Belarus of pushing migrants across the border.",
    # another man met, named with his role: still two
    "Mayor Tom Odell met Governor Bill Crane on Friday. He accused Belarus of pushing migrants.",
])
def test_a_named_or_private_person_met_keeps_the_pronoun_open(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    coded = _coded(default_coder, nlp, text)
    assert not any(s for s, c, _ in coded if c.startswith("112")), coded


# ------------------------------------------- "the foreign minister" named again


@pytest.mark.parametrize(("text", "expected"), [
    ("Foreign Minister Anna Kovac of Croatia flew to Belgrade on Wednesday. "
     "The foreign minister urged Serbia to stop arming militias.", ("HRVGOV", "020", "SRB")),
    ("Thai Prime Minister Somchai Prasert visited the border province on Friday. "
     "The prime minister accused Cambodia of laying new mines.", ("THAGOV", "112", "KHM")),
])
def test_a_title_named_again_keeps_its_country(
    default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _coded(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    # two countries' ministers: "the foreign minister" may be either
    "Foreign Minister Anna Kovac of Croatia met Serbian Foreign Minister Goran Ilic on Wednesday. "
    "The foreign minister accused Kosovo of stoking tension.",
    # a word of another's before the title: someone new
    "Thai Prime Minister Somchai Prasert visited the border province on Friday. "
    "The new prime minister accused Cambodia of laying new mines.",
])
def test_a_title_named_again_takes_no_country_the_article_cannot_tell(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    coded = _coded(default_coder, nlp, text)
    assert not any(s[:3] in ("HRV", "SRB", "THA") for s, c, _ in coded if c.startswith("112")), coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghanaian opposition leader John Mensah held a rally in Kumasi on Sunday. "
     "The opposition leader accused the ruling party of buying votes.", "GHAOPP"),
    ("Kenyan opposition leader Grace Atieno toured flooded villages on Friday. "
     "The opposition leader criticised the government for its slow response.", "KENOPP"),
])
def test_the_opposition_leader_named_again_keeps_the_country(
    default_coder: Coder, nlp: Language, text: str, expected: str
) -> None:
    coded = _coded(default_coder, nlp, text)
    assert expected in {s for s, c, _ in coded if c.startswith("11")}, coded


# ------------------------------------------- the doer of a passive, the source of "according to"


@pytest.mark.parametrize(("text", "expected"), [
    ("The talks in Doha were chaired by Qatari Foreign Minister Khalid Al-Sayed. "
     "He urged Israel and Hamas to agree to a ceasefire.", ("QATGOV", "0256", "ISR")),
    ("The summit in Nairobi was opened by Kenyan President Ruth Wanjiru. "
     "She praised Ethiopia for its role in the Somalia peace talks.", ("KENGOV", "051", "ETH")),
])
def test_a_pronoun_may_stand_for_the_doer_of_a_passive(
    default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _coded(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("According to Serbian President Milan Jovic, the army is on high alert. "
     "He accused Kosovo of provoking violence in the north.", ("SRBGOV", "112", "KSV")),
    ("According to Chadian Foreign Minister Idriss Mahamat, the border crossings are closed. "
     "\u201cWe accuse Sudan of arming the rebels.\u201d", ("TCDGOV", "112", "SDN")),
])
def test_a_pronoun_or_quote_may_stand_for_the_source_of_according_to(
    default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _coded(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    # two presidents: the one greeted and the one greeting
    "Kenyan President Ruth Wanjiru was greeted by Ugandan President Moses Okello in Kampala. "
    "She praised Ethiopia for its role in the Somalia peace talks.",
    # the source of "according to" and the sentence's own subject are two men
    "According to Serbian President Milan Jovic, Kosovo's premier Agon Berisha ordered the raid. "
    "He accused NATO of ignoring the danger in the north.",
])
def test_the_doer_of_a_passive_is_one_more_rival(default_coder: Coder, nlp: Language, text: str) -> None:
    coded = _coded(default_coder, nlp, text)
    assert not any(s for s, c, _ in coded if c.startswith(("051", "112"))), coded


# ------------------------------------------- "he added (that) ..." is said as "he said that ..."


@pytest.mark.parametrize(("text", "expected"), [
    ("Lebanese Prime Minister Karim Haddad spoke at a news conference in Beirut on Tuesday. "
     "He added that Israel had violated Lebanese airspace dozens of times this month.",
     ("LBNGOV", "112", "ISR")),
    ("Estonian Defence Minister Kalle Tamm briefed reporters in Tallinn on Monday. "
     "He added that Russian jets had violated Estonian airspace twice this week.",
     ("ESTGOV", "112", "RUSMIL")),
    ("Nigerian President Bola Adeyemi arrived in Accra on Monday. "
     "Adeyemi added that Niger was responsible for the attack on the border post.", ("NGAGOV", "112", "NER")),
    # with no "that"
    ("Lebanese Prime Minister Karim Haddad spoke at a news conference in Beirut on Tuesday. "
     "He added Israeli troops had shelled villages in the south.", ("LBNGOV", "112", "ISRMIL")),
    ("Somali President Hassan Abdi flew to Nairobi on Monday. "
     "He added Kenya was responsible for the raid on the border town.", ("SOMGOV", "112", "KEN")),
])
def test_added_that_reports_what_its_speaker_blames(
    default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _coded(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "Colombia added 40,000 troops to the border force, officials said.",
    "Peruvian President Jorge Salas added Chile to the list of partners on Tuesday.",
    "Kenyan President Ruth Wanjiru added her voice to calls for a ceasefire in Sudan.",
])
def test_added_without_a_clause_says_nothing(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any(c.startswith("01") for _, c, _ in _coded(default_coder, nlp, text))


# ------------------------------------------- the subject the story stays with


@pytest.mark.parametrize(("text", "expected"), [
    ("Israeli Prime Minister David Levin spoke by phone with U.S. President John Carter. "
     "Levin thanked the United States for its support. He also accused Iran of arming Hezbollah.",
     ("ISRGOV", "112", "IRN")),
    ("French President Paul Girard spoke by phone with Ukrainian President Taras Bondar on Sunday. "
     "Girard condemned Russia for the missile strike on Odesa. "
     "He also promised Ukraine more air defence systems.", ("FRAGOV", "0332", "UKR")),
])
def test_a_pronoun_stays_with_the_subject_named_again_alone(
    default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _coded(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    # the one met became a subject of his own
    "Mayor Tom Odell met Governor Bill Crane on Friday. Crane praised the plan. "
    "He accused the council of neglect.",
    # the one arrested was acted on by others, not by the sheriff named after
    "Police arrested John Doe on Friday. Sheriff Tom Ray praised the deputies. "
    "He accused the council of neglect.",
])
def test_a_pronoun_stays_open_when_the_story_changed_subjects(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    coded = _coded(default_coder, nlp, text)
    assert not any(s for s, c, _ in coded if c.startswith("112")), coded
