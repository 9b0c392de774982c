"""Finding place mentions in a spaCy Doc: entities, gazetteer names, demonyms, abbreviations.

A capitalised run of tokens that the gazetteer knows is a place mention when

* it lies in a place entity (GPE/LOC/FAC/NORP), or it names a country, first-level region,
  continent or region, or a city over 100,000 people (spaCy's small model tags Armenia as
  PERSON, Kharkiv as FAC);
* or, for smaller places, a place cue stands next to it ("in/near/around X", "the town of X",
  "X region", "shelled/entered X") and one of its candidates lies in a country the article's
  other mentions already name ("Ukrainian troops entered Kherson").

Never a place: a date or time ("Saturday", "Nov. 11"), a run of stop words ("The"), a lone
compass or generic word ("South" of "South Ossetia" when the gazetteer lacks the whole name),
an abbreviation with a dot that no abbreviation table knows ("Kan." is not Kano), or a piece of
a longer person's or organisation's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from events.dateline import doc_dateline_end
from events.geo.gazetteer import Gazetteer
from events.geo.index import ADM1, ADM2, CITY, CONTINENT, COUNTRY, REGION
from events.geo.text import norm
from events.nlp import doc_text, ent_at

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
                              "ORDINAL"})
NAME_LABELS = frozenset({"PERSON"})  # "Vladimir" of "Vladimir Putin"; ORGs name places
MAX_TOKENS = 6
CONNECTORS = frozenset({"of", "de", "du", "la", "le", "el", "al", "del", "da", "des", "-", "'s", "the",
                        "and"})
BIG_CITY = 100_000
GENERIC = frozenset(
    "north south east west northern southern eastern western central northeast northwest "
    "southeast southwest northeastern northwestern southeastern southwestern downtown upstate "
    "greater metro metropolitan city county river lake valley area region state province parish "
    "township village island islands mountains mountain bay coast suburban rural republic fort "
    "port mount saint kingdom federation union empire commonwealth capitol".split()
)
FACILITY_WORDS = frozenset(
    "house hall center centre tower towers building airport airfield stadium arena street "
    "avenue boulevard highway bridge square plaza church cathedral mosque temple synagogue "
    "chapel hospital clinic university college school academy institute court courthouse "
    "palace station terminal mall hotel museum library prison jail barracks embassy consulate "
    "headquarters office zoo theatre theater".split()
)
"""Last words of names of buildings, streets and institutions: such a name that the gazetteer
knows only as a town ("White House", Tennessee) is never that town."""
STREET_WORDS = frozenset(
    "street st avenue ave road rd drive boulevard blvd lane parkway highway freeway expressway "
    "turnpike close crescent way terrace mews".split())
"""Last words of street names: a street named after a river, sea or range ("Main Street",
"Danube Street") is no such feature (its name is read as a town or region only: "Washington
Street" still says the story is American), and :meth:`events.geo.parser.Geoparser.mention_for`
takes no place from inside a street's name."""
TITLES = frozenset(
    "Mayor Mr. Mr Mrs. Mrs Ms. Ms Dr. Dr Gov. Governor Sen. Senator Rep. Representative "
    "President Minister Judge Sheriff Officer Deputy Det. Detective Sgt. Lt. Capt. Col. Maj. "
    "Prof. Professor Rev. Coach Commissioner Councilman Councilwoman Councillor Councilor "
    "Superintendent Trooper Pastor Father King Queen Prince Princess Pope Sir Lord Lady Dame "
    "Bishop Ambassador Captain Sergeant Lieutenant Colonel Admiral Chancellor Premier".split())
"""Personal titles (case-sensitive): a name right after one is a person's ("Mayor Sakai",
"Sen. Lincoln", "Queen Elizabeth"), never the town of that name. A place whose own name
begins with a title ("Prince George", "Lady Lake") matches whole first."""
CUE_PREPS = frozenset({"in", "at", "near", "around", "outside", "inside", "into", "from",
                       "across", "toward", "towards", "through", "outskirts", "nearby"})
CUE_NOUNS = frozenset({"town", "city", "village", "region", "province", "district", "oblast",
                       "county", "port", "capital", "settlement", "municipality", "area",
                       "governorate", "state", "island", "suburb", "resort"})
CUE_VERBS = frozenset({"enter", "shell", "bomb", "capture", "recapture", "seize", "liberate",
                       "storm", "besiege", "encircle", "surround", "occupy", "evacuate", "visit",
                       "reach", "attack", "strike", "retake", "raid"})
SPEAKING_VERBS = frozenset(
    "say tell add explain insist decline recall admit reply write argue acknowledge concede "
    "testify resign".split())
"""Verbs whose subject is a person ("Bassett said", "Bolton declined"), not a town."""
ADDRESSED_VERBS = frozenset("tell ask thank interview quote hire appoint nominate sack offer urge".split())
"""Verbs whose object is a person ("told Bolton", "offered Bolton the job")."""
TO_VERBS = frozenset("offer hand award speak talk explain say write".split())
"""Verbs whose "to X" is a person ("offered the job to Bolton", "spoke to Bassett")."""
METONYM_POP = 1_000_000
"""A national capital or a city this big stands for its government or people as the subject
of "said" ("Moscow said", "Washington told Kyiv"): :func:`_person_position` leaves it a place."""
_PLACE_OF = re.compile(
    r"^\s+(?:[a-z]+\s+){0,2}(?:" + "|".join(sorted(CUE_NOUNS)) + r")\s+of\s+$")


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
    region_cue: bool = False  # "upstate X", "the X border", "X state" (see mark_region_cues)
    siblings: list[int] = field(default_factory=list)  # other items of its enumeration
    in_name: bool = False
    """The mention begins a longer name of capitalised words ("Durham" of "Durham Regional
    Police", "Cambridge" of "Cambridge Analytica"; see :func:`begins_longer_name`), and the
    text never names it alone: a body or person named after a place, which is no place unless
    the article's other places support it (see
    :meth:`events.geo.parser.Geoparser._unsupported_name`)."""
    street: bool = False
    """The mention is the first part of a street's name ("Cleveland" of "Cleveland Drive",
    see :func:`_names_a_street`): it counts for the article's country, never for a
    first-level region or for the places close by, and it is placed like a name the gazetteer
    does not know (see :meth:`events.geo.resolve.Resolver.resolve`)."""


def begins_longer_name(span: Span, labels: list[str]) -> bool:
    """``span`` is followed, after a space and in the same sentence, by a capitalised proper
    noun that is no date and no place cue ("Durham Regional Police", "Cambridge Analytica",
    "Sydney Sweeney"; not "Oshawa on Monday", "Victoria police", "Kisumu County")."""
    doc = span.doc
    if span.end >= len(doc) or not span[-1].whitespace_:
        return False
    after = doc[span.end]
    return (after.is_alpha and after.text[:1].isupper() and after.pos_ == "PROPN"
            and not after.is_sent_start and labels[after.i] not in NOT_PLACE_LABELS
            and after.lower_ not in CUE_NOUNS and after.lower_ not in GENERIC)


DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})
BODY_WORDS = frozenset(
    "united city town county rovers rangers athletic wanderers albion villa rams "
    "times post herald journal tribune globe express star news daily "
    "airways airlines energy power bank group holdings motors telecom council police "
    "department board commission authority".split())
