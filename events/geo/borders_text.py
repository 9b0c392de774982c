"""Borders as places: "the Georgian and Finnish border", "the Kyrgyz-Tajik border",
"the border with X", "the border between X and Y", "crossed into X", and a bare "the border" /
"its border" in a sentence that names two neighbouring countries ("Armenia said its soldiers
were killed when Azerbaijani forces attacked positions along the border").

A border place names both countries (``border_countries``, the article's focus first when one
side is implicit) and sits on a point of the shared boundary precomputed from Natural Earth.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from events.geo.gazetteer import Gazetteer
from events.geo.recognize import Mention
from events.models import Place
from events.nlp import doc_text

BORDER_WORDS = frozenset({"border", "borders", "frontier", "frontiers", "borderlands"})
PAIR_SEPARATORS = frozenset({"-", "–", "—", "/"})
LIST_SEPARATORS = frozenset({"and", ",", "&", "or"})


def _country_of(place: Place | None) -> str | None:
    if place is None or place.feature_type != "country":
        return None
    return place.country_code


def _focus(resolved: list[Place], exclude: str, gaz: Gazetteer) -> str | None:
    """The article's most-mentioned country other than ``exclude`` that borders it."""
    counts = Counter(p.country_code for p in resolved if p.country_code)
    neighbours = set(gaz.neighbours(exclude))
    for cc, _ in counts.most_common():
        if cc != exclude and cc in neighbours:
            return cc
    return None


def _border_place(gaz: Gazetteer, a: str, b: str, start: int, end: int, text: str,
                  base: Place, why: str) -> Place | None:
    point = gaz.border_point(a, b)
    if point is None:
        return None
    names = [gaz.index.countries[c].name if c in gaz.index.countries else c for c in (a, b)]
    return replace(
        base,
        mention=text[start:end],
        start=start,
        end=end,
        name=f"{names[0]}–{names[1]} border",
        feature_type="border",
        country_code=b,
        adm1_code=None,
        lat=round(point[0], 5),
        lon=round(point[1], 5),
        geonameid=None,
        border_countries=(a, b),
        population=0,
        explanation=f"border: {why}; point on the shared Natural Earth boundary",
    )


def find_borders(doc: Doc, gaz: Gazetteer, mentions: list[Mention],
                 places: list[Place | None], resolved: list[Place]) -> list[Place]:
    """``resolved`` with country places next to border phrases replaced by border places."""
    by_end = {m.end: i for i, m in enumerate(mentions)}
    by_start = {m.start: i for i, m in enumerate(mentions)}
    replaced: dict[int, list[Place]] = {}
    text = doc_text(doc)
    extra: list[Place] = []
    for tok in doc:
        lower = tok.lower_
        if lower in BORDER_WORDS:
            before = len(replaced)
            _before(doc, tok.i, gaz, by_end, places, resolved, replaced, text)
            _after(doc, tok.i, gaz, by_start, places, resolved, replaced, text)
            if len(replaced) == before and not _names_country_next(doc, tok.i, by_end, by_start):
                bare = _bare_border(doc, tok.i, gaz, resolved, text)
                if bare is not None:
                    extra.append(bare)
        elif tok.lemma_ == "cross" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "into":
            i = by_start.get(doc[tok.i + 2].idx)
            cc = _country_of(places[i]) if i is not None else None
            if i is not None and cc and i not in replaced:
                base = places[i]
                other = _focus(resolved, cc, gaz)
                if other and base is not None:
                    bp = _border_place(gaz, other, cc, tok.idx, mentions[i].end, text, base,
                                       f"crossed into {cc} from the article's focus {other}")
                    if bp:
                        replaced[i] = [bp]
    out: list[Place] = list(extra)
    for i, p in enumerate(places):
        if i in replaced:
            out.extend(replaced[i])
        elif p is not None:
            out.append(p)
    return sorted(out, key=lambda p: (p.start, p.end))


def _names_country_next(doc: Doc, b: int, by_end: dict[int, int],
                        by_start: dict[int, int]) -> bool:
    """Whether a place mention touches the border word ("Russia's border", "border with X")."""
    if b >= 1 and doc[b - 1].idx + len(doc[b - 1].text) in by_end:
        return True
    if b >= 2 and doc[b - 1].text in ("'s", "’s", "-"):
        return True
    return b + 2 < len(doc) and doc[b + 1].lower_ in ("with", "between") and (
        doc[b + 2].idx in by_start)


