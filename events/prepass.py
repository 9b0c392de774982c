"""Parse only what can hold an event: a cheap pre-pass decides, sentence by sentence, how much
of the spaCy pipeline each part of an article needs.

1. The text is tokenized once and cut into sentences by the model's small sentence
   recogniser (``senter``, about 1.5 % of the full pipeline's cost; it agrees with the
   parser on 98 % of LGL's sentence starts), joined where one does not end a sentence, and
   the blank-line and dateline rules.
2. A ``choose`` function gives each sentence a :class:`Need`: ``FULL`` (the whole pipeline),
   ``PERSON`` (the whole pipeline if the entity recogniser finds a person in it: a person
   may be the actor the coder needs), ``NER`` (entities only) or ``NONE`` (tokens only).
3. Entities first: runs of the sentences that need entities but may not need a parse
   (``NER``, ``PERSON``) go through the entity recogniser alone (it has its own token
   vectors), with a few tokens of context on each side and the pre-pass sentence starts (it
   respects them as it respects the parser's in the whole pipeline). A ``PERSON`` sentence
   in which it finds a person becomes ``FULL``.
4. Then the parse: runs of FULL sentences go through the whole pipeline, with a few tokens
   of context on each side; the parser's whole sentences around each run are kept, with
   their entities.
5. The annotations are written back into one ``Doc`` per article, with the article's exact
   text, offsets and tokenizer norms; the parser's sentences inside parsed runs, the
   pre-pass sentences elsewhere.

The pieces of a batch of articles run through each stage together. Long articles cost time
linear in their length and bounded memory: a piece never spans more than
:data:`MAX_PIECE_TOKENS` tokens. Texts shorter than :data:`MIN_CHARS` get the whole pipeline.
"""

from __future__ import annotations

import bisect
import enum
import functools
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_KB_ID,
    ENT_TYPE,
    HEAD,
    LEMMA,
    MORPH,
    NORM,
    POS,
    SENT_START,
    TAG,
)
from spacy.language import Language
from spacy.tokens import Doc, Span

from events.nlp import OFFSET_KEY, PARAGRAPH_COMPONENT, SENTENCE_ENDS

PARSE = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
"""What the parsing components write on tokens (sentence starts are handled apart)."""
ENTITIES = [ENT_IOB, ENT_TYPE, ENT_KB_ID]
"""What the entity recogniser writes."""
MAX_PIECE_TOKENS = 5_000
"""Longest piece given to the pipeline at once (long articles are cut at sentence bounds)."""
PIECES_PER_BATCH = 64
MIN_CHARS = 600
"""Shorter texts (a few sentences) are parsed whole: there is little to skip."""
CONTEXT_TOKENS = 4
"""Tokens of context on either side of a run (the token vectors and the parser's look-ahead
read that far)."""


class Need(enum.IntEnum):
    """How much of the pipeline a sentence needs."""

    NONE = 0
    NER = 1
    PERSON = 2
    FULL = 3


Chooser = Callable[[Doc, list[Span]], tuple[list[Need], list[int]]]
"""``(tokenized doc, its sentences) -> (one Need per sentence, reach)``: ``reach[k]`` is the
first sentence that must be parsed if sentence ``k`` is (``k`` itself when none before it
must: the place stage and the coder's memory read the parse of sentences before the one they
code; see :class:`EventChooser`). Only what the sentences chosen ``FULL`` reach is parsed
for their sake (what those reach in turn is not: ``make prepass-check`` finds no event lost
on the dev sets without it)."""


@dataclass
class _Piece:
    """A run of sentences ``start:end`` (token offsets in the article's doc) given to a
    stage with its context ``lo:hi``; ``sub`` is the Doc of ``lo:hi`` the stage annotated."""

    doc_index: int
    start: int
    end: int
    lo: int = 0
    hi: int = 0
    sub: Doc | None = None


@dataclass
class _Article:
    index: int
    doc: Doc
    sentences: list[Span]
    needs: list[Need]
    reach: list[int]
    whole: bool  # short: the whole pipeline, one piece
    entities: list[_Piece]
    parsed: list[_Piece]


