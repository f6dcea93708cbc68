"""bounds: values that are impossible or implausible (a share above 100%, a negative count)."""

from __future__ import annotations

from .base import Context, Hit, RuleKind, RuleSpec, describe, fmt, selected


class Bounds(RuleKind):
    kind = "bounds"
    params = {"min": ((int, float, type(None)), None), "max": ((int, float, type(None)), None)}

    def evaluate(self, spec: RuleSpec, ctx: Context) -> list[Hit]:
        lo, hi = self.param(spec, "min"), self.param(spec, "max")
        hits = []
        for c in ctx.claims:
            if c.value is None or not selected(spec, c):
                continue
            low = c.value
            high = c.value_max if c.value_max is not None else c.value
            if (lo is not None and high < lo) or (hi is not None and low > hi):
                hits.append(Hit(claims=(c,), facts={"a": describe(c), "metric": c.metric or "?", "entity": c.entity or "?",
                                                    "min": fmt(lo) if lo is not None else "-∞",
                                                    "max": fmt(hi) if hi is not None else "∞"},
                                detail={"min": lo, "max": hi}))
        return hits
