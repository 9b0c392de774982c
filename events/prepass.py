"""Parse only what can hold an event: a cheap pre-pass decides, sentence by sentence, how much
of the spaCy pipeline each part of an article needs.

1. The text is tokenized once and cut into sentences by the model's small sentence
   recogniser (``senter``, about 5 % of the full pipeline's cost; it agrees with the parser
   on 98 % of LGL's sentence starts) and the blank-line and dateline rules.
2. A ``choose`` function gives each sentence a :class:`Need`: ``FULL`` (the whole pipeline:
   the sentences the coder may code, and the ones the place and date stages read around
   them), ``NER`` (entities only: sentences that may name a place, so the geoparser sees
   every place of the article), or ``NONE`` (tokens only).
3. Consecutive sentences with the same need form one piece; the pieces of a batch of
   articles run through the pipeline together (``FULL``: every component, so the parser
   still decides the sentence bounds inside a piece; ``NER``: the entity recogniser, which
   has its own token vectors), and their annotations are written back into one ``Doc`` per
   article, with the article's exact text and offsets.

Long articles cost time linear in their length and bounded memory: a piece never spans more
than :data:`MAX_PIECE_TOKENS` tokens.
"""

from __future__ import annotations

import enum
import functools
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

ANNOTATIONS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, ENT_KB_ID]
"""What the pipeline writes on tokens (sentence starts are handled apart)."""
MAX_PIECE_TOKENS = 5_000
"""Longest piece given to the pipeline at once (long articles are cut at sentence bounds)."""
PIECES_PER_BATCH = 64
MIN_CHARS = 600
"""Shorter texts (a few sentences) are parsed whole: there is little to skip."""
CONTEXT_TOKENS = 4
"""Tokens of context given to the parser on either side of a FULL run (its token vectors
and its look-ahead read that far)."""


class Need(enum.IntEnum):
    """How much of the pipeline a sentence needs."""

    NONE = 0
    NER = 1
    FULL = 2


Chooser = Callable[[Doc, list[Span]], Sequence[Need]]
"""``(tokenized doc, its sentences) -> one Need per sentence``."""


@dataclass
class _Piece:
    doc_index: int
    start: int  # token offsets in the article's doc
    end: int
    need: Need
    sub: Doc | None = None
    lo: int = 0  # the tokens given to the pipeline: start..end with context around it
    hi: int = 0


class Prepass:
    """Runs ``nlp`` selectively over articles (see the module docs). ``choose`` decides the
    need of each sentence (or ``make_chooser`` builds it when the first article long enough
    to need it comes: a one-line ``events code`` never does); ``stats`` counts tokens by
    need (for the benchmark). Texts shorter than :data:`MIN_CHARS` get the whole pipeline."""

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
        long = {k for k, t in enumerate(texts) if len(t) >= MIN_CHARS}
        for k, doc in zip(sorted(long), self.senter.pipe(docs[k] for k in sorted(long)),
                          strict=True):
            docs[k] = self.paragraphs(doc)
        pieces: list[_Piece] = []
        for k, doc in enumerate(docs):
            if k in long:
                sentences = _sentences(doc)
                needs = self.choose(doc, sentences) if sentences else []
                pieces += _pieces(k, sentences, needs)
            elif len(doc):
                pieces.append(_Piece(k, 0, len(doc), Need.FULL, _sub_doc(doc, 0, len(doc)),
                                     0, len(doc)))
        for piece in pieces:
            self.stats[piece.need] += piece.hi - piece.lo
        self._annotate([p for p in pieces if p.need == Need.FULL], self.nlp.pipe)
        self._annotate([p for p in pieces if p.need == Need.NER], self.ner.pipe)
        by_doc: list[list[_Piece]] = [[] for _ in docs]
        for piece in pieces:
            by_doc[piece.doc_index].append(piece)
        return [_merge(doc, mine) for doc, mine in zip(docs, by_doc, strict=True)]

    def _annotate(self, pieces: list[_Piece], run: Callable[..., Iterable[Doc]]) -> None:
        """Give each piece a new Doc of its tokens and run ``run`` over them in batches."""
        subs = [p.sub for p in pieces]
        for piece, done in zip(pieces, run(subs, batch_size=PIECES_PER_BATCH), strict=True):
            piece.sub = done


CROSS = frozenset({"cross", "crosses", "crossed", "crossing"})
CLOSING = frozenset({'"', "'", "”", "’", ")", "]", "»"})


def _sentences(doc: Doc) -> list[Span]:
    """The pre-pass sentences of ``doc``: the sentence recogniser's, joined where one does
    not end with a full stop, ? or ! (it splits "Lt. Gen. Avril", "Anti-war", "on Feb. 29
    that …"; a sentence cut in two could lose its event) unless a blank line follows."""
    if not len(doc):
        return []
    out: list[Span] = []
    start = 0
    for sent in doc.sents:
        end = sent.end
        last = end - 1
        while last > sent.start and (doc[last].is_space or doc[last].text in CLOSING):
            last -= 1
        ends = doc[last].text in SENTENCE_ENDS or end == len(doc) or \
            doc[end].is_sent_start and "\n\n" in doc[end - 1].whitespace_ + \
            (doc[end - 1].text if doc[end - 1].is_space else "")
        if ends:
            out.append(doc[start:end])
            start = end
    if start < len(doc):
        out.append(doc[start:])
    return out


