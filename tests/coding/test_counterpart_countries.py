"""Countries of role-only actors in international news (issue 14): the country of the
other side of an event, named in that side's own words ("the Chinese ambassador", "the
Kenyan leader"), is no country of a minister, a president or an ambassador named only by
role, however the story's place stands for it. Sentences written for these tests; none
comes from a dev or gold set. Each runs the whole chain (spaCy, coder, geoparser)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.coding.conftest import chain_triples

pytestmark = pytest.mark.slow

@pytest.mark.parametrize(("text", "expected"), [
    ("The foreign minister met the Chinese ambassador on Tuesday to discuss fishing rights.",
     ("GOV", "040", "CHNGOV")),
    ("The president hosted the Kenyan leader at the state house on Monday.", ("GOV", "043", "KENGOV")),
    ("The president welcomed the Nigerian delegation at the palace and praised Abuja's role in the "
     "peace talks.", ("GOV", "051", "NGAGOV")),
])
def test_the_counterparts_nationality_gives_the_source_no_country(
    whole_chain: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in chain_triples(whole_chain, text)


def test_the_counterparts_nationality_gives_the_target_no_country(whole_chain: Any) -> None:
    pairs = chain_triples(
        whole_chain, "The Chinese ambassador met the foreign minister on Tuesday to discuss trade.")
    assert ("CHNGOV", "040", "GOV") in pairs


def test_a_town_of_the_counterparts_country_gives_the_source_none(whole_chain: Any) -> None:
    pairs = chain_triples(
        whole_chain, "The ambassador condemned the shelling of the embassy in Khartoum and called on "
                   "Sudanese authorities to protect diplomats.")
    assert ("GOV", "020", "SDNGOV") in pairs


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya's president hosted the Ugandan leader in Nairobi on Monday.", ("KENGOV", "043", "UGAGOV")),
    ("Police in Leeds arrested three men on Sunday after a stabbing outside a nightclub.",
     ("GBRCOP", "173", "GBRCVL")),
    ("MANILA - A court convicted a police officer of murder on Friday.", ("PHLJUD", "116", "PHLCOP")),
])
def test_countries_from_own_words_and_places_stay(
    whole_chain: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in chain_triples(whole_chain, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Police arrested two Chinese nationals suspected of running an illegal casino, officials said.",
     ("COP", "173", "CHN")),
    ("Border guards detained 14 Afghan migrants who tried to cross the river at night.",
     ("MIL", "173", "AFGREF")),
    ("Police detained four Russian citizens suspected of smuggling weapons, prosecutors said.",
     ("COP", "173", "RUSCRM")),
])
def test_the_nationality_of_those_arrested_is_not_the_police(
    whole_chain: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in chain_triples(whole_chain, text)


def test_the_story_s_town_still_gives_the_police_their_country(whole_chain: Any) -> None:
    pairs = chain_triples(whole_chain, "Police arrested two Somali nationals in Denver on Friday.")
    assert ("USACOP", "173", "SOM") in pairs


def test_police_of_the_named_town_keep_its_country(whole_chain: Any) -> None:
    pairs = chain_triples(whole_chain, "Police in Nairobi arrested the Kenyan opposition leader on Friday.")
    assert ("KENCOP", "173", "KENOPP") in pairs


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials expelled two Russian diplomats accused of spying, the foreign ministry said.",
     ("GOV", "161", "RUSGOV")),
    ("The government imposed sanctions on three Iranian banks on Thursday.", ("GOV", "163", "IRNBUS")),
])
def test_who_expels_or_sanctions_is_not_of_the_country_hit(
    whole_chain: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in chain_triples(whole_chain, text)
