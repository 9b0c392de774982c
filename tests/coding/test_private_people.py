"""The private people of local crime news: the workers, partners and relatives a story names
by a common noun ("a bouncer", "a security guard", "her boyfriend"), civilians (``CVL``),
and a person's own family or partner, who is the victim of that person's violence ("beat
his wife"), not the source's own side as "its troops" are. Every sentence is written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)


def _sides(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source name, CAMEO root, target name: code) of the events of ``text``."""
    return {(e.source.name if e.source else "", e.event_code[:2],
             f"{e.target.name}: {e.target.code}" if e.target else "")
            for e in coder.code(nlp(text), when=WHEN)}


@pytest.mark.parametrize(("text", "side"), [
    ("A man punched a bouncer outside a nightclub on Saturday.", ("man", "18", "bouncer: ---CVL")),
    ("A security guard was shot by a robber at a pharmacy.", ("robber", "18", "security guard: ---CVL")),
    ("The teenager attacked a cashier with a bottle at a petrol station.",
     ("teenager", "18", "cashier: ---CVL")),
])
def test_workers_of_local_news_are_civilians(default_coder: Coder, nlp: Language, text: str,
                                             side: tuple[str, str, str]) -> None:
    """"a bouncer", "a security guard", "a cashier": private people, the victims here."""
    assert side in _sides(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "side"), [
    ("The woman stabbed her roommate during an argument.", ("woman", "18", "roommate: ---CVL")),
    ("Gary Nolan stabbed his wife during an argument at their home.", ("Gary Nolan", "18", "wife: ---CVL")),
    ("The woman shot her husband in the kitchen, deputies said.", ("woman", "18", "husband: ---CVL")),
])
def test_a_persons_own_people_are_victims(default_coder: Coder, nlp: Language, text: str,
                                          side: tuple[str, str, str]) -> None:
    """"stabbed his wife": a person's wife, husband or roommate is someone else, the target
    of the violence (not the source's own forces, as "withdrew its troops")."""
    assert side in _sides(default_coder, nlp, text)


def test_a_states_own_forces_stay_no_target(default_coder: Coder, nlp: Language) -> None:
    """"its troops", "their soldiers": still the source's own, no target."""
    for text in ("The army withdrew its troops from the border town.",
                 "The rebels said they had pulled back their fighters from the hills."):
        assert not any(t.startswith(("troops", "fighters")) for _, _, t in _sides(default_coder, nlp, text))
