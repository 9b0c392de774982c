"""Warnings and conditions that make an announced act a threat (issue 14, the reach of
modals and conditions): whose threat a warning reports, and what a cut in relations
announced on a condition is.

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected", "clause_actor"), [
    ("The foreign minister warned that Bolivia would expel the Chilean ambassador if the port talks "
     "stalled again.", ("BOL", "1313", "CHLGOV"), "BOL"),
    ("A government spokesman warned on Friday that Ghana would impose tariffs on Ivorian cocoa.",
     ("GHA", "1312", "CIV"), "GHA"),
    ("The defence minister warned that Armenia would strike Azerbaijani artillery positions if the "
     "shelling of Goris went on.", ("ARM", "130", "AZEMIL"), "ARM"),
])
def test_a_warning_reports_the_threat_of_its_clauses_actor(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str],
        clause_actor: str) -> None:
    # the threat is the clause's actor's, aimed at its target; the warner threatens no one of
    # the clause (not "the minister threatened Bolivia")
    found = _coded(default_coder, nlp, text)
    assert any((s, c, t) == expected for s, c, t, _ in found), found
    assert not any(t == clause_actor and c.startswith("13") for _, c, t, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Kazakhstan will halt grain exports to Kyrgyzstan if the border stays shut, the trade minister "
     "warned on Monday.", ("KAZ", "1312", "KGZ")),
    ("Jordan will resume its air strikes on Syrian smugglers if the raids continue, an army "
     "commander warned.", ("JOR", "138", "")),
])
def test_a_warning_told_after_its_threat_adds_no_threat_of_its_own(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    source, code, _ = expected
    assert any((s, c) == (source, code) for s, c, _, _ in found), found
    assert not any(c == "130" for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Estonia will close the Russian consulate in Narva unless Moscow releases the detained border "
     "guard, the prime minister said.", ("EST", "1313", "RUSGOV")),
    ("If the trial goes ahead, Peru will recall its ambassador from Ecuador, the foreign ministry said.",
     ("PER", "1313", "ECUGOV")),
])
def test_a_cut_in_relations_announced_on_a_condition_is_a_threat(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any((s, c, t) == expected for s, c, t, _ in found), found
    assert not any(c == "161" for _, c, _, _ in found), found


def test_a_warning_of_what_another_country_will_do_stays_the_warners(
        default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Japan warned that North Korea would test another missile.")
    assert not any(s == "PRK" and c.startswith("13") for s, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # a pattern of "threaten" that names only the verb ("to ban": parties) or none at all
    ("Slovakia threatened to ban imports of Polish poultry.", ("SVK", "1312", "POL")),
    ("Belarus threatened to ban imports of Lithuanian dairy products.", ("BLR", "1312", "LTU")),
    ("Azerbaijan threatened to halt gas deliveries to Georgia over the unpaid bills.",
     ("AZE", "1312", "GEO")),
    ("Iran threatened to suspend trade with Azerbaijan after the embassy attack.", ("IRN", "1312", "AZE")),
])
def test_a_threat_is_of_the_kind_its_infinitive_names(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any((s, c, t) == expected for s, c, t, _ in found), found


@pytest.mark.parametrize("text", [
    "The interior minister warned that police would deal firmly with anyone who breaks the law.",
    "Kenya's president warned that the army would crush any rebellion.",
])
def test_a_warning_that_ones_own_forces_will_act_warns_no_force(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    """Whoever would defy them is warned, not the police or the army the clause names."""
    coded = _coded(default_coder, nlp, text)
    assert not any(t.endswith(("COP", "MIL")) for _, c, t, _ in coded if c.startswith("13")), coded
