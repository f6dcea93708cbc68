"""Seeded generator of realistic, varied news-style articles for the benchmarks.

    .venv/bin/python benchmarks/generate.py OUTDIR --articles 500 --seed 1
    .venv/bin/python benchmarks/generate.py OUTDIR --size 10MB [--seed 1] [--single]

Articles are built from sentence templates filled with random choices: many
places, countries and companies; money with symbols (``$``, ``€``, ``£``,
``¥``, ``₹``, ``HK$``), ISO codes (``EUR 12m``) and names (``5 billion yuan``),
attached scales (``$3.4m``, ``€2.1bn``), Indian scales (``Rs 450 crore``),
conversions (``5 billion yuan (US$735m)``); percentages, percentage points and
basis points; physical units (square kilometres, MW, GWh, tonnes, hectares,
km/h, cubic metres, barrels per day); dates ("on March 3, 2021", "in the first
quarter of 2020", "last year"); qualifiers ("about", "more than", "up to");
ranges ("between 5 and 7 million", "50-60%"); changes ("from X in 2019 to Y in
2021"); multipliers and ratios ("doubled", "one in five"); and numbers that are
not claims (years, ordinals, 5G, COVID-19, G20, Boeing 737, times of day,
section numbers, phone numbers, version strings). Between them go sentences
without numbers (``PLAIN``: background, quotes, context), about as many as
real-style news has (``benchmarks/density.py``: ~42% of sentences hold a number
there); ``dense=True`` / ``--dense`` leaves them out and gives the earlier,
number-dense corpus (~91% of sentences with a number) byte for byte.

Each article starts with YAML front-matter holding ``published:``; its claims
mostly report on the years before that date. The same ``seed`` always gives
the same articles, and article ``i`` does not depend on how many are asked for.

Library use::

    from benchmarks.generate import generate_articles   # or: sys.path tweak
    for name, text in generate_articles(100, seed=1): ...
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

__all__ = ["generate_articles", "generate_until", "parse_size", "write_articles"]

# ---------------------------------------------------------------- vocabularies
COUNTRIES = [
    ("China", "Chinese", "CNY"), ("India", "Indian", "INR"), ("Kenya", "Kenyan", "KES"), ("Germany", "German", "EUR"),
    ("France", "French", "EUR"), ("Spain", "Spanish", "EUR"), ("Brazil", "Brazilian", "BRL"), ("Japan", "Japanese", "JPY"),
    ("South Korea", "South Korean", "KRW"), ("the United Kingdom", "British", "GBP"), ("Nigeria", "Nigerian", "NGN"),
    ("Vietnam", "Vietnamese", "VND"), ("Poland", "Polish", "PLN"), ("Mexico", "Mexican", "MXN"),
    ("Indonesia", "Indonesian", "IDR"), ("Turkey", "Turkish", "TRY"), ("Singapore", "Singaporean", "SGD"),
    ("Australia", "Australian", "AUD"), ("Canada", "Canadian", "CAD"), ("South Africa", "South African", "ZAR"),
    ("the United States", "American", "USD"), ("Hong Kong", "Hong Kong", "HKD"), ("Sweden", "Swedish", "SEK"),
    ("Thailand", "Thai", "THB"), ("the Philippines", "Philippine", "PHP"), ("Malaysia", "Malaysian", "MYR"),
]
CITIES = {
    "China": ["Shenzhen", "Chengdu", "Wuhan", "Xiamen", "Hangzhou", "Suzhou", "Guangzhou"],
    "India": ["Pune", "Hyderabad", "Coimbatore", "Bengaluru", "Ahmedabad", "Kochi"],
    "Kenya": ["Nairobi", "Mombasa", "Kisumu", "Nakuru"],
    "Germany": ["Leipzig", "Hamburg", "Dresden", "Stuttgart"],
    "France": ["Lyon", "Toulouse", "Nantes", "Lille"],
    "Spain": ["Valencia", "Bilbao", "Seville", "Zaragoza"],
    "Brazil": ["Recife", "Curitiba", "Porto Alegre", "Fortaleza"],
    "Japan": ["Osaka", "Fukuoka", "Sendai", "Nagoya"],
    "South Korea": ["Busan", "Incheon", "Daegu"],
    "the United Kingdom": ["Manchester", "Leeds", "Bristol", "Glasgow"],
    "Nigeria": ["Lagos", "Abuja", "Ibadan", "Kano"],
    "Vietnam": ["Da Nang", "Hai Phong", "Can Tho"],
    "Poland": ["Gdansk", "Wroclaw", "Poznan", "Krakow"],
    "Mexico": ["Oaxaca", "Monterrey", "Guadalajara", "Puebla"],
    "Indonesia": ["Surabaya", "Bandung", "Medan"],
    "Turkey": ["Izmir", "Bursa", "Antalya"],
    "Singapore": ["Jurong", "Tampines", "Woodlands"],
    "Australia": ["Perth", "Adelaide", "Brisbane"],
    "Canada": ["Calgary", "Winnipeg", "Halifax"],
    "South Africa": ["Durban", "Pretoria", "Port Elizabeth"],
    "the United States": ["Austin", "Denver", "Pittsburgh", "Raleigh"],
    "Hong Kong": ["Kowloon", "Sha Tin", "Tsuen Wan"],
    "Sweden": ["Malmo", "Gothenburg", "Uppsala"],
    "Thailand": ["Chiang Mai", "Khon Kaen", "Phuket"],
    "the Philippines": ["Cebu", "Davao", "Iloilo"],
    "Malaysia": ["Penang", "Johor Bahru", "Kuching"],
}
COMPANY_STEMS = ["Nordwind", "Huaxin", "Sunbridge", "Kappa", "Meridian", "Tata Ridge", "Orion", "Baobab", "Lumen",
                 "Ferro", "Vantage", "Greenfield", "Solara", "Pacifica", "Atlas", "Kestrel", "Helios", "Zenith",
                 "Marlow", "Tiber", "Cobalt", "Quanta", "Redwood", "Silverline", "Yangtze", "Andes", "Delta Bay"]
COMPANY_SUFFIXES = ["Holdings", "Group", "Energy", "Logistics", "Motors", "Semiconductor", "Bank", "Telecom",
                    "Pharma", "Steel", "Airlines", "Foods", "Technologies", "Power", "Mining", "Insurance"]
SOURCES = ["the statistics bureau", "the city government", "officials", "the chamber of commerce", "analysts",
           "the development commission", "a report released on Monday", "the mayor's office", "the central bank",
           "the finance ministry", "an industry association", "a company filing", "Reuters"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTHS_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SECTORS = ["manufacturing", "tourism", "logistics", "software", "agriculture", "construction", "retail",
           "renewable energy", "mining", "textiles", "financial services", "biotech"]
PERSON_FIRST = ["Amina", "Li", "Rahul", "Sofia", "Jonas", "Thabo", "Mei", "Carlos", "Aylin", "Kenji", "Grace", "Olu"]
PERSON_LAST = ["Okafor", "Zhang", "Mehta", "Garcia", "Weber", "Nkosi", "Tanaka", "Silva", "Yilmaz", "Nguyen", "Kowalski"]
ROLES = ["chief executive", "finance minister", "mayor", "economist", "spokesperson", "analyst", "director"]

# (symbol written before the number, ISO code, name written after, units per USD roughly)
CURRENCIES = {
    "USD": ("$", "USD", "dollars", 1.0), "CNY": ("¥", "CNY", "yuan", 6.7), "INR": ("₹", "INR", "rupees", 74.0),
    "KES": ("KSh ", "KES", "Kenyan shillings", 110.0), "EUR": ("€", "EUR", "euros", 0.88),
    "BRL": ("R$", "BRL", "reais", 5.2), "JPY": ("¥", "JPY", "yen", 110.0), "KRW": ("₩", "KRW", "won", 1150.0),
    "GBP": ("£", "GBP", "pounds", 0.75), "NGN": ("₦", "NGN", "naira", 410.0), "VND": ("₫", "VND", "dong", 23000.0),
    "PLN": ("zł", "PLN", "zloty", 3.9), "MXN": ("MX$", "MXN", "pesos", 20.0), "IDR": ("Rp", "IDR", "rupiah", 14300.0),
    "TRY": ("₺", "TRY", "lira", 8.5), "SGD": ("S$", "SGD", "Singapore dollars", 1.35),
    "AUD": ("A$", "AUD", "Australian dollars", 1.35), "CAD": ("C$", "CAD", "Canadian dollars", 1.27),
    "ZAR": ("R", "ZAR", "rand", 14.8), "HKD": ("HK$", "HKD", "Hong Kong dollars", 7.8),
    "SEK": ("SEK ", "SEK", "kronor", 8.6), "THB": ("฿", "THB", "baht", 32.0), "PHP": ("₱", "PHP", "pesos", 50.0),
    "MYR": ("RM", "MYR", "ringgit", 4.2),
}
# (surface forms, typical magnitude range, metric phrases)
UNITS = [
    (["square kilometres", "square kilometers", "sq km", "km2"], (0.5, 900), ["area", "land area", "new zone"]),
    (["MW", "megawatts"], (5, 4000), ["installed capacity", "solar capacity", "wind capacity"]),
    (["GW", "gigawatts"], (0.5, 60), ["generating capacity", "grid capacity"]),
    (["GWh", "gigawatt-hours"], (10, 90000), ["electricity consumption", "power output"]),
    (["tonnes", "metric tons"], (1000, 9_000_000), ["steel output", "grain harvest", "cargo throughput", "emissions"]),
    (["hectares", "ha"], (50, 250000), ["farmland", "forest cover", "irrigated land"]),
    (["km", "kilometres", "kilometers"], (3, 2500), ["rail network", "road network", "new metro line"]),
    (["km/h", "kilometres per hour"], (80, 400), ["top speed", "design speed"]),
    (["cubic metres", "cubic meters"], (1000, 50_000_000), ["water supply", "gas output", "reservoir capacity"]),
    (["barrels per day", "barrels a day"], (5000, 900000), ["oil output", "refining capacity"]),
    (["square metres", "sqm"], (500, 400000), ["floor space", "office space", "terminal area"]),
    (["kW", "kilowatts"], (3, 900), ["charging capacity", "rooftop capacity"]),
    (["litres", "liters"], (1000, 2_000_000), ["daily water use", "fuel sales"]),
]
MONEY_METRICS = ["revenue", "net profit", "GDP", "R&D investment", "foreign direct investment", "exports", "imports",
                 "budget", "retail sales", "tax revenue", "capital expenditure", "operating loss", "market value",
                 "infrastructure spending", "venture capital funding", "tourism revenue", "contract value",
                 "loan book", "bond issue", "subsidy programme", "average monthly wage"]
PERCENT_METRICS = ["unemployment rate", "inflation", "GDP growth", "market share", "R&D intensity",
                   "savings rate", "youth unemployment", "share of renewables", "profit margin",
                   "vacancy rate", "internet penetration", "literacy rate", "tax rate"]
COUNT_METRICS = [("people", "population"), ("jobs", "jobs created"), ("visitors", "tourist arrivals"),
                 ("vehicles", "car sales"), ("students", "enrolment"), ("patents", "patent filings"),
                 ("companies", "registered companies"), ("passengers", "passenger traffic"),
                 ("households", "households connected"), ("containers", "container throughput"),
                 ("employees", "headcount"), ("cases", "reported cases"), ("beds", "hospital beds")]
QUALIFIERS = ["about", "around", "nearly", "almost", "more than", "over", "up to", "at least", "less than",
              "roughly", "an estimated", "some", "just over", "close to", "fewer than", "no more than"]
FILLER = [
    "The figures were published alongside a plan to expand transport links across the region.",
    "Local businesses say access to skilled workers remains their main concern.",
    "\u201cWe expect the trend to continue,\u201d a spokesperson told reporters.",
    "The announcement came as neighbouring cities released similar statistics.",
    "Critics argue that the numbers hide large differences between districts.",
    "The government has promised to publish a detailed breakdown later this year.",
    "Several projects were delayed during the COVID-19 pandemic and resumed only recently.",
    "The rollout of 5G networks is expected to speed up the shift, according to operators.",
    "The issue was raised at the G20 summit, where delegates discussed supply chains.",
    "Under Section 4 of the new law, firms must disclose their emissions every year.",
    "Officials met at 10:30 a.m. on Tuesday to discuss the plan, which runs 24/7 once launched.",
    "The airline plans to replace its Boeing 737 fleet and retire two older A320 jets.",
    "Inquiries can be made on +44 20 7946 0958 or through the agency's website.",
    "The software, version 3.8.0, was released to partners for testing.",
    "It was the 3rd time in a decade that the council had revised the plan.",
    "The city ranked 12th in a national survey of business conditions.",
    "Residents of Block 7 and Route 66 said they had not been consulted.",
    "The board will meet again in the second half of the year.",
    "Several Fortune 500 firms have opened regional offices in the area.",
    "The F-35 purchase was discussed separately.",
]

# Sentences without numbers (background, quotes, context), filled from the article's context.
# Real news holds far fewer numbers than the figure sentences above: see ``PLAIN_MIX``.
PLAIN = [
    "{company} has not said how the expansion will be financed.",
    "Officials in {city} described the plan as part of a broader effort to attract investment to the region.",
    "The {sector} sector has long been one of the main employers in {city}, but its share of local output has been shrinking.",
    "\u201cWe are still at the beginning of this process,\u201d said {person}, the {role}, adding that the hard work lay ahead.",
    "{person} said the company would keep its headquarters in {city} despite pressure from investors.",
    "Opposition politicians in {country} have questioned whether the targets can be met without higher taxes.",
    "Residents complained that rents had risen faster than wages and that new housing was going up too slowly.",
    "The proposal still needs the approval of regulators, who have raised concerns about competition.",
    "Analysts said the results were broadly in line with expectations, although demand at home remained weak.",
    "According to {source}, the slowdown reflected weaker orders from abroad rather than problems at home.",
    "The {adj} government has made the {sector} industry a priority in its latest development plan.",
    "Shares of {company} closed slightly higher after the announcement, while the broader market was flat.",
    "The company did not respond to a request for comment.",
    "Many of the new jobs are in small firms that supply larger manufacturers on the outskirts of {city}.",
    "Environmental groups have criticised the project, saying it would damage wetlands near the coast.",
    "{person} told reporters that the board had considered several options before settling on the current plan.",
    "The central bank has signalled that it is in no hurry to change its policy stance.",
    "Economists cautioned that the official figures may be revised once more complete data become available.",
    "A spokesperson for the ministry said the review would be completed before the end of the year.",
    "Business leaders in {city} have called for faster approval of building permits and better public transport.",
    "The deal is expected to close later this year, subject to the usual conditions.",
    "Some of the money will go towards training programmes for workers who lost their jobs in the downturn.",
    "{company} said it would publish more details when it reports its results.",
    "Critics say the incentives mostly benefit large companies that would have invested anyway.",
    "The region has struggled to keep young graduates, many of whom move to the capital or abroad.",
    "Local officials hope the new airport link will make {city} more attractive to foreign visitors.",
    "The plan was drawn up after months of consultation with trade unions and employers.",
    "Supply chain problems and higher energy prices weighed on margins across the {sector} industry.",
    "\u201cThe numbers speak for themselves,\u201d {person} said in a statement, without giving further details.",
    "Neighbouring provinces are competing for the same investors, offering cheap land and tax breaks.",
    "The report did not say how many of the positions would be permanent.",
    "Independent economists have long argued that the official statistics understate the size of the informal economy.",
    "{company} was among the first companies in {country} to adopt the new reporting standards.",
    "The ministry said it was working with banks to make credit easier to obtain for small businesses.",
    "Traffic congestion and air pollution remain serious problems in the city centre.",
    "The project has been delayed several times because of disputes over land and compensation.",
    "Observers said the announcement was timed to coincide with a visit by foreign trade officials.",
    "Workers at the plant staged a brief strike last month over pay and working conditions.",
    "The government also plans to simplify the rules for registering a business and hiring staff.",
    "Investors will be watching closely for signs that consumer spending is picking up again.",
    "{person}, who took over as {role} last spring, has promised to cut costs and sell loss-making units.",
    "Most of the growth came from exports, while domestic demand was subdued.",
    "The authorities have not yet decided whether to extend the programme beyond its current term.",
    "The chamber of commerce welcomed the measures but said they did not go far enough.",
    "Demand for office space in {city} has softened as more companies allow staff to work from home.",
    "The survey was carried out by {source} among companies of all sizes.",
    "Farmers in the surrounding districts say they have seen little of the promised investment.",
    "Tourism operators expect a busy season, helped by new flight connections and a weaker currency.",
    "{company} declined to say whether it was in talks with other potential partners.",
    "The new rules apply to companies listed on the local stock exchange as well as to state-owned firms.",
]
#: Sentences without numbers per paragraph (inclusive range) and the chance of a paragraph holding
#: only such sentences. Measured with ``benchmarks/density.py``: the seeds and the cluster documents
#: (real-style news) hold a number in ~42% of their sentences; figure sentences alone hold one in ~91%.
PLAIN_MIX = ((1, 6), 0.3, (2, 4))


# ---------------------------------------------------------------- formatting helpers
def _num(rng: random.Random, lo: float, hi: float) -> float:
    """A value between lo and hi, log-uniform, so small and large figures both appear."""
    import math

    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def _fmt_plain(rng: random.Random, x: float) -> str:
    """123,456 or 1,234.5 or 12.34 depending on size and chance."""
    if x >= 1000:
        return f"{round(x):,}" if rng.random() < 0.8 else f"{round(x)}"
    if x >= 100:
        return f"{x:.0f}" if rng.random() < 0.7 else f"{x:.1f}"
    if x >= 10:
        return f"{x:.1f}" if rng.random() < 0.7 else f"{x:.0f}"
    return f"{x:.2f}" if rng.random() < 0.5 else f"{x:.1f}"


def _scaled(rng: random.Random, x: float) -> tuple[str, str]:
    """Split x into (number, scale word) like ('3.4', 'million')."""
    for scale, name, short in ((1e12, "trillion", "tn"), (1e9, "billion", "bn"), (1e6, "million", "m"),
                               (1e3, "thousand", "k")):
        if x >= scale:
            v = x / scale
            return (f"{v:.1f}" if v < 100 else f"{v:.0f}"), rng.choice([name] * 3 + [short])
    return _fmt_plain(rng, x), ""


def fmt_money(rng: random.Random, code: str, amount: float) -> str:
    """One written form of ``amount`` in currency ``code`` (symbol, code or name)."""
    sym, iso, name, _ = CURRENCIES[code]
    num, scale = _scaled(rng, amount)
    word_scale = {"tn": "trillion", "bn": "billion", "m": "million", "k": "thousand"}.get(scale, scale)
    style = rng.random()
    if code == "INR" and amount >= 1e7 and style < 0.3:
        crore = amount / 1e7
        return f"{rng.choice(['Rs ', 'Rs. ', '₹'])}{crore:,.0f} crore"
    if code == "USD" and style < 0.15:
        return f"US${num}{scale if len(scale) <= 2 else ' ' + scale}".rstrip()
    if style < 0.45:
        if scale in ("m", "bn", "tn", "k") and sym.strip() in ("$", "€", "£", "US$", "HK$", "S$", "A$", "C$"):
            return f"{sym}{num}{scale}"
        return f"{sym}{num} {word_scale}".rstrip()
    if style < 0.75:
        return f"{num} {word_scale + ' ' if word_scale else ''}{name}"
    return f"{iso} {num} {word_scale}".rstrip()


def fmt_usd_short(rng: random.Random, amount: float) -> str:
    num, scale = _scaled(rng, amount)
    short = {"trillion": "tn", "billion": "bn", "million": "m", "thousand": "k"}.get(scale, scale)
    return rng.choice([f"US${num}{short}", f"US${num} {scale}".rstrip(), f"${num} {scale}".rstrip(),
                       f"about US${num}{short}"])


def fmt_percent(rng: random.Random, x: float) -> str:
    v = f"{x:.1f}" if rng.random() < 0.7 else f"{x:.2f}" if x < 10 else f"{x:.0f}"
    return v + rng.choice(["%", "%", "%", " percent", " per cent"])


def fmt_date(rng: random.Random, year: int) -> str:
    m = rng.randrange(12)
    d = rng.randint(1, 28)
    return rng.choice([f"on {MONTHS[m]} {d}, {year}", f"on {d} {MONTHS[m]} {year}", f"in {MONTHS[m]} {year}",
                       f"in the {rng.choice(['first', 'second', 'third', 'fourth'])} quarter of {year}",
                       f"in {year}", f"by the end of {year}", f"in the first half of {year}",
                       f"in fiscal {year}", f"on {year}-{m + 1:02d}-{d:02d}", f"as of {MONTHS_ABBR[m]} {d}, {year}"])


# ---------------------------------------------------------------- sentence templates
class _Ctx:
    """What one article is about: a place, its country, a company, a year range."""

    def __init__(self, rng: random.Random, published_year: int) -> None:
        self.country, self.adj, self.local = rng.choice(COUNTRIES)
        self.city = rng.choice(CITIES[self.country])
        self.company = f"{rng.choice(COMPANY_STEMS)} {rng.choice(COMPANY_SUFFIXES)}"
        self.pub = published_year
        self.sector = rng.choice(SECTORS)

    def year(self, rng: random.Random) -> int:
        return self.pub - rng.choice((1, 1, 1, 2, 2, 3, 4, 5))

    def place(self, rng: random.Random) -> str:
        return rng.choice([self.city, self.city, self.country, f"{self.city}'s {self.sector} sector"])

    def currency(self, rng: random.Random) -> str:
        return self.local if rng.random() < 0.65 else rng.choice(["USD", "USD", "EUR", "GBP"])


def _cap(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


def s_money(rng: random.Random, c: _Ctx) -> str:
    code = c.currency(rng)
    amount = _num(rng, 1e5, 5e11) * (CURRENCIES[code][3] if code not in ("USD", "EUR", "GBP") else 1.0)
    metric = rng.choice(MONEY_METRICS)
    q = rng.choice(QUALIFIERS) + " " if rng.random() < 0.3 else ""
    who = rng.choice([c.company, c.city, c.country, f"the {c.adj} government"])
    return rng.choice([
        f"{_cap(who)}'s {metric} reached {q}{fmt_money(rng, code, amount)} {fmt_date(rng, c.year(rng))}, {rng.choice(SOURCES)} said.",
        f"{_cap(metric)} at {who} totalled {q}{fmt_money(rng, code, amount)} last year.",
        f"{_cap(who)} reported {metric} of {q}{fmt_money(rng, code, amount)} for {c.year(rng)}.",
        f"The {metric} of {who} came to {q}{fmt_money(rng, code, amount)} {fmt_date(rng, c.year(rng))}.",
    ])


def s_conversion(rng: random.Random, c: _Ctx) -> str:
    code = c.local if c.local != "USD" else rng.choice(["EUR", "GBP", "CNY"])
    usd = _num(rng, 2e6, 8e10)
    local = usd * CURRENCIES[code][3] * rng.uniform(0.97, 1.03)
    metric = rng.choice(MONEY_METRICS)
    return rng.choice([
        f"{_cap(c.company)} will invest {fmt_money(rng, code, local)} ({fmt_usd_short(rng, usd)}) in a new plant in {c.city}.",
        f"The {metric} of {c.city} was {fmt_money(rng, code, local)} ({fmt_usd_short(rng, usd)}) in {c.year(rng)}.",
        f"{_cap(c.country)} approved a {fmt_money(rng, code, local)}, or {fmt_usd_short(rng, usd)}, package for {c.sector}.",
    ])


def s_percent(rng: random.Random, c: _Ctx) -> str:
    metric = rng.choice(PERCENT_METRICS)
    x = _num(rng, 0.3, 60)
    q = rng.choice(QUALIFIERS) + " " if rng.random() < 0.25 else ""
    return rng.choice([
        f"The {metric} in {c.place(rng)} stood at {q}{fmt_percent(rng, x)} in {c.year(rng)}.",
        f"{_cap(c.company)}'s {metric} rose to {fmt_percent(rng, x)} last year, up {rng.uniform(0.1, 4):.1f} percentage points.",
        f"{_cap(metric)} fell by {fmt_percent(rng, x / 5)} year on year {fmt_date(rng, c.year(rng))}, {rng.choice(SOURCES)} said.",
        f"About {fmt_percent(rng, x)} of households in {c.city} now have access to the service.",
        f"The central bank raised rates by {rng.choice([25, 50, 75])} basis points to {fmt_percent(rng, x / 6)}.",
    ])


def s_count(rng: random.Random, c: _Ctx) -> str:
    noun, metric = rng.choice(COUNT_METRICS)
    x = _num(rng, 50, 3e7)
    num, scale = _scaled(rng, x) if x > 1e6 else (f"{round(x):,}", "")
    scale = {"m": "million", "bn": "billion", "k": "thousand", "tn": "trillion"}.get(scale, scale)
    val = f"{num} {scale}".strip()
    q = rng.choice(QUALIFIERS) + " " if rng.random() < 0.35 else ""
    return rng.choice([
        f"{_cap(c.place(rng))} had {q}{val} {noun} at the end of {c.year(rng)}.",
        f"The {metric} in {c.city} reached {q}{val} in {c.year(rng)}, according to {rng.choice(SOURCES)}.",
        f"{_cap(c.company)} said it employs {q}{val} people across {rng.randint(3, 40)} countries.",
        f"{_cap(metric)} grew by {rng.choice(['two', 'three', 'five', 'a dozen', '12', '40'])} percent to {val} last year.",
    ])


def s_unit(rng: random.Random, c: _Ctx) -> str:
    surfaces, (lo, hi), metrics = rng.choice(UNITS)
    unit = rng.choice(surfaces)
    x = _num(rng, lo, hi)
    val = _fmt_plain(rng, x)
    if x > 2e6 and rng.random() < 0.5:
        val = f"{x / 1e6:.1f} million"
    joined = f"{val}{unit}" if unit in ("MW", "GW", "GWh", "kW", "km") and rng.random() < 0.4 and " " not in val else f"{val} {unit}"
    metric = rng.choice(metrics)
    q = rng.choice(QUALIFIERS) + " " if rng.random() < 0.3 else ""
    return rng.choice([
        f"The {metric} of {c.place(rng)} reached {q}{joined} in {c.year(rng)}.",
        f"{_cap(c.company)} said the project would add {q}{joined} of {metric} by {c.pub + rng.randint(1, 6)}.",
        f"{_cap(metric)} in {c.city} covers {q}{joined}, {rng.choice(SOURCES)} said.",
        f"At {joined}, the {metric} is the largest in {c.country}.",
    ])


def s_change(rng: random.Random, c: _Ctx) -> str:
    y1 = c.year(rng) - rng.randint(1, 3)
    y2 = y1 + rng.randint(1, 3)
    kind = rng.random()
    if kind < 0.4:
        metric = rng.choice(PERCENT_METRICS)
        a, b = _num(rng, 0.5, 40), _num(rng, 0.5, 40)
        return (f"The {metric} in {c.place(rng)} {'rose' if b > a else 'fell'} from {fmt_percent(rng, a)} in {y1} "
                f"to {fmt_percent(rng, b)} in {y2}.")
    if kind < 0.7:
        code = c.currency(rng)
        a = _num(rng, 1e6, 1e11) * CURRENCIES[code][3]
        b = a * rng.uniform(0.6, 1.8)
        metric = rng.choice(MONEY_METRICS)
        return (f"{_cap(metric)} at {c.company} {'grew' if b > a else 'shrank'} from {fmt_money(rng, code, a)} in {y1} "
                f"to {fmt_money(rng, code, b)} in {y2}.")
    noun, metric = rng.choice(COUNT_METRICS)
    a = _num(rng, 1000, 5e6)
    b = a * rng.uniform(0.5, 2.5)
    return f"{_cap(metric)} in {c.city} went from {_fmt_plain(rng, a)} in {y1} to {_fmt_plain(rng, b)} in {y2}."


def s_range(rng: random.Random, c: _Ctx) -> str:
    kind = rng.random()
    if kind < 0.3:
        a = rng.randint(2, 9)
        return (f"Analysts expect between {a} and {a + rng.randint(1, 5)} million {rng.choice(COUNT_METRICS)[0]} "
                f"in {c.city} by {c.pub + 2}.")
    if kind < 0.6:
        a = rng.randint(5, 60)
        return f"Growth of {a}-{a + rng.randint(2, 15)}% is forecast for {c.sector} in {c.country}."
    if kind < 0.8:
        a = rng.randint(1, 9)
        return f"{_cap(c.company)} is seeking ${a}-{a + rng.randint(1, 4)}bn for the expansion, people familiar with the matter said."
    a = rng.randint(10, 90)
    return f"Prices are likely to rise by {a} to {a + rng.randint(5, 30)} percent over the next {rng.choice(['two', 'three', '18'])} months."


def s_multiplier(rng: random.Random, c: _Ctx) -> str:
    noun, metric = rng.choice(COUNT_METRICS)
    return rng.choice([
        f"{_cap(metric)} in {c.city} has {rng.choice(['doubled', 'tripled', 'more than doubled', 'halved'])} since {c.year(rng) - 5}.",
        f"{_cap(c.company)}'s sales are now {rng.choice(['three', '2.5', '4', 'ten'])} times what they were in {c.year(rng) - 4}.",
        f"One in {rng.choice(['five', 'four', '10', 'three'])} {noun} in {c.country} is in {c.city}.",
        f"Demand rose {rng.choice(['twofold', 'threefold', 'fivefold'])} over the period.",
    ])


def s_quote(rng: random.Random, c: _Ctx) -> str:
    name = f"{rng.choice(PERSON_FIRST)} {rng.choice(PERSON_LAST)}"
    role = rng.choice(ROLES)
    x = _num(rng, 1, 30)
    return rng.choice([
        f"\u201cWe have created more than {round(_num(rng, 100, 90000)):,} jobs in {rng.choice(['three', 'five', 'two'])} years,\u201d said {name}, the {role}.",
        f"{name}, {rng.randint(31, 68)}, the {role} of {c.company}, said growth could slow to {fmt_percent(rng, x / 4)} next year.",
        f"\u201cThis is the {rng.choice(['first', 'second', '2nd', '4th'])} plant of its kind,\u201d {name} told reporters {fmt_date(rng, c.pub)}.",
    ])


def s_event(rng: random.Random, c: _Ctx) -> str:
    return rng.choice([
        f"{_cap(c.company)} was founded in {rng.randint(1950, c.pub - 2)} and listed in {c.city} {fmt_date(rng, c.year(rng))}.",
        f"The {c.sector} park opened {fmt_date(rng, c.year(rng))} on a {rng.randint(2, 80)}-hectare site.",
        f"The agreement was signed {fmt_date(rng, c.year(rng))} and took effect on {MONTHS[rng.randrange(12)]} 1.",
    ])


TEMPLATES = [(s_money, 5), (s_conversion, 2), (s_percent, 5), (s_count, 4), (s_unit, 4), (s_change, 3),
             (s_range, 2), (s_multiplier, 1), (s_quote, 2), (s_event, 1)]
_FUNCS = [f for f, w in TEMPLATES for _ in range(w)]


def _plain(rng: random.Random, c: _Ctx, deck: list[str]) -> str:
    """A sentence without numbers about the article's place, company or people (none twice in an article
    until all were used: ``deck`` holds the templates not used yet)."""
    if not deck:
        deck.extend(rng.sample(PLAIN, len(PLAIN)))
    return _cap(deck.pop().format(
        city=c.city, country=c.country, adj=c.adj, company=c.company, sector=c.sector,
        person=f"{rng.choice(PERSON_FIRST)} {rng.choice(PERSON_LAST)}", role=rng.choice(ROLES),
        source=rng.choice(SOURCES)))


def _article(index: int, seed: int, dense: bool = False) -> tuple[str, str]:
    rng = random.Random(f"{seed}:{index}")
    pub_year = rng.randint(2012, 2024)
    pub = f"{pub_year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    c = _Ctx(rng, pub_year)
    title = rng.choice([f"{c.city}: {rng.choice(['growth continues', 'a mixed year', 'new figures', 'the numbers behind the boom'])}",
                        f"{c.company} bets big on {c.city}", f"{c.country}'s {c.sector} sector in {pub_year - 1}",
                        f"What the latest data say about {c.city}"])
    # Sentences without numbers come from their own generator, so the figure sentences (drawn from
    # ``rng``) are the same with and without them: ``dense=True`` gives the earlier, number-dense corpus.
    prng = None if dense else random.Random(f"{seed}:{index}:plain")
    deck: list[str] = []
    paragraphs = []
    for _ in range(rng.randint(4, 8)):
        sents = [rng.choice(_FUNCS)(rng, c) for _ in range(rng.randint(2, 4))]
        if rng.random() < 0.5:
            sents.insert(rng.randint(0, len(sents)), rng.choice(FILLER))
        if prng is not None:
            (lo, hi), p_only, (olo, ohi) = PLAIN_MIX
            for _ in range(prng.randint(lo, hi)):
                sents.insert(prng.randint(0, len(sents)), _plain(prng, c, deck))
            if prng.random() < p_only:
                paragraphs.append(" ".join(_plain(prng, c, deck) for _ in range(prng.randint(olo, ohi))))
        paragraphs.append(" ".join(sents))
    slug = re.sub(r"[^a-z0-9]+", "-", c.city.lower()).strip("-")
    front = f"---\npublished: {pub}\ntitle: \"{title}\"\nsource: benchmark generator\n---\n"
    return f"{index:06d}_{slug}.md", front + f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n"


def generate_articles(n: int, seed: int = 1, dense: bool = False) -> list[tuple[str, str]]:
    """``n`` articles as (file name, text with ``published:`` front-matter); deterministic for a seed.

    ``dense=True``: the corpus of sessions 1-6 (no sentences without numbers; ~91% of sentences hold one).
    """
    return [_article(i, seed, dense) for i in range(n)]


def generate_until(total_bytes: int, seed: int = 1, dense: bool = False) -> list[tuple[str, str]]:
    """Articles until their UTF-8 size adds up to at least ``total_bytes``."""
    out, size, i = [], 0, 0
    while size < total_bytes:
        name, text = _article(i, seed, dense)
        out.append((name, text))
        size += len(text.encode())
        i += 1
    return out


def single_document(articles: list[tuple[str, str]]) -> str:
    """All articles as one document: the first front-matter kept, the others' bodies joined."""
    first = articles[0][1]
    fm_end = first.index("\n---\n") + 5
    bodies = [text[text.index("\n---\n") + 5:] for _, text in articles]
    return first[:fm_end] + "\n".join(bodies)


