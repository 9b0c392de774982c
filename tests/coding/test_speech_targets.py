"""Speech acts and their targets (CAMEO 01-05, 10-12) in news wordings, found on news
paragraphs written for this project; every sentence here is invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder
from events.config import EventRule
from events.models import CodedEvent

WHEN = dt.date(2026, 3, 4)
Coded = tuple[str, str, str]


def _coded(coder: Coder, nlp: Language, text: str) -> set[Coded]:
    """(source, code, target) of every event of ``text``, "" for a missing side."""
    return {(e.source.code if e.source else "", e.event_code, e.target.code if e.target else "")
            for e in coder.code(nlp(text), when=WHEN)}


# ------------------------------------ a quote's "we" is its speaker, also beside a like role


@pytest.mark.parametrize(("text", "expected"), [
    ("\u201cWe are grateful to the governor for her leadership,\u201d the mayor said on Monday.",
     ("---GOV", "051", "---GOV")),
    ("\u201cI want to thank the mayor for standing with our towns,\u201d the governor told reporters.",
     ("---GOV", "051", "---GOV")),
])
def test_quoted_speaker_beside_another_state_role(
    default_coder: Coder, nlp: Language, text: str, expected: Coded
) -> None:
    """Two bodies of a state named by different role words are two actors: the speaker of
    the quote is the source of what "we" / "I" do to the other."""
    assert expected in _coded(default_coder, nlp, text), _coded(default_coder, nlp, text)


# ----------------------- "agrees with X that ...": X is the statement's party, not its topic


def _event(coder: Coder, nlp: Language, text: str, code: str) -> CodedEvent:
    found = [e for e in coder.code(nlp(text), when=WHEN) if e.event_code == code]
    assert len(found) == 1, _coded(coder, nlp, text)
    return found[0]


@pytest.mark.parametrize(("text", "target"), [
    ("The health minister agreed with the premier that rural clinics need more nurses.", "---GOV"),
    ("The deputy mayor concurred with the council that the park should stay open.", "---GOV"),
])
def test_agreeing_with_someone_names_a_party(
    default_coder: Coder, nlp: Language, text: str, target: str
) -> None:
    """The one agreed with, read off the pattern's "(WITH +)", is no topic of a remark: the
    statement_target evidence stays off and the accord enters the events table."""
    event = _event(default_coder, nlp, text, "019")
    assert event.target is not None and event.target.code == target
    assert dict(event.features)["statement_target"] == 0.0
    assert event.confidence >= EventRule().min_confidence


@pytest.mark.parametrize("text", [
    "The trooper said the driver was badly hurt in the crash.",
    "The fire chief said the homeowner was lucky to escape.",
    "The Kenyan foreign minister said Uganda had reopened its border posts.",
])
def test_the_topic_of_a_remark_is_no_target(default_coder: Coder, nlp: Language, text: str) -> None:
    """"X said Y was hurt": Y is what the statement is about; no event between X and Y."""
    found = _coded(default_coder, nlp, text)
    assert not any(c == "010" for _, c, _ in found), found


def test_the_reported_act_stays_beside_no_remark(default_coder: Coder, nlp: Language) -> None:
    text = "The Kenyan foreign minister said Uganda had reopened its border posts."
    found = _coded(default_coder, nlp, text)
    assert ("UGA", "0872", "") in found, found


def test_a_statement_to_someone_keeps_its_addressee(default_coder: Coder, nlp: Language) -> None:
    text = "The Kenyan foreign minister told Uganda's envoy that the border would stay closed."
    assert ("KENGOV", "010", "UGAGOV") in _coded(default_coder, nlp, text)


# ------------------- "agreed that <a clause with its own subject>": a view shared, not a deal


@pytest.mark.parametrize(("text", "expected"), [
    ("The Dutch foreign minister agreed with Belgium that the embargo had failed.", ("NLDGOV", "019", "BEL")),
    ("Poland's president said he agreed with Germany that the sanctions must stay.",
     ("POLGOV", "019", "DEU")),
])
def test_a_view_agreed_with_is_no_sanction(
    default_coder: Coder, nlp: Language, text: str, expected: Coded
) -> None:
    """A sanctions word inside the clause agreed with is the view's, not an embargo imposed
    (163): the accord with the other side stays."""
    coded = _coded(default_coder, nlp, text)
    assert expected in coded, coded
    assert not any(code.startswith("16") for _, code, _ in coded), coded


@pytest.mark.parametrize(("text", "expected"), [
    ("The mayor agreed the budget deal was not perfect.", ("---GOV", "030", "")),
    ("Hungary's prime minister agreed the gas deal needed changes.", ("HUNGOV", "030", "")),
])
def test_a_deal_in_the_view_is_not_signed(
    default_coder: Coder, nlp: Language, text: str, expected: Coded
) -> None:
    """"Agreed the deal was not perfect" signs no deal (057): the clause is the view agreed."""
    coded = _coded(default_coder, nlp, text)
    assert expected in coded, coded
    assert not any(code == "057" for _, code, _ in coded), coded


def test_sanctions_agreed_on_stay_sanctions(default_coder: Coder, nlp: Language) -> None:
    """The verb's own object still reads the pattern: agreeing new sanctions imposes them."""
    text = "European Union ministers agreed new sanctions on Belarus on Monday."
    assert ("IGOEECGOV", "163", "BLR") in _coded(default_coder, nlp, text)


