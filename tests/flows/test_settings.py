"""flows.settings: the project's Prefect defaults, below whatever the user's environment sets."""

from __future__ import annotations

import os

import pytest

from flows import settings

TIMEOUT = "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"


def test_the_temporary_server_gets_time_to_start_on_a_busy_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TIMEOUT, raising=False)
    settings.apply()
    assert int(os.environ[TIMEOUT]) >= 60


def test_the_users_own_value_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TIMEOUT, "15")
    settings.apply()
    assert os.environ[TIMEOUT] == "15"
