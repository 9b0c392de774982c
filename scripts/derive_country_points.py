"""Derive ``events/geo/data/country_points.tsv``: each country's point as GeoNames gives it (the
coordinates of its GeoNames country feature; GeoNames, CC BY 4.0), which is what news gold
sets and GeoNames-based geoparsers use for a country named as a whole.

Maintainer script, not run at build or run time. Input: the ``countries.csv`` of Gerald Venzl's
"countries-cities-currencies" sample data set (github.com/gvenzl/sample-data, CC BY 4.0, data
from GeoNames): ``python scripts/derive_country_points.py PATH/countries.csv``.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "events" / "geo" / "data" / "country_points.tsv"
HEADER = """\
# Country points as GeoNames gives them (the GeoNames country feature's coordinates; GeoNames,
# CC BY 4.0), from the countries table of gvenzl/sample-data (CC BY 4.0, data from GeoNames).
# Derived by scripts/derive_country_points.py; countries missing here take countryinfo's point.
# ISO2<TAB>lat<TAB>lon
"""


def main(argv: list[str] | None = None) -> int:
    """Write the table from the CSV named on the command line."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", type=Path)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rows = []
    with args.csv.open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            if rec.get("LATITUDE") and rec.get("LONGITUDE"):
                rows.append((rec["COUNTRY_CODE"], float(rec["LATITUDE"]), float(rec["LONGITUDE"])))
    lines = [f"{cc}\t{lat}\t{lon}" for cc, lat, lon in sorted(rows)]
    args.out.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
