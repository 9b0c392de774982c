"""Verbs told by their objects: release, charge, walking and moving, snatching, firing and
joining in their everyday senses (news reading, after roles).

**What is released: people or a record of them.** CAMEO 0841 is the release of persons or
property held. "Release" and "free" have an everyday sense of publishing or letting out a
thing: "police released a photofit of the suspect", "the ministry released a timeline of the
evacuation of its staff", "the group released an audio recording of a captive". The verb's
dictionary block codes 0841 by default and its patterns name the common things published ("a
statement", "footage", "a sketch" are no event), but such things are many. A release whose
direct object is a common noun that names no actor, with someone named only in its phrase
("of the suspect"), is a record or likeness of that person, not a release of them. People
released keep the code ("released the two aid workers", "released a group of fishermen",
"released two followers of the rebel leader", "released him"), as do the patterns that name
what is held (prisoners, bodies, a ship).

**Who walks out or moves in: protesters or anyone.** "Walk out" is a strike (143) when a
group walks out ("the nurses walked out over pay", "students walked out of class"), not
when one person leaves ("a customer walked out with a winning ticket"); "move into a
building" is an occupation (141) when protesters move in, not when a school or a family
does ("students moved into a new building"). A rampage (145, a riot) by one person is an
assault on whoever is in the way (180): "a gunman went on a rampage in the mall".

**What is charged: a crime or a price.** CAMEO 173 is an arrest or a charge of a crime.
"Charge" is also to ask a price: "the clinic charged patients $300 for a test", "fees charged
to his account". A charge whose verb has an amount of money among its objects (spaCy's MONEY
entity or a currency) or a "to" phrase ("charged to his business") is a price, not an accusation;
"charged the driver with reckless endangerment" stays 173.

**What is snatched: a person or a thing.** "Snatch" is in the dictionary's abduction block
(CAMEO 181): "a man snatched a 6-year-old girl from a playground". Crime news snatches purses,
phones and necklaces far more often: "two men snatched a woman's purse outside a bank" takes
the purse, and whom its phrase names (the owner) is robbed, not abducted: theft (CAMEO 171).
:func:`snatched_things` re-codes an abduction whose undergoer, the verb's object or passive
subject, is a thing: a common noun that is not the target's own word, and that has an owner
(the target, or a possessive: "snatched her handbag"); "snatched swimmers from rough seas"
names no owner and stays.

**Who is fired: a person or a weapon.** "Fire" codes shooting (193) with a target in its "at"
or "on" phrase ("the gunman fired at deputies", "troops fired on protesters"), and the
dictionary's "on +" also takes a date: "The mayor fired two police officers on Monday" read as
the mayor shooting the police (GOV 193 COP). A person fired, named as the verb's direct object
by a role word or a name ("fired two police officers", "fired the prison chief", "fired Officer
James Kerr"), loses a job, which CAMEO does not code: :func:`fired_people` drops such a
shooting. What is fired as a weapon ("fired shots", "fired missiles at X") is no person and
stays.

**What one hits back at: words or force.** "Hit / fire / strike back at" codes force (19x)
in the dictionary. A government that "hit back at Washington's criticism" or a minister who
"fired back at critics, saying ..." answers in words: :func:`retorts` re-codes the force as
criticism (111) when the verb's "at / over / against" phrase names something said or those
who say it (:data:`SPEECH_NOUNS`) or a clause of saying goes with it; "troops fired back at
the gunmen" stays. So "lash" (an assault, 18x): one lashes a government, a body of state or a
country only in words ("the opposition leader lashed the government over prices"), and
:func:`verbal_lashings` re-codes it as criticism; a person lashed stays an assault.

**Whom one joins: a partner or a target.** "Join" codes what is joined by its object
("joined the protest" 141, "joined the sanctions" 163). "France joined Germany in condemning
the test", "Canada joined Britain in imposing sanctions on Iran": the object of "join" is a
partner in an act its "in" phrase names, not the act's target; so it is when the "in" phrase
names the act by a noun ("joined the students in a protest against the mine", "in sanctions
against Russian banks"). :func:`joined_partners` drops such a "join" when that act is itself
coded (it carries the event, with the joiner as its source: FRA 111 the tester, CAN 163
IRN), and otherwise gives the act the target its noun's "against" or "on" phrase names, or
none.

**What is hit: someone, or a place reached or a mark.** "Hit" is an assault (CAMEO 19x)
in the dictionary. In everyday news one also hits a place one reaches or a level one
attains: "the students hit campus next week", "the album hits shelves on Friday", "the
senator hit the campaign trail", "prices hit a record", "sales hit a snag". The school or
campus reached would else be the attack's target ("students hit school" read as EDU 190
EDU). :func:`reached_places` drops the violence of "hit" whose direct object is such a
place or mark (:data:`REACHED_MARKS`, or :data:`REACHED_PLACES` named bare, without a
determiner or number: "hit town", not "hit the school", which a shell or a gunman may).

**Whom one seeks: help, a person or an office.** "Seek" is an appeal (020) for what it names:
"sought talks", "seeks the extradition of". Police who "seek a missing teenager" or "seek a
man who robbed a bank" search for someone, which CAMEO does not code, and the sought person
is no one appealed to; a politician who "will not seek re-election" or "is seeking a second
term" runs for office, which CAMEO does not code either: :func:`sought_people` drops the
appeal of "seek" whose direct object is a person (a name, or a role word that is the
candidate's target) or an office (:data:`OFFICE_NOUNS`) when no pattern coded it.

**Whom one acts on: another or oneself.** "The woman handcuffed herself to the embassy
gate", "the activist chained himself to the railings": an act of coercion (CAMEO 17) whose
direct object is a reflexive pronoun is done to oneself, and a place in its phrases is no
target (:func:`reflexive_acts` drops it). Violence stays: "a suicide bomber blew himself up
outside the gates" is the attack.

**Who disperses: the crowd or those who drive it off.** "Disperse", "scatter" and "break up"
code repression (CAMEO 175) when someone drives a crowd off ("police dispersed the crowd",
"the rally was broken up by riot police"). Used with no object, the crowd itself leaves: "the
protesters dispersed peacefully", "the crowd began to disperse", "the convoy of migrants began
to break up" tells no act against anyone, and the crowd would be its source.
:func:`crowds_dispersing` drops the coercion of such a verb with no direct object that is
not passive.

**Whom one welcomes: a visitor or a decision.** "Welcome" is praise (051) of what is
welcomed ("welcomed the court's decision", "welcomed Sweden into NATO"). A state's visitor
welcomed to or at a place ("welcomed his Vietnamese counterpart to Beijing", "the emir
welcomed the Iranian president at the airport", "was welcomed by the king at the palace") is
received on a visit: CAMEO 043, hosting (036 when it is announced: "will welcome the Chinese
leader to Moscow"). :func:`welcomed_visitors` re-codes the praise when the one welcomed is a
government, legislature, army or elite actor and a "to", "at" or "in" phrase of the verb,
of the visitor or of the host names a place (a place name, a building name or a venue noun).
An aid pattern of an announcement that read the phrase of an object that is no aid ("announced
a review of the aid package for Ukraine") is dropped: :func:`announced_aid_objects`.
Refugees admitted or welcomed ("Canada admitted 25,000 Syrian refugees", "Kenya welcomed
3,000 refugees") are taken in (075), no statement or praise: :func:`admitted_refugees`
re-codes the verb when its direct object is the refugees its candidate targets.

**With whom one dines: a counterpart or one's family.** "Had lunch with the Japanese
prime minister", "held a working dinner with the Greek premier" is a meeting (040, the
dictionary's meal patterns of "have" and "hold"); a meal with private people ("had lunch
with his family", "had dinner with friends") is none: :func:`private_meals` drops it.

**Whom one beats: a person or a rival team.** "Beat", "rout" or "crush" with a game's score
after it ("Manchester United beat Liverpool 2-1", "the Lakers routed the Celtics 120-98") is
a result; :func:`scored_games` drops its violence. Beating a rival in a vote, in a final or
by a margin is left to the dictionary's patterns ("beat her rival by 12 points").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from events.coding.actors import Actor, ActorFinder
from events.coding.modality import PROTEST_ROOT
from events.coding.nesting import future
from events.coding.parts import COERCIVE_ROOTS, FORCE_TYPES, VIOLENT_ROOTS, Candidate, CodedVerb, actor_types
from events.coding.repression import RIOT_CODE
from events.coding.roles import UNCONVENTIONAL_VIOLENCE
from events.coding.syntax import direct_object, is_passive
from events.coding.text import norm_word

RELEASE_CODE = "0841"
"""CAMEO "return, release person(s)"."""
MEASURE_NOUNS = frozenset(
    """
    group batch number handful dozen hundred thousand score couple pair rest remainder
    majority crew family convoy busload boatload planeload
    """.split()
)
"""Lemmas of heads that count or gather the people of their "of" phrase ("a group of
fishermen", "a batch of soldiers")."""


def released_things(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """Drop the release (0841, the verb's default) of a record of someone whose target was
    found in the phrase of the thing released (see the module docstring)."""
    for verb in verbs:
        if verb.match.pattern is None and _thing_object(verb.tok, finder) is not None:
            verb.cands = [
                c for c in verb.cands if c.code != RELEASE_CODE or "target:dobj-phrase" not in c.how.split()
            ]


def _thing_object(verb: Token, finder: ActorFinder) -> Token | None:
    """The direct object of ``verb`` when it is a common noun naming no actor and not a
    number of people ("two followers of the rebel leader"), else None."""
    obj = direct_object(verb)
    if obj is None or obj.pos_ != "NOUN" or finder.names_actor(obj):
        return None
    if any(c.dep_ == "nummod" for c in obj.children):
        return None
    if obj.lemma_.lower() in MEASURE_NOUNS:
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and any(finder.names_actor(c) for c in of.children if c.dep_ == "pobj"):
            return None
    return obj


CHARGE_CODE = "173"
"""CAMEO "arrest, detain, or charge with legal action"."""
PRICE_DEPS = frozenset({"dobj", "dative", "npadvmod", "nsubjpass"})
"""Dependencies of a price charged ("charged them $300", "$5 was charged")."""
CURRENCIES = frozenset(
    """
    dollar euro pound penny cent yen yuan renminbi rupee franc peso real rouble ruble
    shilling naira rand lira dinar dirham riyal won krone krona zloty hryvnia cedi
    """.split()
)
"""Lemmas of currencies, for the amounts the entity recogniser misses ("2,000 euros")."""


def charged_money(verbs: list[CodedVerb]) -> None:
    """Drop the charge (173) of a verb "charge" used of a price (see the module docstring)."""
    for verb in verbs:
        if verb.tok.lemma_.lower() == "charge" and _a_price(verb.tok):
            verb.cands = [c for c in verb.cands if c.code != CHARGE_CODE]


def _a_price(verb: Token) -> bool:
    """True when ``verb`` has an amount of money as an object or a "to" phrase after it, and
    no "with" phrase of a crime ("charged with endangerment and injury to a child", where the parser
    may hang "to a child" on the verb)."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ in PRICE_DEPS and any(
            t.ent_type_ == "MONEY" or (t.pos_ == "NOUN" and t.lemma_.lower() in CURRENCIES)
            for t in child.subtree
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and child.i > verb.i:
            return True
    return False


PROTESTING_TYPES = frozenset({"OPP", "LAB"})
"""Actor types of protesters and unions (the dictionaries' ~OPP, ~LAB)."""


def going_senses(verbs: list[CodedVerb]) -> None:
    """Drop the protest (14x) of "walk out" by one person or "with" something, and of "move
    into" by anyone but protesters; read one person's rampage as an assault (see the module
    docstring)."""
    for verb in verbs:
        lemma = verb.tok.lemma_.lower()
        if lemma == "walk" and (_one_walker(verb.tok) or _with_something(verb.tok)):
            verb.cands = [c for c in verb.cands if not c.code.startswith(PROTEST_ROOT)]
        elif lemma == "move":
            verb.cands = [
                c for c in verb.cands if not c.code.startswith(PROTEST_ROOT) or _protesting(c.source)
            ]
        elif lemma == "go" and _one_walker(verb.tok):
            for cand in verb.cands:
                if cand.code == RIOT_CODE:
                    cand.code = UNCONVENTIONAL_VIOLENCE
                    cand.how += " sense:one-person-rampage"


def _one_walker(verb: Token) -> bool:
    """True when the subject of ``verb`` is one person: a singular noun or name, not
    coordinated with another, nor a group's (:data:`COLLECTIVE_NOUNS`)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ == "conj" for c in subj.children):
        return False
    return subj.tag_ in ("NN", "NNP") and subj.lemma_.lower() not in COLLECTIVE_NOUNS


COLLECTIVE_NOUNS = frozenset(
    """
    union staff workforce crew team delegation opposition class mob crowd gang group band horde
    throng
    """.split()
)
"""Singular nouns of groups that may walk out or riot together."""


def _with_something(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def _protesting(source: Actor | None) -> bool:
    return source is not None and bool(actor_types(source) & PROTESTING_TYPES)


ABDUCTION_CODE = "181"
THEFT_CODE = "171"
SNATCHING = frozenset({"snatch", "grab"})
"""Verbs that take a person or a thing alike ("snatched a girl", "snatched a purse")."""
YOUNG = frozenset("baby babies infant infants newborn newborns child children kid kids".split())
"""People no dictionary names as actors, whom one snatches as often as things."""


def snatched_things(verbs: list[CodedVerb]) -> None:
    """Re-code, in place, snatching a thing ("snatched a woman's purse", "her phone was
    snatched") from abduction (181) to theft (171); the thing's owner stays the target."""
    for verb in verbs:
        tok = verb.tok
        if tok.lemma_.lower() not in SNATCHING:
            continue
        taken = _undergoer(tok)
        if taken is None or taken.pos_ != "NOUN" or taken.ent_type_ or taken.lower_ in YOUNG:
            continue
        for k, cand in enumerate(verb.cands):
            if cand.code != ABDUCTION_CODE:
                continue
            if cand.target is not None and cand.target.start <= taken.i < cand.target.end:
                continue  # the one snatched is the target's own word ("snatched a girl")
            if cand.target is None and not any(c.dep_ == "poss" for c in taken.children):
                continue  # no owner named: maybe people no dictionary knows ("snatched swimmers")
            verb.cands[k] = dataclasses.replace(cand, code=THEFT_CODE, how=f"{cand.how} snatched-thing")


def _undergoer(verb: Token) -> Token | None:
    """What ``verb`` takes: its direct object, else its passive subject."""
    for dep in ("dobj", "nsubjpass"):
        found = next((c for c in verb.children if c.dep_ == dep), None)
        if found is not None:
            return found
    return None


HITTING = frozenset({"hit"})
REACHED_PLACES = frozenset("school campus town land shore home".split())
"""Places one reaches, when named bare after "hit" ("hit town", "hit campus")."""
REACHED_MARKS = frozenset(
    """
    shelf shelves newsstand bookstore screen theater theatre cinema airwave airwaves road
    trail street streets headline headlines record high low peak bottom milestone mark jackpot
    snag roadblock stride note
    """.split()
)
"""What one hits as a place reached or a level attained, with any determiner ("hit the
shelves", "hit the campaign trail", "hit an all-time high", "hit a snag")."""


def reached_places(verbs: list[CodedVerb]) -> None:
    """Drop, in place, the violence (CAMEO 18-20) of "hit" whose direct object is a place
    reached or a mark attained (see the module docstring)."""
    for verb in verbs:
        tok = verb.tok
        if tok.lemma_.lower() not in HITTING or not any(c.code[:2] in VIOLENT_ROOTS for c in verb.cands):
            continue
        obj = direct_object(tok)
        if obj is None or not _reached(obj):
            continue
        verb.cands = [c for c in verb.cands if c.code[:2] not in VIOLENT_ROOTS]


def _reached(obj: Token) -> bool:
    """True when ``obj`` is a mark attained or a place reached, bare (see
    :data:`REACHED_MARKS`, :data:`REACHED_PLACES`)."""
    word = obj.lemma_.lower()
    if word in REACHED_MARKS or obj.lower_ in REACHED_MARKS:
        return True
    bare = not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in obj.children)
    return word in REACHED_PLACES and bare


SEEKING = frozenset({"seek"})
APPEAL_CODE = "020"


OFFICE_NOUNS = frozenset({"reelection", "term", "nomination", "office", "seat",
                          "presidency", "candidacy", "mandate"})
"""What a candidate seeks ("seek re-election", "a second term", "the nomination")."""


def sought_people(verbs: list[CodedVerb]) -> None:
    """Drop, in place, the appeal (020) of "seek" whose direct object is a person or an
    office, coded by no pattern (see the module docstring)."""
    for verb in verbs:
        if verb.tok.lemma_.lower() not in SEEKING or verb.match.pattern is not None:
            continue
        obj = direct_object(verb.tok)
        if obj is None:
            continue
        objects = {c.lemma_.lower().replace("-", "") for c in verb.tok.children if c.dep_ == "dobj"}
        # ("re-election" may be parsed as three objects: "re", "-", "election")
        office = bool(objects & OFFICE_NOUNS) or {"re", "election"} <= objects
        verb.cands = [c for c in verb.cands if not (c.code == APPEAL_CODE and (office or _person(obj, c)))]


REFLEXIVES = frozenset("himself herself themselves itself myself ourselves yourself yourselves".split())


COERCION_ROOT = "17"


def reflexive_acts(verbs: list[CodedVerb]) -> None:
    """Drop, in place, the acts of coercion (CAMEO 17) whose direct object is a reflexive
    pronoun: done to oneself (see the module docstring)."""
    for verb in verbs:
        obj = direct_object(verb.tok)
        if obj is None or obj.lower_ not in REFLEXIVES:
            continue
        verb.cands = [c for c in verb.cands if not c.code.startswith(COERCION_ROOT)]


DISPERSING = frozenset({"disperse", "scatter"})
BREAKING = "break"


def crowds_dispersing(verbs: list[CodedVerb]) -> None:
    """Drop, in place, the coercion (CAMEO 17) of "disperse", "scatter" or "break up" with no
    direct object, not passive: a crowd that leaves (see the module docstring)."""
    for verb in verbs:
        tok = verb.tok
        lemma = tok.lemma_.lower()
        if lemma not in DISPERSING and not (
                lemma == BREAKING and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)):
            continue
        if direct_object(tok) is not None or is_passive(tok):
            continue
        verb.cands = [c for c in verb.cands if not c.code.startswith(COERCION_ROOT)]


SHOOTING_ROOT = "19"
FIRING = frozenset({"fire", "sack"})


def _with_object(verbs: list[CodedVerb], lemmas: frozenset[str]) -> Iterator[tuple[CodedVerb, Token]]:
    """(verb, its direct object) of each verb of ``lemmas`` that has one."""
    for verb in verbs:
        if verb.tok.lemma_.lower() in lemmas and (obj := direct_object(verb.tok)) is not None:
            yield verb, obj


def fired_people(verbs: list[CodedVerb]) -> None:
    """Drop, in place, the force (19x) of "fire" whose direct object is a person."""
    for verb, obj in _with_object(verbs, FIRING):
        kept = [c for c in verb.cands if not (c.code.startswith(SHOOTING_ROOT) and _person(obj, c))]
        if len(kept) != len(verb.cands):
            verb.cands = kept


EXPELLING = frozenset({"expel"})
DEPORTATION_CODE = "174"
PARTY_EXIT_CODE = "160"
PARTY_WORDS = frozenset({"party", "parties"})


def party_expulsions(verbs: list[CodedVerb]) -> None:
    """Recode, in place, a party's expulsion of its members ("the Labour Party expelled the
    former leader", "the ruling party expelled two MPs"): no deportation (174) but the
    member cut off from the party, as the dictionary's "expelled from the party" (160)."""
    for verb in verbs:
        if verb.tok.lemma_.lower() not in EXPELLING or not verb.cands:
            continue
        if any(c.dep_ == "prep" and c.lower_ in EXPULSION_PLACES for c in verb.tok.children):
            continue  # "expelled him from the country": a deportation wherever it is from
        verb.cands = [
            dataclasses.replace(c, code=PARTY_EXIT_CODE, how=f"{c.how} party-expulsion")
            if c.code == DEPORTATION_CODE and c.match.pattern is None and _party_source(c) else c
            for c in verb.cands
        ]


EXPULSION_PLACES = frozenset({"from", "to"})
"""Prepositions of the place one is expelled from or to: a deportation, kept."""


def _party_source(cand: Candidate) -> bool:
    """The candidate's source is a party: a party code (PTY) or a "party" word in its phrase
    ("the ruling party" GOV)."""
    if cand.source is None:
        return False
    code = cand.source.code
    if any(code[i : i + 3] == "PTY" for i in range(0, len(code) - 2, 3)):
        return True
    return any(t.lower_ in PARTY_WORDS for m in cand.source.parts
               for t in cand.verb.doc[m.start : m.end])


def _person(obj: Token, cand: Candidate) -> bool:
    """True when ``obj`` names a person: a name, or a role word of the candidate's target
    ("two police officers", "the chief")."""
    if obj.ent_type_ == "PERSON":
        return True
    return cand.target is not None and any(
        m.agent is not None and m.start <= obj.i < m.end for m in cand.target.parts
    )


RETORT_VERBS = frozenset({"hit", "fire", "strike", "shoot"})
"""Verbs of force that, with "back", also say one answered critics in words ("hit back at")."""
SPEECH_NOUNS = frozenset(
    """
    criticism critic comment remark claim allegation accusation statement report rhetoric
    tweet speech editorial suggestion assertion complaint
    """.split()
)
"""What one answers in words: something said, or those who say it ("critics")."""
RETORT_PREPS = frozenset({"at", "over", "against"})
RETORT_CLAUSE_VERBS = frozenset({"say", "call", "accuse", "describe", "tell", "insist"})
CRITICIZE_CODE = "111"


def retorts(verbs: list[CodedVerb]) -> None:
    """Re-code, in place, the force (19x) of "hit / fire / strike back" answering words
    ("hit back at Washington's criticism", "fired back at critics, saying …", "struck back
    at the senator over his comments") as criticism (111): the phrase names something said
    or its sayers, or a clause of saying goes with it. Force answering force stays ("hit
    back at the rebels with air strikes")."""
    for verb in verbs:
        tok = verb.tok
        if tok.lemma_.lower() not in RETORT_VERBS or not any(c.lower_ == "back" for c in tok.children):
            continue
        if not any(c.code.startswith(SHOOTING_ROOT) for c in verb.cands) or not _answers_words(tok):
            continue
        verb.cands = [
            dataclasses.replace(c, code=CRITICIZE_CODE, how=f"{c.how} sense:retort in words")
            if c.code.startswith(SHOOTING_ROOT) else c
            for c in verb.cands
        ]


def _answers_words(verb: Token) -> bool:
    """True when "back" answers something said: an "at / over / against" phrase names a
    word of :data:`SPEECH_NOUNS`, or a clause of saying hangs on the verb ("saying …")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in RETORT_PREPS and any(
            o.dep_ == "pobj" and norm_word(o.lemma_) in SPEECH_NOUNS for o in child.children
        ):
            return True
        if child.dep_ in ("advcl", "ccomp") and child.lemma_.lower() in RETORT_CLAUSE_VERBS:
            return True
    return False


LASHING = "lash"
ASSAULT_ROOT = "18"
BODY_TYPES = frozenset({"GOV", "LEG", "JUD", "OPP", "PTY", "BUS", "MED", "EDU", "NGO", "IGO", "ELI"})
"""Bodies and office holders one lashes only in words ("lashed the government over prices")."""


def verbal_lashings(verbs: list[CodedVerb]) -> None:
    """Re-code, in place, the assault (18x) of transitive "lash" as criticism (111) when an
    unarmed source lashes a body or office holder (:data:`BODY_TYPES`) or a country: "the
    opposition leader lashed the government over rising prices". A person or crowd lashed
    ("the militants lashed a woman", "police lashed protesters") stays an assault."""
    for verb in verbs:
        if verb.tok.lemma_.lower() != LASHING:
            continue
        verb.cands = [
            dataclasses.replace(c, code=CRITICIZE_CODE, how=f"{c.how} sense:lashed in words")
            if c.code.startswith(ASSAULT_ROOT) and _lashed_in_words(c) else c
            for c in verb.cands
        ]


def _lashed_in_words(cand: Candidate) -> bool:
    """True when an unarmed source (or none) lashes a body, an office holder or a country."""
    if cand.target is None or (cand.source is not None and _armed(cand.source)):
        return False
    types = actor_types(cand.target)
    return not types or (bool(types & BODY_TYPES) and not types & FORCE_TYPES)


JOINING = "join"


ACT_TARGET_PREPS = frozenset({"against", "on"})
"""Prepositions by which a noun of an act names whom it is aimed at ("sanctions against X")."""


def joined_partners(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """Drop, in place, the target a "join" takes from its object when an "in" phrase names
    the act joined in: the whole event when that act is coded itself; else the act's target
    is whom its noun's "against" or "on" phrase names, if anyone (see the module
    docstring)."""
    coded = {v.tok.i for v in verbs if v.cands}
    for verb in verbs:
        tok = verb.tok
        if tok.lemma_.lower() != JOINING or not verb.cands:
            continue
        act = _joined_act(tok)
        obj = direct_object(tok)
        if act is None or obj is None:
            continue
        if act.i in coded:
            verb.cands = []
            continue
        partner = range(obj.left_edge.i, obj.right_edge.i + 1)
        aimed = _aimed_at(act, finder)
        how = "target:act-phrase" if aimed else "target:partner-dropped"
        verb.cands = [
            dataclasses.replace(c, target=aimed, how=f"{c.how} {how}")
            if c.target is not None and c.target.head in partner else c
            for c in verb.cands
        ]


def _aimed_at(act: Token, finder: ActorFinder) -> Actor | None:
    """The first actor a noun of an act names in its "against" or "on" phrase ("sanctions
    against Russian banks"), or None."""
    for prep in act.children:
        if prep.dep_ == "prep" and prep.lower_ in ACT_TARGET_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj" and (found := finder.actors_of(obj)):
                    return found[0]
    return None


NOT_ACTS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "ORG", "NORP"})
"""Entity types of an "in" phrase that names when or where one joined, or whom, not an act
("joined the coalition in 2019", "joined the rebels in Idlib")."""


