"""Attribute an entity to a value: who or what the number is about.

The subject of the value's clause comes first (the subject itself, its
apposition, its owner, a place it is in), then the nearest fitting name before
the value, "the city"-style placeholders (the document's main place), the
sentence's proper-noun subject, names after the value, and document defaults.
Sources are not subjects: ministries, statistics offices and whoever "said"
the number are skipped, as are currency codes read as ORGs and places in
"Zurich-based". Every decision is recorded in ``mention.explain``.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from ..model import Mention
from ..nlp import has_noun_index, is_common_noun
from .demonyms import country_in, country_of, country_of_people, is_country_name, region_demonym
from .names import OFFICES, abbreviates_measure, names_in

_PLACEHOLDER = re.compile(r"\b(?:the|this|our)\s+(?:(?:island\s+|landlocked\s+|(?-i:[A-Z][a-z]+(?:-(?:based|listed|headquartered))?\s+))?"
                          r"(?:nation|country|state|kingdom|republic|sultanate|principality|city-state|island|archipelago)|city|district|province|region|town|emirate|"
                          r"municipality|canton|county|prefecture|governorate|airport|"
                          # a company by what it does, maybe with its home and trade: "the Nagoya carmaker", "the
                          # Warsaw-listed group", "the Monterrey-based packaging maker"
                          r"(?:(?-i:[A-Z][a-z]+(?:-(?:based|listed|headquartered))?\s+){0,2}(?-i:[a-z]+\s+)?)?"
                          r"(?:company|group|firm|airline|carrier|miner|lender|insurer|retailer|utility|operator|start-?up|carmaker|"
                          r"automaker|housebuilder|homebuilder|developer|chain|maker|manufacturer|producer|brewer|exporter|"
                          r"conglomerate|chipmaker|drugmaker|grocer|supermarket|telco|broadcaster|refiner|shipper|trust)|"
                          # a body by the word its name ends or starts with: "the authority's register", "the bank's"
                          r"(?:authority|agency|bank|fund|university|college|commission|institute|league|club|"
                          r"association|federation|corporation|museum|hospital|port))\b"
                          # (not the start of a name: "the Democratic Republic of Congo", "the City of Fairmont Hills")
                          r"(?!\s+of\s+(?:the\s+)?(?-i:[A-Z]))",
                          re.IGNORECASE)
#: placeholders that repeat a word of the name they stand for ("the Kenya Revenue Authority ... the authority")
_NAME_WORDS = frozenset({"authority", "agency", "bank", "fund", "university", "college", "commission", "institute", "league",
                         "club", "association", "federation", "corporation", "museum", "hospital", "port"})
#: placeholders that stand for a country (the others for a place of any size, or for an organization)
_COUNTRY_WORDS = ("nation", "country", "kingdom", "republic", "sultanate", "principality", "city-state", "island", "archipelago")
_SUBNATIONAL = ("province", "region", "district", "municipality", "town", "city", "canton", "county", "prefecture",
                "governorate")
#: documents a text capitalizes as titles ("his second Budget", "the Plan"), which the model may call organizations
_DOCUMENTS = frozenset({"budget", "budgets", "bill", "plan", "report", "survey", "review", "statement", "strategy",
                        "census", "programme", "program", "estimates", "accounts", "forecast", "outlook"})

#: countries that are also a city: "Singapore ... the city's"
_CITY_STATES = frozenset({"Singapore", "Monaco", "Hong Kong", "Macau", "Macao", "Vatican City", "Luxembourg", "Kuwait",
                          "Djibouti", "San Marino", "Gibraltar"})
_PLACE_WORDS = ("city", "district", "province", "state", "region", "town", "municipality", "emirate", "canton", "county",
                "prefecture", "governorate", *_COUNTRY_WORDS)

BODY = re.compile(r"\b(?:Ministry|Minister|Department|Office|Bureau|Treasury|Cabinet|Agency|Council|Government|government|"
                   r"Institute|institute|Board|Statistics|Stats|Commission|Parliament|Lok Sabha|Senate|Congress)\b")

_CURRENCY_CODE = re.compile(r"[A-Z]{2,3}")  # "USD 4 billion", "BD 61 million"
#: capitalized words that name no owner of a figure: weather patterns, crop varieties, scales
_NOT_NAMES = re.compile(r"(?:the\s+)?(?:El\s+Ni[ñn]o|La\s+Ni[ñn]a|Robusta|Arabica|Celsius|Fahrenheit|Richter)", re.IGNORECASE)
#: months, which a model may tag as a name ("the quarter ended Nov. 2"); not "May", also a name
_MONTH_NAME = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|June|July|"
                         r"August|September|October|November|December")

#: verbs of speaking: their subject is a source and their object the listener, never the measure
SPEECH = frozenset({"say", "tell", "add", "note", "state", "explain", "inform", "warn"})
_SAY = SPEECH | {"announce", "report", "estimate", "show"}

#: places written in lower case, which the model does not tag
_BLOC = re.compile(r"euro[ -]?zone|euro area|eurozone", re.IGNORECASE)

#: things with a name of their own: "the Grande Dixence dam", "the Olkaria plant"
_FACILITIES = {"dam", "plant", "mine", "port", "airport", "station", "bridge", "tunnel", "line", "railway", "highway",
               "project", "fund", "park", "reservoir", "refinery", "terminal", "field", "farm", "stadium", "hospital"}

_NAMED_THINGS = {"scheme", "network", "programme", "program", "line", "project", "initiative", "corridor", "highway",
                 "railway", "bridge", "fund", "plan"}

CLIMB = {"pobj", "prep", "dobj", "attr", "npadvmod", "nummod", "appos", "quantmod", "advmod", "pcomp", "oprd",
          "acomp", "dep", "conj", "cc", "compound", "amod", "nmod", "punct", "xcomp", "advcl", "acl", "ccomp", "relcl"}

_SUBJ = {"nsubj", "nsubjpass", "csubj", "expl"}


def place_read_as_person(e: Any) -> bool:
    """A place the small model tags as a person ("back in Cartagena", "in Austin"): a PERSON after in/at/from/across."""
    return e.label_ == "PERSON" and e.start > 0 and e.doc[e.start - 1].lower_ in ("in", "at", "from", "across")


def entity_of(mention: Mention, text: str, sdoc: Any, defaults: dict[str, Any]) -> tuple[str | None, str]:
    """Nearest GPE/ORG before the value; else "the city"-style placeholders; else the subject; else one after it; else the document's.

    Sources are not subjects: ministries, statistics offices and whoever "said"
    the number are skipped, as are currency codes read as ORGs and places in
    "Zurich-based".
    """
    if sdoc is None or not sdoc.has_annotation("ENT_IOB"):
        return window_entity(mention, text, defaults)
    s0, s1 = mention.sentence
    sentence = text[s0:s1]
    places = [e for e in sdoc.ents if e.label_ == "GPE" or place_read_as_person(e)] if sdoc is not None and sdoc.has_annotation("ENT_IOB") else []
    if places:  # for "the city" in a later sentence
        defaults["next_place"] = _clean_entity(places[-1].text)
    group = _demonym_group(sdoc, mention.start - s0)
    if group:  # "Kenyan farmers harvested ...", "Vietnamese workers' income", "unemployment among Saudi nationals"
        return group, f"people named by their nationality: '{group}'"
    # "More than 2,100 Bangladeshis died": people of a country, counted, are the country's (not "followed by 2.4
    # million Malaysians" or "Malaysians visited", where they are another country's visitors)
    span = _value_span(mention, sdoc)
    people = span.root.head if span is not None and span.root.dep_ == "nummod" else None
    country = country_of_people(people.text) if people is not None and people.text[:1].isupper() else None
    if country and people.dep_ == "nsubj" and not joining_verb(people.head):
        return country, f"people counted by their nationality: '{people.text}'"
    at = max(0, mention.start - s0)
    clause = max((m.end() for m in _CLAUSE_JOIN.finditer(sentence, 0, at)), default=0)
    # (within the value's clause: not "..., while arrivals from India jumped 28%" for the figure before it)
    partner = _FOLLOWED_BY.search(sentence, clause, at) or _FROM_PLACE.search(sentence, clause, at) \
        or (_PARTNER_ROLE.match(sentence) if not clause else None)
    owner = defaults.get("last_value").entity if defaults.get("last_value") is not None else None
    owner = owner or defaults.get("entity")
    if partner and owner and owner not in partner.group(0):
        # "France remained the top market with 313,000 visitors", "Visitors from Russia made the most trips": a
        # partner's part of the flow the text reports, which is the reporting place's (the partner goes in the metric)
        defaults.setdefault("partners", {})[mention.start] = partner.group("p")
        return owner, f"'{partner.group(0).strip()}': a partner's part of {owner}'s flow"
    own = subject_entity(mention, sdoc, text)
    if own[0]:
        return own
    verb = span.root.head if span is not None and span.root.dep_ == "dobj" else None
    senders = subject_of(verb) if verb is not None and verb.lemma_ in ("send", "remit") else None
    country = country_of_people(senders.text) if senders is not None and senders.text[:1].isupper() else None
    if country:  # "Haitians living abroad send home about $3.8 billion": their country's remittances
        return country, f"people who send money home, named by their nationality: '{senders.text}'"
    doers = _nationals_doing(span) if span is not None and mention.kind == "money" else None
    if doers:  # "Belarusians earn an average of 1,437 rubles a month": what a country's people earn is the country's
        return doers
    joined = event_joined(mention, sdoc)
    if joined:  # "22,021 runners entered this year's Comrades Marathon": the event they entered
        return joined, f"the event the people counted joined: '{joined}'"
    ents: list[Any] = []
    if sdoc is not None and sdoc.has_annotation("ENT_IOB"):
        speakers = _speakers(sdoc, mention.start - s0)
        ents = [e for e in sdoc.ents if (e.label_ in ("GPE", "ORG", "LOC", "FAC") or place_read_as_person(e))
                and not (e.start_char + s0 < mention.end and mention.start < e.end_char + s0)
                and not _not_subject(e.text, sentence, e.start_char, e.end_char) and e.start not in speakers
                and not _partner(e) and not _names_a_kind(e) and not _describes_a_name(e)
                and not (len(e) == 1 and common_first_word(e[0]))  # "Coal generated 57.1% of ...": no name
                and any(ch.isupper() for ch in e.text)  # "82% of kindergartners": no name in lower case
                and not abbreviates_measure(sentence, e.start_char, e.end_char)  # "revenue per available room (RevPAR)"
                and not (e.root.dep_ == "nsubj" and e.root.head.lemma_ in _CAUSES)]  # "Typhoon Yagi killed four people"
    left = [e for e in ents if e.end_char + s0 <= mention.start]
    placeholder = _PLACEHOLDER.search(sentence)
    # "... with the International Monetary Fund ..., as the country's reserves held near $8 billion": "the country"
    # between the last name and the value is nearer
    nearer = list(_PLACEHOLDER.finditer(sentence, left[-1].end_char if left else 0, mention.start - s0))
    if left and not nearer:  # "the Gulf state's current capacity": the name is the placeholder's own adjective
        nearer = [m for m in _PLACEHOLDER.finditer(sentence, 0, mention.start - s0)
                  if m.start() < left[-1].start_char < m.end()]
    if left and nearer:
        resolved = _placeholder_entity(nearer[-1].group(0), text, s0 + nearer[-1].start(), defaults)
        if resolved[0]:
            return resolved
    if left:
        best = left[-1]
        # "Pakistan's inflation hit 36.4% ..., and a litre of petrol now costs 282 rupees in Karachi": a place the
        # value's own clause names after it beats a name from an earlier clause
        cut = max((m.end() for m in _CLAUSE_JOIN.finditer(sentence, 0, mention.start - s0)), default=0)
        if best.end_char <= cut:
            stop = _CLAUSE_JOIN.search(sentence, mention.end - s0)
            own_place = next((e for e in ents if e.start_char >= mention.end - s0 and e.label_ == "GPE"
                              and (stop is None or e.end_char <= stop.start())
                              and sentence[max(0, e.start_char - 4):e.start_char].lower().endswith("in ")), None)
            if own_place is not None:
                return _clean_entity(_extend(own_place)), f"GPE '{own_place.text}' in the value's own clause"
        return _clean_entity(_extend(best)), f"{best.label_} '{best.text}' before the value"
    last = defaults.get("last_entity")
    pronoun = _ITS.match(sentence)
    if pronoun and last and last[1] == defaults.get("paragraph"):
        # "Banco Cordillera ... reported net income of ... Its gross loan book grew 5.2%": the subject before
        return last[0], f"'{pronoun.group(1)}' opens the sentence: '{last[0]}' from the sentence before"
    main = defaults.get("entity")
    if placeholder:
        resolved = _placeholder_entity(placeholder.group(0), text, s0 + placeholder.start(), defaults)
        if resolved[0]:
            return resolved
    subject = _proper_subject(sdoc, sentence, mention.start - s0)
    if subject and (office := _OFFICE_OF.match(subject)):  # "Ontario Premier Doug Ford announced ..."
        return _clean_entity(office.group(1)), f"'{office.group(1)}', whose office holder is the subject"
    if subject:
        return subject, f"proper-noun subject '{subject}'"
    nation = _nation(sdoc, sentence, before=mention.start - s0)
    if nation:  # "Argentine beef exports hit 1.1m tonnes ..., as plants around Buenos Aires ...": before a name after it
        return nation[0], f"'{nation[1]}' before the value names the country"
    # (not past another value in a clause of its own: "admitted 101,214 patients ..., about a third of them in Dhaka"
    # places the third)
    spans = defaults.get("spans", ())
    i = bisect.bisect_right(spans, (mention.end,))
    next_value = spans[i][0] - s0 if i < len(spans) and spans[i][0] < s1 and "," in text[mention.end:spans[i][0]] \
        else len(sentence)
    # (nor past the end of the value's clause: "The canal handles 13,785 transits a year, ..., and the authority is
    # studying a reservoir on the Indio River"; "..., which ended with South Africa lifting the trophy")
    clause_end = _CLAUSE_END.search(sentence, mention.end - s0)
    if clause_end is not None:
        next_value = min(next_value, clause_end.start())
    ents_after = [e for e in ents if e.start_char < next_value]  # (no name before the value is left by now)
    if ents_after:
        best = ents_after[0]
        return _clean_entity(_extend(best)), f"{best.label_} '{best.text}' after the value"
    acting = _acting_body(sdoc, sentence)
    if acting:
        return acting, f"public body '{acting}' acting, not reporting"
    nation = _nation(sdoc, sentence, until=next_value)
    if nation:  # "61% of Rwandan households"
        return nation[0], f"'{nation[1]}' names the country"
    home = _source_home(sdoc)
    if home:  # "..., the Tea Board of Kenya said"
        return home, f"place in the name of the source, '{home}'"
    sources = [n.text for n in _named_around(mention, sentence, defaults) if _SAID_AFTER.match(sentence, n.end)]
    body = next((n for n in sources if (BODY.search(n) or _NATIONAL_BANK.search(n)) and country_in(n)), None)
    if body:  # "..., the Reserve Bank of Zimbabwe said" (a name the model did not tag): its country's figure
        return country_in(body), f"place in the name of the source, '{body}'"
    named = _capitalized_before(mention, sentence, sdoc, defaults)
    if named:  # a name the model did not tag ("Chirp said monthly users reached 450k")
        return named, f"capitalized name '{named}' before the value (the model tagged no entity)"
    # (a sentence that names nothing the model tags continues the paragraph's subject before a stray capital after the
    # value: "Volumes were up 20%, but earnings rose only 2% as world prices for Arabica eased")
    after = None if last and last[1] == defaults.get("paragraph") else _capitalized_after(mention, sentence, sdoc, defaults)
    if after:  # "1.1 million people have fled Khartoum"
        return after, f"capitalized name '{after}' after the value (the model tagged no entity)"
    listed = _list_owner(text, s0, defaults)
    if listed:  # "Nakilat reported full-year results:\n- Revenue: QR3.8bn (-2.4%)"
        return listed, f"'{listed}', named in the line that introduces the list"
    if main:
        return main, "document's main subject"
    return None, "none found"


_NATIONAL_BANK = re.compile(r"\b(?:Central|Reserve|National)\s+Bank\b")
_SAID_AFTER = re.compile(r"\s+(?:said|says|reported|reports|announced|estimated|noted|added)\b")

#: a sentence about the one before's subject: "Its loan book grew", "Their combined sales rose"
_ITS = re.compile(r"\W*(Its|Their)\s")

_LIST_LINE = re.compile(r"[ \t]*[-–—•*·][ \t]")


#: a place named as a market, source or destination of the flow the text reports
_PARTNER_ROLE = re.compile(r"\W*(?:The\s+)?(?P<p>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:remained|remains|was|is|became|stayed)\s+"
                           r"(?:again\s+|once\s+again\s+|still\s+)?(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:market|destination|source|buyer|supplier|investor|customer|importer|origin)\b")
_FOLLOWED_BY = re.compile(r"\bfollowed\s+by\s+(?:the\s+)?(?P<p>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:with|at|on)\s+"
                          r"(?:about\s+|around\s+|some\s+|nearly\s+)?$")
_FROM_PLACE = re.compile(r"\b(?:[Vv]isitors|[Tt]ourists|[Aa]rrivals|[Tt]ravellers|[Tt]ravelers|[Gg]uests)\s+from\s+"
                         r"(?:the\s+)?(?P<p>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\b(?![^,;]*\bto\s)")


def _nationals_doing(span: Any) -> tuple[str, str] | None:
    """The country of a people named by nationality who earn, spend, pay or owe the amount ("Belarusians earn an
    average of 1,437 rubles a month", "Kenyans spend about KSh 40 a day on ...")."""
    tok = span.root
    while tok.dep_ in ("pobj", "prep", "dobj", "quantmod", "compound", "nmod") and tok.head is not tok:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            break
    if tok.lemma_ not in ("earn", "spend", "pay", "owe", "save", "make", "receive", "take"):
        return None
    doers = subject_of(tok)
    country = country_of_people(doers.text) if doers is not None and doers.text[:1].isupper() and doers.tag_ == "NNPS" \
        or doers is not None and doers.ent_type_ == "NORP" and doers.text.endswith("s") else None
    return (country, f"'{doers.text} {tok.text}' the amount: people named by nationality") if country else None


def _list_owner(text: str, at: int, defaults: dict[str, Any]) -> str | None:
    """For a value on a list line, the first name (not a source) of the line ending in ":" that opens the list."""
    line_start = text.rfind("\n", 0, at) + 1
    if not _LIST_LINE.match(text, line_start):
        return None
    end = line_start - 1
    while end > 0:  # back over the list's earlier lines
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not _LIST_LINE.match(line):
            if not line.rstrip().endswith(":"):
                return None
            for n in names_in(line, defaults.get("capitalized", frozenset())):
                if not _not_subject(n.text, line, n.start, n.end, reporting=False) and not n.person:
                    return _clean_entity(n.text)
            return None
        end = start - 1
    return None


def _placeholder_entity(placeholder: str, text: str, at: int, defaults: dict[str, Any]) -> tuple[str | None, str]:
    """What "the city" or "the company" at ``at`` stands for: the document's main subject or last place, else a name before it."""
    words = placeholder.split()
    kind = words[-1].lower()
    if len(words) > 2 and kind == "state" and words[-2][:1].isupper():
        kind = "nation"  # "the Gulf state", "the Baltic state": a country
    org = kind not in _PLACE_WORDS
    main, place = defaults.get("entity"), defaults.get("last_place")
    if main and not org:
        return main, f"'{placeholder}' resolved to the document's main subject"
    # "the country" is no city, "the province" no country ("... U.S. tariffs. The province now expects ...")
    if place and not org and not (kind in _COUNTRY_WORDS and not is_country_name(place)) \
            and not (kind in _SUBNATIONAL and is_country_name(place)):
        return place, f"'{placeholder}' resolved to the place named last, '{place}'"
    found = antecedent(f"the {kind}", text, at, defaults)
    if found:
        return found, f"'{placeholder}' resolved to '{found}', named before it"
    if kind in _COUNTRY_WORDS:
        # "The country welcomed 471,771 ..., Canada's immigration department said": the country the text names next
        for m in _CAPITALIZED.finditer(text, at + len(placeholder), at + 400):
            words = m.group(0).split()
            name = next((" ".join(words[:k]) for k in range(len(words), 0, -1) if is_country_name(" ".join(words[:k]))), None)
            if name:
                return name, f"'{placeholder}' resolved to '{name}', the country named after it"
    return None, ""


_CAPITALIZED = re.compile(r"\b[A-Z][^\W\d_A-Z]+(?:\s+[A-Z][^\W\d_A-Z]+){0,2}\b")  # (letters beyond ASCII: "Curaçao")


def _named_around(mention: Mention, sentence: str, defaults: dict[str, Any]) -> list[Any]:
    """Capitalized names of the value's sentence outside the value, without sources (one that "said" it after it)."""
    a, b = mention.start - mention.sentence[0], mention.end - mention.sentence[0]
    return [n for n in names_in(sentence, defaults.get("capitalized", frozenset()))
            if (n.end <= a or n.start >= b) and not _not_subject(n.text, sentence, n.start, n.end, reporting=n.start >= b)
            and not (n.start == 0 and _MEASURE_WORD.fullmatch(n.text.split()[0].lower()))  # "Revenue for July came to"
            and not _MEASURE_NAME.fullmatch(n.text)  # "Operational EBIT fell to NOK 1.93 billion"
            and not _MARKET_AFTER.match(sentence, n.end)  # "South Korea was the largest source market": a market
            and not _TRADE_BEFORE.search(sentence, max(0, n.start - 25), n.start)  # "Shipments to China": a partner
            # "New Zealanders made up 46% of arrivals": people who are a part of another place's whole
            and not (_MAKING_UP_AFTER.match(sentence, n.end) and country_of_people(n.text))]


_MAKING_UP_AFTER = re.compile(r"\s+(?:(?:again|still)\s+)?(?:(?:made|make|makes|making)\s+up|account(?:s|ed)?\s+for|"
                              r"represent(?:s|ed)?|comprised?|formed)\b")


def _capitalized_before(mention: Mention, sentence: str, sdoc: Any, defaults: dict[str, Any]) -> str | None:
    at = mention.start - mention.sentence[0]
    names = [n for n in _named_around(mention, sentence, defaults) if n.end <= at and not _modifies_common_noun(sdoc, n)
             and not _region_adjective(n.text)]
    return _clean_entity(names[-1].text) if names else None


#: trade verbs the tagger may read as plural nouns ("PNG ships around 735,000 bags"): the stems, and the -s forms
TRADE_VERBS = ("ship", "export", "import", "produce", "sell", "harvest")
_TRADE_VERB_AS_NOUN = re.compile("|".join(f"{v}s" for v in TRADE_VERBS), re.IGNORECASE)


def _region_adjective(name: str) -> bool:
    """ "South American", "East African": a region's adjective, no name."""
    words = name.split()
    return len(words) == 2 and region_demonym(words[0], words[1])


def _capitalized_after(mention: Mention, sentence: str, sdoc: Any, defaults: dict[str, Any]) -> str | None:
    """The first name after the value in its clause (not past a semicolon or a full stop), sources left out."""
    at = mention.end - mention.sentence[0]
    clause_end = _CLAUSE_END.search(sentence, at)
    stop = min((i for i in (sentence.find(";", at), sentence.find(" and ", at), clause_end.start() if clause_end else -1)
                if i >= 0), default=len(sentence))
    names = [n for n in _named_around(mention, sentence, defaults) if at <= n.start < stop and not _modifies_common_noun(sdoc, n)]
    return _clean_entity(names[0].text) if names else None


def _describes_a_name(ent: Any) -> bool:
    """A place that describes the name after it: "Cape Town retailer Fynbos Stores", "Texas developer Lone Star Sun"."""
    head = ent.root.head
    return (ent.label_ in ("GPE", "LOC") and ent.root.dep_ == "compound" and head.pos_ == "NOUN" and head.i + 1 < len(head.doc)
            and head.doc[head.i + 1].pos_ == "PROPN" and head.doc[head.i + 1].text[:1].isupper())


def _names_a_kind(ent: Any) -> bool:
    """An upper-case ORG that modifies a common noun names a kind of thing ("LNG exports", "EV sales"), not who;
    so does a word the model tags only because it opens the sentence ("Hotel occupancy averaged 77.4%"); and a
    country's name in a currency's ("16,100 rupiah per US dollar")."""
    head = ent.root.head
    money = ("dollar", "euro", "pound", "yen", "yuan", "franc", "rupee")
    if ent.label_ in ("GPE", "ORG") and (head.lemma_ in money or ent.end < len(ent.doc) and ent.doc[ent.end].lemma_ in money):
        return True  # (also "In US dollar terms", where "US" hangs off "terms")
    return (ent.label_ == "ORG" and len(ent) == 1 and (ent.text.isupper() or ent.start == 0)
            and ent.root.dep_ == "compound" and head.pos_ == "NOUN")


def _modifies_common_noun(sdoc: Any, name: Any) -> bool:
    """A one-word name that modifies a common noun names a kind of thing ("Port wine", "Brent crude"), not an entity."""
    if " " in name.text or name.possessive:
        return False
    span = sdoc.char_span(name.start, name.end, alignment_mode="expand")
    if span is not None and _TRADE_VERB_AS_NOUN.fullmatch(span.root.head.text) and span.root.head.i + 1 < len(sdoc) \
            and (sdoc[span.root.head.i + 1].like_num or sdoc[span.root.head.i + 1].dep_ in ("quantmod", "advmod")
                 or sdoc[span.root.head.i + 1].lower_ in ("around", "about", "some", "nearly", "roughly", "almost", "over")):
        return False  # "PNG ships around 735,000 bags": a verb the tagger read as a noun, its subject a name
    return span is not None and span.root.dep_ in ("compound", "amod", "nmod") and span.root.head.pos_ == "NOUN"


def _demonym_group(sdoc: Any, before: int) -> str | None:
    """People named by nationality ("Kenyan farmers", "Saudi nationals") who are the subject or owner of the
    measure, or whom it is among or from, before the value: the group as written, not the country."""
    # (also an adjective the model tags no entity: "Turkmen farmers have gathered 1.25 million tonnes")
    for e in [*sdoc.ents, *_untagged_demonyms(sdoc, before)]:
        if e.end_char > before or country_of(e.text) is None:
            continue
        if e.label_ not in ("NORP", "") and (e.label_ not in ("ORG", "GPE") or is_country_name(e.text) or len(e) > 1):
            continue  # "Kazakh farmers" with "Kazakh" read as an ORG; not "Kenya farmers"
        noun = e.root.head
        if e.root.dep_ not in ("amod", "compound") or noun.tag_ != "NNS" or noun.i != e.end:
            continue
        role = noun.dep_ in ("nsubj", "poss") or noun.dep_ == "pobj" and noun.head.lower_ in ("among", "from")
        if role:
            return f"{e.text} {noun.text}"
    return None


def _untagged_demonyms(sdoc: Any, before: int) -> list[Any]:
    """One-word spans of capitalized adjectives before ``before`` that name a country's people or things and that the
    model tagged no entity ("Azerbaijani gas deliveries", "Turkmen farmers")."""
    return [sdoc[t.i:t.i + 1] for t in sdoc if t.idx + len(t) <= before and not t.ent_type_ and t.dep_ in ("amod", "compound")
            and t.text[:1].isupper() and t.text[1:].islower() and t.head.text.islower()  # (not "Lao Cai province")
            and t.i + 1 < len(sdoc) and not sdoc[t.i + 1].text[:1].isupper() and not (t.i and sdoc[t.i - 1].text[:1].isupper()
                                                                                    and sdoc[t.i - 1].pos_ == "PROPN")
            and not is_country_name(t.text) and country_of(t.text)
            and sdoc.text[t.idx + len(t):t.idx + len(t) + 1] != "-"]


def _nation(sdoc: Any, sentence: str, before: int | None = None, until: int | None = None) -> tuple[str, str] | None:
    """A country named by its adjective in the sentence, outside any source ("61% of Rwandan households").

    With ``before``, only an adjective before that offset that modifies a noun ("Argentine beef exports"); with
    ``until``, none from that offset on. An adjective joined by a hyphen describes its word ("Chinese-backed
    companies"), not whom the sentence is about.
    """
    for e in [*sdoc.ents, *(_untagged_demonyms(sdoc, before) if before is not None else ())]:
        if before is not None and (e.end_char > before or e.root.dep_ not in ("amod", "compound")):
            continue
        if until is not None and e.start_char >= until or sentence[e.end_char:e.end_char + 1] == "-":
            continue
        country = country_of(e.text) if e.label_ in ("NORP", "") else None
        if country and not _not_subject(e.text, sentence, e.start_char, e.end_char):
            return country, e.text
    return None


def window_entity(mention: Mention, text: str, defaults: dict[str, Any]) -> tuple[str | None, str]:
    """Without a parser: the nearest capitalized name before the value, else "the city" resolved, else one after it.

    Names are found by capitalization (``names``); sources are skipped as in
    the parsed path ("the Tea Board of Kenya said", "according to Statistics Norway").
    """
    s0, s1 = mention.sentence
    sentence = text[s0:s1]
    names = _named_around(mention, sentence, defaults)
    left = [n for n in names if n.end <= mention.start - s0]
    if left:
        defaults["next_place"] = name = _clean_entity(left[-1].text)
        return name, f"name '{left[-1].text}' before the value (capitalization, no parser)"
    placeholder = _PLACEHOLDER.search(sentence)
    main = defaults.get("entity")
    org = placeholder is not None and placeholder.group(0).split()[-1].lower() not in _PLACE_WORDS
    if placeholder and not org and (main or defaults.get("last_place")):
        name = main or defaults["last_place"]
        return name, f"'{placeholder.group(0)}' resolved to '{name}'"
    if placeholder:
        found = antecedent(placeholder.group(0), text, s0 + placeholder.start(), defaults)
        if found:
            return found, f"'{placeholder.group(0)}' resolved to '{found}', named before it"
    if names:
        return _clean_entity(names[0].text), f"name '{names[0].text}' after the value (capitalization, no parser)"
    if main:
        return main, "document's main subject"
    return None, "none found"


def antecedent(placeholder: str, text: str, at: int, defaults: dict[str, Any], reach: int = 1500) -> str | None:
    """What "the country" or "the company" at ``at`` refers back to: the nearest name before it, within ``reach``
    characters, that fits: a country (named or by its adjective) for "the country", any name but a country for
    "the company"; sources ("the ministry said") are skipped. Found by capitalization, so sentences the parser
    never saw count too."""
    word = placeholder.split()[-1].lower()
    country = word in _COUNTRY_WORDS
    start = max(0, at - reach)
    found = None
    for sentence in _sentences_between(text, start, at):
        a, chunk = sentence
        for n in names_in(chunk, defaults.get("capitalized", frozenset())):
            # a company that "said" its own figures is still what "the group" refers back to
            if a + n.end > at or _not_subject(n.text, chunk, n.start, n.end, reporting=country or word in _PLACE_WORDS):
                continue
            if _DESCRIBED.search(n.text) or _DESCRIBED.match(chunk, n.end):  # "the Monterrey-based packaging maker"
                continue
            if n.person:  # "chief executive Mesfin Tasew"
                continue
            if not country and any(m.start() < n.start < m.end() for m in _PLACEHOLDER.finditer(chunk, max(0, n.start - 5), n.end + 40)):
                continue  # "the Shropshire housebuilder": a name inside a description is not what is described
            if word in _NAME_WORDS:  # "the authority" is the last name that holds the word
                if re.search(rf"\b{word}\b", n.text, re.IGNORECASE):
                    found = _clean_entity(n.text)
                continue
            nation = country_in(n.text)
            people = country_of_people(n.text)
            if country and (people or nation and not country_of(n.text)):  # "Fiji's", "Filipinos", not "Australian families"
                found = people or _clean_entity(n.text)
            elif word in _PLACE_WORDS and not country and (_LOCATIVE.search(chunk, max(0, n.start - 45), n.start)
                                                            or _GOVERNED.match(chunk, n.end)) and not BODY.search(n.text) \
                    and not (word in _SUBNATIONAL and is_country_name(n.text) and n.text not in _CITY_STATES):
                # (a country is no "city" or "province": "the limit set in Mongolia's preschool rules. The city plans")
                # "the city's tourist tax" after "Hoteliers in Amsterdam"; "the state's deficit" after "Kerala Finance
                # Minister K.N. Balagopal": a place whose office is named
                found = _clean_entity(n.text)
            elif not country and word not in _PLACE_WORDS and (nation is None or _ORG_NAME.search(n.text)) and not BODY.search(n.text) \
                    and not _LOCATIVE.search(chunk, max(0, n.start - 45), n.start):  # not "a solar farm in Pecos County"
                found = _clean_entity(n.text)
                if (facility := _FACILITY_AFTER.match(chunk, n.end)):  # "Nikola Tesla airport": the airport
                    found = f"{found} {facility.group(1)}"
    return found


#: the last word of an organization's name that may go on with "of" and a place ("Fund of Azerbaijan")
_ORG_HEADS = {"Fund", "Bank", "Authority", "Commission", "Institute", "Office", "Ministry", "Agency", "Board", "Council",
              "Corporation", "Company", "University", "Port", "Chamber", "Federation", "Association", "Union", "Bureau"}
#: a place and the office its government holder holds, before the holder's name: "Kerala Finance Minister"
# (the place is no title word: "Prime Minister Manasseh Sogavare" names no place "Prime")
_OFFICE_OF = re.compile(r"(?:[Tt]he\s+)?(?!(?:Prime|Deputy|Vice|Acting|Former|Chief|First|Senior|Junior|Interim)\s)"
                        r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}?)\s+(?:(?:" + "|".join(sorted(OFFICES))
                        + r")\s+){0,2}(?:minister|premier|governor|mayor|chief\s+minister|president)\s+"
                        r"(?!(?:League|Cup|Division|Party|Bank|Group|Council|Office|Ministry|Trophy|Series)\b)(?-i:[A-Z])",
                        re.IGNORECASE)
#: an office of a place's government right after its name: "Kerala Finance Minister", "Ontario Premier"
_GOVERNED = re.compile(r"\s+(?:(?:" + "|".join(sorted(OFFICES)) + r")\s+){0,2}(?:minister|premier|governor|mayor|"
                       r"government|assembly|legislature)\b", re.IGNORECASE)
_FACILITY_AFTER = re.compile(r"\s+(" + "|".join(sorted(_FACILITIES)) + r")\b")


#: a company whose name holds its country ("Ethiopian Airlines Group", "Kenya Power"): still a company
_ORG_NAME = re.compile(r"\b(?:Airlines?|Airways|Air|Group|Holdings?|Power|Telecom|Railways?|Petroleum|Oil|Gas|Mining|Motors?|"
                       r"Breweries|Brewery|Steel|Cement|Shipping|Post|Bank|Bancorp|Insurance|Foods?)\b")
_DESCRIBED = re.compile(r"-(?:based|listed|headquartered|owned|run|born|registered|made)\b")
_CLAUSE_JOIN = re.compile(r";|,\s*(?:and|but|while|whereas)\s|\s(?:while|whereas)\s")
#: where the clause of a value ends, for names after it: a clause joined on, or a relative clause set off by a comma
_CLAUSE_END = re.compile(_CLAUSE_JOIN.pattern + r"|,\s*(?:which|who|whose|with)\s"
                         # a reason or circumstance joined on: "widened to 3.41% as deposit costs eased after the
                         # Federal Reserve's rate cuts"
                         r"|\s(?:as|because|although|though|amid|despite)\s(?!(?:much|many|well|far|long|high|low|"
                         r"little|a\s+result|of|part|such)\b)")
# (also the second of two places: "properties in Spain and the Caribbean")
_LOCATIVE = re.compile(r"\b(?:in|at|near|across|around|outside|into|throughout)\s+(?:the\s+)?"
                       r"(?:[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?\s+and\s+(?:the\s+)?)?$")


def _sentences_between(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The text from ``start`` to ``end`` cut at sentence ends, each piece with its offset (for names_in)."""
    out, a = [], start
    for m in re.finditer(r"[.!?](?=\s+[A-Z\"“])|\n\s*\n|\n(?=\s*[-–—•*·]\s)", text[start:end]):  # (and list lines)
        out.append((a, text[a:start + m.end()]))
        a = start + m.end()
    out.append((a, text[a:end]))
    return out


def _value_span(mention: Mention, sdoc: Any) -> Any:
    """The value's tokens in its parsed sentence; None without a parse and entities."""
    if sdoc is None or not sdoc.has_annotation("DEP") or not sdoc.has_annotation("ENT_IOB"):
        return None
    s0 = mention.sentence[0]
    return sdoc.char_span(mention.start - s0, mention.end - s0, alignment_mode="expand")


#: verbs whose subject causes what happens to the people or things counted, and is no entity of the count
_CAUSES = {"kill", "injure", "displace", "infect", "sicken", "claim", "uproot", "strand", "hospitalize", "hospitalise",
           "damage", "destroy", "flatten", "wreck", "sink", "flood"}

#: what people do to an event they are counted at: "22,021 runners entered the Comrades Marathon",
#: "17,500 athletes signed up for the 2024 Comrades", "1.2 million visitors attended the Calgary Stampede"
JOINING = {"enter", "attend", "join", "sign up", "register", "compete", "run", "take part", "watch", "visit", "finish"}


def phrasal(verb: Any) -> str:
    """A verb's lemma with its particle when it has one ("turned out" -> "turn out", "signed up" -> "sign up")."""
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_} {prt}" if prt else verb.lemma_


def joining_verb(verb: Any) -> str | None:
    """The verb (with its particle or "part") if people counted as its subject join an event, else None."""
    key = phrasal(verb)
    if verb.lemma_ == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
        key = "take part"
    return key if key in JOINING else None


def event_joined(mention: Mention, sdoc: Any) -> str | None:
    """The named event the people counted by the value entered, attended or signed up for."""
    span = _value_span(mention, sdoc)
    if span is None:
        return None
    noun = span.root.head if span.root.dep_ == "nummod" else None
    if noun is None or noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or not joining_verb(noun.head):
        return None
    verb = noun.head
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ != "part"]
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "in", "at")]
    preps += [g for c in verb.children if c.dep_ in ("prt", "dobj") for g in c.children if g.dep_ == "prep" and g.lower_ in ("for", "in")]
    objs += [p for c in preps for p in c.children if p.dep_ == "pobj"]
    for obj in objs:
        if obj.pos_ == "PROPN" and obj.text[:1].isupper() and obj.ent_type_ not in ("DATE", "TIME", "CARDINAL"):
            first, last = name_start(obj), _of_name_end(obj)
            if last + 1 < len(sdoc) and sdoc[last + 1].like_num and len(sdoc[last + 1]) == 4 and \
                    sdoc[last + 1].head.i in (obj.i, verb.i):
                last += 1  # "CES 2020"
            return _clean_entity(sdoc[first:last + 1].text)
    return None


