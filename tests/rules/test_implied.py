"""Multipliers against ratios: qualifiers decide how strict the fit is."""

from __future__ import annotations

import pytest

from claimcheck.model import Claim, Interval
from claimcheck.rules.implied import agrees, ratio


def mult(value: float, qualifier: str = "exact") -> Claim:
    return Claim(id="m", doc="a.md", start=0, end=6, line=1, surface="double", sentence="", kind="multiplier",
                 value=value, value_max=None, unit="x", qualifier=qualifier, metric=None, entity=None, period=None,
                 published=None)


@pytest.mark.parametrize("value, qualifier, low, high, expected", [
    (2, "exact", 1.95, 2.05, True),
    (2, "exact", 1.85, 1.87, True),       # "double" for 1.86x: within 10%
    (2, "exact", 1.31, 1.39, False),
    (2, "more_than", 2.25, 2.35, True),
    (3, "more_than", 2.25, 2.35, False),  # "more than triple" for 2.3x
    (3, "less_than", 2.25, 2.35, True),
    (2, "less_than", 2.25, 2.35, False),
])
def test_agrees(value, qualifier, low, high, expected):
    assert agrees(mult(value, qualifier), Interval(low, high), 0.1) is expected


def test_ratio_widens_with_rounding():
    a = Claim(id="a", doc="a.md", start=0, end=3, line=1, surface="3.1 million", sentence="", kind="count", value=3.1e6,
              value_max=None, unit=None, qualifier="exact", metric=None, entity=None, period=None, published=None,
              interval=Interval(3.05e6, 3.15e6))
    b = Claim(id="b", doc="a.md", start=0, end=3, line=1, surface="4.2 million", sentence="", kind="count", value=4.2e6,
              value_max=None, unit=None, qualifier="exact", metric=None, entity=None, period=None, published=None,
              interval=Interval(4.15e6, 4.25e6))
    r = ratio(a, b)
    assert r is not None and r.low == pytest.approx(4.15 / 3.15) and r.high == pytest.approx(4.25 / 3.05)


def test_an_attribution_between_an_amount_and_its_share_keeps_them_together(nlp):
    from claimcheck import api
    from claimcheck.io import from_text

    docs = [from_text("Remittances from overseas Filipinos reached US$33.5 billion in 2023, the central bank said, "
                      "equivalent to 12.5% of the country's gross domestic product.", doc_id="a.md", published="2024-02-15"),
            from_text("The Philippine economy grew 5.6% in 2023, bringing gross domestic product to about US$437 billion.",
                      doc_id="b.md", published="2024-01-31")]
    found = [f for f in api.check(docs).findings if f.kind == "arithmetic"]
    assert len(found) == 1 and len(found[0].claims) == 3  # 33.5 / 0.125 = 268 billion, not 437
