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
  "the airline postponed the route") is none.

Candidates that fail their sense are dropped: no event is better than a wrong one.
"""

from __future__ import annotations

from spacy.tokens import Token

from events.coding.actors import PERSON, Actor, ActorFinder
from events.coding.parts import FORCE_TYPES, CodedVerb, actor_types

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
            if not _object(verb.tok):
                verb.cands = [c for c in verb.cands if c.code[:3] != "183"]
        elif lemma in SHOWING_VERBS and any(c.dep_ in ("dobj", "ccomp") for c in verb.tok.children):
            verb.cands = [c for c in verb.cands if c.code[:2] != "14"]


def _unarmed(source: Actor | None) -> bool:
    """True for a source all of whose types bear no arms and govern nothing
    (:data:`UNARMED_TYPES`: a person, a firm, a school, the press); a country named alone,
    an alliance, a parliament or no source is not."""
    if source is None or all(m.agent is PERSON for m in source.parts):
        return False  # a name with no role given may be a leader's ("Nasser massed his divisions")
    kinds = actor_types(source)
    return bool(kinds) and kinds <= UNARMED_TYPES


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _mobilises(verb: Token, source: Actor | None, finder: ActorFinder) -> bool:
    """True when ``verb`` (of :data:`MOBILISING_VERBS`) has no direct object or one that
    names forces, or people mobilised by a state or an armed group."""
    obj = _object(verb)
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
