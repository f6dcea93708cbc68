"""Entity resolution for linking: which claims' entities to trust, and which spellings name one thing.

Extraction names an entity for each claim from its sentence; sometimes it picks
a word that cannot own the figure: a common noun ("Lisbon's metro carried ...")
or a place used as an attribute ("a Cork-based company employed ..."). Such a
*weak* entity is replaced by a strong entity of the same metric block that the
sentence names, so the claim links with the others about that entity.

Two spellings also name one entity when one is the other plus trailing words
that are not an organisation ("MRT" / "MRT Jakarta"), while "Ontario" and
"Ontario Hospital Association" stay apart.
"""

from __future__ import annotations

import re

from ..model import Claim

# Trailing words that make a longer name a different body, not a fuller name of the same one.
ORGANISATION_WORDS = frozenset("""
    agency airline airlines airport airways association authority bank board bureau chamber club college commission
    committee company corporation council court customs department exchange federation fund group holdings hospital
    inc institute league limited ltd ministry office party police post press school service society times union
    university
""".split())

_ATTRIBUTE = re.compile(r"-(?:based|born|headquartered|listed|registered|owned|made)\b", re.IGNORECASE)


def weak(claim: Claim) -> bool:
    """Whether the claim's entity cannot own the figure: a lower-case common noun or an 'X-based' attribute."""
    name, sentence = (claim.entity or "").strip(), claim.sentence or ""
    if not name:
        return False  # no entity is not a wrong entity: left as it is
    spots = [m for m in re.finditer(re.escape(name), sentence, re.IGNORECASE)]
    if not spots:
        return False
    if all(m.group(0).islower() for m in spots):
        return True
    return all(_ATTRIBUTE.match(sentence, m.end()) for m in spots)


def named_in(sentence: str, candidates: dict[str, str]) -> str | None:
    """The candidate (raw spelling -> key) named earliest in ``sentence``, as a whole word in its own case."""
    best: tuple[int, str] | None = None
    for raw, key in candidates.items():
        m = re.search(r"(?<!\w)" + re.escape(raw) + r"(?!\w)", sentence)
        if m and _ATTRIBUTE.match(sentence, m.end()) is None and (best is None or m.start() < best[0]):
            best = (m.start(), key)
    return best[1] if best else None


def fuller_name(short: str, long: str) -> bool:
    """Whether ``long`` is ``short`` plus trailing words that do not make it an organisation ("mrt" -> "mrt jakarta")."""
    a, b = short.split(), long.split()
    if not a or len(b) <= len(a) or b[:len(a)] != a:
        return False
    return not (set(b[len(a):]) & ORGANISATION_WORDS)
