"""Fixtures of the coder tests: the packaged default dictionaries and the news coder.

The default dictionaries ship with the package: when they fail to load, every test that
needs them fails (with the DictionaryError), it never skips.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from events.coding import Coder, Dictionaries, load_dictionaries
from events.coding.options import PETRARCH2
from events.models import CodedEvent


@pytest.fixture(scope="session")
def default_dicts() -> Dictionaries:
    """The packaged default dictionaries."""
    return load_dictionaries()


@pytest.fixture(scope="session")
def default_coder(default_dicts: Dictionaries) -> Coder:
    """The coder as real news gets it: default dictionaries, default options."""
    return Coder(default_dicts)


SmallCoder = Callable[[str, str, str], Coder]


def triples(events: list[CodedEvent]) -> set[tuple[str, str, str]]:
    """(source, target, code) of ``events``, "" for a missing side."""
    return {
        (e.source.code if e.source else "", e.target.code if e.target else "", e.event_code) for e in events
    }


@pytest.fixture
def small_coder(tmp_path: Path) -> SmallCoder:
    """A factory of PETRARCH-2 coders over small dictionaries written by the test:
    ``small_coder(verbs, actors, agents)`` (each the text of a dictionary file)."""

    def make(verbs: str, actors: str, agents: str) -> Coder:
        folder = tmp_path / f"dicts{len(list(tmp_path.iterdir()))}"
        folder.mkdir()
        (folder / "t.verbs.txt").write_text(verbs, encoding="utf-8")
        (folder / "t.actors.txt").write_text(actors, encoding="utf-8")
        (folder / "t.agents.txt").write_text(agents, encoding="utf-8")
        return Coder(load_dictionaries(folder), PETRARCH2)

    return make


def event_codes(coder: Coder, nlp: Language, text: str, when: dt.date = dt.date(2026, 3, 4)) -> list[str]:
    """The CAMEO codes of the events ``coder`` finds in ``text``, in order."""
    return [e.event_code for e in coder.code(nlp(text), when=when)]


@pytest.fixture(scope="session")
def whole_chain() -> Any:
    """The chain as a run builds it (spaCy, coder, geoparser), for tests of what the coder
    makes of the geoparser's places."""
    from events.pipeline import build_chain

    return build_chain()


def chain_triples(chain: Any, text: str, published: dt.datetime = dt.datetime(2026, 3, 4, tzinfo=dt.UTC),
                  ) -> set[tuple[str, str, str]]:
    """(actor1, event code, actor2) of the events table rows the whole chain makes of ``text``."""
    from events.models import Article

    (processed,) = chain.process([Article(article_id="t", text=text, published=published)])
    return {(str(e["actor1_code"]), str(e["event_code"]), str(e["actor2_code"])) for e in processed.events}

