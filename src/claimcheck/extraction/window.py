"""What a value measures, without a parser (``--fast``, blank pipeline): patterns over the words around it.

Tried in order, each recorded in ``explain``:

1. a count names what it counts right after it ("8,300 employees");
2. a share names its whole ("62% of revenue" -> "share of revenue", with the
   clause's subject when one stands before it: "export share of revenue");
3. a noun phrase joined to the value by "of", "at", "worth" ("revenue of $2bn",
   "a deficit of 4.9 per cent", "inflation at 3.1%");
4. the subject of a verb of change or state ("net profit rose 9% to ...",
   "exports reached ...", "the unemployment rate was ...");
5. else the content words just before the value.

A noun phrase stops at a determiner, a possessive, a name, a comma or a number,
so "Kenya's tea exports" gives "tea export".
"""

from __future__ import annotations

import re

from ..model import Mention
from .lexicon import NO_SINGULAR

_WORDS = re.compile(r"[A-Za-z&][\w&'’-]*|[,;:()]|\d[\d.,]*%?")

_VERBS = (r"rose|fell|grew|increased|decreased|declined|climbed|jumped|dropped|reached|totall?ed|stood|was|were|is|"
          r"are|hit|came|amounted|surged|soared|slipped|edged|slumped|plunged|tumbled|rebounded|recovered|expanded|"
          r"contracted|shrank|narrowed|widened|doubled|tripled|averaged|topped|exceeded|passed|remained|stayed|"
          r"will\s+be|would\s+be|has\s+been|have\s+been|had\s+been|is\s+expected\s+to\s+reach|reaches|rises|falls|grows")
_LINK = re.compile(rf"(?:^|\s)(?:{_VERBS})(?:\s+(?:by|up|down|at|to|from|in|on|around|about|nearly|almost|now|still|"
                   r"already|currently|again|sharply|slightly|steadily|further|"
                   r"some|more|than|over|under|just|only|a|record|an|estimated|roughly|approximately|below|above|"
                   r"\S*\d\S*|percent|per|cent|points?|percentage))*\s*$", re.IGNORECASE)
_OF = re.compile(r"(?:^|\s)(?:of|at|(?:(?:is|was|are|were|now)\s+)*worth|valued\s+at|totall?ing|amounting\s+to|estimated\s+at|put\s+at)"
                 r"(?:\s+(?:about|around|some|nearly|almost|roughly|approximately|an\s+estimated|more\s+than|over|"
                 r"up\s+to|just|only|a\s+record|at\s+least|less\s+than))*\s*$", re.IGNORECASE)
_SHARE_OF = re.compile(r"\s+of\s+(?:(?:the|its|their|all|total)\s+|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*['’]s\s+|"
                       r"the\s+\w+['’]s\s+)*((?:[\w&-]+\s+){0,2}?[\w&-]+?)(?=[\s,.;:)]|$)")

_PLACE_AFTER = re.compile(r"\s+(?:in|at|for|across)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,?\s*$")

_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "some", "all",
                "each", "every", "any", "no", "which", "whose", "and", "or", "but", "while", "as", "with", "for", "to",
                "from", "by", "on", "in", "at", "of", "than", "after", "before", "since", "when", "where", "said",
                "says", "also", "only", "just", "about", "around", "nearly", "almost", "more", "less", "over",
                "under", "up", "down", "it", "they", "there", "here", "total", "overall", "year", "years", "last",
                "first", "second", "third", "fourth", "half", "quarter", "month", "week", "annual", "new", "record",
                "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
                "now", "still", "already", "currently", "not", "n't"}
_COUNT_STOP = _DETERMINERS | {"were", "was", "are", "is", "have", "has", "had", "will", "would", "can", "could",
                              "who", "that", "which", "million", "billion", "thousand", "per", "a", "an", "across", "worldwide",
                              "nationwide", "into", "through", "between", "against"}
