"""Owners of trade measures: a country named as the owner of tariffs, duties, levies,
sanctions, quotas or an embargo is its government, which alone imposes them ("a WTO dispute
over U.S. tariffs on Chinese steel", "retaliate against American tariffs": USAGOV, not the
country as a whole). Read per candidate, on the side's own head word."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from events.cameo import split_actor_code
from events.coding.actors import Actor
from events.coding.dictionaries import Pattern
from events.coding.parts import Candidate, CodedVerb
from events.coding.syntax import direct_object
from events.coding.verbs import OPPOSING_LEMMAS

# nouns of measures only a government imposes
MEASURE_NOUNS = frozenset("tariff duty levy sanction embargo quota".split())
# how a country's name or adjective owns the noun: "U.S. tariffs", "American duties",
# "China's tariffs"
OWNER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
GOVERNMENT_TYPE = "GOV"
# prepositions that name whom a measure hits: "sanctions on Iran", "tariffs against Chinese steel"
AIM_PREPS = frozenset({"on", "against"})
# roots of force: a measure that "hits", "strikes" or "cripples" an economy uses none
FORCE_ROOTS = frozenset({"18", "19", "20"})
# a tax is laid on one's own people and trade as often as on another country's goods: the
# verb block "tax" and the pattern words of a tax ("imposed a tax on", "raised taxes on",
# "scrapped the tax on") code a trade measure only on a country's goods
TAX_BLOCK = "TAX"
TAX_WORDS = frozenset({"tax", "taxes"})
# how a country names the goods it makes: "*American* cars", "*U.S.* almonds", "*Japan's* steel"
GOODS_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
# a ban of a country's goods is a trade measure: the ban verb's default (172) or a pattern word
# "ban" ("imposed a ban on", "lifted its ban on"); its codes and the trade measure's on goods:
# a ban imposed (172; announced 132) is an embargo (163; 1312), one lifted (081; announced
# 0351) eases it (085; 0354): "Russia banned Georgian wine", "lifted its ban on Polish apples"
BAN_BLOCK = "BAN"
BAN_WORD = "ban"
EMBARGO_CODES = {"172": "163", "132": "1312", "081": "085", "0351": "0354"}
# money, not goods: a tax on a country's profits or income is fiscal ("Indian profits can't be
# taxed", "a tax on American earnings")
INCOME_NOUNS = frozenset(
    "profit income earnings revenue revenues wage wages salary salaries wealth property sale sales".split()
)


def measure_owners(verbs: list[CodedVerb]) -> None:
    """Make the bare country that owns a trade measure on either side of a candidate its
    government (``USA`` -> ``USAGOV``), in place; the "how" notes it. A measure that is the
    doer of force is a figure of speech and no event ("U.S. sanctions have hit Iran's
    economy", "Beijing's tariffs on soybeans hit farmers", "farmers hit by tariffs": no 190)."""
    for verb in verbs:
        doc = verb.tok.doc
        if any(c.code[:2] in FORCE_ROOTS for c in verb.cands):
            verb.cands = [c for c in verb.cands if not _measure_force(c, doc)]
        for cand in verb.cands:
            if cand.source is not None and owns_measure(cand.source, doc):
                cand.source = government_of(cand.source)
                cand.how += " source:measure-owner"
            if cand.target is not None and owns_measure(cand.target, doc):
                cand.target = government_of(cand.target)
                cand.how += " target:measure-owner"


def opposed_measures(verbs: list[CodedVerb]) -> None:
    """Who blocks, vetoes or opposes a measure acts on its owner, not on whom the measure
    hits: "Austria threatened to veto new sanctions against Russia", "Hungary pledged to oppose
    the EU's sanctions against Moscow" aim at no Russia (the EU's, its possessor, stays). A
    target named only in the measure's "on / against" phrase is dropped, in place."""
    for verb in verbs:
        tok = verb.tok
        if tok.lemma_ not in OPPOSING_LEMMAS or not verb.cands:
            continue  # (the cheapest test first: a few lemmas)
        obj = direct_object(tok)
        if obj is None:
            continue
        # "sanctions", or "the sanctions package" (a measure compound on the object)
        nouns = [obj, *(c for c in obj.children if c.dep_ == "compound")]
        if not any(n.lemma_.lower() in MEASURE_NOUNS for n in nouns):
            continue
        # (also the phrase right after the object that the parser hung on the verb: "to block
        # new sanctions on Turkey")
        preps = [p for n in nouns for p in n.children if p.dep_ == "prep"]
        preps += [p for p in tok.children if p.dep_ == "prep" and p.i == obj.right_edge.i + 1]
        aimed = {t.i for p in preps if p.lower_ in AIM_PREPS for t in p.subtree}
        for cand in verb.cands:
            if cand.target is not None and cand.target.head in aimed:
                cand.target = None
                cand.how += " target:opposed-measure-aim"


def taxed_goods(verbs: list[CodedVerb]) -> None:
    """Keep a tax (:data:`TAX_BLOCK`, :data:`TAX_WORDS`) only as a measure on a country's
    goods: its candidates whose target is no country named on the taxed goods are dropped,
    in place ("Beijing will tax American cars": USA; "the city raised taxes on residents",
    "the state will tax sugary drinks": nothing). Read per matched verb on its block and
    pattern words, before any tree is walked."""
    for verb in verbs:
        if not _taxing(verb):
            continue  # (the cheapest test first: the block's name and the pattern's words)
        doc = verb.tok.doc
        verb.cands = [c for c in verb.cands if c.target is not None and goods_country(c.target, doc)]


def banned_goods(verbs: list[CodedVerb]) -> None:
    """A ban (:data:`BAN_BLOCK` by its default, or a pattern with the word "ban") whose
    target is a country named on the goods banned is a trade measure (:data:`EMBARGO_CODES`),
    in place: "Moscow banned Georgian wine" 163, "will ban Georgian wine" 1312, "Kyiv lifted
    its ban on Polish apples" 085 (not "banned Russian journalists": RUSMED, nor "banned the
    opposition party")."""
    for verb in verbs:
        if not any(c.code in EMBARGO_CODES for c in verb.cands):
            continue  # (the cheapest test first: the codes, then the block or pattern words)
        pattern = verb.match.pattern
        if pattern is None:
            if verb.match.form.block.name != BAN_BLOCK:
                continue
        elif "BAN" not in pattern.text or not _names(pattern, BAN_WORD):
            continue
        doc = verb.tok.doc
        for cand in verb.cands:
            measure = EMBARGO_CODES.get(cand.code)
            if measure is not None and cand.target is not None and goods_country(cand.target, doc):
                cand.code = measure
                cand.how += " banned-goods"


def _taxing(verb: CodedVerb) -> bool:
    """True for a verb matched as a tax: the block "tax" by its default, or a pattern whose
    words name a tax ("- * TAXES [163]")."""
    pattern = verb.match.pattern
    if pattern is None:
        return verb.match.form.block.name == TAX_BLOCK
    # (a test of the pattern's text first: few name a tax)
    return "TAX" in pattern.text and any(_names(pattern, word) for word in TAX_WORDS)


def _names(pattern: Pattern, word: str) -> bool:
    """True when ``pattern`` has ``word`` among its words after the verb."""
    return any(e.kind == "word" and e.value == word for e in pattern.post)


def goods_country(actor: Actor, doc: Doc) -> bool:
    """True when ``actor`` is a country named as a whole (:func:`bare_country`) on a thing,
    not a person or body: the modifier of a common noun ("*Turkish* textiles", "*U.S.*
    almonds", "*China's* steel"), or the object of "from" on one ("imports from *Vietnam*").
    A people ("wealthy Americans"), a people's noun the dictionaries give a type ("Russian
    oligarchs": RUSELI) or money (:data:`INCOME_NOUNS`: "Indian profits") is no such country."""
    if not bare_country(actor):
        return False
    word = doc[actor.end - 1]  # the country's last word: "States" of "United States"
    if word.dep_ == "pobj" and word.head.lower_ == "from":
        goods = word.head.head  # "imports from Vietnam": the phrase hangs on the goods
    elif word.dep_ in GOODS_DEPS and word.head.i >= actor.end:
        goods = word.head
    else:
        return False
    return goods.pos_ == "NOUN" and goods.lemma_.lower() not in INCOME_NOUNS


def owns_measure(actor: Actor, doc: Doc) -> bool:
    """True when ``actor`` is a country named as a whole (no role, no group) whose head word
    modifies a measure noun ("*U.S.* tariffs", "*Chinese* duties", "*Russia's* sanctions")."""
    if not bare_country(actor):
        return False
    noun = doc[actor.head]  # the head of the actor's phrase: "duties" of "Chinese duties"
    if noun.dep_ in OWNER_DEPS and noun.lemma_.lower() not in MEASURE_NOUNS:
        noun = noun.head  # the source of an event noun: "U.S." of "U.S. tariffs on Chinese steel"
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in MEASURE_NOUNS or actor.end > noun.i:
        return False
    return any(doc[i].dep_ in OWNER_DEPS and doc[i].head == noun for i in range(actor.start, actor.end))


def _measure_force(cand: Candidate, doc: Doc) -> bool:
    """True for force whose doer is named by a measure noun ("U.S. sanctions hit Iran"), also
    as the "by" agent of a passive, whoever the source was taken to be or none ("does not
    want its exporters to be hit by crippling tariffs": no 190 by "it", nor by no one)."""
    if cand.code[:2] not in FORCE_ROOTS:
        return False
    if any(c.dep_ == "agent" and _names_measure(c) for c in cand.verb.children):
        return True
    if cand.source is None:
        return False
    noun = doc[cand.source.head]
    if noun.dep_ in OWNER_DEPS and noun.lemma_.lower() not in MEASURE_NOUNS:
        noun = noun.head
    return noun.lemma_.lower() in MEASURE_NOUNS and noun.dep_ in ("nsubj", "agent", "pobj")


def _names_measure(agent: Token) -> bool:
    """True when the "by" phrase ``agent`` names a measure: "by tariffs", also as the parser
    reads an adjective in -ing ("by crippling tariffs": a gerund and its object)."""
    for word in agent.children:
        if word.dep_ == "pcomp":
            word = next((o for o in word.children if o.dep_ == "dobj"), word)
        if word.lemma_.lower() in MEASURE_NOUNS:
            return True
    return False


def bare_country(actor: Actor) -> bool:
    """True for a country named as a whole ("Hungary", "Polish", "U.S."): no role, no group."""
    parts = split_actor_code(actor.code)
    return bool(parts.country_code) and len(actor.code) == 3 and not parts.known_group_code


def government_of(actor: Actor) -> Actor:
    """A bare country (:func:`bare_country`) as its government: ``USA`` -> ``USAGOV``."""
    return dataclasses.replace(actor, code=actor.code + GOVERNMENT_TYPE)