"""Second words of two-word names of clubs, papers and firms ("Manchester United", "Boston
Globe", "Dublin Council"): the text's later "United said" or "Council approved" is the body,
and the place stays."""


def _first_name(span: Span, labels: list[str]) -> bool:
    """``span``, one word, begins a two-word name whose second word the text uses alone for a
    person: labelled a person, the subject of a verb (no organisation's), or an owner
    ("Paris Hilton ... Hilton said", "Israel Adesanya ... Adesanya's lawyer", "Sydney Sweeney
    ... praised Sweeney"). The place is then a given name, whatever label spaCy gave the
    whole (it often calls such a name an organisation or a place). "The New York Times ...
    the Times said" and "Manchester United ... United said" (:data:`BODY_WORDS`) keep their
    places."""
    doc = span.doc
    end = span.end
    if end >= len(doc) or (end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
                           and doc[end + 1].is_alpha):
        return False
    word = doc[end].text
    if len(span) > 1 or word.lower() in BODY_WORDS | FACILITY_WORDS | GENERIC:
        return False
    for tok in doc:
        if tok.text != word or tok.i == end or (tok.i > 0 and doc[tok.i - 1].text[:1].isupper()
                                                and doc[tok.i - 1].is_alpha):
            continue
        if tok.i > 0 and doc[tok.i - 1].lower_ in DETERMINERS:
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (labels[tok.i] == "PERSON" or (tok.dep_ in ("nsubj", "nsubjpass", "dobj")
                                          and labels[tok.i] != "ORG")
                or (after is not None and after.text in ("'s", "\u2019s"))):
            return True
    return False


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
    if label in PLACE_LABELS and label not in ("FAC", "NORP"):
        return True  # a building or a people is no town: only strong records or a place cue
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
        return _parent_records(gaz, text), None, "abbreviation"
    region = gaz.adjective(text)  # before the country's: "English" is England's, "Welsh" Wales'
    if region is not None:
        return [region], gaz.index.cc[region] or None, "demonym"
    iso = gaz.demonym(text)
    if iso is not None:
        rid = gaz.country_rid(iso)
        return ([rid] if rid is not None else []), iso, "demonym"
    return gaz.lookup(text), None, "gazetteer"