# --------------- a reported clause that judges someone's work judges its owner (111 / 051)


@pytest.mark.parametrize(("text", "expected"), [
    ("A spokesman for the teachers' union said the education ministry's report was too narrow "
     "to be useful.",
     ("---EDULAB", "111", "---GOVEDU")),
    ("The opposition leader said the chancellor's spending review was too timid.",
     ("---OPP", "111", "---GOV")),
    ("The farmers' union called the ministry's review far too narrow.", ("---AGRLAB", "111", "---GOV")),
])
def test_too_much_of_a_policy_is_criticism(
    default_coder: Coder, nlp: Language, text: str, expected: Coded
) -> None:
    """"Was too narrow / too timid": a fault found with someone's report or plan."""
    assert expected in _coded(default_coder, nlp, text), _coded(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Mayor Ellen Park said the governor's housing plan was a step in the right direction.",
     ("---GOV", "051", "---GOV")),
    ("The Irish prime minister said Britain's latest proposal was a first step in the right direction.",
     ("IRLGOV", "051", "GBR")),
])
def test_a_step_in_the_right_direction_is_praise(
    default_coder: Coder, nlp: Language, text: str, expected: Coded
) -> None:
    assert expected in _coded(default_coder, nlp, text), _coded(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The EU's foreign policy chief said Serbia's recent steps were encouraging.", ("IGOEEC", "051", "SRB")),
    ("The Canadian trade minister said Mexico's initiative was positive.", ("CANGOV", "051", "MEX")),
])
def test_steps_and_initiatives_are_policies(
    default_coder: Coder, nlp: Language, text: str, expected: Coded
) -> None:
    """Steps, initiatives, reports and reviews are what an actor decides or says: a word
    VADER rates clearly judges their owner."""
    assert expected in _coded(default_coder, nlp, text), _coded(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The mayor said the weather was too cold for the parade.",
    "Police said the driver's speed was too high for the wet road.",
])
def test_too_much_of_no_policy_is_no_criticism(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not any(code in ("111", "051") for _, code, _ in _coded(default_coder, nlp, text))


# ----------------------------- talks "with X" that a speaker reports: the speaker is a side


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kenyan foreign minister said talks with Ethiopia had made progress.", ("KENGOV", "040", "ETH")),
    ("Norway's fisheries minister said talks with the European Union had resumed.",
     ("NORGOV", "040", "IGOEEC")),
])
def test_reported_talks_with_one_side(
    default_coder: Coder, nlp: Language, text: str, expected: Coded
) -> None:
    """Talks "with X" as the subject of a speaker's reported clause have the speaker as
    their other side."""
    assert expected in _coded(default_coder, nlp, text), _coded(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The union said it was in talks with the hospital about staffing levels.", ("---LAB", "040", "---HLH")),
    ("The city council said it was in talks with the bus drivers' union over pay.",
     ("---GOV", "040", "---CVLLAB")),
])
def test_it_is_in_talks_is_the_speaker(
    default_coder: Coder, nlp: Language, text: str, expected: Coded
) -> None:
    """"X said it was in talks with Y": "it" is the speaker, a side of the talks."""
    assert expected in _coded(default_coder, nlp, text), _coded(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "A university economist said talks with Iran had stalled.",
    "A columnist said talks with Iran were a waste of time.",
])
def test_a_commentator_is_no_side_of_talks(default_coder: Coder, nlp: Language, text: str) -> None:
    assert all(source == "" for source, code, _ in _coded(default_coder, nlp, text) if code.startswith("04"))


