"""Acts done to or by no one (issue 14, the reach of negation): "no one was arrested",
"police made no arrests" say the act did not happen.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "code"), [
    ("No one was arrested after the fans fought outside the stadium in Marseille, police said.", "173"),
    ("Nobody was detained after the brawl at the county fair, the sheriff's office said.", "173"),
    ("None of the fishermen was released on Saturday, their families said.", "0841"),
    ("No civilians were killed in the strike on the depot, the army said.", "190"),
])
def test_an_act_on_no_one_is_denied(default_coder: Coder, nlp: Language, text: str, code: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == code for _, c, _, _ in found), found
    assert all(m == "denied" for _, c, _, m in found if c == code), found


@pytest.mark.parametrize(("text", "code"), [
    ("Deputies made no arrests after the protest outside the courthouse in Dayton.", "173"),
    ("Border guards arrested no one at the crossing on Sunday, the ministry said.", "173"),
])
def test_an_act_with_no_one_as_its_object_is_denied(
        default_coder: Coder, nlp: Language, text: str, code: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == code for _, c, _, _ in found), found
    assert all(m == "denied" for _, c, _, m in found if c == code), found


@pytest.mark.parametrize("text", [
    "No fewer than 30 demonstrators were arrested in Tbilisi on Monday, the interior ministry said.",
    "Troopers charged the driver with speeding, no insurance and fleeing police.",
])
def test_a_no_that_counts_or_lists_denies_nothing(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert found, found
    assert not any(m == "denied" for *_, m in found), found


@pytest.mark.parametrize(("text", "code"), [
    ("The defence ministry in Kyiv neither confirmed nor denied that Ukrainian drones had struck an oil "
     "depot in Bryansk.", "19"),
    ("The sheriff neither confirmed nor denied that deputies had arrested the mayor's son.", "17"),
    ("Kyiv did not deny that Ukrainian drones had struck an oil depot in Bryansk.", "19"),
    ("The sheriff did not deny that deputies had arrested the mayor's son.", "17"),
])
def test_what_is_not_denied_is_not_told_either(
        default_coder: Coder, nlp: Language, text: str, code: str) -> None:
    # neither denied nor told: open (hypothetical), and in mentions only
    found = _coded(default_coder, nlp, text)
    acts = [m for _, c, _, m in found if c.startswith(code)]
    assert acts and all(m == "hypothetical" for m in acts), found


@pytest.mark.parametrize("text", [
    "Belarus did not let the OSCE observers visit the detention centre in Minsk.",
    "Azerbaijan would not allow the French senators to meet Armenian officials in Stepanakert.",
    "Myanmar's junta refused to let the ASEAN envoy meet Aung San Suu Kyi.",
])
def test_what_is_not_let_happen_is_denied(default_coder: Coder, nlp: Language, text: str) -> None:
    # the rejection is the news; the visit or meeting (04x, 0862) did not take place
    found = _coded(default_coder, nlp, text)
    inner = [m for _, c, _, m in found if c[:2] in ("04", "08")]
    assert inner and all(m == "denied" for m in inner), found


def test_what_is_let_happen_is_done(default_coder: Coder, nlp: Language) -> None:
    text = "Jordan let the Red Cross delegates meet the detained fishermen in Amman."
    found = _coded(default_coder, nlp, text)
    assert any(c.startswith("04") for _, c, _, _ in found), found
    assert not any(m == "denied" for *_, m in found), found
