"""A growth rate stated with the two levels it relates (arithmetic, relation: growth)."""

from __future__ import annotations

import pytest

from claimcheck import api
from claimcheck.io import from_text


def growth_findings(text: str) -> list:
    report = api.check([from_text(text, doc_id="a.md", published="2024-03-01")])
    return [f for f in report.findings if f.rule == "growth-vs-levels"]


@pytest.mark.parametrize("text", [
    # "B (Y2), up P from A (Y1)": 1.21m / 1.05m is +15%, not 25%
    "Bus ridership in Accra reached 1.21 million in 2023, up 25% from 1.05 million in 2022.",
    # a fall stated as the wrong size
    "Coffee exports fell 30% to 4.2 million bags from 4.9 million bags.",
    # "from A to B": the order of the levels is read from the words, not the positions
    "Tea output rose 9% from 1.40 million tonnes to 1.71 million tonnes.",
    # points between two percentages
    "The jobless rate fell 2 percentage points to 6.1% from 9.3%.",
])
def test_a_wrong_growth_rate_fires(nlp, text):
    found = growth_findings(text)
    assert len(found) == 1, text


@pytest.mark.parametrize("text", [
    "Bus ridership in Accra reached 1.21 million in 2023, up 15% from 1.05 million in 2022.",
    "Coffee exports fell 14% to 4.2 million bags from 4.9 million bags.",
    "Tea output rose 22% from 1.40 million tonnes to 1.71 million tonnes.",
    "The jobless rate fell 3.2 percentage points to 6.1% from 9.3%.",
    # a direction word the rate does not follow: the rate is about something else
    "Revenue reached $4.1 billion, while margins were 12% compared with 10% a year earlier.",
    # "more than" is a bound
    "Visitors rose more than 10% to 2.4 million from 2.1 million.",
])
def test_a_consistent_or_unrelated_rate_does_not_fire(nlp, text):
    assert growth_findings(text) == []

