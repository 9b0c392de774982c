"""Plots: PNGs of the right size; a long timeline in a few readable classes with its bin from
the span; a map that marks precision and labels each border once; outlines from the packaged
shapefile."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("matplotlib")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from events.analysis import write_synthetic_sample  # noqa: E402
from events.cameo import event_info  # noqa: E402
from events.plot import (  # noqa: E402
    auto_freq,
    country_shapes,
    map_figure,
    map_points,
    plot_map,
    plot_timeline,
    timeline_counts,
)

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == PNG_MAGIC
    width, height = struct.unpack(">II", head[16:24])
    return width, height


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_synthetic_sample(tmp_path_factory.mktemp("data"))


def test_map_png_has_the_requested_size(sample: Path, tmp_path: Path) -> None:
    out = plot_map(sample, tmp_path / "map.png")
    assert _png_size(out) == (1000, 600)
    assert out.stat().st_size > 30_000  # outlines and points, not a blank canvas


def test_map_with_filters_and_custom_size(sample: Path, tmp_path: Path) -> None:
    out = plot_map(sample, tmp_path / "caucasus.png", countries=["GE", "AM"], width=6,
                   height=4, dpi=80)
    assert _png_size(out) == (480, 320)


def test_map_with_no_matching_events_is_still_drawn(sample: Path, tmp_path: Path) -> None:
    out = plot_map(sample, tmp_path / "none.png", countries=["NZ"])
    assert _png_size(out) == (1000, 600)


def test_timeline_png(sample: Path, tmp_path: Path) -> None:
    out = plot_timeline(sample, tmp_path / "sub" / "timeline.png", start="2022-09-01",
                        end="2022-10-31")
    assert _png_size(out) == (1000, 500)
    assert out.stat().st_size > 15_000


def test_timeline_by_another_column_and_month(sample: Path, tmp_path: Path) -> None:
    out = plot_timeline(sample, tmp_path / "quad.png", freq="MS", by="quad_class")
    assert _png_size(out) == (1000, 500)
    out = plot_timeline(sample, tmp_path / "actors.png", by="actor1_code")
    assert _png_size(out) == (1000, 500)


PLACES = [  # (type, full name, lat, lon, border sides)
    (4, "Kharkiv, Ukraine", 49.98, 36.25, []), (4, "Tbilisi, Georgia", 41.69, 44.83, []),
    (5, "Donetsk Oblast, Ukraine", 48.0, 37.8, []), (1, "Ukraine", 49.0, 32.0, []),
    (1, "Russia", 60.0, 100.0, []),
    (6, "Russia–Georgia border", 42.74, 44.63, ["RU", "GE"]),
    (6, "Georgia–Russia border", 42.74, 44.63, ["GE", "RU"]),
    (6, "Kyrgyzstan–Tajikistan border", 39.95, 70.2, ["KG", "TJ"]),
    (6, "Tajikistan–Kyrgyzstan border", 39.95, 70.2, ["TJ", "KG"]),
]
CODES = ["010", "020", "036", "042", "043", "057", "111", "120", "141", "145", "163", "173",
         "190", "193", "194", "195"]


@pytest.fixture(scope="module")
def long_range() -> pd.DataFrame:
    """1,500 events over 2021–2023 in 16 CAMEO codes and every kind of place."""
    rng = np.random.default_rng(7)
    rows = []
    for i in range(1500):
        info = event_info(str(rng.choice(CODES)))
        assert info is not None
        kind, name, lat, lon, sides = PLACES[int(rng.integers(len(PLACES)))]
        rows.append({"event_id": f"e{i}", "event_root_code": info.event_root_code,
                     "event_date": pd.Timestamp("2021-01-01") + pd.Timedelta(
                         days=int(rng.integers(3 * 365))),
                     "quad_class": info.quad_class, "action_geo_type": kind,
                     "action_geo_fullname": name, "action_geo_lat": lat,
                     "action_geo_long": lon, "action_geo_border_countries": sides})
    return pd.DataFrame(rows)


@pytest.mark.parametrize(("days", "freq"), [(1, "D"), (60, "D"), (200, "W"), (700, "W"),
                                            (3 * 365, "M"), (20 * 365, "Q")])
def test_the_bin_follows_the_date_span(days: int, freq: str) -> None:
    start = pd.Timestamp("2021-01-01")
    assert auto_freq(start, start + pd.Timedelta(days=days - 1)) == freq


def test_three_years_are_monthly_bars_in_four_quad_classes(long_range: pd.DataFrame) -> None:
    counts, colours, period = timeline_counts(long_range)
    assert period == "M" and len(counts) == 36
    assert list(counts.columns) == ["1 verbal cooperation", "2 material cooperation",
                                    "3 verbal conflict", "4 material conflict"]
    assert int(counts.to_numpy().sum()) == 1500
    assert len(set(colours.values())) == 4


def test_roots_are_the_top_six_and_other(long_range: pd.DataFrame) -> None:
    counts, colours, _ = timeline_counts(long_range, freq="W", by="roots")
    assert len(counts) == 157  # weeks from Monday 2020-12-28 to 2023-12-25
    assert len(counts.columns) == 7 and counts.columns[-1] == "other"
    assert all(c[:2].isdigit() and c[3:] for c in counts.columns[:-1])  # "19 Fight"
    assert int(counts.to_numpy().sum()) == 1500


def test_weekly_timeline_over_three_years_renders(long_range: pd.DataFrame, tmp_path: Path
                                                  ) -> None:
    out = plot_timeline(long_range, tmp_path / "weekly.png", freq="W")
    assert _png_size(out) == (1000, 500)


def test_map_marks_precision_and_joins_the_two_spellings_of_a_border(
        long_range: pd.DataFrame) -> None:
    points = map_points(long_range)
    assert set(points["precision"]) == {"town", "region", "country", "border"}
    borders = points[points["precision"] == "border"]
    assert sorted(borders["label"]) == ["Kyrgyzstan–Tajikistan border", "Russia–Georgia border"]
    assert int(points["events"].sum()) == 1500


def test_each_border_is_labelled_once(long_range: pd.DataFrame) -> None:
    import matplotlib.pyplot as plt

    fig = map_figure(long_range)
    try:
        labels = [t.get_text() for t in fig.axes[0].texts]
    finally:
        plt.close(fig)
    borders = [t for t in labels if "border" in t]
    assert len(borders) == 2
    assert any(t.startswith("Kharkiv (") for t in labels)
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert any(t.startswith("country only") for t in legend)


def test_country_outlines_come_from_the_packaged_shapefile() -> None:
    shapes = country_shapes()
    assert len(shapes) >= 250
    (west, south, east, north), _ = shapes[0]
    assert -180 <= west <= east <= 180 and -90 <= south <= north <= 90


def test_importing_does_not_load_matplotlib() -> None:
    code = ("import sys, events.plot, events.export, events.analysis; "
            "sys.exit('matplotlib' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