@pytest.mark.parametrize(("text", "expected"), [
    ("The union said it was in discussions with the hospital about staffing levels.",
     ("---LAB", "040", "---HLH")),
    ("The Greek government said it was in discussions with the IMF on debt relief.",
     ("GRCGOV", "040", "IGOIMF")),
])
def test_discussions_with_someone_are_talks(
    default_coder: Coder, nlp: Language, text: str, expected: Coded
) -> None:
    """"Discussions with X" are consultations (040), as talks are."""
    assert expected in _coded(default_coder, nlp, text), _coded(default_coder, nlp, text)


def test_discussions_between_private_people_are_no_talks(default_coder: Coder, nlp: Language) -> None:
    """Only "discussions with X" are talks: a fair's discussions between people are none."""
    text = "The fair ended with lively discussions between young entrepreneurs and bank managers."
    assert not any(code.startswith("04") for _, code, _ in _coded(default_coder, nlp, text))


# ------------------------ condemning an act of harm does not criticise the one who suffered it


@pytest.mark.parametrize(("text", "source"), [
    ("France condemned the attack on the Iranian embassy in Beirut.", "FRA"),
    ("The United Nations condemned the shelling of Ukrainian grain ports.", "IGOUNO"),
    ("Germany denounced the arrest of a Turkish journalist.", "DEU"),
])
def test_the_victim_of_a_condemned_act_is_no_target(
    default_coder: Coder, nlp: Language, text: str, source: str
) -> None:
    """The "on / of" phrase of an attack, a shelling or an arrest names its victim."""
    assert (source, "111", "") in _coded(default_coder, nlp, text), _coded(default_coder, nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Norway condemned the bombing of a Red Cross hospital by Sudanese rebels.", ("NOR", "111", "SDNREB")),
    ("Egypt condemned Israel's strike on the Syrian capital.", ("EGY", "111", "ISR")),
    ("The senator launched a scathing attack on the governor's budget.", ("---LEG", "111", "---GOV")),
])
def test_the_doer_of_a_condemned_act_stays_the_target(
    default_coder: Coder, nlp: Language, text: str, expected: Coded
) -> None:
    """Its doer ("by" phrase, possessor) is criticised, and a verbal "attack on X" that a
    pattern codes as criticism is one of X."""
    assert expected in _coded(default_coder, nlp, text), _coded(default_coder, nlp, text)


# -------------------- a quote before its tag that blames or approves judges whom it names


@pytest.mark.parametrize(("text", "expected"), [
    ("\u201cThe Hungarian government has let down its partners,\u201d the Czech foreign minister said.",
     ("CZEGOV", "111", "HUNGOV")),
    ("\u201cThe governor's budget is irresponsible,\u201d the senator said.", ("---LEG", "111", "---GOV")),
    ("\u201cThe ministry's report is too narrow to be useful,\u201d a union spokesman said.",
     ("---LAB", "111", "---GOV")),
])
def test_a_judging_quote_before_its_tag(
    default_coder: Coder, nlp: Language, text: str, expected: Coded
) -> None:
    """The words before "X said" are its attribution, no target of the statement, but when
    they blame or approve someone (or someone's work) that one is criticised or praised."""
    assert expected in _coded(default_coder, nlp, text), _coded(default_coder, nlp, text)


