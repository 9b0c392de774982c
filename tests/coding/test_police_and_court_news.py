"""Police and court news of local papers (issue 14): what police do at a scene, whom a court
act concerns, and who charges a suspect handed over between forces. Every sentence is
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder
from events.models import CodedEvent

WHEN = dt.date(2026, 3, 4)


def _events(coder: Coder, nlp: Language, text: str, root: str) -> list[CodedEvent]:
    """The events of ``text`` with the CAMEO root ``root``."""
    return [e for e in coder.code(nlp(text), when=WHEN) if e.event_code.startswith(root)]


@pytest.mark.parametrize("text", [
    "Detectives cordoned off the block for several hours after a body was found in a car.",
    "Officers sealed off the house on Birch Lane while forensic teams worked inside.",
    "State troopers cordoned off the crime scene and questioned neighbors.",
])
def test_a_police_cordon_is_no_blockade(default_coder: Coder, nlp: Language, text: str) -> None:
    """Police cordoning off a scene, a house or a block secure it: no blockade (191)."""
    assert not _events(default_coder, nlp, text, "19")


@pytest.mark.parametrize("text", [
    "Deputies blocked the highway for two hours after a tanker overturned near Lodi.",
    "Police blocked off the road while officers searched for the driver.",
])
def test_police_blocking_a_road_is_no_protest(default_coder: Coder, nlp: Language, text: str) -> None:
    """Police blocking a road or highway divert traffic: no protest blockade (144)."""
    assert not _events(default_coder, nlp, text, "14")


@pytest.mark.parametrize(("text", "root"), [
    ("Troops sealed off the area after the bombing in the market.", "19"),
    ("Protesters blocked the highway for two hours to demand a new vote.", "14"),
])
def test_others_still_seal_off_and_block(default_coder: Coder, nlp: Language, text: str, root: str) -> None:
    """Soldiers sealing off an area still blockade it (191), protesters blocking a highway
    still protest (144)."""
    assert _events(default_coder, nlp, text, root)


def _triples(coder: Coder, nlp: Language, text: str, root: str) -> set[tuple[str, str, str]]:
    """(source name, code, target name) of the events of ``text`` with the CAMEO root ``root``."""
    return {(e.source.name if e.source else "", e.event_code, e.target.name if e.target else "")
            for e in _events(coder, nlp, text, root)}


@pytest.mark.parametrize(("text", "held"), [
    ("A Reno woman was stopped by airport security and turned over to county deputies.", "woman"),
    ("The suspect was caught by store guards and handed over to police.", "suspect"),
])
def test_handed_over_after_a_passive_is_passive(default_coder: Coder, nlp: Language, text: str,
                                                held: str) -> None:
    """"was stopped by X and turned over / handed over to Y": the one stopped was handed
    over; she handed no one to the police (no 063 with her as source)."""
    found = _triples(default_coder, nlp, text, "06")
    assert not any(source == held for source, _, _ in found), found


@pytest.mark.parametrize(("text", "charger"), [
    ("A Reno woman was stopped by airport security and turned over to the sheriff's department, "
     "where she was charged with smuggling.", "sheriff's department"),
    ("Two brothers were stopped by state troopers and handed to city police, where they were "
     "charged with burglary.", "city police"),
])
def test_the_authorities_of_a_where_clause_charge(default_coder: Coder, nlp: Language, text: str,
                                                  charger: str) -> None:
    """"turned over to the sheriff's department, where she was charged": the police the
    "where" clause is on charge the one brought to them."""
    events = [e for e in _events(default_coder, nlp, text, "173") if "charged" in e.rule]
    assert len(events) == 1, [e.rule for e in events]
    event = events[0]
    assert event.source is not None and event.source.name.endswith(charger.split()[-1]), event.rule
    assert event.target is not None and event.target.name in ("woman", "brothers"), event.rule


def test_a_where_clause_on_a_place_names_no_charger(default_coder: Coder, nlp: Language) -> None:
    """"taken to Dover, where she was charged": a town charges no one."""
    text = "Karen Lutz was taken to Dover, where she was charged with theft."
    events = _events(default_coder, nlp, text, "17")
    assert not any(e.source is not None and "charged" in e.rule for e in events), [e.rule for e in events]


@pytest.mark.parametrize(("text", "owner"), [
    ("Two men snatched a woman's purse outside a bank on Friday.", "woman"),
    ("A teenager on a bicycle snatched a jogger's phone in Hyde Park, police said.", "jogger"),
])
def test_snatching_a_thing_is_theft(default_coder: Coder, nlp: Language, text: str, owner: str) -> None:
    """"snatched a woman's purse": a theft (171) from its owner, no abduction (181)."""
    assert not _events(default_coder, nlp, text, "18")
    assert [e.target.name if e.target else "" for e in _events(default_coder, nlp, text, "171")] == [owner]


@pytest.mark.parametrize("text", [
    "Police said a man snatched a 6-year-old girl from a playground in Fresno.",
    "Gunmen snatched three aid workers from their car near the border.",
])
def test_snatching_a_person_is_abduction(default_coder: Coder, nlp: Language, text: str) -> None:
    """"snatched a girl", "snatched three aid workers": still an abduction (181)."""
    assert _events(default_coder, nlp, text, "181")
    assert not _events(default_coder, nlp, text, "171")


@pytest.mark.parametrize("text", [
    "The mayor fired two police officers on Monday after a video of the arrest surfaced.",
    "The police department fired Officer James Kerr on Thursday.",
])
def test_firing_a_person_is_no_shooting(default_coder: Coder, nlp: Language, text: str) -> None:
    """"fired two police officers on Monday": they lost their jobs; no shooting (19x)."""
    assert not _events(default_coder, nlp, text, "19")


@pytest.mark.parametrize(("text", "target"), [
    ("The gunman fired a shotgun at two deputies on Sunday.", "deputies"),
    ("Iran fired Russian missiles at Israel.", "Israel"),
])
def test_firing_a_weapon_is_still_shooting(default_coder: Coder, nlp: Language, text: str,
                                           target: str) -> None:
    """"fired a shotgun at two deputies": a shooting (19x) at whom the "at" phrase names."""
    assert [e.target.name if e.target else "" for e in _events(default_coder, nlp, text, "19")] == [target]


@pytest.mark.parametrize("text", [
    "The state attorney general sued three opioid distributors on Wednesday.",
    "A deputy attorney general charged the county clerk with forgery on Tuesday.",
])
def test_an_attorney_general_is_no_general(default_coder: Coder, nlp: Language, text: str) -> None:
    """"the state attorney general", "a deputy attorney general": a prosecutor (JUD), not a
    state attorney and an army general (JUDMIL) or a deputy sheriff (COPJUD)."""
    sources = {e.source.code for e in default_coder.code(nlp(text), when=WHEN) if e.source is not None}
    assert sources == {"---JUD"}, sources


@pytest.mark.parametrize(("text", "victim"), [
    ("Police say a man killed his wife before turning the gun on himself.", "wife"),
    ("A Lubbock man killed his mother and stepfather before shooting himself, police said.", "mother"),
])
def test_a_time_clause_is_no_phrase_of_the_verb(default_coder: Coder, nlp: Language, text: str,
                                                victim: str) -> None:
    """"killed his wife before turning the gun on himself": the "himself" of the participle
    clause is no "killed himself" (KILL '- * HIMSELF' [---]); the killing stays (180)."""
    found = [e for e in _events(default_coder, nlp, text, "18") if "'killed'" in e.rule]
    assert found and all(e.target is not None and e.target.name == victim for e in found), found



def test_he_in_what_police_say_is_not_the_police(default_coder: Coder, nlp: Language) -> None:
    """A body or several speakers are no antecedent of "he": the one who shot is unnamed."""
    text = "Detectives said he shot the cashier twice before fleeing on foot."
    shootings = [e for e in default_coder.code(nlp(text), when=WHEN) if e.event_code.startswith(("18", "19"))]
    assert shootings
    assert not any(e.source is not None and e.source.code.endswith("COP") for e in shootings), shootings


def test_he_in_what_the_sheriffs_office_says_is_not_the_sheriff(default_coder: Coder, nlp: Language) -> None:
    """The possessor in "the sheriff's office" names the body, not a person "he" stands for."""
    text = "The sheriff's office said he fired at two deputies from a balcony."
    shootings = _events(default_coder, nlp, text, "19")
    assert shootings
    assert not any(e.source is not None and e.source.code.endswith("COP") for e in shootings), shootings
