"""Harm done in the course of repression, and force used by protesters (news reading, after
roles).

"Police fired rubber bullets and tear gas to clear the road, injuring at least 20 workers":
the dictionary codes "fired ... tear gas" as violent repression (CAMEO 175) and "injuring"
on its own as military force (190). The participle tells what the repression did to whom;
it is the same act, so it keeps the repression's code (175) with the injured as its target,
not a second, military event.

"Protesters stormed the parliament building", "rioters attacked a police station": force
used by a crowd of protesters is a riot (CAMEO 145, protest violently), not the military
force (190) or private assault (180, 182) the verb codes on its own.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from events.coding.actors import Actor, ActorFinder
from events.coding.modality import called
from events.coding.parts import ASSERTED, INTENDED, CodedVerb, actor_types
from events.coding.text import norm_word

REPRESSION_CODE = "175"
# codes a harm verb gets by default ("injuring", "wounding", "killing": KILL's 190) or as
# fire ("shooting": 193), which a repression's consequence takes over
HARM_CODES = frozenset({"180", "190", "193"})
RIOT_CODE = "145"
# force a verb codes whoever uses it: fight, storm, attack (190), assault (180, 182)
FORCE_CODES = frozenset({"180", "182", "190"})
# the nouns that name a crowd of protesters as the actor
PROTESTER_NOUNS = frozenset("protester protestor demonstrator rioter marcher".split())
STRIKE_CODE = "143"
MILITARY_FORCE = "190"
# those whose strike with no object is industrial action: workers and unions, teachers,
# doctors and nurses
STRIKER_TYPES = frozenset({"LAB", "EDU", "HLH"})
# participles of consequence hang on the act as adverbial clauses or conjuncts
CONSEQUENCE_DEPS = frozenset({"advcl", "xcomp", "conj"})


def repression_harms(verbs: list[CodedVerb]) -> None:
    """Re-code, in place, the harm a participle of consequence names ("..., injuring 20
    workers") as the violent repression (175) of the verb it hangs on, when that verb's
    event is repression by the same source."""
    repressors = {
        v.tok.i: {c.source.code for c in v.cands if c.code == REPRESSION_CODE and c.source is not None}
        for v in verbs
    }
    for verb in verbs:
        tok = verb.tok
        if tok.tag_ != "VBG" or tok.dep_ not in CONSEQUENCE_DEPS:
            continue
        sources = repressors.get(tok.head.i)
        if not sources:
            continue
        for k, cand in enumerate(verb.cands):
            if cand.code in HARM_CODES and cand.source is not None and cand.source.code in sources:
                verb.cands[k] = dataclasses.replace(
                    cand, code=REPRESSION_CODE, how=f"{cand.how} repression-harm"
                )


def violent_protests(verbs: list[CodedVerb]) -> None:
    """Re-code, in place, force used by protesters named as such ("protesters stormed the
    parliament", "rioters attacked a police station") as a violent protest (145)."""
    for verb in verbs:
        doc = verb.tok.doc
        for k, cand in enumerate(verb.cands):
            if cand.code not in FORCE_CODES or cand.source is None:
                continue
            if any(m.actor is not None for m in cand.source.parts):
                continue  # a country, an organisation or a known leader
            if norm_word(doc[cand.source.head].lemma_) in PROTESTER_NOUNS:
                verb.cands[k] = dataclasses.replace(cand, code=RIOT_CODE, how=f"{cand.how} violent-protest")


STRIKE_THREAT = "133"  # threaten political dissent or protest: a strike
ATTACK_THREAT = "1384"  # threaten a conventional attack
FORCE_THREATS = frozenset({"138", ATTACK_THREAT})  # threats of force a vow to strike is read as


def threatened_strikes(verbs: list[CodedVerb]) -> None:
    """Re-code, in place, a vow or threat "to strike" by who it is and what it strikes: workers,
    teachers or health staff who strike no one named threaten a strike (133: "the nurses union
    vowed to strike against the hospital", not an attack, 1384), and a strike with an object
    ("Hamas threatened to strike Israeli cities") threatens an attack (1384, not a strike)."""
    for verb in verbs:
        if not any(c.code == STRIKE_THREAT or c.code in FORCE_THREATS for c in verb.cands):
            continue  # (the cheapest test first: the codes)
        strike = next(
            (c for c in verb.tok.children if c.dep_ == "xcomp" and c.lemma_.lower() == "strike"), None
        )
        if strike is None:
            continue
        aimed = any(c.dep_ == "dobj" for c in strike.children)
        for k, cand in enumerate(verb.cands):
            code = cand.code
            if code == STRIKE_THREAT and aimed:
                code = ATTACK_THREAT  # "threatened to strike Israeli cities"
            elif (code in FORCE_THREATS and not aimed and cand.source is not None
                  and not any(m.actor is not None for m in cand.source.parts)
                  and actor_types(cand.source) & STRIKER_TYPES):
                code = STRIKE_THREAT  # "the nurses union vowed to strike"
            if code != cand.code:
                verb.cands[k] = dataclasses.replace(cand, code=code, how=f"{cand.how} strike-threat {code}")


def labour_strikes(verbs: list[CodedVerb]) -> None:
    """Re-code, in place, "strike" with no object and no target done by workers, teachers
    or health staff ("junior doctors struck for five days") as a strike (143); voted for
    ("teachers voted to strike"), it is intended (:func:`events.coding.modality.called`)."""
    for verb in verbs:
        tok = verb.tok
        if tok.lemma_.lower() != "strike" or tok.pos_ != "VERB":
            continue
        if any(c.dep_ == "dobj" for c in tok.children):
            continue  # "struck the factory", "struck a deal"
        for k, cand in enumerate(verb.cands):
            if cand.code != MILITARY_FORCE or cand.source is None or cand.target is not None:
                continue
            if any(m.actor is not None for m in cand.source.parts):
                continue  # a country or an organisation strikes with force
            if actor_types(cand.source) & STRIKER_TYPES:
                modality = INTENDED if cand.modality == ASSERTED and called(tok) else cand.modality
                verb.cands[k] = dataclasses.replace(
                    cand, code=STRIKE_CODE, modality=modality, how=f"{cand.how} labour-strike"
                )


PROTEST_ROOT = "14"
DEMONSTRATE = "141"  # a rally or march (1411-1414 too), not a blockade (144) of a place
# plural number nouns that name a crowd on their own ("Thousands marched", "Dozens
# protested", "Tens of thousands rallied")
CROWD_NUMBERS = frozenset("thousand hundred dozen score million ten".split())
CROWD_CODE = "---CVL"
# buildings whose country (or government) a protest held at them is aimed at
MISSION_NOUNS = frozenset({"embassy", "consulate"})
# prepositions of where a protest is held ("outside the embassy", "in front of it")
SITE_PREPS = frozenset({"outside", "at", "near", "before", "in"})


def _crowd_subject(verb: Token) -> Token | None:
    """The bare number noun that is ``verb``'s subject ("*Thousands* took to the streets",
    "*Tens* of thousands marched"), else None."""
    for child in verb.children:
        if child.dep_ == "nsubj" and _crowd_number(child):
            return child
    if _headline_protest(verb) and _crowd_number(verb.head):
        return verb.head  # "Hundreds of thousands protested" read as a noun phrase
    return None


def _crowd_number(tok: Token) -> bool:
    """True for a plural number noun ("thousands", "dozens")."""
    return tok.tag_ == "NNS" and norm_word(tok.lemma_) in CROWD_NUMBERS


def _mission(prep: Token) -> Token | None:
    """The embassy or consulate a site phrase names ("outside the Russian embassy", "in
    front of the US consulate"), else None."""
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        if pobj.lower_ == "front":  # "in front of the embassy"
            pobj = next((p for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"), pobj)
        if norm_word(pobj.lemma_) in MISSION_NOUNS:
            return pobj
    return None


def _mission_owner(verb: Token, finder: ActorFinder) -> Actor | None:
    """The country whose embassy or consulate a protest is held at ("rallied outside the
    Israeli embassy" -> ISRGOV), None when no such site is named or its country is not told."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in SITE_PREPS:
            continue
        mission = _mission(prep)
        if mission is None:
            continue
        owner = finder.actor_of(mission)
        if owner is not None and not owner.code.startswith("---"):
            return owner
    return None


def protest_sides(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """Fix, in place, the sides of a protest (CAMEO 14x) told only by its crowd and place: a
    bare number is a crowd of civilians ("Thousands took to the streets" -> ``---CVL``, whose
    country the sentence's places give); a city alone is where a rally or march is, no
    target ("the streets of Caracas"), unless it is what the rally is against (a blockade
    keeps the place it blocks: "blocked transport into the capital"); the embassy or
    consulate a protest is held at names whom it is aimed at ("outside the Russian embassy").
    A participle of such a protest with no subject of its own ("Thousands rallied, demanding
    X's resignation") is done by the same crowd. A protest verb the parser hung on its own
    subject as a passive participle (:func:`_headline_protest`) is that subject's."""
    crowds = _crowds(verbs)
    for verb in verbs:
        if not any(c.code.startswith(PROTEST_ROOT) for c in verb.cands):
            crowd = _participle_crowd(verb.tok, crowds)
            if crowd is not None:
                verb.cands[:] = [
                    dataclasses.replace(c, source=crowd, how=f"{c.how} source:crowd-of-protest")
                    if c.source is None else c for c in verb.cands
                ]
            continue
        for k, cand in enumerate(verb.cands):
            if not cand.code.startswith(PROTEST_ROOT):
                continue
            source, target, how = cand.source, cand.target, cand.how
            if source is None and target is not None and _headline_protest(verb.tok):
                source, target, how = target, None, f"{how} source:misread-relative"
            if source is None and verb.tok.i in crowds:
                source, how = crowds[verb.tok.i], f"{how} source:crowd"
            if (target is not None and cand.code.startswith(DEMONSTRATE) and "target:prep:against" not in how
                    and finder.is_city(target)):
                target, how = None, f"{how} target:city-dropped"
            if target is None and (owner := _mission_owner(verb.tok, finder)) is not None:
                target, how = owner, f"{how} target:mission"
            if how != cand.how:
                verb.cands[k] = dataclasses.replace(cand, source=source, target=target, how=how)


def _headline_protest(tok: Token) -> bool:
    """True when the parser read a protest verb as a participle on the noun that is the
    sentence's root ("Filipino activists *protested* in Manila" as "activists who were
    protested"): with no "by" agent and no auxiliary of its own, the noun is who protested."""
    return (
        tok.dep_ == "acl" and tok.tag_ == "VBN"
        and tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in ("agent", "auxpass", "aux", "dobj") for c in tok.children)
    )


def _crowds(verbs: list[CodedVerb]) -> dict[int, Actor]:
    """The crowds named by a bare number that do the sentence's protests, by the index of
    the protest's verb ("*Thousands* rallied")."""
    crowds: dict[int, Actor] = {}
    for verb in verbs:
        if any(c.code.startswith(PROTEST_ROOT) and c.source is None for c in verb.cands):
            crowd = _crowd_subject(verb.tok)
            if crowd is not None:
                crowds[verb.tok.i] = Actor(CROWD_CODE, crowd.left_edge.i, crowd.i + 1, (), crowd.i)
    return crowds


def _participle_crowd(tok: Token, crowds: dict[int, Actor]) -> Actor | None:
    """The crowd of the protest that ``tok``, a participle with no subject of its own, hangs
    on ("rallied, *demanding* ..."), else None."""
    if not crowds or tok.tag_ != "VBG" or tok.dep_ not in CONSEQUENCE_DEPS or tok.head.i not in crowds:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    return crowds[tok.head.i]
