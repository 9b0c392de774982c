"""The fuzz suite's budget and its count of cases.

``make test`` runs every fuzz test on a small budget (:data:`PROFILES` "quick": a few
seconds in all); ``make fuzz`` sets ``EVENTS_FUZZ=long`` for thousands of cases per test. The
number of cases run is printed at the end of the session ("fuzz cases run: N"); a crash
(any exception a reader promises not to raise) fails its test with hypothesis' minimal
example.
"""

from __future__ import annotations

import os
from collections import Counter

import pytest
from hypothesis import HealthCheck, settings

PROFILES = {"quick": 30, "long": 2500}
"""Examples per fuzz test for each budget."""

for _name, _examples in PROFILES.items():
    settings.register_profile(
        f"events-{_name}", max_examples=_examples, deadline=None, derandomize=_name == "quick",
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                               HealthCheck.filter_too_much], database=None)
settings.load_profile(f"events-{os.environ.get('EVENTS_FUZZ', 'quick')}")

CASES: Counter[str] = Counter()
"""Cases run per fuzz test, counted by the tests themselves."""


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if CASES:
        failed = len(terminalreporter.stats.get("failed", []))
        terminalreporter.write_line(
            f"fuzz cases run: {sum(CASES.values())} in {len(CASES)} tests "
            f"({', '.join(f'{k} {v}' for k, v in sorted(CASES.items()))}); "
            f"failed tests: {failed}")
