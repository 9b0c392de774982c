"""The project's CAMEO tables against the public reference tables in ../shared."""

from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path

import pytest

from events.cameo import event_info, plover_for, split_actor_code


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("schemas").joinpath(name).read_text()
    return list(csv.DictReader(text.splitlines(), delimiter="\t"))


def _reference(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="latin-1").splitlines()[1:]
    return dict(line.split("\t", 1) for line in lines if line.strip())


# GDELT's tables lose CAMEO 106 "Demand withdrawal" (Goldstein -5.0): its record is glued
# onto 1056's label ("...engagement106:[-5.0] Demand withdrawal"); ours has it
GLUED = {"106": -5.0}


@pytest.mark.shared
def test_event_codes_match_reference(shared_dir: Path) -> None:
    ours = {r["event_code"] for r in _rows("cameo_event_codes.tsv")}
    reference = _reference(shared_dir / "reference/cameo/CAMEO.eventcodes.txt")
    assert ours == set(reference) | set(GLUED)


@pytest.mark.shared
def test_goldstein_scores_match_reference(shared_dir: Path) -> None:
    ours = {r["event_code"]: float(r["goldstein_scale"]) for r in _rows("cameo_event_codes.tsv")}
    reference = _reference(shared_dir / "reference/cameo/CAMEO.goldsteinscale.txt")
    assert ours == {**{code: float(score) for code, score in reference.items()}, **GLUED}


def test_demand_withdrawal_is_a_code() -> None:
    info = event_info("106")
    assert info is not None
    assert (info.name, info.goldstein_scale, info.quad_class) == ("Demand withdrawal", -5.0, 3)


@pytest.mark.shared
def test_plover_mapping_matches_reference(shared_dir: Path) -> None:
    text = (shared_dir / "reference/plover/CAMEO2PLOVER-2021.txt").read_text()
    reference = {}
    for line in text.splitlines():
        code, sep, rest = line.partition(":")
        if sep and code.isdigit() and len(code) > 2:
            reference[code] = rest.split(",")[0].split("#")[0].strip()
    ours = {r["event_code"]: r["plover_event_type"] for r in _rows("cameo_plover.tsv")}
    assert {c: ours[c] for c in reference} == reference


def test_every_code_has_root_base_and_quad_class() -> None:
    info = event_info("194")
    assert info is not None
    assert (info.event_root_code, info.event_base_code, info.quad_class) == ("19", "194", 4)
    assert info.goldstein_scale == -10.0


def test_four_digit_code_keeps_leading_zero() -> None:
    info = event_info("0231")
    assert info is not None
    assert (info.event_code, info.event_base_code, info.event_root_code) == ("0231", "023", "02")


def test_quad_classes_follow_gdelt() -> None:
    quads = {root: event_info(root).quad_class for root in ("01", "05", "06", "08", "09", "13",  # type: ignore[union-attr]
                                                               "14", "20")}
    assert quads == {"01": 1, "05": 1, "06": 2, "08": 2, "09": 3, "13": 3, "14": 4, "20": 4}


def test_mobilisation_maps_to_plover_mobilize() -> None:
    assert plover_for("154") == ("MOBILIZE", "troops")


def test_unknown_code_is_none() -> None:
    assert event_info("999") is None


def test_actor_code_split_country_and_type() -> None:
    parts = split_actor_code("RUSMIL")
    assert (parts.country_code, parts.type1_code, parts.known_group_code) == ("RUS", "MIL", None)


def test_actor_code_split_igo_known_group() -> None:
    parts = split_actor_code("IGOUNO")
    assert (parts.country_code, parts.type1_code, parts.known_group_code) == (None, "IGO", "UNO")


@pytest.mark.parametrize(("code", "country"), [
    ("SSDGOV", "SSD"),  # South Sudan, younger than the codebook
    ("ROUCOP", "ROU"),  # Romania, which the codebook spells ROM
    ("KSVGOV", "KSV"),  # Kosovo
])
def test_every_country_the_coder_writes_is_a_country_block(code: str, country: str) -> None:
    assert split_actor_code(code).country_code == country


def test_every_country_of_the_country_table_is_a_country_block() -> None:
    from events.geography import countries

    blocks = {row["code"] for row in _rows("cameo_actor_codes.tsv") if row["kind"] == "country"}
    assert {c.cameo for c in countries().values() if c.cameo} <= blocks
