"""Stage 4, nominal events: events named by a noun ("Russia's mobilization", "clashes
between A and B", "sanctions on X", "protests in Georgia").

Event nouns come from the ``_NOUN`` blocks of the verb dictionary. A noun is no event when
it is part of a name, negated ("no fighting"), hypothetical ("the risk of clashes", "to
avoid a conflict", "talks could resume") or the object of a dictionary verb (the verb codes
the clause). The source is the possessor, an actor adjective or compound, or a "by" phrase;
"between A and B" gives both directions; against/on/with/… (and "of" for attacks) give the
target; the subject of the verb holding the noun takes part in it ("Nigerians converged for
a rally"); a protest or a mobilization with no actor is done by the country it happens in.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Span, Token

from events.coding.actors import Actor, ActorFinder
from events.coding.claims import claim_of, claimed_by
from events.coding.forces import ARMS_NOUNS
from events.coding.measures import MEASURE_NOUNS
from events.coding.modality import ModalityReader, reporting_verb, stronger
from events.coding.options import CoderOptions
from events.coding.parts import ARMED_ROLES, COERCIVE_ROOTS, REPORTED, Candidate, CodedVerb, actor_types
from events.coding.roles import BETWEEN_PREPS, actor_phrase, both_ways, same_actor
from events.coding.syntax import (
    direct_object,
    is_naming,
    is_passive,
    negated,
    own_subject,
    several,
    subject,
    subtree_no_clauses,
)
from events.coding.text import norm_word
from events.coding.verbs import VerbMatcher

# event nouns: prepositions that name the target ("sanctions on X", "talks with X")
NOUN_TARGET_PREPS = frozenset({"against", "on", "with", "toward", "towards", "into", "upon", "at"})
# an event noun that is the object of one of these verbs (or the complement of one of these
# nouns) did not happen (yet), or not by the verb's subject: "to avoid a conflict", "the
# risk of clashes", "Russians fled the mobilization", "patrols to deter attacks", "most
# voters favour talks with the rebels", "to resolve the conflict with Israel"
HYPOTHETICAL_HEADS = frozenset(
    """
    avoid prevent avert fear risk threaten warn deny stop end halt seek want call urge demand
    propose plan consider prepare need expect predict rule suspend postpone cancel delay oppose reject
    refuse ask request hope resume threat danger prospect possibility chance lack absence prevention
    proposal offer warning idea resolution settlement escalation spectre specter
    flee escape evade dodge shirk
    deter counter thwart foil curb combat
    favour favor support back endorse advocate prefer resolve solve settle
    """.split()
)
# modifiers of an event noun that has not happened: "threatened sanctions" (also where the
# parser reads "ECOWAS threatened sanctions" as an adjective), "a possible attack"
UNREAL_MODIFIERS = frozenset(
    """
    threatened proposed possible potential feared looming expected future prospective envisaged
    mooted hypothetical
    """.split()
)
# verbs that carry out the event noun they take as object ("launched the feared offensive")
CARRY_OUT_VERBS = frozenset(
    "mount launch stage carry begin start wage conduct impose unleash execute".split()
)
# an event noun that is the subject of these verbs did not happen: "the visit was postponed"
CALLED_OFF = frozenset("postpone cancel delay suspend scrap shelve defer".split())
# the subject of these verbs sets off an event noun it holds but takes no part in it: "Russia
# is abandoning Central Asia, reviving two military conflicts" (Russia is not fighting)
CAUSATIVE_HEADS = frozenset(
    "revive reignite rekindle spark trigger provoke cause fuel stoke inflame unleash ignite draw".split()
)
# verbs of speaking whose "on/about" phrase names a topic, not an act of the speaker's
# ("declined to comment on the investigation", "asked about the attack")
SPEECH_HEADS = frozenset(
    """
    comment speak talk ask answer question say tell write testify brief inform remark
    respond reply report elaborate decline refuse
    """.split()
)
TOPIC_PREPS = frozenset({"on", "about", "regarding", "concerning"})
# criticism and complaints (root 11), praise and gratitude (root 05): the preposition that
# names whom they are aimed at ("his criticism of the mayor", "complaints about the landlord",
# "her praise for the firefighters", "gratitude to the donors"); "with" names where a
# complaint is filed ("complaints with the ombudsman about X")
JUDGEMENT_TARGET_PREPS = {
    "11": frozenset({"of", "about", "against"}),
    "05": frozenset({"for", "to", "of", "on"}),
    "17": frozenset({"against"}),  # charges ("added charges against the mayor")
}
# verbs whose subject voices the criticism, complaint, praise or charges it holds ("voiced
# criticism of X", "repeated his complaints about Y", "heaped praise on Z", "expanded the
# charges against W"); one who faces, draws, answers or denies it is its target
VOICING_HEADS = frozenset(
    """
    voice express level repeat renew reiterate raise air lodge file make issue step add offer
    heap lavish bring press expand broaden upgrade reinstate announce unveil
    """.split()
)
# verbs by which an event noun happens ("fighting flared", "clashes broke out"): their
# "between" phrase is the event's
OCCURRENCE_VERBS = frozenset(
    "flare erupt break resume continue escalate intensify rage spread reignite occur happen".split()
)
# verbs whose object event noun is one the subject names, judges, reports or lives through,
# not one it does ("the army called the attack a crime", "residents witnessed the shelling")
JUDGING_HEADS = frozenset(
    """
    call describe label brand term dub deem characterize characterise decry deplore lament
    mourn regret recall remember recount confirm witness survive
    """.split()
)
# verbs of a third side that arranges talks between two others
BROKER_VERBS = frozenset("host mediate broker facilitate arrange convene organize organise sponsor".split())
# prepositions that date a verb's act by an event noun, which took place: "after a meeting
# between A and B", "during talks with X"
TIME_PREPS = frozenset({"after", "during", "following", "since"})
MEETING_TIME_PREPS = frozenset({"after", "during", "following"})
"""Phrases of time in which the clause's subject held the talks they name ("after talks with
X", "during a meeting with Y"); "since talks with X collapsed" is a date."""
NO_HOLDERS = frozenset({"CVL", "MED"})
"""Actor types who do not hold the talks a phrase of time of their clause names."""
# nouns that only count or group the event noun of their "of" phrase: whoever holds the
# batch holds the events ("adopted a new package of sanctions", "a fresh round of talks")
BATCH_NOUNS = frozenset("package round set series raft tranche batch slate".split())
# how a trade measure names whom it hits ("tariffs on Chinese steel", "sanctions against X")
MEASURE_TARGET_PREPS = frozenset({"on", "against"})
# measure nouns that are an act only with an "on/against" target ("tariffs on Chinese steel";
# "tariff revenue", "the tariff rate", "his duties on the committee" are none)
TARGETED_MEASURES = frozenset({"tariff", "duty", "levy"})
# words of lifting, easing or removing a measure (verbs and their nouns)
LIFTING_WORDS = frozenset(
    """
    lift ease remove scrap drop relax waive repeal rescind revoke loosen roll end
    lifting easing removal relaxation repeal rollback relief waiver
    """.split()
)
# verbs that impose the measure they take as object
IMPOSING_VERBS = frozenset("impose slap levy raise hike introduce reimpose".split())
MODALS = frozenset({"may", "might", "could", "would", "should", "must", "can"})
# auxiliaries of an act not (yet) done: modals, the future and "to"
UNSTATED_AUX = MODALS | frozenset({"will", "'ll", "shall", "to"})
NOUN_NEGATORS = frozenset({"no", "not", "never", "without", "neither", "nor"})
# verbs whose object (or "against/over/about/into" phrase) is an attack another did, which
# their subject reports, witnesses, judges, protests or investigates: an attack noun with its
# own doer there is that doer's act, reported ("residents reported a drone attack by Houthi
# rebels", "Hamas condemned the Israeli bombing of a school", "marched to protest the killing
# of a journalist by police"); without its own doer it is no one's ("witnessed the shelling")
WITNESS_HEADS = frozenset(
    """
    report witness describe recount recall condemn denounce decry deplore protest criticize
    criticise complain investigate probe film record document
    """.split()
)
WITNESS_PREPS = frozenset({"against", "over", "about", "into"})
# adjectives of an event noun done together by its doers (:func:`joint_act`)
JOINT_WORDS = frozenset({"joint", "bilateral", "combined"})
# roots of the acts whose joint doers are each other's partners (consult, cooperate)
SHARED_ROOTS = frozenset({"04", "05", "06"})
# crimes and killings named by a noun whose possessor is the victim when no "of" phrase names
# one ("the journalist's killing", "his abduction"; :func:`_victim_possessor`)
VICTIM_NOUNS = frozenset("killing murder assassination kidnapping abduction robbery burglary beating".split())
# violent nouns that are an event only with a doer of their own (a modifier, a possessor or a
# "by" phrase): the subject of the verb that holds one did not do it ("served ten years for
# robbery", "returned from a raid"), and one with no doer would only take in the verbs of its
# clause ("told mourners the killing of X was designed to …" is still a statement)
DOER_NOUNS = VICTIM_NOUNS | {"raid", "ambush"}
DOMESTIC_ROOTS = frozenset({"14", "15"})
PROTEST_ROOT = "14"
CIVILIANS = "CVL"
CONSULT_ROOT = "04"
PHONE_CODE = "041"
INVESTIGATION_ROOT = "09"
# role codes of a speaker who can be a side of talks it reports (not a private person, a
# scholar or a journalist)
TALKING_SIDES = frozenset(
    {"GOV", "LEG", "MIL", "COP", "JUD", "LAB", "BUS", "OPP", "IGO", "NGO", "REB", "PTY", "SEP", "UAF"}
)