_TIME = {"year", "years", "month", "months", "day", "days", "week", "weeks", "hour", "hours", "decade", "decades",
         "minute", "minutes", "quarter", "quarters"}


def metric(text: str, mention: Mention) -> tuple[str | None, str]:
    """The metric of ``mention`` from the words around it, and why."""
    s0, s1 = mention.sentence
    before = text[max(s0, mention.start - 120):mention.start]
    if mention.start - 120 <= s0 and before[:1].isupper() and not _acronym(before.split(" ", 1)[0]):
        before = before[0].lower() + before[1:]  # the sentence's first word is capitalized anyway
    after = text[mention.end:min(s1, mention.end + 80)]
    if mention.kind == "count":
        words = _count_noun(after)
        if words:
            return singular(" ".join(words)), "window: the noun after the count"
    if mention.kind == "percent":
        whole = _SHARE_OF.match(after)
        if whole and whole.group(1).lower() not in _DETERMINERS:
            subject = _phrase_before(before, _LINK) or _phrase_before(before, re.compile(r"\s*(?:accounted|accounting|made|making)\s+(?:for|up)\s*$"))
            name = f"{subject} share of {whole.group(1)}" if subject else f"share of {whole.group(1)}"
            return singular_phrase(name), f"window: share of '{whole.group(1)}'"
    for pattern, how in ((_LINK, "subject of the verb"), (_OF, "joined by 'of'/'at'")):
        phrase = _phrase_before(before, pattern)
        if phrase:
            return singular(phrase), f"window: noun phrase {how}"
    words = [w for w in _WORDS.findall(before) if w.isalpha() and w.lower() not in _DETERMINERS
             and not (w[0].isupper() and not _acronym(w))][-3:]
    if words:
        return singular(" ".join(words)), "window: words before the number"
    return None, "window: no content words"


def _phrase_before(before: str, pattern: re.Pattern[str]) -> str | None:
    """The noun phrase that ends where ``pattern`` (anchored at the value) begins."""
    m = pattern.search(before)
    if not m:
        return None
    # "Average rents in Porto are ...": the place after the noun is the entity's, not the measure's
    head = _PLACE_AFTER.sub("", before[:m.start()])
    tokens = _WORDS.findall(head)
    phrase: list[str] = []
    for tok in reversed(tokens):
        low = tok.lower()
        if not tok[0].isalpha() or low in _DETERMINERS or len(phrase) == 4:
            break
        if tok.endswith(("'s", "’s")) or (tok[0].isupper() and not _acronym(tok) and phrase):
            break  # "Kenya's tea exports", "Harlow Mining revenue": the owner is the entity, not the measure
        if tok[0].isupper() and not _acronym(tok) and not phrase:
            break
        phrase.insert(0, tok)
    return " ".join(phrase) or None


def _count_noun(after: str) -> list[str]:
    words: list[str] = []
    for tok in _WORDS.findall(after)[:5]:
        low = tok.lower()
        if not tok[0].isalpha() or (low in _COUNT_STOP and words) or low.endswith("ed") and words:
            break
        if low in _COUNT_STOP:
            continue
        if low in _TIME and not words:
            return []
        words.append(tok)
        if len(words) == 3:
            break
    return words


def _acronym(tok: str) -> bool:
    return sum(ch.isupper() for ch in tok) >= 2 or "&" in tok


def singular(phrase: str) -> str:
    """Lower-case but acronyms, last word singular: "Tea Exports" -> "tea export"."""
    words = phrase.split()
    last = words[-1]
    if last.lower() in NO_SINGULAR:
        pass
    elif last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith(("ss", "us", "sales")) and len(last) > 3:
        last = last[:-1]
    words[-1] = last
    return " ".join(w if _acronym(w) else w.lower() for w in words)


def singular_phrase(phrase: str) -> str:
    """Each part of "X share of Y" singular on its own."""
    return " share of ".join(singular(p) for p in phrase.split(" share of "))
