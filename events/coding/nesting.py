"""PETRARCH-2's verb interaction: negation, nested verbs and ``~`` transformations.

PETRARCH-2 codes a verb that governs another coded verb ("wants to help", "said they
attacked") by combining the two codes in its internal hexadecimal ontology rather than
emitting both events. Each CAMEO code has a value (:data:`VALUES`): the top hex digit is
the "upper" class (1 say, 2 appeal, 3 intend, 4 demand, 5 protest, 6 threaten,
7 disapprove, 8 posture, 9 coerce, A investigate, B consult), the lower digits the
"lower" class (7 material cooperation, 4 aid, A fight …). A negated verb subtracts
``0xFFFF`` ("not provide support" → 121, reject). :func:`combine` is PETRARCH-2's
``combine_code``; a value that has no CAMEO code combines to nothing.

The verb dictionary may end with transformation lines such as
``~ a (b . ATTACK) SAY = a b 112`` ("a says b attacked" → a accuses b): the outer verb
(``SAY``) with source ``a`` governs an inner event whose source is ``a`` (the same actor),
``b`` (another actor) or ``_`` (none: an infinitive), and whose target is ``b`` or ``.``
(anything); ``Q`` stands for any inner code and copies it. Verb names are dictionary
verbs; a code matches a name when it equals its value at hex-digit granularity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NEGATION = 0xFFFF
YIELD = 0x0200  # PETRARCH-2's value of CAMEO 080 (yield); its 08x codes lie below 0x0300

# CAMEO code -> PETRARCH-2 value (petrarch2/utilities.py convert_code, MIT licence)
VALUES: dict[str, int] = {
    "010": 0x1000, "011": 0x1000 - NEGATION, "012": 0x100C, "013": 0x1001, "014": 0x1002,
    "015": 0x10A0, "016": 0x10A0 - NEGATION, "017": 0x1003, "018": 0x1004, "019": 0x1005,
    "020": 0x2000, "021": 0x2070, "0211": 0x2075, "0212": 0x2076, "0213": 0x2078,
    "0214": 0x207A, "022": 0x2080, "023": 0x2040, "0231": 0x2045, "0232": 0x2046,
    "0233": 0x2047, "0234": 0x2049, "024": 0x2060, "0241": 0x2061, "0242": 0x2062,
    "0243": 0x2063, "0244": 0x2064, "025": 0x2200, "0251": 0x220B, "0252": 0x220C,
    "0253": 0x220D, "0254": 0x2205, "0255": 0x220E, "0256": 0x220F, "026": 0x2010,
    "027": 0x2020, "028": 0x2030,
    "030": 0x3000, "031": 0x3070, "0311": 0x3075, "0312": 0x3076, "0313": 0x3078,
    "0314": 0x307A, "032": 0x3080, "033": 0x3040, "0331": 0x3045, "0332": 0x3046,
    "0333": 0x3047, "0334": 0x3049, "034": 0x3060, "0341": 0x3061, "0342": 0x3062,
    "0343": 0x3063, "0344": 0x3064, "035": 0x3200, "0351": 0x320B, "0352": 0x320C,
    "0353": 0x320D, "0354": 0x3205, "0355": 0x320E, "0356": 0x320F, "036": 0x3010,
    "037": 0x3020, "038": 0x3230, "039": 0x3030,
    "040": 0xB000, "041": 0xB001, "042": 0xB002, "043": 0xB003, "044": 0xB010,
    "045": 0xB030, "046": 0xB010,
    "050": 0x0080, "051": 0x0081, "052": 0x0082, "053": 0x0083, "054": 0x0084,
    "055": 0x0085, "056": 0x0086, "057": 0x0087,
    "060": 0x0070, "061": 0x0075, "062": 0x0076, "063": 0x0078, "064": 0x007A,
    "070": 0x0040, "071": 0x0045, "072": 0x0046, "073": 0x0047, "074": 0x0049, "075": 0x004E,
    "080": 0x0200, "081": 0x020B, "0811": 0x0203, "0812": 0x0201, "0813": 0x0204,
    "0814": 0x0206, "082": 0x020C, "083": 0x0260, "0831": 0x0261, "0832": 0x0262,
    "0833": 0x0263, "0834": 0x0264, "084": 0x0250, "0841": 0x020C, "0842": 0x020C,
    "085": 0x0205, "086": 0x020E, "0861": 0x0209, "0862": 0x020A, "0863": 0x0207,
    "087": 0x02C0, "0871": 0x02C9, "0872": 0x02C1, "0873": 0x02C6, "0874": 0x02C2,
    "090": 0xA000, "091": 0xA001, "092": 0xA002, "093": 0xA003, "094": 0xA004,
    "100": 0x4000, "101": 0x4070, "1011": 0x4075, "1012": 0x4076, "1013": 0x4078,
    "1014": 0x407A, "102": 0x4080, "103": 0x4040, "1031": 0x4045, "1032": 0x4046,
    "1033": 0x4047, "1034": 0x4049, "104": 0x4060, "1041": 0x4061, "1042": 0x4062,
    "1043": 0x4063, "1044": 0x4064, "105": 0x4200, "1051": 0x420B, "1052": 0x420C,
    "1053": 0x420D, "1054": 0x4205, "1055": 0x420E, "1056": 0x420F, "106": 0x4010,
    "107": 0x4020, "108": 0x4030,
    "110": 0x7000, "111": 0x7001, "112": 0x70A0, "1121": 0x70A1, "1122": 0x70A2,
    "1123": 0x70A3, "1124": 0x70A4, "1125": 0x70A5, "113": 0x7002, "114": 0x7003,
    "115": 0x7008, "116": 0x7005,
    "120": -NEGATION, "121": -NEGATION + 0x0070, "1211": -NEGATION + 0x0075,
    "1212": -NEGATION + 0x0076, "122": -NEGATION + 0x2340, "1221": -NEGATION + 0x2345,
    "1222": -NEGATION + 0x2346, "1223": -NEGATION + 0x2347, "1224": -NEGATION + 0x2349,
    "123": -NEGATION + 0x2360, "1231": -NEGATION + 0x2361, "1232": -NEGATION + 0x2362,
    "1233": -NEGATION + 0x2363, "1234": -NEGATION + 0x2364, "124": -NEGATION + 0x0200,
    "1241": -NEGATION + 0x020B, "1242": -NEGATION + 0x020C, "1243": -NEGATION + 0x020D,
    "1244": -NEGATION + 0x0205, "1245": -NEGATION + 0x020E, "1246": -NEGATION + 0x02C0,
    "125": -NEGATION + 0x0010, "126": -NEGATION + 0x0030, "127": -NEGATION + 0x0020,
    "128": -NEGATION + 0x0002, "129": -NEGATION + 0x0001,
    "130": 0x6000, "131": 0x6100, "1311": 0x6140, "1312": 0x6105, "1313": 0x6180,
    "132": 0x600B, "1321": 0x6003, "1322": 0x6001, "1323": 0x6004, "1324": 0x6006,
    "133": 0x600C, "134": 0x6010, "135": 0x6030, "136": 0x600E, "137": 0x6004,
    "138": 0x60A0, "1381": 0x60A1, "1382": 0x60A2, "1383": 0x60A3, "1384": 0x60A4,
    "1385": 0x60B0, "139": 0x6005,
    "140": 0x5000, "145": 0x50A0,
    "150": 0x8000, "151": 0x8001, "152": 0x8002, "153": 0x8003, "154": 0x8004,
    "160": 0x0100, "161": 0x0180, "162": 0x0140, "1621": 0x0145, "1622": 0x0146,
    "1623": 0x0147, "163": 0x000B, "164": 0x0110, "165": 0x0130, "166": 0x0150,
    "1661": 0x0159, "1662": 0x015A, "1663": 0x015E,
    "170": 0x9000, "171": 0x9010, "1711": 0x9011, "1712": 0x9012, "172": 0x900B,
    "1721": 0x9003, "1722": 0x9001, "1723": 0x9004, "1724": 0x9006, "173": 0x9020,
    "174": 0x9030, "175": 0x9040,
    "180": 0x0090, "181": 0x0091, "182": 0x0092, "1821": 0x0093, "1822": 0x0094,
    "1823": 0x0095, "1824": 0x0096, "183": 0x0097, "1831": 0x0098, "1832": 0x0099,
    "1833": 0x009A, "1834": 0x009B, "184": 0x009C, "185": 0x009D, "186": 0x009E,
    "190": 0x00A0, "191": 0x00A1, "192": 0x00A2, "193": 0x00A3, "194": 0x00A4,
    "195": 0x00A5, "1951": 0x00A6, "1952": 0x00A7, "196": 0x00A8,
    "200": 0x00B0,
}  # fmt: skip

# value -> CAMEO code (the first code listed wins; PETRARCH-2's extra quirk: intend + fight)
# PETRARCH-2 lists four codes that CAMEO's event-code table (GDELT's, ours) does not have:
# they are read as inputs but never produced
NOT_CAMEO = frozenset({"1824", "1834", "1951", "1952"})
CODES: dict[int, str] = {}
for _code, _value in VALUES.items():
    if _code not in NOT_CAMEO:
        CODES.setdefault(_value, _code)
CODES[0x30A0] = "138"


def value(code: str) -> int | None:
    """PETRARCH-2 value of a CAMEO code (its cue category's when the code is unlisted)."""
    found = VALUES.get(code)
    if found is None and len(code) >= 2:
        found = VALUES.get(code[:2] + "0")
    return found


def negate(code: str) -> str | None:
    """The code of the negated event ("not provide support" → 121), or None."""
    found = value(code)
    if found is None or found < 0:
        return None
    return CODES.get(found - NEGATION)


def combine(upper: str, lower: str) -> str | None:
    """PETRARCH-2's ``combine_code`` of a governing verb's code and its clause's code, as a
    CAMEO code (None when the combination has no code)."""
    up, low = value(upper), value(lower)
    if up is None or low is None:
        return None
    if low < 0:
        combined = low + up
    elif up >= 0x1000 and low >= 0x1000:
        combined = low
    elif low >= up:
        combined = low
    else:
        combined = up + low
    return CODES.get(combined)


def combinable(upper: str, lower: str) -> bool:
    """True for the combinations PETRARCH-2 codes reliably: a bare appeal, intent or demand
    (020, 030, 100) governing a material or diplomatic event ("asked X to help" → 023,
    "wants to help" → 033). Threats, refusals and statements keep their own code."""
    up, low = value(upper), value(lower)
    if up is None or low is None:
        return False
    return up in (0x2000, 0x3000, 0x4000) and 0 < low < 0x1000


def matches(code: str, target: int) -> bool:
    """True when ``code``'s value equals ``target`` at some hex-digit granularity."""
    found = value(code)
    if found is None or found < 0:
        return False
    return target in (found, found - found % 0x10, found - found % 0x100, found - found % 0x1000)


@dataclass(frozen=True, slots=True)
class Transformation:
    """``~ a (SRC TGT INNER) OUTER = RSRC RTGT CODE`` with verb names resolved later."""

    outer: str  # verb name, e.g. SAY
    inner: str  # verb name or Q
    inner_source: str  # a, b or _
    inner_target: str  # b or .
    result_source: str  # a or b
    result_target: str  # a or b
    result_code: str  # a CAMEO code or Q
    where: str


_TRANSFORM = re.compile(
    r"^~\s*a\s*\(\s*([ab_.])\s+([ab_.])\s+(\w+)\s*\)\s*(\w+)\s*=\s*([ab])\s+([ab])\s+(\w+)\s*$"
)


def parse_transformation(line: str, where: str) -> Transformation | None:
    """A ``~`` line as a :class:`Transformation` (None when it is not in that form)."""
    match = _TRANSFORM.match(line.strip())
    if not match:
        return None
    src, tgt, inner, outer, rsrc, rtgt, code = match.groups()
    return Transformation(outer.upper(), inner.upper(), src, tgt, rsrc, rtgt, code.upper(), where)


INTENT = 0x3000
THREAT = 0x6000

# announced yields: "will lift the curfew" -> intent to ease restrictions (035x), by code prefix
_FUTURE_YIELD = {
    "081": "0351", "082": "0352", "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344",
    "083": "034", "084": "0353", "085": "0354", "086": "0355", "087": "0356",
}  # fmt: skip


def future(code: str) -> str | None:
    """The code of an act announced for the future ("X will give aid", "X will withdraw its
    monitors"), or None to keep ``code``: CAMEO codes a cooperative act that is only
    announced as the intent to do it (03x: "will provide aid" → 033, "will visit" → 036,
    "will lift the ban" → 0351) and an announced sanction, coercion, protest or attack as a
    threat (13x: "will cut off aid" → 1311, "will extend the curfew" → 1323, "will
    boycott" → 133, "will attack" → 138). Statements, appeals, demands, refusals, threats,
    praise and shows of force keep their code, and so does a cut in diplomatic relations
    (161: "will close the consulate", "will expel diplomats" is a decision, read as intended)."""
    found = value(code)
    if found is None or found < 0 or found in (0x0085, 0x0086):
        return None  # (apology and forgiveness are acts of speech; "will support" is 032)
    if found >= 0xB000:  # consult: "will visit", "will meet"; "will mediate" is 039
        return "039" if found == VALUES["045"] else "036"
    if 0x9000 <= found < 0xA000:  # coerce
        if code.startswith("172"):
            return CODES.get(THREAT + (found & 0x0FFF), "132")
        return "137" if code.startswith(("173", "175")) else "130"
    if code.startswith("163"):  # sanctions, embargo, boycott
        return "1312"
    if 0x5000 <= found < 0x6000:  # protest
        return "133"
    if found >= 0x1000:
        return None
    if code.startswith("08"):
        return next((v for k, v in _FUTURE_YIELD.items() if code.startswith(k)), "035")
    if 0x0100 <= found < 0x0200:  # reduce relations, stop aid, halt talks, expel
        if code.startswith("161"):
            # closing a mission or expelling diplomats is decided and notified, not held
            # over the other side: "Latvia will close the Russian consulate" is 161, intended
            return None
        if code.startswith("166"):
            return "136"
        return _first(THREAT + found, THREAT + (found & 0xFFF0), THREAT + (found & 0x00F0)) or "131"
    if found >= 0x0090:  # violence
        if found < 0x00A0:
            return "1383"
        return _first(THREAT + found) or "138"
    return _first(INTENT + found, INTENT + (found & 0xFFF0), INTENT + (found & 0xFF00)) or "030"


def _first(*values: int) -> str | None:
    return next((CODES[v] for v in values if v in CODES), None)


# the CAMEO refusals of the yields whose PETRARCH-2 value has no negation: accede to
# political reform (083x) -> reject it (123x); release persons or property (084x) -> 1243
_REFUSED_YIELD = {"083": "123", "0831": "1231", "0832": "1232", "0833": "1233", "0834": "1234", "084": "1243"}


def refusal(code: str) -> str | None:
    """The rejection of a cooperative act whose negation has no value of its own ("will not
    accept refugees", "failed to reach an agreement"): the closest 12x, else 120; a yield
    (08x) not made is a refusal to yield ("will not lift the curfew", "did not meet their
    demands": the closest 124x, else 124). None for statements, appeals, demands, threats,
    reductions of relations and force (their negation is no event)."""
    found = value(code)
    if found is not None and YIELD <= found < YIELD + 0x100:
        refused = _REFUSED_YIELD.get(code, _REFUSED_YIELD.get(code[:3], "124"))
        return negate(code) or negate(code[:3]) or refused
    if found is None or found < 0 or found >= 0x0090:
        return None
    return _first(found - NEGATION, (found & 0xFFF0) - NEGATION, (found & 0xFF00) - NEGATION) or "120"
