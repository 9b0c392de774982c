"""The CAMEO coder: a small orchestrator of stages on spaCy's dependency parse.

Per sentence, after the discard check and the actor scan (:mod:`events.coding.actors`):

1. matching (:mod:`events.coding.verbs`): each verb's dictionary form and best pattern;
2. modality (:mod:`events.coding.modality`): negation, refusal, demands, announcements;
3. roles (:mod:`events.coding.roles`): sources and targets, candidate events;
4. nominal events (:mod:`events.coding.nominal`): "clashes between A and B", "sanctions on X";
5. nesting (:mod:`events.coding.nested`): verbs governing other coded verbs;

then the output filter (an actor on some side, both with ``require_dyad``), the sentence's
country for role-only actors, and per document the draft-evasion rule
(:mod:`events.coding.draft`). What each switch does is in :class:`CoderOptions`;
:data:`PETRARCH2` reproduces PETRARCH-2's reading for its own test records.

The coder never raises on a sentence: a failure goes to the stage-error hook
(:func:`events.stages.stage_failed`: recorded on the article, logged once, raised when stage
errors are set to raise) and the sentence is skipped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging

from spacy.tokens import Doc, Span, Token

from events.cameo import split_actor_code
from events.coding.actors import (
    PARTY,
    Actor,
    ActorFinder,
    Mention,
    find_mentions,
    is_country_name,
    local_government,
    names_aged_person,
    names_local_body,
    names_person,
    phrase_places,
    warm_place_names,
)
from events.coding.annulments import (
    annulled_acts,
    invalid_acts,
    refused_requests,
    refused_undoings,
    rejected_budgets,
    ruled_invalid,
    stray_acts,
)
from events.coding.background import (
    CLAUSE_DEPS,
    CONTENT_DEPS,
    class_participle,
    custody_participle,
    dated_before,
    done_before,
    judged_deed,
    names_day,
    position_participle,
    since_anchor,
    status_holder,
    status_participle,
)
from events.coding.claims import claimed_acts
from events.coding.conditions import conditional_targets
from events.coding.confidence import ConfidenceModel, features
from events.coding.confrontations import confronted_doers, defenders_as_targets
from events.coding.dictionaries import Dictionaries
from events.coding.disputes import political_fights, striving
from events.coding.draft import code_draft_evasion
from events.coding.feelings import felt_judgements, own_musings
from events.coding.forces import craft_flights, fire_taken, force_as_modifier, force_senses, verbal_attacks
from events.coding.inquiries import authority_raids, inquiry_kinds, investigated_doers, studied_topics
from events.coding.measures import banned_goods, measure_owners, opposed_measures, taxed_goods
from events.coding.memory import ArticleMemory, names_held_pronoun
from events.coding.modality import ANYONE_WORDS, DEMAND_CODE, INTENT_ROOT, ModalityReader, must, settle
from events.coding.nested import (
    Nesting,
    aided_parties,
    allegations,
    evaluations,
    fraud_claims,
    naming_verdict,
    prompted_reactions,
    purpose_targets,
)
from events.coding.nominal import BATCH_NOUNS, NounEvents
from events.coding.officials import official_protests, summoning_ministries
from events.coding.options import NEWS, PETRARCH2, CoderOptions
from events.coding.owned import owned_forces
from events.coding.parts import (
    MEDIATION_CODES,
    PARTNER_CODES,
    STATEMENT_CODE,
    VIOLENT_ROOTS,
    Candidate,
    CodedVerb,
    Match,
    actor_types,
)
from events.coding.reactions import judged_acts
from events.coding.repression import (
    MISSION_NOUNS,
    labour_strikes,
    protest_sides,
    repression_harms,
    threatened_strikes,
    violent_protests,
)
from events.coding.roles import (
    ATTEMPT_NOUNS,
    COURT_ACTS,
    MEDIATION_CODE,
    Antecedent,
    RoleFinder,
    Unclaimed,
    announced_plans,
    antecedents,
    building_sources,
    claimed_attacks,
    claimed_before,
    court_orders,
    deployed_forces,
    inherit_agentless,
    joint_exercises,
    later_claimant,
    mediated_parties,
    natural_force,
    ordinary_killings,
    own_policing,
    part_subjects,
    peaceful_causes,
    police_appeals,
    policing_causes,
    private_violence,
    quoted_speakers,
    reporters_conjuncts,
    third_party_truces,
)
from events.coding.senses import (
    RELEASE_CODE,
    accidental_deaths,
    admitted_refugees,
    aimed_at_things,
    announced_aid_objects,
    charged_money,
    crowds_dispersing,
    fired_people,
    game_plays,
    going_senses,
    hosted_occasions,
    joined_partners,
    party_expulsions,
    private_meals,
    reached_places,
    reflexive_acts,
    released_things,
    retorts,
    scored_games,
    snatched_things,
    sought_people,
    verbal_lashings,
    weighed_on,
    welcomed_into,
    welcomed_visitors,
)
from events.coding.syntax import (
    announced_plan,
    decided_act,
    in_phrase,
    is_naming,
    is_passive,
    to_infinitive,
)
from events.coding.text import norm_word
from events.coding.threats import clause_threats, defended_victims
from events.coding.verbs import VerbMatcher, forms_of, small_clause
from events.coding.words import same_paragraph, words_of
from events.models import CodedEvent
from events.stages import stage_failed

log = logging.getLogger(__name__)

__all__ = ["NEWS", "PETRARCH2", "Coder", "CoderOptions"]

MAX_SENTENCE_TOKENS = 400
# the CAMEO roots of verbal acts (statements … threats): 01-05 and 10-13
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})
AID_APPEALS = "023"
THIRD_PERSONS = frozenset({"he", "she", "they"})
# economic cooperation (060, 061) is with someone: with no partner named, selling, buying and
# investing are business, not an event ("investors invest less", "he sells ice cream")
PARTNERLESS_TRADE = frozenset({"060", "061"})
# pessimistic and optimistic comments (012, 013: hopes, fears, worries, gloomy forecasts) and
# the actor types of those whose moods about no one are no event: private persons, named or
# not, firms, scientists, doctors, media, farmers ("shoppers fear higher prices", "the family
# is hoping the appeal will raise awareness", "a forecaster warned El Nino could cut the crop")
MOOD_CODES = frozenset({"012", "013"})
PRIVATE_TYPES = frozenset({"CVL", "BUS", "EDU", "MED", "HLH", "AGR"})
# verbs of planning whose bare intent (030) with no one to cooperate with is no event when the
# planned act is none either ("the board plans to publish its report", "she plans to
# retire"); a plan combined with a coded act ("plans to sign the treaty") is that act's intent
PLAN_VERBS = frozenset({"plan", "intend", "propose"})
# adverbs that make a relative clause tell what happened next, not who someone is
CUSTODY_ACTS = COURT_ACTS | {"book", "detain", "hold", "question"}
"""What police and courts do to one brought before them (:func:`_custody_where`)."""
SEQUEL_ADVERBS = frozenset({"later", "then", "subsequently", "afterwards", "afterward", "eventually", "soon"})
INTENT_CODE = "030"
# trade measures imposed or eased (163, 085), which a step taken to do them announces ("a U.S.
# move to impose tariffs", "Beijing's decision to lift its duties")
TRADE_CODES = ("163", "085")
# nouns whose infinitive is their aim, not an event: "their mission to supply the army", "the
# means to operate X", "assistance to support refugees" (the aid is the event)
AIM_NOUNS = frozenset(
    """
    mission task means ability capacity job duty power resources strength
    aid assistance funding funds money grant grants loan loans donation donations contribution
    """.split()
)
# verbs of which an adjective is the predicate ("is grateful", "felt optimistic")
COPULAS = frozenset("be feel remain seem sound appear become stay".split())
# an attempted act of violence is coded ("an attempt to assassinate X was thwarted": 185);
# other attempts ("an attempt to negotiate") stay aims
ATTEMPTED_ROOTS = frozenset({"18", "19", "20"})
# verbs of aiming whose participle after a legal or economic measure says whom the measure
# concerns, not an attack ("sanctions targeting 40 banks", "a law targeting foreign firms")
AIMING_VERBS = frozenset({"target"})
# measures a participle of aiming can describe (on its noun, or on the object of its verb:
# "imposed sanctions on X, targeting …")
MEASURE_NOUNS = frozenset(
    """
    sanction sanctions measure measures package law laws bill legislation policy policies decree
    order regulation regulations rule rules tariff tariffs duty duties restriction restrictions
    ban bans embargo embargoes penalty penalties fine fines curb curbs
    programme program scheme initiative reform reforms amendment directive ordinance
    deployment deployments
    """.split()
)
# freeing someone another side holds is a rescue, not a release by the holder (0841), and
# rescues are not coded ("troops freed hostages held by rebels": the rebels' 181 is)
FREEING_VERBS = frozenset({"free", "liberate", "release", "rescue"})
CAPTIVITY_VERBS = frozenset({"hold", "kidnap", "abduct", "capture", "seize", "take", "snatch"})
CAPTORS = frozenset(
    {"kidnapper", "kidnappers", "captor", "captors", "abductor", "abductors", "hostage-taker"}
)
CAPTIVES = frozenset({"hostage", "hostages", "captive", "captives"})
KIDNAPPED = frozenset({"kidnapped", "abducted", "kidnap", "abduct"})
RESCUERS = frozenset({"COP", "MIL", "SPY"})
# the parts of speech of the tokens a sentence's verbs and event nouns are looked for among
VERB_POS = frozenset({"VERB"})
PREDICATE_POS = frozenset({"VERB", "ADJ"})  # with predicate adjectives (:func:`_predicative`)
NOUN_POS = frozenset({"NOUN", "PROPN"})


class Coder:
    """Codes CAMEO events from parsed documents with a :class:`Dictionaries` set and
    :class:`CoderOptions` (default :data:`NEWS`)."""

    def __init__(self, dicts: Dictionaries, options: CoderOptions = NEWS):
        self.dicts = dicts
        self.options = options
        self.matcher = VerbMatcher(dicts, options)
        self.modality = ModalityReader(dicts, options)
        self.roles = RoleFinder(options)
        self.nouns = NounEvents(self.matcher, self.modality, options)
        self.nesting = Nesting(dicts.verbs, options)
        self.confidence = ConfidenceModel.packaged()
        warm_place_names()  # load the city/country name lists now, not on the first sentence

    # ------------------------------------------------------------ public

    def code(self, doc: Doc, *, when: dt.date | None = None) -> list[CodedEvent]:
        """All events of ``doc`` (never raises for a sentence; failures are logged)."""
        try:
            sentences = list(doc.sents) if len(doc) else []
        except ValueError:  # no sentence boundaries (no parser): one sentence
            sentences = [doc[:]]
        if not sentences:
            return []
        verdicts: list[str | None] = [None] * len(sentences)
        checked = True  # each sentence's discard phrases looked for once, here
        try:
            verdicts = [self._discard(sent) for sent in sentences]
            if "story" in verdicts:
                log.debug("story discarded")
                return []
        except Exception as err:  # noqa: BLE001 - a bad sentence must not stop the document
            stage_failed("coder.discard", err)
            checked = False
        events: list[CodedEvent] = []
        earlier: list[Antecedent] = []  # violent acts of the paragraph so far
        unclaimed: list[Unclaimed] = []  # the sentence before's violent acts with no doer
        # who the sentences so far named, for pronouns and quotes of later ones
        memory = ArticleMemory(functools.partial(self._sentence_finder, when=when))
        for index, sent in enumerate(sentences):
            if index and not same_paragraph(sentences[index - 1], sent):
                earlier = []
                unclaimed.clear()
            memory.enter(sent, last=index == len(sentences) - 1)
            if verdicts[index]:
                continue
            try:
                events.extend(self.code_sentence(sent, index, when=when, earlier=earlier,
                                                 checked=checked, memory=memory, unclaimed=unclaimed))
            except Exception as err:  # noqa: BLE001 - never raise on a sentence
                stage_failed("coder", err, where=f"sentence {index}")
        if self.options.draft_evasion:
            events = code_draft_evasion(sentences, events, functools.partial(self._only_country, when=when))
        return events

    def code_sentence(
        self,
        sent: Span,
        index: int = 0,
        *,
        when: dt.date | None = None,
        earlier: list[Antecedent] | None = None,
        checked: bool = False,
        memory: ArticleMemory | None = None,
        unclaimed: list[Unclaimed] | None = None,
    ) -> list[CodedEvent]:
        """Events of one sentence (may raise; :meth:`code` wraps it). ``earlier`` holds the
        violent acts of the paragraph's previous sentences; this sentence's are added.
        ``unclaimed``: the sentence before's violent acts with no doer, which a claim of
        responsibility in this one gives theirs; replaced by this sentence's.
        ``checked``: the caller has found no discard phrase in ``sent``. ``memory``: who the
        article named before (:mod:`events.coding.memory`), asked only for what the sentence
        names through a pronoun or a quote, and told what this sentence names."""
        if len(sent) < 2 or len(sent) > MAX_SENTENCE_TOKENS or (not checked and self._discard(sent)):
            return []
        mentions = self._mentions(sent)
        if memory is not None and self.options.modality:
            mentions = memory.named_groups(sent, mentions)  # "the group" named before
            mentions = memory.named_countries(sent, mentions)  # "the kingdom" named before
            mentions = memory.named_pair(sent, mentions)  # "the two sides" named before
            mentions = memory.named_persons(sent, mentions)  # "Morales" named before
        if not mentions and not (self.options.local_bodies and names_local_body(sent)) and not (
                self.options.defendants and names_aged_person(sent)) and not (
                memory is not None and self.options.modality and names_held_pronoun(sent)):
            if memory is not None and self.options.modality:
                memory.remember(sent, self._finder(sent, mentions, when), _unchanged)
            return []
        finder = self._finder(sent, mentions, when)
        if self.options.modality:
            finder.memory = memory
        if self.options.owned_forces and (owned := owned_forces(finder)):
            # "Israel said its aircraft struck …": the state's craft are its forces
            finder = self._finder(sent, sorted([*mentions, *owned], key=lambda m: m.start), when)
            finder.memory = memory if self.options.modality else None
        verbs = self._verbs(sent, finder)
        self._settle(verbs)
        if self.options.modality:
            verbs = stray_acts(verbs)  # "delay the school year, ruling out …": no rule
        coded = {v.tok.i for v in verbs if any(self._keep(c) for c in v.cands)}
        self.nesting.drop_reporter_pairs(verbs, coded)
        if self.options.modality:
            clause_threats(verbs)  # "the minister warned that Serbia would recall its envoy"
            # "agreed to host the yearly Riverfest": no visit, and none lent to the agreement
            hosted_occasions(verbs)
            weighed_on(verbs)  # "fears of new sanctions weighed on markets": no one considers
            scored_games(verbs)  # "Manchester United beat Liverpool 2-1": a result, no assault
            crowds_dispersing(verbs)  # "the protesters dispersed": no repression, none reported
            game_plays(verbs)  # "attacked the basket", "threatened in the ninth inning": a game
            aimed_at_things(verbs)  # "invaded the music market", "targeted the protein": no force
            accidental_deaths(verbs)  # "a bus plunged into a ravine, killing 22": no one's act
            welcomed_into(verbs, finder)  # "will welcome eight adults into the faith": no praise
            welcomed_visitors(verbs)  # "welcomed his Kenyan counterpart to Beijing": hosting, 043
            admitted_refugees(verbs)  # "Canada admitted 25,000 refugees": taken in, 075
            announced_aid_objects(verbs)  # "announced a review of the aid package": no aid
            private_meals(verbs)  # "had lunch with his family": no meeting
            opposed_measures(verbs)  # "vowed to veto sanctions against Russia": not Russia
            taxed_goods(verbs)  # "raised taxes on residents": no trade measure
            banned_goods(verbs)  # "Russia banned Georgian wine": an embargo, 163
        if len(verbs) > 1:
            self.nesting.apply(verbs)
            if not self.options.governed_clauses:
                self.nesting.drop_governed(verbs)
            self._settle(verbs)
        if self.options.modality and verbs:
            allegations(verbs)
            fraud_claims(verbs)  # "the opposition said the ruling party rigged the vote": 1121
            evaluations(verbs, finder)
            purpose_targets(verbs)
            aided_parties(verbs, finder)  # "sent troops to help the Somali army": the army
            prompted_reactions(verbs)  # "…, prompting Washington to threaten retaliation": at the doer
            # the actor of violence named before it in the sentence, else an authority
            # reporting its own act, else the actor of violence in the sentence before
            peaceful_causes(verbs)
            policing_causes(verbs)  # "detained once a trucker boxed in his van": not him
            confronted_doers(verbs, finder)  # "were shot when they pulled over a parolee"
            defenders_as_targets(verbs)  # "an officer shot a man who attacked him": the officer
            inherit_agentless(verbs, [])
            court_orders(verbs, finder)
            own_policing(verbs, finder)
            announced_plans(verbs, finder)
            inherit_agentless(verbs, earlier or [], finder)  # "police were called and a man was arrested"
            judged_acts(verbs, earlier or [], finder)  # "Germany condemned the attack": its doer
            quoted_speakers(verbs, finder)
            reporters_conjuncts(verbs, finder)
            part_subjects(verbs, finder)
            political_fights(verbs)  # "clashed with the governor over rates": a dispute
            striving(verbs)  # "doctors fought to save the boy": an effort, no fight
            force_senses(verbs, finder)  # "deployed a fraud detection system": no forces
            released_things(verbs, finder)  # "released a photofit of the suspect": no one
            charged_money(verbs)  # "charged patients $300 for a test": no charge
            going_senses(verbs)  # "a customer walked out with a ticket": no strike
            verbal_attacks(verbs)  # "attacked the president's budget": criticism
            fire_taken(verbs)  # "came under fire from lawmakers": criticism; "from rebels": 193
            craft_flights(verbs)  # "bombers flew near Venezuela's coast": a show of force, no visit
            annulled_acts(verbs, finder)  # "the council overturned the mayor's ban": 120 -> the mayor
            invalid_acts(verbs)  # "the court declared the governor's decree unconstitutional": 120
            refused_requests(verbs)  # "dismissed Israel's request to throw out the case": 120
            rejected_budgets(verbs)  # "rejected cuts to the army's budget": no rejected budget
            ruled_invalid(verbs, finder)  # "a judge ruled that the city's curfew was unlawful": 120
            refused_undoings(verbs)  # "refused to dismiss the department's lawsuit": no 120 on it
            private_violence(verbs)
            ordinary_killings(verbs)  # "gunned down a store clerk": no assassination
            snatched_things(verbs)  # "snatched a woman's purse": theft, no abduction
            fired_people(verbs)  # "the mayor fired two police officers": no shooting
            retorts(verbs)  # "hit back at critics": an answer in words, no force
            verbal_lashings(verbs)  # "lashed the government over prices": criticism
            party_expulsions(verbs)  # "the Labour Party expelled its former leader": 160
            reached_places(verbs)  # "freshmen hit campus in August": no assault
            sought_people(verbs)  # "police seek a missing teenager": a search, no appeal
            reflexive_acts(verbs)  # "handcuffed herself to the gate": done to oneself
            joined_partners(verbs, finder)  # "joined Germany in condemning the test": no target
            repression_harms(verbs)
            violent_protests(verbs)
            labour_strikes(verbs)
            protest_sides(verbs, finder)  # "Thousands rallied outside the US embassy": CVL -> USA
            threatened_strikes(verbs)  # "the nurses union vowed to strike": 133, no attack
            building_sources(verbs)
            claimed_attacks(verbs, finder)
            claimed_acts(verbs)  # "Islamic State claimed the bombing": its bombing, a claim
            police_appeals(verbs, finder)
            joint_exercises(verbs)
            mediated_parties(verbs, finder)
            third_party_truces(verbs, finder)  # "Egypt announced a truce between A and B"
            deployed_forces(verbs, finder)
            official_protests(verbs)
            summoning_ministries(verbs, finder)
            conditional_targets(verbs, finder)
            defended_victims(verbs)  # "vowed to retaliate against any attack on its troops"
            measure_owners(verbs)  # "over U.S. tariffs": the US government's
            inquiry_kinds(verbs)  # "an investigation into alleged war crimes": 094
            studied_topics(verbs)  # "scientists investigate the effects of the smoke": no one
            investigated_doers(verbs, finder)  # "investigating the shooting of X by an officer"
            authority_raids(verbs)  # "prosecutors raided the offices of a bank": no armed force
            felt_judgements(verbs)  # "is not pleased with Chile's offer": criticism
            own_musings(verbs)  # "hopes to open the library by June": a plan, no comment
            if earlier is not None:
                earlier.extend(antecedents(verbs))
        claimed: list[CodedEvent] = []
        if unclaimed is not None:
            claimant = later_claimant(verbs, finder) if self.options.modality and unclaimed else None
            if claimant is not None:
                acts = claimed_before(unclaimed, claimant)
                claimed = [self._event(c, before, at) for before, at, c in acts]
            unclaimed[:] = [(sent, index, c) for v in verbs for c in v.cands if _unclaimed(c)]
        countries = SentenceCountries(finder, self.options.sentence_country)
        if self.options.local_bodies:
            for verb in verbs:
                for cand in verb.cands:
                    _no_local_body_in_violence(cand)
        if finder.memory is not None:
            finder.memory.remember(sent, finder, countries.settle)
        events = [
            self._event(_with_sentence_country(cand, *countries.pair()), sent, index)
            for verb in verbs
            for cand in verb.cands
            if self._keep(cand)
        ]
        return _dedupe(events) + claimed

    # ------------------------------------------------------------ stages

    def _finder(self, sent: Span, mentions: list, when: dt.date | None) -> ActorFinder:  # type: ignore[type-arg]
        return ActorFinder(
            sent, mentions, when, self.options.capital_metonymy, appos_lists=self.options.appos_lists,
            office_roles=self.options.office_roles, defendants=self.options.defendants,
            local_bodies=self.options.local_bodies, relation_sides=self.options.relation_sides,
        )

    def _verbs(self, sent: Span, finder: ActorFinder) -> list[CodedVerb]:
        """The coded verbs of ``sent`` (stages 1–3), then its event nouns (stage 4)."""
        verbs: list[CodedVerb] = []
        used: set[int] = set()
        adjectives = self.matcher.has_adjectives
        felt_words = self.matcher.adjective_words
        doc, words = sent.doc, words_of(sent.doc)
        for i in range(sent.start, sent.end):
            # (read from the words' labels: a Token is made only for a word with a form)
            verb = words.pos[i] in VERB_POS
            adjective = (not verb and adjectives and words.pos[i] in PREDICATE_POS
                         and words.dep[i] == "acomp" and _predicative(doc[i]))
            if verb and words.text[i] in felt_words and _felt(doc[i]):
                verb, adjective = False, True  # "was disappointed by X": a feeling, no passive
            if not (verb or adjective) or i in used:
                continue
            if not self.matcher.forms_at(words, i, adjective=adjective):
                continue  # no dictionary form matches nothing (the cheapest test first)
            tok = doc[i]
            # "called the ministry's plan reckless": a naming that judges is criticism
            judged = naming_verdict(tok) if self.options.modality else None
            if judged is None and (is_naming(tok) or _to_blame(tok)):
                continue
            if _named_by_governor(tok, verbs) or (self.options.modality and _passive_adverbial(tok)):
                continue
            if self.options.modality and _measure_aim(tok):
                continue  # "sanctions targeting 40 banks": whom the measure concerns, no attack
            if self.options.modality and force_as_modifier(tok):
                continue  # "targeting data", "fighter jets and attack helicopters": things
            attempted = _attempted(tok)
            # "a U.S. move to impose tariffs": a step taken, when it is a trade measure (the
            # parser's infinitive on the noun; one it hung on a verb is read as any other)
            decided = self.options.modality and tok.dep_ == "acl" and decided_act(tok) is not None
            if _purpose_infinitive(tok) and not (attempted or decided):
                continue
            if not self.options.phrase_verbs and in_phrase(tok):
                continue
            if self.options.modality and tok.dep_ in CLAUSE_DEPS and _described(tok, finder.when):
                continue  # "a gang that robbed three banks last year": who they are, no news
            if self.options.modality and tok.dep_ == "advcl" and since_anchor(tok):
                continue  # "has sought closer ties with the West since Russia recognised ...": a date
            if self.options.modality and tok.dep_ in CONTENT_DEPS and _status_content(tok):
                continue  # "a couple accused of defrauding church members appeared in court"
            if self.options.modality and tok.dep_ == "acl" and (
                    class_participle(tok) or position_participle(tok)
                    or (custody_participle(tok) and finder.names_actor(tok.head))):
                continue  # "all banks receiving state aid", "soldiers stationed in Mali": who they are
            background = self.options.modality and _background(tok)
            if background and (tok.dep_ != "acl" or status_participle(tok)):
                continue  # "three men charged over the robbery pleaded not guilty": who they are
            match = self.matcher.match(tok, sent, adjective=adjective)
            if decided and not (match is not None and (match.code or "").startswith(TRADE_CODES)):
                continue  # "the decision to build a dam", "a move to open talks": aims
            if background and not (_reduced_news(match) or _dated_agreement(tok, match)):
                continue  # a participle that describes its noun; one of protest or conflict is news
            if match is not None and judged is not None:
                match = dataclasses.replace(match, code=judged, pattern=None, how="naming judgement")
            match = self.modality.read(tok, match) if match is not None else None
            if match is None or (attempted and (match.code or "")[:2] not in ATTEMPTED_ROOTS):
                continue
            if self.options.modality and (match.code or "")[:2] in VIOLENT_ROOTS and _for_years(tok):
                continue  # "bandits have terrorised the northwest for years", "has repeatedly struck"
            used.update(range(match.start, match.end))
            verbs.append(CodedVerb(tok, match, *self.roles.candidates(tok, match, finder, sent)))
        if self.matcher.has_nouns:
            matched = {v.tok.i for v in verbs}
            pos = words.pos
            for i in range(sent.start, sent.end):
                # (a noun with no event-noun form is passed over without making a Token)
                if pos[i] in NOUN_POS and i not in used and self.matcher.forms_at(words, i, noun=True):
                    noun = self.nouns.event(doc[i], sent, finder, matched)
                    if noun is not None and not (self.options.modality and _told_before(doc[i], finder.when)):
                        verbs.append(noun)
        return verbs

    def _settle(self, verbs: list[CodedVerb]) -> None:
        """Stage 2 on clauses: each candidate's modality (news reading only)."""
        if self.options.modality:
            for verb in verbs:
                settle(verb)

    def _sentence_finder(self, sent: Span, *, when: dt.date | None) -> ActorFinder:
        """The actor finder of ``sent``."""
        return self._finder(sent, self._mentions(sent), when)

    def _only_country(self, sent: Span, *, when: dt.date | None) -> str | None:
        """The one country ``sent`` names, or None."""
        return self._finder(sent, self._mentions(sent), when).only_country()

    def _mentions(self, sent: Span) -> list[Mention]:
        """The actor and agent mentions of ``sent`` as the options read them."""
        return find_mentions(
            sent,
            self.dicts,
            hyphen_words=self.options.hyphen_words,
            persons=self.options.person_actors,
            facilities=self.options.facility_names,
            organisations=self.options.organisation_types,
        )

    def _keep(self, cand: Candidate) -> bool:
        """The output filter: an actor on some side (both with ``require_dyad``) and no
        bare statement ("X said") without its other side."""
        if cand.source is None and cand.target is None:
            return False
        if cand.source is None and "source:natural-force" in cand.how:
            return False  # "floods displaced 20,000": a disaster, not an act of anyone
        if cand.match.how == "blame" and cand.target is None:
            return False  # "a weather pattern is partly to blame, X said": no one is accused
        if cand.match.how == "demand" and cand.target is None and _obliges_no_one(cand):
            return False  # "'we'll have to wait and see,' X said": no one is told to act
        if cand.match.how == "demand" and _anyone(cand.target, cand.verb.doc):
            return False  # "'people have to earn a living,' the owner said": a truism, no demand
        if self.options.require_dyad and (cand.source is None or cand.target is None):
            return False
        bare_say = cand.match.pattern is None and cand.code == STATEMENT_CODE
        if bare_say and (cand.source is None or cand.target is None):
            return False
        if bare_say and self.options.modality and _topic_of_remark(cand):
            return False  # "the mayor said the county had repaired the bridge": no act on the county
        if cand.target is None and cand.code in PARTNERLESS_TRADE:
            return False
        if self.options.modality and _empty_plan(cand):
            return False
        if self.options.modality and _rescue(cand):
            return False
        if self.options.modality and _safety_warning(cand):
            return False
        if self.options.modality and _private_visit(cand):
            return False
        if self.options.modality and _private_rite(cand):
            return False
        if self.options.modality and _performer_act(cand):
            return False
        if self.options.modality and _forecast(cand):
            return False
        return self.options.private_talk or not (_private_talk(cand) or _private_mood(cand))

    def _discard(self, sent: Span) -> str | None:
        """``story`` or ``sentence`` when a discard phrase occurs in ``sent``."""
        index = self.dicts.discards
        if not len(index):
            return None
        words = words_of(sent.doc)
        firsts = index.firsts
        for i in [k for k in range(sent.start, sent.end) if words.text[k] in firsts]:
            limit = index.firsts[words.text[i]]
            text = ""
            for j in range(i, min(sent.end, i + limit)):
                text += words.text[j]
                value = index.phrases.get(text)
                if value is not None:
                    return "story" if value else "sentence"
                text += " " if words.spaced[j] else ""
        return None

    # ------------------------------------------------------------ output

    def _event(self, cand: Candidate, sent: Span, index: int) -> CodedEvent:
        doc = sent.doc
        match, verb, code, source, target = cand.match, cand.verb, cand.code, cand.source, cand.target
        default = f"({match.sense})" if match.sense else "(verb default)"
        pattern = match.pattern.text if match.pattern else default
        where = match.pattern.where if match.pattern else match.form.where
        rule = (
            f"{_stage(cand)}: verb {match.form.block.name} [{code}] via {verb.text!r}; "
            f"pattern {pattern} @{where}; source {_describe(source)}; target {_describe(target)}; "
            f"{cand.how.strip()}; {cand.modality}"
        )
        first = doc[match.start]
        last = doc[match.end - 1]
        evidence = features(cand)
        return CodedEvent(
            sentence_index=index,
            sentence_start=sent.start_char,
            sentence_end=sent.end_char,
            event_code=code,
            source=_ref(source, doc),
            target=_ref(target, doc),
            action_start=first.idx,
            action_end=last.idx + len(last.text),
            rule=rule,
            confidence=self.confidence.score(evidence),
            modality=cand.modality,
            features=tuple(evidence.items()),
        )


