"""drift: a metric's value changes across periods, or a later version of an article revises it."""

from __future__ import annotations

from collections import defaultdict

from ..model import Claim
from .base import Context, Hit, RuleKind, RuleSpec, describe, fmt, older_first, selected, series_of, year_of


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
        for cluster in ctx.clusters:
            claims = [c for c in cluster.claims if selected(spec, c) and c.value is not None and c.qualifier in ("exact", "approx")]
            if cluster.comparable.startswith("money"):
                continue  # money across periods needs FX and inflation: left to explicit rules
            hits += self._across_periods(spec, claims)
            if self.param(spec, "revisions"):
                hits += self._revisions(spec, claims)
        return hits

    def _across_periods(self, spec: RuleSpec, claims: list[Claim]) -> list[Hit]:
        by_year: dict[int, Claim] = {}
        for c in sorted(claims, key=lambda c: (c.published or "", c.doc)):
            y = year_of(c.period)
            if y is not None and c.period and "/" not in c.period:
                by_year.setdefault(y, c)
        years = sorted(by_year)
        hits = []
        for y0, y1 in zip(years, years[1:]):
            a, b = by_year[y0], by_year[y1]
            change = (b.value or 0) - (a.value or 0)
            rel = abs(change) / abs(a.value) if a.value else float("inf")
            per_year = abs(change) / (y1 - y0)
            limit_abs = self.param(spec, "max_change_abs")
            limit_py = self.param(spec, "max_change_per_year")
            if rel <= self.param(spec, "max_change") and (limit_abs is None or abs(change) <= limit_abs):
                if limit_py is None or per_year <= limit_py:
                    continue
            hit = self._hit(a, b, change, rel, y1 - y0, "period")
            hit.detail["threshold"] = {"max_change": self.param(spec, "max_change"), "max_change_abs": limit_abs,
                                       "max_change_per_year": limit_py}
            hits.append(hit)
        return hits

    def _revisions(self, spec: RuleSpec, claims: list[Claim]) -> list[Hit]:
        hits = []
        seen = set()
        for i, j in _same_series_and_period(claims):
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

    def _hit(self, a: Claim, b: Claim, change: float, rel: float, years: int, how: str) -> Hit:
        points = a.kind in ("percent", "percentage_points")
        delta = f"{change:+.3g} points" if points else f"{change:+,.4g} ({rel:+.1%})".replace("+-", "-")
        span = f" over {years} year{'s' if years != 1 else ''}" if years else " (revised in a later version)"
        return Hit(
            claims=(a, b),
            facts={"a": describe(a), "b": describe(b), "metric": a.metric, "entity": a.entity or "?",
                   "delta": delta, "span": span, "how": how, "change": fmt(change)},
            detail={"change": change, "relative": rel, "years": years, "how": how},
        )


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
