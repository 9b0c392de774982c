"""The article's memory of who it has named: for sentences that name an actor only through
what came before.

News names a person or a body once and then says "he", "she" or "they" ("Senator Ann Lee
spoke at the rally. She said the bill would pass."), and quotes people in the first person
("'We will appeal,' he said."). The coder reads one sentence at a time; this memory, filled
by the document loop (:meth:`events.coding.coder.Coder.code`) after each sentence, keeps the
actors that the recent sentences named as subjects, and answers two questions of the role
finder (:mod:`events.coding.roles`), which asks only when the sentence itself names no one
for the slot:

* :meth:`ArticleMemory.pronoun`: whom a subject "he", "she" or "they" stands for. Only when
  exactly one compatible actor (one person for "he"/"she", of no other sex; several for
  "they") was named in the last :data:`RECENT_SENTENCES` sentences told outside quotes, in
  the same paragraph or the one before, and was named there as a subject (or as a passive's
  doer, "chaired by X", or the source of "according to X"): a person named as
  an object, a person no dictionary knows, and an earlier "he" the memory could not resolve
  all count as compatible and so keep the pronoun unresolved, but one named by a role the
  subject's possessive gives ("met his counterpart") yields to that subject, and so does one
  only ever an object of the sentences of the subject the sentence just before named alone
  ("A spoke with B. A condemned X. He …": A). Only for the subject of the
  main clause (or of a clause it coordinates or reports: "He said he would ..."); never inside
  quotation marks (a quote's "he" is someone its speaker talks about), never when the
  sentence names a compatible actor before the pronoun, and never the speaker of a tag that
  reports the pronoun's clause ("He broke in, Ann Lee said": not Lee). The same holds for
  a passive's subject ("He was charged with assault") and for an object "him", "her" or
  "them" of the main clause ("Police detained him"), which never stands for its own
  clause's subject and keeps out when the sentence acts on anyone else before it.
* :meth:`ArticleMemory.quote_speaker`: who says the words of a quotation that holds no verb
  of saying in the sentence ("He added: 'We are grateful. We will go on.'"): the speaker
  named by the verb of saying just outside the quotation, before it ("X added:") or after
  it ("..., X said."; "X" of "quoted X as saying"), in the sentence that opens or closes
  it; a quotation that opens the sentence after such a tagged one, in the same paragraph,
  goes on in its speaker's voice. A quotation that opens its sentence with no tag at all is
  said by the one person the recent sentences named (as "he" or "she" would stand for).

* :meth:`ArticleMemory.recall` (asked by :meth:`ActorFinder.actor_of` for an actor whose
  words give no country): a person named again by the last name alone takes the code the
  article gave them ("Finnish Foreign Minister Pekka Lindqvist ... Lindqvist said" ->
  FINGOV), and a state's or an opposition's role word alone with "the" ("the minister", "the
  foreign minister", "the army", "the opposition leader") the country of whom the article
  named with it, when that is one country. Only codes a person's or
  role's own words gave (not a country the sentence lent, nor a city's name, which may be a
  namesake town); a name two people share, or a role several countries hold, gives none.

A sentence coded alone (a document of one sentence) has no memory to draw on: nothing
changes there. Per document the quotation marks are read once (:func:`quote_spans`).
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from events.coding.actors import (
    AIDE_NOUNS,
    BODIES,
    FEMALE_WORDS,
    MALE_WORDS,
    OPPOSITION,
    ORGANISATION_NOUNS,
    PERSON_ROLES,
    Actor,
    ActorFinder,
    Mention,
    a_person_entry,
    capitals,
    is_city_name,
    is_country_name,
    names_person,
    other_sex,
)
from events.coding.dictionaries import ORGANISATION_TYPES, ActorEntry, CodeOption
from events.coding.epithets import NamedCountries
from events.coding.modality import REPORT_VERBS
from events.coding.syntax import direct_object, several, subject, subtree_no_clauses
from events.coding.text import norm_word
from events.coding.words import same_paragraph, sentence_tokens, words_of
from events.nlp import doc_memo

STATE_ROLES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
"""Roles of a state's officials: "the minister" or "the general" named again alone keeps
the country the article gave them; a firm's or a school's role words do not (many are
named in one story)."""
MILITARY = "MIL"
"""A state's forces: "the military" names again the one country's army the article named
("Nigeria's army said … The military accused …"), whatever word named it first."""
# (OPPOSITION, "OPP": a country's opposition: "the opposition leader" named again keeps the
# country the article gave the leader, "Ghanaian opposition leader John Mensah … The opposition
# leader accused …")
ARMED_GROUP_ROLES = frozenset({"REB", "INS", "SEP", "UAF"})
"""Roles of armed groups: "the rebels" named again keep the country the article gave them
("ELN rebels … The rebels released two soldiers" are Colombian, wherever the talks were)."""
INSTITUTION_ROLES = frozenset({"BUS", "MED", "EDU", "HLH", "REL", "LAB", "AGR"})
"""Agent codes whose words name an institution as often as a person ("the hotel")."""
PAIR_ROLES = {"army": "MIL", "military": "MIL", "force": "MIL", "leader": "GOV", "minister": "GOV",
              "president": "GOV", "premier": "GOV", "delegation": "GOV"}
"""Pair nouns that name a role of each side: "the two armies" are the two countries' MIL."""
PAIR_NOUNS = frozenset({"side", "country", "nation", "neighbour", "neighbor", "government", "state",
                        *PAIR_ROLES})
"""Nouns by which news names again, with "the two" or "both", two countries it named
together: "the two sides signed a truce", "both countries pledged", "the two armies clashed"."""
PAIR_DETERMINERS = frozenset({"the", "these", "those"})
SIDE = "side"
"""The one pair noun for two sides of one country ("the army and the RSF": "both sides")."""
"""What "two" needs before a pair noun to name the pair again ("the two sides", not "two
dozen other countries")."""
GROUP = "group:"
"""Marks a key of :attr:`ArticleMemory.bodies` for an organisation a dictionary names."""
_BODIES_OF_PEOPLE = frozenset({"NGO", "REB", "INS", "UAF", "SEP", "RAD", "PTY"})
GROUP_NOUNS: dict[str, frozenset[str]] = {
    "group": _BODIES_OF_PEOPLE, "movement": _BODIES_OF_PEOPLE,
    "organisation": _BODIES_OF_PEOPLE | {"IGO"}, "organization": _BODIES_OF_PEOPLE | {"IGO"},
    "party": frozenset({"PTY"}),
    # a UN or aid agency named again ("The World Health Organization said … The agency
    # urged donors"), not a state's agency (a GOV code)
    "agency": frozenset({"IGO", "NGO"}),
}
"""Nouns by which news names again an organisation it named before, with the CAMEO types it
must have (of :data:`events.coding.dictionaries.ORGANISATION_TYPES`: "the group" is no
alliance of states, "the organisation" may be one)."""
BODY_NAMES = frozenset("association federation alliance foundation society league coalition".split())
"""Last words of the names of bodies of people the dictionaries do not know by name
(:meth:`ArticleMemory._remember_named_bodies`); "the association" names it again."""
NAMED_BODY_NOUNS = ("group", "organisation", "organization")
"""What else names such a body again."""
STATE_GROUP_NOUNS = {"bloc": frozenset({"IGO"}), "alliance": frozenset({"IGO"})}
"""Nouns by which news names again a bloc or alliance of states it named before ("the
European Union … the bloc", "NATO … the alliance"); never the United Nations or one of its
agencies (:data:`WORLD_BODIES`), which no one calls a bloc."""
WORLD_BODIES = "IGOUNO"
COURT_NOUNS = frozenset({"court", "tribunal"})
"""Nouns by which news names again an international court it named before ("the
International Criminal Court issued a warrant … rejected the court's jurisdiction"): the
dictionaries' word for judges (JUD) would give it the sentence's country."""
GROUP_NOUNS.update(STATE_GROUP_NOUNS)
for _noun in COURT_NOUNS:
    GROUP_NOUNS.setdefault(_noun, frozenset())
for _noun in BODY_NAMES:
    GROUP_NOUNS.setdefault(_noun, frozenset())
