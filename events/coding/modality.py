"""Stage 2, modality: how a sentence states an act, and what that does to its code.

Every event says how it is stated (:data:`events.coding.parts.MODALITIES`):

* **asserted**: the sentence says it happened (or a CAMEO code of speech, such as an
  expressed intent 03x or a threat 13x, says what was said);
* **reported**: attributed to someone ("X said Y attacked", "Y allegedly attacked",
  "the alleged attack", "according to X", the content of an accusation);
* **denied**: negated with no CAMEO code of its own ("did not meet"), or the content of a
  denial ("X denied that its troops entered Y");
* **intended**: announced for the future with no intent code ("will hold a referendum"),
  or the content of a plan ("plans to build");
* **hypothetical**: possible, conditional, hoped or feared ("may attack", "if they
  attack", "fears that Y will invade").

The verb's own reading (:meth:`ModalityReader.read`):

* A negated verb becomes its rejection, as PETRARCH-2 codes it ("did not provide aid" ->
  12x); "failed / refused to Z" and "will not Z" reject Z (:func:`nesting.refusal`). A
  pattern that spells out the negation keeps its own code. A meeting someone "will not"
  hold is refused (125); one that "did not" take place is denied.
* "Agreed with X to Z" is agreeing to act (the verb's intent, 03x), not accord with X's view
  (019, "agreed with X's criticism").
* What someone is "far from", "a far cry from" or "stopped short of" doing did not happen.
* What an open question asks about ("would not say whether he would meet X", "asked if
  troops had crossed") is hypothetical.
* "X said Y must Z" is a demand (CAMEO 10).
* "Insisted that <a clause in a tense>" is a claim (010), not a demand ("insisted that the
  drills were routine"); "insisted that he resign / must leave" stays a demand.
* "Seek / try to Z" is an attempt at Z, no appeal; "asked the driver whether / why ..." is a question
  (010), no appeal.
* "X said Y failed to Z" accuses Y (112), like "X said Y was responsible"; a failure two
  sides share ("A and B failed to reach a deal") blames no one. So does "X said Y refused to
  Z", "Y ignored / flouted its obligations or a ruling" and "Y had not paid / met what it
  owed".
* A warning addressed to no one whose "that" clause names no actor ("warned that the plan
  would hurt farmers") is a pessimistic comment (012), not a threat.
* A verb coordinated with another, with no subject, auxiliary or tense of its own, shares
  the first verb's future or modal ("will detain and deport": both announced).
* An act announced for the future ("will give", "is going to", "is ready to send", and in
  someone's own reported words "would", "may", "could") is coded as the intent or threat to
  do it (:func:`nesting.future`).

The clause's reading (:func:`clause_modality`) follows the verbs that govern the event's
clause. The stronger reading wins (denied > hypothetical > intended > reported >
asserted). With ``options.modality`` off (PETRARCH-2's reading) only plain negation is
read, and a negated act with no code of its own is no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from events.coding import nesting
from events.coding.dictionaries import Dictionaries, Pattern
from events.coding.options import CoderOptions
from events.coding.parts import (
    ASSERTED,
    DENIED,
    HYPOTHETICAL,
    INTENDED,
    REPORTED,
    VIOLENT_ROOTS,
    CodedVerb,
    Match,
    is_statement,
)
from events.coding.syntax import (
    NAMING_VERBS,
    OBJECT_CONTROL,
    announced_plan,
    cleft,
    condition_clauses,
    decided_act,
    is_passive,
    negated,
    own_subject,
    plain_infinitive,
    to_infinitive,
)
from events.coding.verbs import stems
from events.coding.words import word_set
from events.nlp import token_memo
from events.tone import lexicon

NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without", "refuse", "fail"})
FAIL_VERBS = frozenset({"fail", "refuse", "decline"})
# verbs of an act's phase, which share the obligation of their complement's act ("must keep
# supplying weapons" is no supply)
ASPECT_VERBS = frozenset("keep continue start begin resume".split())
# verbs by which a reported clause lays the blame for a harm on its subject ("said Armenian
# forces had provoked the clashes")
PROVOKING_VERBS = frozenset("provoke instigate start trigger spark incite initiate".split())
# adjectives whose infinitive did not happen ("was unable to visit")
UNABLE_WORDS = frozenset({"unable", "incapable"})
FUTURE_AUX = frozenset({"will", "'ll", "shall"})
# auxiliaries that announce an act in its actor's own reported words ("said it would send
# troops") and only make it possible elsewhere ("the deal could collapse")
HEDGE_AUX = frozenset({"would", "'d", "may", "might", "could", "can", "should"})
# the hedges of possibility: in reported words they announce only the speaker's own acts
POSSIBILITY_AUX = frozenset({"may", "might", "could", "can"})
# auxiliaries of obligation: what must be done is not done ("Iran must release the sailors")
MUST_AUX = frozenset({"must", "ought"})
# "is able to send troops", "hackers capable of attacking banks": a capacity, not an act
ABLE_WORDS = frozenset({"able", "capable"})
# "X is ready to send troops": adjectives that announce the act of their clause
INTENT_ADJECTIVES = frozenset({"ready", "willing", "prepared", "determined", "eager", "poised"})
DEMAND_CODE = "100"
# a cut in diplomatic relations (161) and the threat to make one (1313)
RELATIONS_CUT = "161"
RELATIONS_THREAT = "1313"
THREAT_CODE = "130"
THREAT_ROOT = "13"
STATEMENT_CODE = "010"
DEMAND_ROOT = "10"
APPEAL_ROOT = "02"
# expressed intent (plan, intend, promise to Z): its infinitive is the planner's own act
INTENT_ROOT = "03"
# "seek to / try to Z": an attempt at Z, no appeal to anyone
ATTEMPT_VERBS = frozenset({"seek", "try", "attempt", "endeavor", "endeavour", "strive"})
# words that open an indirect question ("asked the driver whether he had been drinking", "asked why …")
QUESTION_WORDS = frozenset({"if", "whether", "why", "how", "what", "who", "whom", "when", "where", "which"})
# verbs of demanding that also state a claim: "insisted that Iran must leave" is a demand,
# "insisted that the ministry had paid its bills" a claim
CLAIM_VERBS = frozenset({"insist"})
PESSIMISM_CODE = "012"
# pessimism and optimism (CAMEO 012, 013): a speaker's feelings
FEELING_CODES = frozenset({"012", "013"})
# verbs of warning, whose "that" clause is either a threat of the warner's own act or a
# forecast ("warned that prices would rise")
WARN_VERBS = frozenset({"warn", "caution"})
# verbs that keep someone from doing something ("barred from contacting", "prevented from
# leaving")
BARRING_VERBS = frozenset("ban bar prohibit forbid prevent stop block restrain keep enjoin deter".split())
# verbs of advice whose "against" phrase is what should not be done ("advised against travel")
ADVISE_VERBS = frozenset({"advise", "counsel"})
# objects and phrases that name whom a warning is addressed to ("warned Iran that …")
ADDRESSEE_DEPS = frozenset({"dobj", "dative", "iobj"})
# spaCy entities that name an actor
ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# nouns of bodies that act, beside the dictionaries' role words ("the group would no longer
# stand by", "the country will respond")
COLLECTIVES = frozenset(
    "group movement side organization organisation alliance coalition bloc country nation state party".split()
)
# "far from providing", "a far cry from / a long way from providing", "stopped short of
# recognising": (preposition, the word it hangs on) before a gerund that did not happen
SHORT_OF = frozenset({("from", "far"), ("from", "cry"), ("from", "way"), ("of", "short")})
PROTEST_ROOT = "14"
ACCORD_CODE = "019"
MEET_ROOT = "04"
REFUSE_MEETING_CODE = "125"
CRITICIZE_CODE = "111"
ACCUSE_CODE = "112"
# "Y was responsible for the attack", "Y was to blame", "Y was behind the bombing"
BLAME_WORDS = frozenset({"responsible", "behind", "blame", "culpable", "complicit"})
# modals that hedge a reported blame ("said Y may / might / could be responsible")
HEDGES = frozenset({"may", "might", "could"})
# "Y bears responsibility for the attack", "Y must shoulder the blame": blame one carries
CARRYING_VERBS = frozenset({"bear", "carry", "shoulder"})
CARRIED_BLAME = frozenset({"responsibility", "blame"})
# verbs of an inquiry's finding, which lays blame as saying does ("prosecutors concluded that
# Russia was behind the attack"); no statement otherwise ("found a body", "concluded talks")
FINDING_VERBS = frozenset({"find", "conclude", "determine", "establish"})
# what one is blamed for ("responsible for the poisoning"; not "responsible for road repairs")
# verbs of belief or evidence through which a speaker lays blame ("believes Y was behind it")
BELIEF_VERBS = frozenset("believe think show suggest indicate prove conclude demonstrate".split())
HARMS = frozenset(
    """
    attack bombing killing death murder assassination explosion blast shooting massacre violence
    poisoning abduction kidnapping crime atrocity abuse incident unrest riot arson fire crash hack
    hacking cyberattack plot coup raid strike shelling ambush fraud leak sabotage clash fighting
    war hostility escalation tension crisis collapse terrorism chaos
    """.split()
)
# verbs of defiance whose object is a duty, a ruling or a warning: "said Y had ignored its
# obligations", "had flouted the court's ruling" accuse Y (112)
# (and neglecting or shirking one: "had neglected its duty to maintain the lines")
DEFYING_VERBS = frozenset(
    "ignore disregard flout defy breach violate contravene neglect shirk abdicate".split()
)
DUTY_NOUNS = frozenset(
    """
    obligation commitment duty responsibility ruling order verdict judgment judgement decision law
    rule resolution agreement accord deal treaty ceasefire truce deadline warning call appeal request
    demand ban embargo sanction norm principle convention constitution mandate injunction subpoena
    summons guideline protocol term advice complaint concern plea objection
    """.split()
)
# infinitives of speech whose refusal blames no one ("said the suspect refused to comment")
SPEECH_INFINITIVES = frozenset(
    "comment say speak talk discuss speculate elaborate confirm identify name".split()
)
# refusing to do harm blames no one ("said the soldiers had refused to fire on protesters",
# "refused to arrest them"): the valence (VADER) at or below which an infinitive is a harm
REFUSED_HARM_VALENCE = -1.0
# what one owes and did not give, pay or do ("said the ministry had not paid the bonuses",
# "had not met its obligations", "had not implemented the agreement"): a verb of giving or
# fulfilling negated, with a due thing as its object (or one it promised or owes: "had not
# delivered the funds it promised"); paying anyone or anything is owed ("had not paid teachers")
OWED_VERBS = frozenset(
    """
    pay repay refund compensate deliver disburse release transfer honour honor fulfil fulfill meet
    implement
    """.split()
)
PAYING_VERBS = frozenset({"pay", "repay", "refund", "compensate"})
DUE_NOUNS = frozenset(
    """
    bonus salary wage pay debt fund money compensation arrear arrears pension subsidy grant payment
    fee bill rent loan due benefit allowance stipend reparation installment instalment tranche aid
    obligation commitment promise pledge ruling agreement deal accord term target quota deadline
    """.split()
)
PROMISING_VERBS = frozenset({"promise", "pledge", "owe", "agree", "commit", "guarantee", "vow"})
# verbs of causing or carrying out, whose passive "by" phrase names who did a harm ("said the
# blackout was caused by a Russian cyberattack", "the bombing was orchestrated by the militia");
# with "cause", whatever was caused ("the delays were caused by the ministry")
CAUSING_VERBS = frozenset(
    """
    cause carry perpetrate orchestrate commit mastermind engineer instigate provoke trigger spark
    start
    """.split()
)
# blame that lies or rests with someone ("said the fault lies with the federal police")
LYING_VERBS = frozenset({"lie", "rest"})
FAULT_NOUNS = frozenset({"fault", "blame", "responsibility", "culpability"})
# what a harm is the work of ("the bombing was the work of Indian intelligence"); a fault is
# blame of whatever ("the delays were the fault of the ministry")
DOING_NOUNS = frozenset({"work", "handiwork", "doing", "fault"})
# faults whose owner is blamed for what they caused or resulted in ("the deaths were the
# result of the agency's failure to evacuate", "the ministry's negligence caused the flooding")
FAULTS = frozenset(
    """
    negligence failure failures mismanagement incompetence inaction neglect mistake mistakes error
    errors blunder blunders recklessness failing failings
    """.split()
)
FAULT_CAUSING_VERBS = frozenset({"cause", "trigger", "spark", "provoke"})
RESULT_NOUNS = frozenset({"result", "consequence", "product"})
# what a harm bears or has the marks of ("the bombing bore the hallmarks of Israeli intelligence")
MARK_VERBS = frozenset({"bear", "have", "carry"})
MARK_NOUNS = frozenset({"hallmark", "hallmarks", "signature", "fingerprint", "fingerprints"})
# a part in a harm: "Y had a hand in the attack", "Y was involved / implicated in the attack"
PART_NOUNS = frozenset({"hand", "role", "part"})
INVOLVING_VERBS = frozenset({"involve", "implicate"})


# verbs whose protest noun object is called for, not held ("called a general strike"), and
# verbs whose protest infinitive is decided, not done ("voted to strike", "balloted to walk out")
CALLING_VERBS = frozenset({"call", "announce"})
BALLOT_VERBS = frozenset({"vote", "ballot"})


def called(verb: Token) -> bool:
    """True when the protest ``verb`` codes is called or voted for, not held: the verb of
    calling whose object a protest pattern read ("called a general strike", "announced a
    nationwide rally"), or an infinitive of a vote ("voted to strike")."""
    lemma = verb.lemma_.lower()
    if lemma in CALLING_VERBS:
        return any(c.dep_ == "dobj" for c in verb.children)
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in BALLOT_VERBS


# words by which a subject is a share of a population ("62 percent of Kenyans", "most
# Georgians", "two-thirds of Serbians", "a majority of voters")
SHARE_WORDS = frozenset(
    "percent cent % majority minority plurality half third thirds quarter share proportion most".split()
)
PRESENT_TAGS = frozenset({"VBP", "VBZ"})
# modifiers of a subject's head that say how much of it ("*most* Georgians", "two-*thirds*")
SHARE_DEPS = frozenset({"amod", "det", "nummod", "quantmod", "advmod"})


def opinion_share(verb: Token) -> bool:
    """True when ``verb`` in the simple present has a share of a population as its subject
    ("62 percent of Kenyans support the protesters", "most Georgians back the opposition"):
    what a poll found people think, not an act."""
    if verb.tag_ not in PRESENT_TAGS:
        return False
    subj = own_subject(verb)
    if subj is None:
        return False
    words = [subj, *(c for c in subj.children if c.dep_ in SHARE_DEPS)]
    return any(t.lower_ in SHARE_WORDS for t in words)


class ModalityReader:
    """Reads negation, refusal, obligation and announcement on matched verbs."""

    def __init__(self, dicts: Dictionaries, options: CoderOptions):
        self.dicts = dicts
        self.options = options

    def read(self, tok: Token, match: Match, noun: bool = False) -> Match | None:
        """``match`` with the code and modality its verb gives (None: no event, a form with
        no code at all, or in PETRARCH-2's reading a negated act with no negative code)."""
        code, reverse, demand, modality, how = match.code, match.reverse, False, ASSERTED, ""
        modal = self.options.modality and not noun
        if modal and opinion_share(tok):
            return None  # "a poll found that 62 percent of Kenyans support the protesters"
        if modal and code in FEELING_CODES and match.pattern is None and is_passive(tok):
            # "the minister was worried by the navy's drills", "hundreds are feared dead": a
            # feeling in the passive is not the "by" agent's comment, nor anyone's
            return None
        if modal and code == ACCORD_CODE and _with_someone(match.pattern) and _to_act(tok):
            # "agreed with Sweden to share data": agreeing to act is the verb's intent
            # (combined with the act when it is coded), not accord with someone's view
            code, reverse, how = match.form.code or match.form.block.code, match.form.reverse, "agreed-to-act"
        if modal and code is not None and code.startswith(PROTEST_ROOT) and says_that(tok):
            # "protested that the trial was unfair" is a complaint, no demonstration (111);
            # "demonstrated that the border was secure" showed it
            if tok.lemma_.lower() != "protest":
                return None
            code, reverse, how = CRITICIZE_CODE, None, "speech"
        if modal and code == STATEMENT_CODE and undisclosed(tok):
            return None  # "did not disclose the income on her ethics forms": an omission
        if modal and tok.lemma_.lower() in CLAUSE_ONLY_VERBS and all(c.dep_ != "ccomp" for c in tok.children):
            if not blacklisted(tok):
                return None  # "added 300 jobs", "added Chile to the list": no one said anything
            # "the Treasury added three banks to its sanctions list": a sanction (163)
            code, reverse, how = SANCTION_CODE, None, "listed"
        if modal and code is not None and stopped_act(tok):
            # "stopped selling munitions to Riyadh", "halted supplying gas to Moldova": the
            # act ended; its aid or trade cut is the event (16x); any other act ended
            # ("agreed to halt fighting") is not done (in mentions, denied), and its sides
            # stay for the verb of stopping ("halt" 087 between the two)
            ended = STOPPED_CODES.get(code[:3], STOPPED_CODES.get(code[:2]))
            if ended is None:
                return match.read_as(code, reverse, False, DENIED, "stopped")
            code, reverse, how = ended, None, "stopped"
        if modal and code is not None and code[:2] in VIOLENT_ROOTS and stops_own_act(tok):
            # "the rebels stopped attacking convoys": an end to one's own fighting (087), as
            # "stopped the shelling"; "stopped the enemy's advance" stays a fight (190)
            code, reverse, how = DEESCALATE_CODE, None, "stopped"
        failed = modal and is_failed(tok)
        if (
            not noun
            and (failed or negated(tok))
            and (match.pattern is None or not self._mentions_negation(match.pattern))
        ):
            # PETRARCH-2: a negated event becomes its rejection ("not provide aid" -> 12x)
            negative = nesting.negate(code) if code is not None else None
            refused = failed or (modal and any(c.dep_ == "neg" for c in tok.children))
            if negative is None and refused and code is not None:
                # "will not accept refugees", "failed to reach an agreement"
                negative = nesting.refusal(code)
            if negative is None and modal and code is not None and code[:2] == MEET_ROOT and _wont(tok):
                # "will not meet X", "won't hold talks with X": a refusal to meet (125); a
                # meeting that "did not" take place is denied
                negative = REFUSE_MEETING_CODE
            if negative is None and not modal:
                return None
            if negative is None:
                modality = DENIED  # "did not meet": in mentions, never in the events table
            else:
                code, reverse, how = negative, None, "negated"
        elif modal and (not_done(tok) or (failed_attempt(tok) and (code or "")[:2] not in VIOLENT_ROOTS)):
            # "left without meeting X", "was unable to visit X", "tried in vain to restore the
            # funding" (a failed attack is still an attack)
            modality = DENIED
        elif modal and match.pattern is None and charges_that(tok):
            # "the opposition charged that the government had rigged the vote": an
            # accusation (112), no indictment (173)
            code, reverse, how = ACCUSE_CODE, None, "charged-that"
        elif (
            modal
            and is_statement(code, match.form)
            and any(c.dep_ == "ccomp" and must(c) for c in tok.children)
        ):
            # "X said Y must do Z": a demand (CAMEO 10), combined with Z when Z is coded
            code, reverse, demand, how = DEMAND_CODE, None, True, "demand"
        elif (
            modal
            and (is_statement(code, match.form) or tok.lemma_.lower() in FINDING_VERBS)
            and any(not self._joint_failure(c) for c in blamed_clauses(tok))
        ):
            # "X said Y was responsible for / behind the attack": X accuses Y (112)
            code, reverse, demand, how = ACCUSE_CODE, None, True, "blame"
        elif modal and match.pattern is None and code is not None and code.startswith(APPEAL_ROOT) and (
            reading := not_an_appeal(tok)
        ):
            # "sought to prove its case": an attempt; "asked whether he had been drinking": a question
            if reading == "attempt":
                return None
            code, reverse, how = STATEMENT_CODE, None, reading
        elif modal and code is not None and code.startswith(DEMAND_ROOT) and asserts(tok):
            # "insisted that the drills were routine": a claim (010), not a demand
            code, reverse, how = STATEMENT_CODE, None, "claim"
        elif (
            modal
            and _threat(code)
            and self._foreboding(tok)
            and (match.pattern is None or _plain_forecast(tok))
        ):
            # "warned that the plan would hurt farmers": a gloomy forecast (012), not a
            # threat; also when a threat pattern read a word of the forecast ("warned that the
            # shipments would prolong the war", "that the sanctions would ruin farmers")
            code, reverse, how = PESSIMISM_CODE, None, "forecast"
        elif modal and (code is not None or _acted_reverse(reverse)) and (when := announced(tok)):
            # (a reversed code is the other side's act: "Jordan will receive aid from the
            # United States" is the giving to come, intended, and no intent of Jordan's)
            future = nesting.future(code) if code is not None else None
            cut = code is not None and code.startswith(RELATIONS_CUT)
            if future is None and cut and condition_clauses(tok):
                # "Serbia will recall its ambassador if the talks fail": a cut in relations
                # announced on a condition is the threat to make it (1313), not a decision
                future = RELATIONS_THREAT
            if future is not None and when != HYPOTHETICAL and not is_passive(tok) and caused_by(tok) is None:
                # "X will sign": X's intent (03x); "a deal will be signed": the signing, intended
                code, reverse, how = future, None, "announced"
            else:
                modality = when
        if modal and how != "negated" and modality != DENIED and nobody(tok):
            # "no one was arrested", "police made no arrests", "none of the hostages was
            # released": the act is said not to have happened
            modality = DENIED
        protest = code is not None and code.startswith(PROTEST_ROOT)
        if modal and modality == ASSERTED and protest and called(tok):
            # "the union called a general strike for next week", "rail workers voted to
            # strike": the protest is called for, not yet held
            modality, how = INTENDED, how or "called"
        if code is None and reverse is None:
            return None
        return match.read_as(code, reverse, demand, modality, how)

    def _joint_failure(self, clause: Token) -> bool:
        """True for a failure two sides share, which blames no one: "A and B failed to reach
        a deal" (not a country whose name has an "and": "Antigua and Barbuda failed to …")."""
        subj = own_subject(clause)
        if clause.lemma_ != "fail" or subj is None:
            return False
        others = [c for c in subj.children if c.dep_ == "conj"]
        if not others:
            return False
        name = " ".join(t.lower_ for t in subj.doc[subj.i : others[-1].i + 1])
        return self.dicts.actors.get(name) is None

    def _foreboding(self, verb: Token) -> bool:
        """True when a verb of warning only forecasts something bad: it is addressed to no
        one and the subject of its "that" clause names no actor ("warned that the plan would
        hurt farmers", "that the worst was yet to come"). A warning to someone ("warned Kyiv
        that …"), of what an actor will do ("that it would respond", "that troops would no
        longer hold back") or with a condition ("that if the talks fail …") stays a
        threat."""
        if verb.lemma_.lower() not in WARN_VERBS or any(c.dep_ in ADDRESSEE_DEPS for c in verb.children):
            return False
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        return bool(clauses) and all(self._forecast(c) for c in clauses)

    def _forecast(self, clause: Token) -> bool:
        """True when ``clause`` has a subject that names no actor ("that prices would rise",
        also under a condition: "if El Nino develops, that would hurt the harvest")."""
        subj = own_subject(clause) or next((c for c in clause.children if c.dep_ == "expl"), None)
        if subj is None:
            return False
        # a personal pronoun stands for an actor ("that we / it would respond"), but for an
        # expletive "it" or "there" ("that it was too early to reopen"); a demonstrative
        # ("that would hurt …") stands for a thing
        expletive = subj.lower_ == "there" or subj.lower_ == "it" and clause.lemma_ == "be"
        if subj.tag_ == "PRP" and not expletive:
            return False
        if _others_act(subj):
            return True  # "warned that an Israeli offensive in Rafah would threaten the treaty"
        if any(self._names_actor(t) for t in subj.subtree):
            return False
        # under a condition, a name the dictionaries do not know may still be a party
        # ("warned that MEPs will not ratify the deal if …"): only things forecast
        conditional = any(t.dep_ == "mark" and t.lower_ in CONDITIONAL_MARKS for t in clause.subtree)
        return not (conditional and any(t.pos_ == "PROPN" for t in subj.subtree))

    def _names_actor(self, tok: Token) -> bool:
        """True when ``tok`` is part of a name of a person, group or place, or is a word the
        dictionaries know as an actor or a role ("police", "troops")."""
        if tok.ent_type_ in ACTOR_ENTITIES:
            return True
        words = (tok.lower_, tok.lemma_.lower())
        if words[1] in COLLECTIVES:
            return True
        known = (self.dicts.agents, self.dicts.actors)
        return any(index.get(w) is not None for index in known for w in words)

    def _mentions_negation(self, pattern: Pattern) -> bool:
        """True when a pattern spells out a negation ("- NOT * …", a synset of refusals)."""
        for element in pattern.pre + pattern.post:
            if element.kind == "word" and element.value in NEGATIONS:
                return True
            if element.kind == "syn":
                for member in self.dicts.verbs.synsets.get(element.value, ()):
                    if any(w in NEGATIONS for w in member):
                        return True
        return False


# acts of force whose consequences a warning forecasts ("warned that an offensive would …")
FORCE_ACTS = frozenset(
    "offensive attack attacks war invasion incursion escalation assault bombing shelling blockade".split()
)
# possessives by which the warner names its own act ("warned that its offensive would go on")
OWN_POSSESSIVES = frozenset({"its", "our", "my"})


def _others_act(subj: Token) -> bool:
    """True when a forecast's subject is an act of force not the warner's own: "an Israeli
    offensive in Rafah", "a wider war" (not "its offensive", "our strikes"): what such an act
    would do is a forecast, not the warner's threat."""
    return subj.lemma_.lower() in FORCE_ACTS and not any(
        c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in subj.children
    )


def _threat(code: str | None) -> bool:
    """True for a CAMEO threat code (13x)."""
    return code is not None and code.startswith(THREAT_ROOT)


def _plain_forecast(verb: Token) -> bool:
    """True when every "that" clause of a verb of warning is active and unconditional: what
    a threat pattern read there is forecast, not threatened ("warned that the strikes would
    widen the war"). A passive clause may hide the warner's own act ("that any attack would
    be met with force"), and a condition makes it a threat ("that troops would cross if …")."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        conditional = any(t.dep_ == "mark" and t.lower_ in CONDITIONAL_MARKS for t in clause.subtree)
        if is_passive(clause) or conditional:
            return False
    return True


def not_an_appeal(verb: Token) -> str | None:
    """Why a verb of asking appeals to no one: "attempt" for "seek / try to Z" ("sought to
    prove its case", coded by Z), "question" for an indirect question ("asked the driver
    whether he had been drinking", "asked why the agency ignored the warnings"); None for
    an appeal ("asked the court to delay", "sought asylum")."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if lemma in ATTEMPT_VERBS and any(c.dep_ == "xcomp" and to_infinitive(c) for c in children):
        return "attempt"
    if lemma != "ask" or any(c.dep_ in ("xcomp", "prep") for c in children):
        return None
    for clause in (c for c in children if c.dep_ == "ccomp"):
        opener = next(iter(clause.subtree))
        if opener.lower_ in QUESTION_WORDS:
            return "question"
    return None


def asserts(verb: Token) -> bool:
    """True when a verb that may demand only claims: its "that" clause states something in
    a tense ("insisted that the drills were routine", "insists it has paid the
    contractors", "insisted the money had been repaid"), rather than saying what must be done
    ("insisted that he resign", "that Iran must leave", "that they should pay")."""
    if verb.lemma_.lower() not in CLAIM_VERBS:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return False
    for clause in clauses:
        words = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
        if any(w.lower_ in MUST_AUX or w.lower_ == "should" for w in words):
            return False  # "insisted that Iran must leave"
        if not any(w.tag_ in ("VBD", "VBZ", "VBP", "MD") for w in words):
            return False  # a bare subjunctive: "insisted that he resign"
        if clause.lemma_ in ("need", "have") and any(
                c.dep_ == "xcomp" and to_infinitive(c) for c in clause.children):
            return False  # "insisted that the city needed to act"
    return True


# verbs of making a fact known whose omission is no declined comment (011) when it is a failure
# or the document it was left off is named; "police did not disclose the motive" and
# "declined to disclose the terms" stay 011
SANCTION_CODE = "163"
BLACKLIST_NOUNS = frozenset({"blacklist", "blacklists"})
SANCTION_LIST_WORDS = frozenset(
    {"sanction", "sanctions", "entity", "terror", "terrorist", "terrorism", "black"})
"""Words that make a list a list of the sanctioned ("sanctions list", "entity list", "terror
list"; a plain "list" may be of anything: "added Chile to the list of safe countries")."""


def blacklisted(verb: Token) -> bool:
    """True when ``verb`` ("add") puts its object on a blacklist or a sanctions, entity or
    terror list ("added 30 firms to its entity list")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "on"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            if noun.lower_ in BLACKLIST_NOUNS:
                return True
            kinds = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
            if noun.lemma_.lower() == "list" and kinds & SANCTION_LIST_WORDS:
                return True
    return False


DISCLOSE_VERBS = frozenset({"disclose", "declare", "report"})
CLAUSE_ONLY_VERBS = frozenset({"add"})
"""Verbs of saying only with a reported clause ("he added that Israel had violated its
airspace", "she added the talks would go on"); otherwise no event ("added 300 jobs")."""
DOCUMENT_NOUNS = frozenset(
    """
    form forms filing filings return returns declaration declarations register application
    applications paperwork disclosure disclosures record records
    """.split()
)


def undisclosed(verb: Token) -> bool:
    """True when ``verb`` of making a fact known (:data:`DISCLOSE_VERBS`) is the infinitive of
    "fail to" ("the senator failed to disclose stock trades"), or is negated with an "on / in"
    phrase on it or its object naming the document the fact was left off ("did not disclose
    the consultancy income on her declaration forms"): an omission, no one declined comment."""
    if verb.lemma_.lower() not in DISCLOSE_VERBS:
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail":
        return True
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(
        prep.dep_ == "prep" and prep.lower_ in ("on", "in")
        and any(o.dep_ == "pobj" and o.lemma_.lower() in DOCUMENT_NOUNS for o in prep.children)
        for head in heads for prep in head.children
    )


NOBODY_WORDS = frozenset({"nobody", "none", "nothing", "noone"})
"""Pronouns that say no one (or nothing) took part in an act ("nobody was hurt")."""
NOBODY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
NOBODY_CUES = NOBODY_WORDS | {"no"}
"""Words one of which a document holds when something of it is done by or to no one."""


def nobody(verb: Token) -> bool:
    """True when the subject or object of ``verb`` is no one: "nobody", "none", "no one", or
    a noun with "no" ("no arrests were made", "police made no arrests", "no soldiers were
    killed"); not "no fewer than 20 people", whose "no" is no determiner of the noun, nor
    an object beside another ("charged Baker with speeding, no insurance": a list the parser
    split)."""
    if NOBODY_CUES.isdisjoint(word_set(verb.doc)):
        return False  # (the document says none of them)
    children = list(verb.children)
    objects = sum(c.dep_ == "dobj" for c in children)
    for child in children:
        if child.dep_ not in NOBODY_DEPS or (child.dep_ == "dobj" and objects > 1):
            continue
        if child.lower_ in NOBODY_WORDS:
            return True
        counted = any(d.dep_ == "nummod" for d in child.children)  # "no fewer than 30 people"
        if not counted and any(d.dep_ == "det" and d.lower_ == "no" for d in child.children):
            return True
    return False


STOP_LEMMAS = frozenset({"stop", "cease", "halt", "quit", "suspend", "discontinue"})
STOPPED_CODES = {
    "046": "164", "061": "1621", "062": "1622",
    "07": "162", "071": "1621", "072": "1622", "073": "1623", "074": "1622",
}
"""CAMEO code (or root) of an act -> the code of ending it: stopped aid of each kind (162x),
stopped trade (1621) or military cooperation (1622), broken-off negotiations (164). Any
other act ended ("stopped shelling", "ceased publishing") is not done (a pattern of the
verb of stopping may code the ending: "stopped the fighting" 087)."""


def stopped_act(verb: Token) -> bool:
    """True for the "-ing" act a verb of stopping governs ("stopped *selling* arms", "halted
    *supplying* gas"): what ended, not what was done."""
    return verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head != verb and (
        verb.head.lemma_.lower() in STOP_LEMMAS)


DEESCALATE_CODE = "087"


def stops_own_act(verb: Token) -> bool:
    """True for a verb of stopping that governs its subject's own "-ing" act ("stopped
    *attacking* convoys")."""
    return verb.lemma_.lower() in STOP_LEMMAS and any(
        c.dep_ == "xcomp" and c.tag_ == "VBG" for c in verb.children)


def is_failed(verb: Token) -> bool:
    """True when ``verb`` is the infinitive of "fail / refuse / decline to" ("failed to
    reach an agreement")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ in FAIL_VERBS and verb.head != verb


def _with_someone(pattern: Pattern | None) -> bool:
    """True for a pattern that names a partner by "with" ("- * (WITH +)")."""
    return pattern is not None and any(e.kind == "word" and e.value == "with" for e in pattern.post)


def _wont(verb: Token) -> bool:
    """True for a verb negated with a future auxiliary ("will not meet", "won't meet"; in
    its actor's reported words also "would not": "said it would not negotiate")."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    auxes = {a.lower_ for a in shared_auxiliaries(verb)}
    if auxes & (FUTURE_AUX | {"wo"}):
        return True
    return bool(auxes & {"would", "'d"}) and verb.dep_ == "ccomp" and verb.i > verb.head.i


def _to_act(verb: Token) -> bool:
    """True when ``verb`` governs a "to" infinitive with no subject of its own ("agreed
    with X *to build* …")."""
    return any(
        c.dep_ == "xcomp"
        and to_infinitive(c)
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in verb.children
    )


FAILURE_ADVERBS = frozenset({"unsuccessfully", "vainly", "fruitlessly"})
FAILURE_PHRASES = frozenset({("in", "vain"), ("without", "success")})


def failed_attempt(verb: Token) -> bool:
    """True for the infinitive of an attempt said to have failed: "tried unsuccessfully to
    restore the funding", "sought in vain to broker a truce", "tried to block the permit,
    without success"."""
    attempt = verb.head
    if verb.dep_ != "xcomp" or attempt == verb or attempt.lemma_.lower() not in ATTEMPT_VERBS:
        return False
    for child in attempt.children:
        if child.dep_ == "advmod" and child.lower_ in FAILURE_ADVERBS:
            return True
        if child.dep_ == "prep":
            words = {t.lower_ for t in child.children if t.dep_ in ("pobj", "amod", "advmod")}
            if any((child.lower_, word) in FAILURE_PHRASES for word in words):
                return True
    return False


def not_done(verb: Token) -> bool:
    """True when ``verb`` names what did not happen: "without meeting X", "was unable to
    visit X", "is far from / a far cry from / a long way from providing X", "stopped short of
    recognising X", an alternative not taken ("negotiated rather than attack the dam",
    "instead of sanctioning Moscow") and what one kept from doing ("avoided blaming Israel",
    "refrained from recognising Kosovo")."""
    head = verb.head
    if head == verb:
        return False
    if verb.dep_ == "pcomp" and head.lower_ == "without":
        return True
    if verb.dep_ == "pcomp" and (head.lower_, head.head.lower_) in SHORT_OF:
        return True
    instead = head.i > 0 and verb.doc[head.i - 1].lower_ == "instead"
    if verb.dep_ == "pcomp" and head.lower_ == "of" and instead:
        return True
    if verb.dep_ == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in KEPT_FROM_VERBS:
        return True
    if verb.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in AVOID_VERBS and verb.tag_ == "VBG":
        return True
    if _rather_than(verb):
        return True
    return verb.dep_ == "xcomp" and head.lower_ in UNABLE_WORDS


AVOID_VERBS = frozenset({"avoid", "shun", "forgo", "forego", "evade"})
"""Verbs whose "-ing" complement is what the subject kept from doing ("avoided blaming X")."""
KEPT_FROM_VERBS = frozenset({"refrain", "abstain", "desist"})
"""Verbs whose "from -ing" phrase is what the subject kept from doing."""


def _rather_than(verb: Token) -> bool:
    """True for the verb after "rather than" ("chose to negotiate rather than attack the dam",
    "rather than attacking the dam, Egypt negotiated"): the alternative not taken."""
    if verb.dep_ == "conj":
        than = next((c for c in verb.head.children if c.dep_ == "cc" and c.lower_ == "than"), None)
    elif verb.dep_ == "pcomp" and verb.head.lower_ == "than":
        than = verb.head
    else:
        return False
    if than is None or than.i == 0:
        return False
    return than.doc[than.i - 1].lower_ == "rather" and than.i < verb.i


def must(clause: Token) -> bool:
    """True when a complement clause is an obligation ("that Iraq must cooperate", "Y has
    to go"). What someone *had* (or *has had*) to do was done ("two people had to be
    evacuated"), as in :func:`obliged_or_able`; what one does not have to do is no duty, nor
    is what one should be able or allowed to do ("tenants should be free to organise"): a
    right claimed for them, not a demand on them."""
    if _a_right(clause) or _reproach(clause):
        return False
    for child in clause.children:
        if child.dep_ == "aux" and child.lower_ in ("must", "should"):
            return True
        if (
            child.dep_ == "xcomp"
            and clause.lemma_ == "have"
            and clause.tag_ not in ("VBD", "VBN")  # "had to", "has had to": done
            and not any(c.dep_ == "neg" for c in clause.children)  # "does not have to": no duty
            and to_infinitive(child)
        ):
            return True
    return False


RIGHT_WORDS = frozenset({"able", "free", "allowed", "permitted", "entitled"})
"""What one "should be" to have a right: able, free, allowed, permitted, entitled to."""


REPROACH_WORDS = frozenset({"ashamed"})
"""What one "should be" in a reproach, no demand: "Turkey should be ashamed (of itself)"."""


def _reproach(clause: Token) -> bool:
    """True for "Y should be ashamed": the clause's verb "be" with such a complement."""
    if clause.lemma_ != "be":
        return False
    return any(c.dep_ == "acomp" and c.lower_ in REPROACH_WORDS for c in clause.children)


def _a_right(clause: Token) -> bool:
    """True for "Y should be able / free / allowed to Z" (the clause's verb "be" with such a
    complement, or a passive "allowed / permitted")."""
    if clause.lemma_ == "be":
        return any(c.dep_ == "acomp" and c.lower_ in RIGHT_WORDS for c in clause.children)
    return clause.lower_ in RIGHT_WORDS and any(c.dep_ == "auxpass" for c in clause.children)


def charges_that(verb: Token) -> bool:
    """True for "charge" with a "that" clause and no object ("the union charged that the
    hospital had cut staff"): an accusation, not a charge brought against someone ("charged
    him with fraud", "charged him with resisting authorities, claiming that …")."""
    if verb.lemma_.lower() != "charge" or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return False
    return says_that(verb)


def says_that(verb: Token) -> bool:
    """True when ``verb`` governs a "that" clause ("protested that …", "demonstrated that …")."""
    return any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    )


# a promise, pledge or deal broken ("broke its promise", "reneged on its pledge / on the pay
# deal") or not kept, and trust betrayed ("had betrayed the trust of residents", "broke faith
# with voters")
PROMISE_NOUNS = frozenset(
    "promise pledge commitment vow word trust confidence faith deal agreement accord treaty contract".split()
)
BREAKING_VERBS = frozenset("break renege betray violate".split())
KEEPING_VERBS = frozenset("keep honor honour fulfil fulfill".split())


def blamed_clauses(verb: Token) -> list[Token]:
    """The complement clauses of ``verb`` that lay blame (:func:`blames`), also one level
    down under a verb of belief or evidence ("said he believes Y was behind the attack",
    "'the evidence shows that Y is responsible,' X said")."""
    out: list[Token] = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if blames(clause):
            out.append(clause)
        elif clause.lemma_.lower() in BELIEF_VERBS and not any(c.dep_ == "neg" for c in clause.children):
            out.extend(c for c in clause.children if c.dep_ == "ccomp" and blames(c))
    return out


def blames(clause: Token) -> bool:
    """True when a complement clause lays the blame on its subject ("that the Taliban were
    responsible", "Y was behind the bombing", "Y is to blame", "Y failed to protect them"),
    not when it is denied ("Y was not responsible", "Y did not fail to act"); so does one
    that says its subject broke its word (:func:`_broke_word`), did not pay or fulfil what it
    owed (:func:`_owed_undone`), refused to act or defied a duty (:func:`_defied`)."""
    if _broke_word(clause) or _owed_undone(clause):
        return True
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    if any(c.tag_ == "MD" and c.lower_ in HEDGES for c in clause.children):
        return False  # hedged: "said the ministry may be to blame"
    if clause.lemma_ == "fail":
        # "said the government had failed to protect farmers": blamed for a failure
        return any(c.dep_ == "xcomp" and to_infinitive(c) for c in clause.children)
    if clause.lemma_ in ("refuse", *DEFYING_VERBS) and _defied(clause):
        return True
    if _part_in_harm(clause):
        return True
    if blamed_party(clause) is not None:
        return True
    if clause.lemma_.lower() in PROVOKING_VERBS:
        # "said Armenian forces had provoked the clashes": blamed for starting them
        return any(c.dep_ == "dobj" and c.lemma_.lower() in HARMS for c in clause.children)
    if clause.lemma_.lower() in CARRYING_VERBS:
        return _carries_blame(clause)
    if clause.lemma_ != "be":
        return False
    for child in clause.children:
        if child.dep_ not in ("acomp", "prep", "xcomp") or child.lower_ not in BLAME_WORDS:
            continue
        if child.dep_ == "xcomp" and child.lower_ == "blame" and to_infinitive(child):
            # "Y was to blame for the shortfall": blamed, whatever for
            return not any(c.dep_ == "dobj" for c in child.children)
        # the act blamed: "behind the attack", "responsible for the attack" (or none named)
        fors = [c for c in child.children if c.dep_ == "prep" and c.lower_ == "for"]
        objects = [g for h in [child, *fors] for g in h.children if g.dep_ == "pobj"]
        if not objects or any(g.lemma_.lower() in HARMS for g in objects):
            return True
    return False


def _defied(clause: Token) -> bool:
    """True for a clause whose subject refused to act ("said Belgrade had refused to hand over
    the suspects"; not "refused to comment") or defied a duty, ruling or warning ("had ignored
    its obligations", "flouted the court's ruling"), told as done (not "would refuse to")."""
    if any(c.tag_ == "MD" for c in clause.children):
        return False
    if clause.lemma_ == "refuse":
        return any(
            c.dep_ == "xcomp"
            and to_infinitive(c)
            and c.lemma_.lower() not in SPEECH_INFINITIVES
            and lexicon().get(c.lemma_.lower(), 0.0) > REFUSED_HARM_VALENCE
            for c in clause.children
        )
    # (a duty named by a compound: "ignored warning signs")
    return any(
        c.dep_ == "dobj" and (c.lemma_.lower() in DUTY_NOUNS or any(
            m.dep_ == "compound" and m.lemma_.lower() in DUTY_NOUNS for m in c.children))
        for c in clause.children
    )


def _owed_undone(clause: Token) -> bool:
    """True for a clause that says its subject did not give, pay or fulfil what it owed
    (:data:`OWED_VERBS`): "the ministry had not paid the bonuses", "had never paid teachers",
    "had not delivered the funds it promised", "had not met its obligations"; not in the
    passive ("had not been paid"), nor hedged or foretold ("would not pay"), nor what one
    owes nothing ("had not delivered the speech")."""
    if clause.lemma_.lower() not in OWED_VERBS or is_passive(clause):
        return False
    if not any(c.dep_ == "neg" for c in clause.children) or any(c.tag_ == "MD" for c in clause.children):
        return False
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    if clause.lemma_.lower() in PAYING_VERBS:
        return True
    return any(
        o.lemma_.lower() in DUE_NOUNS
        or any(r.dep_ == "relcl" and r.lemma_.lower() in PROMISING_VERBS for r in o.children)
        for o in objects
    )


def blamed_party(clause: Token) -> Token | None:
    """The word naming whom a blaming clause blames where that is not its subject: the "by"
    phrase of a harm caused or carried out ("the blackout was caused by a Russian
    cyberattack", "the bombing was carried out by the militia"), the "with" phrase of blame
    that lies or rests with someone ("the fault lies with the federal police"; not a duty:
    "responsibility for road repairs lies with the county"), the owner of the work or fault a
    harm is ("the bombing was the work of Indian intelligence", "the delays were the fault of
    the ministry"); None otherwise. Negated or hedged clauses blame no one."""
    lemma = clause.lemma_.lower()
    if lemma not in CAUSING_VERBS and lemma not in LYING_VERBS and lemma not in MARK_VERBS and lemma != "be":
        return None
    children = list(clause.children)
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in children):
        return None
    subj = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    harm = subj.lemma_.lower() in HARMS
    if lemma in CAUSING_VERBS:
        if not is_passive(clause):
            # "the ministry's negligence caused the flooding": the owner of the fault
            return _fault_owner(subj) if lemma in FAULT_CAUSING_VERBS else None
        if not (harm or lemma == "cause"):
            return None
        if lemma == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in children):
            return None
        agent = _phrase_object(children, "agent", "by")
        return _fault_owner(agent) or agent if agent is not None else None
    if lemma in LYING_VERBS:
        if subj.lemma_.lower() not in FAULT_NOUNS or not _blame_for_harm(subj):
            return None
        return _phrase_object(children, "prep", "with")
    if lemma in MARK_VERBS:
        # "the bombing bore the hallmarks of Israeli intelligence"
        marks = [c for c in children if c.dep_ == "dobj" and c.lemma_.lower() in MARK_NOUNS]
        return _phrase_object(list(marks[0].children), "prep", "of") if harm and marks else None
    for attr in (c for c in children if c.dep_ == "attr" and c.lemma_.lower() in DOING_NOUNS):
        if not (harm or attr.lemma_.lower() == "fault"):
            return None
        owner = next((c for c in attr.children if c.dep_ == "poss"), None)
        return owner or _phrase_object(list(attr.children), "prep", "of")
    for pred in children:
        # "the deaths were the result of the agency's failure to evacuate residents", "the
        # flooding was due to the ministry's negligence"
        if pred.dep_ == "attr" and pred.lemma_.lower() in RESULT_NOUNS:
            cause = _phrase_object(list(pred.children), "prep", "of")
        elif pred.dep_ == "acomp" and pred.lower_ == "due":
            cause = _phrase_object(list(pred.children), "prep", "to")
        else:
            continue
        return _fault_owner(cause) if cause is not None else None
    return None


def _fault_owner(noun: Token) -> Token | None:
    """The owner of a fault named by ``noun`` ("the ministry's negligence", "the failure of
    the agency", "mismanagement by the council"), or None for no such fault or no owner."""
    if noun.lemma_.lower() not in FAULTS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return None if owner.tag_ == "PRP$" and owner.lower_ in OWN_POSSESSIVES else owner
    for word in ("of", "by"):
        if (found := _phrase_object(list(noun.children), "prep", word)) is not None:
            return found
    return None


def _part_in_harm(clause: Token) -> bool:
    """True for a clause that gives its subject a part in a harm: "Y had a hand / a role in
    the attack", "Y was involved / implicated in the bombing" (not "involved in the talks",
    "had a role in the negotiations", nor hedged or denied)."""
    lemma = clause.lemma_.lower()
    if lemma in INVOLVING_VERBS:
        if not is_passive(clause):
            return False
        phrases = [clause]
    elif lemma in ("have", "play"):
        parts = [c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() in PART_NOUNS]
        phrases = [clause, *parts]
    else:
        return False
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in clause.children):
        return False
    if lemma in ("have", "play") and len(phrases) == 1:
        return False
    things = [_phrase_object(list(p.children), "prep", "in") for p in phrases]
    return any(t is not None and t.lemma_.lower() in HARMS for t in things)


