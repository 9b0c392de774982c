"""Stage 1, matching: which dictionary verb form and pattern a verb (or event noun) is.

A token is looked up by its lemma and written form (with regular stems as a fallback for
lemmatizer slips); the first form whose multi-word span fits the sentence is taken, and the
most specific of its block's patterns that matches the words before and after the verb
(in order, synsets expanded, ``_`` for adjacency, ``^`` skipping a noun phrase) gives the
code; its ``$``/``+`` markers say where the source and target are named (before the verb:
the nearest actor leftwards). The stage knows nothing
of negation or modality (:mod:`events.coding.modality` reads those) nor of actors.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import overload

from spacy.tokens import Doc, Span, Token

from events.coding.dictionaries import Dictionaries, Element, Pattern, VerbBlock, VerbForm
from events.coding.options import CoderOptions
from events.coding.parts import Hint, Match, is_statement
from events.coding.syntax import (
    PLAN_NOUNS,
    announced_plan,
    called_person,
    direct_object,
    duration_phrase,
    feeling_phrases,
    is_passive,
    negated_infinitive,
    passive_subject,
    relative_object,
    subject,
    subtree_no_clauses,
    time_adverbial,
    to_infinitive,
)
from events.coding.withdrawal import withdrawn_code
from events.coding.words import Words, words_of
from events.nlp import doc_memo

SIT_VERBS = frozenset({"sit"})
"""Verbs whose multi-word protest ("sit in") takes no object: "in" with one is a place."""
# synset name -> (members by first word, members reversed by last word)
SynIndex = dict[str, tuple[dict[str, list[tuple[str, ...]]], dict[str, list[tuple[str, ...]]]]]
Hints = tuple[Hint | None, Hint | None]
# tokens that head a noun phrase a pattern's "^" skips, and the modifiers before a head
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
PREMODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "det", "case"})
# month names, which in a date match no pattern word ("in March", "since May")
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
DATE_WORD = "<date>"
# a currency sign before an amount reads as its currency's word, so that "$750,000" is money
# to the patterns (&MONEY holds DOLLARS, POUNDS, EUROS) as "$40 million" and "750,000 pounds" are
CURRENCY_WORDS = {"$": "dollars", "us$": "dollars", "£": "pounds", "€": "euros"}
# prepositions of a verb's phrases of cause or occasion
CAUSE_PREPS = frozenset({"over", "amid", "despite", "following", "after"})
# verbs of deliberation: the object of "to consider / study / weigh ..." under another verb is
# what is to be weighed, not what that verb does ("ordered his commerce secretary to
# consider tariffs on Chinese steel" imposes no tariffs)
DELIBERATION_LEMMAS = frozenset(
    "consider weigh study examine explore review mull contemplate ponder evaluate assess".split()
)
# verbs of opposing: the object of "to block / veto / oppose ..." under another verb is what
# is opposed, not what that verb does ("vowed to veto the EU's sanctions on Russia" threatens
# no sanctions: the vow is to block them)
OPPOSING_LEMMAS = frozenset(
    "block veto oppose reject resist challenge contest thwart scuttle torpedo derail".split()
)
WEIGHED_LEMMAS = DELIBERATION_LEMMAS | OPPOSING_LEMMAS
TIME_SPANS = frozenset(
    "period time course span day days week weeks weekend month months year years decade".split()
)
FORMS_KEY = "events.coding.forms"
PHONE_CODE = "041"
"""CAMEO "discuss by telephone": a leader's "call" of another with no pattern's words."""


class VerbMatcher:
    """Matches tokens to the verb dictionary of ``dicts``."""

    def __init__(self, dicts: Dictionaries, options: CoderOptions):
        self.dicts = dicts
        self.options = options
        self.syns = synset_index(dicts)
        # block id -> its patterns indexed by the words they need (built on first use)
        self._indexes: dict[int, PatternIndex] = {}
        # (lemma, written form, noun, adjective) -> the forms of such a token
        self._forms: dict[tuple[str, str, bool, bool], list[VerbForm]] = {}
        self.has_nouns = any(b.is_noun for b in dicts.verbs.blocks)
        self.has_adjectives = any(b.is_adjective for b in dicts.verbs.blocks)
        # the words of predicate-adjective forms ("disappointed"): a verb's participle of
        # feeling is looked up as an adjective only when it is one of them
        self.adjective_words = frozenset(
            word for word, found in dicts.verbs.forms.items() if any(f.block.is_adjective for f in found)
        )

    def forms_for(self, tok: Token, noun: bool = False, adjective: bool = False) -> list[VerbForm]:
        """The verb forms (event-noun forms with ``noun``, predicate-adjective forms with
        ``adjective``) of ``tok``, multi-word first (found once per word, then kept: do not
        change the list)."""
        return self.forms_at(words_of(tok.doc), tok.i, noun, adjective)

    def forms_at(self, words: Words, i: int, noun: bool = False, adjective: bool = False) -> list[VerbForm]:
        """:meth:`forms_for` of token ``i`` of a document whose :func:`words_of` are
        ``words`` (a token with no form is passed over without making a ``Token``)."""
        key = (words.lemma[i], words.text[i], noun, adjective)
        found = self._forms.get(key)
        if found is None:
            found = self._forms[key] = self._look_up_forms(*key)
        return found

    def _look_up_forms(self, lemma: str, lower: str, noun: bool, adjective: bool) -> list[VerbForm]:
        """:meth:`forms_for` of a token with dictionary form ``lemma`` and written form
        ``lower`` (both in normal form)."""
        forms = self.dicts.verbs.forms
        if lemma not in forms and lower not in forms:
            # a lemmatizer slip ("staged" -> "stag"): the regular stems of the written form
            lemma = next((stem for stem in stems(lower) if stem in forms), lemma)
        found = forms.get(lemma) or []
        if lower != lemma and lower in forms:
            # the written form first: a block of its own ("LEFT [032:033]") beats the lemma's
            found = forms[lower] + [f for f in found if f not in forms[lower]]
        # event-noun blocks (NAME_NOUN) match nouns, the others verbs; a multi-word form
        # ("stop work") is tried before the single verb ("stop")
        return sorted(
            (f for f in found if f.block.is_noun == noun and f.block.is_adjective == adjective),
            key=lambda f: not (f.pre or f.post),
        )

    def match(self, tok: Token, sent: Span, noun: bool = False, adjective: bool = False) -> Match | None:
        """The first form of ``tok`` that fits ``sent`` with its best pattern (None: no form
        fits). The code is the pattern's, else the form's (either may be None)."""
        for form in self.forms_for(tok, noun, adjective):
            span = form_span(tok, form, sent)
            if span is None:
                continue
            start, end = span
            pattern, hints = self.best_pattern(tok, form, sent, start, end)
            sense = ""
            if pattern is not None:
                code, reverse = pattern.code, pattern.reverse
            else:
                code, reverse = form.code, form.reverse
                if code is None and self.options.modality and _telephoned(tok):
                    # "Modi called Zelensky on Wednesday": a telephone call
                    code, sense = PHONE_CODE, "phone call"
            if self.options.modality:
                # "called on X to withdraw the bill" is no military de-escalation
                code = withdrawn_code(tok, pattern, code, self.dicts.verbs.synsets)
            return Match(form, pattern, code, reverse, start, end, *hints, sense=sense)
        return None

    def best_pattern(
        self, tok: Token, form: VerbForm, sent: Span, start: int, end: int
    ) -> tuple[Pattern | None, Hints]:
        """The most specific pattern of ``form``'s block matching around ``tok`` and the
        token indices of its ``$``/``+`` markers."""
        patterns = form.block.patterns
        if not patterns:
            return None, (None, None)
        doc = sent.doc
        forms = doc_forms(doc)
        if not self._may_match(form.block, forms, sent, start, end):
            return None, (None, None)
        pre_toks = Leftwards(doc, start, sent.start)  # from the verb back
        pre = forms[sent.start : start][::-1]
        # a pattern's words are the verb's phrases, not the verb of a reported clause
        # ("said that Iraq *attacked*" is no "- * ATTACK" match)
        tree = list(tok.subtree)
        children = list(tok.children)  # (read once: each reading makes its Tokens anew)
        deps, tags = words_of(doc).dep, words_of(doc).pos  # (labels by index: no string look-up)
        subtree = [
            t
            for t in tree
            if t.i >= end
            and not (deps[t.i] == "ccomp" and tags[t.i] in ("VERB", "AUX") and not small_clause(t))
        ]
        if deps[tok.i] == "acomp" and form.block.is_adjective:
            # "France was furious *at* the decision": the parser hangs the adjective's phrase
            # on its copula (after the adjective's own words: a tree's phrases do not cross)
            subtree += [t for c in feeling_phrases(tok) if c.head != tok for t in c.subtree]
        # a bare time adverbial is not among the verb's phrases: "called Thursday on Arabs to",
        # "reiterated its demand today that" read as "called on", "demand that"
        timed = {t.i for c in children if time_adverbial(c) for t in c.subtree}
        # nor is a "for" phrase of time, wherever the parser hung it ("pressed into the enclave
        # for the fourth straight day" is no "- * (FOR)" demand)
        texts = words_of(doc).text
        timed |= {t.i for c in tree if deps[c.i] == "prep" and texts[c.i] == "for" and duration_phrase(c)
                  for t in c.subtree}
        if timed:
            subtree = [t for t in subtree if t.i not in timed]
        told = _attribution_words(subtree, words_of(doc).text)
        if told:
            # "assaulted a woman, according to the sheriff's office": who tells of the act is
            # none of its phrases (no "- * OFFICE" abuse of office)
            subtree = [t for t in subtree if t.i not in told]
        if self.options.modality:
            # "vowed not to resume talks", "pledged never to attack": the words of a negated
            # infinitive name what is ruled out; no pattern reads them as the intent
            ruled_out = {t.i for c in children if negated_infinitive(c) for t in c.subtree}
            if ruled_out:
                subtree = [t for t in subtree if t.i not in ruled_out]
        if self.options.clause_patterns:
            # "agreed to resume talks *but insisted that* …", "agreed to share data under a
            # treaty *that* bans …": a verb joined to this one and a relative clause are
            # clauses of their own, not this verb's phrases
            other = {t.i for c in _other_clauses(tok, tree) for t in _clause_words(c, tok)}
            other |= _weighed_words(tok)
            subtree = [t for t in subtree if t.i not in other]
        # "agreed with Germany that the sanctions must stay": the words of a clause with a
        # subject of its own tell the view agreed with, not what is agreed on (no 163 of
        # "- * SANCTIONS"); a pattern of agreement's own root may still read them
        root = (form.block.code or "")[:2]
        said = (
            {t.i for c in children if _subject_clause(c) for t in c.subtree if deps[t.i] != "mark"}
            if self.options.clause_patterns and root == AGREEMENT_ROOT
            else set()
        )
        if self.options.modality and is_statement(form.block.code, form):
            # "said it will support a resolution to tighten sanctions": the reported clause
            # is coded by its own verbs, not by the statement's noun patterns
            # (its "that" stays: "repeated its demand today that …" is the demand)
            # (an object with an infinitive is the statement's own: "declared a curfew in the
            # capital to begin at dusk")
            clause = {
                t.i
                for c in children
                if c.dep_ == "ccomp" and not (self.options.clause_patterns and to_infinitive(c))
                for t in c.subtree
                if deps[t.i] != "mark"
            }
            # "announced plans to impose sanctions on Belarus": the plan's infinitive is coded
            # by its own verb (intended), not by the announcement's noun patterns
            obj = next((c for c in children if deps[c.i] == "dobj"), None)  # (labels by index)
            if obj is not None and obj.lemma_.lower() in PLAN_NOUNS:
                clause |= {t.i for c in obj.children if announced_plan(c) == tok for t in c.subtree}
            subtree = [t for t in subtree if t.i not in clause]
        if is_passive(tok):
            # "sanctions were imposed on Iran", "a deal was signed": the passive subject is
            # the verb's object, for patterns as for roles
            obj = passive_subject(tok)
            if obj is not None and obj.i < start:
                subtree = [t for t in subtree_no_clauses(obj) if t.i < start] + subtree
        elif self.options.modality and form.code and (obj := relative_object(tok)) is not None:
            # "a deal that he struck with X", "the agreement Kenya struck": so is the noun a
            # relative clause describes, when it is the clause's object (it corrects a verb's
            # own code, "struck" 190; it makes no event of a verb that has none: "the tests
            # he conducted", "the information his family provided")
            clause = {t.i for t in tok.subtree}
            subtree = [t for t in subtree_no_clauses(obj) if t.i < start and t.i not in clause] + subtree
        # "removed the president over his declaration of martial law": a pattern's words in
        # a phrase of cause are not what the verb acts on (unless the pattern names the
        # preposition: "- * (OVER &POLICY)")
        # (the parser may hang "for doing X" on the object: "halted a truck for carrying arms")
        reasons = (
            {t.i: c.i for c in _with_object_phrases(children) if _cause_phrase(c) for t in c.subtree}
            if self.options.modality
            else {}
        )
        post = [forms[t.i] for t in subtree]
        present = set().union(*pre, *post)
        best: Pattern | None = None
        best_hints: Hints = (None, None)
        best_score = (-1, False)  # (specificity, every word in the verb's own phrases)
        own: set[int] | None = None
        for pattern, specificity, pre_elements in self._index(form.block).candidates(present):
            # PETRARCH-2 stores patterns in a tree: a later pattern with the same elements
            # replaces an earlier one ("- * &TREATY [031:031]" ... "- * &TREATY [057]")
            override = (
                self.options.pattern_override
                and best is not None
                and specificity == best_score[0]
                and same_elements(pattern, best)
            )
            if specificity < best_score[0]:
                continue
            if (
                specificity == best_score[0]
                and not override
                and (best_score[1] or not self.options.phrase_patterns)
            ):
                continue
            post_pos = match_sequence(pattern.post, post, self.syns, pattern.verb_joined_post, toks=subtree)
            if post_pos is None:
                continue
            pre_pos = match_sequence(
                pre_elements, pre, self.syns, pattern.verb_joined_pre, reverse=True, toks=pre_toks
            )
            if pre_pos is None:
                continue
            if self.options.subject_vetoes and _stray_veto(pattern, pre_elements, pre_pos, pre_toks, tok):
                continue
            if reasons and _in_reason(pattern, post_pos, subtree, reasons):
                continue
            if self.options.clause_patterns and _stray_purpose(pattern.post, post_pos, subtree, tok):
                continue
            if self.options.clause_patterns and _in_relative_clause(pre_elements, pre_pos, pre_toks, tok):
                continue
            if self.options.clause_patterns and _going_back(pattern.post, post_pos, subtree):
                continue
            if self.options.clause_patterns and _infinitive_word(pattern.post, post_pos, subtree, tok):
                continue
            if self.options.modality and _force_as_modifier(pattern.post, post_pos, subtree):
                continue
            if (self.options.modality and (pattern.code or "") in FREED_CODES
                    and _money_released(pattern.post, post_pos, subtree)):
                continue
            if said and _clause_root(pattern, post_pos, subtree, said, root):
                continue
            in_phrases = False
            if self.options.phrase_patterns:
                own = own if own is not None else {t.i for t in subtree_no_clauses(tok)}
                in_phrases = all(t.i in own for t in matched_words(pattern.post, post_pos, subtree))
            if not override and (specificity, in_phrases) <= best_score:
                continue
            best, best_score = pattern, (specificity, in_phrases)
            best_hints = (
                _hint(pattern.post, post_pos, subtree, "source")
                or _hint(pre_elements, pre_pos, pre_toks, "source", leftwards=True),
                _hint(pattern.post, post_pos, subtree, "target")
                or _hint(pre_elements, pre_pos, pre_toks, "target", leftwards=True),
            )
        return best, best_hints

    def _may_match(self, block: VerbBlock, forms: list[tuple[str, str]], sent: Span, start: int,
                   end: int) -> bool:
        """False when no pattern of ``block`` can match in ``sent``: every pattern has words,
        and none has all of them among the sentence's words outside the verb's own span
        ``start:end`` (a superset of the words :meth:`best_pattern` reads, so the answer of
        :meth:`PatternIndex.candidates` on it bounds the real one). About a third of the
        calls end here, before the verb's phrases are read."""
        index = self._index(block)
        if index.free:
            return True
        words = set().union(*forms[sent.start:start], *forms[end:sent.end])
        return bool(index.candidates(words))

    def _index(self, block: VerbBlock) -> PatternIndex:
        """The :class:`PatternIndex` of ``block`` (built again if its patterns changed)."""
        index = self._indexes.get(id(block))
        if index is None or index.size != len(block.patterns):
            index = self._indexes[id(block)] = PatternIndex(block.patterns)
        return index


