"""News datelines: the "KHARKIV, Ukraine, Sept. 13, 2022 —" that opens a wire story.

The dateline names where the story was filed (the when stage uses it as a fallback place);
it is not part of the first sentence's grammar, so the coder reads no actor in it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# a place in capitals, a comma, up to 80 characters (region, date, agency), then a dash; or
# a place in capitals alone, perhaps with its agency, then a dash ("ISLAMABAD —", "NEW YORK
# (AP) -", "WASHINGTON—"); capitals keep an ordinary opening ("Moscow, which denies it, says
# — …") out, and three letters at least an acronym's ("US - China talks"); the body after a
# place alone starts with a capital ("NATO - with its partners - said" is no dateline)
USER_DATA_KEY = "events.dateline_end"
DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'\-]{2,}(?: [A-Z.'\-]{2,}){0,3}(?: \([A-Za-z]+\))?\s*(?:—|–|--| - )"
    r"(?=\s*[\"“'A-Z0-9])"
    r"|[A-Z][A-Z.'\- ]+,[^\n]{0,80}?(?:—|–|--| - ))")


def dateline_end(text: str) -> int:
    """Character offset just after the dateline that opens ``text``, 0 when there is none."""
    match = DATELINE.match(text[:200])
    return match.end() if match is not None else 0


def doc_dateline_end(doc: Doc) -> int:
    """:func:`dateline_end` of a parsed document, found once per document (kept in
    ``doc.user_data``) from its first 200 tokens (a dateline lies within 200 characters)."""
    if USER_DATA_KEY not in doc.user_data:
        doc.user_data[USER_DATA_KEY] = dateline_end(doc[:200].text)
    return int(doc.user_data[USER_DATA_KEY])
