"""Stage 5, nesting: a coded verb that governs another coded verb's clause.

PETRARCH-2's verb interaction (:mod:`events.coding.nesting` holds its code algebra): a
pattern naming the governed verb codes the whole construction ("wants to attack"); a ``~``
transformation rewrites it ("a says b attacked" -> a accuses b); otherwise the two codes
combine ("wants to help"). A statement keeps the reported event, which inherits the
speaker as its source when it has no subject of its own ("X said it would Y"). With
``options.modality``: a governing verb without a target takes its infinitive's ("threatened
to cut off gas to Y"), what an appeal, demand or threat governs is not coded as done, and
an intent to coerce is a threat, and what someone plans or intends to do is its own act
("said they plan to block the bill": the planners block it, intended). A statement whose
reported clause coded an event loses its own "X said ... Y" candidate (the reported event
is the news).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from events.cameo import split_actor_code
from events.coding import nesting
from events.coding.actors import BODIES, Actor, ActorFinder, names_person, other_sex
from events.coding.dictionaries import VerbDictionary
from events.coding.modality import (
    APPEAL_ROOT,
    INTENT_ROOT,
    MEET_ROOT,
    REFUSE_MEETING_CODE,
    REPORT_VERBS,
    pledged,
    stronger,
)
from events.coding.options import CoderOptions
from events.coding.parts import (
    AUTHORITY_TYPES,
    DENIED,
    HYPOTHETICAL,
    INTENDED,
    STATEMENT_CODE,
    VIOLENT_ROOTS,
    Candidate,
    CodedVerb,
    actor_types,
)
from events.coding.roles import same_actor
from events.coding.syntax import (
    CLAUSE_UNDER_VERB_DEPS,
    NAMING_VERBS,
    SUBJECT_DEPS,
    direct_object,
    is_passive,
    negated_infinitive,
    own_subject,
    plain_infinitive,
    subtree_no_clauses,
    to_infinitive,
)
from events.coding.syntax import several as is_several
from events.coding.text import norm_word
from events.coding.verbs import forms_of
from events.coding.words import word_set
from events.tone import lexicon

SAY_VALUE = 0x1000  # PETRARCH-2's value of the statement class (01x)
# what an appeal (02), a demand (10) or a threat (13) governs has not happened
UNREALIZED_ROOTS = frozenset({"02", "10", "13"})
# what a speaker accuses another of when reporting it ("said Y attacked Z"): coercion and violence
ACCUSED_ROOTS = frozenset({"17", "18", "19", "20"})
ACCUSE_CODE = "112"
# seizing or damaging property (theft, break-ins, vandalism): a charge when no authority does it
PROPERTY_CODE = "171"
THREAT_ROOT = "13"
# prosecutors accuse by office: what they say someone did is an allegation; police, whose
# statements also describe victims and witnesses, only of those they call suspects (CRM)
PROSECUTOR_TYPE = "JUD"
POLICE_TYPE = "COP"
SUSPECT_TYPE = "CRM"
# rebels, insurgents and armed groups: no state's own side, even of its own country
ARMED_OPPONENTS = frozenset({"REB", "INS", "UAF"})
# private persons and criminals: no side of which one accuses no one
PRIVATE_TYPES = frozenset({"CVL", "CRM"})
ALLEGE_CODE = "1121"
# words by which a reported clause blames or approves ("said the plan was irresponsible")
BLAME_WORDS = frozenset(
    """
    irresponsible unacceptable unfair unjust wrong barbaric outrageous ridiculous shameful
    disgraceful reckless misguided flawed absurd disastrous deplorable appalling
    unconstitutional mistake failure disgrace outrage insult travesty betrayal
    sham farce charade fraud hoax illegitimate baseless groundless lie lies propaganda
    provocation provocative misleading dishonest hypocritical incompetent unfit unqualified
    insulting cruel cowardly callous heartless arrogant negligent unprofessional deceitful
    unreasonable unjustified unwarranted counterproductive worthless inept spineless
    fiasco shambles shamble debacle scandalous cynical
    liar traitor dictator tyrant despot hypocrite coward thug puppet clown fool idiot racist
    fascist bigot crook warmonger ashamed nonsense rubbish
    """.split()
)
APPROVAL_WORDS = frozenset(
    """
    good great excellent wise courageous brave commendable admirable fair exemplary laudable
    praiseworthy heroic selfless tireless statesmanlike principled helpful constructive
    hero visionary statesman patriot
    """.split()
)
# words that judge what an actor decided, proposed or gave (:data:`POLICY_NOUNS`) which the
# VADER lexicon misses or rates mildly ("inadequate" -1.7, "helpful" 1.8, "invaluable" unrated):
# "said the ministry's response was woefully inadequate", "Seoul's support had been invaluable"
POLICY_BLAME = frozenset(
    "inadequate insufficient unworkable shortsighted draconian".split()
)
POLICY_APPROVAL = frozenset("invaluable indispensable welcome generous".split())
# a reported clause that grades someone's work: "did a great job", "deserves credit"
WORK_NOUNS = frozenset({"job", "work"})
HIGH_GRADES = frozenset("fine terrific outstanding remarkable tremendous fantastic superb superior".split())
LOW_GRADES = frozenset("poor bad terrible lousy awful dismal miserable shoddy".split())
CREDIT_NOUNS = frozenset({"credit", "praise", "thanks", "gratitude", "applause", "recognition"})
BLAME_NOUNS = frozenset({"blame", "criticism", "condemnation"})
# a reported clause that has its subject deceive (an accusation, 112: "said the minister had
# lied to voters"; "lie" only as "lied", not the "lie" of "the village lies in a valley") or
# fail at its task (criticism, 111: "said the government had mismanaged the economy")
DECEIT_VERBS = frozenset("mislead deceive cheat betray".split())
# "said police had done nothing / little to find her son": a failure to act, criticism (111);
# not what one did nothing to deserve or provoke (a defence: "the victims did nothing to
# deserve this"), nor a harm one did nothing to do ("did nothing to hurt the talks")
NO_EFFORT = frozenset({"nothing", "little"})
UNDESERVED = frozenset("deserve provoke invite warrant justify merit earn cause trigger".split())
MISRULE_VERBS = frozenset("mismanage neglect squander waste botch bungle mishandle".split())
# those one "failed" when one failed one's duty to them ("the government has failed farmers")
FAILED_PEOPLE = frozenset(
    """
    people citizen citizens voter voters farmer farmers worker workers child children family
    families patient patients student students victim victims country nation public community
    communities taxpayer taxpayers resident residents refugee refugees constituent constituents
    """.split()
)
# "said the opposition was playing politics with the crisis"
POLITICS_NOUNS = frozenset({"politics", "game", "games"})
# deceit and abuse of trust in a reported clause (112): "was lying about", "had abused his
# power", "were spreading lies"
LIED_PREPS = frozenset({"about", "to"})
TRUSTED_NOUNS = frozenset({"power", "office", "authority", "position", "trust", "powers"})
FALSEHOOD_NOUNS = frozenset(
    """
    lie lies falsehood falsehoods misinformation disinformation propaganda rumour rumours rumor
    rumors
    """.split()
)
# verbs of conduct that an adverb of manner grades ("acted irresponsibly", "behaved badly",
# "treated workers unfairly", "handled the crisis well" is left alone: "well" is no "-ly" word)
CONDUCT_VERBS = frozenset("act behave treat handle respond react conduct govern manage".split())
CONDUCT_APPROVAL = frozenset({"responsible", "professional", "honourable", "honorable", "decisive"})
# what someone "is far from" when judged to fall short ("far from adequate"): approval
# and adequacy, not a place or a state of affairs ("far from home", "far from over")
ADEQUACY_WORDS = APPROVAL_WORDS | frozenset(
    "perfect ideal adequate sufficient satisfactory acceptable enough".split()
)
# verbs whose subject owns the decision or step they name as their object ("had made a
# shameful decision", "took a courageous step")
DECIDING_VERBS = frozenset("make take adopt pursue announce".split())
# "which I think was …": verbs of opinion the speaker's own "I" or "we" inserts in a relative
# clause
OPINION_VERBS = frozenset({"think", "believe", "feel", "consider"})
FIRST_PERSON_SUBJECTS = frozenset({"i", "we"})
# the parts of speech of a clause's head (a copula or a verb)
CLAUSE_POS = frozenset({"AUX", "VERB"})
# approval too plain to praise the doer of a "that" clause ("it was good that …")
PLAIN_APPROVAL = frozenset({"good", "great", "fair"})
# the subjects of a relative clause that stand for its antecedent
RELATIVE_WORDS = frozenset({"which", "that", "who"})
# what marks a noun as the speaker's own side ("our government", "his own council")
OWN_POSSESSIVES = frozenset({"my", "our"})
# how a statement's target was found when it is whom the speaker addressed
ADDRESSEE_HOWS = frozenset({"target:dobj", "target:dative", "target:prep:to"})
CRITICIZE_CODE = "111"
# plain words for a person, which only their adjectives make a judgement ("a stupid guy")
PERSON_WORDS = frozenset("man woman guy person individual character leader politician fellow".split())
# what police say of a suspect they seek ("described him as a dangerous man"): a warning, no blame
THREAT_WORDS = frozenset("dangerous violent armed volatile".split())
CRITIC_LEMMA = "critic"
PRAISE_CODE = "051"
# what marks a reported clause as an open question ("asked whether …")
OPEN_MARKS = frozenset({"whether", "if"})
# owning up in one's own words ("'that's on me,' the coach said", "'the mistakes were mine'"):
# the speaker acknowledges responsibility (015)
ADMIT_CODE = "015"
OWN_UP_SUBJECTS = frozenset("that this it one fault blame mistake mistakes error errors failure".split())
OWN_UP_ON = frozenset({"me", "us"})
OWN_UP_MINE = frozenset({"mine", "ours"})
# a fault one admits in a clause about one's own side ("admitted his department made
# mistakes", "conceded the government had been wrong", "acknowledged he had erred")
ADMITTING_VERBS = frozenset({"admit", "acknowledge", "concede", "confess"})
FAULT_OBJECTS = frozenset({"mistake", "error", "blunder", "misstep"})
# faults found with what someone said, wrote or did ("said there were problems with the
# landlord's account", "inconsistencies in the mayor's statement"): criticism of its owner
FAULT_NOUNS = frozenset(
    "problem flaw inconsistency discrepancy hole error irregularity shortcoming contradiction".split()
)
FAULT_PREPS = frozenset({"with", "in"})
# what one tells or files, beside what one decides or proposes (:data:`POLICY_NOUNS`): faults
# in it are one's own ("the landlord's account"; not "the senator's health", "the mayor's car")
ACCOUNT_NOUNS = frozenset(
    "account explanation version story testimony claim alibi figures data calculation application".split()
)
AS_COMPLEMENTS = frozenset({"pobj", "amod", "acomp"})
"""Dependencies of what an "as" phrase names (the parser hangs an adjective as ``amod``:
"described the decision as shameful")."""
# what an actor decides, proposes or says, whose judgement is a judgement of the actor ("the
# ministry's plan was dangerous", "the council's budget would hurt farmers"); not acts of
# force or misfortunes ("the rebels' attack was tragic", "the minister's death was sad")
POLICY_NOUNS = frozenset(
    """
    plan plans proposal budget decision policy bill law legislation cut offer deal measure
    reform scheme program programme strategy approach handling response remark comment
    statement rhetoric stance move action conduct behaviour behavior idea tariff tax ruling
    rule regulation agenda verdict sentence election vote trial referendum report review study
    assessment finding step initiative effort claim allegation accusation
    help support aid assistance mediation leadership contribution cooperation package gesture
    ploy stunt pledge promise commitment
    """.split()
)
# VADER valences (-4..+4, :func:`events.tone.lexicon`) past which a word rates a policy: clear
# blame (reckless -1.7 is in BLAME_WORDS; difficult -1.5 and shocking -1.7 fall short) and
# clear approval (wise 2.1, excellent 2.7; ambitious, 2.1, is no praise in news)
BLAME_VALENCE = -1.8
APPROVAL_VALENCE = 2.0
NOT_APPROVAL = frozenset({"ambitious"})
# verbs by which a policy harms someone that VADER rates mildly or not at all ("would
# undermine / cripple / jeopardise growers")
HARM_VERBS = frozenset(
    "cripple undermine jeopardize jeopardise endanger hamper penalize penalise devastate".split()
)
# clause verbs that state what someone is, has, says or suffers, not what they did
STATIVE_LEMMAS = frozenset(
    """
    be have seem appear remain become know live work want need say tell admit claim deny
    die suffer receive lose owe earn gain win face undergo sustain survive recover
    """.split()
)
# consultation, diplomatic and material cooperation, aid: the acts whose intent (03x) the one
# who agrees to them expresses; "agreed to resume talks", "agreed to send air defence systems"
# say the talks or the delivery are to come (a yield agreed to, 08, is the yielding itself)
AGREED_ROOTS = frozenset({"04", "05", "06", "07"})
# disapproval, rejection, reduced relations: an intent to do them is no cooperative intent (03x)
OPPOSED_ROOTS = frozenset({"11", "12", "16"})
# deps through which a clause hangs under the verb that governs it
GOVERNED_DEPS = frozenset({"xcomp", "ccomp", "conj"})


class Nesting:
    """Applies verb interaction to the coded verbs of one sentence."""

    def __init__(self, verbs: VerbDictionary, options: CoderOptions):
        self.verbs = verbs
        self.options = options

    def drop_reporter_pairs(self, verbs: list[CodedVerb], coded: set[int]) -> None:
        """ "X said Y did Z": the reported event is Z; X -> Y only when Z coded nothing.
        ``coded`` holds the token indices of verbs with a kept candidate."""
        for verb in verbs:
            if self.options.modality and _judgement(verb.tok) is not None:
                continue  # "said Y is a far cry from helping Z": the judgement of Y is the news
            if self._reports(verb) and any(
                not _in_noun_clause(c, r)  # (walked up only for the coded verbs)
                for r in verb.tok.children
                # (a clause with no verb says what the object is found or made: "found X
                # guilty of stealing" is a verdict on X, not a report of what X did)
                if r.dep_ in ("ccomp", "xcomp") and (r.pos_ != "ADJ" or verb.match.code == STATEMENT_CODE)
                # (the clause is walked only when a coded verb lies within its edges)
                and any(r.left_edge.i <= k <= r.right_edge.i for k in coded)
                for c in r.subtree
                if c.i in coded
            ):
                verb.cands = [
                    c for c in verb.cands if "ccomp-subject" not in c.how and "xcomp-subject" not in c.how
                ]

    def _reports(self, verb: CodedVerb) -> bool:
        """True when ``verb``'s complement clause is reported (statements and verbs with no
        code of their own), not addressed: with modality, a demand, appeal or threat
        ("demanded that Hamas renounce …") keeps the clause's subject as its target, and so
        does a yield that lets someone act ("allowed the opposition to hold rallies" is the
        concession to the opposition)."""
        if not self.options.modality:
            return True
        if verb.match.demand:
            return False
        value = nesting.value(verb.match.code) if verb.match.code else None
        if value is not None and nesting.YIELD <= value < nesting.YIELD + 0x100:
            return False
        return value is None or value >> 12 not in (0x2, 0x4, 0x6)

    def drop_governed(self, verbs: list[CodedVerb]) -> None:
        """PETRARCH-2 reads the clause of a verb (its complement, infinitive or adverbial
        clause) only when the verb has no target of its own: "called on X to be allowed to
        leave Y" is the appeal to X, not a departure from Y. The candidates of verbs in
        such clauses are dropped."""
        targeted = {v.tok.i for v in verbs if any(_own_target(c) for c in v.cands)}
        for verb in verbs:
            cur = verb.tok
            for _ in range(3):
                if cur.dep_ not in CLAUSE_UNDER_VERB_DEPS or cur.head == cur:
                    break
                cur = cur.head
                if cur.i in targeted:
                    verb.cands = []
                    break

    def apply(self, verbs: list[CodedVerb]) -> None:
        """Combine each governed verb with its governor; the events of both are replaced."""
        by_index = {v.tok.i: v for v in verbs}
        for lower in verbs:
            upper = governor(lower.tok, by_index)
            if upper is None and self.options.modality and lower.cands:
                # "looks forward to working with the county board": the intent's partner
                pledge = pledged_governor(lower.tok, by_index)
                if pledge is not None:
                    _share_pledge(pledge, lower, self.options.distinct_roles)
                continue
            if upper is None or upper.match.code is None or not lower.cands:
                continue
            # "promised not to use force": a negated infinitive is ruled out, not intended,
            # so no intent, threat or combination is made of it
            ruled_out = self.options.modality and negated_infinitive(lower.tok)
            result = None if ruled_out else (
                self._absorb(upper, lower) or self._transform(upper, lower) or self._combine(upper, lower)
            )
            if ruled_out and upper.match.code[:2] == INTENT_ROOT:
                _vowed_refusal(upper, lower)
            if result is None:
                # (a statement read as blame, "said Hamas had violated the ceasefire", still
                # reports the act it blames: its target is the speaker's as in any statement)
                if nesting.matches(upper.match.code, SAY_VALUE) or upper.match.how == "blame":
                    if self.options.modality:
                        _reason_given(upper, lower, by_index)  # "…, saying they had supplied X"
                    _inherit_source(upper, lower, self.options.distinct_roles)
                    if self.options.modality:
                        _accuse(upper, lower)
                        if upper.match.code != STATEMENT_CODE:
                            # "considered importing beef from Britain": what is considered
                            _lend_target(upper, lower)
                elif self.options.modality:
                    _lend_target(upper, lower)
                    if upper.match.code[:2] == INTENT_ROOT and lower.tok.dep_ == "xcomp":
                        # "said they plan to block the bill": whoever plans does the block
                        planners = sides(upper.cands, "source")
                        _inherit_source(upper, lower, self.options.distinct_roles, planners)
                        _agreed_not_done(upper, lower)
                        _opposition_not_intent(upper, lower)
                    threat = _threat_of_object(upper, lower) if lower.tok.dep_ == "xcomp" else None
                    if threat is not None:
                        # "threatened to halt gas deliveries to Moldova": a threatened sanction (1312)
                        upper.cands = [
                            dataclasses.replace(c, code=threat, how=f"{c.how} intent-threat {threat}")
                            for c in upper.cands
                        ]
                    if upper.match.code[:2] in UNREALIZED_ROOTS:
                        # "urged Russia to end the war": the appeal is the event; the end of
                        # the war was asked for, not done (and not by the one who asked)
                        lower.cands = []
                continue
            upper.cands = result
            lower.cands = []

    @staticmethod
    def _absorb(upper: CodedVerb, lower: CodedVerb) -> list[Candidate] | None:
        """A pattern that names the governed verb ("wants" ``- * ATTACK [138]``) codes the
        whole construction when the governing verb has no target of its own: its source,
        the governed verb's target."""
        pattern = upper.match.pattern
        if pattern is None or upper.match.code is None or not upper.sources or sides(upper.cands, "target"):
            return None
        words = {e.value for e in pattern.post if e.kind == "word"}
        if not words & set(forms_of(lower.tok)):
            return None
        targets = sides(lower.cands, "target")
        code = _threat_of_object(upper, lower) or upper.match.code
        out = [
            Candidate(upper.tok, upper.match, code, source, target, "source:governor target:clause",
                      upper.match.modality)
            for source in upper.sources
            for target in targets
            if source.code != target.code
        ]
        return out or None

    def _transform(self, upper: CodedVerb, lower: CodedVerb) -> list[Candidate] | None:
        """The first ``~`` transformation that fits the two verbs and the governed verb's
        source kind."""
        verbs = self.verbs
        assert upper.match.code is not None
        sources = upper.sources
        if not sources:
            return None
        kind = _inner_source_kind(lower, sources)
        for rule in verbs.transformations:
            outer = verbs.verb_code(rule.outer)
            outer_value = nesting.value(outer) if outer else None
            if outer_value is None or not nesting.matches(upper.match.code, outer_value):
                continue
            inner_value: int | None = None
            if rule.inner != "Q":
                inner = verbs.verb_code(rule.inner)
                inner_value = nesting.value(inner) if inner else None
                if inner_value is None:
                    continue
            out: list[Candidate] = []
            for cand in lower.cands:
                if inner_value is not None and not nesting.matches(cand.code, inner_value):
                    continue
                if rule.inner_source == "a" and kind not in ("a", "_"):
                    continue
                if rule.inner_source in ("_", "b") and kind != rule.inner_source:
                    continue
                if rule.inner_target == "b" and cand.target is None:
                    continue
                other = cand.source if rule.inner_source == "b" else cand.target
                code = cand.code if rule.result_code == "Q" else rule.result_code
                how = f"{cand.how} transformation {rule.outer}({rule.inner}) @{rule.where}"
                for source in sources:
                    if other is None or other.code != source.code:
                        out.append(Candidate(upper.tok, cand.match, code, source, other, how,
                                             upper.match.modality))
            if out:
                return out
        return None

    def _combine(self, upper: CodedVerb, lower: CodedVerb) -> list[Candidate] | None:
        """PETRARCH-2's code combination of the two verbs (an intent to coerce is a threat)."""
        assert upper.match.code is not None
        if nesting.matches(upper.match.code, SAY_VALUE):
            return None  # statements keep the reported event (see _inherit_source)
        sources = upper.sources
        targets = sides(upper.cands, "target") or sides(lower.cands, "target")
        codes = {c.code for c in lower.cands}
        block_code = upper.match.form.code or upper.match.form.block.code
        if self.options.modality and block_code and nesting.value(block_code) == nesting.INTENT and codes:
            # "plans to impose restrictions", "intends to cut off aid": an intent to coerce,
            # sanction or attack is a threat (13x)
            if upper.tok.lemma_.lower() in PLAN_LEMMAS and all(c[:2] == PROTEST_ROOT for c in codes):
                return _planned(upper, sources, targets, codes)
            threats = {inner: nesting.future(inner) for inner in codes}
            if all(t is not None and t.startswith("13") for t in threats.values()):
                return _pairs(upper, sources, targets, threats, "intent-threat {inner}")
        if not all(nesting.combinable(upper.match.code, inner) for inner in codes):
            return None
        combined = {inner: nesting.combine(upper.match.code, inner) for inner in codes}
        if any(code is None for code in combined.values()):
            return None
        return _pairs(upper, sources, targets, combined, f"combined {upper.match.code}+{{inner}}")