def _telephoned(verb: Token) -> bool:
    """True for a "call" of an office holder or a named person with no infinitive of its
    purpose (:func:`called_person`): "Modi called Zelensky on Wednesday"; an infinitive no
    pattern names tells another sense ("called Smith to testify")."""
    return called_person(verb) is not None and not any(to_infinitive(c) for c in verb.children)


def _with_object_phrases(children: list[Token]) -> list[Token]:
    """A verb's children and the "for" phrases of its direct object."""
    return children + [p for o in children if o.dep_ == "dobj" for p in o.children if p.lower_ == "for"]


def _cause_phrase(prep: Token) -> bool:
    """True for a phrase of cause or occasion on a verb ("over his remarks", "after the
    riots", "for selling drugs"); not a span of time ("over a period of months", "over the
    weekend")."""
    if prep.dep_ == "prep" and prep.lower_ == "for" and any(
            c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children):
        return True  # "was stopped for allegedly trying to take merchandise": why, not what
    if prep.dep_ != "prep" or prep.lower_ not in CAUSE_PREPS:
        return False
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is None or pobj.lemma_.lower() not in TIME_SPANS


def _in_reason(
    pattern: Pattern, post_pos: dict[int, int], subtree: list[Token], reasons: dict[int, int]
) -> bool:
    """True when a word of ``pattern`` after the verb matched inside a phrase of cause
    (``reasons``: token -> its preposition) whose preposition the pattern does not match."""
    matched = {t.i for t in matched_words(pattern.post, post_pos, subtree)}
    return any(i in reasons and reasons[i] != i and reasons[i] not in matched for i in matched)


