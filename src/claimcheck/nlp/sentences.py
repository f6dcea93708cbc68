"""Split text into sentences with a fast rule-based splitter that keeps offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "inc", "ltd", "co",
    "corp", "no", "nos", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "approx", "est", "gov",
    "rs", "dept", "govt", "mt", "ft", "vol", "pp", "op", "gen", "rep", "sen",
}
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[-*•#>|])|\n")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


@dataclass(frozen=True)
class Sentence:
    """A sentence: its text and where it starts in the document."""

    start: int
    end: int
    text: str


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Split ``text[start:end]`` into sentences; blank runs are dropped.

    Newlines always end a sentence (news text puts headlines, bylines and
    captions on lines of their own).
    """
    end = len(text) if end is None else end
    out: list[Sentence] = []
    pos = start
    for m in _BOUNDARY.finditer(text, start, end):
        if m.group(0)[0] == "." and _is_abbreviation(text, m.start()):
            continue
        _emit(text, pos, m.end(), out)
        pos = m.end()
    _emit(text, pos, end, out)
    return out


def _is_abbreviation(text: str, dot: int) -> bool:
    w = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not w:
        return False
    word = w.group(1).lower()
    # initials: "K.N. Balagopal", "J.R.R. Tolkien" (one capital letter, or letters each with its own full stop); not
    # a scale letter after digits: "rose to $61m. Its profit ..." ends a sentence
    initial = len(word) == 1 and w.group(1).isupper() and not (w.start() > 0 and text[w.start() - 1].isalnum())
    return word in _ABBREV or initial or _INITIALS.fullmatch(word) is not None


_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


#: Longer "sentences" (a 1 MB line without punctuation) are cut at a space so work per sentence stays bounded.
MAX_SENTENCE = 1000


def _emit(text: str, a: int, b: int, out: list[Sentence]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    while b - a > MAX_SENTENCE:
        cut = next((c + 1 for c in (text.rfind(sep, a + MAX_SENTENCE // 2, a + MAX_SENTENCE) for sep in ("; ", ", ", " "))
                    if c > a), a + MAX_SENTENCE)
        _emit(text, a, cut, out)
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if b > a:
        out.append(Sentence(a, b, text[a:b]))
