"""Coordinated roles sharing the names of a modifier, with small dictionaries written here:
"the ambassadors of A, B and C", "lawmakers and officials in A and B", "A's troops and
police"."""

from __future__ import annotations

from spacy.language import Language

from events.coding import Coder
from tests.coding.conftest import SmallCoder

VERBS = "--- PRAISE [051] ---\nPRAISE\n"
ACTORS = """
FREEDONIA [FRE]
+FREEDONIAN
SYLVANIA [SYL]
VULGARIA [VUL]
TOMAINIA [TOM]
UNITED NATIONS [IGOUNO]
+UN
"""
AGENTS = """
AMBASSADOR [~GOV]
OFFICIAL [~GOV]
LAWMAKER [~LEG]
TROOPS {} [~MIL]
POLICE {} [~COP]
PEACEKEEPER [~PKO]
"""


def sources(small_coder: SmallCoder, nlp: Language, text: str) -> set[str]:
    coder = small_coder(VERBS, ACTORS, AGENTS)
    return {e.source.code for e in coder.code(nlp(text)) if e.source and e.target and e.target.code == "TOM"}


def test_role_of_a_list_of_names_is_each_name_s(small_coder: SmallCoder, nlp: Language) -> None:
    text = "The ambassadors of Freedonia, Sylvania and Vulgaria praised Tomainia on Monday."
    assert sources(small_coder, nlp, text) == {"FREGOV", "SYLGOV", "VULGOV"}


def test_roles_share_the_names_of_their_phrase(small_coder: SmallCoder, nlp: Language) -> None:
    text = "Lawmakers and officials in Freedonia and Sylvania praised Tomainia."
    assert sources(small_coder, nlp, text) == {"FRELEG", "FREGOV", "SYLLEG", "SYLGOV"}


def test_name_coordinated_after_a_role_s_phrase_joins_it(small_coder: SmallCoder, nlp: Language) -> None:
    text = "Lawmakers in Freedonia and Sylvania praised Tomainia."
    assert sources(small_coder, nlp, text) == {"FRELEG", "SYLLEG"}


def test_name_before_coordinated_roles_is_theirs(small_coder: SmallCoder, nlp: Language) -> None:
    text = "Freedonian troops and police praised Tomainia."
    assert sources(small_coder, nlp, text) == {"FREMIL", "FRECOP"}


def test_role_named_before_its_head_keeps_its_name(small_coder: SmallCoder, nlp: Language) -> None:
    text = "UN peacekeepers in Sylvania praised Tomainia."
    assert sources(small_coder, nlp, text) == {"IGOUNOPKO"}


def test_actor_of_its_own_is_not_shared(small_coder: SmallCoder, nlp: Language) -> None:
    text = "Sylvania and the officials of Freedonia praised Tomainia."
    assert sources(small_coder, nlp, text) == {"SYL", "FREGOV"}


def test_an_armed_groups_name_is_not_the_governments_beside_it(default_coder: Coder, nlp: Language) -> None:
    """A rebel group's name does not pass to the state's side coordinated with it."""
    events = default_coder.code(nlp("FARC commanders and government negotiators signed a ceasefire deal."))
    assert {e.source.code for e in events if e.source} == {"COLREBMIL", "COLGOV"}


def test_an_armed_groups_name_is_not_the_armys_beside_it(default_coder: Coder, nlp: Language) -> None:
    events = default_coder.code(nlp("ELN commanders and army generals met on Monday."))
    assert {e.source.code for e in events if e.source} == {"COLREBMIL", "COLMIL"}


def test_an_armed_groups_name_passes_to_its_own_roles(default_coder: Coder, nlp: Language) -> None:
    events = default_coder.code(nlp("FARC commanders and fighters handed over their weapons."))
    assert {e.source.code for e in events if e.source} == {"COLREBMIL", "COLREB"}
