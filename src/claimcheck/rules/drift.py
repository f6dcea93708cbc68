"""drift: a metric's value changes across periods, or a later version of an article revises it."""

from __future__ import annotations

import re
from collections import defaultdict

from ..model import Claim
from .base import (Context, Hit, RuleKind, RuleSpec, describe, fmt, older_first, selected, series_of, speaks_of_revising,
                   stated_revision, year_of)


class Drift(RuleKind):
    kind = "drift"
    params = {
        "max_change": ((int, float), 0.05),
        "max_change_abs": ((int, float, type(None)), None),
        "max_change_per_year": ((int, float, type(None)), None),
        "revisions": (bool, True),
    }

    def evaluate(self, spec: RuleSpec, ctx: Context) -> list[Hit]:
        hits: list[Hit] = []
        first_of_group: dict[tuple[str, str], int] = {}
        for c in ctx.claims:
            if c.group:
                key = (c.doc, c.group)
                first_of_group[key] = min(c.start, first_of_group.get(key, c.start))
        for cluster in ctx.clusters:
            # the bracketed half of "1 billion yuan (US$147m)": drift follows the amount as first stated
            # (a bound, "more than 6.4 million", only where no exact figure for its period is given; see _across_periods)
            claims = [c for c in cluster.claims if selected(spec, c) and c.value is not None
                      and c.qualifier in _QUALIFIERS and not (c.group and first_of_group[(c.doc, c.group)] < c.start)]
            # Money compares across periods only within one currency: across currencies
            # the exchange rate moves as much as the figure.
            for unit in sorted({c.unit or "" for c in claims}):
                same = [c for c in claims if (c.unit or "") == unit]
                hits += self._across_periods(spec, same)
                if self.param(spec, "revisions"):
                    hits += self._revisions(spec, [c for c in same if c.qualifier in ("exact", "approx")])
        return hits

    def _across_periods(self, spec: RuleSpec, claims: list[Claim]) -> list[Hit]:
        by_period: dict[tuple[str, int], Claim] = {}
        for c in sorted(claims, key=lambda c: (c.qualifier not in ("exact", "approx"), c.published or "", c.doc)):
            key = period_key(c.period)
            if key is not None:
                by_period.setdefault(key, c)
        hits = []
        for (s0, y0), (s1, y1) in zip(sorted(by_period), sorted(by_period)[1:]):
            if s0 != s1:
                continue  # a fiscal year and a calendar year are different periods
            a, b = by_period[(s0, y0)], by_period[(s1, y1)]
            change = (b.value or 0) - (a.value or 0)
            rel = abs(change) / abs(a.value) if a.value else float("inf")
            if a.qualifier not in ("exact", "approx") or b.qualifier not in ("exact", "approx"):
                # "rose to more than 6.4 million" after 5.1 million: a change only as sure as the bound allows
                least = _least_change(a, b)
                if least is None:
                    continue
                change, rel = least
                bounded = True
            else:
                bounded = False
            per_year = abs(change) / (y1 - y0)
            limit_abs = self.param(spec, "max_change_abs")
            limit_py = self.param(spec, "max_change_per_year")
            if rel <= self.param(spec, "max_change") and (limit_abs is None or abs(change) <= limit_abs):
                if limit_py is None or per_year <= limit_py:
                    continue
            hit = self._hit(a, b, change, rel, y1 - y0, "period", at_least=bounded)
            hit.detail["threshold"] = {"max_change": self.param(spec, "max_change"), "max_change_abs": limit_abs,
                                       "max_change_per_year": limit_py}
            hits.append(hit)
        return hits

    def _revisions(self, spec: RuleSpec, claims: list[Claim]) -> list[Hit]:
        hits = []
        seen = set()
        for i, j in _same_series_and_period(claims) + _stated_revisions(claims):
            a, b = claims[i], claims[j]
            if a.doc >= b.doc:
                continue
            if a.interval and b.interval and a.interval.overlaps(b.interval):
                continue
            if _restated(a, b.doc, claims) or _restated(b, a.doc, claims):
                continue  # one version states both values: another figure, not a revision
            key = (a.doc, b.doc, a.period)
            if key in seen:
                continue
            seen.add(key)
            old, new = older_first(a, b)
            change = (new.value or 0) - (old.value or 0)
            hits.append(self._hit(old, new, change, abs(change) / abs(old.value) if old.value else 0.0, 0, "revision"))
        return hits

    def _hit(self, a: Claim, b: Claim, change: float, rel: float, years: int, how: str, at_least: bool = False) -> Hit:
        points = a.kind in ("percent", "percentage_points")
        sign = "-" if change < 0 else "+"
        delta = f"{change:+.3g} points" if points else f"{sign}{fmt(abs(change))} ({sign}{rel:.1%})"
        if at_least:
            delta = f"at least {delta}"
        span = f" over {years} year{'s' if years != 1 else ''}" if years else " (revised in a later version)"
        return Hit(
            claims=(a, b),
            facts={"a": describe(a), "b": describe(b), "metric": a.metric, "entity": a.entity or "?",
                   "delta": delta, "span": span, "how": how, "change": fmt(change)},
            detail={"change": change, "relative": rel, "years": years, "how": how},
        )