def subject_entity(mention: Mention, sdoc: Any, text: str) -> tuple[str | None, str]:
    """A name inside the subject of the verb the value hangs on: "Kenya's tea exports", "Employers in the U.S.", "Kaveri Software"."""
    span = _value_span(mention, sdoc)
    if span is None:
        return None, ""
    s0, s1 = mention.sentence
    tok, subj = span.root, None
    for _ in range(8):
        if tok.head.i == tok.i or tok.dep_ not in CLIMB:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            subj = subject_of(tok)
            if subj is not None:
                break
    if subj is not None and subj.head.lemma_ in _SAY and not _own_results(subj.head):
        return None, ""  # "the Nationwide said, lifting the price to ...": a source
    if subj is not None and subj.head.lemma_ in _CAUSES:  # "Dengue killed 1,705 people in Bangladesh": a cause
        return None, ""
    if subj is not None and _a_market(subj):  # "South Korea was the largest source market with 8.82 million arrivals"
        return None, ""
    if subj is not None and people_making_up(subj):  # "New Zealanders made up 46% of arrivals": a part of another's whole
        return None, ""
    if subj is None or subj.i in range(span.start, span.end):
        return None, ""
    sentence = text[s0:s1]
    ents = {i: e for e in sdoc.ents if (e.label_ in ("GPE", "ORG", "LOC", "FAC") or place_read_as_person(e))
            and any(ch.isupper() for ch in e.text)  # "the kingdom's factories": a placeholder, no name
            and not _not_subject(e.text, sentence, e.start_char, e.end_char) for i in range(e.start, e.end)}
    # the subject itself ("Straits Mercantile Bank"), its apposition ("Mexico's state oil company Pemex"),
    # its owner ("Kenya's tea exports", "The Maharashtra government"), then a place it is in ("Employers in the U.S.")
    appos = [c for c in subj.children if c.dep_ == "appos"]
    poss = [c for c in subj.children if c.dep_ == "poss"]
    named: list[Any] = []
    if subj.pos_ == "NOUN":
        # (not the sentence's first word, whose capital says nothing: "Tea exports fell")
        # (unless no English noun, with no place after the subject: "Valais hotels registered 5.1 million overnight
        # stays"; not "Nonfarm payrolls in the United States")
        placed = any(c.dep_ == "prep" and c.lower_ in ("in", "of", "at", "from") for c in subj.children)
        named = [c for c in subj.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < subj.i
                 and (c.i > 0 or not placed and _uncommon_first_word(c)) and c.ent_type_ != "DATE"]  # not "its October revenue"
        # the name may sit deeper: "The Purple Line light rail project" ("Line" modifies "rail")
        inner = [t for t in subj.subtree if 0 < t.i < subj.i and t.dep_ in ("compound", "nmod") and t.pos_ == "PROPN"
                 and all(a.dep_ in ("compound", "amod", "nmod") for a in _path_up(t, subj))]
        if subj.lemma_ in _FACILITIES and inner and any(c.ent_type_ != "GPE" and c.text[:1].isupper() for c in inner):
            named = inner
            # a named thing, not its owner: "Switzerland's Grande Dixence dam", "The Górka Narodowa tram line in Kraków"
            first = min(t.i for c in named for t in c.subtree)
            name = sdoc[first:subj.i + 1].text
            if not _not_subject(name, sentence, sdoc[first].idx, subj.idx + len(subj), reporting=False):
                return _clean_entity(name), f"named {subj.lower_} '{name}' (subject of the clause)"
        poss += named
    if subj.text == "airport" and not named and len(poss) == 1 and ents.get(poss[0].i) is not None and ents[poss[0].i].label_ == "GPE":
        # "Vienna's main airport welcomed 26.1 million travellers": the airport, named as its city names it
        name = f"{_clean_entity(_extend(ents[poss[0].i]))} airport"
        return name, f"'{ents[poss[0].i].text}'s ... {subj.text}' (subject of the clause)"
    where = [p for c in subj.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "at", "from") for p in c.children if p.dep_ == "pobj"]
    for tok, how in [(subj, "subject"), *((a, "apposition") for a in appos), *((p, "owner") for p in poss), *((w, "place") for w in where)]:
        bloc = _BLOC.fullmatch(sdoc[min(t.i for t in tok.subtree if t.i <= tok.i and t.dep_ != "det"):tok.i + 1].text)
        if bloc:  # "The euro zone's government deficit": a place written in lower case
            return bloc.group(0), f"'{bloc.group(0)}' ({how} of the clause)"
        e = ents.get(tok.i)
        if e is not None and len(e) == 1 and common_first_word(tok):  # "Turnout" read as a PERSON
            continue
        if e is not None and not (tok.i > 0 and sdoc[e.start - 1].dep_ == "compound" and sdoc[e.start - 1].pos_ == "PROPN"):
            office = _OFFICE_OF.match(e.text) if how == "subject" else None
            if office:  # "Ontario Premier Doug Ford" read as one name: the place the office holder speaks for
                return _clean_entity(office.group(1)), f"'{office.group(1)}', whose office holder is the subject"
            return _clean_entity(_extend(e)), f"{e.label_} '{e.text}' ({how} of the clause)"
        if tok.pos_ == "PROPN" and tok.text[:1].isupper() and how != "place":  # the model tags "department" PROPN
            first = name_start(tok)
            if first == tok.i and common_first_word(tok):  # "Deforestation in the Brazilian Amazon fell"
                continue
            adj = sdoc[first - 1] if first > 0 else None
            if adj is not None and adj.pos_ == "ADJ" and adj.dep_ == "amod" and adj.text[:1].isupper() and country_of(adj.text):
                first -= 1  # "The Indian Premier League's media rights": the adjective is part of the name
            last = _of_name_end(tok)  # "the Port of Koper", "Bank of Ghana": the name goes on after "of"
            start = min(min(t.i for t in tok.subtree), first)
            office = _OFFICE_OF.match(sdoc[start:last + 1].text)
            if office and how == "subject" and not _not_subject(office.group(1), sentence, sdoc[start].idx, sdoc[first].idx,
                                                                 reporting=False):
                # "Kerala Finance Minister K.N. Balagopal presented a budget": the government the office holder speaks for
                return _clean_entity(office.group(1)), f"'{office.group(1)}', whose office holder is the subject"
            name = sdoc[first:last + 1].text
            if not _not_subject(name, sentence, sdoc[first].idx, tok.idx + len(tok), reporting=False):
                return _clean_entity(name), f"proper noun '{name}' ({how} of the clause)"
        if how == "place" and tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.i > 0 and (subj.pos_ != "PROPN" or common_first_word(subj)):
            # "Deforestation in the Brazilian Amazon": a place the model tagged no entity, with its adjective
            first = min((t.i for t in tok.subtree if t.i <= tok.i and (t.dep_ == "compound" and t.pos_ == "PROPN"
                                                                         or t.dep_ == "amod" and t.ent_type_ == "NORP")), default=tok.i)
            end = tok.i + 1
            while end + 1 < len(sdoc) and sdoc[end].lower_ in _NAME_PARTICLES and sdoc[end + 1].pos_ == "PROPN":
                end += 2  # "Rio Grande do Sul"
            name = sdoc[first:end].text
            if not _not_subject(name, sentence, sdoc[first].idx, sdoc[end - 1].idx + len(sdoc[end - 1]), reporting=False):
                return _clean_entity(name), f"proper noun '{name}' (place of the clause)"
    return None, ""


