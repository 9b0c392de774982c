"""PETRARCH-2 behaviours of the coder on real sentences: reported speech, verb nesting,
negation, paired codes, noun-phrase actors, passive voice. Phoenix (CAMEO.2.0) and
PETR.Validate dictionaries from ../shared; both coders run like the evaluations
(both sides required, no capital metonymy)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

from events.coding import load_dictionaries, phoenix_files, validate_files
from events.coding.coder import NEWS, PETRARCH2, Coder
from events.models import CodedEvent

WHEN = dt.date(2015, 6, 9)
# PETRARCH's output rules (both sides, no capital metonymy, no sentence country) with the
# news reading of modality
PETRARCH_ACTORS = dataclasses.replace(NEWS, require_dyad=True, capital_metonymy=False, sentence_country=False)


@pytest.fixture(scope="module")
def phoenix(shared_dir: Path) -> Coder:
    files = phoenix_files(shared_dir / "reference" / "petrarch")
    return Coder(load_dictionaries(**files), PETRARCH_ACTORS)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def validate(shared_dir: Path) -> Coder:
    files = validate_files(shared_dir / "reference" / "petrarch")
    return Coder(load_dictionaries(**files), PETRARCH_ACTORS)  # type: ignore[arg-type]


def triples(events: list[CodedEvent]) -> set[tuple[str, str, str]]:
    return {
        (e.source.code if e.source else "", e.target.code if e.target else "", e.event_code) for e in events
    }


def test_pattern_naming_the_governed_verb_codes_the_construction(phoenix: Coder, nlp: Language) -> None:
    found = triples(phoenix.code(nlp("Obama wants to attack Switzerland."), when=WHEN))
    assert found == {("USAGOV", "CHE", "138")}


def test_claim_that_another_actor_attacked_is_an_accusation(phoenix: Coder, nlp: Language) -> None:
    found = triples(phoenix.code(nlp("The US claimed that ISIL had attacked Iraq"), when=WHEN))
    assert found == {("USA", "IMGMUSISI", "112")}


def test_asking_someone_to_help_is_an_appeal_for_aid(phoenix: Coder, nlp: Language) -> None:
    found = triples(phoenix.code(nlp("Congress is asking Obama to help Iran."), when=WHEN))
    assert found == {("---LEG", "USAGOV", "023")}


def test_pattern_words_skip_the_verb_of_a_reported_clause(phoenix: Coder, nlp: Language) -> None:
    # "- * ATTACK [190]" of SAY must not match the verb "attacked"
    found = triples(phoenix.code(nlp("The US said that Iraq had attacked themselves"), when=WHEN))
    assert ("USA", "IRQ", "190") not in found


def test_paired_code_has_no_reverse_for_an_infinitive(phoenix: Coder, nlp: Language) -> None:
    text = "Obama is scheduled to attend a summit in Switzerland on the unrest in Iran"
    assert triples(phoenix.code(nlp(text), when=WHEN)) == {("USAGOV", "CHE", "042")}


def test_preposition_of_a_multiword_verb_heads_the_target(phoenix: Coder, nlp: Language) -> None:
    text = "Iraq's national security advisor met with Syrian President Bashar Assad Tuesday, Reuters reports."
    assert ("IRQGOVMIL", "SYRGOV", "040") in triples(phoenix.code(nlp(text), when=WHEN))


def test_passive_without_agent_takes_the_origin_as_source(phoenix: Coder, nlp: Language) -> None:
    text = "Four children and a man were killed in Israeli tank shelling on Friday evening."
    assert ("ISR", "---CVL", "190") in triples(phoenix.code(nlp(text), when=WHEN))


def test_attribution_after_the_clause_is_no_event(validate: Coder, nlp: Language) -> None:
    text = (
        "Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds "
        "trashed its embassy, a senior official said on Saturday."
    )
    assert triples(validate.code(nlp(text), when=dt.date(1995, 1, 1))) == {("ARN", "GON", "064")}


def test_object_without_an_actor_head_takes_the_first_actor(validate: Coder, nlp: Language) -> None:
    text = "The Calenardhon government condemned an attack by Osgiliath soldiers in south Ithilen on Thursday"
    found = triples(validate.code(nlp(text), when=dt.date(1995, 1, 6)))
    assert found == {("CALGOV", "OSGMIL", "122")}


def test_coordinated_names_in_one_phrase_give_one_actor_each(validate: Coder, nlp: Language) -> None:
    text = (
        "Evil Mordor, the awful Fornost, and good Gondor welcomed a resumption of formal diplomatic "
        "ties with Osgiliath after a 12-year rift."
    )
    found = triples(validate.code(nlp(text), when=dt.date(1995, 1, 4)))
    assert found == {("MOR", "OSG", "041"), ("FOR", "OSG", "041"), ("GON", "OSG", "041")}


def test_actor_entry_with_alternative_codes_gives_each(validate: Coder, nlp: Language) -> None:
    text = (
        "The Shire is about to restore full diplomatic ties with Lorien after crowds burned down its embassy."
    )
    found = triples(validate.code(nlp(text), when=dt.date(1995, 1, 1)))
    assert {s for s, _, _ in found} == {"FRO", "BIL", "SAM"}
    assert {t for _, t, _ in found} == {"ELR", "GAL"}


def test_written_verb_form_with_its_own_block_wins(validate: Coder, nlp: Language) -> None:
    text = (
        "Caras Galadhon's new mayor left yesterday for Minas Tirith for meetings of the transport committee."
    )
    found = triples(validate.code(nlp(text), when=dt.date(1995, 1, 3)))
    assert found == {("ELF", "GON", "032"), ("GON", "ELF", "033")}


@pytest.fixture(scope="module")
def petrarch2(shared_dir: Path) -> Coder:
    """The Phoenix coder exactly as the gsr evaluation runs it (no intent reading)."""
    files = phoenix_files(shared_dir / "reference" / "petrarch")
    return Coder(load_dictionaries(**files), PETRARCH2)  # type: ignore[arg-type]


def test_list_parsed_as_apposition_keeps_every_member(petrarch2: Coder, nlp: Language) -> None:
    # the parser hangs "Russia" as an apposition of "EU" and "Turkey" as its conjunct
    found = triples(petrarch2.code(nlp("The EU, Russia, and Turkey met yesterday"), when=WHEN))
    codes = ("IGOEUREEC", "RUS", "TUR")
    assert found == {(a, b, "040") for a in codes for b in codes if a != b}


def test_later_identical_pattern_replaces_the_earlier(petrarch2: Coder, nlp: Language) -> None:
    # "- * &TREATY [031:031]" (APPROVE) is replaced by "- * &TREATY [057]" (RATIFY)
    found = triples(petrarch2.code(nlp("Kenya ratified a treaty with Uganda."), when=WHEN))
    assert found == {("KEN", "UGA", "057")}


def test_gerund_after_a_preposition_inherits_no_subject(petrarch2: Coder, nlp: Language) -> None:
    text = "A Kenyan court jailed a Ugandan student for helping rebels in Somalia."
    assert triples(petrarch2.code(nlp(text), when=WHEN)) == {("KENJUD", "UGAEDU", "173")}


def test_inherited_compound_subject_gives_no_mutual_events(petrarch2: Coder, nlp: Language) -> None:
    text = "Egypt and Jordan are seeking closer ties, especially by promoting trade."
    found = triples(petrarch2.code(nlp(text), when=WHEN))
    assert found == {("EGY", "JOR", "030"), ("JOR", "EGY", "030")}
