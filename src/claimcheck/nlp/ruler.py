"""Apply an AttributeRuler's patterns by dictionary lookup: the same annotations, without the Matcher.

en_core_web_sm's ``attribute_ruler`` maps fine tags to POS and morphology with
~180 one- and two-token patterns; spaCy's Matcher tries every pattern on every
token, which costs about as much as the parser. Almost every pattern pins
``TAG`` or ``LOWER`` to one value, so indexing patterns by that value and
checking only the candidates gives the same matches. They are then written by
the ruler's own ``set_annotations``, in the ruler's order (later patterns win).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

_GETTERS = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}


class FastRuler:
    """A drop-in ``__call__`` for an ``AttributeRuler`` whose patterns use only TAG, LOWER, DEP and IS_SPACE."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        strings = ruler.vocab.strings
        self._index: dict[tuple[str, Any], list[tuple[int, int, list[dict[str, Any]]]]] = defaultdict(list)
        self._anywhere: list[tuple[int, int, list[dict[str, Any]]]] = []
        for attr_id, entry in enumerate(ruler.patterns):
            match_id = strings.add(str(attr_id))
            for pattern in entry["patterns"]:
                item = (attr_id, match_id, [_compile(tok) for tok in pattern])
                keys = _keys(pattern[0])
                for key in keys:
                    self._index[key].append(item)
                if not keys:
                    self._anywhere.append(item)

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
            candidates = self._index.get(("TAG", tok.tag_), []) + self._index.get(("LOWER", tok.lower_), [])
            for attr_id, match_id, preds in candidates + self._anywhere:
                if i + len(preds) <= n and all(p(doc[i + k]) for k, p in enumerate(preds)):
                    matches.append((attr_id, match_id, i, i + len(preds)))
        matches.sort()
        self.ruler.set_annotations(doc, matches)
        return doc


def _keys(first: dict[str, Any]) -> list[tuple[str, Any]]:
    """Index keys for a pattern: the values its first token must have for TAG, else for LOWER."""
    for attr in ("TAG", "LOWER"):
        value = first.get(attr)
        if isinstance(value, str):
            return [(attr, value)]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return [(attr, v) for v in value["IN"]]
    return []


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
