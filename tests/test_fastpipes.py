"""events.fastpipes: the fast attribute ruler and lemmatizer give the model's own values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

pytestmark = pytest.mark.slow

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples" / "articles.jsonl"
OWN = [
    "We gonna see. Let's go, y'all, c'mon: there is a queue, there are two. It ain't over.",
    "I'd say she's been there; they're being watched and we've got ta leave.",
    "Ukrainian forces retook Kupiansk on Saturday, the general staff said.\n\n  \n",
    "",
]


def test_fast_ruler_and_lemmatizer_give_the_models_values() -> None:
    from events.nlp import load_nlp

    texts = [json.loads(line)["text"] for line in SAMPLES.read_text().splitlines()] + OWN
    slow, fast = load_nlp(fast=False), load_nlp(fast=True)
    assert "attribute_ruler_fast" in fast.pipe_names and "lemmatizer_fast" in fast.pipe_names
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]
    for a, b in zip(slow.pipe(texts), fast.pipe(texts), strict=True):
        assert a.text == b.text
        assert (a.to_array(attrs) == b.to_array(attrs)).all(), a.text[:60]
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
        assert [str(t.morph) for t in a] == [str(t.morph) for t in b]


def test_unsupported_rules_keep_the_models_ruler() -> None:
    from events.fastpipes import FastAttributeRuler

    class Ruler:
        patterns = [{"patterns": [[{"ORTH": "x", "OP": "+"}]], "attrs": {}, "index": 0}]

    assert not FastAttributeRuler.supports(Ruler())
