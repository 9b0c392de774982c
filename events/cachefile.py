"""Small derived files kept in the cache folder (``EVENTS_CACHE``) between runs.

What is kept can always be rebuilt from installed packages or the repository, so a cache
folder that cannot be written costs only time: :func:`keep` logs and goes on.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)


def keep(path: Path, data: bytes, *, family: str | None = None, retain: int = 1) -> None:
    """Write ``data`` to ``path`` in one piece (a temporary file, then a rename). With
    ``family`` (a glob such as ``"dictionaries-*.pickle"``), only the ``retain`` most recently
    written files of the family stay. Never raises: an OSError is logged."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
        if family is not None:
            kept = sorted(path.parent.glob(family), key=lambda p: p.stat().st_mtime_ns, reverse=True)
            for old in kept[retain:]:
                old.unlink(missing_ok=True)
    except OSError as err:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        log.info("%s not kept in the cache folder: %s", path.name, err)