GROUP_KEYS = frozenset(GROUP + noun for noun in GROUP_NOUNS)
"""The keys of :attr:`ArticleMemory.bodies` for the organisations of :data:`GROUP_NOUNS`."""
SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
"""Who speaks for someone named in their phrase ("Ostrom's spokesman")."""
KIND = "~"
"""Marks a key of :attr:`ArticleMemory.bodies` that is a body's type, not its noun."""
RECENT_SENTENCES = 3
"""How many of the latest sentences told outside quotes a pronoun may reach back to."""
PERSON_PRONOUNS = frozenset({"he", "she"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})
"""A subject's own possessive before an object's role ("his counterpart": :func:`_owned_role`)."""
OBJECT_FORMS = {"him": "he", "her": "she", "them": "they"}
"""Object pronouns and the subject pronoun whose referents they may stand for."""
PRONOUN_OBJECT_DEPS = frozenset({"dobj", "dative"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "oprd", "attr"})
"""Whom a verb acts on or with: before an object pronoun, someone it may stand for."""
NAMED_PERSON_DEPS = ARGUMENT_DEPS | {"pobj", "poss"}
"""Where a last name alone stands for a person named before (:meth:`ArticleMemory.named_persons`)."""
GROUP_PRONOUNS = frozenset({"they"})
BODY_PRONOUN = "it"
"""The subject pronoun of one body, state or firm ("The agency said … It urged donors"):
it stands only for the one such actor the sentence just before named as its subject, and
never when that sentence also names another single thing or body as a subject or one as
an object (:meth:`ArticleMemory.pronoun`)."""
SINGULAR_TAGS = frozenset({"NN", "NNP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NAME_POS = frozenset({"NOUN", "PROPN"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
COORDINATED = frozenset({"conj"})
"""The links along which a verb shares the subject of the verb it is coordinated with."""
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "from", "across", "around"})
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
ARGUMENT_ROLE_DEPS = SUBJECT_DEPS | OBJECT_DEPS
"""The links of the words a sentence names someone by (:meth:`ArticleMemory.remember`)."""
PERSONAL_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS
OPENING = frozenset({"\u201c", "\u00ab"})
CLOSING = frozenset({"\u201d", "\u00bb"})
STRAIGHT = '"'
QUOTE_MARKS = OPENING | CLOSING | {STRAIGHT}
QUOTES_KEY = "events.coding.quotes"

FinderOf = Callable[[Span], ActorFinder]
"""Builds the actor finder of a sentence the loop has not reached yet."""


def memory_pronouns() -> frozenset[str]:
    """The pronouns :meth:`ArticleMemory.pronoun` may resolve: "he", "she", "they", "it" and
    the object forms "him", "her", "them"."""
    return PERSONAL_PRONOUNS | {BODY_PRONOUN} | frozenset(OBJECT_FORMS)


def quote_spans(doc: Doc) -> list[tuple[int, int]]:
    """The document's quotations as (first token, end token) pairs, the marks included,
    sorted (:func:`quotations`). Computed once per document."""

    def build(d: Doc) -> list[tuple[int, int]]:
        words = words_of(d)  # (spaCy keeps line breaks in whitespace tokens, not after a word)
        return quotations(words.orth, words.space)

    return doc_memo(doc, QUOTES_KEY, build)


def quotations(orth: Sequence[str], space: Sequence[bool]) -> list[tuple[int, int]]:
    """The quotations of a text of tokens ``orth`` (``space``: the token is whitespace) as
    (first token, end token) pairs, the marks included, sorted: curly marks open and close,
    a straight mark toggles; a paragraph break closes what is open (a quotation running on
    into the next paragraph opens again there). Reads the words alone (the pre-pass asks
    it of a text not yet parsed)."""
    spans: list[tuple[int, int]] = []
    start = -1
    # (only quotation marks and line breaks open or close a quotation: the others are skipped)
    marks = [i for i, text in enumerate(orth) if text in QUOTE_MARKS or (space[i] and "\n" in text)]
    for i in marks:
        text = orth[i]
        if start >= 0 and space[i] and "\n" in text:
            spans.append((start, i + 1))
            start = -1
            continue
        if text in OPENING or (text == STRAIGHT and start < 0):
            if start >= 0:
                spans.append((start, i))
            start = i
        elif (text in CLOSING or text == STRAIGHT) and start >= 0:
            spans.append((start, i + 1))
            start = -1
    if start >= 0:
        spans.append((start, len(orth)))
    return spans


def quotation_of(tok: Token) -> tuple[int, int] | None:
    """The quotation (:func:`quote_spans`) that holds ``tok`` inside its marks, or None."""
    spans = quote_spans(tok.doc)
    if not spans:
        return None
    k = bisect.bisect_right(spans, (tok.i, len(tok.doc) + 1)) - 1
    if k >= 0 and spans[k][0] < tok.i < spans[k][1]:
        return spans[k]
    return None


@dataclass(frozen=True)
class Referent:
    """An actor a sentence named as a subject: whom later pronouns may stand for."""

    actors: tuple[Actor, ...]
    key: str  # who it is: a person's name or the words of the phrase
    narrative: int  # index among the sentences told outside quotes
    paragraph: int
    person: bool  # one person ("he", "she")
    several: bool  # several ("they")
    sex: str  # "he", "she" or "" (unknown)
    subject: bool = True  # named as a subject (an object only keeps a pronoun ambiguous)
    acted_on: bool = False  # named as a verb's direct object: whom an object pronoun may mean
    # named by a role the subject's own possessive gives ("met his Lithuanian counterpart"):
    # no rival of that subject for a later "he" or "she" (:func:`_outranked`)
    owned: bool = False


