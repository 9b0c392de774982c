"""The spaCy pipeline's sentence starts (events.nlp)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

pytestmark = pytest.mark.slow


def test_a_dateline_is_a_sentence_of_its_own(nlp: Language) -> None:
    doc = nlp("BISHKEK, Sept. 17 — Kyrgyzstan and Tajikistan agreed to pull back their troops. "
              "Fighting stopped.")
    assert [s.text.strip() for s in doc.sents] == [
        "BISHKEK, Sept. 17 —",
        "Kyrgyzstan and Tajikistan agreed to pull back their troops.",
        "Fighting stopped.",
    ]


def test_a_blank_line_starts_a_sentence(nlp: Language) -> None:
    doc = nlp("Russia mobilises reservists\n\nThousands of men were called up on Wednesday.")
    assert [s.text.strip() for s in doc.sents][0] == "Russia mobilises reservists"


SEED = ("KHARKIV, Ukraine, Sept. 13 — Russian troops shelled Kharkiv on Tuesday, killing seven "
        "civilians, the governor Oleh Synehubov said.\n\nIn Tbilisi, Georgian police detained "
        "protesters near the parliament on Monday. Armenia and Azerbaijan traded fire on the "
        "border overnight.")


def test_span_ents_are_the_entities_spacy_finds_in_each_sentence(nlp: Language) -> None:
    from events.nlp import span_ents

    doc = nlp(SEED)
    for span in [*doc.sents, doc[2:9], doc[:]]:
        ours = [(e.start, e.end, e.label_) for e in span_ents(span)]
        assert ours == [(e.start, e.end, e.label_) for e in span.ents]
    assert any(e.label_ == "GPE" for e in span_ents(doc[:]))


def test_span_ents_of_one_label_are_those_of_that_type(nlp: Language) -> None:
    from events.nlp import span_ents

    doc = nlp("Olaf Berg met the Chilean envoy Ana Ruiz in Oslo on Friday.")
    ours = [(e.start, e.end) for e in span_ents(doc[:], "PERSON")]
    assert ours == [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
    assert ours and len(ours) < len(doc.ents)


def test_doc_ents_are_the_documents_entities_of_one_type(nlp: Language) -> None:
    from events.nlp import doc_ents

    doc = nlp(SEED)
    for label in ("GPE", "PERSON", "NORP"):
        ours = [(e.start, e.end, e.label_) for e in doc_ents(doc, label)]
        assert ours == [(e.start, e.end, e.label_) for e in doc.ents if e.label_ == label]
    assert doc_ents(doc, "GPE")


def test_ent_at_is_the_entity_covering_a_token(nlp: Language) -> None:
    from events.nlp import ent_at

    doc = nlp(SEED)
    for token in doc:
        expected = next(((e.start, e.end) for e in doc.ents if e.start <= token.i < e.end), None)
        found = ent_at(doc, token.i)
        assert (None if found is None else (found.start, found.end)) == expected


def test_the_model_multiplies_matrices_with_numpy_not_blis(nlp: Language) -> None:
    layers = [layer for _, pipe in nlp.components if getattr(pipe, "model", None) is not None
              for layer in pipe.model.walk()]
    assert layers and not any(getattr(layer.ops, "use_blis", False) for layer in layers)


def test_numpy_matrix_products_annotate_as_blis_does(nlp: Language) -> None:
    import spacy

    from events.config import DEFAULT_MODEL

    blis = spacy.load(DEFAULT_MODEL)
    text = ("Turkish troops shelled Kurdish positions near the Syrian border on Tuesday, and the "
            "foreign ministry in Damascus summoned the ambassador. Talks between Ankara and "
            "Moscow ended without a deal.")
    ours, theirs = nlp(text), blis(text)
    assert [(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in ours] == [
        (t.tag_, t.dep_, t.head.i, t.ent_type_) for t in theirs]


def test_numpys_blas_in_a_process_with_the_model_uses_one_thread(nlp: Language) -> None:
    from threadpoolctl import threadpool_info

    blas = [pool for pool in threadpool_info()
            if pool["user_api"] == "blas" and "numpy" in pool["filepath"]]
    assert blas and all(pool["num_threads"] == 1 for pool in blas)


def test_the_default_models_saved_tokenizer_is_the_one_spacy_builds() -> None:
    import spacy

    from events.nlp import DEFAULT_TOKENIZER

    components = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter"]
    for model in DEFAULT_TOKENIZER:
        saved = spacy.load(model, exclude=components)
        built = spacy.load(model, exclude=[*components, "tokenizer"])
        assert saved.tokenizer.to_bytes() == built.tokenizer.to_bytes()


def test_token_memo_reads_each_token_once_per_document(nlp: Language) -> None:
    from events.nlp import token_memo

    calls: list[str] = []

    @token_memo("tests.upper")
    def upper(tok: Token) -> str:
        calls.append(tok.text)
        return tok.text.upper()

    doc = nlp("Troops shelled the town.")
    assert [upper(doc[1]), upper(doc[1]), upper(doc[3])] == ["SHELLED", "SHELLED", "TOWN"]
    assert calls == ["shelled", "town"]
    assert upper(nlp("Troops shelled the town.")[1]) == "SHELLED"  # another document: read again
    assert calls == ["shelled", "town", "shelled"]
