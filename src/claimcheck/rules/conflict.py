"""conflict: same metric, entity and period; the values' intervals disagree beyond tolerance.

Popular series put thousands of claims in one cluster, nearly all agreeing, so
comparing every pair grows with the square of the archive. Instead, claims of
one period are sorted by the low end of their interval (in USD for money in
several currencies) and each claim is compared only with the claims that start
above its high end plus twice the least slack any pair with it can have: a
necessary condition for a conflict. Those candidate pairs then go through the
exact pairwise test, in the order the pairwise loop visited them, so the hits
are the same; the work grows with the claims plus the conflicts.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from itertools import combinations

from ..link import Cluster
from ..model import Claim, Interval
from .base import Context, Hit, RuleKind, RuleSpec, describe, fmt, selected, series_of, stated_revision, year_of


class Conflict(RuleKind):
    kind = "conflict"
    params = {
        "tolerance_rel": ((int, float), 0.01),
        "tolerance_abs": ((int, float), 0.0),
        "fx_tolerance": ((int, float), 0.05),
        "same_document": (bool, False),
        "part_of_whole": (bool, False),
    }

    def evaluate(self, spec: RuleSpec, ctx: Context) -> list[Hit]:
        if self.param(spec, "part_of_whole"):
            return self._parts_above_wholes(spec, ctx)
        hits = []
        for cluster in ctx.clusters:
            claims = [c for c in cluster.claims if c.period and selected(spec, c)]
            units: dict[str, set[str | None]] = defaultdict(set)  # the units each restatement group states
            for c in claims:
                if c.group:
                    units[c.group].add(c.unit)
            for i, j in self._candidates(spec, ctx, claims):
                a, b = claims[i], claims[j]
                if a.period != b.period or (a.group and a.group == b.group):
                    continue
                if a.unit != b.unit and (b.unit in units.get(a.group or "", ()) or a.unit in units.get(b.group or "", ())):
                    continue  # "NZ$24.6 billion (US$15.1 billion)" vs "NZ$21.2bn": compared in NZ$, not again in US$
                if a.doc == b.doc and (not self.param(spec, "same_document") or a.sentence == b.sentence):
                    continue
                if a.doc != b.doc and series_of(a.doc) == series_of(b.doc):
                    continue  # versions of one article: drift reports revisions
                hit = self._compare(spec, ctx, a, b)
                if hit and not stated_revision(a, b):  # (a figure the later text says it revises: drift reports it)
                    hits.append(hit)
        return hits

    def _candidates(self, spec: RuleSpec, ctx: Context, claims: list[Claim]) -> list[tuple[int, int]]:
        """Index pairs ``i < j`` that may conflict (every pair that does), sorted as ``combinations`` yields them."""
        by_period: dict[str, list[int]] = defaultdict(list)
        for i, c in enumerate(claims):
            by_period[c.period or ""].append(i)
        rel, tol = self.param(spec, "tolerance_rel"), self.param(spec, "tolerance_abs")
        pairs: set[tuple[int, int]] = set()
        for period, members in by_period.items():
            if len(members) <= _SMALL:
                pairs.update(combinations(members, 2))
                continue
            spans = _sweepable(ctx, [claims[i] for i in members], period)
            if spans is None or rel < 0 or tol < 0:
                pairs.update(combinations(members, 2))
                continue
            keyed = sorted((iv.low, i, iv) for i, iv in zip(members, spans) if iv is not None)
            lows = [k[0] for k in keyed]
            for _, i, iv in keyed:
                finite = [abs(x) for x in (iv.low, iv.high) if math.isfinite(x)]
                least = 2 * max(0.0 if spans.in_usd else tol, rel * max(finite, default=0.0))
                # a margin keeps rounding (and the USD conversion) from dropping a pair at the boundary
                start = bisect.bisect_left(lows, iv.high + least - (abs(iv.high) + least) * 1e-9)
                pairs.update((min(i, j), max(i, j)) for _, j, _ in keyed[start:] if j != i)
        return sorted(pairs)

    def _parts_above_wholes(self, spec: RuleSpec, ctx: Context) -> list[Hit]:
        """A narrower metric ("operating revenue", "foreign tourist") stated above its whole for the same entity and period."""
        hits = []
        for part, whole in _parts_and_wholes(ctx.clusters):
            wholes: dict[str, list[tuple[float, Claim]]] = defaultdict(list)
            for b in whole.claims:
                high = _usd_high(ctx, b)
                if b.period and high is not None and selected(spec, b):
                    wholes[b.period].append((high, b))
            for candidates in wholes.values():
                candidates.sort(key=lambda hb: hb[0])
            for a in part.claims:
                low = _usd_low(ctx, a)
                if not a.period or low is None or not selected(spec, a):
                    continue
                # the smallest wholes first; one finding per part, against the first whole it exceeds
                for high, b in wholes.get(a.period, ()):
                    if high >= low:
                        break
                    if a.doc == b.doc or series_of(a.doc) == series_of(b.doc):
                        continue
                    hit = self._compare(spec, ctx, a, b, above_only=True)
                    if hit:
                        hit.facts.update(part=part.metric, whole=whole.metric)
                        hits.append(hit)
                        break
        return hits

    def _compare(self, spec: RuleSpec, ctx: Context, a: Claim, b: Claim, above_only: bool = False) -> Hit | None:
        ia, ib, unit, note = _comparable_intervals(ctx, a, b)
        if ia is None or ib is None:
            return None
        rel = self.param(spec, "tolerance_rel") + (self.param(spec, "fx_tolerance") if note else 0.0)
        scale = max(abs(x) for x in (ia.low, ia.high, ib.low, ib.high) if abs(x) != float("inf"))
        slack = max(self.param(spec, "tolerance_abs"), rel * scale)
        if ia.overlaps(ib, slack) or (above_only and ia.low <= ib.high):
            return None
        gap = ia.gap(ib)
        if a.kind == "quantity" and a.raw_unit and a.raw_value and a.value:
            gap, unit = gap * a.raw_value / a.value, a.raw_unit
        return Hit(
            claims=(a, b),
            facts={"a": describe(a), "b": describe(b), "metric": a.metric, "entity": a.entity or "?",
                   "period": a.period, "gap": fmt(gap), "unit": unit or "", "note": note},
            detail={"intervals": [ia.to_dict(), ib.to_dict()], "slack": slack, "unit": unit, "fx": note},
        )


#: Heads whose amounts can be negative or are not sums of their parts (a price, a rate, a profit): a narrower
#: "operating profit" may exceed the "profit" that other losses reduce.
_NOT_ADDITIVE = frozenset("""
    profit income earning loss balance deficit surplus margin growth change increase decrease gain rise fall drop
    decline price cost fee rate wage salary pay pension value valuation worth capitalization return yield
