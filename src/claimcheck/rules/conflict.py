"""conflict: same metric, entity and period; the values' intervals disagree beyond tolerance."""

from __future__ import annotations

from itertools import combinations

from ..model import Claim, Interval
from .base import Context, Hit, RuleKind, RuleSpec, describe, fmt, selected, series_of, year_of


class Conflict(RuleKind):
    kind = "conflict"
    params = {
        "tolerance_rel": ((int, float), 0.01),
        "tolerance_abs": ((int, float), 0.0),
        "fx_tolerance": ((int, float), 0.05),
        "same_document": (bool, False),
    }

    def evaluate(self, spec: RuleSpec, ctx: Context) -> list[Hit]:
        hits = []
        for cluster in ctx.clusters:
            claims = [c for c in cluster.claims if c.period and selected(spec, c)]
            for a, b in combinations(claims, 2):
                if a.period != b.period or (a.group and a.group == b.group):
                    continue
                if a.doc == b.doc and (not self.param(spec, "same_document") or a.sentence == b.sentence):
                    continue
                if a.doc != b.doc and series_of(a.doc) == series_of(b.doc):
                    continue  # versions of one article: drift reports revisions
                hit = self._compare(spec, ctx, a, b)
                if hit:
                    hits.append(hit)
        return hits

    def _compare(self, spec: RuleSpec, ctx: Context, a: Claim, b: Claim) -> Hit | None:
        ia, ib, unit, note = _comparable_intervals(ctx, a, b)
        if ia is None or ib is None:
            return None
        rel = self.param(spec, "tolerance_rel") + (self.param(spec, "fx_tolerance") if note else 0.0)
        scale = max(abs(x) for x in (ia.low, ia.high, ib.low, ib.high) if abs(x) != float("inf"))
        slack = max(self.param(spec, "tolerance_abs"), rel * scale)
        if ia.overlaps(ib, slack):
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