PLAN_LEMMAS = frozenset({"plan", "intend", "prepare", "organize", "organise", "schedule"})
"""Verbs of planning: a protest planned is a protest to come, not a threat of one (133)."""
PROTEST_ROOT = "14"


def _planned(
    upper: CodedVerb, sources: list[Actor], targets: list[Actor], codes: set[str]
) -> list[Candidate]:
    """ "Opposition parties are planning to stage rallies to demand the president's
    resignation": the planned protest, intended, in place of the plan (no threat, 133)."""
    out = _pairs(upper, sources, targets, {c: c for c in codes}, "planned-protest {inner}") or []
    for cand in out:
        cand.modality = stronger(cand.modality, INTENDED)
    return out


def _threat_of_object(upper: CodedVerb, lower: CodedVerb) -> str | None:
    """The threat a governed verb read by its object announces, when a threat pattern that
    names only the verb codes another kind of threat: "threatened to ban imports of British
    beef" is a threatened embargo (163 -> 1312), not a threat to ban parties (the pattern's
    1322). None when the pattern's code is the verb's own kind of threat."""
    code = upper.match.code or ""
    if not code.startswith(THREAT_ROOT) or lower.match.pattern is None or lower.match.code is None:
        return None
    threat = nesting.future(lower.match.code)
    if threat is None or not threat.startswith(THREAT_ROOT) or threat[:3] == code[:3]:
        return None
    return threat


