"""Nominal events, "between" constructions, negation and places with the default dictionaries.

The sentences paraphrase the constructions of the seed article and of the bundled samples
(mobilization as a noun, "X between A and B", negated or hypothetical clauses, places in
"in" phrases) with other actors and words.
"""

from __future__ import annotations

import datetime as dt

import pytest

from events.coding import Coder
from events.config import EventRule

pytestmark = pytest.mark.slow

WHEN = dt.date(2022, 10, 1)


@pytest.fixture(scope="module")
def coder(default_coder: Coder) -> Coder:
    return default_coder


def _triples(coder, nlp, text: str) -> list[tuple[str | None, str, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (e.source.code if e.source else None, e.event_code, e.target.code if e.target else None)
        for e in coder.code(nlp(text), when=WHEN)
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("In Belarus, the general mobilization announced last week has emptied the villages.", "BLR"),
        ("Serbia's partial mobilisation worried its neighbours.", "SRB"),
        ("Short of men, the Ukrainian government recruited volunteers and former convicts.", "UKRGOV"),
    ],
)
def test_mobilization_noun_and_verb(coder, nlp, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    got = _triples(coder, nlp, text)
    assert any(s == source and c == "154" for s, c, _t in got), got


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Two conflicts have flared up again: one between Ethiopia and Eritrea, "
            "the other between Sudan and Chad.",
            [("ETH", "ERI"), ("SDN", "TCD")],
        ),
        ("Heavy fighting between India and Pakistan continued on Monday.", [("IND", "PAK")]),
        ("Clashes on the frontier between Kyrgyzstan and Tajikistan killed 20 people.", [("KGZ", "TJK")]),
        # the phrase hung on a verb of occurrence, and a second one in a conjunct
        ("Fighting has erupted again between Ethiopia and Eritrea and between Sudan and Chad.",
         [("ETH", "ERI"), ("SDN", "TCD")]),
        ("Clashes broke out between Indian and Pakistani troops on Monday.", [("INDMIL", "PAKMIL")]),
    ],
)
def test_conflict_between_two_sides(coder, nlp, text: str, pairs: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = _triples(coder, nlp, text)
    for a, b in pairs:
        assert (a, "190", b) in got or any(s == a and t == b and c.startswith("19") for s, c, t in got), got
        assert any(s == b and t == a and c.startswith("19") for s, c, t in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Beijing does not have the resources to support the Cambodian army.",
        "Paris lacks the means to supply weapons to Mali.",
        "This may not be what the White House had intended.",
        "This is not what Tehran had planned.",
        "There were no clashes between Greek and Turkish forces.",
    ],
)
def test_negated_or_hypothetical_gives_nothing(coder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coder.code(nlp(text), when=WHEN)
    assert [e for e in events if EventRule().admits(e.modality, e.source is not None)] == []


def test_avoided_conflict_is_no_fighting(coder, nlp) -> None:  # type: ignore[no-untyped-def]
    got = _triples(coder, nlp, "Negotiators hope to avoid a conflict between Serbia and Kosovo.")
    assert not any(c.startswith("19") for _s, c, _t in got), got


@pytest.mark.parametrize("text", [
    "Estonia tightened its patrols on the coast to deter attacks on undersea cables.",
    "Senegal and Mali set up a joint unit to counter raids by armed groups.",
    "The navy foiled a bombing at the port.",
])
def test_attacks_deterred_countered_or_foiled_are_no_attacks(coder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    got = _triples(coder, nlp, text)
    assert not any(c.startswith(("18", "19")) for _s, c, _t in got), got


def test_protest_and_sanction_nouns(coder, nlp) -> None:  # type: ignore[no-untyped-def]
    got = _triples(coder, nlp, "Washington's sanctions on Venezuela hit oil exports.")
    assert any(
        s == "USAGOV" or (s or "").startswith("USA") for s, c, t in got if c == "163" and t == "VEN"
    ), got
    got = _triples(coder, nlp, "In Kazakhstan, mass protests over fuel prices continued.")
    assert any(s == "KAZ" and c.startswith("14") for s, c, _t in got), got


def test_city_in_passive_is_a_place_and_the_when_clause_acts(coder, nlp) -> None:  # type: ignore[no-untyped-def]
    got = _triples(
        coder, nlp, "Five people were killed in Odesa on Sunday when Russian missiles struck a port."
    )
    assert all(s != "UKR" and s != "UKRGOV" for s, _c, _t in got), got
    assert any((s or "").startswith("RUS") and c.startswith("19") for s, c, _t in got), got


def test_actor_in_event_phrase_is_the_source(coder, nlp) -> None:  # type: ignore[no-untyped-def]
    got = _triples(coder, nlp, "Three soldiers were killed in Turkish shelling near the border.")
    assert any(s == "TUR" or (s or "").startswith("TUR") for s, _c, _t in got), got


def test_meeting_in_a_capital_has_no_capital_target(coder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Leaders of the ruling party and the opposition met in Yerevan on Monday."
    events = coder.code(nlp(text), when=WHEN)
    assert events
    assert all(e.target is None or e.target.name != "Yerevan" for e in events), events
    # the role-only sides take the sentence's one country
    got = {(e.source.code if e.source else None, e.target.code if e.target else None) for e in events}
    assert ("ARMGOV", "ARMOPP") in got, got


def test_inanimate_agent_is_no_event(coder, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _triples(coder, nlp, "The French army is overwhelmed by all the tasks given to it.") == []


def test_coordinated_demonyms_fight_each_other(coder, nlp) -> None:  # type: ignore[no-untyped-def]
    got = _triples(coder, nlp, "Eritrean and Ethiopian troops fought with tanks near the border.")
    assert any(s == "ERIMIL" and t == "ETHMIL" for s, _c, t in got), got
    assert any(s == "ETHMIL" and t == "ERIMIL" for s, _c, t in got), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks followed a visit by a Kenyan delegation to Uganda in March.", ("KENGOV", "042", "UGA")),
        ("The state visit of the Indian president to Hanoi ended on Friday.", ("INDGOV", "042", "VNMGOV")),
        ("A Brazilian investigation into Argentine grain exports began in May.", ("BRA", "090", "ARG")),
    ],
)
def test_a_visit_or_investigation_named_by_a_noun_is_coded(coder, nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _triples(coder, nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president's visit to Lima was postponed.",
        "Peru's visit to Bolivia was cancelled after the floods.",
    ],
)
def test_a_visit_called_off_is_no_visit(coder, nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(code == "042" for _, code, _ in _triples(coder, nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz hit a home run and the Mexican team beat Japan.",
        "Martinez was shown a red card after he attacked Silva.",
    ],
)
def test_sport_gives_no_event(coder, nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _triples(coder, nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Turkey, in talks with Russia over the pipeline, wants to lower the price.",
        "Turkey, which is in talks with Russia over the pipeline, wants a lower price.",
    ],
)
def test_talks_one_is_in_are_held_whatever_one_wants(coder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    got = _triples(coder, nlp, text)
    assert ("TUR", "040", "RUS") in got, got


def test_talks_one_wants_are_not_held(coder, nlp) -> None:  # type: ignore[no-untyped-def]
    events = coder.code(nlp("Turkey wants talks with Russia over the pipeline."), when=WHEN)
    assert not any(e.event_code.startswith("04") and e.modality == "asserted" for e in events), events


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The senator declined to comment on the investigation.", "09"),
        ("The Kenyan minister spoke about the attack on the embassy.", "19"),
        ("The Kenyan police chief remains under investigation.", "09"),
        ("The Georgian villages came under attack overnight.", "19"),
    ],
)
def test_a_topic_or_what_one_is_under_is_not_ones_act(coder, nlp, text: str, root: str) -> None:  # type: ignore[no-untyped-def]
    got = _triples(coder, nlp, text)
    assert not any(c.startswith(root) and s for s, c, _t in got), got


def test_a_demonstration_to_demand_a_resignation_is_against_whom_the_demand_is(coder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Thousands of Kenyans took to the streets to demand the president's resignation."
    got = _triples(coder, nlp, text)
    assert ("KEN", "1411", "KENGOV") in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role noun of armed force does the violence its noun names
        ("The police shooting of a teenager angered residents.", ("---COP", "19", "---CVL")),
        ("The army's shelling of the village drew condemnation.", ("---MIL", "19", None)),
    ],
)
def test_an_armed_role_does_the_violence_of_its_noun(coder, nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    source, root, target = expected
    found = _triples(coder, nlp, text)
    assert any(
        s == source and c.startswith(root) and (target is None or t == target) for s, c, t in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        # where a shooting happened, and who was at it, is not who shot
        "Shoppers who were at the mall shooting spoke to the senators.",
        "The campus shootings shocked the town.",
        "Volunteer firefighters battle grass fire near highway.",
    ],
)
def test_a_place_or_a_victim_does_no_violence(coder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _triples(coder, nlp, text)
    assert not any(s and c[:2] in ("18", "19") for s, c, _ in found), found


@pytest.mark.parametrize("text", [
    "The army called the attack a crime and vowed to punish the attackers.",
    "Residents of Goma witnessed the shelling of the camp.",
    "The Chilean navy described the attack on the fishing boats as an act of piracy.",
])
def test_who_names_witnesses_or_confirms_an_attack_did_not_make_it(  # type: ignore[no-untyped-def]
        coder, nlp, text: str) -> None:
    found = [(e.event_code, e.source.code if e.source else "") for e in coder.code(nlp(text), when=WHEN)]
    assert not any(code[:2] in ("18", "19") and source for code, source in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("A Russian missile strike on Zaporizhzhia left nine people dead.", ("RUS", "195", "UKR")),
    ("The Israeli air strike on the Lebanese village left a crater.", ("ISR", "195", "LBN")),
    ("Turkish drone strikes on Kurdish villages in northern Iraq drew protests.", ("TUR", "195", "IRQ")),
])
def test_a_strike_by_air_missile_or_drone_is_an_attack(coder, nlp, text: str,  # type: ignore[no-untyped-def]
                                                       expected: tuple[str, str, str]) -> None:
    got = _triples(coder, nlp, text)
    assert expected in got, got


def test_a_labour_strike_on_a_day_is_no_attack(coder, nlp) -> None:  # type: ignore[no-untyped-def]
    got = _triples(coder, nlp, "The teachers' strike on Monday closed schools across Kenya.")
    assert not any(c.startswith("19") for _s, c, _t in got), got


def test_who_draws_protests_does_not_protest(coder, nlp) -> None:  # type: ignore[no-untyped-def]
    got = _triples(coder, nlp, "Saudi air strikes on villages in northern Yemen drew protests.")
    assert not any(c.startswith("14") and s and s.startswith("SAU") for s, c, _t in got), got


@pytest.mark.parametrize(("text", "source"), [
    ("Iranian warships circled the tanker in a show of force.", "IRNMIL"),
    ("Venezuela held a huge show of force near the border with Guyana.", "VEN"),
])
def test_a_show_of_force_is_its_holders(coder, nlp, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    got = _triples(coder, nlp, text)
    assert any(s == source and c == "150" for s, c, _t in got), got


@pytest.mark.parametrize("text", [
    "Talks between Armenia and Azerbaijan collapsed on Friday.",
    "The negotiations between the Sudanese army and the RSF broke down in Jeddah.",
    "Diplomats blamed Moscow for the collapse of talks between Russia and Ukraine.",
])
def test_talks_told_as_failing_are_no_meeting(coder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    codes = [c for _, c, _ in _triples(coder, nlp, text)]
    assert not any(c.startswith("04") for c in codes), codes


def test_talks_held_stay_a_meeting(coder, nlp) -> None:  # type: ignore[no-untyped-def]
    codes = [c for _, c, _ in _triples(coder, nlp, "Talks between Armenia and Azerbaijan resumed on Friday.")]
    assert any(c.startswith("04") for c in codes), codes


@pytest.mark.parametrize(("text", "root"), [
    ("Half of the Kenyan students oppose violence to resolve the conflict with Somalia.", "19"),
    ("The mediators are trying to settle the conflict between Sudan and South Sudan.", "19"),
    ("Most Colombians support talks with the rebels, a poll found.", "04"),
])
def test_an_event_noun_favoured_or_to_be_resolved_is_not_done(  # type: ignore[no-untyped-def]
        coder, nlp, text: str, root: str) -> None:
    events = coder.code(nlp(text), when=WHEN)
    rule = EventRule()
    admitted = [e for e in events if rule.admits(e.modality, e.source is not None)]
    assert not [e for e in admitted if e.event_code.startswith(root)], admitted