def _joined_act(verb: Token) -> Token | None:
    """The act ``verb``'s "in" phrase names: a gerund ("joined Germany in *condemning* the
    test") or a common noun ("joined the students in a *protest*", "in *sanctions* against
    Russian banks"), or None."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for c in prep.children:
            if c.dep_ == "pcomp" and c.tag_ == "VBG":
                return c
            if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.ent_type_ not in NOT_ACTS:
                return c
    return None


HOSTING = frozenset({"host"})
HOST_CODES = frozenset({"043", "036"})
"""Hosting, and hosting announced (an intent to meet, 036: "would host Bluesfest")."""
RECURRING = frozenset({"annual", "yearly", "biennial", "inaugural", "weekly", "monthly"})
"""Modifiers of an occasion held again and again: "the yearly Riverfest", "the 40th annual
Pumpkinfest" is an event hosted, no visitor."""
PRIVATE_TYPES = frozenset({"CVL"})


def hosted_occasions(verbs: list[CodedVerb]) -> None:
    """Drop, in place, the diplomatic hosting (043, or 036 announced) of "host" read by the
    verb's default code (no pattern of talks, a summit, a delegation or a dignitary matched)
    when what is hosted is an occasion ("hosted the 40th annual Pumpkinfest", "to host the
    yearly Riverfest") or a private person: a festival, race or show the recogniser took for a
    name ("would host Bluesfest")."""
    for verb in verbs:
        tok = verb.tok
        if tok.lemma_.lower() not in HOSTING:
            continue
        obj = direct_object(tok)
        recurring = obj is not None and _recurring(obj)
        kept = [c for c in verb.cands if not (
            c.code in HOST_CODES and c.match.pattern is None and (recurring or _private(c.target)))]
        if len(kept) != len(verb.cands):
            verb.cands = kept


