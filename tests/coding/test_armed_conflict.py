"""Armed conflict as ACLED and GDELT users count it (issue 14): who fights whom when two
forces are named together, what a summary of a war since a date is, and a war that is no
actor.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import triples


def _pairs(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return triples(coder.code(nlp(text)))


@pytest.mark.parametrize(("text", "allies"), [
    ("Somali and AU troops repelled the attack on Tuesday.", {"SOMMIL", "IGOOAUMIL"}),
    ("Chadian and Nigerien soldiers stormed a rebel camp near the border.", {"TCDMIL", "NERMIL"}),
])
def test_forces_named_together_against_a_third_are_allies(
        default_coder: Coder, nlp: Language, text: str, allies: set[str]) -> None:
    found = _pairs(default_coder, nlp, text)
    assert not any(s in allies and t in allies for s, t, _ in found), found


@pytest.mark.parametrize(("text", "sides"), [
    ("Armenian and Azerbaijani forces shelled each other's positions overnight.", {"ARMMIL", "AZEMIL"}),
    ("Indian and Pakistani troops fought a pitched battle in the mountains.", {"INDMIL", "PAKMIL"}),
])
def test_forces_fighting_each_other_are_both_sides(
        default_coder: Coder, nlp: Language, text: str, sides: set[str]) -> None:
    found = _pairs(default_coder, nlp, text)
    a, b = sorted(sides)
    assert {(a, b), (b, a)} <= {(s, t) for s, t, _ in found}, found


@pytest.mark.parametrize(("text", "place"), [
    ("The war in Yemen has killed more than 150,000 people since 2015.", "YEM"),
    ("Fighting in Sudan killed 40 people on Tuesday.", "SDN"),
    ("An attack in Kabul killed 12 worshippers on Friday.", "AFG"),
])
def test_where_a_war_or_attack_happened_is_not_who_waged_it(
        default_coder: Coder, nlp: Language, text: str, place: str) -> None:
    found = _pairs(default_coder, nlp, text)
    assert not any(s.startswith(place) for s, _, _ in found), found


def test_the_owner_of_a_war_still_wages_it(default_coder: Coder, nlp: Language) -> None:
    found = _pairs(default_coder, nlp, "Ethiopia's war in Tigray killed thousands of civilians.")
    assert any(s == "ETH" and c.startswith(("18", "19", "20")) for s, _, c in found), found


@pytest.mark.parametrize(("text", "monitor"), [
    ("The Syrian Observatory for Human Rights said government artillery pounded villages near Idlib.",
     "SYRHRI"),
    ("A Sudanese war monitor said the army had shelled several villages near Kosti.", "SDNHRI"),
])
def test_a_war_monitor_is_a_rights_group_not_its_state(
        default_coder: Coder, nlp: Language, text: str, monitor: str) -> None:
    found = _pairs(default_coder, nlp, text)
    assert any(s == monitor and c == "112" for s, _, c in found), found


@pytest.mark.parametrize(("text", "army"), [
    ("Residents blamed Russian warplanes for the raid on the market.", "RUSMIL"),
    ("Farmers accused Eritrean troops of looting their grain stores.", "ERIMIL"),
])
def test_who_blames_an_army_is_not_of_its_country(
        default_coder: Coder, nlp: Language, text: str, army: str) -> None:
    found = _pairs(default_coder, nlp, text)
    blamers = {s for s, t, c in found if t == army and c.startswith("112")}
    assert blamers and not any(s.startswith(army[:3]) for s in blamers), found


def test_rebels_who_blame_their_army_stay_of_its_country(default_coder: Coder, nlp: Language) -> None:
    found = _pairs(default_coder, nlp, "Rebels accused Malian troops of killing civilians in the north.")
    assert ("MLIREB", "MLIMIL", "112") in found, found


@pytest.mark.parametrize(("text", "speaker"), [
    ("Pakistan had carried out airstrikes in Afghanistan last week, which Kabul said killed 10 civilians.",
     "AFGGOV"),
    ("Rebels ambushed a convoy near Beni in an attack that the army said killed nine soldiers.", "MIL"),
    ("The bombing, which police said wounded 14 people, was the third this month.", "COP"),
])
def test_who_reports_what_an_attack_did_did_not_do_it(
        default_coder: Coder, nlp: Language, text: str, speaker: str) -> None:
    found = _pairs(default_coder, nlp, text)
    assert not any(s.endswith(speaker) and c[:2] in ("18", "19", "20") for s, _, c in found), found


@pytest.mark.parametrize("text", [
    "Fierce fighting between the Sudanese army and the paramilitary Rapid Support Forces broke out in "
    "El Fasher on Wednesday. The health ministry said 40 people were killed.",
    "Armenian and Azerbaijani troops clashed along the border overnight. Three soldiers were killed, "
    "officials said.",
    "Colombian soldiers clashed with ELN guerrillas in Arauca province on Monday, and four soldiers "
    "were killed.",
])
def test_the_dead_of_a_fight_between_two_sides_are_neither_side_s_alone(
        default_coder: Coder, nlp: Language, text: str) -> None:
    events = default_coder.code(nlp(text))
    killings = [e for e in events if e.rule.startswith("matching: verb KILL")]
    assert killings and all(e.source is None for e in killings), [(e.source, e.rule) for e in killings]


def test_the_dead_of_a_one_sided_attack_are_its_doer_s(default_coder: Coder, nlp: Language) -> None:
    text = ("Russian forces shelled the town of Kupiansk overnight. "
            "Two civilians were killed, the governor said.")
    found = triples(default_coder.code(nlp(text)))
    assert any(s == "RUSMIL" and c == "190" for s, _, c in found), found


@pytest.mark.parametrize("text", [
    "The Islamic State group claimed responsibility for a suicide bombing at a Shiite mosque in Kunduz "
    "that killed more than 40 worshippers.",
    "Gunmen opened fire on a church in Ondo state that killed 22 people during Sunday mass.",
])
def test_a_building_an_attack_hit_did_not_kill(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _pairs(default_coder, nlp, text)
    assert not any(s.endswith(("MOS", "CHR")) and c[:2] in ("18", "19", "20") for s, _, c in found), found


@pytest.mark.parametrize("text", [
    "Bandits have terrorised northwest Nigeria for years.",
    "Al Shabaab has attacked Somali and AU forces for more than a decade.",
    "Israel has repeatedly struck Houthi-held ports in response to such attacks.",
    "The army routinely shells villages near the front line, residents say.",
])
def test_violence_for_years_is_a_history_not_an_event(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _pairs(default_coder, nlp, text)
    assert not any(c[:2] in ("18", "19", "20") for _, _, c in found), found


@pytest.mark.parametrize("text", [
    "Russian forces shelled Kharkiv for three days.",
    "Russian forces repeatedly shelled Kharkiv on Monday.",
])
def test_violence_for_days_is_the_news(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _pairs(default_coder, nlp, text)
    assert ("RUSMIL", "UKR", "194") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Al Shabaab claimed responsibility for a car bomb that killed seven soldiers in Mogadishu.",
     ("SOMREB", "SOMMIL")),
    ("JNIM claimed responsibility for the ambush, which killed 12 Malian soldiers near the border.",
     ("IMGMOSALQ", "MLIMIL")),
])
def test_who_claims_an_attack_is_reported_as_its_doer(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str]) -> None:
    events = default_coder.code(nlp(text))
    claimed = [e for e in events if e.source and e.target and (e.source.code, e.target.code) == expected
               and e.event_code[:2] in ("18", "19", "20")]
    assert claimed, [(e.event_code, e.rule) for e in events]
    assert all(e.modality == "reported" for e in claimed), [e.rule for e in claimed]


def test_who_denies_an_attack_is_not_its_doer(default_coder: Coder, nlp: Language) -> None:
    text = ("The Pakistani Taliban denied responsibility for a blast that killed 30 people at a market "
            "in Peshawar.")
    found = _pairs(default_coder, nlp, text)
    assert not any(s.startswith("PAKREB") and c[:2] in ("18", "19", "20") for s, _, c in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("A roadside bomb struck a military convoy near the Malian town of Douentza on Tuesday, killing six "
     "soldiers, the army said. JNIM claimed responsibility for the attack.", ("IMGMOSALQ", "MLIMIL")),
    ("A car bomb exploded at a checkpoint in Mogadishu on Saturday, killing seven soldiers. Al Shabaab "
     "claimed the bombing in a statement.", ("SOMREB", "SOMMIL")),
])
def test_a_claim_after_an_attack_names_its_doer(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str]) -> None:
    events = default_coder.code(nlp(text))
    claimed = [e for e in events if e.source and e.target and (e.source.code, e.target.code) == expected
               and e.event_code[:2] in ("18", "19", "20")]
    assert claimed, [(e.event_code, e.rule) for e in events]
    assert all(e.modality == "reported" and e.sentence_index == 0 for e in claimed), [e.rule for e in claimed]


def test_no_claim_names_no_doer(default_coder: Coder, nlp: Language) -> None:
    text = ("A car bomb exploded at a checkpoint in Mogadishu on Saturday, killing seven soldiers. "
            "No group claimed responsibility for the attack.")
    events = default_coder.code(nlp(text))
    violent = [e for e in events if e.event_code[:2] in ("18", "19", "20")]
    assert violent and not any(e.source for e in violent), [e.rule for e in violent]


@pytest.mark.parametrize(("text", "origin"), [
    ("Police said the militants had infiltrated from Pakistan.", "PAK"),
    ("Hezbollah fighters fired rockets from Lebanon on Tuesday.", "LBN"),
])
def test_where_an_attack_came_from_is_not_its_target(
        default_coder: Coder, nlp: Language, text: str, origin: str) -> None:
    found = _pairs(default_coder, nlp, text)
    assert not any(t == origin and c[:2] in ("18", "19", "20") for _, t, c in found), found


def test_ground_seized_from_forces_is_taken_from_them(default_coder: Coder, nlp: Language) -> None:
    found = _pairs(default_coder, nlp, "Ukrainian troops recaptured the village from Russian forces.")
    assert ("UKRMIL", "RUSMIL", "192") in found, found


@pytest.mark.parametrize(("text", "warner"), [
    ("Egypt warned that an Israeli offensive in Rafah would threaten the peace treaty.", "EGY"),
    ("Jordan warned that a Turkish incursion into northern Syria would destabilise the region.", "JOR"),
])
def test_a_warning_of_what_another_s_offensive_would_do_is_no_threat(
        default_coder: Coder, nlp: Language, text: str, warner: str) -> None:
    found = _pairs(default_coder, nlp, text)
    assert not any(s == warner and c.startswith("13") for s, _, c in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The shelling of Khartoum's Omdurman district by the RSF killed 12 civilians at a market.",
     ("SDNUAF", "SDNCVL")),
    ("The bombing of Kyiv's Darnytskyi district by Russian jets killed three people.", ("RUSMIL", "---CVL")),
    ("An attack on the convoy by al Shabaab militants killed nine soldiers.", ("SOMREB", "SOMMIL")),
])
def test_the_by_agent_of_an_attack_is_who_killed(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str]) -> None:
    found = _pairs(default_coder, nlp, text)
    killers = {s for s, _, c in found if c[:2] in ("18", "19", "20")}
    assert killers == {expected[0]} and any((s, t) == expected for s, t, _ in found), found
