"""The records the coder's stages pass to each other: a matched verb, its candidate events
and the coded verbs of a sentence."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from events.cameo import split_actor_code
from events.coding.actors import Actor
from events.coding.dictionaries import Pattern, VerbForm

STATEMENT_CODE = "010"
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
"""CAMEO roots of violence: assault, fight, mass violence."""
COERCIVE_ROOTS = VIOLENT_ROOTS | {"17"}
VIOLENT_ACT_NOUNS = frozenset(
    """
    attack assault shelling bombing bombardment strike airstrike air-strike killing massacre
    shooting offensive incursion invasion violence ambush
    """.split()
)
"""Nouns that name an act of violence (18-20) someone did: "the attack", "the Russian shelling"."""
"""Violence and coercion (arrests, seizures)."""
PARTNER_CODES = ("033", "042", "07")
"""Aid given or promised and visits: acts on another side, of which a country named alone is no
sign of the actor's ("donors pledged $4 billion for Yemen", "the minister visited Kenya")."""
MEDIATION_CODES = ("045", "039")
"""Mediating and offering to mediate: acts on the sides of a quarrel, who are not of the
mediator's country."""
FORCE_TYPES = frozenset({"MIL", "REB", "INS", "COP", "CRM", "UAF", "SPY", "SEP", "RAD"})
"""Actor types that may use force: armies, rebels, insurgents, police, criminals, armed
groups, intelligence services, separatists, radicals."""
ARMED_ROLES = frozenset({"COP", "MIL", "REB", "UAF", "INS", "SPY", "CRM", "GOV", "SEP"})
"""Role codes of those who do the violence a noun names when a role word modifies it ("police
shooting", "army offensive", "rebel attacks")."""
AUTHORITY_TYPES = frozenset({"COP", "JUD", "GOV", "MIL", "SPY"})
"""The actor types that police, prosecute, govern or fight for a state."""


def actor_types(actor: Actor) -> set[str]:
    """The actor's type codes (``{"GOV", "MIL"}`` for ``RUSGOVMIL``; empty for a country)."""
    kind = split_actor_code(actor.code)
    return {t for t in (kind.type1_code, kind.type2_code) if t}

Hint = tuple[int, bool]
"""Where a pattern marker matched: (token index, the actor is searched leftwards)."""

ASSERTED = "asserted"
REPORTED = "reported"
DENIED = "denied"
INTENDED = "intended"
HYPOTHETICAL = "hypothetical"
MODALITIES = (ASSERTED, REPORTED, DENIED, INTENDED, HYPOTHETICAL)
"""How a sentence states an event: as a fact, as someone's report, as denied, as intended
(announced, planned) or as a possibility (conditional, modal, hoped, feared)."""


@dataclass(slots=True)
class Match:
    """A verb (or event noun) matched to a dictionary form and, maybe, one of its patterns.

    ``start``/``end`` are the doc token span of the (multi-word) verb phrase; the hints are
    where a pattern's ``$`` (source) or ``+`` (target) matched: the token index where the
    search for the actor starts and whether it runs leftwards (a marker before the verb,
    ``- + HOSTING *``); ``demand``
    marks a statement read as a demand by its "must" clause (or as an accusation by its
    "Y was responsible" clause): its target is that clause's subject; ``how`` says which modality
    reading changed the code ("negated", "announced", …; empty when none did).
    """

    form: VerbForm
    pattern: Pattern | None
    code: str | None
    reverse: str | None
    start: int
    end: int
    source_hint: Hint | None = None
    target_hint: Hint | None = None
    demand: bool = False
    how: str = ""
    modality: str = ASSERTED
    sense: str = ""  # the verb's sense that gave a code no pattern did ("phone call")

    def read_as(self, code: str | None, reverse: str | None, demand: bool, modality: str, how: str) -> Match:
        """A copy with the code and modality a reading gives (``dataclasses.replace``
        without its look-up of the fields: this runs for every matched verb)."""
        return Match(self.form, self.pattern, code, reverse, self.start, self.end, self.source_hint,
                     self.target_hint, demand, how, modality, self.sense)


@dataclass(slots=True)
class Candidate:
    """A candidate event of one verb before the output filter (a side may be None).

    ``how`` lists, in words, how each side was found and what stage changed the code.
    """

    verb: Token
    match: Match
    code: str
    source: Actor | None
    target: Actor | None
    how: str
    modality: str = ASSERTED


@dataclass(slots=True)
class CodedVerb:
    """A coded verb (or event noun) of the sentence with its candidate events and the
    actors found as its sources."""

    tok: Token
    match: Match
    cands: list[Candidate]
    sources: list[Actor]


def is_statement(code: str | None, form: VerbForm) -> bool:
    """True for a verb of saying (a block or form whose code is the statement's 010)."""
    return (code or form.block.code) == STATEMENT_CODE or form.block.code == STATEMENT_CODE