def _pairs(
    upper: CodedVerb, sources: list[Actor], targets: list[Actor], codes: dict[str, str | None], how: str
) -> list[Candidate] | None:
    """Candidates of ``upper`` with each code of ``codes`` (inner -> combined); ``how`` is a
    format string of ``inner``."""
    out: list[Candidate] = []
    src_opts: list[Actor | None] = list(sources) or [None]
    tgt_opts: list[Actor | None] = list(targets) or [None]
    for inner in sorted(codes):
        code = codes[inner]
        if code is None:
            continue
        label = how.format(inner=inner)
        for source in src_opts:
            for target in tgt_opts:
                if source is None or target is None or source.code != target.code:
                    out.append(Candidate(upper.tok, upper.match, code, source, target, label,
                                         upper.match.modality))
    return out or None


COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})


def _vowed_refusal(upper: CodedVerb, lower: CodedVerb) -> None:
    """A vow or pledge (03x) *not* to cooperate is a refusal: "vowed not to resume talks with
    Israel" rejects talks (125, as "will not hold talks"), "pledged never to lift the
    embargo" refuses to ease it (12x); it is no intent to cooperate. The vow takes the
    refusal of its negated infinitive's cooperative act (the one act it names); a vow not to
    attack or not to raise taxes keeps its own code."""
    codes = {c.code for c in lower.cands}
    if not codes or any(code[:2] not in COOPERATIVE_ROOTS for code in codes):
        return
    refusals = {nesting.refusal(code) or (REFUSE_MEETING_CODE if code[:2] == MEET_ROOT else None)
                for code in codes}
    if len(refusals) != 1 or None in refusals:
        return
    code = refusals.pop()
    assert code is not None
    upper.cands = [dataclasses.replace(c, code=code, how=f"{c.how} vowed-not {c.code}->{code}")
                   for c in upper.cands]


def _agreed_not_done(upper: CodedVerb, lower: CodedVerb) -> None:
    """The cooperation an intent (03x) governs in its infinitive is to come, not done:
    "Washington agreed to send air defence systems to Kyiv" is the agreement (0332) and an
    intended delivery (072), "Armenia and Azerbaijan agreed to resume talks" no talks yet."""
    for cand in lower.cands:
        if cand.code[:2] in AGREED_ROOTS and cand.modality != stronger(cand.modality, INTENDED):
            cand.modality = INTENDED
            cand.how = f"{cand.how} intended:{upper.tok.lower_}"


def _opposition_not_intent(upper: CodedVerb, lower: CodedVerb) -> None:
    """A vow or plan (03x) to oppose, reject or sue ("vowed to block the government's bill",
    "pledged to sue the county") expresses no intent to cooperate: CAMEO's 03 codes name
    only cooperative intents, so the intended act its infinitive codes is the event and the
    vow's own 03x candidates (to the target it lent from the infinitive) are dropped."""
    codes = {cand.code[:2] for cand in lower.cands}
    if codes and codes <= OPPOSED_ROOTS:
        upper.cands = []


def _in_noun_clause(tok: Token, top: Token) -> bool:
    """True when ``tok`` lies in a relative or participle clause on a noun under ``top``
    ("said Smith raised money for his scheme, *in which he claimed* …"): a description,
    not the reported event."""
    cur = tok
    while cur != top and cur.head != cur:
        if cur.dep_ in ("relcl", "acl"):
            return True
        cur = cur.head
    return False


def purpose_targets(verbs: list[CodedVerb]) -> None:
    """ "Thousands took to the streets to demand the president's resignation": a verb whose
    pattern names the verb of its purpose clause (``DEMONSTRATE - * (DEMAND &LEADERSHIP)``)
    and has no target of its own takes that clause's target (the demonstration is against
    the president, as the demand is)."""
    by_index = {v.tok.i: v for v in verbs}
    for upper in verbs:
        pattern = upper.match.pattern
        if pattern is None or sides(upper.cands, "target"):
            continue
        words = {e.value for e in pattern.post if e.kind == "word"}
        for clause in upper.tok.children:
            lower = by_index.get(clause.i)
            if clause.dep_ != "advcl" or lower is None or not words & set(forms_of(clause)):
                continue
            targets = sides(lower.cands, "target")
            if targets:
                upper.cands = _aimed_at(upper.cands, targets, "target:purpose")
                break


AID_ROOTS = frozenset({"03", "07"})
"""CAMEO roots of giving or promising help (intent to cooperate or to aid, and aid), whose
receiver a purpose clause of helping may name (:func:`aided_parties`)."""
HELPING_LEMMAS = frozenset({"help", "assist", "aid", "support", "back", "bolster", "protect", "defend"})
"""Verbs of a purpose clause ("to help X", "to protect X") whose object is whom an act of aid
is for."""


