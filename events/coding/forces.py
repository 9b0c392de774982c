"""Verbs of force used of other things (news reading).

The verbs the CAMEO dictionaries give military codes are common words with other senses:
"the bank deployed a fraud detection system", "the governor has amassed a fortune", "the
company recruited 500 engineers" mobilise no armed forces (CAMEO 15x); "the pilgrims set off
for Mecca" detonate nothing (183); "the data demonstrate that the programme worked" is no
protest (141). Each sense is told by the verb's object:

* a verb of mobilising (:data:`MOBILISING_VERBS`) with a direct object mobilises forces only
  when the object names them (troops, police, jets, missiles, a unit, an armed group) or,
  for a state or an armed group, people or a number of them ("mobilised 300,000 men",
  "the rebels recruited children");
* "set off" detonates only something it sets off (a direct object);
* "demonstrate" with an object or a clause shows something;
* a show of force (15x) or a blockade (191) by a person, a firm or any body that neither
  bears arms nor governs ("a specialist conducted tests", "the school held a lockdown drill",
  "the airline postponed the route") is none;
* "came under fire" from or by someone is shooting (193) only when a side bears arms or is
  named by a word of forces ("a convoy came under fire from Taliban fighters"), else
  criticism (111: "the minister came under fire from lawmakers"); "came under attack" from
  two sides that bear no arms is criticism too;
* warplanes and warships that fly or sail to or near a country do not visit it nor bring it
  military aid: they show force (150: "Chinese fighter jets flew into Taiwan's air defence
  zone").

Candidates that fail their sense are dropped: no event is better than a wrong one.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from events.coding.actors import PERSON, Actor, ActorFinder
from events.coding.disputes import BODY_TYPES
from events.coding.parts import FORCE_TYPES, CodedVerb, actor_types
from events.coding.syntax import direct_object

MOBILISING_VERBS = frozenset(
    "mobilize mobilise deploy amass mass station conscript rearm recruit enlist".split()
)
"""Verbs of the CAMEO "mobilise" block (154) that have everyday senses."""
FORCE_NOUNS = frozenset(
    """
    troop soldier force reservist conscript recruit fighter militia militiaman militant police
    policeman officer guard gendarme trooper marine paratrooper commando sniper mercenary
    peacekeeper personnel army navy unit battalion brigade division regiment squad platoon
    tank jet aircraft plane helicopter drone missile rocket warship ship vessel submarine
    destroyer frigate carrier battery artillery weapon warhead bomber launcher defence defense
    """.split()
)
"""Lemmas of forces and their arms, anywhere in the object's phrase ("Patriot missile
systems", "air defence batteries")."""
PEOPLE_NOUNS = frozenset("man men people child children youth boy volunteer member citizen".split())
ARMED_GROUP_TYPES = FORCE_TYPES - {"CRM"}
"""Actor types of forces an object may name ("deployed the National Guard")."""
ARMED_OR_STATE_TYPES = ARMED_GROUP_TYPES | {"GOV"}
"""Actor types that may mobilise people as forces (with a country named alone)."""
STATE_FORCE = ("15", "191")
"""CAMEO codes of force only a state or an armed group uses: shows of force, blockades."""
UNARMED_TYPES = frozenset({"CVL", "BUS", "EDU", "MED", "HLH", "LAB", "AGR", "REF", "NGO"})
"""Actor types of people and bodies that neither bear arms nor govern."""
SHOWING_VERBS = frozenset({"demonstrate"})
"""Protest verbs that with an object or a clause show something."""
ARMS_NOUNS = frozenset(
    """
    tank jet aircraft plane helicopter drone missile rocket warship ship vessel submarine
    destroyer frigate corvette battery artillery howitzer weapon bomber launcher boat system
    """.split()
)
"""Lemmas of craft and arms a state buys."""
ORDERING_VERBS = frozenset({"order"})
"""Verbs whose object with a "from" phrase and no act ordered is bought ("ordered 24 jets
from France")."""
FORCE_GERUNDS = frozenset("target fire strike attack shoot".split())
"""Verbs of force whose "-ing" form also names a kind of gear or data ("targeting data",
"firing systems")."""
GEAR_NOUNS = frozenset(
    """
    data information intelligence coordinate software system pod equipment technology radar
    sensor capability capabilities solution
    """.split()
)
"""Nouns of data and gear that such an "-ing" form modifies (lemmas)."""


