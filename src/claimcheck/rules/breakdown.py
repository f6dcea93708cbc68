"""Breakdowns for the arithmetic kind: a whole split into parts that do not add up to it.

Two shapes, both compared through the claims' precision intervals (rounding never fires):

- the whole, then its parts in the same sentence after a colon or ", with": "Bhutan welcomed 103,000
  visitors in 2023, the Department of Tourism said: 73,000 were regional tourists ..., and the
  remaining 45,000 came from further afield";
- parts of a whole the sentence opens with but does not quantify: "Of last year's visitors to
  Vanuatu, 87,400 arrived by air and 186,200 came ashore from cruise ships", "Split across the
  country's three regions, Belgium's overnight stays in 2023 came to 25.3 million in Flanders, ...".
  The whole is looked up among all claims: the same metric (after aliases; a part's metric may be the
  whole's without its last words, "visitor" of "visitor arrival"), the same period and unit, and the
  entity of the parts or one their sentence names. Of several such wholes the largest is used.

A list down to "the remaining", "the rest" or "other ..." is exhaustive: its sum must match the whole.
Any other list must not add up to more than the whole (categories may leave some out, never add).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from ..link import Cluster, normalize_metric
from ..link import parts as parts_of
from ..model import Claim, Interval
from .base import Context, Hit, amount, describe

_KINDS = ("count", "money", "quantity")
# what a quantity's metric falls back to when the text names no measure ("1.45 million tonnes coming from households")
_DIMENSIONS = frozenset({"weight", "length", "area", "volume", "energy", "power", "duration", "mass", "distance"})
# the parts' sentence opens with the whole it splits, without a figure for it
_LEAD = re.compile(r"^\W*(?:Of\s|(?:Split|Divided|Broken\s+down|Shared)\s+(?:across|between|among|by|into)\s)", re.IGNORECASE)
# what stands between a whole and the parts that follow it in its sentence
_INTRO = re.compile(r":\s|,\s*(?:with|of\s+which|of\s+whom|including)\s", re.IGNORECASE)
# a whole owned by a place or body the sentence names by its kind: "Of the principality's tax take last year"
_PLACEHOLDER = re.compile(r"^\W*\w+\s+(?:the|its)\s+(?:country|state|city|nation|island|principality|kingdom|republic|"
                          r"province|region|territory|company|group|firm|government)['’]s?\s", re.IGNORECASE)
_INCLUDING = re.compile(r"\bincluding\b", re.IGNORECASE)
# the last part is what is left: "and the remaining 45,000", "the rest", "other sources added 29 TWh"
_REST = re.compile(r"\b(?:remaining|rest|remainder)\b[^,;\d]{0,12}$|\b(?:all\s+)?others?\b(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE)


def breakdown_hits(ctx: Context, chosen: list[Claim], tolerance: float) -> Iterator[Hit]:
    cluster_of = {c.id: cl for cl in ctx.clusters for c in cl.claims}
    by_sentence: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in chosen:
        if c.kind in _KINDS and c.interval is not None and c.qualifier in ("exact", "approx"):
            by_sentence[(c.doc, c.sentence)].append(c)
    listed: set[str] = set()
    found: list[tuple[list[Claim], Claim | None, bool, bool]] = []
    for (_, sentence), claims in by_sentence.items():
        claims.sort(key=lambda c: c.start)
        offset = parts_of.offset(claims[0])
        if offset is None:
            continue
        for whole, parts in _after_whole(sentence, claims, offset):
            found.append((parts, whole, _exhaustive(sentence, parts[-1], offset), bool(
                _INCLUDING.search(sentence, whole.end - offset, parts[0].start - offset))))
            listed.update(c.id for c in parts)
        if _LEAD.match(sentence):
            for parts in parts_of.lists((c, _metric(c, cluster_of)) for c in claims):
                lead_end = sentence.find(",")
                if lead_end < 0 or parts[0].start - offset < lead_end:
                    continue
                found.append((parts, None, _exhaustive(sentence, parts[-1], offset), False))
                listed.update(c.id for c in parts)
    for parts, whole, exhaustive, including in found:
        if whole is None:
            whole = _whole_elsewhere(ctx, parts, cluster_of, listed)
            exhaustive = False  # the whole comes from another sentence: only an overshoot is sure
        if whole is None:
            continue
        hit = _compare(parts, whole, exhaustive and not including, tolerance)
        if hit:
            yield hit


def _key(c: Claim) -> tuple[str, str | None, str | None]:
    return c.kind, c.unit, c.per


def _after_whole(sentence: str, claims: list[Claim], offset: int) -> Iterator[tuple[Claim, list[Claim]]]:
    """A whole, a colon or ", with", then at least two parts in its unit, each joined to the next."""
    for i, whole in enumerate(claims):
        parts: list[Claim] = []
        for c in claims[i + 1:]:
            if _key(c) != _key(whole) or c.period != claims[i + 1].period:
                break
            if parts and not parts_of.joined(parts[-1], c):
                break
            parts.append(c)
        if len(parts) < 2 or not _INTRO.search(sentence, whole.end - offset, parts[0].start - offset):
            continue
        named = {m for c in parts if (m := normalize_metric(c.metric)) and m not in _DIMENSIONS}
        head = normalize_metric(whole.metric).split()[-1:]
        if len(named) > 1 and any(m.split()[-1:] != head for m in named):
            continue  # "of which net oil revenue accounted for RO 6.3 billion, while public spending reached ...": other measures
        if any(c.interval.low > whole.interval.high for c in parts):  # type: ignore[union-attr]
            continue  # a "part" above the whole is something else
        yield whole, parts
        return


def _metric(c: Claim, cluster_of: dict[str, Cluster]) -> str:
    cl = cluster_of.get(c.id)
    return cl.metric if cl is not None and cl.metric else normalize_metric(c.metric)


def rest_before(sentence: str, at: int) -> bool:
    """Whether the value at ``at`` is what is left of a list: "and the remaining 45,000", "other sources added 29 TWh"."""
    return bool(_REST.search(sentence[max(0, at - 30):at]))


def _exhaustive(sentence: str, last: Claim, offset: int) -> bool:
    return rest_before(sentence, last.start - offset)


def _whole_elsewhere(ctx: Context, parts: list[Claim], cluster_of: dict[str, Cluster], listed: set[str]) -> Claim | None:
    """The largest claim elsewhere for the whole the parts split (see the module docstring)."""
    first = parts[0]
    metric = _metric(first, cluster_of).split()
    if not metric:
        return None
    entities = {_entity(c, cluster_of) for c in parts} - {""}
    candidates = []
    for w in ctx.claims:
        if w.id in listed or w.sentence == first.sentence or _key(w) != _key(first) or w.period != first.period \
                or w.interval is None or w.qualifier not in ("exact", "approx"):
            continue
        words = _metric(w, cluster_of).split()
        if words[:len(metric)] != metric:  # "visitor arrival" is a whole "visitor" parts split; "cruise visitor" is not
            continue
        entity = _entity(w, cluster_of)
        if entity in entities or w.entity and w.entity in first.sentence:
            candidates.append((entity, True, w))
        elif not entities or _PLACEHOLDER.search(first.sentence):
            candidates.append((entity, False, w))
    if any(named for _, named, _ in candidates):
        candidates = [c for c in candidates if c[1]]
    elif len({e for e, _, _ in candidates}) > 1:
        return None  # parts of no named entity ("the state's"): only when one entity's whole fits
    return max((w for _, _, w in candidates), key=lambda w: w.interval.high, default=None)  # type: ignore[union-attr]


def _entity(c: Claim, cluster_of: dict[str, Cluster]) -> str:
    cl = cluster_of.get(c.id)
    return (cl.entity if cl is not None else c.entity) or ""


def _compare(parts: list[Claim], whole: Claim, exhaustive: bool, tolerance: float) -> Hit | None:
    low = sum(c.interval.low for c in parts)  # type: ignore[union-attr]
    high = sum(c.interval.high for c in parts)  # type: ignore[union-attr]
    stated = whole.interval
    assert stated is not None
    slack = tolerance * stated.high
    if low <= stated.high + slack and (not exhaustive or high >= stated.low - slack):
        return None
    total = sum(c.value or 0 for c in parts)
    return Hit(claims=(whole, *parts),
               facts={"a": " + ".join(describe(c) for c in parts), "b": describe(whole), "sum": amount(total, whole),
                      "expected": amount(total, whole), "metric": whole.metric or "?", "entity": whole.entity or "?",
                      "relation": "breakdown", "exhaustive": exhaustive},
               detail={"relation": "breakdown", "parts_sum": Interval(low, high).to_dict(), "stated": stated.to_dict(),
                       "exhaustive": exhaustive, "slack": slack})
