"""Prefilters that skip work must never change results: the same output with and without them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from claimcheck.extraction import times
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
]


def _variants() -> list[str]:
    out = []
    for e in _EXPRESSIONS:
        out += [f"Sales rose 5% {e}.", f"SALES ROSE 5% {e.upper()}.", f"{e.capitalize()}, sales rose 5%."]
    return out


def _all_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(times, "_runnable", lambda text, start, end: {name for name, _ in times.COMPILED})


@pytest.mark.parametrize("published", [None, "2023-11-23"])
def test_time_gates_change_no_result(monkeypatch, published):
    texts = _texts() + _variants()
    gated = [find_times(t, published=published) for t in texts]
    _all_patterns(monkeypatch)
    assert [find_times(t, published=published) for t in texts] == gated
    assert sum(len(g) for g in gated) > 1000  # the texts are full of time expressions


def test_time_gates_skip_patterns_that_cannot_match():
    runs = times._runnable("Revenue rose 5% to $3.4m in 2021.", 0, 31)
    assert "year" in runs and "ago" not in runs and "weekday" not in runs and "my" not in runs
    assert times._runnable("It fell 2% two years ago", 0, 24) >= {"ago", "rel_year"}


def test_letters_that_fold_to_ascii_run_every_pattern():
    # under re.IGNORECASE the long s matches "s": "paſt" is "past", which a lower-cased text does not show
    text = "The index rose 4% over the paſt decade."
    assert times._runnable(text, 0, len(text)) == {name for name, _ in times.COMPILED}
    assert [t.kind for t in find_times(text, published="2020-01-01")] == ["past_span"]
