"""Protests, strikes and repression (CAMEO 14, 17) in news wordings: whom a protest is
against, and who is judged for repressing one. Every sentence here is invented for these
tests, in the style of wire reports."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder

WHEN = dt.date(2026, 3, 4)
Coded = tuple[str, str, str]


def _coded(coder: Coder, nlp: Language, text: str) -> set[Coded]:
    """(source, code, target) of every event of ``text``, "" for a missing side."""
    return {(e.source.code if e.source else "", e.event_code, e.target.code if e.target else "")
            for e in coder.code(nlp(text), when=WHEN)}


def _roots(coder: Coder, nlp: Language, text: str, root: str) -> set[Coded]:
    return {c for c in _coded(coder, nlp, text) if c[1].startswith(root)}


# ------------------------------- the victim of the act a protest is about is not its target


@pytest.mark.parametrize(("text", "expected"), [
    ("Shopkeepers in Tabriz closed their stores to protest the death of a young woman in police custody.",
     {("IRNBUS", "141", "")}),
    ("Thousands of Iraqis protested the arrest of an opposition lawmaker in Basra on Monday.",
     {("IRQ", "141", "")}),
])
def test_protested_harm_names_no_target(default_coder: Coder, nlp: Language, text: str,
                                        expected: set[Coded]) -> None:
    """"protest the death / arrest of X": X suffered the act, the protest is not against X."""
    assert _roots(default_coder, nlp, text, "14") == expected


# -------------------------------------------- the side a protest backs is not its target


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan nurses staged a walkout in support of striking doctors on Wednesday.",
     {("KENHLH", "143", "")}),
    ("French dockworkers marched in solidarity with the teachers in Marseille.",
     {("FRALAB", "141", "")}),
])
def test_protest_in_support_names_no_target(default_coder: Coder, nlp: Language, text: str,
                                            expected: set[Coded]) -> None:
    """"in support of X", "in solidarity with X": whom a protest backs."""
    assert _roots(default_coder, nlp, text, "14") == expected


# ------------------------------------- criticising repression does not criticise its victims


@pytest.mark.parametrize(("text", "expected"), [
    ("The United States criticised the use of force against peaceful demonstrators.",
     {("USA", "111", "")}),
    ("Britain condemned the use of violence against student protesters on Sunday.",
     {("GBR", "111", "")}),
    ("The European Union condemned the crackdown on students in Dhaka.",
     {("IGOEEC", "111", "")}),
])
def test_condemned_repression_spares_its_victims(default_coder: Coder, nlp: Language, text: str,
                                                 expected: set[Coded]) -> None:
    """"criticised the use of force against X", "condemned the crackdown on X": X is the
    victim, not the one criticised."""
    assert _roots(default_coder, nlp, text, "11") == expected


# ------------------------------------------ a protest called or voted for is not yet held


def _protest_modalities(coder: Coder, nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(e.event_code, e.modality) for e in coder.code(nlp(text), when=WHEN)
            if e.event_code.startswith("14")}


@pytest.mark.parametrize("text", [
    "The CGT union called a general strike for next week over the pension reform.",
    "Hospital unions in Lagos called a nationwide strike over unpaid allowances.",
])
def test_called_strike_is_intended(default_coder: Coder, nlp: Language, text: str) -> None:
    """"called a (general) strike": the strike is called for, not yet held."""
    assert _protest_modalities(default_coder, nlp, text) == {("143", "intended")}


@pytest.mark.parametrize("text", [
    "Rail workers in the RMT union voted to strike again in a dispute with train operators.",
    "Dock workers at the port of Antwerp voted to strike over a new pension scheme.",
])
def test_voted_strike_is_intended(default_coder: Coder, nlp: Language, text: str) -> None:
    """"voted to strike": a ballot decides a strike, which is not yet held."""
    assert _protest_modalities(default_coder, nlp, text) == {("143", "intended")}


# --------------------------------------- the harm a repression does is that repression (175)


@pytest.mark.parametrize(("text", "harm"), [
    ("Police in Gazipur fired rubber bullets and tear gas to clear the highway, injuring 20 workers.",
     ("BGDCOP", "175", "BGDLAB")),
    ("Argentine security forces fired tear gas at pensioners outside Congress, wounding a photographer.",
     ("ARGCOP", "175", "ARGMED")),
])
def test_harm_of_repression_is_repression(default_coder: Coder, nlp: Language, text: str,
                                          harm: Coded) -> None:
    """", injuring / wounding X" after tear gas or rubber bullets: X was hurt by the
    repression (175), not in a second, military act (190)."""
    coded = _coded(default_coder, nlp, text)
    assert harm in coded and not any(c[1].startswith("19") for c in coded), coded


# ------------------------------------ what a share of a population thinks is no one's act


@pytest.mark.parametrize("text", [
    "A poll published on Friday found that 62 percent of Kenyans support the protesters.",
    "Most Georgians back the opposition's demand for new elections, a survey showed.",
    "Nearly two-thirds of Serbians blame the government for the canopy collapse, according to a poll.",
])
def test_share_of_population_in_present_is_no_event(default_coder: Coder, nlp: Language, text: str) -> None:
    """"62 percent of Kenyans support X", "most Georgians back X": a poll's finding."""
    assert _coded(default_coder, nlp, text) == set()


