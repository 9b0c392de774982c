"""Attacks named by a noun that another reports, judges or protests (issue 14).

An attack noun with its own doer (a "by" phrase, a possessor, an actor adjective) that is the
object of a verb of reporting, witnessing, condemning or protesting is the doer's act,
reported, beside the verb's own event. Without a doer of its own it is no one's; the weapon
or the town that names an attack is no doer. The sentences are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events.coding import Coder

pytestmark = pytest.mark.slow

WHEN = dt.date(2026, 3, 4)


@pytest.fixture(scope="module")
def coder(default_coder: Coder) -> Coder:
    return default_coder


def _events(coder, nlp, text: str) -> list[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    """(source, code, target, modality) of the events of ``text``, "" for a missing side."""
    return [
        (e.source.code if e.source else "", e.event_code, e.target.code if e.target else "", e.modality)
        for e in coder.code(nlp(text), when=WHEN)
    ]


@pytest.mark.parametrize(
    ("text", "source", "code"),
    [
        ("Fishermen reported a drone attack by Houthi rebels on a cargo ship in the Red Sea.",
         "YEMREB", "190"),
        ("Aid workers reported an attack by Islamist militants on a convoy near Gao.", "MLIMOSRAD", "190"),
    ],
)
def test_a_reported_attack_by_a_named_doer_is_the_doers_act_reported(  # type: ignore[no-untyped-def]
        coder, nlp, text: str, source: str, code: str) -> None:
    found = _events(coder, nlp, text)
    assert (source, code, "", "reported") in found, found
    assert any(c == "010" for _s, c, _t, _m in found), found  # the report stays


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jordan condemned the Israeli shelling of a school in Rafah.", ("ISR", "194", "PSEEDU")),
        ("Turkey denounced the Syrian army's bombardment of Idlib.", ("SYRMIL", "194", "")),
    ],
)
def test_a_condemned_attack_with_its_doer_is_the_doers_act_reported(  # type: ignore[no-untyped-def]
        coder, nlp, text: str, expected: tuple[str, str, str]) -> None:
    found = _events(coder, nlp, text)
    assert (*expected, "reported") in found, found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the parser hangs the attack's "by" phrase on the reporting verb
        ("Witnesses reported heavy shelling by the paramilitary force on the city's southern districts.",
         "SDNUAF"),
        ("Villagers reported renewed bombardment by government forces on Sunday.", "---MIL"),
    ],
)
def test_a_by_phrase_hung_on_the_reporting_verb_is_the_attacks(  # type: ignore[no-untyped-def]
        coder, nlp, text: str, source: str) -> None:
    found = _events(coder, nlp, text)
    assert any(s.endswith(source[3:]) and c == "194" and m == "reported" for s, c, _t, m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Doctors described the attack on the clinic as horrific.",
        "An army officer condemned the attack on democracy.",
        # a weapon or a town that names the attack did not make it
        "Sailors reported a drone attack on the port.",
        "Pakistan condemned the Quetta bombing.",
    ],
)
def test_an_attack_with_no_doer_of_its_own_is_no_ones(coder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _events(coder, nlp, text)
    assert not any(s and c[:2] in ("18", "19") for s, c, _t, _m in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser reads the gerund as a verb; its modifier is a role word of armed force
        ("Students marched through Atlanta after the police shooting of an unarmed man.",
         ("---COP", "193", "---CVL")),
        ("The family sued the city over the police beating of their son.", ("---COP", "182", "---CVL")),
    ],
)
def test_an_armed_role_before_a_gerund_read_as_a_verb_does_its_violence(  # type: ignore[no-untyped-def]
        coder, nlp, text: str, expected: tuple[str, str, str]) -> None:
    found = _events(coder, nlp, text)
    assert any((s, c, t) == expected for s, c, t, _m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers fled during the mall shooting in the suburb.",
        "Vigils were held after the Quetta shooting of two teachers.",
        "Residents gathered after the shooting of a cashier in the town.",
    ],
)
def test_a_place_before_a_shooting_did_not_shoot(coder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _events(coder, nlp, text)
    assert not any(s and c[:2] in ("18", "19") for s, c, _t, _m in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # raids, ambushes, abductions and killings named by a noun with a doer of their own
        ("Villagers described a dawn raid by Nigerian soldiers on the market.", ("NGAMIL", "190", "")),
        ("A police raid on a nightclub in Lagos ended with 30 arrests.", ("NGACOP", "173", "")),
        ("The rebels' ambush of an army patrol near Beni left seven soldiers dead.",
         ("---REB", "190", "---MIL")),
        ("The abduction of three engineers by armed men near Port Harcourt alarmed oil companies.",
         ("NGAUAF", "181", "")),
        ("Thousands rallied in Lahore to denounce the killing of a lawyer by police.",
         ("PAKCOP", "190", "PAKJUD")),
    ],
)
def test_a_raid_abduction_or_killing_noun_with_its_doer_is_coded(  # type: ignore[no-untyped-def]
        coder, nlp, text: str, expected: tuple[str, str, str]) -> None:
    found = _events(coder, nlp, text)
    assert any((s, c, t) == expected for s, c, t, _m in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ambassador's abduction by gunmen in Tripoli alarmed Italy.", ("---UAF", "181", "---GOV")),
        ("The governor's killing by a police officer stunned the province.", ("---COP", "190", "---GOV")),
    ],
)
def test_the_possessor_of_a_killing_or_an_abduction_is_its_victim(  # type: ignore[no-untyped-def]
        coder, nlp, text: str, expected: tuple[str, str, str]) -> None:
    found = _events(coder, nlp, text)
    assert any((s, c, t) == expected for s, c, t, _m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The journalist's murder shocked the country.",
        "His abduction was filmed by a neighbour.",
        # no doer of its own: the subject of the verb that holds it did not do it
        "The killing of a shopkeeper in Leeds remains unsolved.",
        "He served ten years for robbery.",
        "The commandos returned from a raid.",
    ],
)
def test_a_crime_noun_without_a_doer_of_its_own_is_no_ones(coder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _events(coder, nlp, text)
    assert not any(s and c[:2] in ("17", "18", "19") for s, c, _t, _m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The bishop told worshippers the killing of the teacher was an attack on the whole town.",
        "The union told its members the beating of a nurse was unacceptable.",
    ],
)
def test_a_crime_noun_with_no_doer_makes_no_event(coder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _events(coder, nlp, text)
    assert not any(c[:2] in ("18", "19") for _s, c, _t, _m in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ecuador complained about the Peruvian shooting of a fisherman.", ("PER", "193", "---AGR")),
        ("Armenia complained to the OSCE about the Azerbaijani army's shelling of a border village.",
         ("AZEMIL", "194", "")),
    ],
)
def test_an_attack_complained_about_is_its_doers_reported(  # type: ignore[no-untyped-def]
        coder, nlp, text: str, expected: tuple[str, str, str]) -> None:
    found = _events(coder, nlp, text)
    assert (*expected, "reported") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with an "of" phrase naming the victim, the possessor is the doer
        ("The cartel's abduction of two nurses angered the town.", ("---CRM", "181", "---HLH")),
        ("The militia's killing of three farmers sparked protests.", ("---UAF", "190", "---AGR")),
    ],
)
def test_the_possessor_of_a_killing_of_someone_is_its_doer(  # type: ignore[no-untyped-def]
        coder, nlp, text: str, expected: tuple[str, str, str]) -> None:
    found = _events(coder, nlp, text)
    assert any((s, c, t) == expected for s, c, t, _m in found), found


@pytest.mark.parametrize(
    "text",
    [
        # an attack one reads, learns or writes about is a topic, not one's act
        "The mayor read the police report on the stabbing.",
        "Parents gathered information on the stabbing near the school.",
        "Relatives posted messages about the shooting on social media.",
    ],
)
def test_an_attack_in_a_topic_phrase_is_not_the_subjects(coder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _events(coder, nlp, text)
    assert not any(s and c[:2] in ("18", "19") for s, c, _t, _m in found), found


def test_going_on_the_offensive_stays_an_attack(coder, nlp) -> None:  # type: ignore[no-untyped-def]
    found = _events(coder, nlp, "The rebels went on the offensive in the north.")
    assert any(s == "---REB" and c == "190" for s, c, _t, _m in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs the "on" phrase on the doer of the "by" phrase
        ("Villagers reported a raid by soldiers on fishermen near the lake.", ("---MIL", "190", "---AGR")),
        ("Officials reported an attack by bandits on farmers in Katsina.", ("---CRM", "180", "---AGR")),
    ],
)
def test_the_target_hung_on_an_attacks_doer_is_the_attacks(  # type: ignore[no-untyped-def]
        coder, nlp, text: str, expected: tuple[str, str, str]) -> None:
    found = _events(coder, nlp, text)
    assert any((s, c, t) == expected for s, c, t, _m in found), found
