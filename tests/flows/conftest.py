"""One Prefect test harness for all flow tests (starting it costs several seconds)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """A temporary Prefect API on 127.0.0.1 for the whole session's flow tests."""
    from prefect.testing.utilities import prefect_test_harness

    import flows  # noqa: F401  (applies the project's offline Prefect settings first)

    with prefect_test_harness(server_startup_timeout=60):
        yield
