"""Relations for the arithmetic kind: multipliers and growth rates against levels, and shares that imply a total.

- ``multiplier``: "from 1.295 trillion yuan in 2012 to 3 trillion yuan in 2021, more than
  double" (the two levels in the sentence), or "4.2 million in 2023, double the number in
  the previous year" (the previous year's level of the same linked cluster).
- ``growth``: "1.3 million in 2023, up 45% from 997,000 in 2022", "rose 12% to $5.6bn from
  $5bn", "from 42% to 45%, up 3 percentage points": the stated change against the levels'.
- ``share``: "90 billion yuan, 4.13% of GDP" implies GDP of about 2.18 trillion yuan; that
  total is compared with the corpus's own figures for the whole (same entity, same year).

Every comparison uses the claims' precision intervals, so rounding never fires.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..link import Cluster, normalize_metric, normalize_phrase
from ..model import Claim, Interval
from .base import Context, Hit, describe, fmt, year_of

_QUALIFIED = {"more_than": "more than ", "at_least": "at least ", "less_than": "less than ", "at_most": "at most ",
              "approx": "about "}
LEVEL_KINDS = ("count", "money", "quantity")
_PREVIOUS = re.compile(r"^[\s\w]{0,40}?\b(?:(?:the\s+)?(?:previous|prior|preceding)\s+year|a\s+year\s+(?:earlier|before|ago)"
                       r"|last\s+year|the\s+year\s+before)\b", re.IGNORECASE)
_NAMED_YEAR = re.compile(r"^[\s\w]{0,40}?\b(?:in|than|of)\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)
# what may stand between a level and its multiplier, or an amount and its share: the level's own
# noun and period, then a separator and a linking phrase ("4.2 million arrivals in 2023, double ...")
_LINK_WORDS = (r"(?:or|and|up|down|equal to|equivalent to|accounting for|accounted for|which accounted for|amounting to"
               r"|representing)")
_LINK = re.compile(r"^[^\d;,]{0,40}?(?:[,(—–-]\s*(?:" + _LINK_WORDS + r"\s+)?|\s" + _LINK_WORDS + r"\s+)"
                   r"(?:(?:about|nearly|almost|roughly|around|some|more than|over)\s+)?$", re.IGNORECASE)
_PERIOD = re.compile(r"\b(?:in|for|during)\s+(?:fiscal\s+|the\s+year\s+)?\d{4}(?:[-/]\d{2,4})?\b", re.IGNORECASE)
# an attribution between an amount and its share: "US$33.5 billion in 2023, the central bank said, equivalent to 12.5%"
_SAID = re.compile(r",\s*[^,;\d]{1,60}?\s(?:said|says|reported|announced|estimated)(?:\s+on\s+\w+)?(?=\s*,)", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
_HEAD = re.compile(r"^\s*(?:in\s+\w+\s+)?from\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
_TO = re.compile(r"\bto\b", re.IGNORECASE)
_SHARE = re.compile(r"^(?P<part>.*?)\s*share of (?P<whole>.+)$", re.IGNORECASE)
_UP = r"up|rising|rose|grew|growing|increased|increasing|climbed|jumped|gained|an?\s+(?:increase|rise|jump|gain)\s+of"
_DOWN = r"down|falling|fell|declined|declining|decreased|dropped|slipped|an?\s+(?:decrease|decline|drop|fall)\s+of"
# "B, up P from A" / "B, an increase of P over A"
_AFTER_LEVEL = re.compile(rf"^[^\d;]{{0,30}}?\b(?P<dir>{_UP}|{_DOWN})\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?$",
                          re.IGNORECASE)
# "rose P to B from A" / "rose P from A to B"
_BEFORE_PCT = re.compile(rf"\b(?P<dir>{_UP}|{_DOWN})\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?$", re.IGNORECASE)
# the first level's counted noun may stand between ("4.2 million bags from 4.9 million")
_FROM_LEVEL = re.compile(r"^(?:\s+[a-z][\w-]*){0,3}?(?:\s+(?:year[- ]on[- ]year|in\s+\w+|on\s+the\s+year))?,?\s+"
                         r"(?:from|over|on|compared\s+with)\s+"
                         r"(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
_TO_LEVEL = re.compile(r"^(?:\s+[a-z][\w-]*){0,3}?(?:\s+(?:year[- ]on[- ]year|in\s+\w+))?,?\s+to\s+(?:a\s+record\s+|about\s+|around\s+)?$", re.IGNORECASE)



def ratio(a: Claim, b: Claim) -> Interval | None:
    """The range of b / a consistent with both claims' precision."""
    ia, ib = a.interval, b.interval
    if ia is None or ib is None or ia.low <= 0 or ib.low < 0 or ia.high == float("inf"):
        return None
    return Interval(ib.low / ia.high, ib.high / ia.low if ia.low else float("inf"))


