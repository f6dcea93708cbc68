"""The whole chain behind one finding: claims, their normalization, intervals, tolerance, verdict."""

from __future__ import annotations

import json
import math

from ..errors import ConfigError
from ..model import Claim, Finding, Report


def find(report: Report, finding_id: str) -> Finding:
    """The finding whose id starts with ``finding_id`` (a unique prefix is enough)."""
    hits = [f for f in report.findings if f.id.startswith(finding_id)]
    if len(hits) != 1:
        known = ", ".join(f.id for f in report.findings[:10]) or "none"
        what = "no finding" if not hits else f"{len(hits)} findings"
        raise ConfigError(f"{what} with id {finding_id!r} in this run (ids: {known})")
    return hits[0]


def render(report: Report, finding_id: str, **_: object) -> str:
    f = find(report, finding_id)
    lines = [f"finding {f.id}", f"  rule      {f.rule} ({f.kind}, {f.severity})", f"  verdict   {f.message}", ""]
    for i, c in enumerate(f.claims, 1):
        lines += _claim(i, c)
    detail = {k: v for k, v in f.detail.items() if k != "facts"}
    if detail:
        lines.append("  evidence and tolerance:")
        for key, value in detail.items():
            lines.append(f"    {key}: {json.dumps(value, default=_num, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def _claim(i: int, c: Claim) -> list[str]:
    iv = c.interval
    bounds = "-" if iv is None else f"{'[' if iv.low_closed else '('}{_num(iv.low)}, {_num(iv.high)}{']' if iv.high_closed else ')'}"
    out = [
        f"  claim {i}: {c.surface!r}  ({c.doc}:{c.line}, chars {c.start}-{c.end}, id {c.id})",
        f"    sentence   {c.sentence}",
        f"    read as    {c.kind}, {c.raw_value} {c.raw_unit or ''} -> {c.value} {c.unit or ''}, qualifier {c.qualifier}"
        + (f", per {c.per}" if c.per else ""),
        f"    interval   {bounds}",
        f"    metric     {c.metric}  <- {c.explain.get('metric_from', '?')}",
        f"    entity     {c.entity}  <- {c.explain.get('entity_from', '?')}",
        f"    period     {c.period}  <- {c.explain.get('period_from', '?')}",
        f"    published  {c.published} ({c.explain.get('published_source') or 'unknown source'})",
    ]
    if c.implied_rate:
        out.append(f"    implied    {c.implied_rate:.4f} per USD (stated conversion, group {c.group})")
    return out + [""]


def _num(x: object) -> object:
    if isinstance(x, float):
        return "∞" if math.isinf(x) and x > 0 else "-∞" if math.isinf(x) else f"{x:,.6g}"
    return str(x)
