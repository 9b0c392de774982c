"""A participle coordinated with a passive verb and read by the parser as a past tense ("was
knocked unconscious by her attacker and robbed of her phone"): still passive, its subject
the one acted on. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)


def _sides(coder: Coder, nlp: Language, text: str, root: str) -> set[tuple[str, str]]:
    """(source name, target name) of the events of ``text`` with the CAMEO root ``root``."""
    return {(e.source.name if e.source else "", e.target.name if e.target else "")
            for e in coder.code(nlp(text), when=WHEN) if e.event_code.startswith(root)}


@pytest.mark.parametrize(("text", "victim"), [
    ("The woman was knocked unconscious by her attacker and robbed of her phone.", "woman"),
    ("The driver was pulled from his van by two men and robbed of his wallet.", "driver"),
])
def test_robbed_of_after_a_passive_is_passive(default_coder: Coder, nlp: Language, text: str,
                                              victim: str) -> None:
    """"... and robbed of her phone": the woman was robbed, she robbed no one."""
    found = _sides(default_coder, nlp, text, "171")
    assert found and all(source != victim for source, _ in found), found
    assert any(target == victim for _, target in found), found


@pytest.mark.parametrize(("text", "code", "actor"), [
    ("The soldier was attacked and retreated to the base.", "0874", "soldier"),
    ("The officers were hurt in the crash and complained of neck pain.", "114", "officers"),
])
def test_an_active_conjunct_stays_active(default_coder: Coder, nlp: Language, text: str, code: str,
                                         actor: str) -> None:
    """"... and retreated", "... and complained of neck pain": the subject acts."""
    assert (actor, "") in _sides(default_coder, nlp, text, code)


@pytest.mark.parametrize(("text", "defendant"), [
    ("The opposition leader was tried in absentia and found guilty of treason.", "opposition leader"),
    ("The two men were arrested last year and found guilty of fraud in March.", "men"),
])
def test_found_guilty_after_a_passive_is_passive(default_coder: Coder, nlp: Language, text: str,
                                                 defendant: str) -> None:
    """"... and found guilty": an irregular participle with a predicate of its missing object
    is passive; the defendant was convicted, not the convicter."""
    found = _sides(default_coder, nlp, text, "116")
    assert found == {("", defendant)}, found


def test_found_guilty_with_its_own_object_stays_active(default_coder: Coder, nlp: Language) -> None:
    found = _sides(default_coder, nlp, "The jury found the two officers guilty of assault.", "116")
    assert found == {("jury", "officers")}, found


@pytest.mark.parametrize(("text", "code", "punished"), [
    ("The journalist was tried by a military court and sentenced to ten years.", "173", "journalist"),
    ("The man was caught at the border by guards and deported to Mexico.", "174", "man"),
])
def test_a_punishment_after_a_passive_is_passive(default_coder: Coder, nlp: Language, text: str, code: str,
                                                 punished: str) -> None:
    """"... and sentenced to ten years" read as a past tense: the journalist was sentenced,
    she sentenced no one."""
    found = _sides(default_coder, nlp, text, code)
    assert found and all(source != punished for source, _ in found), found
    assert any(target == punished for _, target in found), found
