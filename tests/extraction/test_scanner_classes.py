"""Classes of quantities the scanner reads (issue #3): one test per class, on real-style sentences.

Each case asserts the exact surface, value (and value_max) and unit, so a
regression in span or normalization fails here before it shows in the corpus score.
"""

from __future__ import annotations

import pytest

from claimcheck import api
from claimcheck.extraction.currency import local_currencies
from claimcheck.extraction.scanner import scan
from claimcheck.extraction.times import find_times


def read(text: str) -> list[tuple]:
    masked = [(t.start, t.end) for t in find_times(text)]
    found = [m for m in scan(text, masked=masked, local=local_currencies(text)) if m.kind != "time_ref"]
    return [(text[m.start:m.end], m.kind, m.value, m.value_max, m.unit, m.qualifier) for m in found]


def one(text: str, surface: str) -> tuple:
    hits = [c for c in read(text) if c[0] == surface]
    assert hits, f"{surface!r} not read in {text!r}: {read(text)}"
    return hits[0]


def reads_as(text: str, surface: str, kind: str, value: float, unit: str | None) -> None:
    """``surface`` is read from ``text`` with this kind, value and unit."""
    _, got_kind, got, _, got_unit, _ = one(text, surface)
    assert (got_kind, got_unit) == (kind, unit) and got == pytest.approx(value)


@pytest.mark.parametrize("text, surface, value, unit", [
    ("South African petrol hit R26.31 a litre in July.", "R26.31", 26.31, "ZAR"),
    ("Eskom will spend R20 billion on transmission lines in South Africa.", "R20 billion", 2e10, "ZAR"),
    ("Lagos paid N2.4 billion to Nigerian property owners.", "N2.4 billion", 2.4e9, "NGN"),
    ("Nairobi will spend Sh35 billion on homes, Kenya's housing ministry said.", "Sh35 billion", 3.5e10, "KES"),
    ("Petra Palm reported net profit of RM1.02 billion.", "RM1.02 billion", 1.02e9, "MYR"),
    ("The budget projects revenue of GH¢224.8 billion.", "GH¢224.8 billion", 2.248e11, "GHS"),
    # any active ISO 4217 code, before or after the number
    ("Kazakhstan allocated KZT 350 billion to road repairs.", "KZT 350 billion", 3.5e11, "KZT"),
    ("Morocco's tourism receipts reached 104.7 billion MAD.", "104.7 billion MAD", 1.047e11, "MAD"),
    ("Lima approved a PEN 1.2 billion metro extension.", "PEN 1.2 billion", 1.2e9, "PEN"),
    ("Fiji's tourism earned F$2.9 billion last year.", "F$2.9 billion", 2.9e9, "FJD"),
    ("The Kingston firm made J$4 billion.", "J$4 billion", 4e9, "JMD"),
    # "Rs" and "rupees" follow the country the document speaks of
    ("Pakistan's flood losses reached Rs70 billion, Islamabad said.", "Rs70 billion", 7e10, "PKR"),
    ("Colombo port earned Rs 300 billion for Sri Lanka.", "Rs 300 billion", 3e11, "LKR"),
    ("Pakistan's farmers lost 3 billion rupees.", "3 billion rupees", 3e9, "PKR"),
    ("The state will spend Rs 4,000 crore.", "Rs 4,000 crore", 4e10, "INR"),  # no country: the Indian rupee
    # a cent named with its currency
    ("The Fiji dollar fell to 74 US cents.", "74 US cents", 0.74, "USD"),
    ("A tram ticket costs 90 euro cents.", "90 euro cents", 0.9, "EUR"),
    # "P" is the pula in a text about Botswana and the peso in one about the Philippines; elsewhere no money
    ("Debswana's sales to Gaborone traders reached P3.1 billion.", "P3.1 billion", 3.1e9, "BWP"),
    ("The brewer paid a dividend of 45 thebe, Botswana's exchange said.", "45 thebe", 0.45, "BWP"),
    ("Manila's metro rail budget is P12.5 billion.", "P12.5 billion", 1.25e10, "PHP"),
    ("Remittances to Tonga reached 520 million pa'anga.", "520 million pa'anga", 5.2e8, "TOP"),
    ("Port Moresby's budget is 2.1 billion kina.", "2.1 billion kina", 2.1e9, "PGK"),
    # every active currency by its CLDR name, with or without the country adjective
    ("Budapest will spend 48 billion forints on trams.", "48 billion forints", 4.8e10, "HUF"),
    ("The fund holds 2.3 trillion Kazakhstani tenge.", "2.3 trillion Kazakhstani tenge", 2.3e12, "KZT"),
    ("Kyiv raised 40 billion hryvnias in bonds.", "40 billion hryvnias", 4e10, "UAH"),
    ("Tbilisi's budget is 1.6 billion lari.", "1.6 billion lari", 1.6e9, "GEL"),
    ("The coffee harvest earned 90 million quetzales.", "90 million quetzales", 9e7, "GTQ"),
    # plurals CLDR does not give
    ("Maseru's water project will cost 2.2 billion maloti.", "2.2 billion maloti", 2.2e9, "LSL"),
    ("The port concession brought in 6 billion meticais.", "6 billion meticais", 6e9, "MZN"),
    # a bare name several countries share follows the country the text names; none named, no money
    ("Jordan will spend 300 million dinars on water.", "300 million dinars", 3e8, "JOD"),
    ("Kuwait's surplus reached 6.3 billion dinars.", "6.3 billion dinars", 6.3e9, "KWD"),
    # named as often as another country's people: the country named first
    ("Tunisia's tourism receipts, with Algerians and Libyans the top visitors, rose to 7.3 billion dinars.",
     "7.3 billion dinars", 7.3e9, "TND"),
    ("Zambia's maize subsidy costs 4 billion kwacha.", "4 billion kwacha", 4e9, "ZMW"),
    ("Qatar's budget surplus was 44 billion riyals.", "44 billion riyals", 4.4e10, "QAR"),
    ("Romania's deficit was 40 billion lei.", "40 billion lei", 4e10, "RON"),
    # codes that are also words or acronyms, where the text names the country
    ("Tel Aviv's Tavor Foods reported revenue of NIS 4,815 million.", "NIS 4,815 million", 4.815e9, "ILS"),
    ("Yerevan's Hrazdan Bank earned AMD 28.6 billion.", "AMD 28.6 billion", 2.86e10, "AMD"),
    ("Doha's port earned QR3.8bn.", "QR3.8bn", 3.8e9, "QAR"),
    ("Kuwait's Gulf Cable earned KD 38 million.", "KD 38 million", 3.8e7, "KWD"),
    ("Manama's port handled cargo worth BD16.9 billion.", "BD16.9 billion", 1.69e10, "BHD"),
    ("Muscat's airport spent RO 1.2 billion.", "RO 1.2 billion", 1.2e9, "OMR"),
    # ISO codes written against the digits
    ("Vestas took orders worth EUR12m.", "EUR12m", 1.2e7, "EUR"),
    # more prefixes and names the country cues: the lilangeni, the convertible mark (also after the number),
    # the Tanzanian and Ugandan shillings, the Uzbek soum
    ("Eswatini's budget is E33.1 billion.", "E33.1 billion", 3.31e10, "SZL"),
    # CFA francs before the number; bare francs follow the country; small economies' dollars
    ("Togo's cement maker earned CFA 96.4 billion.", "CFA 96.4 billion", 9.64e10, "XOF"),
    ("Douala's port earned CFA 48 billion.", "CFA 48 billion", 4.8e10, "XAF"),
    ("Kigali will spend 50 billion francs on roads.", "50 billion francs", 5e10, "RWF"),
    ("Zurich's canton paid 3 francs a share.", "3 francs", 3, "CHF"),
    ("Brunei's Damuan Offshore earned B$412.6 million.", "B$412.6 million", 4.126e8, "BND"),
    ("Nassau's cruise port earned B$40 million.", "B$40 million", 4e7, "BSD"),
    ("Guyana's budget is G$1.382 trillion.", "G$1.382 trillion", 1.382e12, "GYD"),
    ("Tonga's damage came to T$427 million.", "T$427 million", 4.27e8, "TOP"),
    ("Bosnia's average net wage was 1,421 KM in May.", "1,421 KM", 1421, "BAM"),
    ("Sarajevo borrowed KM 2.3 billion.", "KM 2.3 billion", 2.3e9, "BAM"),
    ("A bag of maize in Dodoma costs TSh 31,000.", "TSh 31,000", 31000, "TZS"),
    ("In Kampala a boda ride costs 7,800 shillings.", "7,800 shillings", 7800, "UGX"),
    ("Uganda's minister read a Shs72.1 trillion budget on Thursday.", "Shs72.1 trillion", 7.21e13, "UGX"),
    ("Nairobi's fare rose to 120 shillings.", "120 shillings", 120, "KES"),
    ("Uzbekistan's budget is 1,455 trillion soums.", "1,455 trillion soums", 1.455e15, "UZS"),
    ("The miner raised USD3.2bn.", "USD3.2bn", 3.2e9, "USD"),
    ("Qurain grew its top line to KWD468m.", "KWD468m", 4.68e8, "KWD"),
    # letter prefixes where the country is named, symbols, sub-units
    ("Maize in Lilongwe sells at K950 a kilogram.", "K950", 950, "MWK"),
    ("Lusaka's council borrowed K2.4 billion.", "K2.4 billion", 2.4e9, "ZMW"),
    ("Amman's water utility owes JD 14 million.", "JD 14 million", 1.4e7, "JOD"),
    ("A bus fare in Panama City is B/.0.25.", "B/.0.25", 0.25, "PAB"),
    ("The San José budget is ₡412,000 million.", "₡412,000 million", 4.12e11, "CRC"),
    ("Bridgetown spent BDS$15 million on roads.", "BDS$15 million", 1.5e7, "BBD"),
    ("A tram ticket in Brno costs 25 Kč.", "25 Kč", 25, "CZK"),
    ("Bread in Tbilisi rose by 20 tetri.", "20 tetri", 0.2, "GEL"),
    ("Cameroon's ports earned 48 billion CFA francs.", "48 billion CFA francs", 4.8e10, "XAF"),
    ("The Santo Domingo metro extension will cost RD$12 billion.", "RD$12 billion", 1.2e10, "DOP"),
])
def test_currency_prefixes_codes_names_and_sub_units(text, surface, value, unit):
    reads_as(text, surface, "money", value, unit)


