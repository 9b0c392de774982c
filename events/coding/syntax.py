"""Small readings of spaCy's dependency parse shared by the coder's rules: negation scope,
inherited subjects and noun phrases without their clauses."""

from __future__ import annotations

from spacy.tokens import Token

from events.coding.words import words_of
from events.nlp import token_memo

NEG_CHILD_WORDS = frozenset({"not", "n't", "never", "neither", "nor"})
# deps that continue a verb chain upwards for subject inheritance and negation scope
CHAIN_DEPS = frozenset({"xcomp", "conj", "acomp", "pcomp", "prep", "aux", "advcl", "oprd"})
NEG_SCOPE_DEPS = frozenset({"xcomp", "acl", "dobj", "attr", "pobj", "prep", "oprd", "pcomp", "acomp"})
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "conj", "acl"})
WH_WORDS = frozenset({"who", "which", "that", "whom"})
DASHES = frozenset({"—", "–", "--", "-"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


DISJUNCTIONS = frozenset({"or", "nor"})


def negated(verb: Token) -> bool:
    """True when ``verb`` or a verb governing it (through xcomp/acl/object chains) is negated."""
    tok = verb
    for _ in range(6):
        if any(
            c.dep_ == "neg" or (c.lower_ in NEG_CHILD_WORDS and c.dep_ in ("advmod", "preconj", "det"))
            for c in tok.children
        ):
            return True
        # "this may not be what X planned": a clause under a negated copula is no event
        copula = tok.dep_ in ("ccomp", "relcl", "csubj") and tok.head.lemma_ == "be"
        # "cannot walk or talk", "did not meet nor call": a disjunct shares the negation
        disjunct = tok.dep_ == "conj" and any(
            c.dep_ == "cc" and c.lower_ in DISJUNCTIONS for c in tok.head.children
        )
        if (tok.dep_ not in NEG_SCOPE_DEPS and not copula and not disjunct) or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


# verbs whose object does what their "of/for -ing" phrase or infinitive says: "accused
# Russia of shelling Kharkiv", "urged Iran to release", "helped Ukraine repel", "the
# outbreak prompted Japan to ban imports"
OBJECT_CONTROL = frozenset(
    """
    accuse blame charge convict suspect criticize criticise condemn praise thank fault punish
    sanction sentence fine sue indict arrest detain urge ask order tell force persuade
    encourage invite allow help enable permit pressure press call warn advise instruct
    prompt lead cause compel oblige spur convince inspire motivate
    """.split()
)


# nouns of a plan whose infinitive says what is planned ("announced plans to impose tariffs"),
# and the verbs that make such a plan public
PLAN_NOUNS = frozenset("plan intention pledge vow".split())
PLAN_VERBS = frozenset(
    """
    announce unveil outline reveal confirm detail present approve adopt publish disclose
    finalize finalise
    """.split()
)


def announced_plan(verb: Token) -> Token | None:
    """The verb that makes public the plan whose infinitive ``verb`` is ("Beijing *announced*
    plans to impose tariffs", "unveiled a plan to send troops"), or None: not for a plan no
    one has ("no plans to"), one denied or not announced ("denied plans to", "the plan to
    build a dam was scrapped"), or a verb that is no such infinitive."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in PLAN_NOUNS:
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None
    if any(c.lower_ in ("no", "any") for c in noun.children) or noun.dep_ != "dobj":
        return None
    said = noun.head
    if said.lemma_.lower() not in PLAN_VERBS or negated(said):
        return None
    return said


# nouns of a step taken whose infinitive says what it is to do ("a U.S. move to impose
# tariffs", "China's decision to tax American cars")
DECISION_NOUNS = frozenset("move decision step".split())


def decided_act(verb: Token) -> Token | None:
    """The noun of a step taken whose infinitive ``verb`` is ("a U.S. *move* to impose
    tariffs", "Beijing's *decision* to tax American cars"), also when the parser hung the
    infinitive on the clause's verb after the noun and its time ("after an Argentine *move*
    last month to impose duties"), or None: not for a step no one takes ("no move to"),
    nor a verb that is no such infinitive."""
    if verb.dep_ not in ("acl", "advcl"):
        return None  # (the cheapest test first)
    to = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
    if to is None:
        return None
    if verb.dep_ == "acl":
        noun = verb.head
    elif to.i >= 1:
        noun = verb.doc[to.i - 1]
        if noun.dep_ == "npadvmod" and noun.head.i < noun.i:
            noun = noun.head  # "a move last month to raise duties": the move's time between
    else:
        return None
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DECISION_NOUNS:
        return None
    return None if any(c.lower_ in ("no", "any") for c in noun.children) else noun


DAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight".split()
)
"""The days a news sentence tells its act on ("announced the indictment Tuesday")."""


def _day_read_as_subject(tok: Token) -> bool:
    """True for a bare day the parser took for the subject of the participle right after it
    ("announced the indictment *Tuesday* charging two men": the day of the announcement,
    not who charges)."""
    return (tok.lower_ in DAY_WORDS and tok.head.tag_ == "VBG" and tok.i == tok.head.i - 1
            and not any(c.dep_ == "det" for c in tok.children))


def is_dateline(tok: Token) -> bool:
    """True for a dateline the parser took for a subject: the first words of a sentence, in
    capitals, followed by a dash ("SPRINGFIELD — A man was arrested ...", "LAKEVIEW, Ore. -
    Two hikers were rescued ..."); the verb's real subject comes after it. A capitalised
    acronym that acts ("NATO said ...") has no dash after it, and one the verb has no other
    subject for stays its subject ("NATO - with its partners - said ...")."""
    if _dateline_dash(tok) is None:
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.i > tok.i for c in tok.head.children)


def dateline_apposition(tok: Token) -> Token | None:
    """The real subject the parser hung on a dateline as its apposition ("ADDIS ABABA —
    Ethiopia and Eritrea traded accusations"), or None."""
    dash = _dateline_dash(tok)
    if dash is None or tok.head.i <= dash:
        return None
    if any(t.text in DASHES for t in tok.doc[dash + 1 : tok.head.i]):
        return None  # "OPEC — the cartel of oil exporters — criticized": a description
    return next((c for c in tok.children if c.dep_ == "appos" and c.i > dash), None)


def _dateline_dash(tok: Token) -> int | None:
    """The index of the dash after ``tok`` when ``tok`` stands in a dateline (capitals at the
    start of the sentence, then only dateline words up to a dash), else None."""
    if len(tok.text) < 3 or not tok.text.isupper() or tok.i - tok.sent.start > 3:
        return None
    # the dateline's words before and after the subject: capitals, "Ore.", "(AP)", ","
    opening = tok.doc[tok.sent.start : tok.i]
    after = tok.doc[tok.i + 1 : min(tok.i + 7, tok.sent.end)]
    dash = next((t.i for t in after if t.text in DASHES), None)
    if dash is None or not all(_dateline_word(t) for t in (*opening, *tok.doc[tok.i + 1 : dash])):
        return None
    return dash


def _dateline_word(tok: Token) -> bool:
    """True for a word a dateline may hold besides its place: capitals, an abbreviation
    ("Ore.", "W.Va."), a title-case word, a number or punctuation."""
    return tok.is_punct or tok.text.isupper() or tok.text.endswith(".") or tok.text.istitle() or tok.like_num


def subject(verb: Token, chain: frozenset[str] = CHAIN_DEPS) -> Token | None:
    """The subject of ``verb``, inherited up xcomp/conj/advcl chains (``chain``) when it has
    none; the object of an object-control verb ("accused Russia of *shelling*", "urged Iran
    to *release*") for its "of/for -ing" phrase or infinitive; the noun of a step taken for
    its infinitive (:func:`decided_act`), whose owner does it."""
    if verb.dep_ == "advcl" and (step := decided_act(verb)) is not None:
        return step  # "after an EU move last month to raise duties": the move's owner
    tok = verb
    for _ in range(5):
        subj = next((c for c in tok.children
                     if c.dep_ in SUBJECT_DEPS and not is_dateline(c) and not _day_read_as_subject(c)), None)
        if subj is None:
            subj = _subject_on_auxiliary(tok)
        if subj is not None:
            said = _said_of_relative(tok, tok == verb) if subj.tag_ in RELATIVE_PRONOUN_TAGS else None
            if said is not None:
                return said
            return dateline_apposition(subj) or subj
        if tok.dep_ in ("relcl", "acl") and tok == verb:
            # "Beijing announced plans to impose tariffs": the plan's author imposes them
            said = announced_plan(tok)
            if said is not None:
                return subject(said, chain)
            return _antecedent_of_misread_verb(tok) or tok.head
        controller = _controller(tok)
        if controller is not None:
            return controller
        if tok.dep_ == "conj" and (misread := _clause_read_as_phrase(tok)) is not None:
            return misread
        if tok.dep_ not in chain or tok.head == tok:
            return None
        tok = tok.head
    return None


AUXILIARY_LEMMAS = frozenset("be have do will would shall should can could may might must".split())
"""The words that are auxiliaries (the tagger also reads "found" in "Man found shot" as one)."""


def _subject_on_auxiliary(verb: Token) -> Token | None:
    """A subject the parser hung on ``verb``'s auxiliary instead of the verb ("Egypt and Qatar
    *are* mediating": "Egypt" on "are"); not on a verb read as one ("Man *found* shot")."""
    for aux in verb.children:
        if aux.dep_ in ("aux", "auxpass") and aux.lemma_ in AUXILIARY_LEMMAS and aux.n_lefts:
            found = next((c for c in aux.children if c.dep_ in SUBJECT_DEPS and not is_dateline(c)), None)
            if found is not None:
                return found
    return None


RELATIVE_PRONOUN_TAGS = frozenset({"WP", "WDT"})
"""Tags of "who", "whom", "which", "that" as relative pronouns."""
RELATIVE_REPORT_LEMMAS = frozenset({"say", "allege", "believe", "claim", "suspect"})
"""Verbs of saying a relative clause puts between its pronoun and its act ("a man who police
say stabbed two people")."""


def _said_of_relative(tok: Token, own: bool) -> Token | None:
    """In "a man who police say stabbed two people" (the parser gives "say" both "who" and
    "police" as subjects): the speaker ("police") for the verb of saying itself (``own``),
    the noun the clause is on ("man") for the act said (a verb below it); in "the man, who
    authorities said attacked a deputy" ("who" the act's own subject): that noun. None
    otherwise."""
    if tok.dep_ == "relcl" and tok.lemma_ in RELATIVE_REPORT_LEMMAS:
        speaker = next(
            (c for c in tok.children if c.dep_ == "nsubj" and c.tag_ not in RELATIVE_PRONOUN_TAGS), None
        )
        if speaker is not None:
            return speaker if own else tok.head
    head = tok.head
    if own and tok.dep_ in ("ccomp", "xcomp") and head.dep_ == "relcl":
        return head.head if head.lemma_ in RELATIVE_REPORT_LEMMAS else None
    return None


# prepositions that also open clauses, which the parser reads as a phrase ending in a noun
CLAUSE_PREPOSITIONS = frozenset("after before since until till as".split())


def _clause_read_as_phrase(verb: Token) -> Token | None:
    """The subject of a finite verb the parser took for a conjunct of the main verb when it
    read the clause it ends as a phrase: in "is considering imports after an outbreak of
    swine fever hit its herds", "after an outbreak" is a phrase of "considering" and "hit"
    its conjunct, with no "and" or comma before it; the subject is the phrase's noun
    ("outbreak"), not the main verb's. None for a real conjunct."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.i < verb.head.i:
        return None
    for _ in range(4):
        if noun.dep_ in {"compound", "amod"}:
            noun = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ in CLAUSE_PREPOSITIONS:
            return noun
        elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
            noun = noun.head.head
        else:
            return None
    return None


def _antecedent_of_misread_verb(verb: Token) -> Token | None:
    """The noun that the main verb ``verb`` has as its subject when the parser, after a
    relative clause set off by commas, took the verb for a participle on the clause's last
    noun: "Jordan, which hosts 600,000 Syrian refugees, called for more aid" hangs "called"
    on "refugees" and makes "Jordan" the root. None unless ``verb`` is a finite verb (past or
    present tense) right after a comma, below a relative clause whose antecedent is the
    root of the sentence, before it."""
    if verb.dep_ != "acl" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i == 0:
        return None
    if verb.doc[verb.i - 1].text != ",":
        return None
    node = verb.head
    for _ in range(6):
        if node.dep_ == "relcl":
            antecedent = node.head
            if antecedent.dep_ == "ROOT" and antecedent.pos_ in {"NOUN", "PROPN"} and antecedent.i < verb.i:
                return antecedent
            return None
        if node.head == node:
            return None
        node = node.head
    return None


def _controller(tok: Token) -> Token | None:
    """The object of the object-control verb that governs ``tok`` (None: none); for a
    passive governor, its passive subject ("a man *accused* of stabbing": the man)."""
    if tok.dep_ == "xcomp":
        governor = tok.head
    elif (grounded := _grounds_verb(tok)) is not None:
        governor = grounded  # "arrested the woman on suspicion of assaulting ...": the woman
    elif tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.lower_ in ("of", "for", "with"):
        governor = tok.head.head
        if (governor.dep_ == "dobj" and governor.head.lemma_.lower() in OBJECT_CONTROL
                and governor.lemma_.lower() not in OBJECT_CONTROL):
            # "accused China's coast guard of firing ...", the "of" phrase parsed onto the
            # object: the object is still who is said to act
            return governor
    else:
        return None
    if governor == tok or governor.lemma_.lower() not in OBJECT_CONTROL:
        return None
    obj = next((c for c in governor.children if c.dep_ == "dobj" and c.i < tok.i), None)
    if obj is None and is_passive(governor):
        return passive_subject(governor)
    return obj


GROUNDS_NOUNS = frozenset({"suspicion", "charge"})
"""Nouns of the grounds an arrest or an indictment is made on ("on suspicion of", "on
charges of")."""


SUSPECTING_GOVERNORS = frozenset("arrest detain indict charge arraign hold book question prosecute".split())
"""The verbs whose "on suspicion / charges of" gerund tells what their object is suspected
of (not "convicted on charges of": a past finding, told as background)."""


def _grounds_verb(tok: Token) -> Token | None:
    """The verb whose "on suspicion of" / "on charges of" phrase holds the gerund ``tok``
    ("arrested the woman on suspicion of *assaulting* her husband"); None elsewhere."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ != "of":
        return None
    noun = prep.head
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in GROUNDS_NOUNS:
        return None
    on = noun.head
    if on.dep_ != "prep" or on.lower_ != "on" or on.head.lemma_.lower() not in SUSPECTING_GOVERNORS:
        return None
    return on.head


CONDITION_MARKS = frozenset({"if", "unless"})
"""Marks of a clause that makes an act conditional ("will retaliate if X imposes tariffs")."""


def condition_clauses(verb: Token) -> list[Token]:
    """The "if / unless" adverbial clauses on ``verb``."""
    return [
        c for c in verb.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
    ]


def time_adverbial(tok: Token) -> bool:
    """True for a bare noun phrase of time modifying its head ("called *Thursday* on",
    "met *this week* with"): a date or time the parser attached as an adverbial noun."""
    return tok.dep_ in ("npadvmod", "tmod") and tok.ent_type_ in ("DATE", "TIME")


def duration_phrase(tok: Token) -> bool:
    """True for a "for" phrase of time ("pressed into the enclave *for the fourth straight
    day*", "talked *for three hours*"): how long, not what for."""
    if tok.dep_ != "prep" or tok.lower_ != "for":
        return False
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    return pobj is not None and pobj.ent_type_ in ("DATE", "TIME")


def feeling_phrases(adjective: Token) -> list[Token]:
    """The phrases of a predicate adjective or participle of feeling: its own prepositions
    and agent, and those the parser hung on its copula ("France was furious *at* X")."""
    own = [c for c in adjective.children if c.dep_ in ("prep", "agent")]
    if adjective.dep_ == "acomp":
        own += [c for c in adjective.head.children if c.dep_ == "prep" and c.i > adjective.i]
    return own


def subtree_no_clauses(tok: Token) -> list[Token]:
    """``tok``'s subtree without embedded clauses (in order)."""
    out: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS or c.pos_ in ("NOUN", "PROPN"))
    out.sort(key=lambda t: t.i)
    return out


def relative_object(verb: Token) -> Token | None:
    """The noun a relative clause describes when it is the clause verb's object: "a deal
    (that) he struck with X" (the deal is struck), "the missiles Iran fired"; None when the
    clause has no subject of its own ("the man who killed X") or an object ("the court that
    fined the firm")."""
    if verb.dep_ != "relcl" or verb.head == verb or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    deps = {c.dep_ for c in verb.children if not (c.dep_ == "dobj" and c.lower_ in WH_WORDS)}
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in WH_WORDS or deps & {"dobj", "ccomp", "xcomp", "nsubjpass"}:
        return None
    return verb.head


def cleft(clause: Token) -> bool:
    """True when the relative clause ``clause`` is the focus of a cleft ("it was the driver
    who shot the officer", "it is Russia that started the war"): its noun is the complement
    of "be" whose subject is "it" or "this", so the clause tells the sentence's own act, and
    a verb of saying above the copula reports it ("police said it was the driver who …")."""
    noun = clause.head
    if clause.dep_ != "relcl" or noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in CLEFT_SUBJECTS for c in noun.head.children)


CLEFT_SUBJECTS = frozenset({"it", "this"})


def own_subject(verb: Token) -> Token | None:
    """The subject written for ``verb`` itself (a conjunct shares its head's subject; a
    predicate adjective has its copula's: "the union *was critical*")."""
    tok = verb.head if verb.pos_ == "ADJ" and verb.dep_ == "acomp" else verb
    for _ in range(3):
        subj = next((c for c in tok.children
                     if c.dep_ in SUBJECT_DEPS and not is_dateline(c) and not _day_read_as_subject(c)), None)
        if subj is not None or tok.dep_ != "conj":
            return (dateline_apposition(subj) or subj) if subj is not None else None
        tok = tok.head
    return None


SHARED_BETWEEN = frozenset({"cc", "prt", "advmod"})
"""What may stand between two coordinated verbs that share an argument: "shot and (fatally)
killed", "tied up and beat"."""
SHARING_TAGS = frozenset({"VBD", "VBZ", "VBP", "VB", "VBN"})
"""The verb forms that share an argument with the next verb: finite ones, an infinitive and
a participle ("has shot and killed", "was beaten and robbed"); no gerund."""
OWN_COMPLEMENTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "oprd", "acomp", "agent"})


def shared_argument(verb: Token, dep: str) -> Token | None:
    """The ``dep`` child ("dobj", "agent") of the verb coordinated right after ``verb`` when
    the two share it: "a police officer shot and killed a man" (the man is shot too), "was
    beaten and robbed by three men" (they beat him too). None when ``verb`` has a complement
    of its own, the next verb has its own subject ("he shot and she fled") or more than an
    "and" and adverbs stand between them ("shot at the car and killed a man")."""
    if verb.tag_ not in SHARING_TAGS:
        return None  # (a gerund's object is a thing more often than not: "of honouring and
        # remembering his contribution")
    words = words_of(verb.doc)  # (labels by index: no Token for the words in between)
    deps = words.dep
    if dep == "dobj" and any(deps[c.i] in ("nsubjpass", "auxpass") for c in verb.children):
        return None  # "was shot and robbed a bank" is no object shared
    conj = next((c for c in verb.children if deps[c.i] == "conj" and c.i > verb.i), None)
    if dep == "dobj" and (serial := _serial_object(verb)) is not None:
        return serial
    if conj is None or words.pos[conj.i] != "VERB" or conj.i - verb.i > 4:
        return None
    between = [deps[k] for k in range(verb.i + 1, conj.i)]
    if "cc" not in between or not SHARED_BETWEEN.issuperset(between):
        return None
    if any(deps[c.i] in OWN_COMPLEMENTS for c in verb.children):
        return None
    if any(deps[c.i] in SUBJECT_DEPS for c in conj.children):
        return None
    return next((c for c in conj.children if deps[c.i] == dep), None)


SERIAL_DEPS = frozenset({"conj", "advcl", "dep"})
"""How the parser hangs the second verb of a series on the first ("arrested, charged and
jailed": "charged" as a clause of "arrested", or its conjunct)."""


def _serial_object(verb: Token) -> Token | None:
    """The object a series of three verbs shares, for its first verb: "authorities arrested,
    charged and jailed three activists", "gunmen kidnapped, tortured and killed two aid
    workers" (the object of the last verb). None unless ``verb`` is followed by a comma and a
    verb with no subject or complement of its own, coordinated by "and" with a last verb with
    no subject of its own."""
    if any(c.dep_ in OWN_COMPLEMENTS for c in verb.children) or verb.i + 2 >= len(verb.doc):
        return None
    second = verb.doc[verb.i + 2]
    if verb.doc[verb.i + 1].text != "," or second.head != verb or second.dep_ not in SERIAL_DEPS:
        return None
    if second.pos_ != "VERB" or second.tag_ not in SHARING_TAGS:
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in OWN_COMPLEMENTS for c in second.children):
        return None
    last = next((c for c in second.children if c.dep_ == "conj" and c.i > second.i), None)
    if last is None or last.pos_ != "VERB" or last.i - second.i > 3:
        return None
    if not any(second.doc[k].dep_ == "cc" for k in range(second.i + 1, last.i)):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in last.children):
        return None
    return next((c for c in last.children if c.dep_ == "dobj"), None)


# participles of verbs done to someone, that a headline uses bare ("Man arrested after chase");
# forms, not lemmas: the tagger's lemma of a headline's participle is unreliable ("fined" -> "fin")
HEADLINE_PASSIVES = frozenset(
    """
    arrested fined charged jailed sentenced convicted indicted detained killed shot stabbed
    wounded injured kidnapped abducted robbed beaten assaulted murdered executed hanged
    deported expelled banned sacked ousted released freed rescued accused sued questioned held
    honored honoured praised lauded hailed thanked slammed blasted criticized criticised
    condemned rapped summoned pardoned acquitted cleared
    """.split()
)


@token_memo("events.coding.passive")  # (asked of the same verbs by many rules)
def is_passive(verb: Token) -> bool:
    """True for a passive verb: with a passive subject or auxiliary, a headline's participle
    with its subject and no auxiliary ("Man arrested after chase"), a reduced passive
    relative right after its noun ("soldiers *killed* in Ukraine", "civilians *wounded* by
    shelling"), or a participle coordinated with a passive ("was arrested by X and *charged*
    by Y")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    if _misread_before_court(verb) is not None:
        return True
    if verb.dep_ == "ROOT" and verb.tag_ in ("VBN", "VBD") and verb.lower_ in HEADLINE_PASSIVES:
        # a headline's reduced passive ("City woman fined for …", "Man arrested after chase"):
        # these verbs take an object whenever they are active
        deps = {c.dep_ for c in verb.children}
        if ("nsubj" in deps and not deps & {"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp"}
                and shared_argument(verb, "dobj") is None):  # (not "X shot and killed a man")
            return True
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and any(c.dep_ == "agent" for c in verb.children):
        # a participle the parser read as a past tense, with a "by" agent: "villagers *held*
        # hostage by insurgents" (its complement taken for an object)
        return True
    if verb.tag_ == "VBD" and _misread_passive_conjunct(verb):
        return True
    if verb.tag_ == "VBN" and _passive_complement(verb):
        return True
    if verb.tag_ == "VBD" and verb.dep_ == "ccomp" and _passive_complement(verb):
        return True  # ("found the clerk *shot*" is often read as a past tense)
    if verb.tag_ != "VBN":
        return False
    if verb.dep_ == "acl":
        # a past participle describing a noun is passive ("talks in Cairo, hosted by Egypt",
        # "a man accused of stabbing", "soldiers killed in Ukraine") unless it has an object
        return not any(c.dep_ in ("dobj", "nsubj") for c in verb.children)
    return (
        verb.dep_ == "conj"
        and verb.head != verb
        and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)
        and is_passive(verb.head)
    )


FINDING_VERBS = frozenset("find discover leave see report declare pronounce".split())
"""Verbs whose object (or passive subject) a bare participle after them describes as acted
on ("was found shot", "found the victim stabbed", "left him wounded", "reported killed")."""
DISCOVERY_VERBS = frozenset({"find", "discover"})
"""Of those, the verbs of finding a harm done by someone unknown ("was found stabbed")."""


def _passive_complement(verb: Token) -> bool:
    """A bare past participle (no auxiliary or object of its own) completing a verb of
    finding or leaving (:data:`FINDING_VERBS`): "a man was found shot to death", "police
    found the victim stabbed", "two were reported killed". Its subject is the one acted on."""
    head = verb.head.lemma_.lower()
    return (
        (verb.dep_ in ("xcomp", "oprd") and head in FINDING_VERBS)
        # a clause under "find" ("found the clerk shot"), not "… met Assad, Reuters reported"
        or (verb.dep_ == "ccomp" and head in DISCOVERY_VERBS)
    ) and not any(c.dep_ in ("aux", "auxpass", "dobj", "mark") for c in verb.children)


def _complement_subject(participle: Token) -> Token | None:
    """Who a participle of :func:`_passive_complement` says was acted on: its own subject
    ("found *the clerk* shot"), its verb's passive subject ("*two men* were found shot") or
    object ("left *him* wounded"), or the subject of a reduced "reported" ("with *four
    guests* reported killed")."""
    head = participle.head
    for tok, deps in ((participle, ("nsubj",)), (head, ("nsubjpass", "dobj"))):
        if (subj := next((c for c in tok.children if c.dep_ in deps), None)) is not None:
            return subj
    if head.lemma_.lower() == "report":
        return next((c for c in head.children if c.dep_ == "nsubj"), None)
    return None


def found_harmed(verb: Token) -> bool:
    """True for a participle of a harm found or discovered ("three people were found shot",
    "police found the clerk beaten"): its doer is unknown, not whoever acted before."""
    return _passive_complement(verb) and verb.head.lemma_.lower() in DISCOVERY_VERBS


OF_PASSIVES = frozenset("rob strip deprive relieve cheat clear acquit convict accuse suspect".split())
"""Verbs whose passive names what was taken or charged with "of" ("robbed of her phone",
"cleared of wrongdoing"); their active takes an object first ("robbed her of ...")."""


CUSTODY_PASSIVES = frozenset(
    """
    hand transfer transport book remand extradite jail detain release free
    arrest sentence convict indict imprison deport fine
    """.split()
)
"""Verbs of custody and punishment that always take the one held or punished as object
("was arrested and *handed* to deputies", "*booked* into the county jail", "was tried by a
military court and *sentenced* to ten years"): with no object after a passive, passive."""
HANDING_OVER = frozenset({"turn"})
"""Verbs that do so with the particle "over" ("was arrested and *turned over* to deputies")."""


def _misread_passive_conjunct(verb: Token) -> bool:
    """A regular participle the parser read as a past tense, coordinated with a passive verb
    and sharing its subject ("was knocked unconscious by her attacker and *robbed* of her
    phone"): no subject, auxiliary, object or clause of its own, and a "by" agent or, for a
    verb of taking away or blaming (:data:`OF_PASSIVES`), an "of" phrase, or a verb of
    custody (:data:`CUSTODY_PASSIVES`, "turned over": "was stopped by X and *turned over*
    to Y") (not "was attacked and *retreated* to the base", "*complained* of neck
    injuries"); also an irregular one with a predicate of its missing object ("was tried in
    absentia and *found* guilty", "was arrested and *held* responsible": ``oprd``)."""
    predicate = any(c.dep_ == "oprd" for c in verb.children)
    return (
        verb.dep_ == "conj"
        and (
            predicate
            or any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "of" and verb.lemma_ in OF_PASSIVES)
                   for c in verb.children)
            or _custody_verb(verb)
        )
        and verb.head != verb
        and (predicate or verb.lower_.endswith("ed"))
        and not any(c.dep_ in ("nsubj", "aux", "dobj", "dative", "ccomp", "xcomp") for c in verb.children)
        and any(c.dep_ == "nsubjpass" for c in verb.head.children)
        and is_passive(verb.head)
    )