WORD_KINDS = frozenset({"word", "syn"})
"""Pattern elements that match a written word (a plain word or a synonym set)."""


def matched_words(elements: tuple[Element, ...], positions: dict[int, int],
                  toks: Sequence[Token]) -> list[Token]:
    """The tokens the words and synonym sets among ``elements`` matched (``positions``:
    element index -> index in ``toks``), in the elements' order."""
    return [toks[p] for k, p in sorted(positions.items()) if elements[k].kind in WORD_KINDS and p < len(toks)]


class PatternIndex:
    """A block's patterns by the plain words they need (:func:`required_words`): a verb's
    patterns are tried only when every word they need is in its sentence, so the patterns
    that may match are picked by the words present instead of testing each one."""

    def __init__(self, patterns: list[Pattern]):
        self.size = len(patterns)
        # (pattern, specificity, its elements before the verb from the verb back)
        self.entries = [(p, p.specificity, tuple(reversed(p.pre))) for p in patterns]
        self.required = [required_words(p) for p in patterns]
        self.free: list[int] = []  # patterns needing no plain word
        self.by_word: dict[str, list[int]] = {}  # one word each other pattern needs -> patterns
        for k, words in enumerate(self.required):
            if words:
                self.by_word.setdefault(min(words), []).append(k)
            else:
                self.free.append(k)

    def candidates(self, present: set[str]) -> list[tuple[Pattern, int, tuple[Element, ...]]]:
        """The entries, in the block's order, of the patterns whose words are all in
        ``present``."""
        picked = list(self.free)
        for word in present.intersection(self.by_word):
            picked.extend(k for k in self.by_word[word] if self.required[k] <= present)
        picked.sort()
        return [self.entries[k] for k in picked]