def _recurring(obj: Token) -> bool:
    """True when the noun ``obj`` is an occasion held again: "annual", "29th" before it."""
    return any(c.lower_ in RECURRING or c.ent_type_ == "ORDINAL" for c in obj.children if c.i < obj.i)


def _private(target: Actor | None) -> bool:
    """True for a target that is only a private person (type CVL, no state of its own role)."""
    return target is not None and actor_types(target) == PRIVATE_TYPES


WEIGHING = frozenset({"weigh"})
CONSIDER_CODE = "014"
BURDEN_PREPS = frozenset({"on", "upon"})


def weighed_on(verbs: list[CodedVerb]) -> None:
    """Drop, in place, the consideration (014) of "weigh" used as a burden: a verb with an
    "on" phrase and no object ("the prospect of new US sanctions weighed on markets", "fears
    of a strike weigh on the rouble") considers nothing; "Washington is weighing sanctions on
    Moscow" (an object) stays."""
    for verb in verbs:
        tok = verb.tok
        if tok.lemma_.lower() not in WEIGHING:
            continue
        children = list(tok.children)
        if any(c.dep_ in ("dobj", "nsubjpass") for c in children):
            continue
        if any(c.dep_ == "prep" and c.lower_ in BURDEN_PREPS for c in children):
            verb.cands = [c for c in verb.cands if c.code != CONSIDER_CODE]


