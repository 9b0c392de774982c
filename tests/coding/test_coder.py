"""The coding engine on real sentences (spaCy parse; Phoenix and default dictionaries)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

from events.coding import Coder, Dictionaries, load_dictionaries, phoenix_files
from events.models import CodedEvent

WHEN = dt.date(2024, 5, 1)


@pytest.fixture(scope="module")
def phoenix(shared_dir: Path) -> Coder:
    return Coder(load_dictionaries(**phoenix_files(shared_dir / "reference" / "petrarch")))


def triples(events: list[CodedEvent]) -> set[tuple[str, str, str]]:
    return {
        (e.source.code if e.source else "", e.target.code if e.target else "", e.event_code) for e in events
    }


def test_shelling_codes_fight_with_military_source(phoenix: Coder, nlp: Language) -> None:
    events = phoenix.code(nlp("Russian soldiers shelled Kharkiv on Tuesday."), when=WHEN)
    assert ("RUSMIL", "UKR", "190") in triples(events)


def test_compound_subject_gives_both_directions(phoenix: Coder, nlp: Language) -> None:
    found = triples(phoenix.code(nlp("Azerbaijan and Armenia clashed."), when=WHEN))
    assert {("AZE", "ARM"), ("ARM", "AZE")} <= {(s, t) for s, t, _ in found}
    assert all(code.startswith("19") for _, _, code in found)


def test_negated_verb_gives_no_event(phoenix: Coder, nlp: Language) -> None:
    text = "Moscow does not have the means to operate the Collective Security Treaty Organization."
    assert phoenix.code(nlp(text), when=WHEN) == []


def test_did_not_meet_is_a_denied_meeting(phoenix: Coder, nlp: Language) -> None:
    events = phoenix.code(nlp("China did not meet Japan."), when=WHEN)
    assert [(e.event_code, e.modality) for e in events] == [("040", "denied")]


def test_country_plus_agent_compound(phoenix: Coder, nlp: Language) -> None:
    events = phoenix.code(nlp("Georgian border guards detained Russian soldiers."), when=WHEN)
    assert ("GEOMIL", "RUSMIL") in {(s, t) for s, t, _ in triples(events)}


def test_capital_metonymy(phoenix: Coder, nlp: Language) -> None:
    events = phoenix.code(nlp("Moscow condemned the attack on Georgia."), when=WHEN)
    assert events and events[0].source is not None and events[0].source.code == "RUSGOV"


def test_pattern_sets_code(phoenix: Coder, nlp: Language) -> None:
    events = phoenix.code(nlp("The United States imposed sanctions on Iran."), when=WHEN)
    assert ("USA", "IRN", "163") in triples(events)


def test_event_carries_rule_and_offsets(phoenix: Coder, nlp: Language) -> None:
    text = "Intro line.\n\nIsrael will meet Egypt next week."
    event = phoenix.code(nlp(text), when=WHEN)[0]
    assert text[event.action_start : event.action_end] == "meet"
    assert event.source is not None and text[event.source.start : event.source.end] == "Israel"
    assert "MEET" in event.rule and "ISR" in event.rule
    assert text[event.sentence_start : event.sentence_end].startswith("Israel")


def test_date_restricted_actor_uses_when(shared_dir: Path, nlp: Language) -> None:
    base = shared_dir / "reference" / "petrarch"
    coder = Coder(load_dictionaries(**{**phoenix_files(base), "actors": [base / "PETR.Validate.actors.txt"]}))
    text = "Smeagol will meet Gondor."
    early = triples(coder.code(nlp(text), when=dt.date(1990, 1, 1)))
    late = triples(coder.code(nlp(text), when=dt.date(2005, 1, 1)))
    assert {s for s, _, _ in early} == {"HOB"}
    assert {s for s, _, _ in late} == {"HOBREB"}


def test_discarded_story_gives_no_event(shared_dir: Path, nlp: Language) -> None:
    base = shared_dir / "reference" / "petrarch"
    coder = Coder(
        load_dictionaries(**{**phoenix_files(base), "discards": [base / "PETR.Validate.discards.txt"]})
    )
    text = "Israel will meet Egypt. A typhoon hit the coast."
    assert coder.code(nlp(text), when=WHEN) == []


@pytest.mark.parametrize(
    "text",
    ["", "x", "???", "\u202e\u200b\ufeff مرحبا 😀", "Russia " * 600, "\n\n\n", "Iran Iraq Iran Iraq , , ; ;"],
)
def test_odd_inputs_never_raise(phoenix: Coder, nlp: Language, text: str) -> None:
    assert isinstance(phoenix.code(nlp(text)), list)


def test_doc_without_parse_does_not_raise(phoenix: Coder, nlp: Language) -> None:
    doc = nlp.make_doc("Israel will meet Egypt.")
    assert phoenix.code(doc) == []


def test_default_dictionaries_shelling(default_coder: Coder, nlp: Language) -> None:
    events = default_coder.code(nlp("Russian troops shelled Kharkiv on Tuesday."), when=WHEN)
    found = {(s, t, c[:2]) for s, t, c in triples(events)}
    assert ("RUSMIL", "UKR", "19") in found


def test_default_dictionaries_negation(default_coder: Coder, nlp: Language) -> None:
    text = "Moscow does not have the means to operate the Collective Security Treaty Organization."
    assert default_coder.code(nlp(text), when=WHEN) == []


def test_a_mission_to_supply_is_no_supply(default_coder: Coder, nlp: Language) -> None:
    text = "The Serbian railways are struggling to fulfill their mission to supply the army."
    assert all(c[:2] != "06" for _, _, c in triples(default_coder.code(nlp(text), when=WHEN)))


def test_default_dictionaries_symmetric_clash(default_coder: Coder, nlp: Language) -> None:
    pairs = {
        (s, t) for s, t, _ in triples(default_coder.code(nlp("Azerbaijan and Armenia clashed."), when=WHEN))
    }
    assert {("AZE", "ARM"), ("ARM", "AZE")} <= pairs


def test_dictionaries_type_exported() -> None:
    assert Dictionaries.__name__ == "Dictionaries"


@pytest.mark.parametrize(("text", "expected"), [
    ("Indonesia urged Russia to end the war.", {("IDN", "RUS", "020")}),
    ("France demanded that Russia withdraw its troops.", {("FRA", "RUS", "100")}),
])
def test_what_is_asked_for_did_not_happen(default_coder: Coder, nlp: Language, text: str,
                                          expected: set[tuple[str, str, str]]) -> None:
    assert set(triples(default_coder.code(nlp(text), when=WHEN))) == expected


def test_a_failing_sentence_is_recorded_and_the_document_goes_on(
    default_coder: Coder, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    from events.stages import collecting

    doc = nlp("Russian troops shelled Kharkiv. Ukraine condemned the attack.")
    real = default_coder.code_sentence

    def fail_first(sent, index=0, **kwargs):  # type: ignore[no-untyped-def]
        if index == 0:
            raise RuntimeError("parse trouble")
        return real(sent, index, **kwargs)

    monkeypatch.setattr(default_coder, "code_sentence", fail_first)
    with collecting() as failed:
        events = default_coder.code(doc, when=WHEN)
    assert [e.sentence_index for e in events] == [1]
    assert failed == ["coder: RuntimeError: parse trouble (sentence 0)"]


def test_stage_errors_set_to_raise_stop_the_coder(
    default_coder: Coder, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    from events.errors import StageError
    from events.stages import raising

    def fail(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("parse trouble")

    monkeypatch.setattr(default_coder, "code_sentence", fail)
    with raising(), pytest.raises(StageError, match="coder"):
        default_coder.code(nlp("Russian troops shelled Kharkiv."), when=WHEN)


def test_a_person_no_dictionary_knows_is_an_actor(default_coder: Coder, nlp: Language) -> None:
    text = "Judge Maria Lopez sentenced Peter Wilkins to two years in prison."
    found = triples(default_coder.code(nlp(text), when=WHEN))
    assert any(source == "---JUD" and target == "---CRM" for source, target, _ in found)


def test_persons_are_no_actors_in_petrarchs_reading(nlp: Language, default_dicts: Dictionaries) -> None:
    from events.coding.options import PETRARCH2

    events = Coder(default_dicts, PETRARCH2).code(nlp("Peter Wilkins attacked Maria Lopez."), when=WHEN)
    assert events == []


def test_a_sentence_naming_only_a_person_by_age_is_coded(default_coder: Coder, nlp: Language) -> None:
    text = "A 23-year-old was stabbed outside a pizzeria late Friday."
    found = triples(default_coder.code(nlp(text), when=WHEN))
    assert ("", "---CVL", "182") in found, found
