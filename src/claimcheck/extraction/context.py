"""Attribute context to a mention: what is measured (metric), about whom (entity), for when (period).

With a parser, the metric comes from the dependency tree: the noun a count
modifies, or the subject of the verb a value attaches to, with its modifiers and
``of``-complements; shares ("4.13% of GDP") name the whole. Without a parser
(blank pipeline, ``--fast``) the metric comes from patterns over the nearby words (``window``).
Every decision is recorded in ``mention.explain``.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import Mention
from . import window
from .entities import (BODY, CLIMB, MEASURE_ACRONYM, SPEECH, TRADE_VERBS, clause_place, common_first_word, continue_subject, entity_of, joining_verb,
                       name_start, people_making_up, phrasal, subject_entity, subject_of)
from .demonyms import adjective_in_name, adjective_of, country_in, country_of, country_of_people, countries_at, is_country_name, joined_country, region_demonym
from .lexicon import NO_SINGULAR, SUFFIX_CURRENCIES, alternation
from .periods import period_of
from .times import TimeExpr
from .units import dimension, length_sense

_DROP_MODIFIERS = {"total", "overall", "whole", "entire", "combined", "cumulative", "aggregate", "new", "about", "estimated",
                   "some", "more", "less", "fewer", "least", "than", "almost", "just", "only", "nearly", "around", "approximately", "roughly", "other",
                   "such", "same", "own", "its", "their", "current", "currently", "latest", "record", "last", "this",
                   "next", "year", "annual", "worth"}

_BUYBACK = re.compile(r"\b(?:buy(?:ing)?\s+back|bought\s+back|buys\s+back|buyback|repurchas\w*)\b", re.IGNORECASE)
_VAGUE_HEADS = {"proportion", "share", "ratio", "figure", "number", "amount", "rate", "percentage", "it", "this",
                "that", "which", "one", "total", "sum", "level", "value", "them", "they", "these", "those", "he", "she",
                "i", "we", "you", "who"}


_NOT_MEASURES = {"year", "month", "quarter", "week", "day", "period", "statement", "report", "time", "total"}

# ("up to 400 million cubic metres" is a ceiling on this value, not the value before it; in "making up 91%" and
# "ended up 4%" the "up" belongs to the verb)
_PARTICLE_VERBS = ("make", "makes", "made", "making", "take", "takes", "took", "taking", "add", "adds", "added", "adding",
                   "end", "ends", "ended", "ending", "sum", "sums", "summed", "set", "sets", "setting", "step", "stepped",
                   "ramp", "ramped", "scale", "scaled", "shore", "shored", "free", "freed")
_COMPARED_VALUE = re.compile("".join(rf"(?<!\b{v} )" for v in _PARTICLE_VERBS) +
                             r"\b(?:up(?!\s+to\b)|down|rising|falling|compared|versus|vs\.?|against|from)\s+(?:with\s+|from\s+|to\s+)?"
                             r"(?:a\s+record\s+|about\s+|around\s+|some\s+|nearly\s+)?$", re.IGNORECASE)

_GDP = re.compile(r"\bgross domestic product\b", re.IGNORECASE)
#: count nouns that measure a good ("bags of maize", "barrels of oil", "head of cattle")
_CONTAINERS = {"bag", "sack", "barrel", "bale", "crate", "carton", "box", "bushel", "head", "cask", "drum", "container",
               "truckload", "cargo", "consignment", "shipment", "tin", "bottle", "case"}
#: verbs whose subject reports a number rather than being what it measures
_WORTH_AFTER = re.compile(r"^\s*(?:of\s+[^\d,.;:()]{1,40}?\s+)?,?\s*(?:which\s+(?:is|was|are|were)\s+)?(?:worth|valued\s+at)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$",
                          re.IGNORECASE)
_MORE_THAN = re.compile(r"\s+(more|less|higher|lower|larger|bigger|smaller|fewer)\s+than\b", re.IGNORECASE)
_REPORTING = SPEECH | {"estimate", "announce", "report", "calculate", "reckon"}
_GENERIC = {"people", "person", "individual", "other"}
#: places people visit, whose counted people are visitors ("the Uffizi Galleries drew 5.3 million people")
_ATTRACTIONS = {"gallery", "galleries", "museum", "park", "zoo", "palace", "castle", "site", "monument", "garden", "gardens",
                "aquarium", "cathedral", "temple", "tower", "acropolis", "library", "reserve", "citadel", "fort",
                "fortress", "ruin", "ruins", "mosque", "church", "basilica", "pyramid", "attraction", "landmark"}
_AUDIENCE = {"visitor", "people", "person", "spectator", "fan", "crowd", "attendee", "guest", "festivalgoer", "racegoer"}
_PLACE_NOUNS = {"country", "city", "region", "island", "town", "province", "state", "nation", "destination", "resort", "park"}
_NEWBORN = {"baby", "child", "infant", "newborn", "birth"}
#: nouns that frame a value without naming a measure: "an average of 12.1%", "a range of 0% to 0.1%"
_FRAMES = {"total", "sum", "level", "average", "high", "low", "peak", "record", "maximum", "minimum", "range", "band"}
_DWELLERS = {"resident", "inhabitant", "soul"}
#: what registrations of new vehicles count ("registered 470,559 new battery-electric cars")
_VEHICLES = {"car", "vehicle", "motorcycle", "motorbike", "truck", "lorry", "bus", "van", "scooter", "ev", "suv", "tractor"}
#: what housing starts and completions count
_HOMES = {"home", "house", "dwelling", "flat", "apartment", "housing", "residence"}
_HOUSEHOLDS = {"family", "household", "villager", "citizen", "passenger", "tourist"}
_SETTLEMENTS = {"city", "town", "country", "nation", "state", "island", "region", "province", "village", "metropolis",
                "district", "county", "municipality", "territory", "archipelago", "capital"}
_UP_DOWN = re.compile(r"[,;(]\s*(up|down)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+)?$",
                      re.IGNORECASE)
_BRACKET_AFTER = re.compile(r"\s*\(\s*")
_FALLS = {"length", "rain", "rainfall", "precipitation", "snow", "snowfall", "downpour", "shower"}
_FALL_WORDS = re.compile(r"\b(?:rain\w*|precipitation|downpours?|deluge|monsoon|showers|snow\w*)\b", re.IGNORECASE)
_LABEL_BEFORE = re.compile(r"\s*(?:[-–—•*·]\s*)?([A-Za-z][A-Za-z '&/-]{1,40}?):\s*")
_QUALIFYING = {"about", "around", "roughly", "nearly", "almost", "some", "an", "estimated", "over", "more", "than", "just",
               "under", "approximately", "close", "to", "a", "further", "another"}
#: what an installed base is called; measured in watts it is a capacity
_INSTALLED = {"fleet"}
_BARE_CHANGES = {"gain", "rise", "increase", "growth", "fall", "decline", "drop", "decrease", "jump", "contraction"}
_CHANGE_HEADS = {"growth", "decline", "contraction", "gain", "rise", "increase", "fall", "drop"}
_DIRECTION = {**dict.fromkeys(["gain", "rise", "increase", "growth", "jump"], "growth"),
              **dict.fromkeys(["fall", "decline", "drop", "decrease"], "decline"), "contraction": "contraction"}

# adjectives that narrow what a count covers: a domestic count is not the total
_SCOPES = {"international", "domestic", "foreign", "overseas", "inbound", "outbound", "rural", "urban", "local",
           "public", "private"}

_TIME_UNITS = {"year", "month", "week", "day", "decade", "hour", "minute", "century", "quarter"}
_PERIOD_WORDS = {"quarter", "half", "year", "month", "week"}
#: (not "may", a verb far more often than a month before a noun)
_MONTH_NAMES = {"january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
                "december"}

_DEALS = {"buy": "acquisition price", "acquire": "acquisition price", "purchase": "acquisition price",
          "sell": "sale price", "sold": "sale price", "lease": "lease price", "rent": "rent"}

# verbs that give money to something: what the money is "for" (or spent "on") is what it measures
_FUNDING = {"allocate", "release", "spend", "earmark", "set", "approve", "budget", "pledge", "commit", "provide", "give",
            "grant", "invest", "disburse", "announce", "unveil", "propose", "sanction", "receive", "need", "seek",
            "request", "secure", "win", "award", "inject", "put", "devote", "reserve", "dedicate", "channel", "offer",
            "promise", "plough", "pour", "free", "mobilise", "mobilize"}

# institutions that act: "Turkey's central bank held its policy rate at 50%" measures the rate, not the bank
_INSTITUTIONS = {"bank", "government", "company", "council", "regulator", "authority", "board", "ministry", "firm",
                 "group", "operator", "agency", "administration", "treasury", "cabinet", "parliament", "county",
                 "municipality", "utility", "insurer", "lender", "maker", "carmaker", "producer", "retailer", "airline",
                 "developer", "chain", "state", "city", "department", "court", "commission", "exchange", "country", "nation",
                 "province", "island", "kingdom", "republic", "territory"}

# transitive changes: "lifted total sales by 19.6%" is the growth of sales
_MOVES = {**dict.fromkeys(["lift", "raise", "boost", "increase", "grow", "expand", "push"], "growth"),
          **dict.fromkeys(["cut", "reduce", "lower", "trim", "slash", "shrink"], "decline")}

_HEIGHT = re.compile(r"\b(?:high|higher|highest|tall|taller|tallest|peak|summit|altitude|elevation|mountain)\b", re.IGNORECASE)

_RATES = {"rate", "ratio", "share", "margin", "proportion", "percentage", "inflation", "yield", "level"}

_CHANGES = {**dict.fromkeys(["rise", "grow", "increase", "climb", "jump", "expand", "gain", "surge", "soar"], "growth"),
            **dict.fromkeys(["fall", "decline", "drop", "slip", "slide", "plunge", "tumble"], "decline"),
            **dict.fromkeys(["shrink", "contract"], "contraction")}

#: after an amount, the foreign currency it buys: "74.73 birr to the dollar", "16,100 per US dollar"
#: (not "$5 per dollar of input", "sold $2 billion to the dollar market")
_PER_FOREIGN = re.compile(r"\s*(?:to|per|against|for)\s+(?:the\s+|one\s+|a\s+|each\s+|1\s+)?(?:US\s+|U\.S\.\s+|American\s+)?"
                          r"(?P<foreign>dollar|euro|greenback|pound\s+sterling|yen)\b(?=\s*(?:[,.;:)]|$|(?:on|in|at|from|and|"
                          r"by|last|this|after|before|compared|while|as|since|until|a|an|the|was|were|is|are)\b))",
                          re.IGNORECASE)
_FOREIGN_CODES = {"dollar": "USD", "greenback": "USD", "euro": "EUR", "pound sterling": "GBP", "yen": "JPY"}
#: a foreign currency as what an amount measures: "the dollar was changing hands for about 110 birr"
_FOREIGN_MONEY = {"dollar", "us dollar", "u.s. dollar", "greenback", "euro"}

#: words for a whole economy, not a part of it: "the overall economy", "the national economy"
_WHOLE_ECONOMY = {"overall", "whole", "entire", "national", "domestic", "local", "broader", "wider", "real"}
#: words that rank or size an economy ("Latin America's largest economy", "the second-biggest economy")
_SIZES_OF_ECONOMY = {"big", "large", "small", "major", "leading", "top", "emerging", "advanced", "developed", "developing"}

#: those who sit an exam, and what they did: "13.6% of candidates passed"
_EXAM_TAKERS = re.compile(r"share of (?:the )?(?:candidate|student|pupil|examinee|test-taker|applicant|learner|entrant)")
_PASSED = re.compile(r"\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:who\s+sat\s+(?:the\s+)?(?:exam\w*|test)\s+)?passed\b",
                     re.IGNORECASE)

#: a country's legislature, by its usual names (not "Congress", also a party: India's)
_LEGISLATURE = re.compile(r"(?:(?:the\s+)?(?:National|Legislative|General|Federal|People's|Constituent)\s+Assembly|Parliament|"
                          r"Senate|Legislature|Knesset|State\s+Duma|Duma|Majlis|Sejm|Bundestag|"
                          r"Lok\s+Sabha|Rajya\s+Sabha|Riksdag|Storting|Folketing|Diet|National\s+Council|Chamber\s+of\s+Deputies)",
                          re.IGNORECASE)
#: what a legislature does have: its seats, members and votes
_CHAMBER_MEASURE = re.compile(r"\b(?:seats?|members?|lawmakers?|legislators?|deputies|MPs?|senators?|votes?|bills?|"
                              r"sessions?|sittings?|majority|quorum)\b", re.IGNORECASE)

#: a currency that moves by a percentage: its exchange rate's depreciation or appreciation
_CURRENCY_MOVES = {**dict.fromkeys(["weaken", "depreciate", "fall", "drop", "slide", "slip", "lose", "plunge", "tumble",
                                    "decline", "sink", "devalue"], "depreciation"),
                   **dict.fromkeys(["strengthen", "appreciate", "rise", "gain", "climb", "firm", "jump", "rally"],
                                   "appreciation")}

_ACTIONS = {"invest": "investment", "spend": "spending", "earn": "earnings", "borrow": "borrowing", "lend": "lending",
            "raise": "funds raised", "pay": "payment", "export": "export", "import": "import", "sell": "sales",
            "produce": "production", "employ": "employee", "hire": "hire", "cost": "cost", "donate": "donation",
            "allocate": "allocation", "award": "award", "budget": "budget", "owe": "debt", "lose": "loss"}


#: what a business "takes in": its revenue
_TAKINGS = {"take in": "revenue", "rake in": "revenue", "bring in": "revenue", "gross": "revenue", "generate": "revenue",
            "turn over": "revenue", "collect": "collection"}

#: verbs that put their object at a level: "put growth at 3%", "estimated losses at $2bn"
_PUT_AT = {"put", "estimate", "peg", "place", "set", "value", "forecast", "project", "see", "fix", "cap"}

#: verbs that take their object to a level: "bringing GDP to about US$437 billion"
_BRING = {"bring", "take", "lift", "push", "raise", "boost", "cut", "reduce", "lower", "drive"}

#: verbs that change a count: "gained 473,000 residents" is a gain in residents
_FLOWS = {"gain": "gain", "add": "gain", "lose": "loss", "shed": "loss"}

#: what a quantity of a good is when a verb does this to it ("produced 5.25 million tonnes of copper")
_OUTPUTS = {**dict.fromkeys(["produce", "mine", "extract", "pump", "grow"], "production"), "harvest": "harvest",
            "export": "export", "import": "import", "sell": "sales", "ship": "shipment", "consume": "consumption",
            "register": "registration",
            "generate": "generation", "catch": "catch", "refine": "refining", "process": "processing",
            "turn out": "production", "churn out": "production", "pump out": "production", "roll out": "production",
            "dig out": "production", "dig up": "production", "bring up": "production",
            **dict.fromkeys(["gather", "reap", "gather in", "bring in"], "harvest"), "land": "landing", "crush": "crush",
            **dict.fromkeys(["collect", "pick up", "haul", "recycle"], "collection")}


def attribute(mention: Mention, text: str, sdoc: Any, times: list[TimeExpr], owned: set[int],
              defaults: dict[str, Any], previous: Mention | None) -> None:
    """Fill ``metric``, ``entity`` and ``period`` of ``mention`` in place."""
    s0, s1 = mention.sentence
    if sdoc is not None and sdoc.has_annotation("DEP"):
        span = sdoc.char_span(mention.start - s0, mention.end - s0, alignment_mode="expand")
        mention.metric, why = _metric_parse(span, mention) if span is not None else (None, "no token span")
        mention.explain["metric_mode"] = "parse"
    else:
        span = None
        mention.metric, why = window.metric(text, mention)
        mention.explain["metric_mode"] = "window"
    mention.explain["metric_from"] = why
    if mention.metric in _BARE_CHANGES and mention.kind in ("percent", "percentage_points") and span is not None:
        named = _change_in(span)
        if named:  # "a 38% rise in tourist arrivals": the change names its own measure
            mention.metric, mention.explain["metric_from"] = named
    # "1,029 millimetres of rain", "230 mm fell on Saiq": a depth of rain is rainfall (snow: snowfall)
    if mention.kind == "quantity" and dimension(mention.unit) == "length" and (mention.metric or "length") in _FALLS:
        fall = _FALL_WORDS.search(text, s0, s1)
        if fall:
            mention.metric = "snowfall" if fall.group(0).lower().startswith("snow") else "rainfall"
            mention.explain["metric_from"] = f"a depth in a sentence about '{fall.group(0)}'"
    sense = length_sense(text, mention.end) if mention.kind == "quantity" and dimension(mention.unit) == "length" else None
    if sense:  # "the hall, 15 kilometres west of Tampere", "4,000 metres above sea level", "in water 30 metres deep"
        mention.metric = sense
        mention.explain["metric_from"] = f"'{text[mention.end:mention.end + 20].split(',')[0].strip()}' after a length: its {sense}"
    # "up from 720 a year earlier", "compared with US$0.61": the earlier value of the same measure
    compared = bool(previous is not None and previous.sentence == mention.sentence and previous.metric
                    and _COMPARED_VALUE.search(text[max(s0, mention.start - 30):mention.start]))
    # "a deficit of 4.9 per cent of GDP in 2024/25, narrowing to 3.3 per cent in 2026/27": a value whose clause names
    # no measure continues the one before it in the sentence
    elided = bool(mention.metric is None and sdoc is not None and previous is not None and previous.sentence == mention.sentence
                  and previous.metric and "speaking" not in why)
    # "rose 0.7% in January, matching the 0.7% gain in December": a bare change word is the change before it
    bare_change = bool(mention.metric in _BARE_CHANGES and previous is not None and previous.sentence == mention.sentence
                       and previous.kind == mention.kind and previous.metric and _head_word(previous.metric) in _CHANGE_HEADS)
    # "net sales of SEK 64.5 billion, down 15% year on year": the change of the amount just before
    moved = _UP_DOWN.search(text[max(s0, mention.start - 40):mention.start]) if mention.kind == "percent" else None
    level = defaults.get("last_value")
    # "a deficit of $1.83 trillion ..., about $138 billion more than in fiscal 2023": the difference of that measure
    more = _MORE_THAN.match(text, mention.end) if mention.kind in ("money", "count", "quantity", "percent") else None
    if more and level is not None and level.sentence == mention.sentence and level.metric and level is not mention \
            and (level.kind == mention.kind or mention.kind == "percent" and level.kind != "percent"):
        up = more.group(1).lower() in ("more", "higher", "larger", "bigger")
        # "$138 billion more than in 2023" is an increase; "about 14% more than in 2022" a growth rate
        word = ("growth" if up else "decline") if mention.kind == "percent" else ("increase" if up else "decline")
        mention.metric = f"{level.metric} {word}"
        mention.explain["metric_from"] = f"'{more.group(0).strip()}' after it: the difference in '{level.metric}'"
    # "rice shipments totalled 7.1mn tonnes, worth $3.9bn": the value of the quantity just before
    if mention.kind == "money" and level is not None and level.sentence == mention.sentence and level.metric \
            and level.kind in ("quantity", "count") and _WORTH_AFTER.search(text[level.end:mention.start]):
        mention.metric = f"{level.metric} value"
        mention.explain["metric_from"] = f"'worth' after '{text[level.start:level.end]}': the value of '{level.metric}'"
    # "Revenue: QR3.8bn (-2.4%)", "QR1.6bn (+6.2%)": a signed percentage in brackets after a level is its change
    signed = mention.kind == "percent" and text[mention.start:mention.start + 1] in "+-−" \
        and level is not None and level is not mention and _BRACKET_AFTER.fullmatch(text, level.end, mention.start) is not None
    if signed and level.metric and level.kind in ("money", "count", "quantity") and _head_word(level.metric) not in _CHANGE_HEADS:
        mention.metric = f"{level.metric} growth"
        mention.explain["metric_from"] = f"a signed percentage in brackets after '{text[level.start:level.end]}': its change"
    if moved and level is not None and level.sentence == mention.sentence and level.metric \
            and level.kind in ("money", "count", "quantity") and _head_word(level.metric) not in _CHANGE_HEADS:
        mention.metric = f"{level.metric} {'growth' if moved.group(1).lower() == 'up' else 'decline'}"
        mention.explain["metric_from"] = f"', {moved.group(1)}' after '{text[level.start:level.end]}': the change of '{level.metric}'"
    if mention.kind == "percent" and mention.metric in _BARE_CHANGES and level is not None and level is not mention \
            and level.sentence == mention.sentence and level.metric and level.kind in ("money", "count", "quantity") \
            and _head_word(level.metric) not in _CHANGE_HEADS:
        # "revenue of $2.41 billion for fiscal 2024, an increase of 12% over the prior year": the level's change
        word = _DIRECTION.get(mention.metric, "growth")
        mention.explain["metric_from"] = f"'{mention.metric}' after '{text[level.start:level.end]}': the change of '{level.metric}'"
        mention.metric = f"{level.metric} {word}"
    if mention.kind == "money" and mention.metric == "share" and _BUYBACK.search(text, max(s0, mention.start - 40), mention.start):
        mention.metric = "share buyback"  # "said it would buy back up to $500 million of its shares"
        mention.explain["metric_from"] += "; shares bought back: a buyback"
    # ("accounting for about 20% of the national total" after "up 0.3%": a share does not refer back to a change)
    # (only a bare word: "the unemployment rate" names its own measure)
    vague = bool(mention.metric and all(w in _VAGUE_HEADS for w in mention.metric.split()) and previous is not None and previous.metric
                 and not (mention.kind in ("count", "money") and mention.metric == "share")  # "sold 5 million shares": stock
                 and not (" share of " in f" {mention.metric} " and _head_word(previous.metric) in _CHANGE_HEADS))
    refers_back = compared or elided or bare_change or vague
    if refers_back and previous is not None:
        mention.explain["metric_from"] = f"'{mention.metric}' refers back to '{previous.metric}'"
        own_word = _DIRECTION.get(mention.metric or "") if bare_change else None
        # "after a contraction of 0.3%" following "grow by 0.4%": the same measure, its own direction
        mention.metric = f"{previous.metric.rsplit(' ', 1)[0]} {own_word}" if own_word and " " in previous.metric else previous.metric
        mention.entity, mention.explain["entity_from"] = previous.entity, "inherited with the metric it refers back to"
        own = subject_entity(mention, sdoc, text)
        if not own[0]:  # "..., and in Scotland the share was 63%"
            own = clause_place(mention, sdoc)
        if own[0]:  # "China exported 680,000 ..., and BYD alone sold 1.86 million of them"
            mention.entity, mention.explain["entity_from"] = own
    elif _part_of(mention, text, defaults.get("last_value")):
        # "€59.8 billion in EU recovery funds, of which €25.3 billion is in grants": a part belongs to the whole's entity
        mention.entity, mention.explain["entity_from"] = defaults["last_value"].entity, "a part of the amount before it"
    else:
        mention.entity, mention.explain["entity_from"] = entity_of(mention, text, sdoc, defaults)
        partner = defaults.get("partners", {}).pop(mention.start, None)
        if partner and mention.metric and is_country_name(mention.metric):
            mention.metric = None  # "Germany remained the largest source ..., followed by Switzerland with 19%"
        said = (mention.metric or "").lower()
        if partner and partner.lower() not in said and not (country_of(said.split()[0]) if said else None):
            # the partner names the part: "Australia was the largest source market with 33,870 visitors" (Australian
            # visitors), "visitors from Russia" (Russian visitors), "followed by Switzerland with 19%" (Switzerland share)
            if mention.metric:
                own = adjective_of(partner) if mention.kind != "percent" else None
                mention.metric = f"{own or partner} {mention.metric}"
            else:
                mention.metric = f"{partner} share" if mention.kind == "percent" else partner
            mention.explain["metric_from"] += f"; the partner '{partner}' names the part"
        whose = _whole_owner(mention, sdoc, defaults.get("last_value"))
        if whose:  # "Cemex ... sold ..., and Mexico accounted for 22% of its revenue"
            mention.entity, mention.explain["entity_from"] = whose, f"owner of the whole ('its') named before: '{whose}'"
    said = (mention.metric or "").split()
    # (two words when they name a country, "North Korean"; not a region's, "The South American producer")
    adjective = next((f"{said[i - 1]} {w}" if i and country_of(f"{said[i - 1]} {w}") else w
                      for i, w in enumerate(said[:-1]) if country_of(w) and not (i and region_demonym(said[i - 1], w))), None)
    # (not a nationality's share of a whole: "New Zealanders made up 46% of arrivals" to Samoa)
    adjective = None if adjective and " ".join(said).lower().startswith(f"{adjective.lower()} share") else adjective
    if adjective and mention.entity is None:
        # "Angolan crude production averaged 1.35 million barrels a day": the country the measure names
        mention.entity = country_of(adjective.capitalize())
        mention.explain["entity_from"] = f"'{adjective}' in the measure names the country"
    elif adjective and mention.entity and (BODY.search(mention.entity) or mention.entity.isupper()) and not country_of(mention.entity):
        # "The CSO has revised its estimate of Irish GDP growth": the country the measure names, not the office
        mention.explain["entity_from"] = f"'{adjective}' in the measure names the country (not '{mention.entity}')"
        mention.entity = country_of(adjective.capitalize())
    if mention.entity and MEASURE_ACRONYM.fullmatch(mention.entity):  # "Disbursed FDI rose 9.4%": a measure, no name
        # ("Registered FDI in Cambodia totalled ...": the place of the clause)
        acronym = mention.entity
        place = next((e for e in sdoc.ents if e.label_ == "GPE"), None) if sdoc is not None else None
        mention.entity = place.text if place is not None else None
        mention.explain["entity_from"] = f"'{acronym}' names a measure, not whom it is about" + (
            f"; GPE '{place.text}' in the sentence" if place is not None else "")
    if mention.entity and (joined := joined_country(mention.entity, text)):  # the model read "Trinidad and Tobago" as two
        mention.entity = joined
    if mention.entity is None and mention.metric and _ELECTORATE.fullmatch(mention.metric):
        # "Turnout was about 81% of the 1.04 million registered voters": the vote's place, not the party or
        # candidate last named
        named = {c for at, c in _paragraph_countries(text, s0, s1, defaults) if at < s1}
        place = defaults.get("entity") or (next(iter(named)) if len(named) == 1 else None) or defaults.get("next_place")
        if place:
            mention.entity = place
            mention.explain["entity_from"] = f"'{mention.metric}' is the whole vote's: '{place}', the place last named"
    continue_subject(mention, defaults)
    if mention.entity is None and mention.kind != "date":
        # the one country the rest of the paragraph names, by name or by its people ("... put the surplus at KD 5.7
        # billion. Kuwaiti lawmakers also questioned ..."); not one the value's own sentence names only past its clause
        named = {c for at, c in _paragraph_countries(text, s0, s1, defaults) if not s0 <= at < s1}
        if len(named) == 1:
            mention.entity = next(iter(named))
            mention.explain["entity_from"] = f"the only country the rest of the paragraph names: '{mention.entity}'"
    words = (mention.metric or "").split()
    ent_words = (mention.entity or "").lower().split()
    if len(ent_words) > 1 and mention.entity[:1].isupper() and len(words) > len(ent_words) and [w.lower() for w in words[:len(ent_words)]] == ent_words:
        # "Euro area GDP grew 0.3%": the entity's name opens the metric; the measure is "GDP growth"
        mention.metric = " ".join(words[len(ent_words):])
        mention.explain["metric_from"] += f" (dropped '{mention.entity}': it is the entity)"
        words = words[len(ent_words):]
    if len(words) > 2 and mention.entity and country_of(" ".join(words[:2])) == mention.entity:
        # "South African petrol prices" of South Africa
        mention.metric = " ".join(words[2:])
        mention.explain["metric_from"] += f" (dropped '{' '.join(words[:2])}': it names the entity)"
        words = words[2:]
    elif len(words) > 1 and mention.entity and country_of(words[0].capitalize()) == mention.entity:
        # "Argentine beef exports" of Argentina: the adjective names the entity, the measure is "beef export"
        mention.metric = " ".join(words[1:])
        mention.explain["metric_from"] += f" (dropped '{words[0]}': it names the entity)"
        words = words[1:]
    elif len(words) > 2 and words[0] in ("estimate", "figure", "forecast") and words[1] == "of" and mention.entity \
            and country_of(words[2].capitalize()) == mention.entity:
        # "estimate of Irish GDP growth" of Ireland: the measure is "estimate of GDP growth"
        mention.metric = " ".join(words[:2] + words[3:])
        words = mention.metric.split()
    if mention.kind == "quantity" and words and words[-1] in _INSTALLED and dimension(mention.unit) == "capacity":
        # "Poland's onshore wind fleet reached 7.1 GW": a fleet measured in watts is its capacity
        mention.metric = " ".join([*words[:-1], "capacity"])
        mention.explain["metric_from"] += f"; '{words[-1]}' in watts is a capacity"
    first = (mention.metric or "").split()[0] if (mention.metric or "").split() else ""
    named = mention.kind == "quantity" and first[:1].isupper() and not (first.isupper() or "&" in first or country_of(first))
    # (also with a title before the name: "President Maia Sandu" is Maia Sandu)
    if mention.metric and (named or mention.entity and (mention.metric.lower() == mention.entity.lower()
                                                        or mention.metric[:1].isupper()
                                                        and mention.metric.lower().endswith(" " + mention.entity.lower()))):
        # the entity's name, or a named thing ("the Grande Dixence dam is 285 metres tall"): not a measure
        mention.explain["metric_from"] += " (dropped: names the entity, not a measure)"
        mention.metric = None
        if mention.kind == "quantity" and dimension(mention.unit):  # "At 5,895 m, Kilimanjaro is Africa's highest peak"
            mention.metric = dimension(mention.unit)
            if mention.metric == "length" and _HEIGHT.search(text[s0:s1]):
                mention.metric = "height"
            mention.explain["metric_from"] += f"; a {mention.unit} measure of the entity: its {mention.metric}"
    head = (mention.metric or "").lower().split()[-1:] or [""]
    if mention.kind == "percent" and (mention.metric is None or head[0] in _PARTY_WORDS or mention.entity
                                      and mention.entity.lower() in mention.metric.lower()
                                      and " share of " not in mention.metric) \
            and _WON_WITH.search(text, max(s0, mention.start - 40), mention.start) and _VOTE.search(text, max(0, s0 - 300), s1):
        # "The People's Party came second with 26.3%", "the Social Democrats took 21.1%", "His jailed rival Ayachi Zammel
        # received 7.35%", "Former president Leonel Fernández was second with 28.9%": a party's or candidate's share
        mention.metric = "vote share"
        mention.explain["metric_from"] += "; a party's or candidate's percentage in a vote: its vote share"
    elif mention.kind in ("money", "count") and ((per := _PER_FOREIGN.match(text, mention.end)) and "rate" not in (mention.metric or "")
                                                  and mention.unit != _FOREIGN_CODES[re.sub(r"\s+", " ", per.group("foreign").lower())]
                                                  or mention.kind == "money" and (mention.metric or "").lower() in _FOREIGN_MONEY):
        # "quoting 74.73 birr to the dollar", "weakened to 16,100 per US dollar", "the dollar was changing hands for
        # about 110 birr": the price of a foreign currency, an exchange rate
        mention.metric = "exchange rate"
        mention.explain["metric_from"] += "; the price of a foreign currency: an exchange rate"
    elif mention.kind == "percent" and _EXAM_TAKERS.fullmatch(mention.metric or "") \
            and _PASSED.match(text, mention.end, s1):
        # "Only 13.6% of candidates passed Mauritania's baccalauréat": the exam's pass rate
        mention.metric = "pass rate"
        mention.explain["metric_from"] += "; the share of those who sat an exam that passed it: the pass rate"
    elif mention.kind == "money" and mention.metric in ("surplus", "deficit") and _BUDGET.search(text, s0, s1):
        # "The final accounts for fiscal 2022/2023, approved by the budget committee, put the surplus at KD 5.7 billion"
        mention.metric = f"budget {mention.metric}"
        mention.explain["metric_from"] += "; a bare surplus or deficit in a sentence about the budget: the budget's"
    elif mention.kind == "percent" and mention.metric and re.fullmatch(r"(?:voter )?turnout share of .*voters?", mention.metric):
        # "Turnout was about 81% of the 1.04 million registered voters": the turnout
        mention.metric = "turnout"
        mention.explain["metric_from"] += "; a turnout as a share of the voters: the turnout"
    elif mention.kind == "percent" and mention.metric and _SHARE_OF_VOTES.search(mention.metric):
        # "won Ghana's presidential election with 56.55% of the valid votes": the candidate's vote share
        mention.metric = "vote share"
        mention.explain["metric_from"] += "; a share of the votes cast: a vote share"
    if mention.metric and mention.entity and mention.explain.get("entity_from", "").startswith("named ") \
            and mention.metric.lower().startswith(mention.entity.lower() + " "):
        # "The Górka Narodowa tram line ... cost 550 million złoty": the line is the entity, the measure its cost
        mention.metric = mention.metric[len(mention.entity) + 1:]
        mention.explain["metric_from"] += f" (the entity's name '{mention.entity}' left out)"
    if mention.metric and _GDP.search(mention.metric):  # the measure's usual name: "GDP growth", "GDP per capita"
        mention.metric = _GDP.sub("GDP", mention.metric)
    if mention.kind in ("percent", "percentage_points") and mention.metric in _ECONOMY_CHANGE:
        # "expect the economy to grow between 2.25% and 2.75%": its growth, the change of its GDP
        mention.metric = _ECONOMY_CHANGE[mention.metric]
    whole = _PRONOUN_WHOLE.search(mention.metric or "")
    last = defaults.get("last_value")
    if whole and last is not None and last is not mention and last.metric and last.sentence[0] >= s0 - 400 \
            and not _PRONOUN_WHOLE.search(last.metric):
        # "a record 82,100, and about 40 percent of them went to Australia": a share of the count before it
        mention.explain["metric_from"] += f"; '{whole.group(1)}' is '{last.metric}', the value before it"
        mention.metric = f"share of {last.metric}"
    if mention.entity and mention.metric and _ECONOMY.search(mention.metric) and not _TARGETED.search(mention.metric) \
            and _AUTHORITY.search(mention.entity):
        # "inflation slowed to 4.2%, the National Statistics Institute (INE) said", "the State Bank of Pakistan ...
        # after inflation dropped to 6.9%": an economy's measure is the country's, whichever body reports it
        country = country_in(mention.entity) or country_in(defaults.get("entity") or "") or _country_named(text, defaults)
        if country:
            mention.explain["entity_from"] += f"; '{mention.metric}' measures the economy of {country}, not the body"
            mention.entity = country
    if mention.entity and _LEGISLATURE.fullmatch(mention.entity) and not _CHAMBER_MEASURE.search(mention.metric or ""):
        # "Madagascar's National Assembly adopted the 2025 finance law, setting total spending at ...", "told the
        # Legislative Assembly": a legislature passes the state's budget; the figures are the country's
        country = country_in(mention.entity) or country_in(defaults.get("entity") or "") or _country_named(text, defaults)
        if country:
            mention.explain["entity_from"] += f"; a legislature owns no figure of the budget it passes: {country}'s"
            mention.entity = country
    mention.period, mention.explain["period_from"] = period_of(mention, text, times, owned, defaults.get("paragraph"),
                                                                     defaults.get("spans", ()), defaults.setdefault("periods", {}))
    last = defaults.get("last_value")
    if mention.period is None and last is not None and last.period and (last.kind in ("count", "money", "quantity")
                                                                         or last.sentence[0] == s0) \
            and last.sentence[1] <= s1 and _OF_THOSE.match(text, s0, mention.start):
        # "... reached 10,084 on November 10. Of those, 4,213 were on remand": a part of that figure, on that day
        mention.period = last.period
        mention.explain["period_from"] = f"a part ('Of those, ...') of '{text[last.start:last.end]}' before it"


_PARTY_WORDS = {"party", "democrats", "democrat", "alliance", "front", "coalition", "candidate", "movement", "congress",
                "union", "league", "bloc", "republicans", "socialists", "conservatives", "liberals", "greens", "labour",
                "rival", "challenger", "incumbent", "opponent", "contender", "runner-up", "president", "nominee"}
_WON_WITH = re.compile(r"\b(?:with|took|won|received|secured|got|polled|garnered|captured|scored|on)\s+(?:about\s+|nearly\s+|"
                       r"just\s+|some\s+|roughly\s+|almost\s+|over\s+|more\s+than\s+|less\s+than\s+|under\s+)?$",
                       re.IGNORECASE)
#: a currency named by its country ("US dollars", "Swiss francs"), which says nothing of whom a text is about
_CURRENCY_NAME = re.compile(r"(?<!\w)(?:" + alternation([n for n in SUFFIX_CURRENCIES if " " in n]) + r")(?!\w)",
                            re.IGNORECASE)


def _paragraph_countries(text: str, s0: int, s1: int, defaults: dict[str, Any]) -> list[tuple[int, str]]:
    """Where the paragraph of the sentence ``text[s0:s1]`` names a country, and which (not in a currency's name);
    found once per paragraph."""
    p0, p1 = defaults.get("paragraph") or (s0, s1)
    key = ("countries", p0, p1)
    if key not in defaults:
        money = [m.span() for m in _CURRENCY_NAME.finditer(text, p0, p1)]
        # (not an adjective inside a company's name: "KLM and American Airlines added flights")
        defaults[key] = [(at, c) for at, c in countries_at(text, p0, p1) if not any(a <= at < b for a, b in money)
                         and not adjective_in_name(text, at)]
    return defaults[key]  # type: ignore[no-any-return]
_BUDGET = re.compile(r"\b(?:budget|fiscal|final\s+accounts|public\s+finances|treasury|finance\s+ministry)\b", re.IGNORECASE)
#: measures of a whole vote, not of a party or candidate in it
_ELECTORATE = re.compile(r"(?:voter\s+)?turnout(?:\s+share\s+of\s+(?:registered|eligible)\s+voter)?|(?:registered|eligible)\s+voter|"
                         r"electorate|voter|ballot cast|vote cast")
_SHARE_OF_VOTES = re.compile(r"(?:^|\s)share of (?:valid |popular |total |first-round |second-round )?votes?(?: cast)?$")
_VOTE = re.compile(r"\b(?:votes?|voters|election|elections|polls?|ballots?|referendum|run-?off|primary)\b", re.IGNORECASE)
_ECONOMY_CHANGE = {"economy": "GDP growth", "economy growth": "GDP growth", "economy contraction": "GDP contraction"}
_PRONOUN_WHOLE = re.compile(r"\bshare of (them|it|that|those|these|this|whom)$")

#: measures of a whole economy: the country's, not those of the bank or office that reports them
_ECONOMY = re.compile(r"\b(?:inflation|GDP|economy|economic growth|unemployment|jobless|consumer price|current account|"
                      r"trade (?:deficit|surplus|balance)|budget (?:deficit|surplus)|fiscal (?:deficit|surplus)|"
                      r"public debt|government debt)\b", re.IGNORECASE)
_TARGETED = re.compile(r"\b(?:target|band|goal|ceiling|objective)\b", re.IGNORECASE)
#: central banks, statistics offices and their committees, also by acronym ("INE", "RBA", "Banxico")
_AUTHORITY = re.compile(r"\b(?:Bank|Reserve|Monetary|Committee|Institute|Statistics|Statistical|Stats|Agency|Office|Ministry|"
                        r"Treasury|Banxico|Bundesbank|Court|Auditors?|Audit|Council|Board)\b|^[A-Z]{2,6}$")


def _country_named(text: str, defaults: dict[str, Any]) -> str | None:
    """The first country the document names (kept per document)."""
    if "country" not in defaults:
        defaults["country"] = country_in(text[:5000])
    return defaults["country"]  # type: ignore[no-any-return]


# a sentence opening with the whole the sentence before gave: "Of those, 4,213 were on remand"
_OF_THOSE = re.compile(r"\W*Of\s+(?:those|these|them|this|that|the\s+total|this\s+total|that\s+total)\s*,[^.;]*$", re.IGNORECASE)
# a part of the amount named just before: "of which", "of them", "including"
_PART = re.compile(r"[,;(]\s*(?:of\s+(?:which|whom|them|this|that)|including|includ(?:es|ed)|incl\.)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)


def _part_of(mention: Mention, text: str, last: Mention | None) -> bool:
    return bool(last is not None and last.sentence == mention.sentence and last.entity
                and _PART.search(text[last.end:mention.start]))


def _whole_owner(mention: Mention, sdoc: Any, previous: Mention | None) -> str | None:
    """A share of "its" whole belongs to whoever "its" is, not to the part that is the subject."""
    if mention.kind != "percent" or previous is None or previous.sentence != mention.sentence or not previous.entity:
        return None
    if sdoc is None or not sdoc.has_annotation("DEP") or previous.entity == mention.entity:
        return None
    s0, _ = mention.sentence
    span = sdoc.char_span(mention.start - s0, mention.end - s0, alignment_mode="expand")
    if span is None:
        return None
    for child in span.root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in pobj.children):
                    return previous.entity
    return None


_STAYS = re.compile(r"\s+((?:(?:foreign|domestic|international|hotel)\s+)?(?:tourist\s+|guest\s+|visitor\s+)?)overnight\s+stays?\b",
                    re.IGNORECASE)


def _head_word(metric: str) -> str:
    """The head of a metric phrase: its last word, before any rate ("dividend per share" -> "dividend")."""
    return metric.split(" per ")[0].split()[-1]


def _metric_parse(span: Any, mention: Mention) -> tuple[str | None, str]:
    root = span.root
    if root.dep_ in ("compound", "nmod", "amod", "nummod") and root.head.lemma_ in _TIME_UNITS and root.head.i >= span.end \
            and root.head.dep_ in ("npadvmod", "advmod", "dobj"):
        root = root.head  # "rose 2.9% year on year": the parser makes the value a modifier of "year"
    # a measure of a thing is its dimension, not a count of it: "the 292 km Chengdu-Chongqing line", "a 700-kilometre highway"
    if mention.kind == "quantity" and root.dep_ in ("nummod", "amod", "compound", "nmod") and root.head.pos_ in ("NOUN", "PROPN") \
            and root.head.i >= span.end and dimension(mention.unit):
        return dimension(mention.unit), f"a {mention.unit} measure of '{root.head.text}'"
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if mention.kind == "money" and after is not None and after.lower_ == "worth":
        # "sold CHF 22.4bn worth of timepieces abroad", parsed with the currency as the object: the goods
        good = next((p for c in after.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj" and p.pos_ == "NOUN"), None)
        verb = next((t for t in (after.head, span.root.head) if t.pos_ == "VERB"), None)
        if good is not None and _phrase(good) and verb is not None and phrasal(verb) in _OUTPUTS:
            abroad = verb.lemma_ in ("sell", "ship") and any(t.lower_ in ("abroad", "overseas") for t in verb.subtree)
            return f"{_phrase(good)} {'export' if abroad else _OUTPUTS[phrasal(verb)]}", f"'{verb.text} ... worth of {good.text}'"
    if mention.kind == "quantity" and dimension(mention.unit) == "area" and root.dep_ == "dobj" \
            and root.head.lemma_ in _PLANTING:
        # "Farmers planted 47.4 million hectares": the area planted, not the farmers (with the crop if named:
        # "sowed 2.1 million hectares of wheat")
        crop = next((_phrase(p) for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"), None)
        if crop and crop.split()[-1] in ("woodland", "forest", "tree", "mangrove", "woodlands", "forests", "trees"):
            return f"{crop} planting", f"'{root.head.text}' an area of trees"  # "planted 13,010 hectares of new woodland"
        return f"{crop + ' ' if crop else ''}{_PLANTING[root.head.lemma_]}", f"'{root.head.text}' an area"
    stays = _STAYS.match(span.doc.text, span.end_char) if mention.kind == "count" else None
    if stays:  # "registered 136.9 million overnight stays", which the parser reads as a verb "stays"
        return f"{stays.group(1).lower()}overnight stay", f"noun counted: '{stays.group(0).strip()}'"
    # a count modifies its noun: "11,230 State-level high-tech companies"
    if mention.kind in ("count", "quantity") and root.dep_ in ("nummod", "quantmod", "amod", "compound") and root.head.pos_ in ("NOUN", "PROPN"):
        noun = root.head
        if noun.lemma_.lower() in _TIME_UNITS and mention.kind == "count":
            return None, f"counts '{noun.text}': a time reference, not a measure"  # "10 or 20 years ago"
        if noun.lemma_.lower() in _GENERIC and noun.head.lemma_ in _ACTIONS and noun.dep_ == "dobj":
            return _ACTIONS[noun.head.lemma_], f"'{noun.head.text} ... {noun.text}'"  # "employs 8,300 people"
        if noun.lemma_.lower() in _CONTAINERS and (noun.i >= span.end or noun.i < span.start):
            # "61.7 million bags of maize", "a million barrels of oil": the container counts the good
            good = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"), None)
            stuff = _phrase(good) if good is not None else None
            if stuff and noun.lemma_.lower() == "case" and not (noun.dep_ == "dobj" and phrasal(noun.head) in _OUTPUTS):
                # "logged 6.6 million probable cases of dengue": cases counted, not containers ("sold cases of wine")
                mods = [t.lower_ for t in noun.children if t.dep_ == "amod" and t.i < noun.i]
                return " ".join([*mods, stuff, "case"]), f"'{noun.text} of {good.text}': cases counted"
            if stuff:
                verb = _object_verb(noun)
                if verb is not None and phrasal(verb) in _OUTPUTS:
                    return f"{stuff} {_OUTPUTS[phrasal(verb)]}", f"'{verb.text} ... {noun.text} of {good.text}'"
                measured = _measure_subject(noun, stuff)
                if measured:
                    return measured
                said = _VERB_BEFORE.search(span.doc.text, max(0, span.start_char - 30), span.start_char)
                if said:  # "PNG ships around 735,000 bags of coffee a year", the tagger reading "ships" as a noun
                    return f"{stuff} {_OUTPUTS[said.group(1).lower()]}", f"'{said.group(1)} ... {noun.text} of {good.text}'"
                return stuff, f"'{noun.text} of {good.text}': the good the container counts"
        if noun.lemma_.lower() in _GENERIC | _DWELLERS and noun.dep_ == "pobj" and (
                noun.head.lower_ == "to" and noun.head.i > 0 and noun.doc[noun.head.i - 1].lower_ == "home"
                or noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _SETTLEMENTS):
            # "home to 495,354 people", "a city of 2 million people": how many live there
            return "population", f"'{noun.doc[noun.head.i - 1].text} {noun.head.text} ... {noun.text}': the people who live there"
        if noun.lemma_.lower() in _DWELLERS | _HOUSEHOLDS and noun.dep_ in ("nsubj", "nsubjpass", "dobj") \
                and noun.head.lemma_ in (_PEOPLE_DONE_TO if noun.dep_ != "nsubj" else _PEOPLE_DOING):
            # "2,800 residents of Ingham were evacuated", "floods displaced 1,200 families": what was done to them
            return _people_doing(noun), f"'{noun.text}' who '{noun.head.text}' says what happened to"
        whole_noun = _fronted_whole(span) if noun.lemma_.lower() in _GENERIC and noun.i >= span.end else None
        if whole_noun is not None and _phrase(whole_noun, skip=span):
            # "Of the state's population growth in 2023, 187,000 people moved in from other states": a part of it
            return _phrase(whole_noun, skip=span), f"part of the whole the sentence opens with: 'Of ... {whole_noun.text}'"
        if noun.lemma_.lower() in _GENERIC or country_of_people(noun.text):
            doing = _people_doing(noun)  # (also people named by nationality: "2,100 Bangladeshis died")
            if doing:  # "170,000 people attended CES", "2.83 million people out of work"
                return doing, f"'{noun.text}' who do what '{noun.head.text}' says"
        if noun.dep_ == "dobj" and noun.head.lemma_ in ("draw", "attract", "pull") and noun.lemma_.lower() in _AUDIENCE:
            subj = subject_of(noun.head)  # "The 2023 Stampede drew 1.2 million visitors": an event's attendance
            if subj is not None and subj.lemma_.lower() in _ATTRACTIONS:  # "the Uffizi Galleries drew 5.3 million people"
                return "visitor", f"'{noun.head.text} ... {noun.text}' by '{subj.text}': its visitors"
            if subj is not None and subj.ent_type_ not in ("GPE", "LOC", "NORP") and subj.lemma_.lower() not in _PLACE_NOUNS:
                return "attendance", f"'{noun.head.text} ... {noun.text}' by '{subj.text}': its attendance"
        if noun.lemma_.lower() in _NEWBORN and noun.dep_ == "nsubjpass" and noun.head.lemma_ == "bear":
            return "birth", f"'{noun.text} ... {noun.head.text}': births"  # "135,571 babies were born"
        if noun.dep_ == "nsubj" and any(c.dep_ == "dobj" and c.lower_ == "hands" for c in noun.head.children) \
                and noun.head.lemma_ == "change":
            base = _phrase(noun, skip=span)  # "26,249 homes changed hands": sales of homes
            if base:
                return f"{base} sale", f"'{noun.text} {noun.head.text} hands': sales"
        if (noun.i >= span.end or noun.i < span.start) and noun.dep_ == "dobj" and noun.head.lemma_ in _FLOWS:
            # "Texas gained 473,000 residents", "the economy shed 12,000 jobs": a change in the count, not the count
            if noun.lemma_.lower() in _DWELLERS and not any(c.dep_ in ("amod", "compound") for c in noun.children):
                # "Texas gained 473,000 residents": its population grew
                change = "growth" if _FLOWS[noun.head.lemma_] == "gain" else "decline"
                return f"population {change}", f"'{noun.head.text} ... {noun.text}': a change in the population"
            base = _scoped(_phrase(noun, skip=span), noun)
            if base:
                return f"{base} {_FLOWS[noun.head.lemma_]}", f"'{noun.head.text} ... {noun.text}': a change in the count"
        joined = joining_verb(noun.head) if noun.dep_ == "nsubj" else None
        if joined in _ENTRY and (noun.lemma_.lower() in _GENERIC | _PARTICIPANTS):
            # "22,021 runners entered", "17,500 athletes signed up for", "40,000 people took part in": the field
            return _ENTRY[joined], f"'{noun.text}' who '{noun.head.text}' an event"
        if noun.dep_ == "dobj" and noun.head.lemma_ == "register" and noun.i >= span.end and noun.lemma_.lower() in _VEHICLES \
                and (base := _phrase(noun, skip=span)):
            # "Germany registered 470,559 new battery-electric cars": registrations, not the car fleet
            return f"{base} registration", f"'{noun.head.text} ... {noun.text}': registrations"
        stage = _building_stage(noun) if noun.i >= span.end else None
        if stage:  # "Work started on 376,000 new homes", "39,120 dwellings were completed": housing starts, completions
            return stage
        plural = next((c for c in noun.children if c.dep_ == "conj" and c.tag_ == "NNS" and c.i - noun.i <= 5), None)
        if noun.i >= span.end and noun.tag_ == "NN" and plural is not None and any(c.dep_ == "cc" for c in noun.children):
            # "330,000 suspected cholera and acute watery diarrhoea cases": the cases, of the first-named disease
            base = _phrase(noun, skip=span)
            if base:
                return f"{base} {_norm(plural)}", f"noun counted: '{noun.text} and ... {plural.text}'"
        if noun.i >= span.end and [t.lower_ for t in noun.doc[noun.i + 1:noun.i + 3]] in (["overnight", "stays"], ["overnight", "stay"]):
            # "41.2 million tourist overnight stays", which the tagger reads as tourists who stay
            return f"{_norm(noun)} overnight stay", f"noun counted: '{noun.text} overnight stays'"
        gapped = noun.i >= span.end and noun.dep_ == "conj" and noun.head.dep_ == "dobj" and noun.head.head.pos_ == "VERB" \
            and (doer := subject_of(noun.head.head)) is not None and doer.like_num
        if gapped and (whole_noun := _fronted_whole(span)) is not None and _phrase(whole_noun, skip=span):
            # "Of the pupils ..., 84,900 attend primary school and 71,400 secondary school": the verb left out after
            # "and"; the second value counts pupils too, not schools
            return _phrase(whole_noun, skip=span), f"part of the whole the sentence opens with: 'Of ... {whole_noun.text}'"
        if noun.i >= span.end and noun.dep_ == "dobj" and noun.head.lemma_ in ("have", "operate", "house") \
                and (owner := subject_of(noun.head)) is not None and owner.lemma_.lower() in _FACILITY_OWNERS \
                and owner.lemma_.lower() not in noun.lemma_.lower() and (base := _phrase(noun, skip=span)):
            # "Georgia's hospitals have about 15,900 beds": hospital beds, not beds
            return f"{owner.lemma_.lower()} {base}", f"'{owner.text} {noun.head.text} ... {noun.text}'"
        if noun.i >= span.end or noun.i < span.start:
            return _scoped(_phrase(noun, skip=span), noun), f"noun counted: '{noun.text}'"
    # an amount before its noun: "its KSh 19.6 billion target", "a 5.5% pay award"
    if mention.kind in ("money", "percent") and root.dep_ in ("nummod", "compound", "amod", "nmod") and root.head.pos_ == "NOUN" \
            and root.head.i >= span.end and not _thanks(root.head):
        head = root.head
        good = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
        if head.lower_ == "worth" and good is not None and _phrase(good):
            # "exported about US$2.4 billion worth of avocados": the goods, and what was done with them
            stuff = _phrase(good)
            if head.dep_ == "dobj" and phrasal(head.head) in _OUTPUTS:
                verb = head.head
                abroad = verb.lemma_ == "sell" and any(t.lower_ in ("abroad", "overseas") for t in verb.subtree)
                return f"{stuff} {'export' if abroad else _OUTPUTS[phrasal(verb)]}", f"'{verb.text} ... worth of {good.text}'"
            return stuff, f"'worth of {good.text}'"
        return _phrase(root.head, skip=span), f"noun the amount modifies: '{root.head.text}'"
    worth = _worth(root, span) if mention.kind == "money" else None
    if worth:
        return worth
    purpose = _purpose(root, span) if mention.kind == "money" else None
    if purpose:
        return purpose
    # "195 of them": the partitive refers back
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = [c for c in child.children if c.dep_ == "pobj"]
            if pobj and mention.kind in ("count", "quantity"):
                stuff = _phrase(pobj[0], skip=span)
                verb = _object_verb(root)
                if mention.kind == "quantity" and verb is not None and phrasal(verb) in _OUTPUTS and pobj[0].pos_ == "PRON":
                    # "shipped 1,820 tonnes of it": the pronoun names no good; what the verb makes of it
                    return _OUTPUTS[phrasal(verb)], f"'{verb.text} ... of {pobj[0].text}'"
                if mention.kind == "quantity" and verb is not None and phrasal(verb) in _OUTPUTS and stuff:
                    # "Chile produced 5.25 million tonnes of copper": copper production, not copper
                    # ("shipped 2.45 million cubic metres of logs abroad": log exports)
                    abroad = verb.lemma_ in ("ship", "sell") and any(t.lower_ in ("abroad", "overseas") for t in verb.subtree)
                    return f"{stuff} {'export' if abroad else _OUTPUTS[phrasal(verb)]}", f"'{verb.text} ... of {pobj[0].text}'"
                measured = _measure_subject(root, stuff) if mention.kind == "quantity" and stuff else None
                if measured:
                    return measured
                said = _VERB_BEFORE.search(span.doc.text, max(0, span.start_char - 30), span.start_char) \
                    if mention.kind == "quantity" and stuff else None
                if said:  # "Madagascar ships 3,000 tonnes of vanilla", the tagger reading "ships" as a noun
                    return f"{stuff} {_OUTPUTS[said.group(1).lower()]}", f"'{said.group(1)} ... of {pobj[0].text}'"
                return stuff, f"partitive 'of {pobj[0].text}'"
    whole_noun = _fronted_whole(span) if mention.kind in ("count", "quantity", "money") else None
    if whole_noun is not None:
        # "Of last year's visitors to Vanuatu, 87,400 arrived by air": a part of the whole the sentence opens with
        stage = _building_stage(whole_noun)
        if stage:  # "Of the homes finished across Germany last year, 118,000 ...": housing completions
            return stage[0], f"part of the whole the sentence opens with: {stage[1]}"
        base = _phrase(whole_noun, skip=span)
        if base:
            return base, f"part of the whole the sentence opens with: 'Of ... {whole_noun.text}'"
    # money "in rent subsidies", "in yuan-denominated bonds" (the prep may hang off the verb)
    # (any token of the amount: "KSh 12.1 billion in own-source revenue" hangs "in" off "billion", not "KSh")
    around = [c for t in span for c in t.children] + [t for t in span.doc[span.end:span.end + 10] if t.lower_ in ("in", "from", "on")
                                   and (t.head.i in (root.i, root.head.i) or t.head.lemma_ in ("year", "month", "week", "day"))]
    for child in around:
        if child.dep_ == "prep" and child.lower_ in ("in", "of", "from") and mention.kind == "money":
            # "in rent subsidies", not "in January", "in the three months", "in a statement"
            # (not the currency of another amount: "rose to Rs. 6.2 billion from Rs. 4.9 billion")
            pobj = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")
                    and c.ent_type_ not in ("DATE", "TIME", "GPE", "ORG") and not _currency_word(c) and c.lemma_.lower() not in _NOT_MEASURES
                    and not (len(c.text.rstrip(".")) <= 3 and c.text[:1].isupper() and any(t.like_num for t in c.doc[c.i + 1:c.i + 3]))]
            if pobj:
                base = _phrase(pobj[0], skip=span)
                earner = _earner(child.head if child.head.pos_ in ("VERB", "AUX") else root.head) \
                    if base and child.lower_ == "in" else None
                if earner and not base.startswith(earner):
                    # "Dairy products earned NZ$24.6 billion in export revenue": the goods' export revenue
                    return f"{earner} {base}", f"'{child.text} {pobj[0].text}' after the amount, earned by '{earner}'"
                verb = root.head if root.head.pos_ == "VERB" else None
                if base and child.lower_ == "of" and verb is not None and verb.lemma_ in ("sell", "ship") \
                        and any(t.lower_ in ("abroad", "overseas") for t in verb.subtree):
                    # "Greenland sold 5,900 million kroner of goods abroad": its goods exports
                    return f"{base} export", f"'{verb.text} ... {child.text} {pobj[0].text} abroad' after the amount"
                return base, f"'{child.text} {pobj[0].text}' after the amount"
    # "killed at least 2,862 people and injured 2,562": a bare count that a verb does something to
    if mention.kind == "count" and root.dep_ == "dobj" and root.head.lemma_ in _PEOPLE_DONE_TO and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return _PEOPLE_DONE_TO[root.head.lemma_], f"'{root.head.text}' a number of people"
    # "Japan's population fell by about 800,000": an amount "by" which something changed is the change
    by_amount = (mention.kind in ("count", "money", "quantity") and root.dep_ == "pobj" and root.head.lower_ == "by"
                 and all(t.lower_ in _QUALIFYING for t in root.doc[root.head.i + 1:span.start]))  # not "by $2bn to [$45bn]"
    change = _change(root, span) if mention.kind == "percent" or by_amount else None
    if change:
        return change
    whole = _share_whole(root, span) if mention.kind in ("percent", "ratio") else None
    if whole and root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX") and root.head.lemma_ not in SPEECH:
        # "61% of households had access to electricity": the share of the whole that does what the verb says
        return _share_doing(whole, root.head), f"the share is the subject of '{root.head.text}'"
    if mention.kind == "multiplier" and root.pos_ == "VERB" and root.dep_ == "ccomp" and root.head.lemma_ in _REPORTING:
        subj = subject_of(root)  # "X said operating profit nearly doubled": what doubled, not what was said
        speaker = subject_of(root.head)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN") and (speaker is None or subj.i != speaker.i):
            return _phrase(subj, skip=span), f"subject '{subj.text}' of '{root.text}'"
    # "revenue of NIS 4,815 million" parsed with the code under "of" and the number elsewhere: the code's noun
    split = next((t.head.head for t in span if t.i != root.i and t.dep_ == "pobj" and t.head.lower_ == "of"
                  and t.head.head.pos_ == "NOUN" and t.head.head.i < span.start and t.head.head.lower_ not in _FRAMES), None)
    if split is not None:
        return _share(_phrase(split, skip=span), whole), f"'{split.text} of' the value (its tokens parsed apart)"
    # "investment of 1.23 billion yuan": the noun the value complements
    tok = root
    steps = 0
    while tok.dep_ in CLIMB and tok.head.i != tok.i and steps < 8:
        steps += 1
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN") and head.head.lower_ not in _FRAMES \
                and not any(ch.isdigit() for ch in head.head.text):  # not "received US$410m of the US$2.6bn"
            owner = head.head
            if _currency_word(owner):
                # "revenue of 34.6 billion manat and spending of 39.1 billion manat", parsed with "spending" joined to
                # the first currency: the noun joined before "of"
                owner = next((c for c in owner.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i < head.i), None)
                if owner is None:
                    tok = head.head
                    continue
            base = _phrase(owner, skip=span)
            return _share(base, whole), f"'{owner.text} of' the value"
        if mention.kind == "percent" and head.lower_ in ("up", "down") and head.head.pos_ == "NOUN" and tok.dep_ in ("npadvmod", "advmod", "dobj", "pobj"):
            # "revenue of MAD 24.1 billion, up 12% year on year": the change of the noun "up" follows
            base = _phrase(head.head, skip=span)
            if base and head.head.lemma_.lower() not in _RATES:
                return f"{base} {'growth' if head.lower_ == 'up' else 'decline'}", f"'{head.head.text}, {head.text}' by a percentage"
        if tok.dep_ == "pobj" and head.lower_ == "at" and (head.head.lemma_ in _PUT_AT or head.head.dep_ == "dobj"
                                                           and head.head.head.lemma_ in _PUT_AT):
            # "Official data put Germany's GDP growth at -0.3%": the object is what the value measures
            verb = head.head if head.head.lemma_ in _PUT_AT else head.head.head
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
            if obj is not None:
                return _share(_phrase(obj, skip=span), whole), f"'{head.head.text} {obj.text} at' the value"
            passive = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")), None)
            if passive is not None and _phrase(passive, skip=span):
                # "Paraguay's soybean crop is estimated at 10.2 million tonnes": what is put at the value
                return _share(_phrase(passive, skip=span), whole), f"'{passive.text} ... {verb.text} at' the value"
        if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in _BRING:
            # "bringing gross domestic product to about US$437 billion": the level the object reaches
            obj = next((c for c in head.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
            if obj is not None:
                return _share(_phrase(obj, skip=span), whole), f"'{head.head.text} {obj.text} to' the value"
        if mention.kind == "money" and tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_ in _DEALS:
            # "agreed to buy Credit Suisse for 3 billion Swiss francs": the price of the deal
            return _DEALS[head.head.lemma_], f"'{head.head.text} ... for' the amount"
        if tok.dep_ == "appos" and head.lower_ in _FRAMES and head.dep_ in ("nmod", "amod", "compound") and head.head.pos_ == "NOUN" \
                and head.head.i > head.i and head.head.lemma_.lower() not in _VAGUE_HEADS:
            # "a record K27 billion (about US$6.8 billion) budget": the amount is the budget, "record" only its frame
            return _share(_phrase(head.head, skip=span), whole), f"'{head.text} ... {head.head.text}' the value describes"
        if tok.dep_ == "appos" and head.pos_ == "NOUN" and head.lemma_.lower() not in _VAGUE_HEADS:
            # "the budget ... Rs 6,15,518 crore": a value in apposition restates its noun
            return _share(_phrase(head, skip=span), whole), f"'{head.text}' the value stands in apposition to"
        if head.pos_ in ("VERB", "AUX") and head.lemma_ in _REPORTING:
            # "..., the minister told the assembly": what was said is not what the speaker's verb takes
            tok = head
            break
        if head.pos_ in ("VERB", "AUX") and head.lemma_ == "cost" and mention.kind == "money" and tok.dep_ not in ("nsubj", "nsubjpass"):
            subj = subject_of(head)  # "Petrol now costs about R$5.80 per litre": the price of the subject
            base = _phrase(subj, skip=span) if subj is not None else None
            if base:  # per unit it is a price ("R$5.80 per litre"); in all, a cost ("the line will cost $4 billion")
                word = "price" if getattr(mention, "per", None) else "cost"
                return f"{base} {word}", f"'{subj.text} {head.text}' the amount: its {word}"
        if head.pos_ in ("VERB", "AUX"):
            subj = subject_of(head)
            # "the Bank of England raised Bank Rate to 5 per cent": an actor's number measures the object
            obj = next((c for c in head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i not in range(span.start, span.end)), None)
            actor = subj is not None and (subj.ent_type_ in ("ORG", "GPE", "PERSON", "NORP") or subj.pos_ == "PROPN" or bool(BODY.search(subj.text))
                                          or subj.lemma_.lower() in _INSTITUTIONS)
            if subj is not None and obj is not None and obj.lower_ == "minimum" and head.lemma_ in ("earn", "receive", "get") \
                    and mention.kind == "money" and whole is None:
                # "Cambodian garment workers earn a minimum of $182 a month": the minimum wage
                return "minimum wage", f"'{head.text} a {obj.text} of' the amount"
            if actor and obj is not None and obj.lemma_.lower() in ("average", "total", "median", "mean") \
                    and head.lemma_ in _ACTIONS and whole is None:
                goods = _goods_after(span) if phrasal(head) in _OUTPUTS else None
                if goods:  # "produced an average of 88,000 barrels per day of crude oil": crude oil production
                    return f"{goods} {_OUTPUTS[phrasal(head)]}", f"'{head.text} an {obj.text} of' the amount 'of {goods}'"
                # "Belarusians earn an average of 1,437 rubles a month": average earnings, not "average"
                return f"{obj.lemma_.lower()} {_ACTIONS[head.lemma_]}", f"'{head.text} an {obj.text} of' the amount"
            if actor and obj is not None and not obj.like_num and obj.ent_type_ not in ("MONEY", "CARDINAL", "QUANTITY", "PERCENT"):
                return _share(_phrase(obj, skip=span), whole), f"object '{obj.text}' of '{head.text}' (the subject is an actor)"
            if actor and mention.kind == "quantity" and phrasal(head) in _OUTPUTS and whole is None \
                    and dimension(mention.unit) != "capacity" \
                    and (tok.i in range(span.start, span.end) or tok.dep_ == "dobj"):
                # "Congo-Brazzaville pumps around 270,000 barrels a day": what the country makes (barrels hold oil)
                goods = "oil " if _BARRELS.search(span.doc.text, span.start_char, span.end_char + 12) else ""
                return f"{goods}{_OUTPUTS[phrasal(head)]}", f"'{subj.text} {head.text}' the amount: its {_OUTPUTS[phrasal(head)]}"
            if actor and head.lemma_ in _ACTIONS and (tok.i in range(span.start, span.end) or tok.dep_ == "dobj"):
                # "Petrobras plans to invest US$68 billion": what the actor does with it
                return _share(_ACTIONS[head.lemma_], whole), f"'{head.text}' by the actor '{subj.text}'"
            if actor and mention.kind == "money" and phrasal(head) in _TAKINGS and whole is None \
                    and (tok.i in range(span.start, span.end) or tok.dep_ == "dobj"):
                # "Fiji Airways turned over FJ$1.36 billion in 2023": what the actor took in
                return _TAKINGS[phrasal(head)], f"'{head.text}' by the actor '{subj.text}': what it took in"
            if subj is not None and subj.lemma_.lower() in _PERIOD_WORDS and head.lemma_ in ("end", "begin", "start", "close"):
                tok = head  # "for the year ending March 2025": a period's end, not a measure; look further up
                continue
            if subj is not None and subj.lemma_.lower() in ("quarter", "half", "year", "month") and head.i - subj.i in range(2, 6):
                # "Fourth-quarter operating EBIT was ...", parsed as a quarter that operates EBIT: the words after it
                words = [_norm(t) for t in subj.doc[subj.i + 1:head.i] if not t.is_punct]
                if words:
                    return _share(" ".join(words), whole), f"words after the time word '{subj.text}' before '{head.text}'"
            done = phrasal(head)
            # (not "pay" or "cost": what people pay is a price or a fee, which the words around it name)
            if subj is not None and subj.pos_ == "NOUN" and mention.kind == "money" \
                    and (done in _TAKINGS or head.lemma_ in _ACTIONS and head.lemma_ not in ("pay", "cost")) \
                    and (tok.i in range(span.start, span.end) or tok.dep_ == "dobj") and whole is None:
                # "Visitors spent ¥8.1 trillion", "Macau's casinos took in 18.36 billion patacas": what they did with it
                base = _phrase(subj, skip=span)
                if base:
                    return f"{base} {_TAKINGS.get(done) or _ACTIONS[head.lemma_]}", f"'{subj.text} {head.text}' the amount"
            if subj is not None and mention.kind == "money" and whole is None and head.lemma_ in ("send", "remit") \
                    and (head.lemma_ == "remit" or any(c.lower_ in ("home", "back") for c in head.children)):
                # "Haitians living abroad send home about $3.8 billion a year": remittances
                sent = " ".join([head.text, *(c.text for c in head.children if c.lower_ in ("home", "back"))])
                return "remittance", f"'{subj.text} {sent}' the amount: remittances"
            if subj is not None and subj.lemma_.lower() in _AGENTS and mention.kind in ("quantity", "count") and whole is None:
                # "The South American producer averaged 780,000 barrels a day": what the producer produces
                goods = [_norm(t) for t in subj.children if t.dep_ == "compound" and t.pos_ == "NOUN"]
                if not goods and _BARRELS.search(span.doc.text, span.start_char, span.end_char + 12):
                    goods = ["oil"]
                made = _OUTPUTS.get(phrasal(head)) or _AGENTS[subj.lemma_.lower()]  # "The miner shipped ...": shipments
                return " ".join([*goods, made]), f"what the subject '{subj.text}' of '{head.text}' makes"
            people = _people_part(subj, head) if subj is not None and mention.kind in ("percent", "ratio") else None
            if people:  # "New Zealanders made up 46% of arrivals": the New Zealander share of arrivals
                return f"{people} share" + (f" of {whole}" if whole else ""), f"people '{subj.text}' who {head.text} a share"
            if subj is not None:
                base = _phrase(subj, skip=span)
                return _share(base, whole), f"subject '{subj.text}' of '{head.text}'"
        tok = head
    label = _LABEL_BEFORE.fullmatch(span.doc.text, 0, span.start_char)  # (the parsed text is one sentence)
    if label:  # "- Net profit: QR410m (+4.5%)", "Turnout: 61%": a line that labels its value
        return label.group(1).strip().lower(), f"the label '{label.group(1).strip()}' before the value"
    sent_root = span.sent.root
    if sent_root.lemma_ in _REPORTING:
        return (whole and f"share of {whole}"), f"no measure: the value hangs off '{sent_root.text}', a verb of speaking"
    subj = subject_of(sent_root)
    if subj is not None:
        return _share(_phrase(subj, skip=span), whole), f"sentence subject '{subj.text}'"
    return (whole and f"share of {whole}"), "no subject found"


#: places whose counted things are named by them: "the hospitals have 15,900 beds" (hospital beds)
_FACILITY_OWNERS = frozenset({"hospital", "school", "hotel", "prison", "university", "clinic", "port", "airport",
                              "library", "museum", "kindergarten", "nursery", "shelter"})

#: a verb of trade or making right before a value, as written ("ships around"), for when the tagger reads it as a noun
_VERB_BEFORE = re.compile(r"\b(" + "|".join(TRADE_VERBS) + r")(?:s|d|ed|ped)?\s+(?:around|about|some|nearly|roughly|"
                          r"almost|more\s+than|over|up\s+to)?\s*$", re.IGNORECASE)


def _currency_word(tok: Any) -> bool:
    """A currency's name, the end of another amount: "revenue of 28 billion lari and spending of ..."."""
    return tok.ent_type_ == "MONEY" or tok.lower_ in SUFFIX_CURRENCIES


def _goods_after(span: Any) -> str | None:
    """What a quantity is of when "of" follows it and its rate: "88,000 barrels per day of crude oil" -> "crude oil"."""
    for tok in span.doc[span.end:span.end + 4]:
        if tok.lower_ == "of" and tok.dep_ == "prep":
            pobj = next((c for c in tok.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
            return _phrase(pobj) if pobj is not None else None
        if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            return None
    return None


#: verbs that put crops in land: the area they cover
_PLANTING = {"plant": "planted area", "sow": "sown area", "seed": "sown area", "cultivate": "cultivated area",
             "harvest": "harvested area", "farm": "farmed area"}

#: barrels hold oil: "barrels a day", "b/d", "bpd"
_BARRELS = re.compile(r"barrel|\bb/d\b|\bbpd\b|\bbbl", re.IGNORECASE)

#: who makes, sells or buys a thing, for the measure of what they do: "the producer averaged 780,000 barrels a day"
_AGENTS = {"producer": "production", "exporter": "export", "importer": "import", "consumer": "consumption",
           "grower": "production", "miner": "production", "refiner": "throughput"}

#: verbs by which a thing earns money ("Tourism generated $3.2 billion in foreign exchange earnings")
_EARNING = {"earn", "generate", "bring", "bring in", "fetch", "rake", "rake in", "make", "pull in", "yield"}
#: heads that only say "goods": "dairy products" earn what "dairy" earns
_GOODS_HEADS = {"product", "good", "commodity", "item", "sector", "industry", "shipment"}


def _building_stage(noun: Any) -> tuple[str, str] | None:
    """Homes counted at a stage of building: "Work started on 376,000 new homes", "builders broke ground on 31,900
    homes" (housing starts); "39,120 dwellings were completed", "Germany completed 294,400 dwellings", "the homes
    finished last year" (dwelling and home completions, one measure by the bundled aliases). Other things started
    on: "construction began on 12 bridges" (bridge starts). Homes "started" or that a place "starts building" are
    housing starts too."""
    homes = noun.lemma_.lower() in _HOMES or noun.lemma_.lower() == "unit" and any(
        c.lower_ in ("housing", "residential", "dwelling") for c in noun.children)  # not "1 million units" of scooters
    verb = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "on":
        verb = noun.head.head
        doer = subject_of(verb)
        started = verb.lemma_ in ("start", "begin") and doer is not None and doer.lemma_.lower() in ("work", "construction", "building")
        if started or verb.lemma_ == "break" and any(c.dep_ == "dobj" and c.lower_ == "ground" for c in verb.children):
            what = "housing" if homes else _phrase(noun)
            return f"{what} start", f"'{verb.text} ... on ... {noun.text}': starts"
        return None
    if homes and noun.dep_ == "dobj" and (verb.lemma_ == "start" or verb.lemma_ in ("build", "construct") and verb.dep_ == "xcomp"
                                          and verb.head.lemma_ in ("start", "begin")):
        # "Builders started 41,000 homes", "Israel starts building around 72,000 homes a year": housing starts
        return "housing start", f"'{verb.text} ... {noun.text}': starts"
    subject = noun  # (or "a total of" them: "A total of 294,400 dwellings were completed")
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in ("total", "number"):
        subject, verb = noun.head.head, noun.head.head.head
    # (done, not planned: "plans to build 13,000 affordable homes" is no completion)
    # ("put into service / use / operation", "commissioned": finished and handed over)
    handed = verb.lemma_ == "commission" or verb.lemma_ == "put" and any(
        c.lower_ == "into" and any(p.lower_ in ("service", "use", "operation") for p in c.children) for c in verb.children)
    done = subject.dep_ == "nsubjpass" and (verb.lemma_ in _COMPLETED or handed) \
        or subject.dep_ == "dobj" and verb.lemma_ in _COMPLETED and verb.tag_ in ("VBD", "VBN") or any(
        c.dep_ == "acl" and c.lemma_ in ("complete", "finish") and c.tag_ == "VBN" for c in noun.children)
    if homes and done:
        return f"{_phrase(noun) or _norm(noun)} completion", f"'{noun.text}' completed: completions"
    return None


_COMPLETED = frozenset({"complete", "finish", "build"})
_CLAUSE_JOINS = frozenset({"and", "but", "while", "whereas", "although", "though"})


def _fronted_whole(span: Any) -> Any:
    """The noun of a whole the sentence opens with, for the values after it: "Of the homes finished across Germany
    last year, 118,000 were ...", "Of the 93 glaciers surveyed, 89 shrank"."""
    sent = span.sent
    first = sent[0]
    if first.lower_ != "of" or span.start <= first.i:
        return None
    pobj = next((c for c in first.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if pobj is None or any(t.like_num for t in pobj.children) and span.root.pos_ != "NUM":
        return None  # "Of the 11.2 million tonnes of phosphate ..., 7.3 million tonnes": the unit is no whole
    comma = next((t for t in sent if t.i > pobj.i and t.text == ","), None)
    if comma is None or span.start < comma.i or any(t.text in ";:" or t.lower_ in _CLAUSE_JOINS and t.nbor(-1).text == ","
                                                    for t in sent.doc[comma.i + 1:span.start]):
        return None  # "Of those commuters, some 123,000 live in France, and the average driver spends 52 minutes"
    return pobj


def _earner(verb: Any) -> str | None:
    """What (not who) earned an amount, when the subject of an earning verb is a thing: "Dairy products earned ..."."""
    if verb is None or verb.pos_ not in ("VERB", "AUX") or phrasal(verb) not in _EARNING and verb.lemma_ not in _EARNING:
        return None
    subj = subject_of(verb)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ or subj.dep_ != "nsubj" \
            or subj.lemma_.lower() in _INSTITUTIONS | _PLACE_NOUNS | _GENERIC | _SETTLEMENTS \
            or any(c.dep_ == "poss" for c in subj.children):  # "the company's shops earned": an actor's
        return None
    goods = subj.lemma_.lower() in _GOODS_HEADS
    if subj.tag_ != "NN" and not goods and subj.lemma_.lower() not in ("export", "shipment", "sale"):
        return None  # a thing ("Tourism", "Dairy products", "Exports"), not people ("arrivals", "exporters")
    words = (_phrase(subj) or "").split()
    if goods:  # "dairy products" earn what "dairy" earns; "the sector" names nothing
        words = words[:-1]
    return " ".join(words) or None


def _share_doing(whole: str, verb: Any) -> str:
    """ "share of household with access to electricity", "share of new car fully electric"."""
    for child in verb.children:
        if child.dep_ == "dobj" and verb.lemma_ == "have":
            words, last = [], child.left_edge.i - 1
            for t in child.subtree:
                if t.i > child.i and (t.i != last + 1 or t.is_punct or t.dep_ in ("cc", "conj", "acl", "relcl", "advcl")):
                    break  # "access to electricity, including off-grid kits": up to the comma
                last = t.i
                if t.dep_ not in ("det", "poss") and t.ent_type_ != "NORP" or t.i == child.i:
                    words.append(_norm(t))
            what = " ".join(w for w in words if w)
            return f"share of {whole} with {what}" if what else f"share of {whole}"
        if child.dep_ == "acomp" and verb.lemma_ == "be" and child.pos_ == "ADJ":
            # "82.4% of new cars were fully electric": the electric car share of new cars
            head = whole.split()[-1]
            return f"{child.lower_} {head} share of {whole}"
        if child.dep_ in ("acomp", "attr") and verb.lemma_ == "be":
            what = " ".join(t.lower_ for t in child.subtree if t.dep_ not in ("det", "punct"))
            return f"share of {whole} {what}" if what else f"share of {whole}"
    return f"share of {whole}"


def _purpose(root: Any, span: Any) -> tuple[str, str] | None:
    """What money is given to: "released 150 billion naira for road repairs", "¥2.7 trillion to extend energy subsidies"."""
    doc = span.doc
    # "... 10 billion euros to extend a cut in payroll taxes": an infinitive right after the amount says what it pays for
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "to" and doc[span.end].dep_ == "aux" and doc[span.end + 1].pos_ == "VERB":
        verb = doc[span.end + 1]
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if obj is not None:
            phrase = _phrase(obj, skip=span)
            if phrase:
                return phrase, f"'to {verb.text} {obj.text}': what the amount pays for"
    verb = root.head
    while verb.dep_ in ("conj", "appos") and verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _FUNDING or root.dep_ not in ("dobj", "nsubjpass", "nsubj", "npadvmod", "appos", "attr"):
        return None
    for prep in [*verb.children, *(c for t in span for c in t.children)]:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "on", "towards", "toward") or prep.i < span.end:
            continue
        for pobj in prep.children:
            if (pobj.dep_ == "pobj" and pobj.pos_ == "NOUN" and pobj.ent_type_ not in ("DATE", "TIME", "MONEY", "CARDINAL")
                    and pobj.lemma_.lower() not in _NOT_MEASURES and pobj.lemma_.lower() not in _TIME_UNITS):
                # "for the first section of the Lagos-Calabar Coastal Highway": the named thing is the entity, not the measure
                named = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"
                              and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)), None)
                phrase = _phrase(pobj, skip=doc[named.left_edge.i:named.right_edge.i + 1] if named is not None else span)
                if phrase:
                    return phrase, f"'{verb.text} ... {prep.text} {pobj.text}': what the money is for"
    return None


def _thanks(tok: Any) -> bool:
    """'thanks' of 'thanks to' (or 'due' of 'due to'), which the parser can hang an amount on as if a noun it counted."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ in ("thanks", "due") and nxt is not None and nxt.lower_ == "to"


def _worth(root: Any, span: Any) -> tuple[str, str] | None:
    """ "fertiliser exports worth MAD 6.3 billion", "exported cocoa worth $2.2 billion": what is worth the amount."""
    worth = root.head if root.head.lower_ == "worth" else root.head.head if root.head.head.lower_ == "worth" else None
    if worth is None or root.i < worth.i:
        return None
    noun = worth.head if worth.dep_ in ("amod", "acl", "prep") and worth.head.pos_ in ("NOUN", "PROPN") else subject_of(worth)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or any(c.like_num for c in noun.subtree if c.i < worth.i):
        return None  # "7.1mn tonnes, worth $3.9bn": the worth of another value (see ``attribute``)
    words = {t.i for t in worth.subtree}
    base = _phrase(noun, skip=span)
    base = " ".join(w for w in (base or "").split() if w != "worth") or None
    if base and noun.dep_ == "dobj" and phrasal(noun.head) in _OUTPUTS and not words & {noun.head.i}:
        return f"{base} {_OUTPUTS[phrasal(noun.head)]}", f"'{noun.head.text} {noun.text} worth' the amount"
    return (base, f"'{noun.text} worth' the amount") if base else None


#: what people are "on" or "receiving": a treatment, a benefit ("people on antiretroviral treatment")
_TREATMENTS = {"treatment", "therapy", "medication", "antiretroviral", "antiretrovirals", "dialysis", "drug", "insulin",
               "methadone", "benefit", "benefits", "welfare", "allowance", "pension"}


def _people_doing(noun: Any) -> str | None:
    """What a count of people is by what they do: attendees, visitors, the displaced, the unemployed."""
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ in _PEOPLE_DOING:
        return _PEOPLE_DOING[verb.lemma_]
    if noun.dep_ == "dobj" and verb.lemma_ in _PEOPLE_DONE_TO:  # "the earthquake killed 2,862 people"
        return _PEOPLE_DONE_TO[verb.lemma_]
    if noun.dep_ == "dobj" and verb.lemma_ in ("force", "drive", "chase") and any(
            t.lemma_ in ("home", "house", "flee", "leave", "evacuate") for t in verb.subtree if t.i > noun.i):
        return "displaced person"  # "forcing 1,350 people from their homes", "forced 20,000 people to flee"
    for child in noun.children:  # "300,000 people affected", "26 million people facing acute hunger"
        if child.dep_ == "acl" and child.i > noun.i and child.tag_ in ("VBN", "VBG"):
            if child.tag_ == "VBN":
                return _PEOPLE_DONE_TO.get(child.lemma_, f"{child.lower_} person")
            words = [t.lower_ for t in child.subtree if not t.is_punct and t.dep_ not in ("det", "poss")][:5]
            return "person " + " ".join(words)
    if noun.dep_ == "nsubj" and verb.lemma_ in _PEOPLE_LACKING:  # "26 million people face acute hunger"
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        what = _phrase(obj) if obj is not None else None
        if what:
            return f"{_PEOPLE_LACKING[verb.lemma_]} {what}"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" and noun.head.head.i < noun.i:
        of = _phrase(noun.head.head)  # "net migration of 7,295 people": the flow the people make up
        if of:
            return of
    on = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children
               if p.dep_ == "pobj" and p.lemma_.lower() in _TREATMENTS), None)
    if on is not None and _phrase(on):  # "990,000 people on antiretroviral treatment"
        return f"person on {_phrase(on)}"
    if noun.dep_ == "nsubj" and verb.lemma_ in ("receive", "get", "take", "undergo", "need", "start"):
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _TREATMENTS), None)
        if obj is not None and _phrase(obj):  # "1.9 million people were receiving antiretroviral therapy"
            return f"person on {_phrase(obj)}"
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ == "be":
        adj = next((c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
        if adj is not None:  # "60 million people in the country are eligible for the ration"
            return f"{adj.lower_} person"
    after = " ".join(t.lower_ for t in noun.doc[noun.i + 1:noun.i + 4])  # the parser hangs "out of" anywhere
    if after.startswith("in need of"):  # "6.6 million people in need of food aid"
        need = [t.lower_ for t in noun.doc[noun.i + 4:noun.i + 7] if t.pos_ in ("NOUN", "ADJ", "PROPN")]
        if need:
            return "person in need of " + " ".join(need[:2])
    if after.startswith(("out of work", "without work", "without a job", "without jobs", "out of a job")):
        return "unemployed person"
    if after.startswith(("in work", "in employment", "in jobs", "in a job")):
        return "employed person"
    return None


#: people who enter an event, by how they joined it; who they are ("runners", "athletes") says no more
_ENTRY = {"enter": "entrant", "sign up": "entrant", "register": "entrant", "take part": "participant", "compete": "participant"}
_PARTICIPANTS = {"runner", "athlete", "competitor", "participant", "entrant", "rider", "cyclist", "swimmer", "team"}

#: people counted by what is done to them ("killed 2,862 people", "300,000 people affected")
_PEOPLE_DONE_TO = {"kill": "death", "injure": "injured person", "displace": "displaced person", "affect": "affected person",
                   "evacuate": "evacuee", "employ": "employed person", "infect": "infection", "hospitalize": "hospitalization",
                   "hospitalise": "hospitalization", "rescue": "rescued person", "arrest": "arrest", "detain": "detainee",
                   "treat": "patient"}

#: people counted by what they face or need ("26 million people face acute hunger", "3.4 million need food assistance")
_PEOPLE_LACKING = {"face": "person facing", "need": "person in need of", "lack": "person lacking", "require": "person in need of"}

#: people counted by what they do ("170,000 people attended", "1.1 million people have fled")
_PEOPLE_DOING = {"employ": "employed person", "affect": "affected person", "attend": "attendee", "visit": "visitor", "flee": "displaced person", "die": "death", "vote": "voter",
                 "apply": "applicant", "subscribe": "subscriber", "enrol": "student", "enroll": "student",
                 "evacuate": "evacuee", "displace": "displaced person", "kill": "death", "injure": "injured person",
                 "infect": "infection", "vaccinate": "vaccinated person", "hospitalize": "hospitalization",
                 "hospitalise": "hospitalization", "emigrate": "emigrant", "immigrate": "immigrant", "force": "displaced person"}


def _scoped(phrase: str | None, noun: Any) -> str | None:
    """Keep a scope the subject puts on an object count: "International flights carried 17.2 million passengers"."""
    if not phrase or noun.dep_ != "dobj":
        return phrase
    subj = subject_of(noun.head)
    scope = [t.lower_ for t in subj.subtree if t.dep_ == "amod" and t.lower_ in _SCOPES] if subj is not None else []
    return " ".join([w for w in scope if w not in phrase.split()] + [phrase])


def _change(root: Any, span: Any) -> tuple[str, str] | None:
    """"Japan's exports rose 9.8%": a percentage change of the subject is its growth (or decline), not its level."""
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ == "average" and root.head.head.dep_ == "pobj":
        root = root.head.head  # "rose by an average of 24.7%": the average is the change
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "by":
        verb = verb.head
    elif root.dep_ not in ("dobj", "npadvmod", "advmod"):
        return None
    if verb.pos_ == "VERB" and verb.lemma_ in _MOVES and root.head.lower_ == "by":
        # "Greggs lifted total sales by 19.6%": the change of what the actor moved
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        base = _phrase(obj, skip=span) if obj is not None else None
        if base and obj.lemma_.lower() not in _RATES:
            return f"{base} {_MOVES[verb.lemma_]}", f"'{verb.text} {obj.text} by' a percentage: change of '{obj.text}'"
    if verb.pos_ == "VERB" and verb.lemma_ in _CURRENCY_MOVES and (money := subject_of(verb)) is not None \
            and money.lower_ in SUFFIX_CURRENCIES:
        # "Ethiopia's birr weakened by about 30%", "the rand gained 2.1% against the dollar": its exchange rate moved
        return f"{money.lemma_.lower()} {_CURRENCY_MOVES[verb.lemma_]}", f"'{money.text} {verb.text}' by a percentage: " \
            "a change of the currency's exchange rate"
    if verb.pos_ != "VERB" or verb.lemma_ not in _CHANGES:
        return None
    subj = subject_of(verb)
    base = _phrase(subj, skip=span) if subj is not None else None
    # a rate that "rose 4.5%" keeps its metric: percent or points is for the rules to flag, not to hide
    if not base or subj.lemma_.lower() in _RATES:
        return None
    word = _CHANGES[verb.lemma_]
    if subj.lemma_ == "economy" or subj.ent_type_ == "GPE" and verb.lemma_ in ("grow", "expand", "shrink", "contract"):
        # "Portugal grew 0.8%", "the economy expanded 2.1%": a country that grows is its economy, measured by its GDP
        # (the part of it named: "Abu Dhabi's non-oil economy grew 9.1%" is its non-oil GDP's growth)
        mods = [c for c in subj.children if c.dep_ in ("amod", "compound") and c.i < subj.i and c.text.islower()
                and c.lower_ not in _WHOLE_ECONOMY and not any(t.tag_ in ("JJS", "JJR", "CD") or t.lower_ in _SIZES_OF_ECONOMY
                                                                for t in c.subtree)] if subj.lemma_ == "economy" else []
        part = subj.doc[min(t.i for c in mods for t in c.subtree):subj.i].text.lower() if mods else ""
        return f"{part} GDP {word}".strip(), f"'{verb.text}' by a percentage: change of the economy (its GDP)"
    return f"{base} {word}", f"'{verb.text}' by a percentage: change of '{subj.text}'"


def _object_verb(noun: Any) -> Any:
    """The verb ``noun`` is the object of, also through "an average of" / "a total of" ("pumped an average of 1.10
    million barrels of crude a day"); None if it is no object."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in ("average", "total") \
            and noun.head.head.dep_ == "dobj":
        return noun.head.head.head
    return noun.head if noun.dep_ == "dobj" else None


#: what a quantity reached can be: "the cotton harvest collapsed to 390,000 tonnes of seed cotton"
_MEASURE_NOUNS = {"harvest", "output", "production", "crop", "export", "import", "shipment", "sale", "catch",
                  "consumption", "demand", "supply", "yield"}


def _measure_subject(noun: Any, stuff: str) -> tuple[str, str] | None:
    """A level a measure reached: "Mali's cotton harvest collapsed to 390,000 tonnes of seed cotton" is the harvest
    (with the good when the subject does not name it: "Exports rose to 5 million tonnes of coffee")."""
    if not (noun.dep_ == "pobj" and noun.head.lower_ in ("to", "at")):
        return None
    subj = subject_of(noun.head.head)
    if subj is None or subj.lemma_.lower() not in _MEASURE_NOUNS:
        return None
    base = _phrase(subj)
    if not base:
        return None
    if not set(stuff.lower().split()) & set(base.lower().split()):
        base = f"{stuff} {base}"
    return base, f"'{subj.text}' reached the level, of '{stuff}'"


def _change_in(span: Any) -> tuple[str, str] | None:
    """"a 38% rise in tourist arrivals": the measure a change noun names with "in"."""
    noun = span.root if span.root.lemma_.lower() in _BARE_CHANGES else span.root.head
    if noun.lemma_.lower() not in _BARE_CHANGES or noun.i < span.start:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i > noun.i:
            pobj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
            base = _phrase(pobj, skip=span) if pobj is not None else None
            if base:
                return f"{base} {_DIRECTION[noun.lemma_.lower()]}", f"'{noun.text} in {pobj.text}': the change of '{base}'"
    return None


def _share_whole(root: Any, span: Any = None) -> str | None:
    # "84.6 per cent of ...": the parser may hang "of" off "cent" inside the value
    inside = [t for t in span if t.i != root.i] if span is not None else []
    for child in [c for t in (root, *inside) for c in t.children]:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = [c for c in child.children if c.dep_ == "pobj"]
            if pobj:
                nation = [t for t in pobj[0].children if t.dep_ == "amod" and t.ent_type_ == "NORP"]
                whole = _phrase(pobj[0])
                if whole and any(t.dep_ == "amod" and t.lower_ == "new" for t in pobj[0].children):
                    whole = f"new {whole}"  # "of new cars": new sales, not the fleet
                # "of Rwandan households": the nation is the entity, the whole is households
                return re.sub(rf"^{re.escape(nation[0].lower_)}\s+", "", whole) if whole and nation else whole
    return None


def _people_part(subj: Any, verb: Any) -> str | None:
    """People of a nationality who make up, account for or represent a share: the nationality's adjective
    ("New Zealanders" -> "New Zealander"), as a metric names them."""
    if verb.i != subj.head.i or not people_making_up(subj):
        return None
    words = subj.doc[name_start(subj):subj.i + 1].text
    return words[:-1] if words[:1].isupper() and words.endswith("s") else None


def _share(base: str | None, whole: str | None) -> str | None:
    if whole and base and whole not in base:
        return f"{base} share of {whole}"
    return base or (f"share of {whole}" if whole else None)


def _phrase(noun: Any, skip: Any = None) -> str | None:
    """Lemmatized noun phrase: modifiers + head + 'of'-complement; no determiners or possessives."""
    words: list[str] = []
    # "third-quarter revenue", "full-year sales", "first-half profit": the period is not the measure
    # (also a month: "its October revenue", "Japan's September exports")
    periods = {t.i for c in noun.children if c.i < noun.i and (c.lemma_.lower() in _PERIOD_WORDS or c.lower_ in _MONTH_NAMES)
               for t in c.subtree}
    # an apposition with its own words: "debt ..., central bank data show" (the parse's "show" an appos)
    periods.update(t.i for c in noun.subtree if c.i > noun.i and c.dep_ == "appos" for t in c.subtree)
    # a clause the parser hangs before the noun: "Since Zambia abolished school fees in January 2022, enrolment ..."
    periods.update(t.i for c in noun.children if c.i < noun.i and c.dep_ in ("advcl", "relcl", "acl", "csubj", "mark")
                   for t in c.subtree)
    for tok in noun.subtree:
        if skip is not None and skip.start <= tok.i < skip.end or tok.i in periods:
            continue
        if tok.dep_ == "prep" and tok.lower_ == "of" and any(
                skip is not None and skip.start <= c.i < skip.end or c.like_num or c.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL")
                for c in tok.subtree if c.i != tok.i):
            # "dividend of [18 sen] per share", "revenue of MAD 24.1 billion": an amount's "of" is not part of the name
            periods.update(t.i for t in tok.subtree)
            continue
        if tok.i > noun.i and tok.dep_ not in ("prep", "pobj", "compound", "amod") and not _under_of(tok, noun):
            break
        hyphened = not tok.whitespace_ and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-" and tok.i < noun.i
        if (tok.dep_ in ("det", "poss", "case", "punct", "nummod", "quantmod", "cc", "predet", "relcl", "acl", "advmod", "appos")
                or tok.like_num) and not (hyphened and tok.is_alpha):  # "Ready-made garments": the word before a hyphen stays
            if not (tok.dep_ == "punct" and tok.text in ("-", "&")):
                continue
        if tok.i > noun.i and tok.dep_ == "prep" and tok.lower_ not in ("of", "per"):
            break
        if tok.lower_ in _DROP_MODIFIERS and tok.i != noun.i and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-"):
            if words[-2:-1] and words[-1] == "-":
                del words[-2:]  # "full-year revenue": the compound goes with the word it lost
            continue
        if _in_poss(tok, noun):
            continue
        words.append(_norm(tok))
    if words[-2:] == ["death", "toll"]:  # "the death toll from the floods": the floods' deaths
        cause = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
                      for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"), None)
        if cause is not None:
            words[-2:] = [cause.lemma_.lower(), "death"]
    phrase = re.sub(r"\s*([-&])\s*", r"\1", " ".join(w for w in words if w)).strip()
    phrase = re.sub(r"(?:\s+(?:of|in|for|by|and))+$", "", phrase)
    return phrase.strip("- ") or None


def _under_of(tok: Any, noun: Any) -> bool:
    anc = tok
    while anc.i != noun.i and anc.head.i != anc.i:
        if anc.dep_ == "prep" and anc.lower_ in ("of", "per") and anc.head.i == noun.i:
            return True
        anc = anc.head
    return False


def _in_poss(tok: Any, noun: Any) -> bool:
    anc = tok
    while anc.i != noun.i and anc.head.i != anc.i:
        if anc.dep_ == "poss":
            return True
        anc = anc.head
    return False


def _norm(tok: Any) -> str:
    if tok.pos_ == "PROPN" and common_first_word(tok):  # "Deforestation in the Brazilian Amazon fell ..."
        return tok.lower_
    if tok.pos_ == "PROPN" and tok.i == 0 and not tok.ent_type_ and not tok.text.isupper() and tok.head.pos_ == "NOUN" \
            and tok.dep_ in ("compound", "amod"):  # "Cargo volumes edged up ...": a capital only because it opens the sentence
        return tok.lower_
    if tok.pos_ == "PROPN" or (tok.text.isupper() and len(tok.text) > 1) or "&" in tok.text:
        return tok.text
    if (tok.tag_ in ("NNS", "NNPS") or tok.pos_ == "NOUN") and tok.lower_ not in NO_SINGULAR:
        return tok.lemma_.lower()
    return tok.lower_