TOLD_MODALITIES = frozenset({"asserted", "reported"})


def _unclaimed(cand: Candidate) -> bool:
    """A violent act (CAMEO 18-20) told with no doer: "a roadside bomb struck a convoy"."""
    return cand.source is None and cand.code[:2] in VIOLENT_ROOTS and cand.modality in TOLD_MODALITIES


def _no_local_body_in_violence(cand: Candidate) -> None:
    """Drop from a violent ``cand`` (CAMEO 18-20) a side that is a local body named by its
    kind (:func:`events.coding.actors.local_body`): "rebels seized the town" took no
    council, "the city has invested in a new fire station" fired no shot."""
    if cand.code[:2] not in VIOLENT_ROOTS:
        return
    if local_government(cand.source):
        cand.source = None
        cand.how += " source:local-body-no-violence"
    if local_government(cand.target):
        cand.target = None
        cand.how += " target:local-body-no-violence"


def _stage(cand: Candidate) -> str:
    """The stage that decided a candidate's code, for its rule."""
    how = cand.how
    if "accusation" in how:
        return "nesting (accusation)"
    marks = ("combined", "transformation", "intent-threat", "planned-protest", "source:governor",
             "threat-of-")
    if any(mark in how for mark in marks):
        return "nesting"
    if how.startswith("noun"):
        return "nominal"
    if cand.match.how:
        return f"modality ({cand.match.how})"
    return "matching"


