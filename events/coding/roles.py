"""Stage 3, roles: who acts (source) and on whom (target) for a matched verb.

The source is the verb's subject (inherited through ``xcomp``/``conj`` chains), or for a
passive the ``by`` agent, the subject of a "when" clause ("were killed when X hit …"), the
origin ("freed from X") or the country it happened in. The target is the passive subject,
the object, a prepositional object (a city in a locative phrase is a place, not a target),
or the subject of a complement clause. A pattern's ``$``/``+`` markers override both.
Coordinated actors give one candidate per pair; a compound subject with no target gives
both directions ("Azerbaijan and Armenia clashed"); ``between`` phrases pair their members;
paired codes (``[032:033]``) add the reversed candidate. A verb the parser hangs on a
reported clause about a thing ("X said the vote was unfair and urged Y …") is the
reporter's own act (:func:`reporters_conjuncts`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Span, Token

from events.cameo import split_actor_code
from events.coding.actors import (
    BACKER_WORDS,
    CIVILIAN,
    LEAVING_OFFICE,
    Actor,
    ActorFinder,
    government_word,
    other_sex,
    pronoun_agrees,
)
from events.coding.dictionaries import ORGANISATION_TYPES
from events.coding.memory import quotation_of
from events.coding.modality import (
    HARMS,
    INTENT_ROOT,
    PROTEST_ROOT,
    REPORT_VERBS,
    THREAT_ROOT,
    blamed_clauses,
    blamed_party,
    must,
    reporting_verb,
)
from events.coding.options import CoderOptions
from events.coding.parts import (
    ARMED_ROLES,
    ASSERTED,
    AUTHORITY_TYPES,
    COERCIVE_ROOTS,
    INTENDED,
    MEDIATION_CODES,
    REPORTED,
    VIOLENT_ACT_NOUNS,
    VIOLENT_ROOTS,
    Candidate,
    CodedVerb,
    Hint,
    Match,
    actor_types,
)
from events.coding.syntax import (
    CHAIN_DEPS,
    CLAUSE_UNDER_VERB_DEPS,
    OBJECT_CONTROL,
    SUBJECT_DEPS,
    WH_WORDS,
    clause_arguments,
    direct_object,
    feeling_phrases,
    found_harmed,
    is_passive,
    linked_clauses,
    own_subject,
    passive_subject,
    several,
    shared_argument,
    subject,
    subtree_no_clauses,
    to_infinitive,
)
from events.coding.text import norm_word
from events.coding.verbs import required_words
from events.coding.words import words_of

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
LAST_WORDED_ROOT = "13"
"""The last CAMEO root before material conflict (01-13: statements, appeals, demands,
accusations, threats; and material cooperation between them). Not coder.VERBAL_ROOTS, which
leaves out material cooperation (06-09)."""
PART_WORDS = frozenset({"several", "some", "many", "most", "few"})
"""Subjects that count part of a group named before them ("and several accused …")."""
PRIVATE_PERSON = frozenset({"CVL"})
"""Types of a speaker who speaks for the body their words name, not for a state."""
SAID_ROOTS = frozenset({"01", "02", "05", "10", "11", "12", "13"})
"""Roots of acts done by saying: the two sides of a "between" phrase in their object are
what is spoken of ("warned of a war between A and B"), not the speaker and the addressee."""
SIGN_CODE = "057"
"""Signing an agreement (in root 05, but done between the two sides: "a deal was signed
between A and B")."""


def _said_of_two_sides(verb: Token, match: Match) -> bool:
    """True when ``verb`` is said by an active subject of its own naming no actor ("analysts warned
    of the risk of a wider war between Israel and Hezbollah", "experts called for talks
    between A and B"): the sides it speaks of do not speak to each other."""
    code = match.code or ""
    return (code[:2] in SAID_ROOTS and not code.startswith(SIGN_CODE)
            and any(c.dep_ == "nsubj" for c in verb.children))


def _mediation(match: Match) -> bool:
    """True when ``match`` mediates, or announces mediation ("would mediate": its pattern's
    045 read as an intent, 036)."""
    pattern = match.pattern.code if match.pattern is not None else None
    return (match.code or "").startswith(MEDIATION_CODES) or (pattern or "").startswith(MEDIATION_CODES)


def _threat_between_others(match: Match, sources: list[Actor], targets: list[Actor]) -> bool:
    """True for a threat (13x) whose targets, two or more, are the sides of a "between"
    phrase none of which is its source ("warned of a war between A and B")."""
    if not (match.code or "").startswith(THREAT_ROOT) or len({a.code for a in targets}) < 2:
        return False
    own = {a.code for a in sources}
    return not any(a.code in own for a in targets)


# PETRARCH-2 reads a gerund after a preposition ("jailed X for helping Y") as a phrase,
# not a verb of the subject's
PETRARCH_CHAIN_DEPS = CHAIN_DEPS - {"pcomp", "prep"}
TARGET_PREPS = frozenset(
    """
    with to against on at into for toward towards from in of upon over about between among
    near across onto by
    """.split()
)
# a passive with no "by" agent takes the origin ("was freed from X") or the actor of the
# event it happened in ("killed in Israeli shelling") as its source; a name heading an "in"
# phrase ("killed in Kharkiv") is where it happened, not who did it
PASSIVE_SOURCE_PREPS = frozenset({"from", "in"})
# verbs that put forces somewhere: their passive "in" phrase names where, never who
PLACING_VERBS = frozenset({"deploy", "station", "base", "post", "garrison"})
# what an event noun of such an "in" phrase was done to ("in the beating *of* a neighbour",
# "in assaults *on* women"), never its agent
VICTIM_PREPS = frozenset({"of", "on", "against"})
# locative prepositions: a city named in them is a place, never an actor of the event
# ("fired at Seoul" aims at a target: "at" is not one of them)
LOCATIVE_PREPS = frozenset({"in", "near", "outside", "inside", "around", "across", "throughout"})
# prepositions of where a happening is ("an inquiry at City Hall", "a probe in Leeds")
SITE_PREPS = LOCATIVE_PREPS | {"at"}
# inquiries in which someone is charged or indicted: where they are held is no agent
INQUIRY_NOUNS = frozenset("investigation inquiry probe case sting scandal".split())
# clauses that tell when or why an agentless passive happened ("were killed when X hit …")
CAUSE_MARKS = frozenset({"when", "as", "after", "while"})
BETWEEN_PREPS = frozenset({"between", "among", "amongst"})
# nouns of happenings whose place is no actor ("protest against the war in Sudan", "held
# talks in Jeddah")
HAPPENINGS = frozenset(
    """
    war conflict violence fighting clash crisis invasion occupation attack bombing shelling
    killing unrest situation aggression genocide crackdown repression offensive hostility
    atrocity abuse persecution bloodshed turmoil chaos famine drought disaster talks talk
    meeting summit negotiation conference ceremony election vote rally protest
    """.split()
)
# documents signed somewhere: "signed a security agreement in Ankara" is not with Turkey (its
# parties are the signers; a ceasefire or truce "in Gaza" names whom it concerns, and stays)
SIGNED_DOCUMENTS = frozenset(
    "agreement deal accord treaty pact memorandum declaration communique protocol charter".split()
)
PLACED_NOUNS = HAPPENINGS | SIGNED_DOCUMENTS
# weapons and attackers named by what they use: a passive "by" one of them ("killed by a
# roadside bomb", "wounded by sniper fire") is an attack by someone unnamed, not an act of a
# thing ("overwhelmed by the missions"); no "fire", "strike" or "car" (accidents, labour)
WEAPON_AGENTS = frozenset(
    """
    bomb device ied explosive explosives explosion blast landmine mine rocket missile shell
    mortar grenade bullet gunfire gunshot sniper gunman gunmen airstrike drone shelling shrapnel
    artillery bombing attacker assailant
    """.split()
)
# natural forces, accidents and diseases: as a verb's subject ("floods in Nigeria displaced
# 20,000", "an earthquake in Turkey destroyed 300 homes") no one acts, and the country of
# their phrase is where it happened, not an actor
HAZARDS = frozenset(
    """
    flood flooding earthquake quake aftershock tremor storm hurricane typhoon cyclone tornado
    drought wildfire bushfire blaze landslide mudslide avalanche tsunami eruption heatwave
    rain rainfall downpour snowstorm blizzard monsoon epidemic pandemic outbreak cholera
    disease virus famine floodwater volcano lightning hailstorm thunderstorm superstorm gale
    snowfall heat
    """.split()
)
# the titles of named storms ("Hurricane Ian", "Cyclone Freddy", "Tropical Storm Eta"), and
# the heads a hazard's compound makes one ("a heat wave", "a cold snap", "the tidal surge")
STORM_TITLES = frozenset("storm hurricane typhoon cyclone tornado superstorm".split())
HAZARD_HEADS = frozenset("wave snap surge spell system front".split())
HAZARD_MODIFIERS = frozenset("heat cold tidal storm dry weather".split())
# wild and farm animals: as a verb's subject ("a bear attacked a hiker", "a hiker mauled by
# a bear") no one acts; a force's animals ("police dogs attacked the protesters") are its own
ANIMALS = frozenset(
    """
    bear dog coyote shark wolf alligator crocodile snake lion tiger leopard cougar puma
    elephant hippo hippopotamus buffalo bull cow horse bee hornet wasp monkey boar jellyfish
    """.split()
)
ANIMAL_HANDLERS = frozenset("police army military k9 k-9 sniffer guard attack".split())
# verbs by which a weapon fired hits someone ("shots, two of which struck him")
HIT_VERBS = frozenset("strike hit wound kill injure graze".split())
# the things fired, launched or dropped in an attack: its instrument, never its target
INSTRUMENTS = frozenset(
    """
    bomb device ied explosive landmine mine rocket missile shell mortar grenade bullet drone
    artillery shrapnel shot round projectile munition warhead barrage salvo
    """.split()
)
# nouns of an act tried: the infinitive they govern was attempted ("an attempt to
# assassinate the governor was thwarted" is an attempted assassination, 185), and the verbs
# whose subject makes the attempt ("made a bid to kill"; "police foiled an attempt": not police)
ATTEMPT_NOUNS = frozenset("attempt bid".split())
ATTEMPT_MAKERS = frozenset("make launch mount stage lead undertake".split())
# acts of policing an agency reports of itself in the passive ("two men were arrested,
# deputies said"): arrest, detain, charge 173; expel 174; repress 175; confiscate 1711;
# investigate 09x
POLICING_CODES = ("173", "174", "175", "1711", "09")
FINE_CODE = "172"  # administrative sanctions: fines, bans, licences revoked, imposed by authorities
# an army reporting an agentless killing or attack on armed opponents ("hundreds of rebels
# were killed in the offensive, the army said") reports its own operation; on civilians or
# its own soldiers it reports someone else's
FIGHTING_TYPES = frozenset({"MIL"})
# the prepositions by which what a passive acts on names whom it concerns ("the border with
# Cambodia", "sanctions against Russia", "charges against the mayor", "one of the lawyers")
PASSIVE_OBJECT_PREPS = frozenset({"with", "against", "on", "of"})
NOMINAL_POS = frozenset({"NOUN", "PRON", "NUM"})
# what a government or army announces of its own in the passive ("troops will be sent to the
# border", "two diplomats would be expelled, the ministry said"): force posture 15x,
# reducing relations 16x and closing a border or road 191, acts only a state does to others
# or with its own forces
ANNOUNCED_CODES = ("15", "16", "191")
FORCE_POSTURE = "15"
OPPONENT_TYPES = frozenset({"REB", "INS", "UAF"})
# easing or lifting a measure (yield 08x, intent to yield 035): its target is whom the
# measure was imposed on ("lifted sanctions imposed on X")
EASING_CODES = ("08", "035")
# aid (07) and the verbs naming whom it is meant for ("aid to help refugees")
AID_ROOT = "07"
ASKING_ROOTS = frozenset({"02", "10"})
"""Roots of asking (appeal, demand): "called for X to resign" asks X (:func:`_asked`)."""
HELP_VERBS = frozenset("support help assist aid benefit feed shelter rebuild".split())
# possessives by which a subject names what is its own
OWN_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})
# a person's possessives: "his wife", "her boyfriend" are people of their own
PERSON_POSSESSIVES = frozenset({"his", "her"})
# statements (01x): "reported from Beijing" says where the speaker was
STATEMENT_ROOT = "01"
# demonstrations of military or police power (15x): their object is the source's own forces
SHOW_OF_FORCE = "15"
# conventional military force (fight, small arms) and its private counterpart: force used by
# private persons or criminals is unconventional violence
CONVENTIONAL_FORCE = frozenset({"190", "193"})
UNCONVENTIONAL_VIOLENCE = "180"
PRIVATE_TYPES = frozenset({"CVL", "CRM"})
# military exercises held together: military cooperation (062)
EXERCISE_WORDS = frozenset("EXERCISE EXERCISES DRILL DRILLS GAMES MANEUVERS MANOEUVRES PATROLS".split())
JOINT_EXERCISE_CODE = "062"
# an appeal for information or witnesses
INFORMATION_APPEAL = "0214"
# verbs whose agent stands beside an event rather than taking part in it: a host, a broker
THIRD_PARTIES = frozenset(
    "host mediate broker sponsor organize organise chair facilitate arrange convene guarantee".split()
)
# what courts do to those before them ("was sentenced in federal court"); not what others
# do there ("a complaint filed in district court")
COURT_ACTS = frozenset(
    """
    sentence convict arraign acquit charge indict try fine jail imprison remand grant deny
    free release order bar overturn dismiss
    """.split()
)
SHARING_ROOTS = frozenset({"15", "17", "18", "19", "20"})
"""The CAMEO roots of force and coercion, whose verbs act on someone and share the object of
the verb coordinated after them ("shot and killed a man", "arrested and charged two men")."""
VERDICT_WORDS = frozenset({"guilty", "innocent", "liable"})
"""What a court or a jury finds someone ("found the man guilty of murder")."""


def _verdict_subject(verb: Token) -> Token | None:
    """The subject of a verdict adjective (:data:`VERDICT_WORDS`) the parser read as a
    clause of ``verb``: "found [the officer] guilty" ("officer" the subject of "guilty")."""
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "xcomp", "oprd") and clause.lower_ in VERDICT_WORDS:
            return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return None


CHARGED_ACTS = frozenset(
    """
    charge indict arraign sentence convict acquit try arrest detain jail imprison book fine
    remand prosecute
    """.split()
)
"""What police and courts do to the subject of their passive ("was charged with ..."), whose
phrases name the crime and its victim, never the one charged."""


def _charged_unnamed(verb: Token, subj: Token | None) -> bool:
    """True for a passive act of police or a court (:data:`CHARGED_ACTS`) whose subject names
    no actor ("She was charged with assaulting a police officer", "the 45-year-old was
    indicted for robbing a bank"): the one charged is unknown, and the victim named in its
    phrases is no target."""
    if norm_word(verb.lemma_) not in CHARGED_ACTS or not is_passive(verb):
        return False
    return (passive_subject(verb) or subj) is not None


# who speaks in a quote, also as the subject an infinitive inherits ("we will try to help")
FIRST_PERSON = frozenset({"i", "we"})
QUOTED_CHAIN = frozenset({"xcomp"})
# pronouns that stand for a person or group named earlier in the sentence
PERSONAL_PRONOUNS = frozenset({"he", "she", "they"})
ONE_PERSON_PRONOUNS = frozenset({"he", "she"})
TELLER_PRONOUNS = ONE_PERSON_PRONOUNS | {"they", "it"}
"""Subjects of a passive that may stand for the teller of its clause (:func:`_teller_acted_on`)."""
REPORTED_BY_OFFICE = frozenset({"COP", "JUD"})
"""Tellers whose "he was arrested", "they were charged" is about others, whatever the act."""
OFFICE_ACT_ROOTS = frozenset({"09", "17"})
"""Acts (investigations, arrests, charges) a state's official tells of others as a rule."""
HOSTILE_ROOTS = frozenset({"11", "12", "13", "16", "17", "18", "19", "20"})
# nouns whose clause says what someone is accused of ("on charges he stole …")
CHARGE_NOUNS = frozenset(
    "charge charges allegation allegations accusation accusations suspicion claims".split()
)
# participles whose "by" agent came with or after a thing, not its author ("questioned the
# plan, followed by X", "a convoy accompanied by X")
BYSTANDER_PARTICIPLES = frozenset(
    "follow precede accompany join attend surround trail watch witness see observe".split()
)
# sending, deploying, withdrawing or refusing to send forces (provide peacekeepers 074,
# retreat 0874, withdraw peacekeepers or monitors 166x, refuse to send 1224, mobilise 154,
# alert 152, offer military aid 0334, cut military aid 162): their object is the source's own
# forces, whose destination or origin is the target
FORCE_CODES = ("074", "0874", "166", "1224", "154", "152", "0334", "162")
FORCE_TYPES = frozenset({"MIL", "PKO"})
FORCE_PREPS = frozenset({"to", "into", "from", "in", "toward", "towards"})
# approval, disapproval and rejection (CAMEO 05, 11, 12): what they judge is someone's act,
# offer or statement, whose author is their target
EVALUATION_ROOTS = frozenset({"05", "11", "12"})
# appeals, demands and protests (CAMEO 02, 10, 14), whose target may be the one whose leaving
# office they ask for
OUSTER_ROOTS = frozenset({"02", "10", "14"})
# complaints and legal cases (CAMEO 11x) and the prepositions naming whom they are against
COMPLAINT_ROOT = "11"
OPPONENT_PREPS = frozenset({"against", "over"})
# verbs that order someone to act (their object is the one ordered)
DIRECTIVE_LEMMAS = frozenset("order instruct direct command tell".split())
# the types of those a government or commander orders to act for it
INSTRUMENT_TYPES = frozenset({"MIL", "COP", "GOV", "SPY"})
# inquiries whose "by" phrase names who speaks through them
INQUIRY_NOUNS = frozenset("investigation inquiry probe report review analysis audit study assessment".split())
# official complaints and cases (114, 115) and the prepositions of the forum they go before
FORUM_CASE_CODES = ("114", "115")
FORUM_PREPS = frozenset({"at", "before", "in"})
# prepositions of the one who receives what a verb sends or gives
RECIPIENT_PREPS = frozenset({"to", "into", "toward", "towards"})

# objects by which a coordinated verb refers back to what the verb before it acted on
# ("criticized the plan and rejected *it*", "... and ultimately dropped *the idea*")
BACK_PRONOUNS = frozenset({"it", "them"})
BACK_DETS = frozenset({"the", "this", "that", "these", "those"})
PROPOSAL_NOUNS = frozenset(
    """
    idea proposal plan offer request demand decision move measure bill motion initiative
    suggestion scheme proposition draft amendment
    """.split()
)

Pair = tuple[Actor | None, Actor | None]
# deps of a clause under the verb whose subject a pronoun of the clause may stand for
GOVERNED_CLAUSE_DEPS = CLAUSE_UNDER_VERB_DEPS | {"conj"}
# intent to cooperate, consultation, diplomatic and material cooperation (CAMEO 03-06):
def _names_people(actor: Actor, doc: Doc) -> bool:
    """True when one of the actor's role words is its head ("the militants", "civilians")
    or the owner of the thing it heads ("the governor's plan"), not a modifier of a thing
    ("military exercises", "the separatist region")."""
    return any(
        m.agent is not None and (m.start <= actor.head < m.end or doc[m.end - 1].dep_ == "poss")
        for m in actor.parts
    )


THEFT = "171"
# verbs whose threat (13x) menaces the one threatened ("threatened the clerk with a knife"),
# unlike a warning or a forecast ("cautioned the teens that ...", "would damage the town")
MENACE_LEMMAS = frozenset({"threaten", "menace"})
STATE_BODIES = frozenset({"---GOV", "---LEG"})
"""Role-only codes under which two differently named sides are two actors (see
:meth:`RoleFinder._same_actor`): a mayor and a council, a governor and a legislature."""

PARTY = "PTY"
"""The CAMEO role of political parties: every party of a country shares its code (DEUPTY)."""


def _party_name(actor: Actor) -> str:
    """The words that name ``actor``'s party ("cdu", "democrats"; "" for none)."""
    for m in actor.parts:
        if (m.agent is not None and m.agent.suffix == PARTY) or (
            m.actor is not None and m.actor.codes[0].code.endswith(PARTY)
        ):
            return m.phrase.lower()
    return ""


UNDERGOER_DEPS = ("dobj", "nsubjpass")
"""A verb's direct object, or a passive's subject: what the act is done to."""
INVESTIGATION = "09"
"""CAMEO's root of investigations: police who investigate a deputy, prosecutors who investigate a
judge investigate another of their kind (see :func:`same_actor`)."""
INVESTIGATORS = frozenset({"COP", "JUD", "MIL", "SPY"})
"""The roles whose investigation of one of their own kind is news (private people "looking
into" a neighbour are not)."""


def same_actor(source: Actor, target: Actor, doc: Doc, distinct_roles: bool, code: str = "",
               menace: bool = False) -> bool:
    """True when an event's two sides are one actor: the same code, unless (with
    ``distinct_roles``) both are only roles named by different words ("the mayor praised
    the council" is GOV -> GOV between two bodies). Only for the bodies of a state
    (:data:`STATE_BODIES`), for violence and theft (``code`` of CAMEO 18-20 or 171: "a
    man shot the clerk", "a woman robbed Ann Lee") and for investigations by police, courts,
    armies and spies (09x: "the state police are investigating a trooper", "prosecutors are
    investigating a judge"): between private persons, schools, firms
    or units of one army other same-code pairs of news text were mostly no event ("a man
    told a friend", "a woman handcuffed herself to her husband"). The same words with one
    code are always one actor (a name the recognizer ran over the verb: "Police said [Hayes
    shot Mills]"; "the two leaders" stands for two actors of two codes). Parties of one
    country share a code (DEUPTY): two named by different words are two actors ("the AfD
    accused the CDU"). A ``menace`` (a threat by a verb of menacing, not a warning) counts
    with violence: "a man threatened the woman with a knife" is menace between two people,
    where "Monica cautioned the teens that ..." is advice."""
    if source.code != target.code:
        return False
    if (source.start, source.end) == (target.start, target.end):
        return True
    if not distinct_roles or not source.parts or not target.parts:
        return True
    if source.code.endswith(PARTY) and _party_name(source) != _party_name(target):
        return False  # "the AfD accused the CDU", "Republicans blamed Democrats": two parties
    if (source.code not in STATE_BODIES and code[:2] not in VIOLENT_ROOTS and not code.startswith(THEFT)
            and not menace
            and not (code.startswith(INVESTIGATION) and source.code[-3:] in INVESTIGATORS)):
        return True
    if any(m.actor is not None for m in (*source.parts, *target.parts)):
        return True
    return doc[source.head].lemma_.lower() == doc[target.head].lemma_.lower()