#: what a company reports of its own: "Banco Cordillera reported net income of 1.21 trillion pesos"
_RESULTS = {"income", "profit", "loss", "revenue", "revenues", "sales", "earnings", "turnover", "ebitda", "dividend",
            "margin", "surplus", "deficit"}


def _own_results(verb: Any) -> bool:
    """Whether a reporting verb's object is the subject's own results ("X reported net income of ..."), not a figure
    it reports about others ("the office reported exports of ...")."""
    return verb.lemma_ in ("report", "announce", "post") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _RESULTS for c in verb.children)


def _path_up(tok: Any, top: Any) -> list[Any]:
    """The tokens from ``tok`` up to (not including) ``top``, its ancestor."""
    out = []
    while tok.i != top.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


def name_start(tok: Any) -> int:
    """The first token of the proper name ``tok`` ends: its proper-noun compounds ("Comrades" in "Comrades Marathon")."""
    return min((t.i for t in tok.subtree if t.i <= tok.i and t.dep_ == "compound" and t.pos_ == "PROPN"), default=tok.i)


def _of_name_end(tok: Any) -> int:
    """The last token of a proper name that continues with "of" and another proper noun ("Port of Koper"); a person's
    name does not ("Mario Bergara of the Frente Amplio": the candidate, not the party)."""
    if tok.ent_type_ == "PERSON":
        return tok.i
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == tok.i + 1:
            pobj = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if pobj and all(t.pos_ == "PROPN" or t.dep_ == "compound" or t.text == "-" for t in pobj[0].subtree if t.i <= pobj[0].i):
                return pobj[0].i
    return tok.i


