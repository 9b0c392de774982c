"""Crime and court news of local papers (US, UK, Ireland, Canada, Australia): how police
lay charges, the people the news names only by age or by a trade a court holds them for,
what a charge says, and where an inquiry is held. Every sentence is written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events.coding import Coder
from events.models import CodedEvent

WHEN = dt.date(2026, 3, 4)


def _events(coder: Coder, nlp: Language, text: str, root: str) -> list[CodedEvent]:
    """The events of ``text`` with the CAMEO root ``root``."""
    return [e for e in coder.code(nlp(text), when=WHEN) if e.event_code.startswith(root)]


def _pairs(coder: Coder, nlp: Language, text: str, root: str) -> set[tuple[str, str]]:
    """(source, target) codes of the events of ``text`` with the CAMEO root ``root``."""
    return {(e.source.code if e.source else "", e.target.code if e.target else "")
            for e in _events(coder, nlp, text, root)}


@pytest.mark.parametrize(("text", "pair"), [
    ("Mounties have laid charges against a Truro landlord accused of burning a rental house.",
     ("CANCOP", "CANBUS")),
    ("Victoria Police laid criminal charges against two men after a brawl in Geelong.",
     ("AUSCOP", "AUSCVL")),
])
def test_police_lay_charges(
    default_coder: Coder, nlp: Language, text: str, pair: tuple[str, str]
) -> None:
    """Commonwealth police "lay charges against" someone: an arrest or charge (173); the
    charges' "criminal" names no criminal (the men are the ones charged)."""
    assert _pairs(default_coder, nlp, text, "173") == {pair}
    assert not any("criminal" in (e.target.name if e.target else "")
                   for e in _events(default_coder, nlp, text, "173"))


def test_a_mountie_is_canadian_police(default_coder: Coder, nlp: Language) -> None:
    found = _pairs(default_coder, nlp, "A Mountie shot a man who swung a machete at him in Red Deer.", "19")
    assert ("CANCOP", "CANCVL") in found, found


@pytest.mark.parametrize(("text", "root", "target"), [
    ("Detectives arrested the 17-year-old at a flat in Parramatta on Wednesday.", "17", "---CVL"),
    ("The 64-year-old was remanded in custody by a magistrate in Lisburn.", "17", "---CVL"),
    ("A 19-year-old has been charged by police with dangerous driving.", "17", "---CRM"),
])
def test_a_person_named_by_age_is_an_actor(
    default_coder: Coder, nlp: Language, text: str, root: str, target: str
) -> None:
    """"the 17-year-old": crime news names suspects and victims by age alone; a civilian, a
    criminal when the sentence charges them."""
    targets = {t for _, t in _pairs(default_coder, nlp, text, root)}
    assert target in targets, targets


@pytest.mark.parametrize("text", [
    "The council praised a 50-year-old tradition of the town.",
    "Police said the driver is 30 years old and was detained at the scene.",
])
def test_an_age_that_is_no_person_names_no_actor(default_coder: Coder, nlp: Language, text: str) -> None:
    names = {a.name for e in default_coder.code(nlp(text), when=WHEN) for a in (e.source, e.target) if a}
    assert not any("old" in name for name in names), names


@pytest.mark.parametrize(("text", "root"), [
    ("A Tacoma roofer was arraigned before a judge on charges he stole a truck.", "17"),
    ("A grand jury indicted a former bookkeeper on charges of embezzling school funds.", "17"),
    ("Prosecutors charged a Decatur plumber with fraud on Friday.", "17"),
])
def test_a_noun_a_court_holds_is_a_defendant(
    default_coder: Coder, nlp: Language, text: str, root: str
) -> None:
    """A trade no dictionary knows ("roofer", "bookkeeper") arraigned, indicted or charged
    with a crime is a person: a defendant (CRM)."""
    targets = {t for _, t in _pairs(default_coder, nlp, text, root)}
    assert "---CRM" in targets, targets


@pytest.mark.parametrize("text", [
    "A monthly fee was charged to every tenant of the block, the landlord said.",
    "Police searched the room where she was charged with theft by a judge.",
    "Police charged the battery of the patrol car overnight.",
])
def test_a_thing_charged_is_no_defendant(default_coder: Coder, nlp: Language, text: str) -> None:
    codes = {a.code for e in default_coder.code(nlp(text), when=WHEN) for a in (e.source, e.target) if a}
    assert not any(code.endswith("CRM") for code in codes), codes


