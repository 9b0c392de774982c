"""What an investigation is into (news reading, after roles).

CAMEO splits investigation (090) by its subject: crime or corruption (091), human rights
abuses (092), military action (093), war crimes (094). The verb dictionary's INVESTIGATE
block names these subjects as the verb's object ("investigate the killings" 091), but an
inquiry is as often a noun that another verb opens, launches, conducts or orders, and what it
is into stands in the noun's own words: "opened an investigation into alleged war crimes in
the region" (094), "began a criminal investigation into the landfill's operator"
(091), "launched an investigation into a US airstrike" (093), "set up an inquiry into human
rights abuses" (092). :func:`inquiry_kinds` reads, for an event coded 090 (or 091), the
inquiry noun's modifiers and the objects of its "into", "over" and "for" phrases (and those of
an investigating verb itself, or of the inquiry that a search or raid is "part of": "searched
the home … as part of a federal corruption investigation"), and gives the event the most
specific code they name. Words that merely sound criminal ("the cause of a fire", "the conduct
of two officers") name nothing, and the code stays.

Investigating is also what scientists, engineers and firefighters do to a thing: "scientists
investigate the effects of the smoke on local air quality", "investigators are examining the
cause of the crash", "the panel will examine the impact of the sanctions on Iranian banks".
What such a study is of (a cause, an effect, an origin, a risk) is its topic, and whoever its
phrase names is not investigated: :func:`studied_topics` drops the investigation (09x) of an
investigating verb whose direct object is such a topic noun and whose target was found in that
object's phrase. One with no target stays in the mentions ("detectives are investigating the
source of the threat"); "the feasibility of a peacekeeping force" is CAMEO's own example of
090 and no topic here.

Who is investigated for an act is its doer: "a grand jury is investigating the shooting of a
teenager by a police officer", "formed a committee to investigate the killing of protesters by
security forces", "opened an investigation into the beating of a prisoner by guards". The
dictionary's target is the victim the act's "of" phrase names; :func:`investigated_doers`
makes the actor of the act's "by" phrase the target instead, for acts of harm or of handling
(:data:`DONE_ACTS`: not "a complaint by a resident", whose author is not investigated). Who
is investigated over an allegation is whom its "that" clause has act: "launched an
inquiry into reports that guards beat inmates", "is investigating reports that
Russian troops executed civilians" (:data:`ALLEGATION_NOUNS`).

A raid by prosecutors, tax officials or other civil authorities is law enforcement, not
military force: the verb dictionary codes a police raid ("&COPS") 173 and any other raid 190,
so "German prosecutors raided the offices of a bank", "Russian authorities raided the offices
of a rights group", "tax officials raided the broadcaster's offices" were attacks.
:func:`authority_raids` re-codes such a raid 173 unless it is aimed at an armed group or
forces ("the government raided rebel positions").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Token

from events.coding.actors import Actor, ActorFinder
from events.coding.parts import CodedVerb, actor_types
from events.coding.syntax import direct_object

INVESTIGATE_CODE = "090"
CRIME_CODE = "091"
ABUSE_CODE = "092"
MILITARY_CODE = "093"
WAR_CRIME_CODE = "094"
# the codes an inquiry's subject may make more specific (never the other way round)
REFINED_FROM = frozenset({INVESTIGATE_CODE, CRIME_CODE})

# nouns of an inquiry that verbs open, launch, conduct, order or demand
INQUIRY_NOUNS = frozenset("investigation inquiry probe enquiry".split())
# verbs whose own object or phrase is what is investigated
INVESTIGATING_VERBS = frozenset("investigate probe examine scrutinize scrutinise inspect audit".split())
# the phrases of an inquiry or an investigating verb that say what it is into
SUBJECT_PREPS = frozenset({"into", "over", "for"})
# the phrases of a verb that name the inquiry it is done in ("as part of a … investigation")
PART_PREPS = frozenset({"in", "as"})

# what a study is of: its topic, not someone investigated
TOPIC_NOUNS = frozenset(
    """cause effect impact origin source safety link extent consequence implication
    risk benefit possibility spread quality""".split()
)
INVESTIGATION_ROOT = "09"
# acts whose doer, named in their "by" phrase, is the one investigated
DONE_ACTS = frozenset(
    """killing killings shooting shootings death deaths attack attacks assault beating abuse
    torture treatment mistreatment handling arrest detention raid strike bombing shelling
    disappearance use conduct response massacre rape""".split()
)

# what is alleged, whose "that" clause names the one investigated ("allegations that the mayor
# took bribes")
ALLEGATION_NOUNS = frozenset("allegation accusation claim report suspicion".split())

RAID_LEMMAS = frozenset({"raid"})
MILITARY_FORCE = "190"
POLICE_RAID = "173"
# civil authorities whose raids enforce the law; armed sides whose raids are force
AUTHORITY_TYPES = frozenset({"COP", "JUD", "GOV"})
ARMED_TYPES = frozenset({"MIL", "REB", "INS", "UAF", "SEP", "CRM"})

# the words of each subject, by lemma (from the CAMEO codebook's definitions of 091-094)
WAR_CRIME_WORDS = frozenset("genocide atrocity massacre cleansing".split())
ABUSE_WORDS = frozenset("torture mistreatment ill-treatment".split())
# abuses and violations are of human rights when "rights" modifies them
RIGHTS_HARMS = frozenset("abuse violation".split())
MILITARY_WORDS = frozenset("airstrike shelling bombardment".split())
# strikes and attacks are military when one of these modifies them ("a drone strike")
MILITARY_ATTACKS = frozenset("strike attack raid".split())
MILITARY_MODIFIERS = frozenset("air drone missile rocket military artillery naval".split())
CRIME_WORDS = frozenset(
    """crime corruption fraud murder bribery bribe embezzlement laundering homicide manslaughter
    killing rape theft robbery burglary arson smuggling trafficking extortion racketeering
    kidnapping stabbing kickback graft misconduct criminal""".split()
)


def inquiry_kinds(verbs: list[CodedVerb]) -> None:
    """Give an investigation (090) the code of what it is into (see the module docstring)."""
    for verb in verbs:
        if not any(c.code in REFINED_FROM for c in verb.cands):
            continue  # the cheapest test first: most verbs are no investigation
        code = _subject_code(verb.tok)
        if code is None:
            continue
        for k, cand in enumerate(verb.cands):
            if cand.code in REFINED_FROM and code > cand.code:
                verb.cands[k] = dataclasses.replace(cand, code=code, how=f"{cand.how} inquiry-into:{code}")


def _subject_code(tok: Token) -> str | None:
    """The most specific code the words of what ``tok``'s inquiry is into name, or None."""
    codes = {c for word in _subject_words(tok) if (c := _word_code(word)) is not None}
    return max(codes) if codes else None