def clause_place(mention: Mention, sdoc: Any) -> tuple[str | None, str]:
    """A place the value's clause is set in: "and in Scotland the share was 63%"."""
    span = _value_span(mention, sdoc)
    if span is None:
        return None, ""
    tok = span.root
    for _ in range(6):
        if tok.head.i == tok.i or tok.dep_ not in CLIMB:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            break
    if tok.pos_ not in ("VERB", "AUX"):
        return None, ""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "across", "for") and prep.i < span.start:
            for pobj in prep.children:
                e = next((e for e in sdoc.ents if e.start <= pobj.i < e.end and e.label_ in ("GPE", "LOC")), None)
                if e is not None:
                    return _clean_entity(_extend(e)), f"{e.label_} '{e.text}' the clause is set in"
    return None, ""


# goods sent to or bought from a partner; arrivals "to Hong Kong" are about Hong Kong
# (not remittances: "remittances to Mexico" are Mexico's)
_TRADE = {"export", "exports", "shipment", "import", "imports", "sale", "sales", "delivery", "supply", "cargo"}


def _partner(e: Any) -> bool:
    """A trade partner, not the trader: "shipments to Pakistan", "imports from China"; a market, not the seller or the
    host: "South Korea was the largest source market with 8.82 million arrivals"."""
    tok = e.root
    if _a_market(tok):
        return True
    return bool(tok.dep_ == "pobj" and tok.head.lower_ in ("to", "from") and tok.head.head.lemma_.lower() in _TRADE)