Roles = tuple[list[Actor], list[Actor], list[tuple[Actor | None, Actor | None]], str]


class NounEvents:
    """Codes event nouns with the matcher's ``_NOUN`` blocks."""

    def __init__(self, matcher: VerbMatcher, modality: ModalityReader, options: CoderOptions):
        self.matcher = matcher
        self.modality = modality
        self.options = options

    def event(self, tok: Token, sent: Span, finder: ActorFinder, matched: set[int]) -> CodedVerb | None:
        """The nominal event of ``tok`` (None: not an event noun, or blocked); ``matched``
        holds the token indices of the sentence's coded verbs."""
        if tok.i in finder.by_token:
            return None
        match = self.matcher.match(tok, sent, noun=True)
        match = self.modality.read(tok, match, noun=True) if match is not None else None
        if match is None or match.code is None:
            return None
        if tok.lemma_.lower() in MEASURE_NOUNS and (lifted(tok) or imposed(tok)):
            return None  # "sanctions on X were eased", "no plans to impose tariffs on Y"
        talks = match.code[:2] == CONSULT_ROOT
        if talks and failed_talks(tok):
            return None  # "talks between Serbia and Kosovo collapsed": no meeting is news
        witness = witnessed_attack(tok, match.code, finder)
        seen = witness is not None
        claim = claim_of(tok)  # "claimed the bombing": the claimant's act, not the claim's object
        if (blocked(tok, matched, talks, own_measure(tok, finder), seen) and not brokered(tok, finder)
                and claim is None):
            return None
        if match.code[:2] in SHARED_ROOTS and joint_act(tok) and to_be_done(tok):
            return None  # "agreed to stage a joint exercise": the agreement is the event
        sources, targets, pairs, how = self.roles(tok, match.code, finder)
        if claim is not None and not sources and not pairs:
            sources, how = claimed_by(claim, finder), f"{how} source:claimed-by"
        modality = match.modality
        if witness is not None:
            modality = stronger(modality, REPORTED)  # another's report or judgement of the attack
            how = f"{how} witnessed:{norm_word(witness.lemma_)}"
        if match.target_hint is not None and not targets and not pairs:
            return None  # "- * (WITH +)" with no one there: "meetings with the clear aim of …"
        if not targets and not pairs and tok.lemma_.lower() in TARGETED_MEASURES:
            return None  # "tariff revenue", "the tariff rate": no one is hit
        if not sources and norm_word(tok.lemma_) in DOER_NOUNS:
            return None  # "the killing of a shopkeeper", "a raid on a bar": no one named did it
        if not sources and not pairs and match.code == PHONE_CODE:
            return None  # "a phone conversation with the mayor lasted ten minutes": no caller named
        if match.code[:2] in JUDGEMENT_TARGET_PREPS and not sources:
            # "arguing that complaints against X were false": no one voices them here; a
            # sourceless noun would only fold the clause's verbs into it (nesting)
            return None
        if not pairs and not targets and match.code[:2] in SHARED_ROOTS and joint_act(tok):
            # "India and France began a joint exercise": each side's partner is the other
            # (not "joint air strikes": the doers of a joint attack attack a third)
            pairs = both_ways(sources)
        if not pairs:
            src_opts: list[Actor | None] = list(sources) or [None]
            tgt_opts: list[Actor | None] = list(targets) or [None]
            pairs = [(s, t) for s in src_opts for t in tgt_opts]
        cands = [
            Candidate(tok, match, match.code, source, target, how, modality)
            for source, target in pairs
            if source is None or target is None
            or not _one_actor(source, target, match.code, tok.doc, self.options)
        ]
        return CodedVerb(tok, match, cands, list(sources))

    def roles(self, noun: Token, code: str, finder: ActorFinder) -> Roles:
        """(sources, targets, explicit pairs, how) of an event noun."""
        how = ["noun"]
        violent = code[:2] in COERCIVE_ROOTS
        sources = self._source(
            noun, finder, how, visitor_of=code[:2] == CONSULT_ROOT, violent=violent,
            voiced=code[:2] in JUDGEMENT_TARGET_PREPS,
        )
        if not sources:
            pairs = between_pairs(noun, finder)
            if pairs:
                return [], [], pairs, " ".join([*how, "between"])
        root = code[:2]
        targets = self._target(noun, root, sources, finder, how)
        if not targets and root == INVESTIGATION_ROOT and self.options.modality:
            targets = _under_subject(noun, finder, how)  # "the treasurer is under investigation"
        if (
            not sources and self.options.holder_subject and noun.head.i != noun.i and _may_hold(noun, root)
            and not (violent and norm_word(noun.lemma_) in DOER_NOUNS)
        ):
            met = root == CONSULT_ROOT and bool(targets) and _with_someone(noun)
            sources = _holder_subject(noun, finder, how, violent, met)
        if not sources and root in DOMESTIC_ROOTS:
            sources = _country_in(noun, finder, how, root == PROTEST_ROOT)
        if not sources and targets and root == CONSULT_ROOT and self.options.modality:
            sources = _speaker_party(noun, targets, finder, how)
        return sources, targets, [], " ".join(how)

    @staticmethod
    def _source(
        noun: Token, finder: ActorFinder, how: list[str], visitor_of: bool = False, violent: bool = False,
        voiced: bool = False,
    ) -> list[Actor]:
        """The possessor, an actor adjective or compound, or a "by" phrase (with
        ``visitor_of``, also an "of" phrase: "the visit of the Chinese premier"; with
        ``voiced``, criticism or a complaint, also a possessor named by a role word only:
        "the senator's complaints about the governor" are the senator's)."""
        victim_poss = _victim_possessor(noun) if violent else False
        for child in noun.children:
            if violent and child.dep_ == "compound" and (found := _weapon_owner(child, finder)):
                how.append("source:weapon-owner")  # "a Russian missile strike", "a US drone strike"
                return found
            if (child.dep_ == "poss" and not victim_poss) or (
                child.dep_ in ("amod", "compound", "nmod") and finder.names_actor(child)
            ):
                # a bare role adjective ("military conflicts") names no one; a pronoun
                # stands for its clause's subject ("during his visit, the president …")
                if child.dep_ == "poss" and child.pos_ == "PRON":
                    found = finder.possessor(child)
                elif child.pos_ == "NOUN" and child.dep_ in ("poss", "compound") and violent:
                    # a role noun of armed force does a violent act named by a noun: "the
                    # police shooting of X", "the army's shelling of Y" (a "mall shooting"
                    # or "campus shootings" only say where, a "drone attack" with what)
                    found = [] if child.lemma_.lower() in ARMS_NOUNS else [
                        a for a in finder.actors_of(child) if a.code[3:6] in ARMED_ROLES
                    ]
                elif voiced and child.dep_ == "poss":
                    found = finder.actors_of(child)
                else:
                    found = [a for a in finder.actors_of(child) if any(m.actor for m in a.parts)]
                    if violent and child.dep_ in ("compound", "nmod"):
                        # "the Quetta suicide attack", "the Manchester bombing": where it was
                        found = [a for a in found if not finder.is_city(a)]
                if found:
                    how.append(f"source:{child.dep_}")
                    return found
        stray = _stray_by(noun) if violent else None
        for child in noun.children if stray is None else [*noun.children, stray]:
            if child.dep_ == "prep" and (child.lower_ == "by" or (visitor_of and child.lower_ == "of")):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and (found := finder.actors_of(pobj)):
                    how.append(f"source:{child.lower_}")
                    return found
        return []

    @staticmethod
    def _target(
        noun: Token, root: str, sources: list[Actor], finder: ActorFinder, how: list[str]
    ) -> list[Actor]:
        """The actor of the first target preposition (against/on/with/…; "of" for attacks,
        "to" for visits: "the premier's visit to Moscow" is hosted by Russia)."""
        target_preps = NOUN_TARGET_PREPS | ({"of"} if root in COERCIVE_ROOTS else set())
        if root in JUDGEMENT_TARGET_PREPS:
            target_preps = JUDGEMENT_TARGET_PREPS[root]
        target_preps |= {"to"} if root == CONSULT_ROOT else set()
        if noun.lemma_.lower() in TARGETED_MEASURES:
            target_preps = MEASURE_TARGET_PREPS  # not "his duties with the UN"
        skip = frozenset(k for a in sources for k in range(a.start, a.end))
        for child in _target_preps(noun, root):
            if child.dep_ == "prep" and child.lower_ in target_preps:
                found = [
                    a
                    for a in finder.first_in(actor_phrase(child, finder), skip)
                    if root == CONSULT_ROOT or not finder.is_city(a)
                ]
                if not found and noun.lemma_.lower() in MEASURE_NOUNS:
                    found = _possessor_of(child, finder)  # "U.S. tariffs on its steel"
                if found:
                    how.append(f"target:prep:{child.lower_}")
                    return found
        if root in COERCIVE_ROOTS and _victim_possessor(noun):
            # "the ambassador's abduction by gunmen": the possessor is the victim
            for child in noun.children:
                if child.dep_ == "poss" and child.pos_ != "PRON" and (found := finder.actors_of(child)):
                    how.append("target:poss-victim")
                    return found
        return []


