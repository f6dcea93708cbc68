"""Find quantities in text without a model: number, scale, currency, unit, qualifier, range.

The scanner is the cheap first pass: regexes over the whole text. Only sentences
in which it finds something are handed to the statistical pipeline later.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import replace

from ..model import Mention
from . import lexicon as lx
from .numbers import parse_digits, parse_words
from .cues import ends, folded, has_any
from .currency import ATTACHED_ONLY, CUED_PREFIXES, Local
from .spans import Spans
from .units import lexicon as unit_lexicon

log = logging.getLogger("claimcheck")

_DIGITS = (r"[-−]?\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|[-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # Indian 5,50,270 first
           r"|[-−]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d|-)(?=\s*(?:[^\w\s]|[A-Za-z]))"  # "10 000 dollars", "1 500 km"
           r"|(?<=\()\+\d+(?:\.\d+)?(?=\s?%)"  # a signed change in brackets: "QR1.6bn (+6.2%)"
           r"|[-−]?\d+(?:\.\d+)?|(?<![\d.])\.\d+")  # ".08", ".5%"
_WORDNUM = (
    r"(?:(?:a|an)\s+(?=(?:dozen|hundred|thousand|million|billion|trillion)\b))?"
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|hundred)"
    r"(?:[\s-]+(?:hundred|thousand|million|billion|trillion|dozen)\b"
    r"|(?<=ty)[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)\b"  # "twenty-one", not "five six-seaters"
    # "and" and the teens and tens only after a scale word: "one hundred and sixteen", never "five and six"
    # "five thousand, two hundred": a comma only before a hundreds group, after a scale word above a hundred
    r"|(?:(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion)),\s+(?=(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred\b)"
    r"(?:one|two|three|four|five|six|seven|eight|nine)\b"
    r"|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion))[\s-]+(?:(?:and|&)\s+)?"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)*"
    r"|(?:a|an)\s+(?:dozen|hundred|thousand|million|billion|trillion)"
)
_NUMBER_BODY = rf"(?:(?P<d>{_DIGITS})(?P<suf>[A-Za-z]+)?|(?P<w>\b(?:{_WORDNUM})\b))"
NUMBER = re.compile(rf"(?<![\w.,/:]){_NUMBER_BODY}", re.IGNORECASE)
# NUMBER's matches that start with a digit, sign or point (its word branch never matches: group "w" stays None).
# Word numbers are found from their words instead (``_anchored``): tried at every position, the word branch
# cost more than half of NUMBER's pass over a text.
_NUMBER_DIGITS = re.compile(rf"(?<![\w.,/:])(?:(?P<d>{_DIGITS})(?P<suf>[A-Za-z]+)?|(?P<w>(?!)))", re.IGNORECASE)
# ... and its word branch alone (group "d" stays None).
_NUMBER_IN_WORDS = re.compile(rf"(?<![\w.,/:])(?:(?P<d>(?!))(?P<suf>)|(?P<w>\b(?:{_WORDNUM})\b))", re.IGNORECASE)
# Every word number holds one of these words, and starts with it or with "a"/"an" and spaces before it.
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                 "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "dozen", "hundred",
                 "thousand", "million", "billion", "trillion")
_NUMBER_AT = re.compile(_NUMBER_BODY, re.IGNORECASE)
# Letter prefixes written against the digits; the single letters only where the document uses that currency.
_LETTER_ONLY = set(CUED_PREFIXES)
_TEMPERATURE = re.compile(r"\s?°\s?[CF]\b|\s?º\s?[CF]\b|\s+degrees?\s+(?:Celsius|centigrade|Fahrenheit|C|F)\b|(?P<bare>[CF])\b(?![-.]\w)")
_TEMPERATURE_CUE = re.compile(r"temperature|degrees|heat|hot|warm|cold|cool|frost|freez|thermometer|weather|Celsius|"
                              r"Fahrenheit|°|Met Office|climate", re.IGNORECASE)
# A spaced "m" is a metre only where a length reads naturally: "At 5,895 m, Kilimanjaro", "a 300 m high tower".
_METRES = re.compile(r" m(?=\s*[,;:)]|\s+(?:high|tall|long|deep|wide|above|below|away|up|down)\b)")
# "in" is an inch only before a dimension word that ends the phrase ("32 in wide.", "2 1/2 in thick, and"; not
# "3 in high winds"), or closing a sentence that speaks of a size ("The pencil's length is 2 in.");
# "2 in the first half" and "3 in 10" stay.
_INCHES = re.compile(r" in(?:(?P<dim>(?=\s+(?:thick|long|wide|tall|high|deep|across|in\s+diameter)"
                     r"(?:\s*(?:[,.;:)]|$)|\s+(?:and|or|by|x|in|at|with|on|to|but)\b)))|\b(?=\.?\s*$|\.\s))")
_LENGTH_CUE = re.compile(r"\b(?:length|width|height|depth|thickness|size|diameter|measur\w*|inch\w*)\b",
                         re.IGNORECASE)
# Attached, "m" is a million ("1.8m viewers", "1.8m, up from"), a metre only before a dimension word ("1.8m tall").
_METRES_ATTACHED = re.compile(r"\s+(?:high|tall|long|deep|wide|above|below)\b")
_ATTACHED_POWER = re.compile(r"[A-Za-z]+[23²³](?![\w²³])")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
# "2.48×10−5", "3 x 10^8": scientific notation read as one number
_TIMES_TEN = re.compile(r"\s?[×x]\s?10(?:\^|\*\*)?(?P<e>[-−]?\d{1,3})\b")
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)
_MINUS = re.compile(r"\b(?:minus|negative)\s+$", re.IGNORECASE)
_POSTFIX_SYMBOL = re.compile(r"\s?(?P<c>€|£|\$|¥)(?![\w\d])")
_POWER = re.compile(r"(?:\^|\*\*)(?P<n>[23])\b|\s+(?P<w>squared|cubed)\b", re.IGNORECASE)
# A negative exponent on a unit symbol ("fb−1", "s⁻¹", "m^-2"), and the bare symbols read only with one.
_NEG_POWER = re.compile(r"(?:\^|\*\*)?(?:(?P<minus>[-−])\s?(?P<n>[123])(?![\d/-]|[.,]\d)|⁻(?P<s>[¹²³]))")
_BARE_SYMBOL = re.compile(r"\s?(?P<u>s|m|g|h|K)(?=" + _NEG_POWER.pattern + ")")
# "pounds" as a weight (``_is_weight``): what follows "of" ("30 pounds of beef", not "2 million pounds of funding"),
# a weight word after, or a weight word before (a diet verb only for an unscaled number: "lost 20 pounds").
_POUNDS_OF = re.compile(r"\s+of\s+(?:(?:the|this|that|his|her|their|its|our|public|new|extra|additional|private|"
                        r"government|federal|state|[\w-]+[’']s?)\s+)*(?P<money>(?:money|cash|funding|funds?|investments?|"
                        r"debts?|spending|savings|revenues?|profits?|losses|aid|support|taxpayers|assets|damages?|"
                        r"bonus(?:es)?|income|tax(?:es)?|subsid\w+|grants?|contracts?|orders?|business|trade|value|"
                        r"shares|bonds|deals?|cuts|fines?|compensation|benefits|salar\w+|wages|pay|sales|stock|"
                        r"borrowing|capital|credit|loans?|bets?|prizes?|donations?|ransom|bribes?|fees?|costs?|"
                        r"sterling|cheques?|notes|coins|banknotes|currency)\b)?", re.IGNORECASE)
_WEIGHT_AFTER = re.compile(r"\s+(?:heavier|lighter|in\s+weight|overweight|underweight)\b", re.IGNORECASE)
_WEIGHT_BEFORE = re.compile(r"\b(?:weigh(?:s|ed|ing)?(?!\s+(?:on|in)\b)|weights?|heav(?:y|ier|iest)|light(?:er|est)|tipped\s+the\s+scales|"
                            r"(?P<diet>lost|lose|losing|loses|shed|sheds|shedding|gained|gain|gaining|put\s+on))\b",
                            re.IGNORECASE)
_PRICE_BEFORE = re.compile(r"\b(?:costs?|costing|paid|pays?|paying|price[ds]?|priced|worth|spen[dt]\w*|sells?|sold|"
                           r"selling|fees?|fined?|charged?|charges|earn\w*|salary|budget|raised?|bought|buy|for)\b|£",
                           re.IGNORECASE)
# The smaller unit of an imperial compound, and how many of it make the larger one.
_SMALL_NUMBER = r"(?P<n>\d{1,2}(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)"
_COMPOUND = {
    "foot": (re.compile(r",?\s*(?:and\s+)?" + _SMALL_NUMBER + r"(?:\s*in(?:ch(?:es)?)?\b(?!\s+(?:the|a|an|his|her|their|its|our|my)\b)|\s?(?:″|\"))",
                        re.IGNORECASE), 12.0),
    "pound": (re.compile(r",?\s*(?:and\s+)?" + _SMALL_NUMBER + r"\s*(?:oz|ounces?)\b", re.IGNORECASE), 16.0),
    # times in two or three units: "2 hours 5 minutes", "7 minutes 29 seconds", "2 hours, 1 minute and 9 seconds"
    "hour": (re.compile(r",?\s*(?:and\s+)?" + _SMALL_NUMBER + r"\s*(?:minutes?|mins?)\b", re.IGNORECASE), 60.0),
    "minute": (re.compile(r",?\s*(?:and\s+)?" + _SMALL_NUMBER + r"\s*(?:seconds?|secs?)\b", re.IGNORECASE), 60.0),
}
_BARE_SYMBOLS = {"s": "second", "m": "meter", "g": "gram", "h": "hour", "K": "kelvin"}
_PER_HOUR = re.compile(r"\s+(?:an|a|per)\s+hour\b(?!\s+(?:later|ago|earlier|before|after)\b)", re.IGNORECASE)
_NAMED_BY_QUOTE = re.compile(r"\s+(?!(?:at|in|on|to|for|and|or|but|as|he|she|they|we|i|you|it|said|says|was|is|were|"
                             r"are|from|by|with|of|the|a|an|that|which|when)\b)[a-z]+", re.IGNORECASE)
_QUOTED = re.compile(r"(?:'[^']+'|‘[^’]+’|\"[^\"]+\"|“[^”]+”)$")
_SUBUNIT = re.compile(r"\s?(?:(?P<cur>US|U\.S\.|American|euro|Australian|Canadian|NZ|Singapore|Hong Kong)\s)?"
                      r"(?P<u>cents?|sen|pence|kobo|paise|centimes|thebe|seniti|toea|tetri|luma|kopecks|kopeks|kopiyok|"
                      r"agorot|halalas|satang|piastres|tiyn|haléřů|groszy|fillér|ngwee|tambala)\b")
# "74 US cents", "90 euro cents": the cent's currency named before it
_CENT_OF = {"us": "USD", "u.s.": "USD", "american": "USD", "euro": "EUR", "australian": "AUD", "canadian": "CAD",
            "nz": "NZD", "singapore": "SGD", "hong kong": "HKD"}
# a cued prefix right before a number: "R26.31" (letters written only against the digits), "NIS 4,815 million"
_LETTER_BEFORE = re.compile(r"(?<![\w$])(?:(" + lx.alternation(ATTACHED_ONLY) + r")|("
                            + lx.alternation(set(CUED_PREFIXES) - ATTACHED_ONLY) + r")\s?)$")
# cued codes of two or more capitals written after the number, as some papers do ("1,421 KM")
_CUED_SUFFIX = re.compile(r"\s?(?P<c>" + lx.alternation({p for p in CUED_PREFIXES if len(p) >= 2 and p.isupper()}) + r")\b"
                          r"(?!\s+(?:long|wide|high|deep|away|from|north|south|east|west|per|an?\s+hour)\b)")  # "150 KM long"
# prefixes written against the digits that NUMBER's look-behind would skip ("RM1.02 billion", "B/.0.35", "QR3.8bn"),
# and ISO codes written against the digits ("USD3bn", "EUR12m", "KWD468m")
_ATTACHED_PREFIX = re.compile(r"(?<![\w$])(?:" + lx.alternation({"RM", "KSh", "Ksh", "Rs", "Rp", "B/.", *CUED_PREFIXES,
                                                                *(c for c in lx.ISO_CODES if len(c) == 3 and c.isupper())})
                              + r")(?=\d)")
_VAGUE = re.compile(r"\b(?P<w>dozens|scores|hundreds|thousands|millions|billions)\s+of\b", re.IGNORECASE)
_SPACED_SCALE = re.compile(r"[\s-]*(?P<s>" + lx.alternation(lx.SPACED_SCALES) + r")\b", re.IGNORECASE)
_PERCENT = re.compile(r"\s?(?:%|(?:per\s?cent|pct)\b)", re.IGNORECASE)
_PP = re.compile(r"\s*(?:percentage[\s-]points?|pp(?:ts?)?\b|ppt?s?\b|%\s?points?\b|points?\s+percentage)", re.IGNORECASE)
# bare "points" are percentage points where a rate or percentage is spoken of (not an index's or a score's points)
_POINTS = re.compile(r"\s*points?\b", re.IGNORECASE)
_PERCENT_NEAR = re.compile(r"\d\s?(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)
_RATE_BEFORE = re.compile(r"\b(?:rate|share|percent|per cent|turnout|margin|proportion|unemployment|inflation)\b|%", re.IGNORECASE)
_INDEX_BEFORE = re.compile(r"\b(?:index|indices|score|scores|scale|ranking|rating|Nikkei|Dow|FTSE|S&P|Nasdaq|PMI)\b",
                           re.IGNORECASE)


def _points_of_a_rate(text: str, mention: Mention, after: str) -> bool:
    start = max(text.rfind(". ", 0, mention.start) + 2, mention.start - 120, 0)
    before = text[start:mention.start]
    if _INDEX_BEFORE.search(before):
        return False
    return bool(_PERCENT_NEAR.search(after[:40].split(". ")[0])) or bool(_RATE_BEFORE.search(before))


_BP = re.compile(r"\s*(?:basis points?|bps?)\b", re.IGNORECASE)
_TIMES = re.compile(r"[\s-]*(?:times|fold)\b", re.IGNORECASE)
_MULT_WORD = re.compile(r"\b(?P<w>double[ds]?|doubling|twice|tripled?|triples|tripling|trebled?|trebling|quadrupled?|"
                        r"quadrupling|halved|halving|"
                        r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                        r"eighteen|nineteen|twenty|thirty|forty|fifty|hundred|thousand)fold)\b(?!-)", re.IGNORECASE)
_MULT_VALUES = {"double": 2, "doubled": 2, "doubles": 2, "doubling": 2, "twice": 2, "triple": 3, "tripled": 3,
                "triples": 3, "tripling": 3, "treble": 3, "trebled": 3, "trebling": 3, "quadruple": 4, "quadrupled": 4,
                "quadrupling": 4, "halved": 0.5, "halving": 0.5}
# Spelled fractions: "a third", "two-thirds", "three quarters of", "half of". The surface is the fraction alone
# ("half"; the "of" goes with the whole); "half a percentage point" is 0.5 pp.
_FRACTION = re.compile(
    r"\b(?:(?P<a>a\s+|one[\s-])(?P<f1>third|quarter|fifth|sixth|eighth|tenth)|(?P<onehalf>one[\s-]half)|"
    r"(?P<n>two|three|four|five|seven|nine)[\s-](?P<f2>thirds|quarters|fifths|sixths|eighths|tenths|halves)|"
    r"(?P<half>half))\b(?!-)(?P<of>\s+of\b)?", re.IGNORECASE)
# Digit and unicode fractions: "2 1/2", "1/4", "½", "2½" (the slash forms only with a unit or "of", below).
_VULGAR = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5,
           "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8}
_VULGAR_IN = re.compile("[" + "".join(_VULGAR) + "]")
_DIGIT_FRACTION = re.compile(r"(?<![\w.,/:])(?:(?P<whole>\d{1,3})(?:[ \u00a0]+(?=\d{1,3}/\d)|[ \u00a0]?(?=[" + "".join(_VULGAR)
                             + r"])))?(?:(?P<num>\d{1,3})/(?P<den>\d{1,3})(?![\d/]|\.\d)|(?P<vulgar>[" + "".join(_VULGAR) + r"]))")
_OF = re.compile(r"\s+of\b", re.IGNORECASE)
# "a baker's dozen", "two gross of pencils", "a gross is 144": "gross" only as a count ("a gross error" is not one)
_GROUP_COUNT = re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                          r"(?P<g>baker[’']?s\s+dozen|square\s+dozen|gross)s?\b(?P<of>(?=\s+(?:of|is|equals)\b))?",
                          re.IGNORECASE)
_CUP = re.compile(r"\s?cups?\b", re.IGNORECASE)
# "a gallon of beer", "one tonne of cement", "A kibibyte is", "one mile": one unit of measure, stated. Not a price's unit
# ("a litre of petrol costs R26", "the price of a barrel of oil"), nor idioms of length ("a foot in the door").
_ONE_UNIT = re.compile(r"\b(?P<a>an?|one)\s+(?P<u>gallon|litre|liter|pint|quart|tonne|kilogram|kilo|gram|ounce|"
                       r"tablespoon|teaspoon|mile|kilometre|kilometer|metre|meter|yard|acre|hectare|"
                       r"(?:kilo|mega|giga|tera|peta|kibi|mebi|gibi|tebi)?byte|gigaannum)"
                       r"(?P<of>(?=\s+(?:of|is|equals)\b))?(?![\w-])", re.IGNORECASE)
_PRICE_NEAR = re.compile(r"\b(?:price|prices|priced|cost|costs|costing|sells?|sold|fetch\w*|per|a|each)\s+(?:of\s+)?$"
                         r"|[$€£¥]|\b(?:cost|costs|sells|sold|priced|fetch\w*|rose|fell|dollars?|euros?|pounds|yuan|yen|"
                         r"rupees?)\b", re.IGNORECASE)
_FRACTION_SCALE = re.compile(r"(?:\s+a)?(?=\s+(?:thousand|million|billion|trillion)\b)", re.IGNORECASE)
_FRACTION_DENOM = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}
_FRACTION_UNIT = re.compile(r"\s+(?:of\s+)?a\s+(?:(?P<pp>percentage[\s-]point)|(?P<pct>per\s?cent(?!age)|percent(?!age)))\b", re.IGNORECASE)
# A bare fraction is a share when a verb, "off", a bound or punctuation follows, not in "a third term", "the first half".
_FRACTION_NEXT = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:off|said|says|say|were|are|was|is|had|have|has|expect\w*|plan\w*|"
                            r"report\w*|think|thinks|believe\w*|want\w*|saw|see|did|do|does|would|will|could|can|may|"
                            r"its|their|his|her|our|the|all|that|those|these|again|more|less)\b", re.IGNORECASE)
_HALF_LEFT = re.compile(r"\b(?:first|second|the|a|an|other|latter|back|and\s+a|one|two|three|four|five)\s+$", re.IGNORECASE)
_RATIO = re.compile(r"\s+(?:in|out of)\s+(?:every\s+)?(?P<n>1,000|\d+|ten|five|four|three|two|six|seven|eight|nine|twenty|a hundred|a thousand)\b",
                    re.IGNORECASE)
_CURRENCY_PREFIX = re.compile(
    r"(?:" + "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(lx.PREFIX_CURRENCIES)) + r")\s?$"
)
_CURRENCY_SUFFIX = re.compile(r"\s+(?P<c>" + lx.alternation(list(lx.SUFFIX_CURRENCIES)) + r"|"
                              + "|".join(sorted(lx.ISO_CODES - lx.OTHER_ISO_CODES))
                              + r"|(?-i:" + "|".join(sorted(lx.OTHER_ISO_CODES)) + r"))\b", re.IGNORECASE)
_QUALIFIER = re.compile(r"(?:^|(?<=[\s(\"“]))(?P<q>" + "|".join(f"(?P<q{i}>{p})" for i, (p, _) in enumerate(lx.QUALIFIERS))
                        + r")\s+(?:of\s+)?(?:a|an\s+)?$", re.IGNORECASE)
_MOVED_UP = re.compile(r"\b(?:edged|edges|edging|inched|inches|inching|crept|creeps|moved|moves|went|goes|climbed|climbs|"
                       r"ticked|ticks|shot|shoots|jumped|jumps|pushed|pushes|revised|revises|bumped|picked|rose|rise|rises|"
                       r"ramped|ramps|scaled|stepped)\s+$", re.IGNORECASE)
_CURRENCY_AHEAD = re.compile(r"(?:" + "|".join(p for p, _ in lx.PREFIX_CURRENCIES) + r")\s?")
# "8- to 16-meter": a hyphen left open before "to" carries the unit of the second end
_RANGE_JOIN = re.compile(r"\s*(?:[-–]\s+(?=to\b|and\b|or\b))?(?:-|–|—|to\b|and\b|or\b)\s*", re.IGNORECASE)
_RATE = re.compile(r"(?:\s*\([^()]{0,60}\))?(?:\s+[a-z][\w-]*){0,2}?\s+(?P<r>per\s+(?:second|minute|hour|day|week|month|year|annum|capita|person|head|household|km|kilometre|kilometer)|"
                   r"a\s+(?:second|minute|hour|day|week|month|year)|annually|each\s+year|every\s+year|yearly|monthly|daily)\b", re.IGNORECASE)
#: the oil trade's barrels a day: "105,000 b/d", "1.1 million bpd", "450,000 bbl/d"
_BARRELS_A_DAY = re.compile(r"\s?(?:b/d|bpd|bbl/d|bbl/day|bopd)\b", re.IGNORECASE)
# Money per unit of measure: "$350 per kg", "$13,500 per tonne", "$80/bbl", "€95/MWh" (a price, kept money).
_MONEY_PER_UNIT = re.compile(r"\s*(?:per\s+|/\s?)(?P<u>kilograms?|kilos?|kg|tonnes?|tons?|metric\s+tons?|t|barrels?|bbl|"
                             r"litres?|liters?|gallons?|gal|pounds?|lbs?|ounces?|troy\s+ounces?|oz|grams?|g|MWh|kWh|GWh|"
                             r"megawatt[\s-]hours?|kilowatt[\s-]hours?|square\s+met(?:re|er)s?|sq\s?m|m2|m²|"
                             r"square\s+f(?:oo|ee)t|sq\s?ft|bushels?|cubic\s+met(?:re|er)s?|m3|mmBtu|MMBtu)\b(?!-)",
                             re.IGNORECASE)
_PER_UNIT_NAMES = {"kilogram": "kg", "kilo": "kg", "tonne": "tonne", "ton": "tonne", "metric ton": "tonne", "t": "tonne",
                   "barrel": "barrel", "bbl": "barrel", "litre": "litre", "liter": "litre", "gallon": "gallon",
                   "gal": "gallon", "pound": "lb", "lb": "lb", "ounce": "oz", "troy ounce": "oz", "gram": "g",
                   "megawatt hour": "MWh", "kilowatt hour": "kWh", "square metre": "m^2", "square meter": "m^2",
                   "sq m": "m^2", "sqm": "m^2", "m2": "m^2", "m²": "m^2", "square foot": "ft^2", "square feet": "ft^2",
                   "sq ft": "ft^2", "sqft": "ft^2", "bushel": "bushel", "cubic metre": "m^3", "cubic meter": "m^3",
                   "m3": "m^3", "mmbtu": "MMBtu"}
_PEOPLE_WORDS = (r"people|persons|inhabitants|residents|population|adults|children|women|men|live\s+births|births|"
                 r"pregnancies|workers|pupils|students|patients|vehicles|cars|households")
_DISEASE_NEXT = re.compile(r"\s+(?:cases?|patients?|deaths?|infections?|notifications?|drugs?|treatments?|programmes?|"
                           r"programs?|tests?|screenings?|clinics?|survivors?|sufferers?|incidence|prevalence)\b", re.IGNORECASE)
_RATE_SLASH = re.compile(r"\s?/\s?(?P<r>hour|hr|day|week|month|year|yr|annum)\b", re.IGNORECASE)
_RATE_NAMES = {"hr": "hour", "yr": "year", "annum": "year", "annually": "year", "yearly": "year", "monthly": "month", "daily": "day",
               "person": "capita", "head": "capita", "kilometre": "km", "kilometer": "km"}
_ORDINAL_SUFFIX = {"st", "nd", "rd", "th"}
_LEFT_CODE = re.compile(r"(?:[A-Za-z]-?|#|№|No\.\s?|Nos?\s)$")
# Two plain digit runs split by one space that did not join as a thousands group ("245 23"); a fraction
# after a whole number ("2 1/2") is not one.
_BROKEN_GROUP_AFTER = re.compile(r" \d+(?![\d/])(?!\.\d)")
_BROKEN_GROUP_BEFORE = re.compile(r"(?<![\w.,/:-])\d{1,3} $")
_GLUED_SIGN = re.compile(r"[A-Za-z]−$|[\w.]\+$")
_PHONE = re.compile(r"\+?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?|GMT|UTC|hrs|h\b)|\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{1,2}:\d{2}\b", re.IGNORECASE)
_ADDRESS = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Way|Place|"
                      r"Square|Terrace|Crescent|Parkway)\b")
_SECTION = re.compile(r"(?:Article|Section|Chapter|Figure|Fig\.|Table|Item|Page|page|p\.|Clause|Rule|Part|Annex|Appendix|Vol\.|Volume|Issue|No\.|Number|Level|Phase|Stage|Grade|Class|Category|Round|Line|Route|Gate|Platform|Terminal|Room|Floor|Block|Unit|Lot|Exit|Highway|Road|Street|Avenue|version|Version|v|V|Model|Series|Mark|Mk|Type|Plan|Act|Resolution)\s?$")
_AGE = re.compile(r"[\s-]*(?:years?|months?)[\s-]*olds?\b|\s*-year-olds?\b|\s+(?:or|and)\s+(?:older|younger)\b", re.IGNORECASE)
_SECTION_LOWER = re.compile(r"\b(?:stage|level|phase|tier|clause|section|article|chapter|version|grade)\s$")
# "children under five", "under-fives": an age group
_UNDER_AGE = re.compile(r"\b(?:children|child|kids|infants|babies|girls|boys|those|people)\s+(?:aged\s+)?(?:under|below|over)[\s-]$",
                        re.IGNORECASE)
_DIAL = re.compile(r"\b(?:call|dial|phone|ring|text|SMS|hotline|helpline|tel\.?|telephone)(?:\s+(?:us|on|at|the\s+\w+))?:?\s+"
                   r"(?:\d+[\s-])*$", re.IGNORECASE)
_DESCRIPTOR = re.compile(r"-(?:bedroom|bedroomed|room|roomed|storey|story|star|lane|seater|door|wheeler|wheelers|wheeled)\b",
                         re.IGNORECASE)
# "60-kg bags", "20-foot containers": a measure that names the unit something is counted in
_COUNTING_UNIT = re.compile(r"(?<=\d)-(?:kg|kilo|kilos|kilogram|kilogramme|tonne|ton|lb|pound|litre|liter|gallon|foot|ft|metre|meter)"
                            r"\s+(?:bags?|sacks?|bales?|containers?|drums?|barrels?|cans?|bottles?|boxes?|cartons?|crates?|"
                            r"jerrycans?|cylinders?|blocks?|tins?)\b", re.IGNORECASE)
_AGE_LEFT = re.compile(r"\b(?:aged|ages|age of|age)\s+(?:between\s+|of\s+|from\s+)?(?:\d+\s*(?:and|to|-|–)\s*)?$", re.IGNORECASE)
_TIME_REF_LEFT = re.compile(r"\b(?:past|last|next|recent|coming|previous|first|final|over the|for the|within the|"
                            r"in the|the)\s+(?:\w+\s+or\s+)?$", re.IGNORECASE)
_TIME_REF_RIGHT = re.compile(r"\s+(?:ago|later|earlier|before|after|since|from now|old)\b|"
                             r"-?\s*(?:history|high|highs|low|lows|anniversary|record)\b", re.IGNORECASE)
# "the first cut in eight years", "doubled in nine years", "C$2.4 billion over five years": the span a
# change or a spending plan covers. A duration after "took", "lasted" or "for" is measured ("took over five years").
_TIME_REF_SPAN = re.compile(r"(?P<verb>\b(?:took|takes|take|taking|lasted|lasts|last|lasting|spent|spend|spends|for)\s+)?"
                            r"\b(?P<p>in|within|over)\s+(?:(?:more than|less than|nearly|almost|about|around|just|"
                            r"under|roughly|some|only)\s+)?$", re.IGNORECASE)
_DURATION_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "decade"}


# Lower-case words one of which every match of these whole-text patterns contains.
_WORDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _URL: ("http", "www."),
    _FRACTION: ("half", "halv", "third", "quarter", "fifth", "sixth", "eighth", "tenth"),
    _MULT_WORD: ("doubl", "twice", "tripl", "trebl", "quadrupl", "halv", "fold"),
    _VAGUE: ("dozens", "scores", "hundreds", "thousands", "millions", "billions"),
    _GROUP_COUNT: ("dozen", "gross"),
}


# Words that every match of these patterns holds, the match starting at most a few characters (and one run of
# spaces) before one of them (``_anchored``).
_ANCHORS: dict[re.Pattern[str], tuple[str, ...]] = {
    _GROUP_COUNT: ("baker", "square", "gross"),
    _ONE_UNIT: ("gallon", "litre", "liter", "pint", "quart", "tonne", "kilo", "gram", "ounce", "tablespoon", "teaspoon",
                "mile", "metre", "meter", "yard", "acre", "hectare", "byte", "mega", "giga", "tera", "peta", "kibi",
                "mebi", "gibi", "tebi"),
}
# _ATTACHED_PREFIX without its look-behind, so the regex engine can skip to the prefixes' first letters.
_ATTACHED_PREFIX_ANY = re.compile(_ATTACHED_PREFIX.pattern.replace(r"(?<![\w$])", "", 1))
_WORD_CHAR = re.compile(r"\w")


def scan(text: str, start: int = 0, end: int | None = None, *, masked: list[tuple[int, int]] | None = None,
         dollar: str = "USD", yen: str = "JPY", local: Local | None = None) -> list[Mention]:
    """Find every quantity mention in ``text[start:end]``.

    Args:
        masked: spans (dates, times) whose numbers are not quantities.
        dollar, yen: what a bare ``$`` / ``¥`` means in this document.
        local: the document's reading of every ambiguous currency token
            (``currency.local_currencies``); overrides ``dollar`` and ``yen``.
    """
    end = len(text) if end is None else end
    low = folded(text[start:end])  # a pattern whose words the text lacks is not run
    # numbers inside URLs ("...issn%280024%2D9114%29...") are not quantities
    urls = _URL.finditer(text, start, end) if has_any(low, _WORDS[_URL]) else ()
    taken = Spans((masked or []) + [(u.start(), u.end()) for u in urls])
    out: list[Mention] = []
    loc = local or Local(dollar, yen)
    # fractions first: at the same position "Two-thirds" beats the number "Two" (the sort below is stable)
    cands = [(m.start(), m) for m in _anchored(_FRACTION, text, low, start, end, _WORDS[_FRACTION], 6)]
    if has_any(low, _WORDS[_GROUP_COUNT]):  # before NUMBER: "a baker's dozen" is 13, not "dozen"
        cands += [(m.start(), m) for m in _anchored(_GROUP_COUNT, text, low, start, end, _ANCHORS[_GROUP_COUNT], 5)]
    if low is None or "/" in low or _VULGAR_IN.search(text, start, end):  # "1/4" or "½" (else none can match)
        cands += [(m.start(), m) for m in _DIGIT_FRACTION.finditer(text, start, end)]
    # NUMBER's matches: its digit and word branches never match at the same place nor inside each other's matches
    cands += [(m.start(), m) for m in _NUMBER_DIGITS.finditer(text, start, end)]
    cands += [(m.start(), m) for m in _anchored(_NUMBER_IN_WORDS, text, low, start, end, _NUMBER_WORDS, 2)]
    for p in _ATTACHED_PREFIX_ANY.finditer(text, start, end):  # "R26.31", "RM1.02 billion": NUMBER skips these
        if p.start() > 0 and (text[p.start() - 1] == "$" or _WORD_CHAR.match(text, p.start() - 1)):
            continue  # _ATTACHED_PREFIX's look-behind, tried after the letters (a match inside a match is impossible)
        if (p.group(0) not in _LETTER_ONLY or p.group(0) in loc.letters) and (n := _NUMBER_AT.match(text, p.end(), end)):
            if p.group(0) == "K" and len(n.group(0)) < 3 and not _SPACED_SCALE.match(text, n.end()):
                continue  # "the K2 summit", "K9 units": a name, not kwacha or kina
            cands.append((n.start(), n))
    cands += [(m.start(), m) for m in _anchored(_ONE_UNIT, text, low, start, end, _ANCHORS[_ONE_UNIT], 3)]
    cands += [(m.start(), m) for m in _anchored(_MULT_WORD, text, low, start, end, _WORDS[_MULT_WORD], 9)]
    cands += [(m.start(), m) for m in _anchored(_VAGUE, text, low, start, end, _WORDS[_VAGUE], 0)]
    cands.sort(key=lambda x: x[0])
    for pos, m in cands:
        if taken.overlaps(pos, pos + 1):
            continue
        mention = _read(text, m, end, loc)
        if mention is None or not _finite(mention, text) or _denominator(text, mention):
            continue
        if taken.overlaps(mention.start, mention.end):
            continue
        taken.add(mention.start, mention.end)
        out.append(mention)
    _group_conversions(text, out)
    return out


def _anchored(rx: re.Pattern[str], text: str, low: str | None, start: int, end: int, words: tuple[str, ...],
              back: int) -> list[re.Match[str]]:
    """``list(rx.finditer(text, start, end))`` for a pattern every match of which holds one of the lower-case
    ``words`` and starts at most ``back`` characters before it, not counting one run of spaces right before it.

    ``low`` is ``folded(text[start:end])`` (None: ``rx`` is tried everywhere). The pattern is tried only at those
    starts, in order, going on after each match as ``finditer`` does; matches are never empty.
    """
    if low is None:
        return list(rx.finditer(text, start, end))
    at: set[int] = set()
    for w in words:
        i = low.find(w)
        while i != -1:
            j = i
            while j > 0 and low[j - 1].isspace():
                j -= 1
            at.update(range(max(0, i - back), i + 1))
            at.update(range(max(0, j - back), j))
            i = low.find(w, i + 1)
    out: list[re.Match[str]] = []
    done, match = start, rx.match
    for i in sorted(at):
        if i + start >= done and (m := match(text, i + start, end)):
            done = m.end()
            out.append(m)
    return out


def _finite(m: Mention, text: str) -> bool:
    """Drop absurd magnitudes (overflow to inf) with a debug note; turn -0 into 0."""
    for attr in ("value", "value_max"):
        v = getattr(m, attr)
        if v is None:
            continue
        if not math.isfinite(v):
            log.debug("dropped %r at %d: value is not finite", text[m.start:m.end], m.start)
            return False
        if v == 0:
            setattr(m, attr, 0.0)
    return True


def _read(text: str, m: re.Match[str], limit: int, loc: Local) -> Mention | None:
    if m.re is _MULT_WORD:
        return _multiplier_word(text, m)
    if m.re is _FRACTION:
        return _fraction(text, m, limit, loc)
    if m.re is _DIGIT_FRACTION:
        return _digit_fraction(text, m, limit, loc)
    if m.re is _ONE_UNIT:
        return _one_unit(text, m, limit)
    if m.re is _GROUP_COUNT:
        return _group_count(text, m)
    if m.re is _VAGUE:
        val = lx.VAGUE[m.group("w").lower()]
        return Mention(m.start(), m.end(), "count", float(val), qualifier="at_least", step=val / 2)  # "hundreds of"
    return _read_number(text, m, limit, loc)


def _fraction(text: str, m: re.Match[str], limit: int, loc: Local) -> Mention | None:
    """'a third', 'two-thirds of', 'half of', 'a quarter of a percentage point' (a ratio, or pp/percent)."""
    if m.group("half"):
        value = 0.5
        if _HALF_LEFT.search(text[max(0, m.start() - 12):m.start()]):
            return None  # "the first half", "an hour and a half"
    elif m.group("onehalf"):
        value = 0.5
    elif m.group("f1"):
        value = 1 / _FRACTION_DENOM[m.group("f1").lower()]
    else:
        n, f2 = parse_words(m.group("n")), m.group("f2").lower()
        if f2 == "halves" and n % 2 == 0:
            return None  # "the two halves of the match" are parts, not a quantity; "three halves" is 1.5
        value = n / _FRACTION_DENOM["half" if f2 == "halves" else f2.rstrip("s")]
    if not m.group("of") and (scaled := _FRACTION_SCALE.match(text, m.end(), limit)):
        # "half a million people", "a quarter million dollars": a number, read on like digits
        return _build(text, m.start(), scaled.end(), value, 0.0, False, limit, loc, number_text=m.group(0))
    if not m.group("of") and (measured := _fraction_unit(text, m.start(), m.end(), value, limit, loc)):
        return measured  # "one-half mile"
    # (the surface is the quantity: "half", "a third"; the "of" after it goes with the whole)
    mention = Mention(m.start(), m.start("of") if m.group("of") else m.end(), "ratio", value, exact=True, step=0.0)
    unit = _FRACTION_UNIT.match(text, m.start("of") if m.group("of") else m.end(), limit)
    if unit:
        mention.end = unit.end()
        if unit.group("pp"):
            mention.kind, mention.unit = "percentage_points", "pp"
        else:
            mention.kind, mention.unit, mention.value = "percent", "%", value
    elif not m.group("of") and not m.group("n") and not _FRACTION_NEXT.match(text, m.end(), limit):
        return None
    _apply_qualifier(text, mention)
    return mention


def _fraction_unit(text: str, s: int, e: int, value: float, limit: int, loc: Local) -> Mention | None:
    """A fraction followed by a unit of measure is that quantity: "one-half mile", "¾ inch"."""
    mention = Mention(s, e, "count", value, exact=True, step=0.0)
    if value != int(value) and (cup := _CUP.match(text, e, limit)):
        mention.kind, mention.unit, mention.end = "quantity", "cup", cup.end()  # "⅓ cup": whole cups may be counted
    else:
        _read_unit(text, mention, limit, loc)
    if mention.kind != "quantity":
        return None
    _apply_qualifier(text, mention)
    _read_rate(text, mention, limit)
    return mention


def _one_unit(text: str, m: re.Match[str], limit: int) -> Mention | None:
    """'a gallon of beer', 'one mile' are 1 unit, unless the unit is a price's ('a litre of petrol costs R26')."""
    if m.group("of") is None and m.group("a").lower() != "one":
        return None  # "a mile away", "a metre-wide gap": only "a unit of ..." states an amount
    before = text[max(0, m.start() - 20):m.start()]
    after = text[m.end():min(limit, m.end() + 50)]
    if _PRICE_NEAR.search(before.split(".")[-1][-12:]) or _PRICE_NEAR.search(re.split(r"[.;]", after)[0]):
        return None
    expr = unit_lexicon().lookup(m.group("u"))
    if expr is None:
        return None
    return Mention(m.start(), m.end(), "quantity", 1.0, unit=expr, step=0.0, exact=True)


