"""Background that is no new event: acts the article tells to say who someone is or what
went before, dated well before the article (news reading).

Analysts count events per day or week. "The sergeant, who shot a teenager in 2021, was
promoted on Tuesday" reports a promotion; the shooting identifies the sergeant. A relative
clause, a participle on a noun or an event noun whose own time phrase ends more than
:data:`MARGIN` before the publication date ("in 2021", "last year", "last month", "in
December", "three years ago", "the 2008 invasion") is such background, and the coder makes no
event of it. The same clause told on a day of the news week stays ("police arrested a man who
stabbed a shopkeeper on Monday"), and so does a main clause with an old date ("agents arrested
the men in December": the article reports that act, dated then).
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from spacy.tokens import Doc, Token

from events.coding.syntax import time_adverbial
from events.coding.text import norm_word
from events.coding.words import words_of
from events.when._syntax import span_root
from events.when.dates import find_cues, month_number, resolve_cue

MARGIN = dt.timedelta(days=7)
"""How long before publication a clause's own time must end to make it background."""

CLAUSE_DEPS = frozenset({"relcl", "acl"})
"""The dependencies of a clause on a noun."""

RELATIVE_KINDS = frozenset({"ago", "relative"})
"""Cue kinds that say how long ago by themselves ("three years ago", "last month"): with no
publication date they are read against :data:`NO_DATE` (a year or a month "in March" is then
left alone)."""

NO_DATE = dt.date(2000, 6, 15)
"""The base for relative cues of a text with no publication date (any day would do)."""

YEAR_DEPS = frozenset({"nummod", "compound", "amod", "npadvmod", "poss"})
"""How a year hangs on an event noun ("the 2008 invasion", "2014's annexation")."""

PAST_TAGS = frozenset({"VBD", "VBN"})
"""A clause's verb in the past tense or a past participle."""

SCHEDULING = frozenset({"set", "schedule", "slate", "plan", "expect", "due", "reschedule"})
"""Participles that put a date ahead ("a hearing set for June 6")."""

TIME_PREPOSITIONS = frozenset({"after", "since", "during", "before", "following", "until", "amid"})
"""Prepositions whose event noun is a point of time for another act ("during his visit to
Riyadh last year", "after the invasion in 2008")."""

LASTING = frozenset({"since", "from", "until", "through", "till", "between"})
"""Prepositions of a span of time, which does not date an act to its start."""


STATUS_VERBS = frozenset({
    "accuse", "charge", "convict", "suspect", "indict", "jail", "imprison", "sentence", "want",
    "acquit", "arraign",
})
"""Participles that tell a person's standing before the courts ("charged over", "accused of",
"convicted of", "wanted for"): on a noun, who the person is, not what happened today."""

CONTENT_DEPS = frozenset({"pcomp", "pobj", "conj"})
"""How the act a status participle names hangs on it ("accused of defrauding", "wanted for
the massacre", "of robbing and assaulting")."""


CHARGE_PREPOSITIONS = frozenset({"of", "for", "with", "over", "in"})
"""The prepositions of what a status participle charges ("accused of", "jailed for", "charged
with", "arrested over", "charged in the death of")."""