def _bare_border(doc: Doc, b: int, gaz: Gazetteer, resolved: list[Place],
                 text: str) -> Place | None:
    """A border place for a bare "the border" / "its border" / "border fighting".

    The sides are the first two neighbouring countries the sentence names (by name or
    adjective), in text order. None when the sentence names fewer than two such countries.
    """
    sent = doc[b].sent
    codes: list[str] = []
    bases: list[Place] = []
    for p in sorted(resolved, key=lambda p: p.start):
        cc = p.country_code
        if (p.feature_type == "country" and cc and sent.start_char <= p.start < sent.end_char
                and cc not in codes):
            codes.append(cc)
            bases.append(p)
    for x in range(len(codes)):
        for y in range(x + 1, len(codes)):
            if codes[y] in gaz.neighbours(codes[x]):
                tok = doc[b]
                start = tok.idx
                if b >= 1 and doc[b - 1].lower_ in ("the", "its", "their"):
                    start = doc[b - 1].idx
                return _border_place(gaz, codes[x], codes[y], start, tok.idx + len(tok.text),
                                     text, bases[x],
                                     f"'{text[start:tok.idx + len(tok.text)]}' in a sentence "
                                     f"naming {codes[x]} and {codes[y]}")
    return None


def _before(doc: Doc, b: int, gaz: Gazetteer, by_end: dict[int, int],
            places: list[Place | None], resolved: list[Place], replaced: dict[int, list[Place]],
            text: str) -> None:
    """Handle "the X border", "the X-Y border", "the X and Y border", "Russia's border"."""
    found: list[tuple[int, str]] = []  # (mention index, separator that preceded it)
    sep = ""
    j = b - 1
    while j >= 0:
        tok = doc[j]
        if tok.text in ("'s", "’s") and not found:
            j -= 1
            continue
        i = by_end.get(tok.idx + len(tok.text))
        if i is not None and _country_of(places[i]):
            found.append((i, sep))
            sep = ""
            # jump to the token before the mention's first token
            while j >= 0 and doc[j].idx >= places[i].start:  # type: ignore[union-attr]
                j -= 1
            continue
        if tok.text in PAIR_SEPARATORS or tok.lower_ in LIST_SEPARATORS:
            sep = tok.text
            j -= 1
            continue
        break
    if not found:
        return
    found.reverse()  # text order; the separator now stands after each mention
    end = doc[b].idx + len(doc[b].text)
    codes = [_country_of(places[i]) or "" for i, _ in found]
    paired = len(found) == 2 and found[0][1] in PAIR_SEPARATORS
    if paired and doc[b - 1].text not in ("'s", "’s"):
        a, c = codes
        for i, _ in found:
            bp = _border_place(gaz, a, c, places[found[0][0]].start, end, text,  # type: ignore[union-attr]
                               places[i], f"'{a}-{c} border'")  # type: ignore[arg-type]
            if bp and i not in replaced:
                replaced[i] = [bp]
                break
        for i, _ in found[1:]:
            replaced.setdefault(i, [])
        return
    for (i, _), cc in zip(found, codes, strict=True):
        other = _focus(resolved, cc, gaz)
        base = places[i]
        if other and base is not None and i not in replaced:
            bp = _border_place(gaz, other, cc, base.start, end, text, base,
                               f"'{base.mention} ... border' in an article about {other}")
            if bp:
                replaced[i] = [bp]


def _after(doc: Doc, b: int, gaz: Gazetteer, by_start: dict[int, int],
           places: list[Place | None], resolved: list[Place], replaced: dict[int, list[Place]],
           text: str) -> None:
    """Handle "border with X" and "border between X and Y"."""
    if b + 2 >= len(doc):
        return
    word = doc[b + 1].lower_
    first = by_start.get(doc[b + 2].idx)
    if first is None or not _country_of(places[first]) or first in replaced:
        return
    a = _country_of(places[first]) or ""
    base = places[first]
    assert base is not None
    if word == "with":
        # "Russia's border with Georgia": the possessive owner, else the focus country
        owner = None
        if b >= 2 and doc[b - 1].text in ("'s", "’s"):
            for p in resolved:
                if p.end == doc[b - 2].idx + len(doc[b - 2].text) and p.feature_type == "country":
                    owner = p.country_code
        other = owner or _focus(resolved, a, gaz)
        if other:
            bp = _border_place(gaz, other, a, doc[b].idx, base.end, text, base,
                               f"'border with {base.mention}'")
            if bp:
                replaced[first] = [bp]
    elif word == "between":
        rest = [p for p in resolved if p.start > base.end and p.start - base.end < 8
                and p.feature_type == "country"]
        if rest and rest[0].country_code:
            bp = _border_place(gaz, a, rest[0].country_code, doc[b].idx, rest[0].end, text, base,
                               f"'border between {base.mention} and {rest[0].mention}'")
            if bp:
                replaced[first] = [bp]
