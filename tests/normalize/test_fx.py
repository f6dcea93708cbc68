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


# --- expressing a money claim in another currency ------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from claimcheck import api as _api  # noqa: E402
from claimcheck.extraction.lexicon import ISO_CODES  # noqa: E402
from claimcheck.normalize import express, load_table  # noqa: E402


def _money(text: str, published: str = "2022-01-01"):
    return [c for c in _api.extract(text, fast=True, published=published) if c.kind == "money"]


@pytest.mark.parametrize("code", sorted(load_table().currencies() & ISO_CODES))
def test_every_reference_currency_expresses_in_usd_for_the_claims_year(code):
    table = load_table()
    (claim,) = _money(f"In 2015 the fund paid {code} 1,000 in fees.")
    out = express(claim, "USD", table)
    per_usd, year = table.per_usd(code, 2015)  # the nearest year where a source has a gap (ECB: ISK 2009-2017)
    assert (out.year, out.year_basis, out.from_currency) == (year, "period", code)
    assert year == 2015 or code not in REQUIRED
    assert out.value == pytest.approx(1000 / per_usd)
    assert out.low <= out.value <= out.high


def test_undated_claim_uses_the_publication_year_and_says_so():
    (claim,) = _money("The museum spent 3 million euros on repairs.", published="2019-06-01")
    out = express(claim, "GBP", load_table())
    assert (out.year, out.year_basis, out.rate_unit) == (2019, "published", "EUR per GBP")


def test_stated_conversion_agrees_with_the_reference_rate(seed_claims):
    doc, claims = seed_claims["002_d11688a31523a51f.txt"]
    groups = {}
    for c in claims:
        if c.kind == "money" and c.group:
            groups.setdefault(c.group, []).append(c)
    pairs = [g for g in groups.values() if {c.unit for c in g} == {"CNY", "USD"}]
    assert pairs
    table = load_table()
    for pair in pairs:
        cny = next(c for c in pair if c.unit == "CNY")
        usd = next(c for c in pair if c.unit == "USD")
        assert express(cny, "USD", table).value == pytest.approx(usd.value, rel=0.07)


def test_cli_currency_option_and_unknown_code(tmp_path):
    from click.testing import CliRunner

    from claimcheck.cli import main

    (tmp_path / "a.md").write_text("---\npublished: 2022-01-01\n---\nIn 2021 the city spent 4 billion yuan on parks.\n")
    ok = CliRunner().invoke(main, ["extract", str(tmp_path), "--fast", "--format", "json", "--currency", "usd"])
    import json

    (row,) = json.loads(ok.stdout)
    assert row["in_currency"]["currency"] == "USD" and row["in_currency"]["year"] == 2021
    bad = CliRunner().invoke(main, ["extract", str(tmp_path), "--currency", "XYZ"])
    assert bad.exit_code == 2 and "XYZ" in bad.stderr


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(load_table().currencies())), st.sampled_from(sorted(load_table().currencies())),
       st.integers(2000, 2025), st.floats(0.01, 1e12))
def test_round_trip_through_another_currency(a, b, year, amount):
    table = load_table()
    there = table.convert(amount, a, b, year)
    back = table.convert(there[0], b, a, year)
    assert back[0] == pytest.approx(amount, rel=1e-9)


def test_currencies_without_an_imf_row_come_from_the_ecb_history():
    table = default_table()
    rate, year = table.per_usd("NZD", 2023)
    assert year == 2023 and rate == pytest.approx(1.63, abs=0.01)  # NZD per USD, 2023 average
    assert table.per_usd("NOK", 2022)[0] == pytest.approx(9.62, abs=0.05)
    assert "ECB" in table.source["NZD"] and "IMF" in table.source["CNY"]
    assert table.source.get("KZT") is None  # not quoted by the ECB: left to the next source


def test_currencies_the_ecb_does_not_quote_come_from_hmrc_annual_averages():
    table = default_table()
    rate, year = table.per_usd("KZT", 2023)
    assert year == 2023 and rate == pytest.approx(456, rel=0.02)  # tenge per USD, 2023 average
    assert table.per_usd("KES", 2019)[0] == pytest.approx(102, rel=0.02)  # shillings per USD, 2019 average
    assert table.per_usd("MAD", 2019)[0] == pytest.approx(9.62, rel=0.02)
    assert "HMRC" in table.source["KZT"]
    assert table.per_usd("NZD", 2023) and "ECB" in table.source["NZD"]  # the ECB stays first where it quotes
    assert table.per_usd("XYZ", 2023) is None  # a code no source has: no rate, no guess
    # every currency the extractor reads has a reference rate but four that neither source quotes
    assert ISO_CODES - table.currencies() == {"ANG", "NAD", "SSP", "STN"}


def test_hmrc_years_without_a_december_average_use_their_monthly_tables():
    from claimcheck.normalize.hmrc import annual_per_usd

    rates = annual_per_usd()
    latest = max(year for year, _ in rates)
    assert latest >= 2026  # the current year, from monthly tables
    assert rates[(latest, "EUR")] == pytest.approx(0.9, rel=0.15)
    assert rates[(2015, "GBP")] == pytest.approx(0.654, rel=0.01)


def test_ecb_annual_means_cross_through_the_euro():
    from claimcheck.normalize.ecb import annual_means

    days = "\n".join(f"2023-01-{d:02d},1.10,11.0,N/A" for d in range(1, 25))
    means = annual_means("Date,USD,NOK,CYP,\n" + days + "\n2008-01-02,1.47,8.0,0.58\n")
    assert means[(2023, "NOK")] == pytest.approx(10.0)  # 11 NOK per euro / 1.10 USD per euro
    assert means[(2023, "EUR")] == pytest.approx(1 / 1.10)
    assert not any(code == "CYP" for _, code in means)  # retired: no rate in the latest year
    assert (2008, "NOK") not in means  # one day is too few for an annual mean