def _custody_verb(verb: Token) -> bool:
    """True for a verb of :data:`CUSTODY_PASSIVES` or "turned over"."""
    lemma = verb.lemma_.lower()
    if lemma in HANDING_OVER:
        return any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
    return lemma in CUSTODY_PASSIVES


def passive_subject(verb: Token) -> Token | None:
    """The logical object of a passive verb: its passive subject, its conjunct head's, or
    the noun a reduced relative hangs on; for "who"/"which" the noun the relative clause
    describes ("militants who were arrested")."""
    if _passive_complement(verb):
        return _complement_subject(verb)
    tok = verb
    for _ in range(3):
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass" and not is_dateline(c)), None)
        if subj is not None:
            if subj.lower_ in WH_WORDS and tok.dep_ == "relcl" and tok.head != tok:
                return tok.head
            return subj
        if tok.dep_ == "acl" and tok.head != tok:
            return _charged_in_court(tok) or tok.head
        if (appeared := _misread_before_court(tok)) is not None:
            return appeared
        if tok.dep_ != "conj" or tok.head == tok:
            return None
        tok = tok.head
    return None


COURT_WORDS = frozenset("court courthouse magistrate magistrates judge tribunal dock".split())
"""Nouns of the court a defendant appears before."""
COURT_PARTICIPLES = frozenset("charge accuse indict convict sentence".split())


