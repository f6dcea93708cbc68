"""Find time expressions and resolve them to periods ("2021", "2021-08", "2012/2021").

Relative expressions resolve against the publication date: "last year" is the
year before it, "as of March" is March of its year, a month-day without a year
is its latest occurrence on or before it, "the past decade" is a span ending
in its year. Without a publication date, relative expressions stay unresolved
(period None): claimcheck never guesses a year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from . import fiscal
from .cues import folded
from .numbers import parse_words
from .spans import Spans

_MON = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
        r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_Y = r"(?:1[89]\d\d|20\d\d)"
_NUMW = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1": 1, "2": 2, "3": 3, "4": 4}

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_SPAN_UNITS = {"year": 12, "quarter": 3, "half": 6, "season": 12}

PATTERNS: list[tuple[str, str]] = [
    # a period named by its end: "the year to June 2023", "the three months to September", "fiscal year ended March 31, 2023"
    ("trailing", rf"\b(?:[Tt]he\s+)?(?:(?P<ly>{_Y})\s*[-–/]\s*(?P<ly2>{_Y}|\d\d)\s+(?=fiscal|financial))?(?:(?:fiscal|financial)\s+)?(?:(?P<unit>year|quarter|half)(?:[\s-]year)?|(?P<unit2>season)|"
                 rf"(?P<n>{_NUMW})\s+months)\s+(?:(?:that|which)\s+(?:ended|ends)|to\s+the\s+end\s+of|to|ended|ending|through|until)\s+(?:on\s+|in\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<mon>{_MON})\.?(?:\s+(?P<d>\d{{1,2}}))?(?:,?\s+(?P<y>{_Y}))?\b"),
    # "the first quarter of fiscal 2025", "Q2 FY2024": a quarter of a fiscal year
    ("fiscal_quarter", rf"\b(?:the\s+)?(?P<q>first|second|third|fourth)[\s-]+quarter\s+of\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)"
                       rf"(?P<fy>{_Y}|\d\d(?!\d))|\bQ(?P<qn>[1-4])\s*(?:FY\s?|fiscal\s+)(?P<fy2>{_Y}|\d\d(?!\d))"),
    ("fiscal", rf"\b(?:FY|fiscal(?:\s+year)?)\s*(?P<y>{_Y}|\d\d)(?:[-–/](?P<y2>{_Y}|\d\d)(?!\d))?\b(?:,?\s+(?:which\s+)?(?:ended|ending|ends)\s+(?:on\s+)?(?P<mon>{_MON}))?"),
    ("first_months", rf"\b(?:[Tt]he\s+)?(?P<fl>first|last|final)\s+(?P<n>{_NUMW})\s+months(?:\s+of\s+(?P<y>{_Y}))?"),
    ("day_range", rf"\b(?:[Bb]etween|[Ff]rom)\s+(?P<mon>{_MON})\.?\s+(?P<d>\d{{1,2}})(?:,?\s+(?P<y>{_Y}))?\s+(?:and|to|through|until)\s+"
                  rf"(?P<mon2>{_MON})\.?\s+(?P<d2>\d{{1,2}})(?:,?\s+(?P<y2>{_Y}))?\b"),
    # a holiday names its day: "struck on New Year's Day", "sales over Thanksgiving weekend", "on Christmas Eve 2023"
    ("holiday", rf"\b(?P<hol>New\s+Year['’]s\s+(?:Day|Eve)|Christmas\s+(?:Day|Eve)|Boxing\s+Day|Valentine['’]s\s+Day|Halloween|"
                rf"Good\s+Friday|Easter\s+(?:Sunday|Monday)|Thanksgiving(?:\s+Day)?|Black\s+Friday|Cyber\s+Monday)"
                rf"(?:,?\s+(?P<y>{_Y})\b)?"),
    ("iso", rf"\b(?P<y>{_Y})-(?P<m>\d\d)-(?P<d>\d\d)\b"),
    ("mdy", rf"\b(?P<mon>{_MON})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>{_Y})\b"),
    ("dmy", rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})\.?,?\s+(?P<y>{_Y})\b"),
    ("month_range", rf"\b(?:[Ff]rom|[Bb]etween)\s+(?P<mon>{_MON})\s+(?:to|and|through|until)\s+(?P<mon2>{_MON})(?:\s+(?:of\s+)?(?P<y>{_Y}))?\b"),
    # "the April-June quarter", "April-to-June period", "July to September"
    ("month_span", rf"\b(?P<mon>{_MON})(?:\s*[-–]\s*|\s*-?to-?\s*|\s+through\s+)(?P<mon2>{_MON})\b(?:\s+(?:quarter|period))?(?:,?\s+(?:of\s+)?(?P<y>{_Y}))?"),
    # "the September quarter": the three months ending in September
    ("month_quarter", rf"\b(?P<mon>{_MON})(?:\s+(?P<y>{_Y}))?\s+quarter\b"),
    ("my", rf"\b(?P<mon>{_MON})\.?,?\s+(?:of\s+)?(?P<y>{_Y})\b"),
    ("md", rf"\b(?P<mon>{_MON})\.?\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?{_Y})(?![\d,.]*\s*(?:%|percent|million|billion))"),
    ("dm", rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})\b"),
    ("quarter", rf"\b(?:the\s+)?(?P<q>first|second|third|fourth)[\s-]+quarter(?:\s+of\s+(?P<rel>this|last|next)\s+year|(?:\s+of)?(?:\s+(?P<y>{_Y}))?)|\bQ(?P<qn>[1-4])\s*(?P<y2>{_Y})?"),
    ("half", rf"\b(?:the\s+)?(?P<h>first|second)[\s-]+half(?:\s+of\s+(?P<rel>this|last|next)\s+year|(?:\s+of)?(?:\s+(?P<y>{_Y}))?)|\bH(?P<hn>[12])\s*(?P<y2>{_Y})?"),
    # years ahead: "over the next three years", "the five years from 2025", "a year through 2030"
    # "NOK 3.9 billion in the same quarter of 2022": the claim's own quarter, in that year
    ("same_of_year", rf"\bthe\s+same\s+(?:period|quarter|month|half|months|nine\s+months|six\s+months)\s+(?:of|in)\s+(?P<y>{_Y})\b"),
    ("ahead_span", rf"\b(?:the\s+)?(?:next|coming)\s+(?P<n>{_NUMW})\s+years\b|\b(?P<n2>{_NUMW})\s+years\s+(?:from|starting"
                   rf"(?:\s+in)?|beginning(?:\s+in)?)\s+(?P<y>{_Y})\b"),
    ("through_year", rf"\b(?:through|until|till)\s+(?P<y>{_Y})\b(?!\s*[-–/]\s*\d)"),
    ("year_span", rf"\b(?:(?:[Ff]rom|[Bb]etween)\s+)?(?P<y>{_Y})\s*(?:-|–|/|to|and|through)\s*(?P<y2>{_Y}|\d\d)\b(?P<fy>\s+(?:fiscal|financial)\s+year|\s+[Bb]udget)?(?P<season>\s+season)?"),
    # a decade: "the 1960s", "the mid-1990s", "the early 2000s"
    ("decade", r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<y>(?:1[89]|20)\d0)s\b"),
    ("end_of", rf"\b(?:by\s+|at\s+)?(?:the\s+)?end(?:\s+of\s+|-)(?!\d\d?\b)(?:(?P<mon>{_MON})(?:\s+(?P<y>{_Y}))?|(?P<y2>{_Y})|(?P<rel>last|this|next)\s+year)"),
    # (also a month that dates a noun: "its October revenue", "Japan's September exports", "a March survey")
    ("as_of_month", rf"(?:\b(?:[Aa]s of|[Ss]ince|[Bb]y|[Ii]n|[Dd]uring|[Uu]ntil|[Tt]hrough|[Tt]ill|[Ll]ast|[Tt]his)\s+(?P<mon>{_MON})"
                    rf"|(?:\b(?:[Ii]ts|[Tt]heir|[Aa]|[Tt]he)|['’]s)\s+(?P<mon2>{_MON})(?=\s+[a-z]))\b(?!\s+\d)"),
    # "so far this year", "year to date": January to the month of publication
    ("ytd", r"\bso\s+far\s+this\s+year\b|\b(?:this\s+)?year[\s-]to[\s-]date\b|\bthis\s+year\s+so\s+far\b"),
    # "since 2020": from that year to the year of publication
    ("since_year", rf"\bsince\s+(?P<y>{_Y})\b(?!\s*(?:-|–|/|to|and)\s*\d)"),
    # a year-like number followed by a scale, an unambiguous currency name or a counted noun is a quantity
    # ("2000 million euros"); the list stays narrow on purpose: "in 2019 won the vote" is still a year
    ("year", rf"(?<![\w$€£¥-])(?P<y>{_Y})(?![\w%-]|\.\d|,\d{{3}}|\s+(?:thousand|million|billion|trillion|"
             r"mn|bn|yuan|dollars|euros|pounds|rupees|yen|tonnes|tons|people|units|employees|jobs|companies|"
             r"percent|per\s?cent)\b)"),
    # the base of a comparison, dated by the claim's own period: "from SEK 3.15 billion in the previous quarter",
    # "from KSh 7.1 billion in the same period last year"
    ("same_period", r"\bthe\s+same\s+(?:period|quarter|month|half|months)\s+(?:of\s+|in\s+)?(?:last|the\s+previous|the\s+prior|a)\s+year"
                    r"(?:\s+(?:earlier|before|ago))?|\bthe\s+same\s+(?:period|quarter|month|half)\s+a\s+year\s+(?:earlier|before|ago)"),
    ("rel_quarter", r"\bthe\s+(?:previous|prior|preceding)\s+quarter\b|\b(?:a|one)\s+quarter\s+(?:earlier|before)\b"),
    ("rel_year", r"\b(?P<rel>last|this|next|previous|past|current|coming)\s+(?:(?P<fisc>fiscal|financial)\s+|(?P<acad>academic|school)\s+)?year\b|\b(?:a|one)\s+year\s+(?:earlier|before|ago)\b|\bthe\s+year\s+before\b|\bthe\s+previous\s+year\b|\bthe\s+prior\s+year\b"
                 r"|\bthe\s+(?:following|subsequent)\s+year\b|\b(?:a|one)\s+year\s+later\b"),
    ("rel_month", r"\b(?P<rel>this|last|previous|prior)\s+month\b|\b(?:a|one)\s+month\s+(?:earlier|before|later)\b|"
                  r"\bthe\s+month\s+before\b"),
    ("day", r"\b(?:today|yesterday)\b"),
    ("weekday", r"\b(?:on\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ("ago", rf"\b(?P<n>{_NUMW}|a)\s+(?P<unit>years?|decades?)\s+ago\b"),
    # "21 a decade earlier", "from 3.1% five years before": the other claim's year moved back (periods._relative)
    ("rel_years", rf"\b(?:(?P<n>{_NUMW})\s+(?P<unit>years)|(?P<dn>{_NUMW}|a)\s+(?P<dunit>decades?))\s+(?:earlier|before|later)\b"),
    ("past_span", rf"\b(?:the\s+)?(?:past|last)\s+(?:(?P<n>{_NUMW})\s+(?P<unit>years|decades)|(?P<dec>decade))\b"),
]
COMPILED = [(name, re.compile(rx, re.IGNORECASE if name not in ("my", "md", "dm", "as_of_month", "month_range", "month_span", "month_quarter", "trailing", "weekday", "holiday") else 0))
            for name, rx in PATTERNS]

# Words every match of a pattern contains (lower case; ``None`` stands for the case-sensitive month names, a
# pattern for a phrase found in the lower-cased text): a pattern runs only over texts that have each of them. Most patterns never match an average
# article, and scanning for a word is far cheaper than trying a pattern at every position.
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
GATES: dict[str, tuple[tuple[str, ...] | re.Pattern[str] | None, ...]] = {
    "trailing": (None, re.compile(r"(?:year|quarter|half|season|months)\s+(?:(?:that|which)\s+)?(?:to|ended|ends|ending|through|until)\s")),
    "fiscal": (("fy", "fiscal"),),
    "first_months": (("months",), ("first", "last", "final")),
    "day_range": (("between", "from"), _MONTH_WORDS),
    "mdy": (_MONTH_WORDS,),
    "dmy": (_MONTH_WORDS,),
    "month_range": (None, ("between", "from")),
    "month_span": (None,),
    "month_quarter": (None, ("quarter",)),
    "my": (None,),
    "md": (None,),
    "dm": (None,),
    "fiscal_quarter": (("quarter", "q1", "q2", "q3", "q4"), ("fiscal", "fy")),
    "quarter": (("quarter", "q1", "q2", "q3", "q4"),),
    "half": (("half", "h1", "h2"),),
    "decade": (("0s",),),
    "end_of": (("end",),),
    "as_of_month": (None,),
    "ytd": (("so far", "to date", "to-date"),),
    "same_of_year": (("same",),),
    "ahead_span": (("years",), ("next", "coming", "from", "starting", "beginning")),
    "through_year": (("through", "until", "till"),),
    "since_year": (("since",),),
    "rel_year": (("year",),),
    "same_period": (("same",), ("year",)),
    "rel_quarter": (("quarter",), ("previous", "prior", "preceding", "earlier", "before")),
    "rel_month": (("month",),),
    "day": (("today", "yesterday"),),
    "holiday": (("new year", "christmas", "boxing day", "valentine", "halloween", "good friday", "easter", "thanksgiving",
                 "black friday", "cyber monday"),),
    "weekday": (("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),),
    "ago": (("ago",),),
    "rel_years": (("earlier", "before", "later"), ("years", "decade")),
    "past_span": (("past", "last"), ("year", "decade")),
}

_GATE_WORDS = {w for gate in GATES.values() for words in gate if isinstance(words, tuple) for w in words}

# Where a match of a pattern can start, found in the lower-cased text by a pattern that begins with a
# literal or a digit (so the regex engine skips ahead on its own); the pattern itself is tried only there.
# Each finder matches at every position where its pattern can (a superset), so the matches are the same.
_M = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_Y4 = r"(?:1[89]|20)\d\d"
STARTS: dict[str, re.Pattern[str]] = {name: re.compile(rx) for name, rx in {
    "iso": rf"{_Y4}-\d\d-\d\d",
    "mdy": rf"{_M}[a-z]*\.?\s+\d",
    "dmy": rf"\d\d?(?:st|nd|rd|th)?\s+(?:of\s+)?{_M}",
    "month_range": rf"from\s+{_M}|between\s+{_M}",
    "month_span": rf"{_M}[a-z]*(?:\s*[-–]\s*|\s*-?to-?\s*|\s+through\s+){_M}",
    "month_quarter": rf"{_M}[a-z]*(?:\s+{_Y4})?\s+quarter",
    "my": rf"{_M}[a-z]*\.?,?\s+(?:of\s+)?{_Y4}",
    "md": rf"{_M}[a-z]*\.?\s*\d",
    "dm": rf"\d\d?(?:st|nd|rd|th)?\s+(?:of\s+)?{_M}",
    "day_range": rf"from\s+{_M}|between\s+{_M}",
    "quarter": r"the\s+(?:first|second|third|fourth)[\s-]+quarter|(?:first|second|third|fourth)[\s-]+quarter|q[1-4]",
    "half": r"the\s+(?:first|second)[\s-]+half|(?:first|second)[\s-]+half|h[12]",
    "year_span": rf"from\s+{_Y4}|between\s+{_Y4}|{_Y4}\s*(?:-|–|/|to|and|through)\s*\d\d",
    "end_of": r"by\s+(?:the\s+)?end|at\s+(?:the\s+)?end|the\s+end|end(?:\s+of\s|-)",
    "as_of_month": rf"(?:as of|since|by|in|during|until|through|till|last|this|its|their|a|the|['’]s)\s+{_M}",
    "ytd": r"so\s+far|this\s+year|year[\s-]to",
    "since_year": rf"since\s+{_Y4}",
    "year": _Y4,
    "rel_year": r"(?:last|this|next|previous|past|current|coming|a|one|the)\s+(?:(?:fiscal\s+|financial\s+|academic\s+|school\s+)?year|previous\s+year|"
                r"prior\s+year|following\s+year|subsequent\s+year)",
    "rel_month": r"(?:this|last|previous|prior|a|one|the)\s+month",
    "past_span": r"the\s+past\s|the\s+last\s|past\s|last\s",
    "fiscal": r"fy|fiscal",
    "first_months": r"the\s+(?:first|last|final)\s|(?:first|last|final)\s",
    "ahead_span": rf"the\s+(?:next|coming)\s|(?:next|coming)\s|{_NUMW}\s+years\s+(?:from|starting|beginning)",
    "through_year": rf"(?:through|until|till)\s+{_Y4}",
    "same_period": r"the\s+same\s",
    "rel_years": rf"{_NUMW}\s+years\s+(?:earlier|before|later)|(?:{_NUMW}|a)\s+decades?\s+(?:earlier|before|later)",
    "rel_quarter": r"the\s+(?:previous|prior|preceding)\s+quarter|(?:a|one)\s+quarter\s+(?:earlier|before)",
}.items()}


# Patterns every match of which holds a month name (its first three letters in the lower-cased text) and starts at
# most this many characters, not counting one run of spaces, before the first one: they are tried only there, the
# months being found once per text (their finders, which begin with a common letter or word, cost more).
MONTH_ANCHORED: dict[str, int] = {"mdy": 0, "md": 0, "my": 0, "month_quarter": 0, "month_span": 0, "as_of_month": 7,
                                  "month_range": 7, "day_range": 7}
_MONTH_AT = re.compile(rf"(?={_M})")


@dataclass(frozen=True)
class TimeExpr:
    """A time expression: span, resolved period, and whether it names a date precisely."""

    start: int
    end: int
    period: str | None
    kind: str
    relative_to_claim: bool = False


def find_times(text: str, start: int = 0, end: int | None = None, *, published: str | None = None) -> list[TimeExpr]:
    """All non-overlapping time expressions in ``text[start:end]``, earliest first."""
    end = len(text) if end is None else end
    pub = _pub(published)
    fy = fiscal.convention(text)
    found: list[TimeExpr] = []
    taken = Spans([])
    runs = _runnable(text, start, end)
    low = folded(text)
    if low is not None and len(low) != len(text):
        low = None
    months: list[int] | None = None
    for name, rx in COMPILED:
        if name not in runs:
            continue
        if low is not None and name in MONTH_ANCHORED:
            if months is None:
                months = [m.start() for m in _MONTH_AT.finditer(low, start, end)]
            found_here: Iterator[re.Match[str]] = _near(rx, text, low, start, end, months, MONTH_ANCHORED[name])
        else:
            found_here = _matches(rx, STARTS.get(name), text, low, start, end)
        for m in found_here:
            if taken.overlaps(m.start(), m.end()):
                continue
            period = _resolve(name, m, pub, fy)
            if period is False:
                continue
            taken.add(m.start(), m.end())
            found.append(TimeExpr(m.start(), m.end(), _calendar_year(period or None), name,
                                  relative_to_claim=_relative(name, m.group(0))))
    return sorted(found, key=lambda t: t.start)


def _matches(rx: re.Pattern[str], finder: re.Pattern[str] | None, text: str, low: str | None,
             start: int, end: int) -> Iterator[re.Match[str]]:
    """``rx.finditer(text, start, end)``, trying ``rx`` only where ``finder`` matches the lower-cased ``low``."""
    if finder is None or low is None:
        yield from rx.finditer(text, start, end)
        return
    pos = start
    while (k := finder.search(low, pos, end)) is not None:
        m = rx.match(text, k.start(), end)
        if m is None:
            pos = k.start() + 1
            continue
        yield m
        pos = max(m.end(), k.start() + 1)


def _near(rx: re.Pattern[str], text: str, low: str, start: int, end: int, anchors: list[int], back: int
          ) -> Iterator[re.Match[str]]:
    """``rx.finditer(text, start, end)`` for a pattern whose matches start at most ``back`` characters (and one run of
    spaces) before one of the ``anchors``: it is tried only at those places, in order, going on after each match."""
    at: set[int] = set()
    for q in anchors:
        j = q
        while j > start and low[j - 1].isspace():
            j -= 1
        at.update(range(max(start, q - back), q + 1))
        at.update(range(max(start, j - back), j))
    done = start
    for i in sorted(at):
        if i >= done and (m := rx.match(text, i, end)):
            done = m.end()
            yield m


def _runnable(text: str, start: int, end: int) -> set[str]:
    """The patterns that can match somewhere in ``text[start:end]`` (see ``GATES``)."""
    low = folded(text[start:end])
    months = _MONTH_NAME.search(text, start, end) is not None
    present = _GATE_WORDS if low is None else {w for w in _GATE_WORDS if w in low}  # each word looked up once
    return {name for name, _ in COMPILED if all(_has(low, months, present, words) for words in GATES.get(name, ()))}


def _has(low: str | None, months: bool, present: set[str], words: tuple[str, ...] | re.Pattern[str] | None) -> bool:
    if words is None:
        return months
    if isinstance(words, re.Pattern):
        return low is None or words.search(low) is not None
    return not present.isdisjoint(words)


#: words of a relative period that runs forward from the claim's own: "the following year", "a year later"
FORWARD = re.compile(r"following|subsequent|later", re.IGNORECASE)


def _relative(name: str, surface: str) -> bool:
    """"a year earlier", "the previous month": a period relative to another claim's, not to the publication date."""
    return name in ("same_period", "same_of_year", "rel_years") or name in ("rel_year", "rel_month", "rel_quarter") and bool(
        re.search(r"previous|prior|preceding|earlier|before", surface, re.IGNORECASE) or FORWARD.search(surface))


