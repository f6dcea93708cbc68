"""Apply an AttributeRuler's patterns with a memo per token shape: the same annotations, without the Matcher.

en_core_web_sm's ``attribute_ruler`` maps fine tags to POS and morphology with
~180 one- and two-token patterns; spaCy's Matcher tries them on every token.
Every pattern here reads only TAG, LOWER, DEP and IS_SPACE, so which one-token
patterns match a token depends only on those four values: they are worked out
once per distinct combination and remembered. Two-token patterns are tried only
where their first token matches. The matches are written by the ruler's own
``set_annotations``, in the ruler's order (later patterns win).
"""

from __future__ import annotations

import re
from typing import Any

_GETTERS = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}
#: Distinct token shapes remembered at most (the memo is cleared when full).
MEMO_SIZE = 200_000


class FastRuler:
    """A drop-in ``__call__`` for an ``AttributeRuler`` whose patterns use only TAG, LOWER, DEP and IS_SPACE."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        strings = ruler.vocab.strings
        self._patterns: list[tuple[int, int, list[Any]]] = []
        for attr_id, entry in enumerate(ruler.patterns):
            match_id = strings.add(str(attr_id))
            for pattern in entry["patterns"]:
                self._patterns.append((attr_id, match_id, [_compile(tok) for tok in pattern]))
        self._memo: dict[tuple[str, str, str, bool], tuple[list[tuple[int, int]], list[tuple[int, int, list[Any]]]]] = {}

    @staticmethod
    def supports(ruler: Any) -> bool:
        """Whether every pattern is one this class reads exactly."""
        for entry in ruler.patterns:
            for pattern in entry["patterns"]:
                for tok in pattern:
                    for attr, value in tok.items():
                        if attr not in _GETTERS:
                            return False
                        if isinstance(value, dict) and not set(value) <= {"IN", "NOT_IN", "REGEX"}:
                            return False
        return True

    def __call__(self, doc: Any) -> Any:
        matches = []
        n = len(doc)
        for i, tok in enumerate(doc):
            singles, longer = self._shape(tok)
            matches += [(attr_id, match_id, i, i + 1) for attr_id, match_id in singles]
            for attr_id, match_id, preds in longer:
                if i + len(preds) <= n and all(p(doc[i + k]) for k, p in enumerate(preds) if k):
                    matches.append((attr_id, match_id, i, i + len(preds)))
        matches.sort()
        self.ruler.set_annotations(doc, matches)
        return doc

    def _shape(self, tok: Any) -> tuple[list[tuple[int, int]], list[tuple[int, int, list[Any]]]]:
        """One-token patterns matching this token, and longer patterns whose first token it matches."""
        key = (tok.tag_, tok.lower_, tok.dep_, tok.is_space)
        found = self._memo.get(key)
        if found is None:
            first = [(a, m, preds) for a, m, preds in self._patterns if preds[0](tok)]
            found = ([(a, m) for a, m, preds in first if len(preds) == 1], [x for x in first if len(x[2]) > 1])
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            self._memo[key] = found
        return found


def _compile(tok: dict[str, Any]) -> Any:
    tests = [_test(_GETTERS[attr], value) for attr, value in tok.items()]
    return lambda t: all(test(t) for test in tests)


def _test(get: Any, value: Any) -> Any:
    if not isinstance(value, dict):
        return lambda t: get(t) == value
    (op, arg), = value.items()
    if op == "IN":
        allowed = set(arg)
        return lambda t: get(t) in allowed
    if op == "NOT_IN":
        banned = set(arg)
        return lambda t: get(t) not in banned
    rx = re.compile(arg)
    return lambda t: bool(rx.search(get(t)))