class Leftwards(Sequence[Token]):
    """The tokens of a sentence before token ``start``, from the nearest back to the
    sentence's ``first``: the words a pattern's elements before the verb are matched on,
    each ``Token`` made only when a pattern looks at it."""

    def __init__(self, doc: Doc, start: int, first: int):
        self.doc, self.start, self.size = doc, start, start - first

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, k: int) -> Token: ...

    @overload
    def __getitem__(self, k: slice) -> list[Token]: ...

    def __getitem__(self, k: int | slice) -> Token | list[Token]:
        if isinstance(k, slice):
            return [self[j] for j in range(*k.indices(self.size))]
        if k < 0:
            k += self.size  # (as a list counts from the end)
        if not 0 <= k < self.size:
            raise IndexError(k)
        return self.doc[self.start - 1 - k]


def _attribution_words(subtree: list[Token], text: list[str]) -> set[int]:
    """Token indices of the "according to X" phrases in ``subtree`` (``text``: the
    document's words in normal form, read by index so that most verbs make no Token)."""
    return {t.i for a in subtree if text[a.i] == "according" for t in a.subtree}


def _other_clauses(verb: Token, tree: list[Token]) -> list[Token]:
    """The clauses inside ``verb``'s subtree (``tree``, in order) that are not its phrases:
    a verb coordinated with it ("agreed … and insisted that"), finite relative clauses ("a
    treaty that bans …"; an infinitive the parser hangs as one is the verb's: "weeks to
    demand …"), finite adverbial clauses ("… because the court had lost the papers") and
    participle clauses of time ("… before turning the gun on himself")."""
    words = words_of(verb.doc)  # (labels by index: no string look-up per token)
    dep, pos = words.dep, words.pos
    out = [c for c in verb.children if dep[c.i] == "conj" and pos[c.i] in ("VERB", "AUX") and c.i > verb.i]
    after = [t for t in tree if t.i > verb.i and dep[t.i] in ("relcl", "advcl", "pcomp")]
    out += [t for t in after if dep[t.i] == "relcl" and not _infinitive(t)]
    out += [t for t in after if dep[t.i] == "advcl" and _subordinate(t)]
    # "killed his wife *before turning the gun on himself*": a participle clause of time
    out += [
        t for t in after
        if dep[t.i] == "pcomp" and pos[t.i] == "VERB" and t.head.head == verb and t.head.lower_ in TIME_PREPS
    ]
    return out


TIME_PREPS = frozenset({"before", "after", "since", "until", "while"})
"""Prepositions that head a participle clause of its own ("before turning", "after fleeing")."""


CONTENT_NOUNS = frozenset(
    """
    offer request order plan proposal call demand decision bid attempt pledge promise threat
    move warrant permission invitation appeal motion bill resolution agreement deal commitment
    need right authority mandate vote ruling intention readiness willingness refusal campaign
    """.split()
)
"""Nouns whose "to" infinitive is their content, not their purpose: "an offer to host a
summit" is an offer of a summit; "cooperation to counter attacks" is no attack."""


