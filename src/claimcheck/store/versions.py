"""Compare the claims of two versions of one document: added, removed, changed values.

Claim ids change with offsets, so versions are matched by meaning, in passes
from strict to loose: the same value for the same metric, entity and period is
unchanged; the same sentence around a different number is a change; the same
metric, entity and period with another value is a change. What is left over
was added or removed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from ..model import Claim
from .codec import term_key

Pair = tuple[Claim, Claim]


@dataclass(frozen=True)
class VersionDiff:
    """How the claims of ``new`` differ from those of ``old``."""

    old: str
    new: str
    added: tuple[Claim, ...]
    removed: tuple[Claim, ...]
    changed: tuple[Pair, ...]
    unchanged: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": self.old,
            "new": self.new,
            "added": [c.to_dict() for c in self.added],
            "removed": [c.to_dict() for c in self.removed],
            "changed": [{"old": a.to_dict(), "new": b.to_dict()} for a, b in self.changed],
            "unchanged": self.unchanged,
        }


def compare_versions(old_id: str, new_id: str, old: list[Claim], new: list[Claim]) -> VersionDiff:
    """Match the claims of two versions of a document and classify what changed."""
    left = sorted(old, key=lambda c: c.start)
    right = sorted(new, key=lambda c: c.start)
    same, left, right = _pair(left, right, lambda c: (_value(c), _subject(c)))
    by_context, left, right = _pair(left, right, _context)
    by_subject, left, right = _pair(left, right, lambda c: _subject(c) if c.metric else None)
    moved = [(a, b) for a, b in by_context if _value(a) == _value(b)]
    changed = [(a, b) for a, b in by_context + by_subject if _value(a) != _value(b)]
    return VersionDiff(old=old_id, new=new_id, added=tuple(right), removed=tuple(left),
                       changed=tuple(sorted(changed, key=lambda p: p[1].start)), unchanged=len(same) + len(moved))


def _pair(left: list[Claim], right: list[Claim], key: Callable[[Claim], Hashable | None]
          ) -> tuple[list[Pair], list[Claim], list[Claim]]:
    """Pair claims with equal keys in order of appearance; returns the pairs and what is left on each side."""
    waiting: dict[Hashable, list[Claim]] = defaultdict(list)
    for c in right:
        k = key(c)
        if k is not None:
            waiting[k].append(c)
    pairs, rest = [], []
    for c in left:
        k = key(c)
        if k is not None and waiting.get(k):
            pairs.append((c, waiting[k].pop(0)))
        else:
            rest.append(c)
    taken = {id(b) for _, b in pairs}
    return pairs, rest, [c for c in right if id(c) not in taken]


def _value(c: Claim) -> tuple[Any, ...]:
    return (c.kind, c.unit, c.value, c.value_max, c.qualifier, c.per)


def _subject(c: Claim) -> tuple[Any, ...]:
    return (c.kind, term_key(c.metric), term_key(c.entity), c.period)


def _context(c: Claim) -> tuple[str, str] | None:
    """The sentence with this claim's number blanked out: unchanged wording around a changed number."""
    if c.surface not in c.sentence:
        return None
    return c.kind, c.sentence.replace(c.surface, "\0", 1)
