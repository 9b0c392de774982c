"""Defendants named by their own sentence are criminals (CRM), not civilians: what the
sentence accuses them of, convicts them of or has them plead to says who they are
(:mod:`events.coding.defendants`). Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder
from events.coding.defendants import accused

WHEN = dt.date(2023, 9, 4)


def _actors(coder: Coder, nlp: Language, text: str, root: str) -> set[str]:
    """Both sides' codes of the events of ``text`` with the CAMEO root ``root``."""
    return {a.code for e in coder.code(nlp(text), when=WHEN) if e.event_code.startswith(root)
            for a in (e.source, e.target) if a is not None}


@pytest.mark.parametrize(("text", "root"), [
    # a participle on the phrase
    ("A retired couple accused of cheating a charity were detained by officers on Friday.", "17"),
    ("Officers detained a driver suspected of smuggling cigarettes.", "17"),
    # a relative clause: a plea, an accusation
    ("A woman who pleaded guilty to poisoning a rival was jailed for five years.", "17"),
    ("Detectives questioned a man who was charged with forging passports.", "09"),
    # the subject of the accusing verb, through a coordinated or adverbial clause
    ("A Dundee man was arrested and charged with vandalising a war memorial.", "17"),
    ("A Reno man was sentenced to four years after pleading guilty to arson.", "17"),
    # the object of the accusing verb itself
    ("Detectives charged a driver with fraud on Tuesday.", "17"),
    # a participle before the noun, "found guilty", "wanted" by the police
    ("The accused man was freed on bail by a judge in Derby.", "08"),
    ("Two men were found guilty of arson and jailed by a judge.", "17"),
    ("Police arrested a man wanted for questioning.", "17"),
])
def test_a_person_the_sentence_accuses_is_a_criminal(
    default_coder: Coder, nlp: Language, text: str, root: str
) -> None:
    found = _actors(default_coder, nlp, text, root)
    assert any(code.endswith("CRM") for code in found), found
    assert not any(code.endswith("CVL") for code in found), found


@pytest.mark.parametrize(("text", "root"), [
    # whom the law lets go keeps no crime
    ("A court acquitted a man accused of stealing horses.", "08"),
    ("Prosecutors dropped the charges against a woman accused of arson.", "08"),
    # someone the law acts on, but does not accuse in the sentence
    ("Police shot a man during a traffic stop.", "19"),
    ("Officers rescued a woman from a burning car.", "07"),
    ("The alleged victim was questioned by police.", "09"),
])
def test_a_person_the_sentence_does_not_hold_stays_a_civilian(
    default_coder: Coder, nlp: Language, text: str, root: str
) -> None:
    found = _actors(default_coder, nlp, text, root)
    assert not any(code.endswith("CRM") for code in found), found


def test_a_plea_is_read_from_the_words_after_the_verb(nlp: Language) -> None:
    doc = nlp("A baker who pleaded guilty to theft was fined.")
    baker = next(t for t in doc if t.lower_ == "baker")
    assert accused(baker)
    doc = nlp("A baker who pleaded for mercy was fined.")
    baker = next(t for t in doc if t.lower_ == "baker")
    assert not accused(baker)


def test_coordinated_defendants_are_all_criminals(default_coder: Coder, nlp: Language) -> None:
    found = _actors(default_coder, nlp, "Prosecutors charged Ivo Brandt and Lena Fisch with tax fraud.", "17")
    assert "---CRM" in found and not any(code.endswith("CVL") for code in found), found


@pytest.mark.parametrize(("text", "target"), [
    ("A Copenhagen judge found Anna Holm guilty of stealing money from a welfare agency.", "DNKCVL"),
    ("A court in Bordeaux found a French mayor guilty of taking bribes.", "FRAGOV"),
])
def test_a_verdict_on_a_deed_is_on_its_doer(
        default_coder: Coder, nlp: Language, text: str, target: str) -> None:
    found = {(e.event_code, e.target.code if e.target else "") for e in default_coder.code(nlp(text))}
    assert ("116", target) in found, found