# coercion and violence: the acts whose actor also causes a passive outcome in their clause
FORCEFUL_ROOTS = frozenset({"17", "18", "19", "20"})
# cooperation whose "against" object is whom it is aimed at, not a partner (05, 06)
OPPOSABLE_ROOTS = frozenset({"05", "06"})
# what a compound subject does with itself ("A and B met", "... agreed to cooperate")
COOPERATION_ROOTS = frozenset({"03", "04", "05", "06"})
# armed and political groups that may be a side of a mediated deal (with countries and authorities)
PARTY_TYPES = frozenset({"REB", "INS", "UAF", "OPP", "SEP", "IGO"})
# judicial cooperation: who is extradited or handed over is what is given, the state or
# authorities that receive them the partner ("Ghana extradited two Nigerian fraud suspects
# to Lagos", "handed over a suspected militant to Afghan authorities")
JUDICIAL_COOPERATION = "063"
# things two sides can only have, reach or trade between them: a compound subject acting on
# one acts on each other ("A and B failed to reach agreement", "traded accusations")
RECIPROCAL_OBJECTS = frozenset(
    """
    agreement deal accord treaty pact ceasefire cease-fire truce armistice settlement compromise
    declaration memorandum communique protocol
    understanding consensus talks negotiation negotiations dialogue ties relations relationship
    fire blows accusations accusation insults threats barbs prisoners ambassadors envoys
    visits partnership alliance war fighting hostilities conflict clashes feud dispute rivalry
    """.split()
)
RECIPROCALS = frozenset({"each other", "one another"})
# phrases of what a deal is about ("a deal on migrants", "an accord over Syria"; :func:`_deal_topic`)
DEAL_TOPIC_PREPS = ("on", "over", "about", "regarding", "concerning")
# CAMEO codes (prefixes) of acts that a compound subject with no object does to each other
# ("Armenian and Azerbaijani troops clashed", "diplomats were expelled from both the West and
# Russia", "A and B broke off relations / talks"); with any other act, beside cooperation
# (03-06), those named together act side by side ("both agencies investigated", "the mayor
# and councillors pushed for a proposal"; sanctions, 163, are imposed together) (news reading)
MUTUAL_CODES = ("19", "160", "161", "162", "164")
# objects of violence that two sides fight out between them ("fought a pitched battle"), unlike
# an attack, a base or a town, which a compound subject repels, storms or bombs together
FIGHT_OBJECTS = frozenset(
    "battle skirmish duel gunfight firefight shootout gunbattle standoff fight brawl".split()
)
# verbs by which two sides give each other the same thing ("exchanged prisoners")
EXCHANGE_VERBS = frozenset({"exchange", "swap", "trade"})
# a curfew (1723), a state of emergency or martial law (1724): imposed on the source's own
# population when the sentence names no one else
EMERGENCY_CODES = frozenset({"1723", "1724"})
# a plea of guilty or not guilty (015, 016: "pleaded not guilty to theft at Leeds Crown Court")
# is made to no one
PLEA_CODES = frozenset({"015", "016"})
PLEA_BLOCK = "PLEAD"
# what one says, decides or does, owned by its actor ("Egypt's statements", "the governor's
# plan"): a reported clause about it has no actor as its subject, only the owner
OWNED_THINGS = frozenset(
    """
    statement remark comment claim allegation plan proposal decision policy budget bill action
    conduct behaviour behavior demand offer response move rhetoric stance
    """.split()
)
# prepositions of the area a curfew or an emergency is imposed on
IMPOSED_PREPS = frozenset({"in", "on", "across", "throughout", "over"})
# cooperative acts a compound subject does together toward a third side or none, never to
# each other: offering or giving aid (033x), offering to mediate (039), visiting (042),
# hosting (043), mediating (045), praising or endorsing (051), defending (052), rallying
# support (053), recognising (054), apologizing (055), forgiving (056) -- "A and B offered to
# host talks", "A and B co-hosted the summit", "the summit is supported by A, B and C"
# (news reading)
ONE_WAY_CODES = frozenset({"039", "042", "043", "045", "051", "052", "053", "054", "055", "056"})
ONE_WAY_PREFIXES = ("033",)
# nouns of the relations two states hold with each other: restoring, establishing or
# normalising them with a compound subject is between its sides
RELATION_NOUNS = frozenset({"relation", "tie", "relationship"})
# verbs of a compound subject's agreement with each other, whatever the agreed act ("A and B
# agreed to allow aid convoys" is agreed between them)
AGREEING_VERBS = frozenset("agree concur sign".split())
# blocks of attending a meeting, summit or exercise: those named together attend it side by
# side, no consultation between them unless the text says they met ("Kenya and Tanzania
# attended the summit", "officials from Chile and Peru took part in the talks") (news reading)
ATTENDING_BLOCKS = frozenset({"ATTEND"})
# nouns of acts whose role-word modifiers say what kind of act, not on whom ("a military
# assault", "police action", "military aid")
# acts of harm whose "on / of / against" phrase names their victim ("the attack on X", "the
# arrest of a journalist"), who is not criticised by one who condemns the act nor the one a
# protest against the act is against ("to protest the death of a student")
HARM_ACTS = frozenset(
    """
    attack bombing shelling killing murder assassination massacre shooting stabbing beating
    strike raid airstrike arrest detention abduction kidnapping execution jailing
    imprisonment torture persecution harassment expulsion deportation vandalism desecration
    death crackdown repression
    """.split()
)
VICTIM_PREPS = frozenset({"on", "of", "against"})
# "the use of force / violence against X": a use of harm whose "against" phrase names its victim
FORCE_NOUNS = frozenset({"force", "violence"})
# words, statements and posts whose "about / on / regarding" phrase names their topic ("the
# remarks about farmworkers"), who is not criticised by one who condemns the words: their
# maker is ("made by X", "by X", "X's remarks")
SPEECH_ACTS = frozenset(
    """
    remark remarks comment comments statement statements word words speech post posts tweet
    tweets claim claims slur slurs joke jokes language rhetoric message messages video
    column op-ed advertisement ad ads
    """.split()
)
TOPIC_OF_WORDS = frozenset({"about", "on", "regarding", "concerning", "toward", "towards"})
ACT_NOUNS = HAPPENINGS | frozenset(
    """
    assault operation operations aid assistance action campaign exercise exercises drill drills
    support cooperation intervention buildup strike strikes raid raids
    """.split()
)


def _from_origin(code: str) -> bool:
    """True when a violent act's "from" phrase is where it came from ("infiltrated from
    Pakistan", "fired rockets from Gaza"), not whom it was done to: all violence (CAMEO
    18-20) but seizing ground (192: "seized the town from government forces")."""
    return code[:2] in VIOLENT_ROOTS and not code.startswith(SEIZE_CODE)


# subjects that are happenings or acts of harm, not actors ("the war in Yemen has killed …")
ACT_SUBJECTS = HAPPENINGS | HARM_ACTS
MEASURE_SUBJECTS = frozenset(
    "practice policy tariff tax law rule regulation decision cut reform budget plan measure ban".split()
)
"""Lemmas of measures and practices, whose owner ("China's trade practices", "the
government's cuts") is no agent of the force or destruction a verb says they did."""
DESTRUCTION_CODE = "1712"


def _force_or_destruction(code: str) -> bool:
    """True for a CAMEO code of violence (18-20) or of destroying property (1712)."""
    return code[:2] in VIOLENT_ROOTS or code == DESTRUCTION_CODE


def _act_agents(noun: Token, finder: ActorFinder) -> list[Actor]:
    """The actors of an act noun's "by" phrase ("the shelling of the district *by the
    RSF*", also where the parser hangs it on a noun of the phrase), or none."""
    return [
        a
        for prep in subtree_no_clauses(noun)
        if prep.dep_ == "prep" and prep.lower_ == "by"
        for obj in prep.children
        if obj.dep_ == "pobj"
        for a in finder.actors_of(obj)
    ]


def _blamed_actors(party: Token, finder: ActorFinder) -> list[Actor]:
    """The actors a blaming clause's phrase names (:func:`modality.blamed_party`): the
    phrase's own ("caused by the militia"), else, for a harm, its doer named by a modifier
    or a "by" phrase ("caused by a *Russian* cyberattack", "by shelling by the RSF")."""
    if found := finder.actors_of(party):
        return found
    if party.lemma_.lower() not in HARMS:
        return []
    doers = [c for c in party.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    return [a for c in doers for a in finder.actors_of(c)] or _act_agents(party, finder)


GERUND_NOUN_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})
"""Where a gerund the parser tagged as a verb stands as a noun ("after the police shooting of
a teenager")."""


def _gerund_doer(verb: Token, match: Match, finder: ActorFinder) -> list[Actor]:
    """The doer of an act of force named by a gerund used as a noun, from the modifier before
    it: a role word of armed force (:data:`ARMED_ROLES`: "after the police shooting of a
    teenager", "over the police beating of a driver") or a named actor not a town ("the
    Russian shelling of Kharkiv"; not "the Quetta shooting"), as the nominal stage reads an
    attack noun's modifiers."""
    return _modifier_doers(verb, finder) if _force_or_destruction(match.code or "") else []


def _modifier_doers(head: Token, finder: ActorFinder, skip: AbstractSet[int] = frozenset()) -> list[Actor]:
    """The actors of the first modifier before an act word that names its doer: a role noun
    of armed force (:data:`ARMED_ROLES`: "the police shooting") or a named actor that is no
    town ("the Russian shelling"; not "the Quetta shooting"); none of ``skip``."""
    for child in head.children:
        if child.i > head.i or child.dep_ not in ("compound", "poss", "amod", "nmod"):
            continue
        found = [
            a for a in finder.actors_of(child)
            if a.start not in skip
            and (a.code[3:6] in ARMED_ROLES if child.pos_ == "NOUN" else any(m.actor for m in a.parts))
            and not finder.is_city(a)
        ]
        if found:
            return found
    return []


def _where_of(actor: Actor, noun: Token) -> bool:
    """True when ``actor`` is named in a phrase of place of ``noun`` ("the war *in Yemen*",
    "fighting *across the Sahel*"), not as its owner or maker."""
    if actor.start <= noun.i < actor.end:
        return False
    tok = noun.doc[actor.start]
    while tok.head != tok and tok != noun:
        if tok.head == noun:
            return tok.dep_ == "prep" and tok.lower_ in LOCATIVE_PREPS
        tok = tok.head
    return False


MUTUAL_WORDS = frozenset("together jointly each mutual mutually bilateral cooperate cooperation".split())
"""Words by which an intent is one of several sides with each other ("pledged to work
*together*", "vowed to *cooperate*", "promised *mutual* support")."""


def _mutual_intent(verb: Token) -> bool:
    """True when the complement of a verb of intent says its sides act with each other
    (:data:`MUTUAL_WORDS`)."""
    return any(
        t.lower_ in MUTUAL_WORDS or norm_word(t.lemma_) in MUTUAL_WORDS
        for c in verb.children if c.dep_ in ("xcomp", "dobj", "prep", "ccomp", "advmod")
        for t in c.subtree
    )


def _mutual_fight(obj: Token) -> bool:
    """True for an object by which two sides fight each other: a fight, battle or skirmish,
    or what belongs to each other ("fought a battle", "shelled each other's positions").
    Another object of violence is the third side both act on or a thing, and a compound
    subject that fights it is allied ("Somali and AU troops repelled the attack")."""
    words = [t.lower_ for t in subtree_no_clauses(obj)]
    text = " ".join(words)
    return norm_word(obj.lemma_) in FIGHT_OBJECTS or "each other" in text or "one another" in text


def _reciprocal(obj: Token) -> bool:
    """True for an object that is "each other" or whose phrase names something two sides
    share (:data:`RECIPROCAL_OBJECTS`: "a deal", "months of fighting")."""
    phrase = subtree_no_clauses(obj)
    return " ".join(t.lower_ for t in phrase) in RECIPROCALS or any(
        t.pos_ == "NOUN" and (t.lower_ in RECIPROCAL_OBJECTS or norm_word(t.lemma_) in RECIPROCAL_OBJECTS)
        for t in phrase
    )


def _deal_topic(verb: Token, match: Match, how: str, targets: list[Actor]) -> bool:
    """True when a cooperative verb (03-06) whose direct object two sides share (a deal, an
    accord: :func:`_reciprocal`) took its targets from a phrase of topic, the verb's or its
    object's ("a deal on migrants", "an accord over Syria"): the topic of what is agreed, not
    a side of it."""
    if (match.code or "")[:2] not in COOPERATION_ROOTS:
        return False
    marks = how.split()
    verb_topic = any(f"target:prep:{p}" in marks for p in DEAL_TOPIC_PREPS)
    if not verb_topic and "target:dobj-phrase" not in marks:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or not all(_reciprocal(o) for o in objects):
        return False
    if verb_topic:
        return True
    topic = {
        t.i for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ in DEAL_TOPIC_PREPS
        for t in c.subtree
    }
    return all(k in topic for a in targets for k in range(a.start, a.end))


