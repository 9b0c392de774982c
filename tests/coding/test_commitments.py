"""Commitments, offers and efforts named by a noun with an infinitive ("reaffirmed its
commitment to defend the Philippines"): the infinitive's object is the target, and verbs of
reaffirming carry the same patterns as verbs of expressing. Every sentence is written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)


def _coded(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source, code, target) of the events of ``text``."""
    return {(e.source.code if e.source else "", e.event_code, e.target.code if e.target else "")
            for e in coder.code(nlp(text), when=WHEN)}


@pytest.mark.parametrize(("text", "event"), [
    ("The United States reaffirmed its commitment to defend the Philippines.", ("USA", "0334", "PHL")),
    ("Japan expressed its commitment to protect Taiwan's democracy.", ("JPN", "0334", "TWN")),
])
def test_a_commitment_to_defend_someone_targets_them(
    default_coder: Coder, nlp: Language, text: str, event: tuple[str, str, str]
) -> None:
    """The noun's infinitive names whom the commitment is to."""
    assert event in _coded(default_coder, nlp, text)


def test_a_mediation_effort_targets_the_parties_of_its_infinitive(
    default_coder: Coder, nlp: Language
) -> None:
    """"launched a mediation effort to settle the feud between X and Y": mediating for X."""
    text = "Norway launched a mediation effort to settle the feud between Colombia and Venezuela."
    assert ("NOR", "045", "COL") in _coded(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "event"), [
    ("Germany underscored its solidarity with Israel.", ("DEU", "051", "ISR")),
    ("France reaffirmed its support for Armenia.", ("FRA", "051", "ARM")),
])
def test_reaffirming_support_is_praise(
    default_coder: Coder, nlp: Language, text: str, event: tuple[str, str, str]
) -> None:
    """Reaffirming or underscoring support or solidarity is as expressing it (051)."""
    assert event in _coded(default_coder, nlp, text)


def test_a_joint_consensus_keeps_its_two_sides(default_coder: Coder, nlp: Language) -> None:
    """Two sides that reach a consensus to act somewhere act with each other, not with the
    place their infinitive names."""
    text = "Israel and Jordan reached a consensus to share water from wells in the Middle East."
    assert not any(t == "MEA" for _, _, t in _coded(default_coder, nlp, text))


def test_permission_to_act_is_not_the_holders_own_act(default_coder: Coder, nlp: Language) -> None:
    """Whom one is permitted to act on is no target of the one who grants it."""
    text = "The tribunal gave the company permission to sue the Kenyan government."
    targets = {t for _, c, t in _coded(default_coder, nlp, text) if c.startswith("08")}
    assert targets and not any(t.endswith("GOV") for t in targets)
