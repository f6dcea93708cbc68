"""stale: a figure for a period older than a newer figure the corpus already had when it was published."""

from __future__ import annotations

from .base import Context, Hit, RuleKind, RuleSpec, describe, one_year, selected, year_of


class Stale(RuleKind):
    kind = "stale"
    params = {"min_age_years": (int, 3)}

    def evaluate(self, spec: RuleSpec, ctx: Context) -> list[Hit]:
        hits = []
        min_age = self.param(spec, "min_age_years")
        for cluster in ctx.clusters:
            claims = [c for c in cluster.claims if selected(spec, c) and year_of(c.period) and one_year(c.period)]
            for old in claims:
                pub = year_of(old.published)
                if pub is None or pub - year_of(old.period) < min_age:
                    continue
                restated = [o for o in cluster.claims if o is not old and old.group and o.group == old.group]
                if any(o.start < old.start for o in restated):
                    continue  # "25,213 denars (about €410)": one figure, reported once (as first written)
                if any(o is not old and o.sentence == old.sentence and o not in restated for o in cluster.claims):
                    continue  # "from X in 2012 to Y in 2021": a deliberate comparison
                newer = [n for n in claims if n.doc != old.doc and year_of(n.period) > year_of(old.period)
                         and (n.published or "") <= (old.published or "")]
                if newer:
                    new = max(newer, key=lambda n: year_of(n.period))
                    hits.append(Hit(claims=(old, new), facts={"a": describe(old), "b": describe(new),
                                                              "metric": old.metric, "entity": old.entity or "?"},
                                    detail={"age_years": pub - year_of(old.period)}))
        return hits