def _phrase_object(children: list[Token], dep: str, word: str) -> Token | None:
    """The object of the first phrase among ``children`` with dependency ``dep`` and
    preposition ``word`` ("by", "with", "of")."""
    for prep in children:
        if prep.dep_ == dep and prep.lower_ == word:
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def _blame_for_harm(noun: Token) -> bool:
    """True when blame or responsibility named by ``noun`` is for a harm, or for nothing
    named ("the responsibility for the attack", "the fault"; not "responsibility for road
    repairs", nor "no responsibility")."""
    if any(c.lower_ == "no" for c in noun.children):
        return False
    fors = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children]
    return not fors or any(g.dep_ == "pobj" and g.lemma_.lower() in HARMS for g in fors)


def _carries_blame(clause: Token) -> bool:
    """True for a clause whose subject bears the blame ("Y must shoulder the blame"), or the
    responsibility for a harm ("Y bears responsibility for the attack"; not "bears no
    responsibility", nor a duty: "carries responsibility for road repairs")."""
    for obj in clause.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in CARRIED_BLAME:
            continue
        if any(c.lower_ == "no" for c in obj.children):
            return False
        if obj.lemma_.lower() == "blame":
            return True
        fors = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children]
        return not fors or any(g.dep_ == "pobj" and g.lemma_.lower() in HARMS for g in fors)
    return False


