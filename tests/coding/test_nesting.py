"""PETRARCH-2's verb interaction codes (events.coding.nesting), one rule per test."""

from __future__ import annotations

from events.coding import nesting


def test_appeal_governing_aid_is_appeal_for_aid() -> None:
    assert nesting.combine("020", "070") == "023"  # "asked X to help"


def test_intent_governing_fight_is_threat() -> None:
    assert nesting.combine("030", "190") == "138"  # "wants to attack"


def test_negated_material_cooperation_is_rejection() -> None:
    assert nesting.negate("060") == "121"  # "not provide support"


def test_negated_meeting_has_no_code() -> None:
    assert nesting.negate("040") is None


def test_threat_is_not_combined() -> None:
    assert not nesting.combinable("130", "172")  # "threatened to ban" keeps 130 and 172


def test_say_class_matches_its_subcodes() -> None:
    assert nesting.matches("013", 0x1000)
    assert not nesting.matches("190", 0x1000)
