"""Actor countries from places (events.coding.linking): only confident places, never over
a country the text gives, the article's dominant country last."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from events.coding.linking import ActorPlaces, dominant_country, with_location_countries
from events.models import ActorRef, CodedEvent, Place
from tests.coding.conftest import chain_triples


def _place(kind: str = "city", cc: str = "UA", *, mention: str = "x", score: float = 0.9, start: int = 0,
           name: str = "Kharkiv") -> Place:
    return Place(mention=mention, start=start, end=start + len(mention), name=name, feature_type=kind,
                 country_code=cc, adm1_code="07", lat=49.98, lon=36.25, score=score)


def _coded(source: str | None, target: str | None, code: str = "194") -> CodedEvent:
    def ref(c: str | None) -> ActorRef | None:
        return ActorRef(code=c, name=c, start=40, end=41) if c else None

    return CodedEvent(sentence_index=0, sentence_start=0, sentence_end=10, event_code=code,
                      source=ref(source), target=ref(target), action_start=0, action_end=1, rule="r")


def test_actor_named_by_a_us_state_gets_the_us_code() -> None:
    state = _place("adm1", "US", mention="Georgia", name="Georgia", score=1.0)
    actor = ActorRef(code="GEOGOV", name="Georgia Governor", start=0, end=16)
    located = ActorPlaces.of([state]).located_actor(actor)
    assert located is not None and located.code == "USAGOV"


def test_group_mistaken_for_a_town_keeps_its_code() -> None:
    town = _place("city", "DE", mention="Hamas", name="Hamm", score=1.0)
    actor = ActorRef(code="PSEREBHMS", name="Hamas", start=0, end=5)
    assert ActorPlaces.of([town]).located_actor(actor) == actor


def test_weakly_placed_state_name_keeps_the_country_code() -> None:
    state = _place("adm1", "US", mention="Georgia", name="Georgia", score=0.3)
    actor = ActorRef(code="GEOGOV", name="Georgia", start=0, end=7)
    assert ActorPlaces.of([state]).located_actor(actor) == actor


def test_a_country_alone_is_a_state_only_when_the_geoparser_is_sure() -> None:
    """"Georgia" alone for an actor, read as the US state at 0.6, stays the country; at 0.9 it
    is the state ("Georgia sued the EPA" in a story about Atlanta)."""
    actor = ActorRef(code="GEO", name="Georgia", start=0, end=7)
    unsure = _place("adm1", "US", mention="Georgia", name="Georgia", score=0.6)
    sure = replace(unsure, score=0.9)
    assert ActorPlaces.of([unsure]).located_actor(actor) == actor
    located = ActorPlaces.of([sure]).located_actor(actor)
    assert located is not None and located.code == "USA"


def test_actor_in_its_own_country_keeps_its_code() -> None:
    city = _place("city", "GE", mention="Tbilisi", name="Tbilisi", score=1.0)
    actor = ActorRef(code="GEOGOV", name="Tbilisi", start=0, end=7)
    assert ActorPlaces.of([city]).located_actor(actor) == actor


def test_unknown_country_placeholder_is_dropped() -> None:
    actor = ActorRef(code="---CVL", name="civilians", start=0, end=9)
    located = ActorPlaces.of([]).located_actor(actor)
    assert located is not None and located.code == "CVL"


def test_role_only_target_takes_the_country_of_the_place() -> None:
    event = with_location_countries(_coded("RUSMIL", "CVL"), _place(), "19")
    assert event.target is not None and event.target.code == "UKRCVL"
    assert "target country UKR from the event's place" in event.rule


def test_weak_place_gives_no_country() -> None:
    event = with_location_countries(_coded("RUSMIL", "CVL"), _place(score=0.2), "19")
    assert event.target is not None and event.target.code == "CVL"


@pytest.mark.parametrize(("country_score", "expected"), [(0.97, "USACVL"), (0.6, "CVL")])
def test_an_unsure_place_in_a_sure_country_gives_its_country(country_score: float, expected: str) -> None:
    # "Lewis County": one of seven, all in the US; a British "Richmond" is not sure enough
    place = replace(_place("adm2", "US", score=0.16), country_score=country_score)
    event = with_location_countries(_coded("RUSMIL", "CVL"), place, "19")
    assert event.target is not None and event.target.code == expected


def test_border_place_imputes_nothing() -> None:
    border = replace(_place("border", "RU"), border_countries=("RU", "GE"))
    assert with_location_countries(_coded("RUSMIL", "CVL"), border, "19").target.code == "CVL"  # type: ignore[union-attr]


def test_attack_without_target_hits_the_country_of_the_place() -> None:
    event = with_location_countries(_coded("RUSMIL", None), _place(), "19")
    assert event.target is not None and event.target.code == "UKR"


def test_meeting_without_target_gets_no_target() -> None:
    event = with_location_countries(_coded("RUSGOV", None, "042"), _place(), "04")
    assert event.target is None


def test_who_acts_on_the_country_itself_gets_no_country_from_the_place() -> None:
    event = with_location_countries(_coded("GOV", "UKR", "111"), _place("country"), "11")
    assert event.source is not None and event.source.code == "GOV"


def test_victims_named_with_the_attackers_country_take_the_places() -> None:
    coded = _coded("RUSMIL", "RUSCVL")
    coded = replace(coded, target=replace(coded.target, country_from_sentence=True))  # type: ignore[arg-type]
    event = with_location_countries(coded, _place(), "19")
    assert event.target is not None and event.target.code == "UKRCVL"


def test_role_only_actors_take_the_articles_dominant_country() -> None:
    places = [_place("city", "US", start=k * 10) for k in range(3)] + [_place("city", "MX", start=40)]
    event = ActorPlaces.of(places).with_countries(_coded("COP", "CRM", "173"), None, "17")
    assert (event.source.code, event.target.code) == ("USACOP", "USACRM")  # type: ignore[union-attr]
    assert "from the article's places" in event.rule


def test_no_dominant_country_gives_no_country() -> None:
    places = [_place("city", "US"), _place("city", "MX", start=10), _place("city", "CA", start=20)]
    assert dominant_country(places) is None
    event = ActorPlaces.of(places).with_countries(_coded("COP", "CRM", "173"), None, "17")
    assert event.source is not None and event.source.code == "COP"


@pytest.mark.parametrize(("kind", "cc", "mention", "expected"), [
    ("adm1", "GB", "Leeds", ("GBRCOP", "GBRCVL")),  # "Police in Leeds have arrested ..."
    ("city", "US", "Albany", ("USAJUD", "USACRM")),  # "A grand jury in Albany ..."
])
def test_the_one_town_of_a_local_story_gives_its_country(
    kind: str, cc: str, mention: str, expected: tuple[str, str]
) -> None:
    """A local story that names one town, unsure which of its namesakes it is (score 0.2) but
    with the odds on one country (country_score 0.6), is of that country."""
    town = replace(_place(kind, cc, mention=mention, name=mention, score=0.2), country_score=0.6)
    event = ActorPlaces.of([town]).with_countries(_coded(expected[0][3:], expected[1][3:], "173"), None, "17")
    assert (event.source.code, event.target.code) == expected  # type: ignore[union-attr]


@pytest.mark.parametrize("place", [
    replace(_place("country", "MX", mention="Mexico", name="Mexico", score=0.98), country_score=1.0),
    replace(_place("city", "GB", mention="Belfast", name="Belfast", score=0.27), country_score=0.39),
])
def test_a_lone_country_or_a_town_of_unsure_country_gives_no_country(place: Place) -> None:
    """A country named once is as often someone's origin; a town whose namesakes lie mostly
    elsewhere may be one of them."""
    assert dominant_country([place]) is None
    event = ActorPlaces.of([place]).with_countries(_coded("COP", "CRM", "173"), None, "17")
    assert event.source is not None and event.source.code == "COP"


def test_capital_read_as_a_town_elsewhere_gives_that_country_and_no_government() -> None:
    town = _place("city", "US", mention="Kingston", name="Kingston", score=0.9)
    actor = ActorRef(code="JAMGOVJUD", name="Kingston court", start=0, end=14)
    located = ActorPlaces.of([town]).located_actor(actor)
    assert located is not None and located.code == "USAJUD"


def test_sentence_country_actor_follows_its_relocated_partner() -> None:
    town = _place("city", "US", mention="Kingston", name="Kingston", score=0.9)
    court = ActorRef(code="JAMGOVJUD", name="Kingston court", start=0, end=14)
    driver = ActorRef(code="JAMCVL", name="a driver", start=30, end=38, country_from_sentence=True)
    event = replace(_coded(None, None, "081"), source=court, target=driver)
    located = ActorPlaces.of([town]).located_event(event)
    assert located.source is not None and located.source.code == "USAJUD"
    assert located.target is not None and located.target.code == "USACVL"


def test_an_actor_of_its_own_country_does_not_follow() -> None:
    town = _place("city", "US", mention="Kingston", name="Kingston", score=0.9)
    event = replace(_coded(None, "JAMCVL", "081"),
                    source=ActorRef(code="JAMGOVJUD", name="Kingston court", start=0, end=14))
    located = ActorPlaces.of([town]).located_event(event)
    assert located.target is not None and located.target.code == "JAMCVL"


def test_a_place_in_kosovo_gives_the_cameo_code() -> None:
    # ISO 3166 has no alpha-3 for Kosovo ("XKX" is a placeholder); CAMEO writes KSV
    event = with_location_countries(_coded(None, "CVL", "180"), _place(cc="XK", name="Pristina"), "18")
    assert event.target is not None and event.target.code == "KSVCVL"


def test_a_country_alias_read_as_a_town_gets_the_towns_country() -> None:
    # "Ann Lee of Palestine" in a Texas story: the dictionaries' PSE, the geoparser's town
    town = _place("city", "US", mention="Palestine", name="Palestine", score=0.6, start=11)
    actor = ActorRef(code="PSECVL", name="Ann Lee of Palestine", start=0, end=20,
                     words=(("palestine", "PSE"), ("ann lee", "~CVL")), person=True)
    located = ActorPlaces.of([town]).located_actor(actor)
    assert located is not None and located.code == "USACVL"


def _home(cc: str, n: int = 4) -> list[Place]:
    """``n`` confident places of one country, after character 100."""
    return [_place("city", cc, mention="Town", name="Town", score=0.9, start=100 + 10 * k) for k in range(n)]


def test_a_capital_weakly_read_as_a_town_of_the_articles_home_takes_that_country() -> None:
    town = _place("city", "US", mention="Moscow", name="Moscow", score=0.35)
    actor = ActorRef(code="RUSGOVCVL", name="Moscow residents", start=0, end=16)
    located = ActorPlaces.of([town, *_home("US")]).located_actor(actor)
    assert located is not None and located.code == "USACVL"


def test_a_weak_reading_abroad_or_without_a_home_keeps_the_capitals_country() -> None:
    town = _place("city", "US", mention="Moscow", name="Moscow", score=0.35)
    actor = ActorRef(code="RUSGOVCVL", name="Moscow residents", start=0, end=16)
    # the article's home is elsewhere: the weak reading is not confirmed
    assert ActorPlaces.of([town, *_home("IE")]).located_actor(actor) == actor
    # too few places make no home
    assert ActorPlaces.of([town, *_home("US", 2)]).located_actor(actor) == actor


@pytest.mark.parametrize(("target", "expected"), [
    ("MIL", "MIL"),  # an army does not fight itself by default
    ("CVL", "THACVL"),  # its victims may well be of the place
])
def test_a_place_does_not_turn_an_army_on_itself(target: str, expected: str) -> None:
    border_town = _place("city", "TH", name="Aranyaprathet", score=0.95)
    located = with_location_countries(_coded("THAMIL", target, "190"), border_town, "19")
    assert located.target is not None and located.target.code == expected


def test_an_attack_with_no_named_target_hit_the_country_of_its_named_place() -> None:
    event = with_location_countries(_coded("RUSMIL", None), _place(), "19")
    assert event.target is not None and event.target.code == "UKR"


def test_a_dateline_names_no_country_an_attack_hit() -> None:
    # "SEOUL - North Korea fired missiles into the sea": the report was written in Seoul
    event = with_location_countries(_coded("PRK", None, "195"), _place(cc="KR"), "19", named=False)
    assert event.target is None


@pytest.mark.parametrize("root", ["11", "13", "03"])
def test_a_town_in_the_clause_a_speaker_says_gives_the_speaker_no_country(root: str) -> None:
    # "The minister said Chile skipped the meeting in Washington", "... warned it would strike
    # Haifa", "... pledged to open a consulate in Erbil"
    place = _place(cc="US", name="Washington")
    event = with_location_countries(_coded("GOV", "CHL", root + "2"), place, root, in_clause=True)
    assert event.source is not None and event.source.code == "GOV"


def test_a_town_in_a_clause_under_another_act_still_gives_its_country() -> None:
    # "Police arrested a man who robbed a bank in Leeds"
    event = with_location_countries(_coded("COP", "CRM", "173"), _place(cc="GB", name="Leeds"), "17",
                                    in_clause=True)
    assert event.source is not None and event.source.code == "GBRCOP"


def test_a_country_in_the_clause_a_speaker_says_still_gives_its_country() -> None:
    # "An adviser welcomed the plan to reopen Estonia's embassy"
    place = _place("country", "EE", name="Estonia")
    event = with_location_countries(_coded("GOV", None, "051"), place, "05", in_clause=True)
    assert event.source is not None and event.source.code == "ESTGOV"


def test_the_event_place_of_what_a_speaker_says_is_not_the_speakers_home() -> None:
    places = [_place("city", "US", name="Washington"), _place("city", "DM", start=10, name="Roseau"),
              _place("city", "TT", start=20, name="Port of Spain")]
    finder = ActorPlaces.of(places)
    event = finder.with_countries(_coded("GOV", "TTO", "112"), places[0], "11", in_clause=True)
    assert event.source is not None and event.source.code == "GOV"


@pytest.mark.parametrize(("code", "words", "mention", "cc", "kind"), [
    # "the RSF delegation in Jeddah": the group's name gives Sudan, the Saudi city is where it was
    ("SDNUAF", (("rsf", "SDNUAF"), ("jeddah", "SAU")), "Jeddah", "SA", "city"),
    # "Hezbollah fighters in Damascus": a capital the dictionaries read as Syria's government
    ("LBNREBHEZ", (("hezbollah", "LBNREBHEZ"), ("damascus", "SYRGOV")), "Damascus", "SY", "city"),
])
def test_a_place_the_dictionaries_read_as_another_country_leaves_the_actors_own(
    code: str, words: tuple[tuple[str, str], ...], mention: str, cc: str, kind: str
) -> None:
    place = _place(kind, cc, mention=mention, name=mention, score=1.0, start=10)
    actor = ActorRef(code=code, name=f"group in {mention}", start=0, end=10 + len(mention), words=words)
    assert ActorPlaces.of([place]).located_actor(actor) == actor


@pytest.mark.parametrize(("text", "expected"), [
    ("Chad condemned the Wagner fighters in Bamako.", ("TCD", "111", "RUSUAF")),
    ("Hezbollah fighters in Damascus clashed with rebels on Sunday.", ("LBNREBHEZ", "190", "SYRREB")),
])
def test_a_group_placed_abroad_keeps_its_country_in_the_table(
    whole_chain: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in chain_triples(whole_chain, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("M23 rebels met government envoys in Doha on Friday.", ("CODREB", "040", "CODGOV")),
    ("Colombian rebels met government negotiators in Oslo on Monday.", ("COLREB", "040", "COLGOV")),
])
def test_the_government_rebels_talk_to_abroad_is_their_own(
    whole_chain: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """The place of talks hosted abroad gives the government side no country; its rebels'
    own country does."""
    assert expected in chain_triples(whole_chain, text)


def test_an_army_a_group_fires_on_keeps_the_country_of_the_place(whole_chain: Any) -> None:
    """Fighting is no talk: the army a foreign group attacks is where the attack was."""
    rows = chain_triples(whole_chain, "Hezbollah fighters fired rockets at army positions near Metula.")
    assert ("LBNREBHEZ", "193", "ISRMIL") in rows


@pytest.mark.parametrize(("text", "expected"), [
    # the sentence's one country is the expeller's own
    ("Norway expelled three diplomats on Friday over spying claims.", ("NOR", "161", "GOV")),
    # the story's place is the sanctioner's own
    ("Officials in Ottawa imposed sanctions on four banks on Monday.", ("CANGOV", "163", "BUS")),
])
def test_a_state_expels_and_sanctions_no_one_of_its_own(whole_chain: Any, text: str,
                                                          expected: tuple[str, str, str]) -> None:
    assert expected in chain_triples(whole_chain, text)


def test_a_ministry_summoning_an_envoy_is_not_of_the_envoys_country(whole_chain: Any) -> None:
    rows = chain_triples(whole_chain, "The foreign ministry summoned the Iranian ambassador on Monday.")
    assert not any(c == "114" and s.startswith("IRN") for s, c, _ in rows), rows


ASSEMBLY = ActorRef(code="IGOUNO", name="General Assembly", start=50, end=66,
                    words=(("general assembly", "IGOUNO"),))


def test_the_general_assembly_of_a_us_story_is_the_states_legislature() -> None:
    places = [_place("city", "US", start=k * 10) for k in range(4)]
    located = ActorPlaces.of(places).located_actor(ASSEMBLY)
    assert located is not None and located.code == "USALEG"


@pytest.mark.parametrize("cc", ["UA", "US"])
def test_the_general_assembly_elsewhere_or_named_by_the_un_stays_the_un(cc: str) -> None:
    places = [_place("city", cc, start=k * 10) for k in range(4)]
    named = replace(ASSEMBLY, words=(("u.n. general assembly", "IGOUNO"),))
    assert ActorPlaces.of(places).located_actor(ASSEMBLY if cc == "UA" else named) == \
        (ASSEMBLY if cc == "UA" else named)


def test_a_home_made_only_of_guesses_gives_no_country() -> None:
    guesses = [replace(_place("city", "GB", start=k * 10, score=0.13), country_score=0.13) for k in range(3)]
    assert dominant_country(guesses) is None
    event = ActorPlaces.of(guesses).with_countries(_coded("COP", "CRM", "173"), None, "17")
    assert event.source is not None and event.source.code == "COP"
    sure = [*guesses, replace(_place("city", "GB", start=40, score=0.3), country_score=0.8)]
    assert dominant_country(sure) == "GBR"


def test_two_countries_named_as_often_make_no_home() -> None:
    places = [_place("country", "DE", mention="Germany"), _place("country", "FR", mention="France", start=20)]
    assert dominant_country(places) is None


def test_a_country_acted_on_gives_the_source_no_country() -> None:
    # "The minister thanked Qatar, Kuwait and Saudi Arabia": the event placed at Qatar, the
    # thanks to Kuwait is no Qatari's
    qatar = _place("country", "QA", mention="Qatar", name="Qatar")
    event = with_location_countries(_coded("GOV", "KWT", "051"), qatar, "05", acted_on=True)
    assert event.source is not None and event.source.code == "GOV"


def test_a_country_not_acted_on_still_gives_the_source_its_country() -> None:
    qatar = _place("country", "QA", mention="Qatar", name="Qatar")
    event = with_location_countries(_coded("GOV", "KWT", "051"), qatar, "05")
    assert event.source is not None and event.source.code == "QATGOV"


def _envoy_event(target_words: tuple[tuple[str, str], ...]) -> CodedEvent:
    source = ActorRef(code="GOV", name="minister", start=4, end=12)
    target = ActorRef(code="CHNGOV", name="Chinese ambassador", start=28, end=46, words=target_words)
    return CodedEvent(sentence_index=0, sentence_start=0, sentence_end=47, event_code="111",
                      source=source, target=target, action_start=13, action_end=23, rule="r")


def test_the_country_of_an_envoy_acted_on_is_not_the_sources() -> None:
    # "The minister criticised the Chinese ambassador": no Chinese minister
    chinese = _place("country", "CN", mention="Chinese", name="China", start=28)
    places = ActorPlaces.of([chinese])
    event = places.with_countries(_envoy_event((("chinese", "CHN"), ("ambassador", "~GOV"))), chinese, "11",
                                  named=False)
    assert event.source is not None and event.source.code == "GOV"


def test_a_place_in_the_targets_own_words_gives_the_source_no_country() -> None:
    chinese = _place("country", "CN", mention="Chinese", name="China", start=28)
    event = with_location_countries(_envoy_event((("chinese", "CHN"), ("official", "~GOV"))), chinese, "11")
    assert event.source is not None and event.source.code == "GOV"
