"""Generate ``events/coding/data/international.actors.txt`` (PETRARCH-2 actor format).

Everything here is hand-written for this project from public facts: organisation names and
their usual abbreviations, and the CAMEO actor-code conventions (type codes IGO/NGO/IMG and
the CAMEO "known group" codes: UNO, EEC, NAT, SCE, ASN, ARL, OPC, WTO, IMF, WBK, ICC, CRC,
AMN, HRW, ...). Codes are composed as type + known group without a region chunk
(``IGONAT`` for NATO, ``IGOEEC`` for the EU), UN bodies as ``IGOUNO`` + group.

Where CAMEO has no known-group code the project defines one, marked "project code" below:
CST (CSTO), SCO (Shanghai Cooperation Organisation), BRC (BRICS), GTW (G20). The African
Union uses OAU, the CAMEO code of its predecessor.
Armed non-state groups are coded by country + REB/UAF (+ group where CAMEO has one); the
Taliban and Hamas codes change with the dates they took power.
"""

from __future__ import annotations

from _common import MIT_HEADER, dated, keys_for, write_file

# (name, synonyms, code or dated codes [(code, start, end)], comment)
Entry = tuple[str, list[str], "str | list[tuple[str, str, str]]", str]

ORGANISATIONS: list[Entry] = [
    # ---- United Nations system ----
    ("United Nations", ["UN", "U.N.", "UNO", "United Nations Organization", "world body"], "IGOUNO", ""),
    ("UN Security Council", ["U.N. Security Council", "United Nations Security Council", "Security Council",
                             "UNSC"], "IGOUNO", ""),
    ("UN General Assembly", ["U.N. General Assembly", "United Nations General Assembly", "General Assembly"],
     "IGOUNO", ""),
    ("UN Secretariat", ["UN Secretary-General", "U.N. Secretary-General", "UN secretary general",
                        "U.N. secretary general"], "IGOUNO", ""),
    ("UN Human Rights Council", ["U.N. Human Rights Council", "United Nations Human Rights Council",
                                "UNHRC"], "IGOUNOHRI", ""),
    ("Office of the UN High Commissioner for Human Rights", ["OHCHR", "UN human rights office",
                                                              "U.N. human rights office",
                                                              "UN High Commissioner for Human Rights"],
     "IGOUNOHCH", ""),
    ("UN High Commissioner for Refugees", ["UNHCR", "UN refugee agency", "U.N. refugee agency",
                                           "United Nations High Commissioner for Refugees"], "IGOUNOHCR", ""),
    ("UNICEF", ["United Nations Children's Fund", "UN children's agency", "U.N. children's agency"],
     "IGOUNOKID", ""),
    ("World Health Organization", ["World Health Organisation", "WHO chief", "WHO director-general", "UN health agency"], "IGOUNOWHO", ""),
    ("World Food Programme", ["WFP", "World Food Program", "UN food agency"], "IGOUNOWFP", ""),
    ("Food and Agriculture Organization", ["FAO"], "IGOUNOFAO", ""),
    ("International Atomic Energy Agency", ["IAEA", "UN nuclear watchdog", "U.N. nuclear watchdog"],
     "IGOUNOIAE", ""),
    ("International Labour Organization", ["ILO", "International Labor Organization",
                                            "International Labour Office", "International Labor Office"], "IGOUNOILO", ""),
    ("International Organization for Migration", ["IOM"], "IGOUNOIOM", ""),
    ("International Court of Justice", ["ICJ", "World Court"], "IGOUNOICJ", ""),
    ("UN peacekeepers", ["U.N. peacekeepers", "UN peacekeeping force", "blue helmets", "UNIFIL", "MONUSCO",
                         "UNMISS", "MINUSMA", "UNFICYP", "UNDOF", "UNMIK"], "IGOUNOPKO", ""),
    ("UN Relief and Works Agency", ["UNRWA"], "IGOUNOREF", ""),
    ("UN Development Programme", ["UNDP"], "IGOUNODEV", ""),
    ("Office for the Coordination of Humanitarian Affairs", ["OCHA", "UN humanitarian office"], "IGOUNO", ""),
    # ---- financial and economic ----
    ("International Monetary Fund", ["IMF"], "IGOIMF", ""),
    ("World Bank", ["World Bank Group", "IBRD"], "IGOWBK", ""),
    ("World Trade Organization", ["WTO", "World Trade Organisation"], "IGOWTO", ""),
    ("Organization of the Petroleum Exporting Countries", ["OPEC", "OPEC+", "OPEC Plus"], "IGOOPC", ""),
    ("European Bank for Reconstruction and Development", ["EBRD"], "IGOEBR", ""),
    ("Asian Development Bank", ["ADB"], "IGOADB", ""),
    ("African Development Bank", ["AfDB"], "IGOAFB", ""),
    ("Islamic Development Bank", [], "IGOIDB", ""),
    ("Paris Club", [], "IGOPRC", ""),
    ("Bank for International Settlements", ["BIS"], "IGOBIS", ""),
    ("World Economic Forum", ["WEF", "Davos forum"], "IGOWEF", ""),
    ("Group of Seven", ["G7", "G-7", "G7 countries", "Group of 7"], "IGOGOS", ""),
    ("Group of Eight", ["G8", "G-8"], "IGOGOE", ""),
    ("Group of 77", ["G77", "G-77"], "IGOGSS", ""),
    ("Group of Twenty", ["G20", "G-20", "Group of 20"], "IGOGTW", "project code"),
    ("BRICS", ["BRICS countries", "BRICS nations", "BRICS group"], "IGOBRC", "project code"),
    # ---- regional and security organisations ----
    ("European Union", ["EU", "E.U.", "European Commission", "European Council", "European Parliament",
                        "Council of the European Union", "EU Commission", "EU foreign policy chief",
                        "the 27-nation bloc", "27-nation bloc", "EU member states",
                        # its names before 1993 (the code is the EEC's)
                        "European Community", "European Communities", "European Economic Community",
                        "EEC", "E.C."], "IGOEEC", ""),
    ("Asia-Pacific Economic Cooperation", ["APEC", "APEC forum", "Asia Pacific Economic Cooperation"],
     "IGOAPC", "no CAMEO code: IGO plus an APEC-like group code"),
    ("North Atlantic Treaty Organization", ["NATO", "North Atlantic Alliance", "Western military alliance",
                                           "NATO allies", "NATO forces", "NATO troops"], "IGONAT", ""),
    ("Organization for Security and Co-operation in Europe", ["OSCE",
                                                              "Organization for Security and Cooperation "
                                                              "in Europe", "OSCE monitors",
                                                              "OSCE Minsk Group", "Minsk Group"],
     "IGOSCE", ""),
    ("Council of Europe", ["European Court of Human Rights", "ECHR"], "IGOCOE", ""),
    ("Collective Security Treaty Organization", ["CSTO", "Collective Security Treaty Organisation"],
     "IGOCST", "project code"),
    ("Commonwealth of Independent States", ["CIS"], "IGOCIS", ""),
    ("Shanghai Cooperation Organisation", ["SCO", "Shanghai Cooperation Organization"], "IGOSCO", "project code"),
    ("Eurasian Economic Union", ["EAEU", "Eurasian Union"], "IGOCIS", "CIS successor bloc"),
    ("African Union", ["AU", "African Union Commission", "AU Commission", "Organization of African Unity", "OAU",
                       "AU peacekeepers", "AMISOM", "ATMIS"], "IGOOAU", "CAMEO code of the AU's predecessor"),
    ("Economic Community of West African States", ["ECOWAS", "West African bloc"], "IGOWAS", ""),
    ("Southern African Development Community", ["SADC"], "IGOSAD", ""),
    ("Intergovernmental Authority on Development", ["IGAD"], "IGOIAD", ""),
    ("Economic Community of Central African States", ["ECCAS"], "IGOECA", ""),
    ("Association of Southeast Asian Nations", ["ASEAN", "Association of South East Asian Nations"],
     "IGOASN", ""),
    ("South Asian Association for Regional Cooperation", ["SAARC"], "IGOSAA", ""),
    ("Arab League", ["League of Arab States", "Arab League summit"], "IGOARL", ""),
    ("Gulf Cooperation Council", ["GCC", "Cooperation Council for the Arab States of the Gulf"], "IGOGCC", ""),
    ("Organisation of Islamic Cooperation", ["OIC", "Organization of Islamic Cooperation",
                                             "Organization of the Islamic Conference"], "IGOOIC", ""),
    ("Organization of American States", ["OAS"], "IGOOAS", ""),
    ("Commonwealth of Nations", ["the Commonwealth"], "IGOCWN", ""),
    ("Non-Aligned Movement", ["Non-Aligned countries"], "IGONON", ""),
    ("Interpol", ["International Criminal Police Organization"], "IGOITP", ""),
    ("International Criminal Court", ["ICC", "ICC prosecutor", "Hague-based International Criminal Court"],
     "IGOICC", ""),
    ("International Criminal Tribunal for the former Yugoslavia", ["ICTY", "ICTR",
                                                                   "International Criminal Tribunal for Rwanda"],
     "IGOWCT", ""),
    ("Inter-Parliamentary Union", ["IPU"], "IGOIPU", ""),
    # ---- non-governmental organisations ----
    ("International Committee of the Red Cross", ["ICRC", "International Federation of Red Cross",
                                                   "IFRC"], "NGOCRC", ""),
    ("Red Cross", ["Red Cross workers"], "NGOIRC", ""),
    ("Red Crescent", ["Red Crescent Society", "Palestinian Red Crescent", "Syrian Arab Red Crescent"], "NGORCR", ""),
    ("Amnesty International", ["Amnesty International USA"], "NGOAMN", ""),
    ("Human Rights Watch", ["HRW"], "NGOHRW", ""),
    ("Medecins Sans Frontieres", ["M\u00e9decins Sans Fronti\u00e8res", "Doctors Without Borders", "MSF"],
     "NGOMSF", ""),
    ("Oxfam", ["Oxfam International"], "NGOXFM", ""),
    ("International Crisis Group", ["Crisis Group"], "NGOICG", ""),
    ("International Federation for Human Rights", ["FIDH"], "NGOFID", ""),
    ("Greenpeace", [], "NGOGRP", ""),
    ("Reporters Without Borders", ["Reporters Sans Frontieres"], "NGOMED", ""),
    ("Committee to Protect Journalists", ["CPJ"], "NGOMED", ""),
    ("Transparency International", [], "NGO", ""),
    ("Save the Children", [], "NGO", ""),
    ("International Rescue Committee", [], "NGO", ""),
    ("Norwegian Refugee Council", ["NRC"], "NGOREF", ""),
    ("Memorial Human Rights Centre", ["Memorial human rights group"], "NGORUSHRI", ""),
    # ---- armed non-state and political groups ----
    ("Hamas", ["Islamic Resistance Movement", "Hamas militants", "Hamas fighters", "Ezzedine al-Qassam Brigades",
               "Qassam Brigades", "al-Qassam Brigades"], "PSEREBHMS", ""),
    ("Palestinian Islamic Jihad", ["Islamic Jihad", "Al-Quds Brigades"], "PSEREBISJ", ""),
    ("Fatah", [], "PSEFTA", ""),
    ("Palestine Liberation Organization", ["PLO"], "PSEPLO", ""),
    ("Popular Front for the Liberation of Palestine", ["PFLP"], "PSEREBPFL", ""),
    ("Al-Aqsa Martyrs Brigades", ["Al Aqsa Martyrs Brigade"], "PSEREBAAM", ""),
    ("Hezbollah", ["Hizbollah", "Hizbullah", "Hezbullah", "Hizballah", "Hezbollah fighters",
                   "Hezbollah militants"], "LBNREBHEZ", ""),
    ("Amal Movement", ["Amal"], "LBNAML", ""),
    ("Taliban", ["Taleban", "Taliban fighters", "Taliban militants", "Islamic Emirate of Afghanistan"],
     [("AFGREBTAL", "", "20210815"), ("AFGGOVTAL", "20210815", "")], "in power from 15 Aug 2021"),
    ("Pakistani Taliban", ["Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan", "TTP"], "PAKREBTAL", ""),
    ("Wagner Group", ["Wagner", "Wagner mercenaries", "Wagner fighters", "Wagner PMC"],
     "RUSUAF", "Russian private military company"),
    ("Africa Corps", ["Russia's Africa Corps", "Africa Corps fighters"], "RUSMIL",
     "under the Russian defence ministry since late 2023"),
    ("Islamic State", ["ISIS", "ISIL", "IS militants", "Islamic State group", "Daesh", "Daesh militants",
                       "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant",
                       "Islamic State militants", "ISIS fighters", "ISIS-K", "Islamic State Khorasan",
                       "ISWAP"], "IMGMOSREB", "no CAMEO known-group code"),
    ("Al-Qaeda", ["al Qaeda", "al-Qaida", "al Qaida", "Al-Qaeda in the Arabian Peninsula", "AQAP",
                  "Al-Qaeda in the Islamic Maghreb", "AQIM", "JNIM"], "IMGMOSALQ", ""),
    ("Al-Shabaab", ["al-Shabab", "al Shabaab", "Shabaab", "al-Shabaab militants"], "SOMREB", ""),
    ("Boko Haram", ["Boko Haram militants", "Boko Haram fighters"], "NGAREB", ""),
    ("Houthis", ["Houthi", "Houthi rebels", "Houthi movement", "Ansar Allah", "Ansarallah"], "YEMREB", ""),
    ("Hayat Tahrir al-Sham", ["HTS"], [("SYRREB", "", "20241208"), ("SYRGOV", "20241208", "")],
     "led the Damascus government from 8 Dec 2024"),
    ("Syrian Democratic Forces", ["SDF"], "SYRREB", ""),
    ("Kurdistan Workers' Party", ["PKK", "Kurdistan Workers Party", "PKK militants"], "TURSEP", ""),
    ("Kurdistan Democratic Party", ["KDP"], "IRQKDP", ""),
    ("Muslim Brotherhood", [], "MBR", "transnational movement"),
    ("Rapid Support Forces", ["RSF", "RSF paramilitaries", "RSF paramilitary", "Rapid Support Forces paramilitary"],
     "SDNUAF", ""),
    ("M23", ["M23 rebels", "March 23 Movement"], "CODREB", ""),
    ("Tigray People's Liberation Front", ["TPLF", "Tigrayan forces"], "ETHREB", ""),
    ("Polisario Front", ["Polisario"], "ESHSEPPLS", ""),
    ("Abu Sayyaf", [], "PHLREB", ""),
    ("FARC", ["Revolutionary Armed Forces of Colombia"], "COLREB", ""),
    ("ELN", ["National Liberation Army"], "COLREB", ""),
    ("Arakan Army", [], "MMRREB", ""),
    # armed groups of the wars of 2023-2026 that wire reports name (public record); acronyms
    # that are other bodies' too ("ADF", "PDF", "KIA", "SLA", "JEM") are left out
    ("Allied Democratic Forces", ["Allied Democratic Forces rebels"], "CODREB", "eastern Congo"),
    ("CODECO", ["CODECO militia", "Cooperative for the Development of Congo"], "CODUAF", "Ituri militia"),
    ("Wazalendo", ["Wazalendo fighters", "Wazalendo militias"], "CODUAF", "pro-government militias"),
    ("Justice and Equality Movement", [], "SDNREB", "Darfur"),
    ("Sudan Liberation Movement", ["Sudan Liberation Army"], "SDNREB", "Darfur"),
    ("Tigray Defence Forces", ["Tigray Defense Forces"], "ETHREB", ""),
    ("Katiba Macina", [], "MLIREB", "central Mali"),
    ("Jaish al-Adl", ["Jaish ul-Adl"], "IRNREB", "Sistan-Baluchestan"),
    ("Islamic Resistance in Iraq", [], "IRQUAF", "Iran-aligned militias"),
    ("Karen National Union", ["KNU", "Karen National Liberation Army", "KNLA"], "MMRREB", ""),
    ("Kachin Independence Army", ["Kachin Independence Organization"], "MMRREB", ""),
    ("Ta'ang National Liberation Army", ["TNLA"], "MMRREB", ""),
    ("Myanmar National Democratic Alliance Army", ["MNDAA"], "MMRREB", ""),
    # armed groups of the 1980s-2000s (public record)
    ("UNITA", ["National Union for the Total Independence of Angola"], "AGOREB", ""),
    ("Revolutionary United Front", ["RUF", "RUF rebels"], "SLEREB", ""),
    # Sudan's southern rebels until South Sudan's independence on 9 July 2011, then its army
    # (SPLA) and its ruling movement (SPLM); the factions that split off fight on
    ("Sudan People's Liberation Army", ["SPLA", "SPLM/A"],
     [("SDNREB", "", "20110709"), ("SSDMIL", "20110709", "")], "South Sudan's army from 9 Jul 2011"),
    ("Sudan People's Liberation Movement", ["SPLM"],
     [("SDNREB", "", "20110709"), ("SSDGOV", "20110709", "")], "governs South Sudan from 9 Jul 2011"),
    ("SPLM-IO", ["SPLA-IO", "SPLM/A-IO", "SPLM-in-Opposition", "SPLM in Opposition"], "SSDREB",
     "South Sudan's armed opposition since Dec 2013"),
    ("SPLM-N", ["SPLA-N", "SPLM-North", "SPLA-North"], "SDNREB", "Sudan's rebels in South Kordofan, Blue Nile"),
    ("Liberation Tigers of Tamil Eelam", ["LTTE", "Tamil Tigers", "Tamil Tiger rebels"], "LKAREB", ""),
    ("Kosovo Liberation Army", ["KLA"], "KSVREB", ""),
    ("National Liberation Army of Macedonia", ["ethnic Albanian rebels in Macedonia"], "MKDREB", ""),
    ("Irish Republican Army", ["Provisional IRA"], "GBRREB", ""),
    ("Khmer Rouge", [], "KHMREB", ""),
    ("Shining Path", ["Sendero Luminoso"], "PERREB", ""),
    ("Lord's Resistance Army", ["LRA"], "UGAREB", ""),
    ("Rwandan Patriotic Front", ["RPF"], [("RWAREB", "", "19940719"), ("RWAGOV", "19940719", "")],
     "in power from July 1994"),
    ("Armed Islamic Group", [], "DZAREB", ""),
    ("Islamic Salvation Front", ["FIS"], "DZAOPP", ""),
    ("Forces for the Defence of Democracy", ["FDD", "Forces for Defence of Democracy"], "BDIREB", ""),
    ("Contras", ["Contra rebels"], "NICREB", ""),
    ("Farabundo Marti National Liberation Front", ["FMLN"], "SLVREB", ""),
    ("Zapatista National Liberation Army", ["Zapatistas", "EZLN"], "MEXREB", ""),
    ("Afghan mujahideen", ["Afghan mujahedeen"], "AFGREB", ""),
    ("Chechen rebels", ["Chechen separatists"], "RUSSEP", ""),
    ("Lashkar-e-Taiba", ["Lashkar-e-Toiba"], "PAKREB", ""),
    ("Jaish-e-Mohammed", ["Jaish-e-Muhammad"], "PAKREB", ""),
    ("Baloch Liberation Army", ["BLA"], "PAKSEP", ""),
]

