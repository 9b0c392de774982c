"""Scoring against the public gold sets in ``EVENTS_SHARED``.

Each evaluator lives in its own module with a function ``run(shared: Path) -> EvalResult``.
The CLI (``events eval NAME``) prints ``result.table`` and then ``json.dumps(result.metrics)``
as the last line (keys as in the CLI contract of DESIGN.md).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
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
}


def get_evaluator(name: str) -> Callable[[Path], EvalResult]:
    """Return the evaluator called ``name``; raises KeyError for an unknown name."""
    module_name, func = EVALUATORS[name].split(":")
    module = importlib.import_module(module_name)
    evaluator: Callable[[Path], EvalResult] = getattr(module, func)
    return evaluator