def aided_parties(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """ "Kenya sent troops to help the Somali army", "China provided loans to help Sri Lanka
    repay its debts", "pledged weapons to help Ukraine defend itself": an act of aid or a
    promise of it (:data:`AID_ROOTS`) that names no receiver is for whom its purpose clause
    of helping (:data:`HELPING_LEMMAS`, with no subject of its own; also under the act a
    promise names: "promised to deploy engineers to assist X") helps: its object, or the subject of
    the act it helps them do. That clause's own reading as verbal support of the
    same receiver (051 "support", 052 "defend") is the aid, not a second event. Before that,
    a receiver named in the phrase of the aid itself (:func:`_aid_receivers`) is the target."""
    by_index = {v.tok.i: v for v in verbs}
    for upper in verbs:
        if not any(c.code[:2] in AID_ROOTS for c in upper.cands):
            continue
        if not sides(upper.cands, "target"):
            skip = frozenset(k for a in sides(upper.cands, "source") for k in range(a.start, a.end))
            if found := _aid_receivers(upper.tok, finder, skip):
                upper.cands = _aid_aimed_at(upper.cands, found, "target:aid-receiver")
        # (a promise's own infinitive may hold the clause: "promised to deploy engineers to assist X")
        intended = [c for c in upper.tok.children if c.dep_ == "xcomp"]
        for clause in [*upper.tok.children, *(c for verb in intended for c in verb.children)]:
            if clause.lemma_.lower() not in HELPING_LEMMAS or not _purpose_clause(clause):
                continue
            if not to_infinitive(clause) or any(c.dep_ in SUBJECT_DEPS for c in clause.children):
                continue
            receiver = _helped(clause)
            targets = finder.actors_of(receiver) if receiver is not None else []
            if not targets:
                continue
            if not sides(upper.cands, "target"):
                upper.cands = _aid_aimed_at(upper.cands, targets, "target:aided")
            if (lower := by_index.get(clause.i)) is not None:
                aided = {t.code for t in targets}
                lower.cands = [c for c in lower.cands if c.code[:2] != "05" or c.target is None
                               or c.target.code not in aided]
            break


AID_NOUNS = frozenset(
    """
    aid assistance funding fund loan grant relief support supply food money ammunition weapon arm
    equipment vaccine medicine donation package
    """.split()
)
"""Nouns of what is given as aid, whose own "to" or "for" phrase names who receives it
("humanitarian aid to Ukraine", "food aid for flood victims in Pakistan")."""


def _aid_receivers(verb: Token, finder: ActorFinder, skip: frozenset[int]) -> list[Actor]:
    """Who receives the aid ``verb`` gives, named in the phrase of an aid noun (:data:`AID_NOUNS`)
    in its object or its phrases ("provide ammunition alongside humanitarian aid to Ukraine",
    "sent trucks with food aid for flood victims") or in its purpose clause ("gave $5 million
    to buy relief supplies for Haiti"); empty when none."""
    roots = [c for c in verb.children
             if c.dep_ in ("dobj", "prep") or (c.dep_ == "advcl" and to_infinitive(c))]
    for tok in (t for root in roots for t in subtree_no_clauses(root)):  # (not "a plan that cuts aid to …")
        if (tok.dep_ == "prep" and tok.lower_ in ("to", "for") and tok.head.pos_ == "NOUN"
                and norm_word(tok.head.lemma_) in AID_NOUNS):
            if found := finder.first_in(subtree_no_clauses(tok), skip):
                return found
    return []


def _aid_aimed_at(cands: list[Candidate], targets: list[Actor], how: str) -> list[Candidate]:
    """``cands`` with those of aid (:data:`AID_ROOTS`) aimed at the first of ``targets``."""
    return [_aimed_at([c], targets, how)[0] if c.code[:2] in AID_ROOTS else c for c in cands]


def _purpose_clause(clause: Token) -> bool:
    """A clause that tells what its verb's act is for: an adverbial one ("donated $4 million
    to help X"), or an infinitive after what the verb gives ("pledged weapons to help X");
    not what is agreed or promised ("agreed to support X's request": endorsement)."""
    return clause.dep_ == "advcl" or (clause.dep_ == "xcomp" and direct_object(clause.head) is not None)


def _helped(clause: Token) -> Token | None:
    """Whom a clause of helping helps: its object ("to protect Taiwan"), or the subject of the
    act it helps do ("to help Sri Lanka repay its debts")."""
    obj = direct_object(clause)
    if obj is not None:
        return obj
    for child in clause.children:
        if child.dep_ in ("ccomp", "xcomp"):
            return next((c for c in child.children if c.dep_ == "nsubj"), None)
    return None


CAUSING_LEMMAS = frozenset({"prompt", "force", "spur", "push", "drive", "lead"})
"""Verbs by which a main act makes someone else act ("…, prompting Washington to threaten …")."""
REACTION_ROOTS = frozenset({"11", "12", "13", "16"})
"""CAMEO roots of what one does against the one whose act made them do it: disapprove,
reject, threaten, reduce relations."""


def prompted_reactions(verbs: list[CodedVerb]) -> None:
    """ "Beijing imposed new tariffs on American goods, prompting Washington to threaten
    retaliation": the act a participle of causing after a main act makes its object do
    (disapproval, rejection, a threat or a cut in relations, :data:`REACTION_ROOTS`) is aimed
    at the main act's doer when it names no one of its own (USAGOV 138 CHNGOV). Not when the
    main act has no doer ("the floods forced the government to …"), nor for other acts
    ("prompting Taipei to put its forces on alert" is aimed at no one)."""
    by_index = {v.tok.i: v for v in verbs}
    for lower in verbs:
        clause = lower.tok
        if clause.dep_ != "xcomp" or clause.head.lemma_.lower() not in CAUSING_LEMMAS:
            continue
        cause = clause.head
        if cause.dep_ != "advcl" or cause.tag_ != "VBG":
            continue
        if not any(c.code[:2] in REACTION_ROOTS and c.target is None for c in lower.cands):
            continue
        main = by_index.get(cause.head.i)
        doers = sides(main.cands, "source") if main is not None else []
        if len(doers) != 1:
            continue
        doer = doers[0]
        lower.cands = [
            dataclasses.replace(c, target=doer, how=f"{c.how} target:prompted-by-{cause.head.lower_}")
            if c.code[:2] in REACTION_ROOTS and c.target is None and c.source is not None
            and c.source.code != doer.code
            else c
            for c in lower.cands
        ]


def _aimed_at(cands: list[Candidate], targets: list[Actor], how: str) -> list[Candidate]:
    """``cands`` each aimed at each of ``targets`` but its own source (``how`` added to its
    rule); ``cands`` unchanged when none is left."""
    return [
        dataclasses.replace(c, target=t, how=f"{c.how} {how}")
        for c in cands
        for t in targets
        if c.source is None or c.source.code != t.code
    ] or cands


def allegations(verbs: list[CodedVerb]) -> None:
    """ "Prosecutors say Smith raised $50 million for the scheme": a statement by prosecutors
    whose reported clause has someone else do something no verb code names is an accusation
    of a crime (CAMEO 1121) against that clause's subject; by police, only against suspects
    ("police said the suspect fled"; not "police said the women were crossing the road").
    Not a clause that says what someone is, has, said or suffered ("police said the man was
    35"), an ongoing act ("was driving south"), a passive ("… was taken to hospital"), an
    authority's own act ("police said officers searched the house"), nor the act of a thing
    someone owns ("prosecutors said Smith's transfer would take weeks")."""
    for verb, k, cand, source, target in _told_of_subjects(verbs):
        if _accuses(source, target) and _an_act(verb.tok) and _does_it(verb.tok, target):
            how = f"{cand.how} accusation:allegation"
            verb.cands[k] = dataclasses.replace(cand, code=ALLEGE_CODE, how=how)


def _told_of_subjects(verbs: list[CodedVerb]) -> Iterator[tuple[CodedVerb, int, Candidate, Actor, Actor]]:
    """(verb, index, candidate, source, target) of each statement (010) whose target is the
    subject of the clause it reports ("police said the suspect fled")."""
    for verb in verbs:
        for k, cand in enumerate(verb.cands):
            if cand.code == STATEMENT_CODE and "target:ccomp-subject" in cand.how and (
                    cand.source is not None and cand.target is not None):
                yield verb, k, cand, cand.source, cand.target


FRAUD_VERBS = frozenset({"rig", "steal", "falsify", "manipulate"})
BALLOT_NOUNS = frozenset({"election", "elections", "vote", "votes", "poll", "polls", "ballot", "result",
                          "results", "count", "referendum"})


def fraud_claims(verbs: list[CodedVerb]) -> None:
    """ "The opposition said the ruling party rigged the vote": a statement whose reported
    clause has someone rig, steal or falsify an election, vote or count accuses them of
    electoral fraud (1121), whoever speaks (no theft is reported: the dictionary codes no
    stolen election)."""
    for verb, k, cand, _, target in _told_of_subjects(verbs):
        if not _does_it(verb.tok, target):
            continue
        clause = next((c for c in verb.tok.children if c.dep_ == "ccomp"), None)
        if clause is None or not _rigged_ballot(clause):
            continue
        how = f"{cand.how} accusation:electoral-fraud"
        verb.cands[k] = dataclasses.replace(cand, code=ALLEGE_CODE, how=how)


def _rigged_ballot(clause: Token) -> bool:
    """True when ``clause`` (not negated) rigs, steals or falsifies an election, vote or count."""
    if clause.lemma_.lower() not in FRAUD_VERBS or any(c.dep_ == "neg" for c in clause.children):
        return False
    obj = direct_object(clause)
    return obj is not None and obj.lower_ in BALLOT_NOUNS


def evaluations(verbs: list[CodedVerb], finder: ActorFinder | None = None) -> None:
    """ "The opposition said the government's budget was irresponsible": a statement that
    its reported clause judges someone's act or someone with a word of blame is criticism
    (111) of them; with a word of approval ("was a wise decision") it is praise (051), and
    approval denied ("was not fair", "was far from adequate", "is a far cry from funding
    schools") is criticism. A clause that grades someone's work ("did a great / poor job",
    "deserves credit") or says they failed someone ("has let down farmers", "turned its back
    on teachers") praises or criticises them. Satisfaction and displeasure ("was pleased /
    disappointed with") are praise or criticism only of someone named. When the clause's
    subject is what someone decided, proposed or said (:data:`POLICY_NOUNS`: "the ministry's
    plan", "the council's budget"), any word the VADER lexicon rates clearly negative or
    positive judges it ("was dangerous", "was excellent"), and so does a verb of harm ("would
    ruin / cripple farmers")."""
    for verb in verbs:
        block = verb.match.form.block
        if block.is_adjective and block.code is None:
            # "was pleased with the result": a feeling that is praise or criticism only of
            # someone named ("pleased with the council's work"; the block has no code of its own)
            verb.cands = [c for c in verb.cands if c.target is not None]
        for k, cand in enumerate(verb.cands):
            if cand.code == STATEMENT_CODE and cand.source is not None and (
                _owns_up(verb.tok) or _admits_fault(verb.tok, cand.source, finder)
            ):
                how = f"{cand.how} admission"
                verb.cands[k] = dataclasses.replace(cand, code=ADMIT_CODE, target=None, how=how)
                continue
            if cand.code == STATEMENT_CODE and finder is not None and _addressee(cand):
                # "'The ministry's handling of the floods is a fiasco,' the mayor told
                # reporters": whom the quote judges, not whom it was told to
                found = _quoted_judgement(verb.tok, dataclasses.replace(cand, target=None), finder)
                if found.code != STATEMENT_CODE:
                    verb.cands[k] = found
                    continue
            if cand.code == STATEMENT_CODE and cand.target is None and finder is not None:
                found = _quoted_judgement(verb.tok, cand, finder)
                found = _agent_judgement(verb.tok, found, finder)
                verb.cands[k] = _but_judgement(verb.tok, _fault_found(verb.tok, found, finder), finder)
                continue
            if cand.code != STATEMENT_CODE or "target:ccomp-subject" not in cand.how:
                continue
            code = _judgement(verb.tok)
            if code is None and _critics_say(verb.tok):
                code = CRITICIZE_CODE  # "critics say the governor has favoured his allies"
            if code is not None and cand.target is not None and _judged(verb.tok, cand.target):
                how = f"{cand.how} evaluation"
                verb.cands[k] = dataclasses.replace(cand, code=code, how=how)
        if finder is not None and (judged := _side_judgements(verb, finder)):
            # (a statement to the one now judged is that judgement: "said the government
            # had made a shameful decision" is no remark to the government beside it)
            targets = {c.target.code for c in judged if c.target is not None}
            verb.cands = [
                c for c in verb.cands
                if c.code != STATEMENT_CODE or c.target is None or c.target.code not in targets
            ] + judged


def _critics_say(verb: Token) -> bool:
    """True when the subject of a verb of saying is "critics" or "a critic" ("Kremlin critics
    say", "his critics said"): what they report of someone is their criticism of them."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() == CRITIC_LEMMA for c in verb.children)


def _side_judgements(verb: CodedVerb, finder: ActorFinder) -> list[Candidate]:
    """Judgements a speaker adds beside the clause their verb reports: a clause coordinated
    with it ("said the governor's cuts were cruel and the legislature had been
    irresponsible": 111 to the legislature too) and a relative clause on its subject or
    object ("said the regulator's new rules, which frankly are a disaster for small farms,
    should be scrapped": 111 to the regulator). Each judges the one its subject (the relative
    clause's antecedent) names or owns, as a reported clause does (:func:`_judgement`); not
    the speaker. Only for a verb of saying with a source."""
    if verb.match.form.block.code != STATEMENT_CODE:
        return []  # (a verb of saying: "said", "told", "added")
    base = next((c for c in verb.cands if c.source is not None), None)
    if base is None and verb.sources:
        # "said the government's offer, which was an insult, had been rejected": the
        # statement gave way to the reported act; its speaker still judges
        base = Candidate(verb.tok, verb.match, STATEMENT_CODE, verb.sources[0], None, "source:speaker",
                         verb.match.modality)
    if base is None or base.source is None:
        return []
    speaker, match = base.source, base.match
    if match.demand:  # (the judgement is no part of the demand the verb carries)
        match = match.read_as(match.code, match.reverse, False, match.modality, "")
    kept = " ".join(w for w in base.how.split(" ") if not w.startswith("target:") and w != "evaluation")
    found: list[Candidate] = []
    for noun, verdict, owners in _attributive_judgements(verb.tok):
        actors = [a for o in owners for a in finder.actors_of(o)] + _by_agents(noun, finder)
        actors = [a for a in actors if not same_actor(speaker, a, verb.tok.doc, True)]
        if actors:
            how = f"{kept} target:attributive-owner evaluation"
            found.append(dataclasses.replace(base, match=match, code=verdict, target=actors[0], how=how))
    # (what the reported act already makes of its doer stands: "said it was shameful that
    # China had detained the journalist" is the accusation 112, no criticism beside it)
    acted_on = {c.target.code for c in verb.cands if c.target is not None and c.code != STATEMENT_CODE}
    for clause, subj, policy, where in _side_clauses(verb.tok):
        code = _judgement(verb.tok, clause, policy)
        if code is None:
            continue
        if where == "extraposed-clause" and (
            any(a.code in acted_on for a in finder.actors_of(subj))
            or (code == PRAISE_CODE and _only_plain_approval(clause))
        ):
            continue
        actors = [a for a in finder.actors_of(subj) if _subject_or_owner(subj, a)] or _by_agents(subj, finder)
        actors = [a for a in actors if not same_actor(speaker, a, verb.tok.doc, True)]
        if actors:
            how = f"{kept} target:{where}-subject evaluation"
            found.append(dataclasses.replace(base, match=match, code=code, target=actors[0], how=how))
    return found


def _attributive_judgements(verb: Token) -> list[tuple[Token, str, list[Token]]]:
    """(noun, 111 or 051, its owners) for the decisions, stances and other acts
    (:data:`POLICY_NOUNS`) that ``verb``'s reported clauses name as their subject or object
    with a word of blame or approval before them ("said Washington's reckless decision will
    cost lives", "'Berlin's cowardly stance helps nobody'", "said Japan's generous support
    had saved lives"): the owners are the noun's possessor (not a pronoun nor one's own
    side), and, for the object of a verb of deciding, the clause's subject ("the government
    had made a shameful decision"). Only the hand-written words judge here
    (:data:`BLAME_WORDS`, :data:`POLICY_BLAME`, :data:`APPROVAL_WORDS`,
    :data:`POLICY_APPROVAL`), not VADER's."""
    found: list[tuple[Token, str, list[Token]]] = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        for noun in clause.children:
            if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or norm_word(noun.lemma_) not in POLICY_NOUNS:
                continue
            words = {norm_word(c.lemma_) for c in noun.children if c.dep_ == "amod"}
            if not words:
                continue
            if words & (BLAME_WORDS | POLICY_BLAME):
                code = CRITICIZE_CODE
            elif words & (APPROVAL_WORDS | POLICY_APPROVAL):
                code = PRAISE_CODE
            else:
                continue
            owners = [] if _own_side(noun) else [
                c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"
            ]
            if (noun.dep_ == "dobj" and subj is not None and subj.pos_ != "PRON"
                    and clause.lemma_.lower() in DECIDING_VERBS):
                owners.append(subj)
            found.append((noun, code, owners))
    return found


def _side_clauses(verb: Token) -> list[tuple[Token, Token, bool | None, str]]:
    """(clause, its subject or antecedent, whether that is a policy (None: read it from the
    clause), where) for the clauses coordinated with ``verb``'s reported clauses (not a verb
    of saying: "and added that …") and the relative clauses with "which / that / who" as
    their subject on those clauses' subjects and objects; subjects that are pronouns are left
    out."""
    found: list[tuple[Token, Token, bool | None, str]] = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if (doer := _extraposed_doer(clause)) is not None:
            found.append((clause, doer, False, "extraposed-clause"))
        for side in clause.children:
            if side.dep_ == "conj" and side.pos_ in CLAUSE_POS and side.lemma_.lower() not in REPORT_VERBS:
                subj = next((s for s in side.children if s.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.pos_ != "PRON":
                    found.append((side, subj, None, "conj-clause"))
            elif side.dep_ in ("nsubj", "nsubjpass", "dobj") and side.pos_ in ("NOUN", "PROPN"):
                found.extend(
                    (rel, side, norm_word(side.lemma_) in POLICY_NOUNS, "relative-clause")
                    for rel in side.children
                    if rel.dep_ == "relcl" and _relative_copula(rel)
                )
        if not RELATIVE_WORDS.isdisjoint(word_set(verb.doc)):
            # deeper in the clause, only what someone decided or proposed ("moved as far as
            # we could from the governor's budget, which I think was almost barbaric")
            found.extend(
                (rel, noun, True, "relative-clause")
                for noun in clause.subtree
                if noun.head.i != clause.i and norm_word(noun.lemma_) in POLICY_NOUNS
                for rel in noun.children
                if rel.dep_ == "relcl" and _relative_copula(rel) is not None
            )
    return [(_opined(rel), subj, policy, where) for rel, subj, policy, where in found]


def _only_plain_approval(clause: Token) -> bool:
    """True when the words of ``clause``'s predicate that approve are only plain ones ("it
    was good that the party leaders are finally admitting …": as often relief or irony as
    praise of them)."""
    words = {w for p in clause.children if p.dep_ in ("acomp", "attr") for w in _pred_words(p)}
    return not (words & APPROVAL_WORDS) - PLAIN_APPROVAL


def _extraposed_doer(clause: Token) -> Token | None:
    """The subject of the "that" clause in "it was unacceptable / a disgrace that Russia had
    expelled two diplomats" (a copula whose subject is "it"; the parser hangs the clause on
    the copula or, after a noun, as a relative clause on it), when that subject is no
    pronoun; None otherwise."""
    if clause.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children):
        return None
    preds = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
    thats = [c for c in clause.children if c.dep_ == "ccomp"] + [
        r for p in preds for r in p.children
        if r.dep_ == "relcl" and any(w.lower_ == "that" and w.dep_ in ("mark", "advmod") for w in r.children)
    ]
    for that in thats:
        if not any(w.lower_ == "that" and w.dep_ in ("mark", "advmod") for w in that.children):
            continue
        subj = next((w for w in that.children if w.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ != "PRON":
            return subj
    return None


def _relative_copula(rel: Token) -> Token | None:
    """The copula of a relative clause whose subject is its relative word ("which was an
    insult"), also behind the speaker's own "I think / we believe" ("which I think was
    almost barbaric"); None otherwise."""
    if rel.lemma_ == "be" and any(w.dep_ == "nsubj" and w.lower_ in RELATIVE_WORDS for w in rel.children):
        return rel
    if rel.lemma_.lower() not in OPINION_VERBS:
        return None
    if not any(w.dep_ == "nsubj" and w.lower_ in FIRST_PERSON_SUBJECTS for w in rel.children):
        return None
    inner = next((c for c in rel.children if c.dep_ == "ccomp" and c.lemma_ == "be"), None)
    if inner is None or not any(w.dep_ == "nsubj" and w.lower_ in RELATIVE_WORDS for w in inner.children):
        return None
    return inner


def _opined(rel: Token) -> Token:
    """The copula that judges in a relative clause (:func:`_relative_copula`), or ``rel``
    itself for a coordinated clause."""
    return _relative_copula(rel) or rel if rel.dep_ == "relcl" else rel


def _fault_found(verb: Token, cand: Candidate, finder: ActorFinder) -> Candidate:
    """ "Investigators said there were problems with the landlord's account": a reported
    "there is / are" clause that finds faults (:data:`FAULT_NOUNS`) with or in a thing an
    actor owns criticises the owner (111); not faults denied ("there were no problems"),
    hedged ("there may be"), nor a thing with no owner named ("problems with the roof") or
    that is no account, decision or proposal (:data:`ACCOUNT_NOUNS`: "problems with the
    senator's health")."""
    if cand.target is not None:
        return cand
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_ != "be":
            continue
        if not any(c.dep_ == "expl" for c in clause.children):
            continue
        if any(c.dep_ == "neg" or c.tag_ == "MD" for c in clause.children):
            continue
        for fault in clause.children:
            if fault.dep_ != "attr" or fault.lemma_.lower() not in FAULT_NOUNS:
                continue
            if any(c.lower_ in ("no", "few") for c in fault.children):
                continue
            things = [o for p in fault.children if p.dep_ == "prep" and p.lower_ in FAULT_PREPS
                      for o in p.children if o.dep_ == "pobj"]
            owned = [o for o in things if norm_word(o.lemma_) in POLICY_NOUNS | ACCOUNT_NOUNS]
            owners = [c for o in owned for c in o.children if c.dep_ == "poss"]
            found = [
                a for o in owners for a in finder.actors_of(o)
                if cand.source is None or not same_actor(cand.source, a, verb.doc, True)
            ]
            if found:
                how = f"{cand.how} target:fault-owner evaluation"
                return dataclasses.replace(cand, code=CRITICIZE_CODE, target=found[0], how=how)
    return cand


def _admits_fault(verb: Token, speaker: Actor, finder: ActorFinder | None) -> bool:
    """True when ``verb`` admits, acknowledges or concedes a fault of the speaker's own side:
    a reported clause whose subject is a pronoun, has one as its owner ("his department") or
    is the speaker's actor ("the minister conceded the government had been wrong"), and that
    says it made mistakes, erred, was wrong or failed to act (not negated: "admitted he had
    not been wrong" admits nothing)."""
    if verb.lemma_.lower() not in ADMITTING_VERBS:
        return False
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if any(c.dep_ == "neg" for c in clause.children) or not _faulty(clause):
            continue
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        if subj.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children):
            return True
        if finder is not None and any(a.code == speaker.code for a in finder.actors_of(subj)):
            return True
    return False


def _faulty(clause: Token) -> bool:
    """True for a clause that says its subject made mistakes, erred, was wrong or failed to
    act."""
    lemma = clause.lemma_.lower()
    if lemma == "err":
        return True
    if lemma == "fail":
        return any(c.dep_ == "xcomp" and to_infinitive(c) for c in clause.children)
    if lemma == "be":
        return any(c.dep_ == "acomp" and c.lower_ == "wrong" for c in clause.children)
    return lemma in ("make", "commit") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in FAULT_OBJECTS for c in clause.children
    )


def _owns_up(verb: Token) -> bool:
    """True when a reported clause of ``verb`` (or a clause coordinated with it) takes the
    blame on the speaker: "that's on me", "this is on us", "the mistakes were mine" (not
    negated: "that's not on me", nor a duty: "it is on us to rebuild")."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for said in (clause, *(c for c in clause.children if c.dep_ == "conj")):
            # (the parser may leave a curly "that’s" unlemmatised)
            if said.lemma_ != "be" and norm_word(said.lower_) != "'s":
                continue
            if any(c.dep_ in ("neg", "xcomp", "ccomp") for c in said.children):
                continue  # (nor a duty: "it is on us to rebuild")
            subjects = [c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not any(c.lower_ in OWN_UP_SUBJECTS for c in subjects):
                continue
            for pred in said.children:
                if pred.dep_ in ("acomp", "attr") and pred.lower_ in OWN_UP_MINE:
                    return True
                if pred.dep_ == "prep" and pred.lower_ == "on" and any(
                    o.dep_ == "pobj" and o.lower_ in OWN_UP_ON for o in pred.children
                ):
                    return True
    return False


def _judged(verb: Token, target: Actor) -> bool:
    """Whether ``target`` is the subject of ``verb``'s reported clause or its owner: whom a
    judgement of that clause judges ("said the governor's budget was reckless"), not a name
    deeper in the subject's phrase ("said the opening of a police station was great news")."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
    return subj is not None and _subject_or_owner(subj, target)


def _subject_or_owner(subj: Token, actor: Actor) -> bool:
    """Whether ``actor`` covers ``subj`` itself or its owner: a possessor ("the governor's
    budget", also a name inside the possessor's phrase: "the hospital board's offer"), or the
    actor word before a policy noun ("the US action", "the Chinese plan";
    not "a new police station")."""
    policy = norm_word(subj.lemma_) in POLICY_NOUNS
    heads = {subj.i} | {c.i for c in subj.children if policy and c.dep_ in ("compound", "amod", "nmod")}
    for owner in (c for c in subj.children if c.dep_ == "poss"):
        heads.update(range(owner.left_edge.i, owner.i + 1))  # "the hospital board's offer"
    return any(actor.start <= i < actor.end for i in heads)


def _quoted_judgement(verb: Token, cand: Candidate, finder: ActorFinder) -> Candidate:
    """ "'The governor's budget is irresponsible,' the senator said": the words before their
    tag, which name no target of the statement (they are its attribution), still judge the
    one their subject names when they blame or approve (:func:`_judgement`)."""
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if len(before) != 1 or any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return cand
    code = _judgement(verb)
    if code is None:
        return cand
    subj = next((c for c in before[0].children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return cand
    found = [
        a for a in finder.actors_of(subj)
        if _subject_or_owner(subj, a)
        and (cand.source is None or not same_actor(cand.source, a, verb.doc, True))
    ]
    if not found:
        return cand
    how = f"{cand.how} target:quote-subject evaluation"
    return dataclasses.replace(cand, code=code, target=found[0], how=how)


def _addressee(cand: Candidate) -> bool:
    """True when ``cand``'s target is whom its speaker spoke to: the object or "to" phrase
    of a verb of saying ("told reporters", "said to the council")."""
    return cand.target is not None and any(
        w in ADDRESSEE_HOWS for w in cand.how.split()
    )


def _by_agents(noun: Token, finder: ActorFinder) -> list[Actor]:
    """The actors of the "by" phrase on ``noun`` ("the mediation by the African Union"), not
    the speaker's own side ("by his own council", "by our government")."""
    return [
        a for p in noun.children if p.dep_ == "prep" and p.lower_ == "by"
        for o in p.children if o.dep_ == "pobj" and not _own_side(o)
        for a in finder.actors_of(o)
    ]


def _own_side(noun: Token) -> bool:
    """True for a noun marked as the speaker's own ("his own council", "our government")."""
    return any(
        (c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES) or (c.dep_ == "amod" and c.lower_ == "own")
        for c in noun.children
    )


def _agent_judgement(verb: Token, cand: Candidate, finder: ActorFinder) -> Candidate:
    """ "The Kenyan president said the mediation by the African Union had been admirable":
    a reported clause that blames or approves (:func:`_judgement`) an act whose doer only a
    "by" phrase names judges that doer; so does one whose predicate is a decision, plan or
    other act (:data:`POLICY_NOUNS`) that a word of blame or approval qualifies and whose
    owner or "by" phrase names its actor ("said the ruling was a welcome decision by the
    Supreme Court", "said it was Berlin's shameful decision"). Not the speaker's own act."""
    if cand.target is not None or cand.code != STATEMENT_CODE:
        return cand
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or any(c.dep_ == "mark" and c.lower_ in OPEN_MARKS for c in clause.children):
        return cand
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    found: list[Actor] = []
    code = None
    if subj is not None and subj.pos_ == "NOUN":
        code = _judgement(verb, clause)
        found = _by_agents(subj, finder) if code is not None else []
    if not found and clause.lemma_ == "be":
        for pred in clause.children:
            if pred.dep_ != "attr" or norm_word(pred.lemma_) not in POLICY_NOUNS:
                continue
            words = _pred_words(pred)
            if words & BLAME_WORDS or _rated(words) < 0:
                code = CRITICIZE_CODE
            elif words & APPROVAL_WORDS or _rated(words) > 0:
                code = PRAISE_CODE
            else:
                continue
            owners = [] if _own_side(pred) else [
                c for c in pred.children if c.dep_ == "poss" and c.pos_ != "PRON"
            ]
            found = [a for o in owners for a in finder.actors_of(o)] + _by_agents(pred, finder)
            break
        if any(c.dep_ == "neg" for c in clause.children):
            code = None if code == CRITICIZE_CODE else CRITICIZE_CODE
    found = [a for a in found if cand.source is None or not same_actor(cand.source, a, verb.doc, True)]
    if code is None or not found:
        return cand
    how = f"{cand.how} target:by-agent evaluation"
    return dataclasses.replace(cand, code=code, target=found[0], how=how)


def _but_judgement(verb: Token, cand: Candidate, finder: ActorFinder) -> Candidate:
    """ "The superintendent said he is grateful for the increase, but the legislature is a
    far cry from funding schools": the parser hangs the clause after "but" on the verb of
    saying, not on its reported clause; said in the same breath, it judges its subject (or
    the subject's owner) as a reported clause does (:func:`_judgement`). Only a clause with
    a subject of its own and no verb of saying, after a reported clause of the same verb."""
    if cand.target is not None or cand.code != STATEMENT_CODE:
        return cand
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return cand
    if not any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children):
        return cand
    for clause in verb.children:
        if clause.dep_ != "conj" or clause.i < verb.i or clause.lemma_.lower() in REPORT_VERBS:
            continue
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        code = _judgement(verb, clause) if subj is not None else None
        if subj is None or code is None:
            continue
        found = [
            a for a in finder.actors_of(subj)
            if _subject_or_owner(subj, a)
            and (cand.source is None or not same_actor(cand.source, a, verb.doc, True))
        ]
        if found:
            how = f"{cand.how} target:but-clause-subject evaluation"
            return dataclasses.replace(cand, code=code, target=found[0], how=how)
    return cand


def _judgement(verb: Token, clause: Token | None = None, policy: bool | None = None) -> str | None:
    """111 or 051 when ``verb``'s reported clause (or ``clause``) is "X is <word of blame or
    approval>" or judges what X did ("did a great job", "deserves credit", "has let down
    farmers"); ``policy`` says whether X is a decision or proposal (else read from the
    clause's subject)."""
    if clause is None:
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    if any(c.dep_ == "mark" and c.lower_ in OPEN_MARKS for c in clause.children):
        return None  # an open question judges no one: "asked whether the plan was reckless"
    negated = any(c.dep_ == "neg" for c in clause.children)
    if policy is None:
        policy = _policy_subject(clause)
    if clause.lemma_ != "be":
        verdict = _verdict_on_act(clause)
        if verdict is None and policy and _harms(clause):
            verdict = CRITICIZE_CODE  # "said the ministry's plan would ruin farmers"
        if verdict == PRAISE_CODE:
            return CRITICIZE_CODE if negated else PRAISE_CODE
        return None if negated else verdict
    for pred in clause.children:
        if _falls_short(pred):
            return None if negated else CRITICIZE_CODE
        if pred.dep_ not in ("acomp", "attr"):
            continue
        words = _pred_words(pred)
        # "said Germany's delivery of arms was a welcome step": a step, decision or move
        # its subject's owner took, judged as a decision is
        rated = policy or (pred.dep_ == "attr" and norm_word(pred.lemma_) in POLICY_NOUNS)
        if words & BLAME_WORDS or (rated and (_rated(words) < 0 or _excess(pred))):
            return None if negated else CRITICIZE_CODE
        if words & APPROVAL_WORDS or (rated and (_rated(words) > 0 or _right_direction(pred))):
            return CRITICIZE_CODE if negated else PRAISE_CODE
    return None


def _pred_words(pred: Token) -> set[str]:
    """The words of a predicate that judge: the word itself, its adjectives and the
    adjectives coordinated with it ("was short-sighted and unfair", "misleading and
    dishonest")."""
    return {norm_word(pred.lemma_)} | {
        norm_word(c.lemma_)
        for c in pred.children
        if c.dep_ == "amod" or (c.dep_ == "conj" and c.pos_ == "ADJ")
    }


def _excess(pred: Token) -> bool:
    """True for a predicate adjective of excess ("too narrow", "too timid", "far too slow"):
    said of a policy, a fault found with it."""
    return pred.pos_ == "ADJ" and any(c.dep_ == "advmod" and c.lower_ == "too" for c in pred.children)


def _right_direction(pred: Token) -> bool:
    """True for "a step in the right direction" (also "a first step in the right direction")."""
    if pred.lemma_.lower() != "step":
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(
            o.dep_ == "pobj" and o.lemma_.lower() == "direction"
            and any(a.dep_ == "amod" and a.lower_ == "right" for a in o.children)
            for o in c.children
        )
        for c in pred.children
    )


def naming_verdict(verb: Token) -> str | None:
    """111 or 051 for a verb of naming whose object complement judges its object ("called
    the ministry's plan reckless", "described the council's cuts as a disgrace", "branded
    the rebels' attack barbaric"): a word of blame or approval, or, of a policy
    (:data:`POLICY_NOUNS`), any word VADER rates clearly; None otherwise ("called the attack
    a crime", "described the plan as ambitious")."""
    if norm_word(verb.lemma_) not in NAMING_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    complements = [c for c in verb.children if c.dep_ in ("oprd", "attr")] + [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for o in c.children
        if o.dep_ in AS_COMPLEMENTS
    ] + [o for c in objects for o in _object_complements(c)] + [
        # "described the nominee as unqualified", parsed as an adverbial clause
        c for c in verb.children
        if c.dep_ == "advcl"
        and c.pos_ == "ADJ"
        and any(a.dep_ == "advmod" and a.lower_ == "as" for a in c.children)
    ]
    small = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "ADJ"]
    if not objects and len(small) == 1:
        # "branded the army's plan dangerous", parsed as a small clause
        objects = [c for c in small[0].children if c.dep_ == "nsubj"]
        complements = small
    if not objects and len(complements) == 1 and (appos := _object_complements(complements[0])):
        # "called Britain's ambassador a stupid guy", the name read as the complement and
        # the epithet as its appositive
        objects, complements = complements, appos
    if len(objects) == 1 and not complements and (named := _named_plural(objects[0])) is not None:
        # "called the firefighters heroes", parsed as one noun phrase
        objects, complements = [named], [objects[0]]
    if len(objects) != 1 or not complements:
        return None
    policy = norm_word(objects[0].lemma_) in POLICY_NOUNS
    for pred in complements:
        words = _pred_words(pred)
        # "called the ambassador a very stupid guy": a plain word for a person that an
        # adjective grades is rated as a policy is
        rated = policy or (norm_word(pred.lemma_) in PERSON_WORDS and not words & THREAT_WORDS)
        if words & BLAME_WORDS or (rated and (_rated(words) < 0 or _excess(pred))):
            return CRITICIZE_CODE
        if words & APPROVAL_WORDS or (rated and (_rated(words) > 0 or _right_direction(pred))):
            return PRAISE_CODE
    return None


def _object_complements(obj: Token) -> list[Token]:
    """The complements of a naming verb the parser hung on its object: an "as" phrase
    ("described the opposition's claims as lies") or an indefinite appositive ("branded the
    president a dictator")."""
    found = []
    for c in obj.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            found += [o for o in c.children if o.dep_ in AS_COMPLEMENTS]
        elif c.dep_ == "appos" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
            found.append(c)
    return found


def _named_plural(obj: Token) -> Token | None:
    """The plural noun named by "called the firefighters heroes" when the parser read
    "firefighters heroes" as one compound: the compound, when the object is itself a plural
    word of blame or approval; None otherwise."""
    if obj.tag_ != "NNS" or not ({norm_word(obj.lemma_)} & (BLAME_WORDS | APPROVAL_WORDS)):
        return None
    return next((c for c in obj.children if c.dep_ == "compound" and c.tag_ in ("NNS", "NNPS")), None)


def _policy_subject(clause: Token) -> bool:
    """True when the subject of ``clause`` is something an actor decides, proposes or says
    (:data:`POLICY_NOUNS`: "the ministry's plan", "the cuts of the council")."""
    return any(c.dep_ == "nsubj" and norm_word(c.lemma_) in POLICY_NOUNS for c in clause.children)


def _rated(words: set[str]) -> int:
    """-1 when one of ``words`` is clearly negative in the VADER lexicon or in
    :data:`POLICY_BLAME`, 1 when one is clearly positive there or in :data:`POLICY_APPROVAL`
    (and none negative), 0 otherwise."""
    if words & POLICY_BLAME:
        return -1
    valences = [lexicon().get(w, 0.0) for w in words]
    if any(v <= BLAME_VALENCE for v in valences):
        return -1
    if words & POLICY_APPROVAL:
        return 1
    if any(v >= APPROVAL_VALENCE for v, w in zip(valences, words, strict=True) if w not in NOT_APPROVAL):
        return 1
    return 0


def _harms(clause: Token) -> bool:
    """True when ``clause``'s verb does harm to someone: a verb VADER rates clearly negative
    ("ruin", "hurt", "destroy") or one of :data:`HARM_VERBS`, with an object ("would ruin
    farmers"; not "the plan failed")."""
    word = norm_word(clause.lemma_)
    if not any(c.dep_ == "dobj" for c in clause.children):
        return False
    return word in HARM_VERBS or lexicon().get(word, 0.0) <= BLAME_VALENCE


def _verdict_on_act(clause: Token) -> str | None:
    """051 or 111 for a clause that grades its subject's work ("did a great / poor job",
    "deserves credit / the blame"), says it failed someone ("has let down farmers", "turned
    its back on teachers") or misruled ("mismanaged the economy"); 112 for one that says it
    deceived someone ("lied to voters", "misled parliament"); None otherwise."""
    lemma = clause.lemma_.lower()
    if lemma in DECEIT_VERBS or clause.lower_ == "lied" or _misdeed(clause):
        return ACCUSE_CODE
    if lemma in MISRULE_VERBS or (lemma == "play" and _has_object(clause, POLITICS_NOUNS)):
        return CRITICIZE_CODE
    if lemma in CONDUCT_VERBS and (graded := _conduct_grade(clause)) is not None:
        return graded
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    if lemma == "do" and any(_no_effort(o) for o in objects):
        # (not a forecast: "said the government would do nothing to help")
        return None if any(c.tag_ == "MD" for c in clause.children) else CRITICIZE_CODE
    if lemma == "let" and any(c.dep_ == "prt" and c.lower_ == "down" for c in clause.children):
        return CRITICIZE_CODE
    if lemma == "fail" and _has_object(clause, FAILED_PEOPLE):
        return CRITICIZE_CODE  # "has failed its people", "failed the victims" (not "failed a test")
    near = [p for o in objects for p in (*o.children, *clause.children)]
    ons = [p for p in near if p.dep_ == "prep" and p.lower_ == "on"]
    if lemma == "turn" and ons and any(o.lemma_.lower() == "back" for o in objects):
        return CRITICIZE_CODE
    for obj in objects:
        noun = obj.lemma_.lower()
        if lemma == "do" and noun in WORK_NOUNS:
            grades = {norm_word(c.lemma_) for c in obj.children if c.dep_ == "amod"}
            if grades & (APPROVAL_WORDS | HIGH_GRADES):
                return PRAISE_CODE
            if grades & LOW_GRADES:
                return CRITICIZE_CODE
        if lemma == "deserve" and noun in CREDIT_NOUNS:
            return PRAISE_CODE
        if lemma == "deserve" and noun in BLAME_NOUNS:
            return CRITICIZE_CODE
    return None


def _has_object(clause: Token, nouns: frozenset[str]) -> bool:
    """True when a direct object of ``clause`` is one of ``nouns`` (lemmas)."""
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in nouns or c.lower_ in nouns) for c in clause.children)


def _misdeed(clause: Token) -> bool:
    """True for a clause that says its subject deceived or abused a trust: "was lying about
    its programme" (a "lying" that is told about something or to someone, not one that lies
    in a place), "had abused his power", "was spreading lies / fake news"."""
    lemma = clause.lemma_.lower()
    if lemma == "lie" and clause.lower_ == "lying":
        return any(c.dep_ == "prep" and c.lower_ in LIED_PREPS for c in clause.children)
    if lemma == "abuse":
        return _has_object(clause, TRUSTED_NOUNS)
    if lemma == "spread":
        return _has_object(clause, FALSEHOOD_NOUNS) or any(
            c.dep_ == "dobj" and c.lemma_.lower() == "news"
            and any(a.lower_ == "fake" for a in c.children)
            for c in clause.children
        )
    return False


def _conduct_grade(clause: Token) -> str | None:
    """111 or 051 for a verb of conduct that an adverb of manner grades ("had acted
    irresponsibly", "behaved badly", "treated workers unfairly", "acted heroically"): the
    adverb's adjective is a word of blame or of approval; None otherwise."""
    for adv in (c for c in clause.children if c.dep_ == "advmod" and c.lower_.endswith("ly")):
        forms = _adjectives_of(adv.lower_)
        if forms & (BLAME_WORDS | LOW_GRADES):
            return CRITICIZE_CODE
        if forms & (APPROVAL_WORDS | HIGH_GRADES | CONDUCT_APPROVAL):
            return PRAISE_CODE
    return None


def _adjectives_of(adverb: str) -> set[str]:
    """The adjectives an adverb in "-ly" may come from: "unfairly" unfair, "irresponsibly"
    irresponsible, "heroically" heroic, "badly" bad, "hastily" hasty."""
    stem = adverb[:-2]
    forms = {stem}
    if adverb.endswith("bly"):
        forms.add(adverb[:-1] + "e")
    if adverb.endswith("ily"):
        forms.add(adverb[:-3] + "y")
    if adverb.endswith("ically"):
        forms.add(adverb[:-4])
    return forms


def _no_effort(obj: Token) -> bool:
    """True for the object of "do" in "had done nothing / little to protect them": the
    infinitive that says what was not done, which is no harm and nothing undeserved
    (:data:`UNDESERVED`, or a verb VADER rates clearly negative: "did nothing to harm")."""
    if obj.lower_ not in NO_EFFORT:
        return False
    done = [c for c in (*obj.children, *obj.head.children) if c.dep_ in ("relcl", "acl", "xcomp", "advcl")]
    return any(
        to_infinitive(c)
        and c.lemma_.lower() not in UNDESERVED
        and lexicon().get(norm_word(c.lemma_), 0.0) > BLAME_VALENCE
        for c in done
    )


def _falls_short(pred: Token) -> bool:
    """True for a predicate that says its subject falls short: "is a far cry from funding
    schools adequately", "was far from adequate" (not "far from home", "a long way from
    finishing the bridge": distance and progress, no judgement)."""
    froms = [c for c in pred.children if c.dep_ == "prep" and c.lower_ == "from"]
    if not froms:
        return False
    if pred.dep_ == "attr" and pred.lemma_.lower() == "cry":
        return any(c.dep_ == "amod" and c.lower_ == "far" for c in pred.children)
    if pred.dep_ in ("advmod", "acomp") and pred.lower_ == "far":
        return any(
            norm_word(o.lemma_) in ADEQUACY_WORDS
            for prep in froms
            for o in prep.children
            if o.dep_ in ("pobj", "amod", "acomp")
        )
    return False


def _accuses(speaker: Actor, accused: Actor) -> bool:
    """True when what ``speaker`` says ``accused`` did is an allegation (see
    :func:`allegations`)."""
    mine, theirs = actor_types(speaker), actor_types(accused)
    if theirs & AUTHORITY_TYPES or mine - {PROSECUTOR_TYPE, POLICE_TYPE, "GOV"} or mine <= {"GOV"}:
        return False  # only prosecutors or police, with their spokesmen, accuse by office
    return PROSECUTOR_TYPE in mine or SUSPECT_TYPE in theirs


def _does_it(verb: Token, actor: Actor) -> bool:
    """True when ``actor`` is the subject of ``verb``'s reported clause itself, not the owner
    of a thing that is ("said Smith's transfer would take weeks")."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    return subj is not None and actor.start <= subj.i < actor.end


def _an_act(verb: Token) -> bool:
    """True when ``verb``'s reported clause has its subject do something (an active verb that
    is no state)."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return (
        clause is not None
        and clause.pos_ == "VERB"
        and clause.lemma_.lower() not in STATIVE_LEMMAS
        and not is_passive(clause)
        and not any(c.dep_ == "neg" for c in clause.children)
        and clause.tag_ != "VBG"  # "was driving", "were crossing": what was going on
    )


