"""Structural checks of the shipped default dictionaries (events/coding/data/).

Cheap text checks run without the coder; the coder checks load spaCy and are marked slow.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pycountry
import pytest

from events.coding import Coder, load_dictionaries

DATA = Path(__file__).resolve().parents[2] / "events" / "coding" / "data"
FILES = {
    "verbs": DATA / "cameo.verbs.txt",
    "countries": DATA / "countries.actors.txt",
    "international": DATA / "international.actors.txt",
    "agents": DATA / "agents.txt",
    "discards": DATA / "discards.txt",
}
CODE_IN_BRACKETS = re.compile(r"\[([^\]]*)\]")


def _lines(path: Path) -> list[str]:
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if line.strip():
            out.append(line)
    return out


def _actor_codes(path: Path) -> set[str]:
    codes = set()
    for line in _lines(path):
        for item in CODE_IN_BRACKETS.findall(line):
            if item.strip():
                codes.add(item.split()[0])
    return codes


def _verb_codes() -> set[str]:
    codes: set[str] = set()
    for line in _lines(FILES["verbs"]):
        for item in CODE_IN_BRACKETS.findall(line):
            codes.update(c.strip() for c in item.split(":") if c.strip().isdigit())
    return codes


def test_files_exist() -> None:
    for path in FILES.values():
        assert path.is_file(), path


def test_every_iso_country_has_an_entry() -> None:
    codes = _actor_codes(FILES["countries"])
    missing = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in codes]
    assert not missing
    assert "KSV" in codes  # Kosovo: CAMEO convention, no ISO code


def test_capitals_and_demonyms() -> None:
    text = FILES["countries"].read_text(encoding="utf-8")
    for name, code in [
        ("MOSCOW_", "RUSGOV"),
        ("KREMLIN_", "RUSGOV"),
        ("WASHINGTON_", "USAGOV"),
        ("TBILISI_", "GEOGOV"),
        ("BEIJING_", "CHNGOV"),
    ]:
        assert re.search(rf"^{re.escape(name)}\s+\[{code}\]", text, re.M), name
    for word in ["GEORGIAN_", "FINNISH_", "KYRGYZ_", "KYRGYZSTANI_", "TAJIK_", "RUSSIAN_", "RUSSIANS_"]:
        assert re.search(rf"^\+?{re.escape(word)}(\s|$)", text, re.M), word


def test_leader_date_restrictions() -> None:
    text = FILES["countries"].read_text(encoding="utf-8")
    assert "[USAGOV 20210120-20250120]" in text  # Biden
    assert "[USAGOV >20250120]" in text  # Trump, second term
    assert "[UKRGOV >20190520]" in text  # Zelensky
    for line in _lines(FILES["countries"]):
        for item in CODE_IN_BRACKETS.findall(line):
            parts = item.split()
            if len(parts) > 1:
                assert re.fullmatch(r"(?:[<>]\d{8}|\d{8}-\d{8})", parts[1]), item


def test_international_codes() -> None:
    codes = _actor_codes(FILES["international"])
    for code in [
        "IGOUNO",
        "IGOEEC",
        "IGONAT",
        "IGOSCE",
        "IGOWTO",
        "IGOIMF",
        "IGOWBK",
        "IGOICC",
        "NGOAMN",
        "NGOHRW",
        "NGOCRC",
        "PSEREBHMS",
        "LBNREBHEZ",
        "RUSUAF",
    ]:
        assert code in codes, code


def test_at_least_150_agents_with_codes() -> None:
    lines = _lines(FILES["agents"])
    agents = [ln for ln in lines if CODE_IN_BRACKETS.search(ln)]
    assert len(agents) >= 150
    for line in agents:
        code = CODE_IN_BRACKETS.findall(line)[-1]
        assert "~" in code, line
        assert line.count("{") == line.count("}") == 1, line  # plural always explicit


def test_discards_format() -> None:
    lines = _lines(FILES["discards"])
    assert len(lines) >= 100
    assert "+WORLD CUP" in lines
    assert not any("[" in ln for ln in lines)


def test_verb_file_structure() -> None:
    blocks = 0
    for line in _lines(FILES["verbs"]):
        if line.startswith("---"):
            blocks += 1
            assert re.match(r"^---\s+\S+\s+\[[^\]]*\]\s+---$", line), line
        elif line.startswith("- "):
            assert "*" in line and re.search(r"\[[^\]]*\]\s*$", line), line
        elif line.startswith(("+", "&")) or line.startswith("#"):
            continue
        elif blocks:
            head = line.split("{")[0].split("[")[0].strip()
            assert " " not in head, line
            assert "_" not in head or "+" in head, line
    assert blocks >= 100


def test_every_cameo_code_has_a_verb_pattern(shared_dir: Path) -> None:
    table = shared_dir / "reference" / "cameo" / "CAMEO.eventcodes.txt"
    codes = []
    for raw in table.read_text(encoding="latin-1").splitlines()[1:]:
        first = raw.split("\t", 1)[0].strip()
        if first.isdigit():
            codes.append(first)
    have = _verb_codes()
    three = [c for c in codes if len(c) == 3]
    assert len(three) >= 60
    assert [c for c in three if c not in have] == []
    roots = {c[:2] + "0" for c in codes if len(c) == 2}
    assert roots <= have


# ----------------------------------------------------------------- with the reader


def _dicts():  # type: ignore[no-untyped-def]
    return load_dictionaries(
        verbs=[FILES["verbs"]],
        actors=[FILES["countries"], FILES["international"]],
        agents=[FILES["agents"]],
        discards=[FILES["discards"]],
    )


def test_reader_loads_without_warnings() -> None:
    dicts = _dicts()
    assert dicts.warnings == []
    assert len(dicts.verbs.blocks) >= 100


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russian troops shelled Kharkiv on Tuesday.", [("RUSMIL", "UKR", "19")]),
        ("Azerbaijan and Armenia clashed.", [("AZE", None, "19"), ("ARM", None, "19")]),
        ("Russia mobilized 300,000 reservists.", [("RUS", None, "154")]),
        ("The European Union imposed new sanctions on Iran.", [("IGOEEC", "IRN", "163")]),
        ("Ukraine accused Russia of war crimes.", [("UKR", "RUS", "1124")]),
        ("Serbian protesters smashed shop windows in Belgrade.", [("SRBOPP", None, "145")]),
        ("Rioters torched cars in Lyon.", [("---OPP", None, "145")]),
        ("France told reporters that Russia should reopen the ports.", [("FRA", "RUS", "10")]),
    ],
)
def test_coder_on_default_dictionaries(nlp, sentence: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    coder = Coder(_dicts())
    events = coder.code(nlp(sentence), when=dt.date(2024, 5, 1))
    got = [
        (e.source.code if e.source else None, e.target.code if e.target else None, e.event_code)
        for e in events
    ]
    for source, target, code in expected:
        assert any(
            s == source and (target is None or t == target) and c.startswith(code) for s, t, c in got
        ), (sentence, got)