AGREEMENT_CODE = "057"
REDUCED_NEWS_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
"""Roots whose act a participle on a noun tells as news (protest and material conflict)."""

def _reduced_news(match: Match | None) -> bool:
    """True when the match of a participle on a noun is protest or material conflict, which
    is news, not a description: it names an attack, an arrest or a protest and who did it
    ("drones launched by Belarus", "fishermen detained by the navy", "a march staged by
    students"); or a mediation, whose mediator the news names that way ("exchanged
    prisoners in a deal brokered by the UAE", "a truce mediated by Qatar")."""
    code = (match.code or "") if match is not None else ""
    return code[:2] in REDUCED_NEWS_ROOTS or code.startswith(MEDIATION_CODE)


TALK_NOUNS = frozenset("talk negotiation mediation discussion haggling wrangling".split())
"""Nouns of the talks an agreement concludes ("agreed by A and B after months of talks")."""


def _dated_agreement(verb: Token, match: Match | None) -> bool:
    """True for a participle on a noun that signs or announces an agreement (057) on a day it
    names: "a wage deal announced Wednesday by the county and the union", "a settlement reached on
    Monday by ..." is the news, unlike "the treaty signed by A and B" that tells which; so is one
    that concludes talks ("the pact, agreed by A and B after months of talks, ..."; an old date
    has already made it background: "agreed in 2019 after talks")."""
    code = (match.code or "") if match is not None else ""
    return code.startswith(AGREEMENT_CODE) and any(names_day(c) or _after_talks(c) for c in verb.children)


