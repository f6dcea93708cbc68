"""Read a number as written: digits with separators, number words, and the precision stated."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from .lexicon import FRACTION_WORDS, TENS_WORDS, UNITS_WORDS, WORD_SCALES

_WORD_TOKEN = re.compile(r"[a-z]+")
NUMBER_WORDS = set(UNITS_WORDS) | set(TENS_WORDS) | set(WORD_SCALES) | {"dozen", "a", "an", "and"}


@lru_cache(maxsize=4096)  # a pure function of the string; news repeats its numbers
def parse_digits(s: str) -> tuple[float, float] | None:
    """Parse ``1,688`` / ``1.27`` / ``-3`` into (value, step).

    ``step`` is the place value of the last written digit (``3.8`` -> 0.1,
    ``1,688`` -> 1, ``260,000`` -> 1000), the resolution the writer committed to.
    Trailing zeros of an integer are taken as rounding. Returns None for
    malformed or non-finite input.
    """
    s = s.replace("−", "-").replace(",", "").replace("\u202f", "").replace("\u00a0", "").replace(" ", "").lstrip("+")
    s = re.sub(r"^(-?)\.", r"\g<1>0.", s)  # ".08" is 0.08
    if not re.fullmatch(r"-?\d+(?:\.\d+)?", s) or len(s) > 40:
        return None
    value = float(s)
    if not math.isfinite(value):
        return None
    if "." in s:
        step = 10.0 ** -len(s.split(".")[1])
    else:
        digits = s.lstrip("-")
        zeros = len(digits) - len(digits.rstrip("0"))
        step = 10.0 ** zeros if digits.strip("0") else 1.0
    return value, step


def parse_words(s: str) -> float | None:
    """Parse number words: ``nine``, ``Twelve``, ``two hundred``, ``twenty-five``, ``a dozen``."""
    tokens = _WORD_TOKEN.findall(s.lower().replace("-", " "))
    if not tokens:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for i, tok in enumerate(tokens):
        if tok in ("a", "an"):
            if i != 0:
                return None
            current = 1.0
            continue
        if tok == "and":
            continue
        if tok in UNITS_WORDS:
            current += UNITS_WORDS[tok]
        elif tok in TENS_WORDS:
            current += TENS_WORDS[tok]
        elif tok == "dozen":
            current = (current or 1.0) * 12
        elif tok == "hundred":
            current = (current or 1.0) * 100
        elif tok in WORD_SCALES:
            total += (current or 1.0) * WORD_SCALES[tok]
            current = 0.0
        elif tok in FRACTION_WORDS:
            current += FRACTION_WORDS[tok]
        else:
            return None
        seen = True
    return total + current if seen else None
