"""Reference exchange rates: table coverage, conversion, overrides."""

from __future__ import annotations

import pytest

from claimcheck.errors import ConfigError
from claimcheck.normalize import default_table, implied_rate

REQUIRED = ("USD", "CNY", "HKD", "EUR", "GBP", "JPY", "INR", "SGD")


def test_table_covers_required_currencies_2000_to_2025():
    table = default_table()
    for code in REQUIRED:
        for year in range(2000, 2026):
            rate, used = table.per_usd(code, year)
            assert used == year and rate > 0


def test_cross_rates_and_round_trip():
    table = default_table()
    usd, rate, year = table.convert(6.4515e9, "CNY", "USD", 2021)
    assert usd == pytest.approx(1e9) and year == 2021
    back, _, _ = table.convert(usd, "USD", "CNY", 2021)
    assert back == pytest.approx(6.4515e9)
    hkd_per_cny = table.rate("HKD", "CNY", 2021)[0]
    assert hkd_per_cny == pytest.approx(7.7730 / 6.4515)


def test_implied_rate_of_a_stated_conversion():
    assert implied_rate(5e9, "CNY", 7.35e8, "USD")[0] == pytest.approx(6.8027, abs=1e-3)
    assert implied_rate(7.35e8, "USD", 5e9, "CNY")[0] == pytest.approx(6.8027, abs=1e-3)


def test_csv_override_and_bad_row():
    table = default_table()
    table.update_from_csv("year,CNY,KES\n2021,6.5,109.6\n", "mine.csv")
    assert table.per_usd("CNY", 2021) == (6.5, 2021)
    assert table.per_usd("KES", 2021) == (109.6, 2021)
    with pytest.raises(ConfigError, match="mine.csv:2"):
        table.update_from_csv("year,CNY\n2021,abc\n", "mine.csv")
