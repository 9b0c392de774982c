"""Regenerate the project's CAMEO code tables in ``schemas/`` from the public codebooks.

Run once by a maintainer (``python scripts/make_code_tables.py /path/to/shared``); the
result is committed. Facts taken: the CAMEO event codes and their labels and the
Goldstein scores (GDELT's CAMEO lookup tables), and the CAMEO→PLOVER 2021 conversion
table (openeventdata/PLOVER, CC BY-SA 4.0, credited in the README). Labels are cleaned
(mojibake, trailing blanks, title case for root labels); QuadClass follows GDELT.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "schemas"


def quad_class(root: int) -> int:
    """GDELT QuadClass of a CAMEO root: 1 verbal coop, 2 material coop, 3 verbal, 4 material conflict."""
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


FIXED_LABELS = {"044": "Meet at a third location"}  # the source label is mojibake


def clean_label(code: str, label: str) -> str:
    label = FIXED_LABELS.get(code, label.strip())
    return label[:1].upper() + label[1:].lower() if label.isupper() else label


# GDELT's table glues one record onto another: "1056<TAB>Demand de-escalation of military
# engagement106:[-5.0] Demand withdrawal" holds code 106 with its Goldstein score
GLUED = re.compile(r"^(?P<label>.*?[a-z])(?P<code>\d{3,4}):\[(?P<score>-?\d+(?:\.\d+)?)\]\s*(?P<rest>.+)$")


def read_codes(cameo: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(code -> label, code -> Goldstein score) of GDELT's CAMEO tables, glued records split."""
    labels: dict[str, str] = {}
    scores = dict(
        line.split("\t")
        for line in (cameo / "CAMEO.goldsteinscale.txt").read_text().splitlines()[1:]
    )
    for line in (cameo / "CAMEO.eventcodes.txt").read_text(encoding="latin-1").splitlines()[1:]:
        code, label = line.rstrip("\n").split("\t", 1)
        glued = GLUED.match(label)
        if glued:
            labels[glued["code"]] = glued["rest"]
            scores.setdefault(glued["code"], glued["score"])
            label = glued["label"]
        labels[code] = label
    return labels, scores


def main(shared: Path) -> None:
    cameo = shared / "reference" / "cameo"
    labels, scores = read_codes(cameo)
    with (ROOT / "cameo_event_codes.tsv").open("w", newline="") as fh:
        out = csv.writer(fh, delimiter="\t", lineterminator="\n")
        out.writerow(["event_code", "event_base_code", "event_root_code", "quad_class",
                      "goldstein_scale", "name"])
        for code in sorted(labels):
            out.writerow([code, code[:3], code[:2], quad_class(int(code[:2])),
                          f"{float(scores[code]):.1f}", clean_label(code, labels[code])])
    rows = []
    seen: set[str] = set()
    for line in (shared / "reference" / "plover" / "CAMEO2PLOVER-2021.txt").read_text().splitlines():
        m = re.match(r"^(\d{2,4}):\s*([^#]*)", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")] + ["", "", ""]
        if m.group(1) not in seen:  # root 08 is listed twice (CONCEDE, RETREAT): keep the first
            seen.add(m.group(1))
            rows.append([m.group(1), parts[0], parts[1], parts[2]])
    with (ROOT / "cameo_plover.tsv").open("w", newline="") as fh:
        out = csv.writer(fh, delimiter="\t", lineterminator="\n")
        out.writerow(["event_code", "plover_event_type", "plover_mode", "plover_context"])
        out.writerows(sorted(rows))
    write_actor_codes(cameo)


def write_actor_codes(cameo: Path) -> None:
    """One table of CAMEO actor code blocks: code, kind (country|type|known_group), label.
    The countries are the codebook's and those the project's country table codes that the
    codebook lacks (it predates South Sudan, Kosovo and Montenegro and spells Romania ROM and
    East Timor TMP where the dictionaries write ISO's ROU and TLS): an actor code the coder
    writes always has its country block ("SSDGOV" is South Sudan's government)."""
    from events.geography import countries

    rows: dict[tuple[str, str], str] = {}
    for kind, name in (("country", "country"), ("type", "type"), ("known_group", "knowngroup")):
        text = (cameo / f"CAMEO.{name}.txt").read_text(encoding="latin-1")
        for line in text.splitlines()[1:]:
            code, _, label = line.partition("\t")
            if code.strip():
                rows.setdefault((code.strip(), kind), label.strip())
    for country in countries().values():
        if country.cameo:
            rows.setdefault((country.cameo, "country"), country.name)
    with (ROOT / "cameo_actor_codes.tsv").open("w", newline="") as fh:
        out = csv.writer(fh, delimiter="\t", lineterminator="\n")
        out.writerow(["code", "kind", "label"])
        for (code, kind), label in sorted(rows.items(), key=lambda kv: (kv[0][1], kv[0][0])):
            out.writerow([code, kind, label])


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared"))
