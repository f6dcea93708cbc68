"""Fiscal-year conventions: the month a document's fiscal years start in, read from the places it names.

Governments and most companies in a country share a fiscal year: India, Japan,
the UK, Canada, South Africa and much of southern Africa and the Caribbean start in April, Kenya,
Uganda, Pakistan, Egypt, Ethiopia, Australia, Nepal and Mauritius in July, Trinidad and
Tobago, Haiti and the US federal government in October (only a text about
the federal government gets it: US companies' fiscal years are their own). Japan names a
fiscal year by the calendar year it starts in ("fiscal 2023" is April 2023 to
March 2024); the others by the year it ends in ("FY2023" in India is April 2022
to March 2023). A text that names none of them has no fiscal convention, and
its fiscal years stay plain years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import Cued


@dataclass(frozen=True)
class FiscalYear:
    """A fiscal-year convention: first month, and whether a year is named by its start."""

    start: int
    named_by_start: bool = False

    def span(self, named: int) -> str:
        """The months of fiscal year ``named`` ("2023-04/2024-03")."""
        first = named if self.named_by_start else named - 1
        return months_back(first + 1, self.start - 1, 12)

    def span_starting(self, year: int) -> str:
        """The fiscal year that starts in calendar ``year`` ("2023-24" -> "2023-04/2024-03")."""
        return months_back(year + 1, self.start - 1, 12)


_CONVENTIONS: list[tuple[re.Pattern[str], FiscalYear]] = [
    (re.compile(r"\bJapan(?:ese)?\b|\byen\b|¥|\b(?:Tokyo|Osaka|Nagoya|Yokohama)\b"), FiscalYear(4, named_by_start=True)),
    (re.compile(r"\bIndia(?:n)?\b|₹|\b(?:crore|lakh)\b|\b(?:Maharashtra|Karnataka|Tamil Nadu|Kerala|"
                r"Uttar Pradesh|Gujarat|Rajasthan|West Bengal|Telangana|Andhra Pradesh|Mumbai|Delhi|Bengaluru|Chennai)\b"),
     FiscalYear(4)),
    (re.compile(r"\b(?:UK|U\.K\.|Britain|British|England|Scotland|Wales|Canada|Canadian|Ontario|Quebec|Alberta|"
                r"British Columbia|Manitoba|Saskatchewan|Nova Scotia|South Africa|Hong Kong|Singapore|"
                r"Eswatini|Swaziland|Botswana|Lesotho|Namibia|Malawi|Jamaica|Belize|Barbados)\b|\bC\$|£"),
     FiscalYear(4)),
    (re.compile(r"\b(?:Kenya|Kenyan|KSh|Uganda|Ugandan|Tanzania|Pakistan|Pakistani|Egypt|Egyptian|Bangladesh|Bangladeshi|Australia|Australian|"
                r"Queensland|New South Wales|NSW|Western Australia|South Australia|Northern Territory|Tasmania|Brisbane|Sydney|"
                r"Melbourne|Adelaide|Canberra|Hobart|Nairobi|Kampala|Karachi|"
                r"Lahore|Islamabad|Dhaka|Cairo|Suez|Ethiopia|Ethiopian|Addis Ababa|Mauritius|Bahamas|Nepal|"
                r"Bhutan)\b|\bA\$"), FiscalYear(7)),
    (re.compile(r"\b(?:Trinidad and Tobago|Haiti(?:ans?)?)\b"), FiscalYear(10)),
    # the US federal year only for the federal government: US companies each keep their own fiscal year
    (re.compile(r"\b(?:Congress|federal (?:deficit|budget|government|spending|revenue|debt|agency|aid)|"
                r"Federal (?:deficit|budget|government|spending|revenue|debt|agency|aid)|Pentagon|"
                r"Congressional Budget Office|White House|Office of Management and Budget|"
                r"U\.S\. (?:Department|Treasury|government)|US (?:Department|Treasury|government)|"
                r"Department of (?:Agriculture|Defense|Energy|Education|Transportation|Health and Human Services|"
                r"Homeland Security|Veterans Affairs|the Treasury)|USDA|FEMA)\b"),
     FiscalYear(10)),
]


_CUED_CONVENTIONS = [(Cued(rx), fy) for rx, fy in _CONVENTIONS]


#: a text that says when its own fiscal year ends or begins: "fiscal 2024, which ended June 30",
#: "fiscal 2025, which begins July 1", "the fiscal year ended March 31"
#: (also "the 2023/24 financial year, which ended on 30 June")
_OWN = re.compile(r"\b(?:fiscal|financial)\s+(?:year\s*,?\s+(?:which\s+)?)?(?:\d{4}\s*,?\s+which\s+)?"
                  r"(?P<how>ended|ends|ending|begins|began|starts|started)"
                  r"\s+(?:on\s+)?(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+)?(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
                  r"(?:\s+(?P<d2>\d{1,2})\b)?", re.IGNORECASE)
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def convention(text: str) -> FiscalYear | None:
    """The fiscal-year convention the text states for itself ("fiscal 2024, which ended June 30"), else that of
    the country it names most often (None if it names none)."""
    own = _OWN.search(text[:20000])
    if own:
        mon = _MONTHS[own.group("mon").lower()[:3]]
        day = int(own.group("d1") or own.group("d2") or 31)
        # a year that ends early in a month ("ended on July 7", Ethiopia's) is, to the month, the year to the month before
        ends_before = day <= 15
        start = (mon if ends_before else mon % 12 + 1) if own.group("how").lower().startswith("end") else mon
        if start != 1:
            return FiscalYear(start)
    best, hits = None, 0
    head = text[:20000]
    for rx, fy in _CUED_CONVENTIONS:
        n = len(rx.findall(head))
        if n > hits:
            best, hits = fy, n
    return best


def months_back(end_year: int, end_month: int, months: int) -> str:
    """The span of ``months`` months ending with ``end_month`` of ``end_year`` ("2022-07/2023-06")."""
    if end_month == 0:
        end_year, end_month = end_year - 1, 12
    first = end_year * 12 + end_month - 1 - (months - 1)
    return f"{first // 12:04d}-{first % 12 + 1:02d}/{end_year:04d}-{end_month:02d}"
