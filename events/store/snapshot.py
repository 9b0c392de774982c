"""Snapshots of the dataset: immutable data files plus one manifest per commit.

Layout under the output folder (a local path or any fsspec URL)::

    _files/<table>/year=Y/month=M/<version>-<token>-<n>.parquet   data files, never modified
    _snapshots/<version>-<unix ms>/_manifest.json                 the files of one snapshot
    _snapshots/<version>-<unix ms>/<table>/year=Y/month=M/*.parquet   local: hard links (a view)
    _current -> _snapshots/<version>-<unix ms>                     local: the committed snapshot
    events -> _current/events, mentions -> …, articles -> …        local: stable paths for readers

A writer (holding :func:`dataset_lock`) writes new data files, then commits: locally it builds
the snapshot folder under a temporary name, renames it, and swaps the ``_current`` symbolic
link in one ``rename`` — the commit point; on an object store the commit point is the single
PUT of the manifest. Readers resolve ``_current`` (or the highest manifest) once and read only
the files that snapshot lists, so they see every table of a commit or none of it.
See docs/storage.md for the protocol and why.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import re
import shutil
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import fsspec
from fsspec.implementations.local import LocalFileSystem

from events.errors import SchemaVersionError, StoreError
from schemas.tables import SCHEMA_VERSION, TABLES

log = logging.getLogger(__name__)

FORMAT = 1
"""Version of the snapshot layout (manifest format), independent of the table schema."""
FILES = "_files"
SNAPSHOTS = "_snapshots"
CURRENT = "_current"
MANIFEST = "_manifest.json"
INDEX = "seen"
"""The internal table of seen articles (not a dataset table; never in the reader's view)."""
RETAIN_SECONDS = 3600.0
"""Older snapshots stay readable this long after a newer one is committed (readers that
pinned them, e.g. a DuckDB connection, keep working)."""
KEEP_MIN, KEEP_MAX = 2, 48
"""Snapshots kept at least / at most, whatever their age."""
_SNAPSHOT_NAME = re.compile(r"^(\d{10})-(\d+)$")
_WRITTEN = re.compile(r"^\d{10}-[0-9a-f]+-\d+\.parquet$")
"""Names of the data files writers create: only those are swept when unreferenced (the
``part-0.parquet`` files of a dataset being moved from the old layout never are)."""
_PENDING = ".pending-"
"""Prefix of a writer's marker file in _snapshots/: present while it writes (a dead writer's
marker tells the next writer to sweep its files)."""


@dataclass(frozen=True)
class DataFile:
    """One immutable Parquet file of a snapshot.

    ``path`` is relative to the dataset root; ``year``/``month`` its Hive partition (None for
    the index); ``lo``/``hi`` the smallest and largest partition date in it (ISO, for pruning);
    ``level`` 0 for a file a write appended, 1 for a compacted one.
    """

    path: str
    table: str
    rows: int
    year: int | None = None
    month: int | None = None
    lo: str | None = None
    hi: str | None = None
    level: int = 0

    @property
    def name(self) -> str:
        """The file name (the last path component)."""
        return self.path.rsplit("/", 1)[-1]

    @property
    def partition(self) -> tuple[int, int] | None:
        """(year, month), or None for an unpartitioned file."""
        return None if self.year is None or self.month is None else (self.year, self.month)

    def covers(self, days: Iterable[str]) -> bool:
        """True when one of the ISO ``days`` may be in this file (by its lo/hi range)."""
        if self.lo is None or self.hi is None:
            return True
        return any(self.lo <= d <= self.hi for d in days)


@dataclass(frozen=True)
class Snapshot:
    """A committed state of the dataset: its version, when it was committed (unix ms), its
    files, and the files its commit removed from the previous snapshot."""

    version: int = 0
    created_ms: int = 0
    files: tuple[DataFile, ...] = ()
    removed: tuple[str, ...] = ()
    legacy: bool = False

    @property
    def name(self) -> str:
        """The snapshot's folder name under _snapshots/."""
        return f"{self.version:010d}-{self.created_ms}"

    def of(self, table: str) -> list[DataFile]:
        """The files of ``table``."""
        return [f for f in self.files if f.table == table]

    def to_json(self) -> str:
        files = ",\n".join(json.dumps(vars(f), separators=(",", ":")) for f in self.files)
        head = json.dumps({"format": FORMAT, "schema_version": SCHEMA_VERSION,
                           "version": self.version, "created_ms": self.created_ms,
                           "removed": list(self.removed)})
        return f'{head[:-1]}, "files": [\n{files}\n]}}\n'  # one line per file

    @classmethod
    def from_json(cls, text: str, where: str) -> Snapshot:
        """Parse a manifest; raises SchemaVersionError for another schema version or layout."""
        try:
            data = json.loads(text)
            version = str(data.get("schema_version", "none"))
            layout = int(data.get("format", 0))
        except (ValueError, TypeError, AttributeError) as err:
            raise StoreError(f"cannot read the manifest {where}: {err}") from err
        if version != SCHEMA_VERSION or layout != FORMAT:
            raise SchemaVersionError(version_message(where, version, layout))
        try:
            files = tuple(DataFile(**f) for f in data["files"])
            return cls(int(data["version"]), int(data["created_ms"]), files,
                       tuple(data.get("removed", ())))
        except (KeyError, TypeError, ValueError) as err:
            raise StoreError(f"cannot read the manifest {where}: {err}") from err


def version_message(where: str, version: str, layout: int = FORMAT) -> str:
    """The message of a SchemaVersionError for ``where``."""
    if layout != FORMAT:
        return (f"{where} has dataset layout format {layout}; this library reads format "
                f"{FORMAT} (upgrade the events package)")
    newer = version != "none" and version > SCHEMA_VERSION
    hint = "upgrade the events package" if newer else "re-run the pipeline to rewrite it"
    return (f"{where} has dataset schema version {version}; this library reads "
            f"{SCHEMA_VERSION} ({hint})")


@dataclass(frozen=True)
class Location:
    """Where a dataset lives: a local folder or any fsspec URL (``s3://bucket/events``,
    ``memory://…``). Local folders get a file lock, atomic renames and the reader view;
    object stores get one PUT per file and per manifest, and one writer at a time."""

    fs: Any
    root: str

    @classmethod
    def of(cls, out: str | Path) -> Location:
        """The location of ``out``; raises StoreError for an unknown protocol."""
        try:
            fs, root = fsspec.core.url_to_fs(str(out))
        except (ImportError, ValueError) as err:
            raise StoreError(f"cannot open dataset location {out}: {err}") from err
        return cls(fs, str(root).rstrip("/") or "/")

    @property
    def local(self) -> bool:
        """True for a folder on this machine."""
        return isinstance(self.fs, LocalFileSystem)

    def path(self, relative: str) -> str:
        """The full path (for ``self.fs``) of a path relative to the root."""
        return f"{self.root}/{relative}"

    @property
    def arrow_fs(self) -> Any:
        """The filesystem as pyarrow wants it."""
        from pyarrow import fs as pafs

        if self.local:
            return pafs.LocalFileSystem()
        return pafs.PyFileSystem(pafs.FSSpecHandler(self.fs))

    def relative(self, path: str) -> str:
        """``path`` (as ``self.fs`` lists it) relative to the root."""
        path = self.fs._strip_protocol(path) if not self.local else path
        return path[len(self.root) + 1:] if path.startswith(self.root + "/") else path

    def url(self, relative: str) -> str:
        """The path of ``relative`` as other readers open it (an fsspec URL when remote)."""
        full = self.path(relative)
        return full if self.local else self.fs.unstrip_protocol(full)


@contextlib.contextmanager
def dataset_lock(loc: Location) -> Iterator[None]:
    """Hold an exclusive lock on a local dataset folder (blocks until other writers finish).
    Object stores have no lock: one writer at a time per dataset there."""
    if not loc.local:
        yield
        return
    Path(loc.root).mkdir(parents=True, exist_ok=True)
    with (Path(loc.root) / ".lock").open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


# --------------------------------------------------------------------------- reading


def latest(loc: Location) -> Snapshot | None:
    """The committed snapshot readers see, or None when the dataset has none (empty, or
    written by the old one-file-per-partition layout). Raises StoreError/SchemaVersionError."""
    name = _current_name(loc)
    if name is None:
        return None
    where = loc.path(f"{SNAPSHOTS}/{name}/{MANIFEST}")
    try:
        text = loc.fs.cat_file(where).decode()
    except (OSError, UnicodeDecodeError) as err:
        raise StoreError(f"cannot read the manifest {where}: {err}") from err
    return Snapshot.from_json(text, where)


def _current_name(loc: Location) -> str | None:
    """The folder name of the committed snapshot."""
    if loc.local:
        try:
            return os.path.basename(os.readlink(loc.path(CURRENT)))
        except FileNotFoundError:
            return None
        except OSError as err:
            raise StoreError(f"cannot read {loc.path(CURRENT)}: {err}") from err
    for name in reversed(_snapshot_names(loc)):  # the highest folder with a manifest
        if loc.fs.exists(loc.path(f"{SNAPSHOTS}/{name}/{MANIFEST}")):
            return name
    return None


def _snapshot_names(loc: Location) -> list[str]:
    """Names of the snapshot folders present (committed or not), sorted by version."""
    try:
        entries = loc.fs.ls(loc.path(SNAPSHOTS), detail=False)
    except FileNotFoundError:
        return []
    names = [str(e).rstrip("/").rsplit("/", 1)[-1] for e in entries]
    return sorted(n for n in names if _SNAPSHOT_NAME.match(n))


def read_snapshot(loc: Location, name: str) -> Snapshot | None:
    """The manifest of snapshot folder ``name``; None when it has none (never committed)."""
    where = loc.path(f"{SNAPSHOTS}/{name}/{MANIFEST}")
    try:
        return Snapshot.from_json(loc.fs.cat_file(where).decode(), where)
    except FileNotFoundError:
        return None


# --------------------------------------------------------------------------- writing


@dataclass
class Writer:
    """One writer's session on a dataset: a token naming its files and its marker, the
    snapshot it started from, and the data files it has added."""

    loc: Location
    base: Snapshot
    token: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    added: list[DataFile] = field(default_factory=list)
    _count: int = 0

    def new_path(self, table: str, partition: tuple[int, int] | None) -> str:
        """A fresh relative path for a data file of ``table``."""
        self._count += 1
        folder = f"{FILES}/{table}" if partition is None else \
            f"{FILES}/{table}/year={partition[0]}/month={partition[1]}"
        return f"{folder}/{self.base.version + 1:010d}-{self.token}-{self._count:05d}.parquet"


def begin(loc: Location) -> Writer:
    """Start a write (the caller holds :func:`dataset_lock`): clean up after dead writers,
    bring a dataset of the old layout into a first snapshot, and mark this writer."""
    if loc.local:
        Path(loc.root).mkdir(parents=True, exist_ok=True)
    sweep_dead_writers(loc)
    base = latest(loc) or Snapshot()
    writer = Writer(loc, base)
    _put(loc, f"{SNAPSHOTS}/{_PENDING}{writer.token}", b"")
    return writer


def end(writer: Writer) -> None:
    """Finish a write (committed or not): remove the writer's marker."""
    with contextlib.suppress(FileNotFoundError):
        writer.loc.fs.rm_file(writer.loc.path(f"{SNAPSHOTS}/{_PENDING}{writer.token}"))


def commit(writer: Writer, files: list[DataFile], removed: list[str]) -> Snapshot:
    """Commit ``files`` as the next snapshot; ``removed`` are the base's files it drops.
    Locally: snapshot folder of hard links + manifest, renamed, then ``_current`` swapped;
    remotely: one PUT of the manifest. Returns the new snapshot; raises StoreError."""
    loc = writer.loc
    snap = Snapshot(writer.base.version + 1, int(time.time() * 1000), tuple(files),
                    tuple(removed))
    try:
        if loc.local:
            _commit_local(loc, snap, writer.token)
        else:
            _refuse_a_race(loc, snap.version)
            _put(loc, f"{SNAPSHOTS}/{snap.name}/{MANIFEST}", snap.to_json().encode())
    except OSError as err:
        raise StoreError(f"cannot commit snapshot {snap.version} of {loc.root}: {err}") from err
    log.debug("committed snapshot %s (%d files)", snap.name, len(files))
    collect_garbage(loc, snap)
    return snap


def _refuse_a_race(loc: Location, version: int) -> None:
    """On an object store (no lock), refuse to commit ``version`` when another writer has
    committed it meanwhile (this narrows the race; it does not close it: keep one writer)."""
    if any(n.startswith(f"{version:010d}-") for n in _snapshot_names(loc)):
        raise StoreError(f"another writer committed snapshot {version} of {loc.root} first; "
                         "write to an object store from one process at a time")


def _commit_local(loc: Location, snap: Snapshot, token: str) -> None:
    root = Path(loc.root)
    tmp = root / SNAPSHOTS / f".tmp-{token}"
    for table in TABLES:
        (tmp / table).mkdir(parents=True, exist_ok=True)
    made: set[Path] = set()
    for f in snap.files:
        if f.table not in TABLES:
            continue
        link = tmp / f.table / f.path.split("/", 2)[2]
        if link.parent not in made:
            link.parent.mkdir(parents=True, exist_ok=True)
            made.add(link.parent)
        _link(root / f.path, link)
    manifest = tmp / MANIFEST
    manifest.write_text(snap.to_json())
    _fsync(manifest)
    final = root / SNAPSHOTS / snap.name
    os.rename(tmp, final)
    _fsync_dir(root / SNAPSHOTS)
    pointer = root / f".current-{token}"
    pointer.unlink(missing_ok=True)
    os.symlink(f"{SNAPSHOTS}/{snap.name}", pointer)
    os.replace(pointer, root / CURRENT)  # the commit point
    for table in TABLES:
        view = root / table
        if not view.is_symlink():
            view.symlink_to(f"{CURRENT}/{table}", target_is_directory=True)
    _fsync_dir(root)


def _link(source: Path, link: Path) -> None:
    """A hard link to ``source``; a relative symbolic link where the filesystem has no hard
    links (some network and FUSE filesystems)."""
    try:
        os.link(source, link)
    except OSError:
        os.symlink(os.path.relpath(source, link.parent), link)


def _put(loc: Location, relative: str, data: bytes) -> None:
    """Write a small file in one piece (locally via a temporary file and rename)."""
    if loc.local:
        target = Path(loc.path(relative))
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, target)
        return
    loc.fs.pipe_file(loc.path(relative), data)


