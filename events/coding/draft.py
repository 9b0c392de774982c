"""Draft evasion: people refusing or fleeing a call-up, coded CAMEO 128 (Defy norms, law).

CAMEO has no code for flight as such (CAMEO 2.0's FLEE/EVACUATE block is ``[---]``), but
a call-up is a law of the state that issues it, and refusing, evading or escaping it
openly defies that law: CAMEO 128 "Defy norms, law" (PLOVER REJECT). The event goes from
the people who evade (civilians of the mobilising country, ``RUSCVL``) to that country's
government (``RUSGOV``).

A sentence codes draft evasion when

* an evasion verb (refuse, evade, dodge, avoid, escape, flee, shirk, resist, defy) has a
  draft word (mobilization, draft, conscription, call-up, military service) in its
  object or purpose ("those who refuse mobilization", "fled to avoid the draft"); or
* a flight verb (flee, escape, emigrate; leave, leave the country) or flight noun (exodus,
  migration, emigration, outflow) stands in a sentence or paragraph that has already
  spoken of a draft ("… those who refuse mobilization. But the images at the Georgian and
  Finnish border reveal the extent of this migration. Several thousand people are trying
  to flee at all costs.").

The mobilising country is the country of the nearest mobilisation event (CAMEO 154) coded
in the same or an earlier sentence, else the only country the sentence with the draft word
names; with no country nothing is coded (whose law would be defied?). A negated verb
("did not flee") codes nothing. At most one draft-evasion event per sentence; it replaces
what the dictionaries coded on the same word ("refuse mobilization" is not a plain 120).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from events.cameo import split_actor_code
from events.coding.syntax import WH_WORDS, negated, subject, subtree_no_clauses
from events.coding.words import same_paragraph
from events.models import ActorRef, CodedEvent
from events.stages import stage_failed

log = logging.getLogger(__name__)

CODE = "128"
MOBILIZE_CODE = "154"
DRAFT_NOUNS = frozenset({"mobilization", "mobilisation", "draft", "conscription", "callup"})
DRAFT_VERBS = frozenset({"mobilize", "mobilise", "conscript"})
# who is mobilised in a call-up ("mobilised 300,000 reservists"); "mobilised supporters" or
# "the mobilisation of resources" is no draft
CALLED_UP = frozenset(
    """
    reservist troop soldier man men army force conscript recruit citizen civilian
    student worker prisoner volunteer
    """.split()
)
# "draft" names a document, not a call-up, before these nouns ("draft resolution")
DOCUMENT_NOUNS = frozenset(
    """
    resolution law bill text agreement constitution proposal report statement document treaty
    budget legislation plan deal decree version declaration communique amendment
    """.split()
)
EVASION_VERBS = frozenset({"refuse", "evade", "dodge", "avoid", "escape", "flee", "shirk", "resist", "defy"})
FLIGHT_VERBS = frozenset({"flee", "escape", "emigrate"})
FLIGHT_NOUNS = frozenset({"exodus", "migration", "emigration", "outflow"})
HOMELAND_NOUNS = frozenset({"country", "homeland"})

OnlyCountry = Callable[[Span], "str | None"]


@dataclass(frozen=True, slots=True)
class _Trigger:
    word: Token  # the evasion or flight word
    people: Span | None  # who evades ("those", "several thousand people"), if named
    draft: Token  # the draft word this evasion refers to (maybe in an earlier sentence)


def code_draft_evasion(
    sentences: Sequence[Span], events: list[CodedEvent], only_country: OnlyCountry
) -> list[CodedEvent]:
    """``events`` with the draft-evasion events of ``sentences`` added (see module docs).

    ``events`` are the coder's events of the same document (their mobilisation events
    name the mobilising country); ``only_country(sent)`` gives the one country a sentence
    names, or None. Never raises for a sentence: a failure is logged and skipped.
    """
    candidates = _candidates(sentences[0].doc) if sentences else []
    if not candidates:
        return events
    out = list(events)
    context: Token | None = None  # the last draft word of the current paragraph
    for index, sent in enumerate(sentences):
        if context is not None and not same_paragraph(sentences[index - 1], sent):
            context = None
        try:
            own = _draft_words([sent.doc[i] for i in candidates if sent.start <= i < sent.end])
            trigger = _trigger(sent, own, context) if own or context is not None else None
            if own:
                context = own[-1]
            if trigger is None:
                continue
            country = (
                (only_country(trigger.people) if trigger.people is not None else None)
                or _mobilising_country(events, index)
                or only_country(trigger.draft.sent)
            )
            if country is None:
                log.debug("draft evasion without a country in sentence %d", index)
                continue
            event = _event(index, sent, trigger, country)
        except Exception as err:  # noqa: BLE001 - never raise on a sentence
            stage_failed("draft", err, where=f"sentence {index}")
            continue
        out = [e for e in out if not _same_word(e, event)]
        out.append(event)
    out.sort(key=lambda e: e.sentence_index)  # document order (the sort is stable)
    return out


def _candidates(doc: Doc) -> list[int]:
    """Indices of the tokens of ``doc`` whose lemma may name a call-up (one pass over the
    lemma ids; most documents have none)."""
    keys = [doc.vocab.strings[w] for w in (*DRAFT_NOUNS, *DRAFT_VERBS, "up", "service")]
    return [int(i) for i in np.flatnonzero(np.isin(doc.to_array(LEMMA), keys))]


def _draft_words(tokens: list[Token]) -> list[Token]:
    """The ``tokens`` (candidates of one sentence) that name a military call-up."""
    found = []
    for tok in tokens:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in DRAFT_VERBS:
            if _calls_up(tok, ("dobj", "nsubjpass")):
                found.append(tok)
        elif tok.pos_ in ("NOUN", "PROPN") and (lemma in DRAFT_NOUNS or _call_up(tok)):
            if tok.lower_ == "draft" and _document_draft(tok):
                continue
            of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
            if not of or any(_calls_up(p, ("pobj",)) for p in of):
                found.append(tok)
        elif tok.lower_ == "service" and any(c.lower_ == "military" for c in tok.children):
            found.append(tok)
    return found


def _calls_up(head: Token, deps: tuple[str, ...]) -> bool:
    """True when the ``deps`` children of ``head`` (the mobilised) are people a call-up takes,
    or there are none ("mobilised reservists", "the mobilization" but not "mobilised
    supporters" or "the mobilization of resources")."""
    called = [c for c in head.children if c.dep_ in deps]
    return not called or any(c.lemma_.lower() in CALLED_UP or c.lower_ in CALLED_UP for c in called)


def _call_up(tok: Token) -> bool:
    """True for "call-up" split by the tokenizer ("call", "-", "up")."""
    return tok.lower_ == "up" and any(c.lower_ == "call" for c in tok.children)


def _document_draft(tok: Token) -> bool:
    """True for "draft" as a text ("the draft resolution", "a draft of the treaty")."""
    if tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() in DOCUMENT_NOUNS:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _trigger(sent: Span, own: list[Token], context: Token | None) -> _Trigger | None:
    """The first evasion of a draft in ``sent``; ``own`` are its draft words, ``context`` the
    paragraph's last draft word before it (flight counts as evasion only after one)."""
    draft = own[0] if own else context
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and (lemma in EVASION_VERBS or lemma in FLIGHT_VERBS or lemma == "leave"):
            if negated(tok):
                continue
            if lemma in EVASION_VERBS:
                evaded = _evaded_draft(tok, own)
                if evaded is not None:
                    return _Trigger(tok, _subject_phrase(tok), evaded)
            if draft is not None and _flight_verb(tok):
                return _Trigger(tok, _subject_phrase(tok), draft)
        elif draft is not None and tok.pos_ == "NOUN" and lemma in FLIGHT_NOUNS:
            return _Trigger(tok, _of_phrase(tok), draft)
    return None


def _evaded_draft(verb: Token, drafts: list[Token]) -> Token | None:
    """The draft word in ``verb``'s object or purpose (not in its subject), if any."""
    by_subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    inside = {t.i for t in verb.subtree} - by_subject
    return next((d for d in drafts if d.i in inside), None)


def _flight_verb(tok: Token) -> bool:
    """flee/escape/emigrate, "leave the country" or "leave" alone ("trying to leave by any
    means"), not "left the meeting"."""
    lemma = tok.lemma_.lower()
    if lemma in FLIGHT_VERBS:
        return True
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    return lemma == "leave" and all(
        c.lemma_.lower() in HOMELAND_NOUNS or c.ent_type_ == "GPE" for c in objects
    )


def _subject_phrase(verb: Token) -> Span | None:
    """Who ``verb`` is done by ("people are trying to flee"; "those who refuse" -> "those")."""
    subj = subject(verb)
    if subj is not None and subj.lower_ in WH_WORDS and verb.dep_ == "relcl":
        subj = verb.head
    return _phrase(subj) if subj is not None else None


def _of_phrase(noun: Token) -> Span | None:
    """The "of" complement of a flight noun ("the exodus of hundreds of Russians")."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return _phrase(pobj) if pobj is not None else None


def _phrase(head: Token) -> Span:
    """``head`` with its modifiers, without clauses ("those who refuse …" -> "those")."""
    words = subtree_no_clauses(head)
    return head.doc[words[0].i : words[-1].i + 1]


def _mobilising_country(events: list[CodedEvent], index: int) -> str | None:
    """The country of the nearest mobilisation event at or before sentence ``index``."""
    for event in sorted(events, key=lambda e: -e.sentence_index):
        if event.sentence_index > index or event.event_code[:3] != MOBILIZE_CODE:
            continue
        for actor in (event.source, event.target):
            country = split_actor_code(actor.code).country_code if actor is not None else None
            if country:
                return country
    return None


def _event(index: int, sent: Span, trigger: _Trigger, country: str) -> CodedEvent:
    doc = sent.doc
    people = trigger.people if trigger.people is not None else doc[trigger.word.i : trigger.word.i + 1]
    draft = trigger.draft
    source = ActorRef(f"{country}CVL", people.text, people.start_char, people.end_char, "draft evader")
    end = draft.idx + len(draft.text)
    target = ActorRef(f"{country}GOV", draft.text, draft.idx, end, "issuer of the call-up")
    rule = (
        f"draft evasion [{CODE}] via {trigger.word.text!r}; call-up {draft.text!r} "
        f"(sentence {'this' if draft.sent == sent else 'earlier in the paragraph'}); "
        f"source {source.code} ({people.text!r}); target {target.code}"
    )
    return CodedEvent(
        sentence_index=index,
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        event_code=CODE,
        source=source,
        target=target,
        action_start=trigger.word.idx,
        action_end=trigger.word.idx + len(trigger.word.text),
        rule=rule,
        confidence=0.8,
    )


def _same_word(coded: CodedEvent, event: CodedEvent) -> bool:
    """True when the dictionaries coded the word the draft-evasion event was found on."""
    return (
        coded.sentence_index == event.sentence_index
        and coded.action_start < event.action_end
        and event.action_start < coded.action_end
    )
