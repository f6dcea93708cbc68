"""Proper names found by capitalization alone, for attribution without a parser (``--fast``, blank pipeline).

A name is a run of capitalized words ("Tata Motors", "Nanshan District",
"Bank of England", "U.S."), joined by a few lower-case particles. The first
word of a sentence is capitalized anyway, so a name there needs more evidence:
a possessive ("Kenya's"), a second capitalized word, an acronym or inner
capital ("BYD", "eBay"), or the same word capitalized in the middle of a
sentence elsewhere in the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .demonyms import is_country_name

_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w&./-]*\w|[A-Z]\.?|[a-z]+[A-Z][\w-]*)"
_NAME = re.compile(rf"{_WORD}(?:[ \t]+(?:(?:of|de|do|dos|das|du|da|del|di|la|van|von|and|&|for)[ \t]+)?{_WORD})*"
                   r"(?P<poss>[’']s\b|(?<=s)[’'](?!\w))?")
_MID_CAP = re.compile(r"(?<=[a-z,;:] )([A-Z][a-z]+)\b")
# _MID_CAP without its look-behind, which is checked on each match instead: the regex engine then skips to capitals
# (no match can start inside another, so the matches are the same)
_CAP_WORD = re.compile(r"[A-Z][a-z]+\b")
_BEFORE_SPACE = frozenset("abcdefghijklmnopqrstuvwxyz,;:")

#: capitalized words that are not names: function words that start sentences, months, days, units of time
NOT_NAMES = frozenset("""
a an the this that these those it its their our his her in on at by for from to of with without as after before
during since until about around over under between among across according last next this each every some many
most more less few several all both other another such no not there here when while where what which who how
if but and or so yet also however although though despite meanwhile still then thus overall total
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
q1 q2 q3 q4 h1 h2 fy mr mrs ms dr prof sir
gdp gnp gni gva ebit ebitda cpi ppi vat gst fdi ipo r&d tv ai
""".split())
_LEADING = NOT_NAMES | {"of", "and", "&", "for"}
_INITIAL = re.compile(r"\b[A-Z]\.$")
_SYMBOLS = frozenset("$€£¥₹₩¢")
_NUMBER_NEXT = re.compile(r"[ \t]*[\d.,]*\d")
_LEGAL = re.compile(r"\b(?:Inc|Corp|Co|Ltd|Bhd|Pty|Plc)$")
_PLACED = re.compile(r"-(?:based|listed|headquartered|registered|owned|run)$")

#: words that start a title: the name after them is a person, never the entity
TITLES = frozenset("""
president minister premier governor mayor secretary chairman chairwoman chair ceo cfo chancellor spokesperson
spokesman spokeswoman director senator representative prince king queen judge professor dr mr mrs ms
""".split())
#: lower-case roles before a name: "chief executive Mesfin Tasew", "coach Ana Lima" name a person
ROLES = TITLES | frozenset("executive officer founder analyst economist coach captain manager".split())
_ROLE_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")
#: words that name an office before a title ("Finance Minister", "Chief Executive"): not part of a place's name
OFFICES = frozenset("""
finance foreign prime chief deputy home health trade education energy economy economic executive vice interior
defence defense transport agriculture commerce industry state labour labor environment treasury general
""".split())


@dataclass(frozen=True)
class Name:
    """A capitalized name in a sentence: offsets relative to the sentence, and whether it is possessive."""

    start: int
    end: int
    text: str
    possessive: bool
    #: named right after a role ("chief executive Mesfin Tasew"): a person
    person: bool = False


def capitalized_words(text: str) -> frozenset[str]:
    """Words the document capitalizes in the middle of a sentence: evidence that a sentence's first word is a name."""
    return frozenset(m.group(0) for m in _CAP_WORD.finditer(text)
                     if (i := m.start()) >= 2 and text[i - 1] == " " and text[i - 2] in _BEFORE_SPACE)