def force_senses(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """Drop the candidates whose verb is used in a sense other than force or protest (see
    the module docstring)."""
    for verb in verbs:
        # a show of force (15x) or a blockade (191) is a state's or an armed group's: "a
        # specialist who conducted tests", "the airline postponed the route" are none
        verb.cands = [c for c in verb.cands if not c.code.startswith(STATE_FORCE) or not _unarmed(c.source)]
        lemma = verb.tok.lemma_.lower()
        if lemma in MOBILISING_VERBS:
            verb.cands = [
                c for c in verb.cands if c.code[:2] != "15" or _mobilises(verb.tok, c.source, finder)
            ]
        elif lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.tok.children):
            if not direct_object(verb.tok):
                verb.cands = [c for c in verb.cands if c.code[:3] != "183"]
        elif lemma in SHOWING_VERBS and any(c.dep_ in ("dobj", "ccomp") for c in verb.tok.children):
            verb.cands = [c for c in verb.cands if c.code[:2] != "14"]
        elif lemma in ORDERING_VERBS and _purchase(verb.tok):
            verb.cands = []


def _unarmed(source: Actor | None) -> bool:
    """True for a source all of whose types bear no arms and govern nothing
    (:data:`UNARMED_TYPES`: a person, a firm, a school, the press); a country named alone,
    an alliance, a parliament or no source is not."""
    if source is None or all(m.agent is PERSON for m in source.parts):
        return False  # a name with no role given may be a leader's ("Nasser massed his divisions")
    kinds = actor_types(source)
    return bool(kinds) and kinds <= UNARMED_TYPES


VERBAL_ATTACK_VERBS = frozenset({"attack", "assail", "shoot"})
"""Verbs of force that news uses for criticism of a plan, a decision or words ("shoot" only
with "down": "shot down the governor's plan")."""
JUDGED_THINGS = frozenset(
    """
    budget plan proposal policy decision reform bill law legislation measure record handling
    response remark comment statement speech report strategy approach idea deal agreement
    ruling verdict move stance position rhetoric claim program programme scheme initiative
    agenda appointment nomination choice vote tax taxes tariff tariffs pricing price prices
    product design performance film movie book novel album article column review
    """.split()
)
"""Lemmas of plans, decisions and words, and of the products and works of firms and
artists ("attacked its rival's pricing", "critics attacked the film"), that one attacks by
criticising them."""
NOT_IDEAS = frozenset({"mechanism", "organism", "prism"})
"""Nouns in "-ism" that name no idea."""
CRITICISM_CODE = "111"
VERBAL_ROOTS = frozenset({"18", "19"})


def verbal_attacks(verbs: list[CodedVerb]) -> None:
    """Recode as criticism (CAMEO 111) the force of :data:`VERBAL_ATTACK_VERBS` whose
    direct object is a plan, decision or words (:data:`JUDGED_THINGS`): "the minority
    leader attacked the president's budget as reckless", "critics assailed the ministry's
    proposal", "shot down the governor's plan" criticise the owner the object names (the
    target the roles found there), no assault; so does an attack "over" something between
    two sides that bear no arms ("the opposition leader attacked the prime minister over
    the deal"). "Rebels attacked the government's convoy" stays force, and so does an
    attack by armed men or on "positions" held ("troops attacked rebel positions")."""
    for verb in verbs:
        lemma = verb.tok.lemma_.lower()
        if lemma not in VERBAL_ATTACK_VERBS or (lemma == "shoot" and not _down(verb.tok)):
            continue
        obj = direct_object(verb.tok)
        judged = obj is not None and _judged(obj) and not _held_ground(obj)
        over = any(c.dep_ == "prep" and c.lower_ == "over" for c in verb.tok.children)
        for k, cand in enumerate(verb.cands):
            by_force = _armed(cand.source)
            verbal = (judged and not by_force) or (over and _unarmed_sides(cand.source, cand.target))
            if cand.code[:2] in VERBAL_ROOTS and verbal:
                how = f"{cand.how} verbal-attack"
                verb.cands[k] = dataclasses.replace(cand, code=CRITICISM_CODE, how=how)