@pytest.mark.parametrize("text", [
    "\u201cThe opening of a new clinic in Leeds is great news,\u201d the mayor said.",
    "\u201cThe weather in Ottawa was terrible all week,\u201d the premier said.",
])
def test_a_quote_judging_no_one_names_no_target(default_coder: Coder, nlp: Language, text: str) -> None:
    """Only the subject itself or its owner is judged, not a name deeper in its phrase."""
    assert not any(code in ("051", "111") and target for _, code, target in _coded(default_coder, nlp, text))


@pytest.mark.parametrize("text", [
    "The mayor said the opening of a new police station in Leeds was great news.",
    "The council leader said the closure of the fire station in Hull was a disgrace.",
])
def test_a_reported_judgement_of_no_one_s_work(default_coder: Coder, nlp: Language, text: str) -> None:
    """A reported clause's judgement falls on its subject or the subject's owner, not on a
    name deeper in the subject's phrase (the police of a police station, a station's town)."""
    assert not any(code in ("051", "111") for _, code, _ in _coded(default_coder, nlp, text))


def test_an_actor_word_before_a_policy_owns_it(default_coder: Coder, nlp: Language) -> None:
    text = "The Chinese commerce ministry said the US action was a serious violation of trade rules."
    assert ("CHNGOV", "111", "USA") in _coded(default_coder, nlp, text), _coded(default_coder, nlp, text)


# --------------- "said she agrees / it condemns": a speech act of the speaker's own words now


def _modalities(coder: Coder, nlp: Language, text: str, code: str) -> set[str]:
    return {e.modality for e in coder.code(nlp(text), when=WHEN) if e.event_code == code}


@pytest.mark.parametrize(("text", "code"), [
    ("Councillor Janet Price said she agrees with the mayor that bus fares are too high.", "019"),
    ("The Egyptian foreign ministry said it strongly condemns Israel's strike on the convoy.", "111"),
    ("Senator Ruth Ames said she supports the governor's plan for rural clinics.", "051"),
])
def test_a_speech_act_said_of_oneself_now_is_asserted(
    default_coder: Coder, nlp: Language, text: str, code: str
) -> None:
    """Agreeing, condemning or supporting in the present tense of one's own reported words
    is done by saying them: asserted, not reported."""
    assert _modalities(default_coder, nlp, text, code) == {"asserted"}


@pytest.mark.parametrize(("text", "code"), [
    ("The minister said he had criticised Hungary's veto last year.", "111"),
    ("Police said they arrested two men outside the stadium.", "173"),
])
def test_a_past_or_material_act_said_of_oneself_stays_reported(
    default_coder: Coder, nlp: Language, text: str, code: str
) -> None:
    assert _modalities(default_coder, nlp, text, code) == {"reported"}


# ------------------------------- one's counterpart is of another country than one's own


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister said she looked forward to working with her French counterpart.",
     ("---GOV", "030", "FRAGOV")),
    ("The foreign minister praised his counterpart from Ghana for the deal.", ("---GOV", "051", "GHAGOV")),
])
def test_a_counterpart_s_country_is_not_the_speaker_s(
    default_coder: Coder, nlp: Language, text: str, expected: Coded
) -> None:
    """"Her French counterpart" gives the minister no country (the article's places may)."""
    assert expected in _coded(default_coder, nlp, text), _coded(default_coder, nlp, text)


def test_a_named_country_of_the_source_stays(default_coder: Coder, nlp: Language) -> None:
    text = "The Kenyan foreign minister met her Ugandan counterpart in Kampala."
    assert ("KENGOV", "040", "UGAGOV") in _coded(default_coder, nlp, text), _coded(default_coder, nlp, text)


# -------------------------- condemned words: their maker is criticised, not their topic