def _calendar_year(period: str | None) -> str | None:
    """ "2023-01/2023-12" (a fiscal year ended December 31) is the calendar year "2023"."""
    m = re.fullmatch(r"(\d{4})-01/(\d{4})-12", period or "")
    return m.group(1) if m and m.group(1) == m.group(2) else period


def shift(period: str, years: int = 0, months: int = 0) -> str:
    """``period`` moved by whole years and months, keeping its shape ("2021-07/2021-09" -> "2020-07/2020-09")."""
    def move(m: re.Match[str]) -> str:
        y, mon = int(m.group(1)), int(m.group(2) or 1)
        n = y * 12 + mon - 1 + years * 12 + months
        return f"{n // 12:04d}" + (f"-{n % 12 + 1:02d}" if m.group(2) else "") + (m.group(3) or "")
    return re.sub(r"\b(\d{4})(?:-(\d\d))?(-\d\d)?\b", move, period)


def _pub(published: str | None) -> dt.date | None:
    if not published:
        return None
    parts = [int(p) for p in published.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 28)


def _mon(s: str | None) -> int | None:
    return _MONTHS.get(s.lower()[:3]) if s else None


def _resolve(name: str, m: re.Match[str], pub: dt.date | None, fy: fiscal.FiscalYear | None = None) -> str | None | bool:
    g = m.groupdict()
    y = int(g["y"]) if g.get("y") and len(g["y"]) == 4 else None
    if name in ("trailing", "first_months", "day_range", "month_span", "month_quarter", "rel_month", "day", "weekday"):
        return _resolve_months(name, m, pub, y, fy)
    if name == "iso":
        return _date(y, int(g["m"]), int(g["d"]))
    if name == "holiday":
        return _holiday(g["hol"], y, m, pub)
    if name in ("mdy", "dmy"):
        return _date(y, _mon(g["mon"]), int(g["d"]))
    if name == "my":
        return f"{y:04d}-{_mon(g['mon']):02d}"
    if name in ("md", "dm"):
        mon, day = _mon(g["mon"]), int(g["d"])
        if not 1 <= day <= 31 or (name == "md" and g["mon"] == "May" and False):
            return False
        return _date(_day_year(mon, day, m, pub), mon, day) if pub else None
    if name == "month_range":
        m1, m2 = _mon(g["mon"]), _mon(g["mon2"])
        year = y or (_latest_year(m2, pub) if pub else None)
        return f"{year:04d}-{m1:02d}/{year:04d}-{m2:02d}" if year else None
    if name == "fiscal_quarter":  # "the first quarter of fiscal 2025": the fiscal year's first three months
        q = _QUARTERS[(g.get("q") or g.get("qn") or "").lower()]
        named = g.get("fy") or g.get("fy2")
        if named:
            n = int(named) + (2000 if len(named) == 2 else 0)
            if not fy:
                return f"{n:04d}-{q * 3 - 2:02d}/{n:04d}-{q * 3:02d}"
            first = int(fy.span(n)[:4]) * 12 + fy.start - 1 + (q - 1) * 3
            return fiscal.months_back((first + 2) // 12, (first + 2) % 12 + 1, 3)
        return None
    if name == "quarter":
        q = _QUARTERS[(g.get("q") or g.get("qn") or "").lower()]
        if g.get("rel") and pub:  # "the first quarter of this year", "... of last year"
            y = int(_rel_year(g["rel"], pub) or 0)
        year = y or (int(g["y2"]) if g.get("y2") else None) or (_latest_year(q * 3, pub) if pub else None)
        return f"{year:04d}-{q * 3 - 2:02d}/{year:04d}-{q * 3:02d}" if year else None
    if name == "half":
        h = 1 if (g.get("h") or "").lower() == "first" or g.get("hn") == "1" else 2
        if g.get("rel") and pub:  # "the first half of this year"
            y = int(_rel_year(g["rel"], pub) or 0)
        year = y or (int(g["y2"]) if g.get("y2") else None) or (_latest_year(h * 6, pub) if pub else None)
        return f"{year:04d}-{h * 6 - 5:02d}/{year:04d}-{h * 6:02d}" if year else None
    if name == "fiscal":
        named = int(g["y"]) + (2000 if len(g["y"]) == 2 else 0)
        if g.get("y2"):  # "FY2023-24", "fiscal 2022/2023": the fiscal year starting in 2023
            if int(g["y2"]) % 100 != (named + 1) % 100:
                return False
            return (fy or fiscal.FiscalYear(4)).span_starting(named)
        if g.get("mon"):  # "fiscal 2024, which ended March 31"
            return fiscal.months_back(named, _mon(g["mon"]) or 12, 12)
        return fy.span(named) if fy else str(named)
    if name == "year_span":
        y2 = g["y2"]
        end_year = int(y2) if len(y2) == 4 else (y // 100) * 100 + int(y2)
        if end_year <= y or end_year - y > 50:
            return False
        # "2023-24" is a fiscal year where the text's country has one (India, Kenya...); a "season" stays a span
        if end_year == y + 1 and not g.get("season") and (fy or g.get("fy")) and not re.match(r"(?i)from|between", m.group(0)):
            return (fy or fiscal.FiscalYear(4)).span_starting(y)
        return f"{y}/{end_year}"
    if name == "end_of":
        if g.get("y2"):
            return g["y2"]
        if g.get("rel"):
            return _rel_year(g["rel"], pub)
        mon = _mon(g.get("mon"))
        year = y or (_latest_year(mon, pub) if pub else None)
        return f"{year:04d}-{mon:02d}" if year else None
    if name == "as_of_month":
        word = g.get("mon") or g["mon2"]
        mon = _mon(word)
        if word == "May" and m.group(0).split()[0].lower() not in ("as", "since", "in", "by"):
            return False
        if pub and m.group(0).split()[0].lower() not in ("since", "last") \
                and _FUTURE.search(m.string, max(0, m.start() - 60), m.start()):
            # "is projected to reach 1.82 million by December", "will open in June": the next such month
            return f"{pub.year if mon >= pub.month else pub.year + 1:04d}-{mon:02d}"
        return f"{_latest_year(mon, pub):04d}-{mon:02d}" if pub else None
    if name == "year":
        return g["y"]
    if name == "ytd":
        return f"{pub.year:04d}-01/{pub.year:04d}-{pub.month:02d}" if pub else None
    if name == "since_year":
        return f"{y}/{pub.year}" if pub and y and y < pub.year else (str(y) if y else None)
    if name == "ahead_span":
        n = _count(g.get("n") or g.get("n2") or "0")
        first = y if y else (pub.year if pub else None)
        return f"{first}/{first + n - 1}" if first and n > 1 else (str(first) if first and n == 1 else None)
    if name == "through_year":  # a yearly figure "through 2030": from now on; a past "until 2019" is that year
        return f"{pub.year}/{y}" if pub and y and y > pub.year else (str(y) if y else None)
    if name == "decade":
        return f"{y}/{y + 9}"
    if name == "same_of_year":  # the claim's own period moved to year y (see periods._relative); alone, that year
        return str(y) if y else None
    if name == "same_period":  # the claim's own period a year back (see periods._relative); alone, last year
        return str(pub.year - 1) if pub else None
    if name == "rel_quarter":  # the claim's own quarter, one back; alone, unresolved
        return None
    if name == "rel_year":
        rel = (g.get("rel") or "").lower()
        text = m.group(0).lower()
        if FORWARD.search(text):  # "the following year": the claim's own year, one on
            return str(pub.year + 1) if pub and "later" not in text else None
        if g.get("acad") and pub and rel in ("this", "current", "next", "coming", "last", "previous", "past"):
            # "this academic year" in April 2024 is 2023/2024 (school years start in the second half of the year)
            first = (pub.year if pub.month >= 8 else pub.year - 1) + {"next": 1, "coming": 1, "last": -1, "previous": -1,
                                                                     "past": -1}.get(rel, 0)
            return f"{first}/{first + 1}"
        fiscal_here = _fiscal_context(m, fy) or (fy if g.get("fisc") else None)
        if fiscal_here and pub and rel in ("this", "current", "next", "coming", "last"):
            # "forecast ¥450 billion for the current year" after "the fiscal year ended March 31": fiscal years
            first = pub.year if pub.month >= fiscal_here.start else pub.year - 1
            step = {"next": 1, "coming": 1, "last": -1}.get(rel, 0)
            return fiscal_here.span_starting(first + step) if fiscal_here.start != 1 else str(first + step)
        if rel in ("this", "current") or rel == "past" and False:
            return str(pub.year) if pub else None
        if rel == "next" or rel == "coming":
            return str(pub.year + 1) if pub else None
        if rel == "past":
            return f"{pub.year - 1}/{pub.year}" if pub else None
        if "ago" in text or rel == "last" or "previous" in text or "before" in text or "prior" in text or "earlier" in text:
            return str(pub.year - 1) if pub else None
        return None
    if name == "ago":
        n = _count(g["n"]) * (10 if g["unit"].startswith("decade") else 1)
        return str(pub.year - n) if pub and n else None
    if name == "rel_years":  # alone (no other period in the sentence), counted back from publication
        n = years_back(m.group(0))
        return str(pub.year - n) if pub and n and not FORWARD.search(m.group(0)) else None
    if name == "past_span":
        n = 10 if g.get("dec") else _count(g["n"]) * (10 if (g.get("unit") or "").startswith("decade") else 1)
        return f"{pub.year - n}/{pub.year}" if pub and n else None
    return None


_OF_FISCAL_YEAR = re.compile(r"\s+of\s+(?:the|this|its)\s+(?:current\s+|present\s+)?(?:fiscal|financial)\s+year\b",
                             re.IGNORECASE)
_FISCAL_WORDS = re.compile(r"\b(?:fiscal|financial)\s+year|\bFY\s?\d|\byear\s+(?:ended|ending|to)\s+(?P<mon>" + _MON + r")",
                           re.IGNORECASE)


def _fiscal_context(m: re.Match[str], fy: fiscal.FiscalYear | None) -> fiscal.FiscalYear | None:
    """The fiscal year a "this year" / "the current year" means when its sentence speaks of fiscal years."""
    text = m.string
    lo = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), m.start() - 250, 0)
    cue = _FISCAL_WORDS.search(text, lo, m.start())
    if cue is None:
        return None
    if cue.group("mon"):  # "the fiscal year ended March 31": the next one starts in April
        return fiscal.FiscalYear(_mon(cue.group("mon")) % 12 + 1)
    return fy