def _misread_before_court(participle: Token) -> Token | None:
    """The subject of "appeared before magistrates accused of theft" when the parser read
    "before magistrates accused" as a clause (the magistrates accusing): a participle (VBN,
    no auxiliary) of :data:`COURT_PARTICIPLES` whose subject is a court word and whose mark
    is "before"; None otherwise."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBN":
        return None
    if participle.lemma_.lower() not in COURT_PARTICIPLES:
        return None
    deps = {c.dep_: c for c in participle.children}
    mark, court = deps.get("mark"), deps.get("nsubj")
    if mark is None or mark.lower_ != "before" or court is None or court.lemma_.lower() not in COURT_WORDS:
        return None
    if "aux" in deps or "auxpass" in deps:
        return None
    return next((c for c in participle.head.children if c.dep_ == "nsubj"), None)


def _charged_in_court(participle: Token) -> Token | None:
    """The subject of "appeared in court charged with murder", "appeared before magistrates
    accused of theft": the parser hangs the participle on the court, but the one charged is
    the one who appeared (None when the participle is no such)."""
    court = participle.head
    if participle.lemma_.lower() not in COURT_PARTICIPLES or court.lemma_.lower() not in COURT_WORDS:
        return None
    if court.dep_ != "pobj" or court.head.dep_ != "prep":
        return None
    verb = court.head.head
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


# verbs that name or describe something ("what it called an attack", "described it as a
# provocation"): no act of their own
NAMING_VERBS = frozenset("call describe term label dub brand characterize characterise".split())


def is_naming(verb: Token) -> bool:
    """True when ``verb`` names or describes rather than acts ("called it a provocation",
    "what it called an assault", "described the strike as …"); "called for talks" and
    "called on Iran to …" are appeals, not naming, and "called Chinese President Xi Jinping
    on Sunday" a telephone call the parser read as a name given (:func:`called_person`)."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return False
    if called_person(verb) is not None:
        return False
    return any(
        c.dep_ in ("oprd", "attr")
        or (c.dep_ == "dobj" and c.lower_ == "what")
        or (c.dep_ == "prep" and c.lower_ == "as")
        for c in verb.children
    )