def _co_attendance(verb: Token, match: Match) -> bool:
    """True for attending a meeting, summit or conference (040 of :data:`ATTENDING_BLOCKS`)
    that is no talks or deal two sides share (:func:`_reciprocal`): "Kenya and Tanzania
    attended the summit" is no meeting of the two, "A and B took part in talks" is."""
    if match.form.block.name not in ATTENDING_BLOCKS or match.code != "040":
        return False
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]  # "took part in"
    attended = heads[1:] + [
        g for h in heads for c in h.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    # ("talks" as written: its lemma "talk" is no shared thing)
    return not any(_reciprocal(o) or o.lower_ in RECIPROCAL_OBJECTS for o in attended)


class RoleFinder:
    """Finds the sources and targets of matched verbs."""

    def __init__(self, options: CoderOptions):
        self.options = options
        self.chain = CHAIN_DEPS if options.gerund_subjects else PETRARCH_CHAIN_DEPS

    def candidates(
        self, verb: Token, match: Match, finder: ActorFinder, sent: Span
    ) -> tuple[list[Candidate], list[Actor]]:
        """Every (source, target, code) of ``verb``, a side possibly None (filtered later),
        and the verb's sources."""
        sources, targets, how = self.roles(verb, finder, match)
        if match.source_hint is not None and (hinted := _hinted(match.source_hint, sent, finder)):
            sources, how = hinted, how + " source:$"
        hint = match.target_hint
        if hint is not None and hint[1] and self.options.modality and "target:dobj" in how:
            # a target marked before the verb ("- + FOR_*": "held X for questioning") yields
            # to the verb's own object ("a basis for questioning the workers")
            hint = None
        speaker = _trailing_speaker(verb) if self.options.modality else frozenset()
        if speaker and any(a.head in speaker for a in targets):
            # "X shelled Y's towns, Y's army said": who reports the act is not its target
            targets, how = [a for a in targets if a.head not in speaker], how + " target:not-speaker"
        if hint is not None and match.form.block.is_adjective:
            # "pleased by the new tariff rules": what a feeling is about names its target
            # or none (not an actor elsewhere in the sentence)
            hinted = _felt_target(verb, hint[0], finder)
            targets, how = hinted, how + (" target:felt" if hinted else " target:none-felt")
        else:
            hinted = _hinted(hint, sent, finder) if hint is not None else []
        if hint is not None and hinted and not any(a.head in speaker for a in hinted):
            targets, how = hinted, how + " target:+"
            leftwards = hint[1]
            if (
                leftwards
                and match.source_hint is None
                and {a.code for a in sources} <= {a.code for a in targets}
            ):
                # "- NOTED + *": the verb's subject is marked as the target; the source is
                # the actor named before it ("X noted that Y regretted …")
                before = finder.first_in([t for t in sent if t.i < min(a.start for a in targets)])
                if before:
                    sources, how = before, how + " source:before-target"
        if "agent:inanimate" in how:
            return [], list(sources)
        plea = match.form.block.name == PLEA_BLOCK and match.code in PLEA_CODES
        if self.options.modality and targets and plea:
            # "pleaded guilty to theft in Superior Court", "to assaulting an officer": the
            # charge, the court and the victim are no side of the plea
            targets, how = [], how + " target:none-of-a-plea"
        pairs, how = self._pairs(verb, match, sources, targets, how)
        if self.options.modality and (match.code or "") in EMERGENCY_CODES:
            pairs = [(s, _own_population(s, t, verb)) for s, t in pairs]
        cands: list[Candidate] = []
        for source, target in pairs:
            code = match.code or match.reverse or ""
            if source is not None and target is not None and self._same_actor(source, target, verb, code):
                continue
            if (code.startswith(THREAT_ROOT) and source is not None and target is not None
                    and "ccomp-subject" in how and _one_side(source.code, target.code)):
                # "the minister warned that the government would not tolerate ...", "a CIA
                # official threatened that the CIA would cut ties": the speaker's own side
                # threatens; it does not threaten itself (the condition may name whom)
                if any(c.source is source and c.target is None for c in cands):
                    continue
                target = None
            if match.code is not None:
                cands.append(Candidate(verb, match, match.code, source, target, how, match.modality))
            # the passive half of a paired code ([042:043]) belongs to a main verb only:
            # "the leader prepared to attend the Games" has no reverse event
            if (
                match.reverse is not None
                and source is not None
                and target is not None
                and (verb.dep_ != "xcomp" or match.code is None)
            ):
                cands.append(
                    Candidate(verb, match, match.reverse, target, source, how + " paired", match.modality)
                )
        return cands, list(sources)

    def _same_actor(self, source: Actor, target: Actor, verb: Token, code: str) -> bool:
        """True when an event's two sides are one actor (:func:`same_actor`)."""
        menace = code.startswith(THREAT_ROOT) and verb.lemma_.lower() in MENACE_LEMMAS
        return same_actor(source, target, verb.doc, self.options.distinct_roles, code, menace)

    def _pairs(
        self, verb: Token, match: Match, sources: list[Actor], targets: list[Actor], how: str
    ) -> tuple[list[Pair], str]:
        """(source, target) pairs of a verb's sides and the updated ``how``."""
        if (
            len({a.code for a in sources}) >= 2
            and targets
            and all(not any(m.actor for m in a.parts) for a in targets)
            and ("target:prep:with" in how or not all(_names_people(a, verb.doc) for a in targets))
        ):
            # "Tajik and Kyrgyz troops fought with tanks", "Jordan and Britain began joint
            # military exercises": a role-only "with" object, or one whose role is only a
            # modifier of a thing, is no side; the subjects face each other. People named
            # by a role are the target: "troops from Chad and Niger attacked the
            # militants" is both against the militants, not Chad against Niger
            targets = []
        if (
            self.options.modality
            and targets
            and len({a.code[:3] for a in sources}) >= 2
            and any(f"target:prep:{p}" in how.split() for p in (*LOCATIVE_PREPS, "at"))
            and all(_reciprocal(o) for o in verb.children if o.dep_ == "dobj")
            and self._exchanged(verb, match)
        ):
            # "Indian and Pakistani troops exchanged fire in Kashmir", "clashed in X", "signed
            # a declaration at the White House": where sides of two countries fight, meet or
            # sign is no third side; they act on each other
            # (not so with an object of their own: "bombed targets in Yemen")
            targets = []
        if self.options.modality and targets and len({a.code[:3] for a in sources}) >= 2 and _deal_topic(
            verb, match, how, targets
        ):
            # "Britain and France signed a deal on migrants", "A and B reached an accord over
            # Syria": what two sides agree on is no side; they agree with each other
            targets = []
            how += " target:topic-of-a-deal"
        if (
            self.options.modality
            and targets
            and len({a.code for a in sources}) >= 2
            and norm_word(verb.lemma_) in EXCHANGE_VERBS
            and all(not any(m.actor for m in a.parts) for a in targets)
        ):
            # "A and B exchanged prisoners", "swapped ambassadors": what two sides exchange
            # named by its role only is theirs; they act on each other
            targets = []
            how += " target:exchanged"
        if (not sources and ":between" in how and len({a.code for a in targets}) >= 2
                and not _said_of_two_sides(verb, match)):
            if self.options.modality and _mediation(match):
                # "Qatar said it would mediate between Israel and Hamas": the sides are the
                # mediator's targets (its source comes from the clause above), not each other's
                return [(None, t) for t in targets], how + " mediated-sides"
            return both_ways(targets), how + " between"
        if sources and ":between" in how and _threat_between_others(match, sources, targets):
            # "diplomats warned of a new war between Ethiopia and Eritrea": a war the
            # speaker foresees between two others threatens neither
            targets = []
            how += " target:between-others"
        if (
            not targets
            and len(sources) >= 2
            and not (match.code or "").startswith("01")
            and self._exchanged(verb, match)
            # PETRARCH-2 pairs the conjuncts of a verb's own subject only: not a "by" agent
            # or a subject inherited into "by promoting", "to discuss"
            and (
                self.options.pair_inherited_subjects
                or ("source:nsubj" in how and own_subject(verb) is not None)
            )
        ):
            # (statements are made, not exchanged: "A and B said" is no A -> B event)
            return both_ways(sources), how + " compound-subject"
        src_opts: list[Actor | None] = list(sources) or [None]
        tgt_opts: list[Actor | None] = list(targets) or [None]
        pairs = [(s, t) for s in src_opts for t in tgt_opts]
        if self.options.modality and len({a.code[:3] for a in sources}) >= 2:
            # "the Russian and Venezuelan delegations discussed giving Russia a role": of
            # sources from several countries, each acts on the others, not on its own
            # country by name (RUSGOV -> RUS is no event; VENGOV -> RUS is)
            pairs = [(s, t) for s, t in pairs if not _own_country_pair(s, t)] or pairs
        return pairs, how

    def _exchanged(self, verb: Token, match: Match) -> bool:
        """True when a compound subject with no target acts on itself: for cooperation
        codes 03-06 and ``%`` patterns; without ``options.compound_cooperation`` also for
        violence ("A and B clashed", "exchanged fire") and for any verb with no direct
        object; in news reading for a verb with no direct object only for the mutual acts of
        :data:`MUTUAL_CODES`, and for an intent (03) only when agreed or done together
        (:func:`_mutual_intent`). A compound subject that does something to a thing acts on whoever that
        thing concerns, not on each other ("the mayor and the judge lifted the burn ban",
        "both ministers rejected the report")."""
        code = match.code or ""
        if self.options.modality and _co_attendance(verb, match):
            return False  # "A and B attended the summit": the meeting's other sides are not named
        one_way = code in ONE_WAY_CODES or code.startswith(ONE_WAY_PREFIXES)
        if self.options.modality and one_way and norm_word(verb.lemma_) not in AGREEING_VERBS:
            # ("A and B visited each other" still pairs them; "A and B restored diplomatic
            # ties": relations are between them)
            return any(
                " ".join(t.lower_ for t in subtree_no_clauses(o)) in RECIPROCALS
                or o.lemma_.lower() in RELATION_NOUNS
                for o in verb.children
                if o.dep_ == "dobj"
            )
        if self.options.modality and norm_word(verb.lemma_) in EXCHANGE_VERBS:
            return True  # "A and B exchanged prisoners": each gives the other
        compound = match.pattern is not None and any(
            e.kind == "compound" for e in match.pattern.pre + match.pattern.post
        )
        root = code[:2]
        block_root = (match.form.block.code or "")[:2]  # a vow, not a cooperation told in the future
        if self.options.modality and root == INTENT_ROOT == block_root and not compound:
            # "A and B agreed to / pledged to work together" is between them; "opposition
            # leaders and lawyers vowed to stage a sit-in" is a vow they make side by side
            return norm_word(verb.lemma_) in AGREEING_VERBS or _mutual_intent(verb)
        if compound or root in COOPERATION_ROOTS:
            return True
        if self.options.compound_cooperation:
            return False
        # a passive's subject is what is done ("the leak was investigated by A and B", "the
        # convoy was attacked by A and B": A and B acted together on it, not on each other)
        by_agent = self.options.modality and any(c.dep_ == "agent" for c in verb.children)
        objects = [c for c in verb.children if c.dep_ in (UNDERGOER_DEPS if by_agent else ("dobj",))]
        if objects:
            return any(_reciprocal(o) or _mutual_fight(o) for o in objects)
        # "A and B clashed", "fought": sides fighting each other; "the mayor and councillors
        # pushed for a proposal", "both agencies investigated": acting together, on no one
        return not self.options.modality or code.startswith(MUTUAL_CODES)

    def roles(self, verb: Token, finder: ActorFinder, match: Match) -> tuple[list[Actor], list[Actor], str]:
        """(sources, targets, how they were found) for ``verb``."""
        sources: list[Actor] = []
        targets: list[Actor] = []
        how: list[str] = []
        subj = subject(verb, self.chain)
        # (a participle of feeling is its subject's: "was dismayed by X" is about X)
        if (is_passive(verb) and not match.form.block.is_adjective
                and not (self.options.modality and undertaken(verb))):
            sources, targets = self._passive(verb, subj, finder, how, match.code or "")
            if targets and self.options.modality and _fired_passive(verb, match):
                # "80 drones launched by Russia", "rockets fired at Israeli towns": what was
                # fired is the weapon, no target; the verb's phrases may name one
                targets, where = self.object(verb, finder, match, sources)
                how.append(f"target:weapon-passive{':' + where if where else ''}")
            if not sources and self.options.modality and norm_word(verb.lemma_) in COURT_ACTS:
                # "was sentenced in federal court", "arraigned in Superior Court": the court acts
                if sources := _court_in(verb, finder):
                    targets = [a for a in targets if a.code != sources[0].code]
                    how.append("source:court-in")
                elif sources := _authority_where(verb, finder):
                    # "was turned over to the sheriff's department, where she was charged":
                    # the authorities the "where" clause is on charged him
                    targets = [a for a in targets if a.code != sources[0].code]
                    how.append("source:authority-where")
        elif subj is not None and (_hazard(subj) or (self.options.modality and _animal(subj))):
            how.append("source:natural-force")
        elif subj is None and self.options.modality and verb.tag_ == "VBG" and verb.dep_ in GERUND_NOUN_DEPS:
            # "after the police shooting of a teenager": a gerund the parser read as a verb
            if (sources := _gerund_doer(verb, match, finder)):
                how.append("source:gerund-modifier")
        elif subj is not None:
            sources = finder.actors_of(subj)
            if self.options.modality and ACT_SUBJECTS & {norm_word(subj.lemma_), subj.lower_}:
                # "the war in Yemen has killed 150,000 people", "fighting in Sudan killed 40":
                # where a war or an attack happened is not who waged it ("Israel's war in
                # Gaza" is Israel's); "the shelling of Omdurman by the RSF killed 12": the
                # "by" agent shelled, not the place shelled
                agents = _act_agents(subj, finder)
                sources = agents or [a for a in sources if not _where_of(a, subj)]
            elif (self.options.modality and norm_word(subj.lemma_) in MEASURE_SUBJECTS
                  and _force_or_destruction(match.code or "")):
                # "China's trade practices have destroyed thousands of factories": what a
                # measure or a practice does to people is no act of force by its owner ("the
                # department's rule forced companies to ..." is its coercion, and stays)
                sources = []
                how.append("source:measure-dropped")
            if not sources and subj.lower_ in WH_WORDS and verb.dep_ == "relcl":
                sources = finder.actors_of(verb.head)
            how.append(f"source:{subj.dep_}")
            if sources and self.options.modality and (joined := _split_conjunct(subj)) is not None:
                # "Russian Foreign Minister Sergei Lavrov and US Secretary of State Antony
                # Blinken met": the parser made the second of two joined subjects a subject
                # of its own; both act
                known = {a.code for a in sources}
                if more := [a for a in finder.actors_of(joined) if a.code not in known]:
                    sources = sources + more
                    how.append("source:split-conjunct")
            if not sources and self.options.split_subjects and (other := _second_subject(subj)) is not None:
                # "Old foes Gondor and Osgiliath renewed ties": the parser split the subject
                sources = finder.actors_of(other)
            if not sources and self.options.pronoun_antecedents and subj.pos_ == "PRON":
                # "Ethiopia indicated it would act": "it" is the governing clause's subject
                if found := _antecedent(verb, finder):
                    sources = found
                    how.append("source:antecedent")
            if not sources and self.options.modality and (found := _inquiry_author(subj, match, finder)):
                # "an investigation by Dutch prosecutors concluded that Russia was behind it"
                sources = found
                how.append("source:inquiry-by")
            if not sources and self.options.modality and subj.pos_ == "PRON":
                if found := _noun_clause_antecedent(verb, subj, finder):
                    sources = found
                    how.append("source:antecedent-of-noun-clause")
            if (
                not sources
                and self.options.modality
                and subj.lower_ in ONE_PERSON_PRONOUNS
                and not finder.named_before(subj)
            ):
                # "X said he would …": the governing clause's subject; "the man shot the
                # clerk before he fled": the person named before
                if found := _antecedent(verb, finder, person=subj.lower_):
                    sources = found
                    how.append("source:antecedent")
                elif found := finder.person_before(subj):
                    sources = found
                    how.append("source:person-before")
            if not sources and subj.pos_ == "PRON" and finder.memory is not None:
                # "Senator Ann Lee spoke at the rally. She said ...": named before in the article
                if found := finder.memory.pronoun(subj, finder):
                    sources = found
                    how.append("source:article-antecedent")
            if (
                not sources
                and verb.dep_ == "acl"
                and subj.i == verb.head.i
                and subj.dep_ == "dobj"
                and (subj.lemma_.lower() not in ATTEMPT_NOUNS or subj.head.lemma_.lower() in ATTEMPT_MAKERS)
            ):
                # "X issued a statement demanding …": the statement's author demands; "X
                # made an attempt to kill Y": X tried ("police foiled an attempt": not police)
                owner = subject(subj.head)
                if owner is not None and (found := finder.actors_of(owner)):
                    sources = found
                    how.append("source:acl-owner")
        if not targets and not (self.options.modality and _charged_unnamed(verb, subj)):
            # another actor before the sources' own country in the object ("discussed Iran's
            # programme with the EU"); that country when there is none ("Merkel defended
            # Germany's decision")
            passed: list[Actor] = []
            targets, where = self.object(verb, finder, match, sources, own_country=not self.options.modality,
                                         passed=passed)
            if not targets and passed:  # (without one passed over, the same search finds none)
                targets, where = self.object(verb, finder, match, sources)
            shared = (
                shared_argument(verb, "dobj")
                if not targets and self.options.modality and (match.code or "")[:2] in SHARING_ROOTS
                else None
            )
            if shared is not None:
                # "a deputy shot and killed a man", "beat and robbed a taxi driver": the object
                # of the verb coordinated right after is this one's too (not "apologized and
                # thanked the police": no one apologized to)
                targets, where = finder.actors_of(shared), "shared-object"
            if where:
                how.append(f"target:{where}")
            held = _holder_country(verb, sources, finder) if where.endswith("-stance") else []
            if held:
                # "the minister expressed Japan's support for Ukraine": a Japanese minister
                sources = held
                how.append("source:stance-holder-country")
            if self.options.modality and targets and _cooperating(match):
                # "coordinated operations against the rebels", "cooperated against the
                # gangs": whom a cooperation is aimed at is no partner in it
                partners = [a for a in targets if not _opposed(verb, a)]
                if len(partners) < len(targets):
                    targets = partners
                    how.append("target:not-opposed")
            if self.options.modality and (opponent := _opponent(verb, match, targets, sources, finder)):
                targets = opponent
                how.append("target:opponent-not-forum")
            elif self.options.modality and (
                (ordered := _ordered_act_target(verb, match, targets, sources, finder)) is not None
            ):
                # "ordered the army to attack rebel positions": the attack is on the rebels
                targets = ordered
                how.append("target:ordered-act" if targets else "target:not-the-one-ordered")
            elif self.options.modality and sources and _before_forum_only(verb, match, targets):
                # (a complaint by no one named keeps its forum: with no side it would be lost)
                targets = []
                how.append("target:forum-not-opponent")
            if (not targets and sources and self.options.modality and verb.dep_ == "relcl"
                    and not (match.code or "").startswith(STATEMENT_ROOT)
                    and (found := [a for a in _relative_object(verb, finder) if a not in sources])):
                # "released the journalists (that) soldiers had detained": the noun the
                # clause is on is what its verb acts on (a known doer only)
                targets = found
                how.append("target:relative-object")
            if not targets and self.options.modality:
                targets = self._referred_back(verb, finder, match, sources)
                if targets:
                    how.append("target:referred-back")
        if self.options.modality and (sources or targets) and not (sources and targets) and _aid(match):
            # "under a deal with the port authority, the company received $300,000": the
            # other side of the arrangement the money came under gave it
            skip = frozenset(k for a in sources + targets for k in range(a.start, a.end))
            giver, where = _arrangement_party(verb, finder, skip), "under-arrangement-with"
            if not giver and (level := _level_giver(verb)) is not None:
                # "won a $2 million state grant", "was awarded $750,000 in federal funding"
                giver, where = [government_word(level)], "level-of-government"
            if giver and match.code is None and not targets:  # a receiving verb ([:071]): its target gives
                targets = giver
                how.append(f"giver:{where}")
            elif giver and match.code is not None and not sources and is_passive(verb):
                # "was awarded $750,000 in federal funding" (not "distributing federal funding")
                sources = giver
                how.append(f"giver:{where}")
        return sources, targets, " ".join(how)

    def _passive(
        self, verb: Token, subj: Token | None, finder: ActorFinder, how: list[str], code: str = ""
    ) -> tuple[list[Actor], list[Actor]]:
        """(sources, targets) of a passive verb coded ``code``; appends to ``how``."""
        sources: list[Actor] = []
        targets: list[Actor] = []
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is None and self.options.modality:
            # "was beaten and robbed by three men": the agent of the verb coordinated right
            # after is this one's too
            agent = shared_argument(verb, "agent")
        if agent is not None:
            pobj = _agent_noun(agent)
            if pobj is not None and (_hazard(pobj) or (self.options.modality and _animal(pobj))):
                # "villages hit by floods in Kenya", "homes damaged by the storm in Cuba": no
                # one acted, and the country of the phrase is where it happened
                how.append("source:natural-force")
            elif pobj is not None:
                sources = finder.actors_of(pobj)
                how.append("source:agent")
                if self.options.modality and (more := _coordinated_agents(agent, finder)):
                    # "was criticised by the opposition and by rights groups": both agents
                    sources = sources + more
                    how.append("source:agent-conj")
                if not sources and pobj.pos_ == "NOUN" and not finder.names_actor(pobj):
                    if norm_word(pobj.lemma_) in WEAPON_AGENTS:
                        # "killed by a roadside bomb": an attack whose attacker is unnamed
                        how.append("agent:weapon")
                    else:
                        # done by a thing, not an actor ("overwhelmed by the missions")
                        how.append("agent:inanimate")
        if not sources and agent is None:
            # "were killed when Russian artillery hit …": the clause's subject acted; a clause
            # the parser hung on a coordinated verb is theirs too ("two were killed and five
            # wounded when gunmen opened fire")
            for child in _with_conjunct_clauses(verb):
                if child.dep_ == "advcl" and any(
                    m.dep_ in ("mark", "advmod") and m.lower_ in CAUSE_MARKS for m in child.children
                ):
                    clause_subj = next((c for c in child.children if c.dep_ == "nsubj"), None)
                    if clause_subj is not None and (found := finder.actors_of(clause_subj)):
                        sources = found
                        how.append("source:advcl-subject")
                        break
                    # "were killed when their convoy was ambushed by militants": the agent
                    # of a passive clause acted (on the harmed only: "the mayor was detained
                    # after his budget was rejected by the council" is no detention by the council)
                    by = _clause_agent(child) if verb.lemma_.lower() in HARM_LEMMAS else None
                    if by is not None and (found := finder.actors_of(by)):
                        sources = found
                        how.append("source:advcl-agent")
                        break
        if not sources and agent is None and self.options.modality:
            sources = _stray_agent(verb, finder)
            if sources:
                how.append("source:agent-in-phrase")
        obj = passive_subject(verb) or subj
        if obj is not None:
            targets = finder.actors_of(obj)
            if not targets and obj.pos_ == "PRON" and self.options.modality and "where" in {
                c.lower_ for c in verb.children if c.dep_ == "advmod"
            }:
                # "turned over to the sheriff's department, where she was charged": the one
                # turned over
                targets = _noun_clause_antecedent(verb, obj, finder)
            if not targets and self.options.modality and _pair_word(obj):
                # "two men robbed a pharmacy, and both were arrested": the two named before
                targets = _pair_before(obj, finder)
            told = ""
            if not targets and obj.pos_ == "PRON" and self.options.modality:
                # "the mayor said he was attacked by protesters": the teller was acted on
                targets = _teller_acted_on(obj, verb, finder, sources, code)
                told = ":teller" if targets else ""
            if not targets and obj.pos_ == "PRON" and finder.memory is not None and self.options.modality:
                # "He was charged with assault": the one person the article named before
                targets = finder.memory.pronoun(obj, finder)
            if verb.dep_ == "acl":
                # "talks in Cairo, hosted by Egypt": the place a participle describes is no target
                targets = [a for a in targets if not finder.is_city(a)]
            how.append("target:nsubjpass" + told)
            own_object = obj.pos_ in NOMINAL_POS and obj == passive_subject(verb)
            if not targets and self.options.modality and own_object:
                # "the border with Cambodia will be closed", "sanctions against Russia were
                # imposed": what is acted on names no actor, a name in its own "with / against
                # / on / of" phrase may (not "a gift from X to Y", whose names are no target)
                skip = frozenset(k for a in sources for k in range(a.start, a.end))
                phrase = [
                    t
                    for prep in obj.children
                    if prep.dep_ == "prep" and prep.lower_ in PASSIVE_OBJECT_PREPS
                    for t in actor_phrase(prep, finder)
                ]
                if targets := finder.first_in(phrase, skip):
                    how[-1] = "target:nsubjpass-phrase"
        if not sources and targets:
            sources = self._passive_origin(verb, finder, targets, how, code)
        return sources, targets

    def _passive_origin(
        self, verb: Token, finder: ActorFinder, targets: list[Actor], how: list[str], code: str = ""
    ) -> list[Actor]:
        """No "by" agent: PETRARCH takes the place or origin as the source ("an Eriadorian
        was shot dead in Osgiliath" -> OSG -> ERI). With the modality reading a country
        named as where a crime or an attack happened is not who did it (:func:`_state_act`)."""
        skip = frozenset(k for a in targets for k in range(a.start, a.end))
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in PASSIVE_SOURCE_PREPS:
                kept_from = any(c.dep_ == "pcomp" and c.pos_ == "VERB" for c in child.children)
                if self.options.modality and kept_from:
                    # "was banned from speaking to his neighbours": what one is kept from
                    # doing, not where one came from; its names are no agent
                    continue
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if child.lower_ == "in" and (pobj is None or pobj.i in finder.by_token):
                    # "killed in Kharkiv": a place; "killed in Israeli shelling": an actor;
                    # "was arrested in Lebanon": a country's authorities act; where forces
                    # were put is not who put them ("Kenyan troops stationed in Somalia")
                    if verb.lemma_.lower() in PLACING_VERBS:
                        continue
                    place = finder.country_at(pobj) if pobj is not None else None
                    if place is not None and self.options.modality and not _state_act(code) and not any(
                            actor_types(t) & ARMED_TARGET_TYPES for t in targets):
                        # "a British journalist was kidnapped in Somalia", "an aid worker was
                        # shot dead in Kenya": where, not who (an arrest there is the state's,
                        # and soldiers killed in a country at war fell to its forces)
                        how.append("source:unknown-in-country")
                        continue
                    if place is not None and all(place.code != t.code[:3] for t in targets):
                        how.append("source:country-in")
                        return [place]
                    if pobj is not None and self.options.place_targets:
                        # PETRARCH-2 reads any name in the "in" phrase as the source
                        if found := [
                            a for a in finder.actors_of(pobj) if a.code not in {t.code for t in targets}
                        ]:
                            how.append("source:prep:in")
                            return found
                    continue
                tokens = subtree_no_clauses(child)
                if child.lower_ == "in" and pobj is not None:
                    # "charged in the beating of a neighbour": whom the event of the phrase
                    # was done to is no agent of it (its agent: "in Israeli shelling")
                    victims = {t.i for c in pobj.children if c.dep_ == "prep" and c.lower_ in VICTIM_PREPS
                               for t in c.subtree}
                    if self.options.modality and pobj.lemma_.lower() in INQUIRY_NOUNS:
                        # "indicted in a bribery inquiry at City Hall": where the inquiry is
                        # held is no agent of it (a bombing's place stays its source for
                        # PETRARCH's reading: "killed in a bombing in Baghdad")
                        victims |= {t.i for c in pobj.children
                                    if c.dep_ == "prep" and c.lower_ in SITE_PREPS for t in c.subtree}
                    tokens = [t for t in tokens if t.i not in victims]
                sources = finder.first_in(tokens, skip)
                if sources:
                    how.append(f"source:prep:{child.lower_}")
                    return sources
        return []

    def object(
        self, verb: Token, finder: ActorFinder, match: Match, sources: list[Actor], own_country: bool = True,
        passed: list[Actor] | None = None,
    ) -> tuple[list[Actor], str]:
        """The target of an active verb and where it was found ("" for none); without
        ``own_country`` the sources' own country named in the object as the owner or
        matter of the thing acted on is passed over (:func:`_own_country`), and added to
        ``passed``."""
        source_tokens = {k for a in sources for k in range(a.start, a.end)}
        in_phrase = set(range(match.start, match.end))
        # "attend a summit in X" visits X (042); talks held in X are not with X (the host is
        # no party); PETRARCH-2 reads every phrase's place as a target
        visit = (match.code or "").startswith(("042", "043")) or self.options.place_targets
        if match.demand:
            # "X told reporters that Russia should let …": the demand is made of Russia
            clauses = [c for c in verb.children if c.dep_ == "ccomp" and must(c)] + blamed_clauses(verb)
            for clause in clauses:
                party = blamed_party(clause) if self.options.modality else None
                if party is not None:
                    # "said the blackout was caused by a Russian cyberattack": the doer blamed
                    if found := _blamed_actors(party, finder):
                        return found, f"ccomp-blamed:{party.head.lower_}"
                    continue
                if found := clause_subject(clause, finder):
                    return found, "ccomp-subject"
        if self.options.modality and (match.code or "")[:2] in ASKING_ROOTS:
            if found := [a for a in _asked(verb, finder) if a.start not in source_tokens]:
                return found, "asked-for"
        if self.options.modality and (match.code or "")[:2] in COOPERATION_ROOTS and not visit:
            # (a visit is to its object: "toured the plant with the mayor" visits the plant)
            if found := _partner(verb, finder, frozenset(source_tokens), in_phrase):
                return found, "prep:with-partner"
        if self.options.modality and (match.code or "") == BOYCOTT_CODE and (
                owner := _boycotted_owner(verb, finder, frozenset(source_tokens))):
            # "boycotted the president's address to parliament": the president
            return owner, "dobj-owner"
        judicial = self.options.modality and (match.code or "") == JUDICIAL_COOPERATION
        recipient = self._recipient(verb, finder, frozenset(source_tokens), in_phrase, judicial)
        if recipient:
            return recipient
        # "staged military drills near X": what a show of force shows is the source's own;
        # only a named country in its object may be the target
        force = self.options.modality and (match.code or "").startswith(SHOW_OF_FORCE)
        # (the code before a modality reading: "refused to deploy peacekeepers" is a negated 074)
        coded = (match.pattern.code if match.pattern is not None else None) or match.code or ""
        if self.options.modality and coded.startswith(FORCE_CODES):
            for child in (c for c in verb.children if c.dep_ == "dobj"):
                if (own_forces := _own_forces(child, sources, finder)) is not None:
                    # "the UN withdrew peacekeepers from Burundi", "refused to send troops to
                    # Mali": the source's own forces are no target; where they go or leave is
                    return _force_place(verb, own_forces, finder, frozenset(source_tokens), in_phrase)
        if self.options.modality and not (match.code or "").startswith(STATEMENT_ROOT) and (
                named := _what_named(verb)) is not None:
            # "struck what it said were Hezbollah weapons depots": whom the naming names, never
            # the one who names it; none when it names no actor ("what it called terrorist
            # positions")
            naming, nouns = named
            skip = frozenset(source_tokens).union(
                t.i for c in naming.children if c.dep_ in SUBJECT_DEPS for t in c.subtree)
            found = next((f for noun in nouns
                          if (f := finder.first_in(actor_phrase(noun, finder), skip))), [])
            return found, "what-named" if found else ""
        for child in verb.children:
            if child.dep_ in ("dobj", "dative", "attr", "oprd") and child.i not in in_phrase:
                if self.options.modality and _language(child, verb):
                    continue  # "spoke only French": a language spoken is no one spoken to
                if self.options.modality and _topic_object(child, verb):
                    # "discussed Chinese dominance of the market": a topic, no partner; a
                    # "with" phrase the parser hung inside it still names one
                    if found := _topic_partner(child, finder, frozenset(source_tokens)):
                        return found, "dobj-with-partner"
                    continue
                if self.options.modality and (fired := _instruments(child, coded or match.reverse or "")):
                    # "launched (waves of) drones at X's cities": what is fired is no target;
                    # its phrase may name one, else the verb's prepositions do
                    skip = frozenset(source_tokens) | fired
                    if found := finder.first_in(actor_phrase(child, finder, visit), skip):
                        return found, f"{child.dep_}-phrase"
                    if found := _struck(child, finder, skip):
                        return found, f"{child.dep_}-struck"
                    continue
                if self.options.modality and (match.code or "")[:2] in EVALUATION_ROOTS and (
                        doers := _act_doers(child, finder, source_tokens)):
                    # "condemned the Israeli bombing of a school": the bombers, not the school
                    return doers, f"{child.dep_}-act-doer"
                if self.options.modality and not _judges_stance(match) and (holder := _stance_holder(child)):
                    # "reiterated Brazil's support for the Bolivian government": whom the
                    # stance is for, not the one who holds it
                    skip = frozenset(source_tokens) | holder
                    if found := finder.first_in(actor_phrase(child, finder, visit), skip):
                        return found, f"{child.dep_}-stance"
                    continue
                # "searched the Paris headquarters of X": where premises searched stand is not
                # whose they are; their "of" phrase may name the owner
                places = _premises_places(child) if self.options.modality and _searches(verb, coded) else None
                # an object whose head names no actor ("an attack by X in Y"): the first
                # actor in text order, as PETRARCH reads the noun phrase
                found = _of_countries(
                    finder.actors_of(child) if finder.names_actor(child) and not places else [], force
                )
                if found and self.options.modality and (
                    (_own(child, found, sources) and not _private_of_earlier(child, verb, found))
                    or (not own_country and _passed_over(child, found, sources, passed))
                    or ((match.code or "")[:2] not in EVALUATION_ROOTS and _kind_of_act(child, found))
                ):
                    # "withdrew its troops from X": the source's own forces are no target;
                    # a name in their phrase may be ("its troops in Asia"); nor is its own
                    # country owning the thing acted on ("discussed Iran's program with X")
                    own = frozenset(source_tokens).union(k for a in found for k in range(a.start, a.end))
                    if found := finder.first_in(actor_phrase(child, finder, visit), own):
                        return found, f"{child.dep_}-phrase"
                    continue
                if found:
                    return found, child.dep_
                if child.pos_ == "PRON" and self.options.modality and (
                        found := _object_of_governing_verb(child, verb, finder, source_tokens)):
                    # "sued a solar company, accusing it of fraud": the company
                    return found, f"{child.dep_}:object-of-{verb.head.lower_}"
                if child.pos_ == "PRON" and self.options.modality and (
                        found := _earlier_clause_referent(child, verb, finder, source_tokens)):
                    # "found the driver hiding in a barn and arrested him": the driver
                    return found, f"{child.dep_}:earlier-clause"
                if child.pos_ == "PRON" and self.options.modality and (
                        found := _reporting_speaker(child, verb, finder, source_tokens)):
                    # "a woman told officers a man had threatened her": the woman
                    return found, f"{child.dep_}:speaker"
                if child.pos_ == "PRON" and finder.memory is not None and self.options.modality:
                    # "Police detained him": the one person the article named just before
                    found = [a for a in finder.memory.pronoun(child, finder) if a.start not in source_tokens]
                    if found:
                        return found, f"{child.dep_}:article-antecedent"
                if self.options.modality and (match.code or "")[:2] in EVALUATION_ROOTS and (
                    agents := [a for a in _act_agents(child, finder) if a.start not in source_tokens]
                ):
                    # "welcomed the release of its citizens by Iranian authorities", "praised
                    # the rescue of two children by firefighters": who did the act judged
                    return agents, f"{child.dep_}-act-agent"
                phrase = actor_phrase(child, finder, visit)
                skip = frozenset(source_tokens) | (places or frozenset())
                if self.options.modality:
                    skip |= compared(child)  # "exported more cars than Canada": no buyer named
                if self.options.modality and (match.form.block.code or "").startswith(COMPLAINT_ROOT):
                    # "condemned the attack on the Iranian embassy": the victim of the act a
                    # verb of criticism condemns is not criticised (a verbal "attack on X" that
                    # a pattern codes, "launched an attack on the spy chiefs", still is)
                    skip |= _victims(child) | _topics(child)
                if self.options.modality and (match.code or "").startswith(PROTEST_ROOT):
                    # "to protest the death of a woman in police custody", "marched in
                    # support of the strikers": the victim of the act protested and the side
                    # a protest supports are not whom it is against
                    skip |= _victims(child) | _supported(child) | origins(child)
                found = _of_countries(finder.first_in(phrase, skip), force)
                seizing = self.options.modality and coded[:2] in COERCIVE_ROOTS
                if not found and (places is not None or seizing) and (
                        owners := _premises_owners(child, finder, skip)):
                    # "raided properties linked to X", "shelled villages held by the rebels"
                    return owners, f"{child.dep_}-owner"
                if found and not own_country and _passed_over(child, found, sources, passed):
                    # "discussed the chances of giving Chile a seat with Peru": the source's
                    # own country in the matter discussed is no target; a later name may be
                    own = frozenset(source_tokens).union(k for a in found for k in range(a.start, a.end))
                    found = _of_countries(finder.first_in(phrase, own), force)
                if found:
                    return found, f"{child.dep_}-phrase"
                if self.options.modality and (found := next(
                        (f for p in child.children if p.dep_ == "prep" and p.lower_ in AIMING_PREPS
                         if (f := _prep_pronoun_referent(p, verb, finder, source_tokens))), [])):
                    # "the rebels regrouped, and the army launched an offensive against them"
                    return found, f"{child.dep_}-prep:earlier-clause"
                if self.options.modality and (possessor := _earlier_possessor(child, verb)) is not None and (
                        found := [a for a in finder.actors_of(possessor) if a.start not in source_tokens]):
                    # "blacklisted the company and froze its assets": the company's
                    return found, f"{child.dep_}-owner:earlier-clause"
                if (match.code or "").startswith(EASING_CODES) and (found := _imposed_on(child, finder)):
                    return found, "imposed-on"
        if self.options.modality and (judged := _verdict_subject(verb)) is not None and (
                found := [a for a in finder.actors_of(judged) if a.start not in source_tokens]):
            # "a jury found the officer guilty of manslaughter in the death of a motorist":
            # the one found guilty, not the victim named in a phrase of the verb
            return found, "verdict-subject"
        # the verb's prepositions, then those of the other words of a multi-word verb ("held
        # talks *with* X": "with" hangs on "talks")
        words = [verb, *(verb.doc[k] for k in sorted(in_phrase) if k != verb.i)]
        for child in (c for word in words for c in word.children if c.i not in in_phrase or word == verb):
            # a preposition of a multi-word verb ("meet with", "call on") still heads its object
            if child.dep_ == "prep" and (child.lower_ in TARGET_PREPS or child.i in in_phrase):
                if self.options.modality and _on_behalf(child):
                    continue  # "sued the city on behalf of three protesters": for whom, not to whom
                protest = (match.code or "").startswith(PROTEST_ROOT)
                if self.options.modality and protest and _in_support(child):
                    continue  # "staged a walkout in support of the students": whom a protest backs
                if self.options.modality and _onlookers(child):
                    continue  # "hosted by X, with Y and Z acting as guarantors": no partner of X
                if self.options.modality and (match.code or "")[:2] == MEETING_ROOT and _venue(child):
                    continue  # "met at a hotel in Athens": where they met, no one met
                if self.options.modality and _content_phrase(child, verb):
                    continue  # "accusing it of defrauding homeowners": what it is accused of
                if self.options.modality and child.lower_ == "from" and _from_origin(match.code or ""):
                    continue  # "militants infiltrated from Pakistan": where they came from
                if self.options.modality and _own_job(child):
                    continue  # "resigned from his post as a police officer": no one resigned to
                phrase = actor_phrase(child, finder, visit)
                namers = _namers(child, finder, sources) if self.options.modality else frozenset()
                if self.options.modality and protest:
                    namers |= origins(child)  # "to protest against grain imports from Ukraine"
                found = finder.first_in(phrase, frozenset(source_tokens) | namers)
                statement_from = child.lower_ == "from" and (match.code or "").startswith(STATEMENT_ROOT)
                if (
                    found
                    and (child.lower_ in LOCATIVE_PREPS or statement_from)
                    and child.i not in in_phrase
                    and not self.options.place_targets
                ):
                    # "met in Tbilisi", "killed in Kharkiv", "reported from Beijing": a city
                    # there is the place
                    found = [a for a in found if not finder.is_city(a)]
                if found and not self.options.place_targets:
                    # "detained him at his home in Brasilia": a city in a place phrase
                    # inside the phrase is where, whatever the outer preposition
                    found = [a for a in found
                             if not (finder.is_city(a) and _placed_within(verb.doc[a.head], child))]
                if found:
                    between = any(t.dep_ == "prep" and t.lower_ in BETWEEN_PREPS for t in phrase)
                    return found, f"prep:{child.lower_}" + (":between" if between else "")
                if self.options.modality and child.lower_ in AIMING_PREPS and (
                        found := _prep_pronoun_referent(child, verb, finder, source_tokens)):
                    # "protesters gathered outside, and police fired tear gas at them"
                    return found, f"prep:{child.lower_}:earlier-clause"
        if self.options.modality and (match.code or "")[:2] == AID_ROOT:
            # "provided $1 billion in assistance to support Syrian refugees": whom the aid
            # is to help is its target
            for clause in verb.children:
                if clause.dep_ in ("advcl", "xcomp") and norm_word(clause.lemma_) in HELP_VERBS:
                    obj = direct_object(clause)
                    if obj is not None and (found := finder.actors_of(obj)):
                        return found, "purpose-object"
            # "gave 50 million euros to promote investment in Kenya", "provided funds to pay
            # for aid for refugees in Chad": the first people or country the purpose names
            for clause in verb.children:
                if clause.dep_ in ("advcl", "xcomp") and to_infinitive(clause):
                    tokens = [t for t in subtree_no_clauses(clause) if t.i != clause.i]
                    skip = frozenset(source_tokens)
                    if norm_word(clause.lemma_) in OPPOSING_VERBS:
                        # "funding to fight the Shabaab militants in Somalia": whom the aid
                        # is to fight is no recipient of it (Somalia may be)
                        skip |= _opposed_tokens(clause, finder)
                    if found := finder.first_in(tokens, skip):
                        return found, "purpose-phrase"
        if self.options.modality:
            # "agreed to lift sanctions against X": the pattern took the infinitive, whose
            # own object or phrases name the target; so does the infinitive of an intent the
            # pattern did not take ("agreed to provide Chile with pumps", "offered to send
            # medics to Fiji": what is promised is done to Chile, to Fiji)
            # (one side's intent: "X and Y agreed to ..." act together, on each other); a
            # threat's infinitive names whom it menaces ("threatened to impeach the governor")
            threat = (match.code or "").startswith(THREAT_ROOT) and _threat_verb(match)
            refusal = _refusal(match)
            intent = ((match.code or "").startswith(INTENT_ROOT) or threat or refusal) and len(sources) == 1
            for clause in (c for c in verb.children if c.dep_ == "xcomp"
                           and (c.i in in_phrase or (intent and _intended_act(c)))):
                if threat and clause.i not in in_phrase and not _menacing_act(clause):
                    continue
                found, where = self.object(clause, finder, match, sources, own_country, passed)
                if found and refusal and clause.i not in in_phrase and where in REFUSED_WHERE:
                    # "refused to extend the governor's emergency powers": the governor
                    return found, f"refused-{where}"
                if found and (clause.i in in_phrase or where.split(":")[0] in INTENDED_WHERE):
                    if threat and clause.i not in in_phrase and not _menaced(found, where, sources):
                        continue  # "threatened to take him to court": no threat to the court
                    return found, f"infinitive-{where}"
            joint = len({a.code for a in sources}) > 1  # "A and B reached a consensus to ...": each other
            for clause in [] if joint else _noun_infinitives(verb, match):
                # "reaffirmed its commitment to defend the Philippines", "renewed its offer to
                # supply Chile with pumps": the pattern's noun took an infinitive, whose own
                # object or phrases name the target (a mediator's sides: _mediated below)
                found, where = self.object(clause, finder, match, sources, own_country, passed)
                if found:
                    return found, f"noun-infinitive-{where}"
            if (match.code or "")[:2] in OUSTER_ROOTS:
                # "took to the streets for months to demand Somchai's ouster": whose leaving
                # office a protest, demand or appeal is about is its target, wherever the
                # parser hung the clause that names it
                for tok in verb.subtree:
                    if tok.dep_ == "poss" and norm_word(tok.head.lemma_) in LEAVING_OFFICE:
                        found = [a for a in finder.actors_of(tok) if a.start not in source_tokens]
                        if found:
                            return found, "ouster-owner"
            if (match.code or "").startswith(MEDIATION_CODES) and (
                    found := _mediated(verb, finder, frozenset(source_tokens))):
                # "launched a mediation effort to end the feud between A and B": a mediator
                # acts on the sides it mediates between, wherever their phrase hangs
                return found, "mediated-between"
        if self.options.place_targets:
            # "marched close to the border with X": a phrase hung on an adverb of the verb
            for adverb in (c for c in verb.children if c.dep_ == "advmod"):
                for prep in (c for c in adverb.children if c.dep_ == "prep"):
                    if found := finder.first_in(subtree_no_clauses(prep), frozenset(source_tokens)):
                        return found, f"advmod-prep:{prep.lower_}"
        for child in verb.children:
            # "..., an official said": a clause before the verb is attribution, not a target
            if child.dep_ == "xcomp" or (child.dep_ == "ccomp" and child.i > verb.i):
                found = clause_subject(child, finder)
                # "X denied that its troops …": the speaker's own forces are not its target;
                # two bodies of a state are two ("the mayor said the council was wise")
                found = [
                    a
                    for a in found
                    if not any(
                        a.code.startswith(s.code)
                        and (a.code != s.code or same_actor(s, a, verb.doc, self.options.distinct_roles))
                        for s in sources
                    )
                    and not (self.options.modality and (match.code or "")[:2] == STATEMENT_ROOT
                             and any(_own_state(s, a, verb.doc) for s in sources))
                ]
                if found:
                    return found, f"{child.dep_}-subject"
        if self.options.participle_targets:
            return _participle_target(verb, finder, frozenset(source_tokens), in_phrase)
        if self.options.modality and (match.code or "")[:2] in EVALUATION_ROOTS:
            # "condemned the threats made by X", "rejected an appeal filed by X": the author of
            # the act, offer or statement judged
            return _participle_target(verb, finder, frozenset(source_tokens), in_phrase, authors=True)
        return [], ""

    def _referred_back(
        self, verb: Token, finder: ActorFinder, match: Match, sources: list[Actor]
    ) -> list[Actor]:
        """ "The council criticized the mayor's proposal and later rejected *it*", "disagreed
        with X's plan and ultimately nixed *the idea*": a verb coordinated with the one
        before it, sharing its subject, whose object is a pronoun or a proposal noun that
        names no actor, acts on what that verb acted on, and so on its target when that is
        the thing's owner or a named actor; empty otherwise."""
        head = verb.head
        if verb.dep_ != "conj" or head.pos_ != "VERB":
            return []
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return []  # a subject of its own: another clause
        obj = direct_object(verb)
        if obj is None or finder.names_actor(obj):
            return []
        definite = any(c.dep_ == "det" and c.lower_ in BACK_DETS for c in obj.children)
        if not (obj.lower_ in BACK_PRONOUNS or (definite and norm_word(obj.lemma_) in PROPOSAL_NOUNS)):
            return []
        at_head = dataclasses.replace(match, start=head.i, end=head.i + 1, demand=False)
        found, _ = self.object(head, finder, at_head, sources)
        # an owner or a named actor; not a role word describing a thing ("formed a voter
        # fraud commission and disbanded it" acts on no voter)
        doc = verb.doc
        return [
            a for a in found
            if any(m.actor is not None for m in a.parts)
            or any(doc[k].dep_ == "poss" for k in range(a.start, a.end))
        ]

    @staticmethod
    def _recipient(
        verb: Token, finder: ActorFinder, skip: frozenset[int], in_phrase: set[int], handed: bool = False
    ) -> tuple[list[Actor], str] | None:
        """ "sent 500 troops to Poland", "handed over prisoners to Ukraine", "gave Iraq
        weapons": the one who receives is the target when the object is what is sent (no
        actor, or a role such as troops, prisoners, peacekeepers; with ``handed``, also the
        persons of a judicial handover, named or not); None otherwise."""
        # (the object may be the pattern's own word: "sent a delegation to Pyongyang")
        dobj = direct_object(verb)
        if dobj is None:
            return None
        if not handed and any(any(m.actor for m in a.parts) for a in finder.actors_of(dobj)):
            return None  # a named object is the target ("deported Syrians to Syria")
        # (the parser hangs "to" on the one handed over: "a suspected militant to Afghan authorities")
        hung = [c for c in dobj.children if c.dep_ == "prep" and c.lower_ == "to"] if handed else []
        for child in [*verb.children, *hung]:
            if child.dep_ == "dative" and (found := finder.actors_of(child)):
                return found, "dative"
            if child.dep_ == "dative" and child.pos_ == "ADP" and (
                    found := finder.first_in(subtree_no_clauses(child), skip)):
                return found, f"recipient:{child.lower_}"  # "to" the parser took for a dative
            if child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS and child.i not in in_phrase:
                found = finder.first_in(subtree_no_clauses(child), skip)
                if found:
                    return found, f"recipient:{child.lower_}"
        return None


OTHER_CLAUSES = frozenset({"conj", "ccomp", "parataxis", "relcl", "advcl"})
"""Clauses on a verb that tell of other acts ("..., and clashes between A and B went on")."""


def _mediated(verb: Token, finder: ActorFinder, skip: frozenset[int]) -> list[Actor]:
    """The sides of the first "between" phrase among the verb's own words and its purpose
    ("a mediation bid to settle the row between A and B"), not in a clause of another
    act; empty when there is none or it names no actor."""
    stack = [c for c in verb.children if c.dep_ not in OTHER_CLAUSES or to_infinitive(c)]
    preps = []
    while stack:
        tok = stack.pop()
        if tok.dep_ == "prep" and tok.lower_ in BETWEEN_PREPS:
            preps.append(tok)
            continue
        stack.extend(c for c in tok.children if c.dep_ not in OTHER_CLAUSES or to_infinitive(c))
    for prep in sorted(preps, key=lambda t: t.i):
        if found := finder.first_in(subtree_no_clauses(prep), skip):
            return found
    return []


CREATION_VERBS = frozenset(
    "set establish create build form found construct launch host hold stage organize organise".split()
)
"""Verbs whose object the act makes or holds ("set up a field hospital", "host the annual
fair"): no target."""
INTENDED_WHERE = frozenset({"dobj", "dative", "recipient"})
"""Where the infinitive of an intent names its target: its object or recipient ("agreed to
reinstate the judge", "offered to send medics to Fiji"); not a place or a partner in its
phrases ("agreed to open an office in Lima")."""


def _intended_act(clause: Token) -> bool:
    """A "to" infinitive of what one agrees, offers or promises to do that acts on someone,
    not one that makes or holds something ("agreed to set up a clinic", "to host the fair")."""
    return to_infinitive(clause) and norm_word(clause.lemma_) not in CREATION_VERBS


HELP_CALLS = frozenset("call alert contact phone notify inform ask tell join involve enlist".split())
"""Verbs of calling in help whose object a threat enlists, not menaces ("threatened to call
the police")."""


def _menacing_act(clause: Token) -> bool:
    """A threat's "to" infinitive whose object is whom the threat menaces ("threatened to
    impeach the governor", "to topple the government"), not a helper it calls in."""
    return norm_word(clause.lemma_) not in HELP_CALLS


BOYCOTT_CODE = "143"


def _boycotted_owner(verb: Token, finder: ActorFinder, skip: frozenset[int]) -> list[Actor]:
    """Whose occasion a boycott stays away from: the possessor of its direct object when the
    object names no actor itself ("boycotted the president's address", "the governor's
    swearing-in"); else nothing."""
    obj = direct_object(verb)
    if obj is None or obj.i in finder.by_token:
        return []
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    if owner is None:
        return []
    return [a for a in finder.actors_of(owner) if a.start not in skip]


REFUSAL_LEMMAS = frozenset({"refuse", "decline"})
REJECT_ROOT = "12"
REFUSED_WHERE = frozenset({"dobj", "dobj-phrase"})
"""Where the infinitive of a refusal names whom it rejects: its object ("refused to approve the
new cabinet") or a name in the object's phrase ("the governor's emergency powers")."""


def _refusal(match: Match) -> bool:
    """A rejection (12x) told by a verb of refusing ("refused", "declined") with no pattern
    that took its infinitive: the refused act's object names whom it rejects."""
    return (match.code or "").startswith(REJECT_ROOT) and match.pattern is None and (
        match.form.verb in REFUSAL_LEMMAS)


def _threat_verb(match: Match) -> bool:
    """The matched verb is itself one of threatening ("threatened", "warned"), not an intent
    that a pattern reads as a threat ("planning to attack": the nesting combines those)."""
    form = match.form
    return form is not None and (form.code or form.block.code or "").startswith(THREAT_ROOT)


def _menaced(found: list[Actor], where: str, sources: list[Actor]) -> bool:
    """Whether the object ``found`` of a threatened act is whom the threat menaces: the
    infinitive's direct object, not the threatener's own country ("threatened to pull US
    funding" by a US official)."""
    if where != "dobj":
        return False
    own = {split_actor_code(s.code).country_code for s in sources}
    return not any(a.code in own for a in found)


ARRANGEMENT_NOUNS = frozenset(
    "deal agreement arrangement contract partnership accord pact program programme scheme".split()
)
"""Nouns of an arrangement whose "with" party gives what is received under it."""


def _aid(match: Match) -> bool:
    """The match is aid given or received (CAMEO 07x, either way)."""
    return (match.code or match.reverse or "").startswith(AID_ROOT)


FUNDING_NOUNS = frozenset(
    "grant grants funding funds fund money loan loans aid assistance subsidy subsidies".split()
)
"""Nouns of money given whose modifier may name the level of government that gives it."""
GIVING_LEVELS = frozenset("federal state county city municipal provincial government".split())
"""Words of a level of government that gives money named on its noun ("a state grant")."""


def _level_giver(verb: Token) -> Token | None:
    """The word of a level of government (:data:`GIVING_LEVELS`) before a noun of money
    (:data:`FUNDING_NOUNS`) that is the object of ``verb`` or in its "in" phrase ("won a
    state grant", "awarded $750,000 in federal funding", "$3 million in government funding")."""
    nouns: list[Token] = []
    for child in verb.children:
        if child.dep_ == "dobj":
            nouns.append(child)
            nouns.extend(p for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "in"
                         for p in prep.children if p.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ == "in":
            nouns.extend(p for p in child.children if p.dep_ == "pobj")
    for noun in nouns:
        if noun.lemma_.lower() in FUNDING_NOUNS:
            for word in noun.children:
                if word.i < noun.i and word.dep_ in ("amod", "compound") and word.lower_ in GIVING_LEVELS:
                    return word
    return None


OPPOSING_VERBS = frozenset(
    "fight combat counter defeat battle attack destroy crush stop curb tackle deter confront resist".split()
)
"""Verbs of an aid's purpose whose object is fought, not helped ("aid to defeat the rebels")."""


def _opposed_tokens(clause: Token, finder: ActorFinder) -> frozenset[int]:
    """The tokens of the actors ``clause`` (a verb of :data:`OPPOSING_VERBS`) has as object."""
    return frozenset(
        k for obj in clause.children if obj.dep_ == "dobj" for a in finder.actors_of(obj)
        for k in range(a.start, a.end)
    )


def _arrangement_party(verb: Token, finder: ActorFinder, skip: frozenset[int]) -> list[Actor]:
    """The actors of the "with" phrase of an arrangement in an "under" phrase on ``verb``
    ("under a deal with the port authority", "under an agreement with the World Bank")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "under":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.lemma_.lower() not in ARRANGEMENT_NOUNS:
                continue
            for with_prep in pobj.children:
                if with_prep.dep_ == "prep" and with_prep.lower_ == "with":
                    return finder.first_in(actor_phrase(with_prep, finder), skip)
    return []


def _own_population(source: Actor | None, target: Actor | None, verb: Token) -> Actor | None:
    """The target of a curfew, state of emergency or martial law (:data:`EMERGENCY_CODES`):
    one named of another side stays; else the source's own country, the area it is imposed
    on, named by the place the sentence gives ("Bolivia's government declared a state of
    siege in Pando": BOLGOV -> BOL on "Pando"; a capital is the area, not the government),
    or its population when the source is the country itself ("Chile declared a state of
    emergency in Santiago": CHL -> CHLCVL). Unchanged when there is no source or it is of no
    country (an international body)."""
    if source is None:
        return target
    country = source.code[:3]
    if target is not None and target.code not in (country, source.code, country + "GOV"):
        return target
    if country != "---" and split_actor_code(source.code).country_code != country:
        return target
    code = country if country not in (source.code, "---") else country + "CVL"
    if code == source.code:
        return target  # (no act on oneself: "---CVL" with no country)
    if target is not None:
        return dataclasses.replace(target, code=code)
    place = _imposed_where(verb)
    if place is None:
        return Actor(code, source.start, source.end, (), source.head, country_from_sentence=True)
    return Actor(code, place.left_edge.i, place.i + 1, (), place.i, country_from_sentence=True)


def _imposed_where(verb: Token) -> Token | None:
    """The place phrase of an imposed measure ("imposed a curfew *in parts of Kashmir*",
    "declared a state of siege *in the town*"), on the verb or on its object: its head noun."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in IMPOSED_PREPS:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return None


def _content_phrase(prep: Token, verb: Token) -> bool:
    """True for the "of/for -ing" phrase of an object-control verb ("accused it *of
    defrauding homeowners*", "blamed them *for shelling Kharkiv*"): what the object is said
    to do, whose own actors are no target of the verb."""
    return (prep.lower_ in ("of", "for") and verb.lemma_.lower() in OBJECT_CONTROL
            and any(c.dep_ == "pcomp" for c in prep.children))


def _act_doers(noun: Token, finder: ActorFinder, skip: set[int]) -> list[Actor]:
    """The doer a noun of violence names by a modifier before it ("the Israeli bombing of a
    school", :func:`_modifier_doers`): that modifier's actors alone, not the phrase's composed
    with its victim ("ISREDU"); empty when the noun names no such doer."""
    return _modifier_doers(noun, finder, skip) if norm_word(noun.lemma_) in VIOLENT_ACT_NOUNS else []


def _noun_infinitives(verb: Token, match: Match) -> list[Token]:
    """The to-infinitives that hang on the verb's object when the matched pattern names
    that object ("- * (COMMITMENT TO DEFEND)": "its commitment to defend X", "its offer to
    mediate"); not one of hosting ("its readiness to host talks between A and B")."""
    if match.pattern is None:
        return []
    words = {e.value for e in match.pattern.post if e.kind == "word"}
    return [
        clause
        for obj in verb.children
        if obj.dep_ == "dobj" and obj.lower_ in words and obj.lemma_.lower() in OWN_INFINITIVE_NOUNS
        for clause in obj.children
        if clause.dep_ == "acl" and to_infinitive(clause) and clause.lemma_.lower() not in HOSTING_VERBS
    ]


HOSTING_VERBS = frozenset({"host"})
OWN_INFINITIVE_NOUNS = frozenset(
    """
    commitment pledge promise offer readiness willingness effort bid attempt intention
    determination decision plan move vow
    """.split()
)
"""Nouns whose infinitive is done by the one who holds them ("its commitment to defend X"),
unlike "permission to appeal" or "an order to withdraw", done by another."""
"""Verbs of hosting: whom talks one offers to host are between is no partner of the host."""


def _object_of_governing_verb(pronoun: Token, verb: Token, finder: ActorFinder,
                              skip: set[int]) -> list[Actor]:
    """The actors of the object of the verb that ``verb``, a participle clause on it, follows
    when ``verb``'s object is a pronoun: "sued a Texas-based solar company, accusing it of
    fraud" accuses the company, "summoned the envoy, accusing him of lying" the envoy. Empty
    otherwise."""
    if pronoun.lower_ not in ("it", "them", "him", "her") or verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return []
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None:
        return []
    if found := [a for a in finder.actors_of(obj) if a.start not in skip]:
        return found
    # "imposed sanctions on Iranian officials, accusing them of …", "broke off relations
    # with Mexico, accusing it of …": the one named in the "on / with / against" phrase of an
    # object that names no one, when the pronoun agrees with it
    for prep in (c for word in (obj, verb.head) for c in word.children if c.i < verb.i):
        if prep.dep_ != "prep" or prep.lower_ not in AIMED_PREPS:
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if _object_agrees(pronoun, noun, finder):
                return [a for a in finder.actors_of(noun) if a.start not in skip]
    return []


SEQUENCE_PREPS = frozenset({"before", "after"})
"""Prepositions of a gerund that follows its clause's act ("chased the man before arresting
him")."""


def _earlier_clause(verb: Token) -> Token | None:
    """The verb of the clause ``verb`` follows in the same sentence: the verb it is coordinated
    after ("found the driver and arrested him", "fled, but police caught them") or the one
    whose "before / after" gerund it is ("chased the man before arresting him"); None else."""
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        return verb.head
    prep = verb.head
    if verb.dep_ == "pcomp" and prep.lower_ in SEQUENCE_PREPS and prep.head.pos_ == "VERB":
        return prep.head
    return None


def _earlier_clause_referent(pronoun: Token, verb: Token, finder: ActorFinder,
                             skip: set[int]) -> list[Actor]:
    """The actors an object pronoun of ``verb`` stands for when the clause before it names
    them: its object ("met the protesters and criticised them", "found the driver hiding in
    a barn and arrested him"), else, when ``verb`` has a subject of its own, the subject of a
    clause that reports nothing ("the two men fled, but police arrested them"), unless the
    pronoun agrees with both (none: "Russia invaded Ukraine, and the West sanctioned it"). The first of
    these nouns the pronoun agrees with decides (:func:`_object_agrees`): one that is not an
    actor's head ("formed a voter commission and disbanded it") gives none, and so does an
    object pronoun before ("talked him into dropping the knife, and officers led him away").
    Empty otherwise."""
    if pronoun.lower_ not in ("it", "them", "him", "her") or (earlier := _earlier_clause(verb)) is None:
        return []
    nouns = [c for c in earlier.children if c.dep_ == "dobj"]
    # "found the driver hiding in a barn": the subject of a clause in the object's place
    small = [s for c in earlier.children if c.dep_ in ("ccomp", "xcomp") and c.i < verb.i
             for s in c.children if s.dep_ == "nsubj" and s.i < c.i]
    if any(n.pos_ == "PRON" for n in (*nouns, *small)):
        return []
    nouns += [s for s in small if s.head.tag_ in ("VBG", "VBN")]
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children) and earlier.lemma_.lower() not in REPORT_VERBS:
        subjects = [c for c in earlier.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
        if any(_object_agrees(pronoun, n, finder) for n in nouns) and any(
                _object_agrees(pronoun, n, finder) for n in subjects):
            return []  # "Russia invaded Ukraine, and the West sanctioned it": either may be meant
        nouns += subjects
    for noun in nouns:
        if _object_agrees(pronoun, noun, finder):
            return [a for a in finder.actors_of(noun) if a.start <= noun.i < a.end and a.start not in skip]
    return []


AIMING_PREPS = frozenset({"at", "against", "on", "upon", "to", "with", "into", "toward", "towards"})
"""Prepositions by which an act names whom it is aimed at or done to ("fired at them", "sanctions
on it", "apologised to them")."""


def _prep_pronoun_referent(prep: Token, verb: Token, finder: ActorFinder, skip: set[int]) -> list[Actor]:
    """The actors the pronoun object of ``prep`` stands for, by the clause before ``verb``
    (:func:`_earlier_clause_referent`: "the rebels regrouped, and the army launched an offensive
    against them"); empty when its object is no pronoun or the clause names none."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ != "PRON":
        return []
    return _earlier_clause_referent(pobj, verb, finder, skip)


POSSESSIVE_OBJECTS = {"its": "it", "their": "them", "his": "him", "her": "her"}
"""The object pronoun of each possessive, to tell what it may stand for."""


def _earlier_possessor(obj: Token, verb: Token) -> Token | None:
    """The object of the clause before ``verb`` that the possessive pronoun of ``obj`` stands
    for when it agrees with it in number and is a thing or a body: "stopped the car and
    arrested *its* driver" (the car), "blacklisted the company and froze *its* assets" (the
    company); None when ``obj`` has no possessive pronoun or the clause no such object."""
    poss = next((c for c in obj.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_OBJECTS), None)
    if poss is None or poss.lower_ not in ("its", "their") or (earlier := _earlier_clause(verb)) is None:
        return None
    noun = next((c for c in earlier.children if c.dep_ == "dobj"), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ == "PERSON":
        return None
    if several(noun) != (poss.lower_ == "their"):
        return None
    return noun


def _private_of_earlier(obj: Token, verb: Token, found: list[Actor]) -> bool:
    """True for private persons (:data:`CIVILIAN`) whose possessive stands for the object of the
    clause before ("stopped the car and arrested its driver"): not the source's own people."""
    return all(a.code.endswith(CIVILIAN) for a in found) and _earlier_possessor(obj, verb) is not None


WHAT_NAMING_VERBS = frozenset("say call describe believe identify claim consider term label suspect".split())
"""Verbs by which a source names what it acts on ("struck what it said were …", "shelled what
it described as …")."""
NAMING_DEPS = frozenset({"oprd", "attr", "dobj"})


def _what_named(verb: Token) -> tuple[Token, list[Token]] | None:
    """The nouns that name what ``verb`` acts on when its object, or the object of its aimed
    phrase, is a "what" clause of naming ("struck what it said were Hezbollah depots", "shelled
    what the army described as rebel positions", "targeted what it believed to be a hideout",
    "fired on what witnesses said were protesters"), with the clause of naming; None
    otherwise."""
    # (the naming clause is the object, or that of an aimed phrase: "fired on what witnesses
    # said were protesters")
    clauses = [c for c in verb.children if c.dep_ == "ccomp"] + [
        c for p in verb.children if p.dep_ == "prep" and p.lower_ in AIMING_PREPS
        for c in p.children if c.dep_ == "pcomp"]
    for clause in clauses:
        if clause.i < verb.i or norm_word(clause.lemma_) not in WHAT_NAMING_VERBS:
            continue
        # ("what" hangs on the naming verb or on the "be" of its clause: "what Kyiv said was")
        inner = [c for c in clause.children if c.dep_ in ("ccomp", "xcomp")]
        if not any(c.lower_ == "what" and c.i < clause.i for t in (clause, *inner) for c in t.children):
            continue
        nouns = [c for t in (clause, *inner) for c in t.children
                 if c.dep_ in NAMING_DEPS and c.lower_ != "what"]
        nouns += [o for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"
                  for o in c.children if o.dep_ == "pobj"]
        return clause, nouns
    return None


def _coordinated_agents(agent: Token, finder: ActorFinder) -> list[Actor]:
    """The actors of the "by" phrases coordinated with the passive's agent ("by the opposition
    and *by human rights groups*"); empty when there are none."""
    return [a for by in agent.children if by.dep_ == "conj" and by.lower_ == "by"
            for o in by.children if o.dep_ == "pobj" for a in finder.actors_of(o)]


def _relative_object(verb: Token, finder: ActorFinder) -> list[Actor]:
    """The actors of the noun an object relative clause is on: the clause's object is a
    relative pronoun ("the journalists *that* soldiers detained") or there is none and the
    clause has a subject of its own ("the hostages the rebels kidnapped"); empty for a
    pluperfect (background: "the man he had questioned"), a
    clause of where, when or why ("the town where police arrested him", "the day the army
    attacked"), a subject relative, or one with an object or complement of its own."""
    head = verb.head
    if head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i or verb.lemma_.lower() in REPORT_VERBS:
        return []  # (nor a tag of attribution read as a clause: "in Syria, Turkey's army said")
    own_subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own_subject is None or own_subject.lower_ in WH_WORDS or is_passive(verb):
        return []
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return []  # "the man he had questioned was in fact X": who someone is, told before
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in ("where", "when", "why") for c in verb.children):
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "dative")]
    if objects and not all(o.lower_ in WH_WORDS for o in objects):
        return []
    if any(c.dep_ == "prep" and any(o.lower_ in WH_WORDS for o in c.children) for c in verb.children):
        return []  # ("the raid in which police arrested …")
    return [a for a in finder.actors_of(head) if a.start <= head.i < a.end]