@dataclass
class ArticleMemory:
    """Who the article's sentences so far named as subjects (see the module docstring)."""

    finder_of: FinderOf | None = None
    referents: list[Referent] = field(default_factory=list)
    paragraph: int = 0
    narrative: int = 0  # sentences told outside quotes so far
    current: int = 0  # where the current sentence stands among them
    quoted: bool = False  # the current sentence lies wholly inside quotation marks
    last: bool = False  # the current sentence is the article's last: no later one asks what it names
    sentence: Span | None = None
    resolved: dict[int, Referent] = field(default_factory=dict)  # pronoun token -> whom it stands for
    said_by: dict[int, list[Actor]] = field(default_factory=dict)  # verb of saying token -> speaker
    # a person's last name -> the actor code the article gave them (None: two people, two codes)
    names: dict[str, str | None] = field(default_factory=dict)
    # a role's word ("minister") -> the code of whom the article named with it (None: several)
    roles: dict[str, str | None] = field(default_factory=dict)
    # a body's noun ("union") or KIND + its type ("~LAB") -> the code the article gave it
    bodies: dict[str, str | None] = field(default_factory=dict)
    # the two countries' actors a recent sentence named together ("Armenia and Azerbaijan"),
    # for "the two sides", "both countries" (:meth:`named_pair`), and where it was named
    pair: tuple[str, str] | None = None
    pair_at: int = -RECENT_SENTENCES - 1
    pair_one_country: bool = False  # two sides of one country ("the army and the RSF")
    # the countries named so far, for "the kingdom", "the island nation" (events.coding.epithets)
    countries: NamedCountries = field(default_factory=NamedCountries)
    # each told sentence's main act: (narrative index, paragraph, verb lemma, its doer's actors),
    # for "condemned the move", "welcomed the ruling" (:meth:`main_act_doers`)
    acts: list[tuple[int, int, str, tuple[Actor, ...]]] = field(default_factory=list)

    # ------------------------------------------------------------ the document loop

    def enter(self, sent: Span, *, last: bool = False) -> None:
        """The loop reaches ``sent`` (every sentence, in order, coded or not; ``last``: the
        article's last, whose names :meth:`remember` then keeps for no one)."""
        self.last = last
        if self.sentence is not None and not same_paragraph(self.sentence, sent):
            self.paragraph += 1
        self.sentence = sent
        self.quoted = quoted = _quoted(sent)
        self.narrative += not quoted
        self.current = self.narrative + quoted  # a quote's sentence comes after the last told

    def remember(self, sent: Span, finder: ActorFinder, settle: Callable[[Actor], Actor]) -> None:
        """Keep the subjects of ``sent`` that name actors (``settle`` gives a role-only actor
        the country the sentence gives it), and the pronouns resolved in it."""
        entered = self.sentence is not None and self.sentence.start == sent.start
        if entered and self.last:
            return  # no later sentence will ask
        if self.quoted if entered else _quoted(sent):
            return  # the words of a quote tell whom its speaker talks about, not the news
        self._remember_names(finder)
        self._remember_named_bodies(sent, finder)
        self._remember_main_act(sent, finder, settle)
        self.countries.note(finder)
        for tok in sentence_tokens(sent, dep=ARGUMENT_ROLE_DEPS):
            # (the doer of a passive, "chaired by Qatari Foreign Minister Khalid Al-Sayed", and
            # the source of "according to Serbian President Milan Jovic" act as subjects do)
            subject = tok.dep_ in SUBJECT_DEPS or (tok.dep_ == "pobj" and _logical_subject(tok))
            if not subject and (tok.dep_ not in OBJECT_DEPS or tok.i not in finder.by_token):
                continue  # an object counts when its own word names someone ("met reporters")
            if _a_place(tok):
                continue  # where someone was ("detained a man in Izmir") is no one
            if quotation_of(tok) is not None:
                continue
            if tok.pos_ == "PRON":
                word = tok.lower_
                if tok.dep_ not in SUBJECT_DEPS or word not in PERSONAL_PRONOUNS:
                    if word == BODY_PRONOUN and tok.dep_ == "nsubj" and _main_clause(tok) and _acts(tok.head):
                        # whom it stands for, or something unknown: a later "it" then none
                        if tok.i not in self.resolved:
                            self.pronoun(tok, finder)
                        body = self.resolved.get(tok.i) or Referent(
                            (), f"unknown:{tok.i}", 0, 0, False, False, "")
                        self.referents.append(dataclasses.replace(
                            body, narrative=self.narrative, paragraph=self.paragraph))
                    continue
                if tok.i not in self.resolved:
                    self.pronoun(tok, finder)  # one no verb of the sentence asked about
                known = self.resolved.get(tok.i)
                if known is None:
                    if not _main_clause(tok) or _compatible_before(tok, finder):
                        continue  # someone its own sentence names
                    # someone the memory cannot name is in the story ("He banged on the
                    # door, Ann Lee said. There, he ..."): later pronouns may be them
                    known = Referent((), f"unknown:{tok.i}", 0, 0, word in PERSON_PRONOUNS,
                                     word in GROUP_PRONOUNS, "")
                sex = word if word in PERSON_PRONOUNS else known.sex
                self.referents.append(
                    dataclasses.replace(known, narrative=self.narrative, paragraph=self.paragraph, sex=sex)
                )
                continue
            if tok.pos_ not in NAME_POS:
                continue
            found = finder.actors_of(tok) if finder.names_actor(tok) else []
            actors = tuple(settle(a) if a.code.startswith("---") else a for a in found)
            plural = several(tok)
            if plural and len(actors) == 2:
                self._remember_pair(actors)
            elif subject and len(actors) == 1 and (partner := self._partner(tok, finder, settle)) is not None:
                self._remember_pair((actors[0], partner))  # "A met B": the two sides later
            if not actors:
                if subject and not plural and _named_person(tok):
                    # a person no dictionary knows: whom "he" may stand for, though no actor
                    key = "person:" + tok.lower_
                    self.referents.append(Referent((), key, self.narrative, self.paragraph, True, False, ""))
                elif subject and not plural and tok.tag_ in SINGULAR_TAGS:
                    # a thing as a subject ("the outbreak spread"): "it" may be the thing
                    self.referents.append(Referent((), f"thing:{tok.i}", self.narrative, self.paragraph,
                                                   False, False, ""))
                continue
            person = len(actors) == 1 and not plural and _one_person(tok, finder)
            sex = _sex(finder.phrase_tokens(tok)) if person else ""
            # (an object's own word names someone: "met reporters", not "counts of
            # obstruction of justice")
            if subject or person or plural or tok.tag_ in SINGULAR_TAGS:
                owned = person and not subject and _owned_role(tok, actors)
                self.referents.append(Referent(
                    actors, _key(tok, actors, person), self.narrative, self.paragraph, person, plural, sex,
                    subject, tok.dep_ in PRONOUN_OBJECT_DEPS, owned,
                ))

    def _remember_main_act(self, sent: Span, finder: ActorFinder, settle: Callable[[Actor], Actor]) -> None:
        """Keep the sentence's main act and its doer: the root verb's own active subject, or,
        for a verb of saying, that of the clause it reports ("Russia recognised the regions,
        the Kremlin said": recognise, Russia)."""
        verb = sent.root
        if norm_word(verb.lemma_) in REPORT_VERBS:
            verb = next((c for c in verb.children if c.dep_ == "ccomp"), verb)
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if doer is None or doer.pos_ == "PRON" or not finder.names_actor(doer):
            return
        actors = tuple(settle(a) if a.code.startswith("---") else a for a in finder.actors_of(doer))
        if actors:
            self.acts.append((self.narrative, self.paragraph, norm_word(verb.lemma_), actors))

    def main_act_doers(self, lemmas: frozenset[str]) -> tuple[Actor, ...]:
        """The doers of the latest main act told before the current sentence, in its
        paragraph and the last :data:`RECENT_SENTENCES` told sentences, whose verb is one of
        ``lemmas`` (empty: the act of the sentence just before, whatever its verb); empty
        when there is none."""
        for narrative, paragraph, lemma, actors in reversed(self.acts):
            if narrative >= self.current or paragraph != self.paragraph:
                continue
            if narrative < self.current - RECENT_SENTENCES:
                break
            if not lemmas:
                return actors if narrative == self.current - 1 else ()
            if lemma in lemmas:
                return actors
        return ()

    def _remember_pair(self, actors: tuple[Actor, ...]) -> None:
        """Keep two actors of two countries named together ("Thai and Cambodian troops",
        "talks between Armenia and Azerbaijan") or as a subject and its alike partner ("A's
        president met B's", :meth:`_partner`) as the pair "the two sides" may mean; also two
        actors of one country with two codes ("fighting between Sudan's army and the RSF"),
        whom only "both sides" or "the two sides" names again."""
        codes = tuple(a.code for a in actors)
        countries = {c[:3] for c in codes}
        if any(c.startswith("---") or "/" in c for c in codes):
            return
        one_country = len(countries) == 1 and len(codes) == 2 and codes[0] != codes[1]
        if len(countries) == 2 or one_country:
            self.pair = (codes[0], codes[1])
            self.pair_at = self.narrative
            self.pair_one_country = one_country

    @staticmethod
    def _partner(subj: Token, finder: ActorFinder, settle: Callable[[Actor], Actor]) -> Actor | None:
        """The one actor the verb of ``subj`` meets or acts on: its direct object or the
        object of its "with" ("A met B", "A held talks with B"), or None."""
        verb = subj.head
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        objs += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                 for o in p.children if o.dep_ == "pobj"]
        found = [a for obj in objs if finder.names_actor(obj) for a in finder.actors_of(obj)]
        if len(found) != 1 or quotation_of(verb) is not None:
            return None
        partner = settle(found[0]) if found[0].code.startswith("---") else found[0]
        actor = finder.actor_of(subj)
        if actor is None or actor.code[3:] != partner.code[3:]:
            return None  # alike sides only: "A's leader met B's", not "A opened an embassy in B"
        return partner

    def named_pair(self, sent: Span, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` with the pair of a recent sentence (:meth:`_remember_pair`) for "the
        two sides", "both countries", "the two neighbours" (:data:`PAIR_NOUNS` with "two" or
        "both"): one mention whose code names both ("A/B"), so the phrase gives the two
        actors "A and B" would. With no such pair, a role such a phrase names ("neighbours"
        CVL, "governments" GOV) is left out: it stands for two parties named before, never
        for people of the sentence's country ("Brazil offered to mediate between the two
        neighbours" is no mediation with Brazilians)."""
        words = words_of(sent.doc)
        if PAIR_NOUNS.isdisjoint(words.lemma[sent.start:sent.end]):
            return self._pair_pronoun(sent, mentions)
        recent = self.pair is not None and self.narrative - self.pair_at <= RECENT_SENTENCES
        added: list[Mention] = []
        unnamed: list[tuple[int, int]] = []
        for i in range(sent.start, sent.end):
            if words.lemma[i] not in PAIR_NOUNS or words.pos[i] != "NOUN":
                continue
            tok = sent.doc[i]
            both = next((c for c in tok.children if c.lower_ in ("two", "both") and c.i < i), None)
            if both is None or quotation_of(tok) is not None:
                continue
            if both.dep_ == "preconj" or any(c.dep_ == "conj" for c in tok.children):
                continue  # "both the army and the rebels": two named, no pair named before
            if both.lower_ == "two" and not any(c.dep_ == "det" and c.lower_ in PAIR_DETERMINERS
                                                for c in tok.children):
                continue  # "two dozen more nations", "two countries signed": no pair named before
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                continue  # "on both sides of the border": a place
            if not recent or self.pair is None:
                unnamed.append((both.i, i + 1))
                continue
            if not _acting_pair(tok):
                continue  # "a ferry line between the two countries": no one acts
            if self.pair_one_country and words.lemma[i] != SIDE:
                continue  # "the army and the RSF" are "both sides", not "the two countries"
            phrase = f"{both.lower_} {tok.lower_}"
            role = PAIR_ROLES.get(words.lemma[i], "")
            pair = [c[:3] + role if role else c for c in self.pair]
            entry = ActorEntry(name=phrase, codes=(CodeOption("/".join(pair)),),
                               where="the two sides the article named before")
            added.append(Mention(both.i, i + 1, entry, None, phrase))
        if unnamed:
            return [m for m in mentions
                    if m.actor is not None or not any(m.start < e and s < m.end for s, e in unnamed)]
        if not added:
            return mentions
        kept = [m for m in mentions if not any(m.start < a.end and a.start < m.end for a in added)]
        return sorted([*kept, *added], key=lambda m: m.start)

    def _pair_pronoun(self, sent: Span, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` with the pair the sentence just before named as a subject and its
        alike partner ("Indian Prime Minister X met Japanese Prime Minister Y", "spoke with
        his Japanese counterpart", :meth:`_remember_pair`) for a subject "they" of the main
        clause that nothing in its own sentence comes before: "They agreed to expand defence
        cooperation" is both sides, as "the two sides" would be. Not when that sentence also
        named several others as a subject, whom "they" may mean."""
        if self.pair is None or self.pair_at != self.narrative - 1 or self.quoted or self.pair_one_country:
            return mentions  # (not two sides of one country: "police clashed with protesters. They …")
        they = next((t for t in sent if t.lower_ == "they" and t.dep_ == "nsubj"), None)
        if they is None or quotation_of(they) is not None or not _main_clause(they):
            return mentions
        if any(t.pos_ in NAME_POS for t in sent if t.i < they.i):
            return mentions  # "After the talks with the rebels, they …": someone nearer
        if any(r.several and r.subject and r.narrative == self.pair_at for r in self.referents):
            return mentions  # "Officials of both countries met …": they may be the officials
        entry = ActorEntry(name="they", codes=(CodeOption("/".join(self.pair)),),
                           where="the two sides the sentence before named")
        return sorted([*mentions, Mention(they.i, they.i + 1, entry, None, "they")], key=lambda m: m.start)

    def _remember_names(self, finder: ActorFinder) -> None:
        """Keep the codes of the sentence's named persons by last name, and of its actors
        named by a role word with a country ("Finnish Foreign Minister Pekka Lindqvist":
        "lindqvist" and "minister" -> FINGOV)."""
        for mention in sorted(set(finder.by_token.values()), key=lambda m: m.start):
            if mention.actor is not None and mention.agent is None:
                self._remember_group(mention, finder)
            person = _a_person(mention)
            state_role = mention.agent is not None and mention.agent.suffix[:3] in STATE_ROLES
            armed = mention.agent is not None and mention.agent.suffix[:3] in ARMED_GROUP_ROLES
            # (an opposition's leader, named again by the role alone: "the opposition leader")
            opposition = mention.agent is not None and mention.agent.suffix[:3] == OPPOSITION
            body = _body_word(mention, finder.doc) if mention.agent is not None and not person else ""
            if not (person or state_role or armed or opposition or body):
                continue
            if quotation_of(finder.doc[mention.start]) is not None:
                continue  # (a name in a quote is the speaker's, not the story's)
            head = finder.doc[mention.end - 1]
            while head.dep_ in ("compound", "flat") and head.head.i > head.i:
                head = head.head
            # (the code its own words give: a country the sentence lent it may be a town's
            # namesake, "police in Paris" in a story from Texas, which the geography corrects)
            actor = finder.actor_of(head)
            if person and actor is not None and actor.code.startswith("---"):
                actor = _role_in_apposition(head, finder) or actor
            if actor is None or "/" in actor.code or actor.country_from_sentence or _town_named(actor):
                continue
            word = mention.phrase.split()[-1] if mention.phrase else ""
            # (a role without a country a name carries already: events.coding.actors._titles)
            if actor.code.startswith("---"):
                continue
            if person and mention.start <= head.i < mention.end:
                _keep(self.names, word, actor.code, whole=True)
                if (family := _family_name_first(mention.phrase)):
                    _keep(self.names, family, actor.code, whole=True)
            elif (state_role or armed or opposition) and not person:
                _keep(self.roles, word, actor.code, whole=False)
                if mention.agent is not None and mention.agent.suffix[:3] == MILITARY:
                    _keep(self.roles, KIND + MILITARY, actor.code, whole=False)  # "the military" later
            if body and mention.agent is not None:
                # a body named again by its noun or its kind: "the union", "the firm"
                _keep(self.bodies, body, actor.code, whole=False)
                if not state_role:  # (a state's bodies are many: "the council" is not "the army")
                    _keep(self.bodies, KIND + mention.agent.suffix[:3], actor.code, whole=False)

    def _remember_group(self, mention: Mention, finder: ActorFinder) -> None:
        """Keep the code of an organisation a dictionary names ("Amnesty International",
        a party, a rebel group), for "the group" or "the party" later
        (:meth:`named_groups`); two such codes give none."""
        assert mention.actor is not None
        code = mention.actor.code_for(finder.when) or ""
        kinds = _kinds(code)
        if not kinds & ORGANISATION_TYPES or quotation_of(finder.doc[mention.start]) is not None:
            return
        for noun, wanted in GROUP_NOUNS.items():
            if noun in STATE_GROUP_NOUNS and code.startswith(WORLD_BODIES):
                continue
            if wanted & kinds:
                _keep(self.bodies, GROUP + noun, code, whole=True)
        if code.startswith("IGO"):  # an international court named by its name's noun
            for noun in COURT_NOUNS & set(mention.phrase.lower().replace("_", " ").split()):
                _keep(self.bodies, GROUP + noun, code, whole=True)

    def _remember_named_bodies(self, sent: Span, finder: ActorFinder) -> None:
        """Keep the code of a body the dictionaries do not know by name but whose name's words
        give its country and type ("the Association of Ukrainian Farmers" UKRAGR, "the
        Zambia Medical Association" with a type word), for "the group", "the association"
        later (:meth:`named_groups`); not a state's body ("the Kenyan Senate")."""
        words = words_of(sent.doc)
        if BODY_NAMES.isdisjoint(words.lemma[sent.start:sent.end]):
            return
        for i in range(sent.start, sent.end):
            noun = words.lemma[i]
            if noun not in BODY_NAMES or words.pos[i] != "PROPN" or not words.orth[i][:1].isupper():
                continue
            tok = sent.doc[i]
            if tok.dep_ == "compound" or quotation_of(tok) is not None:
                continue
            actor = finder.actor_of(tok)
            if actor is None or "/" in actor.code or actor.country_from_sentence:
                continue
            kinds = _kinds(actor.code)
            if actor.code[:3] in ("---", "") or not kinds or kinds & STATE_ROLES:
                continue
            for key in (noun, *NAMED_BODY_NOUNS):
                _keep(self.bodies, GROUP + key, actor.code, whole=True)

    def named_countries(self, sent: Span, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` with one for each "the kingdom", "the island nation" … that stands
        for the one country of its kind the article named before
        (:mod:`events.coding.epithets`)."""
        return self.countries.mentions(sent, mentions, self.quoted)

    def named_persons(self, sent: Span, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` with one for each person's last name alone that no mention covers
        (spaCy took "Morales" for no one), when the article named that person before with a
        code (:meth:`_remember_names`): that code."""
        if not any(self.names.values()):
            return mentions
        taken = {k for m in mentions for k in range(m.start, m.end)}
        added = []
        words = words_of(sent.doc)
        for i in range(sent.start, sent.end):
            # (the words' labels first: a Token is made only for a name the article gave a code)
            if i in taken or words.pos[i] not in NAME_POS or not words.orth[i][:1].isupper():
                continue
            code = self.names.get(words.orth[i].lower())
            if not code or words.dep[i] not in NAMED_PERSON_DEPS:
                continue
            tok = sent.doc[i]
            if any(c.dep_ in ("compound", "flat") for c in tok.children) or tok.dep_ in ("compound", "flat"):
                continue  # part of a longer name ("Juan Morales"), someone else
            entry = ActorEntry(name=tok.lower_, codes=(CodeOption(code),),
                               where="the person the article named before")
            added.append(Mention(tok.i, tok.i + 1, entry, None, tok.lower_))
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

    def named_groups(self, sent: Span, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` with one for each "the group", "the organisation", "the movement",
        "the party", "the bloc" or "the alliance" alone (:data:`GROUP_NOUNS`) that no mention
        covers, when the article named one such organisation before
        (:meth:`_remember_group`) and no group of people ("a group of students") since:
        that organisation."""
        if GROUP_KEYS.isdisjoint(self.bodies):
            return mentions
        words = words_of(sent.doc)
        if GROUP_NOUNS.keys().isdisjoint(words.lemma[sent.start:sent.end]):
            return mentions
        # the judges' agent word alone ("the court") gives way to a court named before
        agents = {m.start: m for m in mentions if m.actor is None and m.end == m.start + 1}
        taken = {k for m in mentions for k in range(m.start, m.end)}
        added = []
        for i in range(sent.start, sent.end):
            noun = words.lemma[i]
            if noun in COURT_NOUNS and i in agents and self.bodies.get(GROUP + noun):
                taken.discard(i)
            if noun not in GROUP_NOUNS or words.pos[i] != "NOUN" or i in taken:
                continue
            tok = sent.doc[i]
            if not _definite(tok):
                if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
                    self.bodies[GROUP + noun] = None  # a group of people is in the story now
                continue
            code = self.bodies.get(GROUP + noun)
            if code is not None and quotation_of(tok) is None:
                entry = ActorEntry(name=noun, codes=(CodeOption(code),),
                                   where=f"the {noun} the article named before")
                added.append(Mention(i, i + 1, entry, None, noun))
        if not added:
            return mentions
        replaced = {m.start for m in added}
        kept = [m for m in mentions if not (m.start in replaced and m.start in agents)]
        return sorted([*kept, *added], key=lambda m: m.start)

    def recall(self, actor: Actor, head: Token, finder: ActorFinder) -> Actor:
        """``actor`` (no country in its words) with what the article named it by before: a
        person's last name its code ("Cerar" -> SVNGOV; the role of the words at hand kept
        when they give one), a definite role word alone its country ("the minister" ->
        FINGOV)."""
        own = [m for m in actor.parts if m.start <= head.i < m.end]
        principal = self._principal(actor, head, own)
        if principal is not None:
            return principal
        if len(own) != 1:
            return actor
        mention = own[0]
        word = mention.phrase.split()[-1] if mention.phrase else ""
        if _a_person(mention):
            code = self.names.get(word)
            if code is None:
                return actor
            role = actor.code[3:]
            if role not in ("CVL", code[3:]) and not _a_person_only(actor):
                code = code[:3] + role
        elif mention.agent is not None and len(actor.parts) == 1 and (
            # ("the coast guard", "the riot police": a state's role word with common nouns)
            _definite(head, plural=mention.agent.suffix[:3] in ARMED_GROUP_ROLES,
                      common_compounds=mention.agent.suffix[:3] in STATE_ROLES,
                      title=(mention.start, mention.end))
            or (_body_word(mention, head.doc) and _definite(head, common_compounds=True))
        ):
            known = self.roles.get(word) or self._body(mention, head) or self._armed_group(mention)
            if known is None and word not in self.roles and mention.agent.suffix[:3] == MILITARY:
                known = self.roles.get(KIND + MILITARY)  # "Nigeria's army … the military"
            if known is None:
                return actor
            code = known[:3] + actor.code[3:]
        else:
            return actor
        if code == actor.code or code.startswith("---") and actor.code[3:] == code[3:]:
            return actor
        return dataclasses.replace(actor, code=code, recalled=f"{word!r}: {code}")

    def _principal(self, actor: Actor, head: Token, own: list[Mention]) -> Actor | None:
        """``actor``, a spokesman or aide of one person the article named before ("Ostrom's
        spokesman", "a spokeswoman for Brandt", "an aide to Ruiz"), with that person's code
        (a spokesman speaks for whom they serve), else None."""
        lemma = head.lemma_.lower()
        if lemma not in SPOKES_NOUNS and lemma not in AIDE_NOUNS:
            return None
        others = [m for m in actor.parts if m not in own]
        if len(others) != 1 or len(own) > 1 or not _a_person(others[0]) or not others[0].phrase:
            return None
        word = others[0].phrase.split()[-1]
        code = self.names.get(word)
        if not code or code == actor.code:
            return None
        return dataclasses.replace(actor, code=code, recalled=f"{word!r}: {code}")

    def _armed_group(self, mention: Mention) -> str | None:
        """The code of the one armed group of the role of ``mention`` the article named before
        as a body ("the rebels" after "the ELN rebel group"), else None."""
        if mention.agent is None or mention.agent.suffix[:3] not in ARMED_GROUP_ROLES:
            return None
        return self.bodies.get(KIND + mention.agent.suffix[:3])

    def _body(self, mention: Mention, head: Token) -> str | None:
        """The code of the one body the article named before with the noun of ``mention``
        ("the union" after "the Ghanaian dockworkers' union"), else with its kind ("the
        firm" after "the Chilean mining company"); None when none, or several countries'."""
        word = _body_word(mention, head.doc)
        if not word or mention.agent is None:
            return None
        if word in self.bodies:
            return self.bodies[word]
        if mention.agent.suffix[:3] in STATE_ROLES:
            return None
        return self.bodies.get(KIND + mention.agent.suffix[:3])

    # ------------------------------------------------------------ questions of the role finder

    def pronoun(self, pronoun: Token, finder: ActorFinder) -> list[Actor]:
        """The actors a subject "he", "she" or "they" of the current sentence stands for, from
        the recent sentences (empty when none or more than one could be meant); also an
        object "him", "her" or "them" of the main clause ("Police detained him"), when the
        sentence names no one it may stand for but the clause's own subject (who is never
        its own object: "The coach thanked him")."""
        if pronoun.i in self.resolved:
            return list(self.resolved[pronoun.i].actors)
        word = _subject_form(pronoun)
        # (not "it" of a copula: "it is possible to talk about …", "it was a mistake")
        body = word == BODY_PRONOUN and pronoun.dep_ == "nsubj" and _acts(pronoun.head)
        if not (body or word in PERSONAL_PRONOUNS) or quotation_of(pronoun) is not None:
            return []
        if not _main_clause(pronoun) or _compatible_before(pronoun, finder, word):
            return []
        fits = self._fits(pronoun, word)
        if word in PERSON_PRONOUNS and pronoun.dep_ not in PRONOUN_OBJECT_DEPS and not _held_subject(pronoun):
            fits = _outranked(fits)  # "Nowak met his counterpart. He accused Belarus": Nowak
            if len({r.key for r in fits}) > 1:
                fits = _kept_topic(fits, self.current - 1)  # "A spoke with B. A condemned X. He …": A
        if body:
            # only the sentence just before, and a body there, never a private person
            fits = [r for r in fits if r.narrative == self.current - 1]
            if any(r.actors and not _a_body(r.actors) for r in fits):
                return []
        if len({r.key for r in fits}) > 1 and word in PERSON_PRONOUNS and _quote_tag(pronoun):
            # "A local official said … Governor Ann Lee condemned the killings. 'I thank
            # the army,' she said.": a quotation's speaker is the one person the sentence
            # just before named
            fits = [r for r in fits if r.narrative == self.current - 1] or fits
        # "Police arrested John Miller. He was charged with assault": the passive subject of
        # an act of police or a court is the one acted on, as an object is
        an_object = pronoun.dep_ in PRONOUN_OBJECT_DEPS or _held_subject(pronoun)
        if an_object:
            # "Police arrested John Miller. Officers charged him": an object stands for one
            # named as a subject or as an object before, never for its own clause's subject
            subject = self._clause_subject_codes(pronoun, finder)
            fits = [r for r in fits if not subject.intersection(a.code for a in r.actors)]
        if len({r.key for r in fits}) != 1 or not any(_named_for(r, an_object) for r in fits):
            return []  # none, several, or one only ever named as an object or with no actor
        found = next(r for r in reversed(fits) if _named_for(r, an_object))
        self.resolved[pronoun.i] = found
        return list(found.actors)

    def _clause_subject_codes(self, pronoun: Token, finder: ActorFinder) -> set[str]:
        """The actor codes of the subject of the verb object ``pronoun`` belongs to, a
        pronoun subject's as resolved ("Police arrested three men. Officers charged them",
        "He urged them": never the subject itself)."""
        codes: set[str] = set()
        for subj in _clause_subjects(pronoun.head):
            if subj.pos_ == "PRON":
                known = self.resolved.get(subj.i)
                codes.update(a.code for a in (known.actors if known is not None else ()))
            elif finder.names_actor(subj):
                codes.update(a.code for a in finder.actors_of(subj))
        return codes

    def _fits(self, pronoun: Token, word: str) -> list[Referent]:
        """The recent referents ``pronoun`` (read as the subject pronoun ``word``) may stand
        for, but not the speaker of a tag that reports its clause ("He left early, Ann Lee
        said": not Lee)."""
        first = self.current - RECENT_SENTENCES
        tags = {
            key
            for speaker in _tag_speakers(pronoun)
            for key in (f"person:{speaker.lower_}", speaker.lemma_.lower())
        }
        # (a quotation run on over paragraphs is one voice: its tag reaches back from its start)
        paragraph = self.paragraph - 1 - (_paragraphs_run_on(pronoun) if _quote_tag(pronoun) else 0)
        return [
            r for r in self.referents
            if first <= r.narrative < self.current and r.paragraph >= paragraph and _fits(r, word)
            and r.key not in tags and r.key.rsplit(" ", 1)[-1] not in tags
        ]

    def quote_speaker(self, tok: Token) -> list[Actor]:
        """Who says the quotation holding ``tok`` when its own sentence has no verb of saying
        for it: the subject of a verb of saying just before the opening mark ("He added:")
        or just after the closing one ("..., she said."), in that mark's sentence; or at the
        end of the sentence before, closed by a colon ("She told the rally:"); a quotation
        that runs on from the paragraph before (no closing mark there) has that one's; one
        with no tag that opens its sentence, the one person named before
        (:meth:`_sole_person`)."""
        span = quotation_of(tok)
        return self._quotation_speaker(span) if span is not None else []

    def _quotation_speaker(self, span: tuple[int, int], runs: int = 0) -> list[Actor]:
        doc = self.sentence.doc if self.sentence is not None else None
        if doc is None:
            return []
        start, end = span
        opening = doc[start].sent
        before = [t for t in opening if t.i < start and _says(t)]
        if not before and opening.start > 0:
            prev = doc[opening.start - 1].sent
            last = next((t for t in reversed(prev) if not t.is_space), None)
            if last is not None and last.text == ":":
                before = [t for t in prev if _says(t) and quotation_of(t) is None]
                opening = prev
        if before:
            return self._speaker(before[-1], opening)
        if end < len(doc) and doc[end - 1].text in CLOSING | {STRAIGHT}:
            closing = doc[end - 1].sent
            after = [t for t in closing if t.i >= end and _says(t) and quotation_of(t) is None]
            if after:
                return self._speaker(after[0], closing)
        spans = quote_spans(doc)
        k = spans.index(span)
        if runs < 3 and k > 0 and (_runs_on(doc, spans[k - 1], start) or _goes_on(doc, spans[k - 1], start)):
            return self._quotation_speaker(spans[k - 1], runs + 1)
        if runs == 0 and _opens_sentence(doc, start) and _plain_before(doc, start):
            return self._sole_person()
        return []

    def _sole_person(self) -> list[Actor]:
        """The speaker of a quotation no verb of saying tags that opens its sentence right
        after a sentence told without quotes ("Lee chairs the panel. 'I am glad the money
        came.'"): the person that sentence named as its subject, when the recent sentences
        named no other person (nor one no dictionary knows), as "he" or "she" would
        stand for them."""
        first = self.current - RECENT_SENTENCES
        persons = _outranked([
            r for r in self.referents
            if first <= r.narrative < self.current and r.paragraph >= self.paragraph - 1 and r.person
        ])
        if len({r.key for r in persons}) != 1:
            return []
        found = next((r for r in reversed(persons) if r.subject and r.actors), None)
        if found is None or found.narrative != self.current - 1:
            return []  # named further back: the sentence just before is about something else
        return list(found.actors)

    def _current_start(self) -> int:
        """The first token of the sentence the loop is at."""
        return self.sentence.start if self.sentence is not None else 0

    def _speaker(self, verb: Token, sent: Span) -> list[Actor]:
        if verb.i in self.said_by:
            return self.said_by[verb.i]
        # (the speaker stands outside the marks: in '"We demand that the minister resign,"
        # Okafor said' the parser may give "said" the quoted "resign" as a second subject)
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and quotation_of(c) is None), None)
        subj = subj or _quoted_as(verb)
        found: list[Actor] = []
        finder = self.finder_of(sent) if subj is not None and self.finder_of is not None else None
        if subj is not None and finder is not None:
            if finder.memory is None and sent.start < self._current_start():
                finder.memory = self  # "Lindqvist said" names whom the article named so before
            # "'We are grateful. We will go on,' he said.": the tag's "he", from what came before
            found = self.pronoun(subj, finder) if subj.pos_ == "PRON" else finder.actors_of(subj)
        self.said_by[verb.i] = found
        return found


def _says(tok: Token) -> bool:
    """True for a verb of saying."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in REPORT_VERBS


def _quote_tag(pronoun: Token) -> bool:
    """True when ``pronoun`` is the subject of a verb of saying that tags a quotation of its
    sentence ("'…,' he said", "He added: '…'")."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or not _says(verb):
        return False
    sent = pronoun.sent
    spans = quote_spans(pronoun.doc)
    k = bisect.bisect_left(spans, (sent.start, -1))
    return k < len(spans) and spans[k][0] < sent.end


def _paragraphs_run_on(pronoun: Token) -> int:
    """How many paragraph breaks the quotation tagged by ``pronoun``'s verb runs on over
    from where it opened (a quotation left open at a paragraph's end goes on in the next:
    :func:`_runs_on`); 0 for one within its paragraph."""
    doc = pronoun.doc
    spans = quote_spans(doc)
    sent = pronoun.sent
    k = next((j for j, (a, _) in enumerate(spans) if sent.start <= a < pronoun.i), -1)
    runs = 0
    while k > 0 and runs < 3 and _runs_on(doc, spans[k - 1], spans[k][0]):
        runs += 1
        k -= 1
    return runs


def _opens_sentence(doc: Doc, start: int) -> bool:
    """True when the quotation mark at token ``start`` is the first word of its sentence."""
    opening = doc[start].sent
    first = next((t for t in opening if not t.is_space), None)
    return first is not None and first.i == start


def _plain_before(doc: Doc, start: int) -> bool:
    """True when the sentence before the one opened by the quotation mark at ``start`` (in
    its paragraph or the one before) holds no quotation, whose tag would name its own voice."""
    opening = doc[start].sent
    if opening.start == 0:
        return False
    prev = doc[opening.start - 1].sent
    spans = quote_spans(doc)
    k = bisect.bisect_left(spans, (prev.start, -1))
    return k >= len(spans) or spans[k][0] >= prev.end


def _runs_on(doc: Doc, before: tuple[int, int], start: int) -> bool:
    """True when the quotation ``before`` was left open at a paragraph's end and the one
    starting at token ``start`` opens the next paragraph: one speaker's words go on."""
    last = doc[before[1] - 1]
    if last.text in CLOSING or last.text == STRAIGHT:
        return False
    return all(t.is_space or t.is_punct for t in doc[before[1] : start])


def _goes_on(doc: Doc, before: tuple[int, int], start: int) -> bool:
    """True when the quotation starting at token ``start`` opens the sentence right after
    the one that holds the quotation ``before``, in the same paragraph, and that sentence
    ends with the tag of a verb of saying after its quotation: one speaker's words go on
    ("'We will appeal,' Lee said. 'The ruling is wrong.'")."""
    opening = doc[start].sent
    first = next((t for t in opening if not (t.is_space or t.is_punct) or t.i == start), None)
    if first is None or first.i != start or opening.start == 0:
        return False
    prev = doc[opening.start - 1].sent
    if not (prev.start <= before[0] < prev.end) or not same_paragraph(prev, opening):
        return False
    return any(_says(t) for t in doc[before[1] : prev.end])


def _quoted_as(verb: Token) -> Token | None:
    """The one quoted in "the paper quoted X as saying", "cited X as saying": the object of
    the verb that "as saying" completes."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.pos_ != "VERB":
        return None
    return direct_object(prep.head)


def _quoted(sent: Span) -> bool:
    """True when the words of ``sent`` lie inside one quotation's marks."""
    if not any(start < sent.end and sent.start < end for start, end in quote_spans(sent.doc)):
        return False  # (no quotation reaches the sentence: no Token is read)
    first = next((t for t in sent if t.is_alpha), None)
    last = next((t for t in reversed(sent) if t.is_alpha), None)
    if first is None or last is None:
        return False
    span = quotation_of(first)
    return span is not None and span[0] < last.i < span[1]


def _main_clause(pronoun: Token) -> bool:
    """True when ``pronoun`` is the subject of the sentence's main clause, or of a clause
    that main clause coordinates or reports with no other subject on the way ("He said he
    would resign", "She left and they followed"), or the object of a verb there (whose
    coordinated verbs share their subject: "accused her and released her"): there it
    continues the story. In an
    adverbial or relative clause ("Reynolds said costs fell as he worked", "If she had
    agreed, Ann Fell would have been freed") it stands for someone its sentence names."""
    cur = pronoun.head
    an_object = pronoun.dep_ in PRONOUN_OBJECT_DEPS
    for _ in range(6):
        if cur.dep_ == "ROOT" or cur.head == cur:
            return True
        if cur.dep_ not in ("conj", "ccomp", "xcomp", "parataxis"):
            return False
        if an_object and cur.dep_ == "conj":
            cur = cur.head  # "accused her and later released her": the verbs share a subject
            continue
        tag = _reports_after(cur, pronoun)
        reported = cur.dep_ == "ccomp" and _says(cur.head)
        cur = cur.head
        subj = next((c for c in cur.children if c.dep_ in SUBJECT_DEPS), None)
        if tag or subj is None or (subj.pos_ == "PRON" and subj.lower_ == _subject_form(pronoun)):
            continue  # "He left early, Ann Lee said": the tag's speaker is someone else
        if reported and _other_number(subj, pronoun):
            continue  # "Police said he fled", "He added they traced the call": not the speaker
        return False
    return False


def _other_number(subj: Token, pronoun: Token) -> bool:
    """True when ``subj`` cannot be whom ``pronoun`` stands for by number: one person for
    "they" ("he", "the chief"), several for "he"/"she" ("they", "police", "officials")."""
    several = _subject_form(pronoun) in GROUP_PRONOUNS
    if subj.pos_ == "PRON":
        personal = subj.lower_ in PERSONAL_PRONOUNS
        return personal and (subj.lower_ in GROUP_PRONOUNS) != several
    coordinated = any(c.dep_ == "conj" for c in subj.children)
    plural = subj.tag_ in ("NNS", "NNPS") or subj.lower_ == "police" or coordinated
    return subj.tag_ in ("NN", "NNP") and not plural if several else plural


def _reports_after(clause: Token, pronoun: Token) -> bool:
    """True when ``clause`` is reported by a verb of saying that follows the pronoun (a tag:
    "..., police said")."""
    head = clause.head
    return (
        clause.dep_ in ("ccomp", "parataxis")
        and head.i > pronoun.i
        and head.lemma_.lower() in REPORT_VERBS
    )


def _tag_speakers(pronoun: Token) -> list[Token]:
    """The subjects of the verbs of saying whose tags report the pronoun's clause."""
    out: list[Token] = []
    cur = pronoun.head
    for _ in range(6):
        if cur.head == cur:
            break
        if _reports_after(cur, pronoun):
            out.extend(c for c in cur.head.children if c.dep_ in SUBJECT_DEPS)
        cur = cur.head
    return out


def _one_person(tok: Token, finder: ActorFinder) -> bool:
    """True when ``tok`` heads a phrase naming one person: a person's name or role
    (:meth:`ActorFinder.one_person`) or a dictionary entry for a person (one whose code
    changes with the offices held: "Saakashvili"), never a place's name the recogniser
    took for a person's ("Tbilisi announced")."""
    mention = finder.by_token.get(tok.i)
    if mention is not None and mention.actor is not None:
        if is_country_name(mention.phrase) or mention.phrase in capitals():
            return False
        if is_city_name(mention.phrase) and tok.ent_type_ != "PERSON":
            return False  # "Clinton" may be a town's name, and is a person's here
        if a_person_entry(mention.actor):
            return True
    if finder.one_person(tok):
        # a role word of a firm, paper, school or clinic may name the place ("the hotel")
        return tok.ent_type_ == "PERSON" or not _institution(finder.actor_of(tok))
    # a singular name with a person's role: "Chilean President Marta Ruiz" (the name read
    # as a place), "Vance, the guardsman," (a name the recogniser missed)
    actor = finder.actor_of(tok)
    return (
        tok.tag_ == "NNP"
        and actor is not None
        and not _institution(actor)
        and any(
            m.agent is not None and m.agent.suffix in PERSON_ROLES and m.phrase.split()[-1] not in BODIES
            and (m.end <= tok.i or not (is_city_name(tok.text) or is_country_name(tok.text)))
            for m in actor.parts
        )
    )


def _keep(codes: dict[str, str | None], word: str, code: str, *, whole: bool) -> None:
    """Note that ``word`` names ``code`` (its country only, unless ``whole``); a word that
    named another country before, or another actor when ``whole``, names none."""
    if not word:
        return
    before = codes.get(word, "")
    if word not in codes or before == code:
        codes[word] = code
    elif before is not None and (before[:3] != code[:3] or (whole and before[3:] != code[3:])):
        codes[word] = None


def _family_name_first(phrase: str) -> str:
    """The family name of a name written family name first, as Korean names are ("kim
    jae-won" -> "kim": a given name of two syllables joined by a hyphen after it), else ""."""
    words = phrase.split()
    if len(words) == 2 and "-" in words[1] and "-" not in words[0] and words[0].isalpha():
        return words[0]
    return ""


def _role_in_apposition(name: Token, finder: ActorFinder) -> Actor | None:
    """The actor of the role word a person's name stands in apposition to, when its own words
    give it a country ("Ghana's trade minister, Kofi Mensah,": GHAGOV for Mensah), else
    None."""
    role = name.head
    if name.dep_ != "appos" or role.pos_ != "NOUN" or role.i > name.i:
        return None
    actor = finder.actor_of(role)
    if actor is None or actor.code.startswith("---") or not actor.start <= role.i < actor.end:
        return None
    return actor


def _a_person(mention: Mention) -> bool:
    """True for a person's name: spaCy's or with a role from its introduction
    (:func:`names_person`), or a dictionary person (a code that changes with office)."""
    return names_person(mention) or (mention.actor is not None and a_person_entry(mention.actor))


def _a_person_only(actor: Actor) -> bool:
    """True when ``actor`` is a person's name with no role word of its own."""
    return all(names_person(m) for m in actor.parts)


def _kinds(code: str) -> set[str]:
    """The three-letter parts of an actor code after its first, and the first when it is a
    type ("PSEREBHMS" -> REB, HMS; "NGOAMN" -> NGO, AMN)."""
    parts = {code[i:i + 3] for i in range(3, len(code), 3)}
    return parts | {code[:3]} if code[:3] in ORGANISATION_TYPES else parts


def _body_word(mention: Mention, doc: Doc) -> str:
    """The noun of a body a role mention ends with ("union" of "the dockworkers' union",
    "ministry" of "interior ministry"; :data:`events.coding.actors.ORGANISATION_NOUNS`), else
    ""."""
    word = doc[mention.end - 1].lemma_.lower()
    return word if word in ORGANISATION_NOUNS else ""


def _acting_pair(tok: Token) -> bool:
    """True when "the two sides" at ``tok`` act or are acted on or with: a subject ("the two
    sides agreed"), a verb's object ("urged the two neighbours to talk"), or the object of
    "between" or "with" on a verb ("mediate between the two neighbours"), not a phrase of a
    thing ("a ferry line between the two countries")."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        return tok.head.dep_ != "acl"  # "the ties binding the two countries": a thing
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.lower_ in ("between", "with")
            and prep.head.pos_ == "VERB")


def _definite(head: Token, *, common_compounds: bool = False, plural: bool = False,
              title: tuple[int, int] = (0, 0)) -> bool:
    """True for a role word that stands alone with "the" ("the minister said"): one the
    article named before; with ``common_compounds`` also with common nouns before it ("the
    health trust", "the dockworkers union"), not names ("the Accra union"); with ``plural``
    also in the plural ("the rebels"). A modifier within ``title`` (the tokens of the role's
    dictionary phrase) is a word of the title, not of another's ("the foreign minister",
    "the prime minister"; not "the new minister")."""
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    modified = any(
        c.dep_ in ("poss", "amod", "compound", "nmod", "prep", "appos")
        and not (common_compounds and c.dep_ == "compound" and all(t.pos_ == "NOUN" for t in c.subtree))
        and not (c.dep_ in ("amod", "compound") and title[0] <= c.i < title[1])
        for c in head.children
    )
    return (head.tag_ == "NN" or (plural and head.tag_ == "NNS")) and the and not modified


def _town_named(actor: Actor) -> bool:
    """True when a city's name gives ``actor`` its country ("Paris police"): a town abroad
    or its namesake at home, which only the article's geography tells apart."""
    return any(
        m.actor is not None and (is_city_name(m.phrase) or m.phrase in capitals()) for m in actor.parts
    )


def _institution(actor: Actor | None) -> bool:
    """True for an actor whose roles are those of institutions as much as of people (a
    firm, the media, a school, a hospital, a church, a union, a farm)."""
    return actor is not None and any(
        m.agent is not None and m.agent.suffix in INSTITUTION_ROLES for m in actor.parts
    )


def _named_person(tok: Token) -> bool:
    """True for a name that may be a person's: a PERSON entity, or a proper noun in no
    entity (the recogniser misses names such as "O'Neill"), not at the start of its
    sentence (where the tagger takes capitalised common nouns for names)."""
    if tok.ent_type_ == "PERSON":
        return True
    return tok.pos_ == "PROPN" and not tok.ent_type_ and tok.i != tok.sent.start


def _sex(phrase: list[Token]) -> str:
    """The pronoun a phrase's words call for ("Ms. Lee" and "Lee, a mother of two," she;
    "Mr. Ray", "the man" he), or "" when they tell nothing or both."""
    words = {t.lower_ for t in phrase}
    female, male = bool(words & FEMALE_WORDS), bool(words & MALE_WORDS)
    return "she" if female and not male else "he" if male and not female else ""


HELD_VERBS = frozenset("arrest charge book indict arraign sentence convict jail detain remand".split())
"""Acts of police and courts whose passive subject is the one they act on ("He was
charged")."""


def _held_subject(pronoun: Token) -> bool:
    """True for "he" or "she" as the passive subject of an act of police or a court
    (:data:`HELD_VERBS`): "He was booked into the county jail"."""
    return (pronoun.dep_ == "nsubjpass" and pronoun.lower_ in HELD_PRONOUNS
            and norm_word(pronoun.head.lemma_) in HELD_VERBS)


HELD_PRONOUNS = PERSON_PRONOUNS
"""(not "they": "They were arrested on warrants" after "deputies said" may be anyone)"""


def names_held_pronoun(sent: Span) -> bool:
    """True when ``sent`` tells of an act of police or a court on "he" or "she"
    (:func:`_held_subject`: "He was charged with assault"): it may have events though no
    dictionary names anyone in it, the article having named the one held before."""
    words = words_of(sent.doc)
    return any(
        words.text[i] in HELD_PRONOUNS and words.dep[i] == "nsubjpass" and _held_subject(sent.doc[i])
        for i in range(sent.start, sent.end)
    )


def _named_for(referent: Referent, an_object: bool) -> bool:
    """True when a pronoun may take ``referent``'s actors: one named as a subject, or for an
    object pronoun also one named as a verb's direct object (not a place in a phrase)."""
    return bool(referent.actors) and (referent.subject or (an_object and referent.acted_on))




def _acts(verb: Token) -> bool:
    """True when ``verb`` is a full verb, not a copula ("it's possible", "it is time",
    "it seems unlikely")."""
    return (verb.pos_ == "VERB" and verb.lemma_.lower() != "be" and verb.lower_ not in ("'s", "\u2019s")
            and not any(c.dep_ in ("acomp", "attr") for c in verb.children))


def _a_body(actors: tuple[Actor, ...]) -> bool:
    """True when ``actors`` are one body, state or firm, not private people ("the man",
    "residents": CVL alone)."""
    if len(actors) != 1 or actors[0].code == "---":
        return False
    role = actors[0].code[3:]
    return role != "CVL" if role else not actors[0].code.startswith("---")


def _a_place(tok: Token) -> bool:
    """True for the object of a preposition of place that names a place ("in Izmir", "near
    the border town of Kobani"), whatever the recogniser took it for."""
    return (
        tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS
        and (tok.ent_type_ in PLACE_ENTS or is_city_name(tok.text) or is_country_name(tok.text))
    )


def _clause_subjects(verb: Token) -> list[Token]:
    """The subject of ``verb``, or of the verbs it is coordinated with when it has none of
    its own ("authorities accused her and released her": "authorities"), as
    :func:`events.coding.syntax.subject` finds it along conjuncts; empty when there is none."""
    found = subject(verb, COORDINATED)
    return [found] if found is not None else []


def _logical_subject(pobj: Token) -> bool:
    """True when the object ``pobj`` of a preposition names the doer of its clause: the agent
    of a passive ("the talks were chaired by Khalid Al-Sayed") or the source of "according
    to" ("according to Milan Jovic, the army is on alert"), whom a later "he" or "she" may
    mean as it may a subject."""
    prep = pobj.head
    return prep.dep_ == "agent" or (prep.lower_ == "to" and prep.head.lower_ == "according")


def _owned_role(tok: Token, actors: tuple[Actor, ...]) -> bool:
    """True when the object ``tok`` names one person by a role the sentence's subject owns
    ("met his Lithuanian counterpart", "hosted her Argentine counterpart", "briefed his
    deputy"): a possessive pronoun and no name, not a relative or a private person (a CVL
    code: "called his brother" may be the next "he"). Labels first; the children only then."""
    if tok.pos_ != "NOUN" or tok.ent_type_ == "PERSON" or actors[0].code[3:6] in ("", "CVL"):
        return False
    kids = list(tok.children)
    return (any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in kids)
            and not any(c.dep_ == "appos" for c in kids))  # "his counterpart, Jan Berg,": a name


def _outranked(fits: list[Referent]) -> list[Referent]:
    """``fits`` without the persons a sentence named by a role its subject owns (``owned``:
    "Nowak met his Lithuanian counterpart") when that sentence's subject, a person, is among
    them: a later "he" or "she" goes on with the subject, whose possessive named the other."""
    if not any(r.owned for r in fits):
        return fits
    leads = {r.narrative for r in fits if r.subject and r.person and r.actors}
    return [r for r in fits if not (r.owned and r.narrative in leads)]


def _kept_topic(fits: list[Referent], last: int) -> list[Referent]:
    """``fits`` narrowed to the one person the sentence just before (told sentence ``last``)
    named, as its subject and alone, when every other person among them was only ever named
    as an object of a sentence whose subject was that person ("Israeli Prime Minister David
    Levin spoke by phone with U.S. President John Carter. Levin thanked the United States.
    He also accused Iran …": Levin); else ``fits``. Not with one named as a subject
    ("A met B. B praised the plan. He …"), nor an object of a sentence about someone else
    ("Police arrested John Doe. Sheriff Tom Ray said …")."""
    latest = {r.key for r in fits if r.narrative == last}
    if len(latest) != 1:
        return fits
    lead = next(iter(latest))
    led = {r.narrative for r in fits if r.key == lead and r.subject and r.actors}
    if last not in led:
        return fits
    if all(not r.subject and r.narrative in led for r in fits if r.key != lead):
        return [r for r in fits if r.key == lead]
    return fits


def _fits(referent: Referent, word: str) -> bool:
    if word in GROUP_PRONOUNS:
        return referent.several
    if word == BODY_PRONOUN:
        return not (referent.person or referent.several)
    return referent.person and referent.sex in ("", word)


def _subject_form(pronoun: Token) -> str:
    """"he", "she" or "they" for a subject pronoun, or for an object pronoun of a verb
    ("him" -> "he"); else the word itself."""
    word = pronoun.lower_
    if pronoun.dep_ in PRONOUN_OBJECT_DEPS:
        return OBJECT_FORMS.get(word, word)
    return word if word not in OBJECT_FORMS else ""


def _compatible_before(pronoun: Token, finder: ActorFinder, word: str = "") -> bool:
    """True when the sentence names before the pronoun someone it may stand for: then the
    sentence's own rules decide, and the memory keeps out. An object pronoun never stands
    for its own clause's subject ("The coach thanked him"), which is passed over."""
    word = word or pronoun.lower_
    several = word in GROUP_PRONOUNS
    if word == BODY_PRONOUN:
        # "In a statement, it said …": any one thing or body named before may be "it"
        return any(t.pos_ in NAME_POS and t.tag_ in SINGULAR_TAGS and t.dep_ not in ("compound", "amod")
                   for t in pronoun.sent if t.i < pronoun.i)
    own: set[int] = set()
    an_object = pronoun.dep_ in PRONOUN_OBJECT_DEPS
    if an_object:
        own = {t.i for c in _clause_subjects(pronoun.head) for t in subtree_no_clauses(c)}
    for tok in pronoun.sent:
        if tok.i >= pronoun.i:
            return False
        if tok.i in own:
            continue
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod") or quotation_of(tok):
            continue
        if an_object and tok.dep_ in ARGUMENT_DEPS and (
                several or tok.pos_ == "PROPN" or finder.names_actor(tok)):
            # "called the family and asked them": whom else a verb acted on ("accused her of
            # inciting violence and released her": a thing is no "her")
            return True
        if not finder.names_actor(tok):
            if not several and tok.dep_ in SUBJECT_DEPS and _named_person(tok):
                return True  # "Adkins admits costs rose, but he said ...": Adkins
            continue
        plural = tok.tag_ in ("NNS", "NNPS")
        if several and plural:
            return True
        if not several and finder.one_person(tok) and not other_sex(tok, word):
            return True
    return False


def _key(tok: Token, actors: tuple[Actor, ...], person: bool = False) -> str:
    """Who a subject is: the last word of a person's name ("Ann Lee" and "Lee" are one),
    also when the recogniser took the name for no person there or it stands in apposition
    to the person's role ("Kenya's foreign minister, Alice Wambui," and "Wambui" are one:
    :func:`_name_of`), else its actors' codes with the head word ("---CVL man" and "---CVL
    woman" are two)."""
    if tok.ent_type_ == "PERSON":
        return "person:" + tok.lower_
    name = _name_of(actors[0], tok) if person and len(actors) == 1 else ""
    if name:
        return "person:" + name
    return "|".join(sorted(a.code for a in actors)) + " " + tok.lemma_.lower()


def _name_of(actor: Actor, head: Token) -> str:
    """The last word of the one person's name among ``actor``'s words (spaCy's or one that
    carries the role of its introduction: :func:`names_person`) or in apposition to its
    head word ``head`` ("the minister, Alice Wambui,"), lower-cased, else ""."""
    doc = head.doc
    names = {doc[m.end - 1].lower_ for m in actor.parts if names_person(m) and m.end > m.start}
    names.update(c.lower_ for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON")
    return next(iter(names)) if len(names) == 1 else ""