def _parent_records(gaz: Gazetteer, text: str) -> list[int]:
    """The records a parent abbreviation names: its first (a US state for a US postal code),
    then the others ("WA": Washington, Western Australia), for the context to choose."""
    return [gaz.index.parent_abbrev[text], *gaz.index.parent_more.get(text, ())]


def _inside_compound(token: Token) -> bool:
    """A lower-case token written inside a hyphenated name ("on" of "Rostov-on-Don")."""
    doc = token.doc
    return (token.i > 0 and not doc[token.i - 1].whitespace_ and not token.whitespace_
            and token.i + 1 < len(doc))


def _first_of_hyphenated(span: Span) -> bool:
    """``span`` is joined by a hyphen, without spaces, to a capitalised word after it: the
    first part of a compound name the gazetteer does not know as a whole ("Pointe" of
    "Pointe-Claire") or the first of two places ("Israel-Gaza", "Dallas-Fort Worth"). Such a
    part is a place only when a candidate bears it as its own name, not only as an alternate
    one (Pointe-Noire is also called "Pointe")."""
    doc = span.doc
    end = span.end
    return (end + 1 < len(doc) and not span[-1].whitespace_ and doc[end].text in ("-", "\u2010")
            and not doc[end].whitespace_ and _capitalised(doc[end + 1]))


_INITIAL = re.compile(r"^[A-Z]\.$")


COUNTY_WORDS = frozenset({"county", "parish", "borough"})


def _county_named(gaz: Gazetteer, rids: list[int], span: Span) -> bool:
    """``span`` is "X County" (or Parish, Borough) and a county of that very name is among
    its candidates: a place even inside an organisation's name ("the Walton County Sheriff's
    Office" is in Walton County)."""
    if len(span) < 2 or span[-1].lower_ not in COUNTY_WORDS:
        return False
    key = norm(span.text)
    ix = gaz.index
    return any(int(ix.ftype[r]) == ADM2 and norm(ix.names[r]) == key for r in rids)


def _surnames(doc: Doc) -> frozenset[str]:
    """Last words of the document's person names ("Sakai" of "Aiko Sakai"; "Bell" of "Tyrise
    M. Bell", which a middle initial makes a person's name when spaCy calls it an
    organisation): later alone, such a word names the person, as news writes it. Only names of
    two or three words that begin with a plain word count ("N.W. Rochester" is an address,
    and a longer run tagged as a person is often a headline)."""
    out = set()
    for ent in doc.ents:
        if not 2 <= len(ent) <= 3 or not (ent[0].is_alpha and ent[-1].is_alpha):
            continue
        if not (_capitalised(ent[0]) and _capitalised(ent[-1])):
            continue
        if ent.label_ in NAME_LABELS or (ent.label_ not in PLACE_LABELS and len(ent) == 3
                                         and _INITIAL.match(ent[1].text)):
            out.add(ent[-1].text)
    return frozenset(out)


