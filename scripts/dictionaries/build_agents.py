"""Generate ``events/coding/data/agents.txt`` (PETRARCH-2 agent format).

Hand-written for this project: common English news nouns for people and bodies, grouped by
the CAMEO actor type they denote (type codes from the CAMEO codebook: GOV, MIL, COP, REB,
INS, OPP, SEP, UAF, BUS, MED, EDU, CVL, REF, HLH, JUD, LEG, SPY, LAB, ELI, AGR, CRM, HRI,
ENV, DEV, MOD, RAD, PKO, SET; religion codes CHR, MOS, JEW, ...; REL for clergy in general).
``[~COD]`` appends the code to the actor's country (``Russian troops`` -> ``RUSMIL``);
``[NGO~]``/``[IGO~]`` put it in front.

Every line lists its plural explicitly in ``{...}`` (``{}`` = no separate plural), so the
file reads the same with readers that do or do not generate regular plurals.
"""

from __future__ import annotations

from _common import MIT_HEADER, write_file

IRREGULAR = {
    "man": "men", "woman": "women", "child": "children", "person": "people", "thief": "thieves",
    "chief": "chiefs", "staff": "staff", "police": "", "militia": "militias", "media": "",
    "clergy": "", "military": "", "army": "armies", "gendarmerie": "gendarmeries", "jury": "juries",
    "spy": "spies", "deputy": "deputies", "attorney": "attorneys", "ministry": "ministries",
    "authority": "authorities", "embassy": "embassies", "secretary": "secretaries", "navy": "navies",
    "presidency": "presidencies", "company": "companies", "party": "parties", "agency": "agencies",
    "charity": "charities", "university": "universities", "academy": "academies", "family": "families",
    "monarch": "monarchs", "tank": "tanks", "sheikh": "sheikhs", "ayatollah": "ayatollahs", "jet": "jets",
    "passerby": "passersby", "junta": "juntas", "mafia": "", "artillery": "", "infantry": "", "youth": "youths", "crew": "crews",
    "fisherman": "fishermen", "clergyman": "clergymen", "policeman": "policemen", "businessman": "businessmen",
    "congressman": "congressmen", "militiaman": "militiamen", "gunman": "gunmen", "serviceman": "servicemen",
    "spokesman": "spokesmen", "statesman": "statesmen", "chairman": "chairmen", "tribesman": "tribesmen",
}
# multi-word heads that pluralise their first word ("heads of state")
FIRST_WORD_PLURAL = ("head of ", "member of ", "attorney general", "commander in chief", "chief of ",
                     "minister of ", "ministry of ", "secretary of ", "council of ", "observatory for ")


def plural_word(word: str) -> str:
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith(("man",)) and word not in {"german", "ottoman", "roman"}:
        return word[:-3] + "men"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in set("aeiou"):
        return word[:-1] + "ies"
    return word + "s"


def plural(phrase: str) -> str:
    """English plural of an agent phrase ('' when it has none)."""
    words = phrase.split()
    if phrase.endswith(" attorney general"):  # "state attorneys general"
        return " ".join([*words[:-2], "attorneys", "general"])
    if any(phrase.startswith(p) for p in FIRST_WORD_PLURAL):
        first = plural_word(words[0])
        return " ".join([first, *words[1:]]) if first else ""
    last = plural_word(words[-1])
    return " ".join([*words[:-1], last]) if last else ""


