"""arithmetic: values that imply each other disagree: parts and totals ("22 of the 40 ... the remaining 15"), multipliers, shares."""

from __future__ import annotations

import re
from collections import defaultdict

from ..errors import RuleError
from ..model import Claim
from . import breakdown, implied
from .base import Context, Hit, RuleKind, RuleSpec, amount, describe, fmt, selected

_PART_OF = re.compile(r"^\s+of\s+(?:the|its|their|all|a total of)?\s*$", re.IGNORECASE)
_OF_TOTAL = re.compile(r"(?:^|[,;:]\s*)of\s+(?:the|its|their|all)?\s*(?:(?:the\s+)?[\w.-]+['’]s?\s+)?$", re.IGNORECASE)
_OR_SHARE = re.compile(r"^\s*(?:,\s*or|\(|,)\s*(?:about|around|some|nearly|almost|roughly|just\s+over|just\s+under)?\s*$",
                       re.IGNORECASE)
_REMAINING = re.compile(r"\b(?:remaining|rest|other|others)\s*$|\bthe\s+remaining\s+$", re.IGNORECASE)


class Arithmetic(RuleKind):
    """Values that imply each other: ``relation`` picks parts (default), part_share, breakdown (see ``breakdown``),
    multiplier, growth or share (see ``implied``)."""

    kind = "arithmetic"
    params = {"tolerance_rel": ((int, float), 0.0), "tolerance_abs": ((int, float), 0.0), "relation": (str, "parts")}
    choices = {"relation": ("parts", "part_share", "breakdown", "multiplier", "growth", "share")}

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
        if relation == "part_share":
            return self._part_shares(spec, ctx)
        if relation == "breakdown":
            chosen = [c for c in ctx.claims if selected(spec, c)]
            return list(breakdown.breakdown_hits(ctx, chosen, self.param(spec, "tolerance_rel")))
        if relation != "parts":
            raise RuleError(f"unknown arithmetic relation {relation!r} (expected parts, part_share, breakdown, multiplier, growth or share)",
                            path=spec.source, line=spec.line)
        by_sentence: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        for c in ctx.claims:
            if c.kind == "count" and selected(spec, c):
                by_sentence[(c.doc, c.sentence)].append(c)
        hits = []
        for (_, sentence), claims in by_sentence.items():
            hits += self._parts_and_total(spec, sentence, sorted(claims, key=lambda c: c.start))
        return hits + self._listed_after_total(spec, ctx)

    def _part_shares(self, spec: RuleSpec, ctx: Context) -> list[Hit]:
        """A part of a total stated with its percentage: "Of the 3.9 million households, 1.1 million, or 42%, ..."
        (1.1 of 3.9 million is 26-30%, not 42%); also "1.1 million of the 3.9 million households (42%)"."""
        by_sentence: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        for c in ctx.claims:
            if c.kind in ("count", "quantity", "money", "percent") and c.interval is not None and selected(spec, c):
                by_sentence[(c.doc, c.sentence)].append(c)
        hits = []
        for (_, sentence), claims in by_sentence.items():
            claims.sort(key=lambda c: c.start)
            at = [sentence.find(c.surface) for c in claims]
            if len(claims) < 3 or min(at) < 0:
                continue
            for i in range(len(claims) - 2):
                a, b, pct = claims[i], claims[i + 1], claims[i + 2]
                if pct.kind != "percent" or (a.kind, a.unit) != (b.kind, b.unit) or a.kind == "percent":
                    continue
                if not _OR_SHARE.match(sentence[at[i + 1] + len(b.surface):at[i + 2]]):
                    continue
                if _OF_TOTAL.search(sentence[max(0, at[i] - 30):at[i]]):
                    part, total = b, a  # "Of the 3.9 million households, 1.1 million, or 42%"
                elif _PART_OF.match(sentence[at[i] + len(a.surface):at[i + 1]]):
                    part, total = a, b  # "1.1 million of the 3.9 million households (42%)"
                else:
                    continue
                pi, ti, si = part.interval, total.interval, pct.interval
                assert pi is not None and ti is not None and si is not None
                if ti.low <= 0 or pi.high > ti.high:
                    continue
                low, high = 100 * pi.low / ti.high, 100 * pi.high / ti.low
                slack = max(self.param(spec, "tolerance_abs"), 0.5)  # points, on top of the figures' own rounding
                if low - slack <= si.high and si.low <= high + slack:
                    continue
                hits.append(Hit(claims=(part, total, pct),
                                facts={"a": describe(part), "b": describe(total), "c": describe(pct),
                                       "expected": f"{100 * (part.value or 0) / (total.value or 1):.3g}%",
                                       "metric": total.metric or "?", "entity": total.entity or "?"},
                                detail={"expected_range": [low, high], "stated": pct.value}))
        return hits

    def _listed_after_total(self, spec: RuleSpec, ctx: Context) -> list[Hit]:
        """A total, then a sentence that lists its parts down to "the remaining" one:
        "Uruguay generated 13,200 GWh in 2023. Dams supplied 5,100 GWh, wind farms 4,900 GWh, and other plants
        the remaining 1,100 GWh." Every number of the listing sentence must be a part, in the total's unit."""
        by_doc: dict[str, list[Claim]] = defaultdict(list)
        for c in ctx.claims:
            if c.kind in ("count", "quantity", "money") and c.interval is not None and selected(spec, c):
                by_doc[c.doc].append(c)
        hits = []
        for claims in by_doc.values():
            claims.sort(key=lambda c: c.start)
            sentences: list[list[Claim]] = []
            for c in claims:
                if sentences and sentences[-1][0].sentence == c.sentence:
                    sentences[-1].append(c)
                else:
                    sentences.append([c])
            for before, listed in zip(sentences, sentences[1:]):
                hit = self._listing(spec, before, listed)
                if hit:
                    hits.append(hit)
        return hits

    def _listing(self, spec: RuleSpec, before: list[Claim], listed: list[Claim]) -> Hit | None:
        rest, sentence = listed[-1], listed[-1].sentence
        key = (rest.kind, rest.unit, rest.per)
        if len(listed) < 2 or any((c.kind, c.unit, c.per) != key or c.qualifier not in ("exact", "approx") for c in listed):
            return None
        at = [sentence.find(c.surface) for c in listed]
        if min(at) < 0 or not breakdown.rest_before(sentence, at[-1]):
            return None
        if any(_OF_TOTAL.search(sentence[max(0, a - 12):a]) for a in at) or any(
                _PART_OF.match(sentence[a + len(c.surface):b]) for a, b, c in zip(at, at[1:], listed)):
            return None  # "Of the 300 ..." or "22 of the 40": the total is in this sentence
        totals = [c for c in before if (c.kind, c.unit, c.per) == key and c.qualifier in ("exact", "approx")]
        if not totals:
            return None
        total = totals[-1]
        low, high = sum(c.interval.low for c in listed), sum(c.interval.high for c in listed)  # type: ignore[union-attr]
        stated = total.interval
        assert stated is not None
        slack = self.param(spec, "tolerance_rel") * stated.high
        if low - slack <= stated.high and stated.low <= high + slack or any(c.interval.low > stated.high for c in listed):  # type: ignore[union-attr]
            return None  # it adds up within rounding; or a "part" above the total is something else
        others = sum(c.value or 0 for c in listed[:-1])
        expected = (total.value or 0) - others
        return Hit(claims=(*listed[:-1], total, rest),
                   facts={"a": " + ".join(describe(c) for c in listed[:-1]), "b": describe(total), "c": describe(rest),
                          "expected": amount(expected, rest), "metric": total.metric or "?", "entity": total.entity or "?"},
                   detail={"expected": expected, "stated": rest.value, "parts_sum": low if low == high else [low, high]})

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
