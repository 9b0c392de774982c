"""Generate ``events/coding/data/cameo.verbs.txt`` (PETRARCH-2 verb format).

Written for this project from the CAMEO codebook's code definitions (the event-code table:
one block or pattern set per code) and ordinary English news vocabulary. Nothing is copied
from another verb dictionary.

The source below is a small DSL: ``BLOCKS`` holds verb blocks as text --

    --- NAME [code]
    VERB  VERB  +MULTI_WORD  VERB[code]
    - pattern [code]

Verb inflections are computed here (``forms``) and written in ``{...}`` only when the
PETRARCH-2 reader's regular rules (+S/+ED/+ING) would get them wrong. Multi-word verbs
always list their forms. ``TOPICS`` are noun synsets whose CAMEO code depends on the
speech act (appeal 02x, intent 03x, demand 10x, reject 12x): every block of a speech-act
family gets one pattern per topic, which is how the parallel CAMEO sub-codes are covered.
"""

from __future__ import annotations

import re

from _common import MIT_HEADER, write_file

# ---------------------------------------------------------------- inflection
IRREGULAR = {
    "say": ("says", "said", "said", "saying"), "tell": ("tells", "told", "told", "telling"),
    "meet": ("meets", "met", "met", "meeting"), "speak": ("speaks", "spoke", "spoken", "speaking"),
    "hold": ("holds", "held", "held", "holding"), "give": ("gives", "gave", "given", "giving"),
    "take": ("takes", "took", "taken", "taking"), "make": ("makes", "made", "made", "making"),
    "send": ("sends", "sent", "sent", "sending"), "sell": ("sells", "sold", "sold", "selling"),
    "seek": ("seeks", "sought", "sought", "seeking"), "fight": ("fights", "fought", "fought", "fighting"),
    "shoot": ("shoots", "shot", "shot", "shooting"), "hit": ("hits", "hit", "hit", "hitting"),
    "strike": ("strikes", "struck", "struck", "striking"), "beat": ("beats", "beat", "beaten", "beating"),
    "break": ("breaks", "broke", "broken", "breaking"), "lead": ("leads", "led", "led", "leading"),
    "bring": ("brings", "brought", "brought", "bringing"), "leave": ("leaves", "left", "left", "leaving"),
    "steal": ("steals", "stole", "stolen", "stealing"), "freeze": ("freezes", "froze", "frozen", "freezing"),
    "forgive": ("forgives", "forgave", "forgiven", "forgiving"),
    "withdraw": ("withdraws", "withdrew", "withdrawn", "withdrawing"),
    "overthrow": ("overthrows", "overthrew", "overthrown", "overthrowing"),
    "blow": ("blows", "blew", "blown", "blowing"), "swear": ("swears", "swore", "sworn", "swearing"),
    "forbid": ("forbids", "forbade", "forbidden", "forbidding"), "shut": ("shuts", "shut", "shut", "shutting"),
    "cut": ("cuts", "cut", "cut", "cutting"), "put": ("puts", "put", "put", "putting"),
    "set": ("sets", "set", "set", "setting"), "slay": ("slays", "slew", "slain", "slaying"),
    "flee": ("flees", "fled", "fled", "fleeing"), "run": ("runs", "ran", "run", "running"),
    "go": ("goes", "went", "gone", "going"), "come": ("comes", "came", "come", "coming"),
    "draw": ("draws", "drew", "drawn", "drawing"), "throw": ("throws", "threw", "thrown", "throwing"),
    "begin": ("begins", "began", "begun", "beginning"), "stand": ("stands", "stood", "stood", "standing"),
    "lay": ("lays", "laid", "laid", "laying"), "pay": ("pays", "paid", "paid", "paying"),
    "deal": ("deals", "dealt", "dealt", "dealing"), "hear": ("hears", "heard", "heard", "hearing"),
    "catch": ("catches", "caught", "caught", "catching"), "build": ("builds", "built", "built", "building"),
    "lend": ("lends", "lent", "lent", "lending"), "bid": ("bids", "bid", "bid", "bidding"),
    "broadcast": ("broadcasts", "broadcast", "broadcast", "broadcasting"),
    "oversee": ("oversees", "oversaw", "overseen", "overseeing"), "hide": ("hides", "hid", "hidden", "hiding"),
    "drive": ("drives", "drove", "driven", "driving"), "write": ("writes", "wrote", "written", "writing"),
    "undertake": ("undertakes", "undertook", "undertaken", "undertaking"),
    "rebuild": ("rebuilds", "rebuilt", "rebuilt", "rebuilding"), "keep": ("keeps", "kept", "kept", "keeping"),
    "win": ("wins", "won", "won", "winning"), "lose": ("loses", "lost", "lost", "losing"),
    "mislead": ("misleads", "misled", "misled", "misleading"), "spread": ("spreads", "spread", "spread", "spreading"),
    "upset": ("upsets", "upset", "upset", "upsetting"), "quit": ("quits", "quit", "quit", "quitting"),
    "hang": ("hangs", "hanged", "hanged", "hanging"), "shake": ("shakes", "shook", "shaken", "shaking"),
    "foresee": ("foresees", "foresaw", "foreseen", "foreseeing"), "rise": ("rises", "rose", "risen", "rising"),
    "undergo": ("undergoes", "underwent", "undergone", "undergoing"), "bind": ("binds", "bound", "bound", "binding"),
    "sink": ("sinks", "sank", "sunk", "sinking"), "feel": ("feels", "felt", "felt", "feeling"),
    "mean": ("means", "meant", "meant", "meaning"), "think": ("thinks", "thought", "thought", "thinking"),
    "buy": ("buys", "bought", "bought", "buying"), "teach": ("teaches", "taught", "taught", "teaching"),
    "outlaw": ("outlaws", "outlawed", "outlawed", "outlawing"), "mow": ("mows", "mowed", "mown", "mowing"),
    "dig": ("digs", "dug", "dug", "digging"), "slit": ("slits", "slit", "slit", "slitting"),
    "rid": ("rids", "rid", "rid", "ridding"), "see": ("sees", "saw", "seen", "seeing"),
    "do": ("does", "did", "done", "doing"), "be": ("is", "was", "been", "being"),
}
DOUBLE = {
    "stop", "ban", "plan", "rob", "stab", "ship", "drop", "grab", "jab", "slap", "trap", "rip", "strip",
    "plot", "spot", "shun", "bar", "scrap", "slam", "snub", "nab", "stun", "jam", "pin", "nod", "flag",
    "drag", "commit", "submit", "permit", "admit", "regret", "control", "patrol", "expel", "compel",
    "repel", "propel", "refer", "prefer", "confer", "defer", "deter", "incur", "abet", "equip", "kidnap",
    "worship", "step", "snipe_", "sap", "tap", "gun", "bomb_", "chop", "blot", "hug", "mob", "swap", "trim",
    "veto_", "occur", "omit", "outstrip", "rebut", "transmit", "emit", "airdrop", "wiretap", "handicap",
    "format", "sum", "jog", "lob", "nip", "pat", "spar", "star", "stir", "tug", "whip", "zip", "club",
}


def forms(verb: str) -> tuple[str, str, str, str]:
    """(3sg, past, past participle, -ing) of a lower-case verb."""
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    if verb in DOUBLE:
        return verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ed", verb + verb[-1] + "ing"
    if verb.endswith("ie"):
        return verb + "s", verb + "d", verb + "d", verb[:-2] + "ying"
    if verb.endswith(("ee", "ye", "oe")):
        return verb + "s", verb + "d", verb + "d", verb + "ing"
    if verb.endswith("e"):
        return verb + "s", verb + "d", verb + "d", verb[:-1] + "ing"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies", verb[:-1] + "ied", verb[:-1] + "ied", verb + "ing"
    if verb.endswith(("s", "x", "z", "ch", "sh")):
        return verb + "es", verb + "ed", verb + "ed", verb + "ing"
    if verb.endswith("o"):
        return verb + "es", verb + "ed", verb + "ed", verb + "ing"
    return verb + "s", verb + "ed", verb + "ed", verb + "ing"


def petrarch_auto(stem: str) -> set[str]:
    """The forms PETRARCH-2's reader generates for a single verb written without {...}."""
    s = stem.upper()
    out = {s}
    if s.endswith(("S", "X", "Z")):
        out.add(s + "ES")
    elif s.endswith("Y"):
        out.add(s[:-1] + "IES")
    else:
        out.add(s + "S")
    out.add(s + "D" if s.endswith("E") else s + "ED")
    out.add(s[:-1] + "ING" if s.endswith("E") and s[-2] not in "AEIOU" else s + "ING")
    return out


def verb_line(spec: str) -> tuple[str, str]:
    """A verb spec (``SHELL``, ``+CALL_UP``, ``BOMB[195]``) -> (dictionary line, lemma key)."""
    code = ""
    m = re.match(r"^(.*?)(\[[^\]]*\])?$", spec)
    assert m
    word, code = m.group(1), m.group(2) or ""
    suffix = f" {code}" if code else ""
    if "_" in word:
        parts = word.split("_")
        idx = next(i for i, p in enumerate(parts) if p.startswith("+"))
        head = parts[idx][1:].lower()
        inflected = []
        for f in dict.fromkeys(forms(head)):
            new = parts.copy()
            new[idx] = "+" + f.upper()
            inflected.append("_".join(new))
        return f"{word} {{{' '.join(inflected)}}}{suffix}", "_".join(p.lstrip("+") for p in parts)
    lemma = word.lower()
    true = {lemma.upper(), *(f.upper() for f in forms(lemma))}
    if true == petrarch_auto(lemma):
        return f"{word}{suffix}", word
    listed = " ".join(sorted(true - {lemma.upper()}))
    return f"{word} {{{listed}}}{suffix}", word


# ---------------------------------------------------------------- synsets
SYNSETS: dict[str, list[str]] = {
    "AIRCRAFT": ["warplane", "fighter jet", "jet", "bomber", "aircraft", "plane", "helicopter", "gunship",
                 "drone", "air force", "fighter plane", "airstrike", "air strike", "missile", "cruise missile"],
    "ARTILLERY": ["artillery", "shelling", "shell", "mortar", "rocket", "tank", "howitzer", "multiple rocket launcher",
                  "grad rocket", "artillery fire", "tank fire"],
    "SMALLARMS": ["gunfire", "gunmen", "gunman", "sniper", "rifle", "machine gun", "small arms fire", "gunshot"],
    "MILITARY": ["troop", "soldier", "force", "army", "unit", "tank", "military", "battalion", "brigade",
                 "division", "reinforcement", "armored vehicle", "warship", "marine", "paratrooper"],
    "PLACE": ["city", "town", "village", "base", "airport", "port", "position", "territory", "region", "area",
              "district", "province", "border", "outpost", "stronghold", "bridge", "settlement", "suburb"],
    "CEASEFIRE": ["ceasefire", "cease-fire", "truce", "armistice", "cessation of hostilities",
                  "end to fighting", "end to the fighting", "halt to fighting", "humanitarian pause"],
    "WITHDRAWAL": ["withdrawal", "pullout", "pull-out", "retreat", "troop withdrawal", "withdraw", "pull out"],
    "DEESCALATION": ["de-escalation", "restraint", "calm", "de-escalate", "end to violence", "end to hostilities"],
    "TALKS": ["talks", "negotiations", "negotiation", "dialogue", "meeting", "summit", "consultations",
              "negotiate", "meet", "peace talks"],
    "SETTLEMENT": ["peace deal", "settlement", "peace agreement", "peace plan", "political solution",
                   "peace process", "peace accord", "diplomatic solution", "peace"],
    "MEDIATION": ["mediation", "mediator", "mediate", "good offices", "arbitration"],
    "ECONCOOP": ["trade", "investment", "economic cooperation", "trade deal", "economic ties",
                 "free trade agreement", "business ties", "trade ties"],
    "MILCOOP": ["military cooperation", "defense cooperation", "defence cooperation", "military alliance",
                "joint exercises", "security cooperation", "defense pact", "military ties"],
    "JUDCOOP": ["extradition", "judicial cooperation", "legal assistance", "legal cooperation"],
    "INTEL": ["intelligence", "information sharing", "intelligence sharing", "intelligence cooperation"],
    "COOPERATION": ["cooperation", "co-operation", "partnership", "collaboration", "closer ties"],
    "YIELDING": ["concessions", "concession", "compromise", "compromises", "flexibility"],
    "SUPPORT": ["support", "backing", "diplomatic support", "political support", "endorsement", "solidarity"],
    "ECONAID": ["financial aid", "economic aid", "financial assistance", "economic assistance", "loan", "funding",
                "debt relief", "credit", "bailout", "grant", "money", "funds", "budget support"],
    "MILAID": ["weapons", "arms", "military aid", "military assistance", "ammunition", "fighter jets",
               "air defense", "air defence", "air defense systems", "tanks", "missiles", "weapon", "munitions",
               "security assistance", "artillery shells"],
    "HUMAID": ["humanitarian aid", "food aid", "relief", "medicine", "humanitarian assistance", "food",
               "medical supplies", "emergency aid", "relief supplies", "humanitarian supplies", "shelter",
               "humanitarian access", "humanitarian corridor"],
    "PROTECTION": ["protection", "peacekeepers", "peacekeeping force", "security guarantees", "peacekeeping troops",
                   "peacekeeping mission", "no-fly zone", "military protection"],
    "AID": ["aid", "assistance", "help", "support package"],
    "LEADERSHIP": ["resignation", "ouster", "removal", "step down", "resign", "impeachment", "early elections"],
    "POLICYCHANGE": ["policy change", "change of policy", "change in policy", "change course"],
    "RIGHTS": ["rights", "human rights", "freedom", "freedoms", "civil rights", "autonomy", "free speech",
               "press freedom", "minority rights", "self-determination"],
    "REGIME": ["constitutional reform", "regime change", "new constitution", "referendum", "elections",
               "free elections", "democracy", "democratic reforms", "independence"],
    "REFORM": ["reform", "reforms", "political reform", "political reforms"],
    "EASESANCTIONS": ["lifting of sanctions", "sanctions relief", "easing of sanctions", "end to the embargo",
                      "lift sanctions", "lifting of the embargo", "removal of sanctions", "lifting sanctions"],
    "RELEASE": ["release", "freedom", "return", "prisoner swap", "prisoner exchange", "hostages", "prisoners",
                "free"],
    "INTLACCESS": ["inspectors", "inspection", "inspections", "monitors", "observers", "access",
                   "international involvement", "investigators"],
    "EASERESTRICT": ["curfew", "state of emergency", "martial law", "restrictions", "ban", "travel ban"],
    "EASEDISSENT": ["end to protests", "end the protests", "calm down", "end to the strike", "end the strike"],
    "SANCTIONS": ["sanctions", "embargo", "boycott", "tariffs", "economic measures", "punitive measures",
                  "trade restrictions", "export controls"],
    "FORCE": ["military action", "force", "war", "attack", "strike", "military strike", "retaliation",
              "military response", "military force", "invasion", "offensive", "response"],
    "WMD": ["nuclear weapons", "nuclear weapon", "nuclear strike", "nuclear attack", "chemical weapons",
            "biological weapons", "weapons of mass destruction", "nukes"],
    "ACCUSATION": ["accusation", "allegation", "claim", "charge", "report", "suggestion"],
    "ABUSE": ["abuses", "torture", "human rights violations", "human rights abuses", "violations",
              "repression", "persecution", "discrimination", "mistreatment", "ill-treatment"],
    "WARCRIME": ["war crimes", "war crime", "genocide", "ethnic cleansing", "crimes against humanity",
                 "atrocities", "massacre", "massacres"],
    "CRIME": ["corruption", "fraud", "murder", "crime", "bribery", "embezzlement", "money laundering",
              "terrorism", "drug trafficking", "tax evasion", "abuse of power", "extremism"],
    "ESPIONAGE": ["espionage", "spying", "treason", "high treason", "sabotage"],
    "AGGRESSION": ["aggression", "attack", "attacks", "shelling", "provocation", "provocations", "invasion",
                   "incursion", "occupation", "violating", "violation", "bombing", "airstrikes"],
    "POLICY": ["law", "policy", "bill", "reform", "decision", "tax", "prices", "measure", "austerity", "plan",
               "price hike", "pension reform"],
    "FIGHTING": ["fighting", "offensive", "attacks", "hostilities", "operations", "bombing", "strikes",
                 "shelling", "military operations", "combat"],
    "PROTEST": ["protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "strike", "sit-in",
                "march", "picket"],
    "PROTESTER": ["protester", "protestor", "demonstrator", "crowd", "marcher", "rioter", "activist"],
    "COPS": ["police", "riot police", "security forces", "police officers", "policemen"],
    "DIPLOMAT": ["ambassador", "envoy", "diplomat", "diplomats", "charge d'affaires", "attache", "consul"],
}