GAME_VERBS = frozenset(
    """
    beat defeat thrash crush rout hammer edge stun overpower trounce whip down outclass
    demolish batter sink upset overcome
    """.split()
)
"""Verbs news uses for winning a game or a match, as well as for violence."""
SCORE = re.compile(r"\d{1,3}[-\u2013]\d{1,3}")
"""A game's score written as one token ("3-0", "120\u201398")."""
SCORE_SPAN = 8
"""How many words after the verb a score may stand ("beat the Celtics 120-98")."""
COUNTED_UNITS = frozenset({"time", "year", "month", "week", "day", "hour", "minute"})


def scored_games(verbs: list[CodedVerb]) -> None:
    """Drop, in place, the violence of a verb of :data:`GAME_VERBS` told with a game's score
    after it: "Manchester United beat Liverpool 2-1", "the Lakers routed the Celtics 120-98",
    "Spain beat England 2 - 1 in the final" are results, not assaults. A beating with no score
    ("police beat a protester") stays."""
    for verb in verbs:
        tok = verb.tok
        if tok.lemma_.lower() not in GAME_VERBS or not any(c.code[:2] in COERCIVE_ROOTS for c in verb.cands):
            continue
        if _score_after(tok):
            verb.cands = [c for c in verb.cands if c.code[:2] not in COERCIVE_ROOTS]


