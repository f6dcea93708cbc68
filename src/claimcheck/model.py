"""Plain records that cross pipeline stages; ``to_dict()`` is the public contract shape."""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from typing import Any

_NEWLINE = re.compile("\n")

KINDS = ("money", "percent", "percentage_points", "count", "quantity", "ratio", "multiplier", "date")
QUALIFIERS = ("exact", "approx", "more_than", "at_least", "less_than", "at_most", "range")
SEVERITIES = ("error", "warning", "info")
FINDING_KINDS = ("conflict", "drift", "bounds", "arithmetic", "conversion", "stale")


@dataclass(frozen=True)
class Document:
    """A document as read from disk or given to the API.

    Attributes:
        id: the path as given, or the id passed to the API.
        text: decoded text; claim offsets index into it.
        published: ISO publication date, if known.
        published_source: where ``published`` came from (option, front-matter, ...).
        meta: other metadata (title, source, ...).
        body_start: offset where the body starts (after front-matter).
    """

    id: str
    text: str
    published: str | None = None
    published_source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    body_start: int = 0

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset."""
        return bisect.bisect_right(self._line_starts(), offset)

    def _line_starts(self) -> list[int]:
        starts = self.__dict__.get("_starts")
        if starts is None:
            starts = [0] + [m.end() for m in _NEWLINE.finditer(self.text)]
            object.__setattr__(self, "_starts", starts)
        return starts

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.id, "published": self.published}


@dataclass
class Mention:
    """A quantity found in text, with its context, before normalization.

    ``unit`` is an ISO code for money (or ``$``/``¥`` unresolved), ``%``, ``pp``,
    ``x``, a pint expression for physical quantities, or None. ``step`` is the
    resolution of the written value (already scaled; 0 for number words);
    ``exact`` marks counts stated exactly.
    """

    start: int
    end: int
    kind: str
    value: float | None
    unit: str | None = None
    value_max: float | None = None
    qualifier: str = "exact"
    step: float = 1.0
    exact: bool = False
    per: str | None = None
    group: str | None = None
    currency_raw: str | None = None
    sentence: tuple[int, int] = (0, 0)
    metric: str | None = None
    entity: str | None = None
    period: str | None = None
    notes: list[str] = field(default_factory=list)
    explain: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Interval:
    """The range of true values a stated number is consistent with."""

    low: float
    high: float
    low_closed: bool = True
    high_closed: bool = True

    def overlaps(self, other: Interval, slack: float = 0.0) -> bool:
        """True when the two intervals, each widened by ``slack``, share a point."""
        lo1, hi1 = self.low - slack, self.high + slack
        lo2, hi2 = other.low - slack, other.high + slack
        if hi1 < lo2 or hi2 < lo1:
            return False
        if slack == 0.0:
            if hi1 == lo2 and not (self.high_closed and other.low_closed):
                return False
            if hi2 == lo1 and not (other.high_closed and self.low_closed):
                return False
        return True

    def gap(self, other: Interval) -> float:
        """Distance between the intervals (0 when they overlap)."""
        if self.high < other.low:
            return other.low - self.high
        if other.high < self.low:
            return self.low - other.high
        return 0.0

    def to_dict(self) -> dict[str, Any]:
        def num(x: float) -> float | None:
            return x if math.isfinite(x) else None

        return {
            "low": num(self.low),
            "high": num(self.high),
            "low_closed": self.low_closed,
            "high_closed": self.high_closed,
        }


@dataclass(frozen=True)
class Claim:
    """One numeric or dated claim, normalized.

    ``value`` is in ``unit`` (ISO 4217 for money, ``%``, ``pp``, an SI symbol,
    ``x`` for multipliers, ``None`` for counts and ratios). ``per`` names the
    denominator of a rate ("year", "capita") so totals never compare with rates.
    """

    id: str
    doc: str
    start: int
    end: int
    line: int
    surface: str
    sentence: str
    kind: str
    value: float | None
    value_max: float | None
    unit: str | None
    qualifier: str
    metric: str | None
    entity: str | None
    period: str | None
    published: str | None
    group: str | None = None
    per: str | None = None
    interval: Interval | None = None
    raw_value: float | None = None
    raw_unit: str | None = None
    implied_rate: float | None = None
    mode: str = "full"
    explain: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "surface": self.surface,
            "sentence": self.sentence,
            "kind": self.kind,
            "value": self.value,
            "value_max": self.value_max,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "metric": self.metric,
            "entity": self.entity,
            "period": self.period,
            "published": self.published,
            "group": self.group,
            "per": self.per,
            "interval": self.interval.to_dict() if self.interval else None,
            "raw_value": self.raw_value,
            "raw_unit": self.raw_unit,
            "implied_rate": self.implied_rate,
            "mode": self.mode,
        }
        if explain:
            out["explain"] = self.explain
        return out

    def evidence(self) -> dict[str, Any]:
        """The short citation of this claim used inside findings."""
        return {
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "surface": self.surface,
            "value": self.value,
            "unit": self.unit,
            "period": self.period,
            "claim": self.id,
            "sentence": self.sentence,
        }


@dataclass(frozen=True)
class Finding:
    """What a rule found, as users see it."""

    id: str
    rule: str
    kind: str
    severity: str
    message: str
    claims: tuple[Claim, ...]
    detail: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "rule": self.rule,
            "kind": self.kind,
            "severity": self.severity,
            "message": self.message,
            "claims": [c.id for c in self.claims],
            "evidence": [c.evidence() for c in self.claims],
            "detail": self.detail,
        }


@dataclass(frozen=True)
class Report:
    """Everything one check run produced."""

    version: str
    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    rules: tuple[dict[str, Any], ...] = ()
    notes: tuple[str, ...] = ()
    incomparable: tuple[dict[str, Any], ...] = ()
    suppressed: tuple[Finding, ...] = ()
    out_of_focus: int = 0

    def document(self, doc_id: str) -> Document | None:
        """The document with this id, if it is part of the report."""
        return next((d for d in self.documents if d.id == doc_id), None)

    def column(self, claim: Claim) -> int:
        """1-based column of a claim's start in its line."""
        doc = self.document(claim.doc)
        if doc is None:
            return 1
        return claim.start - doc.text.rfind("\n", 0, claim.start)

    def to_dict(self) -> dict[str, Any]:
        counts = {s: sum(1 for f in self.findings if f.severity == s) for s in SEVERITIES}
        return {
            "version": self.version,
            "documents": [d.to_dict() for d in self.documents],
            "claims": len(self.claims),
            "findings": [f.to_dict() for f in self.findings],
            "summary": counts,
            "rules": list(self.rules),
            "notes": list(self.notes),
            "incomparable": list(self.incomparable),
            "suppressed": [{**f.to_dict(), "reason": _held_back(f)} for f in self.suppressed],
            "out_of_focus": self.out_of_focus,
        }


def _held_back(f: Finding) -> str:
    if f.detail.get("suppressed"):
        return f"suppressed at {f.detail.get('suppressed_at')}: {f.detail.get('suppressed_reason') or 'no reason given'}"
    return "in baseline"
