"""Annual average exchange rates from HM Revenue & Customs, for the currencies the ECB does not quote.

HMRC publishes, for about 140 currencies, monthly rates (since February 2014)
and the average for each year ending 31 December (since 2010), as units per
pound sterling; the ``hmrc-rates`` package ships the whole history. A
currency's rate per US dollar is its rate per pound divided by the dollar's in
the same table. A calendar year with no published December average yet (the
current year) takes the mean of its published monthly tables.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

SOURCE = "HMRC exchange rates, average for the year to 31 December (hmrc-rates package)"


@lru_cache(maxsize=1)
def annual_per_usd() -> dict[tuple[int, str], float]:
    """``{(year, CODE): units per USD}`` for every currency and year HMRC covers; empty if unavailable."""
    try:
        import hmrc_rates
    except ImportError:
        return {}
    rates = hmrc_rates.Rates()
    out: dict[tuple[int, str], float] = {}
    averaged: set[int] = set()
    for end in rates.average_periods():
        if end.is_march:
            continue
        out.update(_per_usd(end.year, rates.average(end)))
        averaged.add(end.year)
    sums: dict[tuple[int, str], float] = defaultdict(float)
    counts: dict[tuple[int, str], int] = defaultdict(int)
    for month in rates.months():
        if month.year in averaged:
            continue
        for key, value in _per_usd(month.year, rates.monthly(month)).items():
            sums[key] += value
            counts[key] += 1
    out.update({key: sums[key] / counts[key] for key in sums})
    return out


def _per_usd(year: int, table: object) -> dict[tuple[int, str], float]:
    dollar = table.get("USD")  # type: ignore[attr-defined]
    if dollar is None:
        return {}
    per_gbp = float(dollar.units_per_gbp)
    out = {(year, "GBP"): 1 / per_gbp}
    for currency, rate in table:  # type: ignore[attr-defined]
        code = currency.code
        if len(code) == 3 and code.isalpha() and code.isupper() and code != "USD":
            out[(year, code)] = float(rate.units_per_gbp) / per_gbp
    return out