def _subject_words(tok: Token) -> Iterator[Token]:
    """The words that say what the inquiry of ``tok`` (an investigating verb, an inquiry
    noun, or a verb that opens, conducts or is done as part of one) is into."""
    lemma = tok.lemma_.lower()
    if lemma in INQUIRY_NOUNS or lemma in INVESTIGATING_VERBS:
        yield from _inquiry_words(tok, verb=lemma in INVESTIGATING_VERBS and tok.pos_ == "VERB")
    opened = False
    for child in tok.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in INQUIRY_NOUNS:
            opened = True
            yield from _inquiry_words(child, verb=False)  # "opened an investigation into …"
        elif child.dep_ == "prep" and child.lower_ in PART_PREPS:
            yield from _part_of_inquiry(child)
    if opened:  # the parser may hang the inquiry's "into" phrase on the verb that opens it
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "into":
                yield from (w for o in child.children if o.dep_ == "pobj" for w in _noun_words(o))


def _inquiry_words(head: Token, verb: bool) -> Iterator[Token]:
    """The modifiers of an inquiry noun ("a criminal investigation", "a war crimes probe")
    and the objects of its subject phrases with theirs; for a verb, its direct object too."""
    for child in head.children:
        if not verb and child.dep_ in ("amod", "compound"):
            yield child
            yield from (c for c in child.children if c.dep_ in ("amod", "compound"))
        elif child.dep_ == "prep" and child.lower_ in SUBJECT_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield from _noun_words(obj)
        elif verb and child.dep_ == "dobj":
            yield from _noun_words(child)
        elif verb and child.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if")
                                                    for m in child.children):
            # "is investigating whether the senator accepted bribes": what the question names
            yield from (w for o in child.children if o.dep_ == "dobj" for w in _noun_words(o))


def _noun_words(noun: Token) -> Iterator[Token]:
    """A noun, its coordinated nouns, and the adjectives and compounds of each."""
    for word in (noun, *(c for c in noun.children if c.dep_ == "conj")):
        yield word
        yield from (c for c in word.children if c.dep_ in ("amod", "compound"))