def _stray_purpose(elements: tuple[Element, ...], positions: dict[int, int], toks: list[Token],
                   verb: Token) -> bool:
    """True when a pattern's first word after ``verb`` lies in the object of a purpose clause
    (:func:`_purpose`) whose verb the pattern does not name: "stepped up cooperation with
    Ethiopia *to counter attacks*" or "boosted patrols along the border *to stop attacks*" is
    no "- * ATTACKS" (stepped-up attacks); "rejected calls to withdraw troops" may still be
    "- * (CALLS TO WITHDRAW)", and
    "holding people to use them as human shields" "- * (HUMAN SHIELDS)"."""
    matched = matched_words(elements, positions, toks)
    named = {t.i for t in matched}
    cur = matched[0] if matched else None
    while cur is not None and cur != verb and cur.head != cur:
        if cur.dep_ == "dobj" and _purpose(cur.head, verb):
            # the purpose's own object ("to counter *attacks*"), and its verb not named
            return cur.head.i not in named
        cur = cur.head
    return False


GIVE_BACK_VERBS = frozenset({"return"})
"""Verbs that pattern words read as giving back ("the return of prisoners", "agreed to return
the bodies") but that also mean going back, with no object ("return to the table")."""


def _going_back(elements: tuple[Element, ...], positions: dict[int, int], toks: list[Token]) -> bool:
    """True when a pattern's word after the verb is one of :data:`GIVE_BACK_VERBS` used as a
    verb with no object: "urged both sides to return to the negotiating table" returns no
    one (no 0253 appeal for a release; its "to the table" may still be an appeal to talk)."""
    return any(
        tok.pos_ == "VERB" and tok.lemma_.lower() in GIVE_BACK_VERBS
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children)
        for tok in matched_words(elements, positions, toks)
    )


DIRECTION_WORDS = frozenset({"back", "out", "off", "down", "up", "away"})
"""Words of direction that a pattern names after its verb ("- * (BACK)", "- * (OUT)")."""


def _infinitive_word(elements: tuple[Element, ...], positions: dict[int, int], toks: list[Token],
                     verb: Token) -> bool:
    """True when a pattern that names no "to" has as its first word after ``verb`` a word of
    direction (:data:`DIRECTION_WORDS`) that is the verb or a particle of a "to" infinitive
    ``verb`` governs: "forcing the government to back down", "forced the party to step back"
    are no "- * (BACK)" (pushed back by force, 190), "forced the firm to carry out an audit" no
    "- * (OUT)"; "forced the rebels back" still is, and so is a pattern with "to" ("- *
    (TO_RETREAT)")."""
    matched = matched_words(elements, positions, toks)
    if not matched or matched[0].lower_ not in DIRECTION_WORDS or any(
            e.kind == "word" and e.value == "to" for e in elements):
        return False
    word = matched[0]
    # (its particle, or the word right after its verb: "to pull back troops", where the parser
    # reads "back" as the troops' adjective; not a preposition: "to go into exile")
    after = word.dep_ == "prt" or word.pos_ != "ADP"
    return any(
        c.dep_ == "xcomp" and to_infinitive(c) and (word.i == c.i or (word.i == c.i + 1 and after))
        for c in verb.children
    )


def _purpose(clause: Token, verb: Token) -> bool:
    """True for a "to" infinitive with an object of its own that says what something done to
    an object is for: on a noun after ``verb`` ("cooperation *to counter attacks*") or on
    ``verb`` when it has an object ("boosted patrols *to stop attacks*"). The infinitive of a
    :data:`CONTENT_NOUNS` noun is what the noun is, not its purpose ("an offer to host")."""
    if not _infinitive(clause) or not any(c.dep_ == "dobj" for c in clause.children):
        return False
    if clause.dep_ == "acl":
        owner: Token | None = clause.head
    elif clause.dep_ == "advcl" and clause.head == verb:
        owner = direct_object(verb)
    else:
        return False
    return (owner is not None and owner.pos_ == "NOUN" and owner.i > verb.i
            and owner.lemma_.lower() not in CONTENT_NOUNS)


def _subordinate(tok: Token) -> bool:
    """True for a finite adverbial clause with a conjunction and a subject of its own
    ("because a judge allowed …", "after police found …")."""
    return (
        tok.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ != "for" for c in tok.children)
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)
        and not to_infinitive(tok)  # "calls for Israel to accept …" is the call's own phrase
    )


def _weighed_words(verb: Token) -> set[int]:
    """The words of what an infinitive of deliberation or opposition under ``verb`` weighs or
    opposes ("ordered X to *consider tariffs on Chinese steel*": "tariffs on Chinese steel";
    "vowed to *veto new sanctions against Russia*"); the infinitive's own verb and its "to"
    stay ``verb``'s phrases, for patterns that name them."""
    return {
        t.i
        for c in verb.children
        if c.dep_ == "xcomp" and c.lemma_ in WEIGHED_LEMMAS
        for t in c.subtree
        if t.i > c.i
    }


def _clause_words(clause: Token, verb: Token) -> list[Token]:
    """The words of a clause but an infinitive the parser hung in a relative clause on the
    verb's object when the verb has none ("asking anyone who saw the van *to contact
    police*": what is asked)."""
    if clause.dep_ != "relcl" or clause.head.dep_ != "dobj" or clause.head.head != verb:
        return list(clause.subtree)
    if any(c.dep_ in ("xcomp", "ccomp") and to_infinitive(c) for c in verb.children):
        return list(clause.subtree)
    infinitives = [c for c in clause.children if c.dep_ in ("xcomp", "ccomp", "advcl") and to_infinitive(c)]
    keep = {t.i for c in infinitives for t in c.subtree}
    return [t for t in clause.subtree if t.i not in keep]


def _infinitive(verb: Token) -> bool:
    """True for a "to" infinitive without a subject of its own."""
    return to_infinitive(verb) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