AIMED_PREPS = frozenset({"on", "against", "with"})
"""Prepositions by which a measure or relation names the one it is aimed at ("sanctions on X",
"relations with X", "charges against X")."""


def _object_agrees(pronoun: Token, noun: Token, finder: ActorFinder) -> bool:
    """True when ``noun`` may be what the object pronoun ``pronoun`` stands for: "it" a single
    body or country, "them" several (a plural noun or nouns joined by "and"), "him" or "her"
    one person."""
    if pronoun.lower_ == "them":
        return several(noun)
    if several(noun):
        return False
    person = finder.one_person(noun)
    return person if pronoun.lower_ in ("him", "her") else not person


# verbs by which one tells what was done to them ("told police a man had punched him")
TELLING_LEMMAS = frozenset({"say", "tell", "allege", "claim", "report", "complain", "testify"})
SPEAKER_PRONOUNS = {"him": "he", "her": "she"}


def _reporting_speaker(pronoun: Token, verb: Token, finder: ActorFinder, skip: set[int]) -> list[Actor]:
    """The teller of the clause ``verb`` stands in, when ``verb``'s object is "him" or
    "her" and the teller is one person of that sex: "a woman told officers that her
    neighbour had threatened her" (the woman), "the driver said a man punched him and took
    his keys" (the driver). Not inside a quotation (its "him" is whom the speaker talks
    about), not for a teller that is a body or several people, and not when the clause's
    own subject is the teller. Empty otherwise."""
    word = SPEAKER_PRONOUNS.get(pronoun.lower_)
    if word is None or quotation_of(pronoun) is not None:
        return []
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    teller = clause.head
    if clause.dep_ == "acl" and teller.dep_ in ("dobj", "dative") and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        # "told detectives that two men had robbed him", parsed as a clause on "detectives"
        clause, teller = teller, teller.head
    elif clause.dep_ != "ccomp":
        return []
    if teller.lemma_.lower() not in TELLING_LEMMAS:
        return []
    subject = next((c for c in teller.children if c.dep_ == "nsubj"), None)
    if subject is None or not finder.one_person(subject) or other_sex(subject, word):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i == subject.i for c in verb.children):
        return []
    return [a for a in finder.actors_of(subject) if a.start not in skip]


