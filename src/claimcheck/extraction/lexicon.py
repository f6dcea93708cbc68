"""Words and symbols that make a number a quantity: scales, number words, currencies, qualifiers."""

from __future__ import annotations

import re

from .currency_names import cldr_names

SCALES: dict[str, float] = {
    "thousand": 1e3, "k": 1e3, "K": 1e3, "thou": 1e3,
    "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "M": 1e6, "mil": 1e6,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "B": 1e9, "bil": 1e9,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "tr": 1e12, "T": 1e12,
    "quadrillion": 1e15,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5,
    "crore": 1e7, "crores": 1e7, "cr": 1e7,
    "lakh crore": 1e12, "lakh crores": 1e12,
}
# Scale words that may stand after a space ("5 billion"); the rest only attached ("$3.4m").
SPACED_SCALES = {"thousand", "million", "billion", "trillion", "quadrillion", "mn", "mln", "bn", "bln",
                 "tn", "trn", "lakh", "lakhs", "lac", "lacs", "crore", "crores", "cr", "lakh crore", "lakh crores"}
# Attached scale letters that are also unit symbols: only a scale next to a currency.
MONEY_ONLY_SCALES = {"m", "M", "b", "B", "k", "K", "T", "tr", "cr", "mil", "bil"}

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
              "seventy": 70, "eighty": 80, "ninety": 90}
WORD_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
               "lakh": 1e5, "crore": 1e7}
FRACTION_WORDS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}
# Counting words worth more than a dozen: "a baker's dozen" is 13, "a gross" (a square dozen) 144.
GROUP_COUNTS = {"baker's dozen": 13, "baker’s dozen": 13, "bakers dozen": 13, "square dozen": 144, "gross": 144}
# Vague plurals: "hundreds of" is at least two hundred.
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2e6, "billions": 2e9}

QUALIFIERS: list[tuple[str, str]] = [
    (r"more than|greater than|higher than|over|above|in excess of|upwards of|exceeding|just over|well over|north of|"
     r"surpassed|surpassing|passed|passing|topped|topping|exceeded|crossed", "more_than"),
    (r"at least|no less than|no fewer than|not less than|a minimum of|minimum of", "at_least"),
    (r"up to|at most|no more than|not more than|a maximum of|maximum of|as (?:much|many) as|capped at", "at_most"),
    (r"less than|fewer than|under|below|just under|lower than|shy of", "less_than"),
    (r"about|around|roughly|nearly|almost|approximately|approx\.?|some|an estimated|estimated|close to|circa|c\.|an approximate|~|almost|just about|more or less", "approx"),
]

# Active ISO 4217 codes with no symbol or name of their own above; matched upper-case only, before or after the
# number. Left out: codes that are also common upper-case words or acronyms (ALL, TOP, CUP, SOS, BOB, MOP, AMD, GEL,
# CVE, TMT, SVC, BAM, PAB, ERN, SHP).
OTHER_ISO_CODES = frozenset("""
    AFN ANG AOA AWG AZN BBD BGN BHD BIF BMD BND BSD BTN BWP BYN BZD CDF CRC CZK DJF DOP DZD ETB FJD GMD GNF
    GTQ GYD HNL HTG HUF IQD IRR ISK JMD JOD KGS KHR KMF KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT
    MRU MUR MVR MWK MZN NAD NIO NPR OMR PEN PGK PYG QAR RON RSD RWF SBD SCR SDG SLE SRD SSP STN SYP SZL TJS TND TTD
    TZS UAH UGX UYU UZS VES VUV WST XAF XCD XOF XPF YER ZMW ZWL
""".split())

#: the code of a PREFIX_CURRENCIES entry whose matched text is itself the ISO code
AS_WRITTEN = "="

