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
from collections.abc import Iterator

from ..model import Claim

# Trailing words that make a longer name a different body, not a fuller name of the same one.
ORGANISATION_WORDS = frozenset("""
    agency airline airlines airport airways association authority bank board bureau chamber club college commission
    committee company corporation council court customs department exchange federation fund group holdings hospital
    inc institute league limited ltd ministry office party police post press school service society times union
    university
""".split())

# Legal forms (and a leading "Grupo") name the same company with or without them ("PT MRT Jakarta" / "MRT Jakarta",
# "Acme Ltd" / "Acme").
_LEGAL_LEADING = frozenset({"pt", "cv", "grupo", "groupe", "gruppo", "grupa"})  # "Grupo Alcira" / "Alcira"
_LEGAL_TRAILING = frozenset("""
    ltd limited inc plc llc llp ag gmbh sa nv bv ab asa oyj spa pty bhd sdn tbk kk kg co corp
""".split())

_WORD = re.compile(r"[^\W_](?:[\w&.-]*[^\W_])?")
_ATTRIBUTE = re.compile(r"-(?:based|born|headquartered|listed|registered|owned|made)\b", re.IGNORECASE)


def weak(claim: Claim) -> bool:
    """Whether the claim's entity cannot own the figure: a lower-case common noun or an 'X-based' attribute."""
    name, sentence = (claim.entity or "").strip(), claim.sentence or ""
    if not name:
        return False  # no entity is not a wrong entity: left as it is
    i = sentence.find(name)
    if i >= 0 and not name.islower() and not _ATTRIBUTE.match(sentence, i + len(name)):
        return False  # named as written, capitalised and not an attribute: the common case, decided fast
    spots = list(_occurrences(name.lower(), sentence.lower()))
    if not spots:
        return False
    if all(sentence[i:i + len(name)].islower() for i in spots):
        return True
    return all(_ATTRIBUTE.match(sentence, i + len(name)) for i in spots)


def _occurrences(needle: str, haystack: str) -> Iterator[int]:
    """Start offsets of ``needle`` in ``haystack`` (plain string search: no regex per entity)."""
    i = haystack.find(needle)
    while i >= 0:
        yield i
        i = haystack.find(needle, i + 1)


class Names:
    """Strong entity spellings of a block, indexed by their words (raw spelling -> entity key)."""

    def __init__(self, spellings: dict[str, str]):
        self.keys = {_spaced(raw): key for raw, key in spellings.items() if _spaced(raw)}
        self.longest = max((len(w.split()) for w in self.keys), default=0)

    def named_in(self, sentence: str, exclude: set[str]) -> str | None:
        """The key named earliest in ``sentence`` (whole words, own case, not 'X-based'), skipping ``exclude``.

        Looks the sentence's word n-grams up, so the cost does not grow with the number of names.
        """
        words = list(_WORD.finditer(sentence))
        for i in range(len(words)):
            for n in range(min(self.longest, len(words) - i), 0, -1):
                key = self.keys.get(" ".join(w.group(0) for w in words[i:i + n]))
                if key is not None and key not in exclude and _ATTRIBUTE.match(sentence, words[i + n - 1].end()) is None:
                    return key
        return None


def without_legal_form(key: str) -> str:
    """A normalized entity key without its company legal form at either end ("pt mrt jakarta" -> "mrt jakarta")."""
    words = key.split()
    while len(words) > 1 and words[0] in _LEGAL_LEADING:
        words = words[1:]
    while len(words) > 1 and words[-1] in _LEGAL_TRAILING:
        words = words[:-1]
    return " ".join(words)


def _spaced(name: str) -> str:
    return " ".join(w.group(0) for w in _WORD.finditer(name))


# "the Port of Koper" is Koper, "the City of Cape Town" Cape Town; "the Bank of England" is not England
PLACE_HEADS = frozenset("port city municipality county province state district region republic kingdom island "
                        "islands emirate sultanate principality town village".split())


def fuller_names(names: list[str]) -> dict[str, list[str]]:
    """For each name, the other names that are fuller forms of it (indexed by prefix: linear in the names)."""
    by_prefix: dict[str, list[str]] = {}
    for name in names:
        words = name.split()
        for n in range(1, len(words)):
            by_prefix.setdefault(" ".join(words[:n]), []).append(name)
        if len(words) > 1 and words[0] in PLACE_HEADS:  # normalized: "port koper" from "the Port of Koper"
            by_prefix.setdefault(" ".join(words[2:] if words[1] == "of" else words[1:]), []).append(name)
    out = {name: [f for f in by_prefix[name] if fuller_name(name, f)] for name in names if name in by_prefix}
    by_initials: dict[str, list[str]] = {}
    for name in names:
        letters = initials(name)
        if len(letters) >= 2:
            by_initials.setdefault(letters, []).append(name)
    for name in names:  # "cial" for "cochin international airport" (Ltd): an acronym is a short form too
        if " " not in name and 2 <= len(name) <= 8:
            longer = by_initials.get(name, []) + (by_initials.get(name[:-1], []) if name[-1] in _LEGAL_INITIALS else [])
            if longer:
                out[name] = out.get(name, []) + [f for f in longer if f != name]
    return {name: fuller for name, fuller in out.items() if fuller}


#: the last letter of an acronym that stands for a legal form the key has lost ("CIAL": ... Ltd)
_LEGAL_INITIALS = frozenset("lcip")
_NOT_INITIALS = frozenset({"of", "and", "&", "the", "for", "de", "la", "del"})


def initials(name: str) -> str:
    """The first letters of a normalized multi-word name's words, without "of", "and", "the" ("" for one word)."""
    words = [w for w in name.split() if w not in _NOT_INITIALS]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def fuller_name(short: str, long: str) -> bool:
    """Whether ``long`` is ``short`` plus trailing words that do not make it an organisation ("mrt" -> "mrt jakarta")."""
    a, b = short.split(), long.split()
    if b and b[0] in PLACE_HEADS and (b[1:] == a or b[1:2] == ["of"] and b[2:] == a):
        return True
    if not a or len(b) <= len(a) or b[:len(a)] != a:
        return False
    return not (set(b[len(a):]) & ORGANISATION_WORDS)


def airport_names(names: list[str]) -> dict[str, str]:
    """Spellings of one airport: "vienna international airport" and "vienna airport" are "vienna airport", and
    "dubai international" is "dubai airport" when the block also calls it that ("Dubai's main airport")."""
    rename = {n: n[:-len("international airport")] + "airport" for n in names if n.endswith(" international airport")}
    airports = {rename.get(n, n) for n in names if n.endswith(" airport")}
    rename.update({n: n[:-len("international")] + "airport" for n in names
                   if n.endswith(" international") and n[:-len("international")] + "airport" in airports})
    # "belgrade nikola tesla airport" is "nikola tesla airport": a longer name that ends with a shorter one, when
    # the shorter names more than a generic kind of airport ("city airport", "main airport")
    for long in airports:
        words = long.split()
        for k in range(len(words) - 2, 0, -1):  # the shortest such ending first (word-aligned endings, not all pairs)
            short = " ".join(words[k:])
            if short in airports and not set(words[k:-1]) <= _GENERIC_AIRPORT:
                rename.setdefault(long, short)
                break
    return rename


_GENERIC_AIRPORT = {"city", "main", "international", "regional", "new", "old", "domestic", "national", "the", "its"}