# deps of the clauses a verb governs (PETRARCH-2's S/SBAR children of a verb phrase)
CLAUSE_UNDER_VERB_DEPS = frozenset({"xcomp", "ccomp", "advcl"})
# deps that chain a clause to the clause above it (not into a phrase)
CLAUSE_CHAIN_DEPS = frozenset(
    {"xcomp", "ccomp", "advcl", "conj", "parataxis", "csubj", "aux", "acomp", "oprd"}
)


def in_phrase(verb: Token) -> bool:
    """True when ``verb`` sits inside a noun or prepositional phrase rather than in a chain
    of clauses from the root: a relative clause or participle ("the group that seized X",
    "civilians imprisoned for …"), a gerund after a preposition ("for helping X join Y");
    not the participle of "there were X killed"."""
    tok = verb
    for _ in range(8):
        if tok.dep_ == "ROOT" or tok.head == tok:
            return False
        if _existential(tok):
            tok = tok.head.head  # "There were 10 soldiers killed in X": the clause's verb
            continue
        if tok.dep_ not in CLAUSE_CHAIN_DEPS:
            return True
        tok = tok.head
    return False


def _existential(tok: Token) -> bool:
    """True for a participle on the noun of "there is/are" ("There were 10 soldiers
    *killed*")."""
    noun = tok.head
    return (
        tok.dep_ == "acl"
        and noun.dep_ in ("attr", "nsubj")
        and any(c.dep_ == "expl" for c in noun.head.children)
    )