""".split())
#: Modifiers that do not narrow a whole to a part of it ("total revenue", "additional funding", "net profit").
_NOT_NARROWING = frozenset("""
    total overall aggregate combined cumulative whole entire full net gross average mean median annual monthly weekly
    daily quarterly yearly peak maximum minimum max min estimated projected planned expected target targeted forecast
    real nominal adjusted additional extra further more record
""".split())


def _parts_and_wholes(clusters: list[Cluster]) -> list[tuple[Cluster, Cluster]]:
    """``(part, whole)`` cluster pairs: one entity, one additive comparable class, and the part's metric is the
    whole's with narrowing words before it ("operating revenue" of "revenue", "coffee export" of "export")."""
    by_owner: dict[tuple[str, str | None], dict[str, Cluster]] = defaultdict(dict)
    for cl in clusters:
        if cl.comparable in ("money", "count") and cl.metric and cl.metric.split()[-1] not in _NOT_ADDITIVE and not cl.part:
            named = by_owner[(cl.comparable, cl.entity)]
            named[cl.metric] = cl
            for c in cl.claims:  # the whole as documents wrote it: "sales", linked to "revenue" by an alias
                if c.metric and c.metric.split()[-1] not in _NOT_ADDITIVE:
                    named.setdefault(c.metric, cl)
    pairs = []
    for metrics in by_owner.values():
        for metric, cl in metrics.items():
            words = metric.split()
            for k in range(1, len(words)):
                whole = metrics.get(" ".join(words[k:]))
                if whole is not None and whole is not cl and not _NOT_NARROWING & set(words[:k]):
                    pairs.append((cl, whole))
                    break
    return pairs


def _usd_high(ctx: Context, c: Claim) -> float | None:
    return _in_usd(ctx, c, high=True)


def _usd_low(ctx: Context, c: Claim) -> float | None:
    return _in_usd(ctx, c, high=False)


def _in_usd(ctx: Context, c: Claim, high: bool) -> float | None:
    """An end of the claim's interval, money in USD at its period's (or publication's) year; None if no rate."""
    if c.interval is None:
        return None
    x = c.interval.high if high else c.interval.low
    if c.kind != "money" or c.unit == "USD":
        return x
    rate = ctx.fx.per_usd(c.unit or "", year_of(c.period) or year_of(c.published) or 2020)
    return None if rate is None else x / rate[0]


def _comparable_intervals(ctx: Context, a: Claim, b: Claim) -> tuple[Interval | None, Interval | None, str | None, str]:
    if a.kind != "money" or a.unit == b.unit:
        return a.interval, b.interval, a.unit, ""
    year = year_of(a.period) or year_of(a.published) or 2020
    ra, rb = ctx.fx.per_usd(a.unit or "", year), ctx.fx.per_usd(b.unit or "", year)
    if ra is None or rb is None or a.interval is None or b.interval is None:
        return None, None, None, ""
    conv = lambda i, r: Interval(i.low / r, i.high / r, i.low_closed, i.high_closed)  # noqa: E731
    note = f"compared in USD at {year} average rates ({a.unit} {ra[0]:.4g}, {b.unit} {rb[0]:.4g} per USD)"
    return conv(a.interval, ra[0]), conv(b.interval, rb[0]), "USD", note


#: Periods with this few claims are compared pair by pair: cheaper than sorting.
_SMALL = 16


class _Spans(list):  # type: ignore[type-arg]
    """Intervals of one period's claims on one scale (None: never compared); ``in_usd`` when converted."""

    in_usd = False


def _sweepable(ctx: Context, claims: list[Claim], period: str) -> _Spans | None:
    """The claims' intervals on a common scale, or None when only the pairwise test is exact.

    Non-money claims and money in one currency compare as stated. Money in
    several currencies compares in USD at the period's year; when the period
    has no year (the year then depends on each claim's publication date), a
    currency has no rate, or money mixes with other kinds, fall back to pairs.
    """
    kinds = {c.kind for c in claims}
    units = {c.unit for c in claims}
    if "money" not in kinds or (kinds == {"money"} and len(units) == 1):
        return _Spans(c.interval for c in claims)
    year = year_of(period)
    if kinds != {"money"} or year is None:
        return None
    rates = {u: ctx.fx.per_usd(u or "", year) for u in units}
    if any(r is None for r in rates.values()):
        return None
    spans = _Spans(None if c.interval is None else
                   Interval(c.interval.low / rates[c.unit][0], c.interval.high / rates[c.unit][0])  # type: ignore[index]
                   for c in claims)
    spans.in_usd = True
    return spans