def _a_market(tok: Any) -> bool:
    """Whether ``tok`` is the subject of "was the largest source market" (or buyer, destination, supplier ...)."""
    return tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(c.dep_ == "attr" and c.lemma_.lower() in _MARKETS
                                                                    for c in tok.head.children)


def people_making_up(tok: Any) -> bool:
    """Whether ``tok`` is people of a nationality who make up, account for or represent a share of a whole
    ("New Zealanders made up 46% of arrivals"): the whole is the place the text reports on, not their country."""
    if tok.tag_ not in ("NNPS", "NNS", "NNP") or not country_of_people(tok.doc[name_start(tok):tok.i + 1].text):
        return False
    verb = tok.head
    return verb.lemma_ in ("represent", "comprise", "form", "constitute") or (
        verb.lemma_ in ("make", "account") and any(c.dep_ in ("prt", "prep") and c.lower_ in ("up", "for") for c in verb.children))


#: what a partner country "was": "the largest source market", "the biggest buyer", "the top destination"
_MARKETS = {"market", "buyer", "destination", "supplier", "customer", "importer", "source", "investor", "lender"}
_TRADE_BEFORE = re.compile(r"\b(?:exports?|shipments?|imports?|sales|deliveries|supplies)\s+(?:to|from)\s+(?:the\s+)?$",
                           re.IGNORECASE)