def dated_before(head: Token, published: dt.date | None) -> bool:
    """True when ``head`` (a verb of a relative clause or a participle on a noun, or an event
    noun) has a time phrase of its own that ends more than :data:`MARGIN` before
    ``published``: "a gang that robbed three banks last year", "a minister who met his
    counterpart last month", "the 2014 annexation of Crimea", "during his visit to Riyadh last
    year" (not "a man who stabbed a shopkeeper on Monday", a main clause, nor an event noun
    that is what the story is about: "an inquest found the shooting of a student on Feb. 2 lawful")."""
    if head.pos_ in ("NOUN", "PROPN"):
        if published is not None and _of_old_year(head, published):
            return True
        if not (head.dep_ == "pobj" and head.head.lower_ in TIME_PREPOSITIONS):
            return False  # "found the police shooting of a student on Feb. 2 lawful": the topic
    elif head.dep_ not in CLAUSE_DEPS or head.tag_ not in PAST_TAGS or not _on_noun(head):
        return False  # (a clause in the past only: "a summit opening in May", "which might resume")
    elif norm_word(head.lemma_) in SCHEDULING or any(c.tag_ == "MD" for c in head.children):
        return False  # "a hearing set for June 6", "which would expire in May": ahead
    elif published is not None and _within_which(head) and _of_old_year(head.head, published):
        return True  # "the 2010 crackdown, in which soldiers killed 90 people": of that year
    left, right = head.left_edge, head.right_edge
    if not _may_hold_a_date(head.doc, left.i, right.i + 1):
        return False  # (most phrases hold no word a time phrase needs: no cue is looked for)
    sent = head.sent
    start, end = left.idx, right.idx + len(right)
    for cue in find_cues(sent):
        if cue.in_dateline or not start <= cue.start < end or cue.text[:5].lower() == "since":
            continue  # (the cheap test first: the cue stands in the head's phrase; "since 2019" lasts)
        if not _hangs_on(span_root(sent, cue.start, cue.end), head):
            continue
        if published is None and cue.kind not in RELATIVE_KINDS:
            continue
        base = published or NO_DATE
        resolved = _resolve(cue.text, cue.kind, base)
        if resolved is not None and _period_end(*resolved) < base - MARGIN:
            return True
    return False


def _in_the_dock(verb: Token) -> bool:
    """True for a participle the parser hung on the court where someone appears ("appeared in
    court charged with murder", "appeared before magistrates accused of robbery"): the charge
    of one who appears, which the news tells as such (not who someone is)."""
    noun = verb.head
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.lemma_ == "appear"


TIME_WORDS = frozenset(
    """
    jan jan. january feb feb. february mar mar. march apr apr. april may jun jun. june jul jul.
    july aug aug. august sep sep. sept sept. september oct oct. october nov nov. november dec
    dec. december monday tuesday wednesday thursday friday saturday sunday yesterday today
    tonight overnight tomorrow night morning afternoon evening weekend week weeks month months
    year years day days ago
    """.split()
)
"""Words one of which (or a number) every time phrase of :func:`events.when.dates.find_cues`
holds: a phrase with none of them and no digit holds no date."""


def _may_hold_a_date(doc: Doc, start: int, end: int) -> bool:
    """True when tokens ``start:end`` (and the few after them, where a time phrase begun
    inside may end) hold a word of :data:`TIME_WORDS` or a number."""
    texts = words_of(doc).text[start : min(end + 3, len(doc))]
    return any(text in TIME_WORDS or text[:1].isdigit() for text in texts)


CAUSATIVES = frozenset({"have", "get"})
"""Verbs whose object's participle is the act the clause tells ("had their assets frozen",
"got his licence suspended"): no description of the noun."""


def _on_noun(verb: Token) -> bool:
    """True for a clause on a noun (not "there were ten soldiers killed", a verb hung on a
    verb, a headline whose participle is its predicate, nor the participle of a causative's
    object: "banks had their assets frozen last year" tells the freezing)."""
    noun = verb.head
    if noun == verb or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    return not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in CAUSATIVES)


def _hangs_on(token: Token | None, head: Token) -> bool:
    """True when ``token`` (a time phrase's head) is ``head``'s own time phrase: a child of
    it or the object of its preposition ("shot a teenager in 2021", "robbed a bank last year"),
    also through its phrase of time ("killed a man during an arrest in 2020"; not a date deeper
    in its object: "praising results in the May elections")."""
    node = token
    if node is not None and node.dep_ == "pobj" and node.head.dep_ == "prep":
        node = node.head
        if node.lower_ in LASTING:
            return False  # "jailed since 2019", "from 2012 to 2016": up to now, or a span
    if node is None or node == head:
        return False
    if node.head == head:
        return True
    # "killed a man during an arrest in 2020": the date of the phrase of time that dates the act
    frame = node.head
    return frame.dep_ == "pobj" and frame.head.lower_ in TIME_PREPOSITIONS and frame.head.head == head


def _within_which(verb: Token) -> bool:
    """True for a relative clause that happens within its noun: "in which", "during which"
    ("the 2010 crackdown, in which soldiers killed 90 people"; not "a 2004 pickup that struck
    him", whose year is the truck's)."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "prep" and any(o.lower_ == "which" for o in c.children) for c in verb.children
    )


def _of_old_year(noun: Token, published: dt.date) -> bool:
    """True for a noun named by a year before publication's ("the 2006 war")."""
    return any(_old_year(c, published) for c in noun.children)