ONLOOKER_ROLES = frozenset(
    "guarantor guarantors observer observers mediator mediators witness witnesses facilitator "
    "facilitators sponsor sponsors co-sponsor co-sponsors host hosts co-host co-hosts broker "
    "brokers intermediary intermediaries".split())
"""What third parties to talks or a deal are named as ("with Norway as guarantor", "with
Malaysia as host")."""


MEETING_ROOT = "04"
VENUES = frozenset(
    """
    hotel base airbase camp village post crossing resort palace residence venue restaurant airport
    compound villa retreat estate lodge chateau
    """.split()
)
"""Places where sides meet ("met at a hotel", "held talks at an airbase"): no side of the
meeting, whoever owns or runs them."""
TALKS_AND_DOCUMENTS = SIGNED_DOCUMENTS | frozenset(
    "talks talk meeting summit negotiation conference ceremony".split()
)
"""Talks and signed documents, whose "at" phrase is where they were held or signed ("talks at
an airbase in Kazakhstan"; "an attack at the embassy" keeps its target)."""


def _held_at(prep: Token, finder: ActorFinder) -> bool:
    """True for the "at" phrase of talks or a signed document that names a place, not a body
    ("talks at an airbase in Kazakhstan"; "a meeting at the OAS" is with the OAS)."""
    return (
        prep.lower_ == "at"
        and prep.head.lemma_.lower() in TALKS_AND_DOCUMENTS
        and not any(o.dep_ == "pobj" and finder.names_actor(o) for o in prep.children)
    )


def _venue(prep: Token) -> bool:
    """True for an "at" or "in" phrase of a meeting that names a venue (:data:`VENUES`), or
    an "on / at the sidelines (margins, fringes) of" phrase that names its occasion ("met on
    the sidelines of the AU summit": not with the AU)."""
    if prep.lower_ in ("on", "at") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in OCCASION_EDGES for o in prep.children):
        return True
    return prep.lower_ in ("at", "in") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in VENUES for o in prep.children
    )


OCCASION_EDGES = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes"})


def _onlookers(prep: Token) -> bool:
    """True for a "with" phrase that names third parties to the act, not a partner in it:
    an absolute clause ("with Norway and Brazil acting as guarantors", "with UN envoys
    looking on") or a role of a third party ("with Qatar as mediator"); also one "in the
    presence of" whom something is done ("signed the accord in the presence of the emir")."""
    if prep.lower_ == "in":
        return any(o.dep_ == "pobj" and o.lower_ == "presence" for o in prep.children)
    if prep.lower_ != "with":
        return False
    after = prep.right_edge.i + 1
    # "as mediators" on the object, or on the verb right after the phrase
    roles = [c for obj in prep.children for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"]
    if after < len(prep.doc) and prep.doc[after].lower_ == "as" and prep.doc[after].head == prep.head:
        roles.append(prep.doc[after])
    if any(r.lower_ in ONLOOKER_ROLES for a in roles for r in a.children if r.dep_ == "pobj"):
        return True
    return any(obj.dep_ == "pcomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in obj.children)
               for obj in prep.children)


def _struck(weapons: Token, finder: ActorFinder, skip: frozenset[int]) -> list[Actor]:
    """Whom the weapons fired hit, as a relative clause on them says ("fired five shots,
    four of which struck the driver", "fired a round that hit a bystander")."""
    for clause in weapons.children:
        if clause.dep_ == "relcl" and clause.lemma_.lower() in HIT_VERBS and not _missed(clause):
            for obj in (c for c in clause.children if c.dep_ == "dobj"):
                if found := [a for a in finder.actors_of(obj) if a.start not in skip]:
                    return found
    return []


def _missed(clause: Token) -> bool:
    """True for a hit negated ("none of which struck him", "that did not hit anyone")."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return any(c.dep_ == "neg" for c in clause.children) or (
        subject is not None and subject.lower_ in ("none", "neither", "no")
    )


def _instruments(obj: Token, code: str) -> frozenset[int]:
    """The tokens of ``obj`` that name the weapons of a violent act ``code`` ("fired
    rockets", "launched a wave of drones", and as the kind of an act: "launched drone
    attacks on Odesa", "a wave of missile strikes"), or the arms and equipment of military
    aid (CAMEO 07: "received tanks", "delivered fighter jets to X"), which the dictionaries
    know as words of armed forces ("Russian tanks shelled the town") but which are given,
    not giving: no side of the act. Empty when it names none."""
    root = code[:2]
    if root not in VIOLENT_ROOTS and root != AID_ROOT:
        return frozenset()
    kinds = INSTRUMENTS if root != AID_ROOT else INSTRUMENTS | EQUIPMENT
    heads = [obj, *(p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)]
    words = [*heads, *(c for h in heads for c in h.children if c.dep_ in {"compound", "nmod"})]
    return frozenset(w.i for w in words if w.dep_ != "prep" and norm_word(w.lemma_) in kinds)


EQUIPMENT = frozenset(
    """
    tank jet fighter aircraft plane warplane helicopter warship frigate submarine howitzer
    weapon arm ammunition gun rifle launcher interceptor
    """.split()
)
"""Arms and military equipment a state gives or receives (with :data:`INSTRUMENTS`)."""


STATE_SPEAKERS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
"""Types of a speaker who speaks for the state: its country named in their reported clause is
their own side ("Wang said China was not a party to the conflict")."""
GOVERNMENT_NOUNS = frozenset({"government", "administration", "cabinet"})


def _own_state(speaker: Actor, actor: Actor, doc: Doc) -> bool:
    """True when ``actor``, the subject of what a state's official says, is the speaker's own
    state: its country ("China" for a Chinese minister), its capital standing for its
    government ("the US secretary of state said Washington would keep sanctions") or its
    government named as a whole ("the president said the government would listen": GOV and
    GOV)."""
    parts = split_actor_code(speaker.code)
    if parts.country_code is None or not ({parts.type1_code, parts.type2_code} & STATE_SPEAKERS):
        return False
    if actor.code == parts.country_code:
        return True
    if actor.code == parts.country_code + "GOV" and doc[actor.head].ent_type_ == "GPE":
        return True  # (a place's name: the capital, not a person of the government)
    same = actor.code == speaker.code or (actor.code.startswith("---") and actor.code[3:] == speaker.code[3:])
    return same and doc[actor.head].lemma_.lower() in GOVERNMENT_NOUNS


def undertaken(verb: Token) -> bool:
    """True for "is / remains committed to" with a gerund and no "by" agent ("Norway is
    committed to helping Sudan"): an undertaking of its subject, who acts, not a passive."""
    if verb.lemma_.lower() != "commit" or any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and _pcomp_verb(c) for c in verb.children)


def _pcomp_verb(prep: Token) -> bool:
    """True when preposition ``prep`` heads a verb ("to *helping* Sudan")."""
    return any(c.dep_ == "pcomp" and c.pos_ == "VERB" for c in prep.children)


def _fired_passive(verb: Token, match: Match) -> bool:
    """True when the passive subject of a violent ``verb`` names its weapons ("drones
    launched by Russia", "a rocket fired at the town")."""
    subj = passive_subject(verb)
    return subj is not None and bool(_instruments(subj, match.code or ""))


def _with_conjunct_clauses(verb: Token) -> list[Token]:
    """``verb``'s children, then those of the verbs coordinated with it."""
    children = list(verb.children)
    return children + [c for conj in children if conj.dep_ == "conj" for c in conj.children]


def _cooperating(match: Match) -> bool:
    """True for a verb whose own code is diplomatic or material cooperation (05, 06), also
    when announced ("will coordinate": the intent 03x of the verb's 050)."""
    form = match.form.code or match.form.block.code or ""
    return any((code or "")[:2] in OPPOSABLE_ROOTS for code in (match.code, form))


def _opposed(verb: Token, actor: Actor) -> bool:
    """True when ``actor`` is named under an "against" phrase of ``verb`` or of its object
    ("operations *against* the militants")."""
    cur = verb.doc[actor.head]
    for _ in range(8):  # the few heads between an object's word and its verb
        if cur.i == verb.i or cur.head.i == cur.i:
            return False
        if cur.dep_ == "prep" and cur.lower_ == "against":
            return True
        cur = cur.head
    return False


FURNISH_VERBS = frozenset("supply provide equip arm furnish resupply rearm".split())
"""Verbs whose "with" phrase is what their object is given ("provided Niger with drones")."""


BEHALF_NOUNS = frozenset({"behalf", "name", "sake"})


def _on_behalf(prep: Token) -> bool:
    """True for "on behalf of X", "in the name of X", "for the sake of X": whom an act is
    done for, not to."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return (pobj is not None and pobj.lemma_.lower() in BEHALF_NOUNS
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in pobj.children))


def _namers(prep: Token, finder: ActorFinder, sources: list[Actor]) -> frozenset[int]:
    """The tokens of a "what X called / says was Y" clause that is the object of ``prep``
    when X is the source's own side ("walked out in what *their* union called the largest
    strike in U.S. history"; "Pakistan summoned the envoy to complain about what Islamabad
    says was firing by India"): the source naming its own act or grievance names no one it
    acts on. Another namer stays ("marched over what the ministry says are necessary
    increases": the ministry's)."""
    for clause in prep.children:
        if clause.dep_ != "pcomp" or not any(c.lower_ == "what" for c in clause.children):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children) or any(
            a.code.startswith(s.code) and not s.code.startswith("---")
            for a in finder.actors_of(subj)
            for s in sources
        )
        if own:
            return frozenset(t.i for t in clause.subtree)
    return frozenset()


SUPPORT_NOUNS = frozenset({"support", "solidarity", "memory", "honour", "honor", "defence", "defense"})
SUPPORT_PREPS = frozenset({"of", "with"})


def _in_support(prep: Token) -> bool:
    """True for "in support of X", "in solidarity with X", "in memory of X", "in defence of
    X": the side a protest backs or mourns, not the one it is against. Also the "of / with"
    phrase the parser hung on the verb right after "in solidarity"."""
    if prep.lower_ in SUPPORT_PREPS and prep.i > 0:
        noun = prep.doc[prep.i - 1]
        return noun.dep_ == "pobj" and noun.head.lower_ == "in" and norm_word(noun.lemma_) in SUPPORT_NOUNS
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return (prep.lower_ == "in" and pobj is not None and norm_word(pobj.lemma_) in SUPPORT_NOUNS
            and any(c.dep_ == "prep" and c.lower_ in SUPPORT_PREPS for c in pobj.children))


def _supported(obj: Token) -> frozenset[int]:
    """The tokens of the "in support of / in solidarity with" phrases of an object ("staged
    a rally in support of the miners"; :func:`_in_support`)."""
    return frozenset(t.i for c in obj.children if c.dep_ == "prep" and _in_support(c) for t in c.subtree)


def _partner(verb: Token, finder: ActorFinder, skip: frozenset[int], in_phrase: set[int]) -> list[Actor]:
    """ "Erdogan discussed Libya *with* Trump", "signed a gas deal on Iraq *with* Turkey":
    the one a consultation or cooperation is held with, named in a "with" phrase of the
    verb or of its direct object, before what it is about; empty when none names an actor.
    A verb of furnishing (:data:`FURNISH_VERBS`) gives its object what its "with" phrase
    names: "supplied Ukraine *with* Patriot systems" has no partner."""
    if verb.lemma_.lower() in FURNISH_VERBS:
        return []
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.i not in in_phrase)]
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "with" and prep.i not in in_phrase:
                if _onlookers(prep):
                    continue  # "talks held in Doha, with Egyptian officials looking on"
                if found := finder.first_in(subtree_no_clauses(prep), skip):
                    return found
    return []


def _asked(verb: Token, finder: ActorFinder) -> list[Actor]:
    """ "called for Iran to free the crew", "called for the gang to surrender",
    "appealed for both sides to stop": the actors of the subject of a "for ... to" clause on
    the verb of asking, the one asked to act; empty when there is no such clause or its
    subject names no actor."""
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "ccomp", "xcomp"):
            continue
        marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
        infinitive = to_infinitive(clause)
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if marked and infinitive and subj is not None and (found := finder.actors_of(subj)):
            return found
    return []


def _opponent(
    verb: Token, match: Match, targets: list[Actor], sources: list[Actor], finder: ActorFinder
) -> list[Actor]:
    """ "filed a case at the ICJ against Myanmar", "lodged a WTO complaint over Peruvian
    tariffs": a complaint or legal case (CAMEO 11) brought before a court or an international
    body is against the one its "against" or "over" phrase names, not the forum; empty when
    the target is no forum or no such phrase names anyone else."""
    if not (match.code or "").startswith(COMPLAINT_ROOT) or not targets or not all(map(_forum, targets)):
        return []
    taken = frozenset(k for a in (*sources, *targets) for k in range(a.start, a.end))
    for prep in subtree_no_clauses(verb):
        if prep.dep_ == "prep" and prep.lower_ in OPPONENT_PREPS and prep.i > verb.i:
            if found := finder.first_in(subtree_no_clauses(prep), taken):
                return found
    return []


def _ordered_act_target(
    verb: Token, match: Match, targets: list[Actor], sources: list[Actor], finder: ActorFinder
) -> list[Actor] | None:
    """ "The president ordered the army to attack rebel positions", "ordered officials to
    prepare sanctions against Vietnam": a directive whose pattern words are those of its
    infinitive codes the act ordered, whose target is the one the infinitive acts on (its
    actors, maybe none), not the one ordered (the directive's object). None when this is
    no such directive."""
    if norm_word(verb.lemma_) not in DIRECTIVE_LEMMAS or match.pattern is None or not targets:
        return None
    words = {w.lower() for w in required_words(match.pattern)}
    ordered = direct_object(verb)
    act = next((c for c in verb.children if c.dep_ == "xcomp" and to_infinitive(c)), None)
    if not words or ordered is None or act is None:
        return None
    if not any(ordered.i in range(a.start, a.end) or a.head == ordered.i for a in targets):
        return None  # the target is not the one ordered
    if not all(_instrument_of(a, sources) for a in targets):
        return None  # "ordered the newspaper to suspend publication": the one coerced
    inside = list(act.subtree)
    if not words <= {t.lower_ for t in inside} | {t.lemma_.lower() for t in inside}:
        return None  # the pattern is the directive's own ("ordered sanctions against X")
    taken = frozenset(k for a in (*sources, *targets) for k in range(a.start, a.end))
    return finder.first_in(inside, taken)


def _instrument_of(actor: Actor, sources: list[Actor]) -> bool:
    """True for an army, police, spy service or officials named only by their role or of
    the sources' own country: those a government or commander orders to act for it."""
    if not actor_types(actor) & INSTRUMENT_TYPES or not sources:
        return False
    country = actor.code[:3]
    return country == "---" or any(s.code[:3] in (country, "---") for s in sources)


def _inquiry_author(subj: Token, match: Match, finder: ActorFinder) -> list[Actor]:
    """The actors of the "by" phrase of an inquiry that says or finds something ("an
    investigation by Dutch prosecutors concluded that …", "a report by the UN said …"):
    the authors speak through it. Only for statements and the accusations (01, 11)."""
    if subj.lemma_.lower() not in INQUIRY_NOUNS or not (match.code or "").startswith(("01", "11")):
        return []
    by = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    pobj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    return finder.actors_of(pobj) if pobj is not None else []


def _before_forum_only(verb: Token, match: Match, targets: list[Actor]) -> bool:
    """ "launched a dispute at the WTO over the steel tariffs", "filed a lawsuit in the
    International Court of Justice": an official complaint or a case (114, 115) whose only
    actors are the forum where it is brought (in an "at / before / in" phrase) names no one
    it is against; the forum is not its target. A body a complaint is addressed to ("filed a
    complaint with / to the Security Council") stays its target."""
    if not (match.code or "").startswith(FORUM_CASE_CODES) or not targets or not all(map(_forum, targets)):
        return False
    doc = verb.doc
    return all(
        doc[a.head].dep_ == "pobj" and doc[a.head].head.lower_ in FORUM_PREPS for a in targets
    )


def _forum(actor: Actor) -> bool:
    """True for a body complaints and cases are brought before: an international
    organisation or a court."""
    return actor.code.startswith("IGO") or "JUD" in actor_types(actor)


def _stray_agent(verb: Token, finder: ActorFinder) -> list[Actor]:
    """The actors of a passive's "by" phrase that the parser hung on a noun of the verb's
    phrases ("was sentenced to two years in a state jail at the county courthouse *by*
    Judge X", "were arrested in a raid *by* police"); not inside a clause ("at a house owned
    by his brother"); also after a predicate and a gerund ("was found guilty of inciting
    violence *by* a court")."""
    stack = [c for c in verb.children if c.dep_ in ("prep", "oprd")]
    for _ in range(12):
        if not stack:
            break
        tok = stack.pop(0)
        if tok.dep_ == "prep" and tok.lower_ == "by":
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            return finder.actors_of(pobj) if pobj is not None else []
        stack.extend(c for c in tok.children if c.dep_ in ("prep", "pobj", "pcomp"))
    return []