def _judged(obj: Token) -> bool:
    """True for a plan, decision, word or work (:data:`JUDGED_THINGS`) or an idea in "-ism"
    ("the film attacks consumerism")."""
    lemma = obj.lemma_.lower()
    if lemma in JUDGED_THINGS:
        return True
    return obj.pos_ == "NOUN" and lemma.endswith("ism") and len(lemma) > 6 and lemma not in NOT_IDEAS


def _held_ground(obj: Token) -> bool:
    """True for "positions" with no "on" phrase: ground an armed side holds ("attacked rebel
    positions near the airport"), not stances ("attacked the party's positions on tax")."""
    return obj.lemma_.lower() == "position" and obj.tag_ == "NNS" and not any(
        c.dep_ == "prep" and c.lower_ == "on" for c in obj.children
    )


def _armed(source: Actor | None) -> bool:
    """True for a source that bears arms (:data:`ARMED_GROUP_TYPES`): troops, rebels or
    police who attack a plan or a position attack it with force ("troops attacked the
    rebels' position on the ridge")."""
    return source is not None and bool(actor_types(source) & ARMED_GROUP_TYPES)


def _unarmed_sides(source: Actor | None, target: Actor | None) -> bool:
    """True when both sides are named, neither may bear arms nor is a country named alone,
    and one is a body or office (:data:`events.coding.disputes.BODY_TYPES`: "the opposition
    leader attacked the prime minister over the deal"; not "a man attacked his neighbour
    over a parking dispute")."""
    if source is None or target is None:
        return False
    kinds = [actor_types(side) for side in (source, target)]
    return all(k and not k & FORCE_TYPES for k in kinds) and any(k & BODY_TYPES for k in kinds)


def _down(verb: Token) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


def _mobilises(verb: Token, source: Actor | None, finder: ActorFinder) -> bool:
    """True when ``verb`` (of :data:`MOBILISING_VERBS`) has no direct object or one that
    names forces, or people mobilised by a state or an armed group."""
    obj = direct_object(verb)
    if obj is None:
        return True
    phrase = [t for t in obj.subtree if t.i <= obj.i or t.dep_ in ("compound", "amod")]
    if any(t.lemma_.lower() in FORCE_NOUNS for t in phrase):
        return True
    if any(actor_types(a) & ARMED_GROUP_TYPES for a in finder.actors_of(obj)):
        return True  # "deployed the National Guard", "stationed the 82nd Airborne"
    people = obj.pos_ == "NUM" or obj.lemma_.lower() in PEOPLE_NOUNS
    kinds = actor_types(source) if source is not None else None
    return people and kinds is not None and (not kinds or bool(kinds & ARMED_OR_STATE_TYPES))


def _purchase(verb: Token) -> bool:
    """True for an order of craft or arms from a seller, with no act ordered: "the navy
    ordered six submarines from a French shipyard", "Egypt ordered frigates and helicopters
    from Italy" buy them; no demand of anyone, no attack."""
    obj = direct_object(verb)
    if obj is None or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    bought = [obj, *obj.conjuncts]
    # (the parser may hang "from" on a joined word: "jets and attack helicopters from France")
    holders = [verb, *(t for b in bought for t in b.subtree)]
    seller = any(c.dep_ == "prep" and c.lower_ == "from" for h in holders for c in h.children)
    return seller and any(t.lemma_.lower() in ARMS_NOUNS for t in bought)


def force_as_modifier(verb: Token) -> bool:
    """True for a verb of force (:data:`FORCE_GERUNDS`) that only modifies the noun the parser
    made its object, right after it, with no subject or auxiliary of its own: an "-ing" form
    before a noun of data or gear ("will supply targeting data", "equipped with targeting
    information"), or a verb the parser joined to a noun before it ("ordered fighter jets and
    attack helicopters"). Such words name things, no attack on anyone."""
    if verb.lemma_.lower() not in FORCE_GERUNDS:
        return False
    obj = direct_object(verb)
    if obj is None or obj.i != verb.i + 1:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    gear = verb.tag_ == "VBG" and (obj.lemma_.lower() in GEAR_NOUNS or obj.lower_ in GEAR_NOUNS)
    joined = verb.dep_ == "conj" and verb.head.pos_ == "NOUN" and verb.tag_ == "VB"
    return gear or joined