def _resolve_months(name: str, m: re.Match[str], pub: dt.date | None, y: int | None,
                    fy: fiscal.FiscalYear | None = None) -> str | None | bool:
    """Periods counted in months or days: trailing spans, month ranges, "this month", weekdays."""
    g = m.groupdict()
    if name == "trailing":
        months = _SPAN_UNITS.get(g.get("unit") or g.get("unit2") or "") or _count(g.get("n") or "0")
        end = _mon(g["mon"]) or 12
        if g.get("ly") and months == 12:  # "the 2022/23 fiscal year that ended on March 31": it ended in 2023
            start = int(g["ly"])
            if int(g["ly2"]) % 100 != (start + 1) % 100:
                return False
            return fiscal.months_back(start + 1 if end < 12 else start, end, 12)
        year = y or (_latest_year(end, pub) if pub else None)
        return fiscal.months_back(year, end, months) if year and 0 < months <= 24 else None
    if name == "month_quarter":
        end = _mon(g["mon"]) or 12
        year = y or (_latest_year(end, pub) if pub else None)
        return fiscal.months_back(year, end, 3) if year else None
    if name == "first_months":
        n = _count(g["n"])
        if not 0 < n <= 12:
            return False
        if g["fl"].lower() != "first":  # "the last three months of 2023"; without a year it is only a duration
            return fiscal.months_back(y, 12, n) if y else False
        if not y and pub and fy is not None and fy.start != 1 and _OF_FISCAL_YEAR.match(m.string, m.end()):
            # "the first five months of the current fiscal year" (Nepal's, from mid-July): from the year's start
            first = pub.year if pub.month >= fy.start else pub.year - 1
            return fiscal.months_back(first, fy.start + n - 1, n) if fy.start + n - 1 <= 12 \
                else fiscal.months_back(first + 1, fy.start + n - 13, n)
        year = y or (_latest_year(n, pub) if pub else None)
        return f"{year:04d}-01/{year:04d}-{n:02d}" if year else None
    if name == "day_range":  # "between Oct. 1 and Jan. 21": the latest such span ending by publication
        m1, m2, d1, d2 = _mon(g["mon"]), _mon(g["mon2"]), int(g["d"]), int(g["d2"])
        end_year = int(g["y2"]) if g.get("y2") else (y if y and (m1, d1) <= (m2, d2) else None)
        if end_year is None and pub:
            end_year = pub.year if (m2, d2) <= (pub.month, pub.day) else pub.year - 1
        if end_year is None:
            return None
        start_year = y or (end_year if (m1, d1) <= (m2, d2) else end_year - 1)
        first, last = _date(start_year, m1, d1), _date(end_year, m2, d2)
        return f"{first}/{last}" if first and last else False
    if name == "month_span":
        m1, m2 = _mon(g["mon"]), _mon(g["mon2"])
        year = y or (_nearest_year(m1 or 1, m2 or 12, pub) if pub else None)
        if m1 is None or m2 is None or m2 <= m1:
            return False
        return f"{year:04d}-{m1:02d}/{year:04d}-{m2:02d}" if year else None
    if pub is None:
        return None
    if name == "rel_month":
        if FORWARD.search(m.group(0)):  # "a month later": only from another value's month
            return None
        back = 0 if (g.get("rel") or "").lower() == "this" else 1
        n = pub.year * 12 + pub.month - 1 - back
        return f"{n // 12:04d}-{n % 12 + 1:02d}"
    if name == "day":
        return (pub - dt.timedelta(days=1 if m.group(0).lower() == "yesterday" else 0)).isoformat()
    wd = _WEEKDAYS.index(g["wd"].lower())
    return (pub - dt.timedelta(days=(pub.weekday() - wd) % 7)).isoformat()