def _participle_target(
    verb: Token, finder: ActorFinder, skip: frozenset[int], in_phrase: set[int], authors: bool = False
) -> tuple[list[Actor], str]:
    """An object that names no actor described by a participle that does ("welcomed memos
    *sent by X*", "closed the roads *leading into X*", "boycotted the parade *supporting
    X*"): the participle's first actor (a city in a locative phrase is a place). With
    ``authors`` only the "by" agent of a past participle: whose act, offer or statement
    it is ("rejected every offer *made by X*")."""
    heads = [
        c for c in verb.children if c.dep_ in ("dobj", "dative", "attr", "oprd") and c.i not in in_phrase
    ]
    for prep in verb.children:
        # (a locative phrase tells where, not on what: "in a letter handed to X")
        aimed = prep.lower_ in TARGET_PREPS and prep.lower_ not in LOCATIVE_PREPS
        if prep.dep_ == "prep" and (aimed or prep.i in in_phrase):
            heads.extend(c for c in prep.children if c.dep_ == "pobj")
    # a participle may describe a noun of the object's phrase ("assurances on issues sent from X")
    heads = [t for h in heads for t in subtree_no_clauses(h) if t.pos_ in ("NOUN", "PROPN")]
    for head in heads:
        for participle in head.children:
            if participle.dep_ != "acl" or participle.tag_ not in (("VBN",) if authors else ("VBN", "VBG")):
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in participle.children):
                continue  # a clause of its own ("hopes that X could be drawn into …")
            if participle.lemma_.lower() in THIRD_PARTIES:
                continue  # "talks hosted by X", "a deal brokered by X": X is no party to them
            if authors and participle.lemma_.lower() in BYSTANDER_PARTICIPLES:
                continue  # "the plan, followed by X": X came after it, X did not make it
            for part in participle.children:
                if part.dep_ not in (("agent",) if authors else ("agent", "prep", "dobj", "dative")):
                    continue
                found = finder.first_in(subtree_no_clauses(part), skip)
                if part.dep_ == "prep" and part.lower_ in LOCATIVE_PREPS:
                    found = [a for a in found if not finder.is_city(a)]
                if found:
                    return found, f"participle:{participle.lower_}"
    return [], ""


def _second_subject(subj: Token) -> Token | None:
    """Another subject the parser gave ``subj``'s verb ("Old foes *Gondor* and Osgiliath":
    "foes" and "Gondor" both nsubj), None when there is none."""
    if subj.dep_ != "nsubj":
        return None
    return next((c for c in subj.head.children if c.dep_ == "nsubj" and c.i != subj.i), None)


def _split_conjunct(subj: Token) -> Token | None:
    """The subject the parser hung beside ``subj`` when ``subj`` ends with "and" and the
    other comes after it ("Lavrov *and* US Secretary of State Antony Blinken": both nsubj),
    None otherwise."""
    if subj.dep_ != "nsubj" or not any(c.dep_ == "cc" and c.lower_ == "and" for c in subj.children):
        return None
    if any(c.dep_ == "conj" for c in subj.children):
        return None  # (a conjunct already joined: the actor finder reads it)
    return next((c for c in subj.head.children if c.dep_ == "nsubj" and c.i > subj.i), None)


def _of_countries(found: list[Actor], only: bool) -> list[Actor]:
    """``found``, or with ``only`` the actors of it that have a country."""
    return [a for a in found if split_actor_code(a.code).country_code] if only else found


def _imposed_on(obj: Token, finder: ActorFinder) -> list[Actor]:
    """ "lifted the sanctions imposed on India": whom a measure described by a participle
    was put on (its on/against/upon phrase)."""
    for part in obj.children:
        if part.dep_ != "acl" or part.tag_ != "VBN":
            continue
        for prep in part.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "against", "upon"):
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and (found := finder.actors_of(pobj)):
                    return found
    return []


def _own(obj: Token, found: list[Actor], sources: list[Actor]) -> bool:
    """True for an object that is the source's own people by a pronoun ("its troops",
    "their ambassador"): role words only, of the source's country. A person's private
    people are others all the same ("beat his wife", "stabbed her boyfriend")."""
    owners = [c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ in OWN_PRONOUNS]
    if not owners:
        return False
    if all(c.lower_ in PERSON_POSSESSIVES for c in owners) and all(a.code.endswith(CIVILIAN) for a in found):
        return False
    countries = {s.code[:3] for s in sources}
    return all(not any(m.actor for m in a.parts) and a.code[:3] in countries for a in found)


ATTITUDE_NOUNS = frozenset(
    """
    support backing solidarity commitment sympathy condolence gratitude appreciation concern
    opposition condemnation criticism rejection praise respect readiness willingness
    """.split()
)
"""Nouns of a stance one expresses, reiterates or pledges: their possessor holds it ("reiterated
Brazil's support for X")."""


JUDGING_BLOCKS = frozenset({"PRAISE", "QUESTION", "CRITICIZE", "OPPOSE", "REJECT", "DISMISS"})
"""Verb blocks whose own verb judges its object ("thanked Japan's support", "questioned the
government's commitment"): a stance noun there is judged, and its holder is the target."""


def _judges_stance(match: Match) -> bool:
    """True when ``match`` is a verb of judging by itself, with no pattern naming the stance
    ("welcomed Brazil's support": Brazil is praised), unlike a verb that voices one's own
    stance ("expressed Brazil's support for X": the minister is Brazil's)."""
    return match.pattern is None and match.form.block.name in JUDGING_BLOCKS


def _stance_holder(obj: Token) -> frozenset[int]:
    """The tokens of the name that holds a stance noun (:data:`ATTITUDE_NOUNS`) as its
    possessor ("Brazil's support"), empty for none or a pronoun ("its support")."""
    if norm_word(obj.lemma_) not in ATTITUDE_NOUNS:
        return frozenset()
    return frozenset(t.i for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON" for t in c.subtree)


def _holder_country(verb: Token, sources: list[Actor], finder: ActorFinder) -> list[Actor]:
    """``sources``, role-only actors ("the minister"), with the country of the name that
    holds the stance ``verb``'s object is ("expressed Japan's support for X": JPN); empty when
    a source has a country or the holder names none."""
    obj = direct_object(verb)
    holder = sorted(_stance_holder(obj)) if obj is not None else []
    if not sources or not holder or not all(a.code.startswith("---") for a in sources):
        return []
    owners = finder.first_in([verb.doc[k] for k in holder])
    country = split_actor_code(owners[0].code).country_code if owners else None
    if not country:
        return []
    return [dataclasses.replace(a, code=country + a.code[3:]) for a in sources]


def _victims(obj: Token) -> frozenset[int]:
    """The tokens of the "on / of / against" phrases of an object that names an act of harm
    (:data:`HARM_ACTS`: "the attack on X", "the killing of X", "the arrest of X"): who
    suffered it. Empty for other objects."""
    if norm_word(obj.lemma_) not in HARM_ACTS and not _use_of_force(obj):
        return frozenset()
    return frozenset(
        t.i for c in obj.children if c.dep_ == "prep" and c.lower_ in VICTIM_PREPS for t in c.subtree
    )


COMPARISON_WORDS = frozenset({"than", "as"})


def compared(phrase: Token) -> frozenset[int]:
    """The tokens of the comparisons inside ``phrase``: a "than" phrase ("more cars than
    Canada", "more refugees than any other country") or the second "as" of "as many … as
    Italy". Whom a quantity is compared with takes no part in the act ("Mexico exported more
    cars than Canada" names no buyer). A number's "more than" ("detained more than 100
    protesters") is no comparison phrase and stays."""
    text = words_of(phrase.doc).text
    if not any(text[k] in COMPARISON_WORDS for k in range(phrase.left_edge.i, phrase.right_edge.i + 1)):
        return frozenset()  # (most phrases hold no "than" or "as": no Token made for them)
    out: set[int] = set()
    for tok in phrase.subtree:
        if tok.dep_ != "prep" or tok.lower_ not in COMPARISON_WORDS:
            continue
        if tok.lower_ == "as" and not any(c.lower_ == "as" and c.i < tok.i for c in tok.head.subtree):
            continue  # "served as a mediator", "such countries as France": no comparison
        if any(c.dep_ == "nummod" for p in tok.children if p.dep_ == "pobj" for c in p.children):
            continue
        out.update(t.i for t in tok.subtree)
    return frozenset(out)


GOODS_NOUNS = frozenset(
    """
    import export good product produce grain wheat corn maize sunflower steel aluminium aluminum
    meat beef pork poultry chicken dairy milk sugar fruit vegetable rice car vehicle fertilizer
    fertiliser shipment
    """.split()
)
"""Goods and trade a protest may be against ("against cheap grain imports from Ukraine"):
where they come from is no side the protest is against."""


def origins(phrase: Token) -> frozenset[int]:
    """The tokens of the "from" phrases of goods or trade (:data:`GOODS_NOUNS`) in ``phrase``'s
    subtree ("protested against cheap beef imports *from Brazil*"): a protest against goods is
    no protest against the country they come from, whose name is then no target."""
    if GOODS_NOUNS.isdisjoint(words_of(phrase.doc).lemma[phrase.left_edge.i : phrase.right_edge.i + 1]):
        return frozenset()  # (no goods word in the phrase: most protests)
    return frozenset(
        t.i
        for noun in phrase.subtree
        if norm_word(noun.lemma_) in GOODS_NOUNS
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for t in prep.subtree
    )


def _use_of_force(obj: Token) -> bool:
    """True for "the use of force / violence" ("criticised the use of force against
    demonstrators"): an act of harm named by its means."""
    return norm_word(obj.lemma_) == "use" and any(
        c.dep_ == "prep" and c.lower_ == "of" and norm_word(p.lemma_) in FORCE_NOUNS
        for c in obj.children
        for p in c.children
        if p.dep_ == "pobj"
    )


def _topics(obj: Token) -> frozenset[int]:
    """The tokens of the "about / on / regarding" phrases of an object that names words
    said or written (:data:`SPEECH_ACTS`: "condemned the remarks about farmworkers made by
    the commissioner"): whom they were about, not who is criticised for them. Empty for
    other objects."""
    if norm_word(obj.lemma_) not in SPEECH_ACTS and obj.lower_ not in SPEECH_ACTS:
        return frozenset()
    return frozenset(
        t.i for c in obj.children if c.dep_ == "prep" and c.lower_ in TOPIC_OF_WORDS for t in c.subtree
    )


def _kind_of_act(obj: Token, found: list[Actor]) -> bool:
    """True when an object naming an act is described by role words alone ("launched a
    *military* assault on X", "cut *military* aid to X", "suspended *military* talks"): the
    role says what kind of act it is, not who is acted on (its phrases may name that). Not
    an owner ("the airline's operations"); an evaluation's object is judged with its author
    ("condemned the bombing by the rebels": the rebels), so this is not asked there."""
    doc = obj.doc
    return norm_word(obj.lemma_) in ACT_NOUNS and all(
        not any(m.actor is not None or doc[m.end - 1].dep_ == "poss" for m in a.parts)
        and not a.start <= obj.i < a.end
        for a in found
    )


def _own_forces(obj: Token, sources: list[Actor], finder: ActorFinder) -> Token | None:
    """The head of an object that is the source's own armed forces or peacekeepers, named
    by a role word alone or with the source's own country ("withdrew peacekeepers from X",
    "sent 200 troops", "some of its troops", "Italian troops" sent by Italy); None for
    forces of another country ("expelled Ukrainian troops") or no forces at all."""
    head = obj
    if head.i not in finder.by_token:
        # "some of its troops", "part of the peacekeepers"
        head = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), obj)
    mention = finder.by_token.get(head.i)
    found = finder.actors_of(head)
    if not found or mention is None or mention.agent is None:
        return None
    if not all(actor_types(a) and actor_types(a) <= FORCE_TYPES for a in found):
        return None
    # a country named before the role says whose forces they are ("Ukrainian troops"); one
    # named after it is where they are ("peacekeepers from Burundi")
    countries = {s.code[:3] for s in sources}
    named_before = [m for a in found for m in a.parts if m.actor is not None and m.end <= head.i]
    if named_before and any(a.code[:3] not in countries for a in found):
        return None
    return head


def _force_place(
    verb: Token, forces: Token, finder: ActorFinder, skip: frozenset[int], in_phrase: set[int]
) -> tuple[list[Actor], str]:
    """Where the source's own ``forces`` go or leave: the first country or actor named in a
    to/into/from/in phrase of the verb or of the forces' noun ("withdrew peacekeepers from
    Burundi" -> BDI, not BDIPKO); no target when none is named."""
    phrases = [
        c
        for c in (*verb.children, *forces.children)
        if c.dep_ in ("prep", "dative") and c.lower_ in FORCE_PREPS
    ]
    for prep in sorted(phrases, key=lambda t: t.i):
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        # countries by name are the places themselves ("from Syria, the minister said" is
        # Syria; "from Austria and Hungary" both)
        heads = [pobj]
        for head in heads:
            heads.extend(c for c in head.children if c.dep_ == "conj")
        found = [c for c in map(finder.country_at, heads) if c is not None] or finder.first_in(
            subtree_no_clauses(prep), skip
        )
        if found:
            return found, f"force-place:{prep.lower_}"
    return [], ""


def _own_country(obj: Token, found: list[Actor], sources: list[Actor]) -> bool:
    """True when an object's actors are only the one country of its sources, by name,
    owning or describing the thing acted on ("Iranian officials discussed Iran's nuclear
    programme with the EU": the programme is the matter, the EU the one consulted; with no
    other actor, "the president defended Mexico's policy", the country stays the target).
    Not a country heading the object, nor a role of it
    ("arrested Kenya's former finance minister" is KENGOV), nor one named in a phrase of
    place or party ("a curfew in Basra", "sanctions on X", "support from X"), nor for
    sources of several countries ("Japan and the US agreed to cut tariffs on US goods")."""
    countries = {s.code[:3] for s in sources}
    return len(countries) == 1 and all(
        a.code in countries and not a.start <= obj.i < a.end and not _in_party_phrase(obj.doc[a.head], obj)
        for a in found
    )


def _passed_over(obj: Token, found: list[Actor], sources: list[Actor], passed: list[Actor] | None) -> bool:
    """:func:`_own_country`, adding the actors passed over to ``passed``."""
    if not _own_country(obj, found, sources):
        return False
    if passed is not None:
        passed.extend(found)
    return True


def _own_country_pair(source: Actor | None, target: Actor | None) -> bool:
    """True when ``target`` is only the country, by name, of the role ``source`` names
    (RUSGOV -> RUS)."""
    return (
        source is not None
        and target is not None
        and len(target.code) == 3
        and source.code != target.code
        and source.code.startswith(target.code)
    )


# prepositions inside an object by which a country is what the thing is about or whose it
# is ("the possibility of giving X", "support for X"), not where or whom it acts on
MATTER_PREPS = frozenset({"of", "for", "about", "regarding", "concerning"})


def _in_party_phrase(tok: Token, obj: Token) -> bool:
    """True when ``tok`` hangs under ``obj`` through a preposition other than
    :data:`MATTER_PREPS` ("a curfew *in* Basra", "tariffs *on* X", "support *from* X")."""
    cur = tok
    for _ in range(12):
        if cur.i == obj.i or cur.head.i == cur.i:
            return False
        if cur.dep_ == "prep" and cur.lower_ not in MATTER_PREPS:
            return True
        cur = cur.head
    return False


def _antecedent(verb: Token, finder: ActorFinder, person: str = "") -> list[Actor]:
    """The actors of the nearest governing clause's subject that names any ("Ethiopia
    indicated it would act": Ethiopia acts); with ``person`` ("he" or "she") one before the
    verb that names a single person of that sex ("the minister said Libya must act before
    he left": the minister; not in "'She is cooperating,' the chief said"); empty when none
    does."""
    cur = verb
    for _ in range(4):
        if cur.dep_ not in GOVERNED_CLAUSE_DEPS or cur.head == cur:
            return []
        cur = cur.head
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)
        if person and subj is not None and (
            subj.i > verb.i or not finder.one_person(subj) or other_sex(subj, person)
        ):
            continue  # "'She is cooperating,' Nelson said": the quote's she is not Nelson
        if subj is not None and (found := finder.actors_of(subj)):
            return found
    return []


def _teller_acted_on(pronoun: Token, verb: Token, finder: ActorFinder, sources: list[Actor],
                     code: str) -> list[Actor]:
    """The teller of the clause of a passive ``verb`` coded ``code`` whose subject is
    ``pronoun`` (the clause a verb of telling governs itself), when the teller is the one it
    was done to: "the mayor said he was attacked by
    protesters", "a shopkeeper said she had been robbed", "villagers said they had been driven
    out", "Ethiopia said it had been attacked". Not a police or court teller ("police said he
    was arrested": someone else), nor an official telling of an arrest or an inquiry; "it" only
    for a state told acted on with hostility ("the ministry said it was approved" is a thing),
    "they" only for tellers who hold no office. Empty otherwise."""
    word = pronoun.lower_
    if word not in TELLER_PRONOUNS or (word == "it" and code[:2] not in HOSTILE_ROOTS):
        return []
    if verb.dep_ != "ccomp" or norm_word(verb.head.lemma_) not in TELLING_LEMMAS | {"insist"}:
        return []  # (not a clause inside it: "said X lost control and he was thrown")
    skip = {a.start for a in sources}
    person = word if word in ONE_PERSON_PRONOUNS else ""
    found = [a for a in _antecedent(verb, finder, person=person) if a.start not in skip]
    kinds = set().union(*(actor_types(a) for a in found))
    if kinds & REPORTED_BY_OFFICE or (kinds & AUTHORITY_TYPES and code[:2] in OFFICE_ACT_ROOTS):
        return []
    if word == "they" and kinds & AUTHORITY_TYPES:
        return []
    if word == "it" and kinds - {"GOV", "MIL"}:
        return []
    return found


PAIR_COUNTS = frozenset({"two", "2"})


def _pair_word(word: Token) -> bool:
    """True for "both", "the two" or "the pair" standing alone for two people ("both were
    detained")."""
    if word.lower_ == "both":
        return not any(c.dep_ == "prep" for c in word.children)  # not "both of them"
    alone = word.lower_ == "pair" or (word.lower_ == "two" and word.tag_ == "CD")
    return alone and [c.lower_ for c in word.children] == ["the"]  # not "the pair of thieves"


def _pair_before(word: Token, finder: ActorFinder) -> list[Actor]:
    """The actors of the nearest plural noun counted as two before ``word`` in its sentence
    ("two teenagers had stolen his van, and both were detained": the teenagers); none when
    there is none."""
    for tok in reversed(word.doc[word.sent.start : word.i]):
        counted = tok.tag_ in ("NNS", "NNPS") and any(c.lower_ in PAIR_COUNTS for c in tok.children)
        if counted:
            return finder.actors_of(tok)
    return []


TIME_SPAN_NOUNS = frozenset("minutes hours days weeks months moments".split())
"""Spans of time that start "minutes later", "hours after"."""


HARM_LEMMAS = frozenset("kill wound injure hurt maim".split())
"""Verbs of harm done to people, whose passive a clause of how it happened explains."""


def _clause_agent(clause: Token) -> Token | None:
    """The noun of the "by" agent of a passive clause's verb (None for an active one)."""
    if not any(c.dep_ == "nsubjpass" for c in clause.children):
        return None
    agent = next((c for c in clause.children if c.dep_ == "agent"), None)
    return _agent_noun(agent) if agent is not None else None