def agrees(stated: Claim, actual: Interval, tolerance: float) -> bool:
    """Whether a multiplier claim ("double", "more than triple") fits a ratio interval."""
    m = stated.value or 0.0
    if stated.qualifier in ("more_than", "at_least"):
        return actual.high >= m * (1 - tolerance / 5)
    if stated.qualifier in ("less_than", "at_most"):
        return actual.low <= m * (1 + tolerance / 5)
    high = stated.value_max if stated.qualifier == "range" and stated.value_max else m
    return actual.overlaps(Interval(m * (1 - tolerance), high * (1 + tolerance)))


def sentence_claims(ctx: Context, of: list[Claim]) -> dict[tuple[str, str], list[Claim]]:
    """The claims of the sentences that ``of`` stand in, in text order."""
    keys = {(c.doc, c.sentence) for c in of}
    out: dict[tuple[str, str], list[Claim]] = {k: [] for k in keys}
    for c in ctx.claims:
        if (c.doc, c.sentence) in keys:
            out[(c.doc, c.sentence)].append(c)
    return {k: sorted(v, key=lambda c: c.start) for k, v in out.items()}


def _between(a: Claim, b: Claim) -> str | None:
    """The sentence text between two claims of one sentence (None if offsets cannot be mapped)."""
    first = a.sentence.find(a.surface)
    if first < 0:
        return None
    offset = a.start - first
    return a.sentence[a.end - offset:b.start - offset]


def _linked(a: Claim, b: Claim) -> bool:
    """Whether ``b`` directly qualifies ``a`` ("450 billion yuan in 2022, or 3.42% of GDP")."""
    between = _between(a, b)
    return between is not None and bool(_LINK.match(_SAID.sub("", _PERIOD.sub("", between))))


def _before(c: Claim, width: int) -> str:
    pos = c.sentence.find(c.surface)
    return c.sentence[max(0, pos - width):max(0, pos)]


def _after(c: Claim) -> str:
    pos = c.sentence.find(c.surface)
    return c.sentence[pos + len(c.surface):] if pos >= 0 else ""


def multiplier_hits(ctx: Context, selected_multipliers: list[Claim], tolerance: float) -> Iterator[Hit]:
    """Multipliers checked against the levels they relate."""
    if not selected_multipliers:
        return
    by_sentence = sentence_claims(ctx, selected_multipliers)
    cluster_of = {c.id: cl for cl in ctx.clusters for c in cl.claims}
    for m in selected_multipliers:
        peers = [c for c in by_sentence.get((m.doc, m.sentence), []) if c.kind in LEVEL_KINDS and c.value]
        pair = _from_to(m, peers) or _previous_year(m, peers, cluster_of)
        if pair is None:
            continue
        old, new = pair
        actual = ratio(old, new)
        if actual is None or agrees(m, actual, tolerance):
            continue
        yield Hit(claims=(old, new, m),
                  facts={"a": describe(old), "b": describe(new), "c": _QUALIFIED.get(m.qualifier, "") + describe(m), "expected": f"{fmt(actual.low)}-{fmt(actual.high)}x"
                         if actual.high / actual.low > 1.01 else f"{fmt(actual.low)}x", "metric": new.metric or "?",
                         "entity": new.entity or "?", "relation": "multiplier"},
                  detail={"relation": "multiplier", "ratio": actual.to_dict(), "stated": m.value, "qualifier": m.qualifier,
                          "tolerance": tolerance})


