"""Plots: PNGs of the right size from a synthetic dataset; outlines from the packaged shapefile."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("matplotlib")

from events.analysis import write_synthetic_sample  # noqa: E402
from events.plot import country_shapes, plot_map, plot_timeline  # noqa: E402

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


def test_country_outlines_come_from_the_packaged_shapefile() -> None:
    shapes = country_shapes()
    assert len(shapes) >= 250
    (west, south, east, north), _ = shapes[0]
    assert -180 <= west <= east <= 180 and -90 <= south <= north <= 90


def test_importing_does_not_load_matplotlib() -> None:
    code = ("import sys, events.plot, events.export, events.analysis; "
            "sys.exit('matplotlib' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