def _own_target(cand: Candidate) -> bool:
    """True when ``cand`` has a target found in its verb's own phrases (not the subject of
    a clause it governs)."""
    return cand.target is not None and "ccomp-subject" not in cand.how and "xcomp-subject" not in cand.how


def governor(tok: Token, by_index: dict[int, CodedVerb]) -> CodedVerb | None:
    """The coded verb whose complement clause holds ``tok`` ("wants to *help*", "said they
    *attacked*"; a clause before a verb of saying is attribution, not a complement)."""
    cur = tok
    for _ in range(4):
        # "said it is *willing* to withdraw": an adjective's infinitive is the clause's
        adjective = cur.dep_ == "acomp" and cur.pos_ == "ADJ"
        if (cur.dep_ not in GOVERNED_DEPS and not adjective) or cur.head == cur:
            return None
        head = cur.head
        if cur.dep_ == "ccomp" and cur.i < head.i:
            return None
        if cur.dep_ != "conj" and head.i in by_index:
            return by_index[head.i]
        if cur.dep_ == "conj" and head.i in by_index:
            return None  # coordinated verbs are siblings, not nested
        cur = head
    return None


PLEDGE_DEPS = frozenset({"pcomp", "prep", "xcomp", "advcl"})
"""How an act hangs under "look forward to" / "committed to": "to *working*" (pcomp, prep),
"to continue *cooperating*" (an infinitive the parser hung as a purpose: advcl, xcomp)."""


