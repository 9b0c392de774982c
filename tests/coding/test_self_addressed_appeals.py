"""A speaker's appeal the parser hangs on the clause it reports (issue 14): "X said
Hungary was wrong ... and called on Budapest to ..." is X's appeal, not Hungary's to
itself. Sentences written for these tests; none comes from a dev or gold set."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)


def _triples(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {(e.source.code if e.source else "", e.event_code, e.target.code if e.target else "")
            for e in coder.code(nlp(text), when=WHEN)}


def test_an_appeal_to_the_reported_countrys_capital_is_the_speakers(
    default_coder: Coder, nlp: Language
) -> None:
    text = ("A Kenyan government spokesman said Ethiopia had closed the border crossing "
            "and urged Addis Ababa to reopen it.")
    assert ("KENGOV", "020", "ETHGOV") in _triples(default_coder, nlp, text)


def test_an_appeal_after_a_predicate_adjective_is_the_speakers(default_coder: Coder, nlp: Language) -> None:
    text = ("Germany's chancellor said Hungary was wrong to block the aid package "
            "and called on Budapest to lift its veto.")
    found = _triples(default_coder, nlp, text)
    assert ("DEUGOV", "020", "HUNGOV") in found
    assert ("HUN", "020", "HUNGOV") not in found


def test_a_speaker_of_the_same_country_is_not_given_the_appeal(default_coder: Coder, nlp: Language) -> None:
    text = ("The Chinese foreign minister said China was ready to help "
            "and called for Beijing's partners to invest.")
    found = _triples(default_coder, nlp, text)
    assert ("CHNGOV", "020", "CHNGOV") not in found