def _agent_noun(agent: Token) -> Token | None:
    """The noun of a "by" agent (or its noun in "-ing" the parser read as a gerund: "by
    Russian shelling"); where the parser left "by" with none, having read "by
    police hours later" as "police hours" (the time span of "later", "police" its compound),
    the word before the time span ("police")."""
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if pobj is not None:
        return pobj
    # "killed by Russian shelling": the parser reads the noun in "-ing" as a gerund
    gerund = next((c for c in agent.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    if gerund is not None:
        return gerund
    doc = agent.doc
    if agent.i + 2 < len(doc) and doc[agent.i + 2].lower_ in TIME_SPAN_NOUNS:
        word = doc[agent.i + 1]
        if word.dep_ == "compound" and word.head.i == agent.i + 2:
            return word
    return pobj


def _court_in(verb: Token, finder: ActorFinder) -> list[Actor]:
    """The court (an actor of type JUD) of the verb's own "in" phrase, or none."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            found = finder.actors_of(pobj) if pobj is not None else []
            if found and all("JUD" in actor_types(a) for a in found):
                return found
    return []


CUSTODIAN_TYPES = frozenset({"COP", "JUD", "GOV"})
"""Who charges, books or jails those brought to them: police, courts, the authorities."""


def _authority_where(verb: Token, finder: ActorFinder) -> list[Actor]:
    """The police, court or authorities a "where" clause of ``verb`` describes ("was taken to
    the sheriff's office, where she was booked", "turned over to the sheriff's department, where she
    was charged"), or none; not a place ("taken to Dover, where he was charged")."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return []
    found = finder.actors_of(verb.head)
    if found and all(actor_types(a) & CUSTODIAN_TYPES for a in found):
        return found
    return []


def _noun_clause_antecedent(verb: Token, pronoun: Token, finder: ActorFinder) -> list[Actor]:
    """ "X appeared in court on Monday, where *they* pleaded not guilty", "Y was arraigned on
    charges *he* assaulted a girl": the pronoun subject of a clause on a noun of the main
    verb's phrases stands for that verb's subject (for charges, allegations and the like,
    for the one charged: the object, else the passive subject), when the two agree in
    number ("they" for several, "he"/"she" for one)."""
    if pronoun.lower_ not in PERSONAL_PRONOUNS or verb.dep_ not in ("relcl", "acl"):
        return []
    noun = verb.head
    cur = noun
    for _ in range(6):
        if cur.dep_ not in ("pobj", "prep", "npadvmod", "dobj") or cur.head == cur:
            return []
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            break
    else:
        return []
    while cur.dep_ == "conj" and cur.head != cur and not any(c.dep_ in SUBJECT_DEPS for c in cur.children):
        cur = cur.head  # "was stopped and turned over to deputies, where she …": the subject
    deps = ("dobj", "nsubjpass") if norm_word(noun.lemma_) in CHARGE_NOUNS else ("nsubj", "nsubjpass")
    for dep in deps:
        subj = next((c for c in cur.children if c.dep_ == dep and c.pos_ != "PRON"), None)
        if subj is not None and pronoun_agrees(pronoun.lower_, subj) and (found := finder.actors_of(subj)):
            return found
    return []


SEARCHING_VERBS = frozenset({"search", "raid"})
"""Verbs of searching premises."""
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _searches(verb: Token, code: str) -> bool:
    """True for an investigation, or a search or raid of premises (coded 09x, 17x or 19x)."""
    return code[:2] == INVESTIGATION or norm_word(verb.lemma_) in SEARCHING_VERBS


def _premises_places(obj: Token) -> frozenset[int]:
    """The tokens of the place names that modify premises searched ("the *Paris* headquarters",
    "the *London* home of …"), empty when none does."""
    return frozenset(
        t.i
        for c in obj.children
        if c.dep_ in ("compound", "nmod") and c.ent_type_ in PLACE_LABELS
        for t in c.subtree
    )


# participles that tie premises to whoever has them ("properties linked to X", "a warehouse
# belonging to X", "offices used by X", "villages held by the rebels", "a checkpoint manned by
# soldiers")
OWNING_PARTICIPLES = frozenset(
    "link belong own use rent lease tie connect associate occupy hold control run operate man guard".split()
)
WARRANT_PREPS = frozenset({"at", "on"})
"""Prepositions of the premises a search warrant is served on."""


def _premises_owners(obj: Token, finder: ActorFinder, skip: frozenset[int]) -> list[Actor]:
    """The actors of the "to" or "by" phrase of a participle that ties premises searched to
    their owner ("raided properties linked to former president X"), also of the premises a
    warrant is served "at" or "on" ("executed search warrants at a farmhouse belonging to X"),
    else none."""
    holders = (obj, obj.head) if obj.dep_ == "dobj" else (obj,)  # (the verb's "at" phrase too)
    served = (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in WARRANT_PREPS)
    premises = [obj, *(p for c in served for p in c.children if p.dep_ == "pobj")]
    for acl in (c for noun in premises for c in noun.children):
        if acl.dep_ != "acl" or norm_word(acl.lemma_) not in OWNING_PARTICIPLES:
            continue
        for prep in acl.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in ("to", "by"):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    if found := [a for a in finder.actors_of(pobj) if a.start not in skip]:
                        return found
    return []


def _language(obj: Token, verb: Token) -> bool:
    """True when ``obj`` is a language ``verb`` speaks ("speaks fluent Russian")."""
    return verb.lemma_.lower() in ("speak", "talk") and obj.ent_type_ in ("LANGUAGE", "NORP")


# verbs of consulting whose direct object is always what is talked about, never with whom
TOPIC_VERBS = frozenset({"discuss"})


def _topic_object(obj: Token, verb: Token) -> bool:
    """True when ``obj`` is the direct object of a verb that takes its topic there ("the
    analyst discussed four trends, including Chinese dominance of panel making", "the
    professor discussed Japanese attitudes to immigration"): whom one discusses with is in
    a "with" phrase or the verb's other subject."""
    return obj.dep_ == "dobj" and verb.lemma_.lower() in TOPIC_VERBS


# nouns of the job one holds: what one resigns or steps down from in such a phrase is one's
# own work, and the role its "as" phrase names is one's own ("from his job as a police officer")
JOB_NOUNS = frozenset({"job", "post", "position", "role", "career", "duties", "work"})


def _own_job(prep: Token) -> bool:
    """True when ``prep`` is a "from" phrase whose object is a job noun (:data:`JOB_NOUNS`)
    with an "as" phrase: "stepped down from his post as a sheriff's deputy", "quit her post
    as a prison guard" name the source's own job and role, not whom the resignation concedes
    to ("resigned from the Prime Minister position" still names the office's government)."""
    if prep.lower_ != "from":
        return False
    return any(
        c.dep_ == "pobj" and c.lemma_.lower() in JOB_NOUNS
        and any(a.dep_ == "prep" and a.lower_ == "as" for a in c.children)
        for c in prep.children
    )


def _topic_partner(obj: Token, finder: ActorFinder, skip: frozenset[int]) -> list[Actor]:
    """The actors of a "with" phrase inside a topic object (:func:`_topic_object`), where the
    parser may hang whom one discusses with ("discussed Turkey's bid for membership *with*
    German officials"); empty when there is none."""
    for word in obj.subtree:
        if word.dep_ == "prep" and word.lower_ == "with" and not _onlookers(word):
            if found := finder.first_in(subtree_no_clauses(word), skip):
                return found
    return []


def _trailing_speaker(verb: Token) -> frozenset[int]:
    """The tokens of the speaker of a verb of saying after ``verb``'s clause ("..., X's air
    force said"): its subject's words; empty when there is none."""
    said = reporting_verb(verb)
    if said is None or said.i < verb.i:
        return frozenset()
    return frozenset(t.i for c in said.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree)


def _hinted(hint: Hint, sent: Span, finder: ActorFinder) -> list[Actor]:
    """The actors a pattern marker points at: the first named from its token on, in text
    order or (a marker before the verb) leftwards."""
    index, leftwards = hint
    if leftwards:
        return finder.first_in([t for t in reversed(sent) if t.i <= index])
    return finder.first_in([t for t in sent if t.i >= index])


def _felt_target(adjective: Token, index: int, finder: ActorFinder) -> list[Actor]:
    """The actor a feeling is about: the one first named in the phrase of the adjective's
    preposition that holds token ``index`` (the pattern's ``+``), outside its clauses ("angry
    at *Washington*", "disappointed with *Germany*'s decision", "frustrated by their
    failure to agree with Chile": none), the doer when a "by" phrase names one; none when
    no phrase of the adjective holds it."""
    for prep in feeling_phrases(adjective):
        if prep.left_edge.i <= index <= prep.right_edge.i:
            # "angry at the arrest of its citizens *by Nigerian police*": the act's doer
            doers = (b for o in prep.children if o.dep_ == "pobj" for b in o.children
                     if b.dep_ in ("prep", "agent") and b.lower_ == "by")
            for by in doers:
                if found := finder.first_in(actor_phrase(by, finder)):
                    return found
            return finder.first_in(actor_phrase(prep, finder))
    return []


def actor_phrase(root: Token, finder: ActorFinder, places: bool = False) -> list[Token]:
    """``root``'s phrase without clauses and without the places of happenings and signed
    documents: in "the war *in Sudan*", "the violence *in Haiti*", "an agreement *in Ankara*"
    the country is where something happens, not an actor the verb acts on. The place of a
    thing stays the target, as CAMEO codes it
    ("evacuated settlements in the Gaza Strip", "retook a village in Cambodia"). With
    ``places`` every place stays (a visit or meeting is with the country it is in)."""
    phrase = subtree_no_clauses(root)
    if places:
        return phrase
    inside = {t.i for t in phrase}
    out: list[Token] = []
    reasons: list[Token] = []  # (last: "sanctions over the Rohingya crisis on Myanmar's generals")
    for tok in phrase:
        cur, placed, aimed, reason = tok, False, False, False
        while cur.i != root.i and cur.head.i in inside:
            if (
                cur.dep_ == "prep"
                and (cur.lower_ in LOCATIVE_PREPS or _held_at(cur, finder))
                and (cur.head.lemma_.lower() in PLACED_NOUNS or _signed_there(cur.head, root))
                and not finder.names_actor(cur.head)
            ):
                placed = True
                break
            if cur.dep_ == "prep":
                aimed = aimed or cur.lower_ in AIMED_AT_PREPS
                reason = reason or (cur.lower_ in REASON_PREPS and not aimed)
            cur = cur.head
        if not placed:
            (reasons if reason or _kind_word(tok, finder) else out).append(tok)
    return out + reasons


REASON_PREPS = frozenset({"over", "amid", "despite", "following"})
"""Prepositions of a cause or occasion in a thing's phrase ("sanctions *over* the Rohingya
crisis"): a name in them is the target only when the phrase names no other actor."""
AIMED_AT_PREPS = frozenset({"on", "against", "upon"})
"""Prepositions that aim a measure, even inside a phrase of cause ("over the crisis *on*
Myanmar's generals", as the parser may hang it)."""


def _one_side(first: str, second: str) -> bool:
    """True when two actor codes name one side: the same code, or one a part of the other
    ("USASPY" of "USASPYGOV", "USA" of "USAGOV")."""
    return first.startswith(second) or second.startswith(first)


def _kind_word(tok: Token, finder: ActorFinder) -> bool:
    """True for a role word that only says what kind of act a noun of the phrase is ("the
    release of 40 million euros in *military* assistance to Niger"), or a name that says whose
    it is when the noun names whom it goes to ("*French* security aid *to* Chad"): a
    target only when the phrase names no other actor (see :func:`_kind_of_act` for the
    object itself)."""
    head = tok.head
    if tok.dep_ not in ("amod", "compound", "nmod") or norm_word(head.lemma_) not in ACT_NOUNS:
        return False
    mention = finder.by_token.get(tok.i)
    if mention is None:
        return False
    return mention.actor is None or any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in head.children)


SIGNING_VERBS = frozenset({"sign", "ink", "initial"})
"""Verbs of signing a document: where its object was signed is a place, whatever the
document ("signed a ceasefire *in Kuala Lumpur*")."""


def _signed_there(noun: Token, root: Token) -> bool:
    """True when ``noun`` is the object ``root`` of a verb of signing: its "in" phrase is
    where it was signed, no side of it ("Thailand and Cambodia signed a ceasefire in Kuala
    Lumpur"; "declared a ceasefire in Gaza" keeps the place of the war)."""
    return noun.i == root.i and root.dep_ == "dobj" and root.head.lemma_.lower() in SIGNING_VERBS


def _placed_within(tok: Token, prep: Token) -> bool:
    """True when ``tok`` is the object of a locative preposition ("in", "near", …) nested
    inside the phrase of ``prep`` ("at his home *in* Brasilia")."""
    return tok.dep_ == "pobj" and tok.head != prep and tok.head.lower_ in LOCATIVE_PREPS


def both_ways(actors: list[Actor]) -> list[Pair]:
    """Every ordered pair of distinct actors ("A and B clashed": A -> B and B -> A)."""
    return [(a, b) for a in actors for b in actors if a is not b and a.code != b.code]


def clause_subject(clause: Token, finder: ActorFinder) -> list[Actor]:
    """The actors named by the own subject of a complement clause (none: empty)."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return finder.actors_of(subj) if subj is not None else []


# agents that do not arrest or detain people ("protesters clashed with police and several
# were arrested": not by the protesters; a court sentences, the police arrest)
NOT_ARRESTING = frozenset(
    {"CVL", "OPP", "EDU", "MED", "LAB", "REF", "CRM", "HLH", "BUS", "ELI", "AGR", "JUD"}
)
# (CAMEO root, source) of a violent or coercive act; no source for a fight between two sides
Antecedent = tuple[str, Actor | None]


# modalities of acts that happened, as the text tells them
TOLD = frozenset({"asserted", "reported"})


def antecedents(verbs: list[CodedVerb]) -> list[Antecedent]:
    """(root, source) of the sentence's coded violent or coercive acts that it asserts or
    reports, in text order."""
    out: list[Antecedent] = []
    for verb in sorted(verbs, key=lambda v: v.tok.i):
        for cand in verb.cands:
            # (an act denied, intended or supposed led to nothing)
            if cand.source is not None and cand.code[:2] in COERCIVE_ROOTS and cand.modality in TOLD:
                # "clashes between the army and the RSF": neither side alone caused what followed
                out.append((cand.code[:2], None if _mutual(cand, verb.cands) else cand.source))
                break
    return out


SEIZE_CODE = "192"  # occupying territory: its "from" phrase names whom it was taken from
# verbs of fighting whose "with" phrase names the other side of a fight both wage
MUTUAL_FIGHTS = frozenset("clash fight battle skirmish scuffle exchange".split())


def _mutual(cand: Candidate, cands: list[Candidate]) -> bool:
    """True when ``cand`` is one direction of a violent act two sides do to each other
    ("A and B clashed", "fighting between A and B": both ways among ``cands``; "A clashed
    with B")."""
    if cand.source is None or cand.target is None or cand.code[:2] not in VIOLENT_ROOTS:
        return False
    if "target:prep:with" in cand.how.split() and norm_word(cand.verb.lemma_) in MUTUAL_FIGHTS:
        return True  # "soldiers clashed with guerrillas"
    return any(
        c.source is not None and c.target is not None
        and c.source.code == cand.target.code and c.target.code == cand.source.code
        for c in cands
    )


def peaceful_causes(verbs: list[CodedVerb]) -> None:
    """A violent passive whose source is the subject of its "when/as" clause keeps it only
    when that clause's verb is coded as coercion or violence (CAMEO 17-20): "two were killed when
    gunmen opened fire" (the gunmen kill), not "two were killed when police arrived" or
    "… when protesters marched on the palace" (no one named is the killer)."""
    forceful = {v.tok.i for v in verbs if (v.match.code or "")[:2] in FORCEFUL_ROOTS}
    for verb in verbs:
        for cand in verb.cands:
            if cand.source is None or cand.code[:2] not in VIOLENT_ROOTS:
                continue  # "was freed after the president pardoned him": the pardoner frees
            if "source:advcl-subject" not in cand.how.split():
                continue
            clause = _cause_clause(verb.tok, cand.source)
            if clause is not None and clause.i not in forceful and not _armed_subject(clause):
                cand.source = None
                cand.how += " source:not-a-violent-cause"


def policing_causes(verbs: list[CodedVerb]) -> None:
    """An agentless arrest, charge, expulsion, seizure or investigation (CAMEO
    :data:`POLICING_CODES`) whose source was found in a clause or phrase beside it keeps it
    only when that source polices, judges or governs (:func:`_is_authority`): "the driver was
    detained once a trucker boxed in his van" (not the trucker), "a leader prosecuted
    in a man's death" (not the dead man); "was charged when police searched the house" keeps
    the police. The reporting authority may then be the source (:func:`own_policing`)."""
    for verb in verbs:
        for cand in verb.cands:
            if cand.source is None or not cand.code.startswith(POLICING_CODES) or _is_authority(cand.source):
                continue
            found = cand.how.split()
            if "source:advcl-subject" in found or any(h.startswith("source:prep:") for h in found):
                cand.source = None
                cand.how += " source:no-authority"


STATELESS_CODES = ("18", "19", "20", "171", "1712")
"""Codes of acts anyone may commit (assault, fighting, mass violence, theft and damage of
property): done in a country by no one named, they are not that country's acts. Arrests,
expulsions, bans and confiscations (17x otherwise) are its authorities'."""


ARMED_TARGET_TYPES = frozenset({"MIL", "REB", "INS", "SEP"})
"""Armed forces harmed in a country with no agent named: the country's forces fought them."""


def _state_act(code: str) -> bool:
    """True when an unnamed doer of ``code`` in a named country is that country's state (an
    arrest, a deportation, a confiscation: 1711), false for violence, theft and damage."""
    return code == "1711" or not code.startswith(STATELESS_CODES)


def _hazard(subj: Token) -> bool:
    """True for a natural force, accident or disease as a common noun ("floods", "an
    earthquake", "a heat wave", "Wildfires" read as a name), or a named storm ("Hurricane
    Ian", "Storm Ciaran"), not a person of that name ("Flood said")."""
    if subj.pos_ == "NOUN" and subj.ent_type_ != "PERSON" and norm_word(subj.lemma_) in HAZARDS:
        return True
    if subj.pos_ not in ("NOUN", "PROPN"):
        return False
    word = subj.lower_
    if subj.pos_ == "PROPN" and word.endswith("s") and word[:-1] in HAZARDS:
        return True  # "Wildfires threatened …": a plural the parser took for a name
    compounds = [c.lower_ for c in subj.children if c.dep_ == "compound"]
    if subj.pos_ == "PROPN":
        return any(c in STORM_TITLES for c in compounds)
    return norm_word(subj.lemma_) in HAZARD_HEADS and any(c in HAZARD_MODIFIERS for c in compounds)


def natural_force(word: Token) -> bool:
    """True for a natural force, accident or disease, or a named storm (see :func:`_hazard`)."""
    return _hazard(word)


def _animal(subj: Token) -> bool:
    """True for an animal (:data:`ANIMALS`) alone ("a bear", not "the lions and Gondor"),
    not a force's ("police dogs")."""
    if subj.pos_ != "NOUN" or norm_word(subj.lemma_) not in ANIMALS:
        return False
    return not any(
        c.dep_ == "conj" or (c.dep_ in ("compound", "amod") and c.lower_ in ANIMAL_HANDLERS)
        for c in subj.children
    )


def _armed_subject(clause: Token) -> bool:
    """True when a clause's subject is a weapon ("after a car bomb claimed by X struck a
    bus"): its actor, named in its phrase, did the violence."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subj is not None and norm_word(subj.lemma_) in WEAPON_AGENTS


def _cause_clause(verb: Token, actor: Actor) -> Token | None:
    """The "when/as/after/while" clause of ``verb`` (or of a verb coordinated with it)
    whose subject names ``actor``."""
    for clause in _with_conjunct_clauses(verb):
        if clause.dep_ != "advcl":
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.left_edge.i <= actor.head <= subj.right_edge.i:
            return clause
    return None


def inherit_agentless(
    verbs: list[CodedVerb], earlier: list[Antecedent], finder: ActorFinder | None = None
) -> None:
    """An agentless passive outcome of a violent act named before it takes that act's actor:
    "Russian forces shelled the town, and two civilians were killed" (RUSMIL kills), "Israeli
    troops raided the camp; three Palestinians were arrested" (ISRMIL arrests), also from
    the previous sentence of the paragraph (``earlier``). Killings follow violence; arrests
    follow coercion or violence by those who arrest (not protesters or civilians); after an
    arrest only policing follows ("… arrested two men. A wallet was stolen": no source).
    With no such act before it in the sentence, an agentless arrest, charge, sentence, fine,
    expulsion or seizure takes the police, court or prosecutors a linked clause of the
    sentence names (:func:`_named_authority`, with ``finder``): "a shop owner called the
    police and two teenagers were arrested" (COP arrests)."""
    for verb in verbs:
        code = verb.match.code or ""
        if not is_passive(verb.tok) or code[:2] not in COERCIVE_ROOTS or any(c.source for c in verb.cands):
            continue
        if found_harmed(verb.tok):
            continue  # "… opened fire on a car. Two people were found shot nearby": by someone unknown
        if prior_cause(verb.tok) and _forceful(verb.tok.head, verbs):
            continue  # "jets struck Gaza after rockets were fired at Israel": not by the jets
        before = [a for a in antecedents([v for v in verbs if v.tok.i < verb.tok.i]) if _leads_to(a, code)]
        if not before and finder is not None and code.startswith(NAMED_POLICING_CODES):
            if (authority := _named_authority(verb, finder)) is not None:
                _give_source(verb, authority, "named-authority")
                continue
        found = (before or [a for a in earlier if _leads_to(a, code)])[-1:]
        if not found or found[0][1] is None:
            continue  # (the deaths of a fight between two sides are neither side's alone)
        source = found[0][1]
        # "Turkey launched an offensive ... Turkish-backed fighters were killed": a state's own
        # proxies are not whom its act before harmed; others harmed with them are
        backed = [finder is not None and _backed_by(c.target, source, finder) for c in verb.cands]
        proxies = [c for c, b in zip(verb.cands, backed, strict=True) if b]
        verb.cands = [c for c, b in zip(verb.cands, backed, strict=True) if not b]
        _give_source(verb, source, "antecedent")
        verb.cands += proxies


def _backed_by(target: Actor | None, source: Actor, finder: ActorFinder) -> bool:
    """True when ``target`` is backed by ``source``'s country ("Turkish-backed fighters",
    "militias backed by Iran"): the words of backing among its head's own modifiers."""
    if target is None or not source.code[:3].isalpha():
        return False
    country = source.code[:3]
    doc = finder.doc
    for tok in doc[target.head].children:
        if tok.lower_ not in BACKER_WORDS:
            continue
        named = [tok.i - 2] if tok.i >= 2 and doc[tok.i - 1].text == "-" else []
        named += [t.i for c in tok.children if c.dep_ == "agent" for t in c.subtree]
        for k in named:
            mention = finder.by_token.get(k)
            if mention is not None and mention.actor is not None and any(
                    option.code[:3] == country for option in mention.actor.codes):
                return True
    return False


PRIOR_MARKS = frozenset({"after", "because", "since"})
"""Conjunctions of a clause that tells what happened before, or why, its verb's act."""


def prior_cause(verb: Token) -> bool:
    """True for a verb in an adverbial clause that tells what came before, or caused, the
    act of the clause it hangs on ("Israeli jets struck Gaza *after rockets were fired at
    Israel*", "troops returned fire *because their posts were attacked*"): when that act is
    one of force (:func:`_forceful`), the one who does it reacts, and did not do the
    clause's act."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in PRIOR_MARKS for c in verb.children
    )


def _forceful(tok: Token, verbs: list[CodedVerb]) -> bool:
    """True when ``tok`` is a coded verb with a candidate of coercion or force (17-20): one
    who reacts to a clause hung on it ("vigils were held because two teenagers were shot" react
    with no force, and the shooter of an earlier sentence may still be the one)."""
    return any(v.tok.i == tok.i and any(c.code[:2] in COERCIVE_ROOTS for c in v.cands) for v in verbs)


# arrests, detentions, charges and sentences 173, fines 172, expulsions 174, repression 175
# ("hundreds of protesters were detained"), seizures 1711: what police, courts and
# prosecutors do, whom a sentence names beside the passive act
NAMED_POLICING_CODES = ("172", "173", "174", "175", "1711")
ARRESTING_TYPES = frozenset({"COP", "SPY", "MIL"})
"""Who arrests, detains, expels and seizes (the police; security services; troops, border
guards)."""
JUDGING_TYPES = frozenset({"JUD"})
"""Who charges, tries and sentences, when named (courts, judges, prosecutors)."""
AUTHORITY_WORDS = frozenset({"authority", "authorities"})
"""The words by which news names a state's police as its government ("the authorities")."""
VERDICTS = frozenset("sentence convict jail imprison acquit try indict remand".split())
"""Court acts the police never do (they charge, fine and book)."""
DEFENDERS = frozenset("lawyer solicitor barrister counsel advocate".split())
"""Role words of the legal profession ([~JUD]) that name one's defenders, who charge no one
("authorities barred his lawyers from seeing him"); also "his attorney", "defence attorneys"."""


def _defender(head: Token) -> bool:
    """True for a word of :data:`DEFENDERS`, or an attorney of someone's ("his attorney")
    or of the defence."""
    lemma = head.lemma_.lower()
    if lemma == "attorney":
        return any(c.dep_ == "poss" or c.lemma_.lower() in ("defense", "defence") for c in head.children)
    return lemma in DEFENDERS


def _named_authority(verb: CodedVerb, finder: ActorFinder) -> Actor | None:
    """The police, court or prosecutors that a clause linked to the agentless ``verb``
    (:func:`linked_clauses`) names among its subject, objects or agent: "residents alerted
    sheriff's deputies, and three men were arrested" (the deputies), "was stopped by
    troopers and charged with smuggling" (the troopers), "a judge heard the case and the
    former minister was sentenced" (the judge). A court act (:data:`COURT_ACTS`) takes a
    court or prosecutors before the police, a verdict (:data:`VERDICTS`) only them ("thanked
    the police after the killer was sentenced": not the police); the rest only the police,
    security services, troops or "the authorities" (:func:`_authorities`). Never the one
    acted on, nor anyone named in its words ("a man who attacked an officer was arrested"),
    nor a defence lawyer (:func:`_defender`); a civilian is never one ("a neighbour saw the
    fire and the man was arrested": no source)."""
    lemma = verb.tok.lemma_.lower()
    if lemma in VERDICTS:
        tiers: tuple[frozenset[str], ...] = (JUDGING_TYPES,)
    else:
        tiers = (JUDGING_TYPES, ARRESTING_TYPES) if lemma in COURT_ACTS else (ARRESTING_TYPES,)
    undergoer = passive_subject(verb.tok)
    span = (undergoer.left_edge.i, undergoer.right_edge.i) if undergoer is not None else (-1, -1)
    doc = verb.tok.doc
    named = [
        actor
        for clause in linked_clauses(verb.tok)
        for arg in clause_arguments(clause)
        # (a word no dictionary names, nor its conjuncts, names no actor: the cheap test first)
        if arg.i in finder.by_token or any(c.dep_ == "conj" for c in arg.children)
        for actor in finder.actors_of(arg)
        # (the word itself, not a modifier: "awaiting a court appearance" names no court)
        if any(m.start <= actor.head < m.end for m in actor.parts)
        if not span[0] <= actor.head <= span[1] and not _defender(doc[actor.head])
    ]
    for kinds in tiers:
        policing = kinds is ARRESTING_TYPES
        if found := [a for a in named if actor_types(a) & kinds or (policing and _authorities(a, doc))]:
            return found[0]
    return None


def _authorities(actor: Actor, doc: Doc) -> bool:
    """True for "the authorities" of a government ("residents alerted the authorities"): those
    who police, not a minister or a mayor."""
    return "GOV" in actor_types(actor) and doc[actor.head].lemma_.lower() in AUTHORITY_WORDS


ORDERING_VERBS = frozenset("order rule decide direct".split())
"""Verbs by which a court orders what its clause says ("..., the judge ordered")."""


def court_orders(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """ "The landlord is barred from contacting the tenants, the magistrate ruled": a court or
    judge that orders or rules an agentless coercive act (CAMEO 17) does it, before any
    actor of the sentence before ("police arrested him ...") is read as its source."""
    for verb in verbs:
        code = verb.match.code or ""
        if not code.startswith("17") or not is_passive(verb.tok) or any(c.source for c in verb.cands):
            continue
        head = verb.tok.head
        if verb.tok.dep_ not in ("ccomp", "parataxis") or head.lemma_.lower() not in ORDERING_VERBS:
            continue
        speaker = subject(head)
        if speaker is None:
            continue
        if found := [a for a in finder.actors_of(speaker) if "JUD" in actor_types(a)]:
            _give_source(verb, found[0], "ordering-court")


def own_policing(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """ "Two men were arrested, deputies said": police, prosecutors, a government or an army
    that report an agentless arrest, charge, expulsion, seizure or investigation report their
    own act, which takes them as its source. Not for other acts ("the store was robbed,
    police said"), nor for speakers who police no one ("he told reporters he was arrested").
    An army that reports rebels, insurgents or militants killed or attacked reports its own
    fighting ("the army said 40 militants were killed"); not the deaths of civilians or of
    its soldiers, which others caused."""
    for verb in verbs:
        if not is_passive(verb.tok) or any(c.source for c in verb.cands):
            continue
        code = verb.match.code or ""
        fighting = code[:2] in VIOLENT_ROOTS and any(
            c.target is not None and actor_types(c.target) & OPPONENT_TYPES for c in verb.cands
        )
        if not (code.startswith(POLICING_CODES) or fighting):
            continue
        said = reporting_verb(verb.tok)
        speaker = subject(said) if said is not None else None
        found = [a for a in finder.actors_of(speaker) if _is_authority(a)] if speaker is not None else []
        if fighting and not code.startswith(POLICING_CODES):
            army = next((a for a in found if actor_types(a) & FIGHTING_TYPES), None)
            if army is not None:
                verb.cands = [
                    dataclasses.replace(c, source=army, how=f"{c.how} source:reporting-army")
                    if c.target is not None and actor_types(c.target) & OPPONENT_TYPES
                    else c
                    for c in verb.cands
                ]
        elif found:
            _give_source(verb, found[0], "reporting-authority")


def announced_plans(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """ "The defence minister said troops would be sent to the border": a government or army
    that announces an agentless deployment, expulsion or closure for the future (force
    posture 15x, reducing relations 16x, a closed border 191; modality intended) announces
    its own plan, which takes it as its source. Not when what is to be done hangs on a
    pronoun ("said they would be expelled"), nor when its target is of the speaker's own
    country ("said its diplomats would be expelled": others expel them)."""
    for verb in verbs:
        code = verb.match.code or ""
        if not code.startswith(ANNOUNCED_CODES) or not is_passive(verb.tok):
            continue
        if any(c.source for c in verb.cands):
            continue
        if not any(c.modality == INTENDED for c in verb.cands):
            continue
        undergoer = passive_subject(verb.tok)
        if undergoer is not None and (
            undergoer.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in undergoer.children)
        ):
            continue
        said = reporting_verb(verb.tok)
        speaker = subject(said) if said is not None else None
        found = [a for a in finder.actors_of(speaker) if _is_authority(a)] if speaker is not None else []
        if not found:
            continue
        country = found[0].code[:3]
        if any(c.target is not None and c.target.code[:3] == country for c in verb.cands):
            continue
        _give_source(verb, found[0], "announcing-authority")
        # "troops would be sent": the forces deployed are the speaker's instrument, no target
        verb.cands = [
            dataclasses.replace(c, target=None, how=f"{c.how} target:own-forces")
            if c.code.startswith(FORCE_POSTURE) and c.target is not None and _forces_of(c.target, country)
            else c
            for c in verb.cands
        ]


def _forces_of(actor: Actor, country: str) -> bool:
    """Whether ``actor`` is an army or police of ``country`` (or of no country)."""
    return bool(actor_types(actor) & {"MIL", "COP"}) and actor.code[:3] in (country, "---")


def quoted_speakers(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """ "'We will not accept these sanctions,' the Iranian foreign minister said": in the
    words a verb of saying reports, "I" and "we" are the speaker (who takes part in what
    "we" do), wherever the quote stands."""
    for verb in verbs:
        if any(c.source for c in verb.cands):
            continue
        # "we will keep working with X": the subject a verb of the quote inherits
        subj = own_subject(verb.tok) or subject(verb.tok, QUOTED_CHAIN)
        if subj is None or subj.lower_ not in FIRST_PERSON:
            continue
        # a predicate adjective ("I am grateful") hangs in the quote through its copula
        said = reporting_verb(verb.tok.head if verb.tok.dep_ == "acomp" else verb.tok)
        speaker = subject(said) if said is not None else None
        found = finder.actors_of(speaker) if speaker is not None and speaker.pos_ != "PRON" else []
        where = "quoted-speaker"
        if not found and finder.memory is not None:
            # "'We will appeal,' he said." with "he" named before; "He added: 'We are
            # grateful. We will go on.'": the speaker of the whole quotation
            if speaker is not None and speaker.pos_ == "PRON":
                found = finder.memory.pronoun(speaker, finder)
            elif said is None:
                found = finder.memory.quote_speaker(subj)
            where = "quoted-speaker-in-article"
        if found:
            speaker_actor = _speaking_body(found[0], finder) if subj.lower_ == "we" else found[0]
            _give_source(verb, speaker_actor, where)


def _speaking_body(speaker: Actor, finder: ActorFinder) -> Actor:
    """The organisation a speaker's "we" stands for: the body their own words name ("Ann
    Lee of Oxfam", "the head of the UN refugee agency"), else the speaker. A state's
    official keeps their state ("Kenya's envoy at the UN" speaks for Kenya) unless the
    body heads their code."""
    private = actor_types(speaker) <= PRIVATE_PERSON
    for mention in speaker.parts:
        if mention.actor is None or mention.agent is not None:
            continue
        code = mention.actor.code_for(finder.when) or ""
        parts = {code[i:i + 3] for i in range(0, len(code), 3)}
        if not parts & ORGANISATION_TYPES or code == speaker.code:
            continue
        if private or speaker.code.startswith(code):
            return Actor(code, mention.start, mention.end, (mention,), mention.end - 1)
    return speaker


def reporters_conjuncts(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """ "The union said the vote was unfair and urged Peru to annul it": the parser hangs
    "urged" on the reported clause ("was unfair"), whose subject is no actor; the verb is
    the reporter's own second act, stated, not reported. Only for a finite verb with no
    subject of its own, joined to a copular or passive reported clause whose subject names
    no one ("the verdict was unjust", "the election was rigged"); "said the man broke in
    and stole a car" keeps the man. Also, still reported, a verbal act (CAMEO roots 01-13)
    joined to a reported clause whose subject is "it" or "they" standing for the reporter
    ("The trust said it had offered a rise and urged the union to return to talks"). And,
    stated, a verbal act the parser gave the reported clause's subject as its source though
    it would then address that subject's own country (:func:`_self_addressed`: "Moon said
    China was partly responsible and called for Beijing's cooperation" is Moon's appeal,
    not China's to itself)."""
    for verb in verbs:
        tok = verb.tok
        if tok.dep_ != "conj" or tok.tag_ not in FINITE_TAGS:
            continue
        clause = tok.head
        reported = _clause_of(clause)
        self_addressed = _self_addressed(verb, reported)
        if self_addressed:
            clause = reported
        owned = not self_addressed and _owned_thing_clause(verb, clause)
        if any(c.source for c in verb.cands) and not self_addressed and not owned:
            continue
        said = clause.head
        if clause.dep_ != "ccomp" or said == clause or reporting_verb(clause) != said:
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in tok.children):
            continue
        speaker = own_subject(said)
        if speaker is None or speaker.pos_ == "PRON":
            continue
        found = finder.actors_of(speaker)
        if not found or (self_addressed and found[0].code[:3] == _cand_country(verb.cands[0].source)):
            continue
        if self_addressed or owned or _a_state_clause(clause, finder):
            verb.cands = [
                dataclasses.replace(cand, modality=ASSERTED if cand.modality == REPORTED else cand.modality)
                for cand in verb.cands
            ]
        elif not (_reporter_pronoun(clause, speaker)
                  and all(c.code[:2] <= LAST_WORDED_ROOT for c in verb.cands)):
            continue
        _give_source(verb, found[0], "reporter's-conjunct")


def _owned_thing_clause(verb: CodedVerb, clause: Token) -> bool:
    """True when ``verb`` is a verbal act (CAMEO roots 01-13) joined to a reported clause
    whose subject is a thing someone said, decided or did (:data:`OWNED_THINGS`) with its
    owner before it: "Ethiopia said Egypt's statements were irresponsible and accused Cairo
    of ...", where the parser gives the act the owner (Egypt) as its source, though a
    statement accuses no one: the reporter does."""
    if not verb.cands or any(c.code[:2] > LAST_WORDED_ROOT for c in verb.cands):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and norm_word(c.lemma_) in OWNED_THINGS
        and any(p.dep_ == "poss" for p in c.children)
        for c in clause.children
    )


def _self_addressed(verb: CodedVerb, clause: Token) -> bool:
    """True when every candidate of ``verb`` is a verbal act (CAMEO roots 01-13) whose source
    is the subject of ``clause``, the clause it is joined to, and whose target is of that
    source's own country ("China ... called for Beijing's cooperation", "Russia ... urged
    Moscow to reopen the corridor"): a country appealing to itself is the parser's reading
    of another speaker's act."""
    subject = own_subject(clause)
    if subject is None or not verb.cands:
        return False
    return all(
        cand.code[:2] <= LAST_WORDED_ROOT
        and cand.source is not None and cand.target is not None
        and cand.source.start <= subject.i < cand.source.end
        and (country := _cand_country(cand.source)) is not None
        and country == _cand_country(cand.target)
        for cand in verb.cands
    )


def _clause_of(tok: Token) -> Token:
    """The verb of the clause ``tok`` completes, through infinitives and predicate
    adjectives ("Hungary was wrong to *block* the package": "was")."""
    for _ in range(3):
        if tok.dep_ not in ("xcomp", "acomp") or tok.head == tok:
            break
        tok = tok.head
    return tok


def _cand_country(actor: Actor | None) -> str | None:
    """The country part of a coded actor's code, or None."""
    if actor is None:
        return None
    return split_actor_code(actor.code).country_code


def _reporter_pronoun(clause: Token, speaker: Token) -> bool:
    """The subject of ``clause`` is "it" for a speaker named in the singular or "they" for
    one in the plural: the reporter speaking of itself ("the trust said it had …")."""
    subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None:
        return False
    plural = several(speaker)
    return subj.lower_ == ("they" if plural else "it")


def part_subjects(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """ "Farmers blocked the road, and several accused the minister of lying": a subject
    that only counts part of a group ("several", "some", "many", "most", "a few") with no
    "of" phrase of its own is part of the subject of the verb its verb is coordinated
    with, who acts (the group's code)."""
    by_verb = {v.tok.i: v for v in verbs}
    for verb in verbs:
        tok = verb.tok
        if tok.dep_ != "conj" or any(c.source for c in verb.cands):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in PART_WORDS or any(True for _ in subj.children):
            continue
        head = by_verb.get(tok.head.i)
        found = [c.source for c in head.cands if c.source is not None] if head is not None else []
        if not found:
            group = own_subject(tok.head)
            found = finder.actors_of(group) if group is not None and group.pos_ in ("NOUN", "PROPN") else []
        if found:
            _give_source(verb, found[0], "part-of-the-group")


ONGOING_VERBS = frozenset({"continue", "proceed", "resume"})
"""Verbs that say a thing goes on ("inquiries are continuing"): a state, like "are ongoing"."""


def _a_state_clause(clause: Token, finder: ActorFinder) -> bool:
    """A clause that says how something is ("the trial was flawed", "the vote was
    rigged", "the inquiry is continuing"): a copula with a predicate, a passive or a verb of
    going on (:data:`ONGOING_VERBS`), whose subject is a thing, not an actor or a pronoun."""
    subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or finder.names_actor(subj):
        return False
    copula = clause.lemma_.lower() == "be" and any(c.dep_ in ("acomp", "attr") for c in clause.children)
    # "their investigation is continuing", "the search continues": a state as well
    ongoing = clause.lemma_.lower() in ONGOING_VERBS and not any(c.dep_ == "dobj" for c in clause.children)
    return copula or ongoing or is_passive(clause)


def police_appeals(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """ "Anyone with information is asked to call the Kirksville Police Department": an agentless
    appeal for information (0214) was made by the police it asks people to call or contact."""
    for verb in verbs:
        if not (verb.match.code or "").startswith(INFORMATION_APPEAL) or not is_passive(verb.tok):
            continue
        if any(c.source for c in verb.cands):
            continue
        called = [
            a
            for clause in verb.tok.children
            if clause.dep_ == "xcomp"
            for obj in clause.children
            if obj.dep_ in ("dobj", "pobj")
            for a in finder.actors_of(obj)
            if _is_authority(a)
        ]
        if called:
            _give_source(verb, called[0], "appeal-addressee")


def _give_source(verb: CodedVerb, source: Actor, where: str) -> None:
    """The agentless ``verb``'s candidates with ``source`` (the rule says ``where`` it came
    from); a candidate whose target is that actor keeps no copy, unless none would remain.
    Two bodies of a state named by different role words are two actors (:func:`same_actor`):
    "'We are grateful to the governor,' the mayor said" is the mayor's praise."""
    verb.cands = [
        dataclasses.replace(cand, source=source, how=f"{cand.how} source:{where}")
        for cand in verb.cands
        if cand.target is None or not same_actor(source, cand.target, verb.tok.doc, True)
    ] or verb.cands


def private_violence(verbs: list[CodedVerb]) -> None:
    """ "A man shot a store clerk", "the gunman killed two officers": force used by private
    persons or criminals is unconventional violence (CAMEO 180), not the conventional
    military force (190, 193) of armies, police and armed groups."""
    for verb in verbs:
        for k, cand in enumerate(verb.cands):
            if cand.code not in CONVENTIONAL_FORCE or cand.source is None:
                continue
            if any(m.actor is not None for m in cand.source.parts):
                continue  # a country, an organisation or a known leader
            kinds = actor_types(cand.source)
            if kinds and kinds <= PRIVATE_TYPES:
                verb.cands[k] = dataclasses.replace(
                    cand, code=UNCONVENTIONAL_VIOLENCE, how=f"{cand.how} private-violence"
                )


ASSASSINATION_CODE = "186"
ORDINARY_TYPES = frozenset({"CVL", "CRM", "BUS", "EDU", "HLH", "AGR", "LAB"})
"""Actor types of people no one assassinates: killing them is no assassination (CAMEO 186,
the murder of a prominent person)."""


def ordinary_killings(verbs: list[CodedVerb]) -> None:
    """ "He gunned down his neighbour", "a man gunned down a store clerk": the killing of a
    private person is violence (CAMEO 180), not an assassination (186), which is of a leader,
    an official, an officer, a judge, a journalist or a cleric ("gunned down a senator")."""
    for verb in verbs:
        for k, cand in enumerate(verb.cands):
            target = cand.target
            if cand.code != ASSASSINATION_CODE or target is None:
                continue
            if any(m.actor is not None for m in target.parts):
                continue  # a country, an organisation or a known leader
            kinds = actor_types(target)
            if kinds and kinds <= ORDINARY_TYPES:
                verb.cands[k] = dataclasses.replace(
                    cand, code=UNCONVENTIONAL_VIOLENCE, how=f"{cand.how} ordinary-killing"
                )


# buildings whose word also names the body in them ("the hospital said", "the school
# suspended him"): what happens at one is done by others, never by the building
BUILDINGS = frozenset(
    "mosque church synagogue temple shrine monastery hospital clinic school market".split()
)


def building_sources(verbs: list[CodedVerb]) -> None:
    """ "a suicide bombing at a Shiite mosque that killed 40 worshippers": a building is no
    doer of violence (CAMEO 18-20), though its word names a body elsewhere; the parser
    often hangs the relative clause of an attack on the building the attack hit."""
    for verb in verbs:
        for k, cand in enumerate(verb.cands):
            source = cand.source
            if source is None or cand.code[:2] not in VIOLENT_ROOTS:
                continue
            if norm_word(cand.verb.doc[source.head].lemma_) in BUILDINGS:
                verb.cands[k] = dataclasses.replace(cand, source=None, how=f"{cand.how} source:building")


CLAIM_NOUNS = frozenset({"responsibility", "credit"})


def claimed_attacks(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """ "Islamic State claimed responsibility for a suicide bombing at a mosque that killed 40
    worshippers": a violent act with no source told in the phrase of the responsibility (or
    credit) someone claims is reported as the claimant's (CAMEO 18-20; only up the clause's
    own heads, never across the sentence)."""
    for verb in verbs:
        if not any(c.source is None and c.code[:2] in VIOLENT_ROOTS for c in verb.cands):
            continue
        claimant = _claimant(verb.tok)
        if claimant is None:
            continue
        found = finder.actors_of(claimant)
        if not found:
            continue
        verb.cands = [
            dataclasses.replace(cand, source=found[0], how=f"{cand.how} source:claimed-by",
                                modality=cand.modality if cand.modality != ASSERTED else REPORTED)
            if cand.source is None and cand.code[:2] in VIOLENT_ROOTS else cand
            for cand in verb.cands
        ]


Unclaimed = tuple[Span, int, Candidate]  # a sentence, its index, a violent act with no doer in it
# what a claim of responsibility for the act before names it by ("claimed responsibility for
# the attack", "claimed the bombing")
CLAIMED_ACTS = HARM_ACTS | frozenset({"ambush", "blast", "explosion", "assault", "incident", "raid"})
CLAIM_VERBS = frozenset({"claim", "accept", "admit"})


def later_claimant(verbs: list[CodedVerb], finder: ActorFinder) -> Actor | None:
    """The one who claims, in this sentence, responsibility for an act named before it
    ("JNIM claimed responsibility for the attack", "... for it", "Al Shabaab claimed the
    bombing"): the subject of claim, accept or admit whose object is responsibility or
    credit for a definite act, or that act itself; None when no such claim is made."""
    for verb in verbs:
        tok = verb.tok
        if norm_word(tok.lemma_) not in CLAIM_VERBS or any(c.dep_ == "neg" for c in tok.children):
            continue
        subj = claimant_of(tok)
        if subj is None:
            continue  # ("no group claimed responsibility")
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            if _claims_earlier_act(obj):
                found = finder.actors_of(subj)
                return found[0] if found else None
    return None


def claimant_of(verb: Token) -> Token | None:
    """Who makes the claim ``verb``: its subject, or the "by" agent of the passive; None for
    "no group claimed …"."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.lower_ == "no" for c in subj.children):
        return None
    return subj


def _claims_earlier_act(obj: Token) -> bool:
    """True for "responsibility / credit" (for "the attack", "it", or nothing) or "the
    attack" itself as what is claimed."""
    if norm_word(obj.lemma_) in CLAIM_NOUNS:
        fors = [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "for"]
        return not fors or any(_definite_act(o) for f in fors for o in f.children if o.dep_ == "pobj")
    return _definite_act(obj)


def _definite_act(noun: Token) -> bool:
    """ "the attack", "this bombing", "it": an act named before."""
    if noun.lower_ == "it":
        return True
    return norm_word(noun.lemma_) in CLAIMED_ACTS and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children
    )


def claimed_before(unclaimed: list[Unclaimed], claimant: Actor) -> list[Unclaimed]:
    """The acts with no doer of the sentence before, as reported acts of ``claimant`` (none
    done to the claimant itself)."""
    return [
        (sent, index, dataclasses.replace(cand, source=claimant, modality=REPORTED,
                                          how=f"{cand.how} source:claimed-after"))
        for sent, index, cand in unclaimed
        if cand.target is None or cand.target.code != claimant.code
    ]


def _claimant(verb: Token) -> Token | None:
    """The subject of "claim" whose "responsibility for" phrase holds ``verb``'s clause, or
    None (at most eight heads up)."""
    tok = verb
    for _ in range(8):
        if tok.head == tok:
            return None
        tok = tok.head
        if tok.pos_ == "NOUN" and norm_word(tok.lemma_) in CLAIM_NOUNS and tok.dep_ == "dobj":
            claim = tok.head
            if norm_word(claim.lemma_) in ("claim", "accept", "admit"):
                return next((c for c in claim.children if c.dep_ == "nsubj"), None)
            return None
        if tok.pos_ == "VERB" and tok.dep_ not in ("relcl", "acl"):
            return None  # (the clause of another verb)
    return None


def joint_exercises(verbs: list[CodedVerb]) -> None:
    """ "French and Egyptian warships launched war games": military exercises, drills or
    patrols held by two or more countries together are military cooperation (CAMEO 062,
    "conduct joint military exercises"), both ways, not a show of force."""
    for verb in verbs:
        pattern = verb.match.pattern
        if not (verb.match.code or "").startswith("15") or pattern is None:
            continue
        if not EXERCISE_WORDS & set(pattern.text.upper().replace("{", " ").replace("}", " ").split()):
            continue
        sides = [a for a in verb.sources if split_actor_code(a.code).country_code]
        if len({a.code[:3] for a in sides}) < 2:
            continue
        how = (verb.cands[0].how if verb.cands else "") + " joint-exercise"
        verb.cands = [
            Candidate(verb.tok, verb.match, JOINT_EXERCISE_CODE, a, b, how, verb.match.modality)
            for a in sides
            for b in sides
            if a.code[:3] != b.code[:3]
        ] or verb.cands


MEDIATION_CODE = "045"
FORCES_TYPES = frozenset({"MIL", "COP"})


def deployed_forces(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """ "Indian troops were deployed to the border with China", "Kenyan police officers were
    sent to the area": forces deployed or sent by no one named take the show of force (15x)
    as its source, and where they go (a country or actor named in its to/into phrase, else
    no one) is its target; the forces are not their own target."""
    for verb in verbs:
        code = verb.match.code or ""
        if not code.startswith(SHOW_OF_FORCE) or not is_passive(verb.tok):
            continue
        if any(c.source is not None for c in verb.cands):
            continue
        changed = []
        for c in verb.cands:
            forces = c.target
            if forces is None or "target:nsubjpass" not in c.how or not actor_types(forces) & FORCES_TYPES:
                changed.append(c)
                continue
            skip = frozenset(range(forces.start, forces.end))
            places, _ = _force_place(verb.tok, verb.tok.doc[forces.head], finder, skip, set())
            # "recruited into the Navy and the Army": the country's own forces are no place
            targets: list[Actor | None] = [
                p for p in places
                if not (actor_types(p) & FORCES_TYPES and (p.code[:3] == forces.code[:3] or "---" in
                                                           (p.code[:3], forces.code[:3])))]
            changed.extend(
                Candidate(verb.tok, verb.match, c.code, forces, place, f"{c.how} deployed-forces", c.modality)
                for place in (targets or [None])
            )
        verb.cands = changed


def mediated_parties(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """ "Ukraine and Russia exchanged prisoners in a deal brokered by the UAE", "Israel and
    Hamas agreed to a ceasefire mediated by Qatar": a mediation told by a participle on the
    deal, truce or talks mediates between the two or more sides of the verb that the noun
    belongs to (045 from the mediator to each side), its subjects or, for one subject, that
    subject and its targets ("Russia handed over 12 prisoners to Ukraine in an exchange
    brokered by the UAE"), else the sides of the noun's own "between" phrase ("the ceasefire
    between Israel and Hezbollah, brokered by the United States, took effect"; also of a passive
    verb's subject: "a truce was brokered between Israel and Hamas by Egypt"), when the
    mediation names no one else."""
    for verb in verbs:
        if not (verb.match.code or "").startswith(MEDIATION_CODE):
            continue
        if any(c.target is not None for c in verb.cands):
            continue
        if verb.tok.dep_ != "acl":
            deal = next((c for c in verb.tok.children if c.dep_ == "nsubjpass"), None)
            if deal is not None:
                _mediate(verb, between_sides(deal, finder))
            continue
        node, above = verb.tok.head, None
        for _ in range(8):
            if node.head == node:
                break
            node = node.head
            if node.pos_ == "VERB":
                above = node
                break
        upper = next((v for v in verbs if v.tok == above), None)
        sides = list(upper.sources) if upper is not None else []
        if upper is not None and len({a.code for a in sides}) == 1:
            # "Russia handed over 12 prisoners to Ukraine in an exchange brokered by the UAE":
            # one side acts on the other
            sides += [c.target for c in upper.cands if c.target is not None and _a_party(c.target)]
        mediators = {c.source.code for c in verb.cands if c.source is not None}
        if len({a.code for a in sides if a.code not in mediators}) < 2:
            sides = between_sides(verb.tok.head, finder)
        _mediate(verb, sides)


def _mediate(verb: CodedVerb, sides: list[Actor]) -> None:
    """Make ``verb``'s mediation (045) one from each mediator to each of ``sides`` that is no
    mediator, when they are two or more."""
    mediators = {c.source.code for c in verb.cands if c.source is not None}
    sides = [a for a in sides if a.code not in mediators]
    if len({a.code for a in sides}) < 2:
        return
    verb.cands = [Candidate(verb.tok, verb.match, c.code, c.source, side, f"{c.how} mediated-sides",
                            c.modality)
                  for c in verb.cands for side in sides]


def between_sides(noun: Token, finder: ActorFinder) -> list[Actor]:
    """The actors of ``noun``'s own "between" phrase ("a truce *between Israel and Hamas*");
    empty when it has none."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            return [a for obj in prep.children if obj.dep_ == "pobj" for a in finder.actors_of(obj)]
    return []


CONCLUDED_CODES = ("057", "0871")
"""A signed agreement and a declared truce: acts of their sides together, whoever tells them."""


def third_party_truces(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """ "Egypt announced a ceasefire between Israel and Hamas": a truce or agreement whose
    object names its sides in a "between" phrase that names none of the verb's sources is the
    sides' act, one line each way (0871 ISR -> HAMAS and back); the one who announces or
    declares it is no party ("Israel announced a truce between its army and Hamas" keeps its
    reading: the source is a side)."""
    for verb in verbs:
        if not (verb.match.code or "").startswith(CONCLUDED_CODES) or is_passive(verb.tok):
            continue
        if not verb.sources or "dobj-phrase" not in " ".join(c.how for c in verb.cands):
            continue
        obj = direct_object(verb.tok)
        sides = between_sides(obj, finder) if obj is not None else []
        countries = {a.code[:3] for a in sides}
        if len({a.code for a in sides}) < 2 or countries & {a.code[:3] for a in verb.sources}:
            continue  # ("Israel announced a truce between its army and Hamas": a side tells it)
        first = verb.cands[0]
        how = f"{first.how} sides-between"
        verb.cands = [Candidate(verb.tok, verb.match, first.code, a, b, how, first.modality)
                      for a, b in both_ways(sides)]


def _a_party(actor: Actor) -> bool:
    """Whether ``actor`` may be a side of a mediated deal: a country, an authority or an armed
    or political group, not the civilians or prisoners a deal frees."""
    types = actor_types(actor)
    return not types or bool(types & (AUTHORITY_TYPES | PARTY_TYPES))


def _is_authority(actor: Actor) -> bool:
    """Whether the actor is police, a court or prosecutor, a government, army or spy agency."""
    return bool(actor_types(actor) & AUTHORITY_TYPES)


def _leads_to(antecedent: Antecedent, code: str) -> bool:
    """Whether an agentless act of CAMEO ``code`` may be done by the antecedent's source:
    violence follows violence; what coercion (an arrest, a raid's seizures) is followed by is
    policing (:data:`POLICING_CODES`), by those who arrest, never a theft or a fine."""
    root, source = antecedent
    if code[:2] in VIOLENT_ROOTS:
        return root in VIOLENT_ROOTS
    if source is None or (root not in VIOLENT_ROOTS and not code.startswith((*POLICING_CODES, FINE_CODE))):
        return False  # "police arrested two men. A wallet was stolen …": not by the police
    kind = split_actor_code(source.code)
    return kind.type1_code not in NOT_ARRESTING and kind.type2_code not in NOT_ARRESTING