@pytest.mark.parametrize("text", [
    "Sales were 3 mad months for the team.",          # codes are upper-case only: "mad" is a word
    "The ALL 5 package and the TOP 10 list.",          # codes that are common upper-case words are left out
    "The council paid 5 million dinars.",  # which dinar: no country named
    "He poured two drams of whisky.",  # a dram of whisky outside Armenia
    "AMD sold 4 million chips and the NIS 2 directive covers 18 sectors.",
    "About 1.2 million Afghanis live in Iran.",
    "Malawi's climbers reached the K2 summit.",  # a mountain, not kwacha
    "The E45 motorway in Bosnia runs 150 KM long past Sarajevo.",  # a road's name and length, not money
    "The BD2 protein and the RO 5 filter were tested in KD 3 samples.",  # no Bahrain, Oman or Kuwait named
])
def test_words_codes_and_shared_names_without_their_country_are_not_money(text):
    assert not [c for c in read(text) if c[1] == "money"]


@pytest.mark.parametrize("text, surfaces", [
    ("Canon's EOS R5 and the N95 mask both sold out.", []),
    ("The R5 camera costs $3,899.", ["$3,899"]),
])
def test_single_letter_prefixes_need_the_currency_in_the_document(text, surfaces):
    assert [c[0] for c in read(text)] == surfaces


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Thamesgate cut its dividend to 12.5p a share.", "12.5p", 0.125, "GBP"),
    ("Petra Palm Bhd declared a final dividend of 18 sen per share in Kuala Lumpur.", "18 sen", 0.18, "MYR"),
    ("Shoprite, which reports in rand, declared a dividend of 412 cents a share.", "412 cents", 4.12, "ZAR"),
    ("A stamp in Ohio costs 73 cents.", "73 cents", 0.73, "USD"),
])
def test_currency_subunits_are_hundredths(text, surface, value, unit):
    reads_as(text, surface, "money", value, unit)