_FIXED_HOLIDAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25), "christmas eve": (12, 24),
                   "boxing day": (12, 26), "valentine's day": (2, 14), "halloween": (10, 31)}


def holiday_date(name: str, year: int) -> dt.date:
    """The day a holiday falls on in ``year``: fixed days, Western Easter and its neighbours, US Thanksgiving."""
    key = re.sub(r"\s+", " ", name.lower().replace("’", "'"))
    if key in _FIXED_HOLIDAYS:
        return dt.date(year, *_FIXED_HOLIDAYS[key])
    if key.startswith("thanksgiving") or key in ("black friday", "cyber monday"):
        first = dt.date(year, 11, 1)
        thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)  # the fourth Thursday of November
        return thursday + dt.timedelta(days={"black friday": 1, "cyber monday": 4}.get(key, 0))
    return _easter(year) + dt.timedelta(days={"good friday": -2, "easter monday": 1}.get(key, 0))


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the Gregorian computus of the Meeus/Jones/Butcher algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _holiday(name: str, y: int | None, m: re.Match[str], pub: dt.date | None) -> str | None:
    """A holiday's day: in the year named, else as a day named without its year ("prices will rise from Christmas
    Day" in November: the coming one)."""
    if y:
        return holiday_date(name, y).isoformat()
    if pub is None:
        return None
    this_year = holiday_date(name, pub.year)  # (a moveable feast's month and day this year decide the year)
    return holiday_date(name, _day_year(this_year.month, this_year.day, m, pub)).isoformat()


