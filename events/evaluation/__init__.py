"""Scoring against the public gold sets in ``EVENTS_SHARED``.

Each evaluator lives in its own module with a function ``run(shared: Path) -> EvalResult``
(those in :data:`DETAILED` also take ``details``, a path for per-case JSON lines).
The CLI (``events eval NAME``) prints ``result.table`` and then ``json.dumps(result.metrics)``
as the last line (keys as in the CLI contract of DESIGN.md).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class EvalResult:
    """A printable table and the metrics (shares as fractions in 0..1)."""

    table: str
    metrics: dict[str, Any] = field(default_factory=dict)


# name -> "module:function"; modules are imported only when that evaluation runs.
EVALUATORS: dict[str, str] = {
    "petrarch": "events.evaluation.petrarch:run",
    "gsr": "events.evaluation.gsr:run",
    "plover": "events.evaluation.plover:run",
    "lgl": "events.evaluation.geo:run_lgl",
    "geowebnews": "events.evaluation.geo:run_geowebnews",
    "when": "events.evaluation.when:run",
    "plv": "events.evaluation.plv:run",
    "news": "events.evaluation.news:run",
}

DETAILED = frozenset({"plv", "news"})
"""Evaluations whose ``run`` also takes ``details`` (a path for per-case JSON lines)."""


def get_evaluator(name: str) -> Callable[..., EvalResult]:
    """Return the evaluator called ``name``; raises KeyError for an unknown name."""
    module_name, func = EVALUATORS[name].split(":")
    module = importlib.import_module(module_name)
    evaluator: Callable[..., EvalResult] = getattr(module, func)
    return evaluator