# People who lead international organisations (term dates YYYYMMDD, public records).
PEOPLE: list[tuple[str, list[str], list[tuple[str, str, str]]]] = [
    ("Antonio Guterres", ["Ant\u00f3nio Guterres", "Guterres"],
     [("PRTGOV", "19951028", "20020406"), ("IGOUNOHCR", "20050615", "20151231"), ("IGOUNO", "20170101", "")]),
    ("Kofi Annan", ["Annan", "Kofi A. Annan"], [("IGOUNO", "19930301", "20061231")]),
    ("Boutros Boutros-Ghali", ["Boutros-Ghali", "Boutros Ghali"],
     [("EGYGOV", "19771117", "19911231"), ("IGOUNO", "19920101", "19961231")]),
    ("Javier Perez de Cuellar", ["Javier P\u00e9rez de Cu\u00e9llar", "Perez de Cuellar", "P\u00e9rez de Cu\u00e9llar"],
     [("IGOUNO", "19820101", "19911231")]),
    ("Javier Solana", ["Solana"], [("ESPGOV", "19821202", "19951205"), ("IGONAT", "19951205", "19991006"),
                                   ("IGOEEC", "19991018", "20091201")]),
    ("Jacques Delors", ["Delors"], [("FRAGOV", "19810522", "19840717"), ("IGOEEC", "19850107", "19950124")]),
    ("Jose Manuel Barroso", ["Jos\u00e9 Manuel Barroso", "Barroso"],
     [("PRTGOV", "19920101", "20040717"), ("IGOEEC", "20041122", "20141031")]),
    ("Jean-Claude Juncker", ["Juncker"], [("LUXGOV", "19950120", "20131204"), ("IGOEEC", "20141101", "20191130")]),
    ("Chedli Klibi", ["Chadli Klibi", "Klibi"], [("IGOARL", "19790628", "19900903")]),
    ("Amr Moussa", ["Amr Mussa"], [("EGYGOV", "19910520", "20010515"), ("IGOARL", "20010515", "20110630")]),
    ("Mohamed ElBaradei", ["ElBaradei", "Mohamed El Baradei", "El Baradei"], [("IGOUNOIAE", "19840101", "20091130")]),
    ("Hans Blix", ["Blix"], [("IGOUNOIAE", "19811201", "19971130"), ("IGOUNO", "20000301", "20030630")]),
    ("Manfred Woerner", ["Manfred W\u00f6rner", "Woerner", "W\u00f6rner"], [("IGONAT", "19880701", "19940813")]),
    ("George Robertson", ["Lord Robertson"], [("GBRGOV", "19970502", "19991014"), ("IGONAT", "19991014", "20040101")]),
    ("Anders Fogh Rasmussen", ["Fogh Rasmussen"], [("DNKGOV", "20011127", "20090405"), ("IGONAT", "20090801", "20141001")]),
    ("Ban Ki-moon", ["Ban Ki Moon"], [("KORGOV", "20040117", "20061101"), ("IGOUNO", "20070101", "20161231")]),
    ("Jens Stoltenberg", ["Stoltenberg"],
     [("NORGOV", "20051017", "20131016"), ("IGONAT", "20141001", "20241001"), ("NORGOV", "20250204", "")]),
    ("Mark Rutte", ["Rutte"], [("NLDGOV", "20101014", "20240702"), ("IGONAT", "20241001", "")]),
    ("Ursula von der Leyen", ["von der Leyen"], [("DEUGOV", "20051122", "20190717"), ("IGOEEC", "20191201", "")]),
    ("Josep Borrell", ["Borrell"], [("IGOEEC", "20191201", "20241130")]),
    ("Kaja Kallas", ["Kallas"], [("ESTGOV", "20210126", "20240723"), ("IGOEEC", "20241201", "")]),
    ("Charles Michel", [], [("BELGOV", "20141011", "20191027"), ("IGOEEC", "20191201", "20241130")]),
    ("Antonio Costa", ["Ant\u00f3nio Costa"], [("PRTGOV", "20151126", "20240402"), ("IGOEEC", "20241201", "")]),
    ("Rafael Grossi", ["Grossi", "Rafael Mariano Grossi"], [("IGOUNOIAE", "20191203", "")]),
    ("Tedros Adhanom Ghebreyesus", ["Tedros", "Tedros Adhanom"],
     [("ETHGOV", "20051019", "20161101"), ("IGOUNOWHO", "20170701", "")]),
    ("Kristalina Georgieva", ["Georgieva"], [("IGOWBK", "20170102", "20190930"), ("IGOIMF", "20191001", "")]),
    ("Ajay Banga", [], [("IGOWBK", "20230602", "")]),
    ("Ngozi Okonjo-Iweala", ["Okonjo-Iweala"], [("IGOWTO", "20210301", "")]),
    ("Karim Khan", ["Karim A.A. Khan"], [("IGOICC", "20210616", "")]),
    ("Volker Turk", ["Volker T\u00fcrk"], [("IGOUNOHCH", "20221017", "")]),
    ("Filippo Grandi", ["Grandi"], [("IGOUNOHCR", "20160101", "")]),
    ("Moussa Faki Mahamat", ["Moussa Faki"], [("IGOOAU", "20170314", "20250215")]),
    ("Ahmed Aboul Gheit", ["Aboul Gheit"], [("EGYGOV", "20040714", "20110306"), ("IGOARL", "20160703", "")]),
]


def build() -> str:
    lines = [MIT_HEADER.format(script="build_international.py"),
             "# ======== INTERNATIONAL ORGANISATIONS, NGOS AND NON-STATE GROUPS ========", ""]
    seen: set[str] = set()
    for name, syns, code, comment in ORGANISATIONS:
        keys = [k for k in keys_for([name, *syns]) if k not in seen]
        seen.update(keys)
        note = f"  # {comment}" if comment else ""
        if isinstance(code, str):
            lines.append(f"{keys[0]}_  [{code}]{note}")
            lines.extend(f"+{k}_" for k in keys[1:])
        else:
            lines.append(f"{keys[0]}_{note}")
            lines.extend(f"+{k}_" for k in keys[1:])
            lines.extend(dated(*term) for term in code)
        lines.append("")
    lines += ["# ======== HEADS OF INTERNATIONAL ORGANISATIONS (term dates YYYYMMDD) ========", ""]
    for name, syns, terms in PEOPLE:
        keys = keys_for([name, *syns])
        lines.append(f"{keys[0]}_")
        lines.extend(f"+{k}_" for k in keys[1:])
        lines.extend(dated(*term) for term in terms)
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    write_file("international.actors.txt", build())


if __name__ == "__main__":
    main()
