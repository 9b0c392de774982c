"""Score the coder on PETRARCH-2's GSR validation records (Phoenix dictionaries).

``PETR2_GSR_validation.xml`` holds 78 news sentences with PETRARCH-2's own codings (a
regression reference, not human gold). The file is not well-formed XML; the tolerant
reader of :mod:`events.evaluation.petrarch` is used. Dictionaries: CAMEO.2.0 verbs and the
Phoenix actors, agents and discards.
"""

from __future__ import annotations

from pathlib import Path

from events.evaluation import EvalResult
from events.evaluation.petrarch import DICTIONARY_DIR, score_set

GSR = Path("eval/petrarch/PETR2_GSR_validation.xml")


def run(shared: Path) -> EvalResult:
    """Score on the GSR records; raises EvalError when gold or dictionaries are missing."""
    from events.coding import phoenix_files

    return score_set(shared / GSR, phoenix_files(shared / DICTIONARY_DIR), "gsr")