@pytest.mark.parametrize("text, surface, unit", [
    ("Morocco's tourism receipts reached 104.7 billion dirhams, Rabat said.", "104.7 billion dirhams", "MAD"),
    ("Emirates reported a profit of 10.6 billion dirhams in Dubai.", "10.6 billion dirhams", "AED"),
    ("Norway's wealth fund earned 2.22 trillion crowns.", "2.22 trillion crowns", "NOK"),
    ("Sweden's Riksbank holds 400 billion crowns in reserves.", "400 billion crowns", "SEK"),
    ("A 100 billion franc liquidity line backed the deal.", "100 billion franc", "CHF"),
    # rubles: Russia's, or Belarus's where the text speaks of Belarus
    ("Belarusians earn an average of 1,437 rubles a month, Belstat says.", "1,437 rubles", "BYN"),
    ("Russia's budget deficit reached 3.3 trillion roubles in 2023.", "3.3 trillion roubles", "RUB"),
    ("Gazprom paid 1.2 trillion rubles in tax.", "1.2 trillion rubles", "RUB"),
    # kroner: Norway's, or Denmark's (and Greenland's) where the text speaks of them
    ("Greenland sold 5,900 million kroner of goods abroad in 2023.", "5,900 million kroner", "DKK"),
    ("Danish wind turbine maker Vestas earned 1.1 billion kroner.", "1.1 billion kroner", "DKK"),
    ("Nordhav Seafood's revenue was 7.4 billion kroner in 2022.", "7.4 billion kroner", "NOK"),
])
def test_shared_currency_names_follow_the_document(text, surface, unit):
    assert one(text, surface)[4] == unit


def test_crowns_without_a_country_are_not_money():
    assert not [c for c in read("The jeweller set 40 crowns on the shelf.") if c[1] == "money"]


def test_clock_minutes_are_not_counts():
    assert read("The shop opened at 8:00 GMT and the summit began at 10:00 local time.") == []


@pytest.mark.parametrize("text, surface, kind, value, unit", [
    ("Nine in 10 of the founders said fundraising got harder.", "Nine in 10", "ratio", 0.9, None),
    ("Three in four Japanese companies plan to raise wages.", "Three in four", "ratio", 0.75, None),
    ("One in five adults in England now vapes.", "One in five", "ratio", 0.2, None),
    ("A third said they had cut staff.", "A third", "ratio", 1 / 3, None),
    ("The peso lost more than half of its value in a day.", "half", "ratio", 0.5, None),
    ("UBS paid less than half its market value.", "half", "ratio", 0.5, None),
    ("Roughly a third of it goes on electric vehicles.", "a third", "ratio", 1 / 3, None),
    ("Two-thirds of voters backed the plan.", "Two-thirds", "ratio", 2 / 3, None),
    ("The Riksbank cut rates by a quarter of a percentage point.", "a quarter of a percentage point",
     "percentage_points", 0.25, "pp"),
    ("The group cut its outlook by half a percentage point.", "half a percentage point", "percentage_points", 0.5, "pp"),
    ("Nvidia's value hit $3 trillion, tripling in a year.", "tripling", "multiplier", 3, "x"),
    ("Attacks forced carriers to reroute, roughly halving transits.", "halving", "multiplier", 0.5, "x"),
])
def test_spelled_ratios_fractions_and_multipliers(text, surface, kind, value, unit):
    reads_as(text, surface, kind, value, unit)


@pytest.mark.parametrize("text", [
    "Visitor arrivals in the first half of 2024 were strong.",
    "She won a third term in 2019 and a third consecutive title.",
    "The drive takes an hour and a half.",
    "He scored 5 in 2019 and won two in five years.",
])
def test_fractions_and_ratios_that_are_not_shares(text):
    assert not [c for c in read(text) if c[1] == "ratio"]


@pytest.mark.parametrize("text", [
    "Riksbank made its first cut in eight years.",
    "Core inflation was the lowest in nearly two years.",
    "Capacity has more than doubled in nine years.",
    "Ottawa will spend C$2.4 billion over five years.",
    "It was the largest contract in its 120-year history; oil hit a 40-year high.",
    "The rate for persons aged 15 years and above fell.",
])
def test_durations_that_locate_a_change_are_time_references(text):
    assert not [c for c in read(text) if c[4] == "year"]


@pytest.mark.parametrize("text, surface, value", [
    ("The overnight train from Bangkok took 13 hours.", "13 hours", 13),
    ("Construction took over five years.", "five years", 5),
    ("The scheme lasts 26 weeks.", "26 weeks", 26),
])
def test_measured_durations_stay_claims(text, surface, value):
    _, kind, got, _, unit, _ = one(text, surface)
    assert kind == "quantity" and got == value and unit in ("hour", "year", "week")


@pytest.mark.parametrize("text, surface, value, value_max, unit", [
    ("Series A rounds of Rs 40-60 crore barely make the news.", "Rs 40-60 crore", 4e8, 6e8, "INR"),
    ("The deal is worth $3-4bn, people familiar said.", "$3-4bn", 3e9, 4e9, "USD"),
    ("A bowl of pho runs 50,000 to 60,000 dong.", "50,000 to 60,000 dong", 5e4, 6e4, "VND"),
    ("The railcard pays for itself after two or three trips.", "two or three", 2, 3, None),
])
def test_ranges_with_the_unit_on_one_end(text, surface, value, value_max, unit):
    _, _, got, got_max, got_unit, qualifier = one(text, surface)
    assert (got, got_max, got_unit, qualifier) == (pytest.approx(value), pytest.approx(value_max), unit, "range")


@pytest.mark.parametrize("text, surfaces", [
    ("China's population fell by 850,000 to 1.41 billion in 2022.", ["850,000", "1.41 billion"]),
    ("Wisła grew its space by 180,000 square metres to 1.1 million square metres.",
     ["180,000 square metres", "1.1 million square metres"]),
    ("He was 5 or 50 years from retirement, 2 or 30 of them said.", ["5", "50 years", "2", "30"]),
])
def test_changes_and_far_apart_alternatives_are_not_ranges(text, surfaces):
    assert [c[0] for c in read(text)] == surfaces


@pytest.mark.parametrize("text, surface, qualifier", [
    ("Airlines pay when flights are delayed by three hours or more.", "three hours", "at_least"),
    ("About a quarter expect pay rises of 5% or more.", "5%", "at_least"),
    ("The chain now runs 2,000-plus stores.", "2,000", "more_than"),
    ("Classes of 20 or fewer pupils are rare.", "20", "at_most"),
    ("The death toll in Turkey passed 42,000.", "42,000", "more_than"),
])
def test_bounds_written_after_or_as_a_verb(text, surface, qualifier):
    assert one(text, surface)[5] == qualifier