def _day_year(mon: int, day: int, m: re.Match[str], pub: dt.date) -> int:
    """The year of a day named without one: its latest occurrence by publication, or, after words that point forward
    ("rates will rise from January 1" in late December, "capping margins from March 17" on March 11), the next one
    when it comes within four months."""
    year = pub.year if (mon, day) <= (pub.month, pub.day) else pub.year - 1
    if _AHEAD.search(m.string, max(0, m.start() - 40), m.start()):
        ahead = pub.year if (mon, day) > (pub.month, pub.day) else pub.year + 1
        if (ahead * 12 + mon) - (pub.year * 12 + pub.month) <= 4:
            year = ahead
    return year


def _rel_year(rel: str, pub: dt.date | None) -> str | None:
    if not pub:
        return None
    return str(pub.year + {"last": -1, "this": 0, "next": 1}[rel.lower()])


def _nearest_year(first: int, last: int, pub: dt.date) -> int:
    """The year whose months first..last lie closest to publication ("for July to September will fall" in May)."""
    now = pub.year * 12 + pub.month
    def distance(year: int) -> int:
        a, b = year * 12 + first, year * 12 + last
        return 0 if a <= now <= b else min(abs(now - a), abs(now - b))
    return min((pub.year - 1, pub.year, pub.year + 1), key=distance)


