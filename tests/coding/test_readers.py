"""The PETRARCH-2 dictionary readers, one syntax feature per test, on tiny inline files."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest

from events.coding import load_dictionaries
from events.coding.readers import read_actors, read_agents, read_discards, read_verbs
from events.errors import DictionaryError


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_verb_block_default_code_and_forms(tmp_path: Path) -> None:
    verbs = read_verbs(write(tmp_path, "v.verbs.txt", "--- ATTACK [190] ---\nATTACK\nSTAB {STABS STABBED}\n"))
    assert [f.code for f in verbs.forms["attack"]] == ["190"]
    assert verbs.forms["stabbed"][0].verb == "stab"


def test_verb_block_null_code_is_none(tmp_path: Path) -> None:
    verbs = read_verbs(write(tmp_path, "v.verbs.txt", "---  ACCELERATE   [---]  ---\nRUSH\n"))
    assert verbs.forms["rush"][0].code is None


def test_paired_code(tmp_path: Path) -> None:
    verbs = read_verbs(write(tmp_path, "v.verbs.txt", "--- ARRIVE [032:033] ---\nARRIVE\n"))
    form = verbs.forms["arrive"][0]
    assert (form.code, form.reverse) == ("032", "033")


def test_multiword_verb_with_marked_verb_word(tmp_path: Path) -> None:
    text = (
        "--- CONFISCATE [1711] ---\nCONFISCATE\nWIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}\n+CORDON_OFF [1721]\n"
    )
    verbs = read_verbs(write(tmp_path, "v.verbs.txt", text))
    tap = verbs.forms["tap"][0]
    cordon = verbs.forms["cordon"][0]
    assert (tap.pre, tap.post, tap.code) == (("wire",), (), "1711")
    assert (cordon.post, cordon.code) == (("off",), "1721")


def test_pattern_words_markers_and_adjacency(tmp_path: Path) -> None:
    text = "--- BREAK [171] ---\nBREAK\n- + KNOWN_* IN_ $  [076]  # comment\n"
    pattern = read_verbs(write(tmp_path, "v.verbs.txt", text)).blocks[0].patterns[0]
    assert [e.kind for e in pattern.pre] == ["target", "word"]
    assert pattern.verb_joined_pre is True
    assert [(e.kind, e.value) for e in pattern.post] == [("word", "in"), ("source", "")]
    assert pattern.code == "076"


def test_pattern_groups_are_flattened(tmp_path: Path) -> None:
    text = "--- ADD [---] ---\nADD\n- * (TO LIST) (OF {BANNED PARTIES}) [1722]\n"
    pattern = read_verbs(write(tmp_path, "v.verbs.txt", text)).blocks[0].patterns[0]
    assert [e.value for e in pattern.post] == ["to", "list", "of", "banned", "parties"]


def test_synsets_expand_nested_members(tmp_path: Path) -> None:
    text = (
        "&TIES\n+MILITARY\n+ECONOMIC\n&BOTH\n+&TIES\n+CLOSER\n"
        "--- ABANDON [345] ---\nABANDON\n- * &BOTH TIES [902]\n"
    )
    verbs = read_verbs(write(tmp_path, "v.verbs.txt", text))
    assert ("military",) in verbs.synsets["BOTH"]
    assert verbs.blocks[0].patterns[0].post[0].kind == "syn"


def test_xml_comments_are_skipped(tmp_path: Path) -> None:
    text = "<!-- a\nmulti-line comment -->\n--- ASK [090] ---\nASK <!-- inline -->\n"
    assert "ask" in read_verbs(write(tmp_path, "v.verbs.txt", text)).forms


def test_pattern_without_code_raises_with_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.verbs.txt", "--- ASK [090] ---\nASK\n- * FOR AID\n")
    with pytest.raises(DictionaryError) as info:
        read_verbs(path)
    assert info.value.line == 3
    assert "bad.verbs.txt:3" in str(info.value)


def test_pattern_outside_block_raises(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match=":1: pattern outside"):
        read_verbs(write(tmp_path, "bad.verbs.txt", "- * AID [070]\n"))


def test_unknown_synset_is_reported(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    warnings: list[str] = []
    with caplog.at_level(logging.WARNING):
        read_verbs(write(tmp_path, "v.verbs.txt", "--- ASK [090] ---\nASK\n- * &NOPE [091]\n"), warnings)
    assert warnings and "v.verbs.txt:3" in warnings[0]
    assert "&NOPE" in caplog.text


def test_actor_with_synonyms_and_code(tmp_path: Path) -> None:
    actors = read_actors(write(tmp_path, "a.actors.txt", "RUSSIAN_FEDERATION_  [RUS]\n+RUSSIAN\n+MOSCOW_\n"))
    assert actors.get("moscow").code_for(None) == "RUS"  # type: ignore[union-attr]
    assert actors.get("russian federation").name == "russian federation"  # type: ignore[union-attr]


def test_actor_date_restrictions(tmp_path: Path) -> None:
    text = "GOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\n"
    entry = read_actors(write(tmp_path, "a.actors.txt", text)).get("smeagol")
    assert entry is not None
    assert entry.code_for(dt.date(1990, 1, 1)) == "HOB"
    assert entry.code_for(dt.date(1997, 1, 1)) == "HOBGOV"
    assert entry.code_for(dt.date(2005, 1, 1)) == "HOBREB"


def test_actor_restricted_and_default_code(tmp_path: Path) -> None:
    entry = read_actors(write(tmp_path, "a.actors.txt", "KOFI_ANNAN_\t[IGOUNO 970101-061231] [ELI]\n")).get(
        "kofi annan"
    )
    assert entry is not None
    assert entry.code_for(dt.date(2000, 1, 1)) == "IGOUNO"
    assert entry.code_for(dt.date(2010, 1, 1)) == "ELI"


def test_actor_hash_code_survives_comment_stripping(tmp_path: Path) -> None:
    entry = read_actors(write(tmp_path, "a.actors.txt", "NASGUL [###] # ring wraiths\n")).get("nasgul")
    assert entry is not None and entry.code_for(None) == "###"


def test_actor_bad_date_is_reported_not_guessed(tmp_path: Path) -> None:
    warnings: list[str] = []
    entry = read_actors(write(tmp_path, "a.actors.txt", "X_ [AAA 2004017-20061201] [BBB]\n"), warnings).get(
        "x"
    )
    assert entry is not None and entry.code_for(dt.date(2005, 1, 1)) == "BBB"
    assert "a.actors.txt:1" in warnings[0]


def test_actor_unclosed_bracket_raises(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="a.actors.txt:2"):
        read_actors(write(tmp_path, "a.actors.txt", "FRANCE [FRA]\nSPAIN [ESP\n"))


def test_actor_synonym_before_name_raises(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match=":1:"):
        read_actors(write(tmp_path, "a.actors.txt", "+ORPHAN\n"))


def test_agent_suffix_prefix_and_plural(tmp_path: Path) -> None:
    text = "POLICE {} [ ~COP]\nMSF {} [NGO~]\nGOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n"
    agents = read_agents(write(tmp_path, "g.agents.txt", text))
    assert agents.get("police").suffix == "COP"  # type: ignore[union-attr]
    assert agents.get("msf").prefix == "NGO"  # type: ignore[union-attr]
    assert agents.get("golden geese").suffix == "GGS"  # type: ignore[union-attr]


def test_agent_macro_substitution(tmp_path: Path) -> None:
    text = "!PERSON! = MAN, MEN\nCATTLE!PERSON! [~AGR]\n"
    agents = read_agents(write(tmp_path, "g.agents.txt", text))
    assert "cattleman" in agents and "cattlemen" in agents


def test_agent_unknown_macro_raises(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="g.agents.txt:1"):
        read_agents(write(tmp_path, "g.agents.txt", "CATTLE!NOPE! [~AGR]\n"))


def test_discards_story_and_sentence(tmp_path: Path) -> None:
    discards = read_discards(write(tmp_path, "d.discards.txt", "+TYPHOON   # story\nBASEBALL\n"))
    assert discards.get("typhoon") is True
    assert discards.get("baseball") is False


def test_load_directory_by_file_rule(tmp_path: Path) -> None:
    write(tmp_path, "x.verbs.txt", "--- ASK [090] ---\nASK\n")
    write(tmp_path, "x.actors.txt", "FRANCE [FRA]\n")
    write(tmp_path, "y.actors.txt", "SPAIN [ESP]\n")
    dicts = load_dictionaries(tmp_path)
    assert "france" in dicts.actors and "spain" in dicts.actors


def test_load_is_cached(tmp_path: Path) -> None:
    write(tmp_path, "x.verbs.txt", "--- ASK [090] ---\nASK\n")
    assert load_dictionaries(tmp_path) is load_dictionaries(tmp_path)


def test_load_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError):
        load_dictionaries(tmp_path / "nope")


def test_transformation_lines_are_read(tmp_path: Path) -> None:
    text = "--- SAY [010] ---\nSAY\n\n~ a (b . ATTACK) SAY = a b 112\n"
    verbs = read_verbs(write(tmp_path, "v.verbs.txt", text))
    (rule,) = verbs.transformations
    assert (rule.outer, rule.inner, rule.inner_source, rule.inner_target) == ("SAY", "ATTACK", "b", ".")
    assert (rule.result_source, rule.result_target, rule.result_code) == ("a", "b", "112")
    assert "~" not in verbs.forms  # not misread as a verb form
