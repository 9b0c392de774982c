"""Finding place mentions in a spaCy Doc: entities, gazetteer names, demonyms, abbreviations."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from events.geo.gazetteer import Gazetteer
from events.geo.index import ADM1, CITY, CONTINENT, COUNTRY, REGION

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
MAX_TOKENS = 5
CONNECTORS = frozenset({"of", "de", "du", "la", "le", "el", "al", "del", "da", "des", "-", "'s"})
BIG_CITY = 100_000


@dataclass
class Mention:
    """A stretch of text (char offsets, end-exclusive) that may name a place.

    ``rids`` are the gazetteer candidates; ``demonym`` the ISO2 of an adjective or demonym
    ("Georgian" -> "GE"); ``how`` says how it was found (entity label, "gazetteer", "demonym",
    "abbreviation", "gold").
    """

    start: int
    end: int
    text: str
    rids: list[int] = field(default_factory=list)
    demonym: str | None = None
    how: str = ""
    parent: int | None = None  # index of the mention Y in "X, Y" / "X in Y"
    children: list[int] = field(default_factory=list)


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _ent_labels(doc: Doc) -> list[str]:
    labels = [""] * len(doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            labels[i] = ent.label_
    return labels


def _acceptable(gaz: Gazetteer, rids: list[int], label: str, propn: bool) -> bool:
    """Whether a gazetteer name match outside a place entity is trusted as a place."""
    if label in PLACE_LABELS:
        return True
    ix = gaz.index
    strong = {COUNTRY, ADM1, CONTINENT, REGION}
    for rid in rids:
        ft = int(ix.ftype[rid])
        if ft in strong or (ft == CITY and int(ix.pop[rid]) >= BIG_CITY and propn):
            return True
    return False


def match_span(gaz: Gazetteer, text: str,
               parents: bool = False) -> tuple[list[int], str | None, str]:
    """Candidates for a literal span text: (record ids, demonym ISO2, how).

    ``parents`` also accepts US state abbreviations ("Ga.", "GA") that are trusted only as the
    Y of "X, Y" or as a given (gold) span.
    """
    if text in gaz.index.abbrev:
        return [gaz.index.abbrev[text]], None, "abbreviation"
    if parents and text in gaz.index.parent_abbrev:
        return [gaz.index.parent_abbrev[text]], None, "abbreviation"
    iso = gaz.demonym(text)
    if iso is not None:
        rid = gaz.country_rid(iso)
        return ([rid] if rid is not None else []), iso, "demonym"
    return gaz.lookup(text), None, "gazetteer"


def find_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """Longest-first scan of capitalised token runs (up to 5 tokens) against the gazetteer.

    A match inside a GPE/LOC/FAC/NORP entity is always kept; elsewhere (spaCy tags Armenia as
    PERSON, Kharkiv as FAC, Tajikistan as NORP) only countries, ADM1, continents, regions,
    demonyms, abbreviations and cities over 100,000 people count.
    """
    labels = _ent_labels(doc)
    mentions: list[Mention] = []
    i, n = 0, len(doc)
    while i < n:
        token = doc[i]
        if not _capitalised(token) or token.is_punct:
            i += 1
            continue
        found = None
        for size in range(min(MAX_TOKENS, n - i), 0, -1):
            span = doc[i : i + size]
            last = span[-1]
            if not _capitalised(last) or any(
                not _capitalised(t) and t.lower_ not in CONNECTORS for t in span
            ):
                continue
            rids, iso, how = match_span(gaz, span.text)
            if not rids:
                continue
            label = labels[i]
            propn = all(t.pos_ == "PROPN" for t in span if t.text[:1].isalpha())
            if how in ("gazetteer",) and not _acceptable(gaz, rids, label, propn):
                continue
            found = Mention(span.start_char, span.end_char, span.text, rids, iso,
                            how if how != "gazetteer" else (label or "gazetteer"))
            i += size
            break
        if found is None:
            i += 1
        else:
            mentions.append(found)
    _add_parent_abbreviations(doc, gaz, mentions)
    return mentions


def _add_parent_abbreviations(doc: Doc, gaz: Gazetteer, mentions: list[Mention]) -> None:
    """Add "Ga." / "GA" after "X, " as mentions of the US state (only in that position)."""
    taken = {m.start for m in mentions}
    text = doc.text
    for m in list(mentions):
        rest = text[m.end : m.end + 12]
        if not rest.startswith(", "):
            continue
        start = m.end + 2
        for abbr in sorted(gaz.index.parent_abbrev, key=len, reverse=True):
            if text.startswith(abbr, start) and start not in taken:
                after = text[start + len(abbr) : start + len(abbr) + 1]
                if after and after.isalpha():
                    continue
                mentions.append(Mention(start, start + len(abbr), abbr,
                                        [gaz.index.parent_abbrev[abbr]], None, "abbreviation"))
                taken.add(start)
                break
    mentions.sort(key=lambda m: m.start)


def link_parents(text: str, mentions: list[Mention]) -> None:
    """Set ``parent``/``children`` for "X, Y", "X in Y" and "X, in Y" (mentions sorted by start)."""
    for a, b in zip(range(len(mentions)), range(1, len(mentions)), strict=False):
        between = text[mentions[a].end : mentions[b].start]
        if between in (", ", ",", " in ", ", in ", " (", ", near "):
            mentions[a].parent = b
            mentions[b].children.append(a)