def _score_after(verb: Token) -> bool:
    """True when a score stands within :data:`SCORE_SPAN` words after ``verb``, as one token
    ("2-1") or as two numbers joined by a dash ("2 - 1")."""
    doc = verb.doc
    end = min(len(doc) - 2, verb.i + SCORE_SPAN)
    for k in range(verb.i + 1, end + 1):
        word = doc[k]
        if SCORE.fullmatch(word.text):
            return not _counted(doc, k + 1)
        if word.like_num and doc[k + 1].text in ("-", "\u2013") and doc[k + 2].like_num:
            return not _counted(doc, k + 3)
    return False


def _counted(doc: Doc, k: int) -> bool:
    """True when the word at ``k`` counts what the range before it numbers ("beat him 2-3
    times", "a 20-25 year sentence"): no score."""
    return k < len(doc) and doc[k].lemma_.lower() in COUNTED_UNITS


GAME_NOUNS = frozenset(
    """
    basket layup dunk jumper rebound three-pointer inning innings touchdown homer goal title
    crown championship tournament playoff playoffs semifinal semi-final quarterfinal final
    victory win pitch wicket lap overtime halftime medal trophy cup
    """.split()
)
"""Lemmas of the plays, parts and prizes of a game: a verb of force or threat acting on one
or told in a phrase of one ("attacked the basket", "threatened in the ninth inning", "fought
back from two goals down", "stormed to the title") tells a game."""
SEQUENCE_PREPS = frozenset({"after", "before", "following", "since", "until"})
"""Prepositions of what came before or after: a game noun in their phrase tells a game only
with a score ("after a 54-43 victory"; "attacked the town after their victory" is war)."""
PLAYED_ROOTS = COERCIVE_ROOTS | {"13"}
"""CAMEO roots a game is told in: threats (13) and force (17-20)."""
MATCH_NOUNS = GAME_NOUNS | frozenset("match game friendly fixture qualifier derby rematch".split())
"""Lemmas of a game itself, in whose phrase national teams meet or host one another ("Brazil
will meet Argentina in the final", "England hosted Germany in a friendly") or that they
celebrate ("celebrated the victory"); a fight "during the match" may still be one."""
MEETING_ROOT = "04"
MEETING_INTENT = "036"
CELEBRATION_CODE = "017"


