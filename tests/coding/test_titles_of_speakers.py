"""Who a titled person is: short and modified titles ("Outgoing PM", "Cllr", "Former Gov."),
a school superintendent, a British police rank, offices only one country has (the
Taoiseach), a title before a name that begins with a facility's word ("Prime Minister Park
Ji-hoon", "Prime Minister Dr Anton Vesely"), and a person named with a body or office the
dictionaries know ("Kremlin aide Yuri Orlov" is RUSGOV, not RUSGOVCVL).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder, Dictionaries
from events.coding.actors import find_mentions
from tests.coding.test_modality import _coded


def _sources(coder: Coder, nlp: Language, text: str, code: str) -> set[str]:
    """The sources of the events of CAMEO ``code`` in ``text``."""
    return {s for s, c, _, _ in _coded(coder, nlp, text) if c == code}


@pytest.mark.parametrize(("text", "code", "source"), [
    ("Outgoing PM Tomaz Krajnc accused Hungary of meddling in the election.", "112", "---GOV"),
    ("Deputy PM Ana Ruiz met the Chinese ambassador.", "040", "---GOV"),
])
def test_pm_is_a_head_of_government(default_coder: Coder, nlp: Language, text: str, code: str,
                                    source: str) -> None:
    assert _sources(default_coder, nlp, text, code) == {source}


@pytest.mark.parametrize("text", [
    "The polls close at 9 PM on Thursday.",
    "Police said the blast happened at 11 PM near the station.",
])
def test_pm_after_a_number_is_an_hour(default_dicts: Dictionaries, nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert not [m for m in find_mentions(doc[:], default_dicts) if m.phrase == "pm"]


def test_pm_before_a_name_is_a_title_mention(default_dicts: Dictionaries, nlp: Language) -> None:
    doc = nlp("PM Ana Ruiz said the talks would resume.")
    assert [m.agent.code for m in find_mentions(doc[:], default_dicts) if m.phrase == "pm" and m.agent]


@pytest.mark.parametrize(("text", "code"), [
    ("Cllr Janet Moore criticised the council's plan.", "111"),
    ("Cllr Tom Walsh accused the developer of breaking its promises.", "112"),
])
def test_a_cllr_is_local_government(default_coder: Coder, nlp: Language, text: str, code: str) -> None:
    assert _sources(default_coder, nlp, text, code) == {"---GOV"}


@pytest.mark.parametrize(("text", "code"), [
    ("Elmwood Superintendent Dana Pruitt criticised the state budget.", "111"),
    ("Superintendent Linda Marsh thanked parents for their patience.", "051"),
])
def test_a_superintendent_runs_schools(default_coder: Coder, nlp: Language, text: str, code: str) -> None:
    assert _sources(default_coder, nlp, text, code) == {"---EDU"}


@pytest.mark.parametrize("text", [
    "Chief Superintendent Ann Cole criticised the gang.",
    "Chief Superintendent Mark Lowe accused the gang of intimidating witnesses.",
])
def test_a_police_superintendent_is_police(default_coder: Coder, nlp: Language, text: str) -> None:
    assert {s for s, c, _, _ in _coded(default_coder, nlp, text) if c.startswith("11")} == {"---COP"}


@pytest.mark.parametrize(("text", "code"), [
    ("Former Gov. Tom Hale criticised the legislature.", "111"),
    ("Ex-PM Tomaz Krajnc criticised the government.", "111"),
])
def test_a_former_office_holder_is_elite(default_coder: Coder, nlp: Language, text: str, code: str) -> None:
    assert _sources(default_coder, nlp, text, code) == {"---ELI"}


@pytest.mark.parametrize(("text", "code"), [
    ("Then-Taoiseach Sean Byrne praised Britain for its help.", "051"),
    ("The Tanaiste criticised the British government.", "111"),
])
def test_the_taoiseach_is_irish(default_coder: Coder, nlp: Language, text: str, code: str) -> None:
    assert _sources(default_coder, nlp, text, code) == {"IRLGOV"}


@pytest.mark.parametrize("text", [
    "Prime Minister Park Ji-hoon criticised Japan over the islands.",
    "Prime Minister Dr Anton Vesely criticised the opposition.",
])
def test_a_name_that_begins_with_a_facility_word_keeps_its_title(
        default_coder: Coder, nlp: Language, text: str) -> None:
    assert _sources(default_coder, nlp, text, "111") == {"---GOV"}


@pytest.mark.parametrize(("text", "code", "source"), [
    ("Kremlin aide Yuri Orlov accused Western governments of lying.", "112", "RUSGOV"),
    ("Minnesota Governor Dale Ostrom vetoed a bill on Friday.", "129", "USAGOV"),
])
def test_a_named_person_of_a_known_body_takes_its_code(
        default_coder: Coder, nlp: Language, text: str, code: str, source: str) -> None:
    assert _sources(default_coder, nlp, text, code) == {source}


@pytest.mark.parametrize(("text", "code", "source"), [
    ("An aide to Prime Minister Ana Ruiz accused the opposition of lying.", "112", "---GOV"),
    ("A senior adviser to the Japanese prime minister criticised China.", "111", "JPNGOV"),
])
def test_an_aide_to_someone_acts_for_them(
        default_coder: Coder, nlp: Language, text: str, code: str, source: str) -> None:
    assert _sources(default_coder, nlp, text, code) == {source}



@pytest.mark.parametrize(("text", "code", "source"), [
    # a role-only state voice that calls on, makes demands of or warns a country named
    # alone is not of that country (the article's geography may still give it one)
    ("The foreign minister urged Iran to release the detained sailors.", "0253", "---GOV"),
    ("The prime minister demanded that Russia withdraw its troops.", "100", "---GOV"),
    ("The defence minister warned China against any provocation.", "130", "---GOV"),
])
def test_a_state_voice_does_not_take_the_country_it_calls_on(
        default_coder: Coder, nlp: Language, text: str, code: str, source: str) -> None:
    assert _sources(default_coder, nlp, text, code) == {source}


def test_a_call_on_a_countrys_people_keeps_its_country(default_coder: Coder, nlp: Language) -> None:
    found = _sources(default_coder, nlp, "The prime minister urged Britons to stay at home.", "020")
    assert found == {"GBRGOV"}


@pytest.mark.parametrize(("text", "code", "source"), [
    # Korean and Taiwanese names are written family name first: "Kim" names "Kim Jae-won" again
    ("South Korea's foreign minister, Kim Jae-won, met Japanese envoys on Monday. "
     "Kim accused Tokyo of ignoring history.", "112", "KORGOV"),
    ("Taiwan's foreign minister, Lin Chia-hung, met Japanese lawmakers on Monday. "
     "Lin accused Beijing of bullying the island.", "112", "TWNGOV"),
])
def test_a_family_name_written_first_names_the_person_again(
        default_coder: Coder, nlp: Language, text: str, code: str, source: str) -> None:
    assert _sources(default_coder, nlp, text, code) == {source}


@pytest.mark.parametrize(("text", "code", "source"), [
    # a spokesman of a person the article named before speaks for that person, with their code
    ("ST. PAUL - Minnesota Gov. Dale Ostrom vetoed the tax bill on Friday. "
     "Ostrom's spokesman accused Democratic leaders of wasting money.", "112", "USAGOV"),
    ("BERLIN - German Chancellor Olaf Brandt criticised Russia on Monday. "
     "A spokesman for Brandt accused Moscow of spreading lies.", "112", "DEUGOV"),
])
def test_a_spokesman_of_a_person_named_before_speaks_for_them(
        default_coder: Coder, nlp: Language, text: str, code: str, source: str) -> None:
    assert _sources(default_coder, nlp, text, code) == {source}


@pytest.mark.parametrize(("text", "code", "source"), [
    ("Sen. Ruth Calder, D-Ore., criticized the army's contracts in Afghanistan.", "111", "USALEG"),
    ("Rep. Dale Ostrow (R-Ohio) praised the Colombian government's plan.", "051", "USALEG"),
])
def test_a_us_party_and_state_tag_makes_the_legislator_american(
    default_coder: Coder, nlp: Language, text: str, code: str, source: str
) -> None:
    assert source in _sources(default_coder, nlp, text, code)