def parse_size(s: str) -> int:
    """'1MB' -> 1_000_000 (decimal units; KB, MB, GB; a bare number is bytes)."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMG]i?B?|B)?\s*", s, re.IGNORECASE)
    if not m:
        raise argparse.ArgumentTypeError(f"bad size {s!r} (try 1MB, 10MB, 500KB)")
    unit = (m.group(2) or "B").upper().rstrip("B").replace("I", "")
    return int(float(m.group(1)) * {"": 1, "K": 1e3, "M": 1e6, "G": 1e9}[unit])


def write_articles(outdir: Path, articles: list[tuple[str, str]], single: bool = False) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    if single:
        path = outdir / "corpus.md"
        path.write_text(single_document(articles), encoding="utf-8")
        return [path]
    paths = []
    for name, text in articles:
        p = outdir / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir", type=Path)
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--articles", type=int, help="number of articles (default 100)")
    group.add_argument("--size", type=parse_size, help="total text size: 1MB, 10MB, 100MB")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--single", action="store_true", help="write one big file (corpus.md) instead of one per article")
    ap.add_argument("--dense", action="store_true", help="the earlier corpus without sentences lacking numbers")
    args = ap.parse_args(argv)
    articles = (generate_until(args.size, args.seed, args.dense) if args.size
                else generate_articles(args.articles or 100, args.seed, args.dense))
    paths = write_articles(args.outdir, articles, args.single)
    total = sum(p.stat().st_size for p in paths)
    words = sum(len(t.split()) for _, t in articles)
    print(f"wrote {len(articles)} articles ({total:,} bytes, {words:,} words) in {len(paths)} file(s) under {args.outdir}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
