"""Countries named by their adjective: "Rwandan households" are about Rwanda, "Dutch exports" about the Netherlands."""

from __future__ import annotations

import re
from functools import lru_cache

# adjective -> country, as the text would name the country
COUNTRIES = {
    "afghan": "Afghanistan", "albanian": "Albania", "algerian": "Algeria", "american": "United States",
    "angolan": "Angola", "argentine": "Argentina", "argentinian": "Argentina", "armenian": "Armenia",
    "australian": "Australia", "austrian": "Austria", "azerbaijani": "Azerbaijan", "bangladeshi": "Bangladesh",
    "belarusian": "Belarus", "belgian": "Belgium", "beninese": "Benin", "bolivian": "Bolivia", "bosnian": "Bosnia",
    "botswanan": "Botswana", "brazilian": "Brazil", "british": "United Kingdom", "bulgarian": "Bulgaria",
    "burkinabe": "Burkina Faso", "burmese": "Myanmar", "cambodian": "Cambodia", "cameroonian": "Cameroon",
    "canadian": "Canada", "chilean": "Chile", "chinese": "China", "colombian": "Colombia", "congolese": "Congo",
    "croatian": "Croatia", "cuban": "Cuba", "cypriot": "Cyprus", "czech": "Czech Republic", "danish": "Denmark",
    "dominican": "Dominican Republic", "dutch": "Netherlands", "ecuadorian": "Ecuador", "egyptian": "Egypt",
    "emirati": "United Arab Emirates", "english": "England", "estonian": "Estonia", "ethiopian": "Ethiopia",
    "fijian": "Fiji", "filipino": "Philippines", "finnish": "Finland", "french": "France", "gabonese": "Gabon",
    "georgian": "Georgia", "german": "Germany", "ghanaian": "Ghana", "greek": "Greece", "guatemalan": "Guatemala",
    "honduran": "Honduras", "hungarian": "Hungary", "icelandic": "Iceland", "indian": "India",
    "indonesian": "Indonesia", "iranian": "Iran", "iraqi": "Iraq", "irish": "Ireland", "israeli": "Israel",
    "italian": "Italy", "ivorian": "Ivory Coast", "jamaican": "Jamaica", "japanese": "Japan", "jordanian": "Jordan",
    "kazakh": "Kazakhstan", "kenyan": "Kenya", "korean": "South Korea", "kuwaiti": "Kuwait", "lao": "Laos",
    "latvian": "Latvia", "lebanese": "Lebanon", "libyan": "Libya", "lithuanian": "Lithuania",
    "malagasy": "Madagascar", "malawian": "Malawi", "malaysian": "Malaysia", "malian": "Mali", "maltese": "Malta",
    "mauritian": "Mauritius", "mexican": "Mexico", "moldovan": "Moldova", "mongolian": "Mongolia",
    "moroccan": "Morocco", "mozambican": "Mozambique", "namibian": "Namibia", "nepali": "Nepal", "nepalese": "Nepal",
    "nigerian": "Nigeria", "nigerien": "Niger", "norwegian": "Norway", "omani": "Oman", "pakistani": "Pakistan",
    "panamanian": "Panama", "paraguayan": "Paraguay", "peruvian": "Peru", "philippine": "Philippines",
    "polish": "Poland", "portuguese": "Portugal", "qatari": "Qatar", "romanian": "Romania", "russian": "Russia",
    "rwandan": "Rwanda", "saudi": "Saudi Arabia", "scottish": "Scotland", "senegalese": "Senegal",
    "serbian": "Serbia", "singaporean": "Singapore", "slovak": "Slovakia", "slovenian": "Slovenia",
    "somali": "Somalia", "south african": "South Africa", "south korean": "South Korea", "north korean": "North Korea",
    "south sudanese": "South Sudan", "spanish": "Spain", "sri lankan": "Sri Lanka", "sudanese": "Sudan", "swedish": "Sweden",
    "swiss": "Switzerland", "syrian": "Syria", "taiwanese": "Taiwan", "tajik": "Tajikistan",
    "tanzanian": "Tanzania", "thai": "Thailand", "tunisian": "Tunisia", "turkish": "Turkey", "ugandan": "Uganda",
    "ukrainian": "Ukraine", "uruguayan": "Uruguay", "uzbek": "Uzbekistan", "venezuelan": "Venezuela",
    "vietnamese": "Vietnam", "welsh": "Wales", "yemeni": "Yemen", "zambian": "Zambia", "zimbabwean": "Zimbabwe",
    # smaller countries' adjectives (and the nouns for their people: "New Zealanders")
    "haitian": "Haiti", "guyanese": "Guyana", "salvadoran": "El Salvador", "nicaraguan": "Nicaragua",
    "costa rican": "Costa Rica", "barbadian": "Barbados", "trinidadian": "Trinidad and Tobago", "bahamian": "Bahamas",
    "belizean": "Belize", "surinamese": "Suriname", "eritrean": "Eritrea", "liberian": "Liberia",
    "sierra leonean": "Sierra Leone", "guinean": "Guinea", "papua new guinean": "Papua New Guinea", "togolese": "Togo",
    "chadian": "Chad", "burundian": "Burundi", "gambian": "Gambia", "mauritanian": "Mauritania", "kyrgyz": "Kyrgyzstan",
    "turkmen": "Turkmenistan", "bhutanese": "Bhutan", "maldivian": "Maldives", "bruneian": "Brunei", "swazi": "Eswatini",
    "montenegrin": "Montenegro", "kosovar": "Kosovo", "samoan": "Samoa", "tongan": "Tonga", "bahraini": "Bahrain",
    "cape verdean": "Cabo Verde", "djiboutian": "Djibouti", "seychellois": "Seychelles", "new zealander": "New Zealand",
    "azeri": "Azerbaijan", "laotian": "Laos",
}