AGREEMENT_ROOT = "03"
"""The root of agreeing (AGREE, CONCUR: "express intent to cooperate"), whose clause with a
subject of its own is a view shared, not a deal struck."""


def _clause_root(
    pattern: Pattern, post_pos: dict[int, int], subtree: list[Token], clause: set[int], root: str
) -> bool:
    """True when ``pattern`` gives another CAMEO root than its verb's block and a word of it
    after the verb matched inside ``clause`` (the words of a subject clause of the verb)."""
    if pattern.code is None or pattern.code[:2] == root:
        return False
    return any(t.i in clause for t in matched_words(pattern.post, post_pos, subtree))


def _subject_clause(clause: Token) -> bool:
    """True for a finite clause complement with a subject of its own ("that the sanctions
    must stay"), not an infinitive or a small clause ("ordered the minister detained")."""
    return (
        clause.dep_ == "ccomp"
        and clause.pos_ in ("VERB", "AUX")
        and not to_infinitive(clause)
        and (clause.lemma_ == "be" or not small_clause(clause))  # "agreed the deal was dead"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def small_clause(verb: Token) -> bool:
    """True for a participle that says what the object is made ("ordered the minister
    *detained*", "wants them *freed*"): no auxiliary, no conjunction, no object of its own."""
    return verb.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in ("aux", "auxpass", "mark", "dobj") for c in verb.children
    )


def _hint(
    elements: tuple[Element, ...],
    positions: dict[int, int],
    toks: Sequence[Token],
    kind: str,
    *,
    leftwards: bool = False,
) -> Hint | None:
    """Where the first ``kind`` marker of ``elements`` matched in ``toks`` (the words after
    the verb, or with ``leftwards`` those before it from the verb back): the token index
    and the direction of the search for its actor (None: no such marker)."""
    for k, p in positions.items():
        if elements[k].kind == kind and p < len(toks):
            return toks[p].i, leftwards
    return None


FORCE_MODIFIERS = frozenset("attack strike assault fire shooting combat raid bombing".split())
"""Lemmas of acts of force that also name a kind of thing ("attack helicopters", "strike
drones", "combat boots", "a fire station")."""
ACT_HEADS = frozenset("operation mission campaign wave order plan".split())
"""Nouns a word of :data:`FORCE_MODIFIERS` before them still makes an act ("a strike
operation")."""


def _force_as_modifier(
    elements: tuple[Element, ...], positions: dict[int, int], toks: Sequence[Token]
) -> bool:
    """True when a word of force a pattern needs after the verb only modifies a noun the
    pattern does not name: "ordered six attack submarines" is no "- * ATTACK" order of an
    attack (190), "bought strike drones" no strike."""
    words = matched_words(elements, positions, toks)
    matched = {t.i for t in words}
    return any(t.lemma_.lower() in FORCE_MODIFIERS and _modifies(t, matched) for t in words)


RELEASED_THINGS = frozenset(
    """
    fund funds money asset assets aid assistance loan loans tranche payment payments grant grants
    cash budget salary salaries wage wages dollar dollars euro euros
    """.split()
)
"""Things whose release is a payment, not a freed person ("the release of $500 million in
military assistance", "the release of frozen assets")."""
FREED_CODES = frozenset({"0841", "0353", "1053", "0253", "1243"})
"""Codes of freeing people (done, intended, demanded, appealed for, refused)."""


def _money_released(elements: tuple[Element, ...], positions: dict[int, int], toks: Sequence[Token]) -> bool:
    """True when a pattern read the noun "release" of a sum or of funds ("approved the release
    of 40 million euros in military assistance to Niger"): no prisoner is freed (0841), nor is
    one asked for (0253, 1053); another pattern may read what is paid ("- * (RELEASE OF
    &MILAID)")."""
    for word in matched_words(elements, positions, toks):
        if word.lemma_.lower() != "release" or word.pos_ != "NOUN":
            continue
        of = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if thing is not None and (thing.ent_type_ == "MONEY" or thing.lemma_.lower() in RELEASED_THINGS):
            return True
    return False


def _modifies(word: Token, matched: set[int]) -> bool:
    """True when ``word`` modifies a noun outside ``matched`` that it does not make an act
    of: a compound ("attack submarines"), or a verb the parser joined to a noun before it
    with its object right after it ("fighter jets and attack helicopters")."""
    if word.dep_ == "compound":
        head = word.head
    elif word.dep_ == "conj" and word.pos_ == "VERB" and word.head.pos_ == "NOUN":
        head = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else word
        if head.dep_ != "dobj" or head.head != word:
            return False
    else:
        return False
    return head.pos_ == "NOUN" and head.i not in matched and head.lemma_.lower() not in ACT_HEADS


def _stray_veto(
    pattern: Pattern,
    elements: tuple[Element, ...],
    positions: dict[int, int],
    toks: Sequence[Token],
    verb: Token,
) -> bool:
    """True for a pattern that cancels the verb's code ("- STORM * [---]": a storm killed,
    not an attack) whose words before the verb are not in the verb's subject: "troops
    *stormed* the village and residents were killed" is no storm."""
    if pattern.code is not None or pattern.reverse is not None or not pattern.pre or verb.pos_ != "VERB":
        return False  # (an event noun's cancelling words are its own: "heart attack")
    subj = subject(verb)
    inside = {t.i for t in subj.subtree} if subj is not None else set()
    words = matched_words(elements, positions, toks)
    return not all(t.i in inside for t in words) or any(_hostile_fire(t) for t in words)


FIRING_SIDES = frozenset(
    "army military troop soldier police tank sniper artillery navy militia rebel militant gunman".split()
)
"""Lemmas of those whose "fire" is shooting, not a blaze ("army fire", "fire from troops")."""


