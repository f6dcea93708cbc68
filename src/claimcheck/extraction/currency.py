"""What an ambiguous currency sign, letter prefix, name or sub-unit means in one document.

``$``, ``¥``, ``R``, ``N``, ``Sh``, ``P``, ``Rs``, ``dirhams``, ``crowns``, ``pesos``, ``rupees`` and ``cents`` each
name several currencies. The scanner reads them through a :class:`Local`
built once per document from the words the document uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .cues import Cued
from .demonyms import countries_named

__all__ = ["ATTACHED_ONLY", "CUED_PREFIXES", "Local", "currency_context", "local_currencies"]

# Attached letter prefixes ("R26.31", "N2.4 billion", "Sh35 billion") are money only in a
# document that speaks of the currency's country: elsewhere "R5" or "N95" are names.
_LETTER_PREFIXES: list[tuple[str, str, str]] = [
    ("R", "ZAR", r"rand|South Africa\w*|ZAR|Johannesburg|Cape Town|Durban|Pretoria|Tshwane|Ekurhuleni|eThekwini|"
            r"Soweto|Bloemfontein|Gqeberha|Polokwane|Eskom|Gauteng|"
            r"(?:Northern|Western|Eastern) Cape|KwaZulu-Natal|Limpopo|Mpumalanga"),
    ("N", "NGN", r"naira|Nigeria\w*|NGN|Lagos|Abuja"),
    ("Sh", "KES", r"Kenya\w*|Nairobi|Mombasa|KES|KSh"),
    ("Sh", "UGX", r"Uganda\w*|Kampala|UGX"),
    ("Sh", "TZS", r"Tanzania\w*|Dar es Salaam|Dodoma|TZS"),
    # "Shs72.1 trillion", as Ugandan and Tanzanian papers write the shilling
    ("Shs", "KES", r"Kenya\w*|Nairobi|Mombasa|KES|KSh"),
    ("Shs", "UGX", r"Uganda\w*|Kampala|UGX"),
    ("Shs", "TZS", r"Tanzania\w*|Dar es Salaam|Dodoma|TZS"),
    ("P", "BWP", r"pula|thebe|Botswana\w*|Gaborone|Francistown|BWP"),
    ("P", "PHP", r"Philippin\w*|Filipino\w*|Manila|Cebu|Davao|Quezon City|PHP"),
    # codes that are also common words or acronyms ("AMD", "NIS" for the shekel): money where the country is named
    ("NIS", "ILS", r"Israel\w*|shekels?|Tel Aviv|Jerusalem|Haifa|Petah Tikva|ILS|₪"),
    ("JD", "JOD", r"Jordan\w*|Amman|Aqaba|Irbid|Zarqa|dinars?"),
    # "K1,080 a kilogram": the kwacha in Malawi and Zambia, the kina in Papua New Guinea, the kyat in Myanmar
    ("K", "MWK", r"Malawi\w*|Lilongwe|Blantyre|Mzuzu"),
    ("K", "ZMW", r"Zambia\w*|Lusaka|Copperbelt|Ndola|Kitwe"),
    ("K", "PGK", r"Papua|Port Moresby|Lae|kina"),
    ("K", "MMK", r"Myanmar|Burm\w*|Yangon|Naypyidaw|Mandalay|kyats?"),
    # Gulf riyals and dirhams as their own newspapers write them: "QR3.8bn", "SR5 billion", "Dh1.2 billion"
    # Gulf and Maghreb dinars and rials as their own papers write them: "KD 412 million", "BD16.9 billion", "RO 1.2m"
    ("KD", "KWD", r"Kuwait\w*|KWD"),
    ("BD", "BHD", r"Bahrain\w*|Manama|Muharraq|BHD"),
    ("RO", "OMR", r"Oman\w*|Muscat|Sohar|Salalah|OMR"),
    ("LD", "LYD", r"Liby\w*|Tripoli|Benghazi|Misrata|LYD"),
    ("DT", "TND", r"Tunisi\w*|Tunis|Sfax|Sousse|TND"),
    ("QR", "QAR", r"Qatar\w*|Doha|Lusail|riyals?|QAR"),
    ("SR", "SAR", r"Saudi\w*|Riyadh|Jeddah|Dammam|riyals?|SAR"),
    ("Dh", "AED", r"UAE|Emirat\w*|Dubai|Abu Dhabi|Sharjah|dirhams?|AED"),
    ("Dhs", "AED", r"UAE|Emirat\w*|Dubai|Abu Dhabi|Sharjah|dirhams?|AED"),
    ("AMD", "AMD", r"Armenia\w*|Yerevan|Gyumri|Vanadzor|drams?"),
    ("GEL", "GEL", r"Georgian|Tbilisi|Batumi|lari"),
    ("BOB", "BOB", r"Bolivia\w*|La Paz|Santa Cruz|Cochabamba|bolivianos?"),
    ("MOP", "MOP", r"Maca[ou]\w*|patacas?"),
    ("TOP", "TOP", r"Tonga\w*|Nuku'alofa|pa'anga"),
    ("ALL", "ALL", r"Albania\w*|Tirana|leks?"),
    ("CVE", "CVE", r"Cabo Verde\w*|Cape Verde\w*|Praia|escudos?"),
    ("BAM", "BAM", r"Bosnia\w*|Sarajevo|Banja Luka|convertible marks?"),
    ("TMT", "TMT", r"Turkmen\w*|Ashgabat|manats?"),
    ("ERN", "ERN", r"Eritrea\w*|Asmara|nakfa"),
    ("SOS", "SOS", r"Somali\w*|Mogadishu"),
    # "E33.1 billion": the lilangeni; "KM 2.3 billion", "1,421 KM": Bosnia's convertible mark
    ("E", "SZL", r"Eswatini|Swazi\w*|Mbabane|Manzini|emalangeni|lilangeni"),
    ("KM", "BAM", r"Bosnia\w*|Sarajevo|Banja Luka|Mostar|Tuzla|Republika Srpska|convertible marks?"),
]
#: the prefixes above (money only in a document that names their country), and those written only against the digits
#: ("R26.31", never "R 26"); the others may take a space ("NIS 4,815 million")
CUED_PREFIXES = tuple(dict.fromkeys(p for p, _, _ in _LETTER_PREFIXES))
ATTACHED_ONLY = frozenset({"R", "N", "P", "K", "Sh", "Shs", "E"})
# Currency names shared by several countries: the one the document speaks of most wins.
_SHARED_NAMES: dict[str, list[tuple[str, str]]] = {
    "dirham": [("AED", r"Emirat\w*|UAE|Dubai|Abu Dhabi|AED"), ("MAD", r"Morocc\w*|Rabat|Casablanca|Marrakech|MAD")],
    "crown": [("NOK", r"Norw\w*|Oslo|NOK"), ("SEK", r"Swed\w*|Stockholm|SEK"), ("DKK", r"Denmark|Danish|Copenhagen|Greenland\w*|Nuuk|Faroe\w*|DKK"),
              ("CZK", r"Czech\w*|Prague|CZK"), ("ISK", r"Iceland\w*|Reykjavik|ISK")],
    # "kroner": Norway's, or Denmark's (also Greenland's and the Faroes') where the text speaks of them
    "krone": [("NOK", r"Norw\w*|Oslo|NOK"), ("DKK", r"Denmark|Danish|Copenhagen|Greenland\w*|Nuuk|Faroe\w*|Tórshavn|DKK")],
    "peso": [("MXN", r"Mexic\w*|MXN|Banxico"), ("ARS", r"Argentin\w*|Buenos Aires|ARS"),
             ("COP", r"Colombi\w*|Bogot\w*|Medell\w*n|COP"), ("CLP", r"Chile\w*|Santiago|CLP"),
             ("PHP", r"Philippin\w*|Filipino\w*|Manila|PHP"), ("UYU", r"Urugua\w*|Montevideo|UYU"),
             ("DOP", r"Dominican|Santo Domingo|DOP")],
    "rupee": [("INR", r"India\w*|New Delhi|Delhi|Mumbai|Bengaluru|Chennai|Kolkata|INR"),
              ("PKR", r"Pakistan\w*|Karachi|Lahore|Islamabad|Punjab|Sindh|PKR"),
              ("LKR", r"Sri Lanka\w*|Colombo|LKR"), ("NPR", r"Nepal\w*|Kathmandu|NPR"),
              ("MUR", r"Mauriti\w*|Port Louis|MUR")],
    # "francs": Swiss, CFA (West and Central Africa), Rwandan, Burundian, Congolese, Guinean, Djiboutian
    "franc": [("CHF", r"Swiss|Switzerland|Zurich|Geneva|Bern|Basel|Lausanne|CHF"),
              ("XOF", r"Senegal\w*|Dakar|Ivor\w*|Côte d'Ivoire|Abidjan|Mali\b|Malian|Bamako|Burkina\w*|Ouagadougou|"
                      r"Niger\b|Nigerien|Niamey|Togo\w*|Lomé|Benin\w*|Cotonou|Guinea-Bissau|Bissau|XOF|UEMOA|BCEAO"),
              ("XAF", r"Cameroon\w*|Douala|Yaoundé|Gabon\w*|Libreville|Chad\w*|N'Djamena|Central African|Bangui|"
                      r"Brazzaville|Equatorial Guinea|Malabo|XAF|CEMAC|BEAC"),
              ("RWF", r"Rwand\w*|Kigali|RWF"), ("BIF", r"Burundi\w*|Bujumbura|Gitega|BIF"),
              ("CDF", r"Kinshasa|Lubumbashi|DR Congo|Democratic Republic of (?:the )?Congo|CDF"),
              ("GNF", r"Guinean|Conakry|GNF"), ("DJF", r"Djibouti\w*|DJF")],
    "b$": [("BND", r"Brunei\w*|Bandar Seri Begawan|BND"), ("BSD", r"Bahamas|Bahamian|Nassau|BSD")],
    # "rubles": Russia's, or Belarus's where the text speaks of Belarus
    "ruble": [("RUB", r"Russia\w*|Moscow|Kremlin|RUB"), ("BYN", r"Belarus\w*|Minsk|Belstat|BYN")],
    "shilling": [("KES", r"Kenya\w*|Nairobi|Mombasa|KES"), ("UGX", r"Uganda\w*|Kampala|UGX"),
                 ("TZS", r"Tanzania\w*|Dar es Salaam|Dodoma|Zanzibar|TZS"), ("SOS", r"Somali\w*|Mogadishu|SOS")],
}
# and the ones CLDR adds ("dinar", "kwacha", "riyal", ...), tried only in a text that holds one of their names
# (with the places the letter prefixes above know: "Yerevan-based" names Armenia's drams)
_PLACES = {code: "|".join(w for w in rx.split("|") if w[:1].isupper() and not w.isupper())  # places, not "dinars?"
           for _, code, rx in _LETTER_PREFIXES}
_CLDR_SHARED = {k: [(code, f"{rx}|{_PLACES[code]}" if code in _PLACES else rx) for code, rx in v]
                for k, v in lx.CLDR_SHARED.items() if k not in _SHARED_NAMES}
# "CFA francs": the West or Central African franc by the places the text names (cities too: "Douala", "Lomé")
_CLDR_SHARED["cfa franc"] = [(code, rx) for code, rx in _SHARED_NAMES["franc"] if code in ("XOF", "XAF")]
#: how a text writes each shared name (or the prefix that stands for it): cues are read only where one is written
_SHARED_WRITTEN = {"dirham": ("dirham", "Dh"), "crown": ("crown",), "peso": ("peso",), "rupee": ("rupee", "Rs"),
                   "franc": ("franc",), "b$": ("B$",), "shilling": ("shilling",),
                   "ruble": ("ruble", "rouble"), "krone": ("krone",)}
#: single-letter prefixes against their digits ("R26.31", "E33.1 billion")
_ATTACHED_AT = re.compile(r"\b(" + "|".join(sorted(ATTACHED_ONLY, key=len, reverse=True)) + r")\d")
_SHARED_DEFAULT = {"dirham": "AED", "peso": "MXN", "rupee": "INR", "shilling": "KES", "franc": "CHF", "b$": "BND",
                   "ruble": "RUB", "krone": "NOK"}
# "riyals" with no country named: the Saudi riyal, as before CLDR names; "CFA francs": both are 655.957 to the euro
_CLDR_DEFAULT = {"riyal": "SAR", "cfa franc": "XOF"}
# Sub-units: a hundredth of the currency the document uses ("412 cents", "18 sen", "12.5p").
_SUBUNIT_OF = {"sen": "MYR", "pence": "GBP", "p": "GBP", "kobo": "NGN", "paise": "INR", "centimes": "CHF", "thebe": "BWP",
               "seniti": "TOP", "toea": "PGK", "tetri": "GEL", "luma": "AMD", "kopecks": "RUB", "kopeks": "RUB",
               "kopiyok": "UAH", "agorot": "ILS", "halalas": "SAR", "satang": "THB", "piastres": "EGP", "tiyn": "KZT",
               "haléřů": "CZK", "groszy": "PLN", "fillér": "HUF", "ngwee": "ZMW", "tambala": "MWK"}

_CENT_CURRENCIES = [("ZAR", r"\b(?:rand|South Africa\w*|ZAR)\b|\bR\d"), ("EUR", r"€|\beuros?\b|\bEUR\b"),
                    ("AUD", r"A\$|\bAustralia\w*"), ("CAD", r"C\$|\bCanad\w*"), ("KES", r"\bKenya\w*|KSh")]


@dataclass(frozen=True)
class Local:
    """Resolved meanings of the ambiguous currency tokens in one document."""

    dollar: str = "USD"
    yen: str = "JPY"
    letters: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=lambda: dict(_SHARED_DEFAULT))
    cent: str = "USD"
    #: the document's text, for the shared CLDR names ("dinars"), resolved only when one follows a number
    text: str = field(default="", repr=False, compare=False)
    _cldr: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)

    def shared(self, name: str) -> str | None:
        """The currency a shared CLDR name ("dinar") means in this document, or None when it names no country."""
        if name not in self._cldr:
            found = _most(self.text, _CLDR_SHARED[name]) if name in _CLDR_SHARED else None
            self._cldr[name] = found or _CLDR_DEFAULT.get(name)
        return self._cldr[name]

    def subunit(self, word: str) -> str | None:
        """The currency a sub-unit word divides, or None."""
        w = word.lower()
        if w in ("cent", "cents", "c"):
            return self.cent
        return _SUBUNIT_OF.get(w if word != "P" else "")


def currency_context(text: str) -> tuple[str, str]:
    """What bare ``$`` and ``¥`` mean in this text.

    ``$`` is USD unless the text names exactly one local dollar (HK$, S$, A$,
    C$, NZ$, NT$) and never the US dollar. ``¥`` is CNY when the text speaks of
    China (yuan, RMB, Chinese places) more than of Japan, else JPY.
    """
    dollar = "USD"
    if not _US_DOLLAR.search(text):
        local = [code for rx, code in _LOCAL_DOLLARS if rx.search(text)]
        if len(local) == 1:
            dollar = local[0]
        elif not local and "$" in text:
            dollar = _home_dollar(text) or dollar
    china = len(_CHINA_WORDS.findall(text))
    japan = len(_JAPAN_WORDS.findall(text))
    return dollar, ("CNY" if china > japan else "JPY")


def _home_dollar(text: str) -> str | None:
    """The dollar of the one dollar country a text speaks of, when it names no other country: a bare "$" there is
    the local dollar (not in "Vietnam's FDI ... Singapore invested $10.21 billion", which names Vietnam)."""
    homes = [(code, country) for rx, code, country in _DOLLAR_COUNTRIES if rx.search(text)]
    if len(homes) != 1:
        return None
    code, country = homes[0]
    return code if countries_named(text) <= {country} else None


# The cue patterns, compiled once; each skips at once a text that holds none of its words.
_US_DOLLAR, _CHINA_WORDS, _JAPAN_WORDS = Cued(lx.US_DOLLAR), Cued(lx.CHINA_WORDS), Cued(lx.JAPAN_WORDS)
_LOCAL_DOLLARS = [(Cued(rx), code) for rx, code in lx.LOCAL_DOLLARS]
_DOLLAR_COUNTRIES = [(Cued(r"\b(?:" + rx + r")\b"), code, country) for rx, code, country in lx.DOLLAR_COUNTRIES]
_CUES: dict[str, Cued] = {}


def _cue(pattern: str) -> Cued:
    if pattern not in _CUES:
        _CUES[pattern] = Cued(pattern)
    return _CUES[pattern]


def _most(text: str, options: list[tuple[str, str]]) -> str | None:
    """The option whose places the text names most often; on a tie the one it names first ("Tunisia received ...,
    with Algerians and Libyans making up nearly half": Tunisian dinars)."""
    best: tuple[int, int] = (0, 0)
    code = None
    for option, rx in options:
        cue = _cue(rf"\b(?:{rx})\b")
        found = cue.search(text)
        if found is None:
            continue
        score = (len(cue.findall(text)), -found.start())
        if score > best:
            best, code = score, option
    return code


def local_currencies(text: str) -> Local:
    """The :class:`Local` reading of currency tokens for a document's text."""
    dollar, yen = currency_context(text)
    letters: dict[str, str] = {}
    attached = {m.group(1) for m in _ATTACHED_AT.finditer(text)}
    for letter in dict.fromkeys(p for p, _, _ in _LETTER_PREFIXES):
        if letter not in text or letter in ATTACHED_ONLY and letter not in attached:
            continue  # ("NIS", "QR", ...: only where written; "R", "E", ...: only against digits, "R26.31")
        code = _most(text, [(c, rx) for p, c, rx in _LETTER_PREFIXES if p == letter])
        if code:
            letters[letter] = code
    names = dict(_SHARED_DEFAULT)
    low = text.lower()
    for name, options in _SHARED_NAMES.items():
        if not any(word in (text if word[:1].isupper() else low) for word in _SHARED_WRITTEN[name]):
            continue  # a name the text never writes keeps its default, unread
        code = _most(text, options)
        if code:
            names[name] = code
    cent = dollar
    if dollar == "USD" and not _US_DOLLAR.search(text):
        cent = next((code for code, rx in _CENT_CURRENCIES if _cue(rx).search(text)), "USD")
    return Local(dollar, yen, letters, names, cent, text)