# topic -> (appeal, intent, demand, reject) codes; "" = no pattern for that family
TOPICS: dict[str, tuple[str, str, str, str]] = {
    "ECONCOOP": ("0211", "0311", "1011", "1211"),
    "MILCOOP": ("0212", "0312", "1012", "1212"),
    "JUDCOOP": ("0213", "0313", "1013", "121"),
    "INTEL": ("0214", "0314", "1014", "121"),
    "SUPPORT": ("022", "032", "102", "120"),
    "COOPERATION": ("021", "031", "", "121"),
    "YIELDING": ("025", "035", "", "124"),
    "ECONAID": ("0231", "0331", "1031", "1221"),
    "MILAID": ("0232", "0332", "1032", "1222"),
    "HUMAID": ("0233", "0333", "1033", "1223"),
    "PROTECTION": ("0234", "0334", "1034", "1224"),
    "AID": ("023", "033", "103", "122"),
    "LEADERSHIP": ("0241", "0341", "1041", "1231"),
    "POLICYCHANGE": ("0242", "0342", "1042", "1232"),
    "RIGHTS": ("0243", "0343", "1043", "1233"),
    "REGIME": ("0244", "0344", "1044", "1234"),
    "REFORM": ("024", "034", "104", "123"),
    "EASERESTRICT": ("0251", "0351", "1051", "1241"),
    "EASEDISSENT": ("0252", "0352", "1052", "1242"),
    "RELEASE": ("0253", "0353", "1053", "1243"),
    "EASESANCTIONS": ("0254", "0354", "1054", "1244"),
    "INTLACCESS": ("0255", "0355", "1055", "1245"),
    "DEESCALATION": ("0256", "0356", "1056", "1246"),
    "WITHDRAWAL": ("0256", "0356", "106", "1246"),
    "CEASEFIRE": ("0256", "0356", "107", "1246"),
    "TALKS": ("026", "036", "108", "125"),
    "SETTLEMENT": ("027", "037", "100", "127"),
    "MEDIATION": ("028", "038", "105", "126"),
}
FAMILY_INDEX = {"appeal": 0, "intent": 1, "demand": 2, "reject": 3}


def topic_patterns(family: str, preps: tuple[str, ...]) -> list[str]:
    k = FAMILY_INDEX[family]
    out = []
    for topic, codes in TOPICS.items():
        code = codes[k]
        if not code:
            continue
        out.append(f"- * &{topic}  [{code}]")
        out.extend(f"- * ({p} &{topic})  [{code}]" for p in preps)
    return out