@pytest.mark.parametrize("text", [
    "The Three Gorges Dam is on the Yangtze.",
    "The S&P 500 rose, and the Fortune 500 companies gained.",
    "A retiree in Osaka won the Loto 7 draw.",
    "The regulator grounded the airline's Airbus A320 NEO 5 fleet.",
    "The hearing is in the Council Chambers at 210 Main Street.",
    "Its new office at 14 Harbour View Road opens on Monday.",
    "The company wants to be one of the top 10 employers in the region.",
    "Nearly 30% of people are now 65 or older.",
    "Eskom moved to stage 6 load-shedding; see clause 4.2 and version 2.0 of the app.",
    "Call the helpline, 1800-11-4000, or file under Rule 3(1)(b).",
    "Call before noon to book. 2. Bring a printout.",
    "Workers on zero-hours contracts are covered.",
    # an age group, a number to dial, a kind of thing
    "Vaccination rates for children under five are rising.",
    "For tickets, call 13 14 50 or dial 112 in an emergency.",
    "A two-bedroom flat near the station costs more than a three-star hotel room.",
    "Sales of three-wheelers in Dhaka are booming.",
    # an age set off after a name, an age reached, an age band, a model's variant
    "Former president John Mahama, 66, will be sworn in on January 7.",
    "Koshien Stadium, which turned 100 this summer, was full.",
    "Boeing 787-9 services from Madrid began in June.",
])
def test_names_ranks_ages_sections_and_codes_are_not_claims(text):
    assert [c for c in read(text) if c[1] != "percent"] == []


@pytest.mark.parametrize("text, surface", [
    ("Aurora Airways will retire its last 14 jumbo jets.", "14"),
    ("Three in four firms plan raises.", "Three in four"),
    ("The plant is busy, its boss said. Twelve were hired in May.", "Twelve"),
])
def test_counts_next_to_names_and_capitals_stay(text, surface):
    assert one(text, surface)


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Beer sales volume fell 3.5% to 5.4 million hectolitres.", "5.4 million hectolitres", 5.4e6, "hectoliter"),
    ("The tank holds 450 US gallons of water.", "450 US gallons", 450, "gallon"),
    ("A pub sells 2 imperial gallons of cider an hour.", "2 imperial gallons", 2, "imperial_gallon"),
    ("The mine produced 1.2 million troy ounces of gold.", "1.2 million troy ounces", 1.2e6, "troy_ounce"),
    ("A record temperature of 40.3C was set at Coningsby.", "40.3C", 40.3, "degC"),
    ("Phoenix hit 118 degrees Fahrenheit on Tuesday.", "118 degrees Fahrenheit", 118, "degF"),
    ("Water boils at 100 °C at sea level.", "100 °C", 100, "degC"),
    ("At 5,895 m, Kilimanjaro is Africa's highest peak.", "5,895 m", 5895, "meter"),
    ("Tshwane lost 4.2 megalitres of water a day.", "4.2 megalitres", 4.2, "megaliter"),
    ("The server holds 24 TB of data.", "24 TB", 24, "terabyte**1"),  # (TB before "cases" is tuberculosis: below)
])
def test_unit_qualifiers_temperatures_and_spaced_metres(text, surface, value, unit):
    reads_as(text, surface, "quantity", value, unit)


@pytest.mark.parametrize("text", [
    "Under Section 80C, taxpayers can claim deductions.",
    "The 5C bus leaves from stop F.",
    "Sales of 40 m were flat.",
])
def test_letters_that_are_not_units(text):
    assert not [c for c in read(text) if c[1] == "quantity"]


def test_temperatures_normalize_by_value_not_by_factor():
    from claimcheck.normalize.units import is_offset, to_si

    assert is_offset("degC") and not is_offset("meter")
    assert to_si(40.3, "degC") == (pytest.approx(313.45), "K")
    assert to_si(212, "degF") == (pytest.approx(373.15), "K")


@pytest.mark.parametrize("text, surface, kind, value, unit", [
    ("The hospital has one hundred and sixteen beds.", "one hundred and sixteen", "count", 116, None),
    ("Between five and six people applied.", "five and six", "count", 5, None),
    ("The walk is two and a half miles.", "two and a half miles", "quantity", 2.5, "mile**1"),
    ("Apple was worth $2.174T at the close.", "$2.174T", "money", 2.174e12, "USD"),
    ("The fine was 10 000 dollars.", "10 000 dollars", "money", 1e4, "USD"),
    ("Output fell minus five percent.", "five percent", "percent", -5, "%"),
    ("A coffee in Rome costs 2 € at the bar.", "2 €", "money", 2, "EUR"),
    ("Yields rose .5% to a record.", ".5%", "percent", 0.5, "%"),
    ("The car hit 188 miles an hour on the straight.", "188 miles an hour", "quantity", 188, "mile**1/hour"),
    ("Neutrinos beat light by a factor of 2.48×10−5 in the test.", "2.48×10−5", "count", 2.48e-5, None),
])
def test_number_forms_from_peer_suites(text, surface, kind, value, unit):
    reads_as(text, surface, kind, value, unit)


@pytest.mark.parametrize("text", [
    "It is a 21st-century problem.",
    "I'll be out 2015-3 and back in 1995-01.",
    "See https://doi.org/issn%280024%2D9114%29 for the paper.",
    "He ran 5 km an hour later.",
])
def test_ordinals_year_months_and_urls_are_not_quantities(text):
    assert [c for c in read(text) if c[0] != "5 km"] == []


def test_a_quantity_in_quotes_is_named_not_stated():
    text = "The chain, known for its '100 yen' shops, said profit rose to ¥18.6 billion."
    assert [c[0] for c in read(text)] == ["¥18.6 billion"]


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The site covers 4km^2 of wetland.", "4km^2", 4, "(kilometre**1)**2"),
    ("The lake holds 4 km cubed of water.", "4 km cubed", 4, "(kilometre**1)**3"),
    ("L2 is 930,000 mi from Earth.", "930,000 mi", 930000, "mile"),
    ("I want 3 to 4 L of wine.", "3 to 4 L", 3, "liter"),
    ("The dog weighs 25lbs.", "25lbs", 25, "pound"),
    ("The panels produced 50 Wh today.", "50 Wh", 50, "Wh"),
])
def test_unit_symbols_and_powers(text, surface, value, unit):
    reads_as(text, surface, "quantity", value, unit)


