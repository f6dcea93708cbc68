"""Normalization stage: Mentions -> Claims with SI values, ISO currencies, intervals and stable ids."""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import replace

from ..model import Claim, Document, Mention
from .fx import Expressed, RateTable, default_table, express, implied_rate, load_table
from .precision import interval
from .units import is_offset, to_si

__all__ = ["EXTRACTOR_VERSION", "Expressed", "RateTable", "default_table", "express", "implied_rate", "load_table", "normalize"]

# Bump when extraction or normalization output changes: claim ids and caches depend on it.
EXTRACTOR_VERSION = "0.1.0"


def normalize(doc: Document, mentions: list[Mention]) -> list[Claim]:
    """Turn one document's mentions into Claims; values that are not finite are dropped."""
    claims: list[Claim] = []
    for m in mentions:
        claim = _claim(doc, m)
        if claim is not None:
            claims.append(claim)
    return _with_implied_rates(claims)


def _claim(doc: Document, m: Mention) -> Claim | None:
    value, value_max, unit, factor = m.value, m.value_max, m.unit, 1.0
    if m.kind == "quantity" and unit:
        conv = to_si(1.0, unit)
        if conv is None:
            return None
        if is_offset(unit):  # temperatures: convert the values, a degree of precision stays a kelvin
            value = to_si(value, unit)[0] if value is not None else None
            value_max = to_si(value_max, unit)[0] if value_max is not None else None
            unit = conv[1]
        else:
            factor, unit = conv
            value = value * factor if value is not None else None
            value_max = value_max * factor if value_max is not None else None
    if m.kind == "money" and unit in ("$", "¥"):
        unit = "USD" if unit == "$" else "JPY"
    if value is not None and not math.isfinite(value) or value_max is not None and not math.isfinite(value_max):
        return None
    surface = doc.text[m.start:m.end]
    sentence = doc.text[m.sentence[0]:m.sentence[1]] if m.sentence[1] else surface
    ident = hashlib.sha1(f"{EXTRACTOR_VERSION}|{doc.id}|{m.start}|{m.end}|{surface}".encode()).hexdigest()[:16]
    group = hashlib.sha1(f"{doc.id}|{m.group}".encode()).hexdigest()[:12] if m.group else None
    return Claim(
        id=ident,
        doc=doc.id,
        start=m.start,
        end=m.end,
        line=doc.line_of(m.start),
        surface=surface,
        sentence=" ".join(sentence.split()),
        kind=m.kind,
        value=_tidy(value),
        value_max=_tidy(value_max),
        unit=unit if m.kind not in ("count", "ratio", "date") else None,
        qualifier=m.qualifier,
        metric=m.metric,
        entity=m.entity,
        period=m.period,
        published=doc.published,
        group=group,
        per=m.per,
        interval=interval(m, value, value_max, factor) if value is not None else None,
        raw_value=m.value,
        raw_unit=re.sub(r"\*\*1(?!\d)", "", m.unit) if m.unit else m.unit,  # "carat**1" reads "carat"
        mode=m.explain.get("mode", "full"),
        explain={**m.explain, "notes": list(m.notes), "published_source": doc.published_source},
    )


def _tidy(x: float | None) -> float | None:
    """Round away binary noise from scaling (1.15e7, not 11500000.000000002)."""
    if x is None or x == 0:
        return x
    digits = 12 - int(math.floor(math.log10(abs(x))))
    return round(x, digits)


def _with_implied_rates(claims: list[Claim]) -> list[Claim]:
    by_group: dict[str, list[Claim]] = {}
    for c in claims:
        if c.group and c.kind == "money":
            by_group.setdefault(c.group, []).append(c)
    rates: dict[str, float] = {}
    for gid, members in by_group.items():
        if len(members) == 2:
            a, b = members
            r = implied_rate(a.value or 0.0, a.unit or "", b.value or 0.0, b.unit or "")
            if r:
                rates[gid] = r[0]
    return [replace(c, implied_rate=rates[c.group]) if c.group in rates else c for c in claims]
