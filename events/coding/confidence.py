"""How likely a coded event is right: a small logistic model over how the coder found it.

Every event gets :func:`features` of the evidence its stages used — whether a dictionary
pattern matched or only the verb's default code, whether the source is the verb's own
subject, a "by" agent or inherited down a chain of clauses, whether the target is the
object, a prepositional phrase or the subject of a reported clause, whether the actors are
named in the dictionaries or only by a role word or a person's name, the modality, nominal
and nested readings, the sentence's length and the distance between verb and source — and
:class:`ConfidenceModel` turns them into a probability (0..1).

The weights (``events/coding/data/confidence.json``) are fitted by
``scripts/train_confidence.py`` on the development sets (the project's real-news gold, the
PLV pairs, the PLOVER gold sentences) with scikit-learn's logistic regression; the script
prints the out-of-fold calibration table written into ``docs/coding.md``. Scoring needs no
library: a dot product and the logistic function.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import math
from dataclasses import dataclass

from events.coding.actors import PERSON, Actor
from events.coding.parts import Candidate
from events.coding.syntax import own_subject

NESTED_MARKS = ("combined", "transformation", "intent-threat", "planned-protest", "source:governor")
QUADS = {"01": 1, "02": 1, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2, "09": 3, "10": 3, "11": 3,
         "12": 3, "13": 3}  # fmt: skip
FEATURES = (
    "pattern", "noun", "nested", "accusation", "speech_code", "statement",
    "source_none", "source_own", "source_agent", "source_inherited",
    "source_named", "source_person", "source_from_sentence",
    "target_none", "target_object", "target_prep", "target_clause", "target_recipient", "target_passive",
    "target_named", "target_person", "statement_target",
    "reported", "denied", "intended", "hypothetical",
    "quad_2", "quad_3", "quad_4",
    "sentence_length", "source_distance",
)  # fmt: skip
"""The feature names, in the order the model file lists their weights."""


def features(cand: Candidate) -> dict[str, float]:
    """The evidence behind a candidate event as numbers (booleans 0/1; lengths scaled)."""
    how = cand.how
    verb = cand.verb
    root = cand.code[:2]
    own = own_subject(verb)
    source, target = cand.source, cand.target
    f: dict[str, float] = {
        "pattern": float(cand.match.pattern is not None),
        "noun": float(how.startswith("noun")),
        "nested": float(any(mark in how for mark in NESTED_MARKS)),
        "accusation": float("accusation" in how),
        "speech_code": float(cand.match.how in ("announced", "demand", "negated")),
        "statement": float(root == "01"),
        "source_none": float(source is None),
        "source_own": float(source is not None and own is not None and source.start <= own.i < source.end),
        "source_agent": float("source:agent" in how),
        "source_inherited": float(source is not None and own is None and "source:nsubj" in how),
        "source_named": _named(source),
        "source_person": _person(source),
        "source_from_sentence": float(source is not None and source.country_from_sentence),
        "target_none": float(target is None),
        "target_object": float(any(f"target:{d}" in how for d in ("dobj", "dative", "attr", "oprd"))),
        "target_prep": float("target:prep" in how),
        "target_clause": float(("-subject" in how or "ccomp-blamed" in how) and "target:" in how),
        "target_recipient": float("target:recipient" in how or "target:dative" in how),
        "target_passive": float("target:nsubjpass" in how),
        "target_named": _named(target),
        "target_person": _person(target),
        # a statement "to" or "about" someone: "X said Y was hurt" names Y as the topic of a
        # remark, which news coders rarely code as an event between X and Y; not the party a
        # dictionary pattern names ("agrees with the mayor", 019)
        "statement_target": float(root == "01" and target is not None and not _pattern_party(cand)),
        "reported": float(cand.modality == "reported"),
        "denied": float(cand.modality == "denied"),
        "intended": float(cand.modality == "intended"),
        "hypothetical": float(cand.modality == "hypothetical"),
        "quad_2": float(QUADS.get(root, 4) == 2),
        "quad_3": float(QUADS.get(root, 4) == 3),
        "quad_4": float(QUADS.get(root, 4) == 4),
        "sentence_length": min(len(verb.sent) / 30.0, 3.0),
        "source_distance": min(abs(verb.i - source.head) / 10.0, 3.0) if source is not None else 0.0,
    }
    return f


def _pattern_party(cand: Candidate) -> bool:
    """Whether the dictionary pattern that coded ``cand`` names its target's place among the
    verb's phrases (the "+" of "- * (WITH +)"): a party of the statement, not its topic.
    Patterns that only name a word ("- * COMMENT", "- * {PRESS CONFERENCE}") leave the
    target to the general reading, which is mostly a topic or a place."""
    return cand.match.pattern is not None and "target:+" in cand.how


def _named(actor: Actor | None) -> float:
    """1 when a dictionary names the actor (a country, an organisation), not a role word."""
    return float(actor is not None and any(m.actor is not None for m in actor.parts))


def _person(actor: Actor | None) -> float:
    """1 when the actor is only a person's name no dictionary knows."""
    return float(actor is not None and all(m.agent is PERSON for m in actor.parts))


@dataclass(frozen=True)
class ConfidenceModel:
    """Logistic weights per feature and an intercept."""

    weights: dict[str, float]
    intercept: float

    def score(self, values: dict[str, float]) -> float:
        """The probability (0..1, three decimals) that an event with ``values`` is right."""
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in values.items())
        return round(1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0))), 3)

    @staticmethod
    @functools.cache
    def packaged() -> ConfidenceModel:
        """The model shipped in ``events/coding/data/confidence.json`` (read once)."""
        text = importlib.resources.files("events.coding").joinpath("data", "confidence.json").read_text()
        data = json.loads(text)
        return ConfidenceModel(
            weights={k: float(v) for k, v in data["weights"].items()}, intercept=float(data["intercept"])
        )