def test_a_wage_per_hour_after_a_slash():
    text = "I would do it, but only for $15.4/hour."
    (m,) = scan(text, local=local_currencies(text))
    assert (text[m.start:m.end], m.value, m.unit, m.per) == ("$15.4/hour", 15.4, "USD", "hour")


def test_quoted_speech_is_still_a_number():
    assert one('I told him: "one hundred and two" at the time.', "one hundred and two")[2] == 102


@pytest.mark.parametrize("text, surface, kind, value, unit", [
    ("Some half a million people fled the city.", "half a million", "count", 5e5, None),
    ("It costs a quarter million US dollars.", "a quarter million US dollars", "money", 2.5e5, "USD"),
    ("The deposit was 10 Turkish lira.", "10 Turkish lira", "money", 10, "TRY"),
])
def test_fractions_of_a_scale_and_named_currencies(text, surface, kind, value, unit):
    reads_as(text, surface, kind, value, unit)


@pytest.mark.parametrize("text, surface, kind, unit, per", [
    ("The platform handles 4 million orders a day.", "4 million", "count", None, "day"),
    ("The plant makes 1,200 cars a week.", "1,200", "count", None, "week"),
    ("The supercomputer does 1.27 quadrillion calculations per second.", "1.27 quadrillion", "quantity", "1/second", None),
    # the oil trade's barrels a day
    ("Output averaged 238,000 b/d last year.", "238,000 b/d", "quantity", "oil_barrel", "day"),
    ("Kazakhstan pumped 1.8 million bpd in March.", "1.8 million bpd", "quantity", "oil_barrel", "day"),
])
def test_counts_per_day_stay_counts_and_per_second_is_a_frequency(text, surface, kind, unit, per):
    (m,) = [m for m in scan(text) if text[m.start:m.end] == surface]
    assert (m.kind, m.unit, m.per) == (kind, unit, per)


# ---- peer-suite forms that news and reports also use (issue #3): fractions, abbreviations, shared units
def reads_si(text: str, surface: str, kind: str, value: float, unit: str | None) -> None:
    """``surface`` is read from ``text`` as this kind, with this value in claimcheck's SI unit."""
    from claimcheck.normalize.units import to_si

    _, got_kind, got, _, got_unit, _ = one(text, surface)
    if got_unit and kind == "quantity":
        got, got_unit = to_si(got, got_unit)
    assert (got_kind, got_unit) == (kind, unit) and got == pytest.approx(value)


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The replacement bolts are 2 1/2 inches long.", "2 1/2 inches", 0.0635, "m"),
    ("Crews cut a 3/4 inch groove into the deck.", "3/4 inch", 0.01905, "m"),
    ("Whisk in ½ tsp of baking soda.", "½ tsp", 2.46446e-6, "m^3"),
    ("The route runs 2¼ miles along the river.", "2¼ miles", 3621.024, "m"),
    ("Stir ⅓ cup of stock into the rice.", "⅓ cup", 7.88627e-5, "m^3"),
    ("Homes within one-half mile of the spill were evacuated.", "one-half mile", 804.672, "m"),
    ("The plate was 1/8 in thick, and it buckled.", "1/8 in", 0.003175, "m"),
])
def test_digit_unicode_and_word_fractions_with_a_unit(text, surface, value, unit):
    reads_si(text, surface, "quantity", value, unit)


@pytest.mark.parametrize("text, surface, value", [
    ("Roughly 1/5 of the harvest was lost to frost.", "1/5", 0.2),
    ("The tariff covers 2/3 of imports by value.", "2/3", 2 / 3),
    ("Output was three halves of the 2019 level.", "three halves", 1.5),
])
def test_digit_fractions_of_a_whole_and_three_halves_are_ratios(text, surface, value):
    reads_as(text, surface, "ratio", value, None)


@pytest.mark.parametrize("text", [
    "The final ended 3/4 after extra time, and the helpline runs 24/7.",   # a score and a schedule
    "Kick-off was on 1/4, a week after the draw.",                          # a date
    "The two halves of the match could not have been more different.",     # parts, not 1.0
])
def test_bare_slash_numbers_and_whole_halves_are_not_fractions(text):
    assert [c for c in read(text) if c[1] in ("ratio", "quantity")] == []


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The hallway is 36 in wide and the door 80 in tall.", "36 in", 0.9144, "m"),
    ("The height of the new kerb is 6 in.", "6 in", 0.1524, "m"),
    ("Engineers fitted a 300 mm pipe.", "300 mm", 0.3, "m"),
    ("Each 75ml tube retails in pharmacies.", "75ml", 7.5e-5, "m^3"),
    ("The phone weighs 185 g.", "185 g", 0.185, "kg"),
    ("The wall stands 12 ft high.", "12 ft", 3.6576, "m"),
    ("The update is a 350 MB download.", "350 MB", 3.5e8, "B"),
    ("The cache holds 64 MiB.", "64 MiB", 67108864, "B"),
    ("Each dose contains 250 µg of the vitamin.", "250 µg", 2.5e-7, "kg"),
    ("Infants need 400 mcg a day.", "400 mcg", 4e-7, "kg"),
    ("The crane is 48m high.", "48m", 48, "m"),
    # gas volumes: billion and million cubic metres
    ("Gas deliveries to Europe totalled 14.6 bcm last year.", "14.6 bcm", 1.46e10, "m^3"),
    ("The reservoir released 320 mcm of water in July.", "320 mcm", 3.2e8, "m^3"),
])
def test_unit_abbreviations_after_a_number(text, surface, value, unit):
    reads_si(text, surface, "quantity", value, unit)


@pytest.mark.parametrize("text, surface, kind", [
    ("The side scored 2 in the first half.", "2", "count"),
    ("They won 3 in high winds.", "3", "count"),
    ("The queue was long: it grew to 300 in.", "300", "count"),    # no size is spoken of
    ("Viewers hit 2.1m, up from 1.8m.", "2.1m", "count"),          # attached "m" is a million
])
def test_in_and_m_stay_plain_where_no_length_reads(text, surface, kind):
    assert one(text, surface)[1] == kind