def _weapon_owner(weapon: Token, finder: ActorFinder) -> list[Actor]:
    """The named actor (a country or group, not a city) that modifies a weapon compound on
    an attack noun: "a *Russian* missile strike", "a *US* drone strike", "*Hamas* rocket
    attacks" (the parser hangs the actor on the weapon); none for a bare "a drone attack"."""
    if weapon.lemma_.lower() not in ARMS_NOUNS:
        return []
    for owner in weapon.children:
        if owner.dep_ in ("amod", "compound", "nmod") and finder.names_actor(owner):
            found = [a for a in finder.actors_of(owner) if any(m.actor for m in a.parts)]
            return [a for a in found if not finder.is_city(a)]
    return []


def _victim_possessor(noun: Token) -> bool:
    """True when the possessor of a crime or killing noun (:data:`VICTIM_NOUNS`) is its
    victim: the noun has no "of" phrase naming one ("the journalist's killing", "the
    ambassador's abduction by gunmen"; "the gang's kidnapping of seven missionaries" is the
    gang's)."""
    return norm_word(noun.lemma_) in VICTIM_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    )


def _stray_by(noun: Token) -> Token | None:
    """The "by" phrase right after an attack noun that is an active verb's object, which the
    parser hung on that verb ("reported heavy shelling *by the paramilitary force*": on
    "reported", which has no passive agent); None elsewhere."""
    if noun.dep_ != "dobj":
        return None
    doc, after = noun.doc, noun.right_edge.i + 1
    if after >= len(doc) or doc[after].lower_ != "by" or doc[after].head.i != noun.head.i:
        return None
    return doc[after] if not is_passive(noun.head) else None


