"""Extraction on the seed articles: the inventory of 004 and the claims the issues name."""

from __future__ import annotations

import pytest

SEED_004 = "004_d6665c47d6482ba5.txt"

# surface -> (kind, value, unit, qualifier) for 004, in text order: every number
# in the article is either here or in EXCLUDED_004 with the reason.
EXPECTED_004 = [
    ("10", "count", 10, None, "exact"),
    ("three", "count", 3, None, "exact"),
    ("Five", "count", 5, None, "exact"),
    ("seven", "count", 7, None, "exact"),
    ("90 billion yuan", "money", 9.0e10, "CNY", "exact"),
    ("4.13%", "percent", 4.13, "%", "exact"),
    ("1,688", "count", 1688, None, "exact"),
    ("195", "count", 195, None, "exact"),
    ("15", "count", 15, None, "exact"),
    ("11,230", "count", 11230, None, "exact"),
    ("3,193", "count", 3193, None, "exact"),
    ("12.2%", "percent", 12.2, "%", "exact"),
    ("13.6%", "percent", 13.6, "%", "exact"),
    ("40.8%", "percent", 40.8, "%", "exact"),
    ("Three", "count", 3, None, "exact"),
    ("Twelve", "count", 12, None, "exact"),
    ("66", "count", 66, None, "exact"),
    ("5.1 million", "count", 5.1e6, None, "more_than"),
    ("11.5 square kilometers", "quantity", 1.15e7, "m^2", "exact"),
    ("58", "count", 58, None, "exact"),
    ("nine", "count", 9, None, "exact"),
    ("260,000", "count", 260000, None, "more_than"),
    ("182", "count", 182, None, "exact"),
    ("2,243", "count", 2243, None, "approx"),
    ("1.23 billion yuan", "money", 1.23e9, "CNY", "exact"),
    ("1.27 quadrillion", "quantity", 1.27e15, "1/s", "exact"),
    ("200", "count", 200, None, "exact"),
]
EXCLUDED_004 = {
    "2018-08-09": "publication date line",
    "19th": "ordinal",
    "20th": "ordinal",
    "15th": "ordinal",
    "2017": "year used as a time reference",
    "6000": "part of the name 'Dawn 6000'",
    "18": "age range 'aged between 18 and 45'",
    "45": "age range 'aged between 18 and 45'",
    "20": "time reference 'over the past 20 years'",
}


@pytest.fixture(scope="module")
def claims_004(seed_claims):
    doc, claims = seed_claims[SEED_004]
    return doc, [c for c in claims if c.kind != "date"]


def test_004_inventory(claims_004):
    doc, claims = claims_004
    got = [(c.surface, c.kind, c.value, c.unit, c.qualifier) for c in claims if c.kind in ("count", "money", "percent", "quantity")]
    wanted = [e for e in EXPECTED_004]
    for item in wanted:
        assert item in got or any(g[0] == item[0] and g[1:] == item[1:] for g in got), f"missing {item}"
    surfaces = {c.surface for c in claims}
    for excluded, why in EXCLUDED_004.items():
        assert excluded not in surfaces, f"{excluded!r} should be excluded: {why}"


def test_4_13_percent_has_exact_span_and_context(claims_004):
    doc, claims = claims_004
    c = next(c for c in claims if c.surface == "4.13%")
    assert doc.text[c.start:c.end] == "4.13%"
    assert doc.text.index("accounting for 4.13%") + len("accounting for ") == c.start
    assert (c.kind, c.value, c.unit) == ("percent", 4.13, "%")
    assert c.metric == "R&D investment share of GDP"
    assert c.entity == "Shenzhen"
    assert c.period == "2017"
    assert c.line == doc.text.count("\n", 0, c.start) + 1


def test_every_span_slices_to_its_surface(seed_claims):
    for name, (doc, claims) in seed_claims.items():
        for c in claims:
            assert doc.text[c.start:c.end] == c.surface, (name, c.surface)


def test_conversions_share_a_group_and_imply_a_rate(seed_claims):
    doc, claims = seed_claims["002_d11688a31523a51f.txt"]
    pairs = {}
    for c in claims:
        if c.group:
            pairs.setdefault(c.group, []).append(c)
    assert len(pairs) >= 5
    for members in pairs.values():
        assert {m.unit for m in members} == {"CNY", "USD"}
        assert members[0].implied_rate == pytest.approx(6.80, abs=0.02)


def test_000_rent_subsidy_conversion(seed_claims):
    doc, claims = seed_claims["000_07844ba754932333.txt"]
    yuan = next(c for c in claims if c.surface == "4 billion yuan")
    usd = next(c for c in claims if c.surface == "$575.3 million")
    assert yuan.group == usd.group is not None
    assert yuan.qualifier == "more_than" and usd.qualifier == "approx"
    assert yuan.implied_rate == pytest.approx(6.95, abs=0.01)
    assert yuan.metric == "rent subsidy" and yuan.per == "year"
    assert yuan.entity == "Nanshan District"


def test_change_is_two_claims_with_two_periods(seed_claims):
    doc, claims = seed_claims["001_696a821bc1e48d4e.txt"]
    a = next(c for c in claims if c.surface == "1.295 trillion yuan")
    b = next(c for c in claims if c.surface == "3 trillion yuan")
    assert (a.value, a.period, a.qualifier) == (1.295e12, "2012", "exact")
    assert (b.value, b.period, b.qualifier) == (3e12, "2021", "exact")


def test_range_between_percentages(seed_claims):
    doc, claims = seed_claims["000_07844ba754932333.txt"]
    c = next(c for c in claims if c.kind == "percent" and c.qualifier == "range")
    assert (c.surface, c.value, c.value_max) == ("50% and 30%", 30, 50)


def test_market_entities_about_3_8_million_in_2021(seed_claims):
    doc, claims = seed_claims["001_696a821bc1e48d4e.txt"]
    c = next(c for c in claims if c.surface == "3.8 million")
    assert (c.kind, c.value, c.qualifier, c.period) == ("count", 3.8e6, "approx", "2021")
    assert c.metric == "market entity"


def test_month_day_dates_resolve_against_publication(seed_claims):
    doc, claims = seed_claims["002_d11688a31523a51f.txt"]
    c = next(c for c in claims if c.surface == "3.7 million")
    assert c.period == "2021-08"