@pytest.mark.parametrize("text", [
    "5G phones and the G7 summit were on the FT front page.",
    "The bus leaves at 2.15 pm and the ferry at 7.5 am.",     # clock times, not picometres or counts
    "The walls will stand for several hundred years.",         # vague, not 100 years
])
def test_codes_clock_times_and_vague_hundreds_are_not_quantities(text):
    assert read(text) == []


@pytest.mark.parametrize("text, surface, value, value_max, unit", [
    ("The agency plans a 6- to 8-meter mirror.", "6- to 8-meter", 6, 8, "m"),
    ("Plans call for 5- to 7-kilometre trails.", "5- to 7-kilometre", 5000, 7000, "m"),
    ("Night temperatures ranged from -18 °C to -34 °C.", "-18 °C to -34 °C", 239.15, 255.15, "K"),
])
def test_hyphenated_and_ranged_ranges_carry_the_unit(text, surface, value, value_max, unit):
    from claimcheck.normalize.units import to_si

    _, kind, lo, hi, got_unit, qualifier = one(text, surface)
    assert (kind, qualifier) == ("quantity", "range")
    assert to_si(lo, got_unit) == (pytest.approx(value), unit) and to_si(hi, got_unit) == (pytest.approx(value_max), unit)


def test_a_change_from_one_amount_to_another_stays_two_claims():
    assert [c[0] for c in read("The dose was cut from 44 mg to 30 mg.")] == ["44 mg", "30 mg"]


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Volunteers received 45 and 50 mg doses.", "45", 4.5e-5, "kg"),
    ("The pups weigh 5 or 6 kg at birth.", "5", 5, "kg"),
])
def test_a_unit_shared_by_two_numbers(text, surface, value, unit):
    reads_si(text, surface, "quantity", value, unit)


def test_a_shared_unit_needs_the_numbers_joined():
    assert one("The trial enrolled 45 people and gave 50 mg doses.", "45")[1] == "count"


@pytest.mark.parametrize("text, surface, per", [
    ("Gallium rose to $680 per kg last year.", "$680", "kg"),
    ("Lithium fell to $13,500 per tonne.", "$13,500", "tonne"),
    ("Brent settled at $82/bbl on Friday.", "$82/bbl", "barrel"),
    ("Wholesale power cost €95/MWh in March.", "€95/MWh", "MWh"),
])
def test_money_per_unit_of_measure_stays_money_with_a_per(text, surface, per):
    (m,) = [m for m in scan(text, local=local_currencies(text)) if text[m.start:m.end] == surface]
    assert (m.kind, m.per) == ("money", per)


@pytest.mark.parametrize("text, surface, value", [
    ("The census counted three million, two hundred & forty households.", "three million, two hundred & forty", 3000240),
    ("The fund paid five thousand, two hundred and six claims.", "five thousand, two hundred and six", 5206),
    ("Three million, two of them children, fled the floods.", "Three million", 3e6),
])
def test_compound_number_words_with_a_comma_after_a_scale(text, surface, value):
    reads_as(text, surface, "count", value, None)


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Crews repaved a mile of the highway.", "a mile", 1609.344, "m"),
    ("Police seized a kilogram of heroin.", "a kilogram", 1, "kg"),
    ("A kibibyte is 1,024 bytes.", "A kibibyte", 1024, "B"),
    ("The new bridge spans one mile of open water.", "one mile", 1609.344, "m"),
    ("The probe was cooled close to absolute zero.", "absolute zero", 0, "K"),
])
def test_one_unit_stated_and_absolute_zero(text, surface, value, unit):
    reads_si(text, surface, "quantity", value, unit)


@pytest.mark.parametrize("text", [
    "A litre of petrol costs R26 in Durban.",
    "The price of a barrel of Brent rose on Monday.",
    "The school is a mile away from the new road.",      # "a mile away" locates, it states no amount
])
def test_the_unit_of_a_price_or_a_distance_away_is_not_a_quantity(text):
    assert [c for c in read(text) if c[1] == "quantity"] == []


def test_zloty_with_its_polish_letters_is_money():
    reads_as("The bypass cost 410 million złoty.", "410 million złoty", "money", 410e6, "PLN")


# ---- forms quantulum3's own suite reads and claimcheck did not (issue #3): own sentences, one test per fix
@pytest.mark.parametrize("text, surface, value, per", [
    ("The terminal shipped 412,000 t of iron ore in March.", "412,000 t", 412000, None),
    ("Engineers brought in a 250t crane for the bridge deck.", "250t", 250, None),
    ("The smelter can process 3,800 t a day.", "3,800 t", 3800, "day"),
])
def test_a_lower_case_t_after_a_number_is_a_tonne(text, surface, value, per):
    reads_si(text, surface, "quantity", value * 1000, "kg")
    assert [m.per for m in scan(text) if text[m.start:m.end] == surface] == [per]


@pytest.mark.parametrize("text", [
    "Volunteers handed out 40 t-shirts at the finish line.",   # a letter that starts a word
    "The index rose 3 T in a day.",                             # upper-case T is no tonne
])
def test_letters_that_start_a_word_or_a_capital_t_are_not_tonnes(text):
    assert [c for c in read(text) if c[1] == "quantity"] == []


@pytest.mark.parametrize("text, surface, value", [
    ("Every customer got a baker's dozen of bagels.", "a baker's dozen", 13),
    ("The caterer delivered two baker’s dozens on Friday.", "two baker’s dozens", 26),
    ("The school ordered a gross of pencils for the term.", "a gross", 144),
    ("Stationers still sell pens by the gross: three gross of them cost less.", "three gross", 432),
    ("A square dozen is the same as a gross.", "A square dozen", 144),
])
def test_counting_words_above_a_dozen(text, surface, value):
    reads_as(text, surface, "count", value, None)


@pytest.mark.parametrize("text", [
    "The judge called it a gross abuse of power.",
    "Gross margin narrowed as gross sales slowed.",
])
def test_gross_as_an_adjective_is_not_a_count(text):
    assert read(text) == []