def _group_count(text: str, m: re.Match[str]) -> Mention | None:
    """'a baker's dozen' (13), 'a square dozen', 'three gross of pencils' (144 each): counts of a counting word."""
    group = re.sub(r"\s+", " ", m.group("g").lower().replace("’", "'"))
    if group == "gross" and m.group("of") is None:
        return None  # "a gross error", "a gross margin": only "a gross of ..." or "a gross is ..." counts
    n = m.group("n").lower()
    value = (1.0 if n in ("a", "an") else parse_words(n) or 0.0) * lx.GROUP_COUNTS[group]
    mention = Mention(m.start(), m.end(), "count", value, exact=True, step=0.0)
    _apply_qualifier(text, mention)
    return mention


def _digit_fraction(text: str, m: re.Match[str], limit: int, loc: Local) -> Mention | None:
    """'2 1/2 inches', 'a 1/4 inch gap', '½ tsp', '2¼ miles', 'about 1/3 of'.

    A slash fraction is read only with a unit or "of" after it: alone, "1/4" may be a date or a score.
    """
    whole = float(m.group("whole") or 0)
    if m.group("vulgar"):
        value = whole + _VULGAR[m.group("vulgar")]
    else:
        num, den = int(m.group("num")), int(m.group("den"))
        if not den or num >= den:
            return None  # "24/7", "3/2": not a proper fraction
        value = whole + num / den
    if (measured := _fraction_unit(text, m.start(), m.end(), value, limit, loc)):
        return measured
    if whole == 0 and (of := _OF.match(text, m.end(), limit)):
        mention = Mention(m.start(), m.end(), "ratio", value, exact=True, step=0.0)  # "1/40 of", as "a third of"
        _apply_qualifier(text, mention)
        return mention
    if m.group("vulgar") and not whole:
        mention = Mention(m.start(), m.end(), "ratio", value, exact=True, step=0.0)  # "⅔" is a number as written
        _apply_qualifier(text, mention)
        return mention
    return None


