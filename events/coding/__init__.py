"""CAMEO event coding on spaCy dependency parses with PETRARCH-2 format dictionaries.

>>> dicts = load_dictionaries()            # packaged defaults (events/coding/data)
>>> coder = Coder(dicts)
>>> coder.code(nlp("Russian troops shelled Kharkiv."), when=datetime.date(2024, 5, 1))
"""

from events.coding.dictionaries import Dictionaries
from events.coding.loader import load_dictionaries, phoenix_files, validate_files

__all__ = ["Coder", "Dictionaries", "load_dictionaries", "phoenix_files", "validate_files"]


def __getattr__(name: str) -> object:
    # the engine imports spaCy types; load it lazily so reading dictionaries stays light
    if name == "Coder":
        from events.coding.coder import Coder

        return Coder
    raise AttributeError(name)
