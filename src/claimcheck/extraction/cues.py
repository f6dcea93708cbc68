"""Patterns that skip texts they cannot match: every match starts with one of a few literal strings.

Scanning a 2 KB article for a word is far cheaper than trying a regular expression
at each of its positions, and most cue patterns (country names, currency codes)
never match an average article. The strings are read from the parsed pattern, so
they stay right when the pattern changes; a pattern whose matches need not start
with a literal (a character class, an optional word, ``re.IGNORECASE``) always runs.
"""

from __future__ import annotations

import re
import re._parser as _sre  # the parser ``re`` itself uses (Python >= 3.11)
from collections.abc import Iterator
from re._constants import AT, BRANCH, CATEGORY, CATEGORY_SPACE, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN

__all__ = ["Cued", "ends", "folded", "has_any", "starts"]

_MAX_STARTS = 64
# Letters that match ASCII letters under re.IGNORECASE but do not lower-case to them ("paſt" matches "past").
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def folded(text: str) -> str | None:
    """``text`` lower-cased, to look for the words of ``re.IGNORECASE`` patterns in it.

    None when ``text`` holds a letter that such a pattern reads as an ASCII
    letter although ``str.lower`` does not make it one: then every pattern runs.
    """
    if not text.isascii() and _FOLDS_TO_ASCII.search(text):
        return None
    return text.lower()


def has_any(low: str | None, words: tuple[str, ...]) -> bool:
    """Whether the ``folded`` text may hold one of the lower-case ``words`` (always when it is None)."""
    return low is None or any(w in low for w in words)


class Cued:
    """A compiled pattern that answers "no match" at once for texts holding none of its ``starts``."""

    __slots__ = ("rx", "starts")

    def __init__(self, pattern: str | re.Pattern[str], flags: int = 0) -> None:
        self.rx = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags)
        self.starts = starts(self.rx)

    def possible(self, text: str) -> bool:
        """False only when no match can exist in ``text``."""
        return self.starts is None or any(s in text for s in self.starts)

    def findall(self, text: str) -> list[object]:
        """``rx.findall(text)``."""
        if self.starts is None:
            return self.rx.findall(text)
        return [_found(m) for m in self._matches(text)]

    def search(self, text: str) -> re.Match[str] | None:
        """``rx.search(text)``."""
        if self.starts is None:
            return self.rx.search(text)
        return next(self._matches(text), None)

    def _matches(self, text: str) -> Iterator[re.Match[str]]:
        """``rx.finditer(text)``, the pattern tried only where one of ``starts`` is found.

        A leading ``\\b`` keeps the regex engine from skipping ahead, so it would try the
        pattern at every position; finding the literals with ``str.find`` is far cheaper.
        Every match begins with one of them (and is not empty), so trying the positions
        in order and going on after each match gives ``finditer``'s matches.
        """
        at: set[int] = set()
        for s in self.starts:  # type: ignore[union-attr]
            i = text.find(s)
            while i != -1:
                at.add(i)
                i = text.find(s, i + 1)
        done, match = 0, self.rx.match
        for i in sorted(at):
            if i >= done and (m := match(text, i)):
                done = m.end()
                yield m


def _found(m: re.Match[str]) -> object:
    """What ``findall`` lists for a match: the whole match, the one group, or a tuple of the groups."""
    groups = m.groups("")
    return m.group(0) if not groups else groups[0] if len(groups) == 1 else groups


def starts(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literal strings one of which begins every match of ``rx`` (after zero-width assertions); None if unknown."""
    if rx.flags & re.IGNORECASE:
        return None
    found, _ = _prefixes(list(_sre.parse(rx.pattern, rx.flags)))
    if not found or any(not s for s in found):
        return None
    return tuple(dict.fromkeys(found))


def _prefixes(seq: list[tuple[object, object]]) -> tuple[list[str], bool]:
    """The possible literal beginnings of ``seq`` and whether each is the whole of what ``seq`` matches."""
    out = [""]
    for op, av in seq:
        if op is LITERAL:
            out = [p + chr(av) for p in out]  # type: ignore[arg-type]
        elif op is AT:
            continue  # zero width: \b, ^, $
        elif op is BRANCH or op is SUBPATTERN:
            if op is SUBPATTERN:
                _group, add_flags, _del_flags, inner = av  # type: ignore[misc]
                if add_flags & re.IGNORECASE:
                    return out, False
                branches = [list(inner)]
            else:
                branches = [list(b) for b in av[1]]  # type: ignore[index]
            subs = [_prefixes(b) for b in branches]
            joined = [p + s for p in out for found, _ in subs for s in found]
            if len(joined) > _MAX_STARTS:
                return out, False
            out = joined
            if not all(whole for _, whole in subs):
                return out, False
        elif op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1:  # type: ignore[index]
            found, _ = _prefixes(list(av[2]))  # type: ignore[index]
            joined = [p + s for p in out for s in found]
            return (joined, False) if len(joined) <= _MAX_STARTS else (out, False)
        else:
            return out, False
    return out, True


def ends(rx: re.Pattern[str]) -> frozenset[str] | None:
    """Characters one of which is the last non-space character of every match of ``rx``; None if unknown.

    A pattern anchored at the end of its input (``...$``) cannot match an input
    whose last non-space character is not among them.
    """
    if rx.flags & re.IGNORECASE:
        return None
    found = _last(list(_sre.parse(rx.pattern, rx.flags)))
    return frozenset(found[0]) if found is not None and found[1] and found[0] else None


def _last(seq: list[tuple[object, object]]) -> tuple[set[str], bool] | None:
    """The possible last non-space characters of ``seq`` and whether every match has one; None if unknown."""
    chars: set[str] = set()
    for op, av in reversed(seq):
        if op is AT:
            continue
        if op is LITERAL:
            c = chr(av)  # type: ignore[arg-type]
            if c.isspace():
                continue
            chars.add(c)
            return chars, True
        if op is IN:
            items = list(av)  # type: ignore[call-overload]
            if items == [(CATEGORY, CATEGORY_SPACE)]:
                continue
            if not all(o is LITERAL for o, _ in items):
                return None
            chars |= {chr(a) for _, a in items if not chr(a).isspace()}
            if any(chr(a).isspace() for _, a in items):
                continue
            return chars, True
        if op in (MAX_REPEAT, MIN_REPEAT):
            sub = _last(list(av[2]))  # type: ignore[index]
            if sub is None:
                return None
            chars |= sub[0]
            if av[0] >= 1 and sub[1]:  # type: ignore[index]
                return chars, True
            continue
        if op is SUBPATTERN or op is BRANCH:
            if op is SUBPATTERN:
                if av[1] & re.IGNORECASE:  # type: ignore[index]
                    return None
                branches = [list(av[3])]  # type: ignore[index]
            else:
                branches = [list(b) for b in av[1]]  # type: ignore[index]
            subs = [_last(b) for b in branches]
            if any(x is None for x in subs):
                return None
            for x in subs:
                chars |= x[0]  # type: ignore[index]
            if all(x[1] for x in subs):  # type: ignore[index]
                return chars, True
            continue
        return None
    return chars, False
