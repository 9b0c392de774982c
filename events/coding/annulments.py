"""Acts on another actor's bill, plan, rule or decision (CAMEO 120): a court, legislature or
government that strikes down, overturns, suspends, blocks, delays, repeals or shelves a legal
or policy act rejects it, aimed at the act's owner ("a federal judge blocked the
administration's rule", "the council overturned the mayor's ban", "parliament repealed the
law passed by the previous government"). The verb dictionary's patterns name the acts
(``BLOCK``, ``DELAY``, ``OVERTURN``, ``SUSPEND``, ``LIFT``, ``CANCEL``, ``REPRESS``); this
stage checks what a pattern word cannot: that the word is the verb's object, whose owner
the target is. Read per candidate of those blocks only."""

from __future__ import annotations

from spacy.tokens import Token

from events.coding.actors import LOCAL_BODY, LOCAL_BODY_NOUNS, Actor, ActorFinder, Mention, government_word
from events.coding.measures import bare_country, government_of
from events.coding.parts import STATEMENT_CODE, Candidate, CodedVerb, actor_types
from events.coding.syntax import direct_object, is_passive, passive_subject, to_infinitive

REJECTION = "120"
# the verb blocks whose patterns code acts on a bill, plan, rule or decision
ANNUL_BLOCKS = frozenset({"BLOCK", "DELAY", "OVERTURN", "SUSPEND", "LIFT", "CANCEL", "REPRESS"})
# blocks of verbs one does as often to one's own plans ("abandoned plans to stay", "the
# government scrapped the tax", "cancelled the budget"): a rejection only of another's act
OWN_TOO_BLOCKS = frozenset({"SUSPEND", "LIFT", "CANCEL"})
# blocks whose easing codes (08x) stand for a rejection when another actor owns what is
# eased ("the council overturned the mayor's ban": 120, not 081)
EASING_BLOCKS = frozenset({"OVERTURN", "LIFT"})
EASING_ROOT = "08"
# legal and policy acts: what a court, legislature or government strikes down or blocks
POLICY_NOUNS = frozenset(
    """
    bill law legislation rule regulation decree ordinance order directive reform overhaul plan
    proposal policy budget measure amendment ruling decision ban restriction veto result
    motion mandate moratorium nomination nominee appointment curfew lockdown
    """.split()
)
# what a party asks a court or a body for, which a court throws out or sets aside as it does
# another's act ("threw out the lawsuit filed by the governor", "set aside the union's
# petition"): only the verb's object, aimed at its owner, like a policy act
REQUEST_NOUNS = frozenset({"lawsuit", "suit", "petition", "complaint"})
ACT_NOUNS = POLICY_NOUNS | REQUEST_NOUNS
# blocks whose verbs refuse what their object asks ("dismissed the request", "denied the
# motion", "threw out the petition") and nouns of what a party asks for
REQUEST_BLOCKS = frozenset({"DISMISS", "DENY", "OVERTURN"})
ASKED_NOUNS = frozenset({"request", "motion", "plea", "bid", "application", "petition", "appeal"})
GOVERNMENT_CODE = "---GOV"
# refusals whose infinitive may undo another's act or request ("refused to dismiss the lawsuit")
REFUSING_LEMMAS = frozenset({"refuse", "decline"})
UNDOING_LEMMAS = frozenset(
    """
    dismiss overturn reverse vacate annul overrule invalidate nullify void quash repeal revoke
    block halt suspend strike set throw
    """.split()
)
# undoings only with their particle ("strike down", "set aside", "throw out")
PHRASAL_UNDOINGS = frozenset({"strike", "set", "throw"})
REJECT_BLOCK = "REJECT"
# the block of a court's findings ("found guilty", "ruled that the curfew was unlawful")
RULING_BLOCK = "FIND"
BUDGET = "budget"
# what of an act one blocks, delays or strikes down: "blocked enforcement of the state's new
# law", "struck down parts of the immigration law", "delayed a vote on the budget", "blocked
# passage of the bill"
PART_NOUNS = frozenset(
    """
    enforcement implementation part parts section sections provision provisions portion
    passage approval adoption vote debate
    """.split()
)
PART_PREPS = frozenset({"of", "on"})
# a person proposed for a post: the one named in apposition or in "of" is the target
PERSON_ACTS = frozenset({"nomination", "nominee", "appointment"})
# how an owner modifies the act ("the governor's decree", "a Senate bill", "Polish reforms")
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
OWNER_PREPS = frozenset({"by", "of"})
# an owner named by a modifier rather than a possessive must be a body that makes such acts
# or a named state or group: "voter identification law", "media law", "police reform" name
# the topic, not the owner
OWNER_TYPES = frozenset({"GOV", "LEG", "JUD", "IGO"})
COURT = "JUD"
# a court's statement (010) or the criticism an evaluation read in it (111)
JUDGED_CODES = frozenset({STATEMENT_CODE, "111"})
# what a court rules another's act to be
INVALID_WORDS = frozenset({"unconstitutional", "unlawful", "illegal", "invalid", "void", "null"})
# particles of the phrasal verbs the parser may read as prepositions ("struck *down* the law")
PARTICLES = frozenset({"down", "aside", "out", "off", "back"})
PARTICLE_DEPS = frozenset({"prep", "prt"})
OWN_WORDS = frozenset({"its", "their", "his", "her", "our", "my", "own"})


