"""Coverage of the PLOVER event types by the default dictionaries and the engine: announced
acts (intent and threats), demands in reported speech, concessions, refusals, light verbs
with event nouns, dated leaders and actor phrases with an IGO modifier.

Sentences are paraphrases written for these tests (not gold-set sentences).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder, Dictionaries
from events.coding.nesting import future
from events.coding.options import NEWS
from events.models import CodedEvent

WHEN = dt.date(2001, 6, 1)


@pytest.fixture(scope="module")
def dicts(default_dicts: Dictionaries) -> Dictionaries:
    return default_dicts


@pytest.fixture(scope="module")
def coder(default_coder: Coder) -> Coder:
    return default_coder


def _triples(events: list[CodedEvent]) -> list[tuple[str, str, str]]:
    return [
        (e.source.code if e.source else "", e.target.code if e.target else "", e.event_code) for e in events
    ]


def _has(events: list[CodedEvent], source: str, target: str | None, prefix: str) -> bool:
    return any(
        s.startswith(source) and (target is None or t.startswith(target)) and c.startswith(prefix)
        for s, t, c in _triples(events)
    )


# ---------------------------------------------------------------- nesting.future (no parse)


def test_future_aid_is_intent_to_give_aid() -> None:
    assert future("073") == "0333"


def test_future_visit_is_intent_to_meet() -> None:
    assert future("042") == "036"


def test_future_lifting_of_curfew_is_intent_to_ease_restrictions() -> None:
    assert future("0813") == "0351"


def test_future_stop_of_aid_is_threat_to_reduce_aid() -> None:
    assert future("1621") == "1311"


def test_future_curfew_is_threat_of_curfew() -> None:
    assert future("1723") == "1323"


def test_future_sanctions_are_threat_of_sanctions() -> None:
    assert future("163") == "1312"


def test_future_attack_is_threat_of_force() -> None:
    assert future("190") == "138"


def test_future_keeps_speech_acts() -> None:
    for code in ("010", "020", "100", "112", "120", "130"):
        assert future(code) is None, code


# ---------------------------------------------------------------- engine on sentences


@pytest.mark.slow
def test_will_plus_aid_codes_intent(coder: Coder, nlp: Language) -> None:
    events = coder.code(nlp("Canada will send humanitarian aid to Haiti next month."), when=WHEN)
    assert _has(events, "CAN", "HTI", "033"), _triples(events)


@pytest.mark.slow
def test_will_plus_aid_cut_codes_threat(coder: Coder, nlp: Language) -> None:
    events = coder.code(nlp("Kenya will suspend economic aid to Somalia."), when=WHEN)
    assert _has(events, "KEN", "SOM", "131"), _triples(events)


@pytest.mark.slow
def test_future_intent_off_codes_the_act(dicts, nlp: Language) -> None:  # type: ignore[no-untyped-def]
    coder = Coder(dicts, dataclasses.replace(NEWS, modality=False))
    events = coder.code(nlp("Kenya will suspend economic aid to Somalia."), when=WHEN)
    assert _has(events, "KEN", "SOM", "162"), _triples(events)


@pytest.mark.slow
def test_ready_to_send_peacekeepers_is_intent(coder: Coder, nlp: Language) -> None:
    events = coder.code(nlp("Spain is ready to send peacekeepers to Lebanon."), when=WHEN)
    assert _has(events, "ESP", None, "0334"), _triples(events)


@pytest.mark.slow
def test_plan_to_impose_restrictions_is_threat(coder: Coder, nlp: Language) -> None:
    events = coder.code(nlp("Hungary plans to impose restrictions on Serbian imports."), when=WHEN)
    assert _has(events, "HUN", None, "13"), _triples(events)


@pytest.mark.slow
def test_statement_that_target_must_act_is_demand(coder: Coder, nlp: Language) -> None:
    text = "Japan said on Monday that China must release the detained fishermen."
    events = coder.code(nlp(text), when=WHEN)
    assert _has(events, "JPN", "CHN", "10"), _triples(events)


@pytest.mark.slow
def test_accepting_demands_is_concession(coder: Coder, nlp: Language) -> None:
    events = coder.code(nlp("Peru accepted demands from Bolivia for new border talks."), when=WHEN)
    assert _has(events, "PER", None, "083"), _triples(events)


@pytest.mark.slow
def test_resignation_is_yielding(coder: Coder, nlp: Language) -> None:
    events = coder.code(nlp("Nepal's prime minister resigned on Monday."), when=WHEN)
    assert _has(events, "NPL", None, "0831"), _triples(events)


@pytest.mark.slow
def test_reneging_on_a_pledge_is_rejection(coder: Coder, nlp: Language) -> None:
    events = coder.code(nlp("Zambia reneged on its pledge to Malawi."), when=WHEN)
    assert _has(events, "ZMB", None, "12"), _triples(events)


@pytest.mark.slow
def test_beginning_a_hunger_strike_is_protest(coder: Coder, nlp: Language) -> None:
    events = coder.code(nlp("Palestinian prisoners began a hunger strike on Sunday."), when=WHEN)
    assert _has(events, "PSE", None, "142"), _triples(events)


@pytest.mark.slow
def test_evacuating_the_wounded_is_humanitarian_aid(coder: Coder, nlp: Language) -> None:
    events = coder.code(nlp("Jordanian helicopters evacuated the wounded from Gaza."), when=WHEN)
    assert _has(events, "JOR", None, "073"), _triples(events)


@pytest.mark.slow
def test_participle_of_an_issued_report_takes_its_author(coder: Coder, nlp: Language) -> None:
    events = coder.code(nlp("Amnesty International issued a report accusing Egypt of torture."), when=WHEN)
    assert _has(events, "NGOAMN", "EGY", "112"), _triples(events)


@pytest.mark.slow
def test_igo_modifier_does_not_replace_the_country(coder: Coder, nlp: Language) -> None:
    events = coder.code(nlp("NATO-member Denmark offered troops to Kosovo."), when=WHEN)
    assert _has(events, "DNK", None, "03"), _triples(events)


@pytest.mark.slow
def test_leader_in_office_codes_government(coder: Coder, nlp: Language) -> None:
    events = coder.code(nlp("Museveni criticized Kenya on Tuesday."), when=WHEN)
    assert _has(events, "UGAGOV", "KEN", "111"), _triples(events)


@pytest.mark.slow
def test_leader_before_term_keeps_country(coder: Coder, nlp: Language) -> None:
    events = coder.code(nlp("Gbagbo criticized France on Tuesday."), when=dt.date(1995, 3, 1))
    assert _has(events, "CIV", "FRA", "111"), _triples(events)


@pytest.mark.slow
def test_leader_after_term_is_country_elite(coder: Coder, nlp: Language) -> None:
    events = coder.code(nlp("Mandela praised Mozambique on Tuesday."), when=dt.date(2005, 3, 1))
    assert _has(events, "ZAFELI", "MOZ", "051"), _triples(events)


@pytest.mark.slow
def test_governing_verb_takes_the_target_of_its_infinitive(coder: Coder, nlp: Language) -> None:
    events = coder.code(nlp("Iran threatened to cut off gas supplies to Armenia."), when=WHEN)
    assert _has(events, "IRN", "ARM", "13"), _triples(events)


@pytest.mark.slow
def test_failing_to_reach_an_agreement_is_rejection(coder: Coder, nlp: Language) -> None:
    events = coder.code(nlp("Serbia failed to reach an agreement with Croatia on Sunday."), when=WHEN)
    assert _has(events, "SRB", None, "12"), _triples(events)


@pytest.mark.slow
def test_will_not_accept_is_rejection(coder: Coder, nlp: Language) -> None:
    events = coder.code(nlp("Jordan will not accept more refugees from Syria."), when=WHEN)
    assert _has(events, "JOR", None, "12"), _triples(events)


@pytest.mark.slow
def test_multi_word_verb_is_tried_before_the_single_verb(coder: Coder, nlp: Language) -> None:
    events = coder.code(nlp("Chilean dockworkers stopped work on Monday."), when=WHEN)
    assert _has(events, "CHL", None, "143"), _triples(events)


@pytest.mark.slow
def test_regular_stem_recovers_a_lemmatizer_slip(coder: Coder, nlp: Language) -> None:
    text = "Tens of thousands of students throughout Chile staged mass demonstrations on Saturday."
    events = coder.code(nlp(text), when=WHEN)
    assert _has(events, "CHL", None, "141"), _triples(events)


@pytest.mark.slow
def test_reported_adjective_infinitive_takes_the_reporter(coder: Coder, nlp: Language) -> None:
    events = coder.code(nlp("Syria says it is willing to withdraw its troops from Lebanon."), when=WHEN)
    assert _has(events, "SYR", None, "035"), _triples(events)


@pytest.mark.slow
def test_agentless_passive_in_a_country_has_that_country_as_source(coder: Coder, nlp: Language) -> None:
    events = coder.code(nlp("A French journalist was arrested in Turkey on Monday."), when=WHEN)
    assert _has(events, "TUR", "FRA", "173"), _triples(events)


@pytest.mark.slow
def test_sentence_with_years_ago_is_not_discarded(coder: Coder, nlp: Language) -> None:
    text = "Uganda granted asylum to Rwandan rebels who fled their country two years ago."
    events = coder.code(nlp(text), when=WHEN)
    assert _has(events, "UGA", "RWA", "075"), _triples(events)


@pytest.mark.slow
def test_event_noun_takes_the_subject_of_its_verb(coder: Coder, nlp: Language) -> None:
    events = coder.code(nlp("Thousands of Kenyans turned out for a rally in Nairobi on Friday."), when=WHEN)
    assert _has(events, "KEN", None, "141"), _triples(events)


@pytest.mark.slow
def test_statement_patterns_stay_out_of_the_reported_clause(coder: Coder, nlp: Language) -> None:
    text = "Hungary said it will support a resolution that would tighten sanctions on Serbia."
    events = coder.code(nlp(text), when=WHEN)
    assert not _has(events, "HUN", None, "163"), _triples(events)
    assert _has(events, "HUN", None, "032"), _triples(events)


@pytest.mark.slow
def test_reduced_passive_relative_is_passive(coder: Coder, nlp: Language) -> None:
    events = coder.code(nlp("There were ten Russian soldiers killed in Ukraine on Monday."), when=WHEN)
    assert _has(events, "UKR", "RUS", "19"), _triples(events)
