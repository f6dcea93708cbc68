"""Values one sentence lists as parts of one measure: "87,400 arrived by air and 186,200 came ashore",
"25.3 million in Flanders, 11.4 million in Wallonia and 9.1 million in Brussels".

Such values are pieces of a whole, not statements of it: the linker keeps each apart so that no rule
compares a piece with the whole or with another piece, and the arithmetic rules add them up.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

from ..model import Claim

# what joins two parts of a list ("87,400 arrived by air and 186,200 came ashore", "wind farms 12 TWh, ...")
_JOIN = re.compile(r",|\b(?:and|while|whereas)\b", re.IGNORECASE)
# ... but not a comparison or a change of one measure ("from 5,000 to 6,000", "4,000 against 3,500", "up $320
# billion"), nor a part of the value before ("90 million tonnes ..., about 70 million tonnes of which was exported")
_COMPARED = re.compile(r"\b(?:to|than|from|versus|vs\.?|against|compared\s+(?:with|to)|or|up|down|by|rising|falling|"
                       r"rose|fell|gained|lost|(?:an?\s+)?(?:increase|decrease|rise|fall|drop|gain|loss|jump)\s+of)\s+"
                       r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$|[(\[]\s*$", re.IGNORECASE)
_OF_WHICH = re.compile(r"\bof\s+(?:which|whom|them|it|these|those)\b|\bincluding\b", re.IGNORECASE)
_PART_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+of\s+(?:which|whom|them)\b", re.IGNORECASE)


def offset(c: Claim) -> int | None:
    """Where the claim's sentence starts in its document (None if the surface is not found in it)."""
    at = c.sentence.find(c.surface)
    return None if at < 0 else c.start - at


def joined(a: Claim, b: Claim) -> bool:
    """Whether ``b`` follows ``a`` in their sentence as the next item of a list."""
    at = offset(a)
    if at is None or a.sentence != b.sentence or b.start <= a.end:
        return False
    between = a.sentence[a.end - at:b.start - at]
    return len(between) <= 90 and ";" not in between and bool(_JOIN.search(between)) and not _COMPARED.search(between) \
        and not _OF_WHICH.search(between) and not _PART_AFTER.match(a.sentence, b.end - at)


def lists(members: Iterable[tuple[Claim, str]]) -> Iterator[list[Claim]]:
    """Runs of at least two values of one measure (``(claim, metric)`` pairs), unit and period in one sentence,
    each joined to the next as a list."""
    groups: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for c, metric in members:
        if metric and c.period and c.kind in ("count", "money", "quantity"):
            groups[(c.doc, c.sentence, metric, c.kind, c.unit, c.per, c.period)].append(c)
    for run in groups.values():
        if len(run) < 2:
            continue
        run.sort(key=lambda c: c.start)
        if all(joined(a, b) for a, b in zip(run, run[1:])):
            yield run