def _possessor_of(prep: Token, finder: ActorFinder) -> list[Actor]:
    """Whom the possessive pronoun of a preposition's object stands for ("tariffs on *its*
    steel": the subject of the clause, :meth:`ActorFinder.possessor`)."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return []
    pron = next((c for c in pobj.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if pron is None:
        return []
    return finder.possessor(pron) or _reported_its(pron, finder)


def _reported_its(pron: Token, finder: ActorFinder) -> list[Actor]:
    """ "Its" whose clause has "it" as subject in reported words stands for the speaker: "the
    ministry said it had filed a complaint over U.S. tariffs on its steel" (the ministry)."""
    if pron.lower_ != "its":
        return []
    cur = pron.head
    for _ in range(8):
        verb = cur.head
        if verb.i == cur.i:
            return []
        if verb.pos_ in ("VERB", "AUX"):
            subj = own_subject(verb)
            if subj is None or subj.lower_ != "it":
                return []
            said = reporting_verb(verb)
            speaker = own_subject(said) if said is not None else None
            return finder.actors_of(speaker) if speaker is not None and speaker.pos_ != "PRON" else []
        cur = verb
    return []


def _under_subject(noun: Token, finder: ActorFinder, how: list[str]) -> list[Actor]:
    """ "The former treasurer is under investigation by the attorney general", "two officers
    remain under investigation", "a senator who is under investigation": the subject of the
    verb that holds the "under" phrase is the one investigated (the relative clause's noun for
    "who"), or its object when it has one ("police had the couple under investigation")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under" or noun.head.dep_ != "prep":
        return []
    holder = noun.head.head
    obj = direct_object(holder)
    # "police have had them under investigation": the object, not the police, is investigated
    subj = obj if obj is not None else own_subject(holder)
    if subj is not None and subj.tag_ in ("WP", "WDT") and holder.dep_ == "relcl":
        subj = holder.head
    if subj is None or not (found := finder.actors_of(subj)):
        return []
    how.append("target:under-subject")
    return found


def _target_preps(noun: Token, root: str) -> list[Token]:
    """The noun's children and, for a visit, the phrases the parser hung on its visitor
    ("a visit by a Kenyan delegation *to Uganda*"), for an attack those it hung on its doer
    ("a raid by soldiers *on fishermen*")."""
    children = list(noun.children)
    if root in COERCIVE_ROOTS:
        # "a raid by soldiers *on fishermen*": the parser hangs the target on the doer
        bys = [c for c in children if c.dep_ == "prep" and c.lower_ == "by"]
        if (stray_by := _stray_by(noun)) is not None:
            bys.append(stray_by)
        return children + [
            c for by in bys for agent in by.children if agent.dep_ == "pobj"
            for c in agent.children if c.dep_ == "prep" and c.lower_ in MEASURE_TARGET_PREPS
        ]
    if root != CONSULT_ROOT:
        stray = stray_measure_prep(noun) if noun.lemma_.lower() in MEASURE_NOUNS else None
        return children if stray is None else [*children, stray]
    visitors = [
        pobj
        for prep in children
        if prep.dep_ == "prep" and prep.lower_ in ("by", "of")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    return children + [c for v in visitors for c in v.children if c.dep_ == "prep" and c.lower_ == "to"]


def _one_actor(source: Actor, target: Actor, code: str, doc: Doc, options: CoderOptions) -> bool:
    """Whether a noun's two sides are one actor: the same code, but for criticism and
    complaints two bodies of a state named by different role words are two ("the
    councilman's criticism of the mayor", :func:`same_actor`)."""
    if code[:2] not in JUDGEMENT_TARGET_PREPS:
        return source.code == target.code
    return same_actor(source, target, doc, options.distinct_roles, code)


def _may_hold(noun: Token, root: str) -> bool:
    """Whether the subject of the verb holding ``noun`` may do the event it names: for
    criticism and complaints only a verb of voicing them (:data:`VOICING_HEADS`: "the
    senator voiced criticism of the mayor"), not one who faces or draws them ("the council
    faced criticism of its chairman")."""
    if root not in JUDGEMENT_TARGET_PREPS:
        return True
    return noun.dep_ == "dobj" and norm_word(noun.head.lemma_) in VOICING_HEADS


def _holder_subject(
    noun: Token, finder: ActorFinder, how: list[str], violent: bool = False, met: bool = False
) -> list[Actor]:
    """ "Thousands of Nigerians converged for a rally": the subject of the verb that holds
    the event noun (as object or through a preposition) takes part in it; also through a
    batch noun ("adopted a new package of sanctions", "held a second round of talks").
    ``met``: talks, a meeting or a call "with" someone, which the subject of a verb that
    holds it in a phrase of time held ("after talks with Xi, Macron said …", "speaking
    following a meeting with Erdogan, the prime minister …"; :func:`_met_in_passing`)."""
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.pos_ == "NOUN"
        and norm_word(noun.head.head.lemma_) in BATCH_NOUNS
        and noun.head.head.head.i != noun.head.head.i
    ):
        noun = noun.head.head
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in TOPIC_PREPS and norm_word(holder.lemma_) in SPEECH_HEADS:
        return []  # "declined to comment on the investigation": a topic, not the speaker's act
    if violent and noun.dep_ == "pobj" and noun.head.lower_ in TOPIC_PREPS and (
        noun.head.lower_ != "on" or any(c.dep_ == "dobj" for c in holder.children)
    ):
        # "the mayor read the police report on the stabbing", "gathered information about the
        # attack": an "on" phrase the parser hung on a verb with an object, or an "about"
        # phrase, is a topic; not "troops went on the offensive"
        return []
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        return []  # "remains under investigation", "came under attack": done to the subject
    if noun.dep_ == "pobj" and noun.head.lower_ in TIME_PREPS:
        if met and noun.head.lower_ in MEETING_TIME_PREPS:
            return _met_in_passing(holder, finder, how)
        return []  # "after the attacks, the government said …": the time of its act, not its part
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and holder.dep_ in ("nsubj", "nsubjpass")
        and finder.names_actor(holder)
    ):
        # "the government, in negotiations with the IMF, cut subsidies": the subject is in them
        if found := finder.actors_of(holder):
            how.append("source:holder")
            return found
    if violent and holder.lemma_ == "be":
        return []  # "shoppers who were at the mall shooting": its victims and witnesses
    if (
        noun.dep_ in ("dobj", "pobj")
        and holder.pos_ in ("VERB", "AUX")
        and norm_word(holder.lemma_) not in CAUSATIVE_HEADS | JUDGING_HEADS
    ):
        subj = subject(holder)
        relative = holder.dep_ == "relcl" and holder.lemma_ == "be"
        if subj is not None and relative and subj.tag_ in ("WDT", "WP"):
            subj = holder.head  # "Turkey, which is in talks with …": the relative's noun
        if subj is not None and (found := finder.actors_of(subj)):
            how.append("source:holder-subject")
            return found
    return []