def pledged_governor(tok: Token, by_index: dict[int, CodedVerb]) -> CodedVerb | None:
    """The coded intent (03x) of "look forward to" or "committed to" whose "to" phrase holds
    ``tok`` ("looks forward to *working* with X", "is committed to *helping* Y", "look forward
    to continue *cooperating* with X"), which :func:`governor` does not reach through a phrase."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in PLEDGE_DEPS or cur.head == cur:
            return None
        cur = cur.head
        upper = by_index.get(cur.i)
        if upper is not None:
            code = upper.match.code or ""
            return upper if code[:2] == INTENT_ROOT and pledged(cur) else None
    return None


def _share_pledge(upper: CodedVerb, lower: CodedVerb, distinct: bool) -> None:
    """The intent takes the target of the act it looks forward or is committed to when it
    has none ("looks forward to working with the county board": 030 to the board), and the
    act, to come, is the pledger's (no source of its own: "I look forward to continue
    cooperating with X")."""
    sources = sides(upper.cands, "source")
    if sources and own_subject(lower.tok) is None:
        filled: list[Candidate] = []
        for cand in lower.cands:
            if cand.source is not None:
                filled.append(cand)
                continue
            filled += [
                dataclasses.replace(cand, source=source, how=f"{cand.how} source:pledger")
                for source in sources
                if cand.target is None
                or not same_actor(source, cand.target, cand.verb.doc, distinct, cand.code)
            ]
        lower.cands = filled
    targets = sides(lower.cands, "target")
    if targets and not sides(upper.cands, "target"):
        upper.cands = _aimed_at(upper.cands, targets, "target:pledged-act")