_MARKET_AFTER = re.compile(r"\s+(?:was|is|were|are|remained|remains|became)\s+(?:again\s+|still\s+)?(?:the|its|a)\s+"
                           r"(?:[\w-]+\s+){0,2}(?:" + "|".join(sorted(_MARKETS)) + r")s?\b")


def _source_home(sdoc: Any) -> str | None:
    """A place named inside whoever reports the number ("the Tea Board of Kenya said")."""
    if sdoc is None or not sdoc.has_annotation("ENT_IOB") or not sdoc.has_annotation("DEP"):
        return None
    speakers = _speakers(sdoc, -1)
    for e in sdoc.ents:
        if e.label_ == "GPE" and e.start in speakers:
            return _clean_entity(e.text)
    for e in sdoc.ents:  # a national body: "The Japan Tourism Agency announced ...", "Statistics Norway said", "the Reserve
        # Bank of Zimbabwe said"
        if e.label_ in ("ORG", "WORK_OF_ART", "PERSON", "GPE") and e.start in speakers \
                and (BODY.search(e.text) or _NATIONAL_BANK.search(e.text)):
            country = country_in(e.text)
            if country:
                return country
    return None


def _speakers(sdoc: Any, value_at: int) -> set[int]:
    """Tokens of whoever says a number: "..., Finance Minister Ajit Pawar said", "the INDEC statistics agency said, while ...".

    A speaker who opens the sentence and reports its own numbers ("Fernwood Software said revenue ...") is
    left to the subject rules.
    """
    out: set[int] = set()
    for tok in sdoc:
        verb = tok.head
        opens = all(t.is_punct or t.dep_ == "det" for t in sdoc[:tok.left_edge.i])
        if (tok.dep_ == "nsubj" and verb.lemma_ in _SAY and (verb.dep_ != "ROOT" or verb.idx > value_at or not opens)
                and not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "NUM") for c in verb.children)):  # "added 303,000 jobs"
            out.update(t.i for t in tok.subtree)
    return out


def _not_subject(name: str, sentence: str, a: int, b: int, reporting: bool = True) -> bool:
    """Names that say where a number comes from, not what it is about.

    With ``reporting``, whoever "said" it too; a sentence's own subject that
    reports its numbers ("Fernwood Software said revenue ...") is still its subject.
    """
    return bool(any(ch.isdigit() for ch in name) or BODY.search(name) and not _FUND.search(name) and not _BOARD_OF_BODY.match(name) or _NUMBER_BEFORE.search(sentence, max(0, a - 12), a)
                and not _EDITION.search(sentence, max(0, a - 16), a) or _RATE_INDEX.search(name) or _CURRENCY_CODE.fullmatch(name)
                and _DIGIT_NEXT.match(sentence, b) or _BASED.match(sentence, b)
                or reporting and _SAID_NEXT.match(sentence, b)
                or _ACCORDING.search(sentence, max(0, a - 40), a) or _MONTH_NAME.fullmatch(name)
                or _BY_COUNT_BEFORE.search(sentence, max(0, a - 8), a) and _BY_COUNT_AFTER.match(sentence, b)
                or _NOT_NAMES.fullmatch(name) or _ARTICLE.sub("", name).lower() in _DOCUMENTS  # "The Budget includes"
                or _IN_SOURCE.search(sentence, 0, a) is not None)