UNDER_FIRE_BLOCK = "COME_UNDER"
"""The verb block of "came under fire / attack / shelling from X" (:func:`fire_taken`)."""
SHOOTING_CODE = "193"
TARGETED_NOUNS = FORCE_NOUNS | frozenset(
    "convoy patrol base outpost post position checkpoint camp barracks column garrison".split()
)
"""Lemmas of forces, their arms and the places and columns they hold: what comes under fire
in a fight."""


def fire_taken(verbs: list[CodedVerb]) -> None:
    """Read "came under fire" (the :data:`UNDER_FIRE_BLOCK` block: criticism, 111, by
    default, shooting 193 by its "+ FIRE" pattern) as shooting when a side bears arms
    (:data:`ARMED_GROUP_TYPES`) or is named by a word of forces or of what they hold
    (:data:`TARGETED_NOUNS`: "an army post came under fire from Hezbollah", "a UN convoy came
    under fire from Taliban fighters"), else as criticism ("the minister came under fire from
    opposition lawmakers", "came under Republican fire"); "came under attack" (190) between
    two sides that bear no arms and one of them a body is criticism ("the governor came under
    attack from the opposition party")."""
    for verb in verbs:
        if verb.match.form.block.name != UNDER_FIRE_BLOCK:
            continue
        doc = verb.tok.doc
        spans = _attack_phrases(verb.tok)
        # the one who fires is named in the "under" phrase or its "from/by" phrase, not
        # elsewhere in the sentence ("…, a defence spokesman said")
        verb.cands = [
            c for c in verb.cands if c.source is not None and any(a <= c.source.head <= b for a, b in spans)
        ]
        for k, cand in enumerate(verb.cands):
            armed = any(_bears_arms(side, doc) for side in (cand.source, cand.target))
            if cand.code in (CRITICISM_CODE, SHOOTING_CODE):
                code = SHOOTING_CODE if armed else CRITICISM_CODE
            elif cand.code[:2] in VERBAL_ROOTS and not armed and _unarmed_sides(cand.source, cand.target):
                code = CRITICISM_CODE
            else:
                continue
            if code != cand.code:
                verb.cands[k] = dataclasses.replace(cand, code=code, how=f"{cand.how} fire-taken:{code}")


def _attack_phrases(verb: Token) -> list[tuple[int, int]]:
    """The (first, last) token indices of the "under", "from" and "by" phrases of ``verb``."""
    return [
        (c.left_edge.i, c.right_edge.i)
        for c in verb.children
        if c.dep_ in ("prep", "agent") and c.lower_ in ("under", "from", "by")
    ]


def _bears_arms(side: Actor | None, doc: Doc) -> bool:
    """True for an actor of armed forces or groups, or one whose words name forces or what
    they hold (:data:`TARGETED_NOUNS`)."""
    if side is None:
        return False
    if actor_types(side) & ARMED_GROUP_TYPES:
        return True
    return any(doc[k].lemma_.lower() in TARGETED_NOUNS for k in range(side.start, side.end))


TRAVEL_BLOCK = "TRAVEL"
"""The verb block of travel (fly, travel, arrive, head to): visits 042, aid brought 07x."""
COMBAT_CRAFT = frozenset(
    """
    jet bomber warplane warship fighter destroyer frigate submarine gunboat corvette
    cruiser carrier
    """.split()
)
"""Lemmas of craft of war, whose flight or voyage is no visit and brings no aid."""
VISIT_OR_AID = ("04", "07")
SHOW_OF_FORCE = "150"


def craft_flights(verbs: list[CodedVerb]) -> None:
    """Recode as a show of force (150) a visit or aid (04x, 07x) of the travel block whose
    traveller is named by a craft of war (:data:`COMBAT_CRAFT`): "US bombers flew near
    Venezuela's coast", "Chinese fighter jets flew into Taiwan's air defence zone" (the
    parser's "air defence" read as military aid)."""
    for verb in verbs:
        if verb.match.form.block.name != TRAVEL_BLOCK:
            continue
        doc = verb.tok.doc
        for k, cand in enumerate(verb.cands):
            if not cand.code.startswith(VISIT_OR_AID) or cand.source is None:
                continue
            if doc[cand.source.head].lemma_.lower() in COMBAT_CRAFT:
                how = f"{cand.how} craft-of-war"
                verb.cands[k] = dataclasses.replace(cand, code=SHOW_OF_FORCE, how=how)
