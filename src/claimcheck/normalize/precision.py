"""Every stated number is an interval: the values consistent with how it was written.

- "3.8 million" was rounded to the last written digit: [3.75, 3.85] million.
- Trailing zeros of an integer count as rounding: "260,000" is [255,000, 265,000].
- Number words ("nine") and exact integer counts are exact: [9, 9].
- A whole percentage is rounded to the point, trailing zero or not: "30%" is [29.5, 30.5].
- A hedge ("about", "around", "nearly") widens to at least ``HEDGE`` of the value
  on each side: "about 3.81 percent" is [3.62, 4.00].
- Bounds are half-lines: "more than 3.7 million" is (3.7 million, +inf);
  "up to 1.5 million" is [0, 1.5 million] for quantities that cannot be negative.
- Ranges span both ends, each widened by its rounding.
"""

from __future__ import annotations

import math

from ..model import Interval, Mention

HEDGE = 0.05
NON_NEGATIVE = {"money", "count", "quantity", "ratio", "multiplier"}


def interval(m: Mention, value: float, value_max: float | None, factor: float = 1.0) -> Interval:
    """The interval of a mention whose normalized value is ``value`` (``factor`` = normalized/raw)."""
    half = abs(m.step * factor) / 2 if m.step and not m.exact else 0.0
    floor = 0.0 if m.kind in NON_NEGATIVE else -math.inf
    q = m.qualifier
    if q == "range" and value_max is not None:
        return Interval(value - half, value_max + half)
    if q == "more_than":
        return Interval(value, math.inf, low_closed=False, high_closed=False)
    if q == "at_least":
        return Interval(value, math.inf, high_closed=False)
    if q == "less_than":
        return Interval(floor, value, low_closed=floor == 0.0, high_closed=False)
    if q == "at_most":
        return Interval(floor, value, low_closed=floor == 0.0)
    if q == "approx":
        spread = max(half, HEDGE * abs(value))
        return Interval(value - spread, value + spread)
    return Interval(value - half, value + half)