def _broke_word(clause: Token) -> bool:
    """True for a clause that says its subject broke a promise or pledge: "the government
    had broken its promise to farmers", "reneged on its pledge", "had not kept its promises"
    (a promise kept, "had kept its word", blames no one)."""
    lemma = clause.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in clause.children)
    if lemma in BREAKING_VERBS and not negated:
        words = [c for c in clause.children if c.dep_ == "dobj"]
        words += [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "on"
                  for o in p.children if o.dep_ == "pobj"]
    elif lemma in KEEPING_VERBS and negated:
        words = [c for c in clause.children if c.dep_ == "dobj"]
    else:
        return False
    return any(w.lemma_.lower() in PROMISE_NOUNS for w in words)


def _acted_reverse(reverse: str | None) -> bool:
    """True for a reversed code (the other side's act) that is done, not said by the
    sentence itself: "will receive aid from X" is X's giving to come, but "anyone with
    information should call police" is the police's appeal (0214), made by saying it."""
    return reverse is not None and reverse[:2] not in SPOKEN_ROOTS


def announced(verb: Token, own_words: bool = True) -> str | None:
    """How ``verb`` is announced rather than done: ``intended`` for a future auxiliary ("will
    give"), "is going to", an infinitive of "ready / willing / prepared to" (also through one
    governing infinitive: "will continue to send"), and, in a clause someone reports with
    ``own_words``, a conditional or modal ("said it would send", "said it may halt");
    ``hypothetical`` for a modal elsewhere ("the talks could collapse"), also in the passive
    ("a deal will be signed"); None for an act done or a perfect ("would have sent")."""
    tok = verb
    if obliged_or_able(verb):
        return HYPOTHETICAL
    if announced_plan(verb) is not None or decided_act(verb) is not None:
        return INTENDED  # "announced plans to impose tariffs", "a U.S. move to impose tariffs"
    for _ in range(3):
        auxes = shared_auxiliaries(tok)
        if any(c.lemma_ == "have" for c in auxes):
            return None
        if any(c.lower_ in FUTURE_AUX for c in auxes):
            return INTENDED
        if any(c.lower_ in HEDGE_AUX for c in auxes):
            if any(c.lower_ in POSSIBILITY_AUX for c in auxes) and not _speaker_acts(tok):
                return HYPOTHETICAL  # "China could blockade Taiwan, a report warned"
            return INTENDED if own_words and reported_clause(tok) else HYPOTHETICAL
        causer = caused_by(tok)
        if causer is not None:
            tok = causer  # "could face fines and have their assets frozen": as the causer
            continue
        if tok.dep_ != "xcomp" or tok.head == tok:
            return None
        head = tok.head
        if head.lemma_ == "go" and head.tag_ == "VBG" or head.lower_ in INTENT_ADJECTIVES:
            return INTENDED
        if head.pos_ not in ("VERB", "AUX"):
            return None
        tok = head
    return None