def _latest_year(month: int, pub: dt.date) -> int:
    return pub.year if month <= pub.month else pub.year - 1


def years_back(said: str) -> int:
    """How many years "five years earlier" or "a decade before" goes back (0 if it says neither)."""
    m = re.match(rf"(?:(?P<n>{_NUMW})\s+years|(?P<dn>{_NUMW}|a)\s+decades?)\b", said.strip(), re.IGNORECASE)
    if not m:
        return 0
    return _count(m.group("n")) if m.group("n") else 10 * _count(m.group("dn"))


#: words before a month that point forward: "is projected to reach ... by December", "will open in June" (not
#: _AHEAD's "from" or "until": "up from 4.6% in January" measures against a past month)
_FUTURE = re.compile(r"\b(?:will|expected|expects|projected|forecast|forecasts|plans?|planned|aims?|targets?|targeting|"
                     r"due|scheduled|set\s+to|going\s+to)\b(?:[^.;]|\.(?=\d))*$", re.IGNORECASE)

#: words before a day that point forward: "from January 1", "will take effect on March 17", "starting June 1"
_AHEAD = re.compile(r"\b(?:will|from|starting|effective|until|till|due|scheduled|deadline|next)\b(?:[^.;]|\.(?=\d))*$",
                    re.IGNORECASE)


def _count(word: str) -> int:
    if word.isdigit():
        return int(word)
    return int(parse_words(word) or (1 if word.lower() == "a" else 0))


def _date(y: int | None, mon: int | None, d: int) -> str | bool:
    try:
        return dt.date(y, mon, d).isoformat() if y and mon else False
    except ValueError:
        return False