class Prepass:
    """Runs ``nlp`` selectively over articles (see the module docs). ``choose`` decides the
    need of each sentence (or ``make_chooser`` builds it when the first article long enough
    to need it comes: a one-line ``events code`` never does); ``stats`` counts tokens by the
    need they end with (for the benchmark)."""

    def __init__(self, nlp: Language, choose: Chooser | None = None, *,
                 make_chooser: Callable[[], Chooser] | None = None):
        if choose is None and make_chooser is None:
            raise ValueError("a Prepass needs choose or make_chooser")
        self.nlp = nlp
        self._choose = choose
        self._make_chooser = make_chooser
        self.senter: Any = nlp.get_pipe("senter")
        self.ner: Any = nlp.get_pipe("ner")
        self.paragraphs = nlp.get_pipe(PARAGRAPH_COMPONENT)
        self.stats = {need: 0 for need in Need}

    @property
    def choose(self) -> Chooser:
        if self._choose is None:
            assert self._make_chooser is not None
            self._choose = self._make_chooser()
        return self._choose

    def pipe(self, texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
        """One annotated ``Doc`` per text, in order."""
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    # ---------------------------------------------------------------- one batch

    def _batch(self, texts: list[str]) -> list[Doc]:
        docs = [self.nlp.make_doc(t) for t in texts]
        long = [k for k, t in enumerate(texts) if len(t) >= MIN_CHARS]
        for k, doc in zip(long, self.senter.pipe(docs[k] for k in long), strict=True):
            docs[k] = self.paragraphs(doc)
        longs = set(long)
        articles = [self._plan(k, doc, k in longs) for k, doc in enumerate(docs)]
        self._run([p for a in articles for p in a.entities], self.ner.pipe)
        for article in articles:
            if not article.whole:
                _settle(article)
                article.parsed = _runs(article, {Need.FULL}, context=True)
        self._run([p for a in articles for p in a.parsed], self.nlp.pipe)
        for article in articles:
            self._count(article)
        return [_merge(a) for a in articles]

    def _plan(self, k: int, doc: Doc, long: bool) -> _Article:
        """The article's sentences, their needs, and its entity runs: the sentences that
        need entities but may not be parsed, with the pre-pass sentence starts (the entity
        recogniser respects them as it respects the parser's in the whole pipeline)."""
        if not long:
            whole = [_Piece(k, 0, len(doc), 0, len(doc))] if len(doc) else []
            for piece in whole:
                piece.sub = _sub_doc(doc, 0, len(doc))
            return _Article(k, doc, [], [], [], True, [], whole)
        sentences = _sentences(doc)
        needs, reach = self.choose(doc, sentences) if sentences else ([], [])
        article = _Article(k, doc, sentences, list(needs), list(reach), False, [], [])
        article.entities = _runs(article, {Need.NER, Need.PERSON}, context=True, starts=True)
        return article

    def _run(self, pieces: list[_Piece], run: Callable[..., Iterable[Doc]]) -> None:
        """Run ``run`` over the pieces' Docs in batches."""
        subs = [p.sub for p in pieces]
        for piece, done in zip(pieces, run(subs, batch_size=PIECES_PER_BATCH), strict=True):
            piece.sub = done

    def _count(self, article: _Article) -> None:
        if article.whole:
            self.stats[Need.FULL] += len(article.doc)
            return
        for sent, need in zip(article.sentences, article.needs, strict=True):
            self.stats[need] += len(sent)


def _settle(article: _Article) -> None:
    """After the entities: a PERSON sentence is parsed when the entity recogniser found a
    person in it or it has a capitalised word that may be the surname of a person named in
    full elsewhere (the coder reads "Snell" as the "John Snell" named before) or it says "he"
    or "she" (a person the article named before: "He was charged with assault"), else it
    keeps its entities; then the sentences each parsed one reaches (:data:`Chooser`) are
    parsed."""
    if Need.PERSON in article.needs:
        from events.coding.memory import PERSON_PRONOUNS

        found = [(p.lo, e) for p in article.entities if p.sub is not None for e in p.sub.ents
                 if e.label_ == "PERSON"]
        people = [(lo + e.start, lo + e.end) for lo, e in found]
        surnames = {e[-1].text for _, e in found if len(e) > 1} | _name_ends(article)
        for k, (sent, need) in enumerate(zip(article.sentences, article.needs, strict=True)):
            if need == Need.PERSON:
                named = any(a < sent.end and sent.start < b for a, b in people) or \
                    any(t.text in surnames for t in sent if t.text[:1].isupper()) or \
                    any(t.lower_ in PERSON_PRONOUNS for t in sent)  # someone named before
                article.needs[k] = Need.FULL if named else Need.NER
    full = [k for k, need in enumerate(article.needs) if need == Need.FULL]
    for k in full:
        for j in range(article.reach[k], k):
            article.needs[j] = Need.FULL


def _name_ends(article: _Article) -> set[str]:
    """Last words of the runs of capitalised words (one lower-case word may stand inside:
    "Ludwig van Beethoven") in the sentences that go to the whole pipeline: the surnames its
    entity recogniser may give (the pre-pass has not run it there yet)."""
    out: set[str] = set()
    for sent, need in zip(article.sentences, article.needs, strict=True):
        if need != Need.FULL:
            continue
        words = [t.text for t in sent]
        for i in range(1, len(words)):
            if words[i][:1].isupper() and words[i].isalpha() and (
                    words[i - 1][:1].isupper() or
                    (i > 1 and words[i - 1].islower() and words[i - 2][:1].isupper())):
                out.add(words[i])
    return out


CROSS = frozenset({"cross", "crosses", "crossed", "crossing"})
CLOSING = frozenset({'"', "'", "”", "’", ")", "]", "»"})


def _sentences(doc: Doc) -> list[Span]:
    """The pre-pass sentences of ``doc``: the sentence recogniser's, joined where one does
    not end with a full stop, ? or !, or the next one begins with a lower-case letter (it
    splits "Lt. Gen. Avril", "Anti-war", "on Feb. 29 that …", "Gazeta. ru on Thursday"; a
    sentence cut in two could lose its event) unless a blank line follows."""
    if not len(doc):
        return []
    out: list[Span] = []
    start = 0
    for sent in doc.sents:
        end = sent.end
        last = end - 1
        while last > sent.start and (doc[last].is_space or doc[last].text in CLOSING):
            last -= 1
        blank = end < len(doc) and "\n\n" in doc[end - 1].whitespace_ + \
            (doc[end - 1].text if doc[end - 1].is_space else "")
        ends = end == len(doc) or blank or \
            (doc[last].text in SENTENCE_ENDS and not doc[end].text[:1].islower())
        if ends:
            out.append(doc[start:end])
            start = end
    if start < len(doc):
        out.append(doc[start:])
    return out


def _runs(article: _Article, needs: set[Need], *, context: bool, starts: bool = False
          ) -> list[_Piece]:
    """Runs of consecutive sentences whose need is in ``needs`` (at most MAX_PIECE_TOKENS
    tokens; runs closer than twice the context become one), each with a Doc of its tokens
    and, with ``context``, :data:`CONTEXT_TOKENS` tokens on either side; ``starts``: the
    Doc keeps the pre-pass sentence starts (the entity recogniser respects them, as it
    respects the parser's in the whole pipeline)."""
    doc = article.doc
    out: list[_Piece] = []
    gap = 2 * CONTEXT_TOKENS if context else 0
    for sent, need in zip(article.sentences, article.needs, strict=True):
        if need not in needs:
            continue
        last = out[-1] if out else None
        if last is not None and sent.start - last.end <= gap and \
                sent.end - last.start <= MAX_PIECE_TOKENS:
            last.end = sent.end
        else:
            out.append(_Piece(article.index, sent.start, sent.end))
    for piece in out:
        pad = CONTEXT_TOKENS if context else 0
        piece.lo, piece.hi = max(0, piece.start - pad), min(len(doc), piece.end + pad)
        piece.sub = _sub_doc(doc, piece.lo, piece.hi, starts=starts)
    return out


def _sub_doc(doc: Doc, start: int, end: int, *, starts: bool = False) -> Doc:
    """A new Doc with the tokens ``start:end`` of ``doc`` and their norms (the tokenizer's
    exceptions set them: "Feb." is "february" to the models), with ``starts`` its sentence
    starts too, no other annotation; it knows its character offset in the article (the
    dateline rule applies at offset 0 only)."""
    tokens = doc[start:end]
    sub = Doc(doc.vocab, words=[t.text for t in tokens],
              spaces=[bool(t.whitespace_) for t in tokens])
    attrs = [NORM, SENT_START] if starts else [NORM]
    values = doc.to_array(attrs)[start:end]
    if starts and len(values):
        values[0, 1] = 1
    sub.from_array(attrs, values.reshape(len(tokens), len(attrs)))  # type: ignore[arg-type]
    sub.user_data[OFFSET_KEY] = tokens.start_char if len(tokens) else 0
    return sub


def _merge(article: _Article) -> Doc:
    """Write the stages' annotations into the article's doc: the entities of each entity
    run, then the parser's whole sentences around each parsed run with their entities (as
    in the whole pipeline); elsewhere nothing but the pre-pass sentence starts."""
    doc = article.doc
    if not len(doc):
        return doc
    starts = doc.to_array(SENT_START).astype(numpy.int64)
    values = numpy.zeros((len(doc), len(PARSE) + len(ENTITIES)), dtype=numpy.uint64)
    for piece in article.entities:
        assert piece.sub is not None
        a, b = piece.start - piece.lo, piece.end - piece.lo
        values[piece.start : piece.end, len(PARSE):] = piece.sub.to_array(ENTITIES)[a:b]
    parsed: list[tuple[int, int, Any]] = []
    for piece in article.parsed:
        assert piece.sub is not None
        a, b = _covering(list(piece.sub.sents), piece.start - piece.lo, piece.end - piece.lo)
        values[piece.lo + a : piece.lo + b] = piece.sub.to_array(PARSE + ENTITIES)[a:b]
        parsed.append((piece.lo + a, piece.lo + b,
                       piece.sub.to_array(SENT_START).astype(numpy.int64)[a:b]))
    _mend_entities(values[:, len(PARSE)])
    doc.from_array(PARSE + ENTITIES, values)  # type: ignore[arg-type]
    for a, b, sent_starts in parsed:
        starts[a:b] = sent_starts
        starts[a] = 1
        if b < len(doc):
            starts[b] = 1
    doc.from_array([SENT_START], starts.astype(numpy.uint64).reshape(-1, 1))  # type: ignore[arg-type]
    return doc


IOB_IN, IOB_OUT, IOB_BEGIN = 1, 2, 3
"""spaCy's ENT_IOB values."""


def _mend_entities(iob: Any) -> None:
    """An entity cut where two runs meet begins where its run begins (``I`` after ``O``, an
    unannotated token or at the start becomes ``B``)."""
    previous = numpy.concatenate(([0], iob[:-1]))
    iob[(iob == IOB_IN) & ((previous == IOB_OUT) | (previous == 0))] = IOB_BEGIN


def _covering(spans: Iterable[Span], start: int, end: int) -> tuple[int, int]:
    """Token range ``start:end`` widened to the whole ``spans`` (sentences, entities) that
    cross its ends."""
    a, b = start, end
    for span in spans:
        if span.start < start < span.end:
            a = min(a, span.start)
        if span.start < end < span.end:
            b = max(b, span.end)
    return a, b


class EventChooser:
    """The needs of an article's sentences for the event chain (a :data:`Chooser`):

    * ``FULL`` for a sentence the coder may code (:class:`events.coding.prefilter.EventWords`)
      and for the sentence before it in the same paragraph when that one may name a town, a
      region or a border (the place stage carries such a place over from it, reading its
      parse; it never carries a country), and for the sentences before one that names
      someone through the coder's memory (:mod:`events.coding.memory`): one with a pronoun
      "he", "she", "they", "it", "him", "her" or "them", or words in quotation marks (whose
      speaker a tag before may name), reaches back to :data:`RECENT_SENTENCES` sentences
      told outside quotes in its paragraph and the one before, and the quoted ones between;
    * ``NER`` for the other sentences that may name a place (a capitalised run of up to five
      words the gazetteer knows, a demonym, or a border word), and for the first sentence
      (a dateline's date is an entity): the geoparser reads every place of the article to
      resolve each one and to find the story's focus;
    * ``NONE`` for the rest.
    """

    def __init__(self, words: Any, gazetteer: Any):
        self.words = words
        self.gazetteer = gazetteer
        self._kind = functools.lru_cache(maxsize=100_000)(self._lookup)

    def _lookup(self, text: str) -> int:
        """0: the gazetteer does not know ``text``; 1: only as a country, continent or region
        (or their adjective); 2: also as a first- or second-level region or a town."""
        from events.geo.index import ADM1, ADM2, CITY
        from events.geo.recognize import match_span

        rids = match_span(self.gazetteer, text)[0]
        if not rids:
            return 0
        ftype = self.gazetteer.index.ftype
        return 2 if any(int(ftype[r]) in (ADM1, ADM2, CITY) for r in rids) else 1

    def place_kind(self, texts: Sequence[str], spaces: Sequence[str]) -> int:
        """What the sentence of ``texts`` (its tokens, and the whitespace after each) may
        name: 0 no place; 1 countries, continents or regions only; 2 a town, a first- or
        second-level region, or a border ("border", "frontier", "crossed into")."""
        from events.geo.borders_text import BORDER_WORDS

        kind = 0
        for i, text in enumerate(texts):
            if not text[:1].isupper():
                lower = text.lower()
                if lower in BORDER_WORDS or (lower in CROSS and i + 1 < len(texts)
                                             and texts[i + 1].lower() == "into"):
                    return 2
                continue
            name = ""
            for j in range(i, min(i + 5, len(texts))):
                name += texts[j]
                if texts[j][:1].isupper():
                    kind = max(kind, self._kind(name))
                    if kind == 2:
                        return 2
                name += spaces[j]
        return kind

    def __call__(self, doc: Doc, sentences: list[Span]) -> tuple[list[Need], list[int]]:
        from events.coding.prefilter import Verdict

        tokens = list(doc)
        texts = [t.text for t in tokens]
        spaces = [t.whitespace_ for t in tokens]
        parts = [(texts[s.start : s.end], spaces[s.start : s.end]) for s in sentences]
        paragraph = [k == 0 or "\n\n" not in "".join(
            t.text_with_ws for t in tokens[sentences[k - 1].start : s.start])
            for k, s in enumerate(sentences)]
        verdicts: list[Verdict] = []
        after_draft = False
        for k, (words, gaps) in enumerate(parts):
            after_draft = after_draft and paragraph[k]
            verdict, draft = self.words.assess(words, gaps, after_draft=after_draft)
            verdicts.append(verdict)
            after_draft = after_draft or draft
        needs: list[Need] = []
        reach = memory_reach(texts, sentences, paragraph)
        for k, (words, gaps) in enumerate(parts):
            place = self.place_kind(words, gaps) if verdicts[k] != Verdict.YES else 2
            if place == 2 and k + 1 < len(parts) and paragraph[k + 1]:
                reach[k + 1] = min(reach[k + 1], k)
            if verdicts[k] == Verdict.YES:
                needs.append(Need.FULL)
            elif verdicts[k] == Verdict.IF_PERSON:
                needs.append(Need.PERSON)
            elif place or k == 0 or any(w[:1].isupper() for w in words[1:]):
                needs.append(Need.NER)  # a place, a dateline, or a name: the coder reads
                # the surnames of the document's people (``actors._surnames``)
            else:
                needs.append(Need.NONE)
        return needs, reach




def memory_reach(texts: Sequence[str], sentences: list[Span], paragraph: list[bool]) -> list[int]:
    """For each sentence, the first sentence whose parse the coder's memory may read when it
    codes that one (:mod:`events.coding.memory`): for a sentence with a pronoun the memory
    resolves (:func:`events.coding.memory.memory_pronouns`) or a quotation mark, back to
    :data:`RECENT_SENTENCES` sentences told outside quotes, and the quoted ones between, in
    its paragraph and the one before; else
    the sentence itself. ``texts``: the article's tokens; ``paragraph[k]``: sentence ``k``
    continues the paragraph of the one before. Reads the words alone."""
    from events.coding.memory import QUOTE_MARKS, RECENT_SENTENCES, memory_pronouns, quotations

    pronouns = memory_pronouns()
    spans = quotations(texts, [t.isspace() for t in texts])
    quoted = [_quoted(spans, texts, s.start, s.end) for s in sentences]
    para = list(itertools.accumulate(int(not same) for same in paragraph))
    reach = []
    for k, sent in enumerate(sentences):
        words = texts[sent.start : sent.end]
        j = k
        if any(w.lower() in pronouns or w in QUOTE_MARKS for w in words):
            told = 0
            while j > 0 and para[j - 1] >= para[k] - 1 and told < RECENT_SENTENCES:
                j -= 1
                told += not quoted[j]
        reach.append(j)
    return reach


def _quoted(spans: list[tuple[int, int]], texts: Sequence[str], start: int, end: int) -> bool:
    """The words of tokens ``start:end`` lie inside one quotation of ``spans`` (as
    :func:`events.coding.memory._quoted` reads a parsed sentence)."""
    alpha = [i for i in range(start, end) if texts[i].isalpha()]
    if not alpha:
        return False
    k = bisect.bisect_right(spans, (alpha[0], len(texts) + 1)) - 1
    return k >= 0 and spans[k][0] < alpha[0] < spans[k][1] and spans[k][0] < alpha[-1] < spans[k][1]
