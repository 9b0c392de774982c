"""A participle clause after a main act ("Bolivia severed ties with Israel, accusing it of
…"): its doer is the main clause's subject, and a pronoun in it stands for the one the main
act is aimed at when the pronoun agrees with it.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    # the "with / on / against" phrase of an object that names no one
    ("Bolivia severed diplomatic ties with Israel on Tuesday, accusing it of committing crimes against"
     " humanity.", ("BOL", "1124", "ISR")),
    ("Britain imposed an asset freeze on three Russian bankers, accusing them of helping the Kremlin"
     " evade sanctions.", ("GBR", "112", "RUSBUS")),
    ("Argentina filed a complaint against Britain at the United Nations, accusing it of militarising"
     " the South Atlantic.", ("ARG", "112", "GBR")),
])
def test_a_pronoun_accused_is_whom_the_main_act_is_aimed_at(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert (*expected, "asserted") in found, found


def test_a_plural_pronoun_accused_is_no_single_thing(default_coder: Coder, nlp: Language) -> None:
    # "them" does not stand for "Ugandan sugar"
    found = _coded(default_coder, nlp, "Kenya imposed a ban on Ugandan sugar, accusing them of dumping.")
    assert ("KEN", "112", "", "asserted") in found, found
    assert not any(c == "112" and t for _, c, t, _ in found), found