# (pattern, ISO code). Prefix symbols and codes that stand before the number.
PREFIX_CURRENCIES: list[tuple[str, str]] = [
    (r"US\s?\$|U\.S\.\s?\$|USD\s?\$?", "USD"),
    (r"HK\s?\$|HKD", "HKD"), (r"S\$|SGD|SG\$", "SGD"), (r"A\$|AU\$|AUD", "AUD"),
    (r"C\$|CA\$|CAD", "CAD"), (r"NZ\$|NZD", "NZD"), (r"FJ?\$|FJD", "FJD"), (r"J\$|JMD", "JMD"),
    (r"TT\$|TTD", "TTD"), (r"N\$|NAD", "NAD"), (r"EC\$|XCD", "XCD"), (r"R\$|BRL", "BRL"), (r"NT\$|TWD", "TWD"),
    (r"MX\$|MXN", "MXN"), (r"RD\$|DOP", "DOP"), (r"€|EUR", "EUR"), (r"£|GBP", "GBP"), (r"₹|INR", "INR"), (r"Rs\.?", "rupee"),
    (r"RMB|CNY|CN¥|Rmb", "CNY"), (r"JPY|JP¥", "JPY"), (r"₩|KRW", "KRW"), (r"₦|NGN", "NGN"),
    (r"₱|PHP", "PHP"), (r"KSh|Ksh|KES", "KES"), (r"TSh|TZS", "TZS"), (r"USh|UGX", "UGX"), (r"CHF", "CHF"), (r"ZAR", "ZAR"),
    (r"₫|VND", "VND"), (r"฿|THB", "THB"), (r"RM|MYR", "MYR"), (r"Rp|IDR", "IDR"),
    (r"zł|PLN", "PLN"), (r"₺|TRY", "TRY"), (r"₽|RUB", "RUB"), (r"SEK", "SEK"), (r"NOK", "NOK"),
    (r"DKK", "DKK"), (r"AED", "AED"), (r"SAR", "SAR"), (r"PKR", "PKR"), (r"BDT", "BDT"),
    (r"EGP", "EGP"), (r"GH[¢₵]|GHS", "GHS"), (r"CLP", "CLP"), (r"COP", "COP"), (r"ARS", "ARS"), (r"ILS|₪", "ILS"),
    (r"₡", "CRC"), (r"B/\.", "PAB"), (r"BDS\$|Bds\$|BBD", "BBD"), (r"₸", "KZT"), (r"₾", "GEL"), (r"֏", "AMD"),
    (r"₼", "AZN"), (r"₮", "MNT"), (r"₭", "LAK"), (r"៛", "KHR"), (r"₴", "UAH"),
    # dollars of small economies as their own papers write them ("B$" is Brunei's or the Bahamas', by the text)
    (r"G\$|GY\$", "GYD"), (r"T\$", "TOP"), (r"SI\$", "SBD"), (r"BZ\$", "BZD"), (r"WS\$", "WST"), (r"CI\$", "KYD"),
    (r"L\$", "LRD"), (r"Z\$", "ZWL"), (r"B\$", "b$"), (r"CFA\s?(?:F\b)?", "cfa franc"),
    ("|".join(sorted(OTHER_ISO_CODES)), AS_WRITTEN),
    (r"\$", "$"), (r"¥|￥", "¥"),
]