def stray_acts(verbs: list[CodedVerb]) -> list[CodedVerb]:
    """``verbs`` without the rejections (120) of :data:`ANNUL_BLOCKS` whose pattern word is
    not what the verb acts on ("decided to delay the start of the school year, *ruling* out
    online classes": no "- * RULE"; "stopped a march by students against the education
    *policies*": no "- * POLICY"), and without a verb left with no candidate. Run before
    nesting, which would join such a verb to the one governing it."""
    out: list[CodedVerb] = []
    for verb in verbs:
        if verb.match.form.block.name in ANNUL_BLOCKS and _act(verb.tok) is None:
            verb.cands = [c for c in verb.cands if not _rejection(c)]
            if not verb.cands:
                continue
        out.append(verb)
    return out


def _rejection(cand: Candidate) -> bool:
    return cand.code == REJECTION and cand.match.pattern is not None


def annulled_acts(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """Settle the rejections (120) of the verb blocks of :data:`ANNUL_BLOCKS`, in place:

    - a pattern word that is not the verb's object names no act rejected (see
      :func:`stray_acts`, which drops most before nesting): no event;
    - an act the source owns ("the ministry scrapped its plan", "dropped their own proposal")
      is not rejected: no event, and neither is one with no other owner for a verb one does
      as often to one's own plans (:data:`OWN_TOO_BLOCKS`: "the oil ministry suspended plans
      to sell the refinery");
    - the target is the act's owner, not a name deeper in its phrase ("struck down the rule
      on deporting foreign students" rejects no students);
    - an easing (08x) of an act another actor owns rejects it ("the council overturned the
      mayor's ban", "the Supreme Court reversed the government's decision": 120);
    - an owner named in a "by" or "of" phrase is the target where the roles found none
      ("repealed the decree signed by the interior minister")."""
    for verb in verbs:
        block = verb.match.form.block.name
        if block not in ANNUL_BLOCKS:
            continue
        act = _act(verb.tok)
        kept: list[Candidate] = []
        for cand in verb.cands:
            rejection = _rejection(cand)
            easing = block in EASING_BLOCKS and cand.code.startswith(EASING_ROOT)
            if not (rejection or easing):
                kept.append(cand)
                continue
            if act is None:
                if not rejection:
                    kept.append(cand)
                continue  # the pattern's word is not what the verb acts on
            owner = cand.target is not None and _owner(act, cand)
            named_by = _named_owner(act, finder) or _local_owner(act, finder) if not owner else None
            if not owner and act.lemma_.lower() not in PERSON_ACTS and (named := named_by):
                if cand.source is None or named.code != cand.source.code:
                    cand.target, owner = named, True
                    cand.how += " target:act-owner"
            if owner and cand.target is not None and bare_country(cand.target):
                # "struck down Hungary's media law": a state's laws are its government's
                cand.target = government_of(cand.target)
                cand.how += " target:act-owner-government"
            if rejection:
                if _own(act) and not owner:
                    continue  # "the ministry scrapped its plan to sell the port"
                if block in OWN_TOO_BLOCKS and not owner:
                    continue  # "the oil ministry suspended plans to sell the refinery"
                if cand.target is not None and not owner and act.lemma_.lower() not in PERSON_ACTS:
                    cand.target = None  # "struck down the rule on deporting foreign students"
                    cand.how += " target:not-the-owner"
            elif owner:
                cand.code = REJECTION  # "overturned the mayor's ban": the mayor's act rejected
                cand.how += " rejected-owner"
            kept.append(cand)
        verb.cands = kept


def invalid_acts(verbs: list[CodedVerb]) -> None:
    """A court's statement that another actor's act is unconstitutional, unlawful, illegal,
    invalid or void (:data:`INVALID_WORDS`) rejects it (120), aimed at its owner: "the
    Constitutional Court declared the government's emergency decree unconstitutional", "the
    Supreme Court said the governor's decree was unconstitutional" (a statement, 010, or the
    criticism an evaluation read, 111, until now). In place; only statements and criticism
    by a court (JUD) whose reported clause's subject is an act another actor owns."""
    for verb in verbs:
        for cand in verb.cands:
            if cand.code not in JUDGED_CODES or cand.source is None or cand.target is None:
                continue
            if COURT not in actor_types(cand.source):
                continue
            act = _invalid_act(verb.tok)
            if act is not None and _owner(act, cand):
                cand.code = REJECTION
                cand.how += " invalid-act"


def refused_requests(verbs: list[CodedVerb]) -> None:
    """A court or body that dismisses, denies or throws out a request, motion, plea, bid,
    application or petition rejects it (120), whatever that request asked for: "the court
    dismissed Israel's request to throw out the case" is no dropped case (the dictionary's
    "- * CASE" 081 read in the request's infinitive), but Israel's request rejected. In
    place; only the easing codes (08x) of :data:`REQUEST_BLOCKS` whose verb's object is a
    :data:`ASKED_NOUNS` noun with a "to" infinitive of its own."""
    for verb in verbs:
        if verb.match.form.block.name not in REQUEST_BLOCKS:
            continue
        if not any(c.code.startswith(EASING_ROOT) for c in verb.cands):
            continue
        obj = direct_object(verb.tok)
        if obj is None or obj.lemma_.lower() not in ASKED_NOUNS:
            continue
        if not any(c.dep_ == "acl" and to_infinitive(c) for c in obj.children):
            continue
        for cand in verb.cands:
            if cand.code.startswith(EASING_ROOT):
                cand.code = REJECTION
                cand.how += " request-refused"


def rejected_budgets(verbs: list[CodedVerb]) -> None:
    """A budget rejected, voted down or voted against is the rejection (120) the ``REJECT``
    block's "- * BUDGET" codes only when the budget is what the verb acts on ("the European
    Commission rejected Italy's draft budget", "the Senate voted down the president's
    budget", "voted against the governor's budget"); one deeper in the verb's phrases is
    another act ("rejected cuts to the army's budget", "refused to increase the police
    budget"): no event. In place."""
    for verb in verbs:
        if verb.match.form.block.name != REJECT_BLOCK or not any(_budget_pattern(c) for c in verb.cands):
            continue
        act = _act(verb.tok)
        if act is None:  # "voted against the governor's budget"
            against = [c for c in verb.tok.children if c.dep_ == "prep" and c.lower_ == "against"]
            act = next((c for p in against for c in p.children if c.dep_ == "pobj"), None)
        if act is None or act.lemma_.lower() != BUDGET:
            verb.cands = [c for c in verb.cands if not _budget_pattern(c)]


def refused_undoings(verbs: list[CodedVerb]) -> None:
    """A court or body that refuses or declines to dismiss, block, overturn or throw out
    something rejects no one by the refusal: "a federal judge refused to dismiss the Justice
    Department's lawsuit against Google" is no rejection (120) of the department, "the Supreme
    Court refused to block the governor's law" none of the governor, and "refused to throw out
    the charges against the senator" denies no accusation (016). The refusing verb's
    candidates are dropped; the undoing verb's own reading stays ("declined to overturn the
    conviction of X": a refusal to ease, 1241, on X). In place."""
    for verb in verbs:
        if verb.match.form.block.name != REJECT_BLOCK or verb.tok.lemma_.lower() not in REFUSING_LEMMAS:
            continue
        for clause in verb.tok.children:
            if clause.dep_ != "xcomp" or clause.lemma_.lower() not in UNDOING_LEMMAS:
                continue
            if clause.lemma_.lower() in PHRASAL_UNDOINGS and not any(
                    c.dep_ in PARTICLE_DEPS and c.lower_ in PARTICLES for c in clause.children):
                continue  # "refused to strike a deal": no striking down
            verb.cands = []


def _budget_pattern(cand: Candidate) -> bool:
    """True for a candidate coded by a pattern whose one word after the verb is "budget"."""
    pattern = cand.match.pattern
    return pattern is not None and len(pattern.post) == 1 and pattern.post[0].value == BUDGET


def ruled_invalid(verbs: list[CodedVerb], finder: ActorFinder) -> None:
    """A court that rules, finds or determines that another actor's act is unconstitutional,
    unlawful, illegal or invalid rejects it (120, the ``FIND`` block's patterns), aimed at its
    owner: "a judge ruled that the city's curfew was unlawful" (the city's government), "the
    appeals court found that the governor's order was unconstitutional". Kept only when a
    court rules so of an act (:data:`POLICY_NOUNS`) that another actor owns: "police found
    that the driver carried an illegal weapon" and "the judge ruled that the search was
    illegal" are no rejection of anyone. In place."""
    for verb in verbs:
        if verb.match.form.block.name != RULING_BLOCK or not any(c.code == REJECTION for c in verb.cands):
            continue
        act = _invalid_act(verb.tok)
        kept: list[Candidate] = []
        for cand in verb.cands:
            if cand.code != REJECTION:
                kept.append(cand)
                continue
            if act is None or cand.source is None or COURT not in actor_types(cand.source):
                continue  # no act ruled invalid, or no court rules
            if not _owner(act, cand):
                owner = _named_owner(act, finder) or _local_owner(act, finder)
                if owner is None or owner.code == cand.source.code:
                    continue  # "ruled that the search was illegal": no one's act
                cand.target = owner
                cand.how += " target:act-owner"
            if cand.target is not None and bare_country(cand.target):
                cand.target = government_of(cand.target)  # "Hungary's law": its government's
            cand.how += " ruled-invalid"
            kept.append(cand)
        verb.cands = kept


def _local_owner(act: Token, finder: ActorFinder) -> Actor | None:
    """``---GOV`` for "the city", "the county" or "the state" owning ``act`` ("the city's
    curfew", "the state's abortion ban"), or for a place no dictionary names as an actor
    ("Alabama's voting law", "Ontario's new rules"): a local government's act. The country
    comes later from the place's words, as for any local body."""
    for child in act.children:
        if child.dep_ != "poss":
            continue
        if child.tag_ == "NN" and child.lower_ in LOCAL_BODY_NOUNS:
            if child.i > 0 and child.doc[child.i - 1].lower_ == "the":
                return government_word(child)
        elif child.ent_type_ == "GPE" and child.pos_ == "PROPN" and not finder.actors_of(child):
            place = next((e for e in child.doc.ents if e.start <= child.i < e.end), None)
            if place is not None:
                mention = Mention(place.start, place.end, None, LOCAL_BODY, place.text.lower())
                return Actor(GOVERNMENT_CODE, place.start, place.end, (mention,), child.i)
    return None


def _invalid_act(verb: Token) -> Token | None:
    """The act (:data:`POLICY_NOUNS`) a clause under ``verb`` calls invalid: the subject of
    a predicate word of :data:`INVALID_WORDS` ("declared the decree unconstitutional") or of
    a copula with one ("said the decree was unconstitutional"); where the parser made the
    word the head of the act's phrase ("declared [the congress's pension law
    unconstitutional]"), that word, which the act's owner modifies."""
    for clause in verb.children:
        if clause.dep_ == "dobj" and clause.lower_ in INVALID_WORDS:
            if any(c.dep_ == "compound" and c.lemma_.lower() in POLICY_NOUNS for c in clause.children):
                return clause
        if clause.dep_ != "ccomp":
            continue
        word = clause
        if clause.lemma_ == "be":
            word = next((c for c in clause.children if c.dep_ in ("acomp", "attr")), clause)
        if word.lower_ not in INVALID_WORDS:
            continue
        if any(c.dep_ == "neg" for c in (*clause.children, *word.children)):
            continue  # "said the decree was not unconstitutional"
        act = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if act is None and clause is word:  # "declared [the government's decree unconstitutional]"
            act = next((c for c in clause.children if c.dep_ == "compound"), None)
        if act is not None and act.pos_ == "NOUN" and act.lemma_.lower() in POLICY_NOUNS:
            return act
    return None


def _act(verb: Token) -> Token | None:
    """The legal or policy act or the request (:data:`ACT_NOUNS`) that ``verb`` acts on: its direct
    object, its passive subject or the noun its relative clause describes, or the "of"/"on"
    phrase of a part, the enforcement or passage of one or a vote on one (:data:`PART_NOUNS`);
    None for any other object."""
    if verb.dep_ == "relcl":
        obj: Token | None = verb.head
    elif is_passive(verb):
        obj = passive_subject(verb)
    else:
        obj = direct_object(verb)
        if obj is None:  # "struck down X" read as a particle or preposition with an object
            part = next((c for c in verb.children if c.dep_ in PARTICLE_DEPS and c.lower_ in PARTICLES), None)
            obj = next((c for c in part.children if c.dep_ == "pobj"), None) if part is not None else None
    if obj is not None and obj.lemma_.lower() in PART_NOUNS:
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in PART_PREPS), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in ACT_NOUNS:
        return None
    return obj