def test_share_of_protesters_that_acted_is_an_event(default_coder: Coder, nlp: Language) -> None:
    """A share in the past tense did something: "half of the demonstrators marched"."""
    assert ("---OPP", "141", "---LEG") in _coded(
        default_coder, nlp, "Half of the demonstrators marched to the parliament on Tuesday.")


# ------------------------------------------------------ words of protest news the coder knows


@pytest.mark.parametrize(("text", "expected"), [
    ("Anti-riot officers lobbed tear gas canisters at the marchers near the ministry.",
     ("---COP", "175", "---OPP")),
    ("Police lobbed tear gas at students who had blocked the campus gates.",
     ("---COP", "175", "---EDU")),
    ("Youths threw bottles at riot police in Marseille.", ("---CVL", "145", "---COP")),
    ("Opposition lawmakers threw smoke bombs at the speaker of parliament.", ("---OPP", "145", "---LEG")),
    ("Farmers blocked motorways around Lyon with tractors on Tuesday.", ("---AGR", "144", "")),
    ("Taxi drivers blocked a main avenue in the capital for six hours.", ("---CVL", "144", "")),
    ("Hundreds of retirees rallied outside the pension fund's offices.", ("---CVL", "141", "")),
    ("Truckers blocked roads to protest rising fuel prices.", ("---LAB", "144", "")),
    ("Faculty members walked out on Monday over pay cuts.", ("---EDU", "1432", "")),
    ("Lecturers staged a walkout on Monday.", ("---EDU", "143", "")),
])
def test_protest_vocabulary(default_coder: Coder, nlp: Language, text: str, expected: Coded) -> None:
    """Lobbing tear gas (175), throwing bottles or smoke bombs (145), blocking motorways or
    avenues (144); marchers, retirees, truckers and faculty members as actors."""
    assert expected in _coded(default_coder, nlp, text), _coded(default_coder, nlp, text)


# -------------------------------------------------- force used by protesters is a riot (145)


@pytest.mark.parametrize(("text", "riot"), [
    ("Protesters stormed the parliament building in Nairobi on Tuesday.", ("KENOPP", "145", "KENLEG")),
    ("Rioters attacked a police station in the town of Kumba overnight.", ("---OPP", "145", "---COP")),
])
def test_force_by_protesters_is_a_riot(default_coder: Coder, nlp: Language, text: str, riot: Coded) -> None:
    """"protesters stormed X", "rioters attacked X": a violent protest, not military force."""
    coded = _coded(default_coder, nlp, text)
    assert riot in coded and not any(c[1].startswith(("18", "19")) for c in coded), coded