#: qualifiers drift reads: values, and bounds ("more than", "at least", "less than") whose change is sure ("up to"
#: is mostly a cap, "buy back up to $500 million of its shares", not a level)
_QUALIFIERS = ("exact", "approx", "more_than", "at_least", "less_than")


def _least_change(a: Claim, b: Claim) -> tuple[float, float] | None:
    """The smallest change from ``a`` to ``b`` their intervals allow, and its share of ``a`` (None if they overlap)."""
    ia, ib = a.interval, b.interval
    if ia is None or ib is None or ia.overlaps(ib):
        return None
    change = ib.low - ia.high if ib.low > ia.high else ib.high - ia.low
    base = ia.high if change > 0 else ia.low
    return change, (abs(change) / abs(base) if base else float("inf"))


def period_key(period: str | None) -> tuple[str, int] | None:
    """Which series a period belongs to and where in it: fiscal years ("2021/2022", "2021-04/2022-03") apart from calendar dates."""
    y = year_of(period)
    if y is None or not period:
        return None
    if re.fullmatch(r"\d{4}/\d{4}", period):
        start = int(period[:4])
        return ("fiscal", y) if y - start == 1 else None  # a multi-year span is not one period
    months = re.fullmatch(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})", period)
    if months:  # a twelve-month span: a fiscal year ("2021-04/2022-03"), one series per starting month
        y0, m0, y1, m1 = map(int, months.groups())
        length = (y1 * 12 + m1) - (y0 * 12 + m0) + 1
        if length in (3, 6) and y0 == y1:
            # the same quarter or half of successive years ("the first half of 2023" and of 2024): one series each
            return (f"{length} months from month {m0}", y1)
        if length != 12:
            return None  # a span of other length or several years: not a yearly series
        return ("calendar", y1) if m0 == 1 else (f"fiscal from month {m0}", y1)
    return None if "/" in period else ("calendar", y)


def _stated_revisions(claims: list[Claim]) -> list[tuple[int, int]]:
    """Index pairs (i, j) of claims of one period in other documents where the later says it revises the figure
    (only claims whose sentence speaks of revising are paired, so a big cluster costs no more than before)."""
    by_period: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        if c.period is not None:
            by_period[c.period].append(i)
    pairs = set()
    for members in by_period.values():
        for r in members:
            if len(members) > 1 and speaks_of_revising(claims[r]):
                pairs.update((min(r, o), max(r, o)) for o in members if o != r and stated_revision(claims[r], claims[o]))
    return sorted(pairs | {(j, i) for i, j in pairs})


def _same_series_and_period(claims: list[Claim]) -> list[tuple[int, int]]:
    """Index pairs (i, j), i != j, of claims with one period in one document series, in nested-loop order.

    Only these pairs can be revisions; grouping first keeps a popular cluster from costing n * n.
    """
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    series: dict[str, str] = {}
    for i, c in enumerate(claims):
        if c.period is not None:
            doc_series = series.get(c.doc) or series.setdefault(c.doc, series_of(c.doc))
            groups[(doc_series, c.period)].append(i)
    return sorted((i, j) for members in groups.values() if len(members) > 1 for i in members for j in members if i != j)


def _restated(claim: Claim, doc: str, claims: list[Claim]) -> bool:
    """Whether ``doc`` also states ``claim``'s value for the same period."""
    return any(c.doc == doc and c.period == claim.period and c.interval is not None and claim.interval is not None
               and c.interval.overlaps(claim.interval) for c in claims)
