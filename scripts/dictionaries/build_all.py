"""Regenerate every default dictionary in ``events/coding/data/``.

    .venv/bin/python scripts/dictionaries/build_all.py
"""

from __future__ import annotations

import build_agents
import build_countries
import build_discards
import build_international
import build_verbs


def main() -> None:
    for module in (build_countries, build_international, build_agents, build_discards, build_verbs):
        module.main()


if __name__ == "__main__":
    main()
