"""Plans a speaker announces for its own side: what is to be done is coded with its own verb,
as intended, with the speaker's side as its actor (a passive with no agent, the infinitive
of "plans / intends to"), and blocking a bill is a rejection.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize("text", [
    "The Iranian government said its diplomats would be expelled.",
    "Opposition leaders said protesters would be arrested.",
])
def test_what_others_will_do_to_the_speakers_side_is_not_its_plan(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(s and c[:2] in ("16", "17") for s, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # an authority announcing an agentless deployment or expulsion plans it
    ("Poland's defence minister said troops would be sent to the Belarusian border.", ("POLGOV", "154")),
    ("Estonia's defence ministry said more soldiers would be deployed along the Russian frontier.",
     ("EST", "154")),
    ("The Kenyan government said Somali diplomats will be expelled next week.", ("KENGOV", "161")),
    # what a speaker says it plans or intends to do is its own act
    ("Thai senators said they intend to block the nomination.", ("THALEG", "120")),
    ("Japan's defence ministry said it plans to send warships to the strait.", ("JPN", "154")),
    ("Kenya's main opposition party said it plans to block the bill in the Senate.", ("KENOPP", "120")),
])
def test_what_a_speaker_announces_or_plans_for_its_side_is_its_intended_act(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str]) -> None:
    source, code = expected
    found = _coded(default_coder, nlp, text)
    assert any(s.startswith(source) and c == code and m == "intended" for s, c, _, m in found), found


def test_blocking_a_bill_is_a_rejection(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Australian senators blocked the government's tax bill.")
    assert ("AUSLEG", "120", "AUSGOV", "asserted") in found, found


@pytest.mark.parametrize("text", [
    "The Guatemalan interior minister said the National Guard would be sent to the southern border at once.",
    "The Guatemalan interior minister said more soldiers would be sent to the border to stop smugglers.",
])
def test_forces_a_speaker_will_send_are_its_instrument_not_its_target(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert ("GTMGOV", "154", "", "intended") in found, found


def test_sending_an_army_is_a_deployment(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Ecuador sent its army to the border.")
    assert any(s == "ECU" and c == "154" for s, c, _, _ in found), found


def test_a_border_a_government_says_will_be_closed_is_its_plan_against_the_neighbour(
        default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The Thai government said the border with Cambodia would be closed.")
    assert ("THAGOV", "191", "KHM", "intended") in found, found


def test_a_name_in_the_phrase_of_what_is_acted_on_in_the_passive_is_the_target(
        default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "New sanctions against Russia were imposed by Ukraine.")
    assert ("UKR", "163", "RUS", "asserted") in found, found