CAUSATIVE_VERBS = frozenset({"have", "get", "see"})
"""Verbs whose object's participle is what befalls the subject ("have their licences
suspended", "saw its accounts frozen")."""


def caused_by(verb: Token) -> Token | None:
    """The causative verb whose object's participle ``verb`` is ("could face fines and have
    their assets *frozen*", "may see their licences *suspended*"), or None."""
    if verb.tag_ != "VBN":
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "dobj":
        head = head.head
    elif verb.dep_ != "ccomp":
        return None
    return head if head.lemma_ in CAUSATIVE_VERBS and head.pos_ in ("VERB", "AUX") else None


def _speaker_acts(verb: Token) -> bool:
    """True when the subject of ``verb``'s clause is a pronoun (the speaker speaking of
    itself: "Russia said it may halt gas deliveries"), or a subject of its own is missing; a
    clause about another, named ("the ministry said Russia may halt gas deliveries"), says
    what that other might do, unless it makes the act conditional on something (a threat
    or offer made on the other's behalf)."""
    subj = own_subject(verb)
    return subj is None or subj.pos_ == "PRON" or _conditional(verb)


def _conditional(verb: Token) -> bool:
    """True when ``verb`` has an "if" or "unless" clause: what an actor may do if another
    does something is a conditional threat or offer made for it ("the EU may halt its
    mediation if the talks founder, the Dutch minister said")."""
    return bool(condition_clauses(verb))