def _hostile_fire(word: Token) -> bool:
    """True for "fire" that a nationality or a force fires: "Israeli fire killed a
    peacekeeper", "army fire", "fire from Russian troops" (not "a nightclub fire", "the fire
    in Bangkok"), which a cancelling "- FIRE *" pattern does not make a blaze."""
    if word.lemma_.lower() != "fire":
        return False
    for child in word.children:
        if child.dep_ in ("amod", "compound", "nmod", "poss") and _firing_side(child):
            return True
        if child.dep_ == "prep" and child.lower_ == "from":
            if any(c.dep_ == "pobj" and _firing_side(c) for c in child.children):
                return True
    return False


def _firing_side(word: Token) -> bool:
    """True for a nationality ("Israeli") or a force's noun (:data:`FIRING_SIDES`)."""
    return word.ent_type_ == "NORP" or word.lemma_.lower() in FIRING_SIDES


def _in_relative_clause(elements: tuple[Element, ...], positions: dict[int, int],
                        toks: Sequence[Token], verb: Token) -> bool:
    """True when a word a pattern needs before the verb stands in a relative clause set off by
    commas that does not hold the verb: "Bangladesh, which hosts about a million refugees, welcomed the
    decision" is no "- &MONEY *" welcome of money (070), only a welcome (051)."""
    for node in matched_words(elements, positions, toks):
        for _ in range(12):
            if node.dep_ == "relcl":  # set off by a comma: "anyone who has information" is the subject
                first = node.left_edge.i
                commas = first > 0 and node.doc[first - 1].text == ","
                if commas and not first <= verb.i <= node.right_edge.i:
                    return True
                break
            if node.head == node or node == verb:
                break
            node = node.head
    return False


def stems(word: str) -> list[str]:
    """Candidate lemmas of a regularly inflected verb form ("staged" -> stage, "shelled"
    -> shell, "carried" -> carry, "stopping" -> stop)."""
    out: list[str] = []
    for suffix, repl in (
        ("ied", "y"),
        ("ies", "y"),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
        ("es", ""),
        ("s", ""),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)] + repl
            out.append(stem)
            if not repl and len(stem) > 3 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # doubled consonant
    return out


def forms_of(tok: Token) -> tuple[str, str]:
    """(written form, lemma) of a token in normal form. A participle used as a preposition
    keeps its written form as lemma: "according to the sheriff" is no ACCORD, "following
    the vote" no FOLLOW; a month's name in a date is no word at all ("in March")."""
    return doc_forms(tok.doc)[tok.i]


def doc_forms(doc: Doc) -> list[tuple[str, str]]:
    """:func:`forms_of` of every token of ``doc``, by token index (read once per document
    from :func:`words_of`; do not change the list)."""
    return doc_memo(doc, FORMS_KEY, _read_forms)


PRICE_PREPS = frozenset({"for", "at"})
"""Prepositions whose amount is a price or a figure, no money given ("bought the land for $400,000",
"valued at $2 million", "sold for $900,000")."""


def _price(sign: Token) -> bool:
    """The amount of the currency sign ``sign`` is a price or a figure: it is counted "per"
    something ("$69 per prisoner") or stands in a :data:`PRICE_PREPS` phrase of its clause."""
    amount = sign.head
    if any(c.dep_ == "prep" and c.lower_ == "per" for c in amount.children):
        return True
    tok = amount
    for _ in range(6):  # up to the verb the amount belongs to
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            return False
        if tok.dep_ == "prep" and tok.lower_ in PRICE_PREPS:
            return True
        tok = tok.head
    return False


def _read_forms(doc: Doc) -> list[tuple[str, str]]:
    words = words_of(doc)
    last = len(words.text) - 1
    out: list[tuple[str, str]] = []
    for i, text in enumerate(words.text):
        if words.dep[i] == "prep" or (text == "according" and i < last and words.text[i + 1] == "to"):
            out.append((text, text))
        elif text in MONTHS and words.ent_type[i] == "DATE" and words.dep[i] != "compound":  # (not "May Day")
            out.append((DATE_WORD, DATE_WORD))  # "staged drills in March" is no march (141)
        elif text in CURRENCY_WORDS and not _price(doc[i]):
            out.append((CURRENCY_WORDS[text], CURRENCY_WORDS[text]))  # "gave the county $750,000"
        else:
            lemma = words.lemma[i]
            if lemma.endswith("isation") and len(lemma) > 9:
                lemma = lemma[:-7] + "ization"  # British spelling: the patterns are American
            out.append((text, lemma))
    return out


def form_span(tok: Token, form: VerbForm, sent: Span) -> tuple[int, int] | None:
    """Token span of a (multi-word) verb form around ``tok``, or None if it does not fit."""
    forms = doc_forms(sent.doc)
    start, end = tok.i, tok.i + 1
    for k, word in enumerate(reversed(form.pre), start=1):
        i = tok.i - k
        if i < sent.start or word not in forms[i]:
            return None
        start = i
    if form.post:
        i = tok.i + 1
        ok = True
        for word in form.post:
            if i >= sent.end or word not in forms[i]:
                ok = False
                break
            i += 1
        if ok:
            end = i
            if tok.lemma_.lower() in SIT_VERBS and _has_object(sent.doc[end - 1]):
                return None  # "sat in the front row" is no sit-in
        elif len(form.post) == 1 and tok.lemma_.lower() in SIT_VERBS:
            # "students will sit-in outside the office"; not "sat with his head in his hands"
            hyphened = tok.i + 2 < sent.end and tok.nbor(1).text == "-" and form.post[0] in forms[tok.i + 2]
            if not hyphened:
                return None
            end = tok.i + 3
        elif len(form.post) == 1 and any(
            form.post[0] in forms[c.i] and _particle(c, tok) for c in tok.children
        ):
            end = tok.i + 1  # separated particle ("call the talks off")
        else:
            return None
    return start, end


def _has_object(word: Token) -> bool:
    """True when ``word`` (a particle of a multi-word verb) heads a phrase with an object."""
    return any(c.dep_ == "pobj" for c in word.children)