def _after_talks(child: Token) -> bool:
    """True for an "after" phrase of talks or negotiations ("after months of talks", "after
    marathon negotiations in Doha")."""
    return child.dep_ == "prep" and child.lower_ == "after" and any(
        t.lemma_.lower() in TALK_NOUNS or t.lower_ == "talks" for t in child.subtree
    )


def _rescue(cand: Candidate) -> bool:
    """True for a release (0841, or another code of the release verbs: "freed three aid
    workers" is no aid) of people someone else holds: freed "from their
    kidnappers", people "held by", "kidnapped by" or "who had been abducted by" another, a
    "kidnapped" person, or hostages freed by police or troops (who hold no hostages)."""
    verb = cand.verb
    released = cand.code.startswith(RELEASE_CODE) or cand.match.form.block.name == "RELEASE"
    if not released or norm_word(verb.lemma_) not in FREEING_VERBS:
        return False
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from" and any(c.lower_ in CAPTORS for c in prep.children):
            return True  # "freed three aid workers from their kidnappers"
    forces = cand.source is not None and bool(actor_types(cand.source) & RESCUERS)
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        for child in obj.children:
            if child.dep_ == "amod" and child.lower_ in KIDNAPPED:
                return True  # "freed a kidnapped rancher"
            if (
                child.dep_ in ("acl", "relcl")
                and norm_word(child.lemma_) in CAPTIVITY_VERBS
                and any(_named_agent(c) for c in child.children)
            ):
                return True  # "hostages held by rebels", "a man who had been abducted by a gang"
        if forces and obj.lower_ in CAPTIVES:
            return True  # "troops freed 12 hostages"
    return False