# "The Board of the Central Reserve Bank of Peru decided to lower the rate": the board acts for a named body (not "the
# Board of Investment", a body of its own)
_BOARD_OF_BODY = re.compile(r"(?:[Tt]he\s+)?(?:Board|Executive\s+Board|Governing\s+Council|Board\s+of\s+Directors)\s+of\s+"
                            r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,5}(?:Bank|Company|Corporation|Fund|Authority|Group)\b")
# "Norway's Government Pension Fund Global": a fund the government owns is not a body reporting numbers
_FUND = re.compile(r"\bFund\b")
_NUMBER_BEFORE = re.compile(r"\d\s?$")  # "9,400 MW": a unit the model tags as a name
_EDITION = re.compile(r"\b(?:the|this|last|next|its)\s+(?:19|20)\d\d\s$", re.IGNORECASE)  # "the 2023 Stampede": an edition
_RATE_INDEX = re.compile(r"\b(?:Rate|Index)$")
_DIGIT_NEXT = re.compile(r"\s*[\d.]")
_BASED = re.compile(r"-(?:based|listed|headquartered|registered|incorporated)\b")
_SAID_NEXT = re.compile(r"\s+(?:(?:has\s+)?(?:said|says|announced|reported|estimated)|(?:data|figures|statistics|numbers)\s+"
                        r"(?:show|shows|showed|suggest|suggests))\b")
# (or whoever asked: "Economists polled by Reuters had expected ...", "analysts surveyed by Bloomberg")
_ACCORDING = re.compile(r"(?:according to|based in|(?:polled|surveyed|canvassed|interviewed)\s+by)\s+(?:the\s+)?$")
# "by OPEC's independent count", "on the IMF's estimates": whose count it is, not what it counts
_BY_COUNT_BEFORE = re.compile(r"\b(?:by|on|per|in)\s+(?:the\s+)?$")
_BY_COUNT_AFTER = re.compile(r"['’]s?\s+(?:(?:own|latest|independent|official|preliminary|revised)\s+)?"
                             r"(?:count|estimates?|tally|figures|reckoning|calculations?|data)\b")
# a name inside an attribution ("according to figures presented by a trade association in Vila Nova de Gaia")
_IN_SOURCE = re.compile(r"\b(?:according to|citing|cited by|data from|figures from)\b[^.;:,]*$", re.IGNORECASE)


# endings of abstract nouns: a sentence's first word with one is a capitalized common noun, not a name
_ABSTRACT = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ism|ship|ture)s?$")
#: measures news opens a sentence or a list line with, which the model may read as a name (even a PERSON)
_MEASURE_WORD = re.compile(r"(?:turnout|headcount|employment|population|investment|consumption|production|revenues?|"
                           r"earnings|sales|profits?|output|inflation|unemployment|rainfall|"
                           r"ridership|traffic|exports?|imports?|spending|growth|debt|income|turnover|deficit|surplus|"
                           r"losses|loss|prices?|rents?|wages?|demand|capacity|volumes?|shipments?|arrivals?|"
                           r"enrolment|enrollment|attendance|harvest|"
                           # sources, goods and sectors: "Coal generated 57.1% of Poland's electricity"
                           r"coal|gas|oil|wind|solar|hydropower|nuclear|gold|copper|coffee|cocoa|tea|wheat|rice|maize|"
                           r"sugar|cotton|tourism|agriculture|farming|manufacturing|mining|construction|remittances)")


def _uncommon_first_word(tok: Any) -> bool:
    """A sentence's first word that is no English word the pipeline knows as a noun (nor a measure), so a name
    ("Valais hotels", not "Tea exports"); never without the pipeline's noun index."""
    return (tok.text[:1].isupper() and has_noun_index(tok) and not is_common_noun(tok)
            and not _MEASURE_WORD.fullmatch(tok.lower_) and not _ABSTRACT.search(tok.lower_))


def common_first_word(tok: Any) -> bool:
    """The first word of a sentence or list line, a lone capitalized common noun the model calls a proper noun
    ("Deforestation", "Turnout rose to 60.62%", "- Revenue: QR3.8bn")."""
    return (all(t.is_punct or t.is_space for t in tok.doc[:tok.i]) and not any(c.dep_ == "compound" for c in tok.children)
            and (not tok.ent_type_ and _ABSTRACT.search(tok.lower_) is not None or _MEASURE_WORD.fullmatch(tok.lower_) is not None
                 # the tagger says common noun where the recognizer says name: "Education receives the largest share",
                 # "Groups now hold an average of 36 children"
                 # (an English noun the recognizer calls no place or person; "Banxico trims rate" is a name)
                 or tok.tag_ in ("NN", "NNS") and tok.text[1:].islower() and tok.ent_type_ not in ("GPE", "LOC", "PERSON", "NORP")
                 and not is_country_name(tok.text) and is_common_noun(tok)))


def _acting_body(sdoc: Any, sentence: str) -> str | None:
    """A public body that does something with the money ("The Tokyo Metropolitan Government will pay ...")."""
    if sdoc is None or not sdoc.has_annotation("ENT_IOB"):
        return None
    speakers = _speakers(sdoc, -1)
    for e in sdoc.ents:
        if e.start in speakers:  # "The Ministry of Rural Development informed the Lok Sabha that ..."
            continue
        # the body's own word ("Government", "Board") does not make it a source; saying the number does
        if e.label_ == "ORG" and BODY.search(e.text) and not _not_subject(BODY.sub("", e.text), sentence, e.start_char, e.end_char):
            return _clean_entity(e.text)
    return None


def _proper_subject(sdoc: Any, sentence: str, value_at: int = 0) -> str | None:
    """The proper-noun subject of the sentence ("Fernwood Software said ..."; "Rhein Chemie Werke's board ...").

    Not one that reports the value after stating it ("... have fled Khartoum, the UN said").
    """
    if sdoc is None or not sdoc.has_annotation("DEP"):
        return None
    for tok in sdoc:
        # (the subject of the main verb, or of what a speaker says: "Seychelles welcomed 350,863 visitors ..., the
        # bureau said")
        if tok.dep_ not in ("nsubj", "nsubjpass") or not (tok.head.dep_ == "ROOT" or tok.head.dep_ == "ccomp"
                                                          and tok.head.head.dep_ == "ROOT" and tok.head.head.lemma_ in _SAY):
            continue
        if tok.head.lemma_ in _SAY and tok.idx > value_at:
            return None
        if common_first_word(tok) or tok.head.lemma_ in _CAUSES or _a_market(tok) or people_making_up(tok):
            return None  # the sentence's first word, capitalized as every first word is ("Deforestation ... fell"),
            # or a cause ("Dengue killed 1,705 people in Bangladesh")
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.text[:1].isupper()), None)
        head = tok if (tok.pos_ == "PROPN" or is_country_name(tok.text)) and tok.text[:1].isupper() else owner
        if head is None:
            return None
        first = min((t.i for t in head.subtree if t.i <= head.i and (t.pos_ == "PROPN" or t.dep_ == "compound")), default=head.i)
        last = _of_name_end(head)
        while last > head.i and last + 1 < len(sdoc) and sdoc[last + 1].pos_ == "PROPN" and sdoc[last].ent_type_ \
                and sdoc[last + 1].ent_type_ == sdoc[last].ent_type_:
            last += 1  # "The Manager of Lion City Logistics REIT": the name goes on after "of"
        name = re.sub(r"^.*-(?:based|listed|headquartered|registered|incorporated)\s+", "", sdoc[first:last + 1].text)
        return None if _not_subject(name, sentence, sdoc[first].idx, head.idx + len(head), reporting=False) else _clean_entity(name)
    return None


def date_entity(mention: Mention, text: str, sdoc: Any, defaults: dict[str, Any]) -> tuple[str | None, str]:
    """Whose founding or opening a date is: the subject of its verb ("Kaveri Software", "Emirates, launched in 1985")."""
    own = subject_entity(mention, sdoc, text)
    if own[0]:
        return own
    s0, s1 = mention.sentence
    subject = _proper_subject(sdoc, text[s0:s1])
    if subject:
        return subject, f"proper-noun subject '{subject}'"
    if sdoc is not None and sdoc.has_annotation("ENT_IOB"):
        ents = [e for e in sdoc.ents if e.label_ in ("ORG", "GPE", "FAC", "PRODUCT", "EVENT", "LOC")]
        if ents:
            return _clean_entity(ents[0].text), f"{ents[0].label_} '{ents[0].text}'"
    else:  # no parser: the sentence's first name ("Kaveri Software was founded in 1998")
        names = [n for n in _named_around(mention, text[s0:s1], defaults) if n.end <= mention.start - s0]
        if names:
            return _clean_entity(names[0].text), f"name '{names[0].text}' (capitalization, no parser)"
    return defaults.get("entity"), "document's main subject"


_NAME_PARTICLES = {"do", "da", "dos", "das", "de", "del", "della", "di"}


