"""Criticism and praise said with the verbs and idioms news uses beside "criticised" and
"praised": "chastised X", "rounded on X", "poured scorn on X", "heaped praise on X", and
the reverse idioms "drew criticism from X", "won praise from X".

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded, _has


@pytest.mark.parametrize(("text", "expected"), [
    ("The Italian interior minister chastised Malta over the rescue ships.", ("ITAGOV", "111", "MLT")),
    ("Brazil's president upbraided Argentina during the Mercosur summit.", ("BRAGOV", "111", "ARG")),
    ("The Swedish prime minister admonished Hungary over press freedom.", ("SWEGOV", "111", "HUN")),
    ("Lithuania's foreign minister reprimanded Belarus for the border incidents.", ("LTUGOV", "111", "BLR")),
])
def test_a_verb_of_rebuke_criticises_its_object(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Cypriot president rounded on Turkey in a speech to parliament.", ("CYPGOV", "111", "TUR")),
    ("Seoul poured scorn on North Korea's latest proposal.", ("", "111", "PRK")),
    ("Angry Kenyan lawmakers laid into Uganda over the fishing dispute.", ("", "111", "UGA")),
])
def test_an_idiom_of_attack_in_words_criticises_its_object(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ghanaian president heaped praise on Senegal for its mediation.", ("GHAGOV", "051", "SEN")),
    ("The Pope lavished praise on Jordan's king.", ("", "051", "JORGOV")),
])
def test_an_idiom_of_praise_praises_its_object(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Nicaragua drew criticism from Costa Rica over the river dredging.", ("CRI", "111", "NIC")),
    ("Tanzania won praise from the World Bank for its reforms.", ("IGOWBK", "051", "TZA")),
    ("Slovakia came under criticism from Austria over the nuclear plant.", ("AUT", "111", "SVK")),
    ("Ecuador earned praise from the IMF for its budget.", ("IGOIMF", "051", "ECU")),
    ("Serbia attracted criticism from Albania over the border dispute.", ("ALB", "111", "SRB")),
])
def test_criticism_or_praise_drawn_from_someone_is_theirs(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Nepalese prime minister welcomed India's support for the earthquake recovery.", ("", "051", "IND")),
    ("Somalia's president appreciated Turkey's commitment to the port project.", ("", "051", "TUR")),
    ("The Armenian opposition questioned Russia's commitment to the alliance.", ("", "110", "RUS")),
])
def test_a_stance_judged_by_a_verb_of_judging_is_its_holders(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


def test_a_stance_voiced_is_the_speakers_own(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The minister expressed Norway's support for Colombia's peace talks.")
    assert _has(found, ("NORGOV", "051", "COL")), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Amnesty International issued a report critical of the Nigerian army.", ("NGOAMN", "111", "NGAMIL")),
    ("The Brazilian senator released a statement critical of Venezuela.", ("", "111", "VEN")),
    ("The retired general made comments critical of the Thai government.", ("", "111", "THAGOV")),
])
def test_a_report_or_statement_critical_of_someone_criticises_them(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Estonian foreign minister had harsh words for Russia.", ("ESTGOV", "111", "RUS")),
    ("The Irish prime minister had kind words for Britain.", ("IRLGOV", "051", "GBR")),
    ("The Spanish prime minister was full of praise for Portugal.", ("ESPGOV", "051", "PRT")),
    ("The UN human rights chief singled out Eritrea for criticism.", ("", "111", "ERI")),
    ("The Serbian president reserved his harshest criticism for Croatia.", ("SRBGOV", "111", "HRV")),
    ("The Chilean president took a dig at Bolivia in his speech.", ("CHLGOV", "111", "BOL")),
])
def test_a_phrase_of_words_for_someone_judges_them(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


def test_slamming_the_door_on_talks_rejects_them(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The Sudanese army slammed the door on talks with the rebels.")
    assert any(c == "120" for _, c, _, _ in found), found
    assert not any(c == "111" for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Lithuanian president condemned what he called Belarus's hybrid attack.", ("LTUGOV", "111", "BLR")),
    ("The Jordanian king praised what he called the courage of the Egyptian army.", ("", "051", "EGYMIL")),
    ("Cuba rejected what it described as American meddling.", ("CUB", "120", "USA")),
])
def test_what_the_speaker_called_something_names_the_target(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Colombian president delivered a stinging rebuke to Venezuela.", ("COLGOV", "111", "VEN")),
    ("The Moroccan king issued a sharp rebuke to Algeria.", ("", "111", "DZA")),
    ("Greece's rebuke of Turkey was unusually blunt.", ("GRC", "111", "TUR")),
])
def test_a_rebuke_delivered_or_issued_criticises_whom_it_is_to(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Danish prime minister's remarks sparked criticism from Greenland.", ("GRL", "111", "DNKGOV")),
    ("Bolivia's decision triggered condemnation from Chile.", ("CHL", "111", "BOL")),
])
def test_criticism_sparked_from_someone_is_theirs_of_the_owner(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Jordanian prime minister extended his thanks to Germany for its help.", ("JORGOV", "051", "DEU")),
    ("The Fijian prime minister offered thanks to New Zealand.", ("FJIGOV", "051", "NZL")),
    ("The Malian president sent his gratitude to Senegal.", ("MLIGOV", "051", "SEN")),
])
def test_thanks_extended_offered_or_sent_to_someone_praise_them(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found
    assert not any(c.startswith(("03", "07")) for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Hungarian prime minister poked fun at the European Commission.", ("HUNGOV", "111", "IGOEEC")),
    ("The Venezuelan president made fun of Colombia's president.", ("VENGOV", "111", "COLGOV")),
])
def test_mockery_is_criticism_of_whom_it_mocks(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == expected[1] and t.startswith(expected[2]) for _, c, t, _ in found), found


def test_tribute_paid_to_someone_for_what_they_did_is_praise(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The Colombian president paid tribute to Cuba for its mediation.")
    assert _has(found, ("COLGOV", "051", "CUB")), found


def test_tribute_paid_to_the_dead_stays_a_symbolic_act(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The Chadian president paid tribute to the soldiers who died.")
    assert not any(c == "051" for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Indian embassy took exception to the Malaysian prime minister's remarks.", ("", "110", "MYSGOV")),
    ("The European Commission found fault with Romania's budget.", ("IGOEEC", "111", "ROU")),
    ("The Mexican president railed at Washington over the border wall.", ("MEXGOV", "111", "USAGOV")),
])
def test_idioms_of_objection_judge_their_object(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert _has(found, expected), found