@pytest.mark.parametrize("text, surfaces", [
    ("The filing listed 318 47 shares held by directors.", []),            # neither "318" nor "47" is safe
    ("In 2021 48 schools closed for a week.", ["48"]),                     # a year before a count is not a group
    ("The hall seats 12 500 people.", ["12 500"]),                         # a space as thousands separator
    ("The pipe is 2 1/2 in thick, and rusted.", ["2 1/2 in"]),             # a whole number and a fraction
])
def test_digit_runs_split_by_a_space_that_are_no_thousands_group(text, surfaces):
    assert [c[0] for c in read(text)] == surfaces


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The collider delivered 30 fb−1 to each experiment this year.", "30 fb−1", 3e44, "1/m^2"),
    ("The catalyst's turnover frequency was 450 s−1 at room temperature.", "450 s−1", 450, "1/s"),
    ("Each site fires 8 s⁻¹ when stimulated.", "8 s⁻¹", 8, "1/s"),
    ("Neurons fired at 6 s-1.", "6 s-1", 6, "1/s"),
])
def test_a_negative_exponent_on_a_unit_inverts_it(text, surface, value, unit):
    reads_si(text, surface, "quantity", value, unit)


@pytest.mark.parametrize("text, surfaces", [
    ("Solar input averages 340 W m−2 over the globe.", ["340"]),          # the "2" of "m−2" is an exponent, not a count
    ("Bags of 10 kg-2 kg were handed out.", ["10 kg"]),                    # a hyphen, a digit and a unit: no exponent
])
def test_exponents_are_not_counts_and_ranges_are_not_exponents(text, surfaces):
    assert [c[0] for c in read(text)] == surfaces


@pytest.mark.parametrize("text, surface, value", [
    ("The fibre plan promises 900 Mbps to every home.", "900 Mbps", 1.125e8),
    ("Rural lines still run at 30 mbps.", "30 mbps", 3.75e6),
    ("The undersea cable carries 2.4 Gbit/s per pair.", "2.4 Gbit/s", 3e8),
    ("The backbone was upgraded to 100 Gb/s.", "100 Gb/s", 1.25e10),
    ("The new drive writes 550 MB/s.", "550 MB/s", 5.5e8),
])
def test_data_rates_are_bytes_per_second(text, surface, value):
    reads_si(text, surface, "quantity", value, "B/s")


def test_bits_and_bytes_have_their_own_dimension():
    from claimcheck.normalize.units import to_si

    assert to_si(16, "bit") == (2.0, "B")
    assert to_si(3, "radian") == (3.0, "rad")  # a pure number is no longer taken for bytes


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The climber is 5 ft 9 in tall.", "5 ft 9 in", 1.7526, "m"),
    ("The hedge grew to six feet four inches.", "six feet four inches", 1.9304, "m"),
    ("The newborn weighed 8 lb 2 oz at the hospital.", "8 lb 2 oz", 3.685438, "kg"),
])
def test_imperial_measures_in_two_units_are_one_quantity(text, surface, value, unit):
    reads_si(text, surface, "quantity", value, unit)


def test_a_second_number_that_is_no_part_of_a_compound_stays_apart():
    assert [c[0] for c in read("The beam is 9 feet 15 inches thick.")] == ["9 feet", "15 inches"]


@pytest.mark.parametrize("text, surface, kind, value, unit", [
    ("The parcel weighs three pounds and the stamp costs two pounds.", "three pounds", "quantity", 1.360777, "kg"),
    ("The parcel weighs three pounds and the stamp costs two pounds.", "two pounds", "money", 2, "GBP"),
    ("Customs officers seized 40 pounds of heroin at Dover.", "40 pounds", "quantity", 18.143695, "kg"),
    ("The charity raised 3 million pounds of donations.", "3 million pounds", "money", 3e6, "GBP"),
    ("The new laptop is two pounds lighter than the old one.", "two pounds", "quantity", 0.907185, "kg"),
    ("A pint in the village pub costs four pounds.", "four pounds", "money", 4, "GBP"),
    ("She shed 30 pounds before the race; the club lost 30 million pounds.", "30 million pounds", "money", 3e7, "GBP"),
])
def test_pounds_weigh_or_pay_by_their_context(text, surface, kind, value, unit):
    reads_si(text, surface, kind, value, unit)


def test_a_number_after_a_plus_inside_a_catalogue_name_is_no_claim():
    text = "Astronomers timed the pulsar PSR B1913+16 and the cluster MACS J0717.5+3745 for 30 years."
    assert [c[0] for c in read(text)] == ["30 years"]


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The warehouse floor is 18450m2 in all.", "18450m2", 18450, "m^2"),
    ("The digester produces 900m3 of biogas a day.", "900m3", 900, "m^3"),
    ("Each graft covers 6 cm² of skin.", "6 cm²", 6e-4, "m^2"),
    ("The bus lane limit is 40kmph.", "40kmph", 40 / 3.6, "m/s"),
    ("Trucks must keep to 80 kmh on the bridge.", "80 kmh", 80 / 3.6, "m/s"),
])
def test_attached_area_and_volume_symbols_and_kmph(text, surface, value, unit):
    reads_si(text, surface, "quantity", value, unit)


def test_an_upper_case_m3_is_a_name_and_an_attached_m_still_a_million():
    text = "Dealers sold 4 M3 saloons and the show drew 1.8m viewers."
    assert [(c[0], c[1]) for c in read(text)] == [("4", "count"), ("1.8m", "count")]


@pytest.mark.parametrize("text", [
    "The weight of debt: borrowing hit 30 billion pounds.",              # a weight word in another clause
    "Brexit worries weighed on the market, which lost 30 million pounds.",  # "weighed on" is no weighing
])
def test_a_weight_word_outside_the_clause_or_a_figure_of_speech_leaves_pounds_money(text):
    assert [c[1:5:3] for c in read(text)] == [("money", "GBP")]


def test_a_weight_in_pounds_and_ounces_is_one_quantity():
    reads_si("The foal weighed 62 pounds 8 ounces at birth.", "62 pounds 8 ounces", "quantity", 28.349523, "kg")


@pytest.mark.parametrize("text, unit", [
    ("Argentina's minimum wage rose to 234,315 pesos in March.", "ARS"),
    ("In Colombia the subsidy is 1.3 million pesos a year.", "COP"),
    ("Manila raised the daily minimum wage to 645 pesos.", "PHP"),
    ("The fee is 500 pesos.", "MXN"),  # no country named: the Mexican peso, the most quoted
    ("A ticket to Machu Picchu costs 152 soles.", "PEN"),
    ("Fiji plans to spend FJ$2.4 billion on roads.", "FJD"),
])
def test_pesos_follow_the_country_the_text_names(text, unit):
    (claim,) = [c for c in api.extract(text, published="2024-04-01", fast=True) if c.kind == "money"]
    assert claim.unit == unit


