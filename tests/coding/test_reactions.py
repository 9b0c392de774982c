"""Reactions to an act told in a sentence before ("... shelled Kharkiv overnight. Germany
condemned the attack."): the act's doer is the one judged. Every sentence is written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)


def _judged(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str]]:
    """(source, target) of the criticism (11x) and praise (05x) coded in ``text``."""
    return {(e.source.code if e.source else "", e.target.code if e.target else "")
            for e in coder.code(nlp(text), when=WHEN) if e.event_code[:2] in ("11", "05")}


@pytest.mark.parametrize(("text", "pair"), [
    ("Russian forces shelled Odesa overnight, killing six people. Poland condemned the attack.",
     ("POL", "RUSMIL")),
    ("Police in Minsk detained 40 students on Monday. Amnesty International denounced the detentions.",
     ("NGOAMN", "BLRCOP")),
    ("The European Commission fined a Chinese carmaker 400 million euros. Beijing criticised the fine.",
     ("CHNGOV", "IGOEEC")),
])
def test_criticism_of_an_act_told_before_targets_its_doer(
    default_coder: Coder, nlp: Language, text: str, pair: tuple[str, str]
) -> None:
    """"the attack", "the detentions": the doer of the act the sentence before told."""
    assert pair in _judged(default_coder, nlp, text)


def test_praise_of_an_arrest_told_before_targets_who_arrested(default_coder: Coder, nlp: Language) -> None:
    """Welcoming the arrests praises the police who made them."""
    text = "Kenyan police arrested three suspected poachers near Tsavo. The governor welcomed the arrests."
    assert _judged(default_coder, nlp, text) == {("---GOV", "KENCOP")}


def test_an_act_of_another_kind_is_not_the_one_judged(default_coder: Coder, nlp: Language) -> None:
    """An arrest told before is not "the attack" condemned after it."""
    text = "Police in Minsk detained 40 students on Monday. Lithuania condemned the attack."
    assert {t for _, t in _judged(default_coder, nlp, text)} <= {""}


def test_an_act_named_with_its_own_doer_keeps_it(default_coder: Coder, nlp: Language) -> None:
    """"the attack by gunmen" names its doer: not the army of the sentence before."""
    text = ("Nigerian troops raided a village in Borno on Sunday. Rights groups condemned the attack "
            "by gunmen on a church in Kaduna.")
    assert not any(t == "NGAMIL" for _, t in _judged(default_coder, nlp, text))


@pytest.mark.parametrize(("text", "pair"), [
    ("Turkey closed its airspace to Armenian flights on Monday. Yerevan criticised the decision.",
     ("ARMGOV", "TUR")),
    ("The Ohio Senate voted on Tuesday to repeal the state's abortion ban. Governor Ann Lee called the vote "
     "reckless.", ("---GOV", "USALEG")),
])
def test_the_move_or_the_vote_judges_the_doer_of_the_act_just_told(
    default_coder: Coder, nlp: Language, text: str, pair: tuple[str, str]
) -> None:
    """"the decision", "the vote": the doer of the main act of the sentence before."""
    assert pair in _judged(default_coder, nlp, text)


def test_the_ruling_judges_the_court_that_ruled_sentences_before(default_coder: Coder, nlp: Language) -> None:
    """"the ruling" is the act of the latest sentence whose main verb rules or orders, not of
    the sentence just before."""
    text = ("A district judge ordered the state on Monday to reopen the polling stations. The state had "
            "closed them last month. Civil rights groups welcomed the ruling.")
    assert {t for _, t in _judged(default_coder, nlp, text)} & {"---JUD", "USAJUD"}


def test_the_move_is_only_the_act_of_the_sentence_just_before(default_coder: Coder, nlp: Language) -> None:
    """Two sentences on, "the move" may be anything: no target."""
    text = ("Turkey closed its airspace to Armenian flights on Monday. The flights were rerouted over "
            "Georgia. Yerevan criticised the move.")
    assert not any(t == "TUR" for _, t in _judged(default_coder, nlp, text))


@pytest.mark.parametrize(("text", "pair"), [
    ("Hamas condemned the Israeli bombing of a school in Gaza.", ("PSEREBHMS", "ISR")),
    ("Ukraine condemned the Russian shelling of a hospital in Kherson.", ("UKR", "RUS")),
])
def test_criticism_of_an_attack_targets_its_doer_not_its_victim(
    default_coder: Coder, nlp: Language, text: str, pair: tuple[str, str]
) -> None:
    """The actor adjective before an attack noun is the one criticised, not "Israeli" composed
    with the school it hit."""
    assert pair in _judged(default_coder, nlp, text)


def test_a_town_before_an_attack_is_no_doer(default_coder: Coder, nlp: Language) -> None:
    """"the Lahore bombing" says where, not who: the town is not read as the bombers."""
    text = "Afghanistan condemned the Lahore bombing of a market."
    rules = [e.rule for e in default_coder.code(nlp(text), when=WHEN) if e.event_code.startswith("11")]
    assert rules and not any("act-doer" in r for r in rules)
