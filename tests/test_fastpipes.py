"""events.fastpipes: the memoised attribute ruler and lemmatizer give the model's own
annotations."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

pytestmark = pytest.mark.slow

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples" / "articles.jsonl"
OWN = [
    "We gonna see. Let's go, y'all, c'mon: there is a queue, there are two. It ain't over.",
    "I'd say she's been there; they're being watched and we've got ta leave.",
    "Ukrainian forces retook Kupiansk on Saturday, the general staff said.\n\n  \n",
    "The minister's aides weren't told; 'tis the season, ain't it?",
    "",
]
ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]


def _texts() -> list[str]:
    from events.config import default_shared_dir

    texts = [json.loads(line)["text"] for line in SAMPLES.read_text().splitlines()] + OWN
    lgl = default_shared_dir() / "eval" / "geo" / "lgl.xml"
    if lgl.exists():  # breadth: the first 60 LGL articles when the shared folder is there
        root = ET.parse(lgl).getroot()
        texts += [a.findtext("text") or "" for a in root.iter("article")][:60]
    return texts


def test_memoised_pipes_give_the_models_annotations() -> None:
    from events.nlp import load_nlp

    texts = _texts()
    plain, memo = load_nlp(memo=False), load_nlp(memo=True)
    assert {"attribute_ruler_memo", "lemmatizer_memo"} <= set(memo.pipe_names)
    # the originals are disabled: they do not run twice
    assert not {"attribute_ruler", "lemmatizer"} & set(memo.pipe_names)
    for a, b in zip(plain.pipe(texts), memo.pipe(texts), strict=True):
        assert a.text == b.text
        assert (a.to_array(ATTRS) == b.to_array(ATTRS)).all(), a.text[:60]
        assert [(t.lemma_, str(t.morph), t.pos_) for t in a] == \
            [(t.lemma_, str(t.morph), t.pos_) for t in b]


def test_multi_token_rules_apply() -> None:
    from events.nlp import load_nlp

    doc = load_nlp(memo=True)("We gonna see, let's go.")
    assert [t.lemma_ for t in doc][1:3] == ["go", "to"]


def test_rules_testing_other_attributes_keep_the_models_ruler() -> None:
    from events.fastpipes import MemoAttributeRuler

    class Ruler:
        patterns = [{"patterns": [[{"ORTH": "x", "OP": "+"}]], "attrs": {}, "index": 0}]

    assert not MemoAttributeRuler.supports(Ruler())