def game_plays(verbs: list[CodedVerb]) -> None:
    """Drop, in place, the threats and force (:data:`PLAYED_ROOTS`) of a verb told of a game:
    its direct object or a phrase of it (or of its adverb: "fought back from two goals down")
    names a play, a part or a prize of one (:data:`GAME_NOUNS`). A side that bears arms keeps
    the code ("troops stormed to victory" is still force)."""
    for verb in verbs:
        if any(c.code[:2] in PLAYED_ROOTS for c in verb.cands) and _game_told(verb.tok, GAME_NOUNS):
            verb.cands = [
                c for c in verb.cands
                if c.code[:2] not in PLAYED_ROOTS or any(_armed(side) for side in (c.source, c.target))
            ]
        if any(_meeting(c.code) for c in verb.cands) and _game_told(verb.tok, MATCH_NOUNS):
            verb.cands = [
                c for c in verb.cands
                if not _meeting(c.code) or not all(_team_like(side) for side in (c.source, c.target))
            ]


def _game_told(verb: Token, nouns: frozenset[str]) -> bool:
    """True when ``verb``'s direct object, or the object of a phrase of the verb or of its
    adverbs and particles, is a game noun (of ``nouns``); in a phrase of
    :data:`SEQUENCE_PREPS` only with a number in it ("after a 54-43 victory")."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "prt"))]
    for head in heads:
        for child in head.children:
            if child.dep_ == "dobj" and head is verb and _game_noun(child, nouns):
                return True
            if child.dep_ != "prep":
                continue
            for obj in child.children:
                if obj.dep_ != "pobj" or not _game_noun(obj, nouns):
                    continue
                if child.lower_ not in SEQUENCE_PREPS or any(c.like_num for c in obj.subtree):
                    return True
    return False


def _armed(side: Actor | None) -> bool:
    """True for an actor that may use force (:data:`FORCE_TYPES`)."""
    return side is not None and bool(actor_types(side) & FORCE_TYPES)


def _game_noun(word: Token, nouns: frozenset[str]) -> bool:
    """True for a common noun of ``nouns``, or such an adjective the parser left as the
    noun ("in the final", "in a friendly")."""
    if word.pos_ != "NOUN" and not (word.pos_ == "ADJ" and word.dep_ in ("pobj", "dobj")):
        return False
    return norm_word(word.lemma_) in nouns


def _meeting(code: str) -> bool:
    """True for a meeting or a visit (04), an intent to meet (036), or a celebration (017:
    "the Australian team ran onto the pitch to celebrate the victory")."""
    return code.startswith(MEETING_ROOT) or code in (MEETING_INTENT, CELEBRATION_CODE)


def _team_like(side: Actor | None) -> bool:
    """True for no actor, a country named alone or private people: what a national team or
    a club is coded as ("Brazil", "the Brazilian side"); an official or a body is none."""
    return side is None or actor_types(side) <= {"CVL"}


AIMING_VERBS = frozenset("target invade conquer".split())
"""Verbs of force that firms and scientists use of markets, buyers and molecules."""
AIMED_THINGS = frozenset(
    """
    market business industry sector segment niche audience customer consumer viewer reader
    listener shopper buyer demographic protein cell gene tumour tumor enzyme receptor
    molecule pathway bacterium bacteria mutation antibody
    """.split()
)
"""Lemmas of markets, buyers and the molecules and cells of a body: what a firm or a drug
targets, invades or conquers without force."""


def aimed_at_things(verbs: list[CodedVerb]) -> None:
    """Drop, in place, the force (18, 19) of a verb of :data:`AIMING_VERBS` whose direct
    object is a market, a kind of buyer or a part of a body (:data:`AIMED_THINGS`): "the
    carmaker invaded the electric vehicle market", "researchers targeted the protein", "the
    campaign targets young voters" is none. A side that bears arms keeps it."""
    for verb in verbs:
        tok = verb.tok
        if tok.lemma_.lower() not in AIMING_VERBS or not any(c.code[:2] in ("18", "19") for c in verb.cands):
            continue
        obj = direct_object(tok)
        if obj is None or norm_word(obj.lemma_) not in AIMED_THINGS:
            continue
        verb.cands = [
            c for c in verb.cands
            if c.code[:2] not in ("18", "19") or any(_armed(side) for side in (c.source, c.target))
        ]


