"""An agentless arrest, charge or sentence takes the police, court or prosecutors that a
linked clause of its sentence names (events.coding.roles.inherit_agentless,
_named_authority). Every sentence is written for these tests."""

from __future__ import annotations

from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import triples


def _policing(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source, target, code) of the arrests, charges and sentences (173) of ``text``."""
    return {t for t in triples(coder.code(nlp(text))) if t[2] == "173"}


def test_the_police_called_arrest(default_coder: Coder, nlp: Language) -> None:
    found = _policing(default_coder, nlp, "A shop owner called the police and two teenagers were arrested.")
    assert found == {("---COP", "---CVL", "173")}, found


def test_the_police_summoned_in_the_passive_arrest(default_coder: Coder, nlp: Language) -> None:
    found = _policing(default_coder, nlp, "Police were called to the house, and a man was arrested.")
    assert found == {("---COP", "---CVL", "173")}, found


def test_the_agent_of_a_coordinated_passive_charges(default_coder: Coder, nlp: Language) -> None:
    text = "Two brothers were stopped by state troopers on Interstate 95 and were charged with smuggling."
    found = _policing(default_coder, nlp, text)
    assert found == {("---COP", "---CRM", "173")}, found


def test_the_police_of_the_clause_a_relative_hangs_on_charge(default_coder: Coder, nlp: Language) -> None:
    text = "Two men were stopped by Leeds police and taken to Bradford, where they were charged with theft."
    found = _policing(default_coder, nlp, text)
    assert found == {("---COP", "---CVL", "173")}, found


def test_border_guards_detain(default_coder: Coder, nlp: Language) -> None:
    found = _policing(default_coder, nlp, "Border guards searched the truck and the driver was detained.")
    assert found == {("---MIL", "---CVL", "173")}, found


def test_prosecutors_indict(default_coder: Coder, nlp: Language) -> None:
    text = "Prosecutors presented the evidence to a grand jury, and the mayor was indicted for bribery."
    found = _policing(default_coder, nlp, text)
    assert found == {("---JUD", "---GOV", "173")}, found


def test_a_judge_sentences_in_a_clause_read_as_a_complement(default_coder: Coder, nlp: Language) -> None:
    text = "A judge heard the case on Monday and the former minister was sentenced to five years."
    found = _policing(default_coder, nlp, text)
    assert found == {("---JUD", "---ELI", "173")}, found


def test_the_police_told_of_a_theft_arrest(default_coder: Coder, nlp: Language) -> None:
    """The parser coordinates the arrest with what the police were told."""
    text = "The shopkeeper told police two boys had stolen sweets from his store and they were arrested."
    found = _policing(default_coder, nlp, text)
    assert {s for s, _, _ in found} == {"---COP"}, found


def test_the_authorities_alerted_arrest(default_coder: Coder, nlp: Language) -> None:
    text = "Residents alerted the authorities, and three men were later arrested."
    found = _policing(default_coder, nlp, text)
    assert found == {("---GOV", "---CVL", "173")}, found


def test_a_minister_named_beside_arrests_no_one(default_coder: Coder, nlp: Language) -> None:
    """Of a government only "the authorities" police."""
    text = "The interior minister visited the border town, and three men were later arrested."
    found = _policing(default_coder, nlp, text)
    assert found == {("", "---CVL", "173")}, found


def test_the_police_sentence_no_one(default_coder: Coder, nlp: Language) -> None:
    """A court sentences; the police named beside it only arrest and charge."""
    text = "The victim's family thanked the police after the killer was sentenced to life."
    found = _policing(default_coder, nlp, text)
    assert found == {("", "---CRM", "173")}, found


def test_no_authority_named_no_source(default_coder: Coder, nlp: Language) -> None:
    found = _policing(default_coder, nlp, "A neighbour saw the fire and the man was arrested.")
    assert found == {("", "---CVL", "173")}, found


def test_an_officer_in_the_words_of_the_arrested_is_no_source(default_coder: Coder, nlp: Language) -> None:
    found = _policing(default_coder, nlp, "A man who attacked a police officer was arrested on Sunday.")
    assert found == {("", "---CVL", "173")}, found


def test_a_defence_lawyer_charges_no_one(default_coder: Coder, nlp: Language) -> None:
    text = "The farmer was charged with assault, and his lawyers filed an appeal."
    found = _policing(default_coder, nlp, text)
    assert not {s for s, _, _ in found} & {"---JUD"}, found


def test_a_court_modifying_a_noun_charges_no_one(default_coder: Coder, nlp: Language) -> None:
    text = "The farmer was charged with assault and awaits a court appearance next month."
    found = _policing(default_coder, nlp, text)
    assert found == {("", "---AGR", "173")}, found


def test_an_earlier_arrest_frees_no_one(default_coder: Coder, nlp: Language) -> None:
    """The freeing is the rebels'; the arrest in the relative clause is no one's named."""
    found = triples(default_coder.code(nlp("The men who were arrested in 2010 were freed by rebels.")))
    assert ("---REB", "---CVL", "0841") in found and not any(s for s, _, c in found if c == "173"), found
