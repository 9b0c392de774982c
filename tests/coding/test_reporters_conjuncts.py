"""A reporter's second act: "X said the ruling was unfair and urged Y to …", where the parser
hangs the second verb on the reported clause, is X's own stated act (roles.reporters_conjuncts).
Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_news_actors import _coded

WHEN = dt.date(2026, 1, 5)


@pytest.mark.parametrize(("text", "root", "source"), [
    ("Greenpeace said the permit was illegal and urged Norway to halt the drilling.", "02", "NGOGRP"),
    ("The Polish foreign ministry said the claim was absurd and demanded an apology from Minsk.",
     "10", "POLGOV"),
    ("The opposition said the count was rigged and accused the election board of fraud.", "11", "OPP"),
])
def test_the_reporter_does_the_second_act(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    events = [e for e in default_coder.code(nlp(text), when=WHEN) if e.event_code.startswith(root)]
    assert any(e.source is not None and source in e.source.code for e in events), text
    assert all(e.modality == "asserted" for e in events if e.source is not None)


def test_a_named_doer_of_the_reported_clause_keeps_the_second_act(
    default_coder: Coder, nlp: Language
) -> None:
    text = "Police said the teenager climbed the fence and attacked a guard."
    sources = {s for s, c, _ in _coded(default_coder, nlp, text) if c.startswith("18")}
    assert sources and not any(s.endswith("COP") for s in sources)


@pytest.mark.parametrize(("text", "root", "source"), [
    ("The hospital trust said it had offered a 3 percent rise and urged the nurses union to resume "
     "talks.", "02", "---HLH"),
])
def test_the_reporter_speaking_of_itself_does_the_second_verbal_act(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    assert source in {s for s, c, _ in _coded(default_coder, nlp, text) if c.startswith(root)}, _coded(
        default_coder, nlp, text
    )