def _multiplier_word(text: str, m: re.Match[str]) -> Mention | None:
    word = m.group("w").lower()
    if word.endswith("fold"):
        value = float(parse_words(word[:-4]) or 0)
    else:
        value = float(_MULT_VALUES.get(word, 0))
    if not value or (word in ("double", "triple") and re.match(r"\s*(?:-|digit|room|bed|click|standard|check|agent|down|tax)", text[m.end():m.end() + 8], re.IGNORECASE)):
        return None
    mention = Mention(m.start(), m.end(), "multiplier", value, unit="x", exact=True, step=0.0)
    _apply_qualifier(text, mention)
    return mention


def _read_number(text: str, m: re.Match[str], limit: int, loc: Local) -> Mention | None:
    s, e = m.start(), m.end()
    before = text[max(0, s - 40):s]
    after = text[e:min(limit, e + 80)]
    if m.group("d"):
        if text[e:e + 1] == "^" and not m.group("suf") or text[max(0, s - 1):s] == "^" or re.match(r"[eE][-+]?\d", m.group("suf") or ""):
            return None  # 10^400, 1e309: notation, not prose quantities
        parsed = parse_digits(m.group("d"))
        if parsed is None:
            return None
        value, step = parsed
        exact = "." not in m.group("d") and step == 1.0
        suf = m.group("suf")
        if not suf and (ten := _TIMES_TEN.match(text, e, limit)):
            power = 10.0 ** int(ten.group("e").replace("−", "-"))
            value, step, exact, e = value * power, step * power, False, ten.end()
        if suf:
            e = m.start("suf")
            after = text[e:min(limit, e + 80)]
        currency = _prefix_currency(text, s, loc)
        if _is_code(text, s, m.group("d"), suf, before, after, money=currency is not None):
            return None
    else:
        currency = _UNREAD
        words = m.group("w")
        value = parse_words(words)
        if value is None or not _word_number_ok(words, before, after):
            return None
        step, exact = 0.0, True
        if words.lower() == "zero" and re.search(r"\babsolute\s+$", before, re.IGNORECASE):
            s = s - len(before) + re.search(r"\babsolute\s+$", before, re.IGNORECASE).start()
            mention = Mention(s, e, "quantity", 0.0, unit="kelvin", step=0.0, exact=True)  # "at absolute zero"
            _apply_qualifier(text, mention)
            return mention
        if re.match(r"(?:hundred|thousand|million|billion)\b", words, re.IGNORECASE) and re.search(
                r"\b(?:several|a\s+few|few|many)\s+$", before, re.IGNORECASE):
            return None  # "several hundred years" is vague, not a hundred
    if (half := _AND_A_HALF.match(text, e, limit)) and value == int(value):
        value, e = value + 0.5, half.end()  # "two and a half miles"
    mention = _build(text, s, e, value, step, exact, limit, loc, number_text=m.group(0), currency=currency)
    if mention is not None and _MINUS.search(before) and mention.value > 0:
        mention.value = -mention.value  # "minus five percent"
        if mention.value_max is not None:
            mention.value, mention.value_max = -mention.value_max, mention.value
    return mention