def sides(cands: list[Candidate], side: str) -> list[Actor]:
    """The distinct actors (by code) on one ``side`` ("source" or "target") of ``cands``."""
    out: list[Actor] = []
    for cand in cands:
        actor = cand.source if side == "source" else cand.target
        if actor is not None and all(a.code != actor.code for a in out):
            out.append(actor)
    return out


def _inner_source_kind(lower: CodedVerb, sources: list[Actor]) -> str:
    """``a`` (the governing verb's source again, or a pronoun), ``b`` (another actor) or
    ``_`` (no subject of its own: an infinitive) for a governed verb."""
    subj = own_subject(lower.tok)
    if subj is None:
        return "_"
    codes = {a.code for a in sources}
    inner = sides(lower.cands, "source")
    if inner and all(a.code in codes for a in inner):
        return "a"
    if inner:
        return "b"
    return "a" if subj.pos_ == "PRON" else "?"


def _lend_target(upper: CodedVerb, lower: CodedVerb) -> None:
    """ "X threatened / refused / offered to cut off electricity to Y": a governing verb with
    no target of its own, whose infinitive has no subject of its own (X acts), takes the
    infinitive's target."""
    if lower.tok.dep_ != "xcomp" or own_subject(lower.tok) is not None or sides(upper.cands, "target"):
        return
    if upper.match.code is not None and upper.match.code[:2] == APPEAL_ROOT:
        # "asked for $3,000 to visit Shanghai": what the asker means to do is no addressee;
        # an appeal's target is whom it asks
        return
    targets = sides(lower.cands, "target")
    if not targets:
        return
    upper.cands = [
        Candidate(
            upper.tok,
            upper.match,
            cand.code,
            cand.source,
            target,
            cand.how + " target:infinitive",
            cand.modality,
        )
        for cand in upper.cands
        for target in targets
        if cand.source is None or cand.source.code != target.code
    ] or upper.cands