def _owner(act: Token, cand: Candidate) -> bool:
    """True when the candidate's target owns ``act``: a possessive or a modifier of it ("the
    governor's decree", "the Trump administration's rule", "a Senate bill"), or the
    "by"/"of" phrase on it or on a participle describing it ("the law passed by the previous
    government", "the decision of the ministry")."""
    if cand.target is None:
        return False
    doc = act.doc
    span = range(cand.target.start, cand.target.end)
    if act.i in span:
        return False  # the act itself names no owner
    # the word of the target's words that hangs outside them: "administration" of "the
    # Trump administration's"
    word = next((doc[i] for i in span if doc[i].head.i not in span), doc[cand.target.head])
    if word.dep_ == "case":
        word = word.head
    if word.dep_ in OWNER_DEPS and word.head == act:
        if word.dep_ == "poss":
            return True
        kinds = actor_types(cand.target) if cand.target is not None else set()
        return not kinds or bool(kinds & OWNER_TYPES)
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ not in OWNER_PREPS or prep.dep_ not in ("prep", "agent"):
        return False
    holder = prep.head
    return holder == act or (holder.dep_ == "acl" and holder.head == act)


def _named_owner(act: Token, finder: ActorFinder) -> Actor | None:
    """The actor of a "by" or "of" phrase on ``act`` or on a participle describing it
    ("the law passed by the previous government", "the decision of the ministry"), when it
    may own such an act (:func:`_owner`)."""
    for child in act.children:
        if child.dep_ == "prep":
            preps = [child]
        elif child.dep_ == "acl":  # "passed by", "issued by"
            preps = [c for c in child.children if c.dep_ in ("agent", "prep")]
        else:
            continue
        for prep in preps:
            if prep.lower_ not in OWNER_PREPS:
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                for actor in finder.actors_of(pobj):
                    kinds = actor_types(actor)
                    if not kinds or kinds & OWNER_TYPES or prep.lower_ == "by":
                        return actor
    return None


def _own(act: Token) -> bool:
    """True when a possessive pronoun or "own" marks ``act`` as its doer's own ("its plan",
    "his policy", "their own decision")."""
    return any(c.lower_ in OWN_WORDS and c.dep_ in ("poss", "amod") for c in act.children)