# Currency names after the number ("5 billion yuan"); longest first at build time.
SUFFIX_CURRENCIES: dict[str, str] = {
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "yuan renminbi": "CNY", "chinese yuan": "CNY",
    "turkish lira": "TRY", "south african rand": "ZAR", "moroccan dirhams": "MAD", "uae dirhams": "AED",
    "swedish kronor": "SEK", "norwegian kroner": "NOK", "danish kroner": "DKK",
    "us dollars": "USD", "u.s. dollars": "USD", "us dollar": "USD", "american dollars": "USD",
    "hong kong dollars": "HKD", "hong kong dollar": "HKD", "hk dollars": "HKD",
    "singapore dollars": "SGD", "singapore dollar": "SGD",
    "australian dollars": "AUD", "australian dollar": "AUD",
    "canadian dollars": "CAD", "canadian dollar": "CAD",
    "new zealand dollars": "NZD", "new taiwan dollars": "TWD", "taiwan dollars": "TWD",
    "fiji dollars": "FJD", "fijian dollars": "FJD", "jamaican dollars": "JMD", "namibian dollars": "NAD",
    "trinidad and tobago dollars": "TTD", "east caribbean dollars": "XCD", "brunei dollars": "BND",
    "dollars": "$", "dollar": "$",
    "euros": "EUR", "euro": "EUR",
    "pounds sterling": "GBP", "pounds": "GBP", "pound sterling": "GBP", "sterling": "GBP",
    "yen": "JPY", "japanese yen": "JPY",
    "rupees": "rupee", "rupee": "rupee", "indian rupees": "INR",
    "pakistani rupees": "PKR", "sri lankan rupees": "LKR",
    "won": "KRW", "korean won": "KRW",
    "reais": "BRL", "reals": "BRL", "brazilian reais": "BRL",
    "kenyan shillings": "KES", "shillings": "shilling", "shilling": "shilling", "ugandan shillings": "UGX", "tanzanian shillings": "TZS",
    "rand": "ZAR", "swiss francs": "CHF", "francs": "franc",
    "mexican pesos": "MXN", "pesos": "peso", "peso": "peso", "philippine pesos": "PHP", "chilean pesos": "CLP",
    "soles": "PEN", "nuevos soles": "PEN", "peruvian soles": "PEN",
    "colombian pesos": "COP", "argentine pesos": "ARS",
    "naira": "NGN", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "dong": "VND",
    "zloty": "PLN", "zlotys": "PLN", "złoty": "PLN", "złotys": "PLN", "złotych": "PLN", "zł": "PLN", "lira": "TRY", "liras": "TRY",
    "roubles": "ruble", "rubles": "ruble", "rouble": "ruble", "ruble": "ruble", "russian roubles": "RUB", "russian rubles": "RUB",
    "belarusian rubles": "BYN", "belarusian roubles": "BYN",
    "crowns": "crown", "crown": "crown", "franc": "franc", "swiss franc": "CHF",
    "kronor": "SEK", "kronur": "ISK", "krone": "krone", "kroner": "krone", "dirhams": "dirham", "dirham": "dirham",
    "taka": "BDT", "cedis": "GHS", "birr": "ETB",
    # plurals CLDR does not list: "28.4 billion maloti", "5 billion meticais", "3 billion emalangeni"
    "maloti": "LSL", "meticais": "MZN", "emalangeni": "SZL", "zlotych": "PLN", "tögrög": "MNT", "tögrögs": "MNT",
    "tugrugs": "MNT", "tugrug": "MNT",
    "kč": "CZK", "pula": "BWP", "pa'anga": "TOP", "pa’anga": "TOP", "paʻanga": "TOP", "kina": "PGK", "vatu": "VUV", "tala": "WST",
}
# "$", "dirham", "crown" and "peso" name several currencies: the document decides (currency.local_currencies).
SHARED_NAMES = {"$", "dirham", "crown", "peso", "rupee", "shilling", "franc", "b$", "ruble", "krone"}
#: codes that are also common upper-case words: read by name only ("510 million pa'anga", never "TOP 500")
WORD_CODES = frozenset({"ALL", "TOP", "CUP", "SOS", "BOB", "MOP", "AMD", "GEL", "CVE", "TMT", "SVC", "BAM", "PAB", "ERN", "SHP"})
# Every other active currency by its CLDR name ("21.9 billion drams", "Hungarian forints"); names the tables above
# give keep their reading. Bare names several currencies share ("dinars", "riyals") are read per document.
_CLDR, _CLDR_SHARED = cldr_names(frozenset({code for _, code in PREFIX_CURRENCIES if len(code) == 3}
                                           | {c for c in SUFFIX_CURRENCIES.values() if len(c) == 3 and c.isupper()}
                                           | OTHER_ISO_CODES | WORD_CODES))
