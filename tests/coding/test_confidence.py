"""The coder's confidence: a probability from the evidence, higher for better evidence."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder
from events.coding.confidence import FEATURES, ConfidenceModel
from events.config import EventRule
from events.errors import ConfigError

WHEN = dt.date(2024, 5, 1)


def _confidences(coder: Coder, nlp: Language, text: str) -> list[float]:
    return [e.confidence for e in coder.code(nlp(text), when=WHEN)]


def test_every_feature_has_a_weight() -> None:
    assert set(ConfidenceModel.packaged().weights) == set(FEATURES)


def test_scores_are_probabilities() -> None:
    model = ConfidenceModel(weights={"pattern": 40.0}, intercept=-2.0)
    assert model.score({"pattern": 1.0}) == 1.0
    assert model.score({"pattern": 0.0}) == pytest.approx(0.119, abs=0.001)


def test_named_actors_beat_a_sourceless_passive(default_coder: Coder, nlp: Language) -> None:
    (named,) = _confidences(default_coder, nlp, "Russia imposed sanctions on Georgia.")
    (passive,) = _confidences(default_coder, nlp, "Three protesters were arrested on Tuesday.")
    assert 0.0 <= passive < named <= 1.0


def test_a_hypothetical_act_is_less_likely_than_the_act_done(default_coder: Coder, nlp: Language) -> None:
    (done,) = _confidences(default_coder, nlp, "Iran attacked Israel.")
    maybe = _confidences(default_coder, nlp, "If Iran attacks Israel, the region will suffer.")
    assert maybe and max(maybe) < done


def test_confidences_take_many_values(default_coder: Coder, nlp: Language) -> None:
    texts = ["Russia imposed sanctions on Georgia.", "Three protesters were arrested on Tuesday.",
             "Iran attacked Israel.", "The minister said police detained two protesters in Minsk.",
             "Egypt hosted talks between Israel and Hamas.", "Japan will lift its sanctions on Korea."]
    values = {c for text in texts for c in _confidences(default_coder, nlp, text)}
    assert len(values) >= 5


def test_events_below_the_threshold_stay_out_of_the_table() -> None:
    rule = EventRule(min_confidence=0.3)
    assert rule.admits("asserted", True, 0.31) and not rule.admits("asserted", True, 0.29)


def test_a_threshold_outside_zero_to_one_is_refused() -> None:
    with pytest.raises(ConfigError, match="not in 0..1"):
        EventRule.parse(None, min_confidence=1.5)


@pytest.mark.parametrize(("code", "has_target", "admitted"), [
    ("173", False, False),  # an arrest of no one found
    ("111", False, False),  # criticism of no one found
    ("042", False, False),  # a visit to no one found
    ("173", True, True),
    ("016", False, True),  # denying responsibility stands alone
    ("010", False, True),
    ("141", False, True),  # a demonstration
    ("150", False, True),  # a show of force
    ("", False, True),  # no code given: the rule does not ask
])
def test_a_directed_act_without_a_target_stays_out_of_the_table(code: str, has_target: bool,
                                                                 admitted: bool) -> None:
    assert EventRule().admits("asserted", True, 0.9, code, has_target) is admitted


def test_targetless_acts_can_be_let_in(monkeypatch: pytest.MonkeyPatch) -> None:
    from events.config import default_event_rule

    assert EventRule.parse(None, targetless=True).admits("asserted", True, 0.9, "173", False)
    monkeypatch.setenv("EVENTS_TARGETLESS", "1")
    assert default_event_rule().admits("asserted", True, 0.9, "173", False)
    monkeypatch.setenv("EVENTS_TARGETLESS", "0")
    assert not default_event_rule().admits("asserted", True, 0.9, "173", False)


def test_a_remark_about_someone_is_no_event_and_a_statement_alone_is_sure(default_coder: Coder,
                                                                          nlp: Language) -> None:
    # "said the driver ..." names the driver as the topic of a remark, not as someone the
    # speaker acts on: no 010 between them (coder._topic_of_remark)
    remark = "The county sheriff said the driver suffered minor injuries."
    assert _confidences(default_coder, nlp, remark) == []
    (alone,) = _confidences(default_coder, nlp, "The county sheriff declined to comment on the case.")
    assert EventRule().min_confidence <= alone