_UNREAD = object()


def _build(text: str, s: int, e: int, value: float, step: float, exact: bool, limit: int,
           loc: Local, number_text: str, currency: object = _UNREAD) -> Mention | None:
    """``currency``: ``_prefix_currency(text, s, loc)`` when the caller has read it already."""
    mention = Mention(s, e, "count", value, step=step, exact=exact)
    after = text[e:min(limit, e + 80)]
    # attached scale or unit symbol: "735m", "1.2bn", "20k", "5km", "450MW"
    attached = re.match(r"[A-Za-z]+", after)
    if currency is _UNREAD:
        currency = _prefix_currency(text, s, loc)
    if attached:
        word = attached.group(0)
        if word.lower() in _ORDINAL_SUFFIX and re.fullmatch(r"\d+[a-z]{2}", number_text or ""):
            return None  # "21st-century" is an ordinal, not 21 stère
        if not currency and (power := _ATTACHED_POWER.match(after)) and unit_lexicon().lookup(power.group(0)):
            pass  # "24703m2", "40km²": an area or volume symbol, read below, not "m" for a million
        elif word == "m" and not currency and _METRES_ATTACHED.match(after, 1):
            mention.kind, mention.unit = "quantity", "meter"  # "1.8m tall", "a 48m high crane": not a million
            mention.end += 1
        elif word in lx.SCALES and (word not in lx.MONEY_ONLY_SCALES or currency):
            _scale(mention, lx.SCALES[word], attached.end())
        elif unit_lexicon().lookup(word) and word not in lx.SCALES or word in ("C", "F") and _temperature(text, mention, after):
            pass  # a unit symbol, read below
        elif word.lower() in _ORDINAL_SUFFIX:
            return None
        elif word == "p" and not currency and mention.step >= 0.01 and (code := loc.subunit(word)):
            _as_subunit(mention, code, attached.end())
        elif word in lx.SCALES:
            _scale(mention, lx.SCALES[word], attached.end())
        else:
            return None
    after = text[mention.end:min(limit, mention.end + 80)]
    sc = _SPACED_SCALE.match(after)
    if sc and not attached:
        _scale(mention, lx.SCALES[sc.group("s").lower()] if sc.group("s").lower() in lx.SCALES else lx.SCALES[sc.group("s")], sc.end())
        if mention.exact and step == 0.0:
            mention.exact = True
    if currency:
        code, cstart = currency
        mention.start = cstart
        _as_money(mention, code)
    _read_unit(text, mention, limit, loc)
    if mention.kind == "count" and _is_noise(text, mention, value, number_text):
        return None
    if mention.kind == "quantity" and _COUNTING_UNIT.match(text, mention.start + len(number_text or "")):
        return None  # "13.99 million 60-kg bags", "20-foot containers": the unit things are counted in
    _apply_qualifier(text, mention)
    _read_range(text, mention, limit, loc)
    _apply_postfix_qualifier(text, mention, limit)
    _read_rate(text, mention, limit)
    if _QUOTED.match(text[max(0, mention.start - 1):mention.end + 1]) and _NAMED_BY_QUOTE.match(text, mention.end + 1, limit):
        return None  # "its '100 yen' shops": a quantity in quotes is named, not stated
    return mention