def _from_to(m: Claim, peers: list[Claim]) -> tuple[Claim, Claim] | None:
    """'(M) from A (in Y1) to B (in Y2)(, M)' in one sentence, same unit, different years, M next to them."""
    for a, b in zip(peers, peers[1:]):
        if a.unit != b.unit or a.kind != b.kind or year_of(a.period) == year_of(b.period):
            continue
        between = _between(a, b)
        if between is None or not _FROM.search(_before(a, 30)) or not _TO.search(between) or len(between) >= 40:
            continue
        # "more than doubled from A to B" or "from A to B, more than double"; not "..., while profit tripled"
        if (m.end <= a.start and _HEAD.match(_between(m, a) or "x")) or (b.end <= m.start and _linked(b, m)):
            return a, b
    return None


def _previous_year(m: Claim, peers: list[Claim], cluster_of: dict[str, Cluster]) -> tuple[Claim, Claim] | None:
    """'L in Y, double the number in the previous year' (or 'three times as many as in X'): L against its cluster's
    figure for Y - 1 (or X)."""
    level = next((c for c in reversed(peers) if c.end <= m.start and _linked(c, m)), None)
    if level is None or level.id not in cluster_of:
        return None
    year = year_of(level.period)
    if year is None or not re.fullmatch(r"\d{4}", level.period or ""):
        return None
    named = _NAMED_YEAR.match(_after(m))  # "three times as many as in 2022"
    if _PREVIOUS.match(_after(m)):
        then = year - 1
    elif named and int(named.group("y")) < year:
        then = int(named.group("y"))
    else:
        return None
    earlier = [c for c in cluster_of[level.id].claims if c.period == str(then) and c.unit == level.unit
               and c.qualifier in ("exact", "approx")]
    return (min(earlier, key=lambda c: (c.published or "", c.doc)), level) if earlier else None


def share_hits(ctx: Context, selected_shares: list[Claim], tolerance: float) -> Iterator[Hit]:
    """'X, or P% of WHOLE': X / P compared with the corpus's figures for WHOLE (same entity, same year)."""
    shares = [(p, m) for p in selected_shares if (m := _SHARE.match(p.metric or ""))]
    if not shares:
        return
    by_sentence = sentence_claims(ctx, [p for p, _ in shares])
    # the clusters' (aliased) metric for each spelling, so "share of gross domestic product" finds "GDP"
    spellings = {(c.metric, cl.metric) for cl in ctx.clusters if cl.comparable.startswith("money") for c in cl.claims}
    canonical = {normalize_metric(raw): metric for raw, metric in spellings}
    money: dict[tuple[str, str], list[Cluster]] = {}
    for cl in ctx.clusters:
        if cl.comparable.startswith("money"):
            money.setdefault((cl.metric, cl.entity or ""), []).append(cl)
    for p, m in shares:
        year = year_of(p.period)
        if year is None or not p.value or p.interval is None or p.interval.low <= 0:
            continue
        peers = by_sentence.get((p.doc, p.sentence), [])
        i = peers.index(p)
        part = peers[i - 1] if i > 0 else None
        if part is None or part.kind != "money" or part.interval is None or not _linked(part, p):
            continue
        whole = normalize_metric(m["whole"])
        whole = canonical.get(whole, whole)
        implied = Interval(part.interval.low / (p.interval.high / 100), part.interval.high / (p.interval.low / 100))
        for cl in money.get((whole, normalize_phrase(p.entity)), []):
            for total in cl.claims:
                if total.period != str(year) or total.interval is None or total.qualifier not in ("exact", "approx"):
                    continue
                hit = _compare_total(ctx, part, p, total, implied, year, tolerance)
                if hit:
                    yield hit


def _compare_total(ctx: Context, part: Claim, share: Claim, total: Claim, implied: Interval, year: int,
                   tolerance: float) -> Hit | None:
    stated = total.interval
    assert stated is not None
    if total.unit != part.unit:
        ra, rb = ctx.fx.per_usd(part.unit or "", year), ctx.fx.per_usd(total.unit or "", year)
        if ra is None or rb is None:
            return None
        stated = Interval(stated.low * ra[0] / rb[0], stated.high * ra[0] / rb[0])
        tolerance += 0.05  # an annual average rate, not the rate the writer used
    slack = tolerance * max(implied.high, stated.high)
    if implied.overlaps(stated, slack):
        return None
    return Hit(claims=(part, share, total),
               facts={"a": describe(part), "b": describe(share), "c": describe(total), "expected": fmt(implied.low)
                      if implied.high / implied.low < 1.01 else f"{fmt(implied.low)}-{fmt(implied.high)}",
                      "metric": total.metric or "?", "entity": total.entity or "?", "relation": "share"},
               detail={"relation": "share", "implied": implied.to_dict(), "stated": stated.to_dict(), "tolerance": tolerance,
                       "slack": slack})


