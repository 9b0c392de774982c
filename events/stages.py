"""One error policy for the stages of the chain (coder, draft rule, dates, places, toll, the
whole chain): the stage-error hook.

A stage that must not stop its article catches its error and calls :func:`stage_failed`
instead of logging it itself::

    try:
        return _resolve(sent, published, action)
    except Exception as err:  # noqa: BLE001 - the stage must not stop the article
        stage_failed("dates", err, where=f"sentence at {sent.start_char}")
        return fallback

The hook

- records ``"stage: ErrorType: message (where)"`` on the article being processed (the
  chain collects them with :func:`collecting` and stores them in the articles table's
  ``stage_errors`` column), so a failed step is visible in the data, never silent;
- logs once: the first failure of a (stage, error type) in a process with its traceback,
  later ones as one line;
- raises :class:`~events.errors.StageError` from the error instead when stage errors are set
  to raise: ``EVENTS_STAGE_ERRORS=raise`` (see :func:`events.config.stage_errors_raise`) or
  the :func:`raising` context (tests).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from contextvars import ContextVar

from events.config import stage_errors_raise
from events.errors import StageError
from events.ingest.normalize import safe_text

log = logging.getLogger(__name__)

MAX_NOTE_CHARS = 300
"""A recorded note is cut to this many characters."""

_RECORDED: ContextVar[list[str] | None] = ContextVar("events_stage_errors", default=None)
_RAISE: ContextVar[bool | None] = ContextVar("events_stage_errors_raise", default=None)
_LOGGED: set[tuple[str, str]] = set()
_LOCK = threading.Lock()


def should_raise() -> bool:
    """True when stage errors are set to raise (the :func:`raising` context, else the
    ``EVENTS_STAGE_ERRORS`` setting)."""
    forced = _RAISE.get()
    return stage_errors_raise() if forced is None else forced


def stage_failed(stage: str, err: BaseException, *, where: str = "") -> str:
    """Record that ``stage`` failed with ``err`` on the current article, log it once, and
    return the note recorded (``"dates: ValueError: bad day (sentence at 120)"``).

    Call it from the ``except`` block of a stage that then goes on with its fallback. Raises
    StageError (from ``err``) instead when stage errors are set to raise.
    """
    message = safe_text(str(err)).replace("\n", " ")
    note = f"{stage}: {type(err).__name__}: {message}"
    note = (note if len(note) <= MAX_NOTE_CHARS else note[: MAX_NOTE_CHARS - 1] + "…")
    if where:
        note += f" ({safe_text(where)[:80]})"
    if should_raise():
        raise StageError(note, stage=stage) from err
    recorded = _RECORDED.get()
    if recorded is not None:
        recorded.append(note)
    key = (stage, type(err).__name__)
    with _LOCK:
        first = key not in _LOGGED
        _LOGGED.add(key)
    if first:
        log.warning("stage failed, going on: %s", note, exc_info=err)
    else:
        log.info("stage failed, going on: %s", note)
    return note


@contextlib.contextmanager
def collecting() -> Iterator[list[str]]:
    """Collect the notes of the stages that fail inside (one article's processing)."""
    notes: list[str] = []
    token = _RECORDED.set(notes)
    try:
        yield notes
    finally:
        _RECORDED.reset(token)


@contextlib.contextmanager
def raising(enabled: bool = True) -> Iterator[None]:
    """Make stage errors raise (or, with ``enabled=False``, be recorded) inside, whatever the
    setting says."""
    token = _RAISE.set(enabled)
    try:
        yield
    finally:
        _RAISE.reset(token)