HARM_PARTICIPLES = frozenset({"kill", "injure", "wound", "hurt", "leave"})
"""Verbs of harm that news hangs as a participle on what caused it ("…, killing 22")."""
ACCIDENT_VERBS = frozenset(
    "plunge overturn capsize derail collapse skid veer topple sink flip crash tumble".split()
)
"""Verbs of a vehicle's or a building's accident."""


def accidental_deaths(verbs: list[CodedVerb]) -> None:
    """Drop, in place, the violence (17-20) of a participle of harm hung on an accident:
    "a bus carrying pilgrims plunged into a ravine, killing 22", "a boat capsized off the
    coast, killing dozens", "a drunk driver crashed into a crowd, killing two" are accidents,
    which CAMEO does not code (the parser may even make the passengers the subject). A
    participle whose doer bears arms ("a military truck crashed …" is still no attack; but
    "a bomber crashed his car into the gate, killing six" names an attacker) keeps it."""
    for verb in verbs:
        tok = verb.tok
        if tok.dep_ != "advcl" or tok.lemma_.lower() not in HARM_PARTICIPLES:
            continue
        if tok.head.lemma_.lower() not in ACCIDENT_VERBS:
            continue
        verb.cands = [
            c for c in verb.cands
            if c.code[:2] not in COERCIVE_ROOTS or (c.source is not None and _attacker(c.source, tok.doc))
        ]


ATTACKER_TYPES = frozenset({"REB", "INS", "UAF", "SEP", "RAD"})
ATTACKER_NOUNS = frozenset({"bomber", "attacker", "assailant", "militant", "gunman", "terrorist"})


def _attacker(source: Actor, doc: Doc) -> bool:
    """True for a source that attacks when it crashes into something: an armed group, or a
    bomber, attacker or gunman."""
    if actor_types(source) & ATTACKER_TYPES:
        return True
    return any(doc[k].lemma_.lower() in ATTACKER_NOUNS for k in range(source.start, source.end))


WELCOMING = frozenset({"welcome"})
WELCOME_ROOTS = frozenset({"03", "05"})


