"""Classes of "what happened" errors found on invented news paragraphs, each with sentences
written for these tests (none comes from a dev or gold set): forecasts read as threats,
court verdicts, reciprocal signings, the purpose of a cooperation, meetings named by a noun,
and a passive killing whose agent acts in a "when" clause."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2022, 5, 2)
Coded = tuple[str, str, str]


def _coded(coder: Coder, nlp: Language, text: str) -> set[Coded]:
    return {
        (e.source.code if e.source else "", e.event_code, e.target.code if e.target else "")
        for e in coder.code(nlp(text), when=WHEN)
    }


# ------------------------------------------------- a forecast is no threat


@pytest.mark.parametrize(("text", "source"), [
    ("Nigeria warned that the strikes would trigger a wider war in the region.", "NGA"),
    ("The ministry warned that the sanctions would ruin small farmers.", "---GOV"),
    ("Chile's interior minister warned that the arms shipments would drag the region into war.", "CHLGOV"),
])
def test_a_warning_of_what_others_cause_is_a_pessimistic_comment(
    default_coder: Coder, nlp: Language, text: str, source: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert (source, "012", "") in found, found
    assert not any(c.startswith("13") for _, c, _ in found), found


@pytest.mark.parametrize(("text", "source"), [
    ("Serbia warned that its army would use force if Kosovo police entered the north.", "SRB"),
    ("Egypt warned that any attack on its dam would be met with force.", "EGY"),
    ("Poland warned Belarus that it would use force to protect its border.", "POL"),
])
def test_a_warning_of_ones_own_act_stays_a_threat(
    default_coder: Coder, nlp: Language, text: str, source: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(s == source and c.startswith("13") for s, c, _ in found), found


# ------------------------------------------------- courts and juries


@pytest.mark.parametrize(("text", "expected"), [
    # an acquittal eases a legal sanction (081, as CAMEO's own dictionaries code ACQUIT)
    ("A Kenyan court acquitted the opposition leader of treason.", ("KENJUD", "081", "KENOPP")),
    ("The former governor was acquitted of bribery by a federal jury.", ("---JUD", "081", "---GOV")),
    ("The court exonerated the soldiers.", ("---JUD", "081", "---MIL")),
    ("A jury found the Ghanaian businessman not guilty of fraud.", ("GHAJUD", "081", "GHABUS")),
    ("A court in Lima cleared the former minister of all charges.", ("PERJUD", "081", "PERELI")),
    # jurors find guilty (116); a sentence handed down or upheld is legal action (173)
    ("Jurors convicted the nurse in March of manslaughter.", ("---JUD", "116", "---HLH")),
    ("An appeals court upheld the conviction of the Uzbek journalist.", ("UZBJUD", "116", "UZBMED")),
    ("A court in Marseille handed the smuggler a seven-year prison sentence.", ("FRAJUD", "173", "FRACRM")),
])
def test_a_court_verdict_is_coded_with_the_court_as_source(
    default_coder: Coder, nlp: Language, text: str, expected: Coded
) -> None:
    found = _coded(default_coder, nlp, text)
    _, code, target = expected
    # the court is the source; the country an actor takes from a place is not tested here
    assert any(s.endswith("JUD") and c == code and t.endswith(target[3:]) for s, c, t in found), found


@pytest.mark.parametrize("text", [
    "Police cleared the square of protesters.",
    "She handed the letter to the ambassador.",
    "The jury found the evidence persuasive.",
])
def test_ordinary_uses_of_court_words_are_no_verdict(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c in ("081", "116", "173") for _, c, _ in found), found