#: words that make a demonym a region's: "South American", "Latin American", "East African", "Central Asian"
REGION_WORDS = {"south", "north", "east", "west", "central", "latin", "southern", "northern", "eastern", "western",
                "southeast", "south-east", "northeast", "north-east", "southwest", "south-west", "northwest", "north-west",
                "sub-saharan"}


def region_demonym(before: str, word: str) -> bool:
    """Whether ``before`` makes ``word`` a region's adjective ("South American", "Central Asian"; "North Korean" is
    no South Korean), not a country's ("South African", "South Korean")."""
    return before.lower() in REGION_WORDS and country_of(f"{before} {word}") is None \
        and word[:1].isalpha() and word.lower().endswith(("an", "ese", "ic", "i"))


def country_of(adjective: str) -> str | None:
    """The country an adjective of nationality names ("Rwandan" -> "Rwanda"), or None."""
    return COUNTRIES.get(adjective.lower())


def country_of_people(word: str) -> str | None:
    """The country a plural noun of nationality names, alone or last ("overseas Filipinos" -> "Philippines")."""
    words = word.lower().split()
    low = words[-1] if words else ""  # "overseas Filipinos"
    if not (low.endswith("s") and len(low) > 4):
        return None
    two = " ".join(words[-2:])[:-1] if len(words) > 1 else ""  # "New Zealanders", "South Africans"
    return COUNTRIES.get(two) or COUNTRIES.get(low[:-1])


#: short names writers use for a few countries, as written
SHORT_NAMES = {"U.S.": "U.S.", "US": "US", "USA": "USA", "UK": "UK", "U.K.": "U.K.", "UAE": "UAE", "EU": "EU",
               "NZ": "New Zealand", "Türkiye": "Türkiye", "Turkiye": "Türkiye", "Czechia": "Czechia"}
#: territories whose English name is also a common name elsewhere ("New Jersey", "Georgia" the US state)
_NOT_COUNTRY_NAMES = {"jersey", "guernsey", "isle of man", "christmas island", "norfolk island", "georgia", "world",
                      "europe", "unknown region", "antarctica", "european union", "eurozone", "united nations",
                      "outlying oceania", "sark", "diego garcia", "clipperton island", "bouvet island", "ascension island"}


def _cldr_countries() -> dict[str, str]:
    """Every country and territory by its English CLDR name (through Babel): "Solomon Islands", "Vanuatu"."""
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover - Babel is a dependency
        return {}
    names = {}
    for code, name in Locale("en").territories.items():
        # CLDR's "Trinidad & Tobago", "St. Vincent & Grenadines", as news writes them
        name = name.replace(" & ", " and ").replace(" and Grenadines", " and the Grenadines").replace("’", "'")  # Côte d'Ivoire
        for written in {name, name.replace("St. ", "Saint ")}:
            if len(code) == 2 and code.isalpha() and not any(ch in written for ch in "&()-,") and "SAR" not in written \
                    and written.lower() not in _NOT_COUNTRY_NAMES and len(written.split()) <= 4:
                names[written.lower()] = written
    return names


