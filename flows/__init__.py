"""Prefect flows: thin orchestration over the ``events`` library.

Importing this package applies the project's Prefect settings (offline, quiet, state
under ``data/prefect``) before Prefect itself is imported by a submodule.
"""

from flows import settings as _settings

_settings.apply()