def shared_auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries of ``verb``, or, for a verb coordinated with another that has neither
    a subject nor an auxiliary of its own, those of the first verb ("will detain and deport
    anyone": deport is as future as detain)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    head = verb.head
    if auxes or verb.dep_ != "conj" or head == verb or head.pos_ not in ("VERB", "AUX"):
        return auxes
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return auxes
    shared = [c for c in head.children if c.dep_ in ("aux", "auxpass") and c.lower_ != "to"]
    if verb.tag_ == "VBP" and any(c.tag_ == "MD" for c in shared):
        # the base form the tagger read as a present after a modal ("could face fines and
        # have their assets frozen")
        return shared
    if verb.tag_ not in ("VB", "VBN"):
        return auxes  # a tense of its own: "would not say more, but condemned the attack"
    return shared


def obliged_or_able(verb: Token) -> bool:
    """True when ``verb`` says what someone must, has to or is able to do, not what they
    did: "must release", "ought to withdraw", "has to / needs to pay", "is able to send",
    "capable of attacking". In the past the act was done ("police had to arrest three men",
    "was / have been able to send")."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in MUST_AUX for c in verb.children):
        return True
    head = verb.head
    if head == verb:
        return False
    if verb.dep_ == "xcomp" and head.pos_ == "VERB" and head.lemma_.lower() in ASPECT_VERBS:
        return obliged_or_able(head)  # "must keep supplying weapons", "has to continue to send"
    infinitive = to_infinitive(verb)
    if verb.dep_ != "xcomp" or not infinitive:
        # "capable of attacking": the gerund under "of" under the adjective
        return verb.dep_ == "pcomp" and head.lower_ == "of" and head.head.lower_ in ABLE_WORDS
    if head.lower_ in MUST_AUX:  # "ought to withdraw" (the parser's head)
        return True
    if head.lemma_ in ("have", "need") and head.pos_ in ("VERB", "AUX"):
        return head.tag_ != "VBD"
    if head.lower_ in ABLE_WORDS:
        copula = head.head if head.dep_ == "acomp" else head
        tenses = [copula] + [c for c in copula.children if c.dep_ in ("cop", "aux")]
        return not any(t.tag_ == "VBD" or t.lemma_ == "have" for t in tenses)
    return False


# verbs whose complement clause is someone's report or claim
REPORT_VERBS = frozenset(
    """
    say tell claim report allege assert announce state declare add insist confirm reveal
    disclose note write suggest indicate argue contend maintain testify acknowledge admit
    explain stress emphasise emphasize reiterate repeat warn accuse blame charge believe
    think suspect estimate conclude find show
    """.split()
)
# verbs whose complement clause is denied
DENY_VERBS = frozenset("deny refute dispute dismiss rebut disavow".split())
# verbs whose complement clause may or may not happen
HYPOTHETICAL_VERBS = frozenset(
    """
    fear hope expect predict speculate wonder doubt worry risk imagine question ask consider propose
    persuade convince encourage urge pressure lobby invite press push beg implore appeal
    challenge
    """.split()
)
# adjectives whose infinitive may or may not happen ("are unlikely to cut off supplies")
LIKELIHOOD_WORDS = frozenset("likely unlikely possible impossible probable improbable liable".split())
# predicates whose infinitive is planned, not done ("is set to deploy", "is due to deliver")
SCHEDULED_WORDS = frozenset("set due poised scheduled slated about".split())
# verbs of saying whose bare-form clause is a proposal ("suggested the two countries
# coordinate", "recommended that the city close the plant")
PROPOSING_VERBS = frozenset("suggest recommend".split())
# verbs whose complement clause is a plan or an aim of the subject
# (not "agree" nor "decide": "agreed to lift the ban", "decided to ease the curfew" are the
# yielding act itself, as CAMEO's 08 codes read them)
INTENT_VERBS = frozenset(
    "plan intend want seek aim prepare wish offer pledge promise vow volunteer undertake".split()
)
# verbs that tell someone to do something: their infinitive is an instruction, not a report
# ("told the police to arrest the looters", "ordered the army to withdraw")
DIRECTIVE_VERBS = frozenset("tell warn order instruct direct command advise remind".split())
# nouns whose complement is someone's report ("reports of an attack", "claims that …")
REPORT_NOUNS = frozenset("report claim allegation accusation rumor rumour assertion".split())
# nouns that sum up someone's accusation ("…, a charge Kabul denies")
CHARGE_NOUNS = REPORT_NOUNS | {"charge", "accusation", "allegation"}
# nouns whose complement is what someone wants done, not done ("its demand that Israel lift
# the blockade", "a call for Serbia to withdraw")
DEMAND_NOUNS = frozenset("demand call appeal request plea ultimatum proposal petition insistence".split())
# adverbs and adjectives that attribute an act ("allegedly attacked", "the alleged attack")
REPORTED_MARKERS = frozenset(
    """
    allegedly reportedly purportedly supposedly apparently alleged reported purported suspected
    claimed
    """.split()
)
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# marks of a complement clause that is a yes/no question ("asked whether / if …")
YES_NO_MARKS = frozenset({"if", "whether"})
# deps through which a clause hangs under a verb that governs it
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "pcomp", "conj", "csubj", "prep", "pobj", "acl"})
# statements and appeals: a sentence that states them makes them
SPOKEN_ROOTS = frozenset({"01", "02"})
STRENGTH = {ASSERTED: 0, REPORTED: 1, INTENDED: 2, HYPOTHETICAL: 3, DENIED: 4}


def stronger(a: str, b: str) -> str:
    """The stronger of two modalities (denied > hypothetical > intended > reported > asserted)."""
    return a if STRENGTH[a] >= STRENGTH[b] else b


def _that_clause(clause: Token) -> bool:
    """True for a clause opened by "that" as its conjunction with a subject of its own (not a
    relative "that" standing for the noun: "reports that rebels shelled the city")."""
    kids = list(clause.children)
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in kids) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which", "who") for c in kids)


def reported_clause(tok: Token) -> bool:
    """True when ``tok``'s clause is someone's reported words: the complement of a verb of
    saying, or a clause before one ("X attacked Y, the ministry said")."""
    return _governing(tok) == REPORTED


@token_memo("events.coding.clause-modality")  # (each verb settled again after nesting)
def clause_modality(tok: Token) -> str:
    """The modality the clause structure around ``tok`` (a verb or an event noun) gives."""
    if any(c.lower_ in REPORTED_MARKERS and c.dep_ in ("advmod", "amod") for c in tok.children):
        return REPORTED
    if _asked_outright(tok) or any(c.lower_ in SELDOM_WORDS and c.dep_ == "advmod" for c in tok.children):
        # "Will Beijing invade Taiwan?", "Did troops shell the plant?": a question states
        # nothing; "Pakistan seldom arrests militants": a habit, no act
        return HYPOTHETICAL
    modality = _governing(tok)
    if modality == ASSERTED and _according_to(tok):
        return REPORTED
    return modality


SELDOM_WORDS = frozenset({"seldom", "rarely"})
"""Adverbs of frequency that say an act is hardly ever done: no act is told ("barely held
the town" and "scarcely had troops entered" tell acts that were done)."""
QUESTION_AUX = frozenset({"aux", "auxpass"})


def _asked_outright(verb: Token) -> bool:
    """True when ``verb`` is the main verb of a yes/no question ("Will Beijing invade Taiwan?",
    "Did troops shell the plant?", "Has Iran enriched uranium?"): the sentence ends with a
    question mark and an auxiliary of ``verb`` stands first, before its subject. A question
    with a question word ("Why did Israel strike ...?") presupposes its act, and is left to
    the other readings."""
    if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX") or "?" not in word_set(verb.doc):
        return False
    sent = verb.sent
    last = next((t for t in reversed(sent) if not t.is_space and t.text not in ('"', "”", "'")), None)
    if last is None or last.text != "?":
        return False
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    subject = own_subject(verb)
    return (
        first is not None and subject is not None and first.i < subject.i
        and (first.dep_ in QUESTION_AUX and first.head == verb or first == verb and verb.pos_ == "AUX")
    )


def settle(verb: CodedVerb) -> None:
    """Give each candidate of ``verb`` the stronger of its verb's and its clause's
    modality. A code of speech the verb's own reading made ("will attack" -> threaten 138)
    stays asserted in its actor's own reported words ("X said it will attack")."""
    clause = clause_modality(verb.tok)
    if verb.match.how in ("announced", "demand") and clause == REPORTED:
        subj = own_subject(verb.tok)
        if subj is None or subj.pos_ == "PRON":
            clause = ASSERTED
    # "the councillor said she agrees with the mayor", "the ministry said it condemns the
    # strike": a speech act in the present tense of the speaker's own reported words is done
    # by saying them (not "said he had criticised it last year", a past act reported)
    own_speech = clause == REPORTED and _said_of_self_now(verb.tok)
    for cand in verb.cands:
        said = ASSERTED if own_speech and cand.code[:2] in SPOKEN_ROOTS else clause
        cand.modality = stronger(cand.modality, said)


SPOKEN_ROOTS = frozenset({"01", "02", "05", "11", "12"})
"""Roots of acts done by saying so: statements, appeals, praise and thanks, criticism,
rejection."""
SELF_PRONOUNS = frozenset({"i", "we", "he", "she", "it", "they"})


def _said_of_self_now(verb: Token) -> bool:
    """True for a verb in the present tense (no auxiliary) whose subject is a pronoun, in a
    clause a verb of saying reports: the speaker speaking of their own act now."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subj = own_subject(verb)
    return subj is not None and subj.lower_ in SELF_PRONOUNS and reporting_verb(verb) is not None


def reporting_verb(tok: Token) -> Token | None:
    """The verb of saying whose reported words hold ``tok``'s clause ("two men were arrested,
    deputies said" -> said), or None."""
    cur = tok
    for _ in range(8):
        head = cur.head
        if cleft(cur):
            cur = head.head  # "said it was the driver who shot him": read on above "was"
            continue
        if head == cur or cur.dep_ == "relcl":
            return None
        if cur.dep_ in ("ccomp", "csubj", "parataxis") and head.lemma_.lower() in REPORT_VERBS:
            return head
        if cur.dep_ not in CLAUSE_DEPS:
            return None
        cur = head
    return None


def _according_to(tok: Token) -> bool:
    """True when ``tok``'s clause (or the sentence's main verb) says "according to X"."""
    if "according" not in word_set(tok.doc):
        return False  # (most documents say no "according")
    heads = [tok]
    root = tok
    for _ in range(8):
        if root.head == root:
            break
        root = root.head
    heads.append(root)
    return any(c.dep_ == "prep" and c.lower_ == "according" for h in heads for c in h.children)


def _governing(tok: Token) -> str:
    """The modality the nearest verb (or report noun) governing ``tok``'s clause gives. A
    participle on a noun is stated as a fact ("hoped the sentence imposed on him would
    deter", "rejected a call to free activists detained in X"): above it only a report
    counts ("said the deal signed by X …" is reported)."""
    # "after an EU move last month to raise duties", hung on the verb before it: read
    # from the move's noun
    step = decided_act(tok) if tok.dep_ == "advcl" else None
    cur = step or tok
    adverbial = False  # crossed a clause of time or cause ("while officials investigate")
    described = False  # crossed a participle on a noun
    for _ in range(8):
        head = cur.head
        if head == cur:
            break
        reading = _clause_reading(cur, head, adverbial)
        if reading is not None and (not described or reading == REPORTED):
            return reading
        dep = cur.dep_
        if dep == "advcl" and any(m.dep_ == "mark" and m.lower_ != "for" for m in cur.children):
            adverbial = True
        if dep == "relcl":
            if _anyone(head, cur):
                return HYPOTHETICAL  # "will arrest anyone who protests": no one in particular
            if not cleft(cur):
                break  # a relative clause is stated by the narrator ("troops, who attacked …")
            cur = head.head  # "said it was soldiers who fired": read on above "was"
            continue
        if dep == "acl" and cur.tag_ == "VBN" and cur.i > head.i:
            described = True
        if dep not in CLAUSE_DEPS and dep not in ("dobj", "oprd", "attr", "nsubjpass", "nsubj", "appos"):
            break
        cur = head
    return ASSERTED


ANYONE_WORDS = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever", "whomever", "nobody"})
"""Pronouns for no one in particular: a relative clause on them tells what anyone would do
("whoever fires on soldiers will pay"), not what someone did."""
ANY_DETERMINERS = frozenset({"any", "no"})
EVERY_DETERMINERS = frozenset({"every", "each"})
FINITE_PRESENT = frozenset({"VBZ", "VBP"})


def _anyone(noun: Token, clause: Token) -> bool:
    """True when the relative clause ``clause`` on ``noun`` describes no one in particular:
    ``noun`` is "anyone", "whoever", "no one" ..., has "any" or "no" ("any country that
    attacks Iran"), or "every"/"each" with a clause in the present tense or with a modal
    ("every citizen who joins the rebels"; "every soldier who deserted" may be those who did)."""
    word = noun.lower_
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    if word in ANYONE_WORDS or (word == "one" and "no" in dets) or dets & ANY_DETERMINERS:
        return True
    if not dets & EVERY_DETERMINERS:
        return False
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    return clause.tag_ in FINITE_PRESENT or modal


def _clause_reading(cur: Token, head: Token, adverbial: bool) -> str | None:
    """The modality the link from clause ``cur`` to ``head`` gives (None: none)."""
    dep = cur.dep_
    if dep == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in cur.children):
        return HYPOTHETICAL
    if dep == "advcl" and not adverbial and _purpose(cur) and (head.lemma_.lower() in INTENT_VERBS
                                                               or pledged(head)):
        # "vowed on Sunday to fight X": the infinitive the parser hung as a purpose is the
        # vow's content, promised and not done (so is "look forward to continue cooperating")
        return INTENDED
    if dep == "advcl" and _purpose(cur) and _dispatched_force(cur, head):
        # "Russia moved troops to the border to attack Ukraine": forces are sent to fight,
        # which they have not yet done
        return INTENDED
    if dep == "advcl" and _purpose(cur) and head.pos_ in ("VERB", "AUX"):
        # "will visit X next month to meet Y": the aim of an announced act is as announced
        aim = announced(head)
        if aim is not None:
            return aim
    if dep in ("ccomp", "csubj") and _asks(cur):
        # "would not say whether he would meet X", "asked if troops had crossed",
        # "whether talks will resume is unclear": an open question states nothing
        return HYPOTHETICAL
    if dep == "prep" and cur.lower_ == "against" and head.lemma_.lower() in WARN_VERBS | ADVISE_VERBS:
        # "warned Poland against closing the border": what one is warned against is not done
        return HYPOTHETICAL
    if dep == "prep" and cur.lower_ == "from" and head.lemma_.lower() in BARRING_VERBS and _gerund(cur):
        # "was banned from speaking to his neighbours", "prevented the gunmen from entering":
        # what one is kept from doing is not done
        return HYPOTHETICAL
    if dep in RULED_OUT_DEPS and head.lemma_.lower() == "rule" and _ruled_out(head):
        # "ruled out recognising Kosovo", "ruled out any talks with the rebels": excluded,
        # not done
        return DENIED
    if dep in ("ccomp", "xcomp") and head.lemma_.lower() in PERMIT_VERBS and _withheld(head):
        # "did not let the inspectors visit the plant", "refused to let the envoy visit
        # Gaza", "would not allow the minister to meet X": what is not let happen did not
        return DENIED
    if dep in ("ccomp", "xcomp", "csubj", "pcomp", "oprd", "prep") and head.pos_ in ("VERB", "AUX"):
        found = _verb_class(head, cur)
        if found is not None:
            return found
    if dep == "dobj" and head.lemma_.lower() in OBJECT_CONTROL and _acts_in_of_phrase(cur):
        # "accused China's coast guard of firing ...", the "of" phrase parsed onto the
        # object: what the object is accused of is still the accusation's content
        found = _verb_class(head, cur)
        if found is not None:
            return found
    if head.pos_ == "NOUN" and head.lemma_.lower() in REPORT_NOUNS and (
            dep in ("prep", "acl", "ccomp") or (dep == "relcl" and _that_clause(cur))):
        # (a "that" clause the parser took for a relative one: "reports that rebels shelled
        # the city could not be confirmed")
        return DENIED if _report_denied(head) else REPORTED
    if dep == "prep" and head.lemma_.lower() in OUTLOOK_WORDS and _gerund(cur):
        # "hopeful about reopening the border", "confident of resuming talks": what one
        # is hopeful or worried about doing is not done
        return HYPOTHETICAL
    if dep == "prep" and cur.lower_ == "to" and pledged(head) and _gerund(cur):
        # "looks forward to working with the county board", "is committed to helping Sudan":
        # what one looks forward or is committed to doing is to come, not done
        return INTENDED
    if dep == "prep" and _suspected_ground(cur, head):
        # "police arrested a man for robbing a store", the "for" hung on the man
        return REPORTED
    if dep == "prep" and head.lemma_.lower() in SUSPICION_NOUNS and _gerund(cur):
        # "arrested on suspicion of assaulting her husband": suspected, not found
        return REPORTED
    if head.pos_ == "NOUN" and _charges(head, dep):
        # "arraigned on charges (that) he assaulted a girl": what a charge says is alleged
        return REPORTED
    if dep == "xcomp" and head.pos_ == "ADJ" and head.lemma_.lower() in LIKELIHOOD_WORDS:
        return HYPOTHETICAL
    if dep == "ccomp" and _likelihood_of(head):
        # "it was unlikely that Hungary would host the summit", "it is possible that Serbia
        # will recognise Kosovo": a forecast, no act
        return HYPOTHETICAL
    if dep == "xcomp" and head.lower_ in SCHEDULED_WORDS and to_infinitive(cur):
        # "is set to deploy police", "is due to deliver tanks", "are scheduled to meet": planned
        return INTENDED
    if dep in ("acl", "ccomp", "advcl") and not adverbial and wanted(cur):
        return HYPOTHETICAL
    return None


OUTLOOK_WORDS = frozenset(
    """
    optimistic pessimistic hopeful confident sceptical skeptical doubtful worried anxious nervous
    fearful wary upbeat bullish bearish optimism pessimism hope fear worry doubt scepticism
    skepticism prospect chance open receptive amenable averse keen
    """.split()
)
"""Adjectives and nouns of an outlook on what may come: the act in their "about"/"of"/"to"
phrase is hoped for, feared or welcome, not done ("hopeful about reopening the border
crossing", "hopes of reopening the border", "open to meeting the union leaders")."""
COMMITTED_WORDS = frozenset({"commit", "committed", "dedicate", "dedicated"})
"""Words whose "to" phrase with a gerund is an undertaking ("committed to helping Sudan")."""


def pledged(head: Token) -> bool:
    """True when ``head`` is "look forward" (its "to" phrase hung on "look" or on "forward")
    or "committed / dedicated": a "to" gerund under it is what someone means to do."""
    word = head.lemma_.lower()
    if word == "look":
        return any(c.lower_ == "forward" for c in head.children)
    if word == "forward":
        return head.head.lemma_.lower() == "look"
    return word in COMMITTED_WORDS


REJECT_VERBS = DENY_VERBS | {"reject"}
"""Verbs that deny the report, claim or accusation that is their object."""


def _report_denied(noun: Token) -> bool:
    """True when the report noun ``noun`` is the object of a verb of denial that is not itself
    negated ("dismissing accusations that the minister had harassed reporters", "rejected
    claims that its soldiers shot protesters"): the accusation's content is denied."""
    verb = noun.head
    return (noun.dep_ == "dobj" and verb.lemma_.lower() in REJECT_VERBS
            and not _not_denied(verb))


def _likelihood_of(head: Token) -> bool:
    """True when ``head`` is a likelihood adjective ("possible") or a copula with one as its
    complement ("it was *unlikely* that ..."), on which a "that" clause hangs."""
    if head.pos_ == "ADJ":
        return head.lemma_.lower() in LIKELIHOOD_WORDS
    return head.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in LIKELIHOOD_WORDS for c in head.children)