def _apply_postfix_qualifier(text: str, mention: Mention, limit: int) -> None:
    if mention.qualifier != "exact" or not (q := _POSTFIX_QUALIFIER.match(text, mention.end, limit)):
        return
    mention.qualifier = "at_least" if q.group("least") else "more_than" if q.group("plus") else "at_most"
    mention.notes.append(f"qualifier '{q.group(0).strip()}'")


def _scale(mention: Mention, factor: float, consumed: int) -> None:
    mention.value *= factor
    mention.step = (mention.step or 1.0) * factor if mention.step else 0.0
    if mention.step == 0.0 and mention.exact:
        mention.step = 0.0
    mention.exact = False if mention.step else mention.exact
    mention.end += consumed


def _rounded_percent(mention: Mention) -> None:
    """A whole percentage is rounded to the nearest point: "45%" is [44.5, 45.5] and "30%" [29.5, 30.5], not [25, 35].

    Percentages are computed ratios, so an integer one is rounded, not exact; and
    its trailing zero is a digit, not a scale ("30%" is not "3 tens of percent").
    """
    if mention.value == int(mention.value) and (mention.exact or mention.step > 1.0) and mention.value_max is None:
        mention.step, mention.exact = 1.0, False


def _as_subunit(mention: Mention, code: str, consumed: int) -> None:
    """'412 cents', '18 sen', '12.5p': a hundredth of the currency."""
    _as_money(mention, code)
    mention.value /= 100
    mention.step /= 100
    mention.end += consumed


def _as_money(mention: Mention, code: str) -> None:
    mention.kind = "money"
    mention.unit = code
    mention.currency_raw = code


