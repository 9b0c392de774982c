"""Resolve the date of an event from its sentence and the publication date.

Conventions (``EventWhen.precision`` is day|week|month|year|decade):

* Relative days ("today", "tonight", "overnight", "yesterday", "last night", "tomorrow",
  "two days ago") count from the publication date; "overnight" is the publication day.
* A bare weekday ("on Tuesday", "Tuesday night") is the latest such day on or before
  publication (the publication day itself when the weekday matches); when the verb points
  ahead ("will close … from midnight on Friday", "plans to visit on Monday") it is the
  earliest such day on or after publication. "last Tuesday" is strictly before,
  "next Tuesday" strictly after.
* Week precision stands for an ISO week and is dated to its Monday ("last week",
  "earlier this week", "at the weekend"); month precision to the 1st ("earlier this month",
  "last month", "in March"); year precision to 1 January ("last year", "in 2021").
* A decade ("in the 1970s", "during the late 1990s", "the 2010s") is dated to its first
  year with decade precision, and so are the two world wars ("during World War Two", "in
  the First World War": 1939, 1914): background an analysis piece tells, which would else
  fall back to the publication date.
* Explicit dates ("Sept. 13", "13 September 2022", "2022-09-13") go through dateparser with
  ``RELATIVE_BASE`` = publication and ``PREFER_DATES_FROM`` = past (future when the verb
  points ahead).
* A dateline date ("KHARKIV, Ukraine, Sept. 13, 2022 —") becomes the base for the relative
  cues of every sentence of the story (the dateline is a sentence of its own).
* Without any cue the dateline date, else the publication date, is returned with
  ``fallback=True``.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from events.dateline import doc_dateline_end
from events.models import EventWhen
from events.nlp import span_ents
from events.stages import stage_failed
from events.when._syntax import (
    governing_verb,
    is_reporting,
    main_action,
    path_to,
    span_root,
    text_before,
)
from events.when.numbers import parse_count

log = logging.getLogger(__name__)

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ORD = r"(?:st|nd|rd|th)?"
_NUMWORD = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# (kind, compiled pattern); earlier patterns win when matches overlap.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("explicit", re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b")),
    ("explicit", re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")),
    ("explicit", re.compile(rf"\b\d{{1,2}}{_ORD}(?: of)? {_MONTH}(?:,? \d{{4}})?(?![\w])")),
    ("explicit", re.compile(rf"\b{_MONTH} \d{{1,2}}{_ORD}\b(?:,? \d{{4}}\b)?")),
    ("month_year", re.compile(rf"\b(?:(?:early|late|mid)[- ])?{_MONTH},? \d{{4}}\b")),
    (
        "month",
        re.compile(
            rf"(?i:\b(?:in|since|during|from|last|next|this|earlier in|later in|early|late|mid)"
            rf"[- ](?:(?:early|late|mid)[- ])?){_MONTH}(?!\w)"
        ),
    ),
    ("year", re.compile(r"(?i:\b(?:in|since|during|early|late|mid)[- ])(?:19|20)\d{2}\b")),
    (
        "decade",
        re.compile(
            r"(?i:\b(?:in|since|during|throughout|until|by) the (?:(?:early|late|mid)[- ])?)"
            r"(?:1[89]|20)\d0s\b"
            r"|(?i:\b(?:during|in|after|before) (?:the )?)"
            r"(?:(?i:World War) (?:I{1,2}|One|Two|1|2)\b|(?:First|Second) World War\b)"
        ),
    ),
    (
        "ago",
        re.compile(rf"(?i)\b{_NUMWORD} (?:day|days|week|weeks|month|months|year|years) ago\b"),
    ),
    ("relative", re.compile(r"(?i)\bthe day before yesterday\b")),
    (
        "weekday",
        re.compile(
            rf"(?:(?i:\b(?:last|next|this|on|early|late) )|\b){_WEEKDAY}(?:'s)?"
            r"(?i:\s+(?:morning|afternoon|evening|night))?\b"
        ),
    ),
    (
        "relative",
        re.compile(
            r"(?i)\b(?:(?:earlier|later) )?(?:this|last|next|past|previous|the previous|"
            r"the past|the coming|the following) (?:week|weekend|month|year)\b"
            r"|\b(?:at|over|during) the weekend\b"
            r"|\b(?:earlier |later )?today\b|\btonight\b|\bovernight\b|\byesterday\b"
            r"|\btomorrow\b|\blast night\b|\bthis (?:morning|afternoon|evening)\b"
        ),
    ),
]

_BLOCKING_PREPS = frozenset({"until", "till", "through", "by", "before", "for"})
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would"})
_FUTURE_HEADS = frozenset(
    {
        "plan", "expect", "due", "schedule", "set", "intend", "aim", "prepare", "go", "hope",
        "promise", "vow", "threaten", "decide", "agree", "want", "seek",
        # inviting, urging and offering: what someone is invited or urged to do lies ahead
        # (not "asked"/"ordered to leave on Tuesday": an order's time is often its own)
        "invite", "urge", "call", "pledge", "offer", "propose", "encourage", "press", "ready",
        "willing", "likely",
    }
)  # fmt: skip
_TIME_MARKS = frozenset({"when", "once", "after", "before", "until", "till"})
"""Words opening a clause of time (the parser hangs "when" as an advmod, "after" as a mark)."""
_MEDIUM_VERBS = frozenset("publish release post broadcast air issue print televise".split())
"""Participles that date a statement by its medium ("an interview published on Saturday")."""
_TENSE_HEADS = frozenset({"be", "due", "expect", "set", "schedule", "go", "likely"})
"""Heads that only put the verb below them in the future ("is due to", "is expected to")."""
_PRECISION_RANK = {"day": 3, "week": 2, "month": 1, "year": 0, "decade": 0}
WORLD_WARS = {"i": 1914, "one": 1914, "1": 1914, "first": 1914, "ii": 1939, "two": 1939, "2": 1939,
              "second": 1939}
"""The first year of each world war, by how its name numbers it."""


@dataclass(frozen=True)
class DateCue:
    """A date expression found in a sentence: doc character offsets and its kind."""

    start: int
    end: int
    text: str
    kind: str  # explicit | month_year | month | year | decade | ago | weekday | relative
    in_dateline: bool = False


CUES_KEY = "events.when.cues"


def find_cues(sent: Span) -> list[DateCue]:
    """Every date expression in ``sent``, left to right, without overlaps (found once per
    sentence: kept in ``doc.user_data``; do not change the list). Never raises."""
    memo = sent.doc.user_data.setdefault(CUES_KEY, {})
    key = (sent.start, sent.end)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _find_cues(sent)
    cues: list[DateCue] = found
    return cues


def _find_cues(sent: Span) -> list[DateCue]:
    text = sent.text
    taken: list[tuple[int, int]] = []
    cues: list[DateCue] = []
    filed = doc_dateline_end(sent.doc)  # doc offset where an opening dateline ends, or 0
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and end > t_start for t_start, t_end in taken):
                continue
            taken.append((start, end))
            cues.append(
                DateCue(
                    start=sent.start_char + start,
                    end=sent.start_char + end,
                    text=match.group(0),
                    kind=kind,
                    in_dateline=sent.start_char + end <= filed,
                )
            )
    for ent in span_ents(sent):
        if ent.label_ != "DATE":
            continue
        if any(ent.start_char < c.end and ent.end_char > c.start for c in cues):
            continue
        if re.search(rf"{_MONTH}|\b(?:19|20)\d{{2}}\b", ent.text):
            cues.append(DateCue(ent.start_char, ent.end_char, ent.text, "explicit", ent.end_char <= filed))
    cues.sort(key=lambda c: c.start)
    return cues


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + (day.month - 1) + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _weekday_date(weekday: int, base: dt.date, future: bool, strict: bool) -> dt.date:
    """The ``weekday`` (0 = Monday) nearest ``base`` in the past (or future), maybe not base."""
    if future:
        delta = (weekday - base.weekday()) % 7
        if strict and delta == 0:
            delta = 7
        return base + dt.timedelta(days=delta)
    delta = (base.weekday() - weekday) % 7
    if strict and delta == 0:
        delta = 7
    return base - dt.timedelta(days=delta)


def month_number(text: str) -> int | None:
    """The month (1-12) a date expression names, or None."""
    match = re.search(_MONTH, text)
    return MONTHS.get(match.group(0)[:3].lower()) if match else None


@functools.lru_cache(maxsize=256)
def _date_parser(base: dt.date, prefer: str) -> Any:
    """A dateparser parser relative to ``base`` (cached per base date and direction)."""
    from dateparser.date import DateDataParser  # imported on first use: keeps import cheap

    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day, 12),
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return DateDataParser(languages=["en"], settings=settings)


@functools.lru_cache(maxsize=4096)
def _explicit(text: str, base: dt.date, future: bool) -> tuple[dt.date, str] | None:
    """An explicit date through dateparser (relative to ``base``); None when unreadable
    (memoised: an article repeats its dates, and a day's articles their base)."""
    cleaned = re.sub(r"(?i)^(?:on|in|since|during|from|early|late|mid)[- ]", "", text).strip()
    cleaned = re.sub(r"(?i)^(?:early|late|mid)[- ]", "", cleaned)
    try:
        data = _date_parser(base, "future" if future else "past").get_date_data(cleaned)
    except Exception:  # dateparser raises assorted errors on odd text
        log.debug("dateparser failed on %r", cleaned, exc_info=True)
        return None
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    period = data.period or "day"
    if period == "month":
        return day.replace(day=1), "month"
    if period == "year":
        return dt.date(day.year, 1, 1), "year"
    if period == "week":
        return _monday(day), "week"
    return day, "day"


def resolve_cue(cue_text: str, kind: str, base: dt.date, future: bool) -> tuple[dt.date, str] | None:
    """Turn one date expression into ``(date, precision)`` relative to ``base``; None if unreadable.

    ``future`` says the verb points ahead (see the module docstring). Never raises.
    """
    low = cue_text.lower()
    if "next" in low.split() or "tomorrow" in low or "coming" in low or "following" in low:
        future = True
    if "last" in low.split() or "ago" in low or "yesterday" in low or "past" in low.split():
        future = False
    try:
        if kind == "weekday":
            weekday = next(i for i, name in enumerate(WEEKDAYS) if name in low)
            strict = low.startswith(("last ", "next "))
            return _weekday_date(weekday, base, future, strict), "day"
        if kind == "relative":
            return _relative(low, base, future)
        if kind == "ago":
            return _ago(low, base)
        if kind == "month":
            month = month_number(cue_text)
            if month is None:
                return None
            year = base.year
            if future and month < base.month:
                year += 1
            elif not future and (month > base.month or (low.startswith("last ") and month == base.month)):
                year -= 1
            return dt.date(year, month, 1), "month"
        if kind == "year":
            match = re.search(r"(?:19|20)\d{2}", cue_text)
            return (dt.date(int(match.group(0)), 1, 1), "year") if match else None
        if kind == "decade":
            return _decade(low)
        if kind in {"explicit", "month_year"}:
            return _explicit(cue_text, base, future)
    except (ValueError, OverflowError, StopIteration):
        log.debug("cannot resolve date cue %r", cue_text, exc_info=True)
    return None


def _decade(low: str) -> tuple[dt.date, str] | None:
    """The first year of a decade ("the 1970s") or of a world war ("World War Two")."""
    match = re.search(r"(1[89]|20)(\d)0s", low)
    if match:
        return dt.date(int(match.group(1) + match.group(2) + "0"), 1, 1), "decade"
    war = re.search(r"world war (\w+)", low) or re.search(r"(\w+) world war", low)
    year = WORLD_WARS.get(war.group(1)) if war else None
    return (dt.date(year, 1, 1), "decade") if year else None


def _relative(low: str, base: dt.date, future: bool) -> tuple[dt.date, str] | None:
    one = dt.timedelta(days=1)
    if "day before yesterday" in low:
        return base - 2 * one, "day"
    if "yesterday" in low or "last night" in low:
        return base - one, "day"
    if "tomorrow" in low:
        return base + one, "day"
    if any(w in low for w in ("today", "tonight", "overnight", "morning", "afternoon", "evening")):
        return base, "day"
    step = 0
    if re.search(r"\b(?:last|past|previous)\b", low):
        step = -1
    elif re.search(r"\b(?:next|coming|following)\b", low):
        step = 1
    if "weekend" in low:
        saturday = _weekday_date(5, base, future or step > 0, strict=step != 0)
        return _monday(saturday), "week"
    if "week" in low:
        return _monday(base) + dt.timedelta(days=7 * step), "week"
    if "month" in low:
        return _add_months(base.replace(day=1), step), "month"
    if "year" in low:
        return dt.date(base.year + step, 1, 1), "year"
    return None


def _ago(low: str, base: dt.date) -> tuple[dt.date, str] | None:
    words = low.split()
    count = parse_count(words[:1])
    amount = count.value if count else 1
    unit = words[1] if len(words) > 1 else "day"
    if unit.startswith("day"):
        return base - dt.timedelta(days=amount), "day"
    if unit.startswith("week"):
        return _monday(base - dt.timedelta(weeks=amount)), "week"
    if unit.startswith("month"):
        return _add_months(base.replace(day=1), -amount), "month"
    if unit.startswith("year"):
        return dt.date(base.year - amount, 1, 1), "year"
    return None


def points_ahead(verb: Token | None) -> bool:
    """True when ``verb`` is in the future: ``will``/``would``/``'ll`` auxiliaries, governed by
    "plan to", "is due to", "is set to", "is expected to", "is going to" and the like, or an
    action verb in the present simple or progressive (news English's scheduled future)."""
    if verb is None:
        return False
    if _futurate_present(verb):
        return True
    for child in verb.children:
        if child.dep_ in {"aux", "auxpass"} and child.lower_ in _FUTURE_AUX:
            return True
    has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if has_to and verb.dep_ in {"xcomp", "ccomp", "advcl"}:
        head = verb.head
        if head.lemma_.lower() in _FUTURE_HEADS or head.lower_ in {"is", "are", "was", "were"}:
            return True
        if head.dep_ == "acomp" and head.lemma_.lower() in _FUTURE_HEADS:
            return True
        if verb.dep_ == "xcomp" and head.pos_ in {"VERB", "AUX"} and points_ahead(head):
            return True  # "would try to override it next month": what is tried lies ahead
    if verb.dep_ == "conj" and verb.head != verb and _tenseless(verb):
        return points_ahead(verb.head)  # "will close the crossing and reopen it on Friday"
    return False


def _tenseless(verb: Token) -> bool:
    """A verb that takes its tense from the verb it is coordinated with: no auxiliary and no
    past tense of its own ("…, the minister *announced* on Tuesday" is past, whatever the
    parser hung it on)."""
    return verb.tag_ != "VBD" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _futurate_present(verb: Token) -> bool:
    """Present simple or progressive of an action verb: the scheduled future of news English
    ("EU leaders meet in Brussels on Thursday", "are meeting on Friday")."""
    if is_reporting(verb) or verb.lemma_.lower() in {"be", "have"}:
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in {"VBP", "VBZ"} and not auxes:
        return True
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and any(
            a.dep_ == "auxpass" and a.lower_ in {"is", "are", "am"} for a in auxes):
        # "faces 60 years when he is sentenced in May": a time clause's present is ahead
        return any(m.dep_ in {"advmod", "mark"} and m.lower_ in _TIME_MARKS for m in verb.children)
    return verb.tag_ == "VBG" and any(a.lower_ in {"is", "are", "am"} for a in auxes)


def _cue_score(sent: Span, cue: DateCue, action: Token | None) -> tuple[int, Token | None]:
    """How strongly ``cue`` dates ``action`` (higher is better) and the verb it hangs on."""
    root = span_root(sent, cue.start, cue.end)
    if root is None:
        return 0, None
    prep = root.head if root.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in _BLOCKING_PREPS:
        return -1, None
    first = text_before(sent, cue.start, 12).lower().split()
    if first and first[-1] in _BLOCKING_PREPS:
        return -1, None
    if action is not None and _dates_another_noun(root, action):
        return -1, None
    verb = governing_verb(root)
    if action is not None and verb == action:
        return 4, verb
    if action is not None and _in_relative_clause(root, action):
        return -1, None
    if action is not None and _ahead_of(verb, action):
        return -1, None
    if action is not None and path_to(root, action) is not None:
        return 3, verb
    if is_reporting(verb):
        return 1, verb
    return 2, verb


_OTHER_TIME_HEADS = frozenset({"ahead", "anniversary", "eve", "wake", "aftermath", "run-up", "prior"})
"""Words whose "of" phrase is at another time than the clause: "ahead of Sunday's vote", "the
anniversary of last year's protests", "in the wake of Monday's attack"."""


def _dates_another_noun(root: Token, action: Token) -> bool:
    """True when the cue is a possessive of a noun told as another time than ``action``'s
    (:data:`_OTHER_TIME_HEADS`, or "before"): "detained 300 people ahead of Sunday's vote"
    did not detain them on Sunday ("attended Monday's meeting", "spoke at Monday's forum"
    did act on Monday)."""
    if root.dep_ != "poss" or root.head == action:
        return False
    noun = root.head
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None:
        return False
    if prep.lower_ == "before":
        return True
    return prep.lower_ == "of" and prep.head.lemma_.lower() in _OTHER_TIME_HEADS


def _ahead_of(verb: Token | None, action: Token) -> bool:
    """True when ``verb`` is a future act told inside the clause of ``action``, which is not
    itself in the future: "invited the president to visit in July" and "said it will hold
    talks on Friday" date the visit and the talks, never the invitation or the statement."""
    if verb is None or verb == action or not points_ahead(verb) or points_ahead(action):
        return False
    node = verb  # "is due to visit", "is expected to arrive": the visit is the act
    while node.dep_ in {"xcomp", "acomp"} and node.head.lemma_.lower() in _TENSE_HEADS:
        node = node.head
    if node == action:
        return False
    return action in verb.ancestors


def _in_relative_clause(token: Token, action: Token) -> bool:
    """``token`` lies in a relative clause or a past participle on a noun that does not hold
    ``action``: "Russia, which brokered a truce in 2020, criticised the deal" dates the truce,
    "patrolled under a deal reached in October" the deal, neither the criticism nor the patrol
    (not a present participle: "officers responding to a call on Wednesday shot a man" were
    responding and shooting on the same day; nor the medium of a statement: "told the paper
    in an interview published on Saturday" spoke on Saturday)."""
    node = token
    for _ in range(60):
        if node.dep_ == "relcl" or (node.dep_ == "acl" and node.tag_ == "VBN"
                                    and node.head.pos_ in {"NOUN", "PROPN"}
                                    and node.lemma_.lower() not in _MEDIUM_VERBS):
            return not (node.left_edge.i <= action.i <= node.right_edge.i)
        if node.head == node:
            return False
        node = node.head
    return False


def _filed_on(doc: Doc, published: dt.date) -> dt.date:
    """The day of the dateline that opens ``doc`` ("BISHKEK, Sept. 17 —"), else ``published``:
    the base of every relative date in the story (read once per document and publication
    date; kept in ``doc.user_data``)."""
    key = f"events.filed_on.{published.isoformat()}"
    if key not in doc.user_data:
        doc.user_data[key] = _dateline_day(doc, published).isoformat()
    return dt.date.fromisoformat(doc.user_data[key])


def _dateline_day(doc: Doc, published: dt.date) -> dt.date:
    end = doc_dateline_end(doc)
    span = doc.char_span(0, end, alignment_mode="contract") if end else None
    for cue in find_cues(span) if span is not None else []:
        if cue.kind == "explicit":
            resolved = _explicit(cue.text, published, future=False)
            if resolved and resolved[1] == "day":
                return resolved[0]
    return published


def resolve_date(sent: Span, published: dt.date, *, action: Token | None = None) -> EventWhen:
    """The date of the event told by ``sent`` (a spaCy sentence span), published on ``published``.

    ``action`` is the event verb when the coder knows it; otherwise the main non-reporting verb
    is used. Cues attached to the action win over cues elsewhere; cues on verbs of saying
    ("officials said on Sunday") are used only when nothing else dates the event. Returns the
    publication date with ``fallback=True`` when no cue resolves. A failure is handed to the
    stage-error hook (:func:`events.stages.stage_failed`), which raises only when set to.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    try:
        return _resolve(sent, published, action)
    except Exception as err:  # noqa: BLE001 - the date stage must not stop the article
        stage_failed("dates", err, where=f"sentence at {sent.start_char}")
        return EventWhen(date=published, precision="day", fallback=True,
                         cue="date resolution failed")


def _resolve(sent: Span, published: dt.date, action: Token | None) -> EventWhen:
    cues = find_cues(sent)
    base = _filed_on(sent.doc, published)
    if not cues:
        return EventWhen(date=base, precision="day", fallback=True)
    if action is None:
        action = main_action(sent)
    ranked: list[tuple[tuple[int, int, int], DateCue, Token | None]] = []
    for cue in cues:
        score, verb = _cue_score(sent, cue, action)
        if cue.in_dateline:
            score = 0
        if score < 0:
            continue
        distance = abs(action.idx - cue.start) if action is not None else cue.start
        ranked.append(((score, _PRECISION_RANK.get(_kind_precision(cue.kind), 0), -distance), cue, verb))
    ranked.sort(key=lambda item: item[0], reverse=True)
    for _, cue, verb in ranked:
        future = points_ahead(verb) or (verb is None and points_ahead(action))
        resolved = resolve_cue(cue.text, cue.kind, base, future)
        if resolved is not None:
            day, precision = resolved
            return EventWhen(date=day, precision=precision, fallback=False, cue=cue.text)
    return EventWhen(date=base, precision="day", fallback=True)


def _kind_precision(kind: str) -> str:
    return {"month": "month", "month_year": "month", "year": "year", "decade": "decade"}.get(kind, "day")