def _strong(gaz: Gazetteer, rids: list[int]) -> bool:
    """A candidate is a country or a first-level region (surnames do not override those:
    "Abdullah II of Jordan", "Jim Georgia")."""
    ix = gaz.index
    return any(int(ix.ftype[r]) in (COUNTRY, ADM1) for r in rids)


def _not_a_toponym(span: Span, labels: list[str]) -> bool:
    """Dates, stop words, lone generic words, unknown dotted abbreviations, name pieces."""
    tokens = list(span)
    if any(labels[t.i] in NOT_PLACE_LABELS for t in tokens):
        return True
    if all(t.is_stop or t.is_punct for t in tokens):
        return True
    if len(tokens) == 1 and (tokens[0].lower_ in GENERIC or tokens[0].text.endswith(".")):
        return True
    if len(tokens) > 1 and tokens[-1].lower_ in FACILITY_WORDS:
        return True  # a building or street named like a town: only landmarks (abbrev table)
    if span.start > 0 and span.doc[span.start - 1].text in TITLES:
        return True
    if labels[span.start] not in NAME_LABELS:
        return False
    ent = _entity_of(span.doc[span.start])
    return ent is not None and len(ent) > len(span) and span.end <= ent.end


def _names_a_street(span: Span) -> bool:
    """``span`` is the first part of a street's name: a capitalised street word follows it
    ("Main" of "Main Street", "Danube" of "Danube Rd."), and no further capitalised word
    ("Florida" of "the Florida Highway Patrol" names a body, not a street)."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if not (after is not None and _capitalised(after) and span[-1].whitespace_ != ""
            and after.lower_.rstrip(".") in STREET_WORDS):
        return False
    then = doc[span.end + 1] if span.end + 1 < len(doc) else None
    return then is None or not after.whitespace_ or not _capitalised(then)


def _head_of_longer_name(span: Span) -> bool:
    """``span`` is the head of a longer "X of Y" name the gazetteer does not know ("Line" of
    "the Line of Control", "Harbour" of "Harbour of Hope Society"): the whole is one feature or
    body, and X alone is not it, unless X is a country or a big city (see :func:`_notable`:
    "the Geneva of Africa"). A known "X of Y" name matches whole first (the scan is
    longest-first)."""
    doc = span.doc
    after = span.end
    return (after + 1 < len(doc) and doc[after].lower_ == "of" and doc[after].whitespace_ != ""
            and _capitalised(doc[after + 1]))


def _in_known_organisation(span: Span, organisations: frozenset[str]) -> bool:
    """``span`` is a shorter part of the name of an organisation the dictionaries know, as
    spaCy's entity around it or as the capitalised run it stands in ("Red" of "the
    International Committee of the Red Cross")."""
    if not organisations:
        return False
    doc = span.doc
    ent = _entity_of(doc[span.start])
    names = [ent] if ent is not None and len(ent) > len(span) else []
    start, end = span.start, span.end
    while start > 0 and (_capitalised(doc[start - 1]) or doc[start - 1].lower_ in CONNECTORS):
        start -= 1
    while end < len(doc) and (_capitalised(doc[end]) or doc[end].lower_ in CONNECTORS):
        end += 1
    if end - start > len(span):
        names.append(doc[start:end])
    for name in names:
        words = [t for t in name if not (t.i in (name.start, name.end - 1) and t.lower_ in CONNECTORS)]
        if len(words) > len(span) and norm(" ".join(t.text for t in words)) in organisations:
            return True
    return False


def _by_own_name(gaz: Gazetteer, rids: list[int], text: str) -> list[int]:
    """The candidates whose own (GeoNames primary) name is ``text`` or begins with it
    ("Walton" of "Walton County")."""
    key = norm(text)
    return [r for r in rids if (own := norm(gaz.index.names[r])) == key or own.startswith(key + " ")]


