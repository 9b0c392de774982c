"""The CAMEO coder: verbs and actors on spaCy's dependency parse.

Per sentence: discards are checked; actor and agent names are found
(:mod:`events.coding.actors`); every verb with a dictionary entry is matched against its
block's patterns (words before and after the verb, synsets, ``_`` adjacency); negated
verbs are skipped unless a pattern spells out the negation; the source comes from the
subject (inherited through ``xcomp``/``conj`` chains, or the ``by`` agent of a passive),
the target from the object, a passive subject, prepositional objects, or the subject of a
reported clause. Coordinated actors give one event per pair; a compound subject with no
target gives both directions (``Azerbaijan and Armenia clashed``). Paired codes
``[032:033]`` add the reversed event. Every event needs an actor: a source or a target
(missing side coded None); ``require_both=True`` asks for both, like PETRARCH-2's
``require_dyad``.

Beyond PETRARCH-2 (on by default, off for PETRARCH's own records: ``future_intent``): an act
announced for the future or by "ready/willing to" is coded as the intent or threat to do
it; "X said Y must Z" is a demand; "failed/refused to Z" and "will not Z" reject Z; a
governing verb without a target takes its infinitive's ("threatened to cut off gas to Y");
demands, appeals and threats keep the subject of their clause as target; a statement's
noun patterns stay out of the reported clause; an event noun takes the subject of the verb
that holds it. In every mode, an agentless passive "in <country>" (a country name, not a
city) has that country as source, and a reduced passive relative ("soldiers killed in
Ukraine") is read as a passive.

With ``future_intent`` off (PETRARCH-2's reading, as the petrarch and gsr evaluations run),
also as PETRARCH-2 does: a later dictionary pattern with the same elements replaces an
earlier one; a compound subject is paired only on its own verb (not through a "by" agent
or into "by promoting", "to discuss"); a gerund after a preposition ("jailed X for
helping Y") inherits no subject; a list parsed as an apposition ("The EU, Russia, and
Turkey") keeps every member.

The coder never raises on a sentence: a failure is logged and the sentence skipped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from events.coding import nesting
from events.coding.actors import Actor, ActorFinder, find_mentions, warm_place_names
from events.coding.dictionaries import Dictionaries, Element, Pattern, VerbForm
from events.coding.draft import code_draft_evasion
from events.coding.syntax import CHAIN_DEPS, WH_WORDS, negated, subject, subtree_no_clauses
from events.coding.text import norm_word
from events.models import CodedEvent

log = logging.getLogger(__name__)

NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without", "refuse", "fail"})
# PETRARCH-2 reads a gerund after a preposition ("jailed X for helping Y") as a phrase,
# not a verb of the subject's
PETRARCH_CHAIN_DEPS = CHAIN_DEPS - {"pcomp", "prep"}
TARGET_PREPS = frozenset(
    {
        "with",
        "to",
        "against",
        "on",
        "at",
        "into",
        "for",
        "toward",
        "towards",
        "from",
        "in",
        "of",
        "upon",
        "over",
        "about",
        "between",
        "among",
        "near",
        "across",
        "onto",
        "by",
    }
)
# a passive with no "by" agent takes the origin ("was freed from X") or the actor of the
# event it happened in ("killed in Israeli shelling") as its source; a name heading an "in"
# phrase ("killed in Kharkiv") is where it happened, not who did it
PASSIVE_SOURCE_PREPS = frozenset({"from", "in"})
# locative prepositions: a city named in them is a place, never an actor of the event
# ("fired at Seoul" aims at a target: "at" is not one of them)
LOCATIVE_PREPS = frozenset({"in", "near", "outside", "inside", "around", "across", "throughout"})
# clauses that tell when or why an agentless passive happened ("were killed when X hit …")
CAUSE_MARKS = frozenset({"when", "as", "after", "while"})
BETWEEN_PREPS = frozenset({"between", "among", "amongst"})
# event nouns: prepositions that name the target ("sanctions on X", "talks with X")
NOUN_TARGET_PREPS = frozenset({"against", "on", "with", "toward", "towards", "into", "upon", "at"})
# an event noun that is the object of one of these verbs (or the complement of one of these
# nouns) did not happen (yet), or not by the verb's subject: "to avoid a conflict", "the
# risk of clashes", "Russians fled the mobilization"
HYPOTHETICAL_HEADS = frozenset(
    """
    avoid prevent avert fear risk threaten warn deny stop end halt seek want call urge demand
    propose plan consider prepare need expect predict rule suspend postpone cancel delay oppose reject
    refuse ask request hope resume threat danger prospect possibility chance lack absence prevention
    proposal offer warning idea resolution settlement escalation spectre specter
    flee escape evade dodge shirk
    """.split()
)
# the subject of these verbs sets off an event noun it holds but takes no part in it: "Russia
# is abandoning Central Asia, reviving two military conflicts" (Russia is not fighting)
CAUSATIVE_HEADS = frozenset(
    "revive reignite rekindle spark trigger provoke cause fuel stoke inflame unleash ignite".split()
)
# what an appeal (02), a demand (10) or a threat (13) governs has not happened
UNREALIZED_ROOTS = frozenset({"02", "10", "13"})
MODALS = frozenset({"may", "might", "could", "would", "should", "must", "can"})
NOUN_NEGATORS = frozenset({"no", "not", "never", "without", "neither", "nor"})
MAX_SENTENCE_TOKENS = 400
STATEMENT_CODE = "010"
SAY_VALUE = 0x1000  # PETRARCH-2's value of the statement class (01x)
# deps through which a clause hangs under the verb that governs it
GOVERNED_DEPS = frozenset({"xcomp", "ccomp", "conj"})


@dataclass(slots=True)
class _Match:
    """A verb matched to a dictionary form and (maybe) a pattern."""

    form: VerbForm
    pattern: Pattern | None
    code: str | None
    reverse: str | None
    start: int  # token span of the verb phrase
    end: int
    source_hint: int | None = None  # token index where a $ marker matched
    target_hint: int | None = None
    demand: bool = False  # a statement made a demand by its "must" clause


@dataclass(slots=True)
class _Cand:
    """A candidate event of one verb before the output filter (a side may be None)."""

    verb: Token
    match: _Match
    code: str
    source: Actor | None
    target: Actor | None
    how: str


@dataclass(slots=True)
class _Verb:
    """A coded verb of the sentence with its candidate events."""

    tok: Token
    match: _Match
    cands: list[_Cand]
    sources: list[Actor]


class Coder:
    """Codes CAMEO events from parsed documents with a :class:`Dictionaries` set.

    ``require_both``: emit only events with both a source and a target (PETRARCH-2's
    ``require_dyad``); by default one of them suffices. ``capitals``: code a bare capital
    city as its government (``Moscow`` -> ``RUSGOV``) when the dictionaries give the
    country code only. ``sentence_country``: a role-only actor ("the president",
    ``---GOV``) takes the country when the sentence names exactly one ("President X
    threatened to ban Ugandan opposition candidates" -> ``UGAGOV``); PETRARCH-2 leaves it
    ``---GOV``, so its own test records are scored with this off. ``future_intent``: an act
    announced for the future ("X will give aid", "X is ready to send troops", "X may halt
    its mediation") is coded as the intent or threat to do it (:func:`nesting.future`), as
    the CAMEO codebook reads such announcements; PETRARCH-2 codes the act itself, so its
    records are scored with this off. ``draft_evasion``: code refusing or fleeing a call-up
    as CAMEO 128 across the sentences of a paragraph (:mod:`events.coding.draft`).
    """

    def __init__(
        self,
        dicts: Dictionaries,
        *,
        require_both: bool = False,
        capitals: bool = True,
        sentence_country: bool = True,
        future_intent: bool = True,
        draft_evasion: bool = True,
    ):
        self.dicts = dicts
        self.draft_evasion = draft_evasion
        self.require_both = require_both
        self.capitals = capitals
        self.sentence_country = sentence_country
        self.future_intent = future_intent
        self._syns = _synset_index(dicts)
        # pattern id -> (specificity, words it needs): computed once per pattern
        self._pattern_info: dict[int, tuple[int, frozenset[str]]] = {}
        self._has_nouns = any(b.is_noun for b in dicts.verbs.blocks)
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
        try:
            if any(self._discard(sent) == "story" for sent in sentences):
                log.debug("story discarded")
                return []
        except Exception:  # noqa: BLE001 - a bad sentence must not stop the document
            log.exception("discard check failed")
        events: list[CodedEvent] = []
        for index, sent in enumerate(sentences):
            try:
                events.extend(self.code_sentence(sent, index, when=when))
            except Exception:  # noqa: BLE001 - never raise on a sentence
                log.exception("coding failed for sentence %d: %.80r", index, sent.text)
        if self.draft_evasion:
            events = code_draft_evasion(sentences, events, functools.partial(self._only_country, when=when))
        return events

    def _only_country(self, sent: Span, *, when: dt.date | None) -> str | None:
        """The one country ``sent`` names, or None."""
        return ActorFinder(sent, find_mentions(sent, self.dicts), when, self.capitals).only_country()

    def code_sentence(self, sent: Span, index: int = 0, *, when: dt.date | None = None) -> list[CodedEvent]:
        """Events of one sentence (may raise; :meth:`code` wraps it)."""
        if len(sent) < 2 or len(sent) > MAX_SENTENCE_TOKENS or self._discard(sent):
            return []
        mentions = find_mentions(sent, self.dicts)
        if not mentions:
            return []
        finder = ActorFinder(sent, mentions, when, self.capitals, appos_lists=not self.future_intent)
        verbs: list[_Verb] = []
        used_verbs: set[int] = set()
        for tok in sent:
            if tok.pos_ != "VERB" or tok.i in used_verbs or _purpose_infinitive(tok):
                continue
            match = self._match_verb(tok, sent)
            if match is None:
                continue
            used_verbs.update(range(match.start, match.end))
            verbs.append(_Verb(tok, match, *self._candidates(tok, match, finder, sent)))
        if self._has_nouns:
            matched = {v.tok.i for v in verbs}
            for tok in sent:
                if tok.pos_ in ("NOUN", "PROPN") and tok.i not in used_verbs:
                    noun = self._noun_event(tok, sent, finder, matched)
                    if noun is not None:
                        verbs.append(noun)
        coded = {v.tok.i for v in verbs if any(self._keep(c) for c in v.cands)}
        for verb in verbs:
            # "X said Y did Z": the reported event is Z; X -> Y only when Z coded nothing
            if self._reports(verb) and any(
                c.i in coded for r in verb.tok.children if r.dep_ in ("ccomp", "xcomp") for c in r.subtree
            ):
                verb.cands = [
                    c for c in verb.cands if "ccomp-subject" not in c.how and "xcomp-subject" not in c.how
                ]
        if len(verbs) > 1:
            self._nest(verbs)
        country = finder.only_country() if self.sentence_country else None
        events: list[CodedEvent] = []
        for verb in verbs:
            for cand in verb.cands:
                if self._keep(cand):
                    if country is not None:
                        source = _with_country(cand.source, country)
                        target = _with_country(cand.target, country)
                        if source is None or target is None or source.code != target.code:
                            cand.source, cand.target = source, target
                    events.append(self._event(cand, sent, index))
        return _dedupe(events)

    def _reports(self, verb: _Verb) -> bool:
        """True when ``verb``'s complement clause is reported (statements and verbs with no
        code of their own), not addressed: with ``future_intent``, a demand, appeal or
        threat ("demanded that Hamas renounce …") keeps the clause's subject as its target."""
        if not self.future_intent:
            return True
        if verb.match.demand:
            return False
        value = nesting.value(verb.match.code) if verb.match.code else None
        return value is None or value >> 12 not in (0x2, 0x4, 0x6)

    def _keep(self, cand: _Cand) -> bool:
        """The output filter: an actor on some side (both with ``require_both``) and no
        bare statement ("X said") without its other side."""
        if cand.source is None and cand.target is None:
            return False
        if self.require_both and (cand.source is None or cand.target is None):
            return False
        bare_say = cand.match.pattern is None and cand.code == STATEMENT_CODE
        return not (bare_say and (cand.source is None or cand.target is None))

    # ------------------------------------------------------------ nested verbs

    def _nest(self, verbs: list[_Verb]) -> None:
        """PETRARCH-2's verb interaction: a coded verb governing another coded verb's clause
        ("wants to help", "said they attacked") yields one combined event (see
        :mod:`events.coding.nesting`); the events of both verbs are replaced."""
        by_index = {v.tok.i: v for v in verbs}
        for lower in verbs:
            upper = _governor(lower.tok, by_index)
            if upper is None or upper.match.code is None or not lower.cands:
                continue
            result = (
                self._absorb(upper, lower) or self._transform(upper, lower) or self._combine(upper, lower)
            )
            if result is None:
                if nesting.matches(upper.match.code, SAY_VALUE):
                    _inherit_source(upper, lower)
                elif self.future_intent:
                    _lend_target(upper, lower)
                    if upper.match.code[:2] in UNREALIZED_ROOTS:
                        # "urged Russia to end the war": the appeal is the event; the end of
                        # the war was asked for, not done (and not by the one who asked)
                        lower.cands = []
                continue
            upper.cands = result
            lower.cands = []

    def _absorb(self, upper: _Verb, lower: _Verb) -> list[_Cand] | None:
        """A pattern that names the governed verb ("wants" ``- * ATTACK [138]``) codes the
        whole construction when the governing verb has no target of its own: its source,
        the governed verb's target."""
        pattern = upper.match.pattern
        if pattern is None or upper.match.code is None or not upper.sources or _sides(upper.cands, "target"):
            return None
        words = {e.value for e in pattern.post if e.kind == "word"}
        if not words & set(_forms(lower.tok)):
            return None
        targets = _sides(lower.cands, "target")
        out = [
            _Cand(upper.tok, upper.match, upper.match.code, source, target, "source:governor target:clause")
            for source in upper.sources
            for target in targets
            if source.code != target.code
        ]
        return out or None

    def _transform(self, upper: _Verb, lower: _Verb) -> list[_Cand] | None:
        verbs = self.dicts.verbs
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
            out: list[_Cand] = []
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
                        out.append(_Cand(upper.tok, cand.match, code, source, other, how))
            if out:
                return out
        return None

    def _combine(self, upper: _Verb, lower: _Verb) -> list[_Cand] | None:
        assert upper.match.code is not None
        if nesting.matches(upper.match.code, SAY_VALUE):
            return None  # statements keep the reported event (see _inherit_source)
        sources = upper.sources
        targets = _sides(upper.cands, "target") or _sides(lower.cands, "target")
        codes = {c.code for c in lower.cands}
        block_code = upper.match.form.code or upper.match.form.block.code
        if self.future_intent and block_code and nesting.value(block_code) == nesting.INTENT and codes:
            # "plans to impose restrictions", "intends to cut off aid": an intent to coerce,
            # sanction or attack is a threat (13x)
            threats = {inner: nesting.future(inner) for inner in codes}
            if all(t is not None and t.startswith("13") for t in threats.values()):
                return self._pairs(upper, sources, targets, threats, "intent-threat")
        if not all(nesting.combinable(upper.match.code, inner) for inner in codes):
            return None
        out: list[_Cand] = []
        src_opts: list[Actor | None] = list(sources) or [None]
        tgt_opts: list[Actor | None] = list(targets) or [None]
        for inner in sorted(codes):
            code = nesting.combine(upper.match.code, inner)
            if code is None:
                return None
            how = f"combined {upper.match.code}+{inner}"
            for source in src_opts:
                for target in tgt_opts:
                    if source is None or target is None or source.code != target.code:
                        out.append(_Cand(upper.tok, upper.match, code, source, target, how))
        return out or None

    @staticmethod
    def _pairs(
        upper: _Verb, sources: list[Actor], targets: list[Actor], codes: dict[str, str | None], how: str
    ) -> list[_Cand] | None:
        """Candidates of ``upper`` with each code of ``codes`` (inner -> combined)."""
        out: list[_Cand] = []
        src_opts: list[Actor | None] = list(sources) or [None]
        tgt_opts: list[Actor | None] = list(targets) or [None]
        for inner in sorted(codes):
            code = codes[inner]
            if code is None:
                continue
            for source in src_opts:
                for target in tgt_opts:
                    if source is None or target is None or source.code != target.code:
                        out.append(_Cand(upper.tok, upper.match, code, source, target, f"{how} {inner}"))
        return out or None

    # ------------------------------------------------------------ discards

    def _discard(self, sent: Span) -> str | None:
        """``story`` or ``sentence`` when a discard phrase occurs in ``sent``."""
        index = self.dicts.discards
        if not len(index):
            return None
        tokens = list(sent)
        for i, tok in enumerate(tokens):
            key = norm_word(tok.text)
            limit = index.firsts.get(key)
            if not limit:
                continue
            text = ""
            for j in range(i, min(len(tokens), i + limit)):
                text += norm_word(tokens[j].text)
                value = index.phrases.get(text)
                if value is not None:
                    return "story" if value else "sentence"
                text += " " if tokens[j].whitespace_ else ""
        return None

    # ------------------------------------------------------------ verbs

    def _forms_for(self, tok: Token, noun: bool = False) -> list[VerbForm]:
        forms = self.dicts.verbs.forms
        lemma = norm_word(tok.lemma_)
        lower = norm_word(tok.text)
        if lemma not in forms and lower not in forms:
            # a lemmatizer slip ("staged" -> "stag"): the regular stems of the written form
            lemma = next((stem for stem in _stems(lower) if stem in forms), lemma)
        found = forms.get(lemma) or []
        if lower != lemma and lower in forms:
            # the written form first: a block of its own ("LEFT [032:033]") beats the lemma's
            found = forms[lower] + [f for f in found if f not in forms[lower]]
        # event-noun blocks (NAME_NOUN) match nouns, the others verbs; a multi-word form
        # ("stop work") is tried before the single verb ("stop")
        return sorted((f for f in found if f.block.is_noun == noun), key=lambda f: not (f.pre or f.post))

    def _match_verb(self, tok: Token, sent: Span, noun: bool = False) -> _Match | None:
        for form in self._forms_for(tok, noun):
            span = _form_span(tok, form, sent)
            if span is None:
                continue
            start, end = span
            pattern, hints = self._best_pattern(tok, form, sent, start, end)
            if pattern is not None:
                code, reverse = pattern.code, pattern.reverse
            else:
                code, reverse = form.code, form.reverse
            demand = False
            failed = self.future_intent and _failed(tok)
            if (
                not noun
                and (failed or negated(tok))
                and (pattern is None or not _mentions_negation(pattern, self.dicts))
            ):
                # PETRARCH-2: a negated event becomes its rejection ("not provide aid" -> 12x)
                negative = nesting.negate(code) if code is not None else None
                refused = failed or (self.future_intent and any(c.dep_ == "neg" for c in tok.children))
                if negative is None and refused and code is not None:
                    # "will not accept refugees", "failed to reach an agreement"
                    negative = nesting.refusal(code)
                if negative is None:
                    return None
                code, reverse = negative, None
            elif (
                not noun
                and self.future_intent
                and _says(code, form)
                and any(c.dep_ == "ccomp" and _must(c) for c in tok.children)
            ):
                # "X said Y must do Z": a demand (CAMEO 10), combined with Z when Z is coded
                code, reverse, demand = "100", None, True
            elif not noun and self.future_intent and code is not None and _announced(tok):
                announced = nesting.future(code)
                if announced is not None:
                    code, reverse = announced, None
            if code is None and reverse is None:
                return None
            return _Match(form, pattern, code, reverse, start, end, *hints, demand=demand)
        return None

    def _best_pattern(
        self, tok: Token, form: VerbForm, sent: Span, start: int, end: int
    ) -> tuple[Pattern | None, tuple[int | None, int | None]]:
        patterns = form.block.patterns
        if not patterns:
            return None, (None, None)
        doc = sent.doc
        pre_toks = [doc[i] for i in range(sent.start, start)]
        pre = [_forms(t) for t in reversed(pre_toks)]
        # a pattern's words are the verb's phrases, not the verb of a reported clause
        # ("said that Iraq *attacked*" is no "- * ATTACK" match)
        subtree = [
            t for t in tok.subtree if t.i >= end and not (t.dep_ == "ccomp" and t.pos_ in ("VERB", "AUX"))
        ]
        if self.future_intent and _says(form.block.code, form):
            # "said it will support a resolution to tighten sanctions": the reported clause
            # is coded by its own verbs, not by the statement's noun patterns
            clause = {t.i for c in tok.children if c.dep_ == "ccomp" for t in c.subtree}
            subtree = [t for t in subtree if t.i not in clause]
        post = [_forms(t) for t in subtree]
        present = {w for forms in pre for w in forms} | {w for forms in post for w in forms}
        info = self._pattern_info
        best: Pattern | None = None
        best_hints: tuple[int | None, int | None] = (None, None)
        best_score = -1
        for pattern in patterns:
            known = info.get(id(pattern))
            if known is None:
                known = info[id(pattern)] = (pattern.specificity, _required_words(pattern))
            specificity, required = known
            # PETRARCH-2 stores patterns in a tree: a later pattern with the same elements
            # replaces an earlier one ("- * &TREATY [031:031]" ... "- * &TREATY [057]")
            override = (
                not self.future_intent
                and best is not None
                and specificity == best_score
                and _same_elements(pattern, best)
            )
            if (specificity <= best_score and not override) or not required <= present:
                continue
            post_pos = _match_seq(pattern.post, post, self._syns, pattern.verb_joined_post)
            if post_pos is None:
                continue
            pre_pos = _match_seq(
                tuple(reversed(pattern.pre)), pre, self._syns, pattern.verb_joined_pre, reverse=True
            )
            if pre_pos is None:
                continue
            best, best_score = pattern, specificity
            src_hint = next(
                (
                    subtree[p].i
                    for k, p in post_pos.items()
                    if pattern.post[k].kind == "source" and p < len(subtree)
                ),
                None,
            )
            tgt_hint = next(
                (
                    subtree[p].i
                    for k, p in post_pos.items()
                    if pattern.post[k].kind == "target" and p < len(subtree)
                ),
                None,
            )
            best_hints = (src_hint, tgt_hint)
        return best, best_hints

    # ------------------------------------------------------------ event nouns

    def _noun_event(self, tok: Token, sent: Span, finder: ActorFinder, matched: set[int]) -> _Verb | None:
        """A nominal event ("Russia's mobilization", "clashes between A and B", "sanctions on
        X") from an ``_NOUN`` block, unless the noun is part of a name, negated, hypothetical
        or the object of a dictionary verb (which codes the clause itself)."""
        if tok.i in finder.by_token:
            return None
        match = self._match_verb(tok, sent, noun=True)
        if match is None or match.code is None or _noun_blocked(tok, matched):
            return None
        sources, targets, pairs, how = self._noun_roles(tok, match.code, finder)
        if not pairs:
            src_opts: list[Actor | None] = list(sources) or [None]
            tgt_opts: list[Actor | None] = list(targets) or [None]
            pairs = [(s, t) for s in src_opts for t in tgt_opts]
        cands = [
            _Cand(tok, match, match.code, source, target, how)
            for source, target in pairs
            if source is None or target is None or source.code != target.code
        ]
        return _Verb(tok, match, cands, list(sources))

    def _noun_roles(
        self, noun: Token, code: str, finder: ActorFinder
    ) -> tuple[list[Actor], list[Actor], list[tuple[Actor | None, Actor | None]], str]:
        """(sources, targets, explicit pairs, how) of an event noun: the possessor, an actor
        adjective or a "by" phrase is the source; "between A and B" gives both directions;
        against/on/with/… (and "of" for attacks) give the target. A protest or a
        mobilization with no actor takes the country it happens in ("in Russia, the
        mobilization …")."""
        sources: list[Actor] = []
        targets: list[Actor] = []
        how: list[str] = ["noun"]
        for child in noun.children:
            if child.dep_ == "poss" or (
                child.dep_ in ("amod", "compound", "nmod") and finder.names_actor(child)
            ):
                # a bare role adjective ("military conflicts") names no one
                found = [a for a in finder.actors_of(child) if any(m.actor for m in a.parts)]
                if found:
                    sources, how = found, [*how, f"source:{child.dep_}"]
                    break
        if not sources:
            for child in noun.children:
                if child.dep_ == "prep" and child.lower_ == "by":
                    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if pobj is not None and (found := finder.actors_of(pobj)):
                        sources, how = found, [*how, "source:by"]
                        break
        pairs: list[tuple[Actor | None, Actor | None]] = []
        if not sources:
            for prep in _between_preps(noun):
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                sides = finder.actors_of(pobj) if pobj is not None else []
                if len({a.code for a in sides}) >= 2:
                    pairs += [(a, b) for a in sides for b in sides if a is not b and a.code != b.code]
            if pairs:
                return [], [], pairs, " ".join([*how, "between"])
        root = code[:2]
        target_preps = NOUN_TARGET_PREPS | ({"of"} if root in ("17", "18", "19", "20") else set())
        skip = frozenset(k for a in sources for k in range(a.start, a.end))
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in target_preps:
                found = [
                    a for a in finder.first_in(subtree_no_clauses(child), skip) if not finder.is_city(a)
                ]
                if found:
                    targets, how = found, [*how, f"target:prep:{child.lower_}"]
                    break
        if not sources and self.future_intent and noun.head.i != noun.i:
            # "Thousands of Nigerians converged for a rally": the subject of the verb that
            # holds the event noun (as object or through a preposition) takes part in it
            holder = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
            if (
                noun.dep_ in ("dobj", "pobj")
                and holder.pos_ in ("VERB", "AUX")
                and norm_word(holder.lemma_) not in CAUSATIVE_HEADS
            ):
                subj = subject(holder)
                if subj is not None and (found := finder.actors_of(subj)):
                    sources, how = found, [*how, "source:holder-subject"]
        if not sources and root in ("14", "15"):
            # domestic acts: the country where they happen acts ("protests in Georgia")
            scopes = [noun]
            if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.i != noun.i:
                scopes.append(noun.head)
            for scope in scopes:
                for child in scope.children:
                    if child.dep_ == "prep" and child.lower_ in ("in", "across", "throughout"):
                        pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                        place = finder.country_at(pobj) if pobj is not None else None
                        if place is not None:
                            sources, how = [place], [*how, "source:country-in"]
                            break
                if sources:
                    break
        return sources, targets, [], " ".join(how)

    # ------------------------------------------------------------ actors

    def _candidates(
        self, verb: Token, match: _Match, finder: ActorFinder, sent: Span
    ) -> tuple[list[_Cand], list[Actor]]:
        """Every (source, target, code) of ``verb``, a side possibly None (filtered later),
        and the verb's sources."""
        sources, targets, how = self._roles(verb, finder, match)
        if match.source_hint is not None:
            hinted = finder.first_in([t for t in sent if t.i >= match.source_hint])
            if hinted:
                sources, how = hinted, how + " source:$"
        if match.target_hint is not None:
            hinted = finder.first_in([t for t in sent if t.i >= match.target_hint])
            if hinted:
                targets, how = hinted, how + " target:+"
        if "agent:inanimate" in how:
            return [], list(sources)
        pairs: list[tuple[Actor | None, Actor | None]] = []
        if (
            len({a.code for a in sources}) >= 2
            and targets
            and all(not any(m.actor for m in a.parts) for a in targets)
        ):
            # "Tajik and Kyrgyz troops fought with tanks": a role-only object ("tanks")
            # of a compound subject is no side; the subjects face each other
            targets = []
        if not sources and ":between" in how and len({a.code for a in targets}) >= 2:
            pairs = [(a, b) for a in targets for b in targets if a is not b and a.code != b.code]
            how += " between"
        elif (
            not targets
            and len(sources) >= 2
            and not (match.code or "").startswith("01")
            # PETRARCH-2 pairs the conjuncts of a verb's own subject only: not a "by" agent
            # or a subject inherited into "by promoting", "to discuss"
            and (self.future_intent or ("source:nsubj" in how and _own_subject(verb) is not None))
        ):
            # (statements are made, not exchanged: "A and B said" is no A -> B event)
            pairs = [(a, b) for a in sources for b in sources if a is not b and a.code != b.code]
            how += " compound-subject"
        else:
            src_opts: list[Actor | None] = list(sources) or [None]
            tgt_opts: list[Actor | None] = list(targets) or [None]
            pairs = [(s, t) for s in src_opts for t in tgt_opts]
        cands: list[_Cand] = []
        for source, target in pairs:
            if source is not None and target is not None and source.code == target.code:
                continue
            if match.code is not None:
                cands.append(_Cand(verb, match, match.code, source, target, how))
            # the passive half of a paired code ([042:043]) belongs to a main verb only:
            # "the leader prepared to attend the Games" has no reverse event
            if (
                match.reverse is not None
                and source is not None
                and target is not None
                and (verb.dep_ != "xcomp" or match.code is None)
            ):
                cands.append(_Cand(verb, match, match.reverse, target, source, how + " paired"))
        return cands, list(sources)

    def _roles(self, verb: Token, finder: ActorFinder, match: _Match) -> tuple[list[Actor], list[Actor], str]:
        """(sources, targets, how they were found) for ``verb``."""
        sources: list[Actor] = []
        targets: list[Actor] = []
        how = []
        # a reduced passive relative right after its noun ("soldiers *killed* in Ukraine",
        # "civilians *wounded* by shelling") is passive too
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
            verb.dep_ == "acl"
            and verb.tag_ == "VBN"
            and verb.i == verb.head.i + 1
            and any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "in") for c in verb.children)
        )
        subj = subject(verb, CHAIN_DEPS if self.future_intent else PETRARCH_CHAIN_DEPS)
        if passive:
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            if agent is not None:
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    sources = finder.actors_of(pobj)
                    how.append("source:agent")
                    if not sources and pobj.pos_ == "NOUN" and not finder.names_actor(pobj):
                        # done by a thing, not an actor ("overwhelmed by the missions")
                        how.append("agent:inanimate")
            if not sources and agent is None:
                # "were killed when Russian artillery hit …": the clause's subject acted
                for child in verb.children:
                    if child.dep_ == "advcl" and any(
                        m.dep_ in ("mark", "advmod") and m.lower_ in CAUSE_MARKS for m in child.children
                    ):
                        clause_subj = next((c for c in child.children if c.dep_ == "nsubj"), None)
                        if clause_subj is not None and (found := finder.actors_of(clause_subj)):
                            sources = found
                            how.append("source:advcl-subject")
                            break
            if subj is not None:
                targets = finder.actors_of(subj)
                how.append("target:nsubjpass")
            if not sources and targets:
                # no "by" agent: PETRARCH takes the place or origin as the source
                # ("an Eriadorian was shot dead in Osgiliath" -> OSG -> ERI)
                skip = frozenset(k for a in targets for k in range(a.start, a.end))
                for child in verb.children:
                    if child.dep_ == "prep" and child.lower_ in PASSIVE_SOURCE_PREPS:
                        pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                        if child.lower_ == "in" and (pobj is None or pobj.i in finder.by_token):
                            # "killed in Kharkiv": a place; "killed in Israeli shelling": an actor;
                            # "was arrested in Lebanon": a country's authorities act
                            place = finder.country_at(pobj) if pobj is not None else None
                            if place is not None and all(place.code != t.code[:3] for t in targets):
                                sources = [place]
                                how.append("source:country-in")
                                break
                            continue
                        sources = finder.first_in(subtree_no_clauses(child), skip)
                        if sources:
                            how.append(f"source:prep:{child.lower_}")
                            break
        elif subj is not None:
            sources = finder.actors_of(subj)
            if not sources and subj.lower_ in WH_WORDS and verb.dep_ == "relcl":
                sources = finder.actors_of(verb.head)
            how.append(f"source:{subj.dep_}")
            if not sources and verb.dep_ == "acl" and subj.i == verb.head.i and subj.dep_ == "dobj":
                # "X issued a statement demanding …": the statement's author demands
                owner = subject(subj.head)
                if owner is not None and (found := finder.actors_of(owner)):
                    sources = found
                    how.append("source:acl-owner")
        if not targets:
            targets, where = self._object(verb, finder, match, sources)
            if where:
                how.append(f"target:{where}")
        return sources, targets, " ".join(how)

    def _object(
        self, verb: Token, finder: ActorFinder, match: _Match, sources: list[Actor]
    ) -> tuple[list[Actor], str]:
        source_tokens = {k for a in sources for k in range(a.start, a.end)}
        in_phrase = set(range(match.start, match.end))
        if match.demand:
            # "X told reporters that Russia should let …": the demand is made of Russia
            for clause in (c for c in verb.children if c.dep_ == "ccomp" and _must(c)):
                if found := _clause_subject(clause, finder):
                    return found, "ccomp-subject"
        for child in verb.children:
            if child.dep_ in ("dobj", "dative", "attr", "oprd") and child.i not in in_phrase:
                # an object whose head names no actor ("an attack by X in Y"): the first
                # actor in text order, as PETRARCH reads the noun phrase
                found = finder.actors_of(child) if finder.names_actor(child) else []
                if found:
                    return found, child.dep_
                found = finder.first_in(subtree_no_clauses(child), frozenset(source_tokens))
                if found:
                    return found, f"{child.dep_}-phrase"
        for child in verb.children:
            # a preposition of a multi-word verb ("meet with", "call on") still heads its object
            if child.dep_ == "prep" and (child.lower_ in TARGET_PREPS or child.i in in_phrase):
                phrase = subtree_no_clauses(child)
                found = finder.first_in(phrase, frozenset(source_tokens))
                if found and child.lower_ in LOCATIVE_PREPS and child.i not in in_phrase:
                    # "met in Tbilisi", "killed in Kharkiv": a city there is the place
                    found = [a for a in found if not finder.is_city(a)]
                if found:
                    between = any(t.dep_ == "prep" and t.lower_ in BETWEEN_PREPS for t in phrase)
                    return found, f"prep:{child.lower_}" + (":between" if between else "")
        for child in verb.children:
            # "..., an official said": a clause before the verb is attribution, not a target
            if child.dep_ == "xcomp" or (child.dep_ == "ccomp" and child.i > verb.i):
                if found := _clause_subject(child, finder):
                    return found, f"{child.dep_}-subject"
        return [], ""

    # ------------------------------------------------------------ output

    def _event(self, cand: _Cand, sent: Span, index: int) -> CodedEvent:
        doc = sent.doc
        match, verb, code, source, target = cand.match, cand.verb, cand.code, cand.source, cand.target
        pattern = match.pattern.text if match.pattern else "(verb default)"
        where = match.pattern.where if match.pattern else match.form.where
        rule = (
            f"verb {match.form.block.name} [{code}] via {verb.text!r}; pattern {pattern} @{where}; "
            f"source {_describe(source)}; target {_describe(target)}; {cand.how.strip()}"
        )
        first = doc[match.start]
        last = doc[match.end - 1]
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
            confidence=1.0 if match.pattern is not None else 0.8,
        )