def _part_of_inquiry(prep: Token) -> Iterator[Token]:
    """The words of an inquiry in whose course an act is done: "in a bribery investigation",
    "as part of a federal corruption investigation"."""
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        if obj.lemma_.lower() == "part":
            obj = next(
                (o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"),
                obj,
            )
        if obj.lemma_.lower() in INQUIRY_NOUNS:
            yield from _inquiry_words(obj, verb=False)


def _word_code(word: Token) -> str | None:
    """The investigation code one word of an inquiry's subject names, or None."""
    lemma = word.lemma_.lower()
    mods = {c.lemma_.lower() for c in word.children if c.dep_ in ("amod", "compound")}
    if lemma in WAR_CRIME_WORDS or (lemma == "crime" and ("war" in mods or _against_humanity(word))):
        return WAR_CRIME_CODE
    if lemma in ABUSE_WORDS or (lemma in RIGHTS_HARMS and "right" in mods):
        return ABUSE_CODE
    if lemma in MILITARY_WORDS or (lemma in MILITARY_ATTACKS and mods & MILITARY_MODIFIERS):
        return MILITARY_CODE
    if lemma in CRIME_WORDS and word.pos_ in ("NOUN", "ADJ", "PROPN"):
        return CRIME_CODE
    return None


def _against_humanity(word: Token) -> bool:
    """ "crimes against humanity"."""
    return any(
        p.dep_ == "prep" and p.lower_ == "against" and any(o.lower_ == "humanity" for o in p.children)
        for p in word.children
    )


def studied_topics(verbs: list[CodedVerb]) -> None:
    """Drop the investigation (09x) of a thing's cause, effect or origin (see the module
    docstring)."""
    for verb in verbs:
        if verb.tok.lemma_.lower() not in INVESTIGATING_VERBS or not _topic_object(verb.tok):
            continue
        verb.cands = [
            c for c in verb.cands
            if not c.code.startswith(INVESTIGATION_ROOT) or "target:dobj-phrase" not in c.how.split()
        ]


def _topic_object(verb: Token) -> bool:
    """True when the direct object of ``verb`` is a topic noun ("the effects of …")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in TOPIC_NOUNS for c in verb.children)


def investigated_doers(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """Make the doer of an investigated act its target (see the module docstring)."""
    for verb in verbs:
        if not any(c.code.startswith(INVESTIGATION_ROOT) for c in verb.cands):
            continue
        act = _investigated_act(verb.tok)
        if act is None:
            continue
        doers = _doers(act, finder) if act.lower_ in DONE_ACTS else _alleged_doers(act, finder)
        if not doers:
            continue
        out = []
        for cand in verb.cands:
            inside = cand.target is not None and act.left_edge.i <= cand.target.head <= act.right_edge.i
            if not cand.code.startswith(INVESTIGATION_ROOT) or not (cand.target is None or inside):
                out.append(cand)
                continue
            aimed = [dataclasses.replace(cand, target=doer, how=f"{cand.how} target:act-by")
                     for doer in doers if cand.source is None or cand.source.code != doer.code]
            out.extend(aimed or [cand])  # (no one but the investigator itself: as it was)
        verb.cands = out


def _investigated_act(tok: Token) -> Token | None:
    """The act noun (or the allegation of one) an investigating verb's object or an inquiry's
    "into" phrase names, or None."""
    lemma = tok.lemma_.lower()
    if lemma in INVESTIGATING_VERBS and tok.pos_ == "VERB":
        obj = direct_object(tok)
        return obj if obj is not None and _investigable(obj) else None
    if lemma in INQUIRY_NOUNS:
        phrases = list(tok.children)
    else:
        inquiry = next(
            (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in INQUIRY_NOUNS), None
        )
        # the parser may hang the inquiry's "into" phrase on the verb that opens it
        phrases = [*inquiry.children, *tok.children] if inquiry is not None else []
    for child in phrases:
        if child.dep_ == "prep" and child.lower_ == "into":
            obj = next((o for o in child.children if o.dep_ == "pobj"), None)
            if obj is not None and _investigable(obj):
                return obj
    return None


def _investigable(noun: Token) -> bool:
    """An act whose doer its "by" phrase names, or an allegation that someone did something."""
    return noun.lower_ in DONE_ACTS or noun.lemma_.lower() in ALLEGATION_NOUNS


def _alleged_doers(allegation: Token, finder: ActorFinder) -> list[Actor]:
    """The actors an allegation's "that" clause has do something ("reports that Russian
    troops executed civilians": the troops), or none."""
    for clause in allegation.children:
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        if clause.dep_ in ("acl", "ccomp") and that:
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            return finder.actors_of(subj) if subj is not None else []
    return []


def _doers(act: Token, finder: ActorFinder) -> list[Actor]:
    """The actors of the "by" phrase of an act noun."""
    for prep in act.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if obj is not None:
                return finder.actors_of(obj)
    return []


def authority_raids(verbs: list[CodedVerb]) -> None:
    """Re-code a raid by civil authorities as law enforcement (see the module docstring)."""
    for verb in verbs:
        if verb.tok.lemma_.lower() not in RAID_LEMMAS:
            continue
        for k, cand in enumerate(verb.cands):
            if cand.code != MILITARY_FORCE or cand.source is None:
                continue
            kinds = actor_types(cand.source)
            if not kinds & AUTHORITY_TYPES or kinds & ARMED_TYPES:
                continue
            if cand.target is not None and actor_types(cand.target) & ARMED_TYPES:
                continue  # "the government raided rebel positions": force
            verb.cands[k] = dataclasses.replace(cand, code=POLICE_RAID, how=f"{cand.how} authority-raid")