# ---------------------------------------------------------------- blocks
# Each block: header line, then verb lines (specs separated by spaces), then patterns.
# "@appeal(FOR,TO)" inserts the topic patterns of a family with those prepositions.
BLOCKS = r"""
--- MAKE_STATEMENT [010]
SAY TELL STATE ANNOUNCE DECLARE COMMENT REMARK NOTE ASSERT STRESS EMPHASIZE EMPHASISE REITERATE EXPLAIN
DESCRIBE MENTION REPORT WRITE QUOTE CONFIRM REVEAL DISCLOSE UNVEIL BRIEF PREDICT ESTIMATE RESPOND REPLY
+SPEAK_OUT +POINT_OUT
- * &CEASEFIRE  [0871]
- * (UNILATERAL &CEASEFIRE)  [0871]
- * TRUCE  [0871]
- * {STATE OF EMERGENCY}  [1724]
- * {MARTIAL LAW}  [1724]
- * CURFEW  [1723]
- * WAR (ON +)  [138]
- * WAR  [138]
- * MOBILIZATION  [154]
- * {PARTIAL MOBILIZATION}  [154]
- * SANCTIONS  [163]
- * {NEW SANCTIONS}  [163]
- * {PERSONA NON GRATA}  [174]
- * VICTORY  [010]
- * (NO COMMENT)  [011]
- * CONCERN  [012]
- * HOPE  [013]
- * OPTIMISM  [013]
- * CONDOLENCES  [018]
- * (READY TO &TALKS)  [036]
- * (WILLING TO &TALKS)  [036]
- * (OPEN TO &TALKS)  [036]
- * (READY TO)  [030]
- * (WILLING TO)  [030]
- * (TO RETALIATE)  [138]
- * (WOULD RESPOND)  [130]
- * (WILL RESPOND)  [130]
- * TERRORIST  [111]
- * (AS {TERRORIST ORGANIZATION})  [111]
- * (AGAINST +)  [111]
- * (IN SUPPORT)  [051]
- * (IN FAVOR)  [051]
- * (IN FAVOUR)  [051]
- * MUST  [100]
- * (SUSPENSION OF)  [160]
- * (SUSPENSION OF AID)  [162]
- * (WITHDRAWAL OF &MILITARY)  [0874]
- * {STATE OF SIEGE}  [1724]

--- DECLINE [---]
DECLINE REFRAIN ABSTAIN +DECLINE_TO_COMMENT[011] +REFUSE_TO_COMMENT[011]
- * (TO COMMENT)  [011]
- * COMMENT  [011]
- * INVITATION  [125]
- * OFFER  [120]
- * REQUEST  [120]
- * (TO &TALKS)  [125]
- * (TO MEET)  [125]
- * (TO RELEASE)  [1243]
- * (TO WITHDRAW)  [1246]
- * (TO LIFT SANCTIONS)  [1244]
- * (FROM VOTING)  [---]
- * (TO RESIGN)  [1231]
- * (TO STEP DOWN)  [1231]
- * (TO LIFT)  [124]
- * (TO EASE)  [124]
- * (TO ALLOW)  [124]
- * (TO ACCEPT)  [120]
- * (TO PROVIDE &AID)  [122]
- * (TO SEND)  [121]
- * (TO RECOGNIZE)  [120]

--- PESSIMISM [012]
WORRY FEAR DOUBT LAMENT DESPAIR DREAD +EXPRESS_CONCERN +VOICE_CONCERN

--- OPTIMISM [013]
HOPE +EXPRESS_OPTIMISM +EXPRESS_HOPE

--- EXPRESS [---]
EXPRESS VOICE CONVEY SIGNAL
- * CONCERN  [012]
- * PESSIMISM  [012]
- * DOUBT  [012]
- * FEAR  [012]
- * ALARM  [012]
- * OPTIMISM  [013]
- * HOPE  [013]
- * CONFIDENCE  [013]
- * CONDOLENCES  [018]
- * SYMPATHY  [018]
- * SORROW  [018]
- * SUPPORT  [051]
- * SOLIDARITY  [051]
- * GRATITUDE  [051]
- * APPRECIATION  [051]
- * REGRET  [055]
- * (INTEREST IN &TALKS)  [036]
- * WILLINGNESS  [030]
- * READINESS  [030]
- * (READINESS TO &TALKS)  [036]
- * (WILLINGNESS TO &TALKS)  [036]
- * (READINESS TO MEDIATE)  [039]
- * OPPOSITION  [110]
- * DISAPPROVAL  [110]
- * DISAPPOINTMENT  [110]
- * DISSATISFACTION  [110]
- * ANGER  [110]
- * OUTRAGE  [111]
- * INDIGNATION  [111]
- * AGREEMENT  [019]
- * ACCORD  [019]

--- CONSIDER [014]
CONSIDER MULL WEIGH CONTEMPLATE PONDER REVIEW +LOOK_AT +THINK_ABOUT
- * SANCTIONS  [014]
- * PROPOSAL  [014]
- * OPTIONS  [014]
- * REQUEST  [014]

--- CLAIM [010]
CLAIM ADMIT ACKNOWLEDGE CONFESS CONCEDE +OWN_UP
- * RESPONSIBILITY  [015]
- * (RESPONSIBILITY FOR)  [015]
- * CREDIT  [015]
- * RESPONSIBLE  [015]
- * MISTAKE  [015]
- * DEFEAT  [080]
- * VICTORY  [010]
- * INDEPENDENCE  [---]
- * (TO DEMANDS)  [083]
- * (TO DEMANDS FOR &POLICYCHANGE)  [0832]
- * (TO DEMANDS FOR &RIGHTS)  [0833]
- * (TO DEMANDS FOR &LEADERSHIP)  [0831]
- * (TO PRESSURE)  [080]

--- DENY [016]
DENY REFUTE DISMISS DISCLAIM DISOWN REBUT
- * RESPONSIBILITY  [016]
- * INVOLVEMENT  [016]
- * &ACCUSATION  [016]
- * WRONGDOING  [016]
- * REPORTS  [016]
- * ENTRY  [191]
- * ACCESS  [191]
- * VISA  [172]
- * VISAS  [172]
- * REQUEST  [120]
- * PERMISSION  [120]
- * BAIL  [173]
- * APPEAL  [120]
- * APPEALS  [120]
- * CALLS  [120]
- * PROPOSAL  [120]
- * OFFER  [120]
- * DEMANDS  [120]

--- SYMBOLIC_ACT [017]
COMMEMORATE MOURN HONOR HONOUR CELEBRATE MEMORIALIZE +PAY_TRIBUTE +LAY_WREATH +PAY_HOMAGE +PAY_RESPECTS
+OBSERVE_SILENCE
- * VICTIMS  [017]
- * ANNIVERSARY  [017]

--- EMPATHY [018]
CONDOLE SYMPATHIZE SYMPATHISE CONSOLE COMFORT +OFFER_CONDOLENCES +EXPRESS_CONDOLENCES +SEND_CONDOLENCES

--- AGREE [030]
AGREE CONCUR +SIGN_ON +SIGN_UP +GIVE_CONSENT
- * (WITH +)  [019]
- * (ON NEED)  [019]
- * (ON IMPORTANCE)  [019]
- * (THAT)  [019]
- * DEAL  [057]
- * (ON DEAL)  [057]
- * (ON AGREEMENT)  [057]
- * (ON &SETTLEMENT)  [057]
- * (TO &CEASEFIRE)  [0871]
- * (ON &CEASEFIRE)  [0871]
- * (TO DEMANDS)  [083]
- * (TO HAND OVER)  [063]
- * (TO CHANGE POLICY)  [0832]
- * (TO REVERSE DECISION)  [0832]
- * (TO SCRAP &POLICY)  [0832]
- * (TO GRANT &RIGHTS)  [0833]
- * (TO HOLD ELECTIONS)  [0834]
- * (TO EXTRADITE)  [063]
- * (TO SHARE INTELLIGENCE)  [064]
- * (TO ALLOW INSPECTORS)  [0862]
- * (TO ALLOW PEACEKEEPERS)  [0861]
- * (TO RESUME &TALKS)  [036]
- * (TO LIFT)  [035]
- * (TO EASE)  [035]
- * (TO REMOVE)  [035]
@intent(TO,ON)

--- APPEAL [020]
APPEAL URGE PLEAD IMPLORE BESEECH EXHORT ENTREAT PETITION REQUEST +CALL_FOR +CALL_ON +CALL_UPON +ASK_FOR
+APPEAL_FOR +PLEAD_FOR +PRESS_FOR[100] +PUSH_FOR[100]
- * (FOR HELP)  [023]
- * (TO CALM)  [0252]
- * (FOR CALM)  [0252]
- * RESTRAINT  [0256]
- * (FOR RESTRAINT)  [0256]
- * (TO STOP &FIGHTING)  [0256]
- * (FOR END TO WAR)  [0256]
- * (FOR &INVESTIGATIONNOUN)  [020]
- * (FOR SANCTIONS)  [020]
- * (FOR ACTION AGAINST +)  [113]
- * (FOR SANCTIONS AGAINST +)  [113]
- * BOYCOTT  [113]
@appeal(FOR,TO)

--- ASK [020]
ASK INVITE SEEK SOLICIT REQUEST_
- * ASYLUM  [0233]
- * REFUGE  [0233]
- * SHELTER  [0233]
- * (TO &TALKS)  [026]
- * (TO MEET)  [026]
- * (TO MEDIATE)  [028]
- * (FOR ASYLUM)  [0233]
- * (FOR EXTRADITION)  [0213]
- * (TO VISIT)  [040]
- * (TO SUMMIT)  [026]
@appeal(FOR)

--- PROMISE [030]
PROMISE PLEDGE VOW SWEAR OFFER INTEND PLAN PROPOSE GUARANTEE ASSURE REASSURE UNDERTAKE +COMMIT_TO
+EXPRESS_WILLINGNESS +EXPRESS_READINESS
- * (TO RETALIATE)  [138]
- * RETALIATION  [138]
- * REVENGE  [138]
- * (TO RESPOND)  [130]
- * (TO FIGHT)  [138]
- * (TO CONTINUE &FIGHTING)  [138]
- * (TO STRIKE)  [1384]
- * (TO ATTACK)  [1384]
- * (TO DESTROY)  [138]
- * (TO MEDIATE)  [039]
- * (TO BROKER)  [039]
- * MEDIATION  [039]
- * (TO HOST &TALKS)  [039]
- * (TO RELEASE)  [0353]
- * (TO FREE)  [0353]
- * (TO SEND TROOPS)  [0334]
- * (TO SEND PEACEKEEPERS)  [0334]
- * ASYLUM  [0333]
- * TROOPS  [0334]
- * &MILAID  [0332]
@intent(TO,OF,FOR)

--- CONSULT [040]
CONSULT CONFER CONVENE HUDDLE GATHER DISCUSS +MEET_WITH +HOLD_TALKS +SIT_DOWN +TALK_WITH +TALK_TO
- &PROTESTER *  [141]
- * (BY PHONE)  [041]
- * (BY TELEPHONE)  [041]
- * (ON PHONE)  [041]
- * (VIA VIDEO)  [041]
- * (ON SIDELINES)  [044]
- * (ON THE SIDELINES)  [044]
- * (IN NEUTRAL)  [044]

--- MEET [040]
MEET TALK
- * (BY PHONE)  [041]
- * (BY TELEPHONE)  [041]
- * (ON PHONE)  [041]
- * (VIA VIDEO LINK)  [041]
- * (ON SIDELINES)  [044]
- * (ON THE SIDELINES)  [044]
- * (IN THIRD COUNTRY)  [044]
- * (FOR TALKS)  [040]
- * (UNDER MEDIATION)  [046]
- * (FOR NEGOTIATIONS)  [046]
- * DEMANDS  [083]
- * DEADLINE  [---]
- * TARGET  [---]
- * RESISTANCE  [190]
- * CRITICISM  [:111]
- * PROTESTS  [:141]

--- PHONE [041]
PHONE TELEPHONE +SPEAK_BY_PHONE +SPEAK_BY_TELEPHONE +TALK_BY_PHONE +HOLD_A_PHONE_CALL

--- SPEAK [---]
SPEAK
- * (WITH +)  [040]
- * (TO +)  [040]
- * (BY PHONE)  [041]
- * (BY TELEPHONE)  [041]
- * (ON PHONE)  [041]
- * (OUT AGAINST)  [111]
- * (AGAINST)  [111]
- * (IN FAVOR)  [051]
- * (IN SUPPORT)  [051]
- * (IN DEFENSE)  [052]

--- CALL [---]
CALL
- * (FOR)  [020]
- * (ON)  [020]
- * (UPON)  [020]
- * (BY PHONE)  [041]
- * (FOR &CEASEFIRE)  [0256]
- * (FOR &TALKS)  [026]
- * (FOR RELEASE)  [0253]
- * STRIKE  [143]
- * {GENERAL STRIKE}  [143]
- * ELECTION  [0831]
- * {SNAP ELECTION}  [0831]
- * TERRORIST  [111]
- * TERRORISTS  [111]
- * LIAR  [111]
- * CRIMINAL  [1121]
- * {WAR CRIMINAL}  [1124]
- * GENOCIDE  [1124]
- * PROVOCATION  [1123]
- * RESERVISTS  [154]
- * (UP RESERVISTS)  [154]

--- VISIT [042]
VISIT TOUR +PAY_A_VISIT +MAKE_A_VISIT +PAY_VISIT
- * (FOR TALKS)  [042]
- INSPECTORS *  [0862]

--- TRAVEL [---]
TRAVEL ARRIVE FLY JOURNEY +HEAD_TO
- * (TO +)  [042]
- * (IN +)  [042]
- * (FOR TALKS)  [042]
- * (FOR &TALKS)  [042]
- * (ON VISIT)  [042]
- PEACEKEEPERS *  [074]
- PEACEKEEPING *  [074]
- {PEACEKEEPING TROOPS} *  [074]

--- HOST [043]
HOST RECEIVE +PLAY_HOST
- * TALKS  [043]
- * SUMMIT  [043]
- * MEETING  [043]
- * DELEGATION  [043]
- * VISIT  [043]
- * REFUGEES  [075]
- * OBSERVERS  [0862]
- * INSPECTORS  [0862]
- * MONITORS  [0862]
- * (MISSION OF OBSERVERS)  [0862]
- * PEACEKEEPERS  [0861]
- * {PEACE TALKS}  [045]
- * (TALKS BETWEEN)  [045]
- * {JOINT EXERCISES}  [062]
- * AID  [:070]
- * SUPPORT  [:051]
- * THREATS  [:130]
- * CRITICISM  [:111]
- * SENTENCE  [:116]
- * {PRISON SENTENCE}  [:116]
- * {DEATH SENTENCE}  [:116]
- * INVITATION  [:020]

--- MEDIATE [045]
MEDIATE BROKER ARBITRATE +ACT_AS_MEDIATOR +STEP_IN
- * (BETWEEN)  [045]
- * &CEASEFIRE  [045]
- * DEAL  [045]
- * TALKS  [045]
- * AGREEMENT  [045]
- * EXCHANGE  [045]
- * SWAP  [045]

--- NEGOTIATE [046]
NEGOTIATE BARGAIN HAGGLE +HOLD_NEGOTIATIONS +ENTER_NEGOTIATIONS +RESUME_TALKS
- * (WITH +)  [046]
- * (OVER)  [046]
- * (ON)  [046]
- * (FOR RELEASE)  [046]

--- HOLD [---]
HOLD
- * TALKS  [040]
- * {PEACE TALKS}  [046]
- * NEGOTIATIONS  [046]
- * {PHONE CALL}  [041]
- * {TELEPHONE CONVERSATION}  [041]
- * {PHONE CONVERSATION}  [041]
- * CONVERSATION  [040]
- * MEETING  [040]
- * SUMMIT  [040]
- * CONSULTATIONS  [040]
- * {PRESS CONFERENCE}  [010]
- * RALLY  [141]
- * RALLIES  [141]
- * PROTEST  [141]
- * PROTESTS  [141]
- * DEMONSTRATION  [141]
- * DEMONSTRATIONS  [141]
- * MARCH  [141]
- * VIGIL  [017]
- * CEREMONY  [017]
- * {HUNGER STRIKE}  [142]
- * STRIKE  [143]
- * {JOINT EXERCISES}  [062]
- * {JOINT DRILLS}  [062]
- * {MILITARY EXERCISES}  [150]
- * EXERCISES  [150]
- * DRILLS  [150]
- * {MILITARY PARADE}  [150]
- * HOSTAGE  [181]
- * HOSTAGES  [181]
- * (HOSTAGE)  [181]
- * (IN CUSTODY)  [173]
- * (IN DETENTION)  [173]
- * (WITHOUT CHARGE)  [173]
- * (AS {HUMAN SHIELDS})  [184]
- * (AS SHIELDS)  [184]
- * (RESPONSIBLE)  [112]
- * (ACCOUNTABLE)  [112]
- * REFERENDUM  [---]
- * ELECTIONS  [---]
- * ELECTION  [---]
- * GROUND  [190]
- * (FIRE)  [---]
- * TRUCE  [---]

--- COOPERATE [050]
COOPERATE COLLABORATE COORDINATE PARTNER ALLY ALIGN RECONCILE NORMALIZE +WORK_WITH +JOIN_FORCES
+TEAM_UP +MEND_TIES +RESTORE_TIES[054] +IMPROVE_TIES +REBUILD_TIES
- * (ON SECURITY)  [062]
- * (ON INTELLIGENCE)  [064]
- * (ON TRADE)  [061]
- * (ON INVESTIGATION)  [063]
- * RELATIONS  [050]
- * TIES  [050]

--- PRAISE [051]
PRAISE COMMEND LAUD HAIL APPLAUD WELCOME ENDORSE BACK SUPPORT THANK CONGRATULATE SALUTE COMPLIMENT
ACCLAIM APPRECIATE EXTOL CHAMPION ESPOUSE +SIDE_WITH +THROW_SUPPORT +VOICE_SUPPORT
- * VISIT  [051]
- * (ON VICTORY)  [051]
- * (ON ELECTION)  [051]

--- DEFEND_VERBALLY [052]
DEFEND JUSTIFY +STAND_BY +STICK_BY
- * &PLACE  [190]
- * (AGAINST ATTACK)  [190]
- * (AGAINST ATTACKS)  [190]
- * (AGAINST OFFENSIVE)  [190]
- * POSITIONS  [190]
- * BORDER  [154]
- * BORDERS  [154]
- * AIRSPACE  [150]

--- RALLY_SUPPORT [053]
+RALLY_SUPPORT +DRUM_UP_SUPPORT +GATHER_SUPPORT +LOBBY_FOR +CAMPAIGN_FOR
- * (AGAINST +)  [113]

--- RECOGNIZE [054]
RECOGNIZE RECOGNISE +ESTABLISH_RELATIONS +ESTABLISH_TIES +OPEN_EMBASSY
- * INDEPENDENCE  [054]
- * SOVEREIGNTY  [054]
- * GOVERNMENT  [054]
- * STATE  [054]
- * {STATE OF PALESTINE}  [054]
- * ANNEXATION  [054]
- * RESULTS  [019]
- * VICTORY  [019]
- * CONTRIBUTION  [051]
- * EFFORTS  [051]
- * ROLE  [051]

--- APOLOGIZE [055]
APOLOGIZE APOLOGISE REPENT ATONE +SAY_SORRY +OFFER_AN_APOLOGY +ISSUE_AN_APOLOGY +EXPRESS_REGRET

--- FORGIVE [056]
FORGIVE ABSOLVE EXONERATE +LET_BYGONES_BE_BYGONES

--- SIGN [---]
SIGN RATIFY INK INITIAL CONCLUDE +SIGN_OFF
- * AGREEMENT  [057]
- * DEAL  [057]
- * TREATY  [057]
- * ACCORD  [057]
- * PACT  [057]
- * MEMORANDUM  [057]
- * DECLARATION  [057]
- * CONVENTION  [057]
- * PROTOCOL  [057]
- * {PEACE DEAL}  [057]
- * {PEACE AGREEMENT}  [057]
- * {PEACE TREATY}  [057]
- * {TRADE DEAL}  [061]
- * {TRADE AGREEMENT}  [061]
- * CONTRACT  [061]
- * CONTRACTS  [061]
- * {DEFENSE PACT}  [062]
- * {DEFENCE PACT}  [062]
- * {SECURITY PACT}  [062]
- * {ARMS DEAL}  [062]
- * {EXTRADITION TREATY}  [063]
- * &CEASEFIRE  [0871]
- * {CEASEFIRE AGREEMENT}  [0871]
- * DECREE  [---]
- * LAW  [---]
- * BILL  [---]
- * (INTO LAW)  [---]
- * PETITION  [---]
- * AGREEMENTS  [057]
- * DEALS  [057]
- * {CEASEFIRE DEAL}  [0871]

--- TRADE [061]
TRADE INVEST EXPORT IMPORT +DO_BUSINESS +BOOST_TRADE +EXPAND_TRADE
- * &MILAID  [062]
- * WEAPONS  [062]
- * ARMS  [062]
- * BLOWS  [190]
- * FIRE  [193]
- * ACCUSATIONS  [112]
- * INSULTS  [111]
- * PRISONERS  [0841]
- * (PRISONERS OF WAR)  [0841]

--- SUPPLY [060]
SUPPLY SELL SHIP SUPPLY TRANSFER FURNISH EQUIP
- * &MILAID  [072]
- * GAS  [061]
- * OIL  [061]
- * ELECTRICITY  [061]
- * GRAIN  [061]
- * FUEL  [061]
- * &HUMAID  [073]
- * &ECONAID  [071]

--- TRAIN [062]
TRAIN DRILL
- * TROOPS  [062]
- * SOLDIERS  [062]
- * FORCES  [062]
- * PILOTS  [062]
- * POLICE  [062]
- * OFFICERS  [062]
- * RECRUITS  [062]

--- EXTRADITE [063]
EXTRADITE +HAND_OVER +TURN_OVER
- * SUSPECT  [063]
- * SUSPECTS  [063]
- * FUGITIVE  [063]
- * (TO AUTHORITIES)  [063]
- * POWER  [0831]
- * CONTROL  [0831]
- * PRISONERS  [0841]
- * HOSTAGES  [0841]
- * BODIES  [0841]
- * WEAPONS  [0873]
- * TERRITORY  [0874]
- * DOCUMENTS  [064]
- * EVIDENCE  [064]
- * &HUMAID  [073]
- * &ECONAID  [071]
- * &MILAID  [072]
- * &AID  [070]

--- SHARE [---]
SHARE +EXCHANGE_INFORMATION[064] +SHARE_INTELLIGENCE[064]
- * INTELLIGENCE  [064]
- * INFORMATION  [064]
- * DATA  [064]
- * EVIDENCE  [064]
- * FINDINGS  [064]
- * TECHNOLOGY  [061]
- * EXPERTISE  [061]
- * CONCERN  [012]
- * CONCERNS  [012]
- * VIEWS  [040]
- * BORDER  [---]

--- INFORM [064]
INFORM NOTIFY APPRISE ALERT WARN_
- * (ABOUT)  [064]

--- PROVIDE_AID [070]
PROVIDE DONATE DELIVER ALLOCATE CONTRIBUTE AIRDROP +HAND_OUT +SEND_AID +RUSH_AID
- * &ECONAID  [071]
- * &MILAID  [072]
- * &HUMAID  [073]
- * &PROTECTION  [074]
- * &AID  [070]
- * ASYLUM  [075]
- * (POLITICAL ASYLUM)  [075]
- * REFUGE  [075]
- * SANCTUARY  [075]
- * ACCESS  [086]
- * INTELLIGENCE  [064]
- * INFORMATION  [064]
- * EVIDENCE  [064]
- * SUPPORT  [070]
- * {DIPLOMATIC SUPPORT}  [051]
- * {POLITICAL SUPPORT}  [051]
- * {MORAL SUPPORT}  [051]
- * TRAINING  [062]
- * DETAILS  [010]
- * EXPLANATION  [010]
- * ESCORT  [074]
- * COVER  [074]
- * SECURITY  [074]

--- GIVE [---]
GIVE GRANT EXTEND LEND
- * &ECONAID  [071]
- * &MILAID  [072]
- * &HUMAID  [073]
- * &PROTECTION  [074]
- * &AID  [070]
- * ASYLUM  [075]
- * REFUGE  [075]
- * ACCESS  [086]
- * (ACCESS TO INSPECTORS)  [0862]
- * PERMISSION  [086]
- * AMNESTY  [0841]
- * PARDON  [0841]
- * RECOGNITION  [054]
- * {DIPLOMATIC RECOGNITION}  [054]
- * SUPPORT  [051]
- * BACKING  [051]
- * APPROVAL  [051]
- * (GREEN LIGHT)  [051]
- * ULTIMATUM  [139]
- * WARNING  [130]
- * INVITATION  [020]
- * CONDOLENCES  [018]
- * RIGHTS  [0833]
- * AUTONOMY  [0833]
- * (RIGHT TO)  [0833]
- * (UP ARMS)  [0873]
- * (UP WEAPONS)  [0873]
- * CONCESSIONS  [080]
- * CONCESSION  [080]
- * STATEMENT  [010]
- * INTERVIEW  [010]
- * SPEECH  [010]
- * ASSURANCES  [030]
- * GUARANTEES  [030]
- * WELCOME  [043]
- * (WARM WELCOME)  [043]
- * CURFEW  [1723]
- * {STATE OF EMERGENCY}  [1724]
- * BAN  [172]
- * RESTRICTIONS  [172]
- * SANCTIONS  [163]
- * (DETENTION)  [173]
- * TIME  [---]

--- SEND [---]
SEND DISPATCH DESPATCH
- * TROOPS (TO BORDER)  [154]
- * TROOPS  [154]
- * SOLDIERS  [154]
- * REINFORCEMENTS  [154]
- * WARSHIPS  [154]
- * WARSHIP  [154]
- * TANKS  [154]
- * FORCES  [154]
- * {RIOT POLICE}  [153]
- * POLICE  [153]
- * PEACEKEEPERS  [074]
- * &MILAID  [072]
- * &HUMAID  [073]
- * &ECONAID  [071]
- * &AID  [070]
- * ENVOY  [032]
- * DELEGATION  [032]
- * MESSAGE  [010]
- * LETTER  [010]
- * NOTE  [114]
- * {PROTEST NOTE}  [114]
- * WARNING  [130]
- * SIGNAL  [010]
- * CONDOLENCES  [018]
- * INVITATION  [020]
- * INSPECTORS  [090]
- * INVESTIGATORS  [090]
- * (INTO EXILE)  [174]
- * BACK  [174]

--- YIELD [080]
YIELD CAVE RELENT CAPITULATE_ COMPLY ACCEDE ACQUIESCE SUBMIT +GIVE_IN +BACK_DOWN +GIVE_WAY +BOW_TO[080]
- * (TO PRESSURE)  [080]
- * (TO DEMANDS)  [083]
- * (TO DEMAND)  [083]
- * (TO CALLS)  [083]
- * (TO DEMANDS FOR &POLICYCHANGE)  [0832]
- * (TO DEMANDS FOR &RIGHTS)  [0833]
- * (TO DEMANDS FOR &LEADERSHIP)  [0831]
- * (TO DEMANDS FOR &REGIME)  [0834]

--- LIFT [---]
LIFT EASE RELAX LOOSEN REMOVE SCRAP RESCIND REVOKE REPEAL RELAX UNFREEZE SHORTEN +ROLL_BACK
- * CURFEW  [0813]
- * {STATE OF EMERGENCY}  [0814]
- * {MARTIAL LAW}  [0814]
- * BAN  [081]
- * (BAN ON PARTY)  [0812]
- * (BAN ON PARTIES)  [0812]
- * RESTRICTIONS  [081]
- * {TRAVEL BAN}  [081]
- * {MEDIA RESTRICTIONS}  [0811]
- * CENSORSHIP  [0811]
- * SANCTIONS  [085]
- * EMBARGO  [085]
- * {ARMS EMBARGO}  [085]
- * TARIFFS  [085]
- * BOYCOTT  [085]
- * BLOCKADE  [0872]
- * SIEGE  [0872]
- * CHECKPOINTS  [0872]
- * {NO-FLY ZONE}  [0872]
- * IMMUNITY  [172]
- * ASSETS  [085]
- * TENSIONS  [087]
- * TENSION  [087]
- * TROOPS  [0874]
- * (EMERGENCY MEASURES)  [081]
- * (SECURITY MEASURES)  [081]
- * MEASURES  [081]

--- RELEASE [0841]
RELEASE FREE LIBERATE_ PARDON REPATRIATE +SET_FREE +LET_GO
- * PRISONERS  [0841]
- * HOSTAGES  [0841]
- * DETAINEES  [0841]
- * CAPTIVES  [0841]
- * (ON BAIL)  [0841]
- * STATEMENT  [010]
- * REPORT  [010]
- * VIDEO  [010]
- * FOOTAGE  [010]
- * FIGURES  [010]
- * DATA  [010]
- * RESULTS  [010]
- * DETAILS  [010]
- * FUNDS  [071]
- * AID  [070]
- * TANKER  [0842]
- * SHIP  [0842]
- * VESSEL  [0842]
- * ASSETS  [0842]
- * PROPERTY  [0842]
- * BODIES  [0841]
- * &PLACE  [192]

--- RETURN [---]
RETURN +HAND_BACK +GIVE_BACK
- * TERRITORY  [0842]
- * LAND  [0842]
- * PROPERTY  [0842]
- * ASSETS  [0842]
- * BODIES  [0841]
- * PRISONERS  [0841]
- * HOSTAGES  [0841]
- * CHILDREN  [0841]
- * FIRE  [193]
- * (TO &TALKS)  [036]
- * (TO NEGOTIATING TABLE)  [036]
- * AMBASSADOR  [054]
- * (SEIZED PROPERTY)  [084]
- * ARTIFACTS  [084]
- * (CONFISCATED)  [084]

--- EXCHANGE [---]
EXCHANGE SWAP
- * PRISONERS  [0841]
- * (PRISONERS OF WAR)  [0841]
- * CAPTIVES  [0841]
- * BODIES  [0841]
- * FIRE  [193]
- * GUNFIRE  [193]
- * SHOTS  [193]
- * {ARTILLERY FIRE}  [194]
- * BLOWS  [182]
- * VIEWS  [040]
- * INFORMATION  [064]
- * INTELLIGENCE  [064]
- * DATA  [064]
- * ACCUSATIONS  [112]
- * INSULTS  [111]
- * THREATS  [130]
- * LETTERS  [040]
- * MESSAGES  [040]
- * GREETINGS  [040]
- * AMBASSADORS  [054]

--- ALLOW [---]
ALLOW PERMIT LET AUTHORIZE AUTHORISE +LET_IN
- * INSPECTORS  [0862]
- * INSPECTION  [0862]
- * INSPECTIONS  [0862]
- * MONITORS  [0862]
- * OBSERVERS  [0862]
- * INVESTIGATORS  [0862]
- * PEACEKEEPERS  [0861]
- * &HUMAID  [0863]
- * AID  [0863]
- * CONVOY  [0863]
- * CONVOYS  [0863]
- * (DELIVERY OF AID)  [0863]
- * EVACUATION  [0863]
- * ACCESS  [086]
- * JOURNALISTS  [0811]
- * PROTESTS  [0811]
- * (OPPOSITION PARTIES)  [0812]
- * REFUGEES  [075]
- * ENTRY  [086]
- * USE  [---]
- * CANDIDATE  [0812]
- * CANDIDATES  [0812]
- * (OPPOSITION LEADER)  [0812]
- * (TO PARTICIPATE IN ELECTIONS)  [0812]
- * RALLY  [0811]
- * (TO HOLD RALLY)  [0811]
- * (TO RETURN HOME)  [075]

--- DEESCALATE [087]
DE-ESCALATE DEESCALATE DEMOBILIZE[0873] DEMOBILISE[0873] DISARM[0873] DEMILITARIZE[0873] RETREAT[0874]
SURRENDER[0874] CAPITULATE[0874] +PULL_BACK[0874] +PULL_OUT[0874] +LAY_DOWN_ARMS[0873] +STAND_DOWN[0873]
+SCALE_BACK +WIND_DOWN
- * (FROM &PLACE)  [0874]
- * (FROM +)  [0874]
- * TROOPS  [0874]
- * FORCES  [0874]
- * (FROM &TALKS)  [164]
- * (FROM DEAL)  [160]
- * (FROM AGREEMENT)  [160]
- * (FROM TREATY)  [160]
- * OPERATIONS  [087]
- * OFFENSIVE  [087]
- * FIGHTING  [087]

--- WITHDRAW [---]
WITHDRAW RECALL
- * &MILITARY  [0874]
- * (FROM &PLACE)  [0874]
- * (FROM &TALKS)  [164]
- * (FROM MEDIATION)  [165]
- * (FROM TREATY)  [160]
- * (FROM AGREEMENT)  [160]
- * (FROM DEAL)  [160]
- * (FROM ACCORD)  [160]
- * (FROM ORGANIZATION)  [160]
- * (FROM ALLIANCE)  [160]
- * (FROM COALITION)  [160]
- * &DIPLOMAT  [161]
- * RECOGNITION  [160]
- * SUPPORT  [160]
- * AID  [162]
- * &ECONAID  [1621]
- * PEACEKEEPERS  [1661]
- * (PEACEKEEPING FORCE)  [1661]
- * (PEACEKEEPING TROOPS)  [1661]
- * (PEACEKEEPING MISSION)  [1661]
- * INSPECTORS  [1662]
- * OBSERVERS  [1662]
- * MONITORS  [1662]
- * (AID WORKERS)  [1663]
- * STAFF  [166]
- * MISSION  [166]
- * CANDIDACY  [---]
- * CANDIDATE  [---]
- * CASH  [---]
- * MONEY  [---]
- * (FROM RACE)  [---]
- * &MILAID  [1622]
- * CHARGES  [081]
- * CLAIM  [080]
- * LAWSUIT  [080]
- * BILL  [080]

--- INVESTIGATE [090]
INVESTIGATE PROBE EXAMINE SCRUTINIZE SCRUTINISE INSPECT AUDIT +LOOK_INTO +OPEN_AN_INVESTIGATION
+LAUNCH_AN_INVESTIGATION +OPEN_A_PROBE
- * &CRIME  [091]
- * (&CRIME)  [091]
- * KILLING  [091]
- * KILLINGS  [091]
- * DEATH  [091]
- * DEATHS  [091]
- * &ABUSE  [092]
- * ATTACK  [093]
- * ATTACKS  [093]
- * STRIKE  [093]
- * AIRSTRIKE  [093]
- * {AIR STRIKE}  [093]
- * SHELLING  [093]
- * BOMBING  [093]
- * RAID  [093]
- * INCIDENT  [090]
- * &WARCRIME  [094]
- * (ALLEGED &WARCRIME)  [094]

--- OPEN [---]
OPEN REOPEN
- * INVESTIGATION  [090]
- * PROBE  [090]
- * INQUIRY  [090]
- * (CRIMINAL CASE)  [091]
- * (CRIMINAL INVESTIGATION)  [091]
- * (WAR CRIMES INVESTIGATION)  [094]
- * FIRE  [190]
- * (FIRE ON &PROTESTER)  [175]
- * (FIRE ON +)  [190]
- * (FIRE AT +)  [193]
- * {HUMANITARIAN CORRIDOR}  [0863]
- * CORRIDOR  [0863]
- * CORRIDORS  [0863]
- * BORDER  [0872]
- * CROSSING  [0872]
- * CROSSINGS  [0872]
- * AIRSPACE  [0872]
- * EMBASSY  [054]
- * CONSULATE  [054]
- * TALKS  [046]
- * NEGOTIATIONS  [046]
- * DIALOGUE  [040]
- * {NEW FRONT}  [190]
- * BASE  [062]
- * MARKETS  [061]
- * {DIPLOMATIC RELATIONS}  [054]

--- DEMAND [100]
DEMAND INSIST PRESS PRESSURE REQUIRE ORDER DICTATE +INSIST_ON +PRESS_FOR_
- * EXPLANATION  [101]
- * (EXPLANATION)  [101]
- * INFORMATION  [101]
- * ANSWERS  [101]
- * &INVESTIGATIONNOUN  [101]
- * (ARREST OF)  [173]
- * ARREST  [173]
- * EVACUATION  [---]
- * APOLOGY  [100]
- * COMPENSATION  [100]
- * REPARATIONS  [100]
- * (TO STOP &FIGHTING)  [1056]
- * (STOP TO &FIGHTING)  [1056]
- * (END TO &FIGHTING)  [1056]
- * (END TO WAR)  [1056]
- * (UNCONDITIONAL SURRENDER)  [100]
- * CAPITULATION  [100]
@demand(FOR,TO,OF)

--- OPPOSE [110]
OPPOSE OBJECT DISAPPROVE DISAGREE DISLIKE RESIST DISPUTE CHALLENGE QUESTION +TAKE_ISSUE +PUSH_BACK
- * (AT UN)  [110]
- * RESULTS  [110]
- * RULING  [110]
- * (IN COURT)  [115]
- * &MEDIATION  [126]
- * (TO &MEDIATION)  [126]
- * (TO &TALKS)  [125]
- * &SETTLEMENT  [127]
- * (TO &SETTLEMENT)  [127]

--- CRITICIZE [111]
CRITICIZE CRITICISE CONDEMN DENOUNCE SLAM BLAST LAMBASTE LAMBAST DEPLORE DECRY CENSURE REBUKE CHIDE
SCOLD BERATE CASTIGATE RIDICULE MOCK INSULT DERIDE VILIFY DEMONIZE DISPARAGE EXCORIATE REPROACH
SLATE_ BLAST +LASH_OUT +HIT_OUT +RAIL_AGAINST +SPEAK_OUT_AGAINST +TAKE_AIM_AT
- * (AS &CRIME)  [1121]
- * (AS AGGRESSION)  [1123]
- * (AS {WAR CRIME})  [1124]
- * (AS GENOCIDE)  [1124]

--- ACCUSE [112]
ACCUSE BLAME ALLEGE IMPLICATE INCRIMINATE +POINT_THE_FINGER +HOLD_RESPONSIBLE
- * (OF &WARCRIME)  [1124]
- * (FOR &WARCRIME)  [1124]
- * (OF &CRIME)  [1121]
- * (OF &ABUSE)  [1122]
- * (OF ABUSING)  [1122]
- * (OF TORTURING)  [1122]
- * (OF &AGGRESSION)  [1123]
- * (OF ATTACKING)  [1123]
- * (OF SHELLING)  [1123]
- * (OF VIOLATING &CEASEFIRE)  [1123]
- * (OF PLANNING)  [1123]
- * (OF &WARCRIME)  [1124]
- * (OF COMMITTING &WARCRIME)  [1124]
- * (OF &ESPIONAGE)  [1125]
- * (OF SPYING)  [1125]
- * (OF STEALING)  [1121]
- * (OF RIGGING)  [1121]
- * (OF INTERFERING)  [112]
- * (OF INTERFERENCE)  [112]
- * (FOR ATTACK)  [1123]
- * (FOR ATTACKS)  [1123]
- * (FOR SHELLING)  [1123]
- * (FOR BOMBING)  [1123]
- * (FOR &WARCRIME)  [1124]
- * (FOR &CRIME)  [1121]

--- RALLY_OPPOSITION [113]
+RALLY_OPPOSITION +UNITE_AGAINST +GANG_UP +MOBILIZE_AGAINST +CAMPAIGN_AGAINST +LOBBY_AGAINST

--- COMPLAIN [114]
COMPLAIN SUMMON +LODGE_A_PROTEST +LODGE_A_COMPLAINT +FILE_A_COMPLAINT +SEND_A_PROTEST_NOTE +LODGE_PROTEST
- * &DIPLOMAT  [114]
- * (TO UN)  [114]
- * (TO {SECURITY COUNCIL})  [114]
- * (OVER +)  [114]

--- LODGE [---]
LODGE FILE SUBMIT_
- * PROTEST  [114]
- * COMPLAINT  [114]
- * {FORMAL PROTEST}  [114]
- * {FORMAL COMPLAINT}  [114]
- * LAWSUIT  [115]
- * SUIT  [115]
- * CASE  [115]
- * CLAIM  [115]
- * CHARGES  [173]
- * APPEAL  [---]
- * APPLICATION  [---]
- * (FOR MEMBERSHIP)  [---]
- * REPORT  [010]

--- SUE [115]
SUE LITIGATE +TAKE_TO_COURT +FILE_SUIT +FILE_A_LAWSUIT +BRING_A_CASE +BRING_CHARGES[173]
- * (AT {INTERNATIONAL COURT})  [115]
- * (FOR DAMAGES)  [115]

--- CONVICT [116]
CONVICT SENTENCE +FIND_GUILTY +HAND_DOWN
- * (TO DEATH)  [116]
- * (TO PRISON)  [116]
- * (TO YEARS)  [116]
- * (IN ABSENTIA)  [116]
- * SENTENCE  [116]
- * VERDICT  [116]
- * RULING  [116]

--- REJECT [120]
REJECT REBUFF SPURN DISMISS_ REPUDIATE RENOUNCE SNUB REFUSE REBUKE_ DISREGARD +TURN_DOWN +SAY_NO
+BRUSH_ASIDE +SHRUG_OFF +WAVE_OFF RENEGE BACKTRACK +GO_BACK_ON +BACK_OUT_OF
- * APPEAL  [120]
- * (APPEAL FOR &AID)  [122]
- * COMMITMENT  [120]
- * PROMISE  [120]
- * &ACCUSATION  [016]
- * (CLAIMS OF RESPONSIBILITY)  [016]
- * PROPOSAL  [120]
- * OFFER  [120]
- * ULTIMATUM  [120]
- * DEMAND  [120]
- * DEMANDS  [120]
- * CALLS  [120]
- * CALL  [120]
- * REQUEST  [120]
- * RESOLUTION  [120]
- * PLAN  [120]
- * INVITATION  [125]
- * (TO &TALKS)  [125]
- * (TO MEET)  [125]
- * (TO NEGOTIATE)  [125]
- * (TO RELEASE)  [1243]
- * (TO WITHDRAW)  [1246]
- * (TO STEP DOWN)  [1231]
- * (TO RESIGN)  [1231]
- * (TO LIFT &SANCTIONS)  [1244]
- * (TO ALLOW INSPECTORS)  [1245]
- * (TO HALT &FIGHTING)  [1246]
- * (TO STOP &FIGHTING)  [1246]
- * (TO RECOGNIZE)  [120]
- * (TO COMMENT)  [011]
@reject(FOR,OF,ON)

--- DEFY [128]
DEFY FLOUT DISOBEY IGNORE BREACH VIOLATE CONTRAVENE +THUMB_NOSE
- * &CEASEFIRE  [196]
- * (TERMS OF &CEASEFIRE)  [196]
- * RESOLUTION  [128]
- * RESOLUTIONS  [128]
- * {INTERNATIONAL LAW}  [128]
- * LAW  [128]
- * ORDER  [128]
- * ORDERS  [128]
- * RULING  [128]
- * SANCTIONS  [128]
- * EMBARGO  [128]
- * WARNINGS  [128]
- * CALLS  [120]
- * AGREEMENT  [128]
- * DEAL  [128]
- * TREATY  [128]
- * AIRSPACE  [190]
- * SOVEREIGNTY  [190]
- * {TERRITORIAL INTEGRITY}  [190]
- * BAN  [128]
- * CURFEW  [128]

--- VETO [129]
VETO +VOTE_DOWN +BLOCK_RESOLUTION +VOTE_AGAINST

--- BLOCK [---]
BLOCK OBSTRUCT BARRICADE HINDER IMPEDE THWART STYMIE +HOLD_UP
- * RESOLUTION  [129]
- * BID  [129]
- * MEMBERSHIP  [129]
- * ACCESSION  [129]
- * SANCTIONS  [129]
- * ROAD  [144]
- * ROADS  [144]
- * HIGHWAY  [144]
- * HIGHWAYS  [144]
- * STREETS  [144]
- * RAILWAY  [144]
- * ENTRANCE  [144]
- * TRAFFIC  [144]
- * ACCESS  [191]
- * &HUMAID  [1245]
- * AID  [1245]
- * CONVOY  [1245]
- * CONVOYS  [1245]
- * ENTRY  [191]
- * PORT  [191]
- * PORTS  [191]
- * PASSAGE  [191]
- * BORDER  [191]
- * CROSSING  [191]
- * SHIPMENTS  [191]
- * EXPORTS  [163]
- * IMPORTS  [163]
- * WEBSITE  [1721]
- * WEBSITES  [1721]
- * INTERNET  [1721]
- * {SOCIAL MEDIA}  [1721]
- * ATTACK  [---]
- * ATTEMPT  [---]
- * (THE DEAL)  [129]
- * (DEMANDING &LEADERSHIP)  [1441]
- * (TO DEMAND &LEADERSHIP)  [1441]
- * (AGAINST &POLICY)  [1442]
- * (OVER &POLICY)  [1442]
- * (DEMANDING &RIGHTS)  [1443]
- * (DEMANDING &REGIME)  [1444]
- * (IN PROTEST)  [144]
- * BRIDGE  [144]
- * BRIDGES  [144]
- * ROADWAY  [144]
- * TRANSPORT  [144]
- * TRAFFIC  [144]
- * DEAL  [129]
- * AGREEMENT  [129]

--- THREATEN [130]
THREATEN WARN MENACE INTIMIDATE_ +ISSUE_A_WARNING +ISSUE_A_THREAT +SOUND_THE_ALARM[012]
- * (TO CUT AID)  [1311]
- * (TO STOP AID)  [1311]
- * (TO SUSPEND AID)  [1311]
- * (TO WITHHOLD)  [1311]
- * &SANCTIONS  [1312]
- * (OF &SANCTIONS)  [1312]
- * (WITH &SANCTIONS)  [1312]
- * (TO IMPOSE &SANCTIONS)  [1312]
- * (TO CUT TIES)  [1313]
- * (TO SEVER TIES)  [1313]
- * (TO BREAK RELATIONS)  [1313]
- * (TO EXPEL)  [1313]
- * (TO RECALL)  [1313]
- * (TO BAN)  [1322]
- * (TO OUTLAW)  [1322]
- * (TO IMPOSE CURFEW)  [1323]
- * CURFEW  [1323]
- * (TO DECLARE {STATE OF EMERGENCY})  [1324]
- * {MARTIAL LAW}  [1324]
- * (TO RESTRICT)  [1321]
- * (TO PROTEST)  [133]
- * (WITH PROTESTS)  [133]
- * (TO STRIKE)  [133]
- * (TO BOYCOTT)  [133]
- * (TO QUIT &TALKS)  [134]
- * (TO WALK OUT)  [134]
- * (TO HALT &TALKS)  [134]
- * (TO SUSPEND &TALKS)  [134]
- * (TO WITHDRAW FROM &TALKS)  [134]
- * (TO ABANDON MEDIATION)  [135]
- * (TO EXPEL PEACEKEEPERS)  [136]
- * (TO EXPEL INSPECTORS)  [136]
- * (TO EXPEL OBSERVERS)  [136]
- * CRACKDOWN  [137]
- * (TO CRUSH)  [137]
- * (TO ARREST)  [137]
- * (WITH ARREST)  [137]
- * (TO USE FORCE)  [138]
- * &FORCE  [138]
- * (OF &FORCE)  [138]
- * (WITH &FORCE)  [138]
- * (TO BLOCKADE)  [1381]
- * BLOCKADE  [1381]
- * (TO OCCUPY)  [1382]
- * (TO ANNEX)  [1382]
- * (TO SEIZE)  [1382]
- * (TO INVADE)  [1382]
- * (TO BOMB)  [1384]
- * (TO ATTACK)  [1384]
- * (TO STRIKE BACK)  [1384]
- * (TO SHOOT DOWN)  [1384]
- * (TO KILL)  [1383]
- * (TO EXECUTE)  [1383]
- * (TO BEHEAD)  [1383]
- * (TO BLOW UP)  [1383]
- * (SUICIDE ATTACKS)  [1383]
- * &WMD  [1385]
- * (TO USE &WMD)  [1385]
- * (WITH &WMD)  [1385]
- * (OF &WMD)  [1385]
- * (OF {NUCLEAR WAR})  [1385]
- * CONSEQUENCES  [130]
- * COUNTERMEASURES  [131]
- * (RETALIATORY MEASURES)  [131]
- * (ECONOMIC RETALIATION)  [131]
- * (TO IMPOSE RESTRICTIONS)  [132]
- * (WITH FINES)  [132]
- * (TO REVOKE LICENSE)  [132]
- * (TO REVOKE)  [132]
- * ULTIMATUM  [139]
- * (OF DANGER)  [012]
- * (OF RISK)  [012]
- * (OF CRISIS)  [012]
- * (OF FAMINE)  [012]
- * (OF SHORTAGES)  [012]
- * (OF RECESSION)  [012]
- * (AGAINST TRAVEL)  [012]

--- ULTIMATUM [139]
+ISSUE_AN_ULTIMATUM +SET_A_DEADLINE +GIVE_AN_ULTIMATUM

--- ISSUE [---]
ISSUE
- * ULTIMATUM  [139]
- * WARNING  [130]
- * THREAT  [130]
- * THREATS  [130]
- * STATEMENT  [010]
- * APPEAL  [020]
- * CALL  [020]
- * WARRANT  [173]
- * {ARREST WARRANT}  [173]
- * (WARRANT FOR ARREST)  [173]
- * SANCTIONS  [163]
- * DENIAL  [016]
- * APOLOGY  [055]
- * CONDEMNATION  [111]
- * PROTEST  [114]
- * DEMAND  [100]
- * DEMANDS  [100]
- * VISAS  [---]
- * PASSPORTS  [---]
- * VERDICT  [116]
- * RULING  [---]

--- DEMONSTRATE [141]
DEMONSTRATE PROTEST RALLY MARCH PICKET +TAKE_TO_THE_STREETS +TAKE_TO_STREETS +STAGE_A_PROTEST
+STAGE_A_RALLY +HOLD_A_RALLY +HOLD_A_PROTEST +SIT_IN
- * (FOR &LEADERSHIP)  [1411]
- * (AGAINST PRESIDENT)  [1411]
- * (AGAINST {PRIME MINISTER})  [1411]
- * (AGAINST GOVERNMENT)  [141]
- * (DEMANDING &LEADERSHIP)  [1411]
- * (AGAINST &POLICY)  [1412]
- * (OVER &POLICY)  [1412]
- * &POLICY  [1412]
- * (FOR &RIGHTS)  [1413]
- * (DEMANDING &RIGHTS)  [1413]
- * (FOR &REGIME)  [1414]
- * (DEMANDING &REGIME)  [1414]
- * (FOR &REFORM)  [1414]
- * (IN SUPPORT)  [141]
- * (BEHIND +)  [053]
- * SUPPORT  [053]
- * (TO SUPPORT)  [053]
- * (AROUND +)  [053]
- * RESOLVE  [150]
- * STRENGTH  [150]
- * (MILITARY MIGHT)  [150]
- * (MILITARY POWER)  [150]
- * (TO &DIPLOMAT)  [114]
- * (TO EMBASSY)  [114]

--- HUNGER_STRIKE [142]
FAST_ +GO_ON_HUNGER_STRIKE +STAGE_A_HUNGER_STRIKE +REFUSE_FOOD +BEGIN_A_HUNGER_STRIKE
- * (FOR &LEADERSHIP)  [1421]
- * (AGAINST &POLICY)  [1422]
- * (FOR &RIGHTS)  [1423]
- * (FOR &REGIME)  [1424]

--- STRIKE_BOYCOTT [143]
BOYCOTT SHUN +WALK_OUT +DOWN_TOOLS +GO_ON_STRIKE +STAGE_A_STRIKE +STAGE_A_WALKOUT +STOP_WORK +STAY_AWAY
- * (FOR &LEADERSHIP)  [1431]
- * (AGAINST &POLICY)  [1432]
- * (OVER &POLICY)  [1432]
- * (OVER PAY)  [1432]
- * (OVER WAGES)  [1432]
- * (FOR &RIGHTS)  [1433]
- * (FOR &REGIME)  [1434]
- * ELECTIONS  [143]
- * ELECTION  [143]
- * VOTE  [143]
- * &TALKS  [125]
- * (OF &TALKS)  [164]
- * (OUT OF &TALKS)  [164]
- * GAMES  [163]
- * OLYMPICS  [163]
- * GOODS  [163]
- * PRODUCTS  [163]

--- GO [---]
GO
- * (ON {HUNGER STRIKE})  [142]
- * (ON STRIKE)  [143]
- * (TO WAR)  [190]
- * (ON RAMPAGE)  [145]
- * (ON ALERT)  [152]
- * (ON {HIGH ALERT})  [152]
- * (ON OFFENSIVE)  [190]
- * (ON THE OFFENSIVE)  [190]
- * (TO POLLS)  [---]
- * (TO COURT)  [115]
- * (ON TRIAL)  [:173]
- * (ON VISIT)  [042]
- * (TO +)  [---]

--- STAGE [---]
STAGE MOUNT ORGANIZE ORGANISE
- * STRIKE  [143]
- * STRIKES  [143]
- * WALKOUT  [143]
- * BOYCOTT  [143]
- * PROTEST  [141]
- * PROTESTS  [141]
- * RALLY  [141]
- * RALLIES  [141]
- * DEMONSTRATION  [141]
- * DEMONSTRATIONS  [141]
- * MARCH  [141]
- * SIT-IN  [141]
- * {HUNGER STRIKE}  [142]
- * BLOCKADE  [144]
- * ATTACK  [190]
- * ATTACKS  [190]
- * RAID  [190]
- * RAIDS  [190]
- * AMBUSH  [190]
- * OFFENSIVE  [190]
- * COUNTEROFFENSIVE  [190]
- * {MILITARY EXERCISES}  [150]
- * DRILLS  [150]
- * EXERCISES  [150]
- * {JOINT EXERCISES}  [062]
- * {JOINT DRILLS}  [062]
- * {SUICIDE ATTACK}  [1831]
- * {SUICIDE BOMBING}  [1831]
- * COUP  [180]
- * {COUP ATTEMPT}  [180]
- * PARADE  [150]
- * {MILITARY PARADE}  [150]
- * CAMPAIGN  [---]
- * RESCUE  [---]
- * {RESCUE OPERATION}  [---]
- * DEFENSE  [190]
- * DEFENCE  [190]
- * RESISTANCE  [190]

--- RIOT [145]
RIOT RAMPAGE LOOT PILLAGE +RUN_RIOT +GO_ON_THE_RAMPAGE
- * (FOR &LEADERSHIP)  [1451]
- * (AGAINST &POLICY)  [1452]
- * (OVER &POLICY)  [1452]
- * (FOR &RIGHTS)  [1453]
- * (FOR &REGIME)  [1454]
- * SHOPS  [145]
- * STORES  [145]

--- CLASH [190]
CLASH SKIRMISH SCUFFLE BRAWL +FACE_OFF
- * (WITH &COPS)  [145]
- * (WITH &PROTESTER)  [175]
- * (WITH POLICE)  [145]
- * (WITH STUDENTS)  [145]
- * (DURING PROTEST)  [145]
- * (DURING PROTESTS)  [145]
- * (AT PROTEST)  [145]
- * (IN PARLIAMENT)  [111]
- * (OVER POLICY)  [110]
- * (WITH &MILITARY)  [190]

--- DEMONSTRATE_FORCE [150]
PARADE PATROL OVERFLY MANEUVER MANOEUVRE BRANDISH +FLEX_MUSCLES +SHOW_FORCE +RATTLE_SABRES +SABER-RATTLE
- * (NEAR BORDER)  [150]
- * (ALONG BORDER)  [150]
- * (IN STRAIT)  [150]
- * (NEAR +)  [150]
- * STREETS  [153]
- * (STREETS)  [153]

--- TEST [---]
TEST +TEST-FIRE +TEST_FIRE
- * MISSILE  [150]
- * MISSILES  [150]
- * {BALLISTIC MISSILE}  [150]
- * {NUCLEAR DEVICE}  [150]
- * {NUCLEAR BOMB}  [150]
- * WEAPON  [150]
- * WEAPONS  [150]
- * ROCKET  [150]
- * ROCKETS  [150]
- * RESOLVE  [130]
- * {VACCINE}  [---]
- * POSITIVE  [---]

--- ALERT [---]
+PUT_ON_ALERT[152] +PLACE_ON_ALERT[152] +RAISE_ALERT[152] +GO_ON_ALERT[152] +HEIGHTEN_SECURITY[151]
+STEP_UP_SECURITY[151] +TIGHTEN_SECURITY[151] +INCREASE_SECURITY[151] +BOOST_SECURITY[151]

--- PUT [---]
PUT PLACE
- * (ON ALERT)  [152]
- * (ON {HIGH ALERT})  [152]
- * (ON {COMBAT ALERT})  [152]
- * (ON {COMBAT READINESS})  [152]
- * (ON {FULL ALERT})  [152]
- * (ON TRIAL)  [173]
- * (UNDER INVESTIGATION)  [090]
- * (UNDER INQUIRY)  [090]
- * (UNDER {HOUSE ARREST})  [173]
- * (UNDER ARREST)  [173]
- * (IN DETENTION)  [173]
- * (IN CUSTODY)  [173]
- * (UNDER SURVEILLANCE)  [173]
- * (TO DEATH)  [1823]
- * (ON {WANTED LIST})  [173]
- * (ON {SANCTIONS LIST})  [163]
- * (ON BLACKLIST)  [163]
- * (UNDER SANCTIONS)  [163]
- * (UNDER SIEGE)  [191]
- * (DOWN PROTEST)  [175]
- * (DOWN PROTESTS)  [175]
- * (DOWN UPRISING)  [175]
- * (DOWN REBELLION)  [175]
- * (DOWN REVOLT)  [175]
- * (FORWARD PROPOSAL)  [---]
- * (FORWARD {PEACE PLAN})  [037]
- * (FORWARD PLAN)  [---]
- * (PRESSURE ON +)  [100]
- * PRESSURE  [100]
- * (ON HOLD &TALKS)  [164]
- * (ON HOLD)  [160]
- * (UP RESISTANCE)  [190]
- * (UP FIGHT)  [190]
- * (UP BARRICADES)  [144]
- * (IN PLACE)  [---]
- * TROOPS  [154]
- * (TROOPS ON ALERT)  [152]
- * RESTRICTIONS  [172]
- * CURBS  [172]
- * BAN  [172]
- * EMBARGO  [163]
- * SANCTIONS  [163]
- * TARIFFS  [163]
- * {BOUNTY}  [130]

--- BOOST [---]
BOOST INCREASE STRENGTHEN BOLSTER REINFORCE EXPAND ENHANCE UPGRADE TIGHTEN +BEEF_UP +STEP_UP +SCALE_UP
+BUILD_UP +RAMP_UP
- * SECURITY  [151]
- * (SECURITY MEASURES)  [151]
- * (POLICE PRESENCE)  [153]
- * {MILITARY PRESENCE}  [154]
- * PRESENCE  [154]
- * DEFENSES  [154]
- * DEFENCES  [154]
- * &MILITARY  [154]
- * (BORDER SECURITY)  [154]
- * ATTACKS  [190]
- * STRIKES  [190]
- * SHELLING  [194]
- * BOMBING  [195]
- * AIRSTRIKES  [195]
- * {AIR STRIKES}  [195]
- * OFFENSIVE  [190]
- * PRESSURE  [100]
- * SANCTIONS  [163]
- * TIES  [050]
- * COOPERATION  [050]
- * (MILITARY COOPERATION)  [062]
- * (SECURITY COOPERATION)  [062]
- * (DEFENSE COOPERATION)  [062]
- * TRADE  [061]
- * INVESTMENT  [061]
- * (ECONOMIC COOPERATION)  [061]
- * AID  [070]
- * &HUMAID  [073]
- * &MILAID  [072]
- * &ECONAID  [071]
- * CRACKDOWN  [175]
- * PATROLS  [150]
- * (ARMS PRODUCTION)  [154]
- * CONTACTS  [040]
- * BLOCKADE  [191]
- * SIEGE  [191]
- * RESTRICTIONS  [172]
- * CURFEW  [1723]
- * (DIPLOMATIC TIES)  [050]
- * RELATIONS  [050]

--- MOBILIZE [154]
MOBILIZE MOBILISE DEPLOY AMASS MASS STATION CONSCRIPT REARM RECRUIT ENLIST +CALL_UP +SEND_IN +BRING_IN +MASS_TROOPS
+MOVE_TROOPS
- * RESERVISTS  [154]
- * TROOPS  [154]
- * (TROOPS TO BORDER)  [154]
- * (ALONG BORDER)  [154]
- * (NEAR BORDER)  [154]
- * POLICE  [153]
- * {RIOT POLICE}  [153]
- * (SECURITY FORCES)  [153]
- * (SECURITY PERSONNEL)  [153]
- * PEACEKEEPERS  [074]
- * (PEACEKEEPING FORCE)  [074]
- * OBSERVERS  [0861]
- * MONITORS  [0861]
- * SUPPORT  [053]
- * SUPPORTERS  [053]
- * (AGAINST +)  [113]
- * OPPOSITION  [113]
- * VOTERS  [053]
- * AID  [070]
- * FUNDS  [070]
- * RESOURCES  [070]
- * (RESCUE TEAMS)  [073]
- * INSPECTORS  [090]

--- REDUCE_RELATIONS [160]
DOWNGRADE SEVER CANCEL POSTPONE SHELVE BETRAY DISASSOCIATE UNDERMINE SABOTAGE_ SNUB_ +CUT_TIES[161]
+CUT_OFF +CALL_OFF +BREAK_OFF +SEVER_TIES[161] +BREAK_TIES[161] +CUT_OFF_RELATIONS[161] +WALK_AWAY
+PUT_OFF
- * RELATIONS  [161]
- * {DIPLOMATIC RELATIONS}  [161]
- * TIES  [161]
- * {DIPLOMATIC TIES}  [161]
- * CONTACTS  [160]
- * &TALKS  [164]
- * (FROM &TALKS)  [164]
- * MEDIATION  [165]
- * (FROM MEDIATION)  [165]
- * VISIT  [160]
- * TRIP  [160]
- * MEETING  [160]
- * SUMMIT  [160]
- * AID  [162]
- * &ECONAID  [1621]
- * &MILAID  [1622]
- * &HUMAID  [1623]
- * GAS  [163]
- * (GAS SUPPLIES)  [163]
- * OIL  [163]
- * ELECTRICITY  [191]
- * POWER  [191]
- * WATER  [191]
- * INTERNET  [1721]
- * PROTEST  [082]
- * PROTESTS  [082]
- * STRIKE  [082]
- * STRIKES  [082]
- * DEMONSTRATION  [082]
- * RALLY  [082]
- * BOYCOTT  [082]
- * OFFENSIVE  [087]
- * ATTACK  [087]
- * EXERCISES  [160]
- * CONTRACT  [1211]
- * CONTRACTS  [1211]
- * DEAL  [160]
- * AGREEMENT  [160]
- * ELECTION  [---]
- * ELECTIONS  [---]
- * CONCERT  [---]
- * FLIGHTS  [160]
- * VISAS  [172]
- * (SUPPLY LINES)  [191]
- * SUPPLIES  [191]
- * ROUTE  [191]
- * ROUTES  [191]
- * (ESCAPE ROUTES)  [191]
- * RESTRICTIONS  [081]
- * CURFEW  [0813]
- * BAN  [081]
- * {STATE OF EMERGENCY}  [0814]
- * SANCTIONS  [085]
- * EMBARGO  [085]
- * BLOCKADE  [0872]

--- SUSPEND [---]
SUSPEND HALT STOP FREEZE END TERMINATE DISCONTINUE ABANDON +PUT_ON_HOLD +PUT_ON_ICE
- * &TALKS  [164]
- * (FROM &TALKS)  [164]
- * MEDIATION  [165]
- * AID  [162]
- * &ECONAID  [1621]
- * &MILAID  [1622]
- * {WEAPONS DELIVERIES}  [1622]
- * (ARMS DELIVERIES)  [1622]
- * &HUMAID  [1623]
- * (AID DELIVERIES)  [1623]
- * EXPORTS  [163]
- * IMPORTS  [163]
- * TRADE  [163]
- * FLIGHTS  [160]
- * COOPERATION  [160]
- * MEMBERSHIP  [160]
- * PARTICIPATION  [160]
- * (VOTING RIGHTS)  [160]
- * RELATIONS  [161]
- * {DIPLOMATIC RELATIONS}  [161]
- * TIES  [161]
- * ASSETS  [163]
- * ACCOUNTS  [163]
- * FUNDS  [163]
- * &FIGHTING  [087]
- * WAR  [087]
- * VIOLENCE  [087]
- * (MILITARY OPERATIONS)  [087]
- * BLOCKADE  [0872]
- * SIEGE  [0872]
- * OCCUPATION  [0874]
- * SANCTIONS  [085]
- * EMBARGO  [085]
- * {STATE OF EMERGENCY}  [0814]
- * CURFEW  [0813]
- * PROTEST  [082]
- * PROTESTS  [082]
- * STRIKE  [082]
- * {HUNGER STRIKE}  [082]
- * MISSION  [166]
- * CONSTITUTION  [1724]
- * PARLIAMENT  [172]
- * NEWSPAPER  [1721]
- * BROADCASTS  [1721]
- * (PARTY)  [1722]
- * (LICENSE)  [172]
- * (LICENCE)  [172]
- * &CEASEFIRE  [196]
- * TRUCE  [196]
- * POSITIONS  [0874]
- * (ADVANCE)  [190]
- * (ATTACK)  [190]
- * (SMUGGLING)  [---]
- * (FLOW OF MIGRANTS)  [---]

--- SANCTION [163]
SANCTION EMBARGO BLACKLIST BOYCOTT_ +SLAP_SANCTIONS +IMPOSE_SANCTIONS +SLAP_TARIFFS

--- IMPOSE [---]
IMPOSE ENFORCE INTRODUCE INSTITUTE REIMPOSE ANNOUNCE_ EXTEND_ +SLAP_ON
- * SANCTIONS  [163]
- * {NEW SANCTIONS}  [163]
- * EMBARGO  [163]
- * {ARMS EMBARGO}  [163]
- * TARIFFS  [163]
- * TARIFF  [163]
- * DUTIES  [163]
- * {EXPORT CONTROLS}  [163]
- * {TRADE RESTRICTIONS}  [163]
- * BAN  [172]
- * {TRAVEL BAN}  [172]
- * {VISA BAN}  [172]
- * CURFEW  [1723]
- * {STATE OF EMERGENCY}  [1724]
- * {MARTIAL LAW}  [1724]
- * RESTRICTIONS  [172]
- * CONTROLS  [172]
- * FINE  [172]
- * FINES  [172]
- * PENALTIES  [172]
- * {MEDIA BLACKOUT}  [1721]
- * CENSORSHIP  [1721]
- * BLOCKADE  [191]
- * SIEGE  [191]
- * {NO-FLY ZONE}  [191]
- * {DIRECT RULE}  [172]
- * {DEATH PENALTY}  [116]
- * SENTENCE  [116]
- * QUOTAS  [163]
- * {STATE OF SIEGE}  [1724]
- * BLOCKADES  [191]
- * (INFORMATION BLACKOUT)  [1721]
- * BLACKOUT  [1721]
- * (WILL ON +)  [170]

--- FREEZE_ASSETS [163]
+FREEZE_ASSETS +SEIZE_ASSETS +FREEZE_ACCOUNTS

--- EXPEL [174]
EXPEL DEPORT EXILE BANISH EJECT EVICT +KICK_OUT +THROW_OUT +DRIVE_OUT
- * &DIPLOMAT  [161]
- * DIPLOMATS  [161]
- * AMBASSADOR  [161]
- * PEACEKEEPERS  [1661]
- * INSPECTORS  [1662]
- * OBSERVERS  [1662]
- * MONITORS  [1662]
- * (AID AGENCIES)  [1663]
- * (AID WORKERS)  [1663]
- * (AID GROUPS)  [1663]
- * NGOS  [1663]
- * (HUMANITARIAN WORKERS)  [1663]
- * JOURNALISTS  [174]
- * CORRESPONDENT  [174]
- * MIGRANTS  [174]
- * REFUGEES  [174]
- * THOUSANDS  [201]
- * HUNDREDS  [201]
- * (EN MASSE)  [201]
- * POPULATION  [201]
- * RESIDENTS  [201]
- * (INSPECTORS OF)  [1662]
- * (INSPECTORS FROM)  [1662]
- * (FROM PARTY)  [160]
- * (FROM ORGANIZATION)  [160]
- * (FROM ALLIANCE)  [160]
- * (FROM &PLACE)  [190]
- * &MILITARY  [190]
- * INVADERS  [190]

--- COERCE [170]
COERCE COMPEL BLACKMAIL BULLY INTIMIDATE HARASS THREATEN_ +FORCE_OUT +STRONG-ARM +ARM-TWIST
- * (INTO SUBMISSION)  [170]

--- FORCE [---]
FORCE
- * (TO FLEE)  [201]
- * (TO RETREAT)  [190]
- * (TO WITHDRAW)  [190]
- * (TO RESIGN)  [170]
- * (TO STEP DOWN)  [170]
- * (TO LAND)  [170]
- * (TO SIGN)  [170]
- * (TO ACCEPT)  [170]
- * (OUT)  [170]
- * (INTO EXILE)  [174]
- * (BACK)  [190]
- * (TO &TALKS)  [170]

--- SEIZE [171]
SEIZE CONFISCATE[1711] EXPROPRIATE[1711] NATIONALIZE[1711] NATIONALISE[1711] IMPOUND[1711]
REQUISITION[1711] PLUNDER STEAL HIJACK_ COMMANDEER[1711] +TAKE_OVER[192]
- * &PLACE  [192]
- * CONTROL  [192]
- * (CONTROL OF)  [192]
- * WEAPONS  [171]
- * SHIP  [1711]
- * TANKER  [1711]
- * VESSEL  [1711]
- * VESSELS  [1711]
- * ASSETS  [1711]
- * PROPERTY  [1711]
- * PROPERTIES  [1711]
- * LAND  [1711]
- * FARMS  [1711]
- * COMPANY  [1711]
- * PLANT  [1711]
- * (NUCLEAR PLANT)  [192]
- * POWER  [---]
- * (POWER IN COUP)  [180]
- * DRUGS  [---]
- * COCAINE  [---]
- * OPPORTUNITY  [---]
- * HOSTAGES  [181]

--- CAPTURE [---]
CAPTURE RECAPTURE RETAKE CONQUER OVERRUN LIBERATE +TAKE_CONTROL
- * &PLACE  [192]
- * (CONTROL OF)  [192]
- * (CONTROL OVER)  [192]
- * SOLDIERS  [181]
- * SOLDIER  [181]
- * PRISONERS  [181]
- * HOSTAGES  [181]
- * FIGHTERS  [173]
- * MILITANTS  [173]
- * SUSPECT  [173]
- * SUSPECTS  [173]
- * (ALIVE)  [181]
- * &MILITARY  [190]

--- DESTROY [1712]
DESTROY DEMOLISH RAZE BULLDOZE TORCH BURN VANDALIZE VANDALISE RANSACK DAMAGE WRECK TORCH +BURN_DOWN
+SET_FIRE +SET_ABLAZE +BLOW_UP[183]
- &PROTESTER *  [145]
- * TANK  [190]
- * TANKS  [190]
- * DRONE  [190]
- * DRONES  [190]
- * POSITIONS  [190]
- * DEPOT  [190]
- * DEPOTS  [190]
- * (AMMUNITION DEPOT)  [190]
- * (AIR DEFENSE)  [190]
- * (AIR DEFENCE)  [190]
- * (RADAR)  [190]
- * AIRCRAFT  [190]
- * HELICOPTER  [190]
- * WARSHIP  [190]
- * SHIP  [190]
- * &MILITARY  [190]
- * (IN AIRSTRIKE)  [195]
- * (IN {AIR STRIKE})  [195]
- * (IN SHELLING)  [194]
- * FLAG  [141]
- * FLAGS  [141]
- * EFFIGY  [141]
- * EFFIGIES  [141]
- * PORTRAIT  [141]
- * PICTURES  [141]
- * (IN PROTEST)  [145]
- * (BRIDGE)  [190]
- * (BRIDGES)  [190]
- * DOCUMENTS  [---]
- * EVIDENCE  [---]
- * STOCKPILE  [0873]
- * (CHEMICAL WEAPONS)  [0873]
- * (WEAPONS STOCKPILE)  [0873]
- * HIMSELF  [145]
- * (TO DEATH)  [1823]

--- BAN [172]
BAN OUTLAW PROHIBIT RESTRICT CENSOR[1721] CURB DISQUALIFY[1722] DISSOLVE BAR GAG[1721] MUZZLE[1721]
DISBAND +SHUT_DOWN +CLAMP_DOWN +CLOSE_DOWN
- * PARTY  [1722]
- * PARTIES  [1722]
- * (OPPOSITION PARTY)  [1722]
- * (OPPOSITION PARTIES)  [1722]
- * CANDIDATE  [1722]
- * CANDIDATES  [1722]
- * (FROM ELECTION)  [1722]
- * (FROM ELECTIONS)  [1722]
- * (FROM RUNNING)  [1722]
- * (FROM OFFICE)  [1722]
- * POLITICIAN  [1722]
- * MOVEMENT  [1722]
- * ORGANIZATION  [1722]
- * NEWSPAPER  [1721]
- * NEWSPAPERS  [1721]
- * MEDIA  [1721]
- * WEBSITE  [1721]
- * WEBSITES  [1721]
- * INTERNET  [1721]
- * {SOCIAL MEDIA}  [1721]
- * PROTESTS  [1721]
- * PROTEST  [1721]
- * RALLIES  [1721]
- * DEMONSTRATIONS  [1721]
- * GATHERINGS  [1721]
- * (FREEDOM OF SPEECH)  [1721]
- * NGOS  [1721]
- * EMBASSY  [161]
- * CONSULATE  [161]
- * BORDER  [191]
- * BORDERS  [191]
- * (BORDER CROSSINGS)  [191]
- * AIRSPACE  [191]
- * PORTS  [191]
- * (ENTRY)  [191]
- * (FROM ENTERING)  [191]
- * IMPORTS  [163]
- * EXPORTS  [163]
- * PARLIAMENT  [172]
- * MOVEMENT  [191]
- * (ON +)  [175]
- * (ON &PROTESTER)  [175]
- * (ON OPPOSITION)  [175]
- * (ON DISSENT)  [175]
- * (ON MEDIA)  [1721]

--- CLOSE [---]
CLOSE SEAL +SEAL_OFF[191] +CORDON_OFF[191] +LOCK_DOWN[191]
- * BORDER  [191]
- * BORDERS  [191]
- * CROSSING  [191]
- * CROSSINGS  [191]
- * AIRSPACE  [191]
- * PORT  [191]
- * PORTS  [191]
- * STRAIT  [191]
- * ROAD  [191]
- * ROADS  [191]
- * AREA  [191]
- * CITY  [191]
- * EMBASSY  [161]
- * CONSULATE  [161]
- * EMBASSIES  [161]
- * NEWSPAPER  [1721]
- * (TV STATION)  [1721]
- * CHANNEL  [1721]
- * OFFICES  [1721]
- * OFFICE  [172]
- * MOSQUES  [1721]
- * CHURCHES  [1721]
- * SCHOOLS  [172]
- * UNIVERSITIES  [172]
- * BASE  [166]
- * CASE  [---]
- * (IN ON +)  [190]
- * GAP  [---]
- * DEAL  [057]
- * (DEAL)  [057]

--- ARREST [173]
ARREST DETAIN JAIL IMPRISON INDICT PROSECUTE APPREHEND INCARCERATE INTERN NAB +ROUND_UP +TAKE_INTO_CUSTODY
+PUT_ON_TRIAL +PLACE_UNDER_ARREST +PUT_BEHIND_BARS +HAUL_IN +LOCK_UP
- * (ON CHARGES)  [173]
- * (FOR SPYING)  [173]
- * (ON {SUSPICION OF})  [173]
- * (AT PROTEST)  [175]
- * (DURING PROTEST)  [175]
- * (DURING PROTESTS)  [175]
- * &PROTESTER  [175]
- * (HUNDREDS OF &PROTESTER)  [175]

--- CHARGE [173]
CHARGE SUMMON_ INTERROGATE QUESTION_ +BRING_TO_TRIAL +BRING_TO_JUSTICE
- * (WITH &CRIME)  [173]
- * (WITH &ESPIONAGE)  [173]
- * (WITH TERRORISM)  [173]
- * (AT &PROTESTER)  [175]
- * (INTO CROWD)  [175]
- * FEE  [---]
- * FEES  [---]
- * PRICE  [---]
- * BATTERIES  [---]

--- REPRESS [175]
REPRESS SUPPRESS QUELL QUASH DISPERSE PERSECUTE TEARGAS TEAR-GAS +CRACK_DOWN +BREAK_UP +STAMP_OUT
+PUT_DOWN +CLAMP_DOWN_ON
- * (ON +)  [175]
- * &PROTESTER  [175]
- * PROTEST  [175]
- * PROTESTS  [175]
- * RALLY  [175]
- * DEMONSTRATION  [175]
- * (WITH {TEAR GAS})  [175]
- * (WITH {WATER CANNON})  [175]
- * TALKS  [164]
- * MEETING  [---]
- * COMPANY  [---]
- * MONOPOLY  [---]
- * FIGHT  [---]
- * CELL  [173]
- * RING  [173]
- * NETWORK  [173]

--- TERRORIZE [180]
TERRORIZE TERRORISE +CARRY_OUT_TERRORIST_ATTACK +COMMIT_TERRORISM
- * CIVILIANS  [180]
- * RESIDENTS  [180]
- * POPULATION  [180]

--- CARRY_OUT [---]
+CARRY_OUT +CONDUCT_ +PERPETRATE_ +MOUNT_ CONDUCT PERPETRATE EXECUTE_
- * ATTACK  [190]
- * ATTACKS  [190]
- * {TERRORIST ATTACK}  [180]
- * {TERROR ATTACK}  [180]
- * {SUICIDE BOMBING}  [1831]
- * {SUICIDE ATTACK}  [1831]
- * {SUICIDE ATTACKS}  [1831]
- * {CAR BOMBING}  [1832]
- * {ROADSIDE BOMBING}  [1833]
- * BOMBING  [183]
- * BOMBINGS  [183]
- * {AIR STRIKES}  [195]
- * {AIR STRIKE}  [195]
- * AIRSTRIKES  [195]
- * AIRSTRIKE  [195]
- * {DRONE STRIKE}  [195]
- * {DRONE STRIKES}  [195]
- * {MISSILE STRIKE}  [195]
- * {MISSILE STRIKES}  [195]
- * {AIR RAIDS}  [195]
- * {AIR RAID}  [195]
- * BOMBARDMENT  [194]
- * SHELLING  [194]
- * {ARTILLERY STRIKES}  [194]
- * STRIKES  [190]
- * STRIKE  [190]
- * RAID  [190]
- * RAIDS  [190]
- * AMBUSH  [190]
- * OFFENSIVE  [190]
- * OPERATION  [190]
- * {MILITARY OPERATION}  [190]
- * {MILITARY OPERATIONS}  [190]
- * ARRESTS  [173]
- * (SEARCH OPERATION)  [173]
- * CRACKDOWN  [175]
- * {MISSILE TEST}  [150]
- * {NUCLEAR TEST}  [150]
- * TEST  [150]
- * TESTS  [150]
- * EXERCISES  [150]
- * DRILLS  [150]
- * MANEUVERS  [150]
- * PATROLS  [150]
- * {JOINT EXERCISES}  [062]
- * {JOINT PATROLS}  [062]
- * ASSASSINATION  [186]
- * MASSACRE  [202]
- * GENOCIDE  [202]
- * {ETHNIC CLEANSING}  [203]
- * KIDNAPPING  [181]
- * ABDUCTION  [181]
- * EXECUTION  [1823]
- * EXECUTIONS  [1823]
- * INVESTIGATION  [090]
- * INSPECTION  [090]
- * INSPECTIONS  [090]
- * TALKS  [040]
- * NEGOTIATIONS  [046]
- * REFORMS  [0834]
- * EVACUATION  [---]
- * THREAT  [130]
- * THREATS  [130]
- * ORDERS  [---]
- * {CYBER ATTACK}  [1712]
- * CYBERATTACK  [1712]
- * CYBERATTACKS  [1712]
- * SABOTAGE  [1712]
- * (WAR CRIMES)  [200]

--- LAUNCH [---]
LAUNCH INITIATE UNLEASH SPARK_ +KICK_OFF
- * ATTACK  [190]
- * ATTACKS  [190]
- * OFFENSIVE  [190]
- * {COUNTER-OFFENSIVE}  [190]
- * COUNTEROFFENSIVE  [190]
- * {GROUND OFFENSIVE}  [190]
- * {GROUND OPERATION}  [190]
- * ASSAULT  [190]
- * INVASION  [192]
- * INCURSION  [192]
- * (INTO +)  [192]
- * MISSILES  [195]
- * MISSILE  [195]
- * {CRUISE MISSILES}  [195]
- * {BALLISTIC MISSILES}  [195]
- * DRONES  [195]
- * DRONE  [195]
- * {DRONE ATTACK}  [195]
- * {AIR STRIKES}  [195]
- * {AIR STRIKE}  [195]
- * AIRSTRIKES  [195]
- * {AIR RAIDS}  [195]
- * {AIR RAID}  [195]
- * ROCKETS  [194]
- * ROCKET  [194]
- * MORTARS  [194]
- * {MORTAR ROUNDS}  [194]
- * (ROCKET ATTACK)  [194]
- * RAID  [190]
- * RAIDS  [190]
- * {MILITARY OPERATION}  [190]
- * {SPECIAL MILITARY OPERATION}  [190]
- * OPERATION  [190]
- * {COUNTERTERRORISM OPERATION}  [190]
- * CRACKDOWN  [175]
- * PROTEST  [141]
- * PROTESTS  [141]
- * BOYCOTT  [143]
- * STRIKE  [190]
- * (HUNGER STRIKE)  [142]
- * INVESTIGATION  [090]
- * PROBE  [090]
- * INQUIRY  [090]
- * TALKS  [046]
- * NEGOTIATIONS  [046]
- * DIALOGUE  [040]
- * APPEAL  [020]
- * (APPEAL FOR AID)  [023]
- * SATELLITE  [---]
- * (INTO ORBIT)  [---]
- * CAMPAIGN  [---]
- * PRODUCT  [---]
- * WAR  [190]
- * (CYBER ATTACK)  [1712]
- * CYBERATTACK  [1712]
- * (MASS KILLINGS)  [202]
- * MEDIATION  [045]
- * (MEDIATION EFFORT)  [045]
- * (MEDIATION MISSION)  [045]
- * {WAR GAMES}  [150]
- * {JOINT EXERCISES}  [062]

--- KIDNAP [181]
KIDNAP ABDUCT HIJACK SNATCH +TAKE_HOSTAGE +HOLD_HOSTAGE +TAKE_CAPTIVE +HOLD_CAPTIVE

--- ASSAULT [182]
ASSAULT BEAT STAB PUNCH KICK ATTACK_ MAUL MANHANDLE BATTER WHIP FLOG LASH +BEAT_UP +RAPE[1821]
RAPE[1821] MOLEST[1821] TORTURE[1822] MUTILATE[1822] LYNCH[1823] BEHEAD[1823] DECAPITATE[1823]
STRANGLE[1823] STONE_ +BEAT_TO_DEATH[1823] +STAB_TO_DEATH[1823] +HACK_TO_DEATH[1823] +STONE_TO_DEATH[1823]
- * (TO DEATH)  [1823]
- * &PROTESTER  [175]
- * PROTESTERS  [175]
- * DEMONSTRATORS  [175]
- * PRISONERS  [1822]
- * DETAINEES  [1822]
- * &PLACE  [190]
- * POSITIONS  [190]
- * (IN ELECTION)  [---]
- * (IN ELECTIONS)  [---]
- * (IN FINAL)  [---]
- * RECORD  [---]
- * EXPECTATIONS  [---]
- * FORECASTS  [---]

--- BOMBING [183]
DETONATE +SET_OFF +BLOW_HIMSELF_UP[1831] +BLOW_HERSELF_UP[1831] +BLOW_THEMSELVES_UP[1831]
- * {CAR BOMB}  [1832]
- * {SUICIDE VEST}  [1831]
- * {SUICIDE BELT}  [1831]
- * {EXPLOSIVE BELT}  [1831]
- * {ROADSIDE BOMB}  [1833]
- * IED  [1833]
- * {IMPROVISED EXPLOSIVE DEVICE}  [1833]
- * {NUCLEAR DEVICE}  [2042]
- * {NUCLEAR BOMB}  [2042]
- * {NUCLEAR WEAPON}  [2042]
- * ALARM  [---]
- * ALARMS  [---]
- * FIREWORKS  [---]
- * PROTESTS  [140]
- * WAVE  [---]

--- HUMAN_SHIELD [184]
+USE_AS_HUMAN_SHIELDS +USE_AS_SHIELDS +HIDE_BEHIND_CIVILIANS

--- USE [---]
USE EMPLOY DEPLOY_ UTILIZE
- * (AS {HUMAN SHIELDS})  [184]
- * (AS {HUMAN SHIELD})  [184]
- * (AS SHIELDS)  [184]
- * {CHEMICAL WEAPONS}  [2041]
- * {CHEMICAL WEAPON}  [2041]
- * {CHEMICAL AGENTS}  [2041]
- * {BIOLOGICAL WEAPONS}  [2041]
- * {POISON GAS}  [2041]
- * SARIN  [2041]
- * CHLORINE  [2041]
- * {NUCLEAR WEAPONS}  [2042]
- * {NUCLEAR WEAPON}  [2042]
- * {TEAR GAS}  [175]
- * {WATER CANNON}  [175]
- * {WATER CANNONS}  [175]
- * {RUBBER BULLETS}  [175]
- * {LIVE AMMUNITION}  [175]
- * (FORCE AGAINST &PROTESTER)  [175]
- * {EXCESSIVE FORCE}  [175]
- * FORCE  [190]
- * {MILITARY FORCE}  [190]
- * {CLUSTER MUNITIONS}  [195]
- * {CLUSTER BOMBS}  [195]
- * {BARREL BOMBS}  [195]
- * {PHOSPHORUS}  [195]
- * VETO  [129]
- * (VETO POWER)  [129]
- * STARVATION  [200]
- * (STARVATION AS WEAPON)  [200]
- * TORTURE  [1822]
- * {SEXUAL VIOLENCE}  [1821]
- * RAPE  [1821]

--- ATTEMPT [---]
ATTEMPT TRY PLOT
- * ASSASSINATION  [185]
- * (TO ASSASSINATE)  [185]
- * (TO KILL PRESIDENT)  [185]
- * (TO KILL)  [185]
- * COUP  [180]
- * (TO OVERTHROW)  [180]
- * (TO STORM)  [190]
- * (TO CROSS)  [---]

--- ASSASSINATE [186]
ASSASSINATE +GUN_DOWN[186]
- * (IN AIRSTRIKE)  [186]
- * (IN {DRONE STRIKE})  [186]

--- FIGHT [190]
FIGHT BATTLE COMBAT ATTACK STORM RAID AMBUSH ASSAIL INFILTRATE TARGET ENGAGE_ +WAGE_WAR +FIGHT_BACK
+STRIKE_BACK +HIT_BACK +COUNTERATTACK[190] COUNTERATTACK RETALIATE ADVANCE_ PUSH_ OVERWHELM REPEL REPULSE
- &AIRCRAFT *  [195]
- * (FROM AIR)  [195]
- * (WITH &AIRCRAFT)  [195]
- * (WITH MISSILES)  [195]
- * (WITH DRONES)  [195]
- * (WITH ROCKETS)  [194]
- * (WITH ARTILLERY)  [194]
- * (WITH TANKS)  [194]
- * (WITH MORTARS)  [194]
- &ARTILLERY *  [194]
- * (WITH &SMALLARMS)  [193]
- * (WITH GUNS)  [193]
- * (WITH RIFLES)  [193]
- * &PROTESTER  [175]
- * (WITH KNIVES)  [182]
- * (WITH KNIFE)  [182]
- * CORRUPTION  [---]
- * POVERTY  [---]
- * DISEASE  [---]
- * (FOR RIGHTS)  [140]
- * (FOR INDEPENDENCE)  [190]
- * (IN COURT)  [115]
- * DECISION  [111]
- * POLICY  [111]
- * REMARKS  [111]
- * STATEMENT  [111]
- * PLAN  [111]
- * (VERBALLY)  [111]
- * CANCER  [---]
- * FIRE  [---]
- * FIRES  [---]
- * WILDFIRE  [---]
- * WILDFIRES  [---]
- * FLAMES  [---]
- * BLAZE  [---]
- * CRIME  [---]
- * EXTRADITION  [120]

--- STRIKE [190]
STRIKE HIT POUND_ BLAST_ SMASH
- &PROTESTER *  [145]
- &AIRCRAFT *  [195]
- * (WITH &AIRCRAFT)  [195]
- * (WITH MISSILES)  [195]
- * (WITH DRONES)  [195]
- * (FROM AIR)  [195]
- &ARTILLERY *  [194]
- * (WITH ROCKETS)  [194]
- * (WITH ARTILLERY)  [194]
- * DEAL  [057]
- * (A DEAL)  [057]
- * AGREEMENT  [057]
- * ACCORD  [057]
- * COMPROMISE  [057]
- * BARGAIN  [057]
- * (BACK)  [190]
- * TONE  [---]
- * NOTE  [---]
- * RECORD  [---]
- * (HARD BY)  [---]
- * TARGETS  [190]
- EARTHQUAKE *  [---]
- QUAKE *  [---]
- STORM *  [---]
- TYPHOON *  [---]
- HURRICANE *  [---]
- CYCLONE *  [---]
- FLOODS *  [---]
- LIGHTNING *  [---]
- WORKERS *  [143]

--- KILL [190]
KILL SLAY ELIMINATE LIQUIDATE NEUTRALIZE NEUTRALISE MURDER[1823] EXECUTE[1823] WOUND INJURE MAIM +WIPE_OUT +MOW_DOWN
+SHOOT_DEAD[193] +SHOT_DEAD[193]
- &AIRCRAFT *  [195]
- {AIR STRIKE} *  [195]
- {AIR RAID} *  [195]
- &ARTILLERY *  [194]
- {SUICIDE BOMBER} *  [1831]
- {SUICIDE BOMBING} *  [1831]
- {SUICIDE ATTACK} *  [1831]
- {CAR BOMB} *  [1832]
- {ROADSIDE BOMB} *  [1833]
- IED *  [1833]
- LANDMINE *  [1833]
- BOMB *  [183]
- BLAST *  [183]
- EXPLOSION *  [183]
- &SMALLARMS *  [193]
- * (IN AIRSTRIKE)  [195]
- * (IN AIRSTRIKES)  [195]
- * (IN {AIR STRIKE})  [195]
- * (IN {DRONE STRIKE})  [195]
- * (IN {MISSILE STRIKE})  [195]
- * (IN {AIR RAID})  [195]
- * (IN SHELLING)  [194]
- * (BY SHELLING)  [194]
- * (IN {ARTILLERY FIRE})  [194]
- * (IN {ROCKET ATTACK})  [194]
- * (IN CLASHES)  [190]
- * (IN FIGHTING)  [190]
- * (IN GUNBATTLE)  [193]
- * (IN {GUN BATTLE})  [193]
- * (IN SHOOTOUT)  [193]
- * (IN {EXCHANGE OF FIRE})  [193]
- * (BY GUNMEN)  [193]
- * (BY SNIPER)  [193]
- * (IN {SUICIDE BOMBING})  [1831]
- * (IN {SUICIDE ATTACK})  [1831]
- * (IN {CAR BOMBING})  [1832]
- * (IN BOMBING)  [183]
- * (IN {BOMB ATTACK})  [183]
- * (IN {BOMB ATTACKS})  [183]
- * (IN BLAST)  [183]
- * (IN EXPLOSION)  [183]
- * (IN ACCIDENT)  [---]
- * (IN CRASH)  [---]
- * (IN {CAR CRASH})  [---]
- * (IN {PLANE CRASH})  [---]
- * (IN EARTHQUAKE)  [---]
- * (IN FLOOD)  [---]
- * (IN FLOODS)  [---]
- * (IN FIRE)  [---]
- * (IN STORM)  [---]
- * (IN LANDSLIDE)  [---]
- * (IN STAMPEDE)  [---]
- EARTHQUAKE *  [---]
- QUAKE *  [---]
- FLOOD *  [---]
- FLOODS *  [---]
- STORM *  [---]
- CRASH *  [---]
- ACCIDENT *  [---]
- DISEASE *  [---]
- VIRUS *  [---]
- HEAT *  [---]
- FIRE *  [---]
- LANDSLIDE *  [---]
- * HIMSELF  [---]
- * HERSELF  [---]
- * THEMSELVES  [---]
- * TIME  [---]
- * BILL  [---]
- * PROPOSAL  [---]
- * DEAL  [---]
- * &PROTESTER  [175]
- * (DURING PROTEST)  [175]
- * (DURING PROTESTS)  [175]
- * (AT PROTEST)  [175]
- * (IN CRACKDOWN)  [175]
- * CIVILIANS  [190]
- * (HUNDREDS OF CIVILIANS)  [202]
- * (THOUSANDS OF CIVILIANS)  [202]
- * (IN MASSACRE)  [202]
- * (IN DETENTION)  [1823]
- * (IN CUSTODY)  [1823]
- * HOSTAGE  [1823]
- * HOSTAGES  [1823]
- * (WITH KNIFE)  [1823]

--- BLOCKADE [191]
BLOCKADE BESIEGE ENCIRCLE SURROUND ISOLATE_ +LAY_SIEGE +CUT_OFF_SUPPLIES +BLOCK_ACCESS

--- OCCUPY [192]
OCCUPY INVADE ANNEX OCCUPY +MARCH_INTO +ROLL_INTO +MOVE_INTO +PUSH_INTO +ENTER_
- * (OFFICES)  [141]
- * (BUILDING)  [141]
- * (SQUARE)  [141]
- * (PARLIAMENT)  [141]
- * (PRIVACY)  [---]

--- SHOOT [193]
SHOOT SNIPE GUN_ +OPEN_FIRE +EXCHANGE_FIRE +TRADE_FIRE +SHOOT_AT +FIRE_AT +FIRE_ON +SHOOT_DOWN[190]
- * (AT &PROTESTER)  [175]
- * &PROTESTER  [175]
- * (ON &PROTESTER)  [175]
- * (INTO CROWD)  [175]
- * DRONE  [190]
- * DRONES  [190]
- * PLANE  [190]
- * JET  [190]
- * HELICOPTER  [190]
- * MISSILE  [190]
- * MISSILES  [190]
- * FILM  [---]
- * VIDEO  [---]
- * MOVIE  [---]
- * FOOTAGE  [---]
- * SCENE  [---]
- * (TO FAME)  [---]
- * (DOWN IDEA)  [120]
- * (DOWN PROPOSAL)  [120]
- * (DOWN BILL)  [120]

--- FIRE [---]
FIRE
- * SHOTS  [193]
- * (ON +)  [193]
- * (AT +)  [193]
- * BULLETS  [193]
- * ROCKETS  [194]
- * ROCKET  [194]
- * MORTARS  [194]
- * MORTAR  [194]
- * SHELLS  [194]
- * ARTILLERY  [194]
- * (ARTILLERY SHELLS)  [194]
- * GRENADES  [194]
- * MISSILES  [195]
- * MISSILE  [195]
- * (CRUISE MISSILES)  [195]
- * (BALLISTIC MISSILES)  [195]
- * DRONES  [195]
- * {TEAR GAS}  [175]
- * TEARGAS  [175]
- * {RUBBER BULLETS}  [175]
- * {WATER CANNON}  [175]
- * {STUN GRENADES}  [175]
- * {WARNING SHOTS}  [150]
- * (INTO CROWD)  [175]
- * (ON &PROTESTER)  [175]
- * (AT &PROTESTER)  [175]
- * MINISTER  [---]
- * GENERAL  [---]
- * COMMANDER  [---]
- * CHIEF  [---]
- * EMPLOYEES  [---]
- * WORKERS  [---]
- * STAFF  [---]
- * DIRECTOR  [---]
- * COACH  [---]
- * OFFICIAL  [---]
- * OFFICIALS  [---]
- * PROSECUTOR  [---]
- * (UP)  [---]

--- SHELL [194]
SHELL BOMBARD BOMB MORTAR ROCKET_ POUND BLITZ PUMMEL BLAST_ +RAIN_DOWN_SHELLS +RAIN_SHELLS
- &AIRCRAFT *  [195]
- * (FROM AIR)  [195]
- * (WITH &AIRCRAFT)  [195]
- * (WITH MISSILES)  [195]
- * (WITH DRONES)  [195]
- * (IN AIRSTRIKE)  [195]
- * (IN AIRSTRIKES)  [195]
- * (IN {AIR RAID})  [195]
- * (WITH {BARREL BOMBS})  [195]
- * (WITH {CLUSTER BOMBS})  [195]
- * (WITH ARTILLERY)  [194]
- * (WITH ROCKETS)  [194]
- * (WITH TANKS)  [194]
- * OUT  [---]
- * (AT BOX OFFICE)  [---]
- * INTERVIEW  [---]
- * EXAM  [---]
- * EXAMS  [---]
- * (OUT MONEY)  [---]

--- AIR_ATTACK [195]
STRAFE NUKE[2042] +DROP_BOMBS +CARRY_OUT_AIRSTRIKES +LAUNCH_AIRSTRIKES +CONDUCT_AIRSTRIKES +DIVE-BOMB
+CARPET-BOMB +FIREBOMB
- * (WITH NUCLEAR)  [2042]

--- DROP [---]
DROP
- * BOMBS  [195]
- * BOMB  [195]
- * {BARREL BOMBS}  [195]
- * {CLUSTER BOMBS}  [195]
- * MUNITIONS  [195]
- * LEAFLETS  [---]
- * CHARGES  [081]
- * DEMAND  [080]
- * DEMANDS  [080]
- * OBJECTION  [080]
- * OBJECTIONS  [080]
- * OPPOSITION  [080]
- * (OUT OF RACE)  [---]
- * SANCTIONS  [085]
- * {HUMANITARIAN AID}  [073]
- * AID  [073]
- * SUPPLIES  [073]
- * FOOD  [073]
- * BID  [080]
- * CLAIM  [080]
- * CLAIMS  [080]
- * PLAN  [080]
- * PLANS  [080]
- * PRICES  [---]

--- VIOLATE_CEASEFIRE [196]
+BREAK_THE_CEASEFIRE +BREAK_THE_TRUCE +BREACH_THE_CEASEFIRE +VIOLATE_THE_CEASEFIRE +BREAK_CEASEFIRE
+VIOLATE_CEASEFIRE +BREACH_CEASEFIRE +VIOLATE_TRUCE

--- BREAK [---]
BREAK
- * &CEASEFIRE  [196]
- * (TERMS OF &CEASEFIRE)  [196]
- * AGREEMENT  [128]
- * DEAL  [128]
- * PROMISE  [128]
- * PROMISES  [128]
- * LAW  [128]
- * LAWS  [128]
- * RULES  [128]
- * SANCTIONS  [128]
- * EMBARGO  [128]
- * BLOCKADE  [190]
- * SIEGE  [190]
- * (THROUGH LINES)  [190]
- * (THROUGH DEFENSES)  [190]
- * SILENCE  [010]
- * RECORD  [---]
- * RECORDS  [---]
- * DEADLOCK  [046]
- * STALEMATE  [046]
- * (WITH +)  [160]
- * TIES  [161]
- * RELATIONS  [161]
- * (INTO +)  [---]
- * NEWS  [010]
- * STORY  [---]
- * (FREE)  [---]
- * (UP PROTEST)  [175]
- * (UP PROTESTS)  [175]
- * (UP RALLY)  [175]
- * (UP DEMONSTRATION)  [175]

--- COMMIT [---]
COMMIT
- * ATROCITIES  [200]
- * MASSACRE  [202]
- * MASSACRES  [202]
- * GENOCIDE  [202]
- * {ETHNIC CLEANSING}  [203]
- * {WAR CRIMES}  [200]
- * {CRIMES AGAINST HUMANITY}  [200]
- * (TO &TALKS)  [036]
- * (TO &CEASEFIRE)  [0356]
- * (TO &SETTLEMENT)  [037]
- * (TO &REFORM)  [034]
- * (TO RELEASE)  [0353]
- * (TO WITHDRAW)  [0356]
- * TROOPS  [0334]
- * FORCES  [0334]
- * &ECONAID  [0331]
- * &MILAID  [0332]
- * &HUMAID  [0333]
- * FUNDS  [0331]
- * AID  [033]
- * SUICIDE  [---]
- * CRIME  [---]
- * CRIMES  [---]
- * FRAUD  [---]
- * (TERRORIST ATTACK)  [180]
- * (TERROR ATTACK)  [180]
- * (ACTS OF TERRORISM)  [180]
- * VIOLATIONS  [128]
- * ABUSES  [175]
- * (HUMAN RIGHTS ABUSES)  [175]
- * AGGRESSION  [190]

--- MASS_VIOLENCE [200]
+COMMIT_ATROCITIES +COMMIT_GENOCIDE[202] +USE_STARVATION
- * (AGAINST +)  [200]

--- MASS_EXPULSION [201]
DISPLACE UPROOT +FORCIBLY_DISPLACE +FORCIBLY_DEPORT +FORCIBLY_TRANSFER +EXPEL_EN_MASSE
- * (FROM HOMES)  [201]

--- MASSACRE [202]
MASSACRE SLAUGHTER EXTERMINATE DECIMATE BUTCHER ANNIHILATE +KILL_EN_MASSE

--- ETHNIC_CLEANSING [203]
+ETHNICALLY_CLEANSE +ETHNIC_CLEANSE CLEANSE_

--- ENGAGE [---]
ENGAGE
- * (IN {ETHNIC CLEANSING})  [203]
- * (IN GENOCIDE)  [202]
- * (IN FIGHTING)  [190]
- * (IN COMBAT)  [190]
- * (IN CLASHES)  [190]
- * (IN HOSTILITIES)  [190]
- * (IN {GUN BATTLE})  [193]
- * (IN {GUN BATTLES})  [193]
- * (IN {EXCHANGE OF FIRE})  [193]
- * (IN TALKS)  [040]
- * (IN DIALOGUE)  [040]
- * (IN NEGOTIATIONS)  [046]
- * (IN MEDIATION)  [045]
- * (IN ESPIONAGE)  [---]
- * (IN PROTESTS)  [141]
- * (IN TERRORISM)  [180]
- * &MILITARY  [190]
- * ENEMY  [190]
- * TROOPS  [190]
- * TARGETS  [190]
- * (WITH +)  [040]

--- ACCEPT [---]
ACCEPT APPROVE EMBRACE +GO_ALONG_WITH
- * DEMANDS  [083]
- * DEMAND  [083]
- * CALLS  [083]
- * (DEMANDS FOR &POLICYCHANGE)  [0832]
- * (DEMANDS FOR &RIGHTS)  [0833]
- * (DEMANDS FOR &LEADERSHIP)  [0831]
- * (DEMANDS FOR &REGIME)  [0834]
- * (DEMANDS FOR &REFORM)  [083]
- * (DEMANDS THAT)  [083]
- * CONDITIONS  [080]
- * TERMS  [080]
- * ULTIMATUM  [080]
- * PROPOSAL  [030]
- * OFFER  [030]
- * PLAN  [030]
- * FORMULA  [030]
- * &SETTLEMENT  [037]
- * (PEACE PLAN)  [037]
- * &MEDIATION  [038]
- * INVITATION  [036]
- * (INVITATION TO &TALKS)  [036]
- * &CEASEFIRE  [0356]
- * REFUGEES  [075]
- * INSPECTORS  [0862]
- * OBSERVERS  [0862]
- * PEACEKEEPERS  [0861]
- * RESPONSIBILITY  [015]
- * DEFEAT  [080]
- * BUDGET  [---]
- * LAW  [---]
- * BILL  [---]

--- RESIGN [0831]
RESIGN ABDICATE +STEP_DOWN +QUIT_OFFICE +LEAVE_OFFICE
- * (FROM PARTY)  [---]
- * (FROM CLUB)  [---]

--- REDUCE [---]
REDUCE CUT DECREASE SLASH TRIM +SCALE_DOWN
- * AID  [162]
- * &ECONAID  [1621]
- * &MILAID  [1622]
- * &HUMAID  [1623]
- * (FOOD SUPPLIES)  [1623]
- * (AID DELIVERIES)  [162]
- * TROOPS  [0874]
- * FORCES  [0874]
- * (MILITARY PRESENCE)  [0874]
- * TIES  [161]
- * RELATIONS  [161]
- * (DIPLOMATIC STAFF)  [161]
- * SANCTIONS  [085]
- * TARIFFS  [085]
- * RESTRICTIONS  [081]
- * CURFEW  [0813]

--- BEGIN [---]
BEGIN START COMMENCE CONTINUE RESUME RENEW COMPLETE FINISH ACCELERATE +SPEED_UP +GET_UNDERWAY
- * WITHDRAWAL  [0874]
- * PULLOUT  [0874]
- * (TROOP WITHDRAWAL)  [0874]
- * RETREAT  [0874]
- * DEMOBILIZATION  [0873]
- * DISARMAMENT  [0873]
- * {HUNGER STRIKE}  [142]
- * STRIKE  [143]
- * {GENERAL STRIKE}  [143]
- * STRIKES  [143]
- * BOYCOTT  [143]
- * PROTEST  [141]
- * PROTESTS  [141]
- * DEMONSTRATION  [141]
- * DEMONSTRATIONS  [141]
- * RALLY  [141]
- * RALLIES  [141]
- * MARCH  [141]
- * SIT-IN  [141]
- * (COLLECTING SIGNATURES)  [140]
- * PETITION  [140]
- * TALKS  [040]
- * {PEACE TALKS}  [046]
- * NEGOTIATIONS  [046]
- * DIALOGUE  [040]
- * CONSULTATIONS  [040]
- * MEDIATION  [045]
- * OFFENSIVE  [190]
- * ATTACK  [190]
- * ATTACKS  [190]
- * FIGHTING  [190]
- * RAIDS  [190]
- * SHELLING  [194]
- * BOMBARDMENT  [194]
- * BOMBING  [195]
- * AIRSTRIKES  [195]
- * {AIR STRIKES}  [195]
- * INVASION  [192]
- * OCCUPATION  [192]
- * BLOCKADE  [191]
- * SIEGE  [191]
- * CRACKDOWN  [175]
- * INVESTIGATION  [090]
- * PROBE  [090]
- * INQUIRY  [090]
- * DEPLOYMENT  [154]
- * MOBILIZATION  [154]
- * AID  [070]
- * (AID DELIVERIES)  [070]
- * &HUMAID  [073]
- * &MILAID  [072]
- * (ARMS DELIVERIES)  [072]
- * SANCTIONS  [163]
- * EXERCISES  [150]
- * {JOINT EXERCISES}  [062]
- * COOPERATION  [050]

--- ESTABLISH [---]
ESTABLISH FORGE
- * TIES  [054]
- * RELATIONS  [054]
- * {DIPLOMATIC TIES}  [054]
- * {DIPLOMATIC RELATIONS}  [054]
- * EMBASSY  [054]
- * CONTACT  [040]
- * CONTACTS  [040]
- * PARTNERSHIP  [050]
- * ALLIANCE  [050]
- * CHECKPOINTS  [191]
- * BLOCKADE  [191]
- * {BUFFER ZONE}  [191]

--- EVACUATE [---]
EVACUATE +AIRLIFT_OUT AIRLIFT_
- * WOUNDED  [073]
- * INJURED  [073]
- * CIVILIANS  [073]
- * REFUGEES  [073]
- * CHILDREN  [073]
- * SETTLEMENTS  [0874]
- * SETTLEMENT  [0874]
- * &PLACE  [0874]
- * TROOPS  [0874]
- * POSITIONS  [0874]
- * EMBASSY  [166]
- * STAFF  [166]
- * DIPLOMATS  [166]

--- PAY [---]
PAY COMPENSATE REIMBURSE INDEMNIFY
- * COMPENSATION  [0842]
- * REPARATIONS  [0842]
- * DAMAGES  [0842]
- * RANSOM  [---]
- * TRIBUTE  [017]
- * HOMAGE  [017]
- * RESPECTS  [017]
- * VISIT  [042]
- * (A VISIT)  [042]
- * (ITS DUES)  [---]

--- HACK [171]
+HACK_INTO DEFACE HACK_ +BREAK_INTO
- * WEBSITES  [171]
- * COMPUTERS  [171]
- * (E-MAIL)  [171]

--- PREVENT [---]
PREVENT THWART_ FOIL_ AVERT_
- * &PROTEST  [1721]
- * (FROM PROTESTING)  [1721]
- * (FROM HOLDING &PROTEST)  [1721]
- * (FROM ENTERING)  [191]
- * (FROM LEAVING)  [191]
- * (FROM CROSSING)  [191]
- * ACCESS  [191]
- * (DELIVERY OF AID)  [1245]
- * (FROM RUNNING)  [1722]
- * (FROM PARTICIPATING)  [1722]

--- REMAIN [---]
REMAIN STAY
- * (ON ALERT)  [152]
- * (ON {HIGH ALERT})  [152]
- * (ON {FULL ALERT})  [152]
- * (IN CUSTODY)  [173]
- * (IN DETENTION)  [173]
- * (UNDER {HOUSE ARREST})  [173]
- * (ON {HUNGER STRIKE})  [142]
- * (ON STRIKE)  [143]

--- THROW [---]
THROW HURL PELT
- * STONES  [145]
- * ROCKS  [145]
- * (MOLOTOV COCKTAILS)  [145]
- * (PETROL BOMBS)  [145]
- * (FIREBOMBS)  [145]
- * GRENADE  [183]
- * GRENADES  [183]
- * (WITH STONES)  [145]
- * SUPPORT  [051]
- * (WEIGHT BEHIND)  [051]
- * (OUT)  [174]

--- REACH [---]
REACH
- * CONSENSUS  [030]
- * UNDERSTANDING  [030]
- * AGREEMENT  [057]
- * ACCORD  [057]
- * DEAL  [057]
- * SETTLEMENT  [057]
- * &CEASEFIRE  [0871]
- * COMPROMISE  [057]

--- WMD [204]
GAS_ POISON_ IRRADIATE +GAS_CIVILIANS[2041] +USE_CHEMICAL_WEAPONS[2041] +USE_NERVE_AGENT[2041]
+DETONATE_A_NUCLEAR_BOMB[2042] +DROP_A_NUCLEAR_BOMB[2042]
"""


