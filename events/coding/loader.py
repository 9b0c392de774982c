"""Finding and loading dictionary sets (packaged defaults, a folder, or explicit files).

File rule for a folder: every ``*.verbs.txt`` or ``verbs.txt`` (verbs), ``*.actors.txt``
or ``actors.txt`` (actors), likewise ``agents``, ``discards`` and ``acronyms`` (actors
matched only when written in capitals, our extension), sorted by name. A folder
without ``*.verbs.txt`` falls back to ``CAMEO*.txt`` for verbs (the Phoenix layout),
excluding the PETRARCH-1 ``*verbpatterns*`` files. Loaded sets are cached by their file
list (and the files' modification times), in the process and in the cache folder.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.resources
import logging
import os
import pickle
import time
from collections.abc import Sequence
from pathlib import Path

from events.cachefile import keep
from events.coding.checks import invalid_codes
from events.coding.dictionaries import (
    ActorEntry,
    AgentEntry,
    Dictionaries,
    PhraseIndex,
    VerbDictionary,
)
from events.coding.readers import read_actors, read_agents, read_discards, read_verbs
from events.config import default_cache_dir
from events.errors import DictionaryError

log = logging.getLogger(__name__)

PathLike = str | os.PathLike[str]
KINDS = ("verbs", "actors", "agents", "discards", "acronyms")
# how many loaded sets the cache folder keeps (the default, PETRARCH-2's and Phoenix's …)
KEPT_SETS = 8
# the modules whose code shapes a loaded set (their change invalidates the cached sets)
READER_FILES = ("loader.py", "readers.py", "dictionaries.py", "checks.py", "text.py")


def default_directory() -> Path:
    """The packaged default dictionaries (``events/coding/data``)."""
    return Path(str(importlib.resources.files("events.coding") / "data"))


def files_in(directory: Path) -> dict[str, list[Path]]:
    """The dictionary files of a folder by kind, following the module's file rule.

    Raises DictionaryError when the folder does not exist.
    """
    if not directory.is_dir():
        raise DictionaryError("dictionary folder not found", path=str(directory))
    kinds = {
        kind: sorted({*directory.glob(f"*.{kind}.txt"), *directory.glob(f"{kind}.txt")}) for kind in KINDS
    }
    if not kinds["verbs"]:
        kinds["verbs"] = sorted(
            p for p in directory.glob("CAMEO*.txt") if "verbpatterns" not in p.name.lower()
        )
    return kinds


def load_dictionaries(
    directory: PathLike | None = None,
    *,
    verbs: Sequence[PathLike] | None = None,
    actors: Sequence[PathLike] | None = None,
    agents: Sequence[PathLike] | None = None,
    discards: Sequence[PathLike] | None = None,
    acronyms: Sequence[PathLike] | None = None,
) -> Dictionaries:
    """Load a dictionary set.

    With no arguments: the packaged defaults. With ``directory``: the files of that
    folder by the file rule. Explicit lists (``verbs=[...]`` …) replace the folder's
    files of that kind. Raises DictionaryError for a missing folder or file, a folder
    without verb dictionaries, or a malformed line.
    """
    given = {"verbs": verbs, "actors": actors, "agents": agents, "discards": discards, "acronyms": acronyms}
    folder = Path(directory) if directory is not None else default_directory()
    found = files_in(folder) if (directory is not None or not all((verbs, actors))) else {}
    chosen = {
        kind: [Path(p) for p in paths] if paths is not None else found.get(kind, [])
        for kind, paths in given.items()
    }
    if not chosen["verbs"]:
        raise DictionaryError("no verb dictionary found", path=str(folder))
    for paths in chosen.values():
        for path in paths:
            if not path.is_file():
                raise DictionaryError("dictionary file not found", path=str(path))
    key = tuple(
        (kind, tuple((str(p.resolve()), p.stat().st_mtime_ns) for p in chosen[kind])) for kind in KINDS
    )
    return _load_cached(key)


def phoenix_files(folder: PathLike) -> dict[str, list[Path]]:
    """The PETRARCH-2 Phoenix set in ``folder``: CAMEO.2.0 verbs, Phoenix actors, agents,
    discards (for :func:`load_dictionaries` keyword arguments)."""
    base = Path(folder)
    return {
        "verbs": [base / "CAMEO.2.0.txt"],
        "actors": sorted(base.glob("Phoenix.*.actors.txt")),
        "agents": [base / "Phoenix.agents.txt"],
        "discards": [base / "Phoenix.discards.txt"],
    }


def validate_files(folder: PathLike) -> dict[str, list[Path]]:
    """The PETR.Validate set in ``folder`` (the PETRARCH unit-test dictionaries)."""
    base = Path(folder)
    return {kind: [base / f"PETR.Validate.{kind}.txt"] for kind in ("verbs", "actors", "agents", "discards")}


@functools.lru_cache(maxsize=8)
def _load_cached(key: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]) -> Dictionaries:
    """The set named by ``key``: from the cache folder when an earlier process read these
    very files with this very reader (unpickling ~0.05 s against ~0.3 s of reading), else
    read and then kept there."""
    kept = _kept_file(key)
    try:
        with kept.open("rb") as fh:
            found = pickle.load(fh)
        if isinstance(found, Dictionaries):
            return found
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError) as err:
        if kept.exists():
            log.info("dictionary cache %s not used: %s", kept, err)
    dicts = _read(key)
    keep(kept, pickle.dumps(dicts, protocol=pickle.HIGHEST_PROTOCOL), family="dictionaries-*.pickle",
         retain=KEPT_SETS)
    return dicts


def _kept_file(key: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]) -> Path:
    """The cache file of a set: named by a digest of its files (paths and modification
    times) and of the reading code's own files (a changed reader never reads an old set)."""
    here = Path(__file__).parent
    code = tuple((name, (here / name).stat().st_mtime_ns) for name in READER_FILES)
    digest = hashlib.sha256(repr((key, code)).encode()).hexdigest()[:20]
    return default_cache_dir() / f"dictionaries-{digest}.pickle"


def _read(key: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]) -> Dictionaries:
    """Read the files named in ``key`` (see :func:`load_dictionaries`)."""
    started = time.perf_counter()
    files = {kind: [Path(p) for p, _ in entries] for kind, entries in key}
    warnings: list[str] = []
    verb_dict = VerbDictionary()
    for path in files["verbs"]:
        verb_dict.update(read_verbs(path, warnings))
    actor_index: PhraseIndex[ActorEntry] = PhraseIndex()
    for path in files["actors"]:
        actor_index.update(read_actors(path, warnings))
    agent_index: PhraseIndex[AgentEntry] = PhraseIndex()
    for path in files["agents"]:
        agent_index.update(read_agents(path, warnings))
    discard_index: PhraseIndex[bool] = PhraseIndex()
    for path in files["discards"]:
        discard_index.update(read_discards(path, warnings))
    acronym_index: PhraseIndex[ActorEntry] = PhraseIndex()
    for path in files["acronyms"]:
        acronym_index.update(read_actors(path, warnings))
    unknown = invalid_codes(verb_dict)
    if unknown:
        log.warning("%d dictionary codes are not CAMEO event codes, e.g. %s", len(unknown), unknown[0])
    warnings.extend(unknown)
    names = tuple(str(p) for paths in files.values() for p in paths)
    dicts = Dictionaries(verb_dict, actor_index, agent_index, discard_index, names, warnings, acronym_index)
    log.info(
        "loaded dictionaries in %.2f s: %s (%d warnings)",
        time.perf_counter() - started,
        dicts.summary(),
        len(warnings),
    )
    return dicts