def _named_agent(tok: Token) -> bool:
    """True for a "by" agent naming someone other than a pronoun ("held captive by them" is
    held by the clause's own subject)."""
    return tok.dep_ == "agent" and any(c.dep_ == "pobj" and c.pos_ != "PRON" for c in tok.children)


def _measure_aim(verb: Token) -> bool:
    """True for a verb of aiming whose aimer is a measure: a participle on a measure noun or
    on a verb whose object is one ("a law targeting foreign media", "imposed sanctions on X,
    targeting its banks"), or a measure as its subject or "by" agent ("the new rules target
    short-term rentals", "banks targeted by the sanctions")."""
    if norm_word(verb.lemma_) not in AIMING_VERBS:
        return False
    nouns = [c for c in verb.children if c.dep_ == "nsubj"]
    nouns += [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    if verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl"):
        head = verb.head
        objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        nouns += [head] if head.pos_ == "NOUN" else objects
    return any(_measure(noun) for noun in nouns)


def _measure(noun: Token) -> bool:
    """True for a measure noun (:data:`MEASURE_NOUNS`), also in a batch ("a package of
    measures")."""
    held = noun
    of = next((c for c in noun.children if c.lower_ == "of"), None)
    if noun.lemma_.lower() in BATCH_NOUNS and of is not None:
        held = next((c for c in of.children if c.dep_ == "pobj"), noun)
    return held.lemma_.lower() in MEASURE_NOUNS or held.lower_ in MEASURE_NOUNS


def _verb_above_noun(noun: Token) -> Token | None:
    """The finite verb whose clause holds ``noun`` (through prepositions and nouns), or None
    when there is none above it."""
    node = noun
    for _ in range(12):
        if node.head == node:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            finite = node.tag_ in ("VBD", "VBZ", "VBP", "MD")
            return node if finite or any(c.dep_ in ("aux", "auxpass") for c in node.children) else None
    return None


# spans of time over which violence is a history or a state of affairs, not an act
LONG_SPANS = frozenset({"year", "decade", "generation", "century"})


def _for_years(verb: Token) -> bool:
    """True when ``verb`` goes on "for years", "for decades", "for more than a decade":
    "bandits have terrorised northwest Nigeria for years", "the group waged an insurgency
    for two decades" tell a history, which ACLED and GDELT do not count as an event
    (news reading, for violence; "for three days", "for months" stay: a siege or an
    offensive of the news)."""
    return any(
        c.dep_ == "prep" and c.lower_ == "for"
        and any(o.dep_ == "pobj" and norm_word(o.lemma_) in LONG_SPANS for o in c.children)
        for c in verb.children
    ) or _habit(verb)


# adverbs of an act done again and again
HABIT_ADVERBS = frozenset({"repeatedly", "routinely", "regularly", "frequently", "often"})


def _habit(verb: Token) -> bool:
    """True for violence told as a habit in the perfect or the present: "Israel has
    repeatedly struck Houthi-held ports", "the army routinely shells the villages" (a
    summary; "repeatedly shelled the town on Monday" stays: the day's acts)."""
    if not any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in verb.children):
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return perfect or verb.tag_ in ("VBZ", "VBP")


def _background(verb: Token) -> bool:
    """A relative clause in the passive or a perfect that tells who someone or what something
    is, not the news: "a guard who was stabbed by an inmate has died", "the treaty that was
    signed by A and B expires next year", "the man who had attacked her" (news
    reading; an active clause stays: "rebels who seized the town")."""
    if verb.dep_ not in ("acl", "relcl"):
        return False  # (the cheapest test first: most verbs are neither)
    if any(c.lower_ in SEQUEL_ADVERBS for c in verb.children):
        return False  # "gunmen who were later arrested by police": what happened next
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        # the same clause reduced ("militias backed by Iran", "a guard stabbed by an inmate"),
        # when the sentence has a verb of its own above the noun: not a headline's predicate
        # ("Local man charged in arson"), what "there were" tells ("there were ten soldiers
        # killed"), nor a main verb the parser hung on a noun ("Doctors from two groups
        # donated …")
        above = _verb_above_noun(verb.head)
        return above is not None and above.lemma_ != "be"
    if verb.dep_ != "relcl":
        return False
    if _custody_where(verb) or _on_a_weekday(verb):
        return False
    if is_passive(verb):
        return True
    # a perfect whose subject is the relative pronoun ("the man who had attacked her"), not
    # one with a subject of its own ("the teenager she had questioned": the clause's actor acts)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    relative = subj is None or subj.tag_ in ("WP", "WDT")
    return relative and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


NEWS_DAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight".split()
)
"""The days a relative clause is told on as the news ("who was shot by police on Sunday")."""


def _on_a_weekday(verb: Token) -> bool:
    """True for a relative clause told on a day of the week of its own ("a man who was shot by
    police on Sunday has died", "a guard who was stabbed by an inmate on Friday night"): news,
    not who someone is (an older date is caught before, :func:`_described`); in the past only
    ("results, which should be released today": no one is released)."""
    if not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children):
        return False
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    # (the parser may hang the day on the agent: "punched by a mugger on Tuesday")
    for child in [*verb.children, *(c for a in agents for c in a.children)]:
        if child.dep_ == "npadvmod" and child.lower_ in NEWS_DAYS:
            return True
        if child.dep_ == "prep" and child.lower_ == "on":
            day = next((c for c in child.children if c.dep_ == "pobj"), None)
            if day is not None and any(t.lower_ in NEWS_DAYS for t in day.subtree):
                return True
    return False


def _described(verb: Token, published: dt.date | None) -> bool:
    """True for a clause on a noun that tells who someone is, not news: dated before the news
    (:func:`dated_before`), the deed a court judges in the main clause (:func:`judged_deed`) or one
    done "previously" or "once" (:func:`done_before`)."""
    return dated_before(verb, published) or judged_deed(verb) or done_before(verb)


def _status_content(tok: Token) -> bool:
    """True for the act a status participle or passive relative clause on a noun names, when
    that clause describes its noun (:func:`_background`): "a couple accused of defrauding
    church members appeared in court", "a leader wanted for the massacre of villagers was
    arrested"."""
    holder = status_holder(tok)
    return holder is not None and _background(holder)


def _told_before(noun: Token, published: dt.date | None) -> bool:
    """True for an event noun that is background: dated before the news
    (:func:`dated_before`) or the act a status participle names ("wanted for the massacre")."""
    return dated_before(noun, published) or (noun.dep_ in CONTENT_DEPS and _status_content(noun))


def _custody_where(verb: Token) -> bool:
    """A "where" clause that tells what a court or the police did next to its own subject
    ("was turned over to the sheriff's department, where she was charged", "taken to the
    sheriff's office, where she was booked"): the news, not who someone is."""
    return (
        norm_word(verb.lemma_) in CUSTODY_ACTS
        and any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT") for c in verb.children)
    )


def _empty_plan(cand: Candidate) -> bool:
    """A plan to do what codes nothing, with no partner: "plans to publish its report",
    "proposed a new logo" (news reading)."""
    return (
        cand.target is None
        and cand.code == INTENT_CODE
        and cand.match.pattern is None
        and cand.verb.lemma_.lower() in PLAN_VERBS
        and "combined" not in cand.how
    )


def _private_talk(cand: Candidate) -> bool:
    """A verbal act (statements, appeals, intents, consultations, praise, demands, criticism,
    rejections, threats) of private persons named by a common noun, with no one as its
    target ("family and friends left without talking", "a fan said the flip was iconic")."""
    if cand.target is not None or cand.source is None or cand.code[:2] not in VERBAL_ROOTS:
        return False
    if cand.code.startswith(AID_APPEALS):
        return False  # "116 people arrived seeking refuge": an appeal for aid or asylum
    if any(m.actor is not None or names_person(m) for m in cand.source.parts):
        return False  # a named person may be a politician the dictionaries do not know
    if _party(cand.source.code):
        return False  # "Democrats blocked the bill": a party, no private person
    kind = split_actor_code(cand.source.code)
    return {kind.type1_code, kind.type2_code} <= {"CVL", None} and kind.known_group_code is None


def _party(code: str) -> bool:
    """True when ``code`` carries the party block (PTY), which is no CAMEO type code and so
    is missing from :func:`split_actor_code`'s types ("---PTY", "GBRPTY")."""
    return any(code[i : i + 3] == PARTY for i in range(0, len(code) - 2, 3))