# Event nouns ("the mobilization", "clashes between A and B", "sanctions on X"): blocks whose
# name ends in _NOUN are matched on nouns only (see events.coding.dictionaries.VerbBlock).
# Plural-only words (TALKS) are listed as written; the coder looks words up by lemma and text.
NOUN_BLOCKS = r"""
--- MOBILIZATION_NOUN [154]
MOBILIZATION MOBILISATION CONSCRIPTION RECRUITMENT REARMAMENT

--- FIGHTING_NOUN [190]
CONFLICT FIGHTING CLASH HOSTILITIES BATTLE SKIRMISH FIREFIGHT GUNFIGHT

--- ATTACK_NOUN [190]
ATTACK ASSAULT OFFENSIVE INCURSION SHELLING[194] BOMBARDMENT[194] BOMBING[195] AIRSTRIKE[195]
INVASION[192] MASSACRE[202]

--- TALKS_NOUN [040]
TALKS CONSULTATIONS NEGOTIATIONS[046]

--- SANCTIONS_NOUN [163]
SANCTIONS EMBARGO

--- PROTEST_NOUN [141]
PROTEST DEMONSTRATION RALLY SIT-IN RIOT[145] RIOTS[145]
"""


def noun_lines() -> tuple[list[str], int]:
    """The noun blocks (each word written as is: nouns take no verb inflections)."""
    lines: list[str] = ["####### EVENT NOUNS #######", ""]
    count = 0
    for name, code, words, patterns in parse_blocks(NOUN_BLOCKS):
        if not name.endswith("_NOUN"):
            raise ValueError(f"noun block {name} must end in _NOUN")
        lines.append(f"--- {name}   [{code}]   ---")
        for spec in words:
            word, _, own = spec.partition("[")
            lines.append(word + (f" [{own}" if own else ""))
            count += 1
        lines.extend(patterns)
        lines += ["", ""]
    return lines, count