RULED_OUT_DEPS = frozenset({"advcl", "xcomp", "ccomp", "dobj", "pcomp"})


def _ruled_out(verb: Token) -> bool:
    """True when ``verb`` ("rule") has the particle "out" and is not itself negated ("did not
    rule out meeting X" leaves the meeting open)."""
    return (any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
            and not any(c.dep_ == "neg" for c in verb.children))


PERMIT_VERBS = frozenset({"let", "allow", "permit"})
"""Verbs of letting someone act, whose clause is not done when they are negated or refused."""


def _withheld(verb: Token) -> bool:
    """True when a verb of letting is negated ("did not let", "will not allow") or refused
    ("refused / failed / declined to let")."""
    return any(c.dep_ == "neg" for c in verb.children) or is_failed(verb)


def _acts_in_of_phrase(obj: Token) -> bool:
    """True when an "of"/"for" phrase on the object ``obj`` holds a verb ("the coast guard of
    firing ...")."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "for") and any(g.dep_ == "pcomp" for g in c.children)
               for c in obj.children)


SUSPECTING_VERBS = frozenset(
    "arrest detain indict arraign book question investigate probe prosecute apprehend sue cite".split()
)
"""Verbs of police, prosecutors and plaintiffs whose "for" or "over" gerund is what they
suspect or allege someone did ("was detained for threatening a driver")."""
GROUND_PREPS = frozenset({"for", "over"})
SUSPICION_NOUNS = frozenset({"suspicion"})


def _suspected_ground(prep: Token, noun: Token) -> bool:
    """True for a "for" / "over" gerund the parser hung on the object of a suspecting verb
    (:data:`SUSPECTING_VERBS`): "arrested a man *for robbing* a store"."""
    return (
        prep.lower_ in GROUND_PREPS
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in SUSPECTING_VERBS
        and _gerund(prep)
    )


def _gerund(prep: Token) -> bool:
    """True when preposition ``prep`` heads a verb ("from *speaking* to X"), not a noun."""
    return any(c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX") for c in prep.children)


def _charges(noun: Token, dep: str) -> bool:
    """True when a clause hanging on ``noun`` by ``dep`` is the content of a criminal charge:
    "charges (that) he stole a truck" (a clause on "charge"), "charges of defrauding
    clients" (a phrase on "charges"; not "in charge of running the jail")."""
    if noun.lemma_.lower() != "charge":
        return False
    return dep in ("acl", "ccomp") or (dep == "prep" and noun.tag_ == "NNS")