def welcomed_into(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """Drop, in place, the praise (05x, or its announced 03x) of "welcome" used of taking
    private people in: "will welcome thirty converts into the faith", "the club welcomed
    three new members into its ranks" receive them into a community (whoever the "into"
    phrase names); "welcomed Sweden into NATO" and "welcomed Finland into the alliance" (a
    state welcomed) stay praise."""
    for verb in verbs:
        tok = verb.tok
        if tok.lemma_.lower() not in WELCOMING:
            continue
        if not any(prep.dep_ == "prep" and prep.lower_ == "into" for prep in tok.children):
            continue
        obj = direct_object(tok)
        welcomed = finder.actors_of(obj) if obj is not None else [c.target for c in verb.cands if c.target]
        if all(_private(a) for a in welcomed):
            verb.cands = [c for c in verb.cands if c.code[:2] not in WELCOME_ROOTS]


PRAISE_CODE = "051"
HOST_CODE = "043"
VISIT_PREPS = frozenset({"to", "at", "in"})
PLACE_ENTS = frozenset({"GPE", "FAC", "LOC"})
VENUES = frozenset(
    """
    palace residence airport capital house headquarters kremlin chancellery airbase summit
    """.split()
)
"""Nouns of the places where a visitor is received ("at the airport", "to the palace")."""
VISITOR_TYPES = frozenset({"GOV", "LEG", "MIL", "ELI"})
"""Actor types of a state's visitor: whom a state welcomes on a visit, not for a decision."""
WELCOME_SIDES = frozenset({"dobj", "nsubjpass", "agent"})


def welcomed_visitors(verbs: list[CodedVerb]) -> None:
    """Re-code, in place, the praise (051, or its announced 032) of "welcome" whose target is
    a state's visitor (:data:`VISITOR_TYPES`) welcomed to or at a place: hosting a visit
    (043, announced 036): "Xi welcomed his Vietnamese counterpart to Beijing", "the emir
    welcomed the Iranian president at the airport in Doha". A decision or an entry welcomed
    ("welcomed the EU's decision", "welcomed Finland into the alliance") stays praise."""
    recoded = {PRAISE_CODE: HOST_CODE, future(PRAISE_CODE): future(HOST_CODE)}
    for verb in verbs:
        tok = verb.tok
        if tok.lemma_.lower() not in WELCOMING or not _welcomed_at_place(tok):
            continue
        for k, cand in enumerate(verb.cands):
            if cand.match.form.block.code != PRAISE_CODE or not _visitor(cand.target):
                continue
            code = recoded.get(cand.code)
            if code is not None:
                verb.cands[k] = dataclasses.replace(cand, code=code, how=f"{cand.how} welcomed-visitor")


ADMITTING = frozenset({"admit", "welcome"})
"""Verbs of praise or avowal that also take people in ("admitted 25,000 refugees")."""
STATEMENT_CODE = "010"
ASYLUM_CODE = "075"
REFUGEE_TYPE = "REF"


def admitted_refugees(verbs: list[CodedVerb]) -> None:
    """Re-code, in place, the statement (010) of "admit" and the praise (051, announced 032)
    of "welcome" whose direct object is refugees, the candidate's REF target: taking them in
    (075, announced 033): "Canada admitted 25,000 Syrian refugees", "Kenya welcomed 3,000
    refugees from Somalia". Welcoming or admitting a thing about refugees ("welcomed the
    decision on refugees") stays."""
    recoded = {
        STATEMENT_CODE: ASYLUM_CODE, PRAISE_CODE: ASYLUM_CODE, future(PRAISE_CODE): future(ASYLUM_CODE)
    }
    for verb, obj in _with_object(verbs, ADMITTING):
        for k, cand in enumerate(verb.cands):
            code = recoded.get(cand.code)
            if code is None or cand.target is None or REFUGEE_TYPE not in actor_types(cand.target):
                continue
            if cand.target.start <= obj.i < cand.target.end:
                verb.cands[k] = dataclasses.replace(cand, code=code, how=f"{cand.how} admitted-refugees")


ANNOUNCING = frozenset({"announce", "unveil"})
"""Verbs whose aid patterns ("announced $50 million in aid for X") read their object's phrases."""
AID_HEADS = frozenset(
    """
    aid assistance help package loan grant funding fund money credit bailout relief support
    donation contribution tranche supply food medicine vaccine dose weapon arm equipment tent
    dollar euro pound yen yuan rupee franc crown krona
    deployment increase boost rise release delivery shipment disbursement transfer dispatch
    provision allocation resumption expansion doubling
    """.split()
)
"""Heads of an object that is aid itself or its giving (money counted or named is too: "$50
million in aid", "a sixfold increase in funding", "the deployment of peacekeepers")."""
AID_ROOT = "07"
AID_INTENT = "033"


def announced_aid_objects(verbs: list[CodedVerb]) -> None:
    """Drop, in place, the aid (07x, or its announced 033x) an announcement's pattern read in
    the phrase of an object that is no aid: "announced a review of the aid package for
    Ukraine", "announced an inquiry into aid for Yemen", "his opposition to the aid package"
    (the review, the inquiry, the opposition are announced, not aid); "announced a new aid
    package for X", "$800 million in military aid" keep it."""
    for verb in verbs:
        tok = verb.tok
        if tok.lemma_.lower() not in ANNOUNCING or verb.match.pattern is None:
            continue
        if not any(c.code.startswith((AID_ROOT, AID_INTENT)) for c in verb.cands):
            continue
        obj = direct_object(tok)
        if obj is None or _aid_head(obj):
            continue
        verb.cands = [c for c in verb.cands if not c.code.startswith((AID_ROOT, AID_INTENT))]


def _aid_head(obj: Token) -> bool:
    """True for an object that is aid or money: an aid noun, a number or an amount."""
    return (
        obj.lemma_.lower() in AID_HEADS
        or obj.ent_type_ == "MONEY"
        or obj.like_num
        or obj.pos_ in ("NUM", "SYM")
    )


def _welcomed_at_place(verb: Token) -> bool:
    """True when a "to", "at" or "in" phrase of ``verb``, of its object or passive subject, or
    of the noun of its "by" phrase names a place: a place or building name, or a venue noun."""
    heads = [verb]
    for c in verb.children:
        if c.dep_ in WELCOME_SIDES:
            heads.append(c)
            if c.dep_ == "agent":
                heads.extend(o for o in c.children if o.dep_ == "pobj")
    return any(
        prep.dep_ == "prep" and prep.lower_ in VISIT_PREPS and any(
            o.dep_ == "pobj" and (o.ent_type_ in PLACE_ENTS or o.lemma_.lower() in VENUES)
            for o in prep.children
        )
        for head in heads
        for prep in head.children
    )


def _visitor(target: Actor | None) -> bool:
    """True for a target of a state's own: its government, legislature, forces or elite."""
    return target is not None and bool(actor_types(target) & VISITOR_TYPES)


MEALS = frozenset({"lunch", "dinner", "breakfast", "meal", "supper", "luncheon"})
MEETING_CODE = "040"


def private_meals(verbs: list[CodedVerb]) -> None:
    """Drop, in place, the meeting (040) of a meal ("had lunch with", "held a working
    dinner with") whose target is not an actor named in its "with" phrase, or only a private
    person: "the senator had lunch with his family", "had dinner with friends at a
    restaurant" is no consultation; "had dinner with the German chancellor" stays."""
    for verb in verbs:
        obj = direct_object(verb.tok)
        if obj is None or obj.lemma_.lower() not in MEALS:
            continue
        partners = _with_phrase(verb.tok) | _with_phrase(obj)
        kept = [c for c in verb.cands if c.code != MEETING_CODE or _dined_with(c.target, partners)]
        if len(kept) != len(verb.cands):
            verb.cands = kept


def _dined_with(target: Actor | None, partners: set[int]) -> bool:
    """True for a target named in a meal's "with" phrase (``partners``) that is no private person."""
    return target is not None and target.head in partners and not _private(target)


def _with_phrase(head: Token) -> set[int]:
    """The token indices of the "with" phrases of ``head``."""
    return {t.i for c in head.children if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree}