def described_by_event(mention: Mention, sdoc: Any) -> str | None:
    """The name a noun in apposition describes when the dated event hangs on that noun: "Health Bridges, a
    Kigali-based charity founded in 2009" -> "Health Bridges"."""
    span = _value_span(mention, sdoc)
    if span is None:
        return None
    tok = span.root
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "VERB":
            break
    if tok.pos_ != "VERB" or tok.dep_ != "acl":
        return None
    noun = tok.head
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.text[:1].isupper():
        name = noun.head
        return _clean_entity(sdoc[name_start(name):_of_name_end(name) + 1].text)
    return None


def _extend(e: Any) -> str:
    """The name as written: "the Ladki Bahin scheme", "the Brazilian Amazon"."""
    doc = e.doc
    start, end = e.start, e.end
    if start > 0 and doc[start - 1].ent_type_ == "NORP" and doc[start - 1].pos_ == "ADJ":
        start -= 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and doc[end - 1].whitespace_:
        end += 1  # "Airbus A321XLR"
    while end + 1 < len(doc) and doc[end].lower_ in _NAME_PARTICLES and doc[end + 1].text[:1].isupper() \
            and doc[end + 1].pos_ == "PROPN":
        end += 2  # "Rio Grande do Sul", "Mato Grosso do Sul": the model may stop at the particle
    if e.label_ == "ORG" and doc[end - 1].text in _ORG_HEADS:
        end = _of_name_end(doc[end - 1]) + 1  # "the State Oil Fund of Azerbaijan", read as a fund and a country
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].text[:1].isupper():
        end += 2  # "the Petroleum Fund of Timor-Leste", the model stopping at the hyphen
    for j in range(end, min(end + 4, len(doc))):  # "the Chengdu-Chongqing high-speed line"
        if doc[j].lower_ in _NAMED_THINGS or doc[j].lower_ in _FACILITIES:
            end = j + 1
            break
        if not (doc[j].text == "-" or doc[j].pos_ in ("ADJ", "NOUN") and doc[j].text.islower()):
            break
    return doc[start:end].text


def _clean_entity(s: str) -> str:
    s = _ARTICLE.sub("", s)
    s = _GOVERNMENT_OF.sub("", s) or s  # "The Government of Lithuania set the minimum wage": Lithuania's
    if (gov := _GOVERNMENT_END.search(s)) and (place := s[:gov.start()]) and (
            place.isupper() and len(place) <= 5 or is_country_name(place) or country_of(place)):
        s = country_of(place) or place  # "The NSW Government", "the Kenyan Government": the place's
    s = _BRACKETED_END.sub("", s) or s  # "the Swiss National Bank (SNB)", or cut inside the bracket "(SNB"
    s = _LEADING_TITLE.sub("", s) or s  # "President Maia Sandu"
    s = _ROLE_OF.sub("", s) or s  # "The Manager of Lion City Logistics REIT announced": the trust
    measured = _MEASURE_END.sub("", s)  # "Euro area GDP grew 0.3%": the euro area, not its GDP
    if measured != s and country_of(measured):
        return country_of(measured) or measured  # "Irish GDP grew 9.4%": Ireland's
    s = measured or s
    s = _DESCRIPTION.sub("", s)
    s = _OPENING_DESCRIPTION.sub("", s)
    s = _BASED_PREFIX.sub("", s)  # "Dar es Salaam-based Kilima Breweries"
    s = _PLACE_DESCRIPTION.sub("", s)
    s = _TITLE.sub("", s) or s
    s = _POSSESSIVE_END.sub("", s).strip()
    place, comma, country = s.rpartition(", ")
    if comma and place and is_country_name(country):  # "Bata, Equatorial Guinea": the town, placed in its country
        s = place
    # "overseas Filipinos" are the Philippines' (a people, in the plural; "Chinese" stays: also a language)
    return country_of_people(s) or s


_ARTICLE = re.compile(r"^(?:the|The)\s+")
_GOVERNMENT_END = re.compile(r"\s+(?:Government|government)$")
_GOVERNMENT_OF = re.compile(r"^(?:Government|Kingdom|State|Principality|Grand\s+Duchy)\s+of\s+(?:the\s+)?(?=[A-Z])")
_BRACKETED_END = re.compile(r"\s*\([^()]*\)?$")
_LEADING_TITLE = re.compile(r"^(?:(?:Vice|Deputy|Former|former|Acting|Interim)[ -])?(?:President|Prime\s+Minister|Governor|Mayor|Senator|Chancellor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)"
                            r"\s+(?=[A-Z][a-z]+\s+[A-Z])")
_ROLE_OF = re.compile(r"^(?:Manager|Managers|Trustee|Trustees|Board|Board of Directors|Directors|Chairman|Chair|Management)\s+of\s+(?:the\s+)?")
#: a whole economy's measures by their acronyms: no name ("Disbursed FDI rose 9.4%"), nor part of one ("Irish GDP")
MEASURE_ACRONYM = re.compile(r"(?:GDP|GNP|GNI|CPI|PMI|FDI|VAT|GST|HICP)")
#: a measure by its acronym, maybe with words before it: "Operational EBIT", "Adjusted EBITDA", "Core CPI"
_MEASURE_NAME = re.compile(r"(?:[A-Z][a-z]+\s+){0,2}(?:" + MEASURE_ACRONYM.pattern + r"|EBITDA?|EPS|NAV|AUM|ARPU|ROE|NPLs?)")
_MEASURE_END = re.compile(r"(?<=\S)\s+" + MEASURE_ACRONYM.pattern + "$")
# "hydropower producer Fjellkraft Energi": a lower-case description before the name is not part of it
_DESCRIPTION = re.compile(r"^(?!(?:de|van|von|al|bin|la|le|del|da|du|di|el)\s)(?:[a-z][a-z-]*\s+)+(?=[A-Z])")
# "Basel drugmaker Rheinpharma": a place, then a description, then the name
_PLACE_DESCRIPTION = re.compile(r"^(?:[A-Z][\w-]*\s+){1,3}(?!(?:of|de|and|for|the|van|von|da|del|du|la|le|al|bin|y|e)\s)"
                                r"(?:[a-z][a-z-]{3,}\s+)+(?=[A-Z])")
#: a description that opens a sentence, capitalized only for that: "Neighbouring Uzbekistan harvested ..."
_OPENING_DESCRIPTION = re.compile(r"^(?:Neighbou?ring|Nearby|Landlocked|Oil-rich|Gas-rich|Resource-rich|Tiny|Fellow|Rival|"
                                  r"Regional\s+rival|Regional\s+neighbou?r)\s+(?=[A-Z])")
_BASED_PREFIX = re.compile(r"^[^,;]*?-(?:based|listed|headquartered)\s+(?=[A-Z])")
_POSSESSIVE_END = re.compile(r"[’'](?:s)?$")


# "Uttar Pradesh Finance Minister", "Kenya's Chief Executive": an office ends a place's name, it is not part of it
_TITLE = re.compile(r"(?:(?<=\S)(?<!\bof)(?<!\bthe)\s+|^)(?:(?:Finance|Foreign|Prime|Chief|Deputy|Home|Health|Trade|Education|Energy|Economy|"
                    r"Economic|Executive|Vice|Interior|Defen[cs]e|Transport|Agriculture|Commerce|Industry|State|Labour|"
                    r"Labor|Environment|Treasury)\s+)*(?:Minister|President|Governor|Mayor|Secretary|Chairman|"
                    r"Chairwoman|Chair|CEO|Chancellor|Spokesperson|Spokesman|Spokeswoman)\b.*$")


def continue_subject(mention: Mention, defaults: dict[str, Any]) -> None:
    """A sentence with no name of its own ("Quarterly revenue was C$3.9 billion.") continues the paragraph's last one."""
    paragraph = defaults.get("paragraph")
    last = defaults.get("last_entity")
    if mention.entity is None and last and last[1] == paragraph:
        mention.entity, mention.explain["entity_from"] = last[0], f"'{last[0]}' carried over from earlier in the paragraph"
    elif mention.entity is not None:
        defaults["last_entity"] = (mention.entity, paragraph)


def subject_of(verb: Any) -> Any:
    tok = verb
    for _ in range(4):
        subj = [c for c in tok.children if c.dep_ in _SUBJ and c.pos_ not in ("PRON",) or (c.dep_ in _SUBJ and c.lower_ in ("it",) and False)]
        if subj:
            return subj[0]
        if tok.dep_ == "ccomp" and tok.head.lemma_ in SPEECH:
            # "X said revenue for fiscal 2024, which ended June 30, rose 16%": the parser made the clause's subject
            # the object of "said"; the speaker is not what rose
            obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < tok.i), None)
            if obj is not None:
                return obj
        if tok.dep_ in ("conj", "advcl", "xcomp", "ccomp", "relcl", "acl", "pcomp") and tok.head.i != tok.i:
            tok = tok.head
            if tok.dep_ == "relcl" or (tok.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("relcl", "acl")):
                return tok if tok.pos_ in ("NOUN", "PROPN") else None
        else:
            return None
    return None