def fsync_file(loc: Location, relative: str) -> None:
    """Flush a local data file to disk before it is committed (no-op remotely)."""
    if loc.local:
        _fsync(Path(loc.path(relative)))


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # some filesystems cannot fsync a directory
        _fsync(path)


# --------------------------------------------------------------------------- cleaning up


def collect_garbage(loc: Location, current: Snapshot) -> None:
    """Drop snapshots nobody needs any more and the data files only they referenced.

    Kept: the ``KEEP_MIN`` newest, and those younger than ``RETAIN_SECONDS`` up to
    ``KEEP_MAX``. A file that snapshot *k* removed is referenced only by snapshots older than
    *k*: it is deleted once they are all gone, which needs no more than the manifests of the
    snapshots being dropped and of the oldest kept one."""
    names = [n for n in _snapshot_names(loc) if int(n[:10]) <= current.version]
    now_ms = time.time() * 1000
    keep = set(names[-KEEP_MIN:])
    young = [n for n in names if now_ms - int(_SNAPSHOT_NAME.match(n).group(2))  # type: ignore[union-attr]
             < RETAIN_SECONDS * 1000]
    keep |= set(young[-KEEP_MAX:])
    oldest = min(keep, key=lambda n: int(n[:10]))
    dropped = [n for n in names if n < oldest]
    if not dropped:
        return
    for name in [*dropped[1:], oldest]:
        snap = current if name == current.name else read_snapshot(loc, name)
        for path in snap.removed if snap else ():
            _remove(loc, path)
    for name in dropped:
        _remove_tree(loc, f"{SNAPSHOTS}/{name}")


