"""Country codes the exports need (ISO 3166-1 alpha-2 -> FIPS 10-4, alpha-3, numeric, name,
ACLED region), read from the one geography authority :mod:`events.geography`.

Kept as the exports' import point; everything here is :mod:`events.geography`'s.
"""

from __future__ import annotations

from events.geography import Country, countries, country, fips_of

__all__ = ["Country", "countries", "country", "iso2_to_fips"]


def iso2_to_fips(iso2: str | None) -> str:
    """FIPS 10-4 code of an ISO alpha-2 code ('' when unknown): GE -> GG, RU -> RS."""
    return fips_of(iso2) if iso2 and len(iso2.strip()) == 2 else ""
