"""Which yearly series a period belongs to: calendar years and each kind of fiscal year apart."""

from __future__ import annotations

import pytest

from claimcheck.rules.drift import period_key


@pytest.mark.parametrize("period, key", [
    ("2021", ("calendar", 2021)),
    ("2021-08", ("calendar", 2021)),
    ("2021/2022", ("fiscal", 2022)),          # a year pair ("2021-22" without a country's convention)
    ("2021-04/2022-03", ("fiscal from month 4", 2022)),   # India's fiscal year, by its end
    ("2023-07/2024-06", ("fiscal from month 7", 2024)),   # Kenya's
    ("2021-01/2021-12", ("calendar", 2021)),  # twelve months from January is the calendar year
    ("2021-04/2021-06", None),                # a quarter is not a yearly series
    ("2022/2026", None),                      # nor a five-year span
    (None, None),
])
def test_period_key(period, key):
    assert period_key(period) == key