def _private_mood(cand: Candidate) -> bool:
    """A hope, fear or gloomy forecast (:data:`MOOD_CODES`) about no one, of a source whose
    every type is private (:data:`PRIVATE_TYPES`): "Karen Holt is hoping the page will raise
    awareness", "retailers worry that tariffs will hurt sales". A named person counts too (a
    politician has a title, "State Sen. Ford is optimistic"); states, officials, parties,
    unions, groups and churches keep their comments. What a source named by a role only
    fears or hopes names a topic, not a target ("traders fear a poor harvest in Argentina");
    a named person's mood about someone is kept."""
    if cand.source is None or cand.code not in MOOD_CODES:
        return False
    if cand.target is not None and any(names_person(m) for m in cand.source.parts):
        return False
    kind = split_actor_code(cand.source.code)
    types = {kind.type1_code, kind.type2_code} - {None}
    return bool(types) and types <= PRIVATE_TYPES and kind.known_group_code is None


# verbs of a visit (042) that private people make as tourists, patients, pupils or artists
# on tour ("the band toured Europe", "the students visited a museum in Chicago"), and the
# actor types of those private visitors and of what they visit
VISIT_LEMMAS = frozenset({"visit", "tour"})
VISIT_CODE = "042"
VISITOR_TYPES = frozenset({"CVL", "EDU"})
VISITED_TYPES = PRIVATE_TYPES | {"REL"}


def _private_visit(cand: Candidate) -> bool:
    """A visit told by a verb (:data:`VISIT_LEMMAS`) that is no diplomacy: a tour by no
    actor ("the band toured Europe"), or a visit by no actor or by private people
    (:data:`VISITOR_TYPES`) to no one, to a private body or to a place that is no country
    ("a singer visited a children's hospital", "pupils visited the science museum in
    Chicago"). A private person's visit to a country, and any visit to or by a government,
    stays."""
    if cand.code != VISIT_CODE or cand.verb.pos_ != "VERB" or cand.verb.lemma_.lower() not in VISIT_LEMMAS:
        return False
    if cand.source is None:
        # ("Lincoln visited the capital's defenders", the visitor unknown, stays)
        return cand.verb.lemma_.lower() == "tour" or cand.target is None or _private_place(cand.target)
    kind = split_actor_code(cand.source.code)
    types = {kind.type1_code, kind.type2_code} - {None}
    if not types or not types <= VISITOR_TYPES or kind.known_group_code is not None:
        return False
    return cand.target is None or _private_place(cand.target)


def _private_place(target: Actor) -> bool:
    """True for a visited actor of private types only (:data:`VISITED_TYPES`), or a country
    named by none of its words as a country (a town, a building in it)."""
    types = actor_types(target)
    if types:
        return types <= VISITED_TYPES
    return not any(is_country_name(m.phrase) for m in target.parts)


SYMBOLIC_CODE = "017"
RITE_TYPES = PRIVATE_TYPES | {"REL", "CHR"}
"""Actor types whose celebrations and honours are private or religious rites, no symbolic
political act: people, firms, schools, hospitals, churches."""


def _private_rite(cand: Candidate) -> bool:
    """A celebration or an honour (017) in a verb's own sense (no pattern of the dictionary,
    such as honouring victims), by private or religious bodies only (:data:`RITE_TYPES`), or
    by no actor of no one or of such a body: "the club will honor a longtime member",
    "pupils celebrated Mardi Gras", "the couple will celebrate with family and friends". A
    state's or an official's celebration or commemoration stays."""
    if cand.code != SYMBOLIC_CODE or cand.match.pattern is not None:
        return False
    if cand.source is None:
        # ("an event celebrating Jerusalem's role", its holder unnamed, stays)
        return cand.target is None or _rite_party(cand.target)
    return _rite_party(cand.source)


def _rite_party(actor: Actor) -> bool:
    """True for an actor whose every type is private or religious (:data:`RITE_TYPES`)."""
    kind = split_actor_code(actor.code)
    types = {kind.type1_code, kind.type2_code} - {None}
    return bool(types) and types <= RITE_TYPES and kind.known_group_code is None


MEETING_ROOT = "04"
PERFORMER_NOUNS = frozenset(
    """
    athlete player footballer cricketer swimmer runner sprinter marathoner skater skier cyclist
    boxer wrestler golfer gymnast jockey goalkeeper goalie striker midfielder quarterback
    pitcher batsman bowler olympian medallist medalist singer rapper musician pianist
    guitarist actress comedian dancer celebrity popstar coach
    """.split()
)
"""Lemmas of athletes and performers: the nationality or country before them ("the Chinese
swimmer", "Ukraine's tennis player", "the Nigerian singer") names no state acting."""


def _performer(head: Token) -> bool:
    """True for an athlete's or a performer's role word (:data:`PERFORMER_NOUNS`), or a
    country or a nationality owning one ("Germany's coach", "Iran's players")."""
    if norm_word(head.lemma_) in PERFORMER_NOUNS:
        return True
    return head.dep_ == "poss" and norm_word(head.head.lemma_) in PERFORMER_NOUNS


def _performer_act(cand: Candidate) -> bool:
    """An act of an athlete or a performer named by a role word (:data:`PERFORMER_NOUNS`)
    toward no one, toward private people or a body, or toward one named by a nationality
    only ("the Chinese swimmer accused the Australian of cheating"), or a visit or meeting
    (04) in a country ("the Nigerian singer toured the United States"). An act toward a
    government, a party or an armed group, or another act toward a country named as one
    ("the rapper criticised China"), stays."""
    if cand.source is None or not _performer(cand.verb.doc[cand.source.head]):
        return False
    if actor_types(cand.source) - PRIVATE_TYPES:
        return False  # ("the sports minister", "the team's doctor": a body's own)
    if cand.target is None:
        return True
    types = actor_types(cand.target)
    if types:
        return types <= PRIVATE_TYPES
    if cand.code.startswith(MEETING_ROOT):
        return True  # a tour or a game in a country ("toured the United States")
    return not any(is_country_name(m.phrase) for m in cand.target.parts)


def _forecast(cand: Candidate) -> bool:
    """A fear or a hope (:data:`MOOD_CODES`) about what a natural force will do
    ("forecasters warned that the cold front may bring heavy snow", "the mayor warned
    residents that floods could hit the city"): a forecast, no one's act."""
    if cand.code not in MOOD_CODES:
        return False
    for clause in cand.verb.children:
        if clause.dep_ != "ccomp":
            continue
        if any(c.dep_ == "nsubj" and natural_force(c) for c in clause.children):
            return True
    return False


# verbs of warning whose bare reading is a threat (130)
WARN_LEMMAS = frozenset({"warn", "caution"})
# actor types whose warnings to anyone threaten force
ARMED_TYPES = frozenset({"MIL", "REB", "UAF", "INS", "SEP", "CRM", "SPY"})
THREAT_CODE = "130"


def _safety_warning(cand: Candidate) -> bool:
    """A warning to private people, named by a role only, to do or not to do something for
    their own safety ("health officials are warning families not to eat wild mushrooms",
    "rangers warned hikers to stay on the marked paths"): advice, no threat (130 needs an act
    the warner threatens). A warning to a state, a group or a named person ("warned Iran
    not to attack"), or by armed men or criminals ("gunmen warned residents to leave"),
    stays a threat."""
    if cand.code != THREAT_CODE or cand.match.pattern is not None or cand.target is None:
        return False
    if cand.source is not None and actor_types(cand.source) & ARMED_TYPES:
        return False
    if cand.verb.lemma_.lower() not in WARN_LEMMAS:
        return False
    if not any(c.dep_ in ("xcomp", "ccomp") and to_infinitive(c) for c in cand.verb.children):
        return False
    if any(m.actor is not None or names_person(m) for m in cand.target.parts):
        return False
    kind = split_actor_code(cand.target.code)
    return {kind.type1_code, kind.type2_code} <= {"CVL", None} and kind.known_group_code is None


def _obliges_no_one(cand: Candidate) -> bool:
    """True for "X said Y must / has to Z" read as an unspecified demand (100) where Y is
    no one the demand is made of: "'we'll have to wait and see,' X said", "it should be a
    simple change", "there must be dialogue". A third person Y ("saying he must resign")
    is someone; a demand whose content is coded ("must be set free": 1052) is kept."""
    if cand.code != DEMAND_CODE:
        return False
    for clause in cand.verb.children:
        if clause.dep_ == "ccomp" and must(clause):
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lower_ in THIRD_PERSONS:
                return False
    return True


GENERIC_PEOPLE = ANYONE_WORDS | frozenset("people someone somebody one folks".split())
"""Words for people in general: what they "must" or "have to" do is no demand on anyone."""


def _anyone(target: Actor | None, doc: Doc) -> bool:
    """True when a demand's target is people in general ("people have to earn a living", "everyone
    should vote"), not a party the speaker makes it of ("the government must resign")."""
    return target is not None and doc[target.head].lower_ in GENERIC_PEOPLE and target.end - target.start == 1