def _old_year(child: Token, published: dt.date) -> bool:
    """True for a year before the publication year standing on an event noun: "the 2008
    invasion", "the 2021 coup"."""
    if child.dep_ not in YEAR_DEPS or len(child.text) != 4 or not child.text.isdigit():
        return False
    return 1900 <= int(child.text) < published.year


EXPLICIT_KINDS = frozenset({"explicit", "month_year"})
"""Cue kinds :func:`events.when.dates.resolve_cue` reads with dateparser (tens of
milliseconds a call): :func:`_resolve` reads their year and month instead."""
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _resolve(text: str, kind: str, base: dt.date) -> tuple[dt.date, str] | None:
    """(date, precision) of a past time cue relative to ``base``, cheaply: an explicit date
    ("Jan. 23, 2021", "December 2020", "on March 3") by its year and month alone, read at the
    month (at the year with no month), so that its period ends no earlier than the day it
    names (a clause is then background only when the whole month lies before the margin);
    the other kinds as the dates module reads them (no dateparser)."""
    if kind not in EXPLICIT_KINDS:
        return resolve_cue(text, kind, base, False)
    month = month_number(text)
    year = YEAR.search(text)
    if year is None:
        return resolve_cue(text, "month", base, False) if month is not None else None
    return dt.date(int(year.group(0)), month or 1, 1), "month" if month is not None else "year"


@functools.lru_cache(maxsize=1024)
def _period_end(day: dt.date, precision: str) -> dt.date:
    """The last day of the period a resolved date stands for (a week, a month, a year)."""
    if precision == "week":
        return day + dt.timedelta(days=6)
    if precision == "month":
        following = day.replace(day=28) + dt.timedelta(days=4)
        return following - dt.timedelta(days=following.day)
    if precision == "year":
        return dt.date(day.year, 12, 31)
    return day


HISTORY_PREPOSITIONS = frozenset({"in", "during"})
"""The prepositions of a year that dates an act ("in 2019", "in March 2019", "during 2006")."""


LATER_STAGES = frozenset({
    "sentence", "convict", "acquit", "try", "plead", "jail", "imprison", "execute", "parole",
    "pardon", "indict", "arraign", "extradite",
})
"""Court acts that come after the deed they judge ("was sentenced", "pleaded guilty", "was
executed", "was pardoned"): the deed of a relative clause on the one judged is what is judged."""


EARLIER_ADVERBS = frozenset({"previously", "formerly", "once"})
"""Adverbs that put an act before the story's time ("who previously attacked a guard")."""


def done_before(verb: Token) -> bool:
    """True for a relative clause or participle on a noun told as done before the story's time:
    "a man who previously attacked a prison guard", "Jones, who once kidnapped a banker" (who
    someone is; not a main clause, whose history the news gold codes: "Previously, the FBI had
    opened an investigation"; "once" as a conjunction, "once the talks end", is no adverb)."""
    if verb.dep_ not in CLAUSE_DEPS or not _on_noun(verb):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in EARLIER_ADVERBS for c in verb.children)