def _named_regions_only(gaz: Gazetteer, rids: list[int], text: str) -> list[int]:
    """The candidates of a group of people's name (spaCy's NORP) without the regions (rivers,
    ranges, areas) whose own name only begins with it: "Republican leaders" are of a party,
    not of the Republican River; "on Sumatra" (tagged NORP too) keeps the island."""
    key = norm(text)
    ix = gaz.index
    return [r for r in rids if int(ix.ftype[r]) != REGION or norm(ix.names[r]) == key]


def _notable(gaz: Gazetteer, rids: list[int]) -> bool:
    """A candidate is a country or a city of at least :data:`BIG_CITY` people."""
    ix = gaz.index
    return any(int(ix.ftype[r]) == COUNTRY or (int(ix.ftype[r]) == CITY
                                                and int(ix.pop[r]) >= BIG_CITY) for r in rids)


def _entity_of(token: Token) -> Span | None:
    return ent_at(token.doc, token.i)


def _place_cue(span: Span) -> bool:
    """A word next to ``span`` that says it is a place ("in X", "town of X", "X region")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ in CUE_PREPS:
        return True
    if before is not None and before.lower_ == "of" and span.start >= 2:
        if doc[span.start - 2].lower_ in CUE_NOUNS:
            return True
    if after is not None and after.lower_ in CUE_NOUNS and after.lower_ not in {"state", "area"}:
        return True
    head = span.root.head
    return bool(span.root.dep_ == "dobj" and head.lemma_.lower() in CUE_VERBS)


def _person_position(gaz: Gazetteer, rids: list[int], span: Span) -> bool:
    """``span`` stands where news writes a person: the subject of a speaking verb ("Bolton
    declined", "Lindenwald told reporters"), the object of one that addresses someone ("told
    Bassett", "offered Bolton the job") or "to X" after one ("offered the job to Bolton").
    A country, first-level region, national capital or city of :data:`METONYM_POP` is left a
    place ("Georgia said", "Moscow told Kyiv", "Alberta said"; see :func:`_governed`), as is
    a name of more than two words."""
    if len(span) > 2 or _governed(gaz, rids):
        return False
    root = span.root
    head = root.head
    lemma = head.lemma_.lower()
    if not ((root.dep_ == "nsubj" and lemma in SPEAKING_VERBS)
            or (root.dep_ in ("dobj", "dative") and lemma in ADDRESSED_VERBS)
            or (root.dep_ == "pobj" and head.lower_ == "to"
                and head.head.lemma_.lower() in TO_VERBS)):
        return False
    ix = gaz.index
    return not any(r in ix.capitals or int(ix.pop[r]) >= METONYM_POP for r in rids)


def _governed(gaz: Gazetteer, rids: list[int]) -> bool:
    """A candidate is a country, or a first-level region that a town of its name does not
    match in people (half its own or more): such a name speaks as its government ("Alberta
    said"). England's boroughs are first-level regions in the gazetteer; the borough of
    Bolton has fewer people than the town, so "Bolton said" is a person's."""
    ix = gaz.index
    towns = [int(ix.pop[r]) for r in rids if int(ix.ftype[r]) == CITY]
    biggest = max(towns, default=0)
    return any(int(ix.ftype[r]) == COUNTRY
               or (int(ix.ftype[r]) == ADM1 and (int(ix.pop[r]) == 0 or biggest * 2 < int(ix.pop[r])))
               for r in rids)


def _named_person(m: Mention, named: dict[int, Span], persons: set[str]) -> bool:
    """Mention ``m``, found by its name alone (``named``: id -> span), bears a name the text
    gives a person elsewhere (:func:`_person_position`) and no place cue stands next to it
    ("in Bolton" stays the town)."""
    span = named.get(id(m))
    return span is not None and span.text in persons and not _place_cue(span)


def _opens_dateline(span: Span, filed: int) -> bool:
    """``span`` is the place in capitals that opens a wire dateline ("HALIFAX --", "BAKU —",
    "PERTH (Reuters) -"; ``filed``: where the dateline ends, see
    :func:`events.dateline.doc_dateline_end`): a place whatever spaCy makes of it (the small
    model reads "HALIFAX" before "--" as a common noun)."""
    doc = span.doc
    first = next((t.i for t in doc[: span.start + 1] if not t.is_space), span.start)
    return (0 < span.end_char <= filed and span.start == first
            and span.text.replace(" ", "").isupper())


def _confirmed_countries(gaz: Gazetteer, mentions: list[Mention]) -> set[str]:
    """Countries that the article's trusted mentions name (a country, its adjective, or a
    place all of whose candidates lie in one country)."""
    ix = gaz.index
    out: set[str] = set()
    for m in mentions:
        if m.demonym:
            out.add(m.demonym)
            continue
        countries = [ix.cc[r] for r in m.rids if int(ix.ftype[r]) == COUNTRY]
        if countries:
            out.add(countries[0])
            continue
        codes = {ix.cc[r] for r in m.rids}
        if len(codes) == 1 and "" not in codes:
            out |= codes
    return out


def find_mentions(doc: Doc, gaz: Gazetteer, organisations: frozenset[str] = frozenset()
                  ) -> list[Mention]:
    """Longest-first scan of capitalised token runs (up to 5 tokens) against the gazetteer.

    See the module docs for which matches count. Smaller places outside place entities are
    held back until the whole text is scanned, then kept when a place cue stands next to
    them and a candidate lies in a country the trusted mentions name (only those candidates
    are kept). ``organisations``: names (:func:`events.geo.text.norm` keys) of organisations and
    groups; one is a place only when a place bears that very name (:func:`_by_own_name`).
    """
    labels = _ent_labels(doc)
    surnames = _surnames(doc)
    filed = doc_dateline_end(doc)
    persons: set[str] = set()  # names read in a person's position (see _person_position)
    named: dict[int, Span] = {}  # id of a mention by its name alone -> its span
    mentions: list[Mention] = []
    weak: list[tuple[Mention, Span]] = []
    text = doc_text(doc)
    tokens = list(doc)
    n = len(tokens)
    caps = [_capitalised(t) for t in tokens]
    # tokens that may stand inside a name: capitalised, a connector, or inside a compound
    inner = [c or t.lower_ in CONNECTORS or _inside_compound(t) for c, t in zip(caps, tokens,
                                                                                   strict=True)]
    starts = [t.idx for t in tokens]
    ends = [t.idx + len(t.text) for t in tokens]
    i = 0
    while i < n:
        if not caps[i] or tokens[i].is_punct:
            i += 1
            continue
        found = None
        known_longer = False  # the gazetteer knows a longer name here, rejected as no place
        for size in range(min(MAX_TOKENS, n - i), 0, -1):
            if not caps[i + size - 1] or not all(inner[i : i + size]):
                continue
            rids, iso, how = match_span(gaz, text[starts[i] : ends[i + size - 1]])
            if not rids:
                continue
            if how == "gazetteer":
                if known_longer:
                    continue  # "Walton" of "the Walton County Sheriff's Office"
                known_longer = True
            span = doc[i : i + size]
            last = span[-1]
            if (how == "gazetteer" and span.end + 1 < n and not last.whitespace_
                    and doc[span.end].text in ("-", "–") and doc[span.end + 1].lower_ == "on"):
                continue  # "Rostov" of "Rostov-on-Don": only the whole compound
            if (how == "gazetteer" and _first_of_hyphenated(span)
                    and not any(norm(gaz.index.names[r]) == norm(span.text) for r in rids)):
                continue  # "Pointe" of "Pointe-Claire" is not Pointe-Noire
            if how == "gazetteer" and _opens_dateline(span, filed):
                found = Mention(span.start_char, span.end_char, span.text, rids, iso, "dateline")
                mentions.append(found)
                i += size
                break
            if how == "gazetteer" and _person_position(gaz, rids, span):
                persons.add(span.text)  # "Bolton declined": the person, and no piece of it;
                i += size - 1  # other "Bolton"s go with it below
                break
            if how == "gazetteer" and span.text in surnames and not _strong(gaz, rids):
                continue  # "Bell" after "Tyrise Bell": the person, not Bell River
            if how == "gazetteer" and (_not_a_toponym(span, labels) or (
                    _head_of_longer_name(span) and not _notable(gaz, rids))):
                continue
            if (how == "gazetteer" and norm(span.text) in organisations
                    and not _by_own_name(gaz, rids, span.text)):
                continue
            if how == "gazetteer" and _in_known_organisation(span, organisations) and not _notable(gaz, rids):
                continue  # "Red" of "the Red Cross": a word of a body's name, not a place
            street = how == "gazetteer" and _names_a_street(span)
            if street:
                rids = [r for r in rids if int(gaz.index.ftype[r]) != REGION]
                if not rids:
                    continue  # "Main Street" is no Main river
            label = labels[i]
            if how == "gazetteer" and label == "NORP":
                rids = _named_regions_only(gaz, rids, span.text)
                if not rids:
                    continue
            propn = all(t.pos_ == "PROPN" for t in span if t.text[:1].isalpha())
            mention = Mention(span.start_char, span.end_char, span.text, rids, iso,
                              how if how != "gazetteer" else (label or "gazetteer"),
                              street=street)
            if (how == "gazetteer" and not _acceptable(gaz, rids, label, propn)
                    and not _county_named(gaz, rids, span)):
                if (propn or not span[0].is_sent_start) and _place_cue(span):
                    weak.append((mention, span))
                    named[id(mention)] = span
                    i += size
                    found = mention
                    break
                continue
            found = mention
            mentions.append(found)
            if how == "gazetteer":
                named[id(found)] = span
                found.in_name = begins_longer_name(span, labels)
            i += size
            break
        if found is None:
            i += 1
    if any(m.in_name for m in mentions):  # "Paris Hilton ... Hilton said": the person
        mentions = [m for m in mentions if not (m.in_name and _first_name(named[id(m)], labels))]
    if persons:  # "... to Bolton at a meeting, but Bolton declined": both are the person
        mentions = [m for m in mentions if not _named_person(m, named, persons)]
        weak = [(m, s) for m, s in weak if not _named_person(m, named, persons)]
    if weak:
        confirmed = _confirmed_countries(gaz, mentions)
        for mention, _ in weak:
            abbr = _parent_after(gaz, text, mention.end)
            here = ({gaz.index.cc[r] for r in _parent_records(gaz, abbr)} if abbr is not None
                    else confirmed)  # "Truro, N.S.": the province's country
            kept = [r for r in mention.rids if gaz.index.cc[r] in here]
            if kept:
                mention.rids = kept
                mention.how = f"{mention.how} (place cue)"
                mentions.append(mention)
        mentions.sort(key=lambda m: m.start)
    _add_parent_abbreviations(doc, gaz, mentions)
    alone = {norm(m.text) for m in mentions if not m.in_name}
    for m in mentions:  # "the Woodstock General Hospital ... Woodstock is faring better"
        m.in_name = m.in_name and norm(m.text) not in alone
    return mentions


def _add_parent_abbreviations(doc: Doc, gaz: Gazetteer, mentions: list[Mention]) -> None:
    """Add "Ga." / "GA" / "W.Va." / "Ont." after "X, " as mentions of the state or province
    (only in that position). A name the scan read there without the abbreviation's dot
    ("Ont" of "Hamilton, Ont.", an alternate name of Ontario, California) gives way to it."""
    taken = {m.start: m for m in mentions}
    text = doc_text(doc)
    for m in list(mentions):
        abbr = _parent_after(gaz, text, m.end)
        if abbr is None:
            continue
        start = m.end + 2
        there = taken.get(start)
        if there is not None and not (abbr.endswith(".") and there.text == abbr[:-1]):
            continue
        if there is not None:
            mentions.remove(there)
        mention = Mention(start, start + len(abbr), abbr, _parent_records(gaz, abbr), None,
                          "abbreviation")
        mentions.append(mention)
        taken[start] = mention
    mentions.sort(key=lambda m: m.start)


def _parent_after(gaz: Gazetteer, text: str, end: int) -> str | None:
    """The parent abbreviation written after ", " at ``end`` of ``text`` (the longest: "W.Va."
    before "W"), or None."""
    if not text.startswith(", ", end):
        return None
    start = end + 2
    for abbr in _parents_longest_first(gaz):
        if text.startswith(abbr, start):
            after = text[start + len(abbr) : start + len(abbr) + 1]
            if not (after and after.isalpha()):
                return abbr
    return None


_PARENTS: dict[int, list[str]] = {}


def _parents_longest_first(gaz: Gazetteer) -> list[str]:
    """The gazetteer's parent abbreviations, longest first (sorted once per index)."""
    key = id(gaz.index.parent_abbrev)
    found = _PARENTS.get(key)
    if found is None:
        found = _PARENTS[key] = sorted(gaz.index.parent_abbrev, key=len, reverse=True)
    return found


REGION_BEFORE = frozenset(
    "upstate downstate statewide northern southern eastern western central northeastern "
    "northwestern southeastern southwestern".split())
REGION_AFTER = frozenset(
    "state border borders governor legislature lawmakers senate assembly province provincial "
    "statewide".split())
"""Words next to a name that make it a region, not a town ("upstate New York", "the New York
border", "New York state lawmakers")."""
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
_WORD_AFTER = re.compile(r"^\W*?([A-Za-z]+)")


def mark_region_cues(text: str, mentions: list[Mention]) -> None:
    """Set ``region_cue`` on mentions with a region word right before or after them."""
    for m in mentions:
        before = _WORD_BEFORE.search(text[max(0, m.start - 20) : m.start])
        after = _WORD_AFTER.search(text[m.end : m.end + 20])
        m.region_cue = bool(
            (before and text[m.start - 1 : m.start] == " "
             and before.group(1).lower() in REGION_BEFORE)
            or (after and text[m.end : m.end + 1] == " "
                and after.group(1).lower() in REGION_AFTER))


LIST_SEPARATORS = frozenset({", ", ",", " and ", ", and ", " or ", ", or ", " & "})
"""What stands between the items of an enumeration ("Missouri, New York and Virginia")."""


def _lists(text: str, mentions: list[Mention]) -> list[list[int]]:
    """Runs of mentions that form an enumeration: items joined by commas and an "and"/"or"
    ("Washington, New York and Boston"; not "Toronto, Ontario, Canada"), abbreviations left
    out ("Raleigh, N.C., and Madison, Wis." lists Raleigh and Madison)."""
    runs: list[list[int]] = []
    run = [0] if mentions else []
    for b in range(1, len(mentions)):
        if text[mentions[b - 1].end : mentions[b].start] in LIST_SEPARATORS:
            run.append(b)
            continue
        runs.append(run)
        run = [b]
    runs.append(run)
    out = []
    for run in runs:
        seps = {text[mentions[a].end : mentions[a + 1].start].strip(", ") for a in run[:-1]}
        items = [i for i in run if mentions[i].how != "abbreviation"]
        if len(items) >= 2 and seps & {"and", "or", "&"}:
            out.append(items)
    return out


def link_parents(text: str, mentions: list[Mention]) -> None:
    """Set ``parent``/``children`` and ``siblings`` (mentions sorted by start).

    "X, Y", "X in Y", "X, in Y", "X (Y" make Y the parent of X; the items of an enumeration
    ("Washington, New York and Boston") are each other's siblings; "Y's X"
    ("Georgia's Racha region") and "the <adjective> town of X" ("the Armenian town of Jermuk")
    make the first mention the parent of the second.
    """
    for run in _lists(text, mentions):
        for i in run:
            mentions[i].siblings = [j for j in run if j != i]
    for a, b in zip(range(len(mentions)), range(1, len(mentions)), strict=False):
        between = text[mentions[a].end : mentions[b].start]
        if between in (", ", ",", " in ", ", in ", " (", ", near "):
            mentions[a].parent = b
            mentions[b].children.append(a)
        elif between in ("'s ", "\u2019s ") or (mentions[a].demonym and _PLACE_OF.match(between)):
            if mentions[b].parent is None:
                mentions[b].parent = a
                mentions[a].children.append(b)