def _particle(child: Token, verb: Token) -> bool:
    """True for a particle of ``verb`` written apart from it ("call the talks off", "called
    him on Monday to ..."): a ``prt``, or a preposition after the verb whose object is no
    date or time ("On Nov. 18 X called Y" is no "call on")."""
    if child.dep_ == "prt":
        return True
    if child.dep_ != "prep" or child.i < verb.i:
        return False
    if any(c.dep_ == "dobj" and verb.i < c.i < child.i for c in verb.children):
        # "signed an accord in Ndjamena on border security": a preposition after the verb's
        # object heads a phrase of its own, no particle of "sign on" (a separated particle
        # is a "prt": "called the talks off")
        return False
    obj = next((c for c in child.children if c.dep_ == "pobj"), None)
    return obj is None or obj.ent_type_ not in ("DATE", "TIME")


def match_sequence(
    elements: tuple[Element, ...],
    seq: list[tuple[str, str]],
    syns: SynIndex,
    anchored: bool,
    *,
    reverse: bool = False,
    toks: Sequence[Token] | None = None,
) -> dict[int, int] | None:
    """Match pattern elements as an ordered subsequence of ``seq`` (``_`` = adjacent).

    Returns element index -> position of the match, or None. With ``reverse`` the
    elements and ``seq`` both run away from the verb (words before it). ``toks`` are the
    tokens of ``seq``: with them a ``^`` skips the next noun phrase (and fails when there
    is none); without them it is a position marker like ``$``, ``+`` and ``%``.
    """
    positions: dict[int, int] = {}
    pos = 0
    prev_end: int | None = None
    for k, element in enumerate(elements):
        # in reverse order the '_' flag belongs to the element nearer the verb
        joined = (
            (elements[k - 1].joined if k > 0 else anchored)
            if reverse
            else (element.joined if k > 0 else anchored)
        )
        if element.kind == "skip" and toks is not None:
            end = skip_phrase(toks, pos, reverse)
            if end is None:
                return None
            positions[k] = pos
            pos = prev_end = end
            continue
        if element.kind in ("source", "target", "compound", "skip"):
            positions[k] = pos
            continue
        found = None
        limit = pos + 1 if joined else len(seq)
        if joined and prev_end is not None:
            limit = prev_end + 1
            pos = prev_end
        if element.kind == "word":  # (tested here: a call per position cost more than the test)
            for start in range(pos, min(limit, len(seq))):
                if element.value in seq[start]:
                    found = (start, 1)
                    break
        elif (index := syns.get(element.value)) is not None:  # (an unknown synset matches nowhere)
            by_word = index[1] if reverse else index[0]
            for start in range(pos, min(limit, len(seq))):
                if seq[start][0] not in by_word and seq[start][1] not in by_word:
                    continue  # (most words begin no member: no call)
                length = _synset_at(by_word, seq, start)
                if length:
                    found = (start, length)
                    break
        if found is None:
            return None
        positions[k] = found[0]
        pos = found[0] + found[1]
        prev_end = pos
    return positions


def skip_phrase(toks: Sequence[Token], pos: int, reverse: bool) -> int | None:
    """The position after the first noun phrase at or after ``pos`` in ``toks`` (the words
    after the verb, or with ``reverse`` those before it from the verb back): its head and
    the modifiers before the head, not its prepositional phrases ("at *the Gondor* of the
    Prince"); None when no noun phrase follows."""
    first = next((k for k in range(pos, len(toks)) if toks[k].pos_ in NOMINAL), None)
    if first is None:
        return None
    k = first
    if reverse:  # the head comes first: pass the modifiers before it
        while (
            k + 1 < len(toks) and toks[k + 1].dep_ in PREMODIFIER_DEPS and toks[k + 1].head.i > toks[k + 1].i
        ):
            k += 1
        return k + 1
    index = {t.i: n for n, t in enumerate(toks)}
    while toks[k].dep_ in PREMODIFIER_DEPS and toks[k].head.i > toks[k].i and toks[k].head.i in index:
        k = index[toks[k].head.i]
    return k + 1


def _synset_at(by_word: dict[str, list[tuple[str, ...]]], seq: list[tuple[str, str]], start: int) -> int:
    """Length of the longest synset member matched at ``seq[start]`` (0 if none); ``by_word``
    holds the synset's members by the word a match starts with (:func:`synset_index`)."""
    here = seq[start]
    candidates = by_word.get(here[0], ())
    if here[1] != here[0]:
        candidates = (*candidates, *by_word.get(here[1], ()))
    best = 0
    for words in candidates:
        if len(words) > best and start + len(words) <= len(seq):
            if all(w in seq[start + n] for n, w in enumerate(words)):
                best = len(words)
    return best


def synset_index(dicts: Dictionaries) -> SynIndex:
    """Synset members keyed by the word a match starts with (either direction)."""
    index: SynIndex = {}
    for name, members in dicts.verbs.synsets.items():
        forward: dict[str, list[tuple[str, ...]]] = {}
        backward: dict[str, list[tuple[str, ...]]] = {}
        for member in members:
            if not member:
                continue
            forward.setdefault(member[0], []).append(member)
            backward.setdefault(member[-1], []).append(tuple(reversed(member)))
        index[name] = (forward, backward)
    return index


def same_elements(a: Pattern, b: Pattern) -> bool:
    """True when two patterns differ in their codes only."""
    return (a.pre, a.post, a.verb_joined_pre, a.verb_joined_post) == (
        b.pre,
        b.post,
        b.verb_joined_pre,
        b.verb_joined_post,
    )


def required_words(pattern: Pattern) -> frozenset[str]:
    """Plain words a pattern needs somewhere in the sentence (a cheap pre-filter)."""
    return frozenset(e.value for e in pattern.pre + pattern.post if e.kind == "word")