def _with_someone(noun: Token) -> bool:
    """True when ``noun`` has a "with" phrase ("talks with Xi", "a call with Biden")."""
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


def _met_in_passing(holder: Token, finder: ActorFinder, how: list[str]) -> list[Actor]:
    """The subject of ``holder``, the verb whose phrase of time names talks or a meeting
    with someone ("after talks with Xi, Macron said …"), when it is an actor who may hold
    them: not private people or the press ("after the meeting with Xi, reporters asked …")."""
    if holder.pos_ not in ("VERB", "AUX"):
        return []
    subj = subject(holder)
    if subj is None:
        return []
    found = [a for a in finder.actors_of(subj) if not actor_types(a) & NO_HOLDERS]
    if found:
        how.append("source:holder-subject-after-talks")
    return found


def _speaker_party(noun: Token, targets: list[Actor], finder: ActorFinder, how: list[str]) -> list[Actor]:
    """The speaker of a reported clause about talks "with X" that names no other side is
    that side: "the Kenyan foreign minister said talks with Ethiopia had made progress",
    "the union said it was in talks with the hospital" ("it" for the speaker). Only a
    speaker that is a state, a body or an organisation ("a university economist said
    talks with Iran had stalled" names no side)."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        clause, pronoun = noun.head, None
    elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in ("VERB", "AUX"):
        clause = noun.head.head
        pronoun = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if pronoun is None or pronoun.lower_ not in ("it", "they"):
            return []
    else:
        return []
    said = reporting_verb(clause)
    speaker = own_subject(said) if said is not None else None
    if speaker is None or speaker.pos_ == "PRON":
        return []
    if pronoun is not None:
        plural = several(speaker)
        if pronoun.lower_ != ("they" if plural else "it"):
            return []
    found = [
        a for a in finder.actors_of(speaker)
        if (any(m.actor is not None for m in a.parts) or actor_types(a) & TALKING_SIDES)
        and all(a.code != t.code for t in targets)
    ]
    if found:
        how.append("source:speaker-party")
    return found


def _country_in(noun: Token, finder: ActorFinder, how: list[str], protest: bool = False) -> list[Actor]:
    """Domestic acts: the country where they happen acts ("protests in Georgia"). A protest
    in a city is its country's civilians' ("protests broke out in Dhaka" -> BGDCVL)."""
    scopes = [noun]
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.i != noun.i:
        scopes.append(noun.head)
    for scope in scopes:
        for child in scope.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "across", "throughout"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                place = finder.country_at(pobj) if pobj is not None else None
                if place is not None:
                    how.append("source:country-in")
                    return [place]
                if protest and pobj is not None and (crowd := _city_civilians(pobj, finder)) is not None:
                    how.append("source:city-civilians")
                    return [crowd]
    return []


def _city_civilians(pobj: Token, finder: ActorFinder) -> Actor | None:
    """The civilians of the country of the city ``pobj`` names alone ("in Dhaka" ->
    BGDCVL), else None."""
    if pobj.ent_type_ not in ("GPE", "LOC"):
        return None  # (the cheapest test first: a place name)
    city = finder.actor_of(pobj)
    if city is None or city.code.startswith("---") or not finder.is_city(city):
        return None
    return dataclasses.replace(city, code=city.code[:3] + CIVILIANS)  # (a capital reads XXXGOV)


FAILING_VERBS = frozenset("collapse fail stall falter founder break".split())
"""Verbs of talks that end without a result ("collapsed", "broke down", "stalled")."""
FAILURE_NOUNS = frozenset("collapse failure breakdown".split())
"""Nouns of the same ("the collapse of talks between X and Y")."""


def failed_talks(noun: Token) -> bool:
    """True when the talks of ``noun`` are told as failing: its verb ("talks between Serbia
    and Kosovo collapsed", "the negotiations broke down", "talks stalled") or the noun it
    hangs on ("the collapse of talks with Iran"). What was said is their failure, not a
    meeting; "talks resumed after they collapsed in May" still tells the talks by their
    own verb."""
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and norm_word(head.lemma_) in FAILING_VERBS:
        return head.lemma_.lower() != "break" or any(
            c.dep_ == "prt" and c.lower_ in ("down", "off") for c in head.children)
    return (noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN"
            and norm_word(head.head.lemma_) in FAILURE_NOUNS)


def brokered(noun: Token, finder: ActorFinder) -> bool:
    """True for talks or a meeting between two sides that a third hosts or mediates ("Qatar
    hosted talks between A and B", "Oman brokered a meeting between A and B"): the verb
    codes the host's act, the noun the two sides'. Only a stated act: not negated, modal,
    future or an infinitive ("will host", "refused to host", "agreed to mediate")."""
    head = noun.head
    return (
        noun.dep_ == "dobj"
        and norm_word(head.lemma_) in BROKER_VERBS
        and head.dep_ != "xcomp"
        and not negated(head)
        and not any(c.dep_ == "aux" and c.lower_ in UNSTATED_AUX for c in head.children)
        and bool(between_pairs(noun, finder))
    )


def joint_act(noun: Token) -> bool:
    """True for a noun its doers do together ("joint exercises", "a joint patrol"): marked by
    an adjective before it ("joint air force exercises": also one of its compound)."""
    return any(t.lower_ in JOINT_WORDS and t.dep_ == "amod" for c in noun.lefts for t in c.subtree)


def to_be_done(noun: Token) -> bool:
    """True for the object of an infinitive ("agreed to stage joint drills"): not done yet."""
    head = noun.head
    return (
        noun.dep_ == "dobj"
        and head.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    )


def between_pairs(noun: Token, finder: ActorFinder) -> list[tuple[Actor | None, Actor | None]]:
    """Both directions between the members of the noun's "between"/"among" phrases."""
    pairs: list[tuple[Actor | None, Actor | None]] = []
    for prep in between_preps(noun):
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        sides = finder.actors_of(pobj) if pobj is not None else []
        if len({a.code for a in sides}) >= 2:
            pairs += both_ways(sides)
    return pairs


def between_preps(tok: Token) -> list[Token]:
    """ "between"/"among" phrases of an event noun: its own, those of an apposition ("two
    conflicts: one between A and B, the other between C and D") and those one phrase down
    ("clashes on the border between A and B")."""
    out: list[Token] = []
    roots = [tok]
    if tok.dep_ in ("nsubj", "nsubjpass"):
        # "two conflicts revive: one between A and B": the apposition hangs off the verb
        roots += [c for c in tok.head.children if c.dep_ == "appos" and c.i > tok.i]
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in OCCURRENCE_VERBS:
        # "fighting has flared again between A and B": the parser hangs the phrase on the verb
        roots.append(tok.head)
    ends = {r.i for r in roots}
    for t in (t for r in roots for t in subtree_no_clauses(r)):
        if t.dep_ == "prep" and t.lower_ in BETWEEN_PREPS:
            # only through noun-phrase links (appositions, prepositional phrases)
            cur, ok = t.head, True
            for _ in range(6):
                if cur.i in ends:
                    break
                if cur.dep_ not in ("appos", "pobj", "prep", "conj", "compound", "nmod", "amod"):
                    ok = False
                    break
                cur = cur.head
            if ok:
                out.append(t)
                # "between A and B and between C and D": the second phrase is the first's conjunct
                # (the parser hangs it on the first phrase or on its first member)
                out += [c for c in t.subtree if c.dep_ == "conj" and c.lower_ in BETWEEN_PREPS]
    return out


def _unreal(noun: Token) -> bool:
    """True for an event noun a modifier says has not happened ("threatened sanctions", "the
    proposed talks"), unless it is now being carried out ("began the threatened offensive",
    "imposed the threatened tariffs")."""
    for mod in noun.children:
        if mod.dep_ != "amod" or mod.lower_ not in UNREAL_MODIFIERS:
            continue
        return not (noun.dep_ == "dobj" and norm_word(noun.head.lemma_) in CARRY_OUT_VERBS)
    return False


def lifted(noun: Token) -> bool:
    """True for a measure being lifted, eased or removed, not imposed: the object or passive
    subject of such a verb ("American tariffs on Chinese steel were removed"), the "of" phrase
    or compound of such a noun ("the easing of sanctions on Venezuela", "sanctions relief")."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass"):
        return norm_word(head.lemma_) in LIFTING_WORDS
    if noun.dep_ == "pobj" and head.lower_ == "of":
        return norm_word(head.head.lemma_) in LIFTING_WORDS
    return noun.dep_ == "compound" and norm_word(head.lemma_) in LIFTING_WORDS


def stray_measure_prep(noun: Token) -> Token | None:
    """The "on/against" phrase right after a measure noun that the parser hung on a word above
    it ("lodged a complaint over U.S. tariffs *on its tomatoes*": on "lodged"); not a date
    ("over U.S. tariffs on Monday")."""
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return None
    prep = doc[noun.i + 1]
    if prep.dep_ != "prep" or prep.lower_ not in MEASURE_TARGET_PREPS or prep.head.i == noun.i:
        return None
    if not any(a.i == prep.head.i for a in noun.ancestors):
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return prep if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME") else None


def imposed(noun: Token) -> bool:
    """True for a measure that is the object of a verb of imposing it: the verb codes it, or
    its negation or plan does ("has no plans to impose tariffs on Japanese electronics")."""
    return noun.dep_ == "dobj" and norm_word(noun.head.lemma_) in IMPOSING_VERBS


def own_measure(noun: Token, finder: ActorFinder) -> bool:
    """True for a trade measure (:data:`MEASURE_NOUNS`) named with its own imposer, an actor
    adjective, possessor, compound or "by" phrase ("U.S. tariffs", "Washington's duties",
    "sanctions by the EU") and aimed by an "on/against" phrase: under a preposition of a
    coded verb it is a measure of its own, not the verb's act ("filed a complaint over U.S.
    tariffs on its steel", "in response to Washington's duties on Chinese cars")."""
    return (
        noun.lemma_.lower() in MEASURE_NOUNS
        and (
            any(c.dep_ == "prep" and c.lower_ in MEASURE_TARGET_PREPS for c in noun.children)
            or stray_measure_prep(noun) is not None
        )
        and bool(NounEvents._source(noun, finder, []))
    )


def _witness_verb(noun: Token) -> Token | None:
    """The verb of :data:`WITNESS_HEADS` whose object, or object of an "against/over/about/
    into" phrase, ``noun`` is ("reported a drone attack", "protested against the killing")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in WITNESS_PREPS:
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    return head if head.pos_ == "VERB" and norm_word(head.lemma_) in WITNESS_HEADS else None


def witnessed_attack(noun: Token, code: str, finder: ActorFinder) -> Token | None:
    """The verb of :data:`WITNESS_HEADS` that reports, judges or protests an attack noun with
    its own doer (a possessor, actor adjective or compound, or "by" phrase:
    :meth:`NounEvents._source`), whose act it is, reported, beside the verb's own event
    ("residents reported a drone attack by Houthi rebels on the port", "condemned the Israeli
    bombing of a school"), or None ("witnessed the shelling of the camp" names no doer)."""
    if code[:2] not in COERCIVE_ROOTS or noun.dep_ not in ("dobj", "pobj"):
        return None
    verb = _witness_verb(noun)
    return verb if verb is not None and NounEvents._source(noun, finder, [], violent=True) else None


def blocked(noun: Token, matched: set[int], talks: bool = False, measure: bool = False,
            seen: bool = False) -> bool:
    """True when an event noun did not (or not yet) happen or is coded by its verb: "no
    fighting", "the risk of clashes", "to avoid a conflict", "did not impose sanctions",
    "talks could resume", or the object of a dictionary verb ("announced a mobilization").
    With ``talks`` (a consultation noun) being "in" talks beside a coded verb is a state of
    its own ("Egypt, in talks with the IMF, hopes …"); other nouns there are the verb's
    ("killed in an attack" is coded by "killed"), but with ``measure`` (:func:`own_measure`)
    a measure in a phrase of the verb is its imposer's ("complained over U.S. tariffs"; "imposed
    U.S. tariffs" stays the verb's), and with ``seen`` (:func:`witnessed_attack`) an attack
    with its own doer that the verb reports, judges or protests is that doer's."""
    if any(c.lower_ in NOUN_NEGATORS and c.dep_ in ("det", "neg", "advmod") for c in noun.children):
        return True
    if _unreal(noun):
        return True  # "threatened sanctions", "a possible attack", "the proposed talks"
    cur = noun
    for _ in range(5):
        head = cur.head
        if head.i == cur.i:
            return False
        if head.pos_ in ("VERB", "AUX"):
            if is_naming(head):
                return False  # "what it called an assault": the speaker's report (modality)
            modal = any(c.dep_ == "aux" and c.lower_ in MODALS for c in head.children)
            if cur.dep_ in ("nsubj", "nsubjpass"):
                called_off = norm_word(head.lemma_) in CALLED_OFF
                return modal or called_off or negated(head) and head.lemma_ == "be"
            if cur.dep_ == "prep" and cur.lower_ in TIME_PREPS and not modal:
                return False  # "talks resumed after a meeting between A and B": it took place
            if cur.dep_ in ("dobj", "pobj", "prep", "attr", "oprd", "dative", "agent", "appos", "conj"):
                # "X, in talks with Y, wants to …": a state the subject is in, not what it wants
                state = cur.dep_ == "prep" and cur.lower_ == "in"
                # ("Egypt, in talks with the IMF, hopes …": a state beside the verb's act)
                # a measure with its own imposer in a phrase of the verb: "over U.S. tariffs"
                own = (measure and cur.i != noun.i) or seen
                return (
                    (head.i in matched and not (state and talks) and not own)
                    or (norm_word(head.lemma_) in HYPOTHETICAL_HEADS and not state)
                    or modal
                    or negated(head)
                )
            return False
        if norm_word(head.lemma_) in HYPOTHETICAL_HEADS:
            return True
        cur = head
    return False