@pytest.mark.parametrize(("text", "expected"), [
    ("The Senate condemned the offensive remarks about farmworkers made by Commissioner Dale Pruitt.",
     ("---LEG", "111", "---GOV")),
    ("The farmers union denounced comments on the agriculture ministry made by a senior senator.",
     ("---AGRLAB", "111", "---LEG")),
])
def test_condemned_words_criticise_their_maker(
    default_coder: Coder, nlp: Language, text: str, expected: Coded
) -> None:
    """The "about / on" phrase of condemned remarks names their topic; the one who made them
    is criticised."""
    got = _coded(default_coder, nlp, text)
    assert expected in got, got
    assert len([c for c in got if c[1] == "111"]) == 1, got


@pytest.mark.parametrize(("text", "topic"), [
    ("Several lawmakers criticized a post about the teachers union that was shared on social media.",
     "---EDULAB"),
    ("The Kenyan government condemned the comments about the Ugandan army.", "UGAMIL"),
])
def test_condemned_words_of_no_named_maker_have_no_target(
    default_coder: Coder, nlp: Language, text: str, topic: str
) -> None:
    """Words whose maker the sentence does not name criticise no one it names: their topic
    is no target."""
    got = _coded(default_coder, nlp, text)
    assert not any(c[1] == "111" and c[2] for c in got), got
    assert not any(c[2] == topic for c in got), got


# ------------------ "said A, but B": the clause after "but" is the speaker's judgement too


@pytest.mark.parametrize(("text", "expected"), [
    ("The school superintendent said he is grateful for the increase, but the legislature is a far "
     "cry from funding schools adequately.", ("---EDU", "111", "---LEG")),
    ("The senator said the plan had merit, but the governor had been reckless.", ("---LEG", "111", "---GOV")),
    ("The mayor said the storm was severe, but the fire department did a great job.",
     ("---GOV", "051", "---GOV")),
])
def test_but_clause_of_a_statement_judges_its_subject(
    default_coder: Coder, nlp: Language, text: str, expected: Coded
) -> None:
    """The parser hangs the clause after "but" on the verb of saying; it is still the
    speaker's words, and its blame or approval falls on its subject."""
    got = _coded(default_coder, nlp, text)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "The mayor said the budget was tight, but the city council will vote on Monday.",
    "The minister said the talks went well, but the opposition party walked out of parliament.",
])
def test_but_clause_that_judges_no_one_is_no_judgement(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    """A clause after "but" that blames or approves no one adds no criticism or praise."""
    got = _coded(default_coder, nlp, text)
    assert not any(c[1] in ("111", "051") for c in got), got


# --------------------- a reported broken promise accuses the one who broke it (112)


@pytest.mark.parametrize(("text", "expected"), [
    ("The union leader said the government had broken its promise to farmers.",
     ("---LAB", "112", "---GOV")),
    ("Opposition leader Erik Berg said the government had not kept its promises.",
     ("---OPP", "112", "---GOV")),
    ("Parents said the school board had reneged on its pledge to reopen the library.",
     ("---CVL", "112", "---GOVEDU")),
])
def test_reported_broken_promise_is_an_accusation(
    default_coder: Coder, nlp: Language, text: str, expected: Coded
) -> None:
    """Saying someone broke, reneged on or did not keep a promise or pledge accuses them, as
    saying they failed to keep it does."""
    got = _coded(default_coder, nlp, text)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "The mayor said the council had kept its word.",
    "The senator said the governor did not break his promise.",
])
def test_promise_kept_accuses_no_one(default_coder: Coder, nlp: Language, text: str) -> None:
    """A promise kept, or one said not to be broken, blames no one."""
    got = _coded(default_coder, nlp, text)
    assert not any(c[1].startswith("112") for c in got), got


@pytest.mark.parametrize("text", [
    "\u201cPeople have to earn a living,\u201d the bakery owner in Leeds said.",
    "\u201cEveryone has to pay their bills,\u201d the Kenyan shopkeeper said.",
])
def test_what_people_in_general_must_do_is_no_demand(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("10") for _, c, _ in found), found


def test_what_a_party_must_do_stays_a_demand(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The Kenyan opposition leader said the government must resign.")
    assert any(c.startswith("10") and t.endswith("GOV") for _, c, t in found), found