DISAPPROVE_ROOT = "11"
# role-only critics of a country who are of it ("separatists accused Georgia of …")
DOMESTIC_CRITICS = frozenset({"OPP", "REB", "SEP", "INS", "UAF", "LAB"})


# sanctions, embargoes (163x, threatened: 1312) and expelled diplomats (161): acts on a country
OUTSIDE_CODES = ("161", "163", "1312")


def _with_sentence_country(cand: Candidate, country: str | None, firm: str | None = None) -> Candidate:
    """``---GOV`` -> ``UGAGOV`` on both sides when the sentence names one country (unless
    both sides then become the same actor). When the sentence names that country only in
    passing (``firm``, the one country it names otherwise, is not it:
    :meth:`ActorFinder.firm_country`), the actor is marked ``country_in_passing`` and the
    article's geography overrides it: "police arrested a man posing as a Somali diplomat"
    in an Ohio story are USACOP."""
    if country is None:
        return cand
    source = _with_country(cand.source, country, firm)
    target = _with_country(cand.target, country, firm)
    if _mediators_country(cand, country) or _sanctioners_country(cand, country):
        target = cand.target  # "Norway offered to mediate between the government and the rebels"
    if (_outside_critic(cand, target, country) or _outside_sanctioner(cand, target, country)
            or _outside_partner(cand, country) or _outside_thanker(cand, country)
            or _outside_claimant(cand, country) or _outside_refuser(cand, country)
            or _outside_signatory(cand, country) or _mission_protester(cand, country)):
        source = cand.source  # "'Russia is responsible,' the premier said": not a Russian premier
    if source is None or target is None or source.code != target.code:
        cand.source, cand.target = source, target
    return cand


def _mission_protester(cand: Candidate, country: str) -> bool:
    """True when ``cand`` is a protest at the embassy or consulate of the sentence's one
    country (:func:`events.coding.repression.protest_sides`): "rallied outside the Chinese
    consulate" names the crowd's target, not the crowd's country."""
    return (
        cand.code.startswith("14") and cand.target is not None and cand.target.code[:3] == country
        and norm_word(cand.verb.doc[cand.target.head].lemma_) in MISSION_NOUNS
    )


def _outside_critic(cand: Candidate, target: Actor | None, country: str) -> bool:
    """True when ``cand`` accuses or criticises (11x) the sentence's one country, named alone
    or as its armed forces' ("residents blamed Russian warplanes for the raid"), and its
    source is named only by a role that is no domestic opposition: such a critic is not
    taken to be of the country it criticises (rebels, separatists and the opposition
    criticise their own)."""
    if not cand.code.startswith(DISAPPROVE_ROOT) or target is None:
        return False
    # (a country named in a target's own words only when the target is its armed forces:
    # one's own officials or lawmakers are criticised at home as often as abroad)
    own_forces = target.code.startswith(country) and "MIL" in actor_types(target)
    if target.code != country and not (own_forces and not target.country_from_sentence):
        return False
    source = cand.source
    return source is not None and source.code.startswith("---") and not actor_types(source) & DOMESTIC_CRITICS


def _outside_sanctioner(cand: Candidate, target: Actor | None, country: str) -> bool:
    """True when ``cand`` expels the diplomats of, or imposes or threatens sanctions on, the
    sentence's one country (or one of its bodies), and its source is named only by a role:
    a state does not sanction itself ("officials imposed sanctions on Iran's central bank"
    are not Iranian)."""
    if not cand.code.startswith(OUTSIDE_CODES) or target is None or target.code[:3] != country:
        return False
    source = cand.source
    return source is not None and source.code.startswith("---")


INFINITIVE_TARGET = "target:infinitive-"
"""How a target found in the infinitive of what a verb's pattern or intent names is told."""


def _outside_partner(cand: Candidate, country: str) -> bool:
    """True when ``cand`` gives or promises aid to, or visits, the sentence's one country,
    named alone (:data:`PARTNER_CODES`: "donors pledged $4 billion for Yemen", "relief
    workers delivered tents to Haiti", "the minister visited Kenya"), and its source is named
    only by a role that is no domestic opposition: who aids or visits a country is not taken
    to be of it (the article's geography may still give them one). Praise, defence or talks
    with one's own country named alone are common ("the vice-president defended Brazil's
    policies") and keep the sentence's country. So does an intent whose target the infinitive
    of what is intended names ("the government agreed to provide Chile with pumps": done to
    Chile, not by it)."""
    target = cand.target
    promised = cand.code.startswith(INTENT_ROOT) and INFINITIVE_TARGET in cand.how
    if not (cand.code.startswith(PARTNER_CODES) or promised) or target is None or target.code != country:
        return False
    source = cand.source
    return source is not None and source.code.startswith("---") and not actor_types(source) & DOMESTIC_CRITICS


THANK_NOUNS = frozenset({"gratitude", "thanks", "appreciation"})
"""Objects of 'express' that make it a thanking ("expressed gratitude to Norway")."""


def _outside_thanker(cand: Candidate, country: str) -> bool:
    """True when ``cand`` thanks the sentence's one country, named by its name alone ("the
    health minister thanked Japan for its donation", "the foreign ministry expressed
    gratitude to Norway"), and its source is named only by a role: one thanks another
    country, not one's own. Thanks to a country's people ("thanked Kenyans for their
    patience") keep the sentence's country."""
    target, source = cand.target, cand.source
    if target is None or target.code != country or source is None or not source.code.startswith("---"):
        return False
    verb = cand.verb
    thanks = verb.lemma_.lower() == "thank" or (
        verb.lemma_.lower() == "express" and any(c.dep_ == "dobj" and c.lemma_.lower() in THANK_NOUNS
                                                 for c in verb.children))
    return thanks and is_country_name(verb.doc[target.start:target.end].text)


CLAIM_ROOTS = ("02", "10", "13")
"""Appeals, demands, threats and warnings: what one state asks of or warns another."""
STATE_VOICES = frozenset({"GOV", "MIL"})
CLAIMED_DEPS = frozenset({"dobj", "nsubj"})
"""How a country named alone is whom an appeal or demand is made of: the verb's object
("urged Iran"), the subject of what is demanded ("demanded that Russia withdraw"), or the
object of "on" ("called on Serbia"); not a place ("a curfew in Peru")."""


def _outside_claimant(cand: Candidate, country: str) -> bool:
    """True when ``cand`` appeals to, makes demands of, or threatens or warns the sentence's
    one country, named by its name alone ("the foreign minister urged Iran to release the
    sailors", "the prime minister demanded that Russia withdraw its troops", "the defence
    minister warned China against any provocation"), and its source is named only by a role
    of a state's government or forces: one calls on and warns another country, not one's
    own. A country's people ("urged Britons to stay at home"), a country named as a place
    ("a night curfew in Peru") and any other source (a candidate, a party saying what
    its country should do) keep the sentence's country."""
    target = cand.target
    if target is None or not _state_voice_on(cand, country, CLAIM_ROOTS):
        return False
    doc = cand.verb.doc
    head = doc[target.head]
    if head.dep_ not in CLAIMED_DEPS and not (head.dep_ == "pobj" and head.head.lower_ == "on"):
        return False
    return is_country_name(doc[target.start:target.end].text)


def _mediators_country(cand: Candidate, country: str) -> bool:
    """True when ``cand`` mediates or offers to mediate (:data:`MEDIATION_CODES`) and the
    sentence's one country is its source's own ("Qatar offered to mediate between the
    government and the rebels"): the sides a mediator stands between, named by their role,
    are not of its country."""
    source = cand.source
    return cand.code.startswith(MEDIATION_CODES) and source is not None and source.code[:3] == country


def _topic_of_remark(cand: Candidate) -> bool:
    """True when a bare statement's target is the subject of the clause it reports ("X said
    Y had repaired the bridge"): the topic of a remark, not someone spoken to or acted on.
    News coders code no event between the two (on the news gold 1 of 18 such rows was right,
    and 2 of 16 judged table rows of unseen news, docs/coding.md); the reported act, when it
    is one, is coded on its own."""
    return "target:ccomp-subject" in cand.how


def _sanctioners_country(cand: Candidate, country: str) -> bool:
    """True when ``cand`` expels diplomats or imposes or threatens sanctions
    (:data:`OUTSIDE_CODES`) and the sentence's one country is its source's own ("Norway
    expelled two diplomats", "Canada imposed sanctions on three banks"): a state expels and
    sanctions another country's people and bodies, not its own, so a target named only by
    its role takes no country from the sentence (the mirror of :func:`_outside_sanctioner`)."""
    source = cand.source
    return (cand.code.startswith(OUTSIDE_CODES) and source is not None and source.code[:3] == country
            and not source.code.startswith("---"))


DIPLOMATIC_CODES = ("055", "057", "061", "114")
"""Apologies, agreements signed or ratified, trade deals and official complaints: acts of one
state towards another."""
STATE_BODIES = frozenset({"GOV", "LEG", "MIL"})


