"""conversion: a stated currency conversion whose implied rate is off the reference rate."""

from __future__ import annotations

from collections import defaultdict

from ..model import Claim
from .base import Context, Hit, RuleKind, RuleSpec, describe, selected, year_of


class Conversion(RuleKind):
    kind = "conversion"
    params = {"tolerance": ((int, float), 0.05), "window_years": (int, 1)}

    def evaluate(self, spec: RuleSpec, ctx: Context) -> list[Hit]:
        groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        for c in ctx.claims:
            if c.group and c.kind == "money" and c.implied_rate and selected(spec, c):
                groups[(c.doc, c.group)].append(c)
        hits = []
        for members in groups.values():
            if len(members) != 2:
                continue
            hit = self._check(spec, ctx, *members)
            if hit:
                hits.append(hit)
        return hits

    def _check(self, spec: RuleSpec, ctx: Context, a: Claim, b: Claim) -> Hit | None:
        base, quote = (b.unit, a.unit) if a.unit == "USD" else (a.unit, b.unit)
        stated = a.implied_rate or 0.0
        low, high = _implied_range(a, b)
        explicit = year_of(a.period) or year_of(b.period)
        published = year_of(a.published)
        window = self.param(spec, "window_years")
        # Writers convert at the rate of the period, or at the rate when they write: accept either, but not
        # a later year's average, which nobody writing then could know.
        years = set()
        if explicit and not (published and explicit > published):
            years.add(explicit)
        if published:
            years |= set(range(published - window, published + 1))
        if not years or base is None or quote is None:
            return None
        best = None
        for y in sorted(years):
            ref = ctx.fx.rate(base, quote, y)
            if ref is None or ref[1] != y:
                continue
            # the amount in brackets was rounded: any rate within its interval is consistent
            dev = 0.0 if low <= ref[0] <= high else stated / ref[0] - 1
            if best is None or abs(dev) < abs(best[1]) or (abs(dev) == abs(best[1]) and y == explicit):
                best = (ref[0], dev, y)
        if best is None:
            return None
        ref_rate, dev, used = best
        if abs(dev) <= self.param(spec, "tolerance"):
            return None
        source = ctx.fx.source.get(base if base != "USD" else quote, "reference table")
        return Hit(
            claims=(a, b),
            facts={"a": describe(a), "b": describe(b), "stated": f"{stated:.4g}", "reference": f"{ref_rate:.4g}",
                   "pair": f"{base}/{quote}", "year": used, "deviation": f"{dev:+.1%}", "source": source},
            detail={"implied_rate": stated, "reference_rate": ref_rate, "year": used, "deviation": dev,
                    "pair": f"{base} per {quote}", "source": source},
        )


def _implied_range(a: Claim, b: Claim) -> tuple[float, float]:
    """Rates consistent with the source amount ``a`` and the rounded conversion ``b`` (units of non-USD per USD)."""
    src, conv = a.value or 0.0, b.interval
    if conv is None or conv.low <= 0 or conv.high == float("inf"):
        rate = a.implied_rate or 0.0
        return rate, rate
    # a converted amount is rounded to two or three figures, not to one: "about US$1 billion" for RD$36 billion
    # (US$643 million) is off, though 643 million rounds to 1 billion at one significant figure
    stated = b.value or 0.0
    low, high = max(conv.low, stated * (1 - _MAX_ROUNDING)), min(conv.high, stated * (1 + _MAX_ROUNDING))
    if b.unit == "USD":
        return src / high, src / low
    return low / src, high / src


#: the most a bracketed conversion is taken to be rounded by, relative to its value
_MAX_ROUNDING = 0.1