@pytest.mark.parametrize(("text", "root"), [
    ("A Tacoma roofer was arraigned Monday on charges he stole a truck from a neighbour.", "171"),
    ("The landlord faces charges that he assaulted a tenant in the stairwell.", "18"),
])
def test_what_a_charge_says_is_reported(
    default_coder: Coder, nlp: Language, text: str, root: str
) -> None:
    """The act a charge names is alleged, not asserted."""
    found = _events(default_coder, nlp, text, root)
    assert found and all(e.modality == "reported" for e in found), [(e.event_code, e.modality) for e in found]


def test_in_charge_of_is_no_charge(default_coder: Coder, nlp: Language) -> None:
    text = "The sergeant in charge of guarding the jail shot a fleeing inmate."
    found = _events(default_coder, nlp, text, "19")
    assert found and all(e.modality == "asserted" for e in found), [(e.event_code, e.modality) for e in found]


@pytest.mark.parametrize(("text", "target"), [
    ("A city councillor has been indicted in a kickback inquiry at City Hall.", "---GOV"),
    ("Two police officers were charged in a bribery investigation at the State House.", "---COP"),
])
def test_where_an_inquiry_is_held_is_no_agent(
    default_coder: Coder, nlp: Language, text: str, target: str
) -> None:
    """Whoever indicts them, City Hall or the State House where the inquiry is held does not."""
    assert _pairs(default_coder, nlp, text, "17") == {("", target)}


@pytest.mark.parametrize("text", [
    "A trooper fired three rounds, one of which wounded a passenger.",
    "Police said a deputy fired four shots, two of which struck the driver of the van.",
])
def test_whom_the_shots_fired_struck_is_the_target(default_coder: Coder, nlp: Language, text: str) -> None:
    """"fired four shots, two of which struck the driver": the shooter fired on the driver
    (193), as the relative clause on the shots says."""
    assert ("---COP", "---CVL") in _pairs(default_coder, nlp, text, "193")


def test_shots_that_missed_hit_no_one(default_coder: Coder, nlp: Language) -> None:
    found = _pairs(default_coder, nlp, "A deputy fired three shots, which did not strike the driver.", "193")
    assert found == {("---COP", "")}, found


@pytest.mark.parametrize(("text", "target"), [
    ("The landlord is banned from speaking to his neighbours.", "---BUS"),
    ("A bylaw officer was barred from visiting the tenants, his lawyer said.", "---COP"),
])
def test_whom_one_is_kept_from_is_no_agent(
    default_coder: Coder, nlp: Language, text: str, target: str
) -> None:
    """"banned from speaking to his neighbours": the neighbours do not ban him (no source
    from the "from" phrase), and the speaking does not happen."""
    assert _pairs(default_coder, nlp, text, "172") == {("", target)}
    kept_from = [e for e in default_coder.code(nlp(text), when=WHEN) if not e.event_code.startswith("172")]
    assert kept_from and all(e.modality == "hypothetical" for e in kept_from)


@pytest.mark.parametrize("text", [
    "Police arrested a Leeds plumber on Friday. The plumber is barred from contacting the tenants, "
    "the magistrate ruled.",
    "Deputies detained a roofer last week. The roofer is prohibited from approaching the school, "
    "the judge ordered.",
])
def test_a_court_that_orders_a_ban_imposes_it(default_coder: Coder, nlp: Language, text: str) -> None:
    """", the judge ordered": the court imposes the agentless ban of its clause (172), not the
    police of the sentence before."""
    sources = {s for s, _ in _pairs(default_coder, nlp, text, "172")}
    assert sources == {"---JUD"}, sources


@pytest.mark.parametrize(("text", "code", "source"), [
    ("Gardai said their investigation is continuing and appealed for witnesses to come forward.",
     "0214", "IRLCOP"),
    ("Detectives said inquiries are continuing and appealed for information.", "020", "---COP"),
])
def test_police_who_say_an_inquiry_goes_on_and_appeal_make_the_appeal(
    default_coder: Coder, nlp: Language, text: str, code: str, source: str
) -> None:
    """"Police said inquiries are continuing and appealed for witnesses": the parser hangs the
    appeal on "continuing", whose subject is no one; the appeal is the police's own, stated."""
    found = [e for e in _events(default_coder, nlp, text, code[:2]) if e.event_code == code]
    assert [(e.source.code if e.source else "", e.modality) for e in found] == [(source, "asserted")]