def _pieces(k: int, sentences: list[Span], needs: Sequence[Need]) -> list[_Piece]:
    """Runs of consecutive sentences with the same need (at most MAX_PIECE_TOKENS tokens,
    a longer sentence alone), each with a fresh Doc of its tokens; a FULL run gets
    :data:`CONTEXT_TOKENS` tokens of context on either side (FULL runs closer than that are
    one run)."""
    out: list[_Piece] = []
    for sent, need in zip(sentences, needs, strict=True):
        last = out[-1] if out else None
        if last is not None and last.need == need and \
                sent.end - last.start <= MAX_PIECE_TOKENS:
            last.end = sent.end
        else:
            out.append(_Piece(k, sent.start, sent.end, need))
    out = _close_gaps(out)
    if sentences:
        doc = sentences[0].doc
        for piece in out:
            piece.lo, piece.hi = piece.start, piece.end
            if piece.need == Need.FULL:
                piece.lo = max(0, piece.start - CONTEXT_TOKENS)
                piece.hi = min(len(doc), piece.end + CONTEXT_TOKENS)
            if piece.need != Need.NONE:
                piece.sub = _sub_doc(doc, piece.lo, piece.hi)
    return out


def _close_gaps(pieces: list[_Piece]) -> list[_Piece]:
    """FULL pieces whose contexts would overlap become one FULL piece (what lies between
    them is parsed too), so every token gets at most one parse."""
    out: list[_Piece] = []
    for piece in pieces:
        full = [i for i, p in enumerate(out) if p.need == Need.FULL]
        if piece.need == Need.FULL and full and \
                piece.start - out[full[-1]].end <= 2 * CONTEXT_TOKENS and \
                piece.end - out[full[-1]].start <= MAX_PIECE_TOKENS:
            first = out[full[-1]]
            first.end = piece.end
            del out[full[-1] + 1 :]
            continue
        out.append(piece)
    return out


def _sub_doc(doc: Doc, start: int, end: int) -> Doc:
    """A new Doc with the tokens ``start:end`` of ``doc`` and their norms (the tokenizer's
    exceptions set them: "Feb." is "february" to the models), no other annotation; it knows
    its character offset in the article (the dateline rule applies at offset 0 only)."""
    tokens = doc[start:end]
    sub = Doc(doc.vocab, words=[t.text for t in tokens],
              spaces=[bool(t.whitespace_) for t in tokens])
    sub.from_array([NORM], doc.to_array([NORM])[start:end])  # type: ignore[arg-type]
    sub.user_data[OFFSET_KEY] = tokens.start_char if len(tokens) else 0
    return sub


def _merge(doc: Doc, pieces: list[_Piece]) -> Doc:
    """Write the pieces' annotations into ``doc``. A FULL piece gives the whole parser
    sentences that overlap its run (its context tokens are parsed as well, so a sentence the
    pre-pass cut differently keeps the parser's bounds); elsewhere the pre-pass sentences
    stand."""
    if not len(doc):
        return doc
    starts = doc.to_array(SENT_START).astype(numpy.int64)
    values = numpy.zeros((len(doc), len(ANNOTATIONS)), dtype=numpy.uint64)
    for piece in pieces:
        if piece.sub is not None and piece.need != Need.FULL:
            values[piece.lo : piece.hi] = piece.sub.to_array(ANNOTATIONS)
    parsed: list[tuple[int, int, Any]] = []
    for piece in pieces:
        if piece.need == Need.FULL and piece.sub is not None:
            a, b = _covering_sentences(piece.sub, piece.start - piece.lo, piece.end - piece.lo)
            values[piece.lo + a : piece.lo + b] = piece.sub.to_array(ANNOTATIONS)[a:b]
            parsed.append((piece.lo + a, piece.lo + b,
                           piece.sub.to_array(SENT_START).astype(numpy.int64)[a:b]))
    doc.from_array(ANNOTATIONS, values)  # type: ignore[arg-type]
    for a, b, sent_starts in parsed:
        starts[a:b] = sent_starts
        starts[a] = 1
        if b < len(doc):
            starts[b] = 1
    doc.from_array([SENT_START], starts.astype(numpy.uint64).reshape(-1, 1))  # type: ignore[arg-type]
    return doc


def _covering_sentences(sub: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range of the whole sentences of ``sub`` that overlap ``start:end``."""
    a, b = start, end
    for sent in sub.sents:
        if sent.start <= start < sent.end:
            a = sent.start
        if sent.start < end <= sent.end:
            b = sent.end
    return a, b


class EventChooser:
    """The needs of an article's sentences for the event chain (a :data:`Chooser`):

    * ``FULL`` for a sentence the coder may code (:class:`events.coding.prefilter.EventWords`)
      and for the sentence before it in the same paragraph when that one may name a town, a
      region or a border (the place stage carries such a place over from it, reading its
      parse; it never carries a country);
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

    def __call__(self, doc: Doc, sentences: list[Span]) -> list[Need]:
        tokens = list(doc)
        texts = [t.text for t in tokens]
        spaces = [t.whitespace_ for t in tokens]
        parts = [(texts[s.start : s.end], spaces[s.start : s.end]) for s in sentences]
        paragraph = [k == 0 or "\n\n" not in "".join(
            t.text_with_ws for t in tokens[sentences[k - 1].start : s.start])
            for k, s in enumerate(sentences)]
        events: list[bool] = []
        after_draft = False
        for k, (words, gaps) in enumerate(parts):
            after_draft = after_draft and paragraph[k]
            event, draft = self.words.assess(words, gaps, after_draft=after_draft)
            events.append(event)
            after_draft = after_draft or draft
        needs: list[Need] = []
        for k, (words, gaps) in enumerate(parts):
            if events[k]:
                needs.append(Need.FULL)
                continue
            place = self.place_kind(words, gaps)
            before_event = k + 1 < len(parts) and events[k + 1] and paragraph[k + 1]
            if place == 2 and before_event:
                needs.append(Need.FULL)
            elif place or k == 0:
                needs.append(Need.NER)
            else:
                needs.append(Need.NONE)
        return needs