def sweep_dead_writers(loc: Location) -> None:
    """When a writer died (its marker, temporary folder or pointer is left), delete every
    data file that no snapshot references, and those leftovers. Called under the lock."""
    try:
        entries = [str(e).rstrip("/").rsplit("/", 1)[-1]
                   for e in loc.fs.ls(loc.path(SNAPSHOTS), detail=False)]
    except FileNotFoundError:
        entries = []
    leftovers = [e for e in entries if e.startswith((_PENDING, ".tmp-", "."))]
    names = [e for e in entries if _SNAPSHOT_NAME.match(e)]
    current = _current_name(loc)
    uncommitted = [n for n in names if current is None or n > current]
    pointers = [p.name for p in Path(loc.root).glob(".current-*")] if loc.local else []
    if not (leftovers or uncommitted or pointers):
        return
    log.info("cleaning up after an interrupted write in %s", loc.root)
    referenced = {f.path for n in names if n not in uncommitted
                  for f in (read_snapshot(loc, n) or Snapshot()).files}
    for path in _all_data_files(loc):
        if path not in referenced and _WRITTEN.match(path.rsplit("/", 1)[-1]):
            _remove(loc, path)
    for entry in [*leftovers, *uncommitted]:
        _remove_tree(loc, f"{SNAPSHOTS}/{entry}")
    for pointer in pointers:
        _remove(loc, pointer)


def _all_data_files(loc: Location) -> list[str]:
    """Every file under _files/, relative to the root."""
    base = loc.path(FILES)
    if not loc.fs.exists(base):
        return []
    return [loc.relative(str(p)) for p in loc.fs.find(base)]


def _remove(loc: Location, relative: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        if loc.local:
            os.unlink(loc.path(relative))
        else:
            loc.fs.rm_file(loc.path(relative))


def _remove_tree(loc: Location, relative: str) -> None:
    path = loc.path(relative)
    if loc.local:
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
        return
    with contextlib.suppress(FileNotFoundError):
        if loc.fs.isdir(path):
            loc.fs.rm(path, recursive=True)
        else:
            loc.fs.rm_file(path)