@lru_cache(maxsize=64)  # every value of a sentence asks for its names
def names_in(sentence: str, known: frozenset[str] = frozenset()) -> tuple[Name, ...]:
    """Proper names in ``sentence``, in order; ``known`` are words seen capitalized mid-sentence elsewhere."""
    out: list[Name] = []
    lead = len(sentence) - len(sentence.lstrip(" \t\n\"'“‘(-–—•*·"))  # where the first word starts (list marks too)
    for m in _NAME.finditer(sentence):
        poss = m.group("poss") or ""
        a, b = m.start(), m.end() - len(poss)
        if sentence[b - 1] == "." and not _INITIAL.search(sentence, a, b):
            b -= 1  # a full stop after the name, not "U.S."
        if sentence[b:b + 1] == "." and _LEGAL.search(sentence[a:b]) and sentence[b + 1:].strip():
            b += 1  # "Harlow Mining Corp." inside a sentence
        words = sentence[a:b].split()
        # function words and months at the front are not part of it ("The", "In", "Last March")
        while words and (words[0].lower().strip(".") in _LEADING
                         or all(p in NOT_NAMES or p == "to" for p in words[0].lower().split("-"))):
            a = sentence.index(words[0], a) + len(words[0])
            a += len(sentence[a:b]) - len(sentence[a:b].lstrip())
            words = words[1:]
        # "Uttar Pradesh Finance Minister Suresh Khanna": the office and the person after it are not the name
        title = next((i for i, w in enumerate(words) if w.lower().strip(".") in TITLES), None)
        if title is not None:
            while title and words[title - 1].lower() in OFFICES:
                title -= 1
            words = words[:title]
            b = a + len(" ".join(words)) if words else a
            known = known | set(words[:1])  # a name before an office is a name even first in the sentence
        placed = next((i for i, w in enumerate(words) if _PLACED.search(w)), None)
        if placed is not None and placed + 1 < len(words):  # "Kuala Lumpur-based Petra Palm Bhd"
            a = sentence.index(words[placed + 1], a)
            words = words[placed + 1:]
        if not words or sentence[b:b + 1] in _SYMBOLS or sentence[:a].rstrip(" \t")[-1:].isdigit() or (
                len(words) == 1 and len(words[0]) <= 3 and _NUMBER_NEXT.match(sentence, b)):
            continue  # nothing left; a currency before its amount ("Rs 450 crore", "US$5m"); a unit after one ("7 GW")
        if (a <= lead and len(words) > 2 and words[1] in ("of", "for")
                and words[0].endswith("s") and not _strong(words[0], known)):
            a = sentence.index(words[2], a)  # "Shares of Apple Inc": a plural only starts the sentence
            words = words[2:]
        if abbreviates_measure(sentence, a, b):
            continue  # "Revenue per available room (RevPAR)": the short form of a measure, not a name
        at_start = a <= lead
        if at_start and len(words) == 1 and not poss and not _strong(words[0], known):
            continue
        if len(words) == 1 and words[0].endswith(("ian", "ese", "ish", "ean")) and not poss and words[0] not in known:
            continue  # a nationality ("Brazilian", "Chinese"), not a name, unless the text uses it as one
        role = _ROLE_BEFORE.search(sentence, max(0, a - 20), a)
        out.append(Name(a, b, " ".join(words), bool(poss), bool(role) and role.group(1).lower() in ROLES))
    return tuple(out)


def abbreviates_measure(sentence: str, a: int, b: int) -> bool:
    """Whether the name at ``sentence[a:b]`` is in brackets right after the words it abbreviates, some of them in
    lower case: "revenue per available room (RevPAR)", "value-added tax (VAT)" (not "the Central Bank of Peru (BCRP)")."""
    if sentence[a - 1:a] != "(" or sentence[b:b + 1] != ")":
        return False
    letters = [ch.lower() for ch in sentence[a:b] if ch.isupper()]
    words = re.findall(r"[^\W\d_]+", sentence[max(0, a - 80):a - 1])[-len(letters):] if letters else []
    return (len(letters) > 1 and len(words) == len(letters) and [w[0].lower() for w in words] == letters
            and any(w[0].islower() for w in words))


def _strong(word: str, known: frozenset[str]) -> bool:
    """A sentence's first word is a name when it is an acronym, has an inner capital, is capitalized elsewhere or names a country."""
    return (word.isupper() and len(word) > 1 or any(ch.isupper() for ch in word[1:]) or word in known
            or is_country_name(word))