DISPATCH_VERBS = frozenset("send deploy dispatch move mass station mobilize mobilise redeploy".split())
"""Verbs of sending forces, whose purpose is yet to be done."""
FIGHTING_VERBS = frozenset("fight attack battle strike bomb shell invade raid storm crush kill".split())
"""Verbs of fighting that forces are sent to do ("sent troops to fight the rebels")."""


def _dispatched_force(clause: Token, head: Token) -> bool:
    """True for fighting (:data:`FIGHTING_VERBS`) that is the purpose of sending forces
    (:data:`DISPATCH_VERBS`): "Rwanda sent troops to Mozambique to fight insurgents"."""
    return clause.lemma_.lower() in FIGHTING_VERBS and head.lemma_.lower() in DISPATCH_VERBS


def _purpose(clause: Token) -> bool:
    """True for an infinitive of purpose ("to meet Y", "in order to sign")."""
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)


def _asks(clause: Token) -> bool:
    """True for a clause opened by "whether" or "if" (a yes/no question)."""
    return any(m.dep_ == "mark" and m.lower_ in YES_NO_MARKS for m in clause.children)


def wanted(clause: Token) -> bool:
    """True when ``clause`` (a verb) is what someone wants done, not a thing done: a "for Y to
    Z" clause ("a call for Serbia to withdraw", "it is time for Russia to leave"), or the
    complement of a demand noun, also when the parser hangs it on the noun's verb ("renewed
    its demand that Israel lift the blockade")."""
    marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "aux")}
    if {"for", "to"} <= marks:
        return True
    head = clause.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in DEMAND_NOUNS:
        return True
    return "that" in marks and any(
        c.dep_ == "dobj" and c.lemma_.lower() in DEMAND_NOUNS and c.i < clause.i for c in head.children
    )