def _read_unit(text: str, mention: Mention, limit: int, loc: Local) -> None:
    after = text[mention.end:min(limit, mention.end + 60)]
    if mention.kind == "money":
        return
    if (p := _PP.match(after)):
        mention.kind, mention.unit = "percentage_points", "pp"
        mention.end += p.end()
        _rounded_percent(mention)
        return
    if (p := _POINTS.match(after)) and _points_of_a_rate(text, mention, after[p.end():]):
        mention.kind, mention.unit = "percentage_points", "pp"  # "the rate rose by 0.8 points to 19.0%"
        mention.end += p.end()
        _rounded_percent(mention)
        return
    if (p := _BP.match(after)):
        mention.kind, mention.unit = "percentage_points", "pp"
        mention.value /= 100
        mention.step /= 100
        mention.end += p.end()
        return
    if (p := _PERCENT.match(after)):
        mention.kind, mention.unit = "percent", "%"
        mention.end += p.end()
        _rounded_percent(mention)
        return
    if (p := _POSTFIX_SYMBOL.match(after)) and not _NUMBER_AT.match(text, mention.end + p.end()):
        _as_money(mention, _resolve({"€": "EUR", "£": "GBP"}.get(p.group("c"), p.group("c")), loc))
        mention.end += p.end()  # "10 €", "-15€" (continental order)
        return
    if (p := _SUBUNIT.match(after)) and p.group("cur") and p.group("u").startswith("cent"):
        _as_subunit(mention, _CENT_OF[p.group("cur").lower()], p.end())  # "74 US cents", "90 euro cents"
        return
    if (p := _CUED_SUFFIX.match(after)) and p.group("c") in loc.letters:
        _as_money(mention, loc.letters[p.group("c")])  # "1,421 KM" in Bosnia, "4,815 million NIS" in Israel
        mention.end += p.end()
        return
    if (p := _CURRENCY_SUFFIX.match(after)):
        name = p.group("c")
        code = lx.SUFFIX_CURRENCIES.get(name.lower()) or (name.upper() if name.upper() in lx.ISO_CODES else None)
        if code and name.lower() in ("pound", "pounds") and _is_weight(text, mention, after[p.end():]):
            mention.kind, mention.unit = "quantity", "pound"  # "weighs two pounds", "30 pounds of beef"
            mention.end += p.end()
            _read_compound(text, mention, limit)  # "weighed 7 pounds 4 ounces"
            return
        if code:
            code = _resolve(code, loc)
            if (name.isupper() or name.lower() in lx.SUFFIX_CURRENCIES) and code not in lx.SHARED_NAMES:
                _as_money(mention, code)
                mention.end += p.end()
                return
    if (p := _SUBUNIT.match(after)) and not p.group("cur") and (code := loc.subunit(p.group("u"))):
        _as_subunit(mention, code, p.end())
        return
    if (p := _TIMES.match(after)):
        mention.kind, mention.unit = "multiplier", "x"
        mention.end += p.end()
        return
    if (p := _RATIO.match(after)) and _is_ratio(mention, p, after):
        denom = parse_digits(p.group("n")) or (parse_words(p.group("n")), 0)
        mention.kind, mention.value, mention.step = "ratio", mention.value / denom[0], 0.0
        mention.end += p.end()
        return
    if (t := _temperature(text, mention, after)):
        mention.kind, mention.unit = "quantity", t[0]
        mention.end += t[1]
        return
    if mention.kind == "count" and (metres := _METRES.match(after)):
        mention.kind, mention.unit = "quantity", "meter"
        mention.end += metres.end()
        return
    if mention.kind == "count" and (inches := _INCHES.match(after)) and (
            inches.group("dim") is not None or _LENGTH_CUE.search(text[max(0, mention.start - 80):mention.start])):
        mention.kind, mention.unit = "quantity", "inch"
        mention.end += 3
        return
    if (bd := _BARRELS_A_DAY.match(after)):  # "105,000 b/d", "1.1 million bpd": barrels, a day
        mention.kind, mention.unit, mention.per = "quantity", "oil_barrel", "day"
        mention.end += bd.end()
        mention.notes.append(f"rate '{bd.group(0).strip()}'")
        return
    u = re.match(r"[\s-]?(?:of\s+)?", after)
    rest = after[u.end():] if u else after
    um = unit_lexicon().pattern.match(rest)
    if not (um and um.end() > 0) and (bare := _BARE_SYMBOL.match(after)) and _exponent(text, mention.end + bare.end(), limit):
        mention.kind, mention.unit, mention.end = "quantity", _BARE_SYMBOLS[bare.group("u")], mention.end + bare.end()
        _read_power(text, mention, limit)  # "300 s−1": a bare symbol is a unit only with its exponent
        return
    if um and um.end() > 0:
        surface = um.group(0)
        expr = unit_lexicon().lookup(surface)
        if expr is None or (u and "of" in u.group(0) and expr.split("*")[0] not in ("tonne", "kilogram**1")):
            return
        if len(surface) == 1 and re.match(r"[-'’][^\W\d]", rest[um.end():]):
            return  # a letter that starts a word: "5 t-shirts", "2 g's"
        if surface == "TB" and _DISEASE_NEXT.match(rest, um.end()):
            return  # "2,715 TB cases": tuberculosis, not terabytes
        after_unit = mention.end + (u.end() if u else 0) + um.end()
        if expr in _DURATION_UNITS and _is_time_reference(text, mention, rest, um.end()) and not (
                expr in _COMPOUND and _COMPOUND[expr][0].match(text, after_unit, limit)):  # "in 7 minutes 29 seconds"
            mention.kind = "time_ref"
            return
        mention.kind, mention.unit = "quantity", expr
        mention.end += (u.end() if u else 0) + um.end()
        if (speed := _PER_HOUR.match(text, mention.end, limit)) and _is_length(expr):
            mention.unit, mention.end = f"{expr}/hour", speed.end()  # "188 miles an hour"
        elif (power := _POWER.match(text, mention.end, limit)) and _is_length(expr):
            n = 2 if (power.group("n") or "") in ("2", "²") or (power.group("w") or "").lower() == "squared" else 3
            mention.unit, mention.end = f"({expr})**{n}", power.end()  # "4km^2", "4 km squared"
        elif not _read_compound(text, mention, limit):
            _read_power(text, mention, limit)


def _is_weight(text: str, mention: Mention, rest: str) -> bool:
    """Whether "pounds" after this number weigh: a weighed thing after "of", a weight word after, or a weight word
    before that is nearer than any word of price ("weighs two pounds and costs three pounds")."""
    if (of := _POUNDS_OF.match(rest)):
        return not of.group("money")
    if _WEIGHT_AFTER.match(rest):
        return True
    before = re.split(r"[.!?;:]\s|[,—–(]", text[max(0, mention.start - 80):mention.start])[-1]  # this clause
    weights = [w for w in _WEIGHT_BEFORE.finditer(before) if not w.group("diet") or not _scaled(text, mention)]
    prices = list(_PRICE_BEFORE.finditer(before))
    return bool(weights) and (not prices or weights[-1].start() > prices[-1].start())


def _read_compound(text: str, mention: Mention, limit: int) -> bool:
    """Imperial measures written in two units are one quantity: "5 ft 2 in", "six feet two inches", "7 lb 4 oz"."""
    base = mention.unit.split("*")[0] if mention.unit else ""
    if base not in _COMPOUND or not (c := _COMPOUND[base][0].match(text, mention.end, limit)):
        return False
    part = _small_part(c)
    per = _COMPOUND[base][1]
    if not part or part[0] is None or part[0] >= per:
        return False  # "5 ft 14 in" is no compound
    mention.value += part[0] / per
    mention.step = part[1] / per
    mention.unit, mention.end = base, c.end()
    if base == "hour" and (s := _COMPOUND["minute"][0].match(text, mention.end, limit)):
        sec = _small_part(s)
        if sec and sec[0] is not None and sec[0] < 60:  # "2 hours, 1 minute and 9 seconds"
            mention.value += sec[0] / 3600
            mention.step = sec[1] / 3600
            mention.end = s.end()
    return True


def _small_part(m: re.Match[str]) -> tuple[float | None, float] | None:
    """The smaller unit's number of a compound ("4" in "7 lb 4 oz", "nine" in "2 hours nine minutes") and its step."""
    return parse_digits(m.group("n")) if m.group("n")[0].isdigit() else (parse_words(m.group("n")), 1.0)


def _exponent(text: str, pos: int, limit: int) -> re.Match[str] | None:
    """The negative exponent at ``pos``; a hyphen and a digit before a unit is a range ("10 kg-2 kg"), not one."""
    neg = _NEG_POWER.match(text, pos, limit)
    if neg and neg.group("minus") == "-" and (w := re.match(r"\s?([^\W\d]+)", text[neg.end():limit])):
        return None if unit_lexicon().lookup(w.group(1)) or w.group(1) in _BARE_SYMBOLS else neg
    return neg


def _read_power(text: str, mention: Mention, limit: int) -> None:
    """A negative exponent written on the unit: "20 fb−1" (inverse femtobarns), "300 s⁻¹", "5 m^-2"."""
    if (neg := _exponent(text, mention.end, limit)):
        n = neg.group("n") or str("¹²³".index(neg.group("s")) + 1)
        mention.unit, mention.end = f"({mention.unit})**-{n}", neg.end()


def _is_length(expr: str) -> bool:
    from .units import registry

    try:
        return str(registry().Quantity(1, expr).dimensionality) == "[length]"
    except Exception:  # pint raises many error types for odd expressions
        return False


def _temperature(text: str, mention: Mention, after: str) -> tuple[str, int] | None:
    """'40.3°C', '104 degrees Fahrenheit', and a bare attached '40.3C' where the text speaks of temperature."""
    t = _TEMPERATURE.match(after)
    if not t:
        return None
    if t.group("bare"):
        window = text[max(0, mention.start - 120):mention.end + 120]
        if not _TEMPERATURE_CUE.search(window):
            return None
    return ("degF" if "F" in t.group(0).upper().replace("DEGREES", "") else "degC"), t.end()


def _is_ratio(mention: Mention, p: re.Match[str], after: str) -> bool:
    """'one in five', 'Nine in 10', '3 out of 4': a whole-number share below one, not '5 in 2019' or 'two in five years'."""
    denom = parse_digits(p.group("n")) or (parse_words(p.group("n")), 0)
    if not denom or not denom[0] or mention.value != int(mention.value) or not 0 < mention.value < denom[0]:
        return False
    if 1800 <= denom[0] <= 2100 or re.match(r"\s+(?:years?|months?|weeks?|days?|hours?|decades?)\b", after[p.end():], re.IGNORECASE):
        return False
    return True