@pytest.mark.parametrize("text, surface, value, value_max, unit", [
    # both ends scaled: only the unit is shared, not the scale again
    ("Port Hedland shipped 250 million to 262 million tonnes of ore.", "250 million to 262 million tonnes", 2.5e11, 2.62e11, "kg"),
    ("The plant will cost 250 million to 262 million dollars.", "250 million to 262 million dollars", 2.5e8, 2.62e8, "USD"),
    # the first end whole as written, the second scaled
    ("Harvests of 900,000 to 1.2 million tonnes are expected.", "900,000 to 1.2 million tonnes", 9e8, 1.2e9, "kg"),
    # the scale on the second end only applies to both
    ("Harvests of 5-7 million tonnes are expected.", "5-7 million tonnes", 5e9, 7e9, "kg"),
])
def test_ranges_scale_each_end_once(text, surface, value, value_max, unit):
    from claimcheck.normalize.units import to_si

    _, _, low, high, got_unit, qualifier = one(text, surface)
    if got_unit != unit:
        (low, si), (high, _) = to_si(low, got_unit), to_si(high, got_unit)
        got_unit = si
    assert (low, high, got_unit, qualifier) == (pytest.approx(value), pytest.approx(value_max), unit, "range")


@pytest.mark.parametrize("text, surface, value", [
    ("Cashew exports rose fifteenfold in a decade.", "fifteenfold", 15),
    ("The index is up a hundredfold since 1990.", "hundredfold", 100),
    ("Sales grew tenfold.", "tenfold", 10),
])
def test_fold_words_are_multipliers(text, surface, value):
    reads_as(text, surface, "multiplier", value, "x")


@pytest.mark.parametrize("text, surface, seconds", [
    ("He won the stage in 7 minutes 29 seconds.", "7 minutes 29 seconds", 449),
    ("She finished in 2 hours, 1 minute and 9 seconds.", "2 hours, 1 minute and 9 seconds", 7269),
    ("The flight took 2 hrs 5 mins.", "2 hrs 5 mins", 7500),
])
def test_times_written_in_several_units_are_one_duration(text, surface, seconds):
    reads_si(text, surface, "quantity", seconds, "s")


def test_a_lone_p_is_no_money_without_its_country():
    from claimcheck.extraction.scanner import scan

    assert not [m for m in scan("The P5 powers met in Geneva with P2 delegates.") if m.kind == "money"]


@pytest.mark.parametrize("text, surface, low, high", [
    # "by 10 to 15 per cent": the range of a change, not a change of 10 to a level of 15%
    ("The harvest could shrink by 10 to 15 per cent this year.", "10 to 15 per cent", 10, 15),
])
def test_a_change_by_a_range_of_percentages(text, surface, low, high):
    from claimcheck.extraction.scanner import scan

    (m,) = [m for m in scan(text) if text[m.start:m.end] == surface]
    assert (m.value, m.value_max, m.qualifier) == (low, high, "range")


def test_a_change_by_an_amount_to_a_level_stays_two_claims():
    from claimcheck.extraction.scanner import scan

    text = "Output fell by 850,000 to 1.41 billion, and costs fell by 40 to 120 million."
    assert [text[m.start:m.end] for m in scan(text)] == ["850,000", "1.41 billion", "40", "120 million"]


def test_a_league_is_a_competition_not_a_unit_of_length():
    reads_as("Al-Hilal won all 34 league games in 2023-24.", "34", "count", 34, None)


@pytest.mark.parametrize("text, surface, per", [
    ("El Salvador recorded 154 homicides in 2023, a rate of 2.4 per 100,000 inhabitants.", "2.4", "100,000 people"),
    ("Infant mortality was 56 deaths for every 1,000 live births.", "56", "1,000 births"),
])
def test_a_rate_per_so_many_people_keeps_its_denominator_apart(text, surface, per):
    from claimcheck import api

    claims = api.extract(text, published="2024-01-03")
    assert [c.per for c in claims if c.surface == surface] == [per]
    assert not [c for c in claims if c.surface in ("100,000", "1,000")]  # the denominator is no claim


def test_tb_before_cases_is_tuberculosis_not_terabytes():
    reads_as("Eswatini notified 2,715 TB cases in 2023.", "2,715", "count", 2715, None)


@pytest.mark.parametrize("text, surface, unit", [
    # a bare "$" in a text about one dollar country alone is that country's dollar
    ("New Zealand's prison population reached 10,084. The government has set aside $1.9 billion for 810 beds at "
     "Waikeria Prison in the Waikato.", "$1.9 billion", "NZD"),
    ("Ontario will spend $2 billion on transit in Toronto, the province said.", "$2 billion", "CAD"),
    # ... not when it names another country too, nor when it names the US dollar
    ("Registered FDI in Vietnam totalled $38.23 billion. Singapore was again the largest investor.", "$38.23 billion", "USD"),
    ("Canada exported $400 billion of goods to the United States.", "$400 billion", "USD"),
    ("Australia's exports rose to $410 billion, measured in US dollars.", "$410 billion", "USD"),
])
def test_a_bare_dollar_is_the_local_dollar_of_a_text_about_one_dollar_country(text, surface, unit):
    assert one(text, surface)[4] == unit


@pytest.mark.parametrize("text, surface, kind", [
    # bare "points" are percentage points where a rate is spoken of; an index's points are a count
    ("Among people aged 15 to 24, the rate rose by 0.8 points to 19.0%.", "0.8 points", "percentage_points"),
    ("Labour's lead widened to 12 points, with 45% support.", "12 points", "percentage_points"),
    ("The Nikkei fell 300 points to 38,000.", "300", "count"),
    # an age band is no quantity
    ("The employment rate of 15-64-year-olds was 69.1%.", "69.1%", "percent"),
])
def test_points_of_a_rate_and_age_bands(text, surface, kind):
    assert one(text, surface)[1] == kind
    assert not any(c[0] in ("64-year", "15-64") for c in read(text))
