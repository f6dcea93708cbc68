"""arithmetic: values that imply each other disagree: parts and totals ("22 of the 40 ... the remaining 15"), multipliers, shares."""

from __future__ import annotations

import re
from collections import defaultdict

from ..errors import RuleError
from ..model import Claim
from . import implied
from .base import Context, Hit, RuleKind, RuleSpec, describe, fmt, selected

_PART_OF = re.compile(r"^\s+of\s+(?:the|its|their|all|a total of)?\s*$", re.IGNORECASE)
_OF_TOTAL = re.compile(r"(?:^|[,;:]\s*)of\s+(?:the|its|their|all)?\s*$", re.IGNORECASE)
_REMAINING = re.compile(r"\b(?:remaining|rest|other|others)\s*$|\bthe\s+remaining\s+$", re.IGNORECASE)


class Arithmetic(RuleKind):
    """Values that imply each other: ``relation`` picks parts (default), multiplier, growth or share (see ``implied``)."""

    kind = "arithmetic"
    params = {"tolerance_rel": ((int, float), 0.0), "tolerance_abs": ((int, float), 0.0), "relation": (str, "parts")}
    choices = {"relation": ("parts", "multiplier", "growth", "share")}

    def evaluate(self, spec: RuleSpec, ctx: Context) -> list[Hit]:
        relation = self.param(spec, "relation")
        if relation == "multiplier":
            chosen = [c for c in ctx.claims if c.kind == "multiplier" and selected(spec, c)]
            return list(implied.multiplier_hits(ctx, chosen, self.param(spec, "tolerance_rel")))
        if relation == "growth":
            chosen = [c for c in ctx.claims if c.kind in ("percent", "percentage_points") and selected(spec, c)]
            return list(implied.growth_hits(ctx, chosen, self.param(spec, "tolerance_abs")))
        if relation == "share":
            chosen = [c for c in ctx.claims if c.kind == "percent" and selected(spec, c)]
            return list(implied.share_hits(ctx, chosen, self.param(spec, "tolerance_rel")))
        if relation != "parts":
            raise RuleError(f"unknown arithmetic relation {relation!r} (expected parts, multiplier, growth or share)",
                            path=spec.source, line=spec.line)
        by_sentence: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        for c in ctx.claims:
            if c.kind == "count" and selected(spec, c):
                by_sentence[(c.doc, c.sentence)].append(c)
        hits = []
        for (_, sentence), claims in by_sentence.items():
            hits += self._parts_and_total(spec, sentence, sorted(claims, key=lambda c: c.start))
        return hits

    def _parts_and_total(self, spec: RuleSpec, sentence: str, claims: list[Claim]) -> list[Hit]:
        hits = []
        offset = claims[0].start - sentence.find(claims[0].surface) if claims and claims[0].surface in sentence else None
        if offset is None:
            return hits
        for i, part in enumerate(claims[:-1]):
            total = claims[i + 1]
            if _OF_TOTAL.search(sentence[max(0, part.start - offset - 12):part.start - offset]):
                part, total = total, part  # "Of the 1,450 buses ..., 1,002 are electric and the remaining 548 ..."
            elif not _PART_OF.match(sentence[part.end - offset:total.start - offset]):
                continue
            for rest in claims[i + 2:]:
                if not _REMAINING.search(sentence[max(0, rest.start - offset - 20):rest.start - offset]):
                    continue
                expected = (total.value or 0) - (part.value or 0)
                tol = self.param(spec, "tolerance_rel") * abs(total.value or 0)
                if abs((rest.value or 0) - expected) > tol:
                    hits.append(Hit(claims=(part, total, rest),
                                    facts={"a": describe(part), "b": describe(total), "c": describe(rest),
                                           "expected": fmt(expected), "metric": total.metric or "?",
                                           "entity": total.entity or "?"},
                                    detail={"expected": expected, "stated": rest.value}))
                break
        return hits
