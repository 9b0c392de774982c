"""A person's nationality given in apposition ("Paul Becker, a German") is named in
passing (issue 14): it is no country of the police, judges or others the sentence names only
by role; the story's geography gives theirs. Sentences written for these tests; none comes
from a dev or gold set."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder
from events.models import Article

WHEN = dt.date(2026, 3, 4)


@pytest.mark.parametrize(("text", "code"), [
    ("A judge sentenced two men who robbed Paul Becker, a German, to ten years in prison.", "DEUJUD"),
    ("Police arrested a man who stabbed Maria Rossi, an Italian, outside a bar.", "ITACOP"),
])
def test_a_nationality_in_apposition_is_named_in_passing(
    default_coder: Coder, nlp: Language, text: str, code: str
) -> None:
    sources = [e.source for e in default_coder.code(nlp(text), when=WHEN) if e.source is not None]
    found = next(s for s in sources if s.code == code)
    assert found.country_in_passing


@pytest.mark.slow
def test_the_storys_town_gives_the_judge_its_country() -> None:
    from events.pipeline import build_chain

    text = ("A judge in Cebu sentenced two men who robbed Paul Becker, a German, "
            "to ten years in prison on Monday.")
    article = Article(article_id="t", text=text, published=dt.datetime(2026, 3, 4, tzinfo=dt.UTC))
    (processed,) = build_chain().process([article])
    assert any(e["actor1_code"] == "PHLJUD" and e["event_code"] == "173" for e in processed.events)