def growth_hits(ctx: Context, selected_changes: list[Claim], tolerance: float) -> Iterator[Hit]:
    """A stated growth rate (%) or change in points (pp) checked against the two levels it relates."""
    if not selected_changes:
        return
    by_sentence = sentence_claims(ctx, selected_changes)
    for p in selected_changes:
        peers = by_sentence.get((p.doc, p.sentence), [])
        pair = _growth_levels(p, peers)
        if pair is None or p.interval is None:
            continue
        (old, new), sign = pair
        if old.interval is None or new.interval is None:
            continue
        if p.kind == "percentage_points":
            actual = Interval(new.interval.low - old.interval.high, new.interval.high - old.interval.low)
            unit = " points"
        else:
            change = ratio(old, new)
            if change is None:
                continue
            actual = Interval((change.low - 1) * 100, (change.high - 1) * 100)
            unit = "%"
        stated = Interval(p.interval.low, p.interval.high) if sign > 0 else Interval(-p.interval.high, -p.interval.low)
        if p.qualifier in ("more_than", "at_least"):
            stated = Interval(stated.low, float("inf")) if sign > 0 else Interval(float("-inf"), stated.high)
        elif p.qualifier in ("less_than", "at_most"):
            stated = Interval(0.0, stated.high) if sign > 0 else Interval(stated.low, 0.0)
        if actual.overlaps(stated, tolerance / 2):  # each side widened by half: a gap up to ``tolerance`` passes
            continue
        shown = f"{actual.low:+.1f}{unit}" if actual.high - actual.low < 0.1 else f"{actual.low:+.1f} to {actual.high:+.1f}{unit}"
        yield Hit(claims=(old, new, p),
                  facts={"a": describe(old), "b": describe(new), "c": _QUALIFIED.get(p.qualifier, "") + describe(p),
                         "expected": shown, "metric": new.metric or "?", "entity": new.entity or "?", "relation": "growth"},
                  detail={"relation": "growth", "change": actual.to_dict(), "stated": stated.to_dict(),
                          "tolerance": tolerance})


def _growth_levels(p: Claim, peers: list[Claim]) -> tuple[tuple[Claim, Claim], int] | None:
    """The (earlier, later) levels a change relates, and its sign: "B, up P from A", "rose P to B from A", "from A to B"."""
    level_kinds = ("percent",) if p.kind == "percentage_points" else LEVEL_KINDS
    i = peers.index(p)
    before = [c for c in peers[:i] if c.kind in level_kinds and c.value is not None]
    after = [c for c in peers[i + 1:] if c.kind in level_kinds and c.value is not None]

    def sign(word: str) -> int:
        return -1 if re.match(_DOWN, word, re.IGNORECASE) else 1

    def same(a: Claim, b: Claim) -> bool:
        return a.kind == b.kind and a.unit == b.unit and a.per == b.per

    # "B (in Y2), up P from A (in Y1)"
    if before and after and same(before[-1], after[0]):
        new, old = before[-1], after[0]
        between, rest = _between(new, p), _between(p, old)
        m = _AFTER_LEVEL.match(_PERIOD.sub("", between or "x"))
        if m and rest is not None and _FROM_LEVEL.match(_PERIOD.sub("", rest)):
            return (old, new), sign(m["dir"])
    # "rose P to B from A" / "rose P from A to B"
    m = _BEFORE_PCT.search(_before(p, 40))
    if m and len(after) >= 2 and same(after[0], after[1]):
        first, second = after[0], after[1]
        lead, middle = _between(p, first), _between(first, second)
        if lead is None or middle is None:
            return None
        lead, middle = _PERIOD.sub("", lead), _PERIOD.sub("", middle)
        if _TO_LEVEL.match(lead) and _FROM_LEVEL.match(middle):
            return (second, first), sign(m["dir"])
        if _FROM_LEVEL.match(lead) and _TO_LEVEL.match(middle):
            return (first, second), sign(m["dir"])
    return None