def to_infinitive(verb: Token) -> bool:
    """True for a "to" infinitive ("to leave")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def negated_infinitive(verb: Token) -> bool:
    """True for a "to" infinitive complement that is itself negated ("vowed *not to* resume
    talks", "pledged *never to* attack"): what it names is what the governing verb rules
    out, not what it intends or proposes."""
    return (
        verb.dep_ == "xcomp"
        and to_infinitive(verb)
        and any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in verb.children)
    )


def plain_infinitive(verb: Token) -> bool:
    """True for a "to" infinitive that is not a perfect one: "to close" tells what is to be
    done, "to have closed" a past act."""
    return to_infinitive(verb) and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def several(noun: Token) -> bool:
    """True for a plural noun or nouns joined by "and" ("firms", "Hege and Dunakin"): what
    "they" or "them" may stand for."""
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)


def direct_object(verb: Token) -> Token | None:
    """The direct object (``dobj``) of ``verb``, or None."""
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


COORDINATORS = frozenset({"and", "but"})
NOUN_LINK_DEPS = frozenset({"pobj", "prep", "dobj", "nsubj", "nsubjpass", "appos", "conj", "npadvmod"})
"""How a noun a relative clause describes hangs on its clause's verb ("taken *to* Leeds,
where …": pobj, prep)."""


def linked_clauses(verb: Token, limit: int = 4) -> list[Token]:
    """The verbs of the clauses ``verb``'s clause is coordinated with or hangs on, nearest
    first: up its conjunct and adverbial heads ("police were called, *and* a man was
    arrested"), a relative clause's noun's verb ("was taken to Leeds, *where* he was
    charged": taken), a clause after "and" the parser hung as a complement ("officers came
    to the house and a man *was arrested*"), with the conjuncts and adverbial clauses of
    each and of ``verb`` ("was arrested *after* a neighbour called police"). Not a verb of
    saying whose words hold it (a complement after no "and", unless ``verb`` is coordinated
    with what is said), nor ``verb`` itself."""
    chain = [verb]
    tok = verb
    for _ in range(limit):
        if tok.head == tok:
            break
        if tok.dep_ in ("conj", "advcl"):
            tok = tok.head
        elif tok.dep_ == "ccomp" and (_coordinated_complement(tok) or _said_beside(verb, chain)):
            tok = tok.head
        elif tok.dep_ == "relcl":
            up = tok.head
            for _ in range(limit):
                if up.pos_ in ("VERB", "AUX") or up.dep_ not in NOUN_LINK_DEPS or up.head == up:
                    break
                up = up.head
            if up.pos_ not in ("VERB", "AUX"):
                break
            tok = up
        else:
            break
        chain.append(tok)
    seen = {t.i for t in chain}
    out = chain[1:]
    for clause in chain:
        for child in clause.children:
            if child.dep_ in ("conj", "advcl") and child.pos_ in ("VERB", "AUX") and child.i not in seen:
                seen.add(child.i)
                out.append(child)
    return out


def _said_beside(verb: Token, chain: list[Token]) -> bool:
    """True when ``verb`` is a conjunct of what is said, the last of ``chain`` ("told police
    the pair had stolen cash and they were arrested": the parser coordinates the arrest with
    what was told)."""
    return verb.dep_ == "conj" and chain == [verb, verb.head]


def _coordinated_complement(clause: Token) -> bool:
    """True for a complement clause the parser made of a clause after "and"/"but" ("…
    called to the house and a man was arrested"): the word before its subject's phrase is
    the coordinator."""
    subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.left_edge.i == 0:
        return False
    return clause.doc[subj.left_edge.i - 1].lower_ in COORDINATORS


def clause_arguments(verb: Token) -> list[Token]:
    """The heads of ``verb``'s subject, objects, "by" agent and prepositional objects
    ("residents *alerted* deputies", "was *heard* by a court in Nairobi")."""
    out = []
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "dative"):
            out.append(child)
        elif child.dep_ in ("agent", "prep"):
            out.extend(c for c in child.children if c.dep_ == "pobj")
    return out