def _accuse(upper: CodedVerb, lower: CodedVerb) -> None:
    """ "Chad said Sudanese militias attacked a border town": the speaker accuses the
    attacker (CAMEO 112, asserted) and the attack it reports, named with no target, was on
    the speaker's country (SDNUAF 190 TCD, reported). Claims about one's own side ("Russia
    said its forces shelled …") accuse no one, nor does an instruction ("told Togo to close
    the border": a plain infinitive is what is to be done, not a done act)."""
    if lower.tok.head == upper.tok and plain_infinitive(lower.tok):
        return
    accusations: list[Candidate] = []
    for cand in lower.cands:
        if cand.source is None or cand.code[:2] not in ACCUSED_ROOTS:
            continue
        if cand.modality in (HYPOTHETICAL, DENIED):
            continue  # "a witness said his fines could hit $24,000": what may be is no charge
        if _unidentified(cand.verb.doc, cand.source):
            continue  # "police said unknown gunmen attacked the checkpoint": no one is accused
        for speaker in upper.sources:
            country = speaker.code[:3]
            if not _other_side(speaker, cand):
                continue
            if cand.target is None and split_actor_code(country).country_code:
                cand.target = dataclasses.replace(speaker, code=country, parts=speaker.parts)
                cand.how += " target:speaker"
            if all(
                a.source is not speaker or a.target is None or a.target.code != cand.source.code
                for a in accusations
            ) and not _accused_already(upper, speaker, cand.source):
                accusations.append(
                    Candidate(
                        upper.tok,
                        upper.match,
                        ACCUSE_CODE,
                        speaker,
                        cand.source,
                        "accusation:reported-clause",
                        upper.match.modality,
                    )
                )
    upper.cands.extend(accusations)


UNIDENTIFIED_WORDS = frozenset({"unknown", "unidentified", "unnamed", "masked", "anonymous", "hooded"})
"""Words by which a report names a doer it cannot identify ("unidentified gunmen", "a masked
man"): an accusation needs someone to accuse."""


def _unidentified(doc: Doc, actor: Actor) -> bool:
    """True when ``actor``'s words, or a modifier of them, say the doer is not known
    ("unknown assailants", "a masked man")."""
    words = doc[actor.start : actor.end]
    return any(t.lower_ in UNIDENTIFIED_WORDS or any(
        c.dep_ == "amod" and c.lower_ in UNIDENTIFIED_WORDS for c in t.children) for t in words)


def _accused_already(upper: CodedVerb, speaker: Actor, accused: Actor) -> bool:
    """True when ``upper`` already accuses ``accused`` in ``speaker``'s words (a statement read
    as blame: "Mali said the attack was carried out by Algerian gunmen")."""
    return any(
        c.code == ACCUSE_CODE and c.source is not None and c.target is not None
        and c.source.code == speaker.code and c.target.code == accused.code
        for c in upper.cands
    )


def _other_side(speaker: Actor, cand: Candidate) -> bool:
    """True when the reported act's source is not on ``speaker``'s side: another country or
    rebels, insurgents or an armed group of the speaker's own ("Colombia said rebels
    attacked the post"), or, for a speaker named only by a role ("police said the man stabbed a neighbour", "a
    woman says an officer hit her"), an attacker named only by a role of another kind,
    for an act of violence or, by no authority, against property (theft, a break-in), and no
    authority's force an authority reports ("authorities said
    the man was shot by a trooper"). Private persons are no side: "a woman said a man
    attacked her" accuses him."""
    actor = cand.source
    assert actor is not None
    mine, theirs = actor_types(speaker), actor_types(actor)
    authorities = bool(mine & AUTHORITY_TYPES and theirs & AUTHORITY_TYPES)
    other_kind = not (mine & theirs) - PRIVATE_TYPES and not authorities
    if not speaker.code.startswith("---"):
        # an attacker named only by a role ("a grand jury") may be of the speaker's own kind
        role_only = actor.code.startswith("---")
        own_country = actor.code.startswith(speaker.code[:3])
        if own_country and theirs & ARMED_OPPONENTS and not mine & ARMED_OPPONENTS:
            return True  # "Colombia said the attack was carried out by ELN rebels"
        return not actor.code.startswith(speaker.code[:3]) and (not role_only or other_kind)
    if not actor.code.startswith("---") or actor.start == speaker.start:
        return False
    property_taken = cand.code.startswith(PROPERTY_CODE) and not theirs & AUTHORITY_TYPES
    if cand.code[:2] not in VIOLENT_ROOTS and not property_taken:
        return False  # "a shop owner told police two teenagers had stolen his van" accuses them
    return other_kind


# relative pronouns ("which", "that", "who") as the subject of a clause a speaker reports
RELATIVE_TAGS = frozenset({"WDT", "WP"})


SAYING_LEMMAS = frozenset({"say", "claim", "allege"})
"""Verbs of saying whose participle after a main act gives that act's reason ("…, saying …")."""
MODAL_WORDS = frozenset({"will", "would", "could", "can", "may", "might", "must", "should", "shall"})


def _reason_given(upper: CodedVerb, lower: CodedVerb, by_index: dict[int, CodedVerb]) -> None:
    """ "The United States imposed sanctions on five Chinese firms, saying they had supplied
    Russia with drone parts": the pronoun subject of the clause a participle of saying after a
    main act reports is the one that act is aimed at (its target), not its doer, when the
    pronoun may stand for that target and not for the doer (:func:`_may_stand_for`: "they" of
    the firms after "the United States"; "it" of a broadcaster after "the generals"), and
    the clause tells a past act ("had supplied", "insulted"; not "would …", a passive, or a
    clause that has the same pronoun as its object: "freed the soldiers, saying they had
    captured them"). Not after violence (CAMEO 18-20), whose doers report their own results
    ("struck the depots, saying they had destroyed …")."""
    up, low = upper.tok, lower.tok
    if up.tag_ != "VBG" or up.dep_ != "advcl" or up.lemma_.lower() not in SAYING_LEMMAS:
        return
    subj = own_subject(low)
    if subj is None or subj.lower_ not in ("it", "they") or low.dep_ != "ccomp" or low.head.i != up.i:
        return
    same = "them" if subj.lower_ == "they" else "it"  # (an object of the pronoun's number)
    if low.tag_ not in ("VBD", "VBN") or is_passive(low) or any(
            (c.dep_ == "aux" and c.lower_ in MODAL_WORDS) or (c.dep_ == "dobj" and c.lower_ == same)
            for c in low.children):
        return
    main = by_index.get(up.head.i)
    if main is None or any(c.code[:2] in VIOLENT_ROOTS for c in main.cands):
        return
    several = subj.lower_ == "they"
    doc = low.doc
    doers = [c.source for c in main.cands if c.source is not None]
    aims = [c.target for c in main.cands if c.target is not None]
    aim = next((a for a in aims if _may_stand_for(several, a, doc)), None)
    if aim is None or not doers:
        return
    if any(_may_stand_for(several, d, doc) for d in doers) and not _crime_told(doers, aim, lower):
        return  # ("the ministers expelled the envoys, saying they had …": either side)
    lower.cands = [
        c if c.source is not None or (c.target is not None and c.target.code == aim.code)
        else dataclasses.replace(c, source=aim, how=f"{c.how} source:aim-of-{up.head.lower_}")
        for c in lower.cands
    ]


CRIME_CODES = frozenset({"171", "1712"})
"""Codes of crimes an authority tells of and does not do, beside assault (CAMEO 18): robbery,
theft and vandalism (not 1711, the seizures police make)."""


def _crime_told(doers: list[Actor], aim: Actor, lower: CodedVerb) -> bool:
    """True when authorities (police, courts, a government) tell of a crime (CAMEO 18,
    :data:`CRIME_CODES`) after acting on one who is none ("police arrested two men, saying
    they had robbed a shop": the men robbed, whatever the number of the police)."""
    if not all(actor_types(d) & AUTHORITY_TYPES for d in doers) or actor_types(aim) & AUTHORITY_TYPES:
        return False
    return any(c.code[:2] == "18" or c.code in CRIME_CODES for c in lower.cands)


def _may_stand_for(several: bool, actor: Actor, doc: Doc) -> bool:
    """True when "they" (``several``) or "it" may stand for ``actor``: "they" for a plural head
    word or words joined by "and" ("firms", "A and B"), "it" for one that is not named as a
    person (a country, a body, "the newspaper", also "the president", whose word alone does not
    tell a person from a body)."""
    plural = is_several(doc[actor.head])
    if several:
        return plural
    return not plural and not any(names_person(m) for m in actor.parts)


BODY_WORDS = BODIES | {"bureau", "patrol", "service"}
"""Head words of a body, which "he" or "she" never stands for ("the sheriff's office said he
...", "the Highway Patrol said she ...")."""


def _one_person_word(speaker: Token) -> bool:
    """True when "he" or "she" may stand for the subject ``speaker``: a singular noun or
    name that is no body (not "investigators", "police", "the sheriff's office")."""
    if speaker.pos_ == "PRON":
        return True
    return not is_several(speaker) and norm_word(speaker.lemma_) not in BODY_WORDS


def _inherit_source(
    upper: CodedVerb, lower: CodedVerb, distinct_roles: bool, sources: list[Actor] | None = None
) -> None:
    """ "X said it would Y": the reported event without an actor of its own takes X (not
    a passive's: in "X told police they were arrested" X arrested no one); not when X is
    the event's target (:func:`~events.coding.roles.same_actor`). ``sources`` replaces
    ``upper``'s own (the actors its candidates took from the verb that governs it)."""
    subj = own_subject(lower.tok)
    if (subj is not None and subj.pos_ != "PRON") or is_passive(lower.tok):
        return
    speaker = own_subject(upper.tok) if subj is not None and subj.lower_ in ("he", "she") else None
    if speaker is not None and other_sex(speaker, subj.lower_):  # type: ignore[union-attr]
        return  # "his wife told them he had beaten her": he is not the wife
    if speaker is not None and not _one_person_word(speaker):
        return  # "police said he shot the woman", "the sheriff's office said she fled": not them
    violent = any(c.code[:2] in VIOLENT_ROOTS for c in lower.cands)
    if subj is not None and subj.tag_ in RELATIVE_TAGS and violent:
        # "airstrikes, which Kabul said killed 10 civilians": the relative pronoun is the
        # attack the clause is on, not the speaker (who reports harm does not do it)
        return
    sources = upper.sources if sources is None else sources
    if not sources:
        return
    filled: list[Candidate] = []
    for cand in lower.cands:
        if cand.source is not None:
            filled.append(cand)
            continue
        for source in sources:
            target = cand.target
            if target is None or not same_actor(source, target, cand.verb.doc, distinct_roles, cand.code):
                filled.append(
                    Candidate(
                        cand.verb,
                        cand.match,
                        cand.code,
                        source,
                        cand.target,
                        cand.how + " source:reporter",
                        cand.modality,
                    )
                )
    lower.cands = filled
