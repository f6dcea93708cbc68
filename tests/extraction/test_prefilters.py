"""Prefilters that skip work must never change results: the same output with and without them."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml

from claimcheck.extraction import currency, fiscal, scanner, times
from claimcheck.extraction.cues import ends, starts
from claimcheck.extraction.times import find_times

ROOT = Path(__file__).resolve().parents[2]


def _texts() -> list[str]:
    out = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted((ROOT / "tests" / "data" / "extraction").glob("*.yaml")):
        out += [case["text"] for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from generate import generate_articles
    finally:
        sys.path.pop(0)
    out += [text for _, text in generate_articles(40, seed=11)]
    return out


# Every kind of time expression, in lower, upper and mixed case.
_EXPRESSIONS = [
    "the year to June 2023", "the three months to September", "FY2023-24", "fiscal 2024, which ended March 31",
    "the first 10 months of 2022", "between Oct. 1 and Jan. 21", "2021-08-09", "March 3, 2021", "3rd of March 2021",
    "from January to August 2021", "the April-June quarter", "the September quarter", "October 2020", "Jan 5",
    "5 Jan", "the third quarter of 2022", "Q3 2021", "the first half of 2020", "H1 2023", "2012-2021",
    "by the end of 2021", "end-March", "as of March", "in 2019", "last year", "a year earlier", "this month",
    "today", "on Tuesday", "two years ago", "the past decade", "the last five years",
    "over the next three years", "the coming 10 years", "five years from 2025", "12 years starting in 2030",
    "through 2030", "until  2029", "the same period last year", "the same quarter a year earlier",
    "the previous quarter", "a quarter earlier", "one quarter before", "fiscal 2022", "FY23",
    "as of\u00a0 June 2021", "Through  July", "during Sept. 2020", "from March  to May 2020", "Between Jan.  5 and Feb. 2",
    "junov 2020", "the Jun-Sept quarter", "DEC 2021 quarter",
]


def _variants() -> list[str]:
    out = ["It ran from  2019\n\nto 2021, 123 March 2020, x2021, 12th of Sept. 2021, end-March, at the end of 2021.",
           "Q4 2022 and h1 and THE   FIRST-QUARTER; The fiscal year ended on March 31, 2023; 2020-21; 2019/20 season.",
           "As of  June, since May; last\tyear; a year before; the prior year; twenty years ago; Sept.5; 5th of January"]
    for e in _EXPRESSIONS:
        out += [f"Sales rose 5% {e}.", f"SALES ROSE 5% {e.upper()}.", f"{e.capitalize()}, sales rose 5%."]
    return out


def _all_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(times, "_runnable", lambda text, start, end: {name for name, _ in times.COMPILED})
    monkeypatch.setattr(times, "STARTS", {})  # every pattern tried at every position
    monkeypatch.setattr(times, "MONTH_ANCHORED", {})


@pytest.mark.parametrize("published", [None, "2023-11-23"])
def test_time_gates_and_start_finders_change_no_result(monkeypatch, published):
    texts = _texts() + _variants()
    gated = [find_times(t, published=published) for t in texts]
    _all_patterns(monkeypatch)
    assert [find_times(t, published=published) for t in texts] == gated
    assert sum(len(g) for g in gated) > 1000  # the texts are full of time expressions


def test_time_gates_skip_patterns_that_cannot_match():
    runs = times._runnable("Revenue rose 5% to $3.4m in 2021.", 0, 31)
    assert "year" in runs and "ago" not in runs and "weekday" not in runs and "my" not in runs
    assert times._runnable("It fell 2% two years ago", 0, 24) >= {"ago", "rel_year"}


def test_letters_that_fold_to_ascii_run_every_word_gated_pattern():
    # under re.IGNORECASE the long s matches "s": "paſt" is "past", which a lower-cased text does not show
    text = "The index rose 4% over the paſt decade."
    word_gated = {name for name, gate in times.GATES.items() if None not in gate}
    assert times._runnable(text, 0, len(text)) >= word_gated | {"year", "iso"}
    assert [t.kind for t in find_times(text, published="2020-01-01")] == ["past_span"]


@pytest.mark.parametrize("pattern, flags, expected", [
    (r"\b(?:yen|Japan(?:ese)?)\b", 0, ("yen", "Japan")),
    (r"US\s?\$|USD|U\.S\. dollars?", 0, ("US", "U.S. dollar")),  # the parser factors out "U"; "US" covers "USD"
    (r"\bR\d|rand", 0, ("R", "rand")),
    (r"(?:the\s+)?year", 0, None),  # an optional word: a match may start anywhere
    (r"[Yy]ear", 0, None),
    (r"year", re.IGNORECASE, None),
    (r"a(?i:b)", 0, ("a",)),
])
def test_cue_starts_are_read_from_the_pattern(pattern, flags, expected):
    found = starts(re.compile(pattern, flags))
    if expected is None:
        assert found is None
    else:
        assert found is not None and set(expected) <= set(found) and all(any(f.startswith(e) for e in expected) for f in found)


def test_cued_patterns_find_what_the_patterns_find():
    cued = [currency._US_DOLLAR, currency._CHINA_WORDS, currency._JAPAN_WORDS]
    cued += [c for c, _ in currency._LOCAL_DOLLARS] + [c for c, _ in fiscal._CUED_CONVENTIONS]
    cued += [currency._cue(rx) for _, rx in currency._CENT_CURRENCIES]
    cued += [currency._cue(rf"\b(?:{rx})\b") for _, _, rx in currency._LETTER_PREFIXES]
    cued += [currency._cue(rf"\b(?:{rx})\b") for options in currency._SHARED_NAMES.values() for _, rx in options]
    assert all(c.starts for c in cued)  # every cue pattern is gated
    texts = _texts()
    hits = 0
    for c in cued:
        for text in texts:
            assert c.findall(text) == c.rx.findall(text)
            found = c.search(text)
            assert (found and found.span()) == ((m := c.rx.search(text)) and m.span())
            hits += bool(found)
    assert hits > 100


def test_local_currencies_read_from_cues():
    text = "Shoprite's sales in Johannesburg and Cape Town rose to R26.31 billion, about 412 cents a share."
    local = currency.local_currencies(text)
    assert local.letters == {"R": "ZAR"} and local.cent == "ZAR"
    assert currency.local_currencies("Volvo earned 5 billion crowns in Stockholm.").names["crown"] == "SEK"


@pytest.mark.parametrize("pattern, expected", [
    (r"(?:US\s?\$|USD\s?\$?)\s?$", {"$", "D"}),
    (r"(?:₹|Rs\.?|GH[¢₵])\s?$", {"₹", ".", "s", "¢", "₵"}),
    (r"a?$", None),  # may match nothing
    (r"[a-z]$", None),  # a range is not read
])
def test_cue_ends_are_read_from_the_pattern(pattern, expected):
    assert ends(re.compile(pattern)) == (None if expected is None else frozenset(expected))


def test_currency_prefix_check_finds_what_the_full_search_finds():
    rx = scanner._CURRENCY_PREFIX
    tried = found = 0
    for text in _texts() + ["Rs. 40", "GH¢ 5", "RM 1.2", "KSh  300", "zł5", "USD $5", "EUR\u00a05"]:
        for i, ch in enumerate(text):
            if not ch.isdigit() or (i and text[i - 1].isdigit()):
                continue
            before = text[max(0, i - 8):i]
            last = before.rstrip()[-1:]
            quick = bool(last) and last in scanner._PREFIX_LAST
            full = rx.search(before) is not None
            assert quick or not full, before
            tried, found = tried + 1, found + full
    assert tried > 3000 and found > 200, (tried, found)


def test_scanner_word_gates_change_no_mention(monkeypatch):
    from claimcheck.extraction.currency import local_currencies
    from claimcheck.extraction.scanner import scan

    extra = ["Sales DOUBLED to $5m; TWO-THIRDS of HALF a million shares; HUNDREDS OF jobs; see HTTPS://x.org/a%2020",
             "Output rose THREEFOLD, then Halved; Millions of users; www.example.com/5%25",
             "The fund paſt doubled to 5 million and a ſcore of dozens of staff."]
    texts = _texts() + _variants() + extra

    def mentions():
        return [[(m.start, m.end, m.kind, m.value, m.unit) for m in scan(t, local=local_currencies(t))] for t in texts]

    gated = mentions()
    monkeypatch.setattr(scanner, "has_any", lambda low, words: True)
    assert mentions() == gated
    assert any(m[2] == "multiplier" for ms in gated for m in ms) and any(m[2] == "ratio" for ms in gated for m in ms)


def test_start_finders_never_match_nothing():
    # an empty match would make the emulated finditer step differently from re's own
    from re._parser import parse

    for name, finder in times.STARTS.items():
        assert parse(finder.pattern).getwidth()[0] > 0, name
        assert parse(dict(times.PATTERNS)[name]).getwidth()[0] > 0, name


def test_code_checks_skip_only_what_cannot_match(monkeypatch):
    from claimcheck.extraction.scanner import scan

    texts = _texts() + ["COVID-\n19 cases rose to 5,000", "the A-\n1 road", "Rule 3(\n1) applies to 40 firms", "In 2015-\n3 units"]
    gated = [[(m.start, m.end, m.kind, m.value) for m in scan(t)] for t in texts]

    class Endless(str):  # a "before" that claims to end in every character: every pattern is tried
        def endswith(self, suffix, *args):
            return True

        def __getitem__(self, key):
            return Endless(str.__getitem__(self, key))

    real = scanner._is_code
    monkeypatch.setattr(scanner, "_is_code", lambda text, s, digits, suf, before, after, money=False:
                        real(text, s, digits, suf, Endless(before), after, money))
    assert [[(m.start, m.end, m.kind, m.value) for m in scan(t)] for t in texts] == gated


def test_anchored_passes_find_what_finditer_finds():
    # the scanner's whole-text patterns are tried only near the words every match holds (``_anchored``)
    from claimcheck.extraction.cues import folded

    extra = ["a  hundred and  five", "An\u00a0thousand", "A\tdozen eggs; 5 hundred; two-thirds of; a   third; one-half",
             "twenty-one, ONE HUNDRED AND SIXTEEN, five thousand, two hundred; -5; −7; .5%; 1 000 000 dollars",
             "seven halves, nine-tenths, Three-Quarters, HALF a million, the 5G one 4ninety, five-and-a-half",
             "a baker's dozen, Three   gross of pencils, one square dozen, a gallon of beer, one kilometre, an acre",
             "a kilobyte is; one gigaannum; tripled, twofold, SEVENFOLD, fifteenfold, a Hundredfold, halved; dozens of, Millions Of",
             "xRM5 RM5 $R5 R5 KSh300 ZKSh3 Rs5 N95 .R3", "The fund paſt doubled to five hundred"]
    texts = _texts() + _variants() + extra
    texts += [t.upper() for t in texts[:40]]
    passes = [(scanner._FRACTION, scanner._WORDS[scanner._FRACTION], 6),
              (scanner._GROUP_COUNT, scanner._ANCHORS[scanner._GROUP_COUNT], 5),
              (scanner._ONE_UNIT, scanner._ANCHORS[scanner._ONE_UNIT], 3),
              (scanner._MULT_WORD, scanner._WORDS[scanner._MULT_WORD], 9),
              (scanner._VAGUE, scanner._WORDS[scanner._VAGUE], 0)]
    found = 0
    for text in texts:
        for start in (0, min(7, len(text))):
            low = folded(text[start:])
            for rx, words, back in passes:
                expected = [(m.span(), m.groups()) for m in rx.finditer(text, start)]
                assert [(m.span(), m.groups()) for m in scanner._anchored(rx, text, low, start, len(text), words, back)] == expected
                found += len(expected)
            numbers = [(m.span(), m.group("d"), m.group("suf"), m.group("w")) for m in scanner.NUMBER.finditer(text, start)]
            split = list(scanner._NUMBER_DIGITS.finditer(text, start))
            split += scanner._anchored(scanner._NUMBER_IN_WORDS, text, low, start, len(text), scanner._NUMBER_WORDS, 2)
            assert sorted((m.span(), m.group("d"), m.group("suf"), m.group("w")) for m in split) == numbers
            prefixes = [m.span() for m in scanner._ATTACHED_PREFIX.finditer(text, start)]
            assert [m.span() for m in scanner._ATTACHED_PREFIX_ANY.finditer(text, start)
                    if not (m.start() and (text[m.start() - 1] == "$" or scanner._WORD_CHAR.match(text, m.start() - 1)))] == prefixes
            if scanner._DIGIT_FRACTION.search(text, start):
                assert "/" in text[start:] or scanner._VULGAR_IN.search(text, start)
    assert found > 200


def test_look_behinds_checked_after_the_match_find_the_same():
    # capitalized words mid-sentence and place hints are found by patterns without their look-behind / leading \b
    import claimcheck.extraction as extraction
    from claimcheck.extraction import names

    texts = _texts() + ["within Kenya in Kenya, of Lagos Abuja Kano Ibadan; xfor Paris", "a Bc, Dd; Ee: Ff  Gg a Hh1 ab Cd"]
    hints = 0
    for text in texts:
        assert names.capitalized_words(text) == frozenset(names._MID_CAP.findall(text))
        expected = [m.group(1) for m in extraction._PLACE_HINT.finditer(text)]
        assert [m.group(1) for m in extraction._PLACE_HINT_ANY.finditer(text)
                if not (m.start() and extraction._WORD_CHAR.match(text, m.start() - 1))] == expected
        hints += len(expected)
    assert hints > 100