# code -> phrases. A phrase ending in "!" has no plural (already plural or mass noun).
AGENTS: dict[str, list[str]] = {
    "~GOV": [
        "government", "administration", "regime", "cabinet", "presidency", "authorities!", "local authorities!",
        "president", "vice president", "president-elect", "head of state", "head of government",
        "prime minister", "deputy prime minister", "premier", "chancellor", "minister", "deputy minister",
        "foreign minister", "deputy foreign minister", "interior minister", "finance minister",
        "economy minister", "energy minister", "trade minister", "justice minister", "defense minister",
        "defence minister", "foreign secretary", "secretary of state", "home secretary", "state secretary",
        "foreign ministry", "ministry of foreign affairs", "foreign office", "interior ministry",
        "justice ministry", "finance ministry", "ministry", "central bank", "official", "government official",
        "senior official", "state official", "spokesman", "spokeswoman", "spokesperson", "press secretary",
        "presidential spokesman", "diplomat", "ambassador", "envoy", "special envoy", "counterpart", "emissary", "consul",
        # a deputy diplomat is no police deputy ("deputy" alone is a sheriff's: ~COP)
        "high commissioner", "deputy high commissioner", "deputy ambassador", "deputy envoy",
        "consul general", "deputy consul",
        "embassy", "consulate", "delegation", "delegate", "negotiator", "national security adviser",
        "national security advisor", "chief of staff", "bureaucrat", "civil servant", "governor",
        "provincial governor", "regional governor", "mayor", "municipality", "city council",
        "ruling party", "governing party", "ruling coalition", "governing coalition", "coalition government",
        "election commission", "electoral commission",
        "king", "queen", "monarch", "emir", "sultan", "crown prince", "ruler", "leader", "head of the government",
        "state media!", "state television!", "state news agency", "presidential palace",
        "council of ministers", "minister of foreign affairs", "minister of defense",
        "secretary general", "secretary-general", "deputy secretary general", "defense secretary",
        "defence secretary", "vice-president", "vice foreign minister", "foreign affairs minister",
        # local and state government (US, UK, Canada, Australia ...)
        "council", "councillor", "councilor", "councilman", "councilwoman", "council member",
        "councilmember", "alderman", "alderwoman", "selectman", "selectmen!", "selectboard",
        "board of supervisors", "county supervisor", "county commission", "county commissioner",
        "commissioner", "deputy commissioner", "county board", "county executive", "county council",
        "town council", "borough council", "village board", "parish council", "city commission",
        "city manager", "town manager", "county administrator", "city administrator", "city hall",
        "township", "city official", "county official", "town official", "local official", "deputy mayor",
        "lieutenant governor", "governor's office", "mayor's office", "department", "state agency",
        "deputy governor", "deputy director", "deputy head", "deputy leader", "deputy secretary",
        "fire marshal", "fire chief", "fire department", "firefighter", "fire service", "auditor",
        "county auditor", "state auditor", "deputy auditor", "county clerk", "city clerk", "clerk of court",
        "deputy clerk", "treasurer", "county treasurer", "state treasurer", "deputy coroner", "assessor",
        "county assessor", "comptroller", "controller", "city controller", "elections board", "election board",
        "state board", "licensing board", "medical board", "parole board", "board of health", "zoning board",
        "planning commission", "planning board", "regulator", "watchdog agency", "inspector general",
        "undersecretary", "under secretary", "assistant secretary", "cabinet secretary", "cabinet minister",
        "treasury secretary", "commerce secretary", "energy secretary", "interior secretary",
        "transportation secretary", "homeland security secretary", "labor secretary", "trade secretary",
        "press officer", "public information officer", "information officer", "communications officer",
        "affairs officer", "development officer", "coroner", "medical examiner", "ombudsperson",
        "gov.!", "lt. gov.!", "premier's office", "prime minister's office", "president's office",
        # the short title of a head of government ("Outgoing PM Ana Ruiz") and a British
        # councillor's ("Cllr Ann Lee")
        "pm", "deputy pm", "cllr!", "cllr.!",
        "first minister", "chief minister", "provincial government", "state government", "local government",
        # India's central government and its ministers ("the Union government", "Union Home Minister")
        "union government", "union cabinet", "union minister", "union ministry", "union home minister",
        "union home ministry", "union finance minister", "union law minister",
        "federal government", "regional government", "city government", "county government",
    ],
    "~GOVEDU": ["education minister", "education ministry", "school board", "board of education",
                "education department", "department of education", "education secretary"],
    "~GOVMED": ["state broadcaster", "state-run media!", "official news agency", "state-run television!"],
    "~GOVHLH": ["health minister", "health ministry", "health official", "health authorities!", "health department",
                "department of health", "health secretary"],
    "~GOVAGR": ["agriculture minister", "agriculture ministry"],
    "~GOVLAB": ["labor minister", "labour minister"],
    "~GOVENV": ["environment minister", "environment ministry"],
    "~MIL": [
        "military", "army", "troop", "soldier", "forces!", "armed forces!", "military forces!",
        "ground forces!", "defense forces!", "defence forces!", "special forces!", "government forces!",
        "government troops!", "navy", "air force", "marine", "paratrooper", "commando", "infantry",
        "artillery", "general", "commander", "military commander", "army chief", "army commander",
        "chief of general staff", "general staff", "military officer", "army officer", "naval officer",
        "air force officer", "airman", "guardsman", "colonel", "lieutenant colonel", "major general",
        "lieutenant general", "brigadier general", "brigadier", "admiral", "rear admiral", "defense department",
        "defence department", "military personnel!", "troops!", "militaries!",
        "serviceman", "servicemen!", "sailor", "border guard", "border troops!", "national guard",
        "coast guard", "reservist", "conscript", "recruit", "defense ministry", "defence ministry",
        "ministry of defense", "ministry of defence", "military spokesman", "army spokesman",
        "warplane", "fighter jet", "jet", "bomber", "helicopter", "gunship", "drone", "tank", "warship",
        "submarine", "frigate", "destroyer", "military unit", "battalion", "brigade", "regiment", "division",
        "garrison", "military police", "military intelligence",
    ],
    "~MILGOV": ["junta", "military junta", "military government", "military ruler"],
    "~PKO": ["peacekeeper", "peacekeeping force", "peacekeeping troops!"],
    "~COP": [
        "police", "policeman", "policewoman", "police officer", "police force", "police chief",
        "police commissioner", "riot police", "security forces!", "security force", "security personnel!",
        "gendarme", "gendarmerie", "law enforcement!", "law enforcement officer", "detective", "border police",
        "traffic police", "interior troops!", "national police", "federal police", "counterterrorism police",
        # police forces and officers by role, as local news names them
        "officer", "police department", "police station", "police headquarters", "police spokesman",
        "police spokeswoman", "police spokesperson", "chief of police", "deputy police chief", "sheriff",
        "deputy sheriff", "sheriff's deputy", "sheriff's office", "sheriff's department", "sheriff's detective",
        "sheriff's investigator", "undersheriff", "trooper", "state trooper", "state police!", "state patrol",
        "highway patrol", "constable", "constabulary", "marshal", "marshals service", "investigator",
        "police investigator", "criminal investigator", "federal agent", "special agent", "swat team",
        "narcotics officer", "narcotics agent", "drug task force", "task force officer", "undercover officer",
        "patrol officer", "patrolman", "corrections officer", "correctional officer", "prison guard", "jailer",
        "border agent", "border patrol", "border patrol agent", "customs officer", "customs agent",
        "immigration officer", "immigration agent", "game warden", "crimestoppers", "crime stoppers",
        "police service", "police authority", "det.!",
        # ranks of British and Commonwealth police ("Detective Superintendent Ann Lee"; a
        # superintendent alone is a school district's: ~EDU)
        "police superintendent", "superintendent of police", "detective superintendent",
        "chief superintendent", "detective chief superintendent", "detective inspector",
        "detective chief inspector", "detective sergeant", "police inspector", "police sergeant",
        # a deputy without a title is the sheriff's deputy of local news (parliamentary
        # deputies are named as such: "parliamentary deputy", "Duma deputy")
        "deputy",
    ],
    "~SPY": [
        "spy", "intelligence agency", "intelligence service", "intelligence services!", "intelligence officer",
        "intelligence official", "intelligence chief", "secret service", "security service", "secret police",
        "counterintelligence!", "spy agency", "spymaster",
    ],
    "~REB": [
        "rebel", "rebel group", "rebel forces!", "rebel leader", "rebel fighter", "rebel commander",
        "guerrilla", "guerrilla group", "militant", "militant group", "militant leader", "fighter",
        "armed group", "jihadist", "jihadist group", "terrorist", "terrorist group", "terror group",
        "suicide bomber", "bomber!", "resistance fighter", "resistance movement", "armed opposition",
    ],
    "~INS": ["insurgent", "insurgent group", "insurgency"],
    "~SEP": ["separatist", "separatist rebel", "separatist group", "separatist leader", "secessionist",
             "separatist forces!", "independence fighter"],
    "~UAF": [
        "militia", "militiaman", "paramilitary", "paramilitary group", "mercenary", "gunman",
        "armed men!", "vigilante", "warlord", "private military company", "private army", "clan militia",
        "tribal fighter", "death squad",
    ],
    "~OPP": [
        "opposition!", "opposition party", "opposition leader", "opposition figure", "opposition politician",
        "opposition lawmaker", "opposition deputy", "opposition supporter", "opposition activist", "opposition group",
        "opposition movement", "dissident", "protester", "protestor", "demonstrator", "marcher", "activist",
        "protest leader", "protest movement", "rioter", "anti-government protester", "critic",
        "pro-democracy activist", "campaigner",
    ],
    # Parties named by a word any country's politics may use ("the Democrats", "Sweden Democrats",
    # "the Tories" of Britain or Canada): the country comes from the words before or the story.
    # "Conservatives", "Socialists", "Labour" and "Greens" stay out: also common words or views.
    # A party's spokespeople, members and workers are the party; "party official" stays out (a
    # ruling Communist party's officials in Beijing or Hanoi are its government).
    "~PTY": ["political party", "democrats!", "republicans!", "tories!", "christian democrats!",
             "social democrats!", "liberal democrats!", "free democrats!", "democratic party",
             "republican party", "conservative party", "labour party", "labor party", "socialist party",
             "green party", "liberal party", "congress party", "party leader", "party leadership!", "party chairman",
             "party chairwoman", "party spokesman", "party spokeswoman",
             "party spokesperson", "party member", "party worker"],
    "~HRI": ["human rights activist", "rights activist", "human rights group", "rights group",
             "human rights defender", "rights defender", "human rights organization", "ombudsman",
             "human rights lawyer", "rights watchdog", "observatory for human rights", "war monitor",
             "conflict monitor"],
    "~ENV": ["environmentalist", "environmental group", "climate activist", "environmental activist"],
    "~DEV": ["development agency", "aid donor", "donor"],
    "~BUS": [
        "business", "businessman", "businesswoman", "business leader", "company", "firm", "corporation",
        "investor", "executive", "chief executive", "CEO", "entrepreneur", "bank", "banker", "trader",
        "merchant", "industrialist", "shopkeeper", "employer", "manufacturer", "exporter", "importer",
        "contractor", "defense contractor", "oil company", "energy company", "state-owned company",
        "multinational", "tycoon", "chamber of commerce", "chief executive officer", "chief financial officer",
        "chief operating officer", "general manager", "developer", "landlord", "business owner", "store owner",
        "shop owner", "restaurant owner", "retailer", "airline", "insurer", "utility company", "hotel",
        "casino", "store", "restaurant", "pharmaceutical company", "drugmaker", "automaker", "carmaker",
        # firms news names by their trade ("a Kenyan telecom operator", "the Indian conglomerate"):
        # a firm, not its country
        "conglomerate", "lender", "shipbuilder", "meatpacker", "chipmaker", "steelmaker",
        "planemaker", "oil major", "oil giant", "energy giant", "mining giant", "tech giant",
        "mining company", "telecom operator", "telecoms operator", "mobile operator", "port operator",
        "network operator", "chemicals maker", "chemical maker", "car maker", "steel maker",
        "aircraft maker", "retail chain", "supermarket chain",
    ],
    "~MED": [
        "journalist", "reporter", "correspondent", "media!", "news media!", "newspaper", "news agency",
        "broadcaster", "television channel", "TV channel", "editor", "photographer", "photojournalist",
        "cameraman", "blogger", "press freedom group", "media outlet",
    ],
    "~EDU": [
        "student", "university", "teacher", "professor", "school", "academic", "scholar", "researcher",
        "scientist", "pupil", "schoolchildren!", "student leader", "student union", "university student",
        "schoolteacher", "school district", "school superintendent", "superintendent of schools", "headteacher",
        "headmaster", "headmistress", "vice chancellor", "vice-chancellor", "university chancellor", "college",
        "prof.!", "lecturer", "faculty member", "superintendent", "assistant superintendent",
        "deputy superintendent",
    ],
    "~CVL": [
        "civilian", "resident", "villager", "citizen", "people!", "population", "inhabitant", "local",
        "crowd", "mob", "passenger", "pedestrian", "women!", "children!", "family", "tourist", "hostage",
        "prisoner", "detainee", "inmate", "voter", "youth", "community leader", "civil society!",
        "civil society group", "onlookers!", "bystander", "volunteer", "ethnic minority", "minority",
        "indigenous people!", "tribe", "tribal elder", "tribal leader", "elder", "pensioner", "retiree", "worshipper",
        # private persons as news names them (CAMEO codes an unnamed private person as a civilian)
        "man", "woman", "boy", "girl", "teen", "teenager", "juvenile", "adult", "individual", "person",
        "couple", "mother", "father", "son", "daughter", "husband", "wife", "brother", "sister", "victim",
        "witness", "neighbor", "neighbour", "homeowner", "driver", "motorist", "shopper", "customer",
        "resident", "jogger", "hiker", "homeless man", "homeless people!", "parent", "landowner",
        "taxpayer", "consumer", "citizen group", "neighborhood group", "residents' association",
        # the people of local crime and accident news (family, partners, bystanders at work;
        # not "child", "baby", "infant": mostly modifiers, "child pornography", "baby formula")
        "toddler", "grandmother", "grandfather", "grandson", "granddaughter",
        "uncle", "aunt", "cousin", "nephew", "niece", "stepfather", "stepmother", "stepson", "stepdaughter",
        "boyfriend", "girlfriend", "fiance", "fiancee", "spouse", "roommate", "acquaintance",
        "cyclist", "motorcyclist", "cashier", "bartender", "bouncer", "security guard",
        "store clerk", "bank teller", "passerby",
        # the public a police appeal for information addresses ("anyone with information")
        "anyone!", "anybody!", "member of the public", "members of the public!",
    ],
    "~REF": ["refugee", "migrant", "asylum seeker", "displaced person", "displaced people!",
             "internally displaced people!", "internally displaced person", "IDP", "evacuee", "returnee",
             "refugee camp"],
    "~HLH": ["doctor", "nurse", "medic", "paramedic", "hospital", "health worker", "medical worker",
             "surgeon", "physician", "medical staff!", "health official", "health care worker", "clinic"],
    "~JUD": ["court", "judge", "prosecutor", "prosecutor general", "public prosecutor", "state prosecutor",
             "supreme court", "constitutional court", "high court", "appeals court", "court of appeal",
             "military court", "tribunal", "magistrate", "lawyer", "attorney", "defense lawyer", "jury", "juror",
             "judiciary", "attorney general", "state attorney general", "deputy attorney general",
             "assistant attorney general", "justice", "investigative committee",
             "district attorney", "assistant district attorney", "district attorney's office", "state's attorney",
             "state attorney", "county attorney", "county attorney's office", "city attorney",
             "county prosecutor", "federal prosecutor", "special prosecutor", "special counsel", "general counsel",
             "prosecutor's office", "attorney's office", "public defender", "solicitor general", "grand jury",
             "circuit court", "district court", "superior court", "court of appeals", "appellate court",
             "federal court", "federal judge", "magistrates' court", "magistrates court", "crown court",
             "juvenile court", "family court", "municipal court", "probate court", "court of justice",
             "justice department", "justice ministry", "judicial council"],
    "~LEG": ["parliament", "lawmaker", "legislator", "MP", "member of parliament", "senator", "congressman",
             "congresswoman", "congress", "senate", "legislature", "national assembly", "parliamentarian",
             "parliament speaker", "house speaker", "speaker of parliament", "lower house", "upper house",
             "parliamentary committee", "house of representatives", "legislative assembly",
             "parliamentary deputy", "people's deputy", "duma deputy", "member of the duma", "deputy speaker",
             "state senator", "state representative", "state legislator", "state lawmaker", "state senate",
             "state house", "state legislature", "general assembly", "assemblyman", "assemblywoman",
             "assembly member", "congressional committee", "senate committee", "house committee",
             "majority leader", "minority leader", "senate president", "speaker of the house", "congressional",
             "sen.!", "rep.!", "MLA", "MPP", "member of congress", "house democrats!", "house republicans!",
             "senate democrats!", "senate republicans!"],
    "~LAB": ["trade union", "union", "labor union", "labour union", "worker", "employee", "miner",
             "dockworker", "factory worker", "union leader", "workers' union", "labor group", "striking worker",
             "steelworker", "transport worker", "trucker"],
    "~ELI": ["elite", "former president", "ex-president", "former prime minister", "ex-prime minister",
             "former minister", "prince", "princess", "royal family", "oligarch", "aristocrat", "statesman",
             "former leader", "nobleman",
             # former holders of an office by its short title ("Former Gov. Tom Hale", "ex-PM")
             "former pm", "ex-pm", "former premier", "ex-premier", "former gov.!", "former governor",
             "former sen.!", "former senator", "former state sen.!",
             # leaders removed from office ("ousted president Pedro Castillo" governs no more)
             "ousted president", "deposed president", "toppled president", "exiled president",
             "ousted leader", "deposed leader", "toppled leader", "ousted prime minister",
             "deposed prime minister", "ousted premier", "deposed king", "ousted ruler", "deposed ruler"],
    "~AGR": ["farmer", "peasant", "herder", "rancher", "fisherman", "farmworker", "agricultural worker",
             "pastoralist", "farm union", "cattle herder", "grower"],
    "~CRM": ["criminal", "gang", "gang member", "smuggler", "people smuggler", "trafficker",
             "drug trafficker", "human trafficker", "cartel", "drug cartel", "mafia", "pirate", "kidnapper",
             "robber", "thief", "bandit", "looter", "poacher", "drug lord", "mobster", "hacker", "suspect",
             "organized crime group", "criminal gang", "armed robber", "murderer", "arsonist",
             "defendant", "offender", "sex offender", "convict", "parolee", "fugitive", "escapee", "burglar",
             "shooter", "killer", "rapist", "drug dealer", "assailant", "accomplice", "carjacker", "vandal",
             "fraudster", "con artist", "scammer", "embezzler", "perpetrator", "culprit", "drug smuggler",
             "bank robber", "gang leader", "street gang", "suspected gunman",
             # who strikes or steals in local crime news ("punched by a shoplifter", "an intruder")
             "intruder", "mugger", "shoplifter", "stalker", "pickpocket", "knifeman"],
    "~REL": ["cleric", "clergy", "clergyman", "religious leader", "religious authorities!", "preacher",
             "pope", "bishop", "archbishop", "patriarch", "pilgrim", "monastery"],
    "~CHR": ["priest", "christian", "church", "pastor", "nun", "vicar", "evangelical"],
    "~CHRCTH": ["catholic", "cardinal", "catholic church"],
    "~CHRDOX": ["orthodox church", "orthodox christian"],
    "~CHRPRO": ["protestant"],
    "~CPT": ["copt", "coptic christian"],
    "~MOS": ["imam", "muslim", "mosque", "mullah", "ayatollah", "mufti", "sheikh"],
    "~SUN": ["sunni", "sunni muslim"],
    "~SHI": ["shiite", "shia", "shi'ite", "shia muslim"],
    "~ALE": ["alawite"],
    "~DRZ": ["druze!"],
    "~JEW": ["rabbi", "jew", "synagogue", "jewish community"],
    "~HIN": ["hindu"],
    "~BUD": ["buddhist", "monk", "buddhist monk"],
    "~SIK": ["sikh"],
    "~MOSRAD": ["islamist", "radical islamist", "islamist militant", "islamist group", "islamic fundamentalist",
                "muslim fundamentalist"],
    "~RAD": ["radical", "extremist", "hardliner", "hard-liner", "ultranationalist", "far-right group",
             "neo-nazi", "fundamentalist"],
    "~MOD": ["moderate", "reformist", "reformer", "centrist"],
    "~SET": ["settler"],
    "NGO~": ["NGO", "non-governmental organization", "non-governmental organisation", "charity", "nonprofit",
             "non-profit", "nonprofit group", "nonprofit organization", "foundation", "think tank",
             "aid agency", "aid group", "aid worker", "humanitarian group", "humanitarian organization",
             "relief agency", "relief group", "humanitarian worker", "relief worker", "advocacy group",
             "watchdog group"],
    "IGO~": ["international organization", "intergovernmental organization", "international monitor",
             "international observer", "international mediator", "regional bloc"],
}

# spelled in capitals in news text (acronyms); written as-is
ACRONYMS = {"CEO", "MP", "NGO", "IDP", "TV", "MLA", "MPP"}


def fmt(phrase: str) -> str:
    words = phrase.split()
    return "_".join(w if w in ACRONYMS else w.upper() for w in words)


def build() -> tuple[str, int]:
    lines = [MIT_HEADER.format(script="build_agents.py")]
    seen: set[str] = set()
    count = 0
    for code, phrases in AGENTS.items():
        lines += ["", f"# ---- [{code}] ----"]
        for raw in phrases:
            bare = raw.rstrip("!")
            if bare in seen:
                continue
            seen.add(bare)
            if bare in {"CEO", "MP", "NGO", "IDP"}:
                pl = bare + "s"
            else:
                pl = "" if raw.endswith("!") else plural(bare.lower())
            if bare.split()[0] in ACRONYMS and bare != "TV channel":
                pl = bare + "s"
            plural_text = fmt(pl) if pl else ""
            lines.append(f"{fmt(bare)} {{{plural_text}}} [{code}]")
            count += 1
    lines.append("")
    return "\n".join(lines), count


def main() -> None:
    text, _count = build()
    write_file("agents.txt", text)


if __name__ == "__main__":
    main()