@pytest.mark.parametrize(("text", "root", "target"), [
    ("A Newry pensioner has appeared in court charged with murdering his lodger.", "17", "pensioner"),
    ("Two teenagers appeared before magistrates in Cardiff accused of robbing a taxi driver.", "11",
     "teenagers"),
    ("A Swansea woman appeared before magistrates charged with assaulting a nurse.", "17", "woman"),
])
def test_who_appears_in_court_charged_is_the_one_charged(
    default_coder: Coder, nlp: Language, text: str, root: str, target: str
) -> None:
    """"appeared in court charged with ...", "appeared before magistrates accused of ...": the
    parser hangs the participle on the court (or reads the magistrates as accusing); the
    one charged is the one who appeared, and the court accuses no one."""
    found = _events(default_coder, nlp, text, root)
    assert found and all(e.target is not None and e.target.name == target for e in found)
    assert not any(e.source is not None and e.source.code.endswith("JUD") for e in found)


def test_officials_who_accuse_before_anything_still_accuse(default_coder: Coder, nlp: Language) -> None:
    found = _pairs(default_coder, nlp, "Police arrived before officials accused the mayor of lying.", "112")
    assert found == {("---GOV", "---GOV")}, found


@pytest.mark.parametrize(("text", "source"), [
    # the reporting authority detains, not the trucker of the "once" clause
    ("The driver was detained on the highway once a passing trucker had boxed in his van, "
     "authorities said.", "---GOV"),
    ("A former charity director is being prosecuted in a Leeds woman's death.", ""),
])
def test_who_stands_beside_an_agentless_arrest_without_policing_does_not_make_it(
    default_coder: Coder, nlp: Language, text: str, source: str
) -> None:
    assert {s for s, _ in _pairs(default_coder, nlp, text, "17")} == {source}


def test_police_in_the_clause_beside_an_agentless_arrest_make_it(default_coder: Coder, nlp: Language) -> None:
    text = "Two men were detained when police raided the warehouse in Lagos."
    assert {s for s, _ in _pairs(default_coder, nlp, text, "17")} == {"NGACOP"}



@pytest.mark.parametrize(("text", "wrong"), [
    ("Manchester police arrested a man on Saturday after a woman told officers he had assaulted her.",
     "woman"),
    ("Sheriff's deputies arrested a farmhand after a girl told deputies he had attacked her.", "girl"),
    ("A man was detained after his sister told officers he had assaulted her.", "sister"),
])
def test_he_of_a_clause_read_on_the_officers_is_not_the_woman(
    default_coder: Coder, nlp: Language, text: str, wrong: str
) -> None:
    """"a woman told officers he had assaulted her" (the parser may hang the clause on
    "officers"): the "he" who attacked is not the woman who tells the police; a pronoun
    stands for no one of the other sex."""
    sources = {e.source.name for e in _events(default_coder, nlp, text, "18") if e.source}
    assert wrong not in sources, sources


@pytest.mark.parametrize(("text", "wrong"), [
    ("Deputies detained a carpenter after his wife told them he had beaten her with a belt.", "wife"),
    ("Officers detained a plumber after his girlfriend told police he had punched her.", "girlfriend"),
])
def test_he_of_a_told_clause_is_not_the_woman_who_told(
    default_coder: Coder, nlp: Language, text: str, wrong: str
) -> None:
    """"his wife told them he had beaten her": the reported beating's "he" does not take the
    speaker as its source when she is of the other sex."""
    sources = {e.source.name for e in _events(default_coder, nlp, text, "18") if e.source}
    assert wrong not in sources, sources


@pytest.mark.parametrize("text", [
    "Manchester police arrested a man on Saturday after a woman told officers he had assaulted her.",
    "A man was detained after his sister told officers he had assaulted her.",
])
def test_he_of_a_told_clause_is_the_man_named_before(default_coder: Coder, nlp: Language, text: str) -> None:
    assert {e.source.name for e in _events(default_coder, nlp, text, "18") if e.source} == {"man"}


