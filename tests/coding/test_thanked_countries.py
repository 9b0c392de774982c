"""Countries of role-only actors who thank a country (issue 14): one thanks another
country, not one's own, so a country named alone as the one thanked is not the sentence's
country for its thanker. Sentences written for these tests; none comes from a dev or gold
set."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)


def _triples(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {(e.source.code if e.source else "", e.event_code, e.target.code if e.target else "")
            for e in coder.code(nlp(text), when=WHEN)}


def test_a_minister_thanking_a_country_is_not_of_it(default_coder: Coder, nlp: Language) -> None:
    text = "The health minister thanked Japan for its donation of medical equipment."
    found = _triples(default_coder, nlp, text)
    assert ("---GOVHLH", "051", "JPN") in found


def test_gratitude_expressed_to_a_country_is_not_its_own(default_coder: Coder, nlp: Language) -> None:
    text = "The foreign ministry expressed gratitude to Norway for hosting the talks."
    found = _triples(default_coder, nlp, text)
    assert ("---GOV", "051", "NOR") in found


def test_thanks_to_a_countrys_people_keep_the_country(default_coder: Coder, nlp: Language) -> None:
    text = "The president thanked Kenyans for their patience during the vote count."
    found = _triples(default_coder, nlp, text)
    assert ("KENGOV", "051", "KEN") in found