def _resolve(code: str, loc: Local) -> str:
    if code in loc.names:
        return loc.names[code]
    if code in lx.CLDR_SHARED:  # "300 million dinars": the country the document names, else no money
        return loc.shared(code) or code
    return loc.dollar if code == "$" else loc.yen if code == "¥" else code


# The last non-space characters a currency prefix can end with: most numbers follow none of them.
_PREFIX_LAST = ends(_CURRENCY_PREFIX)


def _prefix_currency(text: str, s: int, loc: Local) -> tuple[str, int] | None:
    before = text[max(0, s - 8):s]
    last = before.rstrip()[-1:]
    m = _CURRENCY_PREFIX.search(before) if _PREFIX_LAST is None or (last and last in _PREFIX_LAST) else None
    for i, (_, code) in enumerate(lx.PREFIX_CURRENCIES if m else []):
        if m.group(f"c{i}"):
            start = s - (len(before) - m.start())
            token = m.group(f"c{i}")
            if token[0].isalpha() and start > 0 and (text[start - 1].isalnum()):
                return None
            return _resolve(token.strip() if code == lx.AS_WRITTEN else code, loc), start
    if (a := _LETTER_BEFORE.search(before)) and (a.group(1) or a.group(2)) in loc.letters:
        return loc.letters[a.group(1) or a.group(2)], s - len(a.group(0))
    return None


def _apply_qualifier(text: str, mention: Mention) -> None:
    before = text[max(0, mention.start - 30):mention.start]
    q = _QUALIFIER.search(before)
    if not q:
        return
    for i, (_, name) in enumerate(lx.QUALIFIERS):
        if q.group(f"q{i}"):
            word = q.group(f"q{i}").lower()
            if word in ("under", "over", "above", "below", "some") and mention.kind == "count" and not mention.step:
                # "under one roof", "some two" stay; "over 5.1 million" is a bound
                pass
            if word == "up to" and _MOVED_UP.search(before[:q.start()]):
                return  # "cargo edged up to 287,000 tonnes": a verb's "up", then the level it reached
            mention.qualifier = name
            mention.notes.append(f"qualifier '{q.group(f'q{i}')}'")
            return


def _read_range(text: str, mention: Mention, limit: int, loc: Local) -> None:
    """Extend ``mention`` into a range: '5-7 million', 'between 50% and 30%', '5 to 7'.

    'from X to Y' is a change (two claims), never a range.
    """
    after = text[mention.end:min(limit, mention.end + 60)]
    j = _RANGE_JOIN.match(after)
    if not j:
        return
    joiner = re.sub(r"^[-–]\s+", "", j.group(0).strip().lower())
    left = text[max(0, mention.start - 20):mention.start].lower()
    if joiner == "and" and not re.search(r"\bbetween\s+$", left):
        _share_unit(text, mention, mention.end + j.end(), limit, loc)  # "45 and 50 mg"
        return
    by = joiner == "to" and re.search(r"\bby\s+$", left) is not None
    if joiner == "to" and re.search(r"\bfrom\s+$", left) and not re.search(r"\brang(?:e|es|ed|ing)\s+from\s+$", left):
        return  # "from 1.2m to 1.5m": a change ("ranged from 5 to 9" is a range)
    if joiner == "or" and mention.kind != "count":
        return
    if joiner in ("-", "–", "—") and j.group(0) != joiner:
        return  # "5 - 7" with spaces is a dash clause, not a range
    pos = mention.end + j.end()
    probe = _CURRENCY_AHEAD.match(text, pos, limit)
    nxt = NUMBER.match(text, pos + (probe.end() - probe.start() if probe else 0), limit)
    if not nxt:
        return
    other = _read_number(text, nxt, limit, loc)
    if other is None or other.kind == "time_ref":
        return
    raw = parse_digits(nxt.group("d"))[0] if nxt.group("d") else parse_words(nxt.group("w"))
    if by and not (mention.kind == "count" and not _scaled(text, mention) and other.kind in ("percent", "percentage_points")
                   and raw and mention.value < raw <= 10 * mention.value):
        return  # "fell by 850,000 to 1.41 billion": a change and a level ("shrink by 10 to 15 per cent" is a range)
    if joiner == "or" and not (other.kind == "count" and other.value == raw and mention.value < other.value <= 10 * mention.value):
        _share_unit(text, mention, pos, limit, loc)  # "5 or 6 kg"
        return  # only "two or three", "5 or 6": small counts
    if mention.kind == "money" and other.kind == "count" and raw and not _scaled(text, mention):
        # a currency on the first end only: "Rs 40-60 crore", "$3-4bn", "$3 to 4"
        mention.value *= other.value / raw
        mention.step *= other.value / raw
        other.kind, other.unit = mention.kind, mention.unit
    if mention.kind == "count" and other.kind != "count" or mention.kind == other.kind == "count" and mention.step and other.value > mention.value * 100:
        # the second end carries scale and unit for both: "5-7 million", "50 to 60%"; when the first end has a
        # scale of its own ("250 million to 262 million tonnes") only the unit is shared
        scale = other.value / raw if raw else 1.0
        if _scaled(text, mention) or mention.value * scale > other.value * 10:
            scale /= _own_scale(text, other)  # "900,000 to 1.2 million tonnes": the first end is whole as written
        mention.value *= scale
        mention.step *= scale
        mention.kind, mention.unit = other.kind, other.unit
    elif other.kind != mention.kind or other.unit != mention.unit:
        return
    if other.value == mention.value:
        return
    if joiner in ("-", "–", "—") and mention.kind == "count" and 1900 <= mention.value <= 2100:
        return  # "2020-25" is a span of years
    if joiner == "-" and mention.kind == other.kind == "count" and other.value < mention.value / 10 \
            and re.search(r"\b[A-Z][A-Za-z]+\s$", text[max(0, mention.start - 20):mention.start]):
        mention.kind, mention.end = "time_ref", other.end  # a model and its variant, "Boeing 787-9": a name, no claim
        return
    mention.value, mention.value_max = sorted((mention.value, other.value))
    mention.qualifier = "range"
    mention.end = other.end
    mention.exact = False


def _share_unit(text: str, mention: Mention, pos: int, limit: int, loc: Local) -> None:
    """'45 and 50 mg', '5 or 6 km': a bare number joined to a measured one is in the same unit (and scale)."""
    if mention.kind != "count" or mention.unit or text[mention.start:mention.end] != _plain_number(text, mention):
        return
    nxt = NUMBER.match(text, pos, limit)
    if not nxt or not nxt.group("d") or nxt.group("suf"):
        return
    other = _read_number(text, nxt, limit, loc)
    raw = parse_digits(nxt.group("d"))
    if other is None or other.kind != "quantity" or not raw or not raw[0] or other.value_max is not None:
        return
    mention.kind, mention.unit = "quantity", other.unit
    mention.value *= other.value / raw[0]
    mention.step *= other.value / raw[0]
    mention.notes.append(f"unit shared with '{text[other.start:other.end]}'")


def _plain_number(text: str, mention: Mention) -> str:
    """The digits that start a mention ('45' in '45'), to tell a bare number from one with scale or unit."""
    m = re.match(r"[-−]?\d[\d,.]*", text[mention.start:mention.end])
    return m.group(0) if m else ""


_SCALE_IN = re.compile(r"\d\s*(?:" + lx.alternation(set(lx.SCALES)) + r")\b")
# Bounds written after the number: "three hours or more", "5% or more", "42,000-plus", "20 or fewer".
_POSTFIX_QUALIFIER = re.compile(r"(?:\s+or\s+(?P<least>more|above|higher|greater|longer|over)\b|(?P<plus>-?\s?plus\b|\+(?![\d\w]))"
                                r"|\s+or\s+(?P<most>less|fewer|below|under|lower)\b)", re.IGNORECASE)


def _scaled(text: str, mention: Mention) -> bool:
    """Whether the mention's own surface carries a scale word ("$3bn", "Rs 40 crore")."""
    surface = text[mention.start:mention.end]
    return bool(_SCALE_IN.search(surface))


def _own_scale(text: str, mention: Mention) -> float:
    """The factor of the scale word in a mention's own surface ("262 million tonnes" -> 1e6), 1.0 without one."""
    m = _SCALE_IN.search(text, mention.start, mention.end)
    if not m:
        return 1.0
    word = re.sub(r"^\d\s*", "", m.group(0))
    return lx.SCALES.get(word) or lx.SCALES.get(word.lower()) or 1.0


def _per_unit(word: str) -> str:
    """'kilograms' -> 'kg', 'Tonnes' -> 'tonne', 'MWh' -> 'MWh': the unit a price is quoted per."""
    w = re.sub(r"[\s-]+", " ", word)
    for key in (w, w.lower(), w.lower().rstrip("s"), re.sub(r"s$", "", w)):
        if key in _PER_UNIT_NAMES:
            return _PER_UNIT_NAMES[key]
    return w


#: "a rate of 2.4 per 100,000 inhabitants", "56 deaths for every 1,000 live births": a rate per so many people
_PER_PEOPLE = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:per|for\s+every)\s+(?P<n>100,000|10,000|1,000|100|100\s000|10\s000|"
                         r"1\s000|a\s+thousand|a\s+hundred\s+thousand)\s+(?P<who>" + _PEOPLE_WORDS + r")\b", re.IGNORECASE)
_DENOMINATOR = re.compile(r"\b(?:per|for\s+every)\s+$", re.IGNORECASE)
_WHO_AFTER = re.compile(r"\s+(?:" + _PEOPLE_WORDS + r")\b", re.IGNORECASE)


def _denominator(text: str, mention: Mention) -> bool:
    """The "100,000" of "per 100,000 inhabitants": what a rate is counted per, not a claim of its own."""
    return mention.kind == "count" and _DENOMINATOR.search(text, max(0, mention.start - 12), mention.start) is not None \
        and _WHO_AFTER.match(text, mention.end) is not None