def parse_blocks(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    blocks: list[tuple[str, str, list[str], list[str]]] = []
    for chunk in re.split(r"\n(?=--- )", text.strip()):
        lines = [ln.rstrip() for ln in chunk.splitlines() if ln.strip()]
        head = re.match(r"^--- (\S+) \[([^\]]*)\]$", lines[0])
        assert head, lines[0]
        name, code = head.groups()
        verbs: list[str] = []
        patterns: list[str] = []
        for ln in lines[1:]:
            if ln.startswith("- ") or ln.startswith("@"):
                patterns.append(ln)
            else:
                verbs.extend(ln.split())
        blocks.append((name, code, verbs, patterns))
    return blocks


def expand_pattern(line: str) -> list[str]:
    m = re.match(r"^@(\w+)\(([^)]*)\)$", line)
    if not m:
        return [line]
    family, preps = m.group(1), tuple(p for p in m.group(2).split(",") if p)
    return topic_patterns(family, preps)


def synset_lines() -> list[str]:
    out = ["####### SYNONYM SETS #######", ""]
    for name, members in SYNSETS.items():
        out.append(f"&{name}")
        out.extend("+" + "_".join(m.upper().split()) for m in members)
        out.append("")
    return out


def build() -> tuple[str, dict[str, int]]:
    blocks = parse_blocks(BLOCKS)
    # '&INVESTIGATIONNOUN' is referenced by patterns; define it with the rest.
    SYNSETS.setdefault("INVESTIGATIONNOUN", ["investigation", "inquiry", "probe", "independent investigation"])
    lines = [MIT_HEADER.format(script="build_verbs.py"), *synset_lines(), "####### VERB PATTERNS #######", ""]
    seen_single: dict[str, str] = {}
    n_verbs = n_patterns = 0
    codes: set[str] = set()
    for name, code, verbs, patterns in blocks:
        lines.append(f"--- {name}   [{code}]   ---")
        # single-word verbs first (a block must not start with a multi-word verb)
        ordered = sorted(verbs, key=lambda v: "_" in v)
        written: list[str] = []
        for spec in ordered:
            bare = spec.split("[")[0]
            if bare.endswith("_"):
                continue  # "WORD_" in the DSL: listed in another block, a reminder only
            if bare.startswith("+") and "_" not in bare:
                spec, bare = spec[1:], bare[1:]  # hyphenated single word ("+TEST-FIRE")
            if "_" in bare and "+" not in bare:
                raise ValueError(f"multi-word verb without '+': {spec!r}")
            if "+" not in bare:
                key = bare.upper()
                if key in seen_single:
                    continue  # one block per single-word verb
                seen_single[key] = name
            elif not re.search(r"\+[A-Z-]+_", bare) and not re.search(r"_\+", bare):
                raise ValueError(f"bad multi-word verb {spec!r}")
            line, _lemma = verb_line(spec)
            written.append(line)
            m = re.search(r"\[([^\]]*)\]", spec)
            if m:
                codes.update(c for c in m.group(1).split(":") if c and c != "---")
        if not written:
            raise ValueError(f"block {name} has no verbs")
        lines.extend(written)
        n_verbs += len(written)
        for pat in patterns:
            for p in expand_pattern(pat):
                lines.append(p)
                n_patterns += 1
                m = re.search(r"\[([^\]]*)\]\s*$", p)
                assert m, p
                codes.update(c for c in m.group(1).split(":") if c and c != "---")
        codes.update(c for c in code.split(":") if c and c != "---")
        lines += ["", ""]
    extra, n_nouns = noun_lines()
    lines += extra
    return "\n".join(lines), {"verbs": n_verbs, "nouns": n_nouns, "patterns": n_patterns, "codes": len(codes)}


def check(text: str) -> None:
    """Refuse a dictionary with a code that is not a CAMEO event code (SystemExit)."""
    import tempfile
    from pathlib import Path

    from events.coding.checks import invalid_codes
    from events.coding.readers import read_verbs

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cameo.verbs.txt"
        path.write_text(text, encoding="utf-8")
        warnings: list[str] = []
        notes = invalid_codes(read_verbs(path, warnings)) + warnings
    if notes:
        raise SystemExit("cameo.verbs.txt not written:\n" + "\n".join(notes))


def main() -> None:
    text, _stats = build()
    check(text)
    write_file("cameo.verbs.txt", text)


if __name__ == "__main__":
    main()
