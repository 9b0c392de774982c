"""How a sentence states an event (asserted, reported, denied, intended, hypothetical) and
what follows for its code: denials, reports, accusations, announcements, conditionals."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2024, 5, 1)
Coded = tuple[str, str, str, str]


def _coded(coder: Coder, nlp: Language, text: str) -> set[Coded]:
    return {(e.source.code if e.source else "", e.event_code, e.target.code if e.target else "", e.modality)
            for e in coder.code(nlp(text), when=WHEN)}


def _has(found: set[Coded], expected: tuple[str, str, str]) -> bool:
    """Whether ``found`` holds the (source, code, target) ``expected``; an empty source
    there matches any source."""
    source, code, target = expected
    return any(c == code and t == target and (not source or s == source) for s, c, t, _ in found)


def test_a_denied_incursion_is_a_denial_not_an_incursion(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Eritrea denied that its soldiers attacked Ethiopian villages.")
    assert any(s == "ERI" and c == "016" and m == "asserted" for s, c, _, m in found), found
    assert all(m == "denied" for _, c, _, m in found if c.startswith("19")), found


@pytest.mark.parametrize("text", [
    "Mali said Algerian gunmen attacked a customs post.",
    "Mali said a customs post was attacked by Algerian gunmen.",
])
def test_an_accusation_keeps_its_content(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(s == "MLI" and c == "112" and t.startswith("DZA") and m == "asserted"
               for s, c, t, m in found), found
    assert any(s.startswith("DZA") and c.startswith(("18", "19")) and t == "MLI" and m == "reported"
               for s, c, t, m in found), found


def test_a_claim_about_ones_own_forces_accuses_no_one(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Turkey said its jets bombed Kurdish militants in Iraq.")
    assert not any(c == "112" for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Police say the suspect stabbed a cashier during the robbery.", "---COP", "---CRM"),
    ("A woman says an officer punched her during the arrest.", "---CVL", "---COP"),
    ("Prosecutors said the defendant shot his neighbor twice.", "---JUD", "---CRM"),
    ("The victim told police a man attacked him outside the bar.", "---CVL", "---CVL"),
])
def test_a_speaker_named_by_a_role_accuses_the_attacker_it_reports(
        default_coder: Coder, nlp: Language, text: str, source: str, target: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(s.endswith(source[3:]) and c == "112" and t.endswith(target[3:]) and m == "asserted"
               for s, c, t, m in found), found


@pytest.mark.parametrize("text", [
    "Authorities said the driver was shot by a deputy after a chase.",
    "Officers said their colleagues fired at the car.",
    "The residents said shops had banned skateboards.",
    "The U.S. Attorney's Office said a grand jury indicted the former mayor.",
])
def test_a_role_reporting_its_own_kind_or_no_violence_accuses_no_one(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c == "112" for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "target"), [
    ("Prosecutors say the banker forged his clients' signatures.", "---BUS"),
    ("Police said the suspect ran from the store with the cash register.", "---CRM"),
])
def test_what_prosecutors_or_police_say_a_suspect_did_is_an_allegation(
        default_coder: Coder, nlp: Language, text: str, target: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == "1121" and t == target and m == "asserted" for _, c, t, m in found), found


@pytest.mark.parametrize("text", [
    "Police said the women were crossing the road.",
    "Prosecutors said the witness was 35.",
    "Police said the victim walked home after the party.",
    "Prosecutors said the defendant did not sign the papers.",
    "The spokesman said the company moved its offices last year.",
    "Prosecutors said the charity had lost $2 million in the scheme.",
    "Police said the shop owner survived the fire.",
])
def test_a_statement_about_someone_is_no_allegation(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c.startswith("112") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("“We will reject these sanctions,” the Iranian foreign minister said.", ("IRNGOV", "120", "")),
    ("“I thank the Japanese government for its help,” the Kenyan president said.",
     ("KENGOV", "051", "JPNGOV")),
    ('"I am grateful to Japan for its help," the Kenyan president said on Monday.', ("KENGOV", "051", "JPN")),
])
def test_i_and_we_in_a_quote_are_its_speaker(default_coder: Coder, nlp: Language, text: str,
                                             expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any((s, c, t) == expected for s, c, t, _ in found), found


def test_he_in_a_quote_is_not_its_speaker(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "“He will reject these sanctions,” the Iranian foreign minister said.")
    assert not any(s.startswith("IRN") and c.startswith("12") for s, c, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kenyan minister considered importing wheat from Russia.", ("KENGOV", "014", "RUS")),
    ("The Kenyan minister declined to comment on the report by Human Rights Watch.",
     ("KENGOV", "011", "NGOHRW")),
])
def test_what_is_considered_or_not_commented_on_gives_the_target(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any((s, c, t) == expected for s, c, t, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kenyan opposition said the government's budget was irresponsible.", ("KENOPP", "111", "KENGOV")),
    ("The union said the minister's decision was a mistake.", ("---LAB", "111", "---GOV")),
    ("The union said the minister's decision was not fair.", ("---LAB", "111", "---GOV")),
    ("The union said the minister's decision was a wise one.", ("---LAB", "051", "---GOV")),
])
def test_a_statement_that_judges_someone_criticises_or_praises_them(
        default_coder: Coder, nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _coded(default_coder, nlp, text)
    assert any((s, c, t) == expected for s, c, t, _ in found), found


@pytest.mark.parametrize("text", [
    "Police said the driver was too drunk to stand.",
    "The mayor said the weather was good for the parade.",
])
def test_a_statement_that_describes_is_no_judgement(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert not any(c in ("111", "051") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "modality"), [
    ("Peru reportedly expelled the Bolivian ambassador.", "reported"),
    ("According to diplomats, Peru expelled the Bolivian ambassador.", "reported"),
    ("Peru expelled the Bolivian ambassador, officials said.", "reported"),
    ("Peru did not expel the Bolivian ambassador.", "denied"),
    ("If Peru expels the Bolivian ambassador, ties will suffer.", "hypothetical"),
    ("Analysts fear that Peru could expel the Bolivian ambassador.", "hypothetical"),
    ("Peru expelled the Bolivian ambassador.", "asserted"),
])
def test_the_clause_gives_the_modality(default_coder: Coder, nlp: Language, text: str, modality: str) -> None:
    found = [(c, m) for s, c, _, m in _coded(default_coder, nlp, text) if s == "PER"]
    assert found and all(m == modality for _, m in found), found


def test_an_alleged_attack_is_reported(default_coder: Coder, nlp: Language) -> None:
    text = "The alleged Venezuelan attack on a Colombian border post took place on Sunday."
    found = _coded(default_coder, nlp, text)
    assert any(s.startswith("VEN") and m == "reported" for s, _, _, m in found), found


def test_what_it_called_an_attack_is_its_report(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Armenia repelled what it called an Azerbaijani incursion.")
    assert any(s == "AZE" and m == "reported" for s, _, _, m in found), found
    assert not any(c.startswith("02") for _, c, _, _ in found), found  # "called" is no appeal


def test_future_easing_is_an_expressed_intent(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Canada will lift its sanctions on Cuba.")
    assert any(s == "CAN" and c.startswith("03") and t == "CUB" and m == "asserted"
               for s, c, t, m in found), found


def test_future_coercion_is_a_threat(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Canada will impose sanctions on Cuba.")
    assert any(s == "CAN" and c.startswith("13") and t == "CUB" for s, c, t, _ in found), found


def test_a_modal_in_narration_is_hypothetical(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Canada could impose sanctions on Cuba.")
    assert found and all(m == "hypothetical" for *_, m in found), found


def test_a_modal_in_its_actors_own_words_announces(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Canada said it would impose sanctions on Cuba.")
    assert any(s == "CAN" and c.startswith("13") and m == "asserted" for s, c, _, m in found), found


@pytest.mark.parametrize("text", [
    "The Polish envoy left Minsk without meeting Belarusian officials.",
    "The Chilean minister was unable to visit Bolivia because of the strike.",
])
def test_what_did_not_happen_is_denied(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert found and all(m == "denied" for _, c, _, m in found if c.startswith("04")), found


def test_a_future_passive_is_intended_not_done(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "A border treaty will be signed by Peru and Bolivia next month.")
    assert found and all(m == "intended" for _, c, _, m in found if c.startswith("05")), found


def test_a_conditional_passive_is_hypothetical(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "An accord would be signed between Ghana and Togo.")
    assert found and all(m == "hypothetical" for _, c, _, m in found if c.startswith("05")), found


def test_a_disjunct_shares_the_negation(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Chile did not attack or blockade Peru.")
    assert not any(m == "asserted" and c.startswith("19") for _, c, _, m in found), found


@pytest.mark.parametrize(("text", "root"), [
    ("Zambia will not lift the night curfew in Lusaka.", "124"),
    ("The junta said it would not meet the strikers' demands.", "123"),
    ("Kenya did not withdraw its troops from the Somali border town.", "124"),
    ("Chad will not free the Sudanese prisoners.", "124"),
])
def test_a_yield_not_made_is_a_refusal_to_yield(
    default_coder: Coder, nlp: Language, text: str, root: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c.startswith(root) and m in ("asserted", "reported") for _, c, _, m in found), found
    assert not any(c.startswith("08") for _, c, _, _ in found), found


# (sentence, a code that must be coded (prefix), a code prefix that must not be): how a verb
# of warning, insisting, asking or seeking reads its clause
READINGS = [
    # a warning addressed to no one that forecasts is a pessimistic comment, not a threat
    ("The senator warned that the plan would hurt farmers.", "012", "13"),
    ("The governor warned that the budget cuts would close rural clinics.", "012", "13"),
    ("The minister warned that the worst was yet to come for exporters.", "012", "13"),
    ("Kenya's finance minister warned that there would be no quick recovery.", "012", "13"),
    ("The minister warned that if rates rise, prices would climb.", "012", "13"),
    # a warning to someone, of what an actor will do, or with a condition stays a threat
    ("Iran warned that it would close the strait.", "13", "012"),
    ("Russia warned Ukraine that it would respond.", "13", "012"),
    ("The army chief warned that troops would no longer hold back.", "13", "012"),
    ("The rebel leader warned that the movement would take up arms again.", "13", "012"),
    ("The president warned that if the talks failed, the army would move in.", "13", "012"),
    ("The assembly warned that Congress will not ratify the treaty if the talks fail.", "13", "012"),
    # insisting on a fact is a claim; on what must be done, a demand
    ("The minister insisted that the money had been repaid.", None, "10"),
    ("The ministry insists it has paid the contractors.", None, "10"),
    ("The mayor insisted that the audit was routine.", None, "10"),
    ("The opposition insisted that the president resign.", "1041", None),
    ("France insisted that Iran must halt enrichment.", "100", None),
    ("China insisted that the United States should lift the tariffs.", "100", None),
    ("The union insisted on a pay rise.", "100", None),
    # a failure shared by two sides, or by no actor, accuses no one
    ("Ghana and Togo failed to agree on the border markers, officials in Accra said.", None, "112"),
    ("The minister said the talks failed to produce a deal.", None, "112"),
    ("Kenya said Somalia had not failed to control its border.", None, "112"),
    # seeking to act is an attempt, asking why or whether a question: no appeal
    ("The company sought to prove that its product was safe.", None, "02"),
    ("The faction is seeking to topple the council.", None, "02"),
    ("The spokesman asked why the journalists had waited so long.", None, "02"),
    ("The officer asked the driver whether he had been drinking.", None, "02"),
    # asking someone for something stays an appeal
    ("The prisoner asked the court to delay his execution.", "020", None),
    ("The rebels sought talks with the government.", "026", None),
    ("Kenya sought the extradition of the suspect.", "0213", None),
]


@pytest.mark.parametrize(("text", "present", "absent"), READINGS)
def test_a_verb_of_speech_reads_its_clause(
    default_coder: Coder, nlp: Language, text: str, present: str | None, absent: str | None
) -> None:
    found = _coded(default_coder, nlp, text)
    if present is not None:
        assert any(c.startswith(present) for _, c, _, _ in found), found
    if absent is not None:
        assert not any(c.startswith(absent) for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "code", "modality"), [
    ("The authorities will detain and deport anyone who crosses the border.", "174", None),
    ("The rebels could seize the airport and block the main road.", "", "hypothetical"),
    ("The governor will travel to Tbilisi and meet the defence minister.", "040", None),
])
def test_a_coordinated_verb_shares_the_first_verbs_future_or_modal(
    default_coder: Coder, nlp: Language, text: str, code: str, modality: str | None
) -> None:
    found = _coded(default_coder, nlp, text)
    if modality is None:
        # the second verb is announced too: no bare act in the events table
        assert not any(c == code and m in ("asserted", "reported") for _, c, _, m in found), found
    else:
        assert found and all(m == modality for _, _, _, m in found), found


def test_a_coordinated_verb_with_a_tense_of_its_own_keeps_it(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The mayor would not say more but condemned the vandals.")
    assert any(c == "111" and m == "asserted" for _, c, _, m in found), found


@pytest.mark.parametrize("text", [
    "The lawyer tried to persuade the jury to convict the landlord.",
    "The mayor tried to convince the council to reject the plan.",
    "Activists lobbied the senate to ban the rifles.",
])
def test_what_someone_is_persuaded_to_do_is_not_done(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert found and all(m == "hypothetical" for _, _, _, m in found), found


def test_an_appeal_to_act_keeps_its_code(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The United States urged Israel to release the prisoners.")
    assert ("USA", "0253", "ISR", "asserted") in found, found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Kenya said Somalia had failed to control its border.", "KEN", "SOM"),
    ("Jamaica's foreign minister said Antigua and Barbuda failed to pay its dues.", "JAM", "ATG"),
])
def test_saying_someone_failed_to_act_accuses_them(
    default_coder: Coder, nlp: Language, text: str, source: str, target: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == "112" and s.startswith(source) and t.startswith(target) for s, c, t, _ in found), found


@pytest.mark.parametrize("text", [
    "Ugandan troops are unlikely to attack Congolese rebels this year, analysts say.",
    "Serbian police are likely to detain more activists.",
])
def test_what_is_likely_or_unlikely_is_hypothetical(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert found and all(m == "hypothetical" for *_, m in found), found


def test_a_charge_denied_after_it_is_stated_keeps_the_accusation_asserted(
        default_coder: Coder, nlp: Language) -> None:
    text = "Kinshasa accuses Rwanda of arming the rebels, a charge Kigali denies."
    found = _coded(default_coder, nlp, text)
    assert any(s.startswith("COD") and c == "112" and t.startswith("RWA") and m == "asserted"
               for s, c, t, m in found), found


@pytest.mark.parametrize("text", [
    "The report suggested Kenya and Uganda cooperate on border security.",
    "The panel recommended that Ghana impose sanctions on Togo.",
])
def test_what_someone_suggests_another_do_is_hypothetical(default_coder: Coder, nlp: Language,
                                                         text: str) -> None:
    found = _coded(default_coder, nlp, text)
    acts = [m for s, c, _, m in found if s[:3] in ("KEN", "UGA", "GHA")]
    assert acts and all(m == "hypothetical" for m in acts), found


@pytest.mark.parametrize(("text", "code", "modality"), [
    ("The mayor told the police to arrest the looters.", "173", "hypothetical"),
    ("The minister instructed the army to shell the rebel positions.", "194", "hypothetical"),
    ("Peru invited the Chilean president to visit Lima in August.", "042", "hypothetical"),
    ("Ghana offered to send troops to the mission.", "154", "intended"),
    ("Ghana volunteered to send troops to Mali.", "154", "intended"),
])
def test_what_someone_is_told_invited_or_offers_to_do_is_not_done(
        default_coder: Coder, nlp: Language, text: str, code: str, modality: str) -> None:
    found = [(c, m) for _, c, _, m in _coded(default_coder, nlp, text) if c[:2] == code[:2]]
    assert found and all(m == modality for c, m in found if c == code), found
    assert not any(m in ("asserted", "reported") for c, m in found if c == code), found


@pytest.mark.parametrize("text", [
    "Ghana agreed to send troops to Mali.",
    "Togo is said to have closed the border with Burkina Faso.",
])
def test_an_agreement_or_a_perfect_infinitive_still_states_the_act(
        default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c[:2] in ("15", "19") and m in ("asserted", "reported") for _, c, _, m in found), found


def test_an_instruction_to_someone_accuses_them_of_nothing(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Ghana told Togo to close the border with Burkina Faso.")
    assert not any(c.startswith("112") for _, c, _, _ in found), found


@pytest.mark.parametrize(("text", "root"), [
    ("The military council threatened to detain anyone who demonstrated outside parliament.", "14"),
    ("A new decree punishes anybody who criticizes the king with ten years in prison.", "11"),
    ("Anyone who shoots at our border guards will be killed, the Serbian army said.", "18"),
    ("The minister warned that any country that attacks Qatar will face a response.", "19"),
    ("Officials said every farmer who blocks a highway will lose his subsidy.", "14"),
])
def test_a_relative_clause_on_no_one_in_particular_is_hypothetical(
        default_coder: Coder, nlp: Language, text: str, root: str) -> None:
    found = _coded(default_coder, nlp, text)
    acts = {m for _, c, _, m in found if c.startswith(root)}
    assert acts <= {"hypothetical"}, found


@pytest.mark.parametrize(("text", "root"), [
    ("Soldiers who attacked a village near Gao on Monday were arrested.", "19"),
    ("Police are looking for a man who robbed a bank in Turin on Friday.", "17"),
])
def test_a_relative_clause_on_someone_in_particular_is_asserted(
        default_coder: Coder, nlp: Language, text: str, root: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert "hypothetical" not in {m for _, c, _, m in found if c.startswith(root)}, found


@pytest.mark.parametrize(("text", "root"), [
    ("Will Turkey close its airspace to Armenian flights?", "13"),
    ("Will Serbia expel the Croatian ambassador over the dispute?", "13"),
    ("Did Sudanese soldiers shell the camp near El Fasher last week?", "19"),
    ("Has Venezuela deployed troops to the Guyanese border?", "15"),
])
def test_a_yes_no_question_states_nothing(default_coder: Coder, nlp: Language, text: str, root: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert {m for _, c, _, m in found if c.startswith(root)} <= {"hypothetical"}, found


def test_an_act_told_before_a_question_is_still_told(default_coder: Coder, nlp: Language) -> None:
    text = "Sudanese soldiers shelled the camp near El Fasher on Monday, so why is the world silent?"
    found = _coded(default_coder, nlp, text)
    assert any(c.startswith("19") and m == "asserted" for _, c, _, m in found), found


@pytest.mark.parametrize("text", [
    "Pakistan seldom arrests militants who cross into Afghanistan, Afghan officials say.",
    "The Saudi coast guard rarely arrests Yemeni fishermen in those waters.",
])
def test_an_act_seldom_done_is_no_act(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert {m for _, c, _, m in found if c.startswith("17")} <= {"hypothetical"}, found


@pytest.mark.parametrize(("text", "root"), [
    ("Chad chose to talk to the rebels rather than attack their camps.", "19"),
    ("Rather than shelling the port, Russian ships blockaded it for a week.", "194"),
    ("Instead of expelling the Danish ambassador, Iran summoned him for talks.", "16"),
    ("The Arab League avoided condemning Egypt over the border closure.", "11"),
    ("Japan refrained from criticizing China at the summit in Jakarta.", "11"),
])
def test_an_alternative_not_taken_is_not_done(
        default_coder: Coder, nlp: Language, text: str, root: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert {m for _, c, _, m in found if c.startswith(root)} <= {"denied"}, found


@pytest.mark.parametrize(("text", "root"), [
    ("Rwanda is set to deploy 500 troops to Mozambique next month.", "15"),
    ("Canada is due to deliver more armoured vehicles to Ukraine in the spring.", "07"),
    ("Sweden is scheduled to expel two Iranian diplomats on Monday.", "16"),
])
def test_an_act_set_or_due_to_happen_is_intended(
        default_coder: Coder, nlp: Language, text: str, root: str) -> None:
    found = _coded(default_coder, nlp, text)
    acts = {m for _, c, _, m in found if c.startswith(root)}
    assert acts and acts <= {"intended"}, found


@pytest.mark.parametrize(("text", "code"), [
    ("The mayor tried unsuccessfully to meet the governor about the flood barrier.", "040"),
    ("Kenya unsuccessfully tried to extradite the businessman from Britain.", "063"),
])
def test_an_attempt_said_to_have_failed_is_denied(
    default_coder: Coder, nlp: Language, text: str, code: str
) -> None:
    assert {m for _, c, _, m in _coded(default_coder, nlp, text) if c == code} == {"denied"}


@pytest.mark.parametrize(("text", "code"), [
    ("Rebels tried unsuccessfully to seize the airport.", "192"),  # a failed attack is an attack
    ("Kenya tried to extradite the businessman from Britain.", "063"),
])
def test_an_attack_or_a_plain_attempt_stays_asserted(
    default_coder: Coder, nlp: Language, text: str, code: str
) -> None:
    assert {m for _, c, _, m in _coded(default_coder, nlp, text) if c == code} == {"asserted"}


@pytest.mark.parametrize("text", [
    "Advocates argue that tenants should be free to organise unions without fear.",
    "The opposition said refugees should be allowed to work in Jordan.",
])
def test_a_right_claimed_for_someone_is_no_demand_on_them(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    assert not any(c.startswith("10") for _, c, _, _ in _coded(default_coder, nlp, text))


def test_what_someone_must_do_is_a_demand_on_them(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The minister said Iran must stop enriching uranium.")
    assert _has(found, ("", "100", "IRN"))


def test_a_reading_copies_every_field_of_the_match_it_does_not_change() -> None:
    import dataclasses

    from events.coding.parts import Match

    hints = ((4, False), (6, True))
    match = Match(None, None, "010", None, 3, 5, *hints, False, "", "asserted", "phone call")  # type: ignore[arg-type]
    read = match.read_as("111", "010", True, "reported", "speech")
    assert read == dataclasses.replace(
        match, code="111", reverse="010", demand=True, modality="reported", how="speech"
    )
    assert len(dataclasses.fields(Match)) == 12  # a new field must be copied by read_as too


@pytest.mark.parametrize(("text", "source"), [
    ("Burundi sent troops to Congo to fight the M23 rebels.", "BDI"),
    ("Moscow moved tanks to the border to attack Georgia, Georgian officials said.", "RUSGOV"),
])
def test_fighting_that_forces_are_sent_to_do_is_intended(default_coder: Coder, nlp: Language, text: str,
                                                         source: str) -> None:
    events = default_coder.code(nlp(text))
    fights = [e for e in events if e.event_code.startswith("19") and e.source and e.source.code == source]
    assert fights and all(e.modality == "intended" for e in fights), [
        (e.source and e.source.code, e.event_code, e.modality) for e in events
    ]


@pytest.mark.parametrize(("text", "code"), [
    ("Local officials said it was soldiers who set fire to the market.", "1712"),
    ("Villagers insisted it was the militia that shelled the school.", "194"),
    ("It was the border guards who shot the smuggler, the prosecutor claimed.", "193"),
])
def test_the_act_a_cleft_reports_is_reported(
    default_coder: Coder, nlp: Language, text: str, code: str
) -> None:
    found = _coded(default_coder, nlp, text)
    assert {m for _, c, _, m in found if c == code} == {"reported"}, found


def test_a_cleft_no_one_reports_is_asserted(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "It was the navy that shelled the harbour.")
    assert any(m == "asserted" for _, c, _, m in found if c.startswith("19")), found


@pytest.mark.parametrize("text", [
    "A 22-year-old man was arrested for stabbing a bartender in Scranton.",
    "Deputies detained a man for threatening a bus driver with a knife.",
    "The guard was indicted over beating an inmate at the county jail.",
])
def test_what_one_is_arrested_for_is_suspected(default_coder: Coder, nlp: Language, text: str) -> None:
    found = _coded(default_coder, nlp, text)
    crimes = [(c, m) for _, c, _, m in found if c.startswith(("13", "18"))]
    assert crimes and all(m == "reported" for _, m in crimes), found


def test_what_one_is_arrested_on_suspicion_of_is_suspected(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Officers arrested the landlord on suspicion of assaulting his wife.")
    crimes = [(c, m) for _, c, _, m in found if c.startswith("18")]
    assert crimes and all(m == "reported" for _, m in crimes), found


def test_what_one_is_sentenced_for_stays_a_finding(default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "The landlord was jailed for assaulting a tenant in Leeds.")
    assert any(c.startswith("18") and m == "asserted" for _, c, _, m in found), found


@pytest.mark.parametrize(("text", "modality"), [
    ("Ethiopian troops could be sent into Somalia, the minister said.", "hypothetical"),
    ("The minister said 5,000 police officers had been deployed to the border.", "reported"),
    ("Analysts said Iran may be planning to attack tankers in the strait.", "hypothetical"),
])
def test_a_stage_that_rebuilds_an_event_keeps_its_modality(
        default_coder: Coder, nlp: Language, text: str, modality: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(m == modality for _, c, _, m in found if c.startswith(("13", "15"))), found
    assert not any(m == "asserted" for _, c, _, m in found if c.startswith(("13", "15"))), found


def test_a_that_clause_of_a_report_the_parser_took_for_a_relative_one_is_reported(
        default_coder: Coder, nlp: Language) -> None:
    found = _coded(default_coder, nlp, "Reports that rebels shelled the town could not be confirmed.")
    assert any(c.startswith("19") for _, c, _, _ in found), found
    assert not any(m == "asserted" for _, c, _, m in found if c.startswith("19")), found


@pytest.mark.parametrize(("text", "target"), [
    ("The Treasury added four Iranian shipping firms to its sanctions list.", "IRNBUS"),
    ("Ottawa added the Wagner group to its terror list on Monday.", ""),
])
def test_an_addition_to_a_sanctions_list_is_a_sanction(
        default_coder: Coder, nlp: Language, text: str, target: str) -> None:
    found = _coded(default_coder, nlp, text)
    assert any(c == "163" and (not target or t == target) for _, c, t, _ in found), found


@pytest.mark.parametrize("text", ["The factory added 300 jobs last year.",
                                  "The ministry added Chile to the list of safe countries."])
def test_an_addition_to_anything_else_is_no_event(default_coder: Coder, nlp: Language, text: str) -> None:
    assert not _coded(default_coder, nlp, text)
