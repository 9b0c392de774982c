"""Messages, cables and telegrams of condolence (018) or congratulations (051) sent, offered
or extended to another. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import triples


def countries(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, code) of the events of ``text``."""
    return {(s[:3], t[:3], code) for s, t, code in triples(coder.code(nlp(text)))}


@pytest.mark.parametrize(("text", "expected"), [
    ("Macron sent a message of congratulations to the new Italian prime minister.", ("FRA", "ITA", "051")),
    ("Putin sent a congratulatory telegram to the Chinese president on Monday.", ("RUS", "CHN", "051")),
    ("Erdogan offered his congratulations to the new Greek prime minister.", ("TUR", "GRC", "051")),
    ("The Saudi king sent a cable of condolence to the Moroccan king.", ("SAU", "MAR", "018")),
])
def test_a_message_of_condolence_or_congratulations(
    default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in countries(default_coder, nlp, text)


def test_a_plain_message_is_a_statement(default_coder: Coder, nlp: Language) -> None:
    found = countries(default_coder, nlp, "Macron sent a message to the new Italian prime minister.")
    assert ("FRA", "ITA", "010") in found