_NAMES = _cldr_countries() | {name.lower(): name for name in COUNTRIES.values()} | {k.lower(): v for k, v in SHORT_NAMES.items()}


def is_country_name(word: str) -> bool:
    """Whether ``word`` is a country's name as written ("Pakistan", "Fiji"), not an adjective."""
    return word[:1].isupper() and word.lower().replace("’", "'") in _NAMES


def country_in(name: str) -> str | None:
    """The country a body's name holds, as a name or an adjective ("Japan Tourism Agency" -> "Japan",
    "Statistics Norway" -> "Norway", "Brazilian Space Agency" -> "Brazil"), or None."""
    words = name.replace("’", "'").split()
    for n in (3, 2, 1):  # "United Arab Emirates" before "Emirates"
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i:i + n]).strip(",'").removesuffix("'s")
            if phrase.lower() in _NAMES and (n > 1 or phrase[:1].isupper()):
                return _NAMES[phrase.lower()]
            if n == 1 and phrase[:1].isupper() and country_of(phrase):
                return country_of(phrase)
    return None


#: "trinidad" -> ["Trinidad and Tobago"]: the countries whose names join two names with "and"
_JOINED: dict[str, list[str]] = {}
for _name in _NAMES.values():
    if " and " in _name:
        _JOINED.setdefault(_name.split(" and ")[0].lower(), []).append(_name)


def joined_country(name: str, text: str) -> str | None:
    """The country whose name joins ``name`` and another with "and", when ``text`` writes it so ("Trinidad" in a text
    about "Trinidad and Tobago"); None otherwise."""
    return next((full for full in _JOINED.get(name.lower(), ()) if full in text), None)


@lru_cache(maxsize=1)
def _country_words() -> re.Pattern[str]:
    from .lexicon import alternation
    words = {w for w in _NAMES.values() if w[:1].isupper()} | {" ".join(p.capitalize() for p in a.split()) for a in COUNTRIES}
    words |= {w + "s" for w in words if w.endswith("an")}  # "Kenyans", "Canadians"
    return re.compile(r"(?<![\w$])(?:" + alternation(sorted(words)) + r")(?!\w)")


def countries_named(text: str) -> set[str]:
    """The countries a text names, by name or adjective ("Kenyan tea", "the U.S."), as :data:`_NAMES` writes them."""
    return {country for _, country in countries_at(text)}


def countries_at(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """Where ``text[start:end]`` names a country, by name or adjective, and which: (offset in ``text``, country)."""
    found = []
    for m in _country_words().finditer(text, start, len(text) if end is None else end):
        word = m.group(0)
        country = _NAMES.get(word.lower()) or country_of(word) or country_of(word.removesuffix("s"))
        if country:
            found.append((m.start(), country))
    return found


#: a capitalized word after a country's adjective that makes no name of the two ("the Kenyan Government")
_NAME_AFTER = re.compile(r"\s+(?!(?:Government|Parliament|Ministry|Minister|President|Prime|Central|National|Treasury|"
                         r"Senate|Congress|Army|Navy|Police|Embassy|Consulate)\b)[A-Z][^\W\d_]+")


def adjective_in_name(text: str, at: int) -> bool:
    """Whether the country word at ``at`` is an adjective that starts a name ("American Airlines", "British Airways",
    "Swiss Re"): it names a company, not the country."""
    m = _country_words().match(text, at)
    return m is not None and not is_country_name(m.group(0)) and _NAME_AFTER.match(text, m.end()) is not None


#: country -> the adjective a text uses for its people or things ("France" -> "French"); the longest one first, so
#: "South Korea" -> "South Korean", not "Korean"
_ADJECTIVES: dict[str, str] = {}
for _adj, _country in sorted(COUNTRIES.items(), key=lambda kv: -len(kv[0])):
    _ADJECTIVES.setdefault(_country, " ".join(w.capitalize() for w in _adj.split()))
_ADJECTIVES.update({"Britain": "British", "UK": "British", "United States": "US", "US": "US", "U.S.": "US"})


def adjective_of(country: str) -> str | None:
    """How a text writes a country's people or things: "France" -> "French", "South Korea" -> "South Korean"."""
    name = country.removeprefix("the ").strip()
    return _ADJECTIVES.get(name) or _ADJECTIVES.get(_NAMES.get(name.lower(), ""))
