"""Who acts on real news: people named again by their surname, roles given in an apposition,
compound subjects that act on a thing, owners of what is acted on, and sources inherited
across clauses. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2021, 3, 1)
Coded = tuple[str, str, str]


def _coded(coder: Coder, nlp: Language, text: str) -> set[Coded]:
    """(source, code, target) of every event of ``text``, "" for a missing side."""
    return {(e.source.code if e.source else "", e.event_code, e.target.code if e.target else "")
            for e in coder.code(nlp(text), when=WHEN)}


def _sources(coder: Coder, nlp: Language, text: str, root: str) -> set[str]:
    return {s for s, c, _ in _coded(coder, nlp, text) if c.startswith(root)}


# --------------------------------------------- a person introduced with a role keeps it later


@pytest.mark.parametrize(("text", "root", "role"), [
    ("Highway Patrol Officer Dana Whitfield stopped a truck on the interstate. "
     "Whitfield arrested the driver.", "17", "COP"),
    ("Ann Kowalski, a state senator, spoke at the rally. Kowalski accused the governor of lying.",
     "11", "LEG"),
    ("The county's top prosecutor, Lena Marsh, filed the motion. Marsh accused the mayor of fraud.",
     "11", "JUD"),
    ("Mayor Tom Odell opened the fair on Sunday. Odell praised the volunteers.", "05", "GOV"),
    # the full name again, without its title
    ("Police Chief Mona Trask held a briefing. Mona Trask praised the volunteers.", "05", "COP"),
    # a surname that is also a town's name, where the person acts
    ("Enforcement Officer Travis Rogers stopped a car on the highway. "
     "Rogers discovered a lab inside the vehicle and charged the driver with speeding.", "17", "COP"),
])
def test_a_surname_keeps_the_role_of_its_introduction(
    default_coder: Coder, nlp: Language, text: str, root: str, role: str
) -> None:
    sources = _sources(default_coder, nlp, text, root)
    assert any(s.endswith(role) for s in sources), sources


@pytest.mark.parametrize(("text", "root"), [
    # two people share the surname: the later one is no one's role
    ("Mayor Tom Odell opened the fair. His daughter, Mary Odell, spoke too. "
     "Odell accused the council of neglect.", "11"),
    # a surname before its introduction carries nothing
    ("Odell accused the council of neglect. Mayor Tom Odell opened the fair.", "11"),
])
def test_an_ambiguous_or_earlier_surname_keeps_no_role(
    default_coder: Coder, nlp: Language, text: str, root: str
) -> None:
    sources = _sources(default_coder, nlp, text, root)
    assert not any(s.endswith("GOV") for s in sources), sources


def test_a_possessive_name_gives_its_role_to_no_one(default_coder: Coder, nlp: Language) -> None:
    # the son of a mayor is not a mayor; the mayor's lawyer is a lawyer
    text = "Mayor Tom Odell opened the fair. Odell's son accused the council of neglect."
    assert not any(s.endswith("GOV") for s in _sources(default_coder, nlp, text, "11"))
    text = "Mayor Tom Odell opened the fair. Odell's lawyer accused the council of neglect."
    sources = _sources(default_coder, nlp, text, "11")
    assert sources and all(s.endswith("JUD") for s in sources), sources


def test_an_own_title_wins_over_an_earlier_one(default_coder: Coder, nlp: Language) -> None:
    text = "Sheriff Tom Smith spoke first. Later Judge Smith criticized the council."
    sources = _sources(default_coder, nlp, text, "11")
    assert sources and all(s.endswith("JUD") for s in sources), sources


@pytest.mark.parametrize(("text", "role"), [
    ("Ann Kowalski, a state senator, criticized the governor.", "LEG"),
    ("Raul Ibarra, the police chief, criticized the council.", "COP"),
    ("Kim Osei, general counsel for the agency, criticized the ruling.", "JUD"),
])
def test_an_apposition_gives_a_named_person_a_role(
    default_coder: Coder, nlp: Language, text: str, role: str
) -> None:
    sources = _sources(default_coder, nlp, text, "11")
    assert sources and all(s.endswith(role) for s in sources), sources


# ------------------------------------------------------ compound subjects and what they act on


@pytest.mark.parametrize("text", [
    "The mayor and the judge lifted the burn ban on the county.",
    "Police Chief Ann Lee and Mayor Bob Ray criticized the proposal.",
    "The sheriff's office and the state police are investigating the death.",
])
def test_a_compound_subject_acting_on_a_thing_does_not_act_on_itself(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    found = _coded(default_coder, nlp, text)
    pairs = {(s, t) for s, _, t in found if s and t}
    assert not any((t, s) in pairs for s, t in pairs), found


@pytest.mark.parametrize(("text", "sides"), [
    ("Azerbaijan and Armenia clashed on the border.", {"AZE", "ARM"}),
    ("Peru and Chile failed to reach agreement on the fishing rights.", {"PER", "CHL"}),
    ("Ghana and Togo agreed to end months of fighting.", {"GHA", "TGO"}),
    ("Kenya and Uganda traded accusations on Monday.", {"KEN", "UGA"}),
])
def test_a_compound_subject_still_faces_itself_in_what_two_sides_share(
    default_coder: Coder, nlp: Language, text: str, sides: set[str]
) -> None:
    found = _coded(default_coder, nlp, text)
    a, b = sorted(sides)
    assert any(s == a and t == b for s, _, t in found), found
    assert any(s == b and t == a for s, _, t in found), found


def test_the_owner_of_what_is_rejected_is_the_target(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Both the mayor and the judge rejected the governor's assessment.")
    assert ("---GOV", "120", "---GOV") in found, found
    assert ("---JUD", "120", "---GOV") in found, found


# ------------------------------------------------------------ sources across clauses and sentences


def test_a_supposed_act_gives_no_source_to_a_later_passive(default_coder: Coder, nlp: Language) -> None:
    text = ("Officers feared the gang would attack the witnesses. "
            "A man was later charged with assault.")
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("17") and s for s, c, _ in found), found


@pytest.mark.parametrize("text", [
    "Officers from the Dover Police Department arrested two men on Friday. "
    "A wallet was stolen from an elderly man at a gas station later that night.",
    "Sheriff's deputies arrested a woman on Main Street on Monday. "
    "A laptop was stolen from a nurse the same day.",
])
def test_an_arrest_gives_no_thief_to_a_later_theft(default_coder: Coder, nlp: Language, text: str) -> None:
    thefts = {s for s, c, _ in _coded(default_coder, nlp, text) if c == "171"}
    assert thefts == {""}, thefts


@pytest.mark.parametrize("text", [
    "Police raided a farm near Leeds on Tuesday and arrested three men. "
    "Guns were confiscated from the farmer.",
    "Troops stormed the village at dawn. Cattle were seized from farmers.",
])
def test_a_raid_still_seizes_what_is_taken_after_it(default_coder: Coder, nlp: Language, text: str) -> None:
    seizures = {s for s, c, _ in _coded(default_coder, nlp, text) if c.startswith("171")}
    assert len(seizures) == 1 and "" not in seizures, seizures


def test_the_reporting_authority_comes_before_earlier_violence(default_coder: Coder, nlp: Language) -> None:
    text = ("Soldiers opened fire on the crowd. "
            "Two men were arrested on Friday, police said.")
    arrests = {s for s, c, _ in _coded(default_coder, nlp, text) if c.startswith("173")}
    assert arrests == {"---COP"}, arrests


def test_a_state_body_speaks_of_another(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The mayor said the council was wise to delay the tax.")
    assert ("---GOV", "051", "---GOV") in found, found


def test_a_prosecutor_speaking_of_someone_s_thing_accuses_no_one(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The prosecutor said Smith's transfer would take 60 days.")
    assert not any(c.startswith("112") for _, c, _ in found), found
    found = _coded(default_coder, nlp, "The prosecutor said Smith hid the money in a shed.")
    assert any(c.startswith("112") for _, c, _ in found), found


# ------------------------------------------------------------- pronouns that stand for a person


@pytest.mark.parametrize(("text", "source", "code", "target"), [
    # a possessive pronoun on an event noun stands for the subject of its clause, also when
    # the phrase comes first
    ("On the margins of his official visit to Japan, President Mario Ruiz attended a ceremony.",
     "GOV", "042", "JPN"),
    ("After their talks with Iran, the French and German ministers flew home.", "FRAGOV", "040", "IRN"),
    # "he" in a clause after the person it stands for
    ("Camera footage showed Ray Moss climbing the gate minutes before he fired into the shed "
     "where Dale Hunt was hiding.", "---CVL", "180", "---CVL"),
    # ... not the man the clause describes: the officer questioned him
    ("Detective Rosa Kim told reporters that the teenager she had questioned was not a suspect.",
     "---COP", "091", ""),
])
def test_a_pronoun_stands_for_the_person_named_before(
    default_coder: Coder, nlp: Language, text: str, source: str, code: str, target: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(s.endswith(source) and c == code and t == target for s, c, t in found), found


@pytest.mark.parametrize(("text", "code"), [
    # "his" needs one person: ministers are several
    ("On the margins of his official visit to Japan, the ministers attended a ceremony.", "042"),
    # the quote's "she" is not its speaker
    ('"She is cooperating fully with our detectives," Chief Ann Nelson said.', "05"),
    # the same pronoun came before: its person is named elsewhere, not the brother
    ("In his letter he claimed that his friend was blameless and that he murdered the couple alone.",
     "18"),
    # "he" is not the female driver
    ("The female driver confronted the suspect, at which time he threw a can at her.", "18"),
])
def test_a_pronoun_takes_no_one_it_cannot_stand_for(
    default_coder: Coder, nlp: Language, text: str, code: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith(code) and s for s, c, _ in found), found


# ----------------------------------------------------------- private persons in violence and theft


@pytest.mark.parametrize(("text", "code"), [
    ("A woman shot a man outside the bar.", "180"),
    ("Police said Tom Ray robbed a woman before he fled.", "171"),
])
def test_two_private_persons_in_violence_or_theft_are_two_actors(
    default_coder: Coder, nlp: Language, text: str, code: str
) -> None:
    assert ("---CVL", code, "---CVL") in _coded(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "A man told a friend about the party.",
    "A woman handcuffed herself to her husband.",
])
def test_other_acts_between_private_persons_stay_no_event(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert not any(s and t for s, _, t in _coded(default_coder, nlp, text))


def test_a_court_arrests_no_one(default_coder: Coder, nlp: Language) -> None:
    # the sentence before was the court's; the arrest is someone else's, unnamed
    text = "A judge sentenced Tom Ray to prison in March. Ray was arrested again on Friday."
    found = _coded(default_coder, nlp, text)
    assert ("---JUD", "173", "---CRM") in found, found
    assert ("", "173", "---CVL") in found, found


# ------------------------------------------------ forums, offices at stake, where someone goes


@pytest.mark.parametrize(("text", "source", "target"), [
    # a complaint or case brought before a court or an international body is against the one
    # its "against"/"over" phrase names
    ("Gambia filed a case at the International Court of Justice against Myanmar.", "GMB", "MMR"),
    ("Chile lodged a WTO complaint over Peruvian tariffs.", "CHL", "PERGOV"),  # tariffs: a government's
    ("Brazil launched a WTO dispute procedure over US subsidies on cotton.", "BRA", "USA"),
    # ... and before the forum itself when nothing else is named
    ("Chile lodged a complaint with the WTO.", "CHL", "IGOWTO"),
])
def test_a_complaint_is_against_the_opponent_not_the_forum(
    default_coder: Coder, nlp: Language, text: str, source: str, target: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(s == source and c.startswith("11") and t == target for s, c, t in found), found


@pytest.mark.parametrize(("text", "target"), [
    ("Thousands of Thais took to the streets to demand Somchai's resignation.", "THAGOV"),
    ("The opposition demanded Tom Ruiz's resignation.", "---GOV"),
])
def test_whose_resignation_is_demanded_holds_office(
    default_coder: Coder, nlp: Language, text: str, target: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(t == target for _, _, t in found), found


def test_a_country_left_or_owned_is_no_office(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Russia criticized Georgia's removal of the monument.")
    assert ("RUS", "111", "GEO") in found, found


@pytest.mark.parametrize(("text", "actor"), [
    # where someone goes gives them no nationality
    ("The controller asked for money to visit Nanjing on a personal trip.", "---GOV"),
    ("The president traveled to Kenya on Monday.", "---GOV"),
])
def test_a_destination_gives_the_traveller_no_country(
    default_coder: Coder, nlp: Language, text: str, actor: str
) -> None:
    sources = {s for s, _, _ in _coded(default_coder, nlp, text)}
    assert sources == {actor}, sources


@pytest.mark.parametrize("text", [
    "Police in Kenya arrested three men.",
    "The Kenyan police arrested three men.",
])
def test_a_place_where_someone_is_still_gives_a_country(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert ("KENCOP", "173", "KENCVL") in _coded(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "target"), [
    # the clause naming whose leaving office is asked for may hang anywhere in the phrase
    ("Millions of Thais took to the streets over a period of several months to demand "
     "Somchai's ouster.", "THAGOV"),
    ("Protesters marched for weeks in the capital to call for the prime minister's resignation.", "---GOV"),
])
def test_a_protest_is_against_whose_ouster_it_demands(
    default_coder: Coder, nlp: Language, text: str, target: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == "1411" and t == target for _, c, t in found), found


def test_a_demand_of_ones_own_is_no_ouster(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Protesters marched for weeks to demand their own reinstatement.")
    assert not any(t.endswith("GOV") for _, _, t in found), found


def test_a_town_named_like_a_titled_person_stays_a_place(default_coder: Coder, nlp: Language) -> None:
    text = ("Enforcement Officer Travis Rogers stopped a car on the highway. "
            "The man was taken to a jail in Rogers.")
    assert not any(s.endswith("COP") for s, c, _ in _coded(default_coder, nlp, text) if c.startswith("17"))


# --------------------------------------------- a name is written with a capital


def _person_mentions(nlp: Language, text: str, person: str) -> list[str]:
    """The person mentions of ``text`` when the entity recogniser tags ``person`` (and only
    it) as a PERSON, as it sometimes does with a common noun."""
    from spacy.tokens import Span

    from events.coding.actors import _with_persons

    doc = nlp(text)
    start = len(doc.text[: doc.text.index(person)].split())
    doc.ents = [Span(doc, start, start + len(person.split()), label="PERSON")]
    return [m.phrase for m in _with_persons(doc[:], []) if m.agent is not None and m.agent.suffix == "CVL"]


@pytest.mark.parametrize(("text", "person"), [
    ("Troopers confiscated a mobile meth lab near the river.", "meth lab"),
    ("Officers towed the stolen pickup to the county yard.", "stolen pickup"),
    ("The raid found a cockfighting ring behind the barn.", "cockfighting ring"),
])
def test_a_common_noun_tagged_as_a_person_names_no_one(nlp: Language, text: str, person: str) -> None:
    assert _person_mentions(nlp, text, person) == []


@pytest.mark.parametrize(("text", "person"), [
    ("Police arrested Maria Lopez on Monday.", "Maria Lopez"),
    ("The mayor thanked Dmitri for his help.", "Dmitri"),
])
def test_a_capitalised_name_tagged_as_a_person_is_one(nlp: Language, text: str, person: str) -> None:
    assert _person_mentions(nlp, text, person) == [person.lower()]


def test_a_lower_case_entity_is_no_target(default_coder: Coder, nlp: Language) -> None:
    # the recogniser tags "meth lab" as a person in this sentence
    found = _coded(default_coder, nlp, "Deputies confiscated a mobile meth lab at the campground.")
    assert ("---COP", "1711", "") in found


# --------------------------------------------- a titled name the recogniser did not read as a person


@pytest.mark.parametrize(("text", "root"), [
    # the name read as an organisation
    ("Fairfax Mayor Lionel McBride vetoed the zoning plan. McBride criticized the council on Tuesday.", "11"),
    ("Fairfax Mayor Lionel McBride vetoed the zoning plan. McBride praised the volunteers on Monday.", "05"),
    # the name in no entity at all
    ("Clayton Mayor Ansel McTavish vetoed the zoning plan. McTavish criticized the council on Friday.", "11"),
])
def test_a_titled_name_the_recogniser_missed_keeps_its_role(default_coder: Coder, nlp: Language, text: str,
                                                            root: str) -> None:
    assert "---GOV" in _sources(default_coder, nlp, text, root)


def test_a_name_pair_without_a_title_gives_no_role(default_coder: Coder, nlp: Language) -> None:
    text = "Lionel McBride vetoed the zoning plan. McBride criticized the council on Tuesday."
    assert "---GOV" not in _sources(default_coder, nlp, text, "11")


# --------------------------------------------- Commonwealth diplomats are government, not police


@pytest.mark.parametrize(("text", "expected"), [
    ("Malaysia criticized the Australian high commissioner on Tuesday.", ("MYS", "111", "AUSGOV")),
    # "deputy" alone is a sheriff's deputy; a deputy high commissioner is a diplomat
    ("Sri Lanka summoned the Indian deputy high commissioner on Friday.", ("LKA", "114", "INDGOV")),
])
def test_a_high_commissioner_is_a_diplomat_of_the_named_country(
        default_coder: Coder, nlp: Language, text: str, expected: Coded) -> None:
    assert expected in _coded(default_coder, nlp, text)


# --------------------------------------------- "foreign X" is of no country the story names


@pytest.mark.parametrize(("text", "expected"), [
    ("The Bolivian government accused foreign intelligence services of funding the strikes.",
     ("BOLGOV", "112", "---SPY")),
    ("Nepalese police detained three foreign journalists near the border.",
     ("NPLCOP", "173", "---MED")),
])
def test_a_foreign_role_takes_no_country_from_the_sentence(
        default_coder: Coder, nlp: Language, text: str, expected: Coded) -> None:
    assert expected in _coded(default_coder, nlp, text)


def test_the_foreign_minister_is_the_storys_countrys(default_coder: Coder, nlp: Language) -> None:
    text = "Peruvian officials said the foreign minister criticized the mining company."
    assert "PERGOV" in {s for s, c, _ in _coded(default_coder, nlp, text) if c.startswith("11")}


# --------------------------------------------- the host of a signing is where, not whom


@pytest.mark.parametrize("text", [
    "Ethiopia and Eritrea signed a peace declaration at the Elysee Palace on Monday.",
    "Ethiopia and Eritrea signed a joint declaration at the White House on Monday.",
])
def test_two_countries_signing_at_a_host_sign_with_each_other(
        default_coder: Coder, nlp: Language, text: str) -> None:
    coded = {(s, t) for s, c, t in _coded(default_coder, nlp, text) if c.startswith("05")}
    assert coded == {("ETH", "ERI"), ("ERI", "ETH")}


# ------------------------------------------------ the seat of the EU institutions as an actor


@pytest.mark.parametrize(("text", "expected"), [
    ("Brussels criticized Budapest over its asylum law.", ("IGOEEC", "111", "HUNGOV")),
    ("Police in Brussels detained two men after the match.", ("BELCOP", "173", "")),
])
def test_brussels_acting_is_the_eu_and_as_a_place_is_belgium(default_coder: Coder, nlp: Language, text: str,
                                                             expected: tuple[str, str, str]) -> None:
    source, code, target = expected
    found = _coded(default_coder, nlp, text)
    assert any(s == source and c == code and (not target or t == target) for s, c, t in found), found


# ------------------------------------------- a country's or group's name inside a person's name


@pytest.mark.parametrize(("text", "person"), [
    ("Detectives arrested Israel Ramirez, 41, in connection with the robbery.", "---CVL"),
    ("Chad Johnson, 28, was arrested by county deputies on Friday.", "---CVL"),
    ("Officer Kenya Brooks arrested the driver after a short chase.", "---CVL"),
    # a surname that is a country's, at the head of the sentence
    ("Marcus Jordan, 24, was arrested by county deputies on Friday.", "---CVL"),
])
def test_a_country_s_name_in_a_person_s_name_is_no_country(default_coder: Coder, nlp: Language, text: str,
                                                         person: str) -> None:
    arrests = {t for s, c, t in _coded(default_coder, nlp, text) if c == "173"}
    assert arrests == {person}, arrests


@pytest.mark.parametrize(("text", "person"), [
    ("Senator Paul Jordan praised the volunteers who rebuilt the stadium.", "---LEG"),
    ("Police Chief Dana Hamas praised the volunteers who rebuilt the stadium.", "---COP"),
])
def test_a_country_s_or_group_s_name_as_a_surname_is_neither(default_coder: Coder, nlp: Language, text: str,
                                                            person: str) -> None:
    assert _sources(default_coder, nlp, text, "05") == {person}


def test_a_known_leader_in_a_full_name_keeps_his_code(default_coder: Coder, nlp: Language) -> None:
    text = "President Volodymyr Zelenskiy praised the volunteers who rebuilt the stadium."
    assert _sources(default_coder, nlp, text, "05") == {"UKRGOV"}


def test_a_group_named_beside_a_person_stays_the_group(default_coder: Coder, nlp: Language) -> None:
    text = "Hamas leader Ismail Haniyeh praised the volunteers who rebuilt the mosque."
    assert {s[:9] for s in _sources(default_coder, nlp, text, "05")} == {"PSEREBHMS"}


@pytest.mark.parametrize("text", [
    "The state sold $6.5 billion in general obligation bonds to a pension fund on Monday.",
    "The council praised the general manager of the water utility.",
    "In general, the ministry plans to open 300 new projects this year, the minister told parliament.",
])
def test_general_as_an_adjective_is_no_officer(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any("MIL" in s or "MIL" in t for s, _, t in _coded(default_coder, nlp, text))


def test_the_general_is_an_officer(default_coder: Coder, nlp: Language) -> None:
    text = "The general accused the rebels of shelling the town."
    assert _sources(default_coder, nlp, text, "11") == {"---MIL"}


# --------------------------------------- a prefix agent with no country takes the country's place

@pytest.mark.parametrize(("text", "source"), [
    ("Frances Moor, a researcher for the charity Rights Watchers, criticised the ruling.", "NGOEDU"),
    ("Tom Hale, an analyst for the charity Global Witness, criticised the mine owners.", "NGO"),
])
def test_a_charity_workers_code_has_no_unknown_country_inside(
    default_coder: Coder, nlp: Language, text: str, source: str
) -> None:
    """NGO~ fills the country's slot: no "---" placeholder is written after it ("NGO---EDU")."""
    assert _sources(default_coder, nlp, text, "111") == {source}


