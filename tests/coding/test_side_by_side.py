"""A compound subject with no target acts on each other only when the act is mutual (a
fight, broken relations, cooperation, an agreement); otherwise those named together act side
by side, on no one (events.coding.roles). Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)


def _coded(coder: Coder, nlp: Language, text: str, root: str) -> set[tuple[str, str]]:
    """(source, target) of the events of ``text`` with the CAMEO root ``root``, "" for none."""
    return {(e.source.code if e.source else "", e.target.code if e.target else "")
            for e in coder.code(nlp(text), when=WHEN) if e.event_code.startswith(root)}


@pytest.mark.parametrize(("text", "root", "expected"), [
    ("The governor and the state attorney general pushed hard for the new law.", "10",
     {("---GOV", ""), ("---JUD", "")}),
    ("Opposition leaders and striking lawyers vowed to stage a sit-in on Monday.", "1",
     {("---OPP", ""), ("---JUD", "")}),
])
def test_a_joint_act_has_no_target_among_its_doers(
    default_coder: Coder, nlp: Language, text: str, root: str, expected: set[tuple[str, str]]
) -> None:
    assert _coded(default_coder, nlp, text, root) == expected


@pytest.mark.parametrize(("text", "root", "pair"), [
    ("Armenian and Azerbaijani troops clashed on the border overnight.", "19", ("ARMMIL", "AZEMIL")),
    ("Ecuador and Mexico broke off diplomatic relations on Friday.", "16", ("ECU", "MEX")),
    ("Kenya and Uganda pledged to work together against cattle raiders.", "03", ("KEN", "UGA")),
])
def test_a_mutual_act_pairs_its_doers_both_ways(
    default_coder: Coder, nlp: Language, text: str, root: str, pair: tuple[str, str]
) -> None:
    coded = _coded(default_coder, nlp, text, root)
    assert {pair, pair[::-1]} <= coded


@pytest.mark.parametrize(("text", "held"), [
    ("Both activists were detained at the airport and released hours later.", "---OPP"),
    ("The union leader and two members were detained for questioning and then freed.", "---LAB"),
])
def test_released_after_a_passive_is_passive(
    default_coder: Coder, nlp: Language, text: str, held: str
) -> None:
    """"... and released": the one held was released, they released no one."""
    assert _coded(default_coder, nlp, text, "084") == {("", held)}
