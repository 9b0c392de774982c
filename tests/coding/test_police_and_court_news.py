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