# ----------------------------------------------------- a role word that is a person's surname

@pytest.mark.parametrize(("text", "root", "person"), [
    ("Singer Carole King praised the governor's decision.", "05", "---CVL"),
    ("Retired teacher Mary Bishop criticised the school board on Monday.", "11", "---EDU"),
])
def test_a_role_word_that_is_a_surname_is_no_role(
    default_coder: Coder, nlp: Language, text: str, root: str, person: str
) -> None:
    assert _sources(default_coder, nlp, text, root) == {person}


@pytest.mark.parametrize(("text", "root", "source"), [
    ("King Harald praised the rescue workers at the hospital.", "05", "---GOV"),
    ("Pope Francis condemned the attack on the church.", "11", "---REL"),
])
def test_a_role_word_before_a_name_keeps_its_role(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    assert _sources(default_coder, nlp, text, root) == {source}


# ------------------------------------------------------- India's Union government is no trade union

@pytest.mark.parametrize(("text", "root", "source"), [
    ("Union Home Minister Ravi Menon criticised the opposition on Monday.", "11", "---GOV"),
    ("The Union government rejected the state's demand for more flood relief funds.", "12", "---GOV"),
])
def test_the_union_government_is_a_government(
    default_coder: Coder, nlp: Language, text: str, root: str, source: str
) -> None:
    assert _sources(default_coder, nlp, text, root) == {source}


# ----------------------------------------------- a place named after the West is not the West

@pytest.mark.parametrize(("text", "root"), [
    ("Leaders of the West Coast met tech executives to discuss the new tax.", "04"),
    ("Shop owners in the West Midlands protested against the new tax on Saturday.", "14"),
])
def test_a_place_named_after_the_west_is_no_actor(default_coder: Coder, nlp: Language, text: str,
                                                  root: str) -> None:
    assert not any(s.startswith("WST") for s in _sources(default_coder, nlp, text, root))
    assert _sources(default_coder, nlp, text, root)


def test_the_west_is_still_the_west(default_coder: Coder, nlp: Language) -> None:
    coded = _coded(default_coder, nlp, "Russia accused the West of provoking the crisis.")
    assert ("RUS", "112", "WST") in coded


# -------------------- a leader's surname after another given name is a namesake


@pytest.mark.parametrize(("text", "wrong"), [
    ("Senator Maria Putin criticised the governor over the budget.", "RUS"),
    ("Local farmer James Modi accused the county of ignoring the floods.", "IND"),
    ("Eric Trump praised the investors at a dinner in Miami.", "USAOPP"),
])
def test_a_leaders_surname_after_another_given_name_is_someone_else(
    default_coder: Coder, nlp: Language, text: str, wrong: str
) -> None:
    assert not any(source.startswith(wrong) for source, _, _ in _coded(default_coder, nlp, text))


@pytest.mark.parametrize(("text", "source"), [
    ("President Vladimir Putin accused Ukraine of sabotage.", "RUSGOV"),
    ("Joseph Biden criticised Russia on Tuesday.", "USAGOV"),
])
def test_a_leaders_own_given_name_keeps_the_leader(
    default_coder: Coder, nlp: Language, text: str, source: str
) -> None:
    assert source in {s for s, _, _ in _coded(default_coder, nlp, text)}


# -------------------- a common noun that shares a country's name is no country


@pytest.mark.parametrize(("text", "wrong"), [
    ("The farmer accused his neighbour of stealing turkeys.", "TUR"),
    ("Police said the man stole a set of fine china from the store.", "CHN"),
])
def test_a_lowercase_namesake_of_a_country_is_no_country(
    default_coder: Coder, nlp: Language, text: str, wrong: str
) -> None:
    coded = _coded(default_coder, nlp, text)
    assert not any(a.startswith(wrong) for s, _, t in coded for a in (s, t)), coded


def test_a_country_written_in_capitals_stays_one(default_coder: Coder, nlp: Language) -> None:
    assert ("TUR", "1123", "GRC") in _coded(default_coder, nlp, "Turkey accused Greece of provocation.")


# -------------------- supporters are people of the side they back, not that side


@pytest.mark.parametrize(("text", "source"), [
    ("The president's supporters stormed the parliament in Lima.", "CVL"),
    ("Hamas supporters attacked an Israeli checkpoint.", "PSECVL"),
    ("Supporters of the Kenyan opposition leader clashed with police.", "KENOPP"),
])
def test_supporters_are_people_of_the_side_they_back(
    default_coder: Coder, nlp: Language, text: str, source: str
) -> None:
    sources = {s for s, _, _ in _coded(default_coder, nlp, text)}
    assert any(s.endswith(source) for s in sources), sources
    assert not any(s.endswith(("GOV", "REB")) for s in sources), sources


# -------------------- a surname introduced with a title alone keeps its role


@pytest.mark.parametrize(("text", "root", "role"), [
    ("Outgoing PM Kovac said the vote would go ahead. \u201cThe opposition is lying to voters,\u201d "
     "Kovac said on Tuesday, accusing the Freedom Party of sabotage.", "11", "GOV"),
    ("Sheriff Dunmore told reporters the search would continue. Later, Dunmore accused the county "
     "of cutting his budget.", "11", "COP"),
])
def test_a_surname_after_a_title_alone_keeps_the_role(
    default_coder: Coder, nlp: Language, text: str, root: str, role: str
) -> None:
    sources = _sources(default_coder, nlp, text, root)
    assert any(s.endswith(role) for s in sources), sources


def test_a_titled_surname_another_full_name_shares_keeps_no_role(default_coder: Coder, nlp: Language) -> None:
    text = ("Officer Reyes stopped the car on Route 9. Maria Reyes, 34, was arrested at the scene. "
            "Reyes accused the trooper of lying.")
    assert not any(s.endswith("COP") for s in _sources(default_coder, nlp, text, "11"))


@pytest.mark.parametrize(("text", "source"), [
    ("Ousted president Evo Morales accused the government of persecution.", "BOLELI"),
    ("The deposed president of Peru accused the congress of staging a coup.", "PERELI"),
])
def test_an_ousted_leader_is_out_of_office(
    default_coder: Coder, nlp: Language, text: str, source: str
) -> None:
    assert source in {s for s, _, _ in _coded(default_coder, nlp, text)}
