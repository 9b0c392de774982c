"""Sanctions relief (the verb dictionary): relief granted, a sanctions waiver or a licence
easing sanctions is easing them (085), not humanitarian relief (073) nor sanctions imposed
(163).

Sentences are written for these tests (none comes from a dev or gold set)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_modality import _coded


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union granted sanctions relief to Syria after the earthquake.", ("IGOEEC", "085", "SYR")),
    ("Washington issued a sanctions waiver for Turkey on Tuesday.", ("USAGOV", "085", "TUR")),
    ("Washington issued a general licence easing sanctions on Belarus.", ("USAGOV", "085", "BLR")),
])
def test_sanctions_eased(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    source, code, target = expected
    assert any(c == code and t.startswith(target) and s == source for s, c, t, _ in found), found
    assert not any(c in ("073", "163") for _, c, _, _ in found), found


def test_sanctions_issued_are_still_imposed(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The United States issued new sanctions on Eritrea.")
    assert any(s == "USA" and c == "163" and t == "ERI" for s, c, t, _ in found), found
