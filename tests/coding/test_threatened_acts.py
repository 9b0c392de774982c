"""Threats told by an infinitive the dictionaries do not code (CAMEO 130): whom the
threatened act is done to, the infinitive's object, is the threat's target ("threatened to
impeach the governor"); a helper the threat calls in is not (``events.coding.roles``).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Ohio legislators threatened to impeach the governor over the lockdown orders.",
     ("USALEG", "130", "USAGOV")),
    ("Peru's opposition threatened to topple the government of Prime Minister Otarola.",
     ("PEROPP", "130", "PERGOV")),
    ("Senators threatened to defund the interior ministry if the contracts were not cancelled.",
     ("LEG", "130", "GOV")),
])
def test_the_object_of_a_threatened_act_is_the_target(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = {(s.lstrip("-"), c, t.lstrip("-")) for s, c, t, _ in _coded(default_coder, nlp, text)}
    assert expected in found, found


def test_a_helper_called_in_is_no_target_of_the_threat(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The mayor threatened to call the police on the squatters.")
    assert not any(t.endswith("COP") for _, c, t, _ in found if c.startswith("13")), found
