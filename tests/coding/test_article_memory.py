"""Who acts when a sentence names them only through the article: "he", "she" or "they" for
someone an earlier sentence named, and "I"/"we" in a quotation whose speaker another
sentence names (events.coding.memory). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from events.coding.memory import quote_spans
from tests.coding.test_news_actors import _coded, _sources

# ------------------------------------------------------ a pronoun for someone named before


@pytest.mark.parametrize(("text", "root", "source"), [
    ("Finnish Foreign Minister Pekka Lindqvist arrived in Riga on Tuesday. "
     "He criticised Russia for the military build-up.", "11", "FINGOV"),
    ("Mrs. Dana Price, a Ghanaian nurse, testified on Monday. "
     "She accused the police of negligence.", "11", "GHAHLH"),
    ("Prosecutors in Lagos filed new charges on Friday. "
     "They accused the former governor of fraud.", "11", "NGAJUD"),
    # reported by speakers who cannot be "he": police are several
    ("Tom Baxter, 45, was arrested in Dayton on Friday. Police said he assaulted a guard.", "18",
     "---CVL"),
    # a paragraph later, and through a sentence whose "he" was the same man
    ("Finnish Foreign Minister Pekka Lindqvist arrived in Riga on Tuesday.\n\n"
     "He spoke for an hour. He criticised Russia for the military build-up.", "11", "FINGOV"),
])
def test_a_pronoun_stands_for_whom_the_article_named_before(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    assert source in _sources(default_coder, nlp, text, root)


@pytest.mark.parametrize(("text", "root"), [
    # alone, "he" is no one
    ("He criticised Russia for the military build-up.", "11"),
    # two men named: the governor met by the mayor may be meant as well
    ("Mayor Tom Odell met Governor Bill Crane on Friday. He accused the council of neglect.", "11"),
    # a man's deed, told by the woman named before
    ("Mrs. Dana Price, a Ghanaian nurse, testified on Monday. He accused the police of lying.", "11"),
    # the tag's speaker is not the one who acted
    ("Detective Sam Nelson arrived at noon. He accused the landlord of arson, Nelson said.", "11"),
    # a quote's "he" is someone its speaker talks about
    ('Police Chief Sam Nelson spoke on Monday. "He accused the landlord of arson," a neighbour said.',
     "11"),
    # too far back: four sentences lie between
    ("Finnish Foreign Minister Pekka Lindqvist arrived in Riga on Tuesday. The talks began at noon. "
     "The weather was cold. The room was full. Dinner was late. "
     "He criticised Russia for the military build-up.", "11"),
    # a firm's word names a place, not a man
    ("The hotel was full on Sunday. He criticised Russia for the military build-up.", "11"),
])
def test_a_pronoun_takes_no_one_the_article_cannot_tell(
    default_coder: Coder, nlp: Language, text: str, root: str
) -> None:
    assert not any(_sources(default_coder, nlp, text, root)), _coded(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "Mayor Tom Odell opened the fair on Sunday. Ray Burns said he accused the council of neglect.",
    "Mayor Tom Odell opened the fair on Sunday. If he had accused the council of neglect, "
    "Ray Burns would have resigned.",
])
def test_the_sentence_s_own_person_comes_before_the_article_s(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert "---GOV" not in _sources(default_coder, nlp, text, "11")


# ------------------------------------------------------ "I" and "we" in a quotation


@pytest.mark.parametrize(("text", "root", "source", "target"), [
    # the speaker is "she", named before
    ("Chilean President Marta Ruiz visited Lima on Monday. "
     "\u201cWe welcome the decision of Peru,\u201d she said.", "05", "CHLGOV", "PER"),
    # a quotation of two sentences, its speaker named after it
    ("The Haitian foreign minister ended his tour on Sunday. "
     "\u201cWe are grateful to Canada. We will repay its trust,\u201d he said.", "05", "HTIGOV", "CAN"),
    # ... or before it, with a colon
    ("The Kenyan interior minister met reporters in Nairobi. He added: \u201cWe thank the "
     "Japanese government for its support. We will keep working with Tokyo.\u201d", "05", "KENGOV", "JPN"),
    ("\u201cWe are grateful to Canada. We will repay its trust,\u201d said the Haitian foreign minister.",
     "05", "HTIGOV", "CAN"),
    # introduced by the sentence before, closed by a colon
    ("The Kenyan interior minister spoke at the rally on Sunday. He told the crowd:\n\n"
     "\u201cWe thank the Japanese government for its support.\u201d", "05", "KENGOV", "JPN"),
    # a quotation left open at a paragraph's end goes on in the next
    ("The Kenyan interior minister spoke at the rally on Sunday. He said: \u201cWe met the envoy.\n\n"
     "\u201cWe will keep working with Tokyo.\u201d", "03", "KENGOV", "JPN"),
])
def test_we_in_a_quotation_is_its_speaker(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str, target: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(s == source and c.startswith(root) and t.startswith(target) for s, c, t in found), found


def test_a_quotation_without_a_named_speaker_has_no_source(default_coder: Coder, nlp: Language) -> None:
    text = "The delegation left on Sunday. \u201cWe are grateful to Canada. We will repay its trust.\u201d"
    assert not any(_sources(default_coder, nlp, text, "05"))


def test_the_article_s_last_sentence_is_kept_for_no_one(default_coder: Coder, nlp: Language) -> None:
    from events.coding.memory import ArticleMemory

    doc = nlp("Finnish Foreign Minister Pekka Lindqvist arrived in Riga on Tuesday.")
    sent = next(iter(doc.sents))
    kept = {}
    for last in (False, True):
        memory = ArticleMemory()
        memory.enter(sent, last=last)
        memory.remember(sent, default_coder._sentence_finder(sent, when=None), lambda actor: actor)
        kept[last] = dict(memory.names)
    assert kept == {False: {"lindqvist": "FINGOV"}, True: {}}


def test_quotation_marks_are_read_once_per_document(nlp: Language) -> None:
    doc = nlp('He said: \u201cWe agree. We sign.\u201d Then "we left," she said.')
    spans = quote_spans(doc)
    assert [doc[a:b].text for a, b in spans] == ["\u201cWe agree. We sign.\u201d", '"we left,"']


# ------------------------------------------------------ a name or a role named again alone


@pytest.mark.parametrize(("text", "root", "source"), [
    # the surname alone keeps the country of its introduction
    ("Finnish Foreign Minister Pekka Lindqvist arrived in Riga on Tuesday. The talks began at noon. "
     "Lindqvist criticised Russia for the military build-up.", "11", "FINGOV"),
    # ... also from an apposition
    ("Pekka Lindqvist, Finland's foreign minister, arrived in Riga on Tuesday. "
     "Lindqvist criticised Russia for the military build-up.", "11", "FIN"),
    # "the minister" alone is the one the article named
    ("Finnish Foreign Minister Pekka Lindqvist arrived in Riga on Tuesday. The talks began at noon. "
     "The minister criticised Russia for the military build-up.", "11", "FINGOV"),
])
def test_a_name_or_role_named_again_keeps_its_country(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    assert any(s.startswith(source) for s in _sources(default_coder, nlp, text, root)), _coded(
        default_coder, nlp, text)


@pytest.mark.parametrize(("text", "root", "country"), [
    # two ministers of two countries: "the minister" is neither
    ("Finnish Foreign Minister Pekka Lindqvist met Estonian Foreign Minister Kaja Tamm in Riga. "
     "The minister criticised Russia for the military build-up.", "11", ("FIN", "EST")),
    # a town's name gave the country: its namesake may be meant
    ("Paris Police Chief Dale Hurst spoke on Monday. The talks began at noon. "
     "Hurst accused the mayor of negligence.", "11", ("FRA",)),
])
def test_a_name_or_role_keeps_no_country_the_article_cannot_tell(
    default_coder: Coder, nlp: Language, text: str, root: str, country: tuple[str, ...]
) -> None:
    sources = _sources(default_coder, nlp, text, root)
    assert not any(s.startswith(country) for s in sources), sources


# ------------------------------------------ "the two sides": the pair named just before


@pytest.mark.parametrize("second", [
    "The two sides signed a fisheries agreement.",
    "Both countries signed a fisheries agreement.",
])
def test_the_two_sides_are_the_pair_named_before(default_coder: Coder, nlp: Language, second: str) -> None:
    text = f"Peru and Chile held talks in Arica on Monday. {second}"
    found = _coded(default_coder, nlp, text)
    assert ("PER", "057", "CHL") in found and ("CHL", "057", "PER") in found, found


@pytest.mark.parametrize(("second", "pair"), [
    ("The two armies clashed near the lake in 2019.", ("PERMIL", "CHLMIL")),
    ("The two leaders met in Arica on Monday.", ("PERGOV", "CHLGOV")),
    ("The two presidents met in Arica on Monday.", ("PERGOV", "CHLGOV")),
    ("Both delegations signed a trade protocol.", ("PERGOV", "CHLGOV")),
])
def test_the_two_armies_or_leaders_are_that_role_of_the_pair(
        default_coder: Coder, nlp: Language, second: str, pair: tuple[str, str]) -> None:
    text = f"Peru and Chile signed a border treaty on Friday. {second}"
    found = {(s, t) for s, _, t in _coded(default_coder, nlp, text)}
    assert pair in found and pair[::-1] in found, found


@pytest.mark.parametrize("first", [
    "Peruvian troops clashed with Shining Path rebels near the river on Monday.",
    "The Peruvian government and the Shining Path rebel group met in Lima on Monday.",
])
def test_the_rebels_named_again_keep_their_country(default_coder: Coder, nlp: Language, first: str) -> None:
    text = f"{first} The rebels freed three hostages on Tuesday."
    sources = {s for s, c, _ in _coded(default_coder, nlp, text) if c.startswith("08")}
    assert sources and all(s.startswith("PER") for s in sources), sources


def test_mediating_between_the_two_neighbours_targets_both(default_coder: Coder, nlp: Language) -> None:
    text = "Sudanese and Chadian troops clashed near the border. Qatar urged the two neighbours to talk."
    targets = {t for s, c, t in _coded(default_coder, nlp, text) if s == "QAT"}
    assert {t[:3] for t in targets} == {"SDN", "TCD"}, targets


def test_both_sides_of_a_river_are_no_pair(default_coder: Coder, nlp: Language) -> None:
    text = "Peru and Chile held talks in Arica on Monday. Troops patrolled both sides of the river."
    found = _coded(default_coder, nlp, text)
    assert not any(s in ("PER", "CHL") and c.startswith("15") for s, c, _ in found), found


# --------------------------------------------- an object or passive pronoun named before


def _targets(coder: Coder, nlp: Language, text: str, root: str) -> set[str]:
    return {t for _, c, t in _coded(coder, nlp, text) if c.startswith(root)}


@pytest.mark.parametrize(("text", "root", "target"), [
    ("Chilean Finance Minister Rosa Vidal opened the trade fair on Monday. "
     "Police detained her at the airport.", "17", "CHLGOV"),
    ("Chilean Finance Minister Rosa Vidal opened the trade fair on Monday. "
     "The union leader praised her for the tax cut.", "05", "CHLGOV"),
    ("Austrian lawmaker Lukas Brenner left the council meeting early. "
     "The governor criticised him for the walkout.", "11", "AUTLEG"),
    # the subject of a passive
    ("Austrian lawmaker Lukas Brenner left the council meeting early. "
     "He was criticised by the governor for the walkout.", "11", "AUTLEG"),
    # named as the object of the sentence before, not its subject
    ("Dutch police arrested the Belgian activist Marc Peeters in Utrecht on Friday. "
     "Prosecutors charged him with arson on Saturday.", "17", "BEL"),
    ("Kenya's army captured three Somali militants near the border. "
     "A military court sentenced them to ten years in prison.", "17", "SOM"),
    # the second of two verbs that share their subject (a place named in a phrase is no
    # one: "in Izmir")
    ("Turkish police detained a Greek man in Izmir on Sunday. "
     "Prosecutors questioned him about the protest and later released him on bail.", "08", "GRC"),
])
def test_an_object_pronoun_stands_for_the_one_person_named_before(
    default_coder: Coder, nlp: Language, text: str, root: str, target: str
) -> None:
    found = _targets(default_coder, nlp, text, root)
    assert any(t.startswith(target) for t in found), _coded(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "root"), [
    # two people named before: "him" may be either
    ("Austrian lawmaker Lukas Brenner met Governor Paul Ortner on Monday. "
     "The council criticised him for the deal.", "11"),
    # someone else the sentence acts on before the pronoun
    ("Austrian lawmaker Lukas Brenner left the meeting early. "
     "A clerk called his deputy and praised him for the report.", "05"),
])
def test_an_object_pronoun_with_two_candidates_stays_unresolved(
    default_coder: Coder, nlp: Language, text: str, root: str
) -> None:
    found = _targets(default_coder, nlp, text, root)
    assert "AUTLEG" not in found, _coded(default_coder, nlp, text)


def test_an_object_pronoun_is_not_its_own_clause_s_subject(default_coder: Coder, nlp: Language) -> None:
    # "them" is the arrested men, never the police who charge them
    text = ("French police arrested three Algerian men in Marseille on Monday. "
            "French police charged them with smuggling.")
    found = _targets(default_coder, nlp, text, "17")
    assert "FRACOP" not in {t for t in found if t}, _coded(default_coder, nlp, text)


# ------------------------------------------ a quotation that goes on in the next sentence


@pytest.mark.parametrize("text", [
    'Estonian Defence Minister Kadri Saar visited Narva on Monday. '
    '"The exercise went well," Saar said. "We strongly criticise the Russian government."',
    'Estonian Defence Minister Kadri Saar visited Narva on Monday. '
    '"The exercise went well," the newspaper quoted Saar as saying. '
    '"We strongly criticise the Russian government."',
])
def test_a_quotation_goes_on_with_the_speaker_of_the_one_before(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert "ESTGOV" in _sources(default_coder, nlp, text, "11")


@pytest.mark.parametrize("text", [
    # the quotation before has no tag: no speaker to go on with
    'Estonian Defence Minister Kadri Saar visited Narva on Monday. '
    'The talks were "productive and calm". "We strongly criticise the Russian government."',
    # a new paragraph starts a new voice
    'Estonian Defence Minister Kadri Saar visited Narva on Monday. "The exercise went well," Saar said.\n\n'
    '"We strongly criticise the Russian government."',
])
def test_a_quotation_after_no_tag_or_a_new_paragraph_has_no_speaker(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert "ESTGOV" not in _sources(default_coder, nlp, text, "11")


def test_a_surname_the_parser_misses_is_the_person_named_before(default_coder: Coder, nlp: Language) -> None:
    text = ("Protesters loyal to former president Evo Morales blocked roads in Bolivia. "
            "Morales accused the government of persecuting him.")
    found = _coded(default_coder, nlp, text)
    assert any(s.startswith("BOL") and c.startswith("112") for s, c, _ in found), found


def test_he_charged_after_an_arrest_is_the_one_arrested(default_coder: Coder, nlp: Language) -> None:
    text = ("Deputies arrested Mark Dunn, 41, at a motel in Reno on Friday. "
            "He was charged with burglary.")
    charged = [e for e in default_coder.code(nlp(text)) if e.sentence_index == 1 and e.event_code == "173"]
    assert charged and all(e.target is not None and e.target.code.endswith("CVL") for e in charged), charged
