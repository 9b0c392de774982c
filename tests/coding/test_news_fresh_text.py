"""Classes of coder errors found by coding freshly written news paragraphs (issue 14), each
with sentences written for these tests (none comes from a dev or gold set): what a
withdrawal appeal withdraws, a place taken back from an armed group, a state's protest, the
aim of an announced act, the weapon fired and the speaker of a trailing report as targets, and
a reciprocal act of two countries' sides in a place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events.coding import Coder
from tests.coding.test_news_classes import _coded


def _codes(coder: Coder, nlp: Language, text: str) -> set[str]:
    return {code for _, code, _, _ in _coded(coder, nlp, text)}


# ------------------------------------------------- what a withdrawal appeal withdraws


@pytest.mark.parametrize(("text", "code"), [
    # a policy withdrawn: appeal / demand / refusal of a policy change
    ("Teachers' unions called on the Zambian government to withdraw the new curriculum law.", "0242"),
    ("The Malian bar association urged the junta to withdraw the decree on political parties.", "0242"),
    ("Farmers in Punjab demanded the withdrawal of the fertiliser levy.", "1042"),
    ("The Tunisian government refused to withdraw the budget amendment.", "1232"),
    # sanctions withdrawn: their easing
    ("Serbia called on Kosovo to withdraw the import tariffs on Serbian goods.", "0254"),
    # a candidacy or a complaint withdrawn: yielding
    ("The ruling party in Lesotho called on the former minister to withdraw his candidacy.", "025"),
    ("Guatemala's president promised to withdraw the complaint against the journalists.", "035"),
    # an envoy withdrawn: the plain appeal
    ("Lawmakers in Quito urged Ecuador to withdraw its ambassador from Managua.", "020"),
])
def test_a_withdrawal_of_no_troops_is_no_military_deescalation(
    default_coder: Coder, nlp: Language, text: str, code: str
) -> None:
    codes = _codes(default_coder, nlp, text)
    assert code in codes, codes
    assert not codes & {"0256", "0356", "1056", "106", "1246"}, codes


@pytest.mark.parametrize(("text", "code"), [
    ("Bhutan called on China to withdraw its soldiers from the disputed plateau.", "0256"),
    ("Azerbaijan called on Armenia to withdraw its tanks from the frontier.", "0256"),
    ("Estonia called for the withdrawal of foreign forces from Belarus.", "0256"),
    ("Georgia called on Russia to withdraw from the occupied regions.", "0256"),
])
def test_a_withdrawal_of_troops_stays_military(
    default_coder: Coder, nlp: Language, text: str, code: str
) -> None:
    assert code in _codes(default_coder, nlp, text)


# ------------------------------------------------- taking a place back from an armed group


@pytest.mark.parametrize(("text", "source", "target"), [
    # "X said it had retaken ...": the speaker is the one who took it back
    ("Colombia's army said it had retaken the mountain village from FARC dissidents.", "COLMIL", "COLREB"),
    ("Malian troops retook the garrison town from Tuareg separatists on Tuesday.", "MLIMIL", "MLISEP"),
    # the place taken is where, the group it was taken from is the target
    ("Haitian police recaptured the national palace from gang members.", "HTICOP", "HTICRM"),
    ("The Yemeni government said its forces had wrested the presidential palace from the Houthis.",
     "YEMMIL", "YEMREB"),
    ("The Ethiopian army regained control of the airfield from the rebels.", "ETHMIL", "ETHREB"),
])
def test_a_place_taken_back_from_a_group_is_occupation(
    default_coder: Coder, nlp: Language, text: str, source: str, target: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(s == source and c == "192" and t.startswith(target) for s, c, t, _ in found), found


@pytest.mark.parametrize("text", [
    "Prison guards recaptured two escaped inmates near the river.",
    "The striker regained his composure after the break.",
    "The farmers regained control over the properties their families had lost.",
])
def test_taking_back_no_place_is_no_occupation(default_coder: Coder, nlp: Language, text: str) -> None:
    assert "192" not in _codes(default_coder, nlp, text)


# ------------------------------------------------- a state's protest is an official complaint


@pytest.mark.parametrize(("text", "source"), [
    ("Japan's foreign ministry protested to Seoul over the survey ship near the islets.", "JPNGOV"),
    ("Vietnam protested the arrest of its fishermen near the Paracel Islands.", "VNM"),
    ("The Kenyan government protested what it called an unfriendly act by Uganda.", "KENGOV"),
])
def test_a_state_protesting_complains_officially(
    default_coder: Coder, nlp: Language, text: str, source: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(s == source and c == "114" for s, c, _, _ in found), found
    assert not any(c.startswith("14") for _, c, _, _ in found), found


def test_a_summons_to_protest_is_one_complaint(default_coder: Coder, nlp: Language) -> None:
    text = "Romania's foreign ministry summoned the Hungarian ambassador to protest the remarks."
    found = _coded(default_coder, nlp, text)
    assert ("ROUGOV", "114", "HUNGOV", "asserted") in found, found
    assert not any(c.startswith("14") for _, c, _, _ in found), found
    assert len(found) == 1, found


@pytest.mark.parametrize(("text", "source"), [
    ("Thousands of nurses protested outside the health ministry in Lima.", "PERHLH"),
    ("Palestinians protested in Hebron against the new checkpoint.", "PSE"),
])
def test_people_protesting_demonstrate(default_coder: Coder, nlp: Language, text: str, source: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(s.startswith(source[:3]) and c.startswith("14") for s, c, _, _ in found), found


# ------------------------------------------------- the aim of an announced act is announced


@pytest.mark.parametrize(("text", "code"), [
    ("Chancellor Karl Nehammer will travel to Ankara next week to meet President Erdogan.", "040"),
    ("The Chilean foreign minister will fly to Lima on Friday to sign the fisheries accord with Peru.",
     "057"),
])
def test_the_aim_of_a_future_act_is_intended(
    default_coder: Coder, nlp: Language, text: str, code: str
) -> None:
    found = _coded(default_coder, nlp, text)
    aims = [m for _, c, _, m in found if c == code]
    assert aims, found
    assert set(aims) == {"intended"}, found


def test_the_aim_of_a_done_act_stays_asserted(default_coder: Coder, nlp: Language) -> None:
    text = "The Omani foreign minister flew to Tehran on Sunday and met Iranian officials."
    found = _coded(default_coder, nlp, text)
    assert any(c == "040" and m == "asserted" for _, c, _, m in found), found


# ------------------------------------------------- what is fired is no target


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Iran launched dozens of drones at Israeli towns overnight, the Israeli military said.", "IRN", "ISR"),
    ("Iraqi militias launched a salvo of drones at Kuwaiti oil fields, Kuwait's army said.", "IRQUAF", "KWT"),
    ("Belarus launched two missiles at Lithuanian villages, Lithuania's military said.", "BLR", "LTU"),
])
def test_the_weapon_fired_is_no_target(
    default_coder: Coder, nlp: Language, text: str, source: str, target: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(s == source and c.startswith("19") and t.startswith(target) for s, c, t, _ in found), found
    assert not any(t.endswith("MIL") for s, c, t, _ in found if s == source), found


@pytest.mark.parametrize(("text", "source", "target"), [
    # the weapon as the kind of the attack ("drone attacks"): no actor either
    ("Russian forces launched a wave of drone attacks on Ukraine's southern port of Odesa.", "RUSMIL", "UKR"),
    ("Azerbaijani troops carried out a wave of artillery attacks on Armenian villages.", "AZEMIL", "ARM"),
])
def test_the_weapon_an_attack_is_named_by_is_no_target(
    default_coder: Coder, nlp: Language, text: str, source: str, target: str
) -> None:
    found = _coded(default_coder, nlp, text)
    ours = [(c, t) for s, c, t, _ in found if s.startswith(source)]
    assert any(c.startswith("19") and t.startswith(target) for c, t in ours), found
    assert not any(t.endswith("MIL") for _, t in ours), found


def test_a_weapon_fired_at_no_one_names_no_target(default_coder: Coder, nlp: Language) -> None:
    text = "Armenia launched waves of drones overnight, Azerbaijan's defence ministry said."
    found = _coded(default_coder, nlp, text)
    assert any(s == "ARM" and c.startswith("19") for s, c, _, _ in found), found
    assert not any(t for s, _, t, _ in found if s == "ARM"), found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Hezbollah fired a barrage of rockets at Haifa on Sunday, Israel's army said.", "LBNREBHEZ", "ISR"),
    ("Azerbaijani troops fired on Armenian positions on Monday, Armenia's defence ministry said.",
     "AZEMIL", "ARM"),
])
def test_the_speaker_of_a_trailing_report_is_no_target(
    default_coder: Coder, nlp: Language, text: str, source: str, target: str
) -> None:
    found = _coded(default_coder, nlp, text)
    mine = [t for s, c, t, _ in found if s == source and c.startswith("19")]
    assert mine, found
    assert all(t == target for t in mine), found


def test_a_language_spoken_is_no_one_spoken_to(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The Bolivian envoy spoke fluent Russian at the reception.")
    assert not any(t.startswith("RUS") for _, _, t, _ in found), found


# ------------------------------------------------- a reciprocal act between two countries' sides


@pytest.mark.parametrize(("text", "pair"), [
    ("Thai and Cambodian soldiers clashed in Cambodia, the Thai army said.", ("THAMIL", "KHMMIL")),
    ("Armenian and Azerbaijani troops exchanged fire in Nagorno-Karabakh.", ("ARMMIL", "AZEMIL")),
])
def test_a_reciprocal_act_in_a_place_goes_both_ways(
    default_coder: Coder, nlp: Language, text: str, pair: tuple[str, str]
) -> None:
    found = {(s, t) for s, c, t, _ in _coded(default_coder, nlp, text) if c.startswith("19")}
    a, b = pair
    assert found == {(a, b), (b, a)}, found


def test_a_joint_strike_in_a_place_is_not_reciprocal(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Saudi and Emirati jets bombed depots in Yemen on Sunday.")
    assert not any(s.startswith("SAU") and t.startswith("ARE") for s, _, t, _ in found), found


# ------------------------------------------------- what an accused force is accused of


@pytest.mark.parametrize(("text", "actor", "target"), [
    # the parser hangs "of firing" on the object: the object still acts, as reported
    ("The Philippines accused China's coast guard of firing water cannon at a Filipino supply boat.",
     "CHNMIL", "PHL"),
    ("Israel accused Iran's navy of seizing a cargo ship.", "IRNMIL", ""),
])
def test_a_possessed_force_accused_of_an_act_is_its_reported_actor(
    default_coder: Coder, nlp: Language, text: str, actor: str, target: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(s == actor and t == target and m == "reported" for s, _, t, m in found), found


# ------------------------------------------------- a relative clause set off by commas


@pytest.mark.parametrize(("text", "source"), [
    # the parser hangs the main verb on the clause's last noun ("refugees called for …")
    ("Jordan, which hosts more than 600,000 Syrian refugees, called for more aid.", "JOR"),
    ("Poland, which took in a million Ukrainian refugees, called for more help.", "POL"),
])
def test_the_main_verb_after_a_relative_clause_keeps_the_subject_before_it(
    default_coder: Coder, nlp: Language, text: str, source: str
) -> None:
    found = _coded(default_coder, nlp, text)
    appeals = [s for s, c, _, _ in found if c.startswith("02")]
    assert appeals == [source], found


@pytest.mark.parametrize("text", [
    "Bangladesh, which hosts about a million Rohingya refugees, welcomed the decision.",
    "Kenya, which has received 3 million dollars from the fund, welcomed the announcement.",
])
def test_a_patterns_words_in_a_relative_clause_are_not_the_verbs(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    codes = _codes(default_coder, nlp, text)
    assert "051" in codes and "070" not in codes, codes


# ------------------------------------------------- third parties to talks are no partners


@pytest.mark.parametrize(("text", "third"), [
    ("The talks are being hosted by Venezuela and Cuba, with Norway and Brazil acting as guarantors.", "NOR"),
    ("Egypt hosted the negotiations, with Qatar and the United States as mediators.", "QAT"),
    ("The ceasefire talks were held in Doha, with Egyptian officials looking on.", "EGY"),
])
def test_guarantors_mediators_and_onlookers_are_no_targets(
    default_coder: Coder, nlp: Language, text: str, third: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(t.startswith(third) for _, _, t, _ in found), found


def test_a_partner_named_beside_observers_stays_the_target(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Turkey held talks with Sweden, with NATO officials as observers.")
    assert ("TUR", "040", "SWE", "asserted") in found, found


# ------------------------------------------------- going back is no giving back


@pytest.mark.parametrize("text", [
    "The White House urged both sides to return to the bargaining table.",
    "Turkey urged both sides to return to negotiations.",
])
def test_an_appeal_to_return_to_talks_is_an_appeal_to_negotiate(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    codes = _codes(default_coder, nlp, text)
    assert "026" in codes and "0253" not in codes, codes


def test_an_appeal_to_return_what_was_taken_stays_an_appeal_for_release(
    default_coder: Coder, nlp: Language
) -> None:
    assert "0253" in _codes(default_coder, nlp, "The UN urged Serbia to return the seized property.")


# ------------------------------------------------- a mediator named by a participle


@pytest.mark.parametrize(("text", "mediator", "sides"), [
    ("Ukraine and Russia exchanged 95 prisoners of war each in a deal brokered by the United Arab Emirates.",
     "ARE", {"UKR", "RUS"}),
    ("Israel and Hamas agreed to a ceasefire mediated by Qatar.", "QAT", {"ISR", "PSEREBHMS"}),
])
def test_a_deal_brokered_by_a_third_country_is_its_mediation_between_the_sides(
    default_coder: Coder, nlp: Language, text: str, mediator: str, sides: set[str]
) -> None:
    found = _coded(default_coder, nlp, text)
    assert {t for s, c, t, _ in found if s == mediator and c == "045"} == sides, found


def test_a_truce_brokered_by_a_country_names_no_sides_of_its_own(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The truce, brokered by Egypt, took effect at midnight.")
    assert ("EGY", "045", "", "asserted") in found, found


@pytest.mark.parametrize("text", [
    "Thousands of auto workers walked off the job at three plants on Friday.",
    "Nurses at two London hospitals walked off the job over pay.",
])
def test_walking_off_the_job_is_a_strike(default_coder: Coder, nlp: Language, text: str) -> None:
    assert any(c.startswith("143") for c in _codes(default_coder, nlp, text))


# ------------------------------------------------- whom a participle of accusing accuses


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("Arizona's attorney general sued a Texas-based solar company on Monday, accusing it of defrauding "
     "hundreds of homeowners.", "USAJUD", "USABUS"),
    ("Poland expelled two Russian diplomats, accusing them of spying for Moscow.", "POL", "RUSGOV"),
])
def test_the_pronoun_of_an_accusing_participle_is_the_object_before_it(
    default_coder: Coder, nlp: Language, text: str, accuser: str, accused: str
) -> None:
    found = _coded(default_coder, nlp, text)
    accusations = {(s[-6:] if s.endswith("JUD") else s, t) for s, c, t, _ in found if c.startswith("112")}
    assert accusations and all(t.endswith(accused[-3:]) for _, t in accusations), found


@pytest.mark.parametrize(("text", "acted_on"), [
    ("Greece criticized the agency for deporting Syrian refugees.", "SYRREF"),
    ("Sweden criticized the ministry for deporting Eritrean asylum seekers.", "ERI"),
])
def test_who_is_acted_on_in_what_someone_is_blamed_for_is_no_target(
    default_coder: Coder, nlp: Language, text: str, acted_on: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(t.startswith(acted_on) for _, c, t, _ in found if c.startswith("11")), found


@pytest.mark.parametrize(("text", "bank"), [
    ("Turkey's central bank criticized the government's budget plan.", "TURGOV"),
    ("The Nigerian central bank accused commercial banks of hoarding dollars.", "NGAGOV"),
])
def test_a_central_bank_is_a_state_body(default_coder: Coder, nlp: Language, text: str, bank: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(s == bank for s, _, _, _ in found), found


# ------------------------------------------------- forces deployed by no one named


@pytest.mark.parametrize(("text", "forces", "where"), [
    ("Indian troops were deployed to the border with China.", "INDMIL", "CHN"),
    ("Thousands of Russian soldiers have been sent to the Belarusian border.", "RUSMIL", "BLR"),
    ("Two hundred Kenyan police officers were sent to Haiti.", "KENCOP", "HTI"),
])
def test_forces_deployed_by_no_one_named_show_force_where_they_go(
    default_coder: Coder, nlp: Language, text: str, forces: str, where: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(s == forces and c.startswith("15") and t == where for s, c, t, _ in found), found
    assert not any(t == forces for _, c, t, _ in found if c.startswith("15")), found