def _outside_signatory(cand: Candidate, country: str) -> bool:
    """True when ``cand`` apologises to, signs or ratifies an agreement with, or lodges an
    official complaint with the sentence's one country or its government
    (:data:`DIPLOMATIC_CODES`: "the Senate ratified the treaty with Russia", "the prime
    minister signed a trade agreement with Japan", "the foreign minister apologised to South
    Korea"), and its source is named only by a role of a state's body (:data:`STATE_BODIES`):
    a state makes such acts towards another, so the role is not of the country it addresses.
    A deal with a country's rebels or opposition may be made at home and keeps the country."""
    target, source = cand.target, cand.source
    if not cand.code.startswith(DIPLOMATIC_CODES) or target is None:
        return False
    if target.code not in (country, country + "GOV"):
        return False
    if source is None or not source.code.startswith("---"):
        return False
    types = actor_types(source)
    return bool(types) and types <= STATE_BODIES


REFUSAL_ROOT = "12"


def _outside_refuser(cand: Candidate, country: str) -> bool:
    """True when ``cand`` rejects or refuses the sentence's one country, named by its name
    alone as the one refused or the owner of what is rejected ("the ministry refused to grant
    Ukraine a loan", "the foreign ministry rejected Japan's protest"), and its source is named
    only by a role of a state's government or forces: a state refuses another, so the
    speaker is not of the country it turns down (as with appeals and threats,
    :func:`_outside_claimant`)."""
    target = cand.target
    if target is None or not _state_voice_on(cand, country, (REFUSAL_ROOT,)):
        return False
    return is_country_name(cand.verb.doc[target.start:target.end].text)


def _state_voice_on(cand: Candidate, country: str, roots: tuple[str, ...]) -> bool:
    """True when ``cand``, of a CAMEO code under one of ``roots``, targets the sentence's one
    country and its source is named only by a role of a state's government or forces
    (:data:`STATE_VOICES`, no country of its own)."""
    target, source = cand.target, cand.source
    if not cand.code.startswith(roots) or target is None or target.code != country:
        return False
    if source is None or not source.code.startswith("---"):
        return False
    types = actor_types(source)
    return bool(types) and types <= STATE_VOICES


class SentenceCountries:
    """The country a sentence gives its role-only actors and the one it names other than in
    passing (:meth:`ActorFinder.only_country`, :meth:`ActorFinder.firm_country`; both None
    when ``enabled`` is off), found when first asked: most sentences code no event and
    remember no role-only actor."""

    def __init__(self, finder: ActorFinder, enabled: bool):
        self.finder, self.enabled = finder, enabled
        self._pair: tuple[str | None, str | None] | None = None

    def pair(self) -> tuple[str | None, str | None]:
        """(the one country, the one country named other than in passing)."""
        if self._pair is None:
            self._pair = (
                (self.finder.only_country(), self.finder.firm_country()) if self.enabled else (None, None)
            )
        return self._pair

    def settle(self, actor: Actor) -> Actor:
        """``actor`` with the country its sentence gives a role-only actor (as its events
        get it)."""
        country, firm = self.pair()
        return (_with_country(actor, country, firm) or actor) if country else actor


def _unchanged(actor: Actor) -> Actor:
    return actor


def _with_country(actor: Actor | None, country: str, firm: str | None) -> Actor | None:
    """``---GOV`` -> ``UGAGOV`` (an actor with a country or none is returned as it is)."""
    if actor is None or not actor.code.startswith("---") or actor.foreign:
        return actor
    return dataclasses.replace(
        actor, code=country + actor.code[3:], country_from_sentence=True, country_in_passing=firm != country
    )


def _attempted(verb: Token) -> bool:
    """An infinitive describing an attempt ("an attempt to assassinate X", "a bid to kill")."""
    return (
        verb.dep_ == "acl"
        and verb.head.pos_ == "NOUN"
        and verb.head.lemma_.lower() in ATTEMPT_NOUNS
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    )


def _predicative(tok: Token) -> bool:
    """An adjective that is its clause's predicate ("the minister was *grateful* to X",
    "said he felt *optimistic*"), not a noun's modifier ("a grateful nation")."""
    return tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.head.lemma_.lower() in COPULAS


def _felt(tok: Token) -> bool:
    """A participle of feeling that is its clause's predicate ("Japan was *dismayed* by the
    decision", "said she was *disappointed* with X", "felt *frustrated*"): what its subject
    feels, read like an adjective (not "Disappointed fans left")."""
    if tok.tag_ != "VBN":
        return False
    if tok.dep_ == "acomp":
        return tok.head.lemma_.lower() in COPULAS
    return any(c.dep_ == "auxpass" for c in tok.children)


def _named_by_governor(verb: Token, verbs: list[CodedVerb]) -> bool:
    """True for a participle that a coded governing verb's pattern names ("ordered the
    minister *detained*": ``ORDER - * DETAINED [173]`` codes the order; the minister
    detained nobody)."""
    if verb.dep_ != "ccomp" or not small_clause(verb):
        return False
    for governor in verbs:
        pattern = governor.match.pattern
        if governor.tok.i == verb.head.i and pattern is not None:
            return bool({e.value for e in pattern.post if e.kind == "word"} & set(forms_of(verb)))
    return False


def _passive_adverbial(verb: Token) -> bool:
    """True for a past participle heading an adverbial clause of its own ("*Asked* about
    the deal, the minister said ...", "when *asked* whether ...", "*Invited* to the summit,
    Kenya sent ..."): the subject of the main clause is the one asked or invited, not the
    asker, who is rarely said ("questioned by reporters"), so the clause codes no event
    (read as active it made the minister the asker)."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def _to_blame(verb: Token) -> bool:
    """True for "blame" in "Y is to blame": Y is blamed, not blaming (a speaker's blame is
    read on the verb of saying: "X said Y was to blame")."""
    return verb.lemma_ == "blame" and verb.dep_ == "xcomp" and verb.head.lemma_ == "be"


def _purpose_infinitive(verb: Token) -> bool:
    """An infinitive that describes a noun ("their mission to supply the army", "the means
    to operate X"): an aim or a capacity, not an event."""
    if verb.dep_ not in ("advcl", "acl", "relcl"):
        return False  # (the cheapest test first)
    to = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
    if to is None or announced_plan(verb) is not None:
        return False  # (an announced plan's infinitive is what its author intends)
    if verb.dep_ == "advcl" and to.i >= 1:
        # the parser hangs "their mission to supply the army" on the verb, not the noun
        before = verb.doc[to.i - 1]
        return before.pos_ == "NOUN" and before.lemma_.lower() in AIM_NOUNS
    return (
        verb.dep_ in ("acl", "relcl")
        and verb.head.pos_ == "NOUN"
        # "the first country to recognise X" did recognise it
        and not any(c.lower_ in ("first", "last", "only") for c in verb.head.children)
    )


def _ref(actor: Actor | None, doc: Doc):  # type: ignore[no-untyped-def]
    if actor is None:
        return None
    span = doc[actor.start : actor.end]
    # (a role without a country: the places its phrase is at may give one)
    places = phrase_places(doc[actor.head]) if actor.code.startswith("---") else ()
    return actor.ref(None, span.start_char, span.end_char, span.text, places)


def _describe(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    parts = ", ".join(f"{m.phrase!r}" + (f" [{m.agent.code}]" if m.agent else "") for m in actor.parts)
    recalled = f" as the article named it before ({actor.recalled})" if actor.recalled else ""
    return f"{actor.code} ({parts}){recalled}"


def _dedupe(events: list[CodedEvent]) -> list[CodedEvent]:
    """The sentence's events without repeats, and without an event that only repeats another
    with a side missing ("Russian forces shelled the town, and civilians were killed": the
    shelling with no target and the killing with no source are the one act)."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for e in events:
        key = (e.event_code, e.source.code if e.source else "", e.target.code if e.target else "")
        if key in seen or any(_covers(other, e) for other in events):
            continue
        seen.add(key)
        out.append(e)
    return out


COERCION_ROOT = "17"


def _covers(other: CodedEvent, event: CodedEvent) -> bool:
    """True when ``other`` is the same act as ``event`` (same modality and root: one act's
    verbs name it variously, "shelled" 195, "were killed" 190; but the same code for coercion,
    whose codes are different acts: "were arrested after police seized a meth lab" is an
    arrest, 173, and a seizure, 1711) with more of its sides known, and nothing that
    contradicts ``event``."""
    root = event.event_code[:2]
    same = other.event_code == event.event_code if root == COERCION_ROOT else other.event_code[:2] == root
    if other is event or not same or other.modality != event.modality:
        return False
    sides = [(event.source, other.source), (event.target, other.target)]
    if any(mine is not None and (theirs is None or theirs.code != mine.code) for mine, theirs in sides):
        return False
    return sum(theirs is not None for _, theirs in sides) > sum(mine is not None for mine, _ in sides)