def judged_deed(verb: Token) -> bool:
    """True for the deed a relative clause tells of one a court judges, sentences, executes or
    pardons in the main clause: "a gang that robbed three banks in Ohio was sentenced on
    Tuesday", "the man who stabbed his neighbour pleaded guilty" (the news is the court's; the
    deed came before it); not one with a day of the news week ("the man who stabbed a
    shopkeeper on Monday was charged"), nor a clause on someone the police arrest."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBD" or verb.head.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    court = verb.head.head
    if norm_word(court.lemma_) not in LATER_STAGES:
        return False
    return not any(names_day(c) for c in verb.children)


def since_anchor(verb: Token) -> bool:
    """True for a past act in a "since" clause of a perfect: the point a state of affairs is
    counted from, told to date it ("Tbilisi has sought closer ties with the West since Russia
    recognised the breakaway regions", "has lived in exile since the army seized power"); not
    one with a day of its own ("have gathered daily since police shot a teenager on Monday"),
    nor "since" of a reason ("since the army attacked, residents fled")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBD" or verb.head == verb:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.head.children):
        return False
    return not any(names_day(c) for c in verb.children)


def status_participle(verb: Token) -> bool:
    """True for a participle of a person's standing before the courts on a noun, with no
    agent and no day of its own: "three men charged over the robbery pleaded not guilty", "a
    soldier jailed for killing a civilian was pardoned" (the charge and the jailing are who
    they are; "a woman charged on Monday with murder", "suspects detained by the navy" stay)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or norm_word(verb.lemma_) not in STATUS_VERBS:
        return False
    if _in_the_dock(verb):
        return False
    return not any(c.dep_ == "agent" or names_day(c) for c in verb.children)


GENERIC_DETERMINERS = frozenset({"all", "any", "every", "each", "no"})
"""Determiners that make a noun a class of things rather than some of them."""
GENERIC_PRONOUNS = frozenset({"those", "anyone", "anybody", "everyone", "everybody"})

CUSTODY_VERBS = frozenset({"hold", "jail", "imprison", "detain", "incarcerate", "intern", "confine"})
"""Participles that tell where people are kept ("prisoners held in Israeli jails"): a state
of custody, not an arrest that day."""
POSITION_VERBS = frozenset({"station", "base", "post", "garrison", "deploy"})
"""Participles that tell where troops or officials are ("soldiers stationed in Mali",
"diplomats posted abroad", "UN troops deployed in the south")."""


def class_participle(verb: Token) -> bool:
    """True for a participle on a noun taken as a class ("all banks receiving state aid",
    "any country violating the embargo", "those found guilty"): it says which things a rule
    or a remark is about, not what anyone did."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBG", "VBN"):
        return False
    if any(c.dep_ == "ccomp" for c in verb.children):
        return False  # "expelled all inspectors, charging that ...": the parser's slip for an advcl
    noun = verb.head
    if noun.lower_ in GENERIC_PRONOUNS:
        return True
    return any(c.dep_ in ("det", "predet") and c.lower_ in GENERIC_DETERMINERS for c in noun.children)


def position_participle(verb: Token, kinds: frozenset[str] = POSITION_VERBS) -> bool:
    """True for a participle of where people are stationed on a noun (of ``kinds`` of
    placing), with no agent and no day of its own ("94 soldiers stationed in Mali fell ill",
    "diplomats posted in Kyiv"): who they are; "troops deployed to the border on Monday" and
    "troops deployed by NATO" stay."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or norm_word(verb.lemma_) not in kinds:
        return False
    return not any(c.dep_ == "agent" or names_day(c) for c in verb.children)


def custody_participle(verb: Token) -> bool:
    """:func:`position_participle` for where people are kept ("the release of prisoners held
    in Israeli jails", "migrants detained in Libya"); the caller checks that the noun names
    people ("exercises held in Norway" are an event)."""
    return position_participle(verb, CUSTODY_VERBS)


def status_holder(tok: Token) -> Token | None:
    """The status participle or passive relative clause on a noun whose act ``tok`` is ("a
    couple accused of defrauding church members", "the officer who was convicted of
    assaulting a suspect", "a leader wanted for the massacre of villagers"), or None; not when
    ``tok`` names a day of its own ("accused of stabbing a shopkeeper on Monday")."""
    node = tok
    for _ in range(3):  # "accused of robbing, beating and threatening": the first conjunct
        if node.dep_ != "conj":
            break
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return None  # "accused of X and who had vowed to burn a mosque": a clause of its own
        node = node.head
    prep = node.head
    if node.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep" or prep.lower_ not in CHARGE_PREPOSITIONS:
        return None  # ("detained during the march": a time, no charge)
    holder = node.head.head
    if holder.dep_ not in CLAUSE_DEPS or holder.tag_ != "VBN" or norm_word(holder.lemma_) not in STATUS_VERBS:
        return None
    if not _on_noun(holder) or _in_the_dock(holder) or any(names_day(t) for t in tok.subtree):
        return None  # (a walk only under the rare act a status names)
    return holder


def names_day(child: Token) -> bool:
    """A verb's bare time phrase ("Thursday") or "on" phrase of a date ("on Monday")."""
    if time_adverbial(child):
        return True
    dated = any(g.ent_type_ == "DATE" for g in child.children)
    return child.dep_ == "prep" and child.lower_ == "on" and dated