# ---------------------------------------------------------------- helpers


def _stems(word: str) -> list[str]:
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


def _forms(tok: Token) -> tuple[str, str]:
    return norm_word(tok.text), norm_word(tok.lemma_)


def _form_span(tok: Token, form: VerbForm, sent: Span) -> tuple[int, int] | None:
    """Token span of a (multi-word) verb form around ``tok``, or None if it does not fit."""
    doc = sent.doc
    start, end = tok.i, tok.i + 1
    for k, word in enumerate(reversed(form.pre), start=1):
        i = tok.i - k
        if i < sent.start or word not in _forms(doc[i]):
            return None
        start = i
    if form.post:
        i = tok.i + 1
        ok = True
        for word in form.post:
            if i >= sent.end or word not in _forms(doc[i]):
                ok = False
                break
            i += 1
        if ok:
            end = i
        elif len(form.post) == 1 and any(
            c.dep_ in ("prt", "prep") and form.post[0] in _forms(c) for c in tok.children
        ):
            end = tok.i + 1  # separated particle ("call the talks off")
        else:
            return None
    return start, end


def _match_seq(
    elements: tuple[Element, ...],
    seq: list[tuple[str, str]],
    syns: SynIndex,
    anchored: bool,
    *,
    reverse: bool = False,
) -> dict[int, int] | None:
    """Match pattern elements as an ordered subsequence of ``seq`` (``_`` = adjacent).

    Returns element index -> position of the match, or None. With ``reverse`` the
    elements and ``seq`` both run away from the verb (words before it).
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
        if element.kind in ("source", "target", "compound", "skip"):
            positions[k] = pos
            continue
        found = None
        limit = pos + 1 if joined else len(seq)
        if joined and prev_end is not None:
            limit = prev_end + 1
            pos = prev_end
        for start in range(pos, min(limit, len(seq))):
            length = _match_at(element, seq, start, syns, reverse)
            if length:
                found = (start, length)
                break
        if found is None:
            return None
        positions[k] = found[0]
        pos = found[0] + found[1]
        prev_end = pos
    return positions


def _match_at(element: Element, seq: list[tuple[str, str]], start: int, syns: SynIndex, reverse: bool) -> int:
    """Length matched by ``element`` at ``seq[start]`` (0 if none)."""
    if element.kind == "word":
        return 1 if element.value in seq[start] else 0
    index = syns.get(element.value)
    if index is None:
        return 0
    by_word = index[1] if reverse else index[0]
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


# synset name -> (members by first word, members reversed by last word)
SynIndex = dict[str, tuple[dict[str, list[tuple[str, ...]]], dict[str, list[tuple[str, ...]]]]]


def _synset_index(dicts: Dictionaries) -> SynIndex:
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


def _same_elements(a: Pattern, b: Pattern) -> bool:
    """True when two patterns differ in their codes only."""
    return (a.pre, a.post, a.verb_joined_pre, a.verb_joined_post) == (
        b.pre,
        b.post,
        b.verb_joined_pre,
        b.verb_joined_post,
    )


def _required_words(pattern: Pattern) -> frozenset[str]:
    """Plain words a pattern needs somewhere in the sentence (a cheap pre-filter)."""
    return frozenset(e.value for e in pattern.pre + pattern.post if e.kind == "word")


def _mentions_negation(pattern: Pattern, dicts: Dictionaries) -> bool:
    for element in pattern.pre + pattern.post:
        if element.kind == "word" and element.value in NEGATIONS:
            return True
        if element.kind == "syn":
            for member in dicts.verbs.synsets.get(element.value, ()):
                if any(w in NEGATIONS for w in member):
                    return True
    return False


FAIL_VERBS = frozenset({"fail", "refuse", "decline"})


def _failed(verb: Token) -> bool:
    """True when ``verb`` is the infinitive of "fail / refuse / decline to" ("failed to
    reach an agreement")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ in FAIL_VERBS and verb.head is not verb


def _says(code: str | None, form: VerbForm) -> bool:
    """True for a verb of saying (a block or form whose code is the statement's 010)."""
    return (code or form.block.code) == STATEMENT_CODE or form.block.code == STATEMENT_CODE


def _must(clause: Token) -> bool:
    """True when a complement clause is an obligation ("that Iraq must cooperate", "Y has
    to go")."""
    for child in clause.children:
        if child.dep_ == "aux" and child.lower_ in ("must", "should"):
            return True
        if (
            child.dep_ == "xcomp"
            and clause.lemma_ == "have"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ):
            return True
    return False


FUTURE_AUX = frozenset({"will", "'ll", "shall", "would", "'d", "may"})
# "X is ready to send troops": adjectives that announce the act of their clause
INTENT_ADJECTIVES = frozenset({"ready", "willing", "prepared", "determined", "eager", "poised"})


def _announced(verb: Token) -> bool:
    """True when ``verb`` is announced rather than done: a future or conditional auxiliary
    ("will give", "would allow", "may halt"), "is going to", or an infinitive of "ready /
    willing / prepared to" (also through one governing infinitive: "will continue to
    send"); not a passive or a perfect ("would have sent")."""
    tok = verb
    for _ in range(3):
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if any(c.dep_ == "auxpass" or c.lemma_ == "have" for c in auxes):
            return False
        if any(c.lower_ in FUTURE_AUX for c in auxes):
            return True
        if tok.dep_ != "xcomp" or tok.head is tok:
            return False
        head = tok.head
        if head.lemma_ == "go" and head.tag_ == "VBG" or head.lower_ in INTENT_ADJECTIVES:
            return True
        if head.pos_ not in ("VERB", "AUX"):
            return False
        tok = head
    return False


def _clause_subject(clause: Token, finder: ActorFinder) -> list[Actor]:
    """The actors named by the own subject of a complement clause (none: empty)."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return finder.actors_of(subj) if subj is not None else []


def _with_country(actor: Actor | None, country: str) -> Actor | None:
    """``---GOV`` -> ``UGAGOV`` (an actor with a country or none is returned as it is)."""
    if actor is None or not actor.code.startswith("---"):
        return actor
    return dataclasses.replace(actor, code=country + actor.code[3:], country_from_sentence=True)


AIM_NOUNS = frozenset("mission task means ability capacity job duty power resources strength".split())


def _purpose_infinitive(verb: Token) -> bool:
    """An infinitive that describes a noun ("their mission to supply the army", "the means
    to operate X"): an aim or a capacity, not an event."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
    if to is None:
        return False
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


def _between_preps(tok: Token) -> list[Token]:
    """ "between"/"among" phrases of an event noun: its own, those of an apposition ("two
    conflicts: one between A and B, the other between C and D") and those one phrase down
    ("clashes on the border between A and B")."""
    out: list[Token] = []
    roots = [tok]
    if tok.dep_ in ("nsubj", "nsubjpass"):
        # "two conflicts revive: one between A and B": the apposition hangs off the verb
        roots += [c for c in tok.head.children if c.dep_ == "appos" and c.i > tok.i]
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
    return out


def _noun_blocked(noun: Token, matched: set[int]) -> bool:
    """True when an event noun did not (or not yet) happen or is coded by its verb: "no
    fighting", "the risk of clashes", "to avoid a conflict", "did not impose sanctions",
    "talks could resume", or the object of a dictionary verb ("announced a mobilization")."""
    if any(c.lower_ in NOUN_NEGATORS and c.dep_ in ("det", "neg", "advmod") for c in noun.children):
        return True
    cur = noun
    for _ in range(5):
        head = cur.head
        if head.i == cur.i:
            return False
        if head.pos_ in ("VERB", "AUX"):
            modal = any(c.dep_ == "aux" and c.lower_ in MODALS for c in head.children)
            if cur.dep_ in ("nsubj", "nsubjpass"):
                return modal or negated(head) and head.lemma_ == "be"
            if cur.dep_ in ("dobj", "pobj", "prep", "attr", "oprd", "dative", "agent", "appos", "conj"):
                return (
                    head.i in matched
                    or norm_word(head.lemma_) in HYPOTHETICAL_HEADS
                    or modal
                    or negated(head)
                )
            return False
        if norm_word(head.lemma_) in HYPOTHETICAL_HEADS:
            return True
        cur = head
    return False


def _ref(actor: Actor | None, doc: Doc):  # type: ignore[no-untyped-def]
    if actor is None:
        return None
    span = doc[actor.start : actor.end]
    return actor.ref(None, span.start_char, span.end_char, span.text)


def _describe(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    parts = ", ".join(f"{m.phrase!r}" + (f" [{m.agent.code}]" if m.agent else "") for m in actor.parts)
    return f"{actor.code} ({parts})"


def _governor(tok: Token, by_index: dict[int, _Verb]) -> _Verb | None:
    """The coded verb whose complement clause holds ``tok`` ("wants to *help*", "said they
    *attacked*"; a clause before a verb of saying is attribution, not a complement)."""
    cur = tok
    for _ in range(4):
        # "said it is *willing* to withdraw": an adjective's infinitive is the clause's
        adjective = cur.dep_ == "acomp" and cur.pos_ == "ADJ"
        if (cur.dep_ not in GOVERNED_DEPS and not adjective) or cur.head is cur:
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


def _sides(cands: list[_Cand], side: str) -> list[Actor]:
    out: list[Actor] = []
    for cand in cands:
        actor = cand.source if side == "source" else cand.target
        if actor is not None and all(a.code != actor.code for a in out):
            out.append(actor)
    return out


def _own_subject(verb: Token) -> Token | None:
    """The subject written for ``verb`` itself (a conjunct shares its head's subject)."""
    tok = verb
    for _ in range(3):
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if subj is not None or tok.dep_ != "conj":
            return subj
        tok = tok.head
    return None


def _inner_source_kind(lower: _Verb, sources: list[Actor]) -> str:
    """``a`` (the governing verb's source again, or a pronoun), ``b`` (another actor) or
    ``_`` (no subject of its own: an infinitive) for a governed verb."""
    subj = _own_subject(lower.tok)
    if subj is None:
        return "_"
    codes = {a.code for a in sources}
    inner = _sides(lower.cands, "source")
    if inner and all(a.code in codes for a in inner):
        return "a"
    if inner:
        return "b"
    return "a" if subj.pos_ == "PRON" else "?"


def _lend_target(upper: _Verb, lower: _Verb) -> None:
    """ "X threatened / refused / offered to cut off electricity to Y": a governing verb with
    no target of its own, whose infinitive has no subject of its own (X acts), takes the
    infinitive's target."""
    if lower.tok.dep_ != "xcomp" or _own_subject(lower.tok) is not None or _sides(upper.cands, "target"):
        return
    targets = _sides(lower.cands, "target")
    if not targets:
        return
    upper.cands = [
        _Cand(upper.tok, upper.match, cand.code, cand.source, target, cand.how + " target:infinitive")
        for cand in upper.cands
        for target in targets
        if cand.source is None or cand.source.code != target.code
    ] or upper.cands


def _inherit_source(upper: _Verb, lower: _Verb) -> None:
    """ "X said it would Y": the reported event without an actor of its own takes X."""
    subj = _own_subject(lower.tok)
    if subj is not None and subj.pos_ != "PRON":
        return
    sources = upper.sources
    if not sources:
        return
    filled: list[_Cand] = []
    for cand in lower.cands:
        if cand.source is not None:
            filled.append(cand)
            continue
        for source in sources:
            if cand.target is None or cand.target.code != source.code:
                filled.append(
                    _Cand(
                        cand.verb, cand.match, cand.code, source, cand.target, cand.how + " source:reporter"
                    )
                )
    lower.cands = filled


def _dedupe(events: list[CodedEvent]) -> list[CodedEvent]:
    seen: set[tuple[str, str, str]] = set()
    out = []
    for e in events:
        key = (e.event_code, e.source.code if e.source else "", e.target.code if e.target else "")
        if key in seen:
            continue
        seen.add(key)
        out.append(e)
    return out