CALLING = frozenset({"call"})
CALLED_TITLES = frozenset(
    """
    president premier chancellor minister king queen emir prince sultan counterpart
    ambassador envoy leader
    """.split()
)
"""Heads of a noun phrase naming a state's office holder ("called his French counterpart",
"called the Saudi crown prince"): whom a leader calls on the telephone."""
CALL_TIME_PREPS = frozenset("on in at during after before following amid over".split())
"""Prepositions of a phrase of time or occasion a telephone call may have ("called Putin on
Friday", "called his counterpart after the attack"); "to", "for", "as", "into" make another
sense ("called the witness to the stand", "called for talks", "called him as a witness")."""
CALL_OTHER_DEPS = frozenset({"attr", "ccomp", "xcomp", "prt", "dative", "nsubjpass", "auxpass"})


def called_person(verb: Token) -> Token | None:
    """The office holder or named person an active "call" telephones, when the verb has no
    other sense's words: "Modi called Zelensky on Wednesday", "called Chinese President Xi
    Jinping on Sunday to express his condolences" (the parser's ``oprd`` for the name when
    the verb has no object), "called the Saudi crown prince, discussing oil supplies". None
    for a naming ("called Netanyahu a war criminal"), a summons or a witness ("called the
    ambassador to the ministry", "called Smith as a witness"), "called for", "called on",
    "called off", a passive and a verb with no subject of its own ("a man called Bob")."""
    if verb.lemma_.lower() not in CALLING or verb.pos_ != "VERB":
        return None
    children = list(verb.children)
    if not any(c.dep_ == "nsubj" for c in children):
        return None
    objects = [c for c in children if c.dep_ in ("dobj", "oprd")]
    if len(objects) != 1 or any(c.dep_ in CALL_OTHER_DEPS for c in children):
        return None
    if any(c.dep_ == "prep" and c.lower_ not in CALL_TIME_PREPS for c in children):
        return None
    obj = objects[0]
    if obj.pos_ != "PROPN" and obj.pos_ != "NOUN":
        return None
    if obj.dep_ == "oprd" and obj.ent_type_ != "PERSON":
        return None  # "called it a provocation" parsed with no object: a naming
    titled = obj.lemma_.lower() in CALLED_TITLES or any(
        c.dep_ == "compound" and c.lemma_.lower() in CALLED_TITLES for c in obj.children)
    if not (titled or (obj.pos_ == "PROPN" and obj.ent_type_ == "PERSON")):
        return None
    if any(c.dep_ in ("oprd", "attr", "acl", "relcl") for c in obj.children):
        return None  # "called the president a liar" parsed inside the object
    return obj
