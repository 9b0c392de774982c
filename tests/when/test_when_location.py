"""Action location among a sentence's places (events.when.attach_location)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.models import Place
from events.when import attach_location, find_dateline

pytestmark = pytest.mark.slow


def _place(
    text: str,
    mention: str,
    name: str,
    ftype: str,
    cc: str,
    lat: float,
    lon: float,
    border: tuple[str, ...] = (),
    explanation: str = "",
) -> Place:
    start = text.index(mention)
    return Place(
        mention=mention,
        start=start,
        end=start + len(mention),
        name=name,
        feature_type=ftype,
        country_code=cc,
        adm1_code=None,
        lat=lat,
        lon=lon,
        border_countries=border,
        explanation=explanation,
    )


def test_city_object_of_action_beats_demonym(nlp: Language) -> None:
    text = "Russian troops shelled Kharkiv on Tuesday, killing at least seven civilians."
    places = [
        _place(text, "Russian", "Russia", "country", "RU", 60.0, 100.0, explanation="demonym"),
        _place(text, "Kharkiv", "Kharkiv", "city", "UA", 49.99, 36.23),
    ]
    place, reason = attach_location(nlp(text)[:], places)
    assert place is not None and place.name == "Kharkiv"
    assert "shelled" in reason


def test_city_over_country_in_the_action_phrase(nlp: Language) -> None:
    text = "Police fired tear gas at protesters in Tbilisi, the capital of Georgia, on Tuesday."
    places = [
        _place(text, "Tbilisi", "Tbilisi", "city", "GE", 41.69, 44.83),
        _place(text, "Georgia", "Georgia", "country", "GE", 42.0, 43.5),
    ]
    place, _ = attach_location(nlp(text)[:], places)
    assert place is not None and place.name == "Tbilisi"


def test_border_wins_when_fighting_is_along_it(nlp: Language) -> None:
    text = "Fighting broke out again on Wednesday along the border between Kyrgyzstan and Tajikistan."
    mention = "border between Kyrgyzstan and Tajikistan"
    places = [
        _place(
            text, mention, "Kyrgyzstan–Tajikistan border", "border", "KG", 39.9, 70.6, border=("KG", "TJ")
        ),
    ]
    place, reason = attach_location(nlp(text)[:], places)
    assert place is not None and place.border_countries == ("KG", "TJ")
    assert reason.startswith("border")


def test_place_on_reporting_verb_is_not_the_action_location(nlp: Language) -> None:
    text = "Two soldiers were killed in Batken, officials in Bishkek said."
    places = [
        _place(text, "Batken", "Batken", "city", "KG", 40.06, 70.82),
        _place(text, "Bishkek", "Bishkek", "city", "KG", 42.87, 74.59),
    ]
    place, _ = attach_location(nlp(text)[:], places)
    assert place is not None and place.name == "Batken"


def test_dateline_when_the_sentence_has_no_place(nlp: Language) -> None:
    text = "KHARKIV, Ukraine — Shelling killed seven civilians on Tuesday."
    places = [
        _place(text, "KHARKIV", "Kharkiv", "city", "UA", 49.99, 36.23),
        _place(text, "Ukraine", "Ukraine", "country", "UA", 49.0, 32.0),
    ]
    dateline = find_dateline(text, places)
    assert dateline is not None and dateline.name == "Kharkiv"
    sentence = nlp("Rescuers worked through the night.")[:]
    assert attach_location(sentence, [], dateline=dateline) == (dateline, "dateline")


def test_focus_country_as_last_resort(nlp: Language) -> None:
    focus = Place("Ukraine", 0, 7, "Ukraine", "country", "UA", None, 49.0, 32.0)
    sentence = nlp("The rebels attacked the convoy.")[:]
    assert attach_location(sentence, [], focus=focus) == (focus, "focus country")
    assert attach_location(sentence, []) == (None, "no place")


def test_bare_border_place_from_the_geoparser_locates_the_attack(nlp: Language) -> None:
    from events.geo import Gazetteer, Geoparser

    text = ("Armenia said 49 of its soldiers were killed when Azerbaijani forces attacked "
            "positions along the border on Tuesday.")
    doc = nlp(text)
    places = Geoparser(Gazetteer.load()).parse(doc)
    place, reason = attach_location(doc[:], places)
    assert place is not None and set(place.border_countries) == {"AM", "AZ"}
    assert reason.startswith("border")


def test_the_country_refers_to_the_only_country_named(nlp: Language) -> None:
    text = ("The Georgian interior ministry said on Tuesday that about 10,000 people were "
            "entering the country each day.")
    places = [_place(text, "Georgian", "Georgia", "country", "GE", 42.0, 43.5,
                     explanation="demonym")]
    place, reason = attach_location(nlp(text)[:], places)
    assert place is not None and place.country_code == "GE"
    assert "the country" in reason
    text = "Kyrgyz officials said that 24 civilians were among the dead."
    places = [_place(text, "Kyrgyz", "Kyrgyzstan", "country", "KG", 41.0, 75.0,
                     explanation="demonym")]
    assert attach_location(nlp(text)[:], places) == (None, "no place")


def test_place_of_the_previous_sentence_carries_over(nlp) -> None:  # type: ignore[no-untyped-def]
    from events.models import Place
    from events.when import attach_location

    doc = nlp("Russian troops shelled Kharkiv on Tuesday. Seven people were killed.")
    first, second = list(doc.sents)
    kharkiv = Place(mention="Kharkiv", start=23, end=30, name="Kharkiv", feature_type="city",
                    country_code="UA", adm1_code="07", lat=49.98, lon=36.25)
    place, reason = attach_location(second, [kharkiv], previous=first)
    assert place == kharkiv and reason.startswith("carried from the previous sentence")


def test_country_of_the_previous_sentence_does_not_carry_over(nlp) -> None:  # type: ignore[no-untyped-def]
    from events.models import Place
    from events.when import attach_location

    doc = nlp("Ukraine asked for more weapons. Seven people were killed.")
    first, second = list(doc.sents)
    ukraine = Place(mention="Ukraine", start=0, end=7, name="Ukraine", feature_type="country",
                    country_code="UA", adm1_code=None, lat=49.0, lon=32.0)
    assert attach_location(second, [ukraine], previous=first) == (None, "no place")


def test_nominal_event_happens_where_its_clause_does(nlp) -> None:  # type: ignore[no-untyped-def]
    from events.models import Place
    from events.when import attach_location

    text = "In Russia, the mobilization launched for the war in Ukraine causes an exodus."
    doc = nlp(text)
    sent = next(iter(doc.sents))
    action = next(t for t in doc if t.text == "mobilization")

    def country(name: str, cc: str) -> Place:
        start = text.index(name)
        return Place(mention=name, start=start, end=start + len(name), name=name,
                     feature_type="country", country_code=cc, adm1_code=None, lat=0.0, lon=0.0)

    place, _ = attach_location(sent, [country("Russia", "RU"), country("Ukraine", "UA")],
                               action=action)
    assert place is not None and place.country_code == "RU"


def test_the_agent_of_a_verb_is_not_the_place(nlp: Language) -> None:
    text = "In Tbilisi, the parties signed an agreement brokered by the European Union."
    places = [
        _place(text, "Tbilisi", "Tbilisi", "city", "GE", 41.69, 44.83),
        _place(text, "European Union", "European Union", "region", "", 50.0, 10.0),
    ]
    place, _ = attach_location(nlp(text)[:], places)
    assert place is not None and place.name == "Tbilisi"


def test_a_street_named_like_a_foreign_place_is_in_the_storys_town(nlp: Language) -> None:
    text = "Gunmen robbed a pharmacy on Rhine Avenue late on Friday."
    rhine = _place(text, "Rhine", "Rhine", "other", "DE", 51.0, 6.8)
    home = Place("SPRINGVALE", 0, 10, "Springvale", "city", "US", None, 44.8, -93.3)
    place, reason = attach_location(nlp(text)[:], [rhine], dateline=home)
    assert place == home and "street" in reason


def test_a_street_in_the_datelines_own_country_keeps_its_place(nlp: Language) -> None:
    text = "Gunmen robbed a pharmacy on Rhine Avenue late on Friday."
    rhine = _place(text, "Rhine", "Rhine", "other", "DE", 51.0, 6.8)
    home = Place("COLOGNE", 0, 7, "Cologne", "city", "DE", None, 50.9, 6.9)
    assert attach_location(nlp(text)[:], [rhine], dateline=home)[0] == rhine


@pytest.mark.parametrize(("text", "country", "cc", "home", "is_place"), [
    # summoning someone's ambassador acts on a country, not somewhere
    ("Quito summoned Peru's ambassador over the remarks.", "Peru", "PE",
     Place("QUITO", 0, 5, "Quito", "city", "EC", None, -0.2, -78.5), False),
    # shelling a country happens there
    ("Artillery units shelled Armenia overnight.", "Armenia", "AM",
     Place("BAKU", 0, 4, "Baku", "city", "AZ", None, 40.4, 49.9), True),
])
def test_a_country_acted_on_is_a_place_only_for_place_verbs(nlp: Language, text: str, country: str, cc: str,
                                                          home: Place, is_place: bool) -> None:
    named = _place(text, country, country, "country", cc, 0.0, 0.0)
    assert attach_location(nlp(text)[:], [named], dateline=home)[0] == (named if is_place else home)


def test_a_purpose_happens_where_its_verb_does(nlp: Language) -> None:
    text = "Farmers drove tractors into Warsaw to protest against the trade deal with Ukraine."
    warsaw = _place(text, "Warsaw", "Warsaw", "city", "PL", 52.2, 21.0)
    ukraine = _place(text, "Ukraine", "Ukraine", "country", "UA", 49.0, 32.0)
    doc = nlp(text)
    protest = next(t for t in doc if t.lower_ == "protest")
    assert attach_location(doc[:], [warsaw, ukraine], action=protest)[0] == warsaw


def _placed(nlp: Language, text: str, places: list[Place], verb: str, **where: Place) -> Place | None:
    """The action location of the event of ``verb`` (a word of ``text``) among ``places``."""
    doc = nlp(text)
    action = next(t for t in doc if t.lower_ == verb)
    return attach_location(doc[:], places, action=action, **where)[0]  # type: ignore[arg-type]


def _countries(text: str, *names: tuple[str, str]) -> list[Place]:
    """Country places of ``text`` by (name, ISO2), at made-up coordinates."""
    return [_place(text, name, name, "country", cc, 0.0, 0.0) for name, cc in names]


SANTIAGO = Place("SANTIAGO", 0, 8, "Santiago", "city", "CL", None, -33.45, -70.66)
CHILE_TEXT = ("Chile's foreign minister condemned the raid and urged Bolivia and Peru to restrain the "
              "militias.")


@pytest.mark.parametrize("verb", ["condemned", "urged"])
def test_countries_acted_on_by_the_act_or_a_coordinated_one_are_no_place(nlp: Language, verb: str) -> None:
    places = _countries(CHILE_TEXT, ("Chile", "CL"), ("Bolivia", "BO"), ("Peru", "PE"))
    assert _placed(nlp, CHILE_TEXT, places, verb, dateline=SANTIAGO) == SANTIAGO


@pytest.mark.parametrize(("text", "verb", "names"), [
    ("Ghana asked Togo to pressure Niger over the border closure.", "asked",
     (("Togo", "TG"), ("Niger", "NE"))),
    ("Kenya's president criticised the decision and asked Uganda to persuade Rwanda to talk.", "criticised",
     (("Uganda", "UG"), ("Rwanda", "RW"))),
    # a participle clause that tells its object to act: "prompting X to …", "forcing X to …"
    ("Ghana closed the border on Monday, prompting Togo to recall its ambassador.", "closed",
     (("Togo", "TG"),)),
])
def test_a_country_acted_on_in_a_clause_below_is_no_place(nlp: Language, text: str, verb: str,
                                                          names: tuple[tuple[str, str], ...]) -> None:
    assert _placed(nlp, text, _countries(text, *names), verb, dateline=SANTIAGO) == SANTIAGO


def test_a_town_stormed_after_a_shelling_stays_a_place(nlp: Language) -> None:
    text = "Troops shelled Kupiansk and stormed Izium on Sunday."
    places = [
        _place(text, "Kupiansk", "Kupiansk", "city", "UA", 49.7, 37.6),
        _place(text, "Izium", "Izium", "city", "UA", 49.2, 37.3),
    ]
    assert _placed(nlp, text, places, "stormed").name == "Izium"  # type: ignore[union-attr]


def test_a_place_in_the_case_of_someone_acted_on_is_no_place_of_the_act(nlp: Language) -> None:
    text = "Belarus executed a man convicted of spying for Poland, state media reported."
    focus = Place("Belarus", 0, 7, "Belarus", "country", "BY", None, 53.0, 28.0)
    assert _placed(nlp, text, _countries(text, ("Poland", "PL")), "executed", focus=focus) == focus


def test_a_place_where_a_document_was_filed_stays_the_place(nlp: Language) -> None:
    text = "The woman was accused in an indictment filed in Denver of laundering money."
    denver = _place(text, "Denver", "Denver", "city", "US", 39.7, -105.0)
    assert _placed(nlp, text, [denver], "accused") == denver


def test_the_shared_subject_of_coordinated_verbs_is_their_actor_not_their_place(nlp: Language) -> None:
    text = "The African Union condemned the coup and called on the junta to free the president."
    union = _place(text, "African Union", "Africa", "continent", "", 7.0, 21.0)
    home = Place("NIAMEY", 0, 6, "Niamey", "city", "NE", None, 13.5, 2.1)
    assert _placed(nlp, text, [union], "called", dateline=home) == home


@pytest.mark.parametrize("text", [
    "A Chechen fighter born in Grozny was arrested by police in Vienna on Friday.",
    "A journalist raised in Grozny was arrested by police in Vienna on Friday.",
    "A banker convicted in Grozny was arrested by police in Vienna on Friday.",
])
def test_where_the_actor_was_born_or_judged_is_not_where_the_act_happens(nlp: Language, text: str) -> None:
    places = [
        _place(text, "Grozny", "Grozny", "city", "RU", 43.3, 45.7),
        _place(text, "Vienna", "Vienna", "city", "AT", 48.2, 16.37),
    ]
    assert _placed(nlp, text, places, "arrested").name == "Vienna"  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "Farmers from Kumasi blocked the main road on Monday.",
    "Hundreds of nurses from Kumasi and Tamale blocked the main road on Monday.",
])
def test_where_the_actors_come_from_is_not_where_they_act(nlp: Language, text: str) -> None:
    places = [_place(text, "Kumasi", "Kumasi", "city", "GH", 6.69, -1.62)]
    if "Tamale" in text:
        places.append(_place(text, "Tamale", "Tamale", "city", "GH", 9.4, -0.85))
    accra = Place("ACCRA", 0, 5, "Accra", "city", "GH", None, 5.56, -0.2)
    assert _placed(nlp, text, places, "blocked", dateline=accra) == accra


@pytest.mark.parametrize(("text", "verb"), [
    ("Soldiers withdrew from Kumasi on Monday.", "withdrew"),  # a place the actors leave
    ("Soldiers evacuated hundreds of residents from Kumasi on Monday.", "evacuated"),  # moved from
])
def test_a_place_left_or_moved_from_stays_the_place(nlp: Language, text: str, verb: str) -> None:
    kumasi = _place(text, "Kumasi", "Kumasi", "city", "GH", 6.69, -1.62)
    accra = Place("ACCRA", 0, 5, "Accra", "city", "GH", None, 5.56, -0.2)
    assert _placed(nlp, text, [kumasi], verb, dateline=accra) == kumasi


def test_a_place_of_what_a_toll_comes_from_stays_the_place(nlp: Language) -> None:
    text = "The death toll from the floods in Kumasi rose to 40 on Monday."
    kumasi = _place(text, "Kumasi", "Kumasi", "city", "GH", 6.69, -1.62)
    assert _placed(nlp, text, [kumasi], "rose") == kumasi


@pytest.mark.parametrize("text", [
    "A court in Accra sentenced a pastor from Kumasi to two years in prison.",
    "A court in Accra fined a trader from Kumasi for fraud.",
])
def test_where_those_acted_on_come_from_is_not_where_the_act_happens(nlp: Language, text: str) -> None:
    places = [
        _place(text, "Accra", "Accra", "city", "GH", 5.56, -0.2),
        _place(text, "Kumasi", "Kumasi", "city", "GH", 6.69, -1.62),
    ]
    verb = "sentenced" if "sentenced" in text else "fined"
    assert _placed(nlp, text, places, verb).name == "Accra"  # type: ignore[union-attr]


def test_a_place_deeper_in_the_object_stays_the_story(nlp: Language) -> None:
    text = "The vote set off expulsions of Ghanaian traders from Kumasi."
    kumasi = _place(text, "Kumasi", "Kumasi", "city", "GH", 6.69, -1.62)
    assert _placed(nlp, text, [kumasi], "set") == kumasi


ADEN = Place("ADEN", 0, 4, "Aden", "city", "YE", None, 12.8, 45.0)


@pytest.mark.parametrize(("text", "verb", "names"), [
    # the other clause under the act ("a day after …") and, misparsed, above it
    ("Gunmen killed two soldiers at a checkpoint, a day after Riyadh and Abu Dhabi pledged new aid.",
     "killed", (("Riyadh", "Riyadh", "SA"), ("Abu Dhabi", "Abu Dhabi", "AE"))),
    ("North Korea fired three cruise missiles into the sea on Friday, the military said, a week after "
     "Tokyo and Washington began naval drills.", "fired",
     (("Tokyo", "Tokyo", "JP"), ("Washington", "Washington", "US"))),
])
def test_who_acts_in_another_clause_is_not_where_the_act_happened(
        nlp: Language, text: str, verb: str, names: tuple[tuple[str, str, str], ...]) -> None:
    places = [_place(text, mention, name, "city", cc, 0.0, 0.0) for mention, name, cc in names]
    assert _placed(nlp, text, places, verb, dateline=ADEN) == ADEN


TEHRAN = Place("TEHRAN", 0, 6, "Tehran", "city", "IR", None, 35.7, 51.4)


@pytest.mark.parametrize(("text", "mention", "cc"), [
    ("Iran freed a French aid worker in exchange for an Iranian engineer held in France, state media "
     "said.", "France", "FR"),
    ("Iran released two Swedish tourists in a swap for an Iranian diplomat detained in Belgium.",
     "Belgium", "BE"),
])
def test_where_someone_exchanged_is_held_is_not_where_the_release_happened(
        nlp: Language, text: str, mention: str, cc: str) -> None:
    places = [_place(text, mention, mention, "country", cc, 0.0, 0.0)]
    verb = "freed" if "freed" in text else "released"
    assert _placed(nlp, text, places, verb, dateline=TEHRAN) == TEHRAN


def test_where_a_meeting_was_held_stays_the_place(nlp: Language) -> None:
    text = "Ministers at the summit of the fisheries council held in Lima discussed new quotas."
    lima = _place(text, "Lima", "Lima", "city", "PE", -12.05, -77.04)
    assert _placed(nlp, text, [lima], "discussed", dateline=TEHRAN) == lima


def test_a_dateline_cut_off_as_a_sentence_is_the_dateline_not_a_carried_place(nlp: Language) -> None:
    text = "NAIROBI (Reuters) - Militants said on Sunday they had ambushed a convoy."
    nairobi = _place(text, "NAIROBI", "Nairobi", "city", "KE", -1.28, 36.82)
    doc = nlp(text)
    cut = doc.char_span(0, len("NAIROBI (Reuters) -"), alignment_mode="expand")
    sentence = doc[cut.end :]
    assert attach_location(sentence, [nairobi], dateline=nairobi, previous=cut) == (nairobi, "dateline")
