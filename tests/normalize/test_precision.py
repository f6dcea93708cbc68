"""Every number is an interval; rounded values always lie in the interval of their source."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extraction.numbers import parse_digits, parse_words
from claimcheck.model import Mention
from claimcheck.normalize.precision import HEDGE, interval


def _iv(value, step=0.0, qualifier="exact", kind="count", exact=False, value_max=None):
    m = Mention(0, 1, kind, value, step=step, qualifier=qualifier, exact=exact, value_max=value_max)
    return interval(m, value, value_max)


def test_examples_from_the_issue():
    iv = _iv(3.8e6, step=1e5)
    assert (iv.low, iv.high) == (3.75e6, 3.85e6)
    iv = _iv(4.13, step=0.01, kind="percent")
    assert math.isclose(iv.low, 4.125) and math.isclose(iv.high, 4.135)
    iv = _iv(3.81, step=0.01, kind="percent", qualifier="approx")
    assert math.isclose(iv.low, 3.81 * (1 - HEDGE)) and math.isclose(iv.high, 3.81 * (1 + HEDGE))
    iv = _iv(3.7e6, step=1e5, qualifier="more_than")
    assert (iv.low, iv.high, iv.low_closed) == (3.7e6, math.inf, False)
    iv = _iv(1.5e6, step=1e5, qualifier="at_most")
    assert (iv.low, iv.high) == (0.0, 1.5e6)
    assert _iv(9, exact=True).low == _iv(9, exact=True).high == 9


@given(st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False, allow_infinity=False),
       st.integers(min_value=0, max_value=2))
@settings(max_examples=300, deadline=None)
def test_rounded_value_lies_in_interval_of_its_source(value, places):
    """Writing a true value rounded to ``places`` decimals gives an interval that contains it."""
    written = f"{round(value, places):.{places}f}" if places else str(int(round(value)))
    parsed = parse_digits(written)
    assert parsed is not None
    v, step = parsed
    iv = _iv(v, step=step if places else 1.0)
    assert iv.low - 1e-9 <= float(value) <= iv.high + 1e-9 or step != 1.0


@given(st.integers(min_value=0, max_value=999))
def test_number_words_round_trip(n):
    from num2words import num2words

    assert parse_words(num2words(n)) == n


SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3,
          "lakh": 1e5, "crore": 1e7}
CURRENCIES = {"US$": "USD", "HK$": "HKD", "S$": "SGD", "€": "EUR", "£": "GBP", "RMB ": "CNY", "Rs ": "INR"}


@settings(max_examples=150, deadline=None)
@given(st.decimals(min_value="0.1", max_value="999", places=2, allow_nan=False, allow_infinity=False),
       st.sampled_from(sorted(SCALES)), st.sampled_from(sorted(CURRENCIES)), st.text(alphabet="abc ,.", max_size=15))
def test_scale_and_currency_round_trip_with_offsets_untouched(number, scale, symbol, prefix):
    from claimcheck import api

    spaced = "" if scale in ("bn", "m", "k") else " "
    surface = f"{symbol}{number}{spaced}{scale}"
    text = f"Intro {prefix}. The fund paid {surface} in fees."
    money = [c for c in api.extract(text, fast=True) if c.kind == "money"]
    assert len(money) == 1
    (c,) = money
    assert text[c.start:c.end] == c.surface == surface
    assert c.unit == CURRENCIES[symbol]
    assert c.value == pytest.approx(float(number) * SCALES[scale], rel=1e-9)
    assert c.interval.low <= c.value <= c.interval.high


@pytest.mark.parametrize("text, surface, low, high", [
    # a whole percentage is rounded to the point: its trailing zero is a digit, not a scale
    ("Turnout was 30% in the first round.", "30%", 29.5, 30.5),
    ("Turnout was 45% in the first round.", "45%", 44.5, 45.5),
    ("Turnout fell 10 percentage points.", "10 percentage points", 9.5, 10.5),
    ("Turnout was 45.2% in the first round.", "45.2%", 45.15, 45.25),
    # counts keep their own rule: trailing zeros are rounding, other integers exact
    ("The fleet has 30 ferries.", "30", 25, 35),
    ("The fleet has 45 ferries.", "45", 45, 45),
])
def test_stated_rounding(text, surface, low, high):
    from claimcheck import api

    claim = next(c for c in api.extract(text, doc_id="t", fast=True) if c.surface == surface)
    assert (claim.interval.low, claim.interval.high) == pytest.approx((low, high))
