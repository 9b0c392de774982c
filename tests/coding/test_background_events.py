"""Background that is no new event (events.coding.background): a relative clause, a
participle or an event noun dated well before the article tells who someone is or what went
before, not the news of the article's week. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import event_codes

PUBLISHED = dt.date(2026, 3, 18)  # a Wednesday


def codes(coder: Coder, nlp: Language, text: str) -> list[str]:
    """The codes of ``text`` published on :data:`PUBLISHED`."""
    return event_codes(coder, nlp, text, when=PUBLISHED)


@pytest.mark.parametrize(("text", "old"), [
    ("A police sergeant who shot an unarmed teenager in 2021 was promoted to lieutenant on Tuesday.", "193"),
    ("A gang that robbed three banks in Ohio last year was sentenced on Tuesday.", "171"),
    ("The Ukrainian foreign minister, who met his Polish counterpart in Warsaw last month, urged the "
     "European Union to tighten sanctions on Russia.", "040"),
    ("Government troops raised the flag over Kidal, which Tuareg rebels seized in 2012.", "171"),
])
def test_a_relative_clause_dated_before_is_no_event(default_coder: Coder, nlp: Language, text: str,
                                                    old: str) -> None:
    assert old not in codes(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "news"), [
    ("Police arrested a man who stabbed a shopkeeper in east London on Monday.", "182"),
    ("Soldiers who stormed the radio station on Tuesday detained the information minister.", "190"),
])
def test_a_relative_clause_of_the_news_week_stays(default_coder: Coder, nlp: Language, text: str,
                                                  news: str) -> None:
    assert news in codes(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "old"), [
    ("The Georgian president met NATO officials in Brussels, fifteen years after the 2008 Russian "
     "invasion of Georgia.", "192"),
    ("During his visit to Beijing last year, the Brazilian president signed a trade accord.", "042"),
])
def test_an_event_noun_dated_before_is_no_event(default_coder: Coder, nlp: Language, text: str,
                                                old: str) -> None:
    found = codes(default_coder, nlp, text)
    assert old not in found
    assert found  # the news of the sentence stays (040, 057)


@pytest.mark.parametrize("text", [
    "A judge ruled that the police shooting of a motorist on Feb. 27 was reasonable.",
    "An inquest found that the police shooting of a student on Feb. 2 was lawful.",
])
def test_an_event_noun_the_story_is_about_stays(default_coder: Coder, nlp: Language, text: str) -> None:
    assert "193" in codes(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "old"), [
    ("A gang that robbed three banks in Ohio two years ago was sentenced on Tuesday.", "171"),
    ("A former guard who assaulted an inmate three years ago was hired by the county jail.", "182"),
])
def test_without_a_publication_date_how_long_ago_still_counts(default_coder: Coder, nlp: Language,
                                                              text: str, old: str) -> None:
    assert old not in [e.event_code for e in default_coder.code(nlp(text), when=None)]


@pytest.mark.parametrize(("text", "old"), [
    ("A Florida couple accused of defrauding elderly church members appeared in federal court on "
     "Wednesday.", "171"),
    ("The officer convicted of assaulting a handcuffed suspect was fired by the police chief on Tuesday.",
     "182"),
    ("Two teenagers suspected of setting fire to a mosque were released on bail, police said.", "1712"),
    ("Two brothers accused of robbing and beating a taxi driver were denied bail.", "182"),
])
def test_the_act_a_status_participle_names_is_no_event(default_coder: Coder, nlp: Language, text: str,
                                                       old: str) -> None:
    assert old not in codes(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The officer, who was convicted of assaulting a handcuffed suspect, was fired by the police chief "
    "on Tuesday.",
    "A prison guard, who was convicted of beating an inmate, lost his appeal on Monday.",
])
def test_the_act_a_passive_relative_clause_of_status_names_is_no_event(default_coder: Coder, nlp: Language,
                                                                       text: str) -> None:
    assert not any(c.startswith("18") for c in codes(default_coder, nlp, text))


@pytest.mark.parametrize(("text", "news"), [
    ("Three men charged over the robbery of a jewellery store pleaded not guilty at Crown Court on "
     "Monday, police said.", "016"),
    ("A soldier jailed for killing a civilian was pardoned by the president on Tuesday.", "0841"),
    ("A former mayor jailed for taking bribes was released from prison on Monday.", "0841"),
])
def test_a_status_participle_is_no_charge_or_arrest(default_coder: Coder, nlp: Language, text: str,
                                                    news: str) -> None:
    found = codes(default_coder, nlp, text)
    assert "173" not in found
    assert news in found  # the news of the sentence stays


@pytest.mark.parametrize("text", [
    "A woman charged on Monday with murdering her husband appeared in court on Tuesday.",
    "Two fishermen charged by the coast guard with poaching were fined on Friday.",
    "Police charged a man with robbing a bank in Leeds on Monday.",
])
def test_a_charge_with_its_day_or_its_agent_or_in_a_main_clause_stays(default_coder: Coder, nlp: Language,
                                                                      text: str) -> None:
    assert "173" in codes(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "A man accused of stabbing a shopkeeper on Monday was remanded in custody by magistrates.",
    "A teenager accused of shooting a bus driver on Saturday was charged with attempted murder.",
    "A man suspected of punching a nurse on Friday appeared before magistrates.",
])
def test_the_act_a_status_names_with_a_day_of_its_own_stays(default_coder: Coder, nlp: Language,
                                                            text: str) -> None:
    assert any(c.startswith("18") or c.startswith("19") for c in codes(default_coder, nlp, text))


@pytest.mark.parametrize(("text", "old"), [
    ("Thai prosecutors indicted a former prime minister over the 2010 crackdown on protesters, in which "
     "soldiers killed more than 90 people.", "190"),
    ("The court reopened the inquiry into the 1995 siege of the village, during which militiamen shot "
     "dozens of men.", "193"),
])
def test_what_happened_within_an_event_of_an_earlier_year_is_no_event(default_coder: Coder, nlp: Language,
                                                                      text: str, old: str) -> None:
    found = codes(default_coder, nlp, text)
    assert old not in found
    assert found  # the indictment, the inquiry


@pytest.mark.parametrize(("text", "old"), [
    ("Tbilisi has sought closer ties with the West since Russia recognised the breakaway regions of "
     "Abkhazia and South Ossetia.", "054"),
    ("The opposition leader has lived in exile since the army seized power in the capital.", "192"),
    ("Border towns have been quiet since the rebels declared a ceasefire with the government.", "0871"),
])
def test_the_act_a_perfect_is_counted_since_is_no_event(default_coder: Coder, nlp: Language, text: str,
                                                       old: str) -> None:
    assert old not in codes(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "news"), [
    ("Protesters have gathered outside the station every night since police shot a teenager on Monday.",
     "193"),
    ("Since the army shelled the market, thousands of residents fled to the border.", "194"),
])
def test_a_since_clause_with_its_day_or_of_a_reason_stays(default_coder: Coder, nlp: Language, text: str,
                                                          news: str) -> None:
    assert news in codes(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "old"), [
    ("Former police officer Derek Hale, who killed a man during an arrest in 2020, was denied parole on "
     "Friday.", "190"),
    ("A militiaman who shot a priest during a raid in 2017 surrendered to the police on Monday.", "193"),
])
def test_a_relative_clause_dated_through_its_phrase_of_time_is_no_event(default_coder: Coder,
                                                                        nlp: Language, text: str,
                                                                        old: str) -> None:
    assert old not in codes(default_coder, nlp, text)


def test_a_phrase_of_time_of_the_news_week_keeps_the_clause(default_coder: Coder, nlp: Language) -> None:
    text = "Police arrested a guard who punched a shopper during a scuffle on Monday."
    assert "182" in codes(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "old"), [
    ("A gang that robbed three banks in Ohio was sentenced on Tuesday.", "171"),
    ("The man who stabbed his neighbour pleaded guilty to attempted murder at Leeds Crown Court.", "182"),
    ("A soldier who shot two protesters was pardoned by the president on Tuesday.", "175"),
    ("A court convicted two men who attacked a mosque in Dresden.", "180"),
])
def test_the_deed_of_one_a_court_judges_is_no_event(default_coder: Coder, nlp: Language, text: str,
                                                    old: str) -> None:
    found = codes(default_coder, nlp, text)
    assert old not in found
    assert found  # the sentence, the plea, the pardon, the conviction


def test_the_deed_of_one_the_police_arrest_stays(default_coder: Coder, nlp: Language) -> None:
    text = "Police arrested a man who stabbed a shopkeeper in east London."
    assert "182" in codes(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "old"), [
    ("A man who previously attacked a prison guard was arrested on Monday after a robbery in Leeds.", "180"),
    ("Jones, who once kidnapped a banker, was arrested by police on Friday.", "181"),
    ("A rebel leader who formerly fought government troops joined the cabinet on Monday.", "190"),
])
def test_a_relative_clause_told_as_done_before_is_no_event(default_coder: Coder, nlp: Language, text: str,
                                                           old: str) -> None:
    assert old not in codes(default_coder, nlp, text)


def test_a_main_clause_told_as_done_before_stays(default_coder: Coder, nlp: Language) -> None:
    # the news gold codes such history with its own date
    assert "194" in codes(default_coder, nlp, "Previously, the army had shelled the town of Kidal.")


@pytest.mark.parametrize(("text", "old"), [
    ("A deputy who shot a fleeing driver on Nov. 14, 2023, was cleared by a grand jury on Tuesday.", "193"),
    ("Rebels who seized the airport in December 2024 handed it to the army on Monday.", "171"),
])
def test_a_clause_dated_by_a_full_date_of_an_earlier_year_is_no_event(
        default_coder: Coder, nlp: Language, text: str, old: str) -> None:
    assert old not in codes(default_coder, nlp, text)


def test_a_full_date_is_read_by_its_year_and_month_without_dateparser() -> None:
    from events.coding.background import _resolve

    assert _resolve("Nov. 14, 2023", "explicit", PUBLISHED) == (dt.date(2023, 11, 1), "month")
    assert _resolve("December 2024", "month_year", PUBLISHED) == (dt.date(2024, 12, 1), "month")
    assert _resolve("on March 3", "explicit", PUBLISHED) == (dt.date(2026, 3, 1), "month")


@pytest.mark.parametrize(("text", "act"), [
    ("Two Russian oligarchs had their yachts seized by French customs officers in 2022.", "1711"),
    ("Three Iranian shipping firms had their accounts frozen by British authorities in 2024.", "163"),
])
def test_the_participle_of_a_causatives_object_is_the_act_told(
        default_coder: Coder, nlp: Language, text: str, act: str) -> None:
    assert act in codes(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "not_coded"), [
    ("The new levy applies to all banks receiving state aid from Lisbon.", "070"),
    ("Any country violating the arms embargo on Libya will face penalties, the council said.", "190"),
    ("Hundreds of Italian soldiers stationed in Lebanon fell ill with food poisoning.", "154"),
    ("Relatives marched in Rabat to demand the release of activists jailed in Algeria.", "173"),
    ("A Red Cross team visited Eritrean migrants detained in Libya.", "173"),
])
def test_a_participle_of_who_they_are_is_no_event(default_coder: Coder, nlp: Language, text: str,
                                                  not_coded: str) -> None:
    assert not_coded not in codes(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "news"), [
    ("French troops deployed to the border on Monday clashed with smugglers.", "154"),
    ("Protesters demanding the resignation of the mayor marched through Lima.", "1041"),
    ("Guards released two fishermen detained on Sunday off the coast of Gabon.", "173"),
    ("Navy drills held in the Baltic on Tuesday alarmed Moscow.", "150"),
])
def test_a_participle_of_news_stays(default_coder: Coder, nlp: Language, text: str, news: str) -> None:
    assert news in codes(default_coder, nlp, text)
