"""Checks of a verb dictionary against CAMEO's event-code table.

Every code a verb dictionary can produce — block and form defaults, pattern codes and their
paired reverse codes, ``~`` transformation results — must be a CAMEO event code
(``schemas/cameo_event_codes.tsv``). The default dictionaries are checked when they are
generated (``scripts/dictionaries/build_verbs.py`` refuses to write them otherwise) and by the
tests; another set (Phoenix, PETRARCH's test dictionaries with their fictional codes) loads
with one warning per unknown code, naming file and line.
"""

from __future__ import annotations

from collections.abc import Iterator

from events.cameo import event_info
from events.coding.dictionaries import VerbDictionary


def dictionary_codes(verbs: VerbDictionary) -> Iterator[tuple[str, str]]:
    """(code, ``file:line``) of every code ``verbs`` can produce."""
    for block in verbs.blocks:
        for code in (block.code, block.reverse):
            if code:
                yield code, block.where
        for pattern in block.patterns:
            for code in (pattern.code, pattern.reverse):
                if code:
                    yield code, pattern.where
    for forms in verbs.forms.values():
        for form in forms:
            for code in (form.code, form.reverse):
                if code:
                    yield code, form.where
    for rule in verbs.transformations:
        if rule.result_code and rule.result_code != "Q":
            yield rule.result_code, rule.where


def invalid_codes(verbs: VerbDictionary) -> list[str]:
    """``file:line: …`` notes for the codes of ``verbs`` that are not CAMEO event codes."""
    notes = {
        f"{where}: {code!r} is not a CAMEO event code"
        for code, where in dictionary_codes(verbs)
        if event_info(code) is None
    }
    return sorted(notes)