def _read_rate(text: str, mention: Mention, limit: int) -> None:
    if mention.kind == "money" and (pu := _MONEY_PER_UNIT.match(text, mention.end, limit)):
        mention.per = _per_unit(pu.group("u"))  # "$350 per kg": the surface stays the money, as in "$15 a day"
        if pu.group(0).lstrip().startswith("/"):
            mention.end = pu.end()  # "$80/bbl" is written as one token, as "$15.4/hour"
        mention.notes.append(f"rate '{pu.group(0).strip()}'")
        return
    if (slash := _RATE_SLASH.match(text, mention.end, limit)) and mention.kind == "money":
        mention.per, mention.end = _RATE_NAMES.get(slash.group("r").lower(), slash.group("r").lower()), slash.end()
        mention.notes.append(f"rate '{slash.group(0)}'")  # "$15.4/hour"
        return
    if mention.kind in ("count", "money") and (pp := _PER_PEOPLE.match(text, mention.end, min(limit, mention.end + 80))):
        n = re.sub(r"\s", ",", pp.group("n").lower()).replace("a,hundred,thousand", "100,000").replace("a,thousand", "1,000")
        who = pp.group("who").lower()
        mention.per = f"{n} {'births' if 'birth' in who else 'people'}"
        mention.notes.append(f"rate '{pp.group(0).strip()}'")
        return
    r = _RATE.match(text, mention.end, min(limit, mention.end + 60))
    if not r:
        return
    word = r.group("r").lower().split()[-1]
    per = _RATE_NAMES.get(word, word)
    if mention.kind == "count" and per in ("second", "minute", "hour"):  # "calculations per second"; "orders a day" stays a count
        mention.kind, mention.unit = "quantity", f"1/{per}"
    else:
        mention.per = per
    mention.notes.append(f"rate '{r.group('r')}'")


def _is_time_reference(text: str, mention: Mention, rest: str, unit_end: int) -> bool:
    before = text[max(0, mention.start - 25):mention.start]
    if _TIME_REF_LEFT.search(before) or _AGE_LEFT.search(before):
        return True
    if (span := _TIME_REF_SPAN.search(before)) and not span.group("verb"):
        return True
    return bool(_TIME_REF_RIGHT.match(rest[unit_end:]) or _AGE.match(rest[:unit_end + 8]))


def _is_code(text: str, s: int, digits: str, suf: str | None, before: str, after: str, money: bool = False) -> bool:
    """Names, codes, versions, phone numbers and times of day are not quantities.

    ``money``: a currency prefix stands against the digits ("RM45"), so a letter before them is no code.
    """
    if suf and suf not in lx.SCALES and suf.lower() not in lx.SCALES and suf.lower() not in _ORDINAL_SUFFIX and suf not in ("p", "C", "F") and not unit_lexicon().lookup(suf):
        return True  # "5G", "3D", "4x4"
    # (the patterns ending in "-$" or "($" are tried only on text that ends so, "$" allowing one newline after:
    # most numbers follow a space)
    tail = before[:-1] if before.endswith("\n") else before
    hyphen = tail.endswith("-")
    if before and not money and (before[-1].isalpha() or hyphen and (re.search(r"[A-Za-z]-$", before) or re.search(r"[A-Za-z]\d*-$", before))):
        return True  # "COVID-19", "G20", "A-1"
    if hyphen and re.search(r"\b(?:1[89]|20)\d\d-$", before) and re.fullmatch(r"\d{1,2}", digits) and 1 <= int(digits) <= 12:
        return True  # "2015-3", "1995-01": a year and month
    if before and before[-1] in "−+" and _GLUED_SIGN.search(before):
        return True  # "W m−2": the exponent of a unit symbol; "J1149.5+6663", "PSR B1913+16": a catalogue name
    if re.match(r"\.\d|-\d+-|/\d|:\d", after) or (hyphen or tail.endswith("(")) and re.search(r"\d-\d+-$|\w\($", before):
        return True  # "3.8.0", "1-2-3", "1800-11-4000", "24/7", "10:30", "Rule 3(1)"
    if (after[:1] == " " or before[-1:] == " ") and digits.isdigit() and (
            len(digits) <= 3 and _BROKEN_GROUP_AFTER.match(after) or _BROKEN_GROUP_BEFORE.search(before)):
        return True  # "245 23": digit groups split by a space that are not thousands groups; no reading is safe
    window = text[max(0, s - 8):s + len(digits) + 12]
    if _PHONE.search(window) and re.search(r"\d[\s.-]\d{3}", window):
        return True
    if _CLOCK.match(text, s) or re.match(r"\s?(?:a\.?m\.?|p\.?m\.?)(?!\w)", after) and not suf:
        return True  # "2.1 pm" in news is a clock time, not 2.1 picometres nor a count
    return False


def _word_number_ok(words: str, before: str, after: str) -> bool:
    low = words.lower()
    if words[0].isupper() and not re.search(r"(?:^|[.!?:;]\s+|\n\s*|[\"“‘'(]\s*)$", before):
        return False  # capitalized mid-sentence: a name ("the Three Gorges Dam", "the Group of Seven")
    if low == "zero" and after.startswith("-"):
        return False  # "zero-hours contracts", "zero-emission"
    if re.search(r"\b(?:top|Top|TOP)\s+$", before):
        return False  # "the top ten" is a rank, not a count
    if low in ("one", "a", "an"):
        if re.match(r"\s+(?:in|out of)\s+\S", after):
            return True  # "one in 10"
        if low == "one" and (re.search(r"\bfrom\s+$", before) or re.match(r"-(?:hour|day|week|month|minute|second|kilomet|mile|met)", after)):
            return True  # "from one floor to nine", "a one-hour drive"
        return bool(re.match(r"\s+(?:percent|per cent|million|billion|trillion|thousand|hundred)\b", after))
    if re.match(r"\s+of\s+(?:the|its|their|his|her|our|these|those)\b", after) and low in ("one", "two", "three"):
        return False
    if re.match(r"-(?:year|month|day|hour|week)", after) and re.search(r"\b(?:a|an|the)\s+$", before):
        return False  # "a three-year period" is a time reference
    return True


def _is_noise(text: str, mention: Mention, value: float, number_text: str) -> bool:
    """Bare numbers that are years, list markers, section numbers, ages or name parts."""
    s = mention.start
    before = text[max(0, s - 30):s]
    after = text[mention.end:mention.end + 20]
    plain = re.fullmatch(r"\d+", number_text or "")
    if plain and 1800 <= value <= 2100 and mention.step in (1.0, 10.0, 100.0) and len(number_text) == 4:
        return True
    numbered = plain or re.fullmatch(r"\d+(?:\.\d+)+", number_text or "")
    if numbered and (_SECTION.search(before) or _SECTION_LOWER.search(before)):
        return True  # "Section 4", "clause 4.2", "version 2.0", "stage 6"
    if plain and (re.search(r"(?:^|\n)\s*\(?$", before) and re.match(r"[.)]\s", after)
                  or re.search(r"[.!?]\s+$", before) and re.match(r"\.\s+[A-Z]", after)):
        return True  # list markers "1." "(2)", also run into one line: "... to book. 2. Bring ..."
    if plain and re.search(r"\b(?:top|bottom)\s+$", before, re.IGNORECASE):
        return True  # "one of the top 10 employers" is a rank
    if _AGE_LEFT.search(before) or _AGE.match(after) or _UNDER_AGE.search(before):
        return True
    if plain and 10 <= value <= 110 and re.search(r"\b[A-Z][\w'’-]+,\s$", before) and re.match(r",\s+(?:[a-z]|who\b)", after) \
            and not re.search(r"\b(?:in|of|to|from|with|and|by|on|at)\s+[A-Z][\w'’-]+,\s$", before):
        return True  # an age set off after a name: "Mahama, 66, will be sworn in" (not "in Paris, 66, ...")
    if plain and re.search(r"\b(?:turned|turns|turning|turn)\s+$", before):
        return True  # an age: "Koshien Stadium, which turned 100 this summer"
    if _DIAL.search(before):
        return True  # "for bookings call 13 13 13", "dial 112"
    if _DESCRIPTOR.match(after):
        return True  # "a two-bedroom flat", "4.3 lakh two-wheelers", "a five-star hotel": a kind of thing, not a count
    if plain and re.search(r"\b[A-Z][a-z]+\s$", before) and not re.search(
            r"(?:^|[.!?]\s+|\n)[A-Z][a-z]+\s$|\b(?:About|Around|Over|Some|Nearly|Almost|In|By|Of|With|To|Only|Just|All|The|These|Those|Another|Its|Their|Our|Since|From|And)\s$", before
    ) and re.match(r"\s+[A-Z]|\s*$|\s*[,.;)]", after):
        return True  # "Dawn 6000 Supercomputer", "Top 500", "Boeing 737"
    if plain and _ADDRESS.match(text, mention.end, mention.end + 50):
        return True  # a street number: "in the Council Chambers at 210 Main Street"
    if plain and re.search(r"\d\s+[A-Z]{2,}\s$", before):
        return True  # a model's variant: "the Boeing 737 MAX 9 fleet"
    if plain and re.search(r"\b(?i:the|its|their|a|an)\s+[A-Z][\w&.-]*\s$", before):
        return True  # a name's number after an article: "the Fortune 500 companies", "the Loto 7 draw", "The S&P 500"
    return False


def _group_conversions(text: str, mentions: list[Mention]) -> None:
    """Money restated in another currency in brackets shares a group: '5 billion yuan (US$735m)'."""
    for a, b in zip(mentions, mentions[1:]):
        if a.kind != "money" or b.kind != "money" or a.unit == b.unit:
            continue
        between = text[a.end:b.start]
        if re.fullmatch(r"\s*[(\[,]\s*(?:or\s+)?(?:about|around|approximately|approx\.|roughly|some|nearly|almost|equivalent to|"
                        r"equal to|worth|~|c\.)?\s*", between, re.IGNORECASE) or re.fullmatch(r"\s*,?\s*or\s+(?:about\s+|around\s+)?", between, re.IGNORECASE):
            a.group = b.group = f"g{a.start}"
            a.per = b.per = a.per or b.per


def with_span(mention: Mention, start: int, end: int) -> Mention:
    """A copy of ``mention`` with a new span."""
    return replace(mention, start=start, end=end)