@pytest.mark.parametrize(("text", "root", "pair"), [
    ("The suspect was detained by police hours later.", "17", ("---COP", "---CRM")),
    ("A woman was arrested by police weeks later in Bristol.", "17", ("---COP", "---CVL")),
    ("The gunman was killed by police hours later.", "19", ("---COP", "---UAF")),
])
def test_by_police_hours_later_keeps_police_as_the_agent(
    default_coder: Coder, nlp: Language, text: str, root: str, pair: tuple[str, str]
) -> None:
    """"arrested by police hours later": the parser reads "police hours" as the time span of
    "later" and leaves "by" with no noun; the police are still the agent."""
    assert pair in _pairs(default_coder, nlp, text, root)


@pytest.mark.parametrize(("text", "pair"), [
    ("A shop owner told police that two teenagers had stolen his van.", ("---BUS", "---CVL")),
    ("A resident said two men broke into her garage.", ("---CVL", "---CVL")),
    ("Police said two men stole a car from a dealership.", ("---COP", "---CVL")),
])
def test_saying_someone_took_property_accuses_them(
    default_coder: Coder, nlp: Language, text: str, pair: tuple[str, str]
) -> None:
    """"a shop owner told police two teenagers had stolen his van": a theft or break-in
    (171) a speaker named by a role reports of someone named by a role accuses them (112),
    as an attack does."""
    assert pair in _pairs(default_coder, nlp, text, "112")


@pytest.mark.parametrize("text", [
    "A resident said police seized his car.",
    "The landlord said deputies had broken into his flat.",
])
def test_saying_an_authority_took_property_accuses_no_one(
    default_coder: Coder, nlp: Language, text: str
) -> None:
    """"a resident said police seized his car": what an authority seizes is no charge."""
    assert not _events(default_coder, nlp, text, "112")


@pytest.mark.parametrize(("text", "pair"), [
    ("A 31-year-old man who police say stabbed two people at a Birmingham bus station has been charged.",
     ("---COP", "---CRM")),
    ("A woman who police say robbed a bank in Leeds was arrested on Monday.", ("---COP", "---CVL")),
    ("The man, who authorities said attacked a deputy with a knife, was shot dead in Tulsa.",
     ("---GOV", "---CVL")),
])
def test_who_police_say_did_it_is_accused_by_police(
    default_coder: Coder, nlp: Language, text: str, pair: tuple[str, str]
) -> None:
    """"a man who police say stabbed two people": the police speak (not the man), and what
    they say he did accuses him (112)."""
    assert pair in _pairs(default_coder, nlp, text, "112")


@pytest.mark.parametrize(("text", "pair"), [
    ("The man, who authorities said attacked a deputy with a knife, was shot dead in Tulsa.",
     ("---CVL", "---COP")),
    ("Two teenagers, who officers said assaulted a bus driver, were detained in Ottawa.",
     ("---CVL", "---CVL")),
])
def test_who_police_said_attacked_someone_attacked_them(
    default_coder: Coder, nlp: Language, text: str, pair: tuple[str, str]
) -> None:
    """"the man, who authorities said attacked a deputy": "who" (the man) attacked."""
    assert pair in _pairs(default_coder, nlp, text, "18")


@pytest.mark.parametrize(("text", "root"), [
    ("A 31-year-old man who police say stabbed two people at a Birmingham bus station has been charged.",
     "18"),
    ("A woman who police say robbed a bank in Leeds was arrested on Monday.", "17"),
])
def test_police_who_say_someone_did_it_did_not_do_it(
    default_coder: Coder, nlp: Language, text: str, root: str
) -> None:
    """"a woman who police say robbed a bank": the police speak, the woman robbed."""
    sources = {s for s, _ in _pairs(default_coder, nlp, text, root)}
    assert sources and not any(s.endswith("COP") for s in sources), sources


@pytest.mark.parametrize("text", [
    "Police said two men robbed a pharmacy in Derby, and both were arrested on Friday.",
    "Two men robbed a pharmacy in Derby, and the two were arrested on Friday by police.",
    "Police said two teenagers broke into a school, and the pair were detained.",
])
def test_both_arrested_are_the_two_named_before(default_coder: Coder, nlp: Language, text: str) -> None:
    """"two men robbed a pharmacy, and both were arrested": both are the two men."""
    assert ("---COP", "---CVL") in _pairs(default_coder, nlp, text, "17")


def test_the_pair_of_a_phrase_is_no_pair_named_before(default_coder: Coder, nlp: Language) -> None:
    text = "Two constables chased a van in Derby, and the pair of thieves inside were detained."
    assert not any(t.endswith("COP") for _, t in _pairs(default_coder, nlp, text, "17"))