def _subjunctive(clause: Token) -> bool:
    """True for a clause in the bare form with a subject of its own and no auxiliary ("that
    the ministry *review* its decision"; the tagger reads it as a present after a plural,
    "the two countries *coordinate*"): what someone proposes, not what is."""
    return (clause.dep_ == "ccomp" and clause.tag_ in ("VB", "VBP")  # (plural: "they coordinate")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in clause.children))


def _denies_a_charge_named(verb: Token, clause: Token) -> bool:
    """ "Islamabad blames Kabul for sheltering the fighters, a charge Kabul denies": the verb
    denies a charge named between it and the clause the parser hung on it, which the charge
    sums up; that clause (the blaming) is the narrator's, not the denied thing."""
    if clause.i > verb.i:
        return False
    between = verb.doc[clause.right_edge.i + 1 : verb.i]
    return any(t.lemma_.lower() in CHARGE_NOUNS and verb in (t.head, t.head.head) for t in between)


def _not_denied(verb: Token) -> bool:
    """True when a verb of denial is itself negated: "did not deny", or the "nor" of
    "neither confirmed nor denied"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in verb.head.children)


def _verb_class(head: Token, clause: Token) -> str | None:
    """The modality a governing verb gives its complement ``clause`` (None: none). The
    verb is known by its lemma or, for a lemmatizer slip ("hopes" -> "hop"), by the regular
    stems of its written form."""
    lemmas = {head.lemma_.lower(), *stems(head.lower_)}
    if lemmas & DENY_VERBS:
        if _denies_a_charge_named(head, clause):
            return None
        # "neither confirmed nor denied that …", "did not deny that …": not denied, not told
        return HYPOTHETICAL if _not_denied(head) else DENIED
    if lemmas & NAMING_VERBS and any(c.lower_ == "what" for c in head.children):
        return REPORTED  # "what it called an attack": the label is the speaker's
    if lemmas & HYPOTHETICAL_VERBS:
        return HYPOTHETICAL
    if lemmas & INTENT_VERBS and clause.dep_ == "xcomp":
        return INTENDED
    if lemmas & DIRECTIVE_VERBS and plain_infinitive(clause):
        return HYPOTHETICAL
    if lemmas & PROPOSING_VERBS and _subjunctive(clause):
        return HYPOTHETICAL  # "suggested the two countries coordinate": proposed, not done
    if lemmas & REPORT_VERBS:
        return REPORTED
    if lemmas & SUSPECTING_VERBS and clause.lower_ in GROUND_PREPS and _gerund(clause):
        # "was arrested for stabbing a classmate", "indicted over beating a suspect": what
        # one is held or tried for is suspected, not found (not "sentenced for killing")
        return REPORTED
    return None
