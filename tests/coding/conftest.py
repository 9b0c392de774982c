"""Fixtures of the coder tests: the packaged default dictionaries and the news coder.

The default dictionaries ship with the package: when they fail to load, every test that
needs them fails (with the DictionaryError), it never skips.
"""

from __future__ import annotations

import pytest

from events.coding import Coder, Dictionaries, load_dictionaries


@pytest.fixture(scope="session")
def default_dicts() -> Dictionaries:
    """The packaged default dictionaries."""
    return load_dictionaries()


@pytest.fixture(scope="session")
def default_coder(default_dicts: Dictionaries) -> Coder:
    """The coder as real news gets it: default dictionaries, default options."""
    return Coder(default_dicts)