# ------------------------ "in what their union called Y": the source's own namer is no target


@pytest.mark.parametrize(("text", "expected"), [
    ("About 5,000 nurses walked off the job on Monday in what their union called the largest strike "
     "in U.S. history.", {("USAHLH", "143", "")}),
    ("Egypt summoned the Sudanese ambassador to complain about what Cairo says were attacks by "
     "Sudanese troops.", {("EGY", "114", "SDNGOV")}),
])
def test_own_namer_is_no_target(default_coder: Coder, nlp: Language, text: str,
                                expected: set[Coded]) -> None:
    """A "what X called / says was Y" clause whose X is the source's own side names the act
    or grievance, not whom it is aimed at."""
    assert {c for c in _coded(default_coder, nlp, text) if c[1][:2] in ("11", "14")} == expected


def test_other_namer_stays_target(default_coder: Coder, nlp: Language) -> None:
    """Another's naming ("over what the education ministry says are necessary fee increases")
    keeps the namer as the one protested against."""
    text = ("Hundreds of Chilean students marched in Santiago over what the education ministry says are "
            "necessary fee increases.")
    assert _roots(default_coder, nlp, text, "14") == {("CHLEDU", "141", "CHLGOVEDU")}


# ----------------------------------- workers who strike with no one struck conduct a strike


@pytest.mark.parametrize("text", [
    "Junior doctors struck for five days in England over pay.",
    "Nurses at three hospitals in Minneapolis are striking over staffing.",
])
def test_workers_striking_is_a_strike(default_coder: Coder, nlp: Language, text: str) -> None:
    """"doctors struck", "nurses are striking": industrial action (143), not force (190)."""
    assert _protest_modalities(default_coder, nlp, text) == {("143", "asserted")}
    assert not any(c[1].startswith("19") for c in _coded(default_coder, nlp, text))


def test_teachers_voting_to_strike_is_intended(default_coder: Coder, nlp: Language) -> None:
    """"teachers voted to strike": a strike decided, not yet held."""
    text = "Teachers in Ontario voted to strike after talks with the province broke down."
    assert _protest_modalities(default_coder, nlp, text) == {("143", "intended")}


# --------------------------------- opposition deputies are lawmakers, not sheriff's deputies


@pytest.mark.parametrize(("text", "expected"), [
    ("Prosecutors charged three opposition deputies over the incident.", ("---JUD", "173", "---OPP")),
    ("Serbian police briefly detained two opposition deputies outside parliament in Belgrade.",
     ("SRBCOP", "173", "SRBOPP")),
])
def test_opposition_deputies_are_no_police(default_coder: Coder, nlp: Language, text: str,
                                           expected: Coded) -> None:
    """"opposition deputies": opposition lawmakers, not OPP with a police (COP) type."""
    assert expected in _coded(default_coder, nlp, text), _coded(default_coder, nlp, text)


# ------------------------------- where the goods a protest is against come from is not its target

@pytest.mark.parametrize(("text", "origin"), [
    ("Polish farmers blocked border crossings on Tuesday to protest against grain imports from Ukraine.",
     "UKR"),
    ("Irish dairy farmers rallied in Dublin against cheap beef imports from Brazil.", "BRA"),
])
def test_a_protest_against_goods_is_not_against_their_country(default_coder: Coder, nlp: Language,
                                                               text: str, origin: str) -> None:
    protests = _roots(default_coder, nlp, text, "14")
    assert protests
    assert not any(target.startswith(origin) for _, _, target in protests)


def test_a_protest_against_a_country_keeps_it_as_its_target(default_coder: Coder, nlp: Language) -> None:
    text = "Hundreds of students protested against Israel outside the embassy in Madrid."
    assert any(target == "ISR" for _, _, target in _roots(default_coder, nlp, text, "14"))
