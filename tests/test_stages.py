"""The stage-error hook: one policy for the stages that must not stop an article."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

import pytest
import spacy

from events.errors import StageError
from events.models import Article
from events.pipeline import Chain, article_row
from events.runner import process_batch
from events.stages import collecting, raising, stage_failed


def _fail(stage: str = "dates", message: str = "bad day") -> str:
    try:
        raise ValueError(message)
    except ValueError as err:
        return stage_failed(stage, err, where="sentence at 120")


def test_a_failure_is_recorded_on_the_current_article() -> None:
    with collecting() as notes:
        note = _fail()
    assert note == "dates: ValueError: bad day (sentence at 120)" and notes == [note]


def test_outside_an_article_a_failure_is_only_logged() -> None:
    assert _fail().startswith("dates: ValueError")


def test_raising_makes_the_hook_raise_from_the_error() -> None:
    with raising(), pytest.raises(StageError, match="dates: ValueError: bad day") as caught:
        _fail()
    assert isinstance(caught.value.__cause__, ValueError) and caught.value.stage == "dates"


def test_the_setting_makes_the_hook_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTS_STAGE_ERRORS", "raise")
    with pytest.raises(StageError):
        _fail()


def test_a_failure_is_logged_with_its_traceback_once_per_stage_and_type(
        caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="events.stages"):
        for _ in range(3):
            _fail("a-stage-of-this-test")
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and warnings[0].exc_info is not None
    assert len(caplog.records) == 3


def test_surrogates_in_the_message_are_made_printable() -> None:
    assert "\\ud800" in _fail(message="bad \ud800")


class _FailingCoder:
    def code(self, doc: Any, *, when: Any = None) -> list[Any]:
        try:
            raise KeyError("verb")
        except KeyError as err:
            stage_failed("coder", err, where="sentence 0")
        return []


class _NoPlaces:
    def parse(self, doc: Any) -> list[Any]:
        return []


def _chain() -> Chain:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return Chain(nlp=nlp, coder=_FailingCoder(), geoparser=_NoPlaces())


def test_the_chain_stores_the_notes_in_the_articles_row() -> None:
    article = Article(article_id="a1", text="Troops shelled Kharkiv.", stage_errors=("ingest: x",))
    (processed,) = _chain().process([article])
    assert article_row(processed)["stage_errors"] == ["ingest: x", "coder: KeyError: 'verb' "
                                                      "(sentence 0)"]


def test_a_run_writes_the_notes_to_the_dataset(tmp_path: Path) -> None:
    from events.dataset import load
    from events.runner import write_processed

    article = Article(article_id="a1", text="Troops shelled Kharkiv.",
                      fetched_at=dt.datetime(2022, 9, 15, tzinfo=dt.UTC))
    write_processed(tmp_path, [process_batch(_chain(), [article])])
    row = load(tmp_path, table="articles").iloc[0]
    assert list(row["stage_errors"]) == ["coder: KeyError: 'verb' (sentence 0)"]


class _Explodes(Chain):
    def process_doc(self, article: Article, doc: Any) -> Any:
        if article.article_id == "bad":
            raise RuntimeError("chain broke")
        return super().process_doc(article, doc)


def test_an_article_the_chain_fails_on_is_quarantined_and_the_batch_goes_on() -> None:
    chain = _Explodes(nlp=_chain().nlp, coder=_FailingCoder(), geoparser=_NoPlaces())
    articles = [Article(article_id=i, text="Troops shelled Kharkiv.") for i in ("a", "bad", "c")]
    results = process_batch(chain, articles)
    assert [r.article.status for r in results] == ["ok", "quarantined", "ok"]
    assert results[1].article.error == "processing failed: chain: RuntimeError: chain broke (bad)"


def test_with_raising_the_chains_failure_raises() -> None:
    chain = _Explodes(nlp=_chain().nlp, coder=_FailingCoder(), geoparser=_NoPlaces())
    with raising(), pytest.raises(StageError):
        process_batch(chain, [Article(article_id="a", text="Troops shelled Kharkiv.")])
