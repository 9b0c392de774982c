"""What happens in news sentences the coder missed or misread (sentences written for these
tests, none from a dev or gold set): sanctions adopted in a batch, measures "targeting"
someone, acts of coordinated subjects, emergencies and curfews, rescues."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2023, 5, 2)
Coded = tuple[str, str, str, str]


def _coded(coder: Coder, nlp: Language, text: str) -> set[Coded]:
    return {(e.source.code if e.source else "", e.event_code, e.target.code if e.target else "", e.modality)
            for e in coder.code(nlp(text), when=WHEN)}


# ------------------------------------------------- sanctions held in a batch


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The European Union adopted a fresh package of sanctions against Belarus on Friday.", "IGOEEC", "BLR"),
    ("Canada adopted a third round of sanctions against Nicaragua.", "CAN", "NIC"),
    ("Norway adopted a new set of sanctions on Myanmar.", "NOR", "MMR"),
])
def test_who_adopts_a_batch_of_sanctions_imposes_them(
    default_coder: Coder, nlp: Language, text: str, source: str, target: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(s == source and c == "163" and t == target for s, c, t, _ in found), found


@pytest.mark.parametrize("text", [
    "Britain imposed sanctions on Belarus on Tuesday, targeting 25 state banks.",
    "The European Union adopted a package of measures against Iran, targeting its oil exports.",
    "Congress passed a law targeting Chinese telecom companies.",
    "The ministry issued a decree targeting foreign broadcasters.",
])
def test_a_measure_targeting_someone_is_no_attack(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith(("18", "19", "20")) for _, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Government troops launched an offensive targeting rebel positions in the north.",
    "Israeli jets struck Gaza overnight, targeting Hamas commanders.",
])
def test_an_attack_targeting_someone_stays_an_attack(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c.startswith(("18", "19", "20")) for _, c, _, _ in found), found
