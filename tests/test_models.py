"""The data model's own behaviour (events.models)."""

from __future__ import annotations

import datetime as dt

from events.models import Article, Place, ProcessedArticle


def test_what_a_worker_sends_back_keeps_the_rows_and_leaves_out_places_and_pairs() -> None:
    article = Article(article_id="a1", text="Police in Leeds arrested two men.",
                      published=dt.datetime(2026, 3, 4, tzinfo=dt.UTC))
    event = {"event_id": "e1", "event_code": "173"}
    mention = {"event_id": "e1", "article_id": "a1", "confidence": 0.8}
    leeds = Place(mention="Leeds", start=10, end=15, name="Leeds", feature_type="city",
                  country_code="GB", adm1_code="ENG", lat=53.8, lon=-1.55)
    full = ProcessedArticle(article=article, events=[event], mentions=[mention], places=[leeds],
                            coded=[(event, mention)], tone=-2.5)
    stored = full.for_store()
    assert (stored.article, stored.events, stored.mentions, stored.tone) == (
        article, [event], [mention], -2.5)
    assert (stored.places, stored.coded) == ([], [])
    assert full.places == [leeds]  # the original is left as it was
