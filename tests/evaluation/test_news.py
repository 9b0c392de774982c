"""News gold set: references, validation, drift, and the scoring of coded rows."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest

from events.errors import EvalError
from events.evaluation.news import (
    GoldEvent,
    GoldSentence,
    Scores,
    gold_triples,
    load_gold,
    parse_gold,
    read_corpus,
    resolve,
    sentence_rows,
    sha256,
    triple,
)
from tests.evaluation.conftest import row

ARTICLE = ("Deputies arrest man. Sheriff's deputies arrested a Macon man on Friday. "
           "The weather was mild.")
FIRST = (21, 71)  # "Sheriff's deputies arrested a Macon man on Friday."
SECOND = (72, 93)  # "The weather was mild."


def sentence(events: list[GoldEvent], span: tuple[int, int] = FIRST, stratum: str = "random") -> GoldSentence:
    text = ARTICLE[span[0]:span[1]]
    return GoldSentence("lgl", "1", span[0], span[1], sha256(text), tuple(events), stratum=stratum)


def record(**changes: object) -> str:
    rec: dict[str, object] = {"corpus": "lgl", "article": "1", "start": FIRST[0], "end": FIRST[1],
                              "sha256": sha256(ARTICLE[FIRST[0]:FIRST[1]]),
                              "events": [{"source": "USACOP", "target": "USACVL", "code": "173",
                                          "modality": "asserted"}]}
    rec.update(changes)
    return json.dumps(rec)


def write_corpus(folder: Path, text: str = ARTICLE) -> Path:
    geo = folder / "eval" / "geo"
    geo.mkdir(parents=True)
    (geo / "lgl.xml").write_text(
        "<articles><article docid=\"1\"><title>Deputies arrest man</title>"
        "<dltime>2009-03-20 12:24:52.002364-05</dltime>"
        f"<text><![CDATA[{text}]]></text></article></articles>", encoding="utf-8")
    (geo / "GeoWebNews.xml").write_text(
        "<articles><article file=\"7\"><title>t</title><link>http://x.org/2018/03/31/story</link>"
        "<text>Text.</text></article><article file=\"8\"><title>t</title><link>http://x.org/a</link>"
        "<text>Text.</text></article></articles>", encoding="utf-8")
    return folder


def test_the_packaged_gold_set_is_large_and_valid() -> None:
    gold = load_gold()
    assert len(gold) >= 200
    assert sum(not g.events for g in gold) >= 60
    assert len({(g.corpus, g.article_id) for g in gold}) >= 100
    per_article = Counter((g.corpus, g.article_id) for g in gold)
    assert max(per_article.values()) <= 3


def test_parse_gold_reads_events_and_refuses_bad_codes() -> None:
    (g,) = parse_gold(record())
    assert g.events == (GoldEvent("USACOP", "USACVL", "173", "asserted"),)
    bad_code = [{"source": "USA", "target": None, "code": "1999", "modality": "asserted"}]
    bad_modality = [{"source": "USA", "target": None, "code": "173", "modality": "alleged"}]
    bad_actor = [{"source": "US", "target": None, "code": "173", "modality": "asserted"}]
    for events, message in ((bad_code, "not a CAMEO event code"), (bad_modality, "modality"),
                            (bad_actor, "not a CAMEO actor code")):
        with pytest.raises(EvalError, match=message):
            parse_gold(record(events=events))
    with pytest.raises(EvalError, match="duplicate"):
        parse_gold(record() + "\n" + record())
    with pytest.raises(EvalError, match=":1: bad gold record"):
        parse_gold('{"corpus": "lgl"}')


def test_references_resolve_and_drift_fails_loudly(tmp_path: Path) -> None:
    gold = parse_gold(record())
    texts = resolve(gold, write_corpus(tmp_path / "a"))
    assert texts == ["Sheriff's deputies arrested a Macon man on Friday."]
    changed = write_corpus(tmp_path / "b", ARTICLE.replace("Macon", "Dublin"))
    with pytest.raises(EvalError, match="no longer resolve"):
        resolve(gold, changed)
    with pytest.raises(EvalError, match="no longer resolve"):
        resolve(parse_gold(record(article="2")), tmp_path / "a")


def test_corpus_dates_come_from_dltime_or_the_link(tmp_path: Path) -> None:
    shared = write_corpus(tmp_path)
    lgl = read_corpus(shared, "lgl")["1"]
    central = dt.timezone(dt.timedelta(hours=-5))
    assert lgl.published == dt.datetime(2009, 3, 20, 12, 24, 52, 2364, tzinfo=central)
    web = read_corpus(shared, "geowebnews")
    assert web["7"].published.date() == dt.date(2018, 3, 31)
    assert web["8"].published.date() == dt.date(2018, 4, 1)
    with pytest.raises(EvalError, match="cannot read corpus"):
        read_corpus(tmp_path / "nowhere", "lgl")


def test_triples_cut_actors_to_three_letters_and_roots_to_two_digits() -> None:
    assert triple("USACOP", "USACVL", "1731") == ("USA", "USA", "17")
    assert triple(None, "IGOUNO", "043") == ("", "IGO", "04")
    assert triple("USACOP", None, "173", strict=True) == ("USACOP", "", "17")


def test_gold_for_the_events_table_needs_a_source_and_a_stated_act() -> None:
    g = sentence([GoldEvent("USACOP", "USACVL", "173", "asserted"),
                  GoldEvent(None, "USACVL", "173", "asserted"),
                  GoldEvent("USAGOV", "USA", "163", "intended")])
    assert gold_triples(g, table_only=True) == {("USA", "USA", "17")}
    assert len(gold_triples(g, table_only=False)) == 3


def test_rows_belong_to_the_sentence_holding_their_action() -> None:
    first, second = row("173", action=40), row("010", action=80)
    assert sentence_rows(sentence([]), [first, second]) == [first]
    assert sentence_rows(sentence([], SECOND), [first, second]) == [second]


def test_scores_match_on_country_and_root() -> None:
    scores = Scores()
    scores.add(sentence([GoldEvent("USACOP", "USACVL", "173", "asserted"),
                         GoldEvent("USACVL", "USACVL", "180", "reported")]),
               [row("173", "USACOP", "USACRM"), row("190", "USACVL", "USACVL"),
                row("112", None, "USACVL")])
    scores.add(sentence([], SECOND), [row("010", "USAGOV", None)])
    m = scores.metrics()
    assert (m["gold_events"], m["predicted_events"]) == (2, 4)
    assert m["recall"] == 0.5 and m["precision"] == 0.25
    assert m["root_accuracy"] == 0.5  # both dyads found, one with the right root
    assert m["strict_recall"] == 0.0  # USACRM is not USACVL
    assert m["no_event_sentences"] == 1 and m["no_event_false_positives"] == 1
    assert m["modality_accuracy"] is None


def test_only_rows_admitted_to_the_table_count_for_precision() -> None:
    scores = Scores()
    scores.add(sentence([GoldEvent("USACOP", "USACVL", "173", "asserted"),
                         GoldEvent("USAGOV", None, "036", "intended")]),
               [row("173", "USACOP", "USACVL", modality="asserted"),
                row("036", "USAGOV", None, modality="intended", in_table=False),
                row("173", None, "USACVL", modality="asserted", in_table=False)])
    m = scores.metrics()
    assert m["recall"] == 1.0 and m["precision"] == 1.0
    assert m["mention_recall"] == 1.0 and m["mention_precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert m["modality_accuracy"] == 1.0


def test_strata_are_reported_apart() -> None:
    scores = Scores()
    scores.add(sentence([GoldEvent("USACOP", "USACVL", "173", "asserted")], stratum="event"), [])
    assert scores.by_stratum["event"].gold == 1 and "random" not in scores.by_stratum


def test_the_table_shows_no_share_for_a_root_without_gold_or_output() -> None:
    from events.evaluation.news import table

    scores = Scores()
    scores.add(sentence([GoldEvent("USACOP", "USACVL", "173", "asserted")]), [row("190", "USAMIL", "USACVL")])
    lines = {line.split()[0]: line for line in table(scores).splitlines()[1:3]}
    assert lines["17"].split()[-2:] == ["0.0%", "-"] and lines["19"].split()[-2:] == ["-", "0.0%"]