for _name, _code in _CLDR.items():
    SUFFIX_CURRENCIES.setdefault(_name, _code)
#: shared names from CLDR that some name above reads as: the name -> [(code, cue regex)]
CLDR_SHARED = {k: v for k, v in _CLDR_SHARED.items() if k in SUFFIX_CURRENCIES.values()}
SHARED_NAMES |= set(CLDR_SHARED)
ISO_CODES = ({code for _, code in PREFIX_CURRENCIES if len(code) == 3} | set(SUFFIX_CURRENCIES.values()) | OTHER_ISO_CODES) \
    - SHARED_NAMES - WORD_CODES

# Documents that name these use "$" for that dollar, unless they also name the US dollar.
LOCAL_DOLLARS = [
    (r"HK\$|HKD|Hong Kong dollars?", "HKD"), (r"S\$|SGD|Singapore dollars?", "SGD"),
    (r"A\$|AUD|Australian dollars?", "AUD"), (r"C\$|CAD|Canadian dollars?", "CAD"),
    (r"NZ\$|NZD|New Zealand dollars?", "NZD"), (r"NT\$|TWD|Taiwan dollars?", "TWD"),
    (r"FJ?\$|FJD|Fiji(?:an)? dollars?", "FJD"), (r"J\$|JMD|Jamaican dollars?", "JMD"),
    (r"TT\$|TTD|Trinidad and Tobago dollars?", "TTD"), (r"N\$|NAD|Namibian dollars?", "NAD"),
]
# Places whose dollar a bare "$" means in a text about them alone ("New Zealand's prison population ... The
# government has set aside $1.9 billion"), with the country as demonyms.countries_named writes it.
DOLLAR_COUNTRIES = [
    (r"New Zealand|Auckland|Wellington|Christchurch|Kiwis?", "NZD", "New Zealand"),
    (r"Australian?s?|Sydney|Melbourne|Brisbane|Perth|Queensland|New South Wales|Adelaide|Canberra|Tasmania",
     "AUD", "Australia"),
    (r"Canadian?s?|Ontario|Toronto|Quebec|Québec|Alberta|Vancouver|British Columbia|Montreal|Ottawa|Manitoba|"
     r"Saskatchewan|Nova Scotia|Calgary|Edmonton|Winnipeg", "CAD", "Canada"),
    (r"Hong Kong", "HKD", "Hong Kong"), (r"Singapore(?:an)?s?", "SGD", "Singapore"), (r"Taiwan(?:ese)?|Taipei", "TWD", "Taiwan"),
    (r"Jamaican?s?|Kingston", "JMD", "Jamaica"), (r"Fiji(?:an)?s?|Suva", "FJD", "Fiji"),
]
US_DOLLAR = re.compile(r"US\s?\$|USD|U\.S\. dollars?|US dollars?")
CHINA_WORDS = re.compile(r"\b(?:yuan|RMB|renminbi|China|Chinese|Beijing|Shanghai|Shenzhen|CNY)\b")
JAPAN_WORDS = re.compile(r"\b(?:yen|Japan|Japanese|Tokyo|Osaka|JPY)\b")


def alternation(words: list[str] | set[str]) -> str:
    """A regex alternation of literal words where the longest match wins, written as a trie ("pa(?:'anga|...)")
    so that a failed match costs one character test per branch point, not one test per word (500 currency names)."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here: try the longer words first, then stop here
            return f"(?:{body})?"
        return body

    return build(trie)


#: words that end in "s" in the singular too: "measles cases" are no "measle cases", "AIDS deaths" no "aid deaths";
#: and plurals whose singular is another sense: "media rights" are no "medium rights", "data centres" no "datum centres"
NO_SINGULAR = {"measles", "mumps", "rabies", "diabetes", "species", "series", "news", "aids", "means", "physics",
                "economics", "politics", "headquarters", "rickets", "shingles", "herpes", "tuberculosis", "media", "data"}
