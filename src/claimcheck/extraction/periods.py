"""Attribute a period to a value: the time expression that dates it.

A time expression right after the value wins ("34.9 billion pesos a year
earlier" is the sentence's period a year back); then one in the value's own
clause, an earlier one in the sentence, a later one not closer to another value,
and finally one every expression in the paragraph agrees on. Statement dates
("said on Thursday"), comparisons ("since 2015", "up 11% on the previous year", "up 4.2% from 2022", "from
₦480.1 billion in 2022"),
years of other nouns ("their 2016 listing price") and names ("the Act of 2022")
never date a value. No time expression means period None: never a guessed year.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from ..model import Mention
from .times import FORWARD, TimeExpr, shift, years_back
from .units import dimension, length_sense

_CONNECT = re.compile(r"^[\s,]*(?:\([^()]{0,60}\)\s*)?(?:in|by|as of|for|during|at|on|since|until|through|of|from)?\s*(?:the\s+)?(?:same\s+period\s+|corresponding\s+period\s+)?(?:end of\s+)?$", re.IGNORECASE)

#: "a 46-kilometre loop", "its 165-metre wall", "a 14-month refurbishment": sizes that describe a thing
_ADJECTIVE_SIZE = re.compile(r"\d-[^\W\d]")
#: a phrase set off after a noun: "the Luele mine, 27 kilometres from Catoca", "the village, some 20 kilometres south"
_SET_OFF = re.compile(r"(?:,|\bthe)\s+(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+|only\s+)?$")
_SIZES = frozenset({"length", "area", "volume", "weight", "duration"})

_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_TO_LEVEL = re.compile(r"\bto\s+(?:a\s+record\s+|about\s+|around\s+|nearly\s+|some\s+|almost\s+)?$", re.IGNORECASE)
_SUPERLATIVE = re.compile(r"\b(?:\w+est|most|least|first|best|worst|record|level|levels|rose|rise[ns]?|fell|fall(?:en|s)?|up|down|"
                          r"grew|grown|increased?|decreased?|declined?|jumped|climbed|dropped|slipped|doubled|tripled|chang\w*|"
                          r"unchanged|held|steady|same)\b",
                          re.IGNORECASE)

_COMPARED = re.compile(r"\b(?:on|from|than|over|with|versus|vs\.?|against|compared to)\s+(?:the\s+)?(?:same\s+\w+\s+)?$", re.IGNORECASE)

# ("told reporters in Nairobi on Tuesday that ...": whom and where between the verb and the day)
_REPORTED = re.compile(r"\b(?:said|says|announced|reported|estimated|told|showed|wrote|added|released|published|issued)\s+"
                       r"(?:(?:reporters|journalists|parliament|lawmakers|legislators|investors|analysts|a\s+briefing|"
                       r"a\s+news\s+conference|a\s+press\s+conference)\s+)?(?:in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?"
                       r"(?:(?:on|late|early)\s+)?$", re.IGNORECASE)

#: a clause that reports what someone says or notes: what follows is not dated by the day of the saying (an
#: attribution closed by a comma, "the Department of Meteorology said, as a wildfire ...", introduces nothing)
_SPEAKING = re.compile(r"\b(?:said|saying|says|noting|noted|adding|added|told|telling|warning|warned|citing|according\s+to|"
                       r"announced|reported|showed|showing)\b(?!\s*,)", re.IGNORECASE)

_REPORTED_DOC = re.compile(r"\b(?:said|says|announced|reported|estimated|told|showed|wrote|added)\s+in\s+(?:the|a|its|their)\s+$", re.IGNORECASE)

_TO_LEVEL_AFTER = re.compile(r"(?:\s+(?:year[\s-]on[\s-]year|y/y|from\s+a\s+year\s+(?:earlier|ago)|on\s+the\s+year),?)?"
                             r"\s+to\s+(?:a\s+record\s+|about\s+|around\s+|nearly\s+|some\s+|almost\s+)?$", re.IGNORECASE)

_CLAUSE_BREAK = re.compile(r";|:\s|,\s*(?:and|but|while|whereas|with|after|before|as|bringing|taking|lifting|giving|noting)\b|\s(?:while|whereas)\s"
                           r"|\sand\s+(?:said|says|added|warned|noted|expects?|forecast|predicted)\b")

_DAYS = ("weekday", "day")
#: expressions that name one calendar day ("March 3", "3 March 2024", "New Year's Day")
_DATES_OF_DAYS = ("md", "mdy", "dmy", "holiday")

#: from a value to the amount in brackets that restates it in another currency: " (about "
_CONVERTS = re.compile(r"\s*\((?:about|around|approximately|roughly|some|nearly|almost|or|equivalent\s+to)?\s*$", re.IGNORECASE)

#: a relative clause that states what holds now: ", which make up about 80% of", ", which grows about 80% of"
_STANDING_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?:still\s+|now\s+|together\s+)?(?:makes?\s+up|holds?|grows?|provides?|"
                                r"accounts?\s+for|represents?|employs?|produces?|supplies|supply|covers?|relies\s+on|"
                                r"rely\s+on|is|are)\b[^,;]*$", re.IGNORECASE)

# "since 2016, when the country recorded ...": a clause about the time just named (up to the value, no break)
_WHEN_CLAUSE = re.compile(r",?\s+when\s+[^.;:,]*$", re.IGNORECASE)

# "the 2024/25 financial year, which starts in July": when another period begins, not a value's date
_DESCRIBES = re.compile(r"\b(?:which|that)\s+(?:starts|begins|ends|runs|started|began|ended|runs\s+from)\s+(?:in|on|from)?\s*$",
                        re.IGNORECASE)

_NAMED = re.compile(r"\b(?:Act|Vision|Agenda)\s+(?:of\s+)?$")

_ATTRIBUTIVE = re.compile(r"\s+(?!(?:in|and|to|from|of|for|on|at|by|as|with|was|were|is|are|when|after|before|the|a|an|or|"
                          r"but|than|while|compared|versus|vs|through|until|up|down|levels?)\b)[a-z][a-z-]+")

_NOUN_OF = re.compile(r"^\s+[\w-]+(?:\s+[\w-]+){0,2}\s+(?:of|at|was|were|reached|totall?ed|hit)\s+"
                      r"(?:about\s+|around\s+|nearly\s+|some\s+|a\s+record\s+)?$")


def period_of(mention: Mention, text: str, times: list[TimeExpr], owned: set[int],
            paragraph: tuple[int, int] | None = None, spans: Any = (), memo: dict[Any, Any] | None = None
            ) -> tuple[str | None, str]:
    """``memo``: a dict kept for one document (its ``text`` and ``times``), where the work that depends on the
    sentence or paragraph only is kept for the other values in it."""
    s0, s1 = mention.sentence
    if mention.kind == "quantity" and _ADJECTIVE_SIZE.search(text, mention.start, mention.end) and dimension(mention.unit) in _SIZES:
        return None, "a size written as an adjective ('a 46-kilometre loop') says what a thing is, not when"
    if mention.kind == "quantity" and _SET_OFF.search(text, max(s0, mention.start - 14), mention.start) \
            and dimension(mention.unit) == "length" and length_sense(text, mention.end):
        return None, "where a thing lies ('the hall, 15 kilometres west of Tampere,'), not when"
    shared = _sentence_work(text, times, s0, s1, memo)
    inside = shared.inside
    standing = _STANDING_RELATIVE.search(text, max(s0, mention.start - 60), mention.start)
    if standing:  # "Diamond exports, which make up about 80% of the country's export earnings, fell ...": a standing fact
        end = text.find(",", mention.end, s1)
        end = s1 if end < 0 else end
        if not any(standing.start() <= t.start < end for t in inside):
            return None, f"a present-tense relative clause ('{standing.group(0).strip()} ...') with no time of its own"
    bases = _comparison_bases(text, inside, spans, mention, shared.bases)
    after = [t for t in inside if t.start >= mention.end and _CONNECT.match(text[mention.end:t.start]) and t.start - mention.end < 30
             and not (t.start in bases and _BASE.search(text[mention.end:t.start]))]
    if after and not (after[0].relative_to_claim and _COMPARED.search(text[max(s0, after[0].start - 25):after[0].start])):
        t = after[0]
        return (_relative(t, text, inside) if t.relative_to_claim else t.period), f"'{text[t.start:t.end]}' right after the value"
    for t in inside:  # "since 2016, when the country recorded 4.8 million infections": the time the clause is about
        if t.end <= mention.start and t.period and _WHEN_CLAUSE.match(text, t.end, mention.start):
            point = t.period.split("/")[0] if t.kind == "since_year" else t.period
            return point, f"'{text[t.start:t.end]}, when ...': the clause is about that time"
    for t in inside:  # "reported 2022 sales of 18.7 billion lira"
        if t.end <= mention.start and t.kind == "year" and _ATTRIBUTIVE.match(text, t.end) and _NOUN_OF.match(text[t.end:mention.start]):
            return t.period, f"'{text[t.start:t.end]}' dates the noun the value measures"
    usable = [t for t, dates in zip(inside, shared.dates) if dates and t.start not in bases]
    others = _starts_within(spans, s0, s1, mention.start)

    def taken(t: TimeExpr) -> bool:
        """A later expression closer to another value dates that one ("rose to 15% for multinationals on 1 January")."""
        # (not the amount in brackets that converts this one: "a 49.7 trillion naira ($32.5 billion) budget for 2025")
        between = [a for a in others if mention.end <= a < t.start and not _CONVERTS.match(text, mention.end, a)]
        if between and _TO_LEVEL_AFTER.match(text, mention.end, between[0]) and len(between) == 1:
            return False  # "rose 14.3% to $405.5 billion in 2024": the change and the level it reached share the year
        if t.kind == "weekday" and t.start not in owned:
            return False  # "killed four people and injured 95 ... on Friday": a news day dates the whole clause
        return t.start >= mention.end and (t.start in owned or bool(between) and "," not in text[between[-1]:t.start])

    clause = _clause(text, mention, s0, s1, shared.cuts)
    near = [t for t in usable if clause[0] <= t.start and t.end <= clause[1] and not taken(t) and t.start not in owned]
    if near:
        t = min(near, key=lambda x: (x.kind in _DAYS, abs(x.start - mention.start)))
        return t.period, f"'{text[t.start:t.end]}' in the same clause"
    if _PRESENT.search(text[clause[0]:clause[1]]) and not _PAST.search(text[clause[0]:clause[1]]):
        # "The group has some 48,000 employees", "the airline now flies to more than 230 airports": a standing
        # fact, not dated by a time expression outside its clause
        return None, "a present-tense clause with no time expression of its own"
    # (a day another value took: "reached 45.3C on Thursday, as a wildfire burned 480 hectares" happened that day, but
    # not what is only reported then: "cut its rate to 3.75% on Wednesday, noting that household debt stood at ...")
    prior = sorted((t for t in usable if t.end <= mention.start
                    and not (t.kind in _DAYS and t.start in owned and _SPEAKING.search(text, t.end, mention.start))),
                   key=lambda x: (x.kind not in _DAYS, x.start))
    if prior:  # the nearest one, but a year or month before a weekday: "for fiscal 2023 on Friday, including ..."
        t = prior[-1]
        span = re.fullmatch(r"(\d{4})/(\d{4})", t.period or "")
        if span and t.kind == "year_span" and _TO_LEVEL.search(text[max(s0, mention.start - 25):mention.start]):
            # "grew 42% between 2019 and 2023 to $47.4 billion": the level reached is the last year's
            return span.group(2), f"'to' the level at the end of '{text[t.start:t.end]}'"
        return t.period, f"'{text[t.start:t.end]}' earlier in the sentence"
    later = [t for t in usable if t.start >= mention.end and not taken(t)]
    if later:
        t = later[0]
        return t.period, f"'{text[t.start:t.end]}' later in the sentence"
    if paragraph and (opening := _opening_relative(text, times, paragraph[0], s0)) is not None:
        # "Exports reached $4 billion in 2021. A year later, they were $4.6 billion.": the sentence before, moved
        return opening[0], f"'{opening[1]}' opens the sentence: the time of the sentence before, moved"
    if paragraph and not usable and _FUTURE.search(text[s0:s1]):
        # "... approved a 2025 state budget that foresees revenue of 34.6 billion manat. Transfers from the oil fund will
        # cover 12.2 billion manat": a plan's values, in the budget (fiscal) year the sentence before names
        prev = _previous_sentence_period(text, times, paragraph[0], s0)
        if prev is not None and prev.period and prev.kind != "fiscal" and (_PLAN_PERIOD.match(text, prev.end)
                                                  or _PLAN_WORDS.search(text, prev.start, prev.end)):
            return prev.period, f"'{text[prev.start:prev.end]}' the plan the sentence before names"
    if paragraph and (usable or not _FUTURE.search(text[s0:s1])):  # "The miner will close four shafts": a plan, not last year's
        around = _paragraph_periods(text, times, paragraph, memo)
        if len(around) == 1 and None not in around:
            only = next(iter(around))
            return only, f"every time expression in the paragraph says {only}"
        # a value no time of its own sentence dates continues the sentence before: "Kenya's inflation rose to 6.8%
        # in September from 6.7% in August ... Fuel inflation reached 14.1%" -> September
        prev = _previous_sentence_period(text, times, paragraph[0], s0)
        if prev is not None:
            return prev.period, f"'{text[prev.start:prev.end]}' dates the sentence before"
    return None, "no time expression in the sentence or paragraph"


#: what may come before a relative time that opens a sentence: "A year later,", "But the following year"
_OPENER = re.compile(r"(?:(?:And|But|Yet|Then|By\s+contrast)\s*,?\s+)?(?:then\s+)?$", re.IGNORECASE)


def _opening_relative(text: str, times: list[TimeExpr], lo: int, s0: int, depth: int = 0) -> tuple[str, str] | None:
    """A sentence that opens with a time relative to another ("A year later, profit was $15 million", "The following
    year it fell to $9 million", "Two years earlier, ..."): the period of the sentence before (itself perhaps opened
    the same way), moved; with the words that moved it."""
    first = next((t for t in _between(times, s0, s0 + 40, limit=1) if t.relative_to_claim), None)
    if first is None or first.kind == "same_period" or not _OPENER.fullmatch(text, s0, first.start) \
            or not re.match(r"\s*,|\s+(?!(?:of|in|than|and|or)\b)[a-z]", text[first.end:first.end + 12]):
        return None
    prev_start = max(text.rfind(". ", lo, max(lo, s0 - 2)) + 2, lo)
    if prev_start >= s0:
        return None
    base = _opening_relative(text, times, lo, prev_start, depth + 1) if depth < 4 else None
    if base is None:
        prev = _previous_sentence_period(text, times, lo, s0)
        if prev is None or prev.period is None:
            return None
        base = (prev.period, "")
    moved = _relative(first, text, [first, TimeExpr(prev_start, prev_start, base[0], "base")])
    return (moved, text[first.start:first.end]) if moved and moved != base[0] else None


#: after a year, the plan it is the year of: "a 2025 state budget", "the 2024/25 fiscal year", "the 2026 spending plan"
_PLAN_PERIOD = re.compile(r"\s+(?:(?:state|national|federal|annual|draft|proposed|approved|revised|supplementary)\s+)*"
                          r"(?:budget|fiscal\s+year|financial\s+year|spending\s+plan|appropriations?)\b", re.IGNORECASE)
#: ... or inside the time expression itself: "the 2024/25 fiscal year", "the 2025 budget year"
_PLAN_WORDS = re.compile(r"budget|fiscal|financial\s+year", re.IGNORECASE)


def _previous_sentence_period(text: str, times: list[TimeExpr], lo: int, s0: int) -> TimeExpr | None:
    """The first time expression of the sentence before ``s0`` (within the paragraph) that dates its values:
    not a comparison base ("from 6.7% in August"), a statement date, a target ("by 2027") or a relative one."""
    start = max(text.rfind(". ", lo, max(lo, s0 - 2)) + 2, lo)
    if start >= s0:
        return None
    for t in _between(times, start, s0):
        before = text[max(start, t.start - 30):t.start]
        if (t.period and t.kind not in _DAYS + _DATES_OF_DAYS and _dates_numbers(text, t, start)
                and not _BASE.search(before) and not _BASE_OF_VALUE.search(text, max(start, t.start - 40), t.start)
                and not _MULTIPLE_OF.search(text, max(start, t.start - 70), t.start)
                and not re.search(r"\b(?:by|until|through|from|since)\s+(?:the\s+end\s+of\s+)?$", before, re.IGNORECASE)):
            return t
    return None


_PRESENT = re.compile(r"\b(?:has|have|is|are|now|currently|still|employs|employ|needs?|operates|owns|serves|houses|counts)\b"
                      r"(?!\s+(?:been|expected|forecast|projected|set|due|likely|estimated|to\b|planned|scheduled))", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|plans?\s+to|aims?\s+to|intends?\s+to|is\s+to|are\s+to|expects?\s+to)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:is|are)\s+(?:\w+ed|forecast|set|seen)\b|\b(?:was|were|had|did|rose|fell|grew|reached|totalled|totaled|hit|jumped|dropped|declined|increased|"
                   r"decreased|climbed|posted|recorded|reported|said|will|would)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Sentence:
    """What ``period_of`` works out once per sentence: its time expressions, which of them date numbers,
    which are the bases of a change by their own words, and where its clauses break."""

    inside: list[TimeExpr]
    dates: list[bool]
    bases: frozenset[int]
    cuts: list[int]


def _sentence_work(text: str, times: list[TimeExpr], s0: int, s1: int, memo: dict[Any, Any] | None) -> _Sentence:
    if memo is not None and (found := memo.get((s0, s1))) is not None:
        return found  # type: ignore[no-any-return]
    inside = _between(times, s0, s1)
    work = _Sentence(inside, [_dates_numbers(text, t, s0) for t in inside], frozenset(_worded_bases(text, inside)),
                     [s0] + [s0 + m.start() for m in _CLAUSE_BREAK.finditer(text[s0:s1])] + [s1])
    if memo is not None:
        memo[(s0, s1)] = work
    return work


def _paragraph_periods(text: str, times: list[TimeExpr], paragraph: tuple[int, int], memo: dict[Any, Any] | None
                       ) -> frozenset[str | None]:
    key = ("paragraph", paragraph)
    if memo is not None and (found := memo.get(key)) is not None:
        return found  # type: ignore[no-any-return]
    # (not a record's base: "Jamaica's smallest haul since Atlanta in 1996" dates nothing else in the paragraph)
    # (nor what a change is measured against: "down more than 11 points from 2019" dates nothing else)
    # (a day only when it is an event's: "won Austria's parliamentary election on Sunday", "the quake struck on Friday")
    dating = [t for t in _between(times, *paragraph, limit=50)
              if (t.kind not in _DAYS + _DATES_OF_DAYS + ("iso",)
                  or _EVENT_BEFORE.search(text, max(paragraph[0], t.start - 80), t.start)
                  or _EVENT_OWN.match(text, t.end))
              and _dates_numbers(text, t, paragraph[0])
              and not _SINCE_BEFORE.search(text, max(paragraph[0], t.start - 30), t.start)
              and not _BASE.search(text, max(paragraph[0], t.start - 30), t.start)
              and not _BASE_OF_VALUE.search(text, max(paragraph[0], t.start - 40), t.start)
              and not _MULTIPLE_OF.search(text, max(paragraph[0], t.start - 70), t.start)]
    around = frozenset(t.period for t in dating)
    if len(around) > 1:  # "Counting from the April 17 general election was completed on Sunday": the event's own day
        own = frozenset(t.period for t in dating if t.kind in _DAYS + _DATES_OF_DAYS and _EVENT_OWN.match(text, t.end))
        around = own if len(own) == 1 and None not in own else around
    if memo is not None:
        memo[key] = around
    return around


#: events whose day dates what the paragraph says of them: results of a vote, effects of a disaster
_EVENT_BEFORE = re.compile(r"\b(?:election|elections|elected|re-elected|vote|referendum|run-off|runoff|earthquake|quake|storm|cyclone|typhoon|"
                           r"hurricane|floods?|eruption|landslides?|tornado|wildfire|blaze|explosion|blast)\b[^.;]*$",
                           re.IGNORECASE)

#: "Turnout in Saturday's vote", "Tuesday's Nova Scotia election", "Namibia's November 27 presidential election": the
#: day is the event's
_EVENT_OWN = re.compile(r"(?:['’]s?)?\s+(?-i:[A-Z][\w.-]*\s+){0,3}"
                        r"(?:(?:general|presidential|parliamentary|local|national)\s+)?"
                        r"(?:election|elections|vote|referendum|run-off|runoff|poll|earthquake|quake|storm|cyclone|typhoon|"
                        r"hurricane|floods?)\b", re.IGNORECASE)
#: the date of a value a change is measured from: "down from 79% in 2020", "up from 1.2 million in 2019"
_BASE_OF_VALUE = re.compile(r"\b(?:from|than|compared\s+with|against)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?[$€£¥₹]?"
                            r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|"
                            r"a\s+handful)\s*(?:%|percent|per\s+cent|(?:million|billion|trillion|m|bn)\b)?\s+in\s+$",
                            re.IGNORECASE)

#: from a multiplier to a time in the noun phrase it multiplies: " the spending plan originally approved for ", " the price
#: a year ago" (for the multiplier's own period; _MULTIPLE_OF, narrower, keeps such times from dating other values)
_MULTIPLIED_BASE = re.compile(r"\s+(?:(?:that|those)\s+of\s+)?(?:the|its|their|his|her|what)\b[^,;.()]*$", re.IGNORECASE)
#: what a multiple is of: "double the payout for 2022", "nearly three times the figure in 2019" (the base's own time)
_MULTIPLE_OF = re.compile(r"\b(?:double|twice|triple|treble|quadruple|(?:two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)"
                          r"\s+times)\s+(?:the|its|their|what)\b[^,;.()]{0,40}?\s(?:for|of|in)\s+$", re.IGNORECASE)

_SINCE_BEFORE = re.compile(r"\bsince\s+(?:[^.;,\d]{0,25}\s)?(?:in\s+)?$", re.IGNORECASE)

# what a change is measured against: "up 4.2% from 2022", "from ₦480.1 billion in 2022", "than in 2019"
_BASE = re.compile(r"\b(?:from|than|versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:about\s+|around\s+|some\s+|nearly\s+|in\s+)?$",
                   re.IGNORECASE)
_CHANGE_WORDS = re.compile(r"%|\b(?:percent|per cent|points?|up|down|rose|fell|grew|higher|lower|increase|decrease|growth|"
                           r"decline|jump|drop|more|less|rising|falling|cheaper|dearer|costlier|bigger|smaller|"
                           r"halved|doubled|tripled|trebled)\b", re.IGNORECASE)


def _worded_bases(text: str, inside: list[TimeExpr]) -> set[int]:
    """Starts of the time expressions that their own words make the base of a change ("up 4.2% from 2022")."""
    out = set()
    for t in inside:
        before = text[max(0, t.start - 60):t.start]
        if t.kind in ("year", "fiscal", "my", "quarter", "half", "rel_year", "rel_month") and _BASE.search(before) \
                and _CHANGE_WORDS.search(before) and not t.relative_to_claim:
            out.add(t.start)  # "up 4.2% from 2022", "1.2% cheaper than a year ago"
    return out


def _comparison_bases(text: str, inside: list[TimeExpr], spans: Any, mention: Mention,
                      worded: frozenset[int] | None = None) -> set[int]:
    """Starts of the time expressions a change is measured against: they date their base value only."""
    out = set(_worded_bases(text, inside) if worded is None else worded)
    s0, s1 = mention.sentence
    i = bisect.bisect_left(spans, (s0,))  # only the sentence's values (a bisection: long documents stay linear)
    while i < len(spans) and spans[i][0] < s1:
        a, b = spans[i]
        i += 1
        if a == mention.start or not _BASE.search(text[max(0, a - 30):a]):
            continue
        for t in inside:  # "from ₦480.1 billion in 2022": the base value's own year
            if 0 <= t.start - b < 12 and _CONNECT.match(text[b:t.start]):
                out.add(t.start)
    if mention.kind == "multiplier":  # "nearly double the spending plan approved for 2024": the base's own time
        for t in inside:
            if 0 < t.start - mention.end < 80 and _MULTIPLIED_BASE.match(text, mention.end, t.start):
                out.add(t.start)
                break  # (only the first: "three times the level of 2019 last year")
    return out


def _dates_numbers(text: str, t: TimeExpr, lo: int) -> bool:
    """Whether ``t`` can date a value other than the one right before it.

    Not "a year earlier" (it dates the value it follows), "since 2015" (a
    comparison), "the ministry said on Thursday" (the statement), "their 2016
    listing price" (another noun) or "the Inflation Reduction Act of 2022" (a name).
    """
    before = text[max(lo, t.start - 30):t.start]
    reported = _REPORTED_DOC.search(before) or t.kind in _DAYS + _DATES_OF_DAYS + ("iso",) and _REPORTED.search(before)
    # "the highest since 2015" compares; "has approved 2,500 MW since 2020" counts over 2020 to publication
    since = _SINCE.search(text[max(lo, t.start - 7):t.end]) and (
        t.kind != "since_year" or _SUPERLATIVE.search(text[max(lo, t.start - 60):t.start])) \
        or t.kind == "year" and _SINCE_BEFORE.search(text, max(lo, t.start - 40), t.start)  # "since records began in 1970"
    return not (t.relative_to_claim or since or reported
                or _NAMED.search(before) or _attributive(text, t, lo) or _DESCRIBES.search(before))


def _attributive(text: str, t: TimeExpr, lo: int) -> bool:
    """A year a value is compared with: "42 times their 2016 listing price", "triple its 2021 total"."""
    # (not the year of what a value is of: "closed its 2023 state accounts with a surplus of CHF 163 million")
    return (t.kind == "year" and bool(_ATTRIBUTIVE.match(text, t.end))
            and bool(re.search(r"\b(?:its|their|his|her|our)\s+$", text[max(lo, t.start - 8):t.start], re.IGNORECASE))
            and not _OWN_ACCOUNTS.match(text, t.end))


#: a year of a thing's own accounts, budget or results: "its 2023 state accounts", "their 2024 budget"
_OWN_ACCOUNTS = re.compile(r"\s+(?:[a-z]+\s+)?(?:accounts|budget|results|financial\s+statements|annual\s+report|fiscal\s+year|"
                           r"financial\s+year|harvest|crop|season)\b")


def _clause(text: str, mention: Mention, s0: int, s1: int, cuts: list[int] | None = None) -> tuple[int, int]:
    """The clause around the value: the sentence cut at ';' and at ', and' / ', while' / ', with'-style joins."""
    if cuts is None:
        cuts = [s0] + [s0 + m.start() for m in _CLAUSE_BREAK.finditer(text[s0:s1])] + [s1]
    i = bisect.bisect_right(cuts, mention.start) - 1
    return cuts[max(i, 0)], cuts[min(i + 1, len(cuts) - 1)]


def _relative(t: TimeExpr, text: str, inside: list[TimeExpr]) -> str | None:
    """'34.9 billion pesos a year earlier': the sentence's own period, a year (or month) back."""
    # (not the day a statement was made: "rose 0.69% in February, the office said on Wednesday, ... from 4.6% the month
    # before" is January)
    dated = [x for x in inside if x is not t and not x.relative_to_claim and x.period
             and not (x.kind in _DAYS and _REPORTED.search(text, max(0, x.start - 60), x.start))]
    base = [x for x in dated if x.start < t.start] or dated
    if not base:
        return t.period
    said = text[t.start:t.end].lower()
    base = [x for x in base if x.kind not in _DAYS] or base  # (a year, not the day a budget was handed down)
    if t.kind == "same_of_year":  # "the same quarter of 2022": the base's months in that year
        years = re.findall(r"\b(\d{4})", base[-1].period or "")
        return shift(base[-1].period, years=int(t.period[:4]) - int(years[-1])) if years and t.period else t.period
    sign = 1 if FORWARD.search(said) else -1  # "a year later", "the following year" run forward
    back = {"months": -3} if t.kind == "rel_quarter" else {"years": -1} if t.kind == "same_period" else \
        {"years": sign * years_back(said)} if t.kind == "rel_years" else {"months": sign} if "month" in said else \
        {"years": sign}
    return shift(base[-1].period, **back)


def _starts_within(spans: Any, a: int, b: int, skip: int) -> list[int]:
    """Starts in [a, b) of ``spans`` ((start, end) pairs sorted by start), but ``skip``: a bisection, not a
    walk over every value of the document (which made long documents quadratic)."""
    i = bisect.bisect_left(spans, (a,))
    out: list[int] = []
    while i < len(spans) and spans[i][0] < b:
        if spans[i][0] != skip:
            out.append(spans[i][0])
        i += 1
    return out


def _between(times: list[TimeExpr], a: int, b: int, limit: int | None = None) -> list[TimeExpr]:
    """Time expressions inside [a, b) (``times`` is sorted by start); at most ``limit`` + 1 of them."""
    i = bisect.bisect_left(times, a, key=lambda t: t.start)
    out: list[TimeExpr] = []
    while i < len(times) and times[i].start < b and (limit is None or len(out) <= limit):
        if times[i].end <= b:
            out.append(times[i])
        i += 1
    return out
